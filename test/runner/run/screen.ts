import { Terminal } from '@xterm/headless';

/** The terminal size blocks run in: a common default window, so widths and wrapping are stable. */
export const SCREEN = { cols: 120, rows: 40 } as const;
/** Lines a reader's terminal keeps above the window; output beyond that has scrolled away for them too. */
const SCROLLBACK = 10_000;

/**
 * What a terminal shows after a program's output: escape sequences applied (progress lines redrawn, colours
 * dropped), lines the terminal wrapped joined back into one, trailing blank lines and spaces removed.
 */
export class Screen {
  private readonly terminal = new Terminal({ ...SCREEN, scrollback: SCROLLBACK, allowProposedApi: true });
  private pending: Promise<void> = Promise.resolve();

  write(data: string): void {
    this.pending = this.pending.then(() => new Promise((resolve) => this.terminal.write(data, resolve)));
  }

  /** The screen's text once everything written so far has been processed. */
  async text(): Promise<string> {
    await this.pending;
    const buffer = this.terminal.buffer.active;
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

  dispose(): void {
    this.terminal.dispose();
  }
}
