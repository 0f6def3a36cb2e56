import { execFile, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { printedAddress } from '../../src/deck/web-address.ts';
import { parseExportArgs } from '../../src/export/export-args.ts';
import { exportPdf } from '../../src/export/export-pdf.ts';
import { labels } from '../../src/present/labels.ts';
import { projectRoot, scratchDir } from '../support/fixtures.ts';
import { type PdfSummary, readPdf, squeeze } from '../support/pdf.ts';

const built = fromHtml(readFileSync(join(projectRoot, 'dist', 'index.html'), 'utf8'));
const slideCount = selectAll('.slides > section', built).length;
const headings = selectAll('section[data-kind="section"] h2', built).map((h) => textOf(h));
const diagramLabels = selectAll('.diagram-svg svg text', built)
  .map((t) => squeeze(textOf(t)))
  .filter((t) => t !== '');
/** Each diagram slide's page number (from 0), the labels drawn on it and all its shown text. */
const diagramPages = selectAll('.slides > section', built).flatMap((section, page) => {
  const labels = selectAll('.diagram-svg svg text', section)
    .map((t) => squeeze(textOf(t)))
    .filter((t) => t !== '');
  const shown = [
    ...selectAll('.slide-chapter, h2, figcaption', section).map((el) => squeeze(textOf(el))),
    ...labels,
  ];
  return labels.length > 0 ? [{ page, labels, shown: shown.join('\n') }] : [];
});
/** Each slide's id, its points in order, and how many build steps (reveal fragments) it has. */
const builds = selectAll('.slides > section', built).map((section) => ({
  id: section.properties.id as string,
  points: selectAll('ul.points > li', section).map((li) => squeeze(textOf(li))),
  steps: selectAll('.fragment', section).length,
}));
const occurrences = (text: string, part: string): number => text.split(part).length - 1;

/** Every slide has a bookmark, and each opens a page that shows it. Returns them, flattened. */
function expectBookmarksOnTheirPages(pdf: PdfSummary): PdfSummary['outline'] {
  const all = pdf.outline.flatMap((b) => [b, ...b.children]);
  expect(all).toHaveLength(slideCount);
  for (const b of all) {
    // A key-points slide is bookmarked as 要点 under its section, whose name its page shows.
    const parent = pdf.outline.find((p) => p.children.includes(b));
    const shown = b.title.startsWith('要点') ? (parent?.title ?? '') : b.title;
    expect(pdf.text[b.page - 1], b.title).toContain(squeeze(shown));
  }
  return all;
}

/** Runs the export CLI as a user would, resolving with its exit code and output. */
function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  onLine?: (line: string, kill: () => void) => void,
) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) => {
    // As `npm run export:pdf` runs it: one Node process, so a signal reaches the CLI itself (the
    // tsx wrapper would relay it, and SIGKILL a child that does not answer within 30 ms).
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/export/cli.ts', ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
    });
    let output = '';
    const take = (chunk: Buffer): void => {
      output += chunk.toString();
      for (const line of chunk.toString().split('\n')) onLine?.(line, () => child.kill('SIGTERM'));
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
}

describe('exporting the real deck to PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deck-pdf-'));
  let slides: PdfSummary;
  let withNotes: PdfSummary;
  let handout: PdfSummary;
  let bySteps: PdfSummary;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    const plain = await exportPdf(projectRoot, {
      out: join(dir, 'deck.pdf'),
      notes: false,
      cues: true,
      fragments: false,
    });
    expect(plain.pages).toBe(slideCount);
    slides = await readPdf(plain.path);
    const notes = await exportPdf(projectRoot, {
      out: join(dir, 'notes.pdf'),
      notes: true,
      cues: true,
      fragments: false,
      author: '讲者',
    });
    withNotes = await readPdf(notes.path);
    // As `npm run export:pdf -- --handout` asks for it.
    const forReaders = parseExportArgs(['--handout', '--out', join(dir, 'handout.pdf')]);
    if ('help' in forReaders) throw new Error('the arguments were read as --help');
    handout = await readPdf((await exportPdf(projectRoot, forReaders)).path);
    // As `npm run export:pdf -- --fragments` asks for it.
    const asked = parseExportArgs(['--fragments', '--out', join(dir, 'steps.pdf')]);
    if ('help' in asked) throw new Error('the arguments were read as --help');
    bySteps = await readPdf((await exportPdf(projectRoot, asked)).path);
  });

  it('gives one 16:9 page per slide', () => {
    expect(slides.pages).toBe(slideCount);
    for (const { width, height } of slides.sizes) expect(width / height).toBeCloseTo(16 / 9, 2);
  });

  it('keeps every section heading and every diagram label as selectable text', () => {
    const all = slides.text.join('');
    expect(headings).toHaveLength(5);
    for (const heading of headings) expect(all).toContain(squeeze(heading));
    expect(diagramLabels.length).toBeGreaterThan(50);
    for (const label of diagramLabels) expect(all, label).toContain(label);
  });

  it('prints each diagram label once, so searching or copying a page gives its words once', () => {
    expect(diagramPages.length).toBeGreaterThan(3);
    for (const { page, labels, shown } of diagramPages) {
      const printed = slides.text[page] ?? '';
      for (const label of labels)
        expect(occurrences(printed, label), `page ${page + 1}: ${label}`).toBe(occurrences(shown, label));
    }
  });

  it('sets two full-width marks side by side, so a viewer copies and finds “HSS）。” as printed', () => {
    for (const pdf of [slides, withNotes, handout]) expect(pdf.overlaps).toEqual([]);
  });

  it('embeds the CJK font and carries a title, and an author only when one is named', async () => {
    expect(slides.fontNames.some((name) => /NotoSansSC/.test(name))).toBe(true);
    expect(slides.info.Title).toBe('eSIM卡与手机卡的区别是什么？');
    // deck.yaml names no author, and none is made up; what made the file names no article.
    expect(slides.info.Author).toBeUndefined();
    expect(slides.info.Creator).not.toMatch(/SIM/);
    // A deck whose deck.yaml names one (the build puts it in the page) carries it.
    const root = scratchDir('deck-pdf-author-');
    cpSync(join(projectRoot, 'dist'), join(root, 'dist'), { recursive: true });
    const page = join(root, 'dist', 'index.html');
    writeFileSync(
      page,
      readFileSync(page, 'utf8').replace('<head>', '<head><meta name="author" content="张三">'),
    );
    const authored = await exportPdf(root, {
      out: join(root, 'deck.pdf'),
      notes: false,
      cues: true,
      fragments: false,
    });
    expect((await readPdf(authored.path)).info.Author).toBe('张三');
  });

  it('prints the notes pages as a handout without the presenter’s cue lines, the article’s words all there', () => {
    // Readers' sheets spare paper: each part's divider heads its first slide's sheet, the
    // summary and the sources share one, and the agenda goes under the slide before it, at half
    // size where the introduction's notes leave it no room whole: never above the introduction.
    expect(handout.pages).toBeLessThan(withNotes.pages);
    const marks = expectBookmarksOnTheirPages(handout);
    expect(marks.slice(0, 3).map((b) => [b.title, b.page])).toEqual([
      ['eSIM卡与手机卡的区别是什么？', 1],
      ['什么是 eSIM 卡？', 2],
      ['目录', 2],
    ]);
    // The sheets keep the slides' order: the bookmarks, in the order of their pages, name the
    // slides as the notes pages (one sheet per slide) do.
    const bySheet = (pdf: PdfSummary) => pdf.outline.flatMap((b) => [b, ...b.children]).map((b) => b.title);
    expect(bySheet(handout)).toEqual(bySheet(withNotes));
    expect(handout.text[1]).toContain('物理形态上的差异');
    // Each part's divider heads its first slide's sheet where both fit (all do in this deck).
    for (const section of handout.outline.filter((b) => b.children.length > 0))
      expect(section.children[0]?.page, section.title).toBe(section.page);
    expect(handout.outline[0]?.page).toBe(1);
    expect(handout.outline.at(-1)?.page).toBe(handout.outline.at(-2)?.page);
    // A divider at half size prints without its list of the part's tables and diagrams (about
    // 5 pt there): the sheets after it show them.
    const part = handout.outline.find((b) => b.title === '功能体验的不同');
    const sheet = handout.text[(part?.page ?? 0) - 1] ?? '';
    expect(sheet).toContain(squeeze('第二部分'));
    expect(sheet).not.toContain(squeeze('实体 SIM 卡：密钥事先写进卡里'));
    const cue = /建议用时/;
    expect(withNotes.text.join('')).toMatch(cue);
    expect(handout.text.join('')).not.toMatch(cue);
    expect(handout.text.join('')).toContain(squeeze('提到手机通信，大多数人第一反应就是插卡'));
    // The deck's notes on the article's words are for readers too; the stage directions are not.
    expect(handout.text.join('')).toContain(
      squeeze('注：文中“政府出于国家安全考虑，要求所有设备必须使用本地生产的SIM卡”一例没有给出出处。'),
    );
    expect(handout.text.join('')).not.toContain('不必展开');
    // On paper the 注 is on the same sheet as the words it notes: nothing says ahead that it follows.
    for (const said of [labels.noteAhead, labels.noteLater]) {
      expect(withNotes.text.join('')).not.toContain(squeeze(said));
      expect(handout.text.join('')).not.toContain(squeeze(said));
    }
    // The agenda's notes were its cue alone: its sheet has no heading over nothing. A points
    // slide's sheet has its notes under the heading: 讲稿 for the presenter, 详解 for readers,
    // who speak none of it. Sheets found by their bookmarks.
    const sheetOf = (pdf: PdfSummary, title: string) => {
      const mark = pdf.outline.flatMap((b) => [b, ...b.children]).find((b) => b.title === title);
      return pdf.text[(mark?.page ?? 0) - 1] ?? '';
    };
    expect(sheetOf(withNotes, '目录')).toContain('讲稿');
    expect(sheetOf(handout, '目录')).toContain('物理形态上的差异');
    expect(sheetOf(handout, '目录').match(/讲稿|详解/gu)).toEqual(['详解']);
    expect(sheetOf(handout, '什么是 eSIM 卡？')).toContain('详解');
    expect(sheetOf(handout, '什么是 eSIM 卡？')).not.toContain('讲稿');
    expect(sheetOf(withNotes, '什么是 eSIM 卡？')).toContain('讲稿');
  });

  it('has a bookmark for every section and slide, opening at that slide’s page, notes or not', () => {
    const sections = slides.outline.filter((b) => b.children.length > 0);
    expect(sections.map((b) => b.title)).toEqual(headings);
    const all = expectBookmarksOnTheirPages(slides);
    expect(slides.outline[0]).toMatchObject({ title: 'eSIM卡与手机卡的区别是什么？', page: 1 });
    // With notes each slide has one sheet, so its bookmark opens the same page number.
    const noted = withNotes.outline.flatMap((b) => [b, ...b.children]);
    expect(noted.map((b) => b.page)).toEqual(all.map((b) => b.page));
  });

  it('links each entry of the agenda to its section’s page, on the slides, the notes pages and the handout', () => {
    for (const pdf of [slides, withNotes, handout]) {
      // Its page by its bookmark, which on the handout may be a sheet it shares.
      const agenda = (pdf.outline.find((b) => b.title === '目录')?.page ?? 0) - 1;
      expect(agenda).toBeGreaterThanOrEqual(0);
      expect(pdf.text[agenda]).toContain('目录');
      const opened = (pdf.links[agenda] ?? []).map((link) => link.page ?? 0);
      const sections = pdf.outline.filter((b) => b.children.length > 0).map((b) => b.page);
      expect(sections).toHaveLength(5);
      expect(opened).toEqual(sections);
      for (const page of opened) expect(pdf.text[page - 1]).toMatch(/^第.部分/);
    }
  });

  it('lets a reader of the PDF open each source that names its page, and a reader of the paper type it', () => {
    const page = slides.text.findIndex((text) => text.startsWith('参考资料'));
    expect(page).toBeGreaterThan(0);
    const opened = (slides.links[page] ?? []).map((link) => link.url);
    expect(opened).toContain('https://www.3gpp.org/DynaReport/33102.htm');
    expect(opened.every((url) => url?.startsWith('https://'))).toBe(true);
    // On paper a link leads nowhere: each address is printed beside its source, to type in.
    // In the order written: a text selection or a copy gives the source, then its address.
    expect(slides.text[page]).toContain(
      squeeze('3GPP TS 33.102：3G 安全架构（AKA 鉴权）www.3gpp.org/DynaReport/33102.htm'),
    );
    for (const url of opened) expect(slides.text[page]).toContain(squeeze(printedAddress(url ?? '')));
  });

  it('with --notes prints one A4 portrait sheet per slide, the slide above its notes in the article’s words', () => {
    expect(withNotes.pages).toBe(slideCount);
    for (const { width, height } of withNotes.sizes) {
      expect(width).toBeCloseTo(595, 0);
      expect(height).toBeCloseTo(842, 0);
    }
    expect(withNotes.info.Author).toBe('讲者');
    expect(withNotes.info.Subject).toBe('eSIM卡与手机卡的区别是什么？：演示文稿及讲稿');
    // The introduction's slide is the second: its sheet shows the slide's heading, then its notes.
    const intro = withNotes.text[1] ?? '';
    const heading = intro.indexOf(squeeze('什么是 eSIM 卡？'));
    const notes = intro.indexOf(squeeze('提到手机通信，大多数人第一反应就是插卡'));
    expect(heading).toBeGreaterThanOrEqual(0);
    expect(notes).toBeGreaterThan(heading);
    // Every slide's words are on its sheet as they are on the slide's own page, still as text.
    slides.text.forEach((page, n) => {
      expect(withNotes.text[n], `sheet ${n + 1}`).toContain(page);
    });
    // A diagram's sheet (found by its caption: the divider names its title too) tells its flow in
    // words under it.
    const diagramSheet = withNotes.text.find((page) => page.includes(squeeze('激活码只告诉手机去哪台')));
    expect(diagramSheet).toContain(squeeze('激活码是一个二维码，内容形如 LPA:1$SM-DP+地址$匹配ID'));
    // Its steps in words, for a screen too small to follow the drawing, are not: on paper the
    // drawing is right above, and the sheet stays one.
    expect(diagramSheet).not.toContain(squeeze('图中的步骤'));
  });

  it('with --fragments gives a page per build step, each showing the points made so far', () => {
    // A slide's first page shows none of its points; each step adds a page with one more.
    const firstPages: number[] = [];
    let pages = 0;
    for (const slide of builds) {
      firstPages.push(pages);
      pages += 1 + slide.steps;
    }
    expect(pages - slideCount, 'build steps').toBeGreaterThan(20);
    expect(bySteps.pages).toBe(pages);
    builds.forEach(({ id, points, steps }, n) => {
      expect(steps, `${id}: every point is a step`).toBe(points.length);
      for (let shown = 0; shown <= steps; shown += 1) {
        const page = (firstPages[n] ?? 0) + shown;
        points.forEach((point, i) => {
          expect(bySteps.text[page]?.includes(point), `${id}, page ${page + 1}: point ${i + 1}`).toBe(
            i < shown,
          );
        });
      }
    });
    // A slide's bookmark opens its first step.
    const bookmarked = bySteps.outline.flatMap((b) => [b, ...b.children]);
    expect(bookmarked.map((b) => b.page)).toEqual(firstPages.map((page) => page + 1));
  });
});

describe('notes longer than their sheet', () => {
  it('run on to the next sheet, every word printed, and the bookmarks still open each slide', async () => {
    const root = scratchDir('deck-pdf-long-notes-');
    cpSync(join(projectRoot, 'dist'), join(root, 'dist'), { recursive: true });
    const page = join(root, 'dist', 'index.html');
    // Forty numbered paragraphs under the cover's notes: far more than half an A4 sheet holds.
    // Their words are the article's, so the deck's font subset has every glyph.
    const paragraph = (i: number): string => `提到手机通信${i}，大多数人第一反应就是插卡。`;
    const long = Array.from({ length: 40 }, (_, i) => `<p>${paragraph(i + 1)}</p>`).join('');
    const html = readFileSync(page, 'utf8');
    const cover = html.indexOf('<aside class="notes"');
    expect(cover).toBeGreaterThan(0);
    const open = html.indexOf('>', cover) + 1;
    writeFileSync(page, html.slice(0, open) + long + html.slice(open));
    const said: string[] = [];
    const result = await exportPdf(
      root,
      { out: join(root, 'notes.pdf'), notes: true, cues: true, fragments: false },
      (line) => said.push(line),
    );
    const pdf = await readPdf(result.path);
    expect(pdf.pages).toBeGreaterThan(slideCount);
    const all = pdf.text.join('');
    for (let i = 1; i <= 40; i += 1) expect(all, `paragraph ${i}`).toContain(paragraph(i));
    expect(said.join('\n')).not.toMatch(/no bookmarks/);
    // The cover runs over two sheets; every bookmark after it opens its slide's sheet all the same.
    const marks = pdf.outline.flatMap((b) => [b, ...b.children]);
    expect(marks).toHaveLength(slideCount);
    expect(marks[1]?.page).toBe(3);
    for (const mark of marks.filter((b) => !b.title.startsWith('要点')))
      expect(pdf.text[mark.page - 1], mark.title).toContain(squeeze(mark.title));
  });
});

describe('the export command', () => {
  it('writes the PDF where --out says and names it there, as given, when it lies outside the project', async () => {
    const out = join(scratchDir('deck-pdf-cli-'), 'deck.pdf');
    const result = await runCli(['--out', out]);
    expect(result.code).toBe(0);
    expect(result.output).toContain(`✓ ${out}: ${slideCount} pages`);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('writes a relative --out in the folder npm was run in, not the project’s root, and names it from there', async () => {
    // A folder of the project (ignored by git), as a user's notes/ would be.
    mkdirSync(join(projectRoot, '.scratch'), { recursive: true });
    const here = mkdtempSync(join(projectRoot, '.scratch', 'export-from-'));
    onTestFinished(() => rmSync(here, { recursive: true, force: true }));
    const args = ['run', '--silent', 'export:pdf', '--', '--out', 'talk.pdf'];
    const { stdout } = await promisify(execFile)('npm', args, { cwd: here });
    expect(stdout).toContain(`✓ talk.pdf: ${slideCount} pages`);
    expect(readFileSync(join(here, 'talk.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(existsSync(join(projectRoot, 'talk.pdf'))).toBe(false);
  });
});

describe('a failed or interrupted export', () => {
  it('leaves nothing at the destination when killed mid-way, not even a temporary file', async () => {
    const dir = scratchDir('deck-pdf-killed-');
    let killed = false;
    const result = await runCli(['--out', join(dir, 'x.pdf')], {}, (line, kill) => {
      if (!killed && /printing/.test(line)) {
        killed = true;
        kill();
      }
    });
    expect(killed).toBe(true);
    expect(result.code).toBe(143);
    expect(result.output).toContain('export interrupted (SIGTERM)');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says the new PDF is there, complete, when interrupted just after it was put in place', async () => {
    const dir = scratchDir('deck-pdf-late-');
    const out = join(dir, 'x.pdf');
    writeFileSync(out, 'the previous PDF');
    // Ctrl-C at the worst moment, made certain: the signal is sent the moment the rename is done.
    const hook = join(dir, 'interrupt-after-rename.mjs');
    writeFileSync(
      hook,
      [
        "import fs from 'node:fs/promises';",
        "import { syncBuiltinESMExports } from 'node:module';",
        'const rename = fs.rename;',
        'fs.rename = async (from, to) => {',
        '  await rename(from, to);',
        "  if (String(to).endsWith('.pdf')) process.kill(process.pid, 'SIGINT');",
        '};',
        'syncBuiltinESMExports();',
      ].join('\n'),
    );
    const result = await runCli(['--out', out], { NODE_OPTIONS: `--import ${pathToFileURL(hook).href}` });
    expect(result.code).toBe(130);
    expect(result.output).toContain(
      `export interrupted (SIGINT); ${out} already holds the new PDF, complete`,
    );
    expect(result.output).not.toContain('left as it was');
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readdirSync(dir).sort()).toEqual(['interrupt-after-rename.mjs', 'x.pdf']);
  });

  it('ends at once with a one-line reason when the browser is there but does not start', async () => {
    const dir = scratchDir('deck-pdf-nostart-');
    // A hung export (its server still listening) is stopped after 20 s, and then fails below.
    let stop: (() => void) | undefined;
    const timer = setTimeout(() => stop?.(), 20_000);
    const result = await runCli(
      ['--out', join(dir, 'deck.pdf')],
      { CHROME_PATH: '/bin/false' },
      (_line, kill) => {
        stop = kill;
      },
    );
    clearTimeout(timer);
    expect(result.output).not.toContain('export interrupted');
    expect(result.code).toBe(1);
    // Said as `npm run build` says it, when the export has to build first.
    expect(result.output).toMatch(
      /^Chromium at \/bin\/false did not start \(.*exitCode=1.*\)\. Set CHROME_PATH/m,
    );
    expect(result.output).not.toContain('export failed');
    // Playwright's own message lists every command-line flag; the reason is what matters.
    expect(result.output).not.toContain('--disable-gpu');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails at once with the error the deck’s script threw on the print page, not a timeout a minute later', async () => {
    const root = scratchDir('deck-pdf-throws-');
    cpSync(join(projectRoot, 'dist'), join(root, 'dist'), { recursive: true });
    // The deck's script stops before reveal.js starts, so the print view is never laid out.
    const entry = /<script type="module" crossorigin src="\.\/([^"]+)"/.exec(
      readFileSync(join(root, 'dist', 'index.html'), 'utf8'),
    )?.[1];
    expect(entry).toBeDefined();
    const script = join(root, 'dist', entry ?? '');
    writeFileSync(script, `throw new Error('the deck could not start');\n${readFileSync(script, 'utf8')}`);
    const started = Date.now();
    await expect(
      exportPdf(root, { out: join(root, 'deck.pdf'), notes: false, cues: true, fragments: false }),
    ).rejects.toThrow('the print view threw an error: the deck could not start');
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('keeps an existing PDF unchanged and explains how to get a browser when there is none', async () => {
    const dir = scratchDir('deck-pdf-nobrowser-');
    const out = join(dir, 'deck.pdf');
    writeFileSync(out, 'the previous PDF');
    const result = await runCli(['--out', out], { CHROME_PATH: '/nonexistent/chromium' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('No Chromium found at /nonexistent/chromium');
    expect(result.output).toContain('apt-get install -y chromium');
    expect(result.output).toContain('CHROME_PATH');
    expect(readFileSync(out, 'utf8')).toBe('the previous PDF');
    expect(readdirSync(dir)).toEqual(['deck.pdf']);
  });
});
