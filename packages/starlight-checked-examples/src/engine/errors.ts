/** An error in an example or page that points at a place in a file (`path:line`). */
export class LocatedError extends Error {
  readonly file: string;
  readonly line: number;
  /** The message without the location. */
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'LocatedError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
