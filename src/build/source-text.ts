import { SourceError } from '../article/source-error.ts';

/**
 * The text of an input file, which must be UTF-8 (a leading byte-order mark is dropped). A file
 * saved as GBK or UTF-16, as Chinese text often is on Windows, would otherwise build a deck of
 * replacement characters; it is refused at the first byte that is not UTF-8. Windows (CR LF) and
 * old Mac (CR) line ends become LF, so every reader after this one sees lines one way.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  return utf8(bytes, file).replace(/\r\n?/g, '\n');
}

const READ_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: 'the file does not exist',
  ENOTDIR: 'the file does not exist (a folder on its path is a file)',
  EISDIR: 'this is a folder, not a file',
  EACCES: 'the file cannot be read (permission denied)',
  EPERM: 'the file cannot be read (permission denied)',
  ELOOP: 'the file cannot be read (its link leads round in a loop)',
};

/**
 * Why an input file could not be read, in the author's words rather than a stack trace: named,
 * or by the system's code; undefined for an error that is not the system's (no code).
 */
export function unreadable(error: unknown, file: string): SourceError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return undefined;
  return new SourceError(file, 1, 1, READ_FAILURES[code] ?? `the file cannot be read (${code})`);
}

function utf8(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new SourceError(file, 1, 1, 'the file is saved as UTF-16; save it as UTF-8');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const at = text.indexOf('\uFFFD');
    const before = text.slice(0, Math.max(0, at));
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new SourceError(
      file,
      line,
      column,
      'the file is not UTF-8 (it may be saved as GBK); save it as UTF-8',
    );
  }
}
