import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../src/article/source-error.ts';
import { launchChromium } from '../../src/browser/chromium.ts';
import { generateDeck } from '../../src/build/generate-deck.ts';
import { diagramText } from '../../src/diagrams/diagram-text.ts';
import { renderDiagrams } from '../../src/diagrams/render-diagrams.ts';
import { fullFontFile } from '../../src/font/subset-fonts.ts';
import { fixture, projectRoot, scratchDir } from '../support/fixtures.ts';

const diagramDir = join(projectRoot, 'slides', 'diagrams');
const sources = readdirSync(diagramDir)
  .filter((f) => f.endsWith('.mmd'))
  .map((f) => ({
    name: f.replace(/\.mmd$/, ''),
    file: `slides/diagrams/${f}`,
    text: readFileSync(join(diagramDir, f), 'utf8'),
  }));

describe('renderDiagrams', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws every diagram under slides/diagrams as an SVG image with a title and a description', async () => {
    expect(sources.length).toBeGreaterThanOrEqual(4);
    const drawn = await renderDiagrams(sources, { fontFile: fullFontFile(400), browser });
    for (const { name } of sources) {
      const svg = drawn.get(name)?.svg ?? '';
      expect(svg, name).toMatch(/^<svg [^>]*role="img"/);
      expect(svg, name).toMatch(/<title[^>]*>[^<]+<\/title>/);
      expect(svg, name).toMatch(/<desc[^>]*>[^<]+<\/desc>/);
      // Every id inside is the diagram's own, so several diagrams can share the page.
      for (const [, id] of svg.matchAll(/ id="([^"]+)"/g))
        expect(id?.startsWith(`diagram-${name}`), id).toBe(true);
      // Every symbol or marker it still defines is one it draws with ...
      const ids = new Set([...svg.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id));
      const references = [...svg.matchAll(/(?:href="#|url\(#)([^")]+)/g)].map(([, id]) => id);
      for (const [, id] of svg.matchAll(/<(?:symbol|marker) [^>]*id="([^"]+)"/g))
        expect(references, `${name}: unused ${id}`).toContain(id);
      // ... and everything it draws with is still defined.
      for (const id of references) expect(ids.has(id), `${name}: ${id} referenced but gone`).toBe(true);
      // The image's name and description point at its own <title> and <desc>.
      for (const attr of ['aria-labelledby', 'aria-describedby']) {
        const refs = svg.match(new RegExp(`^<svg [^>]*${attr}="([^"]+)"`))?.[1]?.split(/\s+/) ?? [];
        expect(refs.length, `${name}: ${attr}`).toBeGreaterThan(0);
        for (const id of refs) expect(ids.has(id), `${name}: ${attr} → ${id}`).toBe(true);
      }
    }
  });

  it('fails on a syntax error with the file, the line and Mermaid’s message', async () => {
    const broken = {
      name: 'broken',
      file: 'tests/fixtures/diagrams/broken.mmd',
      text: fixture('diagrams/broken.mmd'),
    };
    const error = await renderDiagrams([broken], { fontFile: fullFontFile(400), browser }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toMatch(
      /^tests\/fixtures\/diagrams\/broken\.mmd:5:1: Mermaid could not draw this diagram: Parse error on line 5:/,
    );
    expect((error as SourceError).message).toContain('Expecting');
  });
});

describe('diagram checks before drawing', () => {
  it('refuses a diagram without a text alternative', () => {
    const source = {
      name: 'no-alt',
      file: 'tests/fixtures/diagrams/no-alt.mmd',
      text: fixture('diagrams/no-alt.mmd'),
    };
    expect(() => diagramText(source)).toThrow(
      'tests/fixtures/diagrams/no-alt.mmd:1:1: diagram has no accTitle; every diagram needs a text alternative',
    );
  });

  it('reads a diagram’s text alternative from one line or from a block', () => {
    const source = (text: string) => ({ name: 'x', file: 'slides/diagrams/x.mmd', text });
    expect(
      diagramText(source('flowchart LR\n  accTitle: 标题\n  accDescr: 一句说明。\n  A --> B\n')),
    ).toEqual({
      title: '标题',
      description: '一句说明。',
    });
    expect(
      diagramText(
        source('sequenceDiagram\n  accTitle: 标题\n  accDescr {\n    第一行，\n    second line.\n  }\n'),
      ),
    ).toEqual({ title: '标题', description: '第一行， second line.' });
    expect(() => diagramText(source('flowchart LR\n  accTitle: 标题\n  accDescr {\n    没有结尾\n'))).toThrow(
      'slides/diagrams/x.mmd:3:1: accDescr { … } is never closed',
    );
  });

  it('fails the build at the spec’s line when a diagram file is missing', async () => {
    const root = scratchDir('deck-missing-diagram-');
    mkdirSync(join(root, 'slides'));
    writeFileSync(join(root, 'slides', 'article.md'), fixture('articles/other-article.md'));
    writeFileSync(
      join(root, 'slides', 'deck.yaml'),
      'sections:\n  动力来源:\n    diagrams:\n      - file: diagrams/motor.mmd\n        title: 电机\n        caption: 说明\n',
    );
    await expect(
      generateDeck({ root, article: 'slides/article.md', spec: 'slides/deck.yaml' }),
    ).rejects.toThrow('slides/deck.yaml:4:9: diagram file slides/diagrams/motor.mmd does not exist');
  });
});
