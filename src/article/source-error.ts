/** A problem in an input file, printed the unified way: `file:line:column: reason`. */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;

  constructor(file: string, line: number, column: number, reason: string) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
    // The author needs the file and line, not the generator's call stack: builds print this alone.
    this.stack = `${this.name}: ${this.message}`;
  }
}
