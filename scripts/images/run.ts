import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd?: string;
  /** Also copy the command's output to this process's stderr as it comes. */
  echo?: boolean;
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

/** A command that exited non-zero, with everything needed to see why. */
export class CommandFailedError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-30).join('\n');
    super(`\`${command}\` exited with ${exitCode ?? 'a signal'}${tail ? `:\n${tail}` : ''}`);
    this.name = 'CommandFailedError';
  }
}

/** Runs a command without a shell, collecting its output; rejects with CommandFailedError on failure. */
export function run(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const command = [file, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ stdout, stderr });
      else reject(new CommandFailedError(command, code, stdout, stderr));
    });
  });
}
