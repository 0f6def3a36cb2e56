import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { outlineOf, setOutline } from '../../src/export/pdf-outline.ts';
import { scratchDir } from '../support/fixtures.ts';
import { readPdf } from '../support/pdf.ts';

const printed = [
  { kind: 'title', title: '红叶为什么会变红', page: 0 },
  { kind: 'agenda', title: '目录', page: 1 },
  { kind: 'section', title: '天气', sectionId: '天气', page: 2 },
  { kind: 'points', title: '天气（1/2）', part: '1/2', sectionId: '天气', page: 3 },
  { kind: 'points', title: '天气（2/2）', part: '2/2', sectionId: '天气', page: 4 },
  { kind: 'section', title: '树种', sectionId: '树种', page: 5 },
  { kind: 'diagram', title: '叶子里的色素', sectionId: '树种', page: 6 },
  { kind: 'summary', title: '总结（1/2）', part: '1/2', page: 7 },
];

describe('the PDF outline', () => {
  it('nests each section’s slides under its divider and names key-point slides 要点', () => {
    expect(outlineOf(printed)).toEqual([
      { title: '红叶为什么会变红', page: 0, children: [] },
      { title: '目录', page: 1, children: [] },
      {
        title: '天气',
        page: 2,
        children: [
          { title: '要点（1/2）', page: 3, children: [] },
          { title: '要点（2/2）', page: 4, children: [] },
        ],
      },
      { title: '树种', page: 5, children: [{ title: '叶子里的色素', page: 6, children: [] }] },
      { title: '总结（1/2）', page: 7, children: [] },
    ]);
  });

  it('is written so that a PDF reader lists the bookmarks and opens each at its page', async () => {
    const pdf = await PDFDocument.create();
    for (let i = 0; i < 8; i++) pdf.addPage([960, 540]);
    setOutline(pdf, outlineOf(printed));
    const path = join(scratchDir('deck-outline-'), 'outline.pdf');
    writeFileSync(path, await pdf.save());
    const { outline } = await readPdf(path);
    expect(outline.map((b) => [b.title, b.page])).toEqual([
      ['红叶为什么会变红', 1],
      ['目录', 2],
      ['天气', 3],
      ['树种', 6],
      ['总结（1/2）', 8],
    ]);
    expect(outline[2]?.children.map((b) => [b.title, b.page])).toEqual([
      ['要点（1/2）', 4],
      ['要点（2/2）', 5],
    ]);
  });
});
