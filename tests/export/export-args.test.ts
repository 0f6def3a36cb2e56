import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExportArgs, UsageError } from '../../src/export/export-args.ts';
import { buildIsStale, printUrl, temporaryPath } from '../../src/export/export-pdf.ts';
import { scratchDir } from '../support/fixtures.ts';

describe('parseExportArgs', () => {
  it('defaults to deck.pdf, one page per slide, no notes, the deck’s own author', () => {
    expect(parseExportArgs([])).toEqual({
      out: 'deck.pdf',
      notes: false,
      cues: true,
      fragments: false,
    });
  });

  it('reads --handout as the notes pages without the presenter’s cue lines, written to a file of its own', () => {
    expect(parseExportArgs(['--handout'])).toEqual({
      out: 'handout.pdf',
      notes: true,
      cues: false,
      fragments: false,
    });
    // Made after the slides' PDF, neither replaces deck.pdf.
    expect(parseExportArgs(['--notes'])).toMatchObject({ out: 'notes.pdf', notes: true, cues: true });
    expect(parseExportArgs(['--handout', '--out', 'deck.pdf'])).toMatchObject({ out: 'deck.pdf' });
  });

  it('reads --out, --notes, --fragments and --author', () => {
    expect(parseExportArgs(['--notes', '--out', 'talk.pdf', '--fragments', '--author', '张三'])).toEqual({
      out: 'talk.pdf',
      notes: true,
      cues: true,
      fragments: true,
      author: '张三',
    });
  });

  it('refuses unknown options, a missing value and an output that is not a PDF', () => {
    expect(() => parseExportArgs(['--pages'])).toThrow(new UsageError('unknown option --pages'));
    expect(() => parseExportArgs(['--out'])).toThrow('--out needs a value');
    expect(() => parseExportArgs(['--out', 'deck.png'])).toThrow('the file name must end in .pdf');
  });
});

describe('export helpers', () => {
  it('asks reveal.js for its print view, with the notes pages’ layout when notes are wanted', () => {
    expect(printUrl('http://127.0.0.1:1/', { notes: false, cues: true, fragments: false })).toBe(
      'http://127.0.0.1:1/?print-pdf&pdfSeparateFragments=false',
    );
    expect(printUrl('http://127.0.0.1:1/', { notes: true, cues: true, fragments: true })).toBe(
      'http://127.0.0.1:1/?print-pdf&showNotes=handout&pdfSeparateFragments=true',
    );
    expect(printUrl('http://127.0.0.1:1/', { notes: true, cues: false, fragments: false })).toBe(
      'http://127.0.0.1:1/?print-pdf&showNotes=handout&cues=off&pdfSeparateFragments=false',
    );
  });

  it('writes beside the destination under a hidden temporary name', () => {
    expect(temporaryPath('/out/deck.pdf', 42)).toBe('/out/.deck.pdf.42.tmp');
  });

  it('knows a build is stale when a source is newer than dist/index.html', () => {
    const root = scratchDir('deck-stale-');
    mkdirSync(join(root, 'slides'));
    writeFileSync(join(root, 'slides', 'article.md'), '# t');
    expect(buildIsStale(root)).toBe(true);
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), '<html>');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'slides', 'article.md'), past, past);
    utimesSync(join(root, 'slides'), past, past);
    expect(buildIsStale(root)).toBe(false);
    writeFileSync(join(root, 'slides', 'article.md'), '# t2');
    expect(buildIsStale(root)).toBe(true);
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(true);
  });
});
