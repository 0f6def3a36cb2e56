import { describe, expect, it } from 'vitest';
import { decodeSource, unreadable } from '../../src/build/source-text.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeSource(utf8('# 标题\n'), 'a.md')).toBe('# 标题\n');
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('# 标题')]), 'a.md')).toBe('# 标题');
  });

  it('reads Windows (CR LF) and old Mac (CR) line ends as LF', () => {
    expect(decodeSource(utf8('# 标题\r\n\r\n正文\r旧\n'), 'a.md')).toBe('# 标题\n\n正文\n旧\n');
  });

  it('refuses a file saved as GBK at the first byte that is not UTF-8', () => {
    // "# eSIM\n\n正文" with 正文 in GBK (D5 FD CE C4).
    const gbk = new Uint8Array([...utf8('# eSIM\n\n'), 0xd5, 0xfd, 0xce, 0xc4]);
    expect(() => decodeSource(gbk, 'slides/article.md')).toThrow(
      'slides/article.md:3:1: the file is not UTF-8 (it may be saved as GBK); save it as UTF-8',
    );
  });

  it('refuses a file saved as UTF-16', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x23, 0x00, 0x20, 0x00]);
    expect(() => decodeSource(utf16, 'slides/deck.yaml')).toThrow(
      'slides/deck.yaml:1:1: the file is saved as UTF-16; save it as UTF-8',
    );
  });
});

describe('unreadable', () => {
  it('says why an input file could not be read, naming it, instead of the system’s code', () => {
    const error = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
    expect(unreadable(error('ENOENT'), 'slides/article.md')?.message).toBe(
      'slides/article.md:1:1: the file does not exist',
    );
    expect(unreadable(error('EISDIR'), 'slides/diagrams/a.mmd')?.message).toBe(
      'slides/diagrams/a.mmd:1:1: this is a folder, not a file',
    );
    expect(unreadable(error('EACCES'), 'slides/deck.yaml')?.message).toBe(
      'slides/deck.yaml:1:1: the file cannot be read (permission denied)',
    );
    expect(unreadable(error('ENOTDIR'), 'slides/article.md')?.message).toBe(
      'slides/article.md:1:1: the file does not exist (a folder on its path is a file)',
    );
    // Any other code is still named with the file; an error with no code is none of the reading's.
    expect(unreadable(error('EMFILE'), 'slides/article.md')?.message).toBe(
      'slides/article.md:1:1: the file cannot be read (EMFILE)',
    );
    expect(unreadable(new Error('other'), 'slides/article.md')).toBeUndefined();
  });
});
