import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.ts';
import { buildDeck } from '../../src/deck/build-deck.ts';
import { emptySpec, parseSpec, withDiagramDescriptions } from '../../src/deck/spec.ts';
import { pageDescription } from '../../src/render/page-description.ts';
import { betweenWords, formatDuration, renderSlides, terms } from '../../src/render/render-slides.ts';
import { fixture, slidesFile } from '../support/fixtures.ts';
import { must } from '../support/must.ts';

const noDiagrams = { diagrams: new Map() };

/** The slides of an article with one section holding this paragraph, rendered and parsed back. */
const renderedWith = (paragraph: string) =>
  fromHtml(
    renderSlides(
      buildDeck(parseArticle(`# 标题\n\n### 一节\n\n${paragraph}\n`, 'x.md'), emptySpec()),
      noDiagrams,
    ),
    { fragment: true },
  );

describe('renderSlides', () => {
  const hostile = buildDeck(parseArticle(fixture('articles/hostile.md'), 'hostile.md'), emptySpec());
  const html = renderSlides(hostile, noDiagrams);

  // Parsed back the way a browser would, the page must hold no element the article asked for.
  const tree = fromHtml(html, { fragment: true });

  it('shows hostile article text as text, never as markup', () => {
    expect(selectAll('script, img, b', tree)).toHaveLength(0);
    const title = select('h1', tree);
    expect(title && textOf(title)).toBe('标题 <script>alert("标题")</script>');
    const notes = selectAll('aside.notes p', tree).map((p) => textOf(p));
    expect(notes).toContain("引言里有 <script>alert('x')</script>、& 和 \"引号\" 以及 'single'。");
    expect(selectAll('li', tree).map((li) => textOf(li))).toContain('正文 <img src=x onerror=alert(1)> 结束');
  });

  it('links the notes’ linked words, the address kept inside its attribute, named as opening a new tab', () => {
    const notes = renderedWith('读[这篇](https://example.com/a\\"onclick=alert\\(1\\))文章。');
    const links = selectAll('aside.notes p a', notes);
    expect(
      links.map((a) => [
        textOf(a),
        a.properties.href,
        a.properties.target,
        a.properties.rel,
        a.properties.ariaLabel,
      ]),
    ).toEqual([
      [
        '这篇',
        'https://example.com/a"onclick=alert(1)',
        '_blank',
        ['noopener', 'noreferrer'],
        '这篇（在新标签页打开）',
      ],
    ]);
    expect(links.every((a) => !('onClick' in a.properties))).toBe(true);
    expect(selectAll('aside.notes p', notes).map((p) => textOf(p))).toContain('读这篇文章。');
  });

  it('keeps the author’s bold in the notes, inside a link and around one', () => {
    const notes = renderedWith('**先读**[**这**篇](https://a.cn/)，**再读[那篇](https://b.cn/)**。');
    const paragraph = selectAll('aside.notes p', notes).find((p) => textOf(p) === '先读这篇，再读那篇。');
    expect(paragraph).toBeDefined();
    expect(selectAll('strong', paragraph).map((b) => textOf(b))).toEqual(['先读', '这', '再读', '那篇']);
    // Each link whole, with what is bold in it bold inside it.
    const links = selectAll('a', paragraph);
    expect(
      links.map((a) => [textOf(a), a.properties.href, selectAll('strong', a).map((b) => textOf(b))]),
    ).toEqual([
      ['这篇', 'https://a.cn/', ['这']],
      ['那篇', 'https://b.cn/', ['那篇']],
    ]);
  });

  it('puts a section’s note after the article’s words it corrects, as 注：, and says before them that it follows', () => {
    const deck = buildDeck(
      parseArticle('# 标题\n\n### 一节\n\n政府要求本地生产。\n', 'x.md'),
      parseSpec('sections:\n  一节:\n    cue: 不必展开。\n    note: 此例<没有>出处。\n', 'deck.yaml'),
    );
    const page = fromHtml(renderSlides(deck, noDiagrams), { fragment: true });
    const blocks = selectAll('section#一节-要点 aside.notes > *', page).map((el) => [
      String(el.properties.className ?? ''),
      textOf(el),
    ]);
    expect(blocks.slice(1)).toEqual([
      ['notes-cue', expect.stringMatching(/^建议用时 .+ · 不必展开。$/)],
      ['notes-note-ahead', '原文有需更正或补充之处，见下方“注”。'],
      ['', '政府要求本地生产。'],
      ['notes-note', '注：此例<没有>出处。'],
    ]);
    // A section over two slides: its note is on the last, and the first says it is coming there.
    const long = buildDeck(
      parseArticle(
        `# 标题\n\n### 一节\n\n${['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'].map((c) => `${c.repeat(20)}。`).join('\n\n')}\n`,
        'x.md',
      ),
      parseSpec('sections:\n  一节:\n    note: 此例没有出处。\n', 'deck.yaml'),
    );
    const spread = fromHtml(renderSlides(long, noDiagrams), { fragment: true });
    const ahead = selectAll('section[data-kind="points"]', spread).map((slide) => [
      textOf(selectAll('.notes-note-ahead', slide)[0] ?? { type: 'text', value: '' }),
      selectAll('.notes-note', slide).length,
    ]);
    expect(ahead).toEqual([
      ['本节原文有需更正或补充之处，见本节末页的“注”。', 0],
      ['原文有需更正或补充之处，见下方“注”。', 1],
    ]);
    // Without a note, nothing is said ahead of the article's words.
    const plain = buildDeck(parseArticle('# 标题\n\n### 一节\n\n政府要求本地生产。\n', 'x.md'), emptySpec());
    expect(renderSlides(plain, noDiagrams)).not.toContain('notes-note-ahead');
    // The spec's text is text: its angle brackets are no element.
    expect(selectAll('.notes-note > *', page).map((el) => [el.tagName, textOf(el)])).toEqual([
      ['strong', '注：'],
    ]);
  });

  it('links a source that names its address, opening it in a new tab and saying so, and leaves the others text', () => {
    const page = renderedWith('红叶的颜色来自花青素，见[科普文章](https://example.com/a?x=1&y=2)。');
    const items = selectAll('ul.sources > li', page).map((li) => {
      const a = select('a', li);
      return [
        textOf(a ?? li),
        a?.properties.href,
        a?.properties.target,
        a?.properties.rel,
        a?.properties.ariaLabel,
      ];
    });
    expect(items).toEqual([
      ['原文：《标题》', undefined, undefined, undefined, undefined],
      [
        '科普文章（example.com/a）',
        'https://example.com/a?x=1&y=2',
        '_blank',
        ['noopener', 'noreferrer'],
        // A screen reader hears what a sighted reader learns only on clicking: it opens a new tab.
        '科普文章（example.com/a）（在新标签页打开）',
      ],
    ]);
    // Paper, where the link leads nowhere, prints its address after it, as a reader types it.
    expect(selectAll('ul.sources .source-address', page).map((span) => textOf(span))).toEqual([
      'example.com/a?x=1&y=2',
    ]);
  });

  it('shows a list of the article’s in the notes as a list, numbered on from the slide before', () => {
    const steps = ['扫码', '确认', '下载', '安装', '启用', '测试', '完成'];
    const markdown = [
      '# 标题',
      '',
      '### 一节',
      '',
      '开通分七步：',
      '',
      ...steps.map((step, i) => `${i + 1}. ${step}`),
      '',
      '- 附注[一](https://example.com/)',
      '',
    ].join('\n');
    const deck = buildDeck(parseArticle(markdown, 'x.md'), emptySpec());
    const notes = fromHtml(renderSlides(deck, noDiagrams), { fragment: true });
    const blocks = (id: string) =>
      selectAll(`section#${id} aside.notes > :not(.notes-slide, .notes-cue)`, notes).map((block) => [
        block.tagName,
        block.properties.start ?? null,
        selectAll(':scope > li', block).map((li) => [textOf(li), li.properties.dataLine]),
      ]);
    // Five points a slide: the lead paragraph and four steps, then the rest of the list.
    expect(blocks('一节-要点')).toEqual([
      ['p', null, []],
      ['ol', null, steps.slice(0, 4).map((step, i) => [step, String(7 + i)])],
    ]);
    expect(blocks('一节-要点-2')).toEqual([
      ['ol', 5, steps.slice(4).map((step, i) => [step, String(11 + i)])],
      ['ul', null, [['附注一', '15']]],
    ]);
    expect(selectAll('section#一节-要点-2 aside.notes ul a', notes)[0]?.properties.href).toBe(
      'https://example.com/',
    );
  });

  it('numbers a list in the notes as the slide does where the article skips an empty item', () => {
    const markdown = '# 标题\n\n### 一节\n\n3. 扫码\n4. 确认\n5.\n6. 激活\n7. 测试\n';
    const deck = buildDeck(parseArticle(markdown, 'x.md'), emptySpec());
    const html = fromHtml(renderSlides(deck, noDiagrams), { fragment: true });
    const slide = must(select('section#一节-要点', html), 'the slide of points');
    const shown = selectAll('li', slide)
      .filter((li) => !selectAll('aside', slide).some((aside) => selectAll('li', aside).includes(li)))
      .map((li) => textOf(li));
    const list = must(select('aside.notes ol', slide), 'the list in the notes');
    // The slide's numbers, and the notes' as a browser counts them: from start, or an item's value.
    let count = Number(list.properties.start ?? 1) - 1;
    const noted = selectAll(':scope > li', list).map((li) => {
      count = li.properties.value === undefined ? count + 1 : Number(li.properties.value);
      return `${count}. ${textOf(li)}`;
    });
    expect(noted).toEqual(['3. 扫码', '4. 确认', '6. 激活', '7. 测试']);
    expect(shown.join(' ')).toContain('6. 激活');
  });

  it('shows a quotation of the article’s in the notes as one quotation of its paragraphs', () => {
    const markdown = '# 标题\n\n### 一节\n\n专家说：\n\n> 第一段。\n>\n> 第二段。\n\n之后。\n';
    const deck = buildDeck(parseArticle(markdown, 'x.md'), emptySpec());
    const notes = fromHtml(renderSlides(deck, noDiagrams), { fragment: true });
    const blocks = selectAll('section#一节-要点 aside.notes > :not(.notes-slide, .notes-cue)', notes);
    expect(blocks.map((b) => [b.tagName, selectAll('p', b).map((p) => textOf(p))])).toEqual([
      ['p', ['专家说：']],
      ['blockquote', ['第一段。', '第二段。']],
      ['p', ['之后。']],
    ]);
  });

  it('keeps a hard line break of the article’s as a break in the notes, not a gap between characters', () => {
    const markdown = '# 标题\n\n### 一节\n\n第一行\\\n第二行[链接](https://example.com/)。\n';
    const deck = buildDeck(parseArticle(markdown, 'x.md'), emptySpec());
    const notes = fromHtml(renderSlides(deck, noDiagrams), { fragment: true });
    const paragraph = selectAll('section#一节-要点 aside.notes > p', notes).at(-1);
    expect(
      paragraph?.children.map((n) => (n.type === 'element' ? n.tagName : n.type === 'text' ? n.value : '')),
    ).toEqual(['第一行', 'br', '第二行', 'a', '。']);
  });

  it('marks each hyphenated Latin term, with its version, and each number with its Chinese unit as one, and nothing else', () => {
    const marked = (text: string) =>
      terms(text)
        .map((n) => (n.type === 'element' ? `[${textOf(n)}]` : n.type === 'text' ? n.value : ''))
        .join('');
    expect(marked('ISD-R 与 SM-DP+ 之间，4G 和 e-SIM-卡')).toBe('[ISD-R] 与 [SM-DP+] 之间，4G 和 [e-SIM]-卡');
    expect(marked('Wi-Fi 7 与 Wi-Fi 6E，Wi-Fi 2024年')).toBe('[Wi-Fi 7] 与 [Wi-Fi 6E]，[Wi-Fi] 2024年');
    // A version follows a name; after a number (COVID-19) or a sign a digit is the next word's.
    expect(marked('COVID-19 3 年后，SM-DP+ 2 台')).toBe('[COVID-19] 3 年后，[SM-DP+] 2 台');
    expect(marked('支持10万个连接，约1.5亿用户，2024年')).toBe('支持[10万]个连接，约[1.5亿]用户，2024年');
    // A hyphenated run longer than any name (a path in an address) is left free to wrap.
    const path = 'Pharmacology-and-Biochemistry-Absorption';
    expect(marked(`见${path}一节`)).toBe(`见${path}一节`);
  });

  it('keeps terms whole in headings, on the cover and on the agenda too', () => {
    const deck = buildDeck(
      parseArticle('# 看懂Wi-Fi 7\n\n引言。\n\n### 从1024-QAM到4096-QAM\n\n正文。\n', 'x.md'),
      emptySpec(),
    );
    const page = fromHtml(renderSlides(deck, noDiagrams), { fragment: true });
    const kept = (selector: string) => selectAll(`${selector} .term`, page).map((term) => textOf(term));
    expect(kept('h1.deck-title')).toEqual(['Wi-Fi 7']);
    expect(kept('ol.agenda')).toEqual(['1024-QAM', '4096-QAM']);
    expect(kept('h2.section-title')).toEqual(['1024-QAM', '4096-QAM']);
    expect(kept('section[data-kind="points"] h2')).toEqual(['1024-QAM', '4096-QAM']);
  });

  it('lets a heading break between words only, a one-character word staying with the word before it', () => {
    const deck = buildDeck(
      parseArticle(
        '# eSIM卡与手机卡的区别是什么？\n\n引言。\n\n### 未来展望：5G-Advanced时代的嵌入式芯片\n\n正文。\n',
        'x.md',
      ),
      emptySpec(),
    );
    const page = fromHtml(renderSlides(deck, noDiagrams), { fragment: true });
    // Each place a line may break, as "|": a term is never cut, nor is 芯片 (the segmenter's
    // dictionary splits it in two), and no line starts with ：.
    const breaks = (selector: string) => {
      const el = select(selector, page);
      if (!el) throw new Error(`no ${selector}`);
      const walk = (node: ElementContent): string =>
        node.type === 'text'
          ? node.value
          : node.type !== 'element'
            ? ''
            : node.tagName === 'wbr'
              ? '|'
              : node.children.map(walk).join('');
      return el.children.map(walk).join('');
    };
    // The cover's title breaks as Chinese text does: at its longest it has no room to spare.
    expect(breaks('h1.deck-title')).toBe('eSIM卡与手机卡的区别是什么？');
    const section = '未来|展望：5G-Advanced|时代的|嵌入式芯片';
    expect(breaks('h2.section-title')).toBe(section);
    expect(breaks('ol.agenda .agenda-heading')).toBe(section);
    expect(breaks('section[data-kind="points"] h2')).toBe(section);
    expect(selectAll('h2.section-title .term', page).map((term) => textOf(term))).toEqual(['5G-Advanced']);
    // Characters the dictionary knows only one by one are run together only so far: a line may
    // still break in a long run of them.
    const marked = betweenWords('甲乙丙丁戊己庚辛壬癸')
      .map((node) => (node.type === 'text' ? node.value : '|'))
      .join('');
    expect(marked).toBe('甲乙丙丁戊己|庚辛壬癸');
    // A character left alone at a run's start, a word the dictionary lacks come apart (芯|片里),
    // stays with the word after it.
    const chip = betweenWords('eSIM 芯片里有什么')
      .map((node) => (node.type === 'text' ? node.value : '|'))
      .join('');
    expect(chip).toBe('eSIM 芯片里有|什么');
  });

  it('sets a list’s items under the point that leads into them, and the points after the list back out', () => {
    const page = renderedWith(
      '区别在于预热时间：\n\n- 空气炸锅只要两三分钟\n- 烤箱要十分钟左右\n\n所以做小份食物时，空气炸锅更省电。',
    );
    const items = selectAll('section[data-kind="points"] ul.points li', page);
    expect(items.map((li) => [textOf(li), li.properties.className])).toEqual([
      ['区别在于预热时间', ['fragment']],
      ['空气炸锅只要两三分钟', ['fragment', 'point-under']],
      ['烤箱要十分钟左右', ['fragment', 'point-under']],
      ['所以做小份食物时，空气炸锅更省电', ['fragment']],
    ]);
    // A list with nothing leading into it stands on its own.
    const alone = selectAll('section[data-kind="points"] ul.points li', renderedWith('- 甲\n- 乙'));
    expect(alone.map((li) => li.properties.className)).toEqual([['fragment'], ['fragment']]);
  });

  it('shows a list’s lead-in said again over the rest of its items from the start, marked 续', () => {
    const page = renderedWith(
      [
        '选购二手电动汽车，可以按这个顺序检查：',
        '',
        '1. 查看电池健康度报告，留意剩余容量',
        '2. 试驾时留意续航显示是否稳定',
        '3. 确认电池质保是否还在有效期内',
        '4. 检查充电口和随车充电线是否完好',
        '5. 询问车辆是否泡过水或出过事故',
        '6. 核对行驶里程与保养记录是否一致',
      ].join('\n'),
    );
    const slides = selectAll('section[data-kind="points"]', page);
    const items = slides.map((slide) =>
      selectAll('ul.points li', slide).map((li) => [textOf(li), li.properties.className]),
    );
    expect(items[0]?.[0]).toEqual(['选购二手电动汽车，可以按这个顺序检查', ['fragment']]);
    // Said on the slide before, it is no step of this one's.
    expect(items[1]?.[0]).toEqual(['选购二手电动汽车，可以按这个顺序检查（续）', ['point-again']]);
    expect(
      items[1]
        ?.slice(1)
        .every(([, className]) => String(className) === 'fragment,point-numbered,point-under'),
    ).toBe(true);
  });

  it('sets a point’s short label, up to its colon, in bold, and only a label', () => {
    const labels = (paragraph: string) =>
      selectAll('section[data-kind="points"] ul.points li', renderedWith(paragraph)).map((li) => {
        const label = select('strong.point-label', li);
        return [label ? textOf(label) : null, textOf(li)];
      });
    expect(labels('- **猫砂盆**：放在安静的角落\n- 食盆 A&B：远离猫砂盆\n- 水：每天换')).toEqual([
      ['猫砂盆：', '猫砂盆：放在安静的角落'],
      ['食盆 A&B：', '食盆 A&B：远离猫砂盆'],
      ['水：', '水：每天换'],
    ]);
    // A numbered item's number is no part of its label, and it is the item's marker.
    const numbered = selectAll('section[data-kind="points"] ul.points li', renderedWith('1. 残值\n2. 保险'));
    expect(numbered.map((li) => li.properties.className)).toEqual([
      ['fragment', 'point-numbered'],
      ['fragment', 'point-numbered'],
    ]);
    expect(labels('1. 购车价格，扣除补贴\n2. 保险费用：高一成\n3. 残值')).toEqual([
      [null, '1. 购车价格，扣除补贴'],
      ['保险费用：', '2. 保险费用：高一成'],
      [null, '3. 残值'],
    ]);
    // A colon after more than a few words, after a clause or a verb of saying, or inside
    // brackets or quotation marks, belongs to the sentence.
    for (const point of [
      '研究人员在实验室里发现：叶绿素先分解',
      '他说：先等等',
      '我认为：不必换',
      '是的，问题是：太贵',
      '他说（大意是）：先等等',
      '“问题”：出在哪',
    ])
      expect(labels(point)[0]?.[0], point).toBeNull();
  });

  it('keeps quotes from breaking out of attributes', () => {
    const divider = select('section[data-kind="section"]', tree);
    expect(divider?.properties.dataSection).toBe('"引号" & <b>粗体</b>');
    expect(Object.keys(divider?.properties ?? {}).sort()).toEqual(
      ['className', 'dataKind', 'dataSection', 'dataSectionId', 'dataTiming', 'id'].sort(),
    );
  });

  it('gives every slide a section element with its id, kind, timing and notes', () => {
    const deck = buildDeck(
      parseArticle(slidesFile('article.md'), 'slides/article.md'),
      withDiagramDescriptions(
        parseSpec(slidesFile('deck.yaml'), 'slides/deck.yaml'),
        new Map([['esim-order', 'esim-order 的流程']]),
      ),
    );
    const drawn = new Map(
      deck.slides.flatMap((s) =>
        s.kind === 'diagram' ? [[s.diagram.name, { svg: '<svg role="img"></svg>' }]] : [],
      ),
    );
    const real = renderSlides(deck, { diagrams: drawn });
    expect(real.match(/<svg role="img">/g)).toHaveLength(drawn.size);
    expect(real.match(/<section /g)).toHaveLength(deck.slides.length);
    expect(real.match(/<aside class="notes">/g)).toHaveLength(deck.slides.length);
    expect(real).toContain('<section id="物理形态" class="slide-section" data-kind="section"');
    // A point's short label, up to its colon, is bold; a point with none is plain. Its words are
    // marked, for a phone's narrow copy of the list to break between.
    expect(real).toContain(
      '<li class="fragment"><strong class="point-label">eSIM：</strong>多为焊在主板<wbr>上的芯片，无需卡槽</li>',
    );
    expect(real).toContain(
      '<li class="fragment">省下<wbr>空间，手机<wbr>可以更<wbr>紧凑，甚至<wbr>没有卡槽</li>',
    );
    expect(real).toContain('<a href="#/应用场景">');
    expect(real).toContain('<th scope="row">更换运营商</th>');
    const page = fromHtml(real, { fragment: true });
    const sections = selectAll('section[data-kind]', page);
    // The speaker view's pacing reads each slide's own time; the first slide is shown before
    // any script runs.
    expect(sections.map((el) => Number(el.properties.dataTiming))).toEqual(
      deck.slides.map((slide) => slide.notes.seconds),
    );
    expect(
      sections
        .filter((el) => String(el.properties.className).includes('present'))
        .map((el) => el.properties.id),
    ).toEqual(['cover']);
    // A diagram's notes, after the cue line (the time and what to do over the drawing, for the
    // presenter), tell it in plain words, then in full, led by a label that says so (not the
    // caption, which is on the slide and would be read twice).
    const notes = selectAll('#功能体验-esim-order aside.notes > p', fromHtml(real, { fragment: true })).map(
      (p) => [String(p.properties.className), textOf(p)],
    );
    expect(notes).toEqual([
      ['notes-slide', '幻灯片 11 / 22 · eSIM 开通（一）：订购与扫码'],
      ['notes-cue', expect.stringMatching(/^建议用时 [^·]+ · 开通分三步，这是第一步。/)],
      ['notes-gist', expect.stringMatching(/^简单说：第一步像买卡：/)],
      ['notes-explanation', '技术细节：esim-order 的流程'],
    ]);
  });

  it('tells a diagram’s flow in the notes a sentence to a paragraph, each found at a glance', () => {
    const deck = buildDeck(
      parseArticle(slidesFile('article.md'), 'slides/article.md'),
      withDiagramDescriptions(
        parseSpec(slidesFile('deck.yaml'), 'slides/deck.yaml'),
        new Map([
          [
            'esim-order',
            '运营商向服务器下单（ES2+）。用户扫码，助手取回芯片信息；再发起认证。双方互相核验了身份！',
          ],
        ]),
      ),
    );
    const drawn = new Map(
      deck.slides.flatMap((s) =>
        s.kind === 'diagram' ? [[s.diagram.name, { svg: '<svg role="img"></svg>' }]] : [],
      ),
    );
    const page = fromHtml(renderSlides(deck, { diagrams: drawn }), { fragment: true });
    expect(selectAll('#功能体验-esim-order aside.notes > p.notes-explanation', page).map(textOf)).toEqual([
      '技术细节：运营商向服务器下单（ES2+）。',
      '用户扫码，助手取回芯片信息；再发起认证。',
      '双方互相核验了身份！',
    ]);
  });

  it('names what a slide holds above its heading, never the heading twice', () => {
    const deck = buildDeck(parseArticle(fixture('articles/other-article.md'), 'other.md'), emptySpec());
    const page = fromHtml(renderSlides(deck, noDiagrams), { fragment: true });
    const points = selectAll('section[data-kind="points"]', page);
    expect(points.length).toBeGreaterThan(0);
    for (const slide of points) {
      const chapter = textOf(must(select('.slide-chapter', slide), `${slide.properties.id}'s chapter line`));
      expect(chapter).toMatch(/^\d{2} · 要点$/);
      expect(chapter).not.toContain(textOf(must(select('h2', slide), `${slide.properties.id}'s heading`)));
    }
  });

  it('numbers each slide of what continues over several beside its title, and says which part it is', () => {
    const nine = Array.from({ length: 9 }, (_, i) => `  - 资料${i + 1}`).join('\n');
    const deck = buildDeck(
      parseArticle(fixture('articles/other-article.md'), 'other.md'),
      parseSpec(`sources:\n${nine}`, 'deck.yaml'),
    );
    const page = fromHtml(renderSlides(deck, noDiagrams), { fragment: true });
    const sources = selectAll('section[data-kind="sources"]', page);
    expect(
      sources.map((slide) => [
        slide.properties.dataPart,
        textOf(must(select('h2', slide), `${slide.properties.id}'s heading`)),
        textOf(must(select('h2 > .slide-part', slide), `${slide.properties.id}'s part`)),
        textOf(must(select('.notes-slide', slide), `${slide.properties.id}'s notes line`)).replace(
          /^.* · /,
          '',
        ),
      ]),
    ).toEqual([
      ['1/2', '参考资料（1/2）', '（1/2）', '参考资料（1/2）'],
      ['2/2', '参考资料（2/2）', '（2/2）', '参考资料（2/2）'],
    ]);
    // So do the article's long sections and the summary; a slide that stands alone has no part.
    for (const slide of selectAll('section', page)) {
      const part = slide.properties.dataPart;
      const shown = select('h2 > .slide-part', slide);
      expect(shown ? textOf(shown) : undefined).toBe(part === undefined ? undefined : `（${part}）`);
    }
    expect(selectAll('section[data-part]', page).length).toBeGreaterThan(sources.length);
  });

  it('shows what an article’s table rests on as the table’s own caption, over its column names', () => {
    const page = renderedWith(
      [
        '一个月按22个工作日、每天往返计算：',
        '',
        '| 方式 | 每月花费 |',
        '| --- | --- |',
        '| 地铁 | 176元 |',
      ].join('\n'),
    );
    const table = must(select('section[data-kind="table"] table.comparison', page), 'the table');
    const first = table.children.find((child) => child.type === 'element');
    expect(first?.type === 'element' && [first.tagName, textOf(first)]).toEqual([
      'caption',
      '一个月按22个工作日、每天往返计算',
    ]);
    expect(selectAll('thead th', table).map((th) => textOf(th))).toEqual(['方式', '每月花费']);
  });

  it('names a part’s table and diagrams on its divider, each a link to its slide, and counts them in the agenda', () => {
    const diagramsOf = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `      - { file: diagrams/d${i + 1}.mmd, title: 图${i + 1}, caption: 说明 }`,
      );
    const deckWith = (n: number) =>
      buildDeck(
        parseArticle(fixture('articles/other-article.md'), 'other.md'),
        parseSpec(
          [
            'sections:',
            '  动力来源:',
            '    table:',
            '      title: 两种车对比',
            '      columns: [项目, 电动车, 燃油车]',
            '      rows:',
            '        - [动力, 电机, 发动机]',
            '    diagrams:',
            ...diagramsOf(n),
            '',
          ].join('\n'),
          'spec.yaml',
        ),
      );
    const rendered = (n: number) => {
      const deck = deckWith(n);
      const drawn = new Map(
        deck.slides.flatMap((s) =>
          s.kind === 'diagram' ? [[s.diagram.name, { svg: '<svg role="img"></svg>' }]] : [],
        ),
      );
      return fromHtml(renderSlides(deck, { diagrams: drawn }), { fragment: true });
    };
    const page = rendered(2);
    const divider = must(select('section#动力来源', page), 'the divider');
    expect(select('ul.part-contents', divider)?.properties.ariaLabel).toBe('本部分的表与图');
    expect(
      selectAll('ul.part-contents a', divider).map((a) => [
        a.properties.href,
        textOf(a),
        a.properties.ariaLabel,
      ]),
    ).toEqual([
      ['#/动力来源-对比', '表两种车对比', '表：两种车对比'],
      ['#/动力来源-d1', '图图1', '图：图1'],
      ['#/动力来源-d2', '图图2', '图：图2'],
    ]);
    // Every link leads to a slide of the deck.
    for (const a of selectAll('ul.part-contents a', divider))
      must(select(`section#${String(a.properties.href).slice(2)}`, page), String(a.properties.href));
    // A part of points only names nothing, and its agenda line counts nothing.
    expect(select('section#补能方式 ul.part-contents', page)).toBeUndefined();
    // Its link's name keeps the counts apart from the heading: no run-on 动力来源1 张表.
    expect(selectAll('ol.agenda li', page).map((li) => textOf(li))).toEqual([
      '01动力来源 1 张表 · 2 张图',
      '02补能方式',
      '03使用成本',
      '04环境影响',
      '05未来趋势',
    ]);
    // Nine are too many to name: six are named, the rest counted.
    const crowded = must(
      select('section#动力来源 ul.part-contents', rendered(8)),
      'the crowded divider’s list',
    );
    expect(selectAll('li', crowded).map((li) => textOf(li))).toEqual([
      '表两种车对比',
      '图图1',
      '图图2',
      '图图3',
      '图图4',
      '图图5',
      '另有 3 页表与图',
    ]);
  });

  it('tells a sequence diagram’s steps in its notes, numbered, before its flow in words', () => {
    const deck = buildDeck(
      parseArticle(fixture('articles/other-article.md'), 'other.md'),
      withDiagramDescriptions(
        parseSpec(
          'sections:\n  动力来源:\n    diagrams:\n      - { file: diagrams/flow.mmd, title: 图, caption: 说明 }\n      - { file: diagrams/map.mmd, title: 另一图, caption: 说明 }\n',
          'spec.yaml',
        ),
        new Map([
          ['flow', '司机踩下踏板。电机转动。'],
          ['map', '一张地图。'],
        ]),
      ),
    );
    const drawn = new Map([
      [
        'flow',
        {
          svg: '<svg role="img"></svg>',
          steps: [
            { text: '条件：踩下踏板', depth: 0 },
            { text: '司机 → 电机 (M)：踩下踏板', number: 1, depth: 1 },
            { text: '标注（电机）：转动', depth: 0 },
            { text: '电机 → 车轮：带动', number: 2, depth: 0 },
          ],
        },
      ],
      ['map', { svg: '<svg role="img"></svg>' }],
    ]);
    const page = fromHtml(renderSlides(deck, { diagrams: drawn }), { fragment: true });
    const notes = must(select('section#动力来源-flow aside.notes', page), 'the diagram’s notes');
    const said = selectAll(':scope > :not(.notes-slide, .notes-cue)', notes).map((el) => [
      el.tagName,
      textOf(el),
    ]);
    expect(said).toEqual([
      ['p', '图中的步骤：'],
      ['ol', '条件：踩下踏板司机 → 电机 (M)：踩下踏板标注（电机）：转动电机 → 车轮：带动'],
      ['p', '司机踩下踏板。'],
      ['p', '电机转动。'],
    ]);
    // Arrows numbered as drawn, a note or a block's edge not, inside a block set in; the list named
    // by its label, which a screen reader hears once.
    expect(
      selectAll('ol.notes-steps li', notes).map((li) => [li.properties.value, li.properties.className]),
    ).toEqual([
      [undefined, ['step-aside']],
      ['1', ['step-depth-1']],
      [undefined, ['step-aside']],
      ['2', []],
    ]);
    expect(select('ol.notes-steps', notes)?.properties.ariaLabel).toBe('图中的步骤');
    expect(select('p.notes-steps-label', notes)?.properties.ariaHidden).toBe('true');
    // A drawing with no steps (not a sequence) has neither list nor its label.
    const other = must(select('section#动力来源-map aside.notes', page), 'the other diagram’s notes');
    expect(selectAll('ol, .notes-steps-label', other)).toEqual([]);
    // With no gist in the spec, the flow's notes have no plain words, nor a label that would
    // announce their flow as the same told again.
    expect(selectAll('.notes-gist, strong', notes)).toEqual([]);
  });

  it('refuses to render a diagram slide whose SVG is missing rather than ship a blank slide', () => {
    const deck = buildDeck(
      parseArticle(fixture('articles/other-article.md'), 'other.md'),
      parseSpec(
        'sections:\n  动力来源:\n    diagrams:\n      - { file: diagrams/flow.mmd, title: 图, caption: 说明 }\n',
        'spec.yaml',
      ),
    );
    expect(() => renderSlides(deck, noDiagrams)).toThrow(
      'diagram "flow" (diagrams/flow.mmd) was not rendered',
    );
  });

  it('writes pacing hints the way a Chinese speaker reads them', () => {
    expect([formatDuration(45), formatDuration(60), formatDuration(175)]).toEqual([
      '45秒',
      '1分钟',
      '2分55秒',
    ]);
  });
});

describe('pageDescription', () => {
  it('describes the page by the deck’s own title, subtitle and parts, for any article', () => {
    const real = buildDeck(
      parseArticle(slidesFile('article.md'), 'slides/article.md'),
      parseSpec(slidesFile('deck.yaml'), 'slides/deck.yaml'),
    );
    expect(pageDescription(real)).toBe(
      '演示文稿《eSIM卡与手机卡的区别是什么？》：从一张插拔的小卡片，到一颗能远程下载号码的芯片。共5部分：物理形态上的差异、功能体验的不同、应用场景的拓展、面临的挑战与争议、未来展望。',
    );
    const other = buildDeck(parseArticle(fixture('articles/other-article.md'), 'other.md'), emptySpec());
    expect(pageDescription(other)).toBe(
      '演示文稿《电动汽车与燃油车的区别是什么？》。共5部分：动力来源、补能方式、使用成本、环境影响、未来趋势。',
    );
  });

  it('puts no full stop after a subtitle or a last part that ends on its own mark', () => {
    const deck = buildDeck(
      parseArticle('# 快充\n\n引言。\n\n## 原理\n\n正文。\n\n## 该不该升级？\n\n正文。\n', 'x.md'),
      parseSpec('subtitle: 真的更快吗？\n', 'deck.yaml'),
    );
    expect(pageDescription(deck)).toBe('演示文稿《快充》：真的更快吗？共2部分：原理、该不该升级？');
  });
});
