import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../src/article/source-error.ts';
import { launchChromium } from '../../src/browser/chromium.ts';
import { generateDeck } from '../../src/build/generate-deck.ts';
import { parseSpec } from '../../src/deck/spec.ts';
import { diagramText, refuseEntityCodes, withoutTextAlternative } from '../../src/diagrams/diagram-text.ts';
import { fileLine } from '../../src/diagrams/mermaid-lines.ts';
import { mermaidError, renderDiagrams } from '../../src/diagrams/render-diagrams.ts';
import { fullFontFile } from '../../src/font/subset-fonts.ts';
import { fixture, projectRoot, scratchDir, slidesFile } from '../support/fixtures.ts';

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
    for (const { name, text } of sources) {
      const svg = drawn.get(name)?.svg ?? '';
      expect(svg, name).toMatch(/^<svg [^>]*role="img"/);
      // A sequence's every arrow and note is a step in words, in order; another kind has none.
      const statements = text.split('\n').filter((line) => /->>|<<->>|^\s*Note /.test(line));
      if (text.startsWith('sequenceDiagram')) {
        expect(drawn.get(name)?.steps, name).toHaveLength(statements.length);
        const last = statements.at(-1)?.split(':').slice(1).join(':').trim() ?? '';
        expect(drawn.get(name)?.steps?.at(-1)?.text, name).toContain(last);
      } else expect(drawn.get(name)?.steps, name).toBeUndefined();
      // An image in the reader's language, not Mermaid's "flowchart-v2".
      expect(svg, name).not.toContain('aria-roledescription');
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

  it('reads a sequence’s steps from Mermaid’s own parse: arrows numbered as drawn, notes over whom, blocks opened and closed', async () => {
    const text = [
      'sequenceDiagram',
      '  accTitle: 付款',
      '  accDescr: 用户付款，商家发货或退款。',
      '  autonumber 10 10',
      '  participant U as 用户',
      '  participant M as 商家<br/>(后台)',
      '  U->>M: 下单<br/>付款',
      '  Note over U,M: 付款后',
      '  alt 已付款',
      '    M-->>U: 发货',
      '  else 未付款',
      '    M->>U: 退款',
      '  end',
      '  M->>C: 通知快递',
    ].join('\n');
    const drawn = await renderDiagrams([{ name: 'pay', file: 'slides/diagrams/pay.mmd', text }], {
      fontFile: fullFontFile(400),
      browser,
    });
    expect(drawn.get('pay')?.steps).toEqual([
      { text: '用户 → 商家 (后台)：下单付款', number: 10, depth: 0 },
      { text: '标注（用户、商家）：付款后', depth: 0 },
      { text: '条件：已付款', depth: 0 },
      { text: '商家 → 用户：发货', number: 20, depth: 1 },
      { text: '否则：未付款', depth: 0 },
      { text: '商家 → 用户：退款', number: 30, depth: 1 },
      { text: '条件结束', depth: 0 },
      { text: '商家 → C：通知快递', number: 40, depth: 0 },
    ]);
    // The drawing numbers those arrows so.
    expect(drawn.get('pay')?.svg.match(/>(\d+)<\/text>/g)).toEqual([
      '>10</text>',
      '>20</text>',
      '>30</text>',
      '>40</text>',
    ]);
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

  it.each([
    ['inside a state’s block, not at the brace that opens the block', 'state-block-error', 5],
    ['inside an ER entity’s attributes, not at the brace that opens them', 'er-entity-error', 5],
    [
      'after an ER relationship, not at the crow’s foot (o{) drawn on the line before',
      'er-relation-error',
      5,
    ],
  ])('names the line Mermaid stopped at %s', async (_, name, line) => {
    const file = `tests/fixtures/diagrams/${name}.mmd`;
    const error = await renderDiagrams([{ name, file, text: fixture(`diagrams/${name}.mmd`) }], {
      fontFile: fullFontFile(400),
      browser,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toMatch(
      new RegExp(
        `^${file.replaceAll('.', '\\.')}:${line}:1: Mermaid could not draw this diagram: Parse error on line ${line}:`,
      ),
    );
    expect((error as SourceError).message).not.toContain('never closes');
  });

  it('names the line that opened a bracket nothing closes, past a comment and a blank line', async () => {
    const file = 'tests/fixtures/diagrams/unclosed-bracket.mmd';
    const error = await renderDiagrams(
      [{ name: 'unclosed', file, text: fixture('diagrams/unclosed-bracket.mmd') }],
      { fontFile: fullFontFile(400), browser },
    ).catch((e: unknown) => e);
    expect((error as SourceError).message).toMatch(
      /^tests\/fixtures\/diagrams\/unclosed-bracket\.mmd:4:1: "\(" opens on this line and never closes; Mermaid could not draw this diagram: Parse error on line 7:/,
    );
  });

  it('closes its page when a diagram cannot be drawn, leaving the browser it was lent as it was', async () => {
    const open = browser.contexts().length;
    const broken = { name: 'broken', file: 'broken.mmd', text: fixture('diagrams/broken.mmd') };
    await expect(renderDiagrams([broken], { fontFile: fullFontFile(400), browser })).rejects.toThrow(
      /^broken\.mmd:5:1: /,
    );
    expect(browser.contexts()).toHaveLength(open);
  });

  it('draws a diagram whose one node is named like its title: the title is set aside once, not the node with it', async () => {
    const source = {
      name: 'same-name',
      file: 'tests/fixtures/diagrams/node-named-like-title.mmd',
      text: fixture('diagrams/node-named-like-title.mmd'),
    };
    // Not refused as a drawing of its title alone: the node is a word of the drawing.
    const drawn = await renderDiagrams([source], { fontFile: fullFontFile(400), browser });
    const svg = drawn.get('same-name')?.svg ?? '';
    expect(svg).toMatch(/<title[^>]*>腺苷<\/title>/);
    // The drawing's words: the name twice, once as the node's label and once as the title above it.
    const words = [...svg.matchAll(/<text\b([^>]*)>(.*?)<\/text>/g)].map(([, attributes, inner]) => [
      attributes?.includes('flowchartTitleText') ? 'title' : 'label',
      inner?.replace(/<[^>]+>/g, ''),
    ]);
    expect(words).toEqual([
      ['label', '腺苷'],
      ['title', '腺苷'],
    ]);
  });

  it.each([
    ['declares nothing but its text alternative', 'draws-nothing.mmd', 1],
    ['has nothing but a title above its type line', 'draws-only-a-title.mmd', 4],
    ['is a pie with a title and no slices', 'empty-pie.mmd', 2],
    ['is a gantt chart with a title and no tasks', 'empty-gantt.mmd', 4],
  ])('fails the build when an attached diagram %s', async (_, file, line) => {
    const root = scratchDir('deck-empty-diagram-');
    mkdirSync(join(root, 'slides', 'diagrams'), { recursive: true });
    writeFileSync(join(root, 'slides', 'article.md'), fixture('articles/other-article.md'));
    writeFileSync(join(root, 'slides', 'diagrams', 'x.mmd'), fixture(`diagrams/${file}`));
    writeFileSync(
      join(root, 'slides', 'deck.yaml'),
      'sections:\n  动力来源:\n    diagrams:\n      - file: diagrams/x.mmd\n        title: 困意\n        caption: 说明\n',
    );
    await expect(
      generateDeck({ root, article: 'slides/article.md', spec: 'slides/deck.yaml' }, browser),
    ).rejects.toThrow(
      `slides/diagrams/x.mmd:${line}:1: diagram draws nothing to read (no node, message, task or data; a title at most); it would be a blank slide`,
    );
  });

  it('builds a diagram saved with Windows line ends, and names a folder given as a diagram file', async () => {
    const root = scratchDir('deck-crlf-diagram-');
    mkdirSync(join(root, 'slides', 'diagrams'), { recursive: true });
    writeFileSync(join(root, 'slides', 'article.md'), fixture('articles/other-article.md'));
    const spec = (file: string) =>
      `sections:\n  动力来源:\n    diagrams:\n      - file: ${file}\n        title: 电机\n        caption: 说明\n`;
    const sources = { root, article: 'slides/article.md', spec: 'slides/deck.yaml' };
    // A folder where the spec names a file: said plainly, not as the system's EISDIR.
    const file = join(root, 'slides', 'diagrams', 'motor.mmd');
    mkdirSync(file);
    writeFileSync(join(root, 'slides', 'deck.yaml'), spec('diagrams/motor.mmd'));
    await expect(generateDeck(sources, browser)).rejects.toThrow(
      'slides/diagrams/motor.mmd:1:1: this is a folder, not a file',
    );
    rmSync(file, { recursive: true });
    // CR LF line ends, as a Windows editor saves them: the text alternative is found all the same.
    writeFileSync(
      file,
      'flowchart LR\r\n  accTitle: 电机怎样转\r\n  accDescr: 电池的电流驱动电机。\r\n  A[电池] --> B[电机]\r\n',
    );
    const { slidesHtml } = await generateDeck(sources, browser);
    expect(slidesHtml).toContain('电池的电流驱动电机。');
    expect(slidesHtml).toContain('<title');
  });

  it.each([
    [
      'mindmap',
      'mindmap\n  accTitle: eSIM 的利弊\n  accDescr: eSIM 有优点也有缺点。\n  root((eSIM))\n    优点\n    缺点\n',
    ],
    [
      'timeline',
      'timeline\n  accTitle: eSIM 的发展\n  accDescr {\n    2016 年首款 eSIM 手表，\n    2018 年 iPhone 支持。\n  }\n  2016 : 首款 eSIM 手表\n  2018 : iPhone 支持 eSIM\n',
    ],
    ['kanban', 'kanban\n  accTitle: 开通进度\n  accDescr: 一项待办。\n  todo[待办]\n    t1[扫码开通]\n'],
  ])(
    'draws a %s, whose Mermaid grammar has no accTitle or accDescr, named by its text alternative',
    async (type, text) => {
      const drawn = await renderDiagrams([{ name: type, file: `slides/diagrams/${type}.mmd`, text }], {
        fontFile: fullFontFile(400),
        browser,
      });
      const svg = drawn.get(type)?.svg ?? '';
      const { title, description } = diagramText({ name: type, file: '', text });
      expect(svg).toMatch(new RegExp(`^<svg [^>]*aria-labelledby="diagram-${type}-title"`));
      expect(svg).toMatch(new RegExp(`^<svg [^>]*aria-describedby="diagram-${type}-desc"`));
      expect(svg).toContain(`<title id="diagram-${type}-title">${title}</title>`);
      expect(svg).toContain(`<desc id="diagram-${type}-desc">${description}</desc>`);
      // Drawn once, as the image's name, not as a node or an event.
      expect(svg.split(title).length - 1).toBe(1);
    },
  );

  it('stops the build of a diagram too crowded to read at slide size, at its diagram-type line', async () => {
    const source = {
      name: 'crowded',
      file: 'slides/diagrams/crowded.mmd',
      text: fixture('diagrams/crowded.mmd'),
    };
    await expect(renderDiagrams([source], { fontFile: fullFontFile(400), browser })).rejects.toThrow(
      /^slides\/diagrams\/crowded\.mmd:1:1: diagram is too crowded to read on a slide: its smallest labels \(such as “[^”]+”\) would be drawn \d+\.\d px high \(at least 12 px needed\)/,
    );
  });

  it.each([
    ['front matter', 'front-matter-error.mmd', 8],
    ['a directive and a comment line', 'directive-error.mmd', 8],
    ['comments and blank lines in a flowchart', 'flowchart-error.mmd', 10],
  ])('reports a syntax error below %s at the file’s own line', async (_, file, line) => {
    const source = {
      name: 'wrong',
      file: `tests/fixtures/diagrams/${file}`,
      text: fixture(`diagrams/${file}`),
    };
    const error = await renderDiagrams([source], { fontFile: fullFontFile(400), browser }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toMatch(
      new RegExp(
        `^${source.file}:${line}:1: Mermaid could not draw this diagram: Parse error on line ${line}:`,
      ),
    );
  });

  it('has Mermaid parse a diagram twice at most: once to draw it, once to read the title it draws', async () => {
    // A diagram type of the test's own, registered in the page that draws it: its parser says each
    // time it is run, and its renderer draws one box with a word in it.
    const parsed: string[] = [];
    const lent = {
      newPage: async () => {
        const page = await browser.newPage();
        page.on('console', (message) => {
          if (message.text() === 'counted: parsed') parsed.push(message.text());
        });
        await page.addInitScript(() => {
          document.addEventListener('DOMContentLoaded', () => {
            const { mermaid } = window as unknown as { mermaid: typeof import('mermaid').default };
            const svg = (tag: string, attributes: Record<string, string>, text = ''): Element => {
              const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
              for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
              element.textContent = text;
              return element;
            };
            const diagram = {
              db: { clear: () => {}, getDiagramTitle: () => '' },
              parser: { parse: () => console.log('counted: parsed') },
              renderer: {
                draw: (_text: string, id: string) => {
                  const root = document.getElementById(id);
                  root?.setAttribute('viewBox', '0 0 240 60');
                  root?.append(
                    svg('rect', { width: '240', height: '60', fill: '#e6f0fb' }),
                    svg('text', { x: '10', y: '40', 'font-size': '24' }, '数一数'),
                  );
                },
              },
              styles: () => '',
            };
            void mermaid.registerExternalDiagrams([
              {
                id: 'counted',
                detector: (text: string) => /^\s*counted\b/.test(text),
                loader: async () => ({ id: 'counted', diagram }),
              },
            ] as unknown as Parameters<typeof mermaid.registerExternalDiagrams>[0]);
          });
        });
        return page;
      },
    } as unknown as Browser;
    const counted = {
      name: 'counted',
      file: 'counted.mmd',
      text: 'counted\n  accTitle: 数一数\n  accDescr: Mermaid 读这张图的次数\n',
    };
    const drawn = await renderDiagrams([counted], { fontFile: fullFontFile(400), browser: lent });
    expect(drawn.get('counted')?.svg).toContain('数一数');
    expect(parsed.length).toBeGreaterThanOrEqual(1);
    expect(parsed.length).toBeLessThanOrEqual(2);
  });
});

describe('fileLine', () => {
  // Each source has its mistake on the line marked BAD; `mermaid` is the line Mermaid 11.17 named.
  const seq = ['sequenceDiagram', '  accTitle: t', '  accDescr: d', '  participant A', '  A->>>B: BAD'];
  it.each<[string, string[], number, string?]>([
    ['Windows line endings', ['---', 'title: x', '---', '%% c', ...seq], 5, '\r\n'],
    ['classic Mac line endings', ['---', 'title: x', '---', '%% c', ...seq, '  A->>A: ok'], 5, '\r'],
    ['a directive over three lines', ['%%{init: {', '  "theme": "base"', '}}%%', ...seq], 5],
    ['a directive on the diagram type’s line', ['%%{init: {}}%% sequenceDiagram', ...seq.slice(1)], 5],
    ['indented front matter', ['  ---', '  title: x', '  ---', '', '', ...seq], 5],
    ['blank lines above the diagram type', ['', '  ', 'sequenceDiagram', ...seq.slice(1)], 5],
    [
      'comments after blank lines',
      [
        'sequenceDiagram',
        '  accTitle: t',
        '  %% c1',
        '',
        '  %% c2',
        '  accDescr: d',
        '',
        '%% c3',
        '  A->>>B: BAD',
      ],
      4,
    ],
    ['blank lines after a graph’s brace', ['%% top', 'graph TD', '  A{x}', '', '', '  A -->> BAD'], 3],
  ])('maps the line Mermaid names back to the file’s line with %s', (_, lines, mermaid, eol = '\n') => {
    expect(fileLine(lines.join(eol), mermaid)).toBe(lines.findIndex((l) => l.includes('BAD')) + 1);
  });

  it('puts a line past the end of what Mermaid parsed on the file’s last line', () => {
    expect(fileLine('---\ntitle: x\n---\nflowchart LR\n  A', 9)).toBe(5);
  });
});

describe('mermaidError', () => {
  const source = (text: string) => ({ name: 'x', file: 'slides/diagrams/x.mmd', text });
  it('finds the line of an error Mermaid names none for: in the front matter, or by the value it names', () => {
    const front = source('---\ntitle: 测试\nconfig:\n  theme: [base\n---\nflowchart LR\n  A --> B\n');
    expect(
      mermaidError(front, 'unexpected end of the stream within a flow collection (4:1)\n 1 | title: 测试')
        .message,
    ).toMatch(/^slides\/diagrams\/x\.mmd:5:1: Mermaid could not draw this diagram: unexpected end/);
    const gantt = source(
      'gantt\n  accTitle: 标题\n  dateFormat YYYY-MM-DD\n  section 一\n  任务 :a1, 2024-13-45, 3d\n',
    );
    expect(mermaidError(gantt, 'Invalid date:2024-13-45').message).toMatch(/^slides\/diagrams\/x\.mmd:5:1: /);
    // Nothing to go by: its first line.
    expect(mermaidError(gantt, 'There can be only one root').message).toMatch(
      /^slides\/diagrams\/x\.mmd:1:1: /,
    );
    // A mindmap names the node it could not place.
    const mindmap = source('mindmap\n  accTitle: 标题\n  root((eSIM))\n    优点\n  另一个根\n');
    expect(
      mermaidError(mindmap, 'There can be only one root. No parent could be found for ("另一个根")').message,
    ).toMatch(/^slides\/diagrams\/x\.mmd:5:1: /);
  });
});

describe('mermaidError on a bracket left open', () => {
  it('names the line that opened the bracket, not the next line where Mermaid stopped', () => {
    const text =
      'flowchart LR\n  accTitle: 光源\n  accDescr: 激光打锡滴。\n  A[CO2 激光] --> B(锡液滴\n  B --> C[等离子体]\n';
    const message =
      "Parse error on line 5:\n...B(锡液滴  B --> C[等离子体]\n---------------------^\nExpecting 'SQE', 'PE', got 'SQS'";
    expect(mermaidError({ name: 'euv', file: 'slides/diagrams/euv.mmd', text }, message).message).toMatch(
      /^slides\/diagrams\/euv\.mmd:4:1: "\(" opens on this line and never closes; Mermaid could not draw this diagram: Parse error on line 5:/,
    );
    // Brackets closed, or inside a label's quotation marks, leave the line Mermaid names.
    const closed = 'flowchart LR\n  A["半个 ( 括号"] --> B(锡液滴)\n  B --> C[[\n';
    expect(
      mermaidError({ name: 'x', file: 'x.mmd', text: closed }, 'Parse error on line 3:\nx').message,
    ).toMatch(/^x\.mmd:3:1: Mermaid could not draw this diagram/);
  });
});

describe('withoutTextAlternative', () => {
  it('turns every line of the text alternative into a comment and keeps every other line where it was', () => {
    const lines = [
      'flowchart LR',
      '  accTitle: 标题',
      '  A[accTitle: 写在节点里] --> B',
      '  accDescr {',
      '    第一行，',
      '    第二行。',
      '  }',
      '  B --> C',
    ];
    const text = withoutTextAlternative({ name: 'x', file: 'x.mmd', text: lines.join('\n') }).split('\n');
    const comment = '%% (text alternative)';
    expect(text).toEqual([lines[0], comment, lines[2], comment, comment, comment, comment, lines[7]]);
    // A block closed on its own line, as the notes read it.
    const block = {
      name: 'x',
      file: 'x.mmd',
      text: 'pie\n  accTitle: 标题\n  accDescr{ 一行写完 }\n  "甲" : 1',
    };
    expect(withoutTextAlternative(block).split('\n')).toEqual(['pie', comment, comment, '  "甲" : 1']);
    expect(diagramText(block).description).toBe('一行写完');
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

  it.each([
    ['an accTitle', 'flowchart LR\n  accTitle:\n  accDescr: 说明。\n  A --> B\n', 2, 'accTitle'],
    ['an accDescr block', 'flowchart LR\n  accTitle: 标题\n  accDescr {\n  }\n  A --> B\n', 3, 'accDescr'],
  ])('refuses %s left blank at its own line', (_, text, line, keyword) => {
    expect(() => diagramText({ name: 'x', file: 'slides/diagrams/x.mmd', text })).toThrow(
      `slides/diagrams/x.mmd:${line}:1: ${keyword} is empty; every diagram needs a text alternative`,
    );
  });

  it('refuses Mermaid’s character codes, which SVG labels would show as written, but not a style’s colours', () => {
    const source = (text: string) => ({ name: 'x', file: 'slides/diagrams/x.mmd', text });
    const labels = source(
      'flowchart LR\n  accTitle: 标题\n  accDescr: 说明。\n  A["他说#quot;你好#quot;"] --> B\n',
    );
    expect(() => refuseEntityCodes(labels)).toThrow(
      /^slides\/diagrams\/x\.mmd:4:8: Mermaid's character code #quot; would be drawn as it is written/,
    );
    expect(() => refuseEntityCodes(source('flowchart LR\n  A["C#35; 语言"]\n'))).toThrow(
      /x\.mmd:2:7: .*#35;/,
    );
    const styled = source(
      'flowchart LR\n  A["C# 语言"] --> B\n  style A fill:#f9f;\n  classDef hot fill:#f00;\n  %% #quot; in a comment\n',
    );
    expect(() => refuseEntityCodes(styled)).not.toThrow();
  });

  it('names each of the deck’s drawings, for a screen reader, as its slide’s title names it', () => {
    const spec = parseSpec(slidesFile('deck.yaml'), 'slides/deck.yaml');
    const entries = spec.sections.flatMap((section) => section.diagrams);
    expect(entries).toHaveLength(sources.length);
    for (const { ref, title } of entries) {
      const source = sources.find((s) => s.name === ref.name);
      expect(source && diagramText(source).title, ref.file).toBe(title);
    }
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

  it('says an empty diagram file is empty, and refuses a text alternative given twice', () => {
    const source = (text: string) => ({ name: 'x', file: 'slides/diagrams/x.mmd', text });
    expect(() => diagramText(source('\n  \n'))).toThrow(
      'slides/diagrams/x.mmd:1:1: the diagram file is empty; write a Mermaid diagram in it',
    );
    // Mermaid would draw the second title and the notes would read the first.
    expect(() =>
      diagramText(source('flowchart LR\n  accTitle: 一\n  accDescr: 说明。\n  accTitle: 二\n  A --> B\n')),
    ).toThrow('slides/diagrams/x.mmd:4:1: accTitle is given 2 times (lines 2, 4); keep one');
  });

  it('names a diagram file no section shows, which would otherwise be left out without a word', async () => {
    const root = scratchDir('deck-unused-diagram-');
    mkdirSync(join(root, 'slides', 'diagrams'), { recursive: true });
    writeFileSync(join(root, 'slides', 'article.md'), fixture('articles/other-article.md'));
    writeFileSync(join(root, 'slides', 'diagrams', 'motor.mmd'), 'flowchart LR\n  A --> B\n');
    writeFileSync(join(root, 'slides', 'diagrams', 'notes.txt'), '草稿');
    await expect(
      generateDeck({ root, article: 'slides/article.md', spec: 'slides/deck.yaml' }),
    ).rejects.toThrow(
      'slides/diagrams/motor.mmd:1:1: there is no slides/deck.yaml to show this diagram; write one that attaches it to a section (sections.<heading>.diagrams), or delete the file',
    );
    // With a spec that does not attach it, the spec is named as the place to attach it.
    writeFileSync(join(root, 'slides', 'deck.yaml'), 'title: 电动车\n');
    await expect(
      generateDeck({ root, article: 'slides/article.md', spec: 'slides/deck.yaml' }),
    ).rejects.toThrow(
      'slides/diagrams/motor.mmd:1:1: no section of slides/deck.yaml shows this diagram; attach it to one (sections.<heading>.diagrams) or delete the file',
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
