/** What every command module gets from the CLI shell: where to print and how to set the exit code. */
export interface CommandContext {
  /** Diagnostics and progress: stderr. */
  readonly stderr: (line: string) => void;
  /** Machine output a command was asked for: stdout. */
  readonly stdout: (text: string) => void;
  readonly setExitCode: (code: number) => void;
}
