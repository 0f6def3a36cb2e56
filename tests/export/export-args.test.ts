import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/build/cli-args.ts';
import { parseExportArgs, USAGE } from '../../src/export/export-args.ts';
import { buildIsStale, printUrl, temporaryPath } from '../../src/export/export-pdf.ts';
import { projectRoot, scratchDir } from '../support/fixtures.ts';

const run = promisify(execFile);

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

  it('takes a relative --out from the folder npm was run in, and an absolute one as it is', () => {
    expect(parseExportArgs(['--out', 'talks/x.pdf'], '/home/me/deck/notes')).toMatchObject({
      out: '/home/me/deck/notes/talks/x.pdf',
    });
    expect(parseExportArgs(['--out', '/tmp/x.pdf'], '/home/me/deck/notes')).toMatchObject({
      out: '/tmp/x.pdf',
    });
    // Without --out, the PDF is the project's: its name alone, put in the project's root.
    expect(parseExportArgs([], '/home/me/deck/notes')).toMatchObject({ out: 'deck.pdf' });
  });

  it('refuses --notes with --handout, in either order, rather than quietly printing one of them', () => {
    const both = /--notes and --handout ask for two different PDFs/;
    expect(() => parseExportArgs(['--notes', '--handout'])).toThrow(both);
    expect(() => parseExportArgs(['--handout', '--fragments', '--notes'])).toThrow(both);
    // Said twice, either is still one kind of PDF.
    expect(parseExportArgs(['--handout', '--handout'])).toMatchObject({ notes: true, cues: false });
  });

  it('lists -h beside --help in its usage, as it takes both', () => {
    expect(parseExportArgs(['-h'])).toEqual({ help: true });
    expect(USAGE).toMatch(/^ {2}--help, -h +show this text$/m);
  });

  it('refuses unknown options, a missing value and an output that is not a PDF', () => {
    expect(() => parseExportArgs(['--pages'])).toThrow(new UsageError('unknown option --pages'));
    expect(() => parseExportArgs(['--out'])).toThrow('--out needs a value');
    expect(() => parseExportArgs(['--out', 'deck.png'])).toThrow('the file name must end in .pdf');
  });
});

/** Enough of a project for the export to read its arguments: it stops before building. */
function argumentsOnlyProject(): string {
  const root = scratchDir('export-args-');
  for (const dir of ['src', 'node_modules']) symlinkSync(join(projectRoot, dir), join(root, dir));
  copyFileSync(join(projectRoot, 'package.json'), join(root, 'package.json'));
  return root;
}

describe('npm run export:pdf', () => {
  // No browser, so that an export that went on past its arguments would stop at once.
  const env = { ...process.env, CHROME_PATH: '/nonexistent/chromium' };
  const failing = (args: string[], cwd: string) =>
    run('npm', ['run', '--silent', 'export:pdf', '--', ...args], { cwd, env }).then(
      () => undefined,
      (error: { code?: number; stdout?: string; stderr?: string }) => error,
    );

  it('reads --out from the folder it was run in, and refuses a missing folder there before building anything', async () => {
    const root = argumentsOnlyProject();
    // talks/ is there in the project's root, but not in the sub-folder the user is in.
    mkdirSync(join(root, 'talks'));
    mkdirSync(join(root, 'notes'));
    const failed = await failing(['--out', 'talks/x.pdf'], join(root, 'notes'));
    expect(failed?.code).toBe(2);
    expect(failed?.stderr?.trim()).toBe(
      `there is no folder ${join(root, 'notes', 'talks')} to write x.pdf in; create it first, or give another --out`,
    );
    expect(failed?.stdout ?? '').not.toContain('building');
    expect(existsSync(join(root, 'notes', 'talks'))).toBe(false);
  });

  it('refuses --notes with --handout as a usage error, exit code 2', async () => {
    const failed = await failing(['--notes', '--handout'], argumentsOnlyProject());
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(
      /^--notes and --handout ask for two different PDFs .*: give one\n\nUsage: /,
    );
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
    // Times are set, not left to the clock: a write made in the same tick as the build would
    // carry the build's own time (a clean-clone CI run once saw exactly that).
    const past = new Date(Date.now() - 60_000);
    const built = new Date(Date.now() - 30_000);
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), '<html>');
    utimesSync(join(root, 'dist', 'index.html'), built, built);
    utimesSync(join(root, 'slides', 'article.md'), past, past);
    utimesSync(join(root, 'slides'), past, past);
    expect(buildIsStale(root)).toBe(false);
    writeFileSync(join(root, 'slides', 'article.md'), '# t2');
    expect(buildIsStale(root)).toBe(true);
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(true);
  });

  it('counts a source with the same time as the build as stale, since the clock cannot tell them apart', () => {
    const root = scratchDir('deck-stale-');
    const at = new Date(Date.now() - 30_000);
    mkdirSync(join(root, 'slides'));
    writeFileSync(join(root, 'slides', 'article.md'), '# t');
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), '<html>');
    utimesSync(join(root, 'dist', 'index.html'), at, at);
    utimesSync(join(root, 'slides'), at, at);
    utimesSync(join(root, 'slides', 'article.md'), at, at);
    expect(buildIsStale(root)).toBe(true);
    const before = new Date(at.getTime() - 1_000);
    utimesSync(join(root, 'slides'), before, before);
    utimesSync(join(root, 'slides', 'article.md'), before, before);
    expect(buildIsStale(root)).toBe(false);
  });

  it.each(['package-lock.json', 'tsconfig.json'])(
    'knows a build is stale when %s is newer, after an upgrade or a change of compiler settings',
    (file) => {
      const root = scratchDir('deck-stale-');
      const past = new Date(Date.now() - 60_000);
      const built = new Date(Date.now() - 30_000);
      writeFileSync(join(root, file), '{}');
      utimesSync(join(root, file), past, past);
      mkdirSync(join(root, 'dist'));
      writeFileSync(join(root, 'dist', 'index.html'), '<html>');
      utimesSync(join(root, 'dist', 'index.html'), built, built);
      expect(buildIsStale(root)).toBe(false);
      writeFileSync(join(root, file), '{"lockfileVersion": 3}');
      expect(buildIsStale(root)).toBe(true);
    },
  );
});
