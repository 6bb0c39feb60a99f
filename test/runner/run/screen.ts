import { Terminal } from '@xterm/headless';

/** The terminal size blocks run in: a common default window, so widths and wrapping are stable. */
export const SCREEN = { cols: 120, rows: 40 } as const;
/** Lines a reader's terminal keeps above the window; output beyond that has scrolled away for them too. */
const SCROLLBACK = 10_000;
/** Raw output kept for the screen: far more than the scrollback can show, so what is dropped had scrolled away. */
const KEEP_CHARS = 8_000_000;

/**
 * What a terminal shows after a program's output: escape sequences applied (progress lines redrawn, colours
 * dropped), lines the terminal wrapped joined back into one, trailing blank lines and spaces removed. Output is
 * only collected as it comes, so the process reading the terminal never falls behind; it is rendered on request.
 */
export class Screen {
  private chunks: string[] = [];
  private size = 0;

  write(data: string): void {
    this.chunks.push(data);
    this.size += data.length;
    while (this.size > KEEP_CHARS && this.chunks.length > 1) this.size -= this.chunks.shift()!.length;
  }

  /** The screen's text for everything written so far. */
  async text(): Promise<string> {
    // A terminal shows what it cannot parse as best it can and goes on; its own log would only add noise here.
    const terminal = new Terminal({ ...SCREEN, scrollback: SCROLLBACK, allowProposedApi: true, logLevel: 'off' });
    try {
      await new Promise<void>((resolve) => terminal.write(this.chunks.join(''), resolve));
      return readScreen(terminal);
    } finally {
      terminal.dispose();
    }
  }
}

function readScreen(terminal: Terminal): string {
  const buffer = terminal.buffer.active;
  const lines: string[] = [];
  for (let i = 0; i < buffer.length; i++) {
    const line = buffer.getLine(i);
    if (!line) continue;
    // Untrimmed: a line the terminal wrapped may end in a space that belongs between two words.
    const text = line.translateToString(false);
    if (line.isWrapped && lines.length > 0) lines[lines.length - 1] += text;
    else lines.push(text);
  }
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  return lines.length === 0 ? '' : `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}
