/**
 * Errors framelens knows how to explain. Each carries a stable code, where it happened (file,
 * line, field), what was expected and what was found, so a message can say how to fix it.
 *
 * - `InputError`: one article could not be read; the run skips it, reports it and goes on.
 * - `ConfigError`: a lexicon, actors file or option is wrong; the run stops before analysis.
 */
export interface ErrorPlace {
  file?: string;
  line?: number;
  field?: string;
}

export interface ErrorDetail extends ErrorPlace {
  code: string;
  expected?: string;
  found?: string;
  hint?: string;
}

abstract class FramelensError extends Error {
  readonly code: string;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly field: string | undefined;
  readonly expected: string | undefined;
  readonly found: string | undefined;
  readonly hint: string | undefined;

  constructor(message: string, detail: ErrorDetail) {
    super(message);
    this.code = detail.code;
    this.file = detail.file;
    this.line = detail.line;
    this.field = detail.field;
    this.expected = detail.expected;
    this.found = detail.found;
    this.hint = detail.hint;
  }

  /** One line for stderr: `file:line: field: message (expected X, found Y). hint` */
  describe(): string {
    const where = [this.file, this.line].filter((p) => p !== undefined).join(':');
    const parts = [where ? `${where}:` : '', this.field ? `${this.field}:` : '', this.message];
    let text = parts.filter(Boolean).join(' ');
    const said = [
      this.expected === undefined ? '' : `expected ${this.expected}`,
      this.found === undefined ? '' : `found ${this.found}`,
    ].filter(Boolean);
    if (said.length > 0) text += ` (${said.join(', ')})`;
    if (this.hint) text += `. ${this.hint}`;
    return `${text} [${this.code}]`;
  }
}

export class InputError extends FramelensError {
  override readonly name = 'InputError';

  /** The error as plain data, to cross a worker boundary or a map/merge stream. */
  toInfo(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, message: this.message };
    if (this.file !== undefined) info.file = this.file;
    if (this.line !== undefined) info.line = this.line;
    if (this.field !== undefined) info.field = this.field;
    if (this.expected !== undefined) info.expected = this.expected;
    if (this.found !== undefined) info.found = this.found;
    if (this.hint !== undefined) info.hint = this.hint;
    return info;
  }

  static fromInfo(info: ErrorInfo): InputError {
    const { message, ...detail } = info;
    return new InputError(message, detail);
  }
}

/** An `InputError` as plain, JSON-safe data. */
export interface ErrorInfo extends ErrorDetail {
  message: string;
}

export class ConfigError extends FramelensError {
  override readonly name = 'ConfigError';
}

/** Shortens a found value for a message: the first 40 characters, control characters shown. */
export function quoteFound(value: string, max = 40): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(cut);
}
