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

/**
 * Whether an error is a SourceError by its shape: Vite bundles its config file, so the plugin that
 * throws one has its own copy of this class, and `instanceof` would say no.
 */
export function isSourceError(error: unknown): error is SourceError {
  if (!(error instanceof Error) || error.name !== 'SourceError') return false;
  const { file, line, column, reason } = error as Partial<SourceError>;
  return (
    typeof file === 'string' &&
    typeof line === 'number' &&
    typeof column === 'number' &&
    typeof reason === 'string'
  );
}
