import { SourceError } from '../article/source-error.ts';

/**
 * The text of an input file, which must be UTF-8 (a leading byte-order mark is dropped). A file
 * saved as GBK or UTF-16, as Chinese text often is on Windows, would otherwise build a deck of
 * replacement characters; it is refused at the first byte that is not UTF-8.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
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
