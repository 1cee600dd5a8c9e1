/** What every command module gets from the CLI shell: where to print and how to set the exit code. */
export interface CommandContext {
  /** Diagnostics and progress: stderr. */
  readonly stderr: (line: string) => void;
  /** Machine output a command was asked for: stdout. */
  readonly stdout: (text: string) => void;
  readonly setExitCode: (code: number) => void;
}

/** How a lone `-` (standard input) reaches a command through yargs, which would drop it. */
export const STDIN_ARG = '\u0000stdin';

/** A path argument as the user wrote it: the stdin marker back to `-`. */
export const argPath = (p: string): string => (p === STDIN_ARG ? '-' : p);
