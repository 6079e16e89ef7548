// One error class for everything the user can act on (SPEC §8, §9): a stable code, where it
// happened, what to do, and the exit code the CLI ends with. Anything else is a bug (exit 70).

export const ExitCode = {
  ok: 0,
  input: 1,
  usage: 2,
  template: 3,
  internal: 70,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Where in a file something went wrong; line and column are 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export class ItipError extends Error {
  readonly code: string;
  readonly exitCode: ExitCode;
  readonly location: SourceLocation | undefined;

  constructor(
    code: string,
    message: string,
    options: { exitCode?: ExitCode; location?: SourceLocation; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "ItipError";
    this.code = code;
    this.exitCode = options.exitCode ?? ExitCode.input;
    this.location = options.location;
  }

  /** `file:line:column CODE: message`, the form every tool in the pipeline prints. */
  format(): string {
    return `${formatLocation(this.location)}${this.code}: ${this.message}`;
  }
}

export function formatLocation(location: SourceLocation | undefined): string {
  if (!location) return "";
  const parts = [location.file];
  if (location.line !== undefined) parts.push(String(location.line));
  if (location.line !== undefined && location.column !== undefined)
    parts.push(String(location.column));
  return `${parts.join(":")} `;
}
