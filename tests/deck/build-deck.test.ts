import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article.ts';
import { SourceError } from '../../src/article/source-error.ts';
import type { Article } from '../../src/article/types.ts';
import { buildDeck, defaultLimits } from '../../src/deck/build-deck.ts';
import { wrappedLines } from '../../src/deck/limits.ts';
import { length } from '../../src/deck/sentences.ts';
import { type DeckSpec, emptySpec, parseSpec, withDiagramDescriptions } from '../../src/deck/spec.ts';
import { width } from '../../src/deck/text-width.ts';
import type { Deck, Slide } from '../../src/deck/types.ts';
import { fixture, slidesFile } from '../support/fixtures.ts';

const realArticle = parseArticle(slidesFile('article.md'), 'slides/article.md');
const realDeck = buildDeck(realArticle, parseSpec(slidesFile('deck.yaml'), 'slides/deck.yaml'));
const otherArticle = parseArticle(fixture('articles/other-article.md'), 'other-article.md');
const otherDeck = buildDeck(otherArticle, emptySpec());

const pointsOf = (slide: Slide): readonly string[] =>
  slide.kind === 'points' || slide.kind === 'summary' ? slide.points : [];

/** The derived points of an article whose one section (### 一节) is `paragraphs`. */
const sectionPoints = (paragraphs: readonly string[]): readonly string[] =>
  buildDeck(parseArticle(`# 标题\n\n### 一节\n\n${paragraphs.join('\n\n')}\n`, 'a.md'), emptySpec())
    .slides.filter((s) => s.kind === 'points')
    .flatMap(pointsOf);

/** The summary's points of an article's deck built without a spec: its recap of the sections. */
const recapPoints = (article: Article): readonly string[] =>
  buildDeck(article, emptySpec())
    .slides.filter((s) => s.kind === 'summary')
    .flatMap(pointsOf);

function notesParagraphs(deck: Deck): string[] {
  return deck.slides.flatMap((s) => s.notes.paragraphs.map((p) => p.text));
}

/** The sources slides' items of a deck built from an article's lines, without a spec. */
function derivedSources(lines: readonly string[]): string[] {
  const deck = buildDeck(parseArticle(lines.join('\n'), 'a.md'), emptySpec());
  return deck.slides.flatMap((s) => (s.kind === 'sources' ? s.items.map((item) => item.text) : []));
}

/**
 * The points of the first points slide of a deck built from an article's lines without a spec,
 * once the deck is found sound.
 */
function firstDerivedPoints(lines: readonly string[]): readonly string[] {
  const article = parseArticle(lines.join('\n'), 'a.md');
  const deck = buildDeck(article, emptySpec());
  expectSound(deck, article);
  return pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide);
}

function expectSound(deck: Deck, article: typeof realArticle): void {
  const everyParagraph = [...article.intro, ...article.sections.flatMap((s) => s.paragraphs)].map(
    (p) => p.text,
  );
  expect(notesParagraphs(deck).sort()).toEqual([...everyParagraph].sort());
  for (const slide of deck.slides) {
    const points = pointsOf(slide);
    expect(points.length, slide.id).toBeLessThanOrEqual(defaultLimits.maxPoints);
    // Measured as they are drawn: by width, each point wrapped as the browser wraps it. A recap of
    // the sections (no paragraphs of its own in its notes) is read as the agenda is, by its lines.
    if (slide.kind !== 'summary' || slide.notes.paragraphs.length > 0)
      expect(
        points.reduce((n, p) => n + width(p), 0),
        slide.id,
      ).toBeLessThanOrEqual(defaultLimits.maxChars);
    expect(
      points.reduce((n, p) => n + wrappedLines(p, defaultLimits.pointLineChars), 0),
      slide.id,
    ).toBeLessThanOrEqual(defaultLimits.maxPointLines);
    if (slide.kind === 'points') expect(points.length, slide.id).toBeGreaterThan(0);
  }
  const ids = deck.slides.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  // Every row of the article's tables is on a table slide, or said whole in the notes.
  const shownRows = deck.slides.flatMap((s) => (s.kind === 'table' ? s.rows.map((r) => r.join('|')) : []));
  const explained = deck.slides.map((s) => s.notes.explanation ?? '').join('');
  for (const table of article.sections.flatMap((s) => s.tables ?? []))
    for (const row of table.rows)
      expect(
        shownRows.includes(row.join('|')) || row.every((cell) => explained.includes(cell)),
        row.join('|'),
      ).toBe(true);
}

describe('buildDeck with the real article and spec', () => {
  it('gives five section dividers in the article order', () => {
    const dividers = realDeck.slides.filter((s) => s.kind === 'section');
    expect(dividers.map((s) => s.section?.heading)).toEqual(realArticle.sections.map((s) => s.heading));
  });

  it('puts every paragraph in exactly one slide’s notes and keeps every slide within the limits', () => {
    expectSound(realDeck, realArticle);
  });

  it('opens with the title, the introduction and the agenda, and closes with the summary and sources', () => {
    const kinds = realDeck.slides.map((s) => s.kind);
    expect(kinds.slice(0, 3)).toEqual(['title', 'intro', 'agenda']);
    expect(kinds.slice(-2)).toEqual(['summary', 'sources']);
    expect(realDeck.title).toBe('eSIM卡与手机卡的区别是什么？');
  });

  it('shows the introduction on a slide of its own, its paragraphs in that slide’s notes', () => {
    const [cover, intro] = realDeck.slides;
    expect(cover?.notes.paragraphs).toEqual([]);
    expect(intro?.kind === 'intro' && intro.title).toBe('什么是 eSIM 卡？');
    expect(intro?.kind === 'intro' && intro.points).toContain(
      'eSIM：装在设备里的芯片，号码可远程下载，不用插卡',
    );
    expect(intro?.notes.paragraphs).toEqual(realArticle.intro);
    // Without a spec, the points are the paragraphs' lead sentences.
    const derived = otherDeck.slides.find((s) => s.kind === 'intro');
    expect(derived?.kind === 'intro' && derived.points).toEqual([
      '走在街上，绿色牌照的汽车越来越多',
      '很多人关心的不只是价格，还有充电、续航和保养',
    ]);
  });

  it('attaches the comparison table to its section by heading', () => {
    const table = realDeck.slides.find((s) => s.kind === 'table');
    expect(table?.section?.heading).toBe('功能体验的不同');
    expect(table?.kind === 'table' && table.rows.map((r) => r[0])).toEqual([
      '物理形态',
      '更换运营商',
      '多个号码',
      '安全性',
      '生产制造',
      '物联网',
      '普及障碍',
    ]);
  });

  it('announces a part’s table and diagrams on its divider, in its cue and in the agenda, and nothing for a part of points', () => {
    const dividers = realDeck.slides.flatMap((s) => (s.kind === 'section' ? [s] : []));
    const part = dividers.find((s) => s.section.heading === '功能体验的不同');
    expect(part?.contents.map((c) => [c.kind, c.title])).toEqual([
      ['table', 'SIM 卡与 eSIM 卡对比'],
      ['diagram', '实体 SIM 卡：密钥事先写进卡里'],
      ['diagram', 'eSIM 芯片里有什么'],
      ['diagram', 'eSIM 开通（一）：订购与扫码'],
      ['diagram', 'eSIM 开通（二）：双向认证与用户确认'],
      ['diagram', 'eSIM 开通（三）：下载、安装、启用'],
      ['diagram', '换运营商：换卡与扫码'],
    ]);
    // Each names the slide it is: the links on the divider lead there.
    for (const content of part?.contents ?? [])
      expect(realDeck.slides.find((s) => s.id === content.id)).toMatchObject({ kind: content.kind });
    expect(part?.notes.cue).toBe('第二部分：功能体验的不同。这一部分除了要点，还有一张表和六张图。');
    expect(dividers.filter((s) => s.contents.length > 0)).toEqual([part]);
    const agenda = realDeck.slides.find((s) => s.kind === 'agenda');
    expect(agenda?.kind === 'agenda' && agenda.items.map((i) => [i.heading, i.holds])).toEqual([
      ['物理形态上的差异', undefined],
      ['功能体验的不同', '1 张表 · 6 张图'],
      ['应用场景的拓展', undefined],
      ['面临的挑战与争议', undefined],
      ['未来展望', undefined],
    ]);
    // A heading that fills its agenda line leaves no room for the counts: they are left out there
    // (a second line would push the last part off the slide), and the divider still names them.
    const long = '秋天山上的树叶为什么会在不同的时候变成红色和黄色还有褐色';
    const crowded = buildDeck(
      parseArticle(`# 题目\n\n### ${long}\n\n树叶变色是因为叶绿素分解。\n\n### 短的\n\n第二段。\n`, 'a.md'),
      parseSpec(
        `sections:\n  ${long}:\n    table:\n      title: 颜色\n      columns: [叶, 色]\n      rows:\n        - [枫, 红]\n`,
        's.yaml',
      ),
    );
    // A table over two slides is one table.
    const rows = Array.from(
      { length: defaultLimits.maxTableRows + 1 },
      (_, i) => `        - [叶${i}, 色${i}]`,
    );
    const twoSlides = buildDeck(
      parseArticle('# 题目\n\n### 颜色\n\n树叶变色是因为叶绿素分解。\n', 'a.md'),
      parseSpec(
        `sections:\n  颜色:\n    table:\n      title: 叶色\n      columns: [叶, 色]\n      rows:\n${rows.join('\n')}\n`,
        's.yaml',
      ),
    );
    expect(twoSlides.slides.filter((s) => s.kind === 'table')).toHaveLength(2);
    expect(twoSlides.slides.find((s) => s.kind === 'section')).toMatchObject({
      contents: [{ kind: 'table', title: '叶色' }],
      notes: { cue: '第一部分：颜色。这一部分除了要点，还有一张表。' },
    });
    const line = crowded.slides.find((s) => s.kind === 'agenda');
    expect(line?.kind === 'agenda' && line.items.map((i) => i.holds)).toEqual([undefined, undefined]);
    expect(crowded.slides.find((s) => s.kind === 'section')).toMatchObject({ contents: [{ title: '颜色' }] });
  });

  it('names slides after their sections so deep links read well', () => {
    expect(realDeck.slides.filter((s) => s.kind === 'section').map((s) => s.id)).toEqual([
      '物理形态',
      '功能体验',
      '应用场景',
      '挑战与争议',
      '未来展望',
    ]);
  });

  /** The real article's deck with one diagram, `flow`, in 功能体验, its spec entry ending in `more`. */
  const withFlow = (more: string, description?: string): Deck => {
    const spec = parseSpec(
      `talkMinutes: 20\nsections:\n  功能体验的不同:\n    diagrams:\n      - file: diagrams/flow.mmd\n        title: 开通\n        caption: 激活码只说去哪取。\n${more}`,
      'deck.yaml',
    );
    return buildDeck(
      realArticle,
      description ? withDiagramDescriptions(spec, new Map([['flow', description]])) : spec,
    );
  };
  const flowSlide = (deck: Deck) => deck.slides.find((s) => s.kind === 'diagram');
  const flow = '运营商订购配置文件，用户扫码，手机取回挑战并发起认证。'.repeat(5);

  it('gives a diagram slide its flow in words in the notes, and time to tell it', () => {
    expect(flowSlide(withFlow('', flow))?.notes.explanation).toBe(flow);
    expect(flowSlide(withFlow(''))?.notes.explanation).toBeUndefined();
    expect(flowSlide(withFlow('', flow))?.notes.seconds).toBeGreaterThan(
      flowSlide(withFlow(''))?.notes.seconds ?? 0,
    );
  });

  it('times a diagram with only a cue by its flow in words as well: a cue says what to do, not the drawing', () => {
    const cue = '        cue: 开通分三步，这是第一步。\n';
    const cued = flowSlide(withFlow(cue, flow));
    expect(cued?.notes.cue).toBe('开通分三步，这是第一步。');
    expect(cued?.notes.explanation).toBe(flow);
    // With nothing in plain words, the flow is what there is to tell: it takes its time, and a
    // longer cue adds more.
    expect(cued?.notes.seconds).toBeGreaterThan(flowSlide(withFlow(cue))?.notes.seconds ?? 0);
    const longer = flowSlide(
      withFlow(`${cue.trimEnd()}强调：激活码不含密钥，但要像实体卡一样保管。\n`, flow),
    );
    expect(longer?.notes.seconds).toBeGreaterThan(cued?.notes.seconds ?? 0);
    // The real deck's diagrams each have a cue.
    expect(realDeck.slides.filter((s) => s.kind === 'diagram').every((s) => s.notes.cue)).toBe(true);
  });

  it('gives a diagram its gist in plain words for everyone, and times it as said with the cue', () => {
    const cue = '        cue: 开通的第一步。\n';
    const gist = '        gist: 在运营商办好套餐，拿到一个二维码激活码；激活码本身不含密钥。\n';
    const told = flowSlide(withFlow(cue + gist, flow));
    expect(told?.notes.cue).toBe('开通的第一步。');
    expect(told?.notes.gist).toBe('在运营商办好套餐，拿到一个二维码激活码；激活码本身不含密钥。');
    expect(told?.notes.explanation).toBe(flow);
    // The gist is said on stage, the text alternative, written for readers with every interface
    // named, not: a gist adds its own time and gives back the flow's.
    expect(told?.notes.seconds).toBe(flowSlide(withFlow(cue + gist))?.notes.seconds);
    expect(told?.notes.seconds).toBeGreaterThan(flowSlide(withFlow(cue))?.notes.seconds ?? 0);
    expect(told?.notes.seconds).toBeLessThan(flowSlide(withFlow(cue, flow))?.notes.seconds ?? 0);
    // A gist without a cue is what is said, too: the text alternative is left to readers.
    expect(flowSlide(withFlow(gist, flow))?.notes.seconds).toBe(flowSlide(withFlow(gist))?.notes.seconds);
    // The real deck's diagrams each have one: a reader alone gets every drawing in plain words.
    expect(realDeck.slides.filter((s) => s.kind === 'diagram').every((s) => s.notes.gist)).toBe(true);
  });

  it('shares the target talk time among the slides, to the second', () => {
    const total = realDeck.slides.reduce((n, s) => n + s.notes.seconds, 0);
    expect(total).toBe(20 * 60);
    expect(realDeck.slides.every((s) => s.notes.seconds >= 10 && s.notes.seconds % 5 === 0)).toBe(true);
    // A divider's one sentence takes a turn of the page; the time goes where there is something to
    // say. One that also says what its part holds besides points takes no less (5 s steps).
    const dividers = realDeck.slides.flatMap((s) => (s.kind === 'section' ? [s] : []));
    const seconds = (announcing: boolean) =>
      dividers.filter((s) => s.contents.length > 0 === announcing).map((s) => s.notes.seconds);
    expect(Math.max(...seconds(false))).toBeLessThanOrEqual(20);
    const [announcing] = seconds(true);
    expect(seconds(true)).toHaveLength(1);
    expect(announcing).toBeGreaterThanOrEqual(Math.max(...seconds(false)));
    expect(announcing).toBeLessThanOrEqual(25);
    expect(otherDeck.slides.reduce((n, s) => n + s.notes.seconds, 0)).toBe(otherDeck.talkMinutes * 60);
  });

  it('gives a table and the summary time for what they show, not just for their one-line cue', () => {
    const seconds = (id: string): number => realDeck.slides.find((s) => s.id === id)?.notes.seconds ?? 0;
    const divider = seconds('功能体验');
    // Seven rows to go through one by one: as long as a slide of the article's paragraphs.
    expect(seconds('功能体验-对比')).toBeGreaterThanOrEqual(60);
    expect(seconds('总结')).toBeGreaterThan(divider);
    expect(seconds('目录')).toBeGreaterThan(divider);
  });
});

describe('buildDeck with another article and no spec at all', () => {
  it('still gives a sound deck: five dividers, every paragraph in the notes, slides within limits', () => {
    expect(otherDeck.slides.filter((s) => s.kind === 'section')).toHaveLength(5);
    expectSound(otherDeck, otherArticle);
  });

  it('derives key points from the lead sentences of the paragraphs', () => {
    const first = otherDeck.slides.find((s) => s.kind === 'points');
    expect(first?.kind === 'points' && first.points[0]).toBe(
      '燃油车依靠发动机燃烧汽油产生动力，结构复杂，零件众多',
    );
  });

  it('makes each item of a list a key point of its own, in the list’s order, under its lead-in on each slide', () => {
    const slides = otherDeck.slides.filter((s) => s.kind === 'points' && s.heading === '使用成本');
    const lead = '看一辆二手电动汽车，可以按这个顺序检查';
    expect(slides.map((s) => pointsOf(s).slice(-5))).toEqual([
      [
        '按每公里的能源费用计算，电动汽车通常只有燃油车的几分之一',
        '电池会随时间老化，更换电池的费用不低',
        lead,
        // A numbered list's items keep their numbers.
        '1. 查看电池健康度报告',
        '2. 试驾时留意续航显示是否稳定',
      ],
      // The slide the list runs onto says its lead-in again over the rest of its items: alone,
      // 3. 确认… would read as a point of its own.
      [
        lead,
        '3. 确认电池质保是否还在有效期内',
        '4. 检查充电口和随车充电线是否完好',
        '5. 询问车辆是否泡过水或出过事故',
        '6. 核对行驶里程与保养记录是否一致',
      ],
    ]);
    expect(slides.map((s) => (s.kind === 'points' ? [s.underLeadIn, s.continuesList] : undefined))).toEqual([
      [[3, 4], undefined],
      [[1, 2, 3, 4], true],
    ]);
    // Its words are in the first slide's notes, not again.
    const notesText = (s: Slide) => s.notes.paragraphs.map((p) => p.text).join('');
    expect(slides.map((s) => notesText(s).includes('可以按这个顺序检查'))).toEqual([true, false]);
  });

  it('says a summary’s list under its lead-in, again on the slide it runs onto', () => {
    const article = parseArticle(
      [
        '# 硬盘怎么选',
        '',
        '### 固态硬盘',
        '',
        '固态硬盘读写快，开机只要几秒钟。',
        '',
        '### 总结：按需搭配才是正解',
        '',
        '那么，普通用户到底该怎么选？对大多数人来说，最实用的方案是“固态装系统，机械存资料”：',
        '',
        '- 系统、常用软件和游戏放在固态硬盘上，容量建议不低于512GB；',
        '- 照片、视频、备份文件放在大容量机械硬盘上；',
        '- 笔记本电脑空间有限，优先选择固态硬盘，大量资料可以放在移动硬盘或NAS里。',
        '',
        '总而言之，固态硬盘和机械硬盘不是谁淘汰谁，而是分工不同。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const summary = deck.slides.filter((s) => s.kind === 'summary');
    expect(summary.map((s) => pointsOf(s).map((p) => p.slice(0, 6)))).toEqual([
      ['普通用户到底', '系统、常用软', '照片、视频、'],
      ['普通用户到底', '笔记本电脑空', '固态硬盘和机'],
    ]);
    expect(summary.map((s) => (s.kind === 'summary' ? [s.underLeadIn, s.continuesList] : undefined))).toEqual(
      [
        [[1, 2], undefined],
        [[1], true],
      ],
    );
    expectSound(deck, article);
  });

  it('fills slides with points of Latin terms by their width, two long ones a slide, each whole', () => {
    const article = parseArticle(fixture('articles/latin-terms.md'), 'latin-terms.md');
    const deck = buildDeck(article, emptySpec());
    expectSound(deck, article);
    const standards = deck.slides.filter((s) => s.kind === 'points' && s.heading === '标准与规范');
    expect(standards.map((s) => pointsOf(s).length)).toEqual([2, 2, 1]);
    for (const point of standards.flatMap(pointsOf)) {
      expect(point).not.toContain('…');
      expect(length(point)).toBeGreaterThan(defaultLimits.maxPointChars);
    }
  });

  it('splits a long section over several slides when the limits demand it', () => {
    const tight = buildDeck(otherArticle, emptySpec(), { ...defaultLimits, maxPoints: 1 });
    const parts = tight.slides.filter((s) => s.kind === 'points' && s.section.index === 1);
    expect(parts.map((s) => s.kind === 'points' && s.part)).toEqual([
      { index: 1, total: 2 },
      { index: 2, total: 2 },
    ]);
    expectSound(tight, otherArticle);
  });
});

describe('buildDeck on an article that holds tables', () => {
  const markdown = [
    '# 通勤',
    '',
    '### 先看总账',
    '',
    '三个月里，我把地铁和电动车都试了一遍，每天记下时间和花费。',
    '',
    '一个月按22个工作日、每天往返计算：',
    '',
    '| 方式 | 单程时间 | 每月花费 |',
    '| --- | --- | --- |',
    '| 地铁 | 42分钟 | 176元 |',
    '| 电动车 | 35分钟 | 约30元 |',
    '',
    '单看钱，电动车完胜；单看时间，开车的下限最低，但上限也最高。',
    '',
    '### 一张表看懂',
    '',
    '| 对比项 | 地铁 | 电动车 |',
    '| --- | --- | --- |',
    '| 下雨天 | 照常 | 改坐地铁 |',
    '',
  ].join('\n');

  it('shows a section’s table on a slide of its own, between the points of the paragraphs before and after it', () => {
    const article = parseArticle(markdown, 'a.md');
    const deck = buildDeck(article, emptySpec());
    const first = deck.slides.filter((s) => s.section?.index === 1 && s.kind !== 'section');
    expect(first.map((s) => [s.kind, s.id, pointsOf(s)])).toEqual([
      ['points', '先看总账-要点', ['三个月里，我把地铁和电动车都试了一遍，每天记下时间和花费']],
      ['table', '先看总账-表格', []],
      ['points', '先看总账-要点-2', ['单看钱，电动车完胜；单看时间，开车的下限最低，但上限也最高']],
    ]);
    const table = first[1];
    // The paragraph that only leads into it is said with it, in its notes.
    expect(table?.notes.paragraphs.map((p) => p.text)).toEqual(['一个月按22个工作日、每天往返计算：']);
    expect(table?.kind === 'table' && [table.title, table.caption, table.columns, table.rows]).toEqual([
      '先看总账',
      // …and shown over the table as what its figures rest on.
      '一个月按22个工作日、每天往返计算',
      ['方式', '单程时间', '每月花费'],
      [
        ['地铁', '42分钟', '176元'],
        ['电动车', '35分钟', '约30元'],
      ],
    ]);
    expectSound(deck, article);
  });

  it('shows no caption over a table where its lead-in states no basis or only says a table follows, or where the slide has no room', () => {
    const caption = (heading: string, leadIn: string, rows: number) => {
      const deck = buildDeck(
        parseArticle(
          [
            '# 通勤',
            '',
            `### ${heading}`,
            '',
            leadIn,
            '',
            '| 方式 | 单程时间 |',
            '| --- | --- |',
            ...Array.from({ length: rows }, (_, i) => `| 方式${i + 1} | ${40 + i}分钟 |`),
            '',
          ].join('\n'),
          'a.md',
        ),
        emptySpec(),
      );
      const table = deck.slides.find((s) => s.kind === 'table');
      return table?.kind === 'table' ? (table.caption ?? null) : undefined;
    };
    const basis =
      '一个月按22个工作日、每天往返、早高峰出发、油价每升七块八、停车按月租、打车按平台均价来计算：';
    const twoLines = '十公里通勤的四种方式到底各要花多少时间和钱';
    expect(caption('总账', basis, 7)).toBe(basis.slice(0, -1));
    expect(caption('总账', '我把四种方式的数据整理成了一张表：', 3)).toBeNull();
    expect(caption('总账', '具体数字见下表：', 3)).toBeNull();
    expect(caption('总账', '我们的数据是这样的：', 3)).toBeNull();
    // Two lines of caption take the room of a row; a full table has none under a heading of two lines.
    expect(caption(twoLines, basis, 6)).toBe(basis.slice(0, -1));
    expect(caption(twoLines, basis, 7)).toBeNull();
    expect(caption(twoLines, '一个月按22个工作日计算：', 7)).toBeNull();
  });

  it('gives the point of a paragraph that says more than it leads into a table, and shows the table after it', () => {
    const article = parseArticle(
      [
        '# 领猫',
        '',
        '### 领养要花钱吗？',
        '',
        '很多人以为领养就是免费把猫抱回家，其实不然。救助站不收“买猫钱”，但会请领养人承担部分医疗费用。以我们站为例，费用大致如下：',
        '',
        '| 项目 | 大约费用 |',
        '| --- | --- |',
        '| 三针疫苗 | 150到300元 |',
        '| 绝育手术 | 300到800元 |',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const own = deck.slides.filter((s) => s.section?.index === 1 && s.kind !== 'section');
    expect(own.map((s) => [s.kind, pointsOf(s)])).toEqual([
      [
        'points',
        ['很多人以为领养就是免费把猫抱回家，其实不然：救助站不收“买猫钱”，但会请领养人承担部分医疗费用'],
      ],
      ['table', []],
    ]);
    // The whole paragraph is said on the slide its point is on, before the table.
    expect(own[1]?.notes.paragraphs).toEqual([]);
    expectSound(deck, article);
  });

  it('shows a section that is a table alone as that table, and recaps it by its heading', () => {
    const article = parseArticle(markdown, 'a.md');
    const deck = buildDeck(article, emptySpec());
    const second = deck.slides.filter((s) => s.section?.index === 2);
    expect(second.map((s) => s.kind)).toEqual(['section', 'table']);
    expect(second[1]?.id).toBe('一张表看懂-表格');
    expect(deck.slides.find((s) => s.kind === 'summary')?.points).toContain('一张表看懂');
  });

  /** A cell too wide for two lines of a table, and an article whose one section holds it between paragraphs. */
  const long =
    '这一格写得很长很长很长，远远超过了一行表格能放得下的宽度，两行也放不下，只好把整张表一行一行地说出来，每行一个要点，要点放不下的地方在讲稿里说全';
  const wideTable = (before: string, after: readonly string[] = []) =>
    parseArticle(
      [
        '# 通勤',
        '',
        '### 总账',
        '',
        before,
        '',
        '| 方式 | 说明 |',
        '| --- | --- |',
        `| 地铁 | ${long} |`,
        '',
        ...after,
      ].join('\n'),
      'a.md',
    );

  it('keeps a small table whose cells wrap onto two lines at most a table, on one slide, and one narrow by its Latin words too', () => {
    const table = (rows: readonly string[]) =>
      buildDeck(
        parseArticle(
          ['# 灭火器', '', '### 分几种', '', '家里常见三种。', '', ...rows, ''].join('\n'),
          'a.md',
        ),
        emptySpec(),
      ).slides.filter((s) => s.section?.heading === '分几种' && s.kind !== 'section');
    const wrapped = table([
      '| 类型 | 适用火灾 | 优点 | 不足 |',
      '| --- | --- | --- | --- |',
      '| ABC干粉灭火器 | A、B、C、E类 | 适用范围广，价格便宜 | 喷后粉尘多，清理麻烦 |',
      '| 水基型灭火器 | A、B类，部分型号适用E、F类 | 污染小，降温效果好 | 低温环境需注意防冻 |',
      '| 二氧化碳灭火器 | B、C、E类 | 不留痕迹，适合精密电器 | 扑救固体火效果差，易冻伤手 |',
    ]);
    expect(wrapped.map((s) => s.kind)).toEqual(['points', 'table']);
    // Counted by width, as drawn: SATA约500 MB/s，NVMe可达7000 MB/s keeps to its line.
    const latin = table([
      '| 对比项 | 机械硬盘（HDD） | 固态硬盘（SSD） |',
      '| --- | --- | --- |',
      '| 存储方式 | 磁性盘片＋磁头 | NAND闪存芯片 |',
      '| 连续读写速度 | 约100～200 MB/s | SATA约500 MB/s，NVMe可达7000 MB/s |',
      '| 抗震性 | 较差，怕摔 | 较好 |',
      '| 噪音 | 有转动声 | 无声 |',
      '| 每TB价格 | 较低 | 较高 |',
      '| 数据恢复 | 相对容易 | 较难 |',
    ]);
    expect(latin.map((s) => s.kind)).toEqual(['points', 'table']);
    // Seven rows that each wrap would not fit one slide: said row by row.
    const many = table([
      '| 类型 | 适用火灾 | 优点 | 不足 |',
      '| --- | --- | --- | --- |',
      ...Array.from(
        { length: 7 },
        () => '| 水基型灭火器 | A、B类，部分型号适用E、F类 | 污染小，降温效果好 | 低温环境需注意防冻 |',
      ),
    ]);
    expect(many.every((s) => s.kind === 'points')).toBe(true);
  });

  it('says a table too wide for a line a row row by row, each row whole in the notes', () => {
    const article = wideTable('算一笔账。');
    const deck = buildDeck(article, emptySpec());
    const rows = deck.slides.find((s) => s.id === '总账-表格');
    // On the slide as a point, cut to fit; whole in the notes.
    expect(rows?.kind === 'points' && rows.points.map((p) => [p.slice(0, 9), p.endsWith('…')])).toEqual([
      ['地铁：说明 这一格', true],
    ]);
    expect(rows?.notes.explanation).toBe(`地铁：说明 ${long}。`);
    expectSound(deck, article);
  });

  it('numbers a table said row by row and the section’s points around it as one run of slides', () => {
    const article = wideTable('地铁最便宜，每个月只要一百多元。', ['开车最贵，停车费就占了一半。', '']);
    const deck = buildDeck(article, emptySpec());
    const own = deck.slides.filter((s) => s.kind === 'points' && s.section.heading === '总账');
    expect(own.map((s) => [s.id, s.kind === 'points' && s.part])).toEqual([
      ['总账-要点', { index: 1, total: 3 }],
      ['总账-表格', { index: 2, total: 3 }],
      ['总账-要点-2', { index: 3, total: 3 }],
    ]);
    expectSound(deck, article);
  });

  it('keeps an article’s table apart from the spec’s own table of that section', () => {
    const article = parseArticle(markdown, 'a.md');
    const spec = parseSpec(
      [
        'sections:',
        '  先看总账:',
        '    table:',
        '      title: 费用表',
        '      columns: [方式, 花费]',
        '      rows:',
        '        - [地铁, 176元]',
        '',
      ].join('\n'),
      'deck.yaml',
    );
    const deck = buildDeck(article, spec);
    const tables = deck.slides.filter((s) => s.kind === 'table' && s.section.index === 1);
    expect(tables.map((s) => s.id)).toEqual(['先看总账-原文表格', '先看总账-表格']);
  });

  it('refuses a table in the introduction, and one with no row, at its line', () => {
    const message = (md: string) => {
      try {
        parseArticle(md, 'a.md');
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    };
    expect(message('# 标题\n\n| 甲 | 乙 |\n| --- | --- |\n| 1 | 2 |\n\n### 一节\n\n话。\n')).toMatch(
      /^a\.md:3:1: a table stands on its own in a section/u,
    );
    expect(message('# 标题\n\n### 一节\n\n话。\n\n| 甲 | 乙 |\n| --- | --- |\n')).toMatch(
      /^a\.md:7:1: this table has column names and no row/u,
    );
  });
});

describe('parseSpec and the spec’s links to the article', () => {
  function specError(name: string): SourceError {
    try {
      buildDeck(realArticle, parseSpec(fixture(`specs/${name}`), `tests/fixtures/specs/${name}`));
    } catch (error) {
      if (error instanceof SourceError) return error;
      throw error;
    }
    throw new Error(`${name} was accepted`);
  }

  it('names the spec line of a section the article does not have', () => {
    expect(specError('unknown-section.yaml').message).toMatch(
      /^tests\/fixtures\/specs\/unknown-section\.yaml:3:3: no section "不存在的小节" in slides\/article\.md/,
    );
  });

  it('names every section a spec left from another article keys, with their lines, in one error', () => {
    const spec = parseSpec(
      'sections:\n  速度:\n    points: [快]\n  咖啡:\n    points: [香]\n  时延:\n    points: [低]\n',
      'deck.yaml',
    );
    expect(() => buildDeck(parseArticle('# 标题\n\n### 咖啡\n\n正文。\n', 'a.md'), spec)).toThrow(
      'deck.yaml:2:3: no section "速度" in a.md (nor "时延", line 6); its sections are "咖啡"',
    );
  });

  it('reports broken YAML with its line', () => {
    // The list left open on line 4 is noticed where the file ends.
    expect(specError('bad-yaml.yaml').message).toMatch(
      /^tests\/fixtures\/specs\/bad-yaml\.yaml:5:1: invalid YAML/,
    );
    expect(() => parseSpec('subtitle: 一\ntalkMinutes: 10\nsubtitle: 二\n', 'deck.yaml')).toThrow(
      /^deck\.yaml:3:1: invalid YAML: Map keys must be unique/,
    );
  });

  it('refuses a talk shorter than a minute, at its line', () => {
    expect(() => parseSpec('subtitle: 一\ntalkMinutes: 0.5\n', 'deck.yaml')).toThrow(
      'deck.yaml:2:1: talkMinutes: expected a number of minutes from 1 to 600',
    );
  });

  it('rejects a misspelt key at its line', () => {
    expect(specError('unknown-key.yaml').message).toBe(
      'tests/fixtures/specs/unknown-key.yaml:4:5: sections.物理形态上的差异.bullets: unknown key "bullets"; expected one of id, points, cue, note, table, diagrams',
    );
  });

  it.each([
    [
      'points given as an empty list',
      'sections:\n  天气:\n    points: []\n',
      '3:5: sections.天气.points: expected a non-empty list',
    ],
    [
      'an empty list of points under a heading YAML reads as a number',
      'sections:\n  2024:\n    points: []\n',
      '3:5: sections.2024.points: expected a non-empty list',
    ],
    [
      'one heading given twice, once as YAML reads a number and once quoted, at the second',
      'sections:\n  2024:\n    cue: 甲\n  "2024":\n    cue: 乙\n',
      '4:3: sections.2024: "2024" is given twice; give each heading one entry',
    ],
    [
      'a heading written 1.50, which YAML reads as 1.5, under its own name',
      'sections:\n  1.50:\n    points: []\n',
      '3:5: sections.1.50.points: expected a non-empty list',
    ],
    [
      'a blank point',
      'sections:\n  天气:\n    points:\n      - "  "\n',
      '4:9: sections.天气.points.0: expected a non-empty text',
    ],
    [
      'a table row with a cell too many',
      'sections:\n  天气:\n    table:\n      title: 表\n      columns: [甲, 乙]\n      rows:\n        - [一, 二, 三]\n',
      '7:11: sections.天气.table.rows.0: a row has 3 cells but the table has 2 columns',
    ],
    [
      'a diagram used twice',
      'sections:\n  天气:\n    diagrams:\n      - { file: diagrams/a.mmd, title: 甲, caption: 乙 }\n      - { file: diagrams/a.mmd, title: 丙, caption: 丁 }\n',
      '5:9: sections.天气.diagrams.1: diagram "a" is used twice',
    ],
    [
      'a diagram outside slides/diagrams',
      'sections:\n  天气:\n    diagrams:\n      - { file: ../../x/diagrams/a.mmd, title: 甲, caption: 乙 }\n',
      '4:11: sections.天气.diagrams.0.file: "../../x/diagrams/a.mmd" is not a diagram path like diagrams/name.mmd: a diagram is a .mmd file in the diagrams folder beside deck.yaml, named with lowercase letters, digits and dashes only; write diagrams/a.mmd',
    ],
    [
      'a diagram named with an underscore, saying which name to use',
      'sections:\n  天气:\n    diagrams:\n      - { file: diagrams/adenosine_flow.mmd, title: 甲, caption: 乙 }\n',
      '4:11: sections.天气.diagrams.0.file: "diagrams/adenosine_flow.mmd" is not a diagram path like diagrams/name.mmd: a diagram is a .mmd file in the diagrams folder beside deck.yaml, named with lowercase letters, digits and dashes only; write diagrams/adenosine-flow.mmd (and rename the file to adenosine-flow.mmd)',
    ],
    [
      'a diagram path starting with ./',
      'sections:\n  天气:\n    diagrams:\n      - { file: ./diagrams/flow.mmd, title: 甲, caption: 乙 }\n',
      '4:11: sections.天气.diagrams.0.file: "./diagrams/flow.mmd" is not a diagram path like diagrams/name.mmd: a diagram is a .mmd file in the diagrams folder beside deck.yaml, named with lowercase letters, digits and dashes only; write diagrams/flow.mmd',
    ],
    [
      'a point YAML reads as a key and a value, saying to quote it',
      'sections:\n  天气:\n    points:\n      - 关键物质: 腺苷\n',
      '4:9: sections.天气.points.0: expected a text, but YAML reads 关键物质: 腺苷 as a key and a value because of the ": " in it; put the whole text in quotes: "关键物质: 腺苷"',
    ],
    [
      'a table cell YAML reads as a yes/no value, saying to quote it',
      'sections:\n  天气:\n    table:\n      title: 表\n      columns: [甲, 乙]\n      rows:\n        - [加糖, true]\n',
      '7:16: sections.天气.table.rows.0.1: expected a text, but YAML reads true as a yes/no value; to show it as text, put it in quotes: "true"',
    ],
  ])('refuses %s, at its line', (_what, yaml, expected) => {
    expect(() => parseSpec(yaml, 'deck.yaml')).toThrow(`deck.yaml:${expected}`);
  });

  it('gives a section headed by a number or by a name the page uses its own id, so its links land on it', () => {
    const article = parseArticle(
      '# 标题\n\n### 2024\n\n正文。\n\n### Deck fonts\n\n正文。\n\n### 2024年\n\n正文。\n',
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.sections.map((s) => s.id)).toEqual(['第1部分-2024', '第2部分-deck-fonts', '2024年']);
  });

  it.each([
    [
      'a number alone',
      '123',
      '"123" is a number alone, which reveal.js reads as a slide\'s number in a link (#/123)',
    ],
    ['an id of the page’s own', 'deck-fonts', '"deck-fonts" starts like the page\'s own elements'],
  ])('refuses a spec id that is %s, at its line', (_what, id, message) => {
    expect(() => parseSpec(`sections:\n  天气:\n    id: ${id}\n`, 'deck.yaml')).toThrow(
      `deck.yaml:3:5: sections.天气.id: ${message}`,
    );
  });

  it('takes numbers in the spec as the text they are written as', () => {
    const yaml = [
      'sections:',
      '  天气:',
      '    id: 第123号',
      '    points:',
      '      - 400',
      '    table:',
      '      title: 2024',
      '      columns: [饮品, 咖啡因]',
      '      rows:',
      '        - [美式, 95]',
      '        - [浓缩, 1.50]',
    ].join('\n');
    const deck = buildDeck(
      parseArticle('# 咖啡\n\n### 天气\n\n正文。\n', 'a.md'),
      parseSpec(yaml, 'deck.yaml'),
    );
    const points = deck.slides.find((s) => s.kind === 'points');
    expect(points?.id).toBe('第123号-要点');
    expect(points?.kind === 'points' && points.points).toEqual(['400']);
    const table = deck.slides.find((s) => s.kind === 'table');
    expect(table?.kind === 'table' && [table.title, table.rows]).toEqual([
      '2024',
      [
        ['美式', '95'],
        ['浓缩', '1.50'],
      ],
    ]);
  });

  it('rejects a table row with a missing cell at its line', () => {
    expect(specError('bad-row.yaml').message).toBe(
      'tests/fixtures/specs/bad-row.yaml:8:11: sections.功能体验的不同.table.rows.1: a row has 2 cells but the table has 3 columns',
    );
  });
});

describe('buildDeck on articles and specs it cannot show well', () => {
  /** An article with these section headings, each with one paragraph. */
  const articleWith = (headings: readonly string[], title = '红叶为什么会变红'): string =>
    [`# ${title}`, '', '秋天到了。', ...headings.flatMap((h) => ['', `### ${h}`, '', `${h}的正文。`])].join(
      '\n',
    );

  function buildError(markdown: string, yaml = ''): SourceError {
    try {
      buildDeck(parseArticle(markdown, 'a.md'), yaml ? parseSpec(yaml, 'deck.yaml') : emptySpec('deck.yaml'));
    } catch (error) {
      if (error instanceof SourceError) return error;
      throw error;
    }
    throw new Error('the deck was built');
  }

  it('refuses two headings that would share one slide id, at the second one', () => {
    expect(buildError(articleWith(['天气如何影响红叶', '树种', '天气如何影响红叶？'])).message).toBe(
      'a.md:13:1: the slide id "天气如何影响红叶" would be used twice, by the divider of section "天气如何影响红叶" and by the divider of section "天气如何影响红叶？"; give section "天气如何影响红叶？" another id in deck.yaml (sections.天气如何影响红叶？.id)',
    );
  });

  it('numbers a section named like one of the deck’s own slides apart from it, so both can be linked', () => {
    const deck = buildDeck(parseArticle(articleWith(['天气', '总结', '来源']), 'a.md'), emptySpec());
    expect(deck.sections.map((s) => s.id)).toEqual(['天气', '第2部分-总结', '第3部分-来源']);
    expect(deck.slides.filter((s) => s.id === '总结' || s.id === '来源').map((s) => s.kind)).toEqual([
      'summary',
      'sources',
    ]);
    // The spec's own id is taken as given, and refused if it clashes.
    expect(
      buildError(articleWith(['天气', '总结', '来源']), 'sections:\n  总结:\n    id: 总结\n').message,
    ).toMatch(
      /^deck\.yaml:3:5: the slide id "总结" would be used twice, by the divider of section "总结" and by the summary;/,
    );
  });

  it('makes an article’s own closing conclusion the deck’s summary, with no divider and no place in the agenda', () => {
    const markdown = [
      articleWith(['天气', '树种']),
      '',
      '### 结语',
      '',
      '红叶是叶绿素退场后的颜色。天冷得越快，颜色越艳。',
      '',
      '所以，想看红叶要挑对时候。',
      '',
      '### 参考资料',
      '',
      '《植物学》',
    ].join('\n');
    const build = (yaml?: string) =>
      buildDeck(parseArticle(markdown, 'a.md'), yaml ? parseSpec(yaml, 'deck.yaml') : emptySpec());
    const deck = build();
    expectSound(deck, parseArticle(markdown, 'a.md'));
    expect(deck.sections.map((s) => s.heading)).toEqual(['天气', '树种']);
    expect(deck.slides.map((s) => s.kind).slice(-3)).toEqual(['points', 'summary', 'sources']);
    const summary = deck.slides.find((s) => s.kind === 'summary');
    expect(summary?.kind === 'summary' && [summary.id, summary.title, summary.points]).toEqual([
      '总结',
      '结语',
      ['红叶是叶绿素退场后的颜色：天冷得越快，颜色越艳', '想看红叶要挑对时候'],
    ]);
    expect(summary?.notes.paragraphs.map((p) => p.text)).toEqual([
      '红叶是叶绿素退场后的颜色。天冷得越快，颜色越艳。',
      '所以，想看红叶要挑对时候。',
    ]);
    // A summary the spec curates is the deck's own; the conclusion stays a section.
    const curated = build('summary:\n  points: [叶子变红是因为花青素]\n');
    expect(curated.sections.map((s) => s.heading)).toEqual(['天气', '树种', '结语']);
    expect(curated.slides.filter((s) => s.kind === 'summary')).toHaveLength(1);
    // One the spec only names is still the conclusion, under the spec's name: a recap of the
    // headings would end on 结语, a part of the talk.
    const named = build('summary:\n  title: 回顾一下\n');
    expect(named.sections.map((s) => s.heading)).toEqual(['天气', '树种']);
    expect(
      named.slides.flatMap((s) => (s.kind === 'summary' ? [[s.title, s.notes.paragraphs.length]] : [])),
    ).toEqual([['回顾一下', summary?.notes.paragraphs.length]]);
    // A closing heading may say more after a colon (结语：…).
    const titled = buildDeck(
      parseArticle(markdown.replace('### 结语', '### 结语：挑对时候'), 'a.md'),
      emptySpec(),
    );
    expect(titled.sections.map((s) => s.heading)).toEqual(['天气', '树种']);
    expect(titled.slides.find((s) => s.kind === 'summary')).toMatchObject({ title: '结语：挑对时候' });
    // A closing heading said in other words is one too (最后说两句, 写在后面, 尾声, 后记, 最后 alone,
    // a parenting column's 给家长的话).
    for (const heading of [
      '最后说两句',
      '最后说几句',
      '写在后面',
      '尾声',
      '后记',
      '我的结论',
      '最后',
      '最后的建议',
      '给家长的话',
      '给读者的几句话',
    ]) {
      const closing = buildDeck(
        parseArticle(markdown.replace('### 结语', `### ${heading}`), 'a.md'),
        emptySpec(),
      );
      expect(
        closing.sections.map((s) => s.heading),
        heading,
      ).toEqual(['天气', '树种']);
      expect(
        closing.slides.find((s) => s.kind === 'summary'),
        heading,
      ).toMatchObject({ title: heading });
    }
    // 结尾 alone is as likely a topic (开头, 中段, 结尾 of a story): it stays a part of the talk.
    const ending = buildDeck(parseArticle(markdown.replace('### 结语', '### 结尾'), 'a.md'), emptySpec());
    expect(ending.sections.map((s) => s.heading)).toEqual(['天气', '树种', '结尾']);
    // So does a conclusion the spec curates as a section; the deck then adds no summary besides.
    const asSection = build('sections:\n  结语:\n    points: [挑对时候]\n');
    expect(asSection.sections.map((s) => s.heading)).toEqual(['天气', '树种', '结语']);
    expect(asSection.slides.filter((s) => s.kind === 'summary')).toHaveLength(0);
  });

  it('sets a question heading’s answer off with ； where the answer has a colon of its own, and takes no announcement as an answer', () => {
    const article = parseArticle(
      [
        '# 扫地机器人',
        '',
        '### 测试怎么做',
        '',
        '我们的测试分三部分：清扫能力、导航与避障、拖地与维护。',
        '',
        '### 北斗有什么不一样',
        '',
        '最后说说大家很关心的北斗。',
        '',
        '北斗还有一个GPS没有的本领：短报文通信。',
        '',
      ].join('\n'),
      'a.md',
    );
    expect(recapPoints(article)).toEqual([
      '测试怎么做；我们的测试分三部分：清扫能力、导航与避障、拖地与维护',
      '北斗有什么不一样；北斗还有一个GPS没有的本领：短报文通信',
    ]);
  });

  it('recaps a question heading alone where its first point only counts the items labelled in bold after it', () => {
    const article = parseArticle(
      [
        '# 牙刷',
        '',
        '### 两种原理有什么不同？',
        '',
        '市面上的电动牙刷，按原理主要分成两类。',
        '',
        '**声波式**：刷头左右高频摆动，摆幅很小。',
        '',
        '**旋转式**：圆形小刷头左右来回转动。',
        '',
        '### 多久换一次？',
        '',
        '刷头一般三个月换一次，刷毛开花就要提前换。',
        '',
      ].join('\n'),
      'a.md',
    );
    expect(recapPoints(article)).toEqual([
      '两种原理有什么不同？',
      '多久换一次？刷头一般三个月换一次，刷毛开花就要提前换',
    ]);
  });

  it('recaps a question with the verdict that labels its answer (不行：…) where the answer is too long to say with it', () => {
    const article = parseArticle(
      [
        '# 拉唑',
        '',
        '### 医生开的拉唑类胶囊太大，老人吞不下去，能拆开吃吗？',
        '',
        '不行。大多数拉唑类药物怕酸，外面包了一层“肠溶衣”，就是为了让它穿过胃、到肠道再溶解。',
        '',
        '### 多久换一次？',
        '',
        '刷头一般三个月换一次，刷毛开花就要提前换。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').flatMap(pointsOf)[0]).toBe(
      '不行：大多数拉唑类药物怕酸，外面包了一层“肠溶衣”，就是为了让它穿过胃、到肠道再溶解',
    );
    expect(deck.slides.filter((s) => s.kind === 'summary').flatMap(pointsOf)).toEqual([
      '医生开的拉唑类胶囊太大，老人吞不下去，能拆开吃吗？不行',
      '多久换一次？刷头一般三个月换一次，刷毛开花就要提前换',
    ]);
  });

  it('recaps a question with a short answer on the word before its 什么 (地铁靠什么跑起来？靠电), but not one that only says little', () => {
    const article = parseArticle(
      [
        '# 地铁',
        '',
        '### 地铁靠什么跑起来？',
        '',
        '答案是：靠电。地铁列车的车顶或车底装有取电装置，从接触网或第三轨上取电。',
        '',
        '### 票价怎么算？',
        '',
        '按里程分段计价。',
        '',
        '### 地铁有什么好处？',
        '',
        '有三点。',
        '',
      ].join('\n'),
      'a.md',
    );
    // Not on 有 (or 是, 为), which any answer may start on.
    expect(recapPoints(article)).toEqual(['地铁靠什么跑起来？靠电', '票价怎么算？', '地铁有什么好处？']);
  });

  it('recaps no question with the verdict that answers another one asked under it (怎么查？ over 检查一定要做胃镜吗？不一定：…)', () => {
    const recap = (heading: string) =>
      buildDeck(
        parseArticle(
          [
            '# 胃病',
            '',
            `### ${heading}`,
            '',
            '问：检查一定要做胃镜吗？',
            '',
            '答：不一定。最常用的是呼气试验，吹一口气就能出结果。',
            '',
            '### 平时注意什么？',
            '',
            '吃饭尽量用公筷，少吃腌制食品。',
            '',
          ].join('\n'),
          'a.md',
        ),
        emptySpec(),
      )
        .slides.filter((s) => s.kind === 'summary')
        .flatMap(pointsOf)[0];
    // 不一定 would answer how to get checked.
    expect(recap('怎么查？')).toBe('怎么查？');
    // A heading that asks yes or no is answered by it.
    expect(recap('一定要做胃镜吗？')).toBe('一定要做胃镜吗？不一定：最常用的是呼气试验，吹一口气就能出结果');
  });

  it('recaps a question heading alone where its first point counts kinds (按安装方式分三种) or reports a question asked', () => {
    const article = parseArticle(
      [
        '# 洗碗机',
        '',
        '### 台式、嵌入式还是水槽式？',
        '',
        '洗碗机按安装方式分三种，价格和适合的人群差别很大。',
        '',
        '**台式**：放在台面上，不用改橱柜。',
        '',
        '**嵌入式**：装在橱柜里，是目前最推荐的类型。',
        '',
        '### 她在偷偷学什么',
        '',
        '我给我妈打电话，问外婆最近是不是在学手机。我妈说，外婆每天对着音箱问怎么发语音。',
        '',
      ].join('\n'),
      'a.md',
    );
    expect(recapPoints(article)).toEqual(['台式、嵌入式还是水槽式？', '她在偷偷学什么']);
  });

  it('recaps a myth heading (流言一：…, 误区二：…) as the myth asked with what its section says is true, never the myth alone as a takeaway', () => {
    const article = parseArticle(
      [
        '# 喝水',
        '',
        '### 流言一：每人每天必须喝8杯水',
        '',
        '“每天8杯水”大概是流传最广的健康口号。',
        '',
        '**真相：**喝多少水因人而异，没有一个适合所有人的数字。',
        '',
        '### 误区五：猫该喝牛奶',
        '',
        '这个误区真的害猫不浅！',
        '',
        '**真相是：大多数成年猫都乳糖不耐受。**',
        '',
        '### 误区二：捂一身汗，感冒就好了',
        '',
        '老一辈常说，感冒了就捂一身汗。这话只对了一半：出汗是体温开始下降的表现。',
        '',
        '### 误区三：感冒会自己好，所以不用管',
        '',
        '普通感冒确实会自行好转。',
        '',
        '但如果出现以下情况，就别硬扛了：',
        '',
        '- 高烧超过三天不退',
        '- 呼吸困难',
        '',
        '### 误区四：绝育会让猫变胖',
        '',
        '至于变胖，这个担心确实有道理；但这不是绝育本身的错，是喂的问题。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'summary').flatMap(pointsOf)).toEqual([
      '每人每天必须喝8杯水？喝多少水因人而异，没有一个适合所有人的数字',
      // 真相是： labels what is true as 真相： does.
      '猫该喝牛奶？大多数成年猫都乳糖不耐受',
      '捂一身汗，感冒就好了？这话只对了一半：出汗是体温开始下降的表现',
      // A turn that only leads into a list says nothing true of the myth: the heading stays.
      '误区三：感冒会自己好，所以不用管',
      // What is true, without the turning word that tied it to the part granted.
      '绝育会让猫变胖？这不是绝育本身的错，是喂的问题',
    ]);
    expectSound(deck, article);
  });

  it('recaps a myth the section confirms (这一条，是真的。) as true, with why where it fits, never as a myth', () => {
    const article = parseArticle(
      [
        '# 微波炉',
        '',
        '### 流言三：鸡蛋不能放进微波炉',
        '',
        '这一条，是真的。',
        '',
        '带壳的鸡蛋加热时，壳里压力越来越大，会炸开。',
        '',
        '### 传言一：冻肉不能反复解冻',
        '',
        '这话确实没错。',
        '',
        '1. 第一个理由。',
        '2. 第二个理由。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'summary').flatMap(pointsOf)).toEqual([
      '鸡蛋不能放进微波炉？是真的：带壳的鸡蛋加热时，壳里压力越来越大，会炸开',
      // A list's first item is no reason in brief.
      '冻肉不能反复解冻？是真的',
    ]);
    expectSound(deck, article);
  });

  it('recaps the sections by their headings in a summary the spec does not curate, with a section’s first curated point', () => {
    const article = parseArticle(
      articleWith(['速度：从9.6Gbps到46Gbps', '该不该升级？', '树种']).replace(
        '该不该升级？的正文。',
        '先说结论：手机和宽带跟不上，就不必急着换。升级要花钱。',
      ),
      'a.md',
    );
    const summary = (yaml: string) =>
      buildDeck(article, yaml ? parseSpec(yaml, 'deck.yaml') : emptySpec()).slides.flatMap((s) =>
        s.kind === 'summary' ? s.points : [],
      );
    // Lead sentences are not made a summary: they are often teasers. A question is recapped with
    // its answer, the section's first point: a recap of questions would answer nothing.
    expect(summary('')).toEqual([
      '速度：从9.6Gbps到46Gbps',
      '该不该升级？手机和宽带跟不上，就不必急着换',
      '树种',
    ]);
    // A heading asks without its mark too (为什么…, …吗); what many fear is no answer.
    const unmarked = parseArticle(
      articleWith(['为什么冬天容易被电', '安眠药能吃吗', '树种'])
        .replace('为什么冬天容易被电的正文。', '关键在于冬天的空气非常干燥。')
        .replace('安眠药能吃吗的正文。', '很多人一听安眠药就害怕，觉得吃了会上瘾。也有人天天吃。'),
      'a.md',
    );
    expect(
      buildDeck(unmarked, emptySpec()).slides.flatMap((s) => (s.kind === 'summary' ? s.points : [])),
    ).toEqual(['为什么冬天容易被电：关键在于冬天的空气非常干燥', '安眠药能吃吗', '树种']);
    // A recap is measured by how wide it is drawn, as every point is: Latin letters are narrow.
    const latin = parseArticle(
      articleWith(['USB PD 3.1 为什么快？', '树种']).replace(
        'USB PD 3.1 为什么快？的正文。',
        'EPR mode adds up to 48 V and 5 A for laptops.',
      ),
      'a.md',
    );
    expect(
      buildDeck(latin, emptySpec()).slides.flatMap((s) => (s.kind === 'summary' ? s.points : [])),
    ).toEqual(['USB PD 3.1 为什么快？EPR mode adds up to 48 V and 5 A for laptops.', '树种']);
    // So does one that asks by saying a verb twice (会不会, 划不划算).
    const twice = parseArticle(
      articleWith(['热泵会不会很吵', '树种']).replace(
        '热泵会不会很吵的正文。',
        '会有一些声音，但没有想象中那么大。',
      ),
      'a.md',
    );
    expect(
      buildDeck(twice, emptySpec()).slides.flatMap((s) => (s.kind === 'summary' ? s.points : [])),
    ).toEqual(['热泵会不会很吵：会有一些声音，但没有想象中那么大', '树种']);
    // And one with its question word inside (回收为什么还不赚钱), but not a topic named with one
    // (温度是怎么被盯住的); a point that only opens what follows (这个问题得分人说) answers with it.
    const inside = parseArticle(
      articleWith(['回收为什么还不赚钱', '温度是怎么被盯住的', '咖啡因能待多久'])
        .replace('回收为什么还不赚钱的正文。', '锂的价格跌了一半，回收的利润也就没了。')
        .replace('温度是怎么被盯住的的正文。', '过去靠人工每天看两次温度计。')
        .replace(
          '咖啡因能待多久的正文。',
          '这个问题得分人说。每个人代谢咖啡因的速度不一样，从三小时到十小时不等，孕妇还要更久。'.repeat(5),
        ),
      'a.md',
    );
    expect(
      buildDeck(inside, emptySpec()).slides.flatMap((s) => (s.kind === 'summary' ? s.points : [])),
    ).toEqual([
      '回收为什么还不赚钱：锂的价格跌了一半，回收的利润也就没了',
      '温度是怎么被盯住的',
      // Said with the sentence after it, it answers, in two lines.
      '咖啡因能待多久；这个问题得分人说：每个人代谢咖啡因的速度不一样，从三小时到十小时不等，孕妇还要更久',
    ]);
    // A heading that only says how much or which asks nothing: its recap is the heading.
    // Nor does one that names a topic with a verb said twice and where it lies.
    const statements = [
      '什么都能充的万能充电器',
      '电费其实没多少',
      '哪里都能买到',
      '不怎么费电',
      '好不好看，全在这一步',
    ];
    const said = parseArticle(
      statements.reduce(
        (md, h) => md.replace(`${h}的正文。`, '实测下来差别不大，一个月也就几块钱。'),
        articleWith(statements),
      ),
      'a.md',
    );
    expect(
      buildDeck(said, emptySpec()).slides.flatMap((s) => (s.kind === 'summary' ? s.points : [])),
    ).toEqual(statements);
    // A first point that only leads into what follows is no answer: the question stays alone.
    const leadIn = parseArticle(
      articleWith(['怎么防？', '树种']).replace(
        '怎么防？的正文。',
        '办法其实不少，挑几个最管用的说。\n\n- 勤洗手，保持皮肤湿润\n- 穿纯棉的衣服',
      ),
      'a.md',
    );
    expect(
      buildDeck(leadIn, emptySpec()).slides.flatMap((s) => (s.kind === 'summary' ? s.points : [])),
    ).toEqual(['怎么防？', '树种']);
    // An answer too long to follow its question leaves the question alone: alone, it would read
    // as a stray fact.
    const long =
      '手机和宽带都跟不上的时候，升级到新一代网络并不能带来看得见的好处，所以就不必急着去换新套餐，等家里的设备都换过一轮再说也完全来得及';
    expect(
      buildDeck(
        parseArticle(articleWith(['该不该升级？', '树种']).replace('该不该升级？的正文', long), 'a.md'),
        emptySpec(),
      ).slides.flatMap((s) => (s.kind === 'summary' ? s.points : [])),
    ).toEqual(['该不该升级？', '树种']);
    // The divider's cue says the question as it is, with no full stop after its question mark.
    const divider = buildDeck(article, emptySpec()).slides.find(
      (s) => s.kind === 'section' && s.section.heading === '该不该升级？',
    );
    expect(divider?.notes.cue).toBe('第二部分：该不该升级？');
    // A heading with a colon of its own follows a comma.
    const first = buildDeck(article, emptySpec()).slides.find((s) => s.kind === 'section');
    expect(first?.notes.cue).toBe('第一部分，速度：从9.6Gbps到46Gbps。');
    const curated = [
      'sections:',
      '  速度：从9.6Gbps到46Gbps:',
      '    points: [理论速率不等于实际网速]',
      '  该不该升级？:',
      '    points: [手机和宽带跟不上，就不必急着换]',
    ].join('\n');
    // The topic a heading names, up to its colon; a question needs no colon after it.
    expect(summary(curated)).toEqual([
      '速度：理论速率不等于实际网速',
      '该不该升级？手机和宽带跟不上，就不必急着换',
      '树种',
    ]);
  });

  it('refuses a section whose slides would take the id of another section’s slide', () => {
    // Derived ids count too: a heading named like another section's key points.
    expect(buildError(articleWith(['天气', '天气 要点'])).message).toMatch(
      /^a\.md:9:1: the slide id "天气-要点" would be used twice, by the key points of section "天气" and by the divider of section "天气 要点";/,
    );
  });

  it('refuses a heading of punctuation alone, which gives its slides no id, unless the spec names one', () => {
    expect(buildError(articleWith(['天气', '？！'])).message).toBe(
      'a.md:9:1: the heading "？！" has no letter or digit to name its slides by; give it an id in deck.yaml (sections.？！.id)',
    );
    // A mark the font draws (‼, which emoji sets also list) is punctuation, given an id like any other.
    expect(buildError(articleWith(['天气', '‼'])).message).toMatch(/give it an id in deck\.yaml/);
    // An emoji alone: an id would only lead to the next error, that the font cannot draw it.
    expect(buildError(articleWith(['天气', '🌧️'])).message).toBe(
      'a.md:9:1: the heading "🌧️" has no letter or digit to name its slides by; an emoji names nothing on a slide (nor can the deck’s font draw it); write the heading in words',
    );
    const deck = buildDeck(
      parseArticle(articleWith(['天气', '？！']), 'a.md'),
      parseSpec('sections:\n  ？！:\n    id: 惊叹\n', 'deck.yaml'),
    );
    expect(deck.slides.map((slide) => slide.id)).toContain('惊叹');
  });

  it('refuses a spec id taken twice at the spec’s line, and an id no URL can carry', () => {
    const yaml = 'sections:\n  天气:\n    id: 红叶\n  树种:\n    id: 红叶\n';
    expect(buildError(articleWith(['天气', '树种']), yaml).message).toMatch(
      /^deck\.yaml:5:5: the slide id "红叶" would be used twice, by the divider of section "天气" and by the divider of section "树种"; choose another id$/,
    );
    // An earlier section's spec id taking a later section's own: the spec's line, not the heading
    // of the section that did nothing wrong.
    expect(buildError(articleWith(['天气', '树种']), 'sections:\n  天气:\n    id: 树种\n').message).toMatch(
      /^deck\.yaml:3:5: the slide id "树种" would be used twice, .*; choose another id$/,
    );
    expect(() => parseSpec('sections:\n  天气:\n    id: a b/c?#\n', 'deck.yaml')).toThrow(
      'deck.yaml:3:5: sections.天气.id: "a b/c?#" is not a usable id',
    );
  });

  it('refuses a spec title too long for the cover at the spec’s line, and a spec intro with no introduction', () => {
    expect(buildError(articleWith(['天气']), `title: ${'很长的标题'.repeat(8)}\n`).message).toBe(
      'deck.yaml:1:1: the title has 40 characters; at most 32 fit the cover',
    );
    const noIntro = '# 红叶\n\n### 天气\n\n正文。\n';
    expect(buildError(noIntro, 'talkMinutes: 5\nintro:\n  title: 引子\n').message).toBe(
      'deck.yaml:2:1: intro: a.md has no introduction (no paragraph before its first section) for this slide to show',
    );
  });

  it('shares a talk too short for 15 s a slide without overrunning it, every slide still timed', () => {
    const short = buildDeck(
      parseArticle(articleWith(['天气', '树种', '气温']), 'a.md'),
      parseSpec('talkMinutes: 1\n', 'deck.yaml'),
    );
    const seconds = short.slides.map((s) => s.notes.seconds);
    expect(seconds.reduce((n, s) => n + s, 0)).toBe(60);
    for (const s of seconds) {
      expect(s).toBeGreaterThanOrEqual(5);
      expect(s % 5).toBe(0);
    }
  });

  it('refuses a talk too short for 5 s a slide at the talkMinutes line, naming the minutes that suffice', () => {
    const seven = ['一', '二', '三', '四', '五', '六', '七'].map((n) => `第${n}节`);
    const article = [
      '# 红叶',
      '',
      '秋天到了。',
      ...seven.flatMap((h) => [
        '',
        `### ${h}`,
        '',
        ...Array.from({ length: 6 }, (_, i) => `${h}的第${i}段。\n`),
      ]),
    ].join('\n');
    const message = buildError(article, 'subtitle: 一\ntalkMinutes: 1\n').message;
    const slides = Number(message.match(/this deck's (\d+) slides/)?.[1]);
    expect(slides).toBeGreaterThan(12);
    expect(message).toBe(
      `deck.yaml:2:1: talkMinutes: a 1-minute talk leaves less than 5 s for some of this deck's ${slides} slides; give at least ${Math.ceil(slides / 12)} minutes`,
    );
    const enough = buildDeck(
      parseArticle(article, 'a.md'),
      parseSpec(`talkMinutes: ${Math.ceil(slides / 12)}\n`, 'deck.yaml'),
    );
    expect(enough.slides.every((s) => s.notes.seconds >= 5)).toBe(true);
  });

  it('takes a subtitle and an author exactly at their one line on the cover, and refuses one character more', () => {
    const { maxSubtitleChars, maxAuthorChars } = defaultLimits;
    const cover = (subtitle: string, author: string) =>
      `title: 题\nsubtitle: ${subtitle}\nauthor: ${author}\n`;
    const deck = buildDeck(
      parseArticle(articleWith(['天气']), 'a.md'),
      parseSpec(cover('副'.repeat(maxSubtitleChars), '作'.repeat(maxAuthorChars)), 'deck.yaml'),
    );
    expect(deck.slides[0]?.kind === 'title' && [deck.slides[0].subtitle, deck.slides[0].author]).toEqual([
      '副'.repeat(maxSubtitleChars),
      '作'.repeat(maxAuthorChars),
    ]);
    expect(buildError(articleWith(['天气']), cover('副'.repeat(maxSubtitleChars + 1), '作')).message).toBe(
      `deck.yaml:2:1: the subtitle has ${maxSubtitleChars + 1} characters; at most ${maxSubtitleChars} fit its one line on the cover`,
    );
    expect(buildError(articleWith(['天气']), cover('副', '作'.repeat(maxAuthorChars + 1))).message).toBe(
      `deck.yaml:3:1: the author has ${maxAuthorChars + 1} characters; at most ${maxAuthorChars} fit its one line on the cover`,
    );
  });

  it('takes a title, a heading and points exactly at their limits, and refuses one character more', () => {
    const { maxTitleChars, maxHeadingChars, maxChars } = defaultLimits;
    const title = '题'.repeat(maxTitleChars);
    const heading = '节'.repeat(maxHeadingChars);
    const point = '点'.repeat(maxChars);
    const spec = (p: string) =>
      `intro:\n  points:\n    - ${p}\nsections:\n  ${heading}:\n    points:\n      - ${p}\n`;
    const deck = buildDeck(
      parseArticle(articleWith([heading], title), 'a.md'),
      parseSpec(spec(point), 'deck.yaml'),
    );
    expect(deck.title).toBe(title);
    expect(
      deck.slides.filter(
        (s) => pointsOf(s).includes(point) || (s.kind === 'intro' && s.points.includes(point)),
      ),
    ).toHaveLength(2);
    expect(buildError(articleWith([heading], `${title}长`)).message).toMatch(
      new RegExp(`^a\\.md:1:1: the title has ${maxTitleChars + 1} characters`),
    );
    expect(buildError(articleWith([`${heading}长`])).message).toMatch(
      new RegExp(`^a\\.md:5:1: section heading "${heading}长" has ${maxHeadingChars + 1} characters`),
    );
    const tooLong = spec(`${point}长`);
    expect(buildError(articleWith([heading], title), tooLong).message).toBe(
      `deck.yaml:3:7: a point of the introduction has ${maxChars + 1} characters; at most ${maxChars} fit a slide`,
    );
    const sectionOnly = `sections:\n  ${heading}:\n    points:\n      - ${point}长\n`;
    expect(buildError(articleWith([heading], title), sectionOnly).message).toMatch(
      new RegExp(`^deck\\.yaml:4:9: a point of section "${heading}" has ${maxChars + 1} characters`),
    );
  });

  it('refuses a section heading too long for the agenda and the slides, at its line', () => {
    const long = '为什么同一座山上有的树叶先变红而有的树叶却一直保持绿色直到落下';
    expect(buildError(articleWith(['天气', long])).message).toBe(
      `a.md:9:1: section heading "${long}" has ${length(long)} characters; at most 28 fit the agenda and the slides' headings`,
    );
  });

  it('refuses more sections than the agenda holds, and a title too long for the cover', () => {
    const eight = ['一', '二', '三', '四', '五', '六', '七', '八'].map((n) => `第${n}节`);
    expect(buildError(articleWith(eight)).message).toBe(
      'a.md:33:1: the article has 8 sections; at most 7 fit the agenda: join this one to the one before it, or two short ones into one',
    );
    const title = '秋天的山上为什么会有红叶、黄叶和绿叶同时出现在同一棵树上，它们的颜色又从何而来';
    expect(buildError(articleWith(['天气'], title)).message).toMatch(
      /^a\.md:1:1: the title has \d+ characters; at most 32 fit the cover/,
    );
  });

  it('numbers the summary’s slides when its points continue, and keeps a recap of headings on one, as the agenda', () => {
    const seven = ['一', '二', '三', '四', '五', '六', '七'].map((n) => `第${n}节`);
    const deck = buildDeck(parseArticle(articleWith(seven), 'a.md'), emptySpec());
    const summary = deck.slides.filter((s) => s.kind === 'summary');
    // Seven headings, one line each, fit one slide as on the agenda: none is left on a slide alone.
    expect(summary.map((s) => s.kind === 'summary' && [s.id, s.title, s.part, s.points.length])).toEqual([
      ['总结', '总结', undefined, 7],
    ]);
    // A recap too long for one slide is shared out evenly, not six points and one.
    const long = buildDeck(
      parseArticle(articleWith(seven), 'a.md'),
      parseSpec(`sections:\n  第一节:\n    points: [${'长'.repeat(40)}]\n`, 'deck.yaml'),
    );
    expect(long.slides.flatMap((s) => (s.kind === 'summary' ? [s.points.length] : []))).toEqual([4, 3]);
    // Curated points continue over slides: the title stays the summary's own; the part is the
    // slide's place among them.
    const curated = buildDeck(
      parseArticle(articleWith(seven), 'a.md'),
      parseSpec(
        `summary:\n  title: 回顾\n  points:\n${seven.map((h) => `    - ${h}\n`).join('')}`,
        'deck.yaml',
      ),
    );
    expect(curated.slides.flatMap((s) => (s.kind === 'summary' ? [[s.title, s.part?.index]] : []))).toEqual([
      ['回顾', 1],
      ['回顾', 2],
    ]);
  });

  it('takes a summary’s points without its title, or its title without points, as it does the introduction’s', () => {
    const summaryOf = (yaml: string) =>
      buildDeck(
        parseArticle(articleWith(['天气', '树种']), 'a.md'),
        parseSpec(yaml, 'deck.yaml'),
      ).slides.flatMap((s) => (s.kind === 'summary' ? [[s.title, s.points]] : []));
    expect(summaryOf('summary:\n  points: [叶子变红是因为花青素]\n')).toEqual([
      ['总结', ['叶子变红是因为花青素']],
    ]);
    const [[title, points]] = summaryOf('summary:\n  title: 回顾\n') as [[string, string[]]];
    expect(title).toBe('回顾');
    expect(points.map((p) => p.split('：')[0])).toEqual(['天气', '树种']);
  });

  it('refuses a summary point too long for a slide, at its line', () => {
    const yaml = `summary:\n  title: 回顾\n  points:\n    - 短的一点\n    - ${'很长'.repeat(61)}\n`;
    expect(buildError(articleWith(['天气']), yaml).message).toBe(
      'deck.yaml:5:7: a point of the summary has 122 characters; at most 120 fit a slide',
    );
  });

  /** The deck of an article with one section, 咖啡, and this spec. */
  const coffeeDeck = (yaml: string): Deck =>
    buildDeck(parseArticle(articleWith(['咖啡']), 'a.md'), parseSpec(yaml, 'deck.yaml'));

  it('continues a table too long for one slide on the next, each part with the column names and a numbered title', () => {
    const drinks = ['美式', '拿铁', '浓缩', '红茶', '绿茶', '奶茶', '可乐', '能量饮料', '热可可'];
    const yaml = [
      'sections:',
      '  咖啡:',
      '    table:',
      '      title: 常见饮品的咖啡因',
      '      cue: 先看咖啡。',
      '      columns: [饮品, 咖啡因]',
      '      rows:',
      ...drinks.map((d, i) => `        - [${d}, 约 ${(i + 1) * 10} 毫克]`),
    ].join('\n');
    const tables = coffeeDeck(yaml).slides.filter((s) => s.kind === 'table');
    expect(
      tables.map((s) => s.kind === 'table' && [s.id, s.title, s.part, s.columns, s.rows.length, s.notes.cue]),
    ).toEqual([
      ['咖啡-表格', '常见饮品的咖啡因', { index: 1, total: 2 }, ['饮品', '咖啡因'], 5, '先看咖啡。'],
      ['咖啡-表格-2', '常见饮品的咖啡因', { index: 2, total: 2 }, ['饮品', '咖啡因'], 4, undefined],
    ]);
    expect(tables.flatMap((s) => (s.kind === 'table' ? s.rows.map((r) => r[0]) : []))).toEqual(drinks);
    // A table is called a comparison in its id only where its title says it compares.
    const compared = coffeeDeck(yaml.replace('常见饮品的咖啡因', '咖啡与茶的咖啡因对比'));
    expect(compared.slides.filter((s) => s.kind === 'table').map((s) => s.id)).toEqual([
      '咖啡-对比',
      '咖啡-对比-2',
    ]);
  });

  it('gives a note to the last slide of what it notes, after all its words, and the cue to the first', () => {
    const drinks = ['美式', '拿铁', '浓缩', '红茶', '绿茶', '奶茶', '可乐', '能量饮料', '热可可'];
    const deck = coffeeDeck(
      [
        'intro:',
        '  cue: 先问大家。',
        '  note: 文中的数字是十年前的。',
        'sections:',
        '  咖啡:',
        '    cue: 举起一杯咖啡。',
        '    note: 此说没有出处。',
        '    points:',
        ...drinks.map((d) => `      - ${d}的咖啡因含量各不相同`),
        '    table:',
        '      title: 常见饮品',
        '      note: 含量因做法而异。',
        '      columns: [饮品, 咖啡因]',
        '      rows:',
        ...drinks.map((d, i) => `        - [${d}, 约 ${(i + 1) * 10} 毫克]`),
      ].join('\n'),
    );
    const notesOf = (kind: Slide['kind']) =>
      deck.slides.filter((s) => s.kind === kind).map(({ notes: { cue, note } }) => ({ cue, note }));
    expect(notesOf('intro')).toEqual([{ cue: '先问大家。', note: '文中的数字是十年前的。' }]);
    // The section's points and its table each go on over two slides.
    expect(notesOf('points')).toEqual([
      { cue: '举起一杯咖啡。', note: undefined },
      { cue: undefined, note: '此说没有出处。' },
    ]);
    expect(notesOf('table')).toEqual([
      { cue: undefined, note: undefined },
      { cue: undefined, note: '含量因做法而异。' },
    ]);
    expect(() => parseSpec('intro:\n  note: [一, 二]\n', 'deck.yaml')).toThrow(
      'deck.yaml:2:3: intro.note: expected a text',
    );
  });

  it('refuses markdown or HTML in the spec’s texts, which the slides would show mark by mark', () => {
    const refused = (text: string) => () =>
      parseSpec(`sections:\n  天气:\n    points:\n      - ${JSON.stringify(text)}\n`, 'deck.yaml');
    expect(refused('**气象站**遍布全国')).toThrow(
      "deck.yaml:4:9: sections.天气.points.0: the spec's texts are shown as written, so bold markup (**…** or __…__) would show its marks on the slide",
    );
    expect(refused('气象站遍布[全国](https://x.com)')).toThrow(/points\.0: .* so a markdown link would/);
    expect(refused('<b>气象站</b>很多')).toThrow(/points\.0: .* so an HTML tag would/);
    expect(refused('输入 `AT+CGMI`')).toThrow(/points\.0: .* so a backtick \(markdown code\) would/);
    // Comparisons, blanks to fill and addresses are no markup.
    for (const plain of [
      '误差 <1 mm，a*b 与 2<3>1',
      '当 x<y 且 y>z 时成立',
      '带宽<a 与 b>之和',
      '填空：____',
    ])
      expect(() => refused(plain)(), plain).not.toThrow();
    expect(
      parseSpec('sources:\n  - text: 维基\n    url: https://example.org/wiki/A__B\n', 'deck.yaml').sources,
    ).toEqual([{ text: '维基', url: 'https://example.org/wiki/A__B' }]);
  });

  it('gives the introduction’s note and cue to the cover when the introduction makes no slide of its own, and refuses its title', () => {
    const article = parseArticle(
      '# 标题\n\n[查看原文](https://example.com/a)\n\n### 咖啡\n\n咖啡提神。\n',
      'a.md',
    );
    const deck = buildDeck(
      article,
      parseSpec('intro:\n  note: 原文已更新。\n  cue: 先问观众喝不喝咖啡。\n', 'deck.yaml'),
    );
    expect(deck.slides.some((s) => s.kind === 'intro')).toBe(false);
    expect(deck.slides[0]?.notes).toMatchObject({
      note: '原文已更新。',
      cue: '开场：点出题目，说明接下来要讲的内容。先问观众喝不喝咖啡。',
    });
    expect(deck.slides[0]?.notes.paragraphs.map((p) => p.text)).toEqual(['查看原文']);
    // Said one after the other, each a sentence of its own.
    const ownOpening = buildDeck(
      article,
      parseSpec('openingCue: 先自我介绍\nintro:\n  cue: 问问大家喝不喝咖啡\n', 'deck.yaml'),
    );
    expect(ownOpening.slides[0]?.notes.cue).toBe('先自我介绍。问问大家喝不喝咖啡');
    expect(() => buildDeck(article, parseSpec('intro:\n  title: 开场白\n', 'deck.yaml'))).toThrow(
      'deck.yaml:2:3: intro.title: the introduction makes no slide to title (it makes no point, as 查看原文 alone)',
    );
  });

  it('refuses a table whose rows would wrap, at the row that makes it too wide, naming its widest cells', () => {
    const table = (columns: string, rows: readonly string[]): string =>
      [
        'sections:',
        '  咖啡:',
        '    table:',
        '      title: 表',
        `      columns: ${columns}`,
        '      rows:',
        ...rows,
      ].join('\n');
    const rows = ['        - [拿铁, 短, 短]', `        - [美式, ${'说'.repeat(17)}, ${'源'.repeat(18)}]`];
    expect(buildError(articleWith(['咖啡']), table('[饮品, 说明, 来源]', rows)).message).toBe(
      'deck.yaml:8:11: the table of section "咖啡" is too wide for one line a row: with this row, its widest cells (one a column) hold 2 + 17 + 18 = 37 characters; at most 36 fit across the slide with 3 columns',
    );
    // Two columns leave more room for text than three; the column names count too.
    expect(
      buildError(
        articleWith(['咖啡']),
        table(`[${'列'.repeat(19)}, ${'列'.repeat(19)}]`, ['        - [甲, 乙]']),
      ).message,
    ).toBe(
      'deck.yaml:5:7: the table of section "咖啡" is too wide for one line a row: its column names hold 19 + 19 = 38 characters; at most 37 fit across the slide with 2 columns',
    );
  });

  it('lists what the article links to as its sources when the spec lists none, each address once', () => {
    const article = parseArticle(
      [
        '# 红叶为什么会变红',
        '',
        '据[中国科普博览](https://www.kepu.net.cn/leaves/)介绍，秋天到了。',
        '',
        '### 天气',
        '',
        `见[中国科普博览](https://www.kepu.net.cn/leaves/)和[${'很长的名字'.repeat(20)}](https://example.org/a/very/long/path/that/goes/on/and/on/and/on)，或[写信](mailto:a@b.cn)。`,
        '',
      ].join('\n'),
      'a.md',
    );
    const items = (spec: DeckSpec) =>
      buildDeck(article, spec).slides.flatMap((s) =>
        s.kind === 'sources' ? s.items.map((item) => item.text) : [],
      );
    const derived = items(emptySpec());
    expect(derived.slice(0, 2)).toEqual(['原文：《红叶为什么会变红》', '中国科普博览（kepu.net.cn/leaves）']);
    // A long one is named by its host and its words cut to fit two lines; an e-mail is no source.
    expect(derived).toHaveLength(3);
    expect(derived[2]).toMatch(/^很长的名字.*……（example\.org）$/);
    expect(length(derived[2] ?? '')).toBeLessThanOrEqual(76);
    // The spec's own sources are taken instead.
    expect(items(parseSpec('sources:\n  - 《植物学》\n', 'deck.yaml'))).toEqual([
      '原文：《红叶为什么会变红》',
      '《植物学》',
    ]);
  });

  it('takes a spec’s source with the address it leads to, refusing one that is no web address, at its line', () => {
    const yaml = [
      'sources:',
      '  - 3GPP TS 33.102：3G 安全架构',
      '  - text: GSMA SGP.22：RSP 技术规范',
      '    url: https://www.gsma.com/esim/sgp-22/',
    ].join('\n');
    const deck = buildDeck(parseArticle(articleWith(['咖啡']), 'a.md'), parseSpec(yaml, 'deck.yaml'));
    expect(deck.slides.flatMap((s) => (s.kind === 'sources' ? s.items : []))).toEqual([
      { text: '原文：《红叶为什么会变红》' },
      { text: '3GPP TS 33.102：3G 安全架构' },
      { text: 'GSMA SGP.22：RSP 技术规范', url: 'https://www.gsma.com/esim/sgp-22/' },
    ]);
    expect(() => parseSpec(yaml.replace('https://', ''), 'deck.yaml')).toThrow(
      'deck.yaml:4:5: sources.1.url: "www.gsma.com/esim/sgp-22/" is not a web address; write it in full, from https://',
    );
    expect(() => parseSpec(yaml.replace('    url:', '    link:'), 'deck.yaml')).toThrow(
      'deck.yaml:4:5: sources.1.link: unknown key "link"; expected one of text, url',
    );
    // A source YAML reads as a key and a value is still told to be quoted, not to name a url.
    expect(() => parseSpec('sources:\n  - GSMA SGP.22: RSP\n', 'deck.yaml')).toThrow(
      'deck.yaml:2:5: sources.0: expected a text, but YAML reads GSMA SGP.22: RSP as a key and a value',
    );
  });

  it('lists an address the article writes out, as it lists a link with words', () => {
    expect(
      derivedSources(['# 学 Git', '', '### 安装', '', 'Windows用户可以从https://git-scm.com/download下载。']),
    ).toEqual(['原文：《学 Git》', 'git-scm.com/download']);
  });

  it('names a link whose words are its own address once on the sources slide, not twice', () => {
    expect(
      derivedSources([
        '# 学外语',
        '',
        '### 工具',
        '',
        '我用Anki（官网：[apps.ankiweb.net](https://apps.ankiweb.net)），也看[WWW.Example.org/Guide/](http://example.org/guide)。',
      ]),
    ).toEqual(['原文：《学外语》', 'apps.ankiweb.net', 'example.org/guide']);
  });

  it('gives the original’s line the address the article links to as 查看原文, listing it no second time', () => {
    const article = parseArticle(
      [
        '# 红叶为什么会变红',
        '',
        '秋天到了。[查看原文](https://www.kepu.net.cn/leaves/)',
        '',
        '### 天气',
        '',
        '见[中国科普博览](https://kepu.net.cn/leaves)和[气象局](https://www.cma.gov.cn/)。',
        '',
        '### 结语',
        '',
        '想看红叶要挑对时候，见[赏叶地图](https://example.org/map)。',
      ].join('\n'),
      'a.md',
    );
    const items = buildDeck(article, emptySpec()).slides.flatMap((s) =>
      s.kind === 'sources' ? s.items : [],
    );
    // A citation's 原文 (the words of another page) is a source of its own, not the original.
    const cited = parseArticle(
      '# 标题\n\n据报道（[原文](https://news.example/a)）。\n\n### 一节\n\n正文。\n',
      'a.md',
    );
    expect(
      buildDeck(cited, emptySpec()).slides.flatMap((s) => (s.kind === 'sources' ? s.items : [])),
    ).toEqual([
      { text: '原文：《标题》' },
      { text: '原文（news.example/a）', url: 'https://news.example/a' },
    ]);
    // The closing conclusion is the summary now, and its link is a source all the same. Each
    // names its host and leads to its address.
    expect(items).toEqual([
      { text: '原文：《红叶为什么会变红》（kepu.net.cn/leaves）', url: 'https://www.kepu.net.cn/leaves/' },
      { text: '气象局（cma.gov.cn）', url: 'https://www.cma.gov.cn/' },
      { text: '赏叶地图（example.org/map）', url: 'https://example.org/map' },
    ]);
  });

  it('makes no point of a paragraph that is only a link, keeping it in the notes beside its neighbour', () => {
    const article = parseArticle(
      [
        '# 红叶为什么会变红',
        '',
        '[视频](https://example.org/v)',
        '',
        '秋天到了，叶子变色。',
        '',
        '### 天气',
        '',
        '天气冷了，叶绿素分解。',
        '',
        '[气象局](https://www.cma.gov.cn/)，[科普](https://example.org/k)。',
        '',
        '昼夜温差大，花青素多。',
        '',
        '### 链接',
        '',
        '- [植物学](https://example.org/p)',
        '- [生态学](https://example.org/e)',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const slide = (kind: string, heading?: string) =>
      deck.slides.find(
        (s) => s.kind === kind && (!heading || (s.kind === 'points' && s.heading === heading)),
      );
    const intro = slide('intro');
    expect(intro?.kind === 'intro' && intro.points).toEqual(['秋天到了，叶子变色']);
    // A link first goes with the paragraph after it; a link later, with the one before.
    expect(intro?.notes.paragraphs.map((p) => p.text)).toEqual(['视频', '秋天到了，叶子变色。']);
    const weather = slide('points', '天气');
    expect(pointsOf(weather as Slide)).toEqual(['天气冷了，叶绿素分解', '昼夜温差大，花青素多']);
    expect(weather?.notes.paragraphs.map((p) => p.text)).toEqual([
      '天气冷了，叶绿素分解。',
      '气象局，科普。',
      '昼夜温差大，花青素多。',
    ]);
    // A section of links only shows them.
    expect(pointsOf(slide('points', '链接') as Slide)).toEqual(['植物学', '生态学']);
    expectSound(deck, article);
  });

  it('makes no point of a stray mark or a lone numeral, and looks past a lead of a word or two', () => {
    const article = parseArticle(
      [
        '# 挑西瓜',
        '',
        '夏天到了，西瓜上市。',
        '',
        '### 看',
        '',
        '**一、**',
        '',
        '是的。纹路清晰的瓜更熟。',
        '',
        '“',
        '',
        '为什么？因为藤蔓枯了才是熟透的信号。',
        '',
        '### 拍',
        '',
        '- 甲',
        '- 乙',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const look = deck.slides.find((s) => s.kind === 'points' && s.heading === '看');
    expect(pointsOf(look as Slide)).toEqual(['纹路清晰的瓜更熟', '因为藤蔓枯了才是熟透的信号']);
    // The mark and the numeral stay in the notes, beside their neighbours.
    expect(look?.notes.paragraphs.map((p) => p.text)).toEqual([
      '一、',
      '是的。纹路清晰的瓜更熟。',
      '“',
      '为什么？因为藤蔓枯了才是熟透的信号。',
    ]);
    // A list's items may be a word each.
    const pat = deck.slides.find((s) => s.kind === 'points' && s.heading === '拍');
    expect(pointsOf(pat as Slide)).toEqual(['甲', '乙']);
    expectSound(deck, article);
    // Two sections are 两个部分.
    expect(deck.slides.find((s) => s.kind === 'agenda')?.notes.cue).toBe('本次分享分为两个部分。');
  });

  it('keeps a short lead that says something, and makes no point of a lone number or a word before a link', () => {
    const article = parseArticle(
      [
        '# 标题',
        '',
        '### 一节',
        '',
        '**10.**',
        '',
        '我饿了。然后我们去吃饭。',
        '',
        '见[原文](https://example.org/a)。',
        '',
        '### 二节',
        '',
        '[官网](https://example.org/b)',
        '',
        '“',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const points = (heading: string) =>
      pointsOf(deck.slides.find((s) => s.kind === 'points' && s.heading === heading) as Slide);
    expect(points('一节')).toEqual(['我饿了']);
    // Links and a stray mark: the link is what there is to show; the mark goes in the notes.
    expect(points('二节')).toEqual(['官网']);
    expectSound(deck, article);
  });

  it('makes no point of a chatty writer’s exclamations, announcements and sign-off, but of what they lead to', () => {
    const article = parseArticle(
      [
        '# 空调省电',
        '',
        '姐妹们！！我上个月电费四百多，整个人都不好了。',
        '',
        '### 26℃最省电吗？',
        '',
        '空调耗电的多少，主要看室内外的温差。',
        '',
        '但是！如果外面只有28℃，开个风扇可能就够了。',
        '',
        '还有一个冷知识！遥控器上显示的温度，是出风口附近测到的温度。',
        '',
        '### 开着还是关掉？',
        '',
        '这个真的要分情况！！现在的空调大部分都是变频的，短时间出门不用关。',
        '',
        '好啦，今天就分享到这里！',
        '',
        '### 燃气和空气',
        '',
        '燃气泄漏时能开灯检查吗？绝对不行！',
        '',
        '每年死于空气污染相关疾病的人数超过700万，令人吃惊。',
        '',
        '**注意！**开窗通风，不要碰开关。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const intro = deck.slides.find((s) => s.kind === 'intro');
    expect(intro?.kind === 'intro' && intro.points).toEqual(['我上个月电费四百多，整个人都不好了']);
    expect(deck.slides.filter((s) => s.kind === 'points').map(pointsOf)).toEqual([
      [
        '空调耗电的多少，主要看室内外的温差',
        '如果外面只有28℃，开个风扇可能就够了',
        '遥控器上显示的温度，是出风口附近测到的温度',
      ],
      ['现在的空调大部分都是变频的，短时间出门不用关'],
      // An exclamation that answers (with the question it answers), a finding that says it
      // surprises, and a label say something.
      [
        '燃气泄漏时能开灯检查吗？绝对不行！',
        '每年死于空气污染相关疾病的人数超过700万，令人吃惊',
        '注意：开窗通风，不要碰开关',
      ],
    ]);
    expectSound(deck, article);
  });

  it('shows a warning word written as a sentence of its own as the label of what it warns of, bold or not', () => {
    const article = parseArticle(
      [
        '# 密码管理器',
        '',
        '### 导入旧密码',
        '',
        '注意！导入完成后，一定要把那个CSV文件彻底删除，它里面的密码是明文的。',
        '',
        '特别提醒：主密码一旦忘记，谁也帮你找不回来。',
        '',
        '**注意！**开窗通风，不要碰开关。',
        '',
        '### 冬天用车',
        '',
        '注意！冬季用车建议做到以下三点：一是出发前用App预热电池；二是尽量把车停在地下车库；三是电量不要长期低于20%。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').map(pointsOf)).toEqual([
      [
        '注意：导入完成后，一定要把那个CSV文件彻底删除，它里面的密码是明文的',
        '特别提醒：主密码一旦忘记，谁也帮你找不回来',
        '注意：开窗通风，不要碰开关',
      ],
      [
        '注意：冬季用车建议做到以下三点',
        '1. 出发前用App预热电池',
        '2. 尽量把车停在地下车库',
        '3. 电量不要长期低于20%',
      ],
    ]);
    expectSound(deck, article);
  });

  it('shows the topic an announcement names (再说亚硝酸盐。) as the label of what follows, which may only say 它', () => {
    const article = parseArticle(
      [
        '# 添加剂',
        '',
        '### 两个名字',
        '',
        '先说阿斯巴甜。世卫组织把它列为“2B类可能致癌物”。',
        '',
        '再说亚硝酸盐。它在腊肉里用作护色剂和防腐剂。',
        '',
        // A count or a pointer is no topic: the announcement stays out of the point.
        '再来看几个数字。每天要喝9到14罐才会超标。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').flatMap(pointsOf)).toEqual([
      '阿斯巴甜：世卫组织把它列为“2B类可能致癌物”',
      '亚硝酸盐：它在腊肉里用作护色剂和防腐剂',
      '每天要喝9到14罐才会超标',
    ]);
    expectSound(deck, article);
  });

  it('makes no point of a forum greeting, a most-asked remark, 原因如下。, a transition or a sign-off with a farewell, a wish or the next issue, and drops 简单说 and 需要注意 from a point', () => {
    const article = parseArticle(
      [
        '# 学外语',
        '',
        '谢邀。坐标上海，30岁开始自学日语，两年过了N2。',
        '',
        '### 年纪大了还能学好吗？',
        '',
        '这是被问得最多的问题。成年人学语言，理解和总结规律的能力反而更强。',
        '',
        '简单说，成年人的优势在于会总结规律。',
        '',
        '说完优势，再来看时间。',
        '',
        '### 为什么越学越累？',
        '',
        '原因如下。',
        '',
        '目标定得太大，每天背一百个单词，三天就放弃了。',
        '',
        '需要注意，休息不够的时候，记忆效率会明显下降。',
        '',
        '### 结语',
        '',
        '语言是一辈子的事，慢慢来就好。',
        '',
        '好啦，今天就唠到这里，有问题评论区见～',
        '',
        '以上，祝大家都能坚持下去～',
        '',
        '好啦，今天就聊到这里，祝大家都能喝到自己最喜欢的那一杯～',
        '',
        '我又来了。下期想聊聊多肉，想看的扣个1～',
        '',
        '好啦，今天就写到这里～如果你家宝宝也刚入园，欢迎在评论区聊聊你们的故事，我们一起加油！',
        '',
        '下次蒸馒头的时候，不妨把这篇文章放在手边，一步一步来。',
        '',
        '写到这里，希望下次导航的小蓝点乱跑时，你能想起那些卫星。有问题欢迎留言，我尽量一个个回复。',
        '',
        '好了，流水账就写到这里。你家猫主子有什么怪癖？评论区聊聊～',
        '',
        '祝你早日挂上单杠，把自己拉起来！',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const intro = deck.slides.find((s) => s.kind === 'intro');
    expect(intro?.kind === 'intro' && intro.points).toEqual(['坐标上海，30岁开始自学日语，两年过了N2']);
    expect(deck.slides.filter((s) => s.kind === 'points' || s.kind === 'summary').map(pointsOf)).toEqual([
      ['成年人学语言，理解和总结规律的能力反而更强', '成年人的优势在于会总结规律'],
      ['目标定得太大，每天背一百个单词，三天就放弃了', '休息不够的时候，记忆效率会明显下降'],
      ['语言是一辈子的事，慢慢来就好'],
    ]);
    expectSound(deck, article);
  });

  it('says a paragraph that opens on its step and a name (步骤三：切片。 第二，拉丝。 其次是看数据。 一是订阅瘦身。 错误一：…。) with the sentence after the name', () => {
    const article = parseArticle(
      [
        '# 3D打印',
        '',
        '### 第一次打印',
        '',
        '步骤一：调平热床。这一步决定了第一层能不能粘牢。',
        '',
        '步骤二：切片。用切片软件把模型转换成G-code。',
        '',
        '### 常见的坑',
        '',
        '第一，第一层不粘。解决办法是重新调平、清洁平台。',
        '',
        '第二，拉丝。一般是温度太高，把喷头温度降5～10℃试试。',
        '',
        '第三，大平面的模型边角容易翘起来。给打印机加个罩子保温。',
        '',
        // A sentence of clauses after its ordinal says its point itself.
        '第四，平台太脏的时候，模型会整个脱落。用酒精擦一擦平台。',
        '',
        '### 日常维护',
        '',
        '最主要的是清洗。积灰会让发电量下降约8%。',
        '',
        '其次是看数据。逆变器的App能看到每天的发电量。',
        '',
        '错误一：冬天穿着厚羽绒服坐座椅。撞击时羽绒服被压扁，安全带就松了。',
        '',
        '一是订阅瘦身。7个自动续费关掉了5个，每月省下156元。',
        '',
        '### 合同',
        '',
        // Cut short, what the step says keeps the step's name.
        '第三，合同怎么签。这几年农村光伏市场比较乱，有一种很常见的模式叫“光伏贷”：业务员上门说“不用花一分钱”，但实际上是以你的名义在银行贷了一笔款。',
        '',
        '第四，电费怎么算。按当地电价结算。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').map(pointsOf)).toEqual([
      ['步骤一：调平热床；这一步决定了第一层能不能粘牢', '步骤二：切片；用切片软件把模型转换成G-code'],
      [
        '第一，第一层不粘：解决办法是重新调平、清洁平台',
        '第二，拉丝：一般是温度太高，把喷头温度降5～10℃试试',
        '第三，大平面的模型边角容易翘起来：给打印机加个罩子保温',
        '第四，平台太脏的时候，模型会整个脱落',
      ],
      [
        '最主要的是清洗：积灰会让发电量下降约8%',
        '其次是看数据：逆变器的App能看到每天的发电量',
        '错误一：冬天穿着厚羽绒服坐座椅；撞击时羽绒服被压扁，安全带就松了',
        '一是订阅瘦身：7个自动续费关掉了5个，每月省下156元',
      ],
      [
        '第三，合同怎么签：这几年农村光伏市场比较乱，有一种很常见的模式叫“光伏贷”：业务员上门说“不用花一分钱”，但实际上是以你的名义在银行贷了一笔款',
        '第四，电费怎么算：按当地电价结算',
      ],
    ]);
    expectSound(deck, article);
  });

  it('says a reassurance with the warning the next sentence turns to, never the reassurance alone', () => {
    expect(
      firstDerivedPoints([
        '# 失眠',
        '',
        '### 什么时候该去看医生？',
        '',
        '偶尔睡不好，不必担心。但如果每周三晚以上睡不着，建议就诊。',
        '',
        '白天犯困是正常的。不过一坐下就睡着，就要查一查是不是呼吸暂停。',
        '',
        // Without a turn, the reassurance is the point.
        '做梦多不必担心。几乎每个人每晚都会做梦。',
        '',
      ]),
    ).toEqual([
      '偶尔睡不好，不必担心；但如果每周三晚以上睡不着，建议就诊',
      '白天犯困是正常的；不过一坐下就睡着，就要查一查是不是呼吸暂停',
      '做梦多不必担心：几乎每个人每晚都会做梦',
    ]);
  });

  it('makes no point of a sentence that only promises a surprise or several answers, but of what they are', () => {
    const article = parseArticle(
      [
        '# 微塑料',
        '',
        '### 来源',
        '',
        '如果你以为微塑料主要来自塑料瓶，那么一些研究的结论可能会让你感到意外。约35%来自合成纺织品脱落的纤维。',
        '',
        '### 去向',
        '',
        '目前的研究给出了几个可能的答案（它们并不相互排斥）。许多微塑料会被浮游生物摄入，随粪便沉入海底。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').map(pointsOf)).toEqual([
      ['约35%来自合成纺织品脱落的纤维'],
      ['许多微塑料会被浮游生物摄入，随粪便沉入海底'],
    ]);
    expectSound(deck, article);
  });

  it('keeps who speaks, by a name or title of a few letters, as the label of a quotation cut to fit, after its first sentence where that fills half the room', () => {
    const points = sectionPoints([
      '李明医生说：“舒张压升高在中青年人里很常见，往往和肥胖、熬夜、饮酒有关，它同样会损伤血管，不能因为年轻就掉以轻心。”',
      '律师张明告诉记者：“商家以‘拆了外包装’为由一刀切地拒绝退货，是没有法律依据的。消费者如果遇到这种情况，可以保存好聊天记录和商品照片，向平台或者监管部门投诉。”',
      '有一位在这个行业里做了二十多年、见过各种各样情况的他说：“这一行最难的是坚持，坚持下来的人才能看到行业真正的变化。”',
    ]);
    expect(points[0]).toBe(
      '李明医生：“舒张压升高在中青年人里很常见，往往和肥胖、熬夜、饮酒有关，它同样会损伤血管……”',
    );
    expect(points[1]).toBe('律师张明：“商家以‘拆了外包装’为由一刀切地拒绝退货，是没有法律依据的……”');
    // A pronoun is no label: the quotation stands alone.
    expect(points[2]).toMatch(/^“这一行最难的是坚持/u);
  });

  it('says what many people do, thinking it right (很多人把…，觉得…), with the sentence that calls it a myth and what is right after it, and recaps no answer from it', () => {
    const article = parseArticle(
      [
        '# 灭火器',
        '',
        '### 放在哪里？',
        '',
        '很多人把灭火器锁在储物间里，觉得既安全又不占地方。这恰恰是个误区。灭火器应该放在显眼、拿取方便的地方，比如厨房门口。',
        '',
        '### 怎么用？',
        '',
        '拔掉保险销，握住喷管，对准火焰根部按下压把。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    // With what is right, after that: alone, 这恰恰是个误区 leaves the reader no wiser.
    expect(deck.slides.filter((s) => s.kind === 'points').map(pointsOf)[0]).toEqual([
      '很多人把灭火器锁在储物间里，觉得既安全又不占地方；这恰恰是个误区：灭火器应该放在显眼、拿取方便的地方，比如厨房门口',
    ]);
    // What people concluded (人们…，认为…) is no belief acted on: a recap answers with it.
    const concluded = buildDeck(
      parseArticle(
        '# 吸烟\n\n### 吸烟为什么有害？\n\n人们经过几十年的追踪研究，认为吸烟是导致肺癌的首要原因。\n\n### 怎么戒？\n\n先定一个戒烟日。\n',
        'a.md',
      ),
      emptySpec(),
    );
    expect(pointsOf(concluded.slides.find((s) => s.kind === 'summary') as Slide)[0]).toContain('认为吸烟');
    // The recap does not give what the section calls a myth as the answer to its question.
    const recap = pointsOf(deck.slides.find((s) => s.kind === 'summary') as Slide);
    expect(recap[0]).toBe('放在哪里？');
  });

  it('labels a quotation whose speaker is described at length with the title and name the description ends on', () => {
    const points = sectionPoints([
      '北方某汽车俱乐部负责人王磊说：“我们去年组织车友在哈尔滨实测，零下20摄氏度时，一辆标称续航520公里的车，上高速只跑了260公里左右。冬季长途出行前，最好按标称续航‘打对折’来规划充电。”',
      '银行理财经理李敏提醒：“开户红包再诱人，也要先想清楚，这笔钱未来几十年你确实用不着。如果手头的应急资金都不宽裕，千万别为了领个红包就把钱存进去。”',
      '小学班主任王老师说：“完全禁止的孩子，到了同学家里反而会‘报复性’地玩；但完全放任的孩子，注意力问题确实更明显。我见过最好的情况，是家长和孩子一起定规矩，并且家长自己也遵守，这样孩子才会心服口服。”',
    ]);
    expect(points[0]).toMatch(/^负责人王磊：“我们去年组织车友在哈尔滨实测/u);
    // With the word before the title, where the label stays short.
    expect(points[1]).toMatch(/^理财经理李敏：“开户红包再诱人/u);
    // A title is a word of its own: 班主任, not 主任.
    expect(points[2]).toMatch(/^班主任王老师：“完全禁止的孩子/u);
    // So is one named in the clause before and then said to speak as 他 or 她; not 他 himself.
    const named = sectionPoints([
      '地铁司机李建国已经开了十几年地铁，他说：“以前全靠手动对标，新手司机停车经常差个一两米，得一点点往前挪。现在系统帮了大忙，但我们每天出车前还是要反复检查，一点都不能马虎。”',
      '他已经开了十几年车，他说：“以前全靠手动对标，新手停车经常差个一两米，得一点点往前挪。现在系统帮了大忙，但我们每天出车前还是要反复检查，一点都不能马虎。”',
    ]);
    expect(named[0]).toMatch(/^司机李建国：“以前全靠手动对标/u);
    // Two descriptions joined by 、: the last title and the name (理事陈立平).
    expect(
      sectionPoints([
        '某三甲医院睡眠医学中心主任医师、中国睡眠研究会理事陈立平说：“对大多数成年人来说，午睡控制在15到30分钟最合适，最好不要超过半小时。睡前可以定个闹钟，醒来后站起来走动一下，用冷水洗把脸，很快就能恢复状态。”',
      ])[0],
    ).toMatch(/^理事陈立平：“对大多数成年人来说/u);
    expect(named[1]).not.toMatch(/^他：/u);
    // Many who speak at once, or a title and an adverb, name no one: no label.
    expect(
      sectionPoints([
        '参加研讨会的多位资深专家纷纷表示：“这类产品的宣传普遍夸大了效果，消费者购买时一定要看清楚检测报告，不要只听销售人员的一面之词。更不要被所谓的限时优惠冲昏头脑，买回家后发现用不上，再想退货就难了，很多人都吃过这样的亏。”',
        '检测报告要看清楚出具机构。',
        '限时优惠大多是营销手段。',
      ])[0],
    ).toMatch(/^“这类产品/u);
  });

  it('says an answer named with 答案就是 after its question, and a short one with the sentence that says why', () => {
    expect(
      sectionPoints([
        '说了这么多固态硬盘的好处，机械硬盘为什么还没被淘汰？答案就是价格和容量。按每TB的价格算，机械硬盘仍明显低于固态硬盘，大容量型号尤其如此。',
        '说了这么多优点，电动车为什么还没普及？答案就是充电桩还远远不够用。很多老小区根本装不了充电桩。',
      ]),
    ).toEqual([
      '机械硬盘为什么还没被淘汰？价格和容量：按每TB的价格算，机械硬盘仍明显低于固态硬盘，大容量型号尤其如此',
      // An answer that says enough itself stands after its question alone.
      '电动车为什么还没普及？充电桩还远远不够用',
    ]);
  });

  it('says a lead that only calls the step the most important (这一步最容易被忽视，却最关键。) with what the step is', () => {
    expect(
      sectionPoints([
        '这一步最容易被忽视，却最关键。签约前，要请房东出示房产证（或不动产权证书）和身份证原件，并核对两者上的姓名是否一致。如果对方不是产权人本人，就要查看产权人签字的委托书。',
        '为什么要这么麻烦？因为近年来“二房东”跑路的事件屡见不鲜。有的人从房东手里租下房子，再加价转租给多个租客，收了一年房租后就消失了。',
      ]),
    ).toEqual([
      '这一步最容易被忽视，却最关键：签约前，要请房东出示房产证（或不动产权证书）和身份证原件，并核对两者上的姓名是否一致',
      '为什么要这么麻烦？因为近年来“二房东”跑路的事件屡见不鲜',
    ]);
  });

  it('says a misconception named and no more with what sets it right: its correction, what the paragraph says to do, or why it is wrong', () => {
    expect(
      sectionPoints([
        '还有一种常见误区是“血压正常了就停药”。很多人吃了一段时间药，量出来的血压正常，就自行停药，结果血压很快反弹，忽高忽低的血压波动对血管的损伤反而更大。需要提醒的是，减药、换药或停药，都必须在医生指导下进行。',
        '一个常见的误区是“喝骨头汤能补钙”。其实骨头里的钙很难溶进汤里，一碗骨头汤的含钙量还不到一杯牛奶的十分之一。',
        '很多人存在一个误区：感冒了就要吃抗生素。抗生素只对细菌有效，而大多数感冒是病毒引起的。',
        // Past the myth restated (很多老人认为…) and a guess at its origin (这应该是…).
        '一个常见误区是“发烧就要捂汗”。很多老人认为孩子必须捂出一身汗才会好。这样做反而会让体温更高。',
        '一个常见的误区是“骨头汤补钙”。这应该是受了“以形补形”的影响。骨头里的钙其实很难溶进汤里。',
      ]),
    ).toEqual([
      '还有一种常见误区是“血压正常了就停药”；减药、换药或停药，都必须在医生指导下进行',
      '一个常见的误区是“喝骨头汤能补钙”；其实骨头里的钙很难溶进汤里……',
      '很多人存在一个误区：感冒了就要吃抗生素；抗生素只对细菌有效，而大多数感冒是病毒引起的',
      '一个常见误区是“发烧就要捂汗”；这样做反而会让体温更高',
      '一个常见的误区是“骨头汤补钙”；骨头里的钙其实很难溶进汤里',
    ]);
  });

  it('says an answer that only says where it lies (答案藏在…), last in its paragraph, with the question it answers', () => {
    expect(
      sectionPoints([
        '那问题就来了：既然重力还在，而且还挺大，宇航员为什么会飘？答案藏在空间站的运动方式里。',
        // With a sentence after it, it opens that, as any teaser does.
        '宇航员为什么会飘？答案藏在空间站的运动方式里。它以每秒7.7公里飞行。',
      ]),
    ).toEqual([
      '宇航员为什么会飘？答案藏在空间站的运动方式里',
      '宇航员为什么会飘？答案藏在空间站的运动方式里：它以每秒7.7公里飞行',
    ]);
  });

  it('says the questions a paragraph asks, not the sentence that only takes them up (带着这些问题，我们请教了…)', () => {
    expect(
      sectionPoints([
        '那么，血压到底多高才算高？在家怎么测才准？吃上降压药是不是就得吃一辈子？带着这些问题，我们请教了市第一人民医院心内科主任医师李明。',
        // One question alone is said with the sentence that takes it up, as before.
        '血压到底多高才算高？带着这些问题，我们请教了心内科主任医师李明。',
        // A sentence that answers them is the point.
        '孩子发烧要捂汗吗？要马上吃退烧药吗？这两个问题的答案都是：不要。',
        // Taken up by 就此, or as the questions answered one by one, as much.
        '自来水到底需不需要再净化？净水器该怎么挑？记者就此采访了行业专家和检测机构。',
        '哪些商品能无理由退？退货运费该谁出？市消协的工作人员针对消费者最关心的几个问题逐一作答。',
      ]),
    ).toEqual([
      '血压到底多高才算高？在家怎么测才准？吃上降压药是不是就得吃一辈子？',
      '血压到底多高才算高？带着这些问题，我们请教了心内科主任医师李明',
      '这两个问题的答案都是：不要',
      '自来水到底需不需要再净化？净水器该怎么挑？',
      '哪些商品能无理由退？退货运费该谁出？',
    ]);
  });

  it('shows the question a paragraph ends on beside the next one’s point that takes it up (这些问题…, 先别急着回答), else in place of its lead', () => {
    // Said with it where both fit.
    expect(
      sectionPoints([
        '相信不少人网购时都遇到过商家说拆封不退的回复。七天无理由退货到底有哪些规矩？拆了包装还能不能退？运费又该谁出？',
        '其实，这些问题法律都有明确规定。今天我们就从一个常见的案例说起。',
        '一件羽绒服引发的纠纷很典型。',
      ]),
    ).toEqual([
      '相信不少人网购时都遇到过商家说拆封不退的回复',
      '七天无理由退货到底有哪些规矩？拆了包装还能不能退？运费又该谁出？这些问题法律都有明确规定',
      '一件羽绒服引发的纠纷很典型',
    ]);
    // As asked, without the words that say a question is coming.
    expect(
      sectionPoints([
        '宇航员在空间站里飘来飘去。是不是很想问一句：太空里难道没有重力吗？',
        '先别急着回答“是”。空间站里的重力其实只比地面小一成左右。',
      ]),
    ).toEqual(['宇航员在空间站里飘来飘去', '太空里难道没有重力吗？先别急着回答“是”']);
    // Too long to say with it: the question is the point of its own paragraph.
    expect(
      sectionPoints([
        '每年秋天，抬头常能看到一队队大雁排成“人”字形向南飞去。一只体重不过几百克的小鸟，怎么能飞越几千甚至上万公里，而且年年找到同一片湿地？',
        '这个问题困扰了人类几千年。古希腊的亚里士多德甚至认为，燕子等鸟冬天会躲进洞里冬眠。',
      ]),
    ).toEqual([
      '一只体重不过几百克的小鸟，怎么能飞越几千甚至上万公里，而且年年找到同一片湿地？',
      '这个问题困扰了人类几千年：古希腊的亚里士多德甚至认为，燕子等鸟冬天会躲进洞里冬眠',
    ]);
    // Questions in a paragraph of their own, taken up by a sentence that says no more (围绕这些常见疑问，
    // 记者专访了…), are the point, asked without what comes before the first one's colon.
    expect(
      sectionPoints([
        '体检报告上出现“幽门螺杆菌阳性”几个字，让不少人心里一紧：会不会得胃癌？家里人要不要一起查？以后吃饭要不要分餐？',
        '围绕这些常见疑问，记者专访了某省人民医院消化内科主任医师陈志刚。',
      ]),
    ).toEqual(['会不会得胃癌？家里人要不要一起查？以后吃饭要不要分餐？']);
    // Not in place of a point the paragraph before gives with others: the list it counts stays.
    expect(
      sectionPoints([
        '选购空气净化器要注意三点：第一，看CADR值，越大净化越快；第二，看CCM值，决定滤网寿命；第三，看噪音，卧室用最好低于40分贝。可是，参数都达标的机器，为什么用起来效果差别那么大？',
        '这个问题的答案，藏在房间的密闭性里：门窗缝隙越大，室外污染进来得越快，再好的净化器也白搭。',
        '所以，买之前先检查门窗。',
      ]).slice(0, 4),
    ).toEqual([
      '选购空气净化器要注意三点',
      '1. 看CADR值，越大净化越快',
      '2. 看CCM值，决定滤网寿命',
      '3. 看噪音，卧室用最好低于40分贝',
    ]);
    // Nor a question put to the reader: 这个问题 after it is the problem told, as the point says.
    expect(
      sectionPoints([
        '很多人的手机用了两年，电池就明显不耐用了，一天要充好几次电。你是不是也遇到过？',
        '这个问题其实和锂电池的化学特性有关：每一次充放电，电极材料都会发生轻微的不可逆变化。',
      ])[0],
    ).toBe('很多人的手机用了两年，电池就明显不耐用了，一天要充好几次电');
    // Not a question that only asks why: it shows nothing the point could refer to.
    expect(
      sectionPoints([
        '宇航员在空间站里飘来飘去。这是为什么呢？',
        '这个问题困扰了很多人。重力其实只比地面小一成。',
      ]),
    ).toEqual(['宇航员在空间站里飘来飘去', '这个问题困扰了很多人：重力其实只比地面小一成']);
  });

  it('makes a point of each sentence of a conclusion of one paragraph, where its lead alone would be the summary', () => {
    const article = parseArticle(
      [
        '# 雷电',
        '',
        '### 闪电从哪里来？',
        '',
        '云里的冰晶和水滴相互碰撞，积累了大量电荷。',
        '',
        '### 怎么保护自己？',
        '',
        '打雷时不要躲在大树下。',
        '',
        '总之，雷电是大自然中一种既壮观又危险的现象。了解它的原理，记住防雷的方法，我们就能既欣赏它的美丽，又保护好自己的安全。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(pointsOf(deck.slides.find((s) => s.kind === 'summary') as Slide)).toEqual([
      '雷电是大自然中一种既壮观又危险的现象',
      '了解它的原理，记住防雷的方法，我们就能既欣赏它的美丽，又保护好自己的安全',
    ]);
    expectSound(deck, article);
  });

  it('takes an article’s closing paragraph that sums up (总之，…), at its last section’s end, as the deck’s summary', () => {
    const lines = (closing: string[]) =>
      [
        '# 候鸟',
        '',
        '### 为什么迁徙？',
        '',
        '很多人以为候鸟南飞是因为怕冷。其实真正逼它们离开的，是冬季北方食物的匮乏。',
        '',
        '### 怎么认路？',
        '',
        '候鸟白天看太阳，夜里看星空，还能感知地磁。',
        '',
        ...closing,
      ].join('\n');
    const article = parseArticle(
      lines([
        '总之，候鸟能飞越万里不迷路，靠的是多重导航，以及写在基因里的本能。',
        '',
        '最后还要提醒大家，遇到受伤的候鸟，及时联系当地林业部门。',
        '',
      ]),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const summary = deck.slides.find((s) => s.kind === 'summary');
    expect(summary?.kind === 'summary' && summary.title).toBe('总结');
    expect(pointsOf(summary as Slide)).toEqual([
      '候鸟能飞越万里不迷路，靠的是多重导航，以及写在基因里的本能',
      '遇到受伤的候鸟，及时联系当地林业部门',
    ]);
    // Its paragraphs are the summary's notes, and no longer the last section's point.
    expect(summary?.notes.paragraphs.map((p) => p.text)).toHaveLength(2);
    expect(pointsOf(deck.slides.find((s) => s.id === '怎么认路-要点') as Slide)).toEqual([
      '候鸟白天看太阳，夜里看星空，还能感知地磁',
    ]);
    expectSound(deck, article);
    // Without one, the summary recaps the sections by their headings, as before.
    const recapped = buildDeck(parseArticle(lines(['它们还会记住地标。', '']), 'a.md'), emptySpec());
    const recap = pointsOf(recapped.slides.find((s) => s.kind === 'summary') as Slide);
    expect(recap.map((point) => point.split('？')[0])).toEqual(['为什么迁徙', '怎么认路']);
    // Nor with one that may sum up its section alone (总的来说，…), or one before a last paragraph
    // that is no closing word.
    for (const closing of [
      ['总的来说，候鸟认路靠的是多重导航。', ''],
      ['总之，候鸟认路靠的是多重导航。', '', '它们还会记住地标。', ''],
    ]) {
      const deck = buildDeck(parseArticle(lines(closing), 'a.md'), emptySpec());
      expect(pointsOf(deck.slides.find((s) => s.kind === 'summary') as Slide)).toHaveLength(2);
    }
  });

  it('says a worry many people have with the answer of someone who knows that denies it (…；李明医生解释说：“降压药不存在成瘾性”)', () => {
    expect(
      sectionPoints([
        '不少患者对降压药有顾虑，担心“一吃就停不下来”“吃久了伤肝伤肾”。李明医生解释说：“降压药不存在成瘾性。之所以需要长期服用，是因为原发性高血压目前还不能根治，药物的作用是把血压控制在安全范围内，就像近视的人需要一直戴眼镜一样。”',
        '很多家长担心孩子玩平板会近视。王医生表示：“并没有证据说明每天半小时会导致近视。关键是距离和光线。”',
        '不少车主担心冬天电动车续航缩水。张工程师说：“续航确实会下降两到三成，这是电池的化学特性决定的。”',
        '很多家长担心孩子沉迷手机。王老师指出：“没有规则的孩子，确实更容易沉迷。规则要早定。”',
      ]),
    ).toEqual([
      // Where both do not fit beside the slide's other points, the worry is said from its own clause.
      '担心“一吃就停不下来”“吃久了伤肝伤肾”；李明医生解释说：“降压药不存在成瘾性”',
      '很多家长担心孩子玩平板会近视；王医生表示：“并没有证据说明每天半小时会导致近视”',
      // An answer that grants the worry does not set it right, though it opens on 没有.
      '不少车主担心冬天电动车续航缩水',
      '很多家长担心孩子沉迷手机',
    ]);
  });

  it('says where a paragraph says the problem lies (…本身不是问题，问题是…) as its point, not the lead that sets it up', () => {
    expect(
      sectionPoints([
        '教育部多次强调要给学生和家长减负。手工作业本身不是问题，问题是它被层层加码，最后落到了家长身上。',
        '很多人抱怨网速慢。问题不在宽带，而在路由器放错了地方。',
        '不少人买回家的第一年，花就越开越少。问题往往不在品种，而在节奏。',
      ]),
    ).toEqual([
      '手工作业本身不是问题，问题是它被层层加码，最后落到了家长身上',
      '问题不在宽带，而在路由器放错了地方',
      '问题往往不在品种，而在节奏',
    ]);
  });

  it('says an answer that points back (那是卖点) with the objection it answers, and no short lead with only a later turn of its sentence', () => {
    expect(
      sectionPoints([
        '有人会说：矿泉水的广告里不是一直强调“含有矿物质”吗？其实那是卖点，不是必需。矿物质对健康的影响，主要看你一天吃了什么，而不是喝了什么水。',
        // Cut to 真正需要在意的是废水……但还是比超滤费水, the figures the lead opens would be left out.
        '真正需要在意的是废水。早期的反渗透机，每出一杯纯水要排掉三杯废水，现在主流产品已经做到了2:1甚至1:1，但还是比超滤费水。',
        '如果预算有限，先装一台前置过滤器，保护全屋的水管和热水器。',
      ]),
    ).toEqual([
      '矿泉水的广告里不是一直强调“含有矿物质”吗？那是卖点，不是必需',
      '真正需要在意的是废水',
      '如果预算有限，先装一台前置过滤器，保护全屋的水管和热水器',
    ]);
  });

  it('passes over the answer a rhetorical question gives itself (大家心里都清楚。) for the sentence that says the point', () => {
    expect(
      sectionPoints([
        '这些作品，二年级的孩子能做出来吗？大家心里都清楚。我们班有位家长开玩笑说：“这哪是比孩子，这是比家长的手艺和钱包。”',
      ]),
    ).toEqual(['我们班有位家长开玩笑说：“这哪是比孩子，这是比家长的手艺和钱包”']);
  });

  it('says a paragraph’s tally (算下来，…) as its point, not its example’s setting, unless the writer set a claim in bold', () => {
    expect(
      sectionPoints([
        '以一台2000元的净水器为例，滤芯大约半年到一年换一次，反渗透膜两到三年换一次。算下来，每年的滤芯钱在400到800元之间。',
        '这里要泼一点冷水：**全能基站不等于全自动。**污水箱要倒6次。算下来，我们每周花在它上面的时间大约是10分钟。',
      ]),
    ).toEqual(['算下来，每年的滤芯钱在400到800元之间', '全能基站不等于全自动']);
  });

  it('says what a paragraph says the writer learnt (这是我学到的第一课), or a diary entry’s corrected belief, as its point, not the event it opens on', () => {
    expect(
      sectionPoints([
        '4月9日：照他说的做，苗慢慢精神了。移栽以后一周内少浇水、避强光，这是我学到的第一课。',
        '那一次我们在山里迷了路。教训是：出发前一定要把离线地图下好。',
      ]),
    ).toEqual(['移栽以后一周内少浇水、避强光，这是我学到的第一课', '教训是：出发前一定要把离线地图下好']);
    // So is a belief its own sentence corrects, in an entry that opens on its date; not elsewhere,
    // where the lead says the point (细节：握杠时大拇指要扣住…).
    expect(
      sectionPoints([
        '3月10日：在网上买了一包樱桃番茄种子，用温水泡了一夜。很多人说种子要先催芽才能出苗，其实直接播也可以，只是慢一两天。',
        '握杠时大拇指要绕过来扣住，而不是搭在杠的上面。很多人觉得搭着更省力，其实这样握得不牢。',
        // So is what the writer thought and how it turned out.
        '4月5日：三棵苗都蔫了，叶子耷拉着。我以为是缺水，一天浇了两次，结果更蔫了。',
      ]),
    ).toEqual([
      '很多人说种子要先催芽才能出苗，其实直接播也可以，只是慢一两天',
      '握杠时大拇指要绕过来扣住，而不是搭在杠的上面',
      '我以为是缺水，一天浇了两次，结果更蔫了',
    ]);
  });

  it('makes no point of an interview’s unbracketed editing note, a remark on how often a question comes up, or 顺便提醒一句', () => {
    const article = parseArticle(
      [
        '# 修书',
        '',
        '林老师在这里修了二十年古书。',
        '',
        '以下是对话整理，略有删节。',
        '',
        '### 簪花值不值得做？',
        '',
        '这是我出发前纠结最久的问题。',
        '',
        '蟳埔村的簪花现在非常火，套餐从一百多到五六百不等。',
        '',
        '这是我听到最多的反对意见。',
        '',
        '顺便提醒一句：土笋冻不是每个人都能接受。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const intro = deck.slides.find((s) => s.kind === 'intro');
    expect(intro?.kind === 'intro' && intro.points).toEqual(['林老师在这里修了二十年古书']);
    expect(pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide)).toEqual([
      '蟳埔村的簪花现在非常火，套餐从一百多到五六百不等',
      '土笋冻不是每个人都能接受',
    ]);
    expectSound(deck, article);
  });

  it('makes no point of an editor’s or translator’s note on the article, which stays in the notes', () => {
    const article = parseArticle(
      [
        '# 微塑料',
        '',
        '（本文译自《科学新闻》（Science News）的一篇报道，略有删节，小标题为译者所加。）',
        '',
        '微塑料是直径小于5毫米的塑料颗粒。',
        '',
        '### 来源',
        '',
        '（编者按：以下数据来自2017年的一项估算。）',
        '',
        '合成纤维约占三成五。',
        '',
        '（本文作者为医生）咖啡因会影响睡眠（见下文）。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const intro = deck.slides.find((s) => s.kind === 'intro');
    expect(intro?.kind === 'intro' && intro.points).toEqual(['微塑料是直径小于5毫米的塑料颗粒']);
    expect(intro?.notes.paragraphs[0]?.text).toMatch(/^（本文译自/);
    // A note that goes on to say something after it is a point as written.
    expect(pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide)).toEqual([
      '合成纤维约占三成五',
      '（本文作者为医生）咖啡因会影响睡眠（见下文）',
    ]);
    expectSound(deck, article);
  });

  it('shows a list counted in one paragraph’s prose (第一，…；第二，…) as the list it is, under its lead-in', () => {
    const article = parseArticle(
      [
        '# 充电宝',
        '',
        '### 看参数',
        '',
        '选充电宝要注意三点：第一，看额定容量，而不是电芯容量；第二，看输出功率，快充手机要配快充充电宝；第三，看认证，有3C标志的才能带上飞机。',
        '',
        '### 看安全',
        '',
        '额定能量超过100Wh的充电宝不能随身携带。首先，确认标注清晰；其次，不要买来路不明的产品；最后，外壳鼓包的要立即停用。',
        '',
        '### 看场合',
        '',
        '有两种情况要当心：一是加油站；二是装有心脏起搏器的人。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const slides = deck.slides.filter((s) => s.kind === 'points');
    expect(slides.map(pointsOf)).toEqual([
      [
        '选充电宝要注意三点',
        '1. 看额定容量，而不是电芯容量',
        '2. 看输出功率，快充手机要配快充充电宝',
        '3. 看认证，有3C标志的才能带上飞机',
      ],
      // After a sentence that says a point of its own, the items are its peers.
      [
        '额定能量超过100Wh的充电宝不能随身携带',
        '1. 确认标注清晰',
        '2. 不要买来路不明的产品',
        '3. 外壳鼓包的要立即停用',
      ],
      // A point that already says every item is left as it is.
      ['有两种情况要当心：一是加油站；二是装有心脏起搏器的人'],
    ]);
    expect(slides.map((s) => (s.kind === 'points' ? s.underLeadIn : undefined))).toEqual([
      [1, 2, 3],
      undefined,
      undefined,
    ]);
    expectSound(deck, article);
  });

  it('says a reaction that leads an answer (变化非常大。 我比较乐观。 先别慌。) with the sentence that says what', () => {
    expect(
      firstDerivedPoints([
        '# 对话天文学家',
        '',
        '### 韦布望远镜',
        '',
        '**问：**韦布望远镜上天之后，这个领域有什么变化？',
        '',
        '**答：**变化非常大。现在可以开始研究行星的大气了。',
        '',
        '**问：**您觉得我们能看到答案吗？',
        '',
        '**答：**我比较乐观。很可能就在未来十到二十年内。',
        '',
        '先别慌。阳性并不等于得了胃病。',
        '',
        '就这么简单。以后每改完一部分，重复第2步就行。',
        '',
      ]),
    ).toEqual([
      '变化非常大：现在可以开始研究行星的大气了',
      '您觉得我们能看到答案吗？我比较乐观：很可能就在未来十到二十年内',
      '先别慌：阳性并不等于得了胃病',
      '就这么简单：以后每改完一部分，重复第2步就行',
    ]);
  });

  it('passes over an answer that only points back at the question (答：这是最容易被误读的一个词。)', () => {
    expect(
      firstDerivedPoints([
        '# 对话天文学家',
        '',
        '### 宜居',
        '',
        '**问：**这个“宜居”是什么意思？',
        '',
        '**答：**这是最容易被误读的一个词。“宜居带”只是指行星和恒星的距离恰好合适。',
        '',
        '**问：**有报道说那里可能有生命迹象？',
        '',
        '**答：**那个说法需要非常谨慎。团队提到的信号很弱，还不足以下结论。',
        '',
      ]),
    ).toEqual([
      '“宜居带”只是指行星和恒星的距离恰好合适',
      // A verdict on what the question said is said with why.
      '有报道说那里可能有生命迹象？那个说法需要非常谨慎：团队提到的信号很弱，还不足以下结论',
    ]);
  });

  it('says a short lead that only stresses (固件更新同样重要。 第三点尤其要注意。) with what it stresses', () => {
    expect(
      firstDerivedPoints([
        '# 路由器',
        '',
        '### 固件',
        '',
        '改完密码，再关掉WPS。',
        '',
        '固件更新同样重要。新固件往往修补了已经公开的漏洞。',
        '',
        '第三点尤其要注意。Git只在你自己电脑上保存历史。',
        '',
      ]),
    ).toEqual([
      '改完密码，再关掉WPS',
      '固件更新同样重要：新固件往往修补了已经公开的漏洞',
      '第三点尤其要注意：Git只在你自己电脑上保存历史',
    ]);
  });

  it('says a verdict turned with 但 (但证据并不支持。) with the finding after it, without who found it where both do not fit', () => {
    const article = parseArticle(
      [
        '# 感冒',
        '',
        '### 维生素C',
        '',
        '这个说法流行了半个多世纪，最早是鲍林在1970年代大力推广的。',
        '',
        '但证据并不支持。2013年一项纳入了29个试验、一万一千多名受试者的Cochrane系统综述发现：对普通人群来说，规律补充维生素C并不能降低感冒的发生率。',
        '',
        '另外，数据显示：多喝水有帮助。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const [, verdict] = pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide);
    expect(verdict).toBe('但证据并不支持：对普通人群来说，规律补充维生素C并不能降低感冒的发生率');
    expectSound(deck, article);
  });

  it('says each item of a prose list by its name and what follows it (第一，违约金。部分银行规定…)', () => {
    const article = parseArticle(
      [
        '# 提前还款',
        '',
        '### 三个成本',
        '',
        '提前还款不只是算利率，还要考虑三样东西：',
        '',
        '第一，违约金。部分银行规定，贷款未满1年提前还款，要收取还款金额1%左右的违约金，不过近两年不少银行已经取消。第二，流动性。钱还进去就拿不出来了，一旦遇到失业、生病等急用，再想贷款就难了。第三，个税专项附加扣除。首套房贷利息每月可以扣除1000元，最长240个月，还清之后这项扣除也就没了。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const slides = deck.slides.filter((s) => s.kind === 'points');
    // One slide still: each item has its share of it.
    expect(slides).toHaveLength(1);
    const points = pointsOf(slides[0] as Slide);
    expect(points[0]).toBe('提前还款不只是算利率，还要考虑三样东西');
    expect(points.slice(1).map((p) => p.split('：')[0])).toEqual([
      '1. 违约金',
      '2. 流动性',
      '3. 个税专项附加扣除',
    ]);
    for (const point of points.slice(1))
      expect(point.split('：')[1]?.length, point).toBeGreaterThanOrEqual(8);
    expectSound(deck, article);
  });

  it('says a long paragraph’s teaser (关键在于频谱。) with what it opens, before its further stretch', () => {
    const article = parseArticle(
      [
        '# 宽带',
        '',
        '### 频谱',
        '',
        '关键在于频谱。频谱就像公路，频段越宽，能同时跑的车就越多，5G用的新频段比4G宽得多，所以同一时间能传的数据也多得多。不过频段越高，信号穿墙的本事就越差，基站也就得建得更密，这是5G建网贵的主要原因之一。运营商为此想了不少办法，比如在室内装小基站，或者把低频段和高频段搭配起来用，让覆盖和速度两头都顾上。这些办法各有成本，也各有局限，最后怎么选，往往要看当地的用户有多少、楼有多密。到了6G时代，频段还会更高，太赫兹信号几乎穿不过一张纸，研究者正在试验用智能反射面把信号“拐个弯”送进屋里。这项技术目前还停留在实验室阶段，离真正商用至少还要十年。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const points = pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide);
    expect(points).toHaveLength(2);
    expect(points[0]).toMatch(/^关键在于频谱：频谱就像公路/u);
    expect(points[1]).toMatch(/^到了6G时代/u);
    expectSound(deck, article);
  });

  it('passes over an opening that only names the saying its heading asks about (这是流传最广的一个说法。), and recaps no belief as the answer', () => {
    const article = parseArticle(
      [
        '# 蚊子',
        '',
        '### O型血真的更招蚊子吗？',
        '',
        '这是流传最广的一个说法。很多人坚信“O型血最招蚊子”，夏天总有人拿血型说事。',
        '',
        '真正起决定作用的，是皮肤上的气味。',
        '',
        '### 添加剂',
        '',
        '这是最常见的一个误区。一种物质是否安全，取决于它是什么、吃了多少。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').map(pointsOf)).toEqual([
      ['很多人坚信“O型血最招蚊子”，夏天总有人拿血型说事', '真正起决定作用的，是皮肤上的气味'],
      ['一种物质是否安全，取决于它是什么、吃了多少'],
    ]);
    const summary = deck.slides.find((s) => s.kind === 'summary');
    expect(summary && pointsOf(summary)[0]).toBe('O型血真的更招蚊子吗？');
    expectSound(deck, article);
  });

  it('reads an interview as one: the interviewer’s lines and thanks make no point, the answers do', () => {
    const article = parseArticle(
      [
        '# 孩子近视了怎么办？',
        '',
        '### 近视会遗传吗？',
        '',
        '**问：**遗传因素影响大吗？',
        '',
        '**答：**有影响。父母双方都近视的孩子，近视的风险高出好几倍。',
        '',
        '### 戴眼镜会让度数越来越深吗？',
        '',
        '**问：**很多家长担心一戴就摘不下来，度数还会越戴越深。',
        '',
        '**答：**这是一个很常见的误解。度数增长是因为眼轴还在变长，跟戴不戴眼镜没有关系。',
        '',
        '**问：**那需要一直戴着吗？',
        '',
        '**答：**要看度数。低度近视的孩子看远处时戴上就行。',
        '',
        '### 家长能做什么？',
        '',
        '**问：**最后，请您给家长们一些日常建议。',
        '',
        '**答：**我总结成几句话：',
        '',
        '1. 每天保证孩子有2小时的户外时间',
        '2. 每年至少做两次眼科检查',
        '',
        '**问：**谢谢王医生。',
        '',
        '**答：**不客气。近视防控是一场持久战，家长的坚持比任何产品都重要。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').map(pointsOf)).toEqual([
      ['遗传因素影响大吗？父母双方都近视的孩子，近视的风险高出好几倍'],
      [
        '度数增长是因为眼轴还在变长，跟戴不戴眼镜没有关系',
        '需要一直戴着吗？要看度数：低度近视的孩子看远处时戴上就行',
      ],
      [
        '1. 每天保证孩子有2小时的户外时间',
        '2. 每年至少做两次眼科检查',
        '近视防控是一场持久战，家长的坚持比任何产品都重要',
      ],
    ]);
    const notes = deck.slides.flatMap((s) => s.notes.paragraphs.map((p) => p.text));
    expect(notes).toContain('问：最后，请您给家长们一些日常建议。');
    expect(notes).toContain('问：谢谢王医生。');
    // A question heading is recapped with its answer, not the interviewer's words nor a list's first item.
    const recap = deck.slides.find((s) => s.kind === 'summary');
    expect(recap && pointsOf(recap)).toEqual([
      '近视会遗传吗？父母双方都近视的孩子，近视的风险高出好几倍',
      '戴眼镜会让度数越来越深吗？度数增长是因为眼轴还在变长，跟戴不戴眼镜没有关系',
      '家长能做什么？',
    ]);
    expectSound(deck, article);
  });

  it('makes no point of a chatty writer’s asides and sign-off, and says what their openers open', () => {
    const article = parseArticle(
      [
        '# 空气炸锅值得买吗？',
        '',
        '### 原理',
        '',
        '先泼一盆冷水：空气炸锅根本不是在“炸”！',
        '',
        '所以说，它本质上就是一台热风循环小烤箱。',
        '',
        '伽利略不这么看。他让助手提着灯站在山顶上。',
        '',
        '另一个原因是分散。一个餐盒只有十几克，很难集中收集。',
        '',
        '### 感受',
        '',
        '说完原理，再说说我最真实的感受。',
        '',
        '划重点了啊！',
        '',
        '预热只要两三分钟，比烤箱快得多。',
        '',
        '好啦，今天就分享到这里！大家还有什么想问的，可以在留言区告诉我哦！',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').map(pointsOf)).toEqual([
      [
        '空气炸锅根本不是在“炸”！',
        '它本质上就是一台热风循环小烤箱',
        '伽利略不这么看：他让助手提着灯站在山顶上',
        '另一个原因是分散：一个餐盒只有十几克，很难集中收集',
      ],
      ['预热只要两三分钟，比烤箱快得多'],
    ]);
    expectSound(deck, article);
  });

  it('nests a quotation’s own quotation marks as single ones (“…菜‘隔了夜’…”), and leaves a disclaimer that says what is binding in the notes', () => {
    expect(
      firstDerivedPoints([
        '# 隔夜菜',
        '',
        '### 细菌',
        '',
        '> 很大一部分中毒并不是因为菜“隔了夜”，而是因为它在常温下放得太久。',
        '',
        '（以上测算仅供参考，不构成任何投资建议。实际利率以各机构公布为准。）',
        '',
      ]),
    ).toEqual(['“很大一部分中毒并不是因为菜‘隔了夜’，而是因为它在常温下放得太久”']);
  });

  it('says a quotation of two sentences whole where it fits, never cut silently to its first', () => {
    expect(
      firstDerivedPoints([
        '# 牙刷',
        '',
        '### 建议',
        '',
        '> 牙刷是工具，刷牙是习惯。再好的工具，也救不了坏习惯。',
        '',
        '> 孩子哭，是在表达情绪，不是在求救。家长要做的不是让他别哭，而是让他知道：妈妈说了会来，就一定会来。',
        '',
        // One that opens with a question too.
        '> 南美洲的东海岸难道不是和非洲的西海岸完全吻合吗？仿佛它们曾经连在一起。',
        '',
        '> 少即是多，简单的东西往往最难做到。',
        '',
      ]),
    ).toEqual([
      '“牙刷是工具，刷牙是习惯。再好的工具，也救不了坏习惯”',
      // Too long beside them: its first sentence, marked as part of it.
      '“孩子哭，是在表达情绪，不是在求救……”',
      '“南美洲的东海岸难道不是和非洲的西海岸完全吻合吗？仿佛它们曾经连在一起”',
      '“少即是多，简单的东西往往最难做到”',
    ]);
    // Nor one signed after a dash (——读者 小林): the signature is no sentence of it.
    expect(
      sectionPoints([
        '> 编辑您好：我父亲今年六十五岁，退休后迷上了刷短视频，经常刷到半夜一两点。我说了他几次，他就不高兴。我该怎么办？——读者 小林',
        '小林你好，你的来信让我想起很多读者有过同样的烦恼，这件事其实很常见。',
        '劝是可以劝的，但不要从“你不能再刷了”开始，先听听他为什么刷。',
      ])[0],
    ).toBe('“编辑您好：我父亲今年六十五岁，退休后迷上了刷短视频，经常刷到半夜一两点……”');
  });

  it('shows who a quotation names after a dash outside its marks, and leaves a dash inside its sentence as it is', () => {
    expect(
      firstDerivedPoints([
        '# 流感疫苗',
        '',
        '### 每年都要打',
        '',
        '> 接种疫苗是预防流感最有效的手段，建议每年接种。——《流感疫苗接种指南》',
        '',
        '> 学而时习之，不亦说乎——《论语》',
        '',
        '> 疫苗是目前最好的办法——至少在新药出来之前是这样。',
        '',
        '> 接种疫苗是预防流感最有效、最经济的手段，建议六个月以上的所有人每年接种一次。——中国疾病预防控制中心免疫规划专家组',
        '',
      ]),
    ).toEqual([
      '“接种疫苗是预防流感最有效的手段，建议每年接种”——《流感疫苗接种指南》',
      '“学而时习之，不亦说乎”——《论语》',
      '“疫苗是目前最好的办法——至少在新药出来之前是这样”',
      // Both do not fit the line: the quotation is said, who said it stays in the notes.
      '“接种疫苗是预防流感最有效、最经济的手段，建议六个月以上的所有人每年接种一次”',
    ]);
  });

  it('shows what a paragraph that points back at a reason (这也是为什么…) explains, without the words that point back', () => {
    expect(
      firstDerivedPoints([
        '# 电池',
        '',
        '### 安全',
        '',
        '磷酸铁锂的热失控温度在500℃以上，三元锂大约在200℃左右。',
        '',
        '这也是为什么很多公交车、出租车都用磷酸铁锂电池。',
        '',
      ]),
    ).toEqual(['磷酸铁锂的热失控温度在500℃以上，三元锂大约在200℃左右', '很多公交车、出租车都用磷酸铁锂电池']);
  });

  it('shows tiers counted by their number (一档，…；二档，…；三档，…) as a numbered list, the last tier too', () => {
    expect(
      firstDerivedPoints([
        '# 家财险',
        '',
        '### 怎么选',
        '',
        '一档，保费约50元/年，房屋主体保额50万元，室内财产5万元；二档，保费约150元/年，房屋主体保额100万元，室内财产10万元，含管道破裂和第三者责任；三档，保费约300元/年，保额更高，还附加盗抢和家电安全。',
        '',
      ]),
    ).toEqual([
      '1. 保费约50元/年，房屋主体保额50万元，室内财产5万元',
      '2. 保费约150元/年，房屋主体保额100万元，室内财产10万元，含管道破裂和第三者责任',
      '3. 保费约300元/年，保额更高，还附加盗抢和家电安全',
    ]);
  });

  it('says where a problem lies (问题出在地上的小东西。) with the sentence after it, which may lead a list in', () => {
    const slides = buildDeck(
      parseArticle(
        [
          '# 扫地机器人',
          '',
          '### 避障',
          '',
          '问题出在地上的小东西。我们的避障测试结果如下（5次中成功绕开的次数）：',
          '',
          '- 拖鞋：A款2次，C款5次',
          '- 袜子：A款1次，C款5次',
          '',
        ].join('\n'),
        'a.md',
      ),
      emptySpec(),
    ).slides.filter((s) => s.kind === 'points');
    expect(slides.map(pointsOf)).toEqual([
      [
        '问题出在地上的小东西：我们的避障测试结果如下（5次中成功绕开的次数）',
        '拖鞋：A款2次，C款5次',
        '袜子：A款1次，C款5次',
      ],
    ]);
    expect(slides[0]?.kind === 'points' && slides[0].underLeadIn).toEqual([1, 2]);
  });

  it('sets a prose list under the sentence that introduces it with a colon when a sentence of its own comes first, where the list stays whole so', () => {
    const slides = buildDeck(
      parseArticle(
        [
          '# 冰',
          '',
          '### 藏冰',
          '',
          '考古学家发现过一座秦国的冰窖遗址。冰窖的原理其实很朴素：挖在地下；四周塞满稻草；入口做得很小。',
          '',
          '### 冬天',
          '',
          // After a label, the lead-in is one point, as before.
          '注意！冬季用车建议做到以下三点：一是出发前预热电池；二是把车停在地下车库；三是电量不要长期低于20%。',
          '',
        ].join('\n'),
        'a.md',
      ),
      emptySpec(),
    ).slides.filter((s) => s.kind === 'points');
    expect(slides.map(pointsOf)).toEqual([
      [
        '考古学家发现过一座秦国的冰窖遗址',
        '冰窖的原理其实很朴素',
        '1. 挖在地下',
        '2. 四周塞满稻草',
        '3. 入口做得很小',
      ],
      [
        '注意：冬季用车建议做到以下三点',
        '1. 出发前预热电池',
        '2. 把车停在地下车库',
        '3. 电量不要长期低于20%',
      ],
    ]);
    expect(slides[0]?.kind === 'points' && slides[0].underLeadIn).toEqual([2, 3, 4]);
  });

  it('shows a prose list after a sentence that counts it (有三类。一是…；二是…), on one more slide rather than leave items off', () => {
    const article = parseArticle(
      [
        '# 近视',
        '',
        '### 哪些方法有效？',
        '',
        '目前证据比较充分的有三类。一是户外活动，每天累计2小时左右，对预防近视效果很明确；二是低浓度阿托品滴眼液，需要在医生指导下使用；三是角膜塑形镜和一些特殊设计的框架眼镜，可以延缓眼轴增长。',
        '',
        '至于各种“治愈近视”的按摩仪、训练仪，家长要特别警惕。',
        '',
        '到目前为止，没有任何方法能让已经形成的真性近视消失。',
        '',
        '宣称“摘掉眼镜”“恢复视力”的，基本可以判断是虚假宣传。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const slides = deck.slides.filter((s) => s.kind === 'points');
    expect(slides.map(pointsOf)[0]).toEqual([
      '目前证据比较充分的有三类',
      '1. 户外活动，每天累计2小时左右，对预防近视效果很明确',
      '2. 低浓度阿托品滴眼液，需要在医生指导下使用',
      '3. 角膜塑形镜和一些特殊设计的框架眼镜，可以延缓眼轴增长',
    ]);
    expect(slides).toHaveLength(2);
    // The count leads into the items: they are drawn under it.
    expect(slides[0]?.kind === 'points' && slides[0].underLeadIn).toEqual([1, 2, 3]);
    // It leads into the list: no answer for the question heading's recap.
    const recap = deck.slides.find((s) => s.kind === 'summary');
    expect(recap && pointsOf(recap)).toEqual(['哪些方法有效？']);
    expectSound(deck, article);
  });

  it('says a correction with what follows from it (…联系在一起，反而更加抗拒), the belief left to the notes where both do not fit', () => {
    const article = parseArticle(
      [
        '# 挑食',
        '',
        '### 适得其反',
        '',
        '很多家长以为多哄几次、多逼几次，孩子就会慢慢接受。其实，强迫进食往往会让孩子把这种食物和不愉快的感受联系在一起，反而更加抗拒。',
        '',
        '不如让孩子参与买菜和做饭。',
        '',
        '也可以把新食物和孩子喜欢的食物放在一起。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide)[0]).toBe(
      '强迫进食往往会让孩子把这种食物和不愉快的感受联系在一起，反而更加抗拒',
    );
    expectSound(deck, article);
  });

  it('shows a list that only a label leads into (如果只记一句话，那就是：A；B；C) without the label, and recaps its question heading with no point cut short', () => {
    const article = parseArticle(
      [
        '# 空气炸锅和烤箱',
        '',
        '### 价格与怎么选',
        '',
        '主流空气炸锅的价格在200到600元之间，带可视窗、双篮的型号会贵一些；一台30升左右、有热风功能的烤箱，价格大多在300到1000元。',
        '',
        '如果只记一句话，那就是：一两个人、以加热和简单快手菜为主，选空气炸锅；喜欢烘焙、经常做大份菜，选烤箱；预算和厨房空间都允许的话，两样都有也并不多余。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const points = pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide);
    expect(points.slice(1)).toEqual([
      '1. 一两个人、以加热和简单快手菜为主，选空气炸锅',
      '2. 喜欢烘焙、经常做大份菜，选烤箱',
      '3. 预算和厨房空间都允许的话，两样都有也并不多余',
    ]);
    expect(points[0]).toMatch(/……$/u);
    const recap = deck.slides.find((s) => s.kind === 'summary');
    expect(recap && pointsOf(recap)).toEqual(['价格与怎么选']);
    expectSound(deck, article);
  });

  it('recaps a section that labels its heading a myth (**误区：** then **真相：**) as the myth asked, and gives way to a verdict or the myth named as one, never the myth alone', () => {
    const article = (truth: string) =>
      parseArticle(
        [
          '# 微波炉',
          '',
          ...[
            ['为什么食物会变热？', '水分子的一端带正电、一端带负电，就像一根小小的磁针。'],
            ['微波到底是什么？', '微波是一种电磁波，和可见光、无线电波是亲戚，只是频率不同。'],
            [
              '为什么有的地方烫、有的地方凉？',
              '这和微波在炉腔里形成的驻波有关，炉腔里有的地方强有的地方弱。',
            ],
            ['哪些东西不能放进去？', '金属餐具和带金边的碗盘最好不要放进去，容易打火。'],
            ['微波炉有辐射，会不会伤身体？', '国家标准规定的泄漏限值很低，门封完好时正常使用是安全的。'],
            [
              '维修要不要花钱？',
              '不要：保修期内的检查、维修和更换零件都由厂家承担费用，用户一分钱都不用出。',
            ],
            ['阴天不用防晒', `**误区：**阴天太阳不大，不涂防晒霜也没关系。\n\n**真相：**${truth}`],
          ].flatMap(([heading, text]) => [`### ${heading}`, '', text, '']),
        ].join('\n'),
        'a.md',
      );
    const recap = (truth: string) => {
      const deck = buildDeck(article(truth), emptySpec());
      return deck.slides
        .filter((s) => s.kind === 'summary')
        .flatMap(pointsOf)
        .slice(-2);
    };
    // What the 真相： label says is true is said, however short.
    expect(recap('紫外线能穿透云层。到达地面的紫外线仍有晴天的七八成。')).toEqual([
      '维修要不要花钱？不要：保修期内的检查、维修和更换零件都由厂家承担费用，用户一分钱都不用出',
      '阴天不用防晒？紫外线能穿透云层',
    ]);
    // Too long to say whole beside the myth asked, what is true is cut short there, never left out.
    expect(
      recap('紫外线中的UVA能穿透云层和玻璃，到达地面的紫外线仍有晴天的七八成，这一点在高原和海边尤其明显。'),
    ).toEqual([
      '维修要不要花钱？不要：保修期内的检查、维修和更换零件都由厂家承担费用，用户一分钱都不用出',
      '阴天不用防晒？紫外线中的UVA能穿透云层和玻璃，到达地面的紫外线仍有晴天的七八成……',
    ]);
  });

  it('says a paragraph that only teases (秘密藏在水分子里。) with the one after it, and recaps its questions with their answers on one slide more at most', () => {
    const section = (heading: string, answer: string) => [`### ${heading}`, '', `${answer}。`, ''];
    const article = parseArticle(
      [
        '# 微波炉',
        '',
        '### 为什么食物会变热？',
        '',
        '秘密藏在水分子里。',
        '',
        '水分子的一端带正电、一端带负电，就像一根小小的磁针。',
        '',
        '微波的电场方向每秒变化二十多亿次。',
        '',
        ...section('微波到底是什么？', '微波是一种电磁波，和可见光、无线电波是亲戚，只是频率不同'),
        ...section(
          '为什么有的地方烫、有的地方凉？',
          '这和微波在炉腔里形成的驻波有关，炉腔里有的地方强有的地方弱',
        ),
        ...section('哪些东西不能放进去？', '金属餐具和带金边的碗盘最好不要放进去，容易打火'),
        ...section('微波炉有辐射，会不会伤身体？', '国家标准规定的泄漏限值很低，门封完好时正常使用是安全的'),
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide)).toEqual([
      '秘密藏在水分子里：水分子的一端带正电、一端带负电，就像一根小小的磁针',
      '微波的电场方向每秒变化二十多亿次',
    ]);
    // Each question with its answer takes a second slide, as many as the questions alone take and
    // one more: every question keeps its answer.
    const recaps = deck.slides.filter((s) => s.kind === 'summary');
    expect(recaps).toHaveLength(2);
    const recap = recaps.flatMap(pointsOf);
    expect(recap).toHaveLength(5);
    expect(recap.filter((p) => /？./u.test(p))).toHaveLength(5);
    expect(recap[0]).toBe(
      '为什么食物会变热？秘密藏在水分子里：水分子的一端带正电、一端带负电，就像一根小小的磁针',
    );
    expectSound(deck, article);
  });

  it('keeps a lead-in that announces a list and says what of it (下面几种常见做法，都不太建议：) over its items', () => {
    const article = parseArticle(
      [
        '# 挑食',
        '',
        '### 适得其反',
        '',
        '强迫进食往往会让孩子更加抗拒。',
        '',
        '下面几种常见做法，都不太建议：',
        '',
        '- 用零食作为吃饭的奖励',
        '- 追着孩子喂饭',
        '',
        '### 小方法',
        '',
        '多让孩子接触新食物。',
        '',
        '接下来，我们一起来看：',
        '',
        '- 让孩子参与做饭',
        '- 把新食物和喜欢的放在一起',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const slides = deck.slides.filter((s) => s.kind === 'points');
    expect(slides.map(pointsOf)).toEqual([
      [
        '强迫进食往往会让孩子更加抗拒',
        '下面几种常见做法，都不太建议',
        '用零食作为吃饭的奖励',
        '追着孩子喂饭',
      ],
      // One that only announces makes no point: the items go under the point before it.
      ['多让孩子接触新食物', '让孩子参与做饭', '把新食物和喜欢的放在一起'],
    ]);
    expect(slides[0]?.kind === 'points' && slides[0].underLeadIn).toEqual([2, 3]);
    expectSound(deck, article);
  });

  it('says a verdict on what came before (这种做法不仅没用，还有害。) with the sentence that says why', () => {
    expect(
      firstDerivedPoints([
        '# 感冒',
        '',
        '### 消炎药',
        '',
        '很多人口中的“消炎药”，其实指的是抗生素。',
        '',
        '这种做法不仅没用，还有害。滥用抗生素会杀死肠道里的有益菌，引起腹泻。',
        '',
        '这种药最便宜。药店里随处都能买到。',
        '',
      ]),
    ).toEqual([
      '很多人口中的“消炎药”，其实指的是抗生素',
      '这种做法不仅没用，还有害：滥用抗生素会杀死肠道里的有益菌，引起腹泻',
      // A short claim of its own is said with the sentence after it, where the slide has room.
      '这种药最便宜：药店里随处都能买到',
    ]);
  });

  it('makes no point of the article’s credits, which stay in the notes (文字｜张医生　编辑｜小林)', () => {
    const article = parseArticle(
      [
        '# 空调省电',
        '',
        '文字｜张医生　编辑｜小林',
        '',
        '每到夏天，空调电费都让人头疼。',
        '',
        '### 温度',
        '',
        '空调设定温度每调高1度，大约可以省电6%到8%。',
        '',
        '作者：张三；审核：李四（北京协和医院主任医师）',
        '',
        '### 滤网',
        '',
        '滤网积灰会让制冷效率下降。',
        '',
        '编辑：这里的重点是滤网',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const intro = deck.slides.find((s) => s.kind === 'intro');
    expect(intro?.kind === 'intro' && intro.points).toEqual(['每到夏天，空调电费都让人头疼']);
    expect(intro?.notes.paragraphs.map((p) => p.text)).toContain('文字｜张医生　编辑｜小林');
    expect(deck.slides.filter((s) => s.kind === 'points').map(pointsOf)).toEqual([
      ['空调设定温度每调高1度，大约可以省电6%到8%'],
      // Words after a role's mark that are no name are what the writer says.
      ['滤网积灰会让制冷效率下降', '编辑：这里的重点是滤网'],
    ]);
    expectSound(deck, article);
  });

  it('makes no point of a disclaimer, a note marked 【注】 or 注：, or a quotation’s attribution, which stay in the notes', () => {
    const article = parseArticle(
      [
        '# 提前还款',
        '',
        '### 最后的提醒',
        '',
        '提前还款本质上是一种“稳健理财”，不是越早越好。',
        '',
        '【注】违约金一般为剩余本金的1%～3%，各家银行规定不同。',
        '',
        '注：文中利率为2024年的数据。',
        '',
        '（以上测算仅供参考，不构成任何投资建议。）',
        '',
        '需要说明的是，各地银行的规定并不完全一样，下面说的都是我们自己的经验，仅供参考。',
        '',
        '### 一句警告',
        '',
        '弗莱明在领奖演讲中说了一段话：',
        '',
        '> 让微生物产生耐药性并不困难。',
        '>',
        '> ——亚历山大·弗莱明，1945年诺贝尔奖演讲',
        '',
        '七十多年后的今天，抗生素耐药已被列为十大公共卫生威胁之一。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const slides = deck.slides.filter((s) => s.kind === 'points');
    expect(slides.map(pointsOf)).toEqual([
      ['提前还款本质上是一种“稳健理财”，不是越早越好'],
      [
        '弗莱明在领奖演讲中说了一段话：“让微生物产生耐药性并不困难”',
        '七十多年后的今天，抗生素耐药已被列为十大公共卫生威胁之一',
      ],
    ]);
    const notes = slides.flatMap((s) => s.notes.paragraphs.map((p) => p.text));
    expect(notes).toContain('（以上测算仅供参考，不构成任何投资建议。）');
    expect(notes).toContain(
      '需要说明的是，各地银行的规定并不完全一样，下面说的都是我们自己的经验，仅供参考。',
    );
    expect(notes).toContain('【注】违约金一般为剩余本金的1%～3%，各家银行规定不同。');
    expect(notes).toContain('注：文中利率为2024年的数据。');
    expect(notes).toContain('——亚历山大·弗莱明，1945年诺贝尔奖演讲');
    expectSound(deck, article);
  });

  it('shows an interview’s answers without their A： label, and its recap without two colons in a row', () => {
    const article = parseArticle(
      [
        '# 对话天文学家',
        '',
        '### 下一步：我们还需要什么',
        '',
        '**Q：**要真正找到“另一个地球”，还缺什么？',
        '',
        '**A：**主要缺两样：更大的望远镜，和更多的时间。类地行星又小又暗。',
        '',
        '**Q：**我们这一代人能看到答案吗？',
        '',
        '**A：**很可能就在未来十到二十年内。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide)).toEqual([
      '要真正找到“另一个地球”，还缺什么？主要缺两样：更大的望远镜，和更多的时间',
      '我们这一代人能看到答案吗？很可能就在未来十到二十年内',
    ]);
    const recap = deck.slides.find((s) => s.kind === 'summary');
    expect(recap && pointsOf(recap)).toEqual([
      '下一步：我们还需要什么；主要缺两样：更大的望远镜，和更多的时间',
    ]);
    expectSound(deck, article);
  });

  it('shows a list counted without ordinals (建议做三件事：A；B；C。) as that list, and a lead-in without its connective or its 是', () => {
    const article = parseArticle(
      [
        '# 路由器',
        '',
        '### 最后检查一遍',
        '',
        '全部改完后，建议做三件事：用手机重新连一次Wi-Fi，确认新密码生效；在后台的“设备列表”里看看有没有不认识的设备；把新密码写在纸上，收好。',
        '',
        '主要缺两样：更大的望远镜；和更多的时间。',
        '',
        '### 适合提前还',
        '',
        '综合来看，比较适合提前还款的情况是：',
        '',
        '1. 手里有一笔闲钱',
        '2. 房贷利率明显高于稳健收益',
        '',
        '注意，有些运营商送的光猫本身也带路由功能。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const slides = deck.slides.filter((s) => s.kind === 'points');
    expect(slides.map(pointsOf)).toEqual([
      [
        '全部改完后，建议做三件事',
        '1. 用手机重新连一次Wi-Fi，确认新密码生效',
        '2. 在后台的“设备列表”里看看有没有不认识的设备',
        '3. 把新密码写在纸上，收好',
        // Two counted, one semicolon: no list.
        '主要缺两样：更大的望远镜；和更多的时间',
      ],
      [
        '比较适合提前还款的情况',
        '1. 手里有一笔闲钱',
        '2. 房贷利率明显高于稳健收益',
        '有些运营商送的光猫本身也带路由功能',
      ],
    ]);
    expectSound(deck, article);
  });

  it('makes a point of a bold numbered claim with its number, not of the number alone (**1. 胎压要补。**…)', () => {
    const article = parseArticle(
      [
        '# 冬天开车',
        '',
        '### 轮胎',
        '',
        '**1. 胎压要按冷胎标准补。**气温每下降10℃，胎压大约下降0.1bar。',
        '',
        '**2. 花纹深度不能低于1.6毫米。**这是国家标准规定的磨损极限。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const tyres = deck.slides.find((s) => s.kind === 'points' && s.heading === '轮胎');
    expect(pointsOf(tyres as Slide)).toEqual([
      '1. 胎压要按冷胎标准补：气温每下降10℃，胎压大约下降0.1bar',
      '2. 花纹深度不能低于1.6毫米，这是国家标准规定的磨损极限',
    ]);
    expectSound(deck, article);
  });

  it('refuses a section that says too little for a point, at its heading, rather than show an empty slide', () => {
    const markdown = '# 标题\n\n### 一节\n\n正文。\n\n### 二节\n\n**一、**\n\n“\n';
    expect(() => buildDeck(parseArticle(markdown, 'a.md'), emptySpec())).toThrow(
      'a.md:7:1: section "二节" says too little to make a point for its slide',
    );
  });

  it('refuses a section left as a placeholder (待补充, TODO, （此处省略）, a lone 是的。) or only a link to the original (查看原文), at its heading', () => {
    for (const [body, line] of [
      ['待补充。', 7],
      ['TODO', 7],
      ['（此处省略）', 7],
      ['这个问题下一节再说。', 7],
      ['是的。', 7],
      ['为什么？\n\n你知道吗？', 7],
      // A link to the original only: the sources slide names it; as a point it says nothing.
      ['[查看原文](https://example.com/a)', 7],
      ['- [阅读原文](https://example.com/a)\n- [原文链接](https://example.com/b)', 7],
    ] as const) {
      const markdown = `# 标题\n\n### 一节\n\n正文。\n\n### 二节\n\n${body}\n`;
      expect(() => buildDeck(parseArticle(markdown, 'a.md'), emptySpec()), body).toThrow(
        `a.md:${line}:1: section "二节" says too little to make a point for its slide`,
      );
    }
  });

  it('refuses a closing summary that says too little for a point, at its heading, rather than drop it and its words', () => {
    for (const body of ['那么到底该怎么选？', '[查看原文](https://example.com/a)', '待补充']) {
      const markdown = `# 标题\n\n### 一节\n\n正文。\n\n### 二节\n\n正文。\n\n### 总结\n\n${body}\n`;
      expect(() => buildDeck(parseArticle(markdown, 'a.md'), emptySpec()), body).toThrow(
        'a.md:11:1: the closing section "总结" says too little to make a point for the summary',
      );
    }
    // What the message offers works: the section's own points.
    const markdown = '# 标题\n\n### 一节\n\n正文。\n\n### 二节\n\n正文。\n\n### 总结\n\n那么到底该怎么选？\n';
    expect(() => buildDeck(parseArticle(markdown, 'a.md'), emptySpec())).toThrow('(sections.总结.points)');
    const mended = buildDeck(
      parseArticle(markdown, 'a.md'),
      parseSpec('sections:\n  总结:\n    points:\n      - 按需选择\n', 'deck.yaml'),
    );
    expect(mended.slides.some((s) => s.kind === 'points' && s.points.includes('按需选择'))).toBe(true);
  });

  it('makes a point of what a paragraph says, with the short question it answers, not of the question, answer or announcement it opens with alone', () => {
    const article = parseArticle(
      [
        '# 标题',
        '',
        '### 一节',
        '',
        '为什么5G能快这么多？主要是因为它用上了更宽的频谱。',
        '',
        '先看能源费用。电动车每百公里耗电约十五度，电费不到十元。',
        '',
        '你知道吗？',
        '',
        '第一台手机重达一公斤。',
        '',
        '正如一位工程师所说：',
        '',
        '> 4G改变生活，5G改变社会。',
        '',
        '说到底，这是成本问题。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const points = pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide);
    expect(points).toEqual([
      // The answer, said with its question where both fit.
      '为什么5G能快这么多？主要是因为它用上了更宽的频谱',
      // The topic it announces labels what follows.
      '能源费用：电动车每百公里耗电约十五度，电费不到十元',
      '第一台手机重达一公斤',
      // A quotation is shown as one, with the words that introduce it.
      '正如一位工程师所说：“4G改变生活，5G改变社会”',
      // 说到底 sums up: no announcement.
      '这是成本问题',
    ]);
    // The question and the announcement still reach the notes, beside the words they open.
    expectSound(deck, article);
  });

  it('takes a point from each stretch of a section written as one long paragraph, all on its one slide', () => {
    const sentence = (what: string) =>
      `这一句说${what}，它写得足够长，好让它在这一段落里占到差不多四十个字的篇幅。`;
    const long = ['电池', '电机', '电控', '充电', '保养', '残值', '保险'].map(sentence).join('');
    const article = parseArticle(
      `# 标题\n\n### 一节\n\n${long}\n\n### 二节\n\n短段一。\n\n短段二。\n`,
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const [one, two] = deck.slides.filter((s) => s.kind === 'points');
    // 252 characters: the lead of its first four sentences, and of the three after them.
    expect(one && pointsOf(one)).toEqual(
      [sentence('电池'), sentence('保养')].map((s) => s.replace(/。$/, '')),
    );
    expect(one?.notes.paragraphs.map((p) => p.text)).toEqual([long]);
    // Short paragraphs give their leads, as before.
    expect(two && pointsOf(two)).toEqual(['短段一', '短段二']);
    expectSound(deck, article);
    // A stretch that opens on words pointing back (这一点) gives the point of a sentence that stands alone.
    const pointing = long.replace(
      sentence('保养'),
      '这一点在冬天尤其明显，开长途之前一定要把它考虑进去，千万不要忽视。',
    );
    const again = buildDeck(parseArticle(`# 标题\n\n### 一节\n\n${pointing}\n`, 'a.md'), emptySpec());
    expect(pointsOf(again.slides.find((s) => s.kind === 'points') as Slide)[1]).toBe(
      sentence('残值').replace(/。$/, ''),
    );
  });

  it('says what many people believe together with the next sentence’s correction, never the belief alone', () => {
    const article = parseArticle(
      [
        '# 标题',
        '',
        '### 一节',
        '',
        '说到电动车，很多人首先担心的是电池起火。事实上，根据应急管理部门的统计，电动车的火灾发生率并不比燃油车高。',
        '',
        '很多人以为5G很费电。但实测下来差别不大。',
        '',
        '有人认为eSIM不安全。这种担心可以理解。',
        '',
        '很多人听说固态硬盘会坏。这种担心在十年前有一定道理，但如今已经基本不成立。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide)).toEqual([
      '说到电动车，很多人首先担心的是电池起火；事实上，根据应急管理部门的统计，电动车的火灾发生率并不比燃油车高',
      '很多人以为5G很费电；但实测下来差别不大',
      // Not corrected by the sentence after it: the belief is the point, as written.
      '有人认为eSIM不安全',
      // Corrected by a sentence that takes it up (这种担心…) and turns on it.
      '很多人听说固态硬盘会坏；这种担心在十年前有一定道理，但如今已经基本不成立',
    ]);
    // A belief its own sentence corrects (…，其实…) is its point: a 但 after it turns on the
    // correction, and said with it, would confirm the fear.
    const self = parseArticle(
      [
        '# 征信',
        '',
        '### 逾期',
        '',
        '很多人担心逾期一天就会“上黑名单”，其实征信系统里并没有黑名单。但这并不意味着可以随意拖延：“连三累六”基本会被拒贷。',
        '',
      ].join('\n'),
      'a.md',
    );
    expect(pointsOf(buildDeck(self, emptySpec()).slides.find((s) => s.kind === 'points') as Slide)).toEqual([
      '很多人担心逾期一天就会“上黑名单”，其实征信系统里并没有黑名单',
    ]);
    // A sentence that calls the view wrong corrects it too, and parents or the old believe as people do.
    const wrong = parseArticle(
      [
        '# 抗生素',
        '',
        '### 误区',
        '',
        '很多人觉得“耐药”是身体对药不敏感了。这是一个非常普遍的误解。',
        '',
        '不少家长认为孩子一发烧就该用头孢。这种做法并没有证据支持。',
        '',
        '很多人担心洗碗机洗不干净，所以放进去之前要先用水冲一遍。这种做法并没有必要，反而浪费水。',
        '',
        '不少人以为输液比吃药好得快。恰恰相反，口服的效果并不差。',
        '',
        '很多人担心打了疫苗反而会得流感。这是不可能的：灭活疫苗里的病毒已被杀死。',
        '',
        '很多人以为吃味精会致癌。这是谣言，味精在体内就是谷氨酸。',
        '',
        '很多人觉得，“我看着水位呢，一涨我就跑”。这种想法非常危险。',
        '',
        '很多人以为多浇水总没错。可问题是，根系也需要呼吸。',
        '',
        '民间有句俗语：“初一十五涨大潮”。不过，真正的大潮会推迟一到三天。',
        '',
        '很多人以为，潮汐就是月亮把海水“吸”了过去，所以朝着月亮的那一面海水会鼓起来。这个解释只说对了一半。',
        '',
      ].join('\n'),
      'a.md',
    );
    expect(
      buildDeck(wrong, emptySpec())
        .slides.filter((s) => s.kind === 'points')
        .flatMap((s) => pointsOf(s)),
    ).toEqual([
      '很多人觉得“耐药”是身体对药不敏感了；这是一个非常普遍的误解',
      '不少家长认为孩子一发烧就该用头孢；这种做法并没有证据支持',
      '很多人担心洗碗机洗不干净，所以放进去之前要先用水冲一遍；这种做法并没有必要，反而浪费水',
      '不少人以为输液比吃药好得快；恰恰相反，口服的效果并不差',
      '很多人担心打了疫苗反而会得流感；这是不可能的：灭活疫苗里的病毒已被杀死',
      '很多人以为吃味精会致癌；这是谣言，味精在体内就是谷氨酸',
      '很多人觉得，“我看着水位呢，一涨我就跑”；这种想法非常危险',
      '很多人以为多浇水总没错；可问题是，根系也需要呼吸',
      '民间有句俗语：“初一十五涨大潮”；不过，真正的大潮会推迟一到三天',
      // Whole where its slide has room.
      '很多人以为，潮汐就是月亮把海水“吸”了过去，所以朝着月亮的那一面海水会鼓起来；这个解释只说对了一半',
    ]);
    // Where both do not fit, a correction that only calls the belief wrong keeps the belief, cut.
    expect(
      sectionPoints([
        '很多人以为，潮汐就是月亮把海水“吸”了过去，所以朝着月亮的那一面海水会鼓起来。这个解释只说对了一半。',
        '海水之所以是咸的，是因为河流千百万年来不断把陆地上的盐分带进海里。',
        '大洋深处几乎没有光，植物无法进行光合作用。',
        '海浪主要是风吹出来的，风越大、吹得越久，浪就越高。',
      ])[0],
    ).toBe('很多人以为，潮汐就是月亮把海水“吸”了过去……这个解释只说对了一半');
    // A 却 or 冷却 in the belief's own sentence corrects nothing: the next sentence's 事实上 does.
    const cooled = parseArticle(
      [
        '# 快充',
        '',
        '### 发热',
        '',
        '很多人担心快充会让电池过热，厂家为此给手机加了冷却风扇。事实上，快充只在电量低时满功率。',
        '',
        '很多人担心家里的甲醛超标，自己却从来没有测过。事实上，新房通风半年大多达标。',
        '',
      ].join('\n'),
      'a.md',
    );
    expect(pointsOf(buildDeck(cooled, emptySpec()).slides.find((s) => s.kind === 'points') as Slide)).toEqual(
      [
        '很多人担心快充会让电池过热，厂家为此给手机加了冷却风扇；事实上，快充只在电量低时满功率',
        '很多人担心家里的甲醛超标，自己却从来没有测过；事实上，新房通风半年大多达标',
      ],
    );
  });

  it('says a saying, a complaint, or a belief held after a clause on when or by almost everyone, with the sentence that corrects it', () => {
    expect(
      sectionPoints([
        '过去曾有“O型血是万能献血者”的说法。这种说法在紧急情况下有一定道理，但并不严谨。',
        '很多人一听到“辐射”两个字就紧张，觉得微波炉和核电站是一类东西。这是一个常见的误解。',
        '很多人第一反应是宽带太慢了。其实问题多半出在路由器上。',
        '听到“癌”字，几乎所有人的第一反应都是“赶紧切了”。但乳头状癌进展非常缓慢。',
        '网上一度有人抱怨“省了税，亏了本”。但这类产品本来就是按十年设计的。',
        // Said, not corrected: the saying stands as written.
        '有一种说法认为咖啡伤胃。咖啡因确实会刺激胃酸分泌。',
        // The writer's trust after a clause is no belief: the next sentence corrects nothing. (A third
        // sentence keeps the paragraph from ending on the turn, which would say it with the lead.)
        '大家读到这里，相信已经明白了两种卡的区别。不过，具体选哪一种还要看手机。下面一节细说。',
      ]),
    ).toEqual([
      '过去曾有“O型血是万能献血者”的说法；这种说法在紧急情况下有一定道理，但并不严谨',
      '很多人一听到“辐射”两个字就紧张，觉得微波炉和核电站是一类东西；这是一个常见的误解',
      '很多人第一反应是宽带太慢了；其实问题多半出在路由器上',
      '听到“癌”字，几乎所有人的第一反应都是“赶紧切了”；但乳头状癌进展非常缓慢',
      '网上一度有人抱怨“省了税，亏了本”；但这类产品本来就是按十年设计的',
      '有一种说法认为咖啡伤胃',
      '大家读到这里，相信已经明白了两种卡的区别',
    ]);
  });

  it('drops a comparison’s or an example’s opening words, and a reminder’s with its colon, from a point', () => {
    const deck = buildDeck(
      parseArticle(
        '# 标题\n\n### 一节\n\n打个比方，2.4GHz像低音炮，隔墙也听得见。\n\n最后提醒一句：路由器要定期重启。\n\n举个例子：手表也用eSIM。\n\n最后还要提醒大家，换机前先转移eSIM。\n',
        'a.md',
      ),
      emptySpec(),
    );
    expect(pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide)).toEqual([
      '2.4GHz像低音炮，隔墙也听得见',
      '路由器要定期重启',
      '手表也用eSIM',
      '换机前先转移eSIM',
    ]);
    // One that only leads into a quotation keeps its words, as the quotation's label.
    const lead = buildDeck(
      parseArticle('# 标题\n\n### 一节\n\n最后提醒一句：\n\n> 换机前一定要先在旧手机上转移eSIM。\n', 'a.md'),
      emptySpec(),
    );
    expect(pointsOf(lead.slides.find((s) => s.kind === 'points') as Slide)).toEqual([
      '最后提醒一句：“换机前一定要先在旧手机上转移eSIM”',
    ]);
  });

  it('shows a Q&A article’s headings and answers without their 问：, Q1： and 答： marks', () => {
    const article = parseArticle(
      [
        '# 防蓝光',
        '',
        '### 问：蓝光到底是什么？',
        '',
        '答：蓝光是可见光中波长较短的那一部分。',
        '',
        '### Q2：晚上玩手机影响睡眠吗？',
        '',
        '答：有一定关系，但没有想象中那么大。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.sections.map((s) => [s.heading, s.id])).toEqual([
      ['蓝光到底是什么？', '蓝光到底是什么'],
      ['晚上玩手机影响睡眠吗？', '晚上玩手机影响睡眠吗'],
    ]);
    const points = deck.slides.filter((s) => s.kind === 'points');
    expect(points.map((s) => s.kind === 'points' && [s.heading, ...s.points])).toEqual([
      ['蓝光到底是什么？', '蓝光是可见光中波长较短的那一部分'],
      ['晚上玩手机影响睡眠吗？', '有一定关系，但没有想象中那么大'],
    ]);
    expect(pointsOf(deck.slides.find((s) => s.kind === 'summary') as Slide)).toEqual([
      '蓝光到底是什么？蓝光是可见光中波长较短的那一部分',
      '晚上玩手机影响睡眠吗？有一定关系，但没有想象中那么大',
    ]);
    // The spec names a section as the article writes it.
    const curated = buildDeck(
      article,
      parseSpec('sections:\n  问：蓝光到底是什么？:\n    points: [一种可见光]\n', 'deck.yaml'),
    );
    expect(curated.sections[0]?.heading).toBe('蓝光到底是什么？');
    expectSound(deck, article);
    // Q1： before words that do not ask names a quarter, and stays.
    const quarters = buildDeck(
      parseArticle(
        '# 财报\n\n### Q1：开局平稳\n\n营收增长5%。\n\n### Q2：增长加速\n\n营收增长12%。\n',
        'b.md',
      ),
      emptySpec(),
    );
    expect(quarters.sections.map((s) => s.heading)).toEqual(['Q1：开局平稳', 'Q2：增长加速']);
  });

  it('says a short teaser with what follows it (答：主要有两种方式。 也不完全是这样。), but no recap answers with it cut short', () => {
    const article = parseArticle(
      [
        '# 机上上网',
        '',
        '### 机上Wi-Fi是怎么上网的？',
        '',
        '答：主要有两种方式。一种叫空地互联，在地面沿航线建基站向天上发信号，成本低，但只能在陆地上空用；另一种是卫星通信，海上也能用，不过设备贵、延迟高。',
        '',
        '目前国内航线的机上Wi-Fi，刷刷网页、发发微信没问题，看高清视频就比较吃力了。',
        '',
        '起飞和降落阶段，机上Wi-Fi通常会关闭，要等飞机爬升到一定高度以后才能连上。',
        '',
        '### 金属能进微波炉吗？',
        '',
        '也不完全是这样。尖锐的金属会产生电火花。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const [wifi, metal] = deck.slides.filter((s) => s.kind === 'points').map(pointsOf);
    expect(wifi?.[0]).toMatch(/^主要有两种方式：一种叫空地互联.*……/);
    expect(metal).toEqual(['也不完全是这样：尖锐的金属会产生电火花']);
    const recap = deck.slides.find((s) => s.kind === 'summary');
    expect(recap && pointsOf(recap)).toEqual([
      '机上Wi-Fi是怎么上网的？',
      '金属能进微波炉吗？也不完全是这样：尖锐的金属会产生电火花',
    ]);
  });

  it('says an answer that leans on its question (因为…, 这取决于…) with the question, a question word alone left out', () => {
    const points = (...paragraphs: string[]) =>
      pointsOf(
        buildDeck(
          parseArticle(`# 天气\n\n### 计算\n\n${paragraphs.join('\n\n')}\n`, 'a.md'),
          emptySpec(),
        ).slides.find((s) => s.kind === 'points') as Slide,
      );
    expect(
      points(
        '听起来很简单，为什么非得用超级计算机？因为计算量大得惊人。全球大气被划成上亿个小格子。',
        '一个二维码能装多少东西？这取决于它的“版本”。版本越高，格子越多。',
      ),
    ).toEqual(['为什么非得用超级计算机？因为计算量大得惊人', '一个二维码能装多少东西？这取决于它的“版本”']);
    expect(points('为什么？因为藤蔓枯了才是熟透的信号。')).toEqual(['因为藤蔓枯了才是熟透的信号']);
    // Nor one that only points back at what the slide does not show.
    expect(points('这是为什么呢？因为电池在低温下内阻变大。')).toEqual(['因为电池在低温下内阻变大']);
    expect(points('为什么会这样？因为电池在低温下内阻变大。')).toEqual(['因为电池在低温下内阻变大']);
    // 在于 leans on its question too, and a question of 这 with its own noun asks.
    expect(points('既然有这么多局限，这项研究的意义在哪里？在于它研究的是“发出”而不是“识别”。')).toEqual([
      '这项研究的意义在哪里？在于它研究的是“发出”而不是“识别”',
    ]);
  });

  it('says a question someone doubts aloud (有人质疑：…？) with its answer, and an answer that only opens with what it opens', () => {
    expect(
      sectionPoints([
        '有人质疑：剩饭放进冰箱就一定安全吗？冰箱只能减慢细菌繁殖，并不能杀死细菌，所以剩饭最好在两天内吃完。',
      ]),
    ).toEqual(['剩饭放进冰箱就一定安全吗？冰箱只能减慢细菌繁殖，并不能杀死细菌，所以剩饭最好在两天内吃完']);
    // 研究人员也考虑到了这一点 only points back at the question: what they found answers it.
    expect(
      sectionPoints([
        '有人质疑：乌鸦会不会只是凭感觉叫个大概？研究人员也考虑到了这一点。数据显示，叫得快慢都不影响次数。',
      ]),
    ).toEqual(['乌鸦会不会只是凭感觉叫个大概？研究人员也考虑到了这一点：数据显示，叫得快慢都不影响次数']);
  });

  it('looks past a lead that only points at a question, at who said a quotation, or at what to know first', () => {
    const deck = buildDeck(
      parseArticle(
        [
          '# 退烧药',
          '',
          '### 能不能交替吃',
          '',
          '这是家长问得最多的问题之一。主流的儿科指南并不推荐常规交替使用。',
          '',
          '这句话是很多儿科医生在门诊上反复强调的。发烧超过3天不退，一定要及时就医。',
          '',
          '要理解这一点，得先知道锂离子电池是怎么充电的。充电时，锂离子从正极钻进负极的石墨层。',
          '',
        ].join('\n'),
        'a.md',
      ),
      emptySpec(),
    );
    expect(pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide)).toEqual([
      '主流的儿科指南并不推荐常规交替使用',
      '发烧超过3天不退，一定要及时就医',
      '充电时，锂离子从正极钻进负极的石墨层',
    ]);
    // Advice that names what to do first is a point of its own.
    const advice = buildDeck(
      parseArticle(
        '# 防骗\n\n### 看执照\n\n要避免被骗，就要看看对方有没有营业执照。正规商家都会挂出执照。\n',
        'a.md',
      ),
      emptySpec(),
    );
    expect(pointsOf(advice.slides.find((s) => s.kind === 'points') as Slide)).toEqual([
      '要避免被骗，就要看看对方有没有营业执照',
    ]);
  });

  it('says what a sentence grants (…确实…) with the turn the next sentence makes, never the granted half alone', () => {
    expect(
      sectionPoints([
        '出汗之后喝点淡盐水，确实能帮助补充电解质。但这和“每天早上一杯”是两回事。',
        // A turn that only opens is said with what it opens; where the grant leaves that no room, it goes.
        '亚硝酸盐确实是个值得警惕的物质，它在体内可能转化成致癌的亚硝胺，一次大量摄入还会导致急性中毒。但关键在于剂量。我国《生活饮用水卫生标准》规定，饮用水中亚硝酸盐的限值是每升1毫克。',
        // A grant with its own turn says both.
        '咖啡因确实有轻微的利尿作用，但这个作用被夸大了。喝咖啡也算喝水。',
        // A belief's correction that grants a part first keeps its turn after the ；, the part
        // granted left out where both do not fit.
        '很多人以为糖能让馒头发得更好。其实少量的糖确实能给酵母帮点忙；但糖放多了，反而会抑制酵母活动。',
        '很多人以为糖能让馒头发得更好，于是一放就是五六十克。其实少量的糖确实能给酵母当“开胃菜”，让它启动得快一点；但糖放多了，面团里的渗透压升高，反而会抑制酵母活动，发得更慢，蒸出来的馒头也容易发黄。',
        // The turn a sentence later; an objection's concession passed over for its turn.
        '猫确实有翻正反射，落地时能用腿缓冲。这让猫的存活率比其他动物高。但能活下来不等于没事。',
        '有人会说：“我家猫喝了也没事啊。”确实有少数猫不拉肚子。但牛奶对猫没有必需的营养。',
        // A view called half right opens the turn after what it grants.
        '这个说法只对了一半。猫在放松的时候确实会打呼噜。但兽医发现，猫在生病时也会打呼噜。',
        // A belief the next sentence only calls wrong is said with the sentence after that.
        '还有人觉得，被蚊子咬是因为自己“血甜”。其实不然。目前没有研究证明血糖会影响蚊子的选择。',
      ]),
    ).toEqual([
      '出汗之后喝点淡盐水，确实能帮助补充电解质；但这和“每天早上一杯”是两回事',
      '关键在于剂量：我国《生活饮用水卫生标准》规定，饮用水中亚硝酸盐的限值是每升1毫克',
      '咖啡因确实有轻微的利尿作用，但这个作用被夸大了',
      '很多人以为糖能让馒头发得更好；其实少量的糖确实能给酵母帮点忙；但糖放多了，反而会抑制酵母活动',
      '糖放多了，面团里的渗透压升高，反而会抑制酵母活动，发得更慢，蒸出来的馒头也容易发黄',
      '猫确实有翻正反射，落地时能用腿缓冲；但能活下来不等于没事',
      '有人会说：“我家猫喝了也没事啊”；但牛奶对猫没有必需的营养',
      '这个说法只对了一半：兽医发现，猫在生病时也会打呼噜',
      '还有人觉得，被蚊子咬是因为自己“血甜”，其实不然：目前没有研究证明血糖会影响蚊子的选择',
    ]);
  });

  it('never shows a practice the article calls unsafe, a view it overturns or a grant it turns from without what it says against them', () => {
    expect(
      sectionPoints([
        // What anyone does, called unsafe by the next sentence: alone it would read as advice.
        '有人舍不得，把有斑点的那一层刮掉继续吃。这样做不安全：霉菌的菌丝可能已经长进了下面看不见的地方。',
        // A view reported with a bare 说 is a belief, as 有人会说 is.
        '很多人说泉州“没什么特别的景点”。这话不算错，它确实没有让人一眼震撼的东西。但泉州的好，不在景点，而在那些你随便拐进去的小巷子里。',
        // Called partly wrong, it is said with what is true after the verdict, from its turn.
        '有人说，加点糖能“喂”乳酸菌，发酵更快。这话不全对。少量的糖对发酵影响不大，但糖放多了，渗透压升高，反而会抑制菌的活动。',
        // A myth labelled as one is a belief too.
        '误区一：闪电不会两次打在同一个地方。事实上，高大的建筑反而是闪电的常客。',
      ]),
    ).toEqual([
      '有人舍不得，把有斑点的那一层刮掉继续吃；这样做不安全：霉菌的菌丝可能已经长进了下面看不见的地方',
      '很多人说泉州“没什么特别的景点”；但泉州的好，不在景点，而在那些你随便拐进去的小巷子里',
      '有人说，加点糖能“喂”乳酸菌，发酵更快；这话不全对：糖放多了，渗透压升高，反而会抑制菌的活动',
      '误区一：闪电不会两次打在同一个地方；事实上，高大的建筑反而是闪电的常客',
    ]);
    expect(
      sectionPoints([
        // The writer's own grant, with a turn that asks.
        '我完全同意动手能力很重要。但问题在于，现在的手工作业，锻炼的是谁的动手能力？',
        // 当然很好, with a turn on a bare 可.
        '如果是周末，孩子主动想做，那当然很好。可现实往往是：作业明天要交，家长一边赶工一边催孩子睡觉。',
        // An objection that 这恰恰说明 answers.
        '有人会说：孩子的作品太寒碜，会被同学笑话。这恰恰说明评比的方式出了问题。',
      ]),
    ).toEqual([
      '我完全同意动手能力很重要；但问题在于，现在的手工作业，锻炼的是谁的动手能力？',
      '如果是周末，孩子主动想做，那当然很好；可现实往往是：作业明天要交，家长一边赶工一边催孩子睡觉',
      '有人会说：孩子的作品太寒碜，会被同学笑话；这恰恰说明评比的方式出了问题',
    ]);
    expect(
      sectionPoints([
        // 子女 hold views too; the writer's own verdict (其实不完全是这样) is said, not overstated as 其实不然.
        '很多子女觉得，老人刷短视频是因为自制力差。其实不完全是这样。短视频的推荐算法是精心设计的。',
        // A belief held still (还以为).
        '很多人还以为晒黑了就不会再晒伤。其实晒黑本身就是皮肤受损的表现。',
        // A practice that backfires; where both would not fit, what is done is said by its first clause.
        '有的子女干脆把父母的手机收走，或者偷偷设置使用时限，每天只让看半小时。这样做往往适得其反：老人会觉得自己被当成了孩子，反而更加抵触。',
        // What is offered, called unrelated.
        '有的店员会趁机推荐“顺便做个保养”。这些项目和召回无关，车主完全可以拒绝。',
      ]),
    ).toEqual([
      '很多子女觉得，老人刷短视频是因为自制力差，其实不完全是这样：短视频的推荐算法是精心设计的',
      '很多人还以为晒黑了就不会再晒伤；其实晒黑本身就是皮肤受损的表现',
      '有的子女干脆把父母的手机收走；这样做往往适得其反：老人会觉得自己被当成了孩子，反而更加抵触',
      '有的店员会趁机推荐“顺便做个保养”；这些项目和召回无关，车主完全可以拒绝',
    ]);
    // An answer to a short question that grants a part, or answers from one point of view (算钱的话),
    // is said with the turn after it: alone, it gives the answer the writer turns from. A turn that
    // only limits an answer (不过干硬的米粒…) is not.
    expect(
      sectionPoints([
        '有人说，雨天总可以不涂了吧？如果是大雨、一整天待在室内，确实可以不涂。但只要出门时间长，还是建议做基础防护。',
        '有人问我：“在阳台种番茄划算吗？”算钱的话，种子、土、盆和肥料加起来花了一百多元，差不多够买一夏天的番茄。但看着一株苗从发芽到结果，这份乐趣是买不来的。',
        '还有人会问：“洗得干净吗？会不会还得再冲一遍？”说实话，一般的油污完全没问题，连手洗很难刷干净的杯子内壁都能洗到。不过干硬的米粒和烧焦的锅底，它确实对付不了。',
      ]),
    ).toEqual([
      // With its question, the grant and its turn do not fit on a slide shared with two more.
      '如果是大雨、一整天待在室内，确实可以不涂；但只要出门时间长，还是建议做基础防护',
      '“在阳台种番茄划算吗？”算钱的话，种子、土、盆和肥料加起来花了一百多元，差不多够买一夏天的番茄；但看着一株苗从发芽到结果，这份乐趣是买不来的',
      '“洗得干净吗？会不会还得再冲一遍？”一般的油污完全没问题，连手洗很难刷干净的杯子内壁都能洗到',
    ]);
    expect(
      sectionPoints([
        '有人说，雨天总可以不涂了吧？如果是大雨、一整天待在室内，确实可以不涂。但只要出门时间长，还是建议做基础防护。',
      ]),
    ).toEqual([
      '雨天总可以不涂了吧？如果是大雨、一整天待在室内，确实可以不涂；但只要出门时间长，还是建议做基础防护',
    ]);
    // Visitors, applicants and children hold views too; a view heard out before the turn (我们理解这种
    // 感受，但…) is corrected; 其实不是这样的 says only that a belief is wrong, as 其实不然 does.
    expect(
      sectionPoints([
        '很多观众以为汉代离我们太远。其实只要知道该看哪里，一盏灯、一件衣服，都能讲出两千年前的日常生活。',
        '有的申请人觉得，签协议、接受回访，是把人当贼防。我们理解这种感受，但这些步骤是为猫准备的。',
        '很多小朋友以为，食物是自己“掉”进胃里的。其实不是这样的。食道的墙壁会一圈一圈地收缩，把食物往下推。',
      ]),
    ).toEqual([
      '很多观众以为汉代离我们太远；其实只要知道该看哪里，一盏灯、一件衣服，都能讲出两千年前的日常生活',
      '有的申请人觉得，签协议、接受回访，是把人当贼防；我们理解这种感受，但这些步骤是为猫准备的',
      '很多小朋友以为，食物是自己“掉”进胃里的，其实不然：食道的墙壁会一圈一圈地收缩，把食物往下推',
    ]);
    // What a cut belief leaves is what they believe, by its first clause, not who believes alone.
    expect(
      sectionPoints([
        '很多人以为，植物嘛，多喝水总没错，于是每天早上起来先给每盆都浇一遍，心里还挺有成就感。可问题是，根系也需要呼吸。土壤长期泡在水里，根就会缺氧、腐烂。',
        '晴天的中午不要浇水，叶子上的水珠会像放大镜一样把叶片灼伤，最好等到傍晚再浇。',
        '阴天的时候土干得慢，浇水的间隔可以拉长到三四天，摸一摸表土再决定。',
      ])[0],
    ).toBe('很多人以为，植物嘛，多喝水总没错……可问题是，根系也需要呼吸');
  });

  it('says a condition whose outcome only goes beyond something (那就不只是习惯问题了) with what the next sentence says it is', () => {
    const warning =
      '如果你发现父亲刷手机的同时，还出现了情绪低落、不愿出门、对什么都提不起兴趣的情况，那就不只是习惯问题了。这可能是老年抑郁的信号，建议陪他去医院的精神心理科看看。';
    expect(sectionPoints([warning])).toEqual([
      '如果你发现父亲刷手机的同时，还出现了情绪低落、不愿出门、对什么都提不起兴趣的情况，这可能是老年抑郁的信号，建议陪他去医院的精神心理科看看',
    ]);
    // On a full slide, the condition gives way to what it is.
    expect(
      sectionPoints([
        warning,
        '另一段话说了别的事情，也比较长，占掉一些地方，还要再长一点才行。',
        '第三段话也说了别的事情，同样比较长一些，还要再长一点才行。',
        '第四段话也说了别的事情，同样比较长一些。',
      ])[0],
    ).toBe('如果你发现父亲刷手机的同时……这可能是老年抑郁的信号，建议陪他去医院的精神心理科看看');
  });

  it('says a short reassurance with why not to worry, a two-sentence paragraph with the turn it ends on, and a yes with its question', () => {
    expect(
      sectionPoints([
        '需要补税的也不必太紧张。政策规定，年收入不超过12万元，或者补税金额不超过400元的，可以免于补税。',
        // Where the paragraph comes to is the point: alone, the lead says what it overturns.
        '我带过的徒弟里，有一个姑娘是学化学的，刚来时手很笨。但她坐得住，三年以后，已经能独立修宋本的残页了。',
        // Not an exception the turn makes, nor a figure it only qualifies: the lead still says the point.
        '成年人每天需要的水，算上食物里的水分，大约是1500到1700毫升。但这只是一个参考值，出汗多的人要多喝。',
        '每天早上起床以后空腹喝一杯温水，能帮助身体代谢。但如果有肾病，喝多少要听医生的。',
        // A yes passed over for its reason is said with its question and the reason.
        '有人会问：能不能直接用菌粉？当然可以。菌粉的成功率更高，一包几块钱。',
        '乌鸦是真的在“数数”吗？不完全是。乌鸦在实验里只处理了一到四这几个很小的数目。',
      ]),
    ).toEqual([
      '需要补税的也不必太紧张：政策规定，年收入不超过12万元，或者补税金额不超过400元的，可以免于补税',
      '我带过的徒弟里……但她坐得住，三年以后，已经能独立修宋本的残页了',
      '成年人每天需要的水，算上食物里的水分，大约是1500到1700毫升',
      '每天早上起床以后空腹喝一杯温水，能帮助身体代谢',
      '能不能直接用菌粉？当然可以：菌粉的成功率更高，一包几块钱',
      '乌鸦是真的在“数数”吗？不完全是：乌鸦在实验里只处理了一到四这几个很小的数目',
    ]);
  });

  it('says a section’s answer from the sentence that defines what its heading asks about, not the setting before it', () => {
    const deck = (heading: string) =>
      buildDeck(
        parseArticle(
          `# 个税\n\n### ${heading}\n\n平时每个月发工资时，单位已经替你预扣了个税。年度汇算，就是把一整年的收入重新算一遍：交多了退，交少了补。\n`,
          'a.md',
        ),
        emptySpec(),
      );
    const points = (d: Deck) => d.slides.filter((s) => s.kind === 'points').flatMap(pointsOf);
    expect(points(deck('汇算到底在算什么？'))).toEqual([
      '年度汇算，就是把一整年的收入重新算一遍：交多了退，交少了补',
    ]);
    // Not under a heading that asks no what, nor for a term it does not name.
    expect(points(deck('汇算的时间'))).toEqual(['平时每个月发工资时，单位已经替你预扣了个税']);
    expect(points(deck('个税是什么？'))).toEqual(['平时每个月发工资时，单位已经替你预扣了个税']);
    // So does one that names what it has described (…这部分远视就叫“远视储备”).
    const named = buildDeck(
      parseArticle(
        '# 近视\n\n### 什么是“远视储备”？\n\n很多家长不知道，孩子刚出生时大多处于远视状态。随着眼轴变长，这部分远视慢慢减少，就叫“远视储备”。\n',
        'a.md',
      ),
      emptySpec(),
    );
    expect(points(named)).toEqual(['随着眼轴变长，这部分远视慢慢减少，就叫“远视储备”']);
    // Under a heading that asks how long or how much, the first sentence with a measured figure,
    // where the lead gives none; not where the lead counts something itself.
    const measured = (lead: string) =>
      points(
        buildDeck(
          parseArticle(
            `# 净水器\n\n### 滤芯多久换一次？\n\n${lead}一般来说，PP棉滤芯3到6个月更换一次，反渗透膜2到3年。\n`,
            'a.md',
          ),
          emptySpec(),
        ),
      );
    expect(measured('滤芯是净水器的核心，也是最容易被忽视的部分。')).toEqual([
      '一般来说，PP棉滤芯3到6个月更换一次，反渗透膜2到3年',
    ]);
    expect(measured('滤芯一共有3种，各自的寿命并不相同。')).toEqual(['滤芯一共有3种，各自的寿命并不相同']);
  });

  it('recaps a heading that asks whether to only with a point that weighs it, never with a fact that reads as a verdict', () => {
    const article = parseArticle(
      [
        '# 泉州',
        '',
        '### 簪花值不值得做？',
        '',
        '蟳埔村的簪花现在非常火，套餐从一百多到五六百不等。',
        '',
        '如果你只是想要一张照片，可以不做。',
        '',
        '### 要不要提前订票？',
        '',
        '节假日建议提前三天在小程序上订票。',
        '',
        '### 自来水已经达标，还有必要装净水器吗？',
        '',
        '出厂的自来水总体上是安全的。但老旧管道和二次供水可能带来污染。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'summary').flatMap(pointsOf)).toEqual([
      '簪花值不值得做？',
      '要不要提前订票？节假日建议提前三天在小程序上订票',
      // 还有必要…吗 asks whether to: that the water is safe reads as a no the article does not say.
      '自来水已经达标，还有必要装净水器吗？',
    ]);
    expectSound(deck, article);
  });

  it('recaps a question heading with the point that corrects a belief stated alone or turns from a part granted, not with the belief or the grant', () => {
    const article = parseArticle(
      [
        '# 净水',
        '',
        '### 反渗透的水是“死水”吗？',
        '',
        '网上一直有种说法：反渗透把矿物质都过滤掉了，是“死水”。',
        '',
        '这个说法没有根据。人体所需的钙，主要来自食物。',
        '',
        '### 为什么不重新印一本？',
        '',
        '扫描我们也做，而且一直在做。',
        '',
        '但扫描解决不了纸本身的问题。原件还在一天天变脆。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'summary').flatMap(pointsOf)).toEqual([
      '反渗透的水是“死水”吗？这个说法没有根据：人体所需的钙，主要来自食物',
      '为什么不重新印一本？扫描解决不了纸本身的问题',
    ]);
    expectSound(deck, article);
    // A belief said with its correction in one point answers with the correction, or with the
    // verdict it is labelled with where the whole is too long; a verdict answers no question of why.
    const corrected = parseArticle(
      [
        '# 常识',
        '',
        '### 召回是不是说明车质量差？',
        '',
        '很多人以为，被召回的车就是“问题车”，买了只能算自己倒霉。其实不然。召回针对的是设计或制造上可能存在的缺陷，一个零件的供应商出了问题，就可能牵连好几个品牌、几十万辆车。',
        '',
        '### 放糖会不会更好发酵？',
        '',
        '有人说，加点糖能“喂”乳酸菌，发酵更快。这话不全对。少量的糖对发酵影响不大，但糖放多了，渗透压升高，反而会抑制菌的活动。',
        '',
        '### 父亲为什么停不下来？',
        '',
        '很多子女觉得，老人刷短视频是因为自制力差。其实不完全是这样。短视频的推荐算法是按每个人的喜好精心设计的，年轻人都很难放下手机，何况是刚接触智能手机不久的老人。',
        '',
      ].join('\n'),
      'a.md',
    );
    expect(recapPoints(corrected)).toEqual([
      '召回是不是说明车质量差？其实不然',
      '放糖会不会更好发酵？这话不全对：糖放多了，渗透压升高，反而会抑制菌的活动',
      '父亲为什么停不下来？',
    ]);
    // A short lead said with what follows answers in brief, after the moment it grants (听起来很有道理，但…).
    const granted = parseArticle(
      '# 闪电\n\n### 能不能把闪电的电收集起来？\n\n很多人第一反应是：这么大的能量，浪费了多可惜，为什么不收集起来发电？\n\n听起来很有道理，但算一笔账就知道不划算。一道闪电释放的总能量大约是10亿焦耳，折合成电能不到300度，只够一户普通人家用两三个月。\n',
      'a.md',
    );
    expect(recapPoints(granted)).toEqual(['能不能把闪电的电收集起来？算一笔账就知道不划算']);
    // An answer that says yes by echoing the question's word (缺，一直缺：) is recapped with that yes.
    const echoed = parseArticle(
      '# 修书\n\n### 问：这行是不是特别缺人？\n\n答：缺，一直缺。全国收藏的古籍有几千万册，其中需要修复的数量相当不少，而专业修复人员全国加起来大概只有一千多人。\n',
      'a.md',
    );
    expect(recapPoints(echoed)).toEqual(['这行是不是特别缺人？缺，一直缺']);
  });

  it('says a belief with its correction, or the correction alone where both would not fit, and a count of reasons with them', () => {
    const deck = buildDeck(
      parseArticle(
        [
          '# 常识',
          '',
          '### 误会',
          '',
          '很多家长一看到孩子发烧就着急喂药。其实，发烧本身并不是病。',
          '',
          '很多人以为二维码里存的是一张“图片”，其实不然。二维码本质上是一串二进制数据：每个黑色小方块（专业上叫“模块”）代表1，白色代表0。',
          '',
          '网上流传一种说法：“布洛芬和对乙酰氨基酚交替吃，退烧更快。”听起来很有道理，但目前主流的儿科指南并不推荐常规交替使用。',
          '',
          '原因主要有两个。交替用药容易记混剂量。',
          '',
          '### 咖啡因',
          '',
          '至于咖啡因，很多人觉得深烘更“提神”，因为它喝起来更苦。事实上，咖啡因在烘焙温度下相当稳定，按重量算，浅烘和深烘的咖啡因含量相差不到5%。',
          '',
          '很多人以为，植物嘛，多喝水总没错，于是每天早上起来先给每盆都浇一遍，心里还挺有成就感。可问题是，根系也需要呼吸，土壤总是湿漉漉的，根就会缺氧、腐烂。',
          '',
        ].join('\n'),
        'a.md',
      ),
      emptySpec(),
    );
    const points = deck.slides.filter((s) => s.kind === 'points').flatMap(pointsOf);
    // A cut that would keep of the belief only its topic (咖啡因……事实上，…) gives the correction alone;
    // who believes what, with the correction, is said whole where the slide has room.
    expect(points.slice(-2)).toEqual([
      '咖啡因在烘焙温度下相当稳定，按重量算，浅烘和深烘的咖啡因含量相差不到5%',
      '很多人以为，植物嘛，多喝水总没错，于是每天早上起来先给每盆都浇一遍，心里还挺有成就感；可问题是，根系也需要呼吸，土壤总是湿漉漉的，根就会缺氧、腐烂',
    ]);
    expect(points[0]).toBe('很多家长一看到孩子发烧就着急喂药；其实，发烧本身并不是病');
    expect(points[1]).toMatch(/^二维码本质上是一串二进制数据/);
    expect(points.slice(2, 4)).toEqual([
      '目前主流的儿科指南并不推荐常规交替使用',
      '原因主要有两个：交替用药容易记混剂量',
    ]);
  });

  it('says words quoted as what people say (“…”这样的话，很多家长都说过。) with the sentence that corrects them', () => {
    const article = parseArticle(
      [
        '# 安全座椅',
        '',
        '“就开十分钟，抱着就行。”“孩子一坐安全座椅就哭，算了吧。”这样的话，很多家长都说过。可交通事故从来不挑路程长短。',
        '',
        '### 为什么',
        '',
        '“多喝热水。”这句话谁都听过。但它治不了感冒。',
        '',
        // Not said to be what people say: the quotation is the point.
        '“安全第一。”这是工地上的标语。可以说人人都懂。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const intro = deck.slides.find((s) => s.kind === 'intro');
    expect(intro?.kind === 'intro' && intro.points).toEqual([
      '“就开十分钟，抱着就行”；可交通事故从来不挑路程长短',
    ]);
    expect(deck.slides.filter((s) => s.kind === 'points').flatMap(pointsOf)).toEqual([
      '“多喝热水”；但它治不了感冒',
      '“安全第一”',
    ]);
  });

  it('says a lead that only opens what follows with it, and a quotation with the sentence that names it', () => {
    const article = parseArticle(
      [
        '# 蓝牙耳机',
        '',
        '“蓝牙耳机听歌没问题，打游戏就不行吧？”这是很多玩家的第一反应。',
        '',
        '### 延迟',
        '',
        '先给一个直观的数字。有线耳机延迟通常在5毫秒以内。',
        '',
        '一段声音从手机到耳朵，要经历好几道工序。先压缩编码，再发出去，耳机收到后解码、缓冲。',
        '',
        '格式只是一方面。不同厂商的缓冲策略不同。',
        '',
        '别小看这40个字。一条短报文就能说清位置和伤情。',
        '',
        '手机要做到这一点并不容易。手机天线小、发射功率低。',
        '',
        // Advice that starts with 先 is advice: it is the point.
        '先算房子的热负荷，再选机器。功率大了浪费，小了不热。',
        '',
        '先给一个月的缓冲期，再决定是否续约。到期后双方再谈价格。',
        '',
        // An announcement that says what it announces says it.
        '先给个结论：洗碗机更省水。后面再说原因。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const intro = deck.slides.find((s) => s.kind === 'intro');
    expect(intro?.kind === 'intro' && intro.points).toEqual([
      '“蓝牙耳机听歌没问题，打游戏就不行吧？”这是很多玩家的第一反应',
    ]);
    expect(deck.slides.filter((s) => s.kind === 'points').flatMap(pointsOf)).toEqual([
      '有线耳机延迟通常在5毫秒以内',
      '一段声音从手机到耳朵，要经历好几道工序：先压缩编码，再发出去，耳机收到后解码、缓冲',
      '格式只是一方面：不同厂商的缓冲策略不同',
      '别小看这40个字：一条短报文就能说清位置和伤情',
      '手机要做到这一点并不容易：手机天线小、发射功率低',
      '先算房子的热负荷，再选机器：功率大了浪费，小了不热',
      '先给一个月的缓冲期，再决定是否续约',
      '洗碗机更省水',
    ]);
    expectSound(deck, article);
    // Nor does a question heading's recap take a long paragraph's lead that only says steps follow
    // (its stretches give the further points) for its answer.
    const steps = buildDeck(
      parseArticle(
        `# 耳机\n\n### 一段声音要走多少路\n\n一段声音从手机到耳朵，要经历好几道工序。${'手机先把音频压缩成小包，再通过无线电发给耳机；耳机收到数据后先放进缓冲区排队，再解码，最后推动振膜发声。'.repeat(4)}\n`,
        'a.md',
      ),
      emptySpec(),
    );
    expect(steps.slides.filter((s) => s.kind === 'summary').flatMap(pointsOf)).toEqual([
      '一段声音要走多少路',
    ]);
  });

  it('says a long paragraph’s teaser with the sentence after it when the slide has no room for its further stretches', () => {
    const long = (lead: string) =>
      `${lead}${'高铁从350公里每小时停下来，正常制动距离大约需要6到7公里，列车会先用电制动，把动能转成电能送回电网。'.repeat(3)}`;
    const deck = buildDeck(
      parseArticle(
        `# 高铁\n\n### 平稳\n\n${long('车轮本身的设计也很有讲究。')}\n\n${long('制动的平稳同样是门学问。')}\n`,
        'a.md',
      ),
      emptySpec(),
    );
    const points = deck.slides.filter((s) => s.kind === 'points').flatMap(pointsOf);
    expect(points.some((point) => /^制动的平稳同样是门学问：高铁从350公里/.test(point))).toBe(true);
    expect(points).not.toContain('制动的平稳同样是门学问');
  });

  it('says a point cut short whole where its slide has room for it, up to three lines', () => {
    const advice =
      '如果你住在光纤已经覆盖的小区，家里人多、设备多，或者有打游戏、居家办公、远程会议的需求，光纤宽带仍然是首选，它在速度、稳定性和长期成本上都更有优势。';
    const other = '5G家庭宽带插上就能用，适合短期租房、经常搬家的人，但高峰时段网速会明显下降。';
    const section = (...paragraphs: string[]) =>
      buildDeck(parseArticle(`# 宽带\n\n### 怎么选\n\n${paragraphs.join('\n\n')}\n`, 'a.md'), emptySpec());
    const points = (deck: Deck) => pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide);
    // Alone, the recommendation is said whole, not cut before it is made; beside one other too,
    // where the slide has room for both.
    expect(points(section(advice))).toEqual([advice.replace(/。$/, '')]);
    expect(points(section(advice, other))).toEqual([advice.replace(/。$/, ''), other.replace(/。$/, '')]);
    // A web address is said too, where the slide has room for it beside the others.
    const address =
      '安装教程可以在官方文档里找到，地址是 https://docs.example.com/install/linux/debian-and-ubuntu-packages-guide ，照着一步一步做就行。';
    expect(points(section(address, '另一段话。', '第三段话。'))[0]).toBe(address.replace(/。$/, ''));
    // So is a point cut in its middle (很多患者习惯饭后吃药……但…): what it left out was part of its thought.
    const habit =
      '很多患者习惯饭后吃药，觉得这样“不伤胃”。但拉唑类恰恰相反：它要在胃酸分泌最旺盛之前进入身体，才能发挥最大效果。';
    expect(points(section(habit, '一般建议早餐前半小时吃。', '漏服了也不要加倍补上。'))[0]).toBe(
      '很多患者习惯饭后吃药，觉得这样“不伤胃”；但拉唑类恰恰相反：它要在胃酸分泌最旺盛之前进入身体，才能发挥最大效果',
    );
    // A point cut at its end is said whole before one cut in its middle: it would lose its conclusion.
    expect(
      points(
        section(
          '民间有句俗语：“初一十五涨大潮”。不过，真正的大潮会推迟一到三天。',
          '很多人以为，潮汐就是月亮把海水“吸”了过去，所以朝着月亮的那一面海水会鼓起来。这个解释只说对了一半。',
          '很多人以为海水越深越冷，所以深海里的鱼一定都生活在冰点附近。其实到了一千米以下，水温就基本不变了，常年在四摄氏度上下，比冰点高出不少。',
        ),
      ).slice(1),
    ).toEqual([
      '很多人以为，潮汐就是月亮把海水“吸”了过去……这个解释只说对了一半',
      '很多人以为海水越深越冷……其实到了一千米以下，水温就基本不变了，常年在四摄氏度上下，比冰点高出不少',
    ]);
    // Among more points, where whole it would take the slide past its lines, it keeps to one line and a half.
    const crowded = points(section(advice, other, '光纤入户还要等师傅上门。', '两者可以互为备份。'));
    expect(crowded[0]).toMatch(/……$/);
    expect(width(crowded[0] ?? '')).toBeLessThanOrEqual(defaultLimits.maxPointChars);
  });

  it('says a lead that only points at the story after it (王阿姨就是这样。) with how the story turned out', () => {
    expect(
      sectionPoints([
        '症状一好就停药，是最常见的错误。',
        '上个月来取药的王阿姨就是这样。她自己觉得“吃了半年，胃早就好了”，一下子全停了，结果不到一周就烧心到睡不着，又回来挂号。医生给她改成隔天吃一次，一个月后才慢慢停掉。',
        '所以，停药要慢慢来。',
      ]),
    ).toEqual([
      '症状一好就停药，是最常见的错误',
      // Its slide has room for the whole story.
      '上个月来取药的王阿姨就是这样：她自己觉得“吃了半年，胃早就好了”，一下子全停了，结果不到一周就烧心到睡不着，又回来挂号',
      '停药要慢慢来',
    ]);
    // On a full slide, the lead and how it turned out.
    expect(
      sectionPoints([
        '症状一好就停药，是最常见的错误。',
        '上个月来取药的王阿姨就是这样。她自己觉得“吃了半年，胃早就好了”，一下子全停了，结果不到一周就烧心到睡不着，又回来挂号。医生给她改成隔天吃一次，一个月后才慢慢停掉。',
        '所以，停药要慢慢来。',
        '减药的节奏要听医生的，一般是先改成隔天吃一次，再慢慢停掉。',
        '停药以后如果又开始烧心、反酸，要及时回来复诊。',
      ])[1],
    ).toBe('上个月来取药的王阿姨就是这样……结果不到一周就烧心到睡不着，又回来挂号');
  });

  it('keeps 事实上 on a paragraph that corrects the one-sentence belief in the paragraph before it', () => {
    expect(
      sectionPoints([
        '很多人相信，用微波炉热过的菜“没营养了”。',
        '事实上，任何加热方式都会损失一部分营养，尤其是维生素C这类怕热、易溶于水的营养素。损失多少，主要看三个因素：温度、时间和用水量。',
        '微波加热时间短，通常不需要加水，所以在保留维生素方面，反而比水煮更有优势。',
        // Not after a paragraph that states no belief.
        '微波炉的功率一般在700瓦到1000瓦之间。',
        '其实，功率越大，加热越快。',
      ]),
    ).toEqual([
      '很多人相信，用微波炉热过的菜“没营养了”',
      '事实上，任何加热方式都会损失一部分营养，尤其是维生素C这类怕热、易溶于水的营养素',
      '微波加热时间短，通常不需要加水，所以在保留维生素方面，反而比水煮更有优势',
      '微波炉的功率一般在700瓦到1000瓦之间',
      '功率越大，加热越快',
    ]);
  });

  it('says a short lead with the sentence that turns from it (我一开始很烦；后来才明白，…) where both fit whole, and with one that comments on it after a comma', () => {
    expect(
      sectionPoints([
        '王老师教得很慢。每次只讲一个概念，讲完就让我自己试。',
        '我一开始很烦。后来才明白，看懂报错，是程序员最重要的本事。',
        // One that only comments on it (这在以前…) is set off with a comma.
        '我用这段时间读完了四本书。这在以前是不可能的。',
        '魏格纳没能看到这一天。但每当我们看着世界地图，看着南美洲和非洲那两条仿佛要拼在一起的海岸线时，都应该记得，有一个人曾经为了这个“显而易见”的想法，付出了一生。',
      ]),
    ).toEqual([
      '王老师教得很慢：每次只讲一个概念，讲完就让我自己试',
      '我一开始很烦；后来才明白，看懂报错，是程序员最重要的本事',
      '我用这段时间读完了四本书，这在以前是不可能的',
      // Cut, the turn would end on the scene it sets.
      '魏格纳没能看到这一天',
    ]);
  });

  it('says a paragraph of two sentences with what tends to follow from its lead (…往往要被压价) where both fit', () => {
    expect(
      sectionPoints([
        '二手车交易时，越来越多的买家会查召回记录。一辆有未完成召回的车，往往要被压价。',
        // Not a lead that only opens what follows: that is said after a colon.
        '分了水，还要排沙。内江的水裹着大量泥沙，用不了几年渠道就会堵死。',
        // Nor where the two do not fit.
        '五月是月季最好看的时候，一株健康的月季可以同时开上几十朵花。花开得多，水肥的消耗也大，盆土表面一干就要浇透，傍晚再看一眼叶子有没有打蔫。',
      ]),
    ).toEqual([
      '二手车交易时，越来越多的买家会查召回记录；一辆有未完成召回的车，往往要被压价',
      '分了水，还要排沙：内江的水裹着大量泥沙，用不了几年渠道就会堵死',
      '五月是月季最好看的时候，一株健康的月季可以同时开上几十朵花',
    ]);
  });

  it('says a short lead with the turn its paragraph ends on after a grant (新制度并不是人人欢迎；但人们很快发现，…)', () => {
    expect(
      sectionPoints([
        '新制度并不是人人欢迎。有报纸抱怨：“铁路公司凭什么决定我们几点吃午饭？”确实，当时这套时间只是铁路公司的内部约定，并没有法律依据。但人们很快发现，按火车的钟过日子实在方便，大多数城市都自愿跟着改了。',
        // Not a turn that only makes an exception.
        '新药并不是人人都能用。医生会先问过敏史。确实，大多数人用了没事。但如果你对青霉素过敏，一定要提前说。',
      ]),
    ).toEqual([
      '新制度并不是人人欢迎；但人们很快发现，按火车的钟过日子实在方便，大多数城市都自愿跟着改了',
      '新药并不是人人都能用：医生会先问过敏史',
    ]);
  });

  it('says a worked example (举个例子：…) with how it comes out, not one that ends on another case', () => {
    expect(
      sectionPoints([
        '举个例子：小李在公司拿工资，业余又给一家杂志写稿、做兼职。每笔收入单独看都不高，预扣的税也不多；合并以后，有一部分收入适用的税率从10%升到了20%，汇算时就要补上这部分差额。',
        '举个例子：月租3000元，押二付一，押金6000元。你提前四个月搬走，合同写“押金不退”。当然，如果房子空了两个月才租出去，房东再扣一个月，法院一般会支持。',
        '还有一种情况是年终奖选择了并入综合所得计税。',
      ]),
    ).toEqual([
      '小李在公司拿工资，业余又给一家杂志写稿、做兼职……汇算时就要补上这部分差额',
      '月租3000元，押二付一，押金6000元：你提前四个月搬走，合同写“押金不退”',
      '还有一种情况是年终奖选择了并入综合所得计税',
    ]);
  });

  it('takes a question someone asks after the lead, with its verdict and why, as the point (有人问：“…？”不是。…)', () => {
    expect(
      sectionPoints([
        '夏天的月季常常不开花，或者花又小又少。有人问：“是不是我把它养坏了？”不是。气温超过30℃，月季就会进入半休眠状态，这是它在保护自己。',
        // Not a question the writer asks: the lead still says the point.
        '夏天的月季常常不开花。是不是养坏了？不是。气温超过30℃，月季就会进入半休眠状态。',
      ]),
    ).toEqual([
      '“是不是我把它养坏了？”不是：气温超过30℃，月季就会进入半休眠状态，这是它在保护自己',
      '夏天的月季常常不开花',
    ]);
  });

  it('takes the writer’s recommendation late in a paragraph (按我的经验，三口之家选13套比较合适) as its point', () => {
    expect(
      sectionPoints([
        '很多人觉得洗碗机的“套数”越大越好，一步到位；这话只对了一半。套数是按西式标准餐具算的，一套大约包括一个盘子、一个碗、一个杯子和几把刀叉。中式家庭锅多、盆多，实际能放的比标称的少。按我的经验，三口之家选13套比较合适，五口人以上再考虑15套或16套。',
        // Its label left out, as 我的看法是： is.
        '如果你也在纠结，我的建议是：先算清楚自己家到地铁站、公司到地铁站各有多远，再看一年里下雨和严寒的天数。',
      ]),
    ).toEqual([
      '按我的经验，三口之家选13套比较合适，五口人以上再考虑15套或16套',
      '先算清楚自己家到地铁站、公司到地铁站各有多远，再看一年里下雨和严寒的天数',
    ]);
  });

  it('says a short lead (找到漏点还不够。) with the sentence after it, where the section needs no more slides so', () => {
    const article = parseArticle(
      [
        '# 补胎',
        '',
        '### 找漏点',
        '',
        '找到漏点还不够。扎胎的东西还留在外胎里，要用手指沿着外胎内侧慢慢摸一圈。',
        '',
        '最后这一段往往最紧。正确的做法是用两只手的拇指一点一点往里推。',
        '',
        '有人认为补过的胎不安全。这种担心可以理解。',
        '',
        '### 路上',
        '',
        '钱也不少。每月油费约600元，停车每月500元。',
        '',
        '但问题也很明显。三个月里有11天下雨，其中4天是大雨，我只能临时改坐地铁。',
        '',
        '地铁是我最初的首选。单程票价4元，一个月176元，时间也最稳定。',
        '',
        '这条路线最省心。全程不用换乘，从家门口一直坐到公司楼下。',
        '',
        '电动车最灵活。早高峰走非机动车道，二十分钟就能到公司。',
        '',
        '### 幽门螺杆菌会在家人之间传染吗？',
        '',
        '会，但没有想象中那么容易。目前认为它主要通过“口—口”和“粪—口”途径传播，比如共用餐具、咀嚼后喂食婴幼儿等。',
        '',
        '分餐是最简单的办法。用公筷公勺，不要口对口喂孩子。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expectSound(deck, article);
    const points = deck.slides.filter((s) => s.kind === 'points');
    expect(points.map(pointsOf)).toEqual([
      [
        '找到漏点还不够：扎胎的东西还留在外胎里，要用手指沿着外胎内侧慢慢摸一圈',
        '最后这一段往往最紧：正确的做法是用两只手的拇指一点一点往里推',
        // A belief is said with what corrects it or alone: with what grants it, it would read as
        // the deck's claim.
        '有人认为补过的胎不安全',
      ],
      // One slide, as the short leads alone took: the last lead has no room left for what it opens.
      [
        '钱也不少：每月油费约600元，停车每月500元',
        '但问题也很明显：三个月里有11天下雨，其中4天是大雨，我只能临时改坐地铁',
        '地铁是我最初的首选：单程票价4元，一个月176元，时间也最稳定',
        '这条路线最省心：全程不用换乘，从家门口一直坐到公司楼下',
        '电动车最灵活',
      ],
      [
        // Two points alone on their slide may run to three lines each.
        '会，但没有想象中那么容易：目前认为它主要通过“口—口”和“粪—口”途径传播，比如共用餐具、咀嚼后喂食婴幼儿等',
        '分餐是最简单的办法：用公筷公勺，不要口对口喂孩子',
      ],
    ]);
    // Too long to recap beside its question, the joined point answers with its short lead.
    const summary = deck.slides.find((s) => s.kind === 'summary');
    expect(summary && pointsOf(summary)).toContain('幽门螺杆菌会在家人之间传染吗？会，但没有想象中那么容易');
  });

  it('says what a short lead only opens (关键在于频谱。) with the sentence after it, and a short claim too where the slide has room', () => {
    const article = parseArticle(
      [
        '# 5G',
        '',
        '### 速度',
        '',
        '关键在于频谱。频谱就像公路，频段越宽，能同时跑的车就越多。',
        '',
        '光纤宽带的原理并不复杂。运营商把光纤铺到小区，再分到每家每户。',
        '',
        '5G比4G快得多。实测下载速度能到每秒几百兆。',
        '',
        '两者的区别在于是否需要卡槽。此外，eSIM还能存多个号码。',
        '',
        '### 价格',
        '',
        '价格也值得一说。不过5G套餐的流量更多。',
        '',
        '### 原理',
        '',
        '热泵不是电暖器。它把室外空气里的热量搬到室内。',
        '',
        '难就难在“实时”两个字。整个过程必须在极短的时间内完成。',
        '',
        '关键在“杀青”这一步。高温破坏了让叶子变红的酶。',
        '',
        '预警和预报不同。预警是在地震发生后、破坏性的横波到达前发出警报。',
        '',
        '### 反驳',
        '',
        '可惜它恰恰说反了。广谱抗生素会把有益菌一并清除。',
        '',
        '这话只对了一半。耐受的人深睡眠仍会减少。',
        '',
        '咖啡因提神的原理其实挺有意思。它挡住了让人犯困的腺苷。',
        '',
        '有救，但要快。用剪刀把烂根全部剪掉。',
        '',
        '### 线索',
        '',
        '答案藏在免疫系统里。过敏的人会把无害的花粉蛋白当成入侵者。',
        '',
        '另一个线索是眼睛。眼睛也又红又痒，就更像是过敏。',
        '',
        '关键在于引力差。引力并不一样：近的一面大，远的一面小。',
        '',
        '最后说一个心态上的体会。装了光伏以后，我开始关心每天的天气。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide)).toEqual([
      '关键在于频谱：频谱就像公路，频段越宽，能同时跑的车就越多',
      '光纤宽带的原理并不复杂：运营商把光纤铺到小区，再分到每家每户',
      // A short claim of its own is the point, said with the sentence after it where the slide has room.
      '5G比4G快得多：实测下载速度能到每秒几百兆',
      '两者的区别在于是否需要卡槽',
    ]);
    // Saying only what a thing is not opens what it is; so does naming where the difficulty or the
    // key lies, or that two things differ.
    expect(pointsOf(deck.slides.filter((s) => s.kind === 'points')[2] as Slide)).toEqual([
      '热泵不是电暖器：它把室外空气里的热量搬到室内',
      '难就难在“实时”两个字：整个过程必须在极短的时间内完成',
      '关键在“杀青”这一步：高温破坏了让叶子变红的酶',
      '预警和预报不同：预警是在地震发生后、破坏性的横波到达前发出警报',
    ]);
    // A short sentence that only calls what came before wrong, or interesting, is said with what it opens.
    expect(pointsOf(deck.slides.filter((s) => s.kind === 'points')[3] as Slide)).toEqual([
      '可惜它恰恰说反了：广谱抗生素会把有益菌一并清除',
      '这话只对了一半：耐受的人深睡眠仍会减少',
      '咖啡因提神的原理其实挺有意思：它挡住了让人犯困的腺苷',
      // So does a verdict of a few words with its proviso: what follows says how.
      '有救，但要快：用剪刀把烂根全部剪掉',
    ]);
    // Saying where the answer lies, or that there is another clue, opens what it is.
    expect(pointsOf(deck.slides.filter((s) => s.kind === 'points')[4] as Slide)).toEqual([
      '答案藏在免疫系统里：过敏的人会把无害的花粉蛋白当成入侵者',
      '另一个线索是眼睛：眼睛也又红又痒，就更像是过敏',
      // Before a sentence with a colon of its own, a comma: never two colons.
      '关键在于引力差，引力并不一样：近的一面大，远的一面小',
      // So does announcing the last thing the writer tells.
      '最后说一个心态上的体会：装了光伏以后，我开始关心每天的天气',
    ]);
    // Nor is it joined to a sentence that moves on (此外，不过…): the colon would tie them.
    expect(pointsOf(deck.slides.filter((s) => s.kind === 'points')[1] as Slide)).toEqual(['价格也值得一说']);
    expectSound(deck, article);
  });

  it('says a set-up (答案因…而异，但幅度不小。 真正需要留意的是…。 …也有好处。 …叫飞沙堰。 …不只是…那么简单。) with the sentence that says what it sets up', () => {
    expect(
      sectionPoints([
        '答案因品种和季节而异，但差别不小。实测显示，冬天的果子甜度只有夏天的七成。',
        '真正需要留意的是轮胎的磨损。胎纹深度低于1.6毫米就必须更换。',
        '台风虽然危险，但它对海洋也有好处。台风搅动海水，把深处的养分带到表层。',
        '渠口前面还有一道矮堰，叫分沙堰。洪水来时，多余的水会从堰上漫过。',
        '能不能追回来，要看具体情况，但买家并非无路可走。第一步，先保存好聊天记录和付款凭证。',
        '近视不只是“看不清”那么简单。高度近视可能引发视网膜脱离、青光眼等严重眼病。',
      ]),
    ).toEqual([
      '答案因品种和季节而异，但差别不小：实测显示，冬天的果子甜度只有夏天的七成',
      '真正需要留意的是轮胎的磨损：胎纹深度低于1.6毫米就必须更换',
      '台风虽然危险，但它对海洋也有好处：台风搅动海水，把深处的养分带到表层',
      '渠口前面还有一道矮堰，叫分沙堰：洪水来时，多余的水会从堰上漫过',
      '能不能追回来，要看具体情况，但买家并非无路可走：第一步，先保存好聊天记录和付款凭证',
      '近视不只是“看不清”那么简单：高度近视可能引发视网膜脱离、青光眼等严重眼病',
    ]);
    // A short claim that names nothing it leaves to the next sentence is still its own point.
    expect(sectionPoints(['轮胎的胎压和胎纹都要定期检查一遍。很多司机一年也不看一次胎纹。'])).toEqual([
      '轮胎的胎压和胎纹都要定期检查一遍',
    ]);
  });

  it('says an exception, a bare verdict on the belief before, a call to take care and a name in quotation marks with what they set up, on a full slide too', () => {
    expect(
      sectionPoints([
        '午睡之所以能提神，是因为它让大脑在下午的低谷期得到了一段短暂而完整的休息时间。',
        '研究人员发现，午睡二十分钟左右的人，下午的反应速度和注意力都明显好于不午睡的人群。',
        '很多人担心戴眼镜会让度数越来越深，于是能拖就拖，迟迟不肯给孩子配眼镜。',
        '事实并非如此。度数加深主要是因为眼轴还在变长，和戴不戴眼镜没有直接关系。',
        '手机等电子产品要格外留意。这类商品一经激活，价值会明显下降，商家可能拒绝退货。',
        '这套系统叫“基于通信的列车控制系统”。每列车都会不停地把自己的位置报告给控制中心。',
        '午睡的时间并不是越长越好，睡得太久反而会让人醒来后头昏脑涨，需要更长时间才能恢复。',
        '也有例外。老人和夜班工作者如果夜里睡得太少，午睡可以适当延长到一个完整的睡眠周期。',
      ]).slice(3),
    ).toEqual([
      '事实并非如此：度数加深主要是因为眼轴还在变长，和戴不戴眼镜没有直接关系',
      '手机等电子产品要格外留意：这类商品一经激活，价值会明显下降，商家可能拒绝退货',
      '这套系统叫“基于通信的列车控制系统”：每列车都会不停地把自己的位置报告给控制中心',
      '午睡的时间并不是越长越好，睡得太久反而会让人醒来后头昏脑涨，需要更长时间才能恢复',
      '也有例外：老人和夜班工作者如果夜里睡得太少，午睡可以适当延长到一个完整的睡眠周期',
    ]);
    // A short lead is never said with a belief after it: after its colon, the belief would read
    // as what the lead opens.
    expect(
      sectionPoints(['可以，只要商品完好。很多消费者以为，包装一拆就不能退了，收到货也不敢打开检查。']),
    ).toEqual(['可以，只要商品完好']);
  });

  it('leaves out the law a sentence cites and who found a finding, where the point with them would be cut before what they say', () => {
    expect(
      sectionPoints([
        '不过，午睡并不是越长越好。一项汇总了多项研究的分析发现，每天午睡超过60分钟的人，患2型糖尿病的风险比不午睡的人高出约45%，而午睡少于40分钟的人并没有观察到这种关联。',
        '答：不是所有商品都可以。《消费者权益保护法》第二十五条规定，经营者采用网络、电视、电话、邮购等方式销售商品，消费者有权自收到商品之日起七日内退货，且无需说明理由。',
      ]),
    ).toEqual([
      // Cut to the room where the cut keeps the figure found.
      '午睡并不是越长越好：每天午睡超过60分钟的人，患2型糖尿病的风险比不午睡的人高出约45%……',
      '不是所有商品都可以：经营者采用网络、电视、电话、邮购等方式销售商品，消费者有权自收到商品之日起七日内退货，且无需说明理由',
    ]);
  });

  it('says what someone does thinking it right (有人…，觉得“…”) and a saying named as one (还有一种流行的说法是…) with what corrects them', () => {
    expect(
      sectionPoints([
        '有人晚上怎么也睡不着，干脆就起来刷手机，觉得“反正睡不着，躺着也是浪费时间”。事实上，即使没有入睡，闭眼静躺也能让大脑得到休息。',
        '还有一种流行的说法是“隔夜的开水不能喝”。这是误区。只要盖好盖子、放在干净的容器里，隔夜开水和新烧的没什么区别。',
      ]),
    ).toEqual([
      '有人晚上怎么也睡不着，干脆就起来刷手机，觉得“反正睡不着，躺着也是浪费时间”；事实上，即使没有入睡，闭眼静躺也能让大脑得到休息',
      '还有一种流行的说法是“隔夜的开水不能喝”；这是误区：只要盖好盖子、放在干净的容器里，隔夜开水和新烧的没什么区别',
    ]);
  });

  it('never says a belief as what a lead opens or as its figure, nor over a lead that says what to do, and keeps a verdict that calls it wrong', () => {
    expect(
      sectionPoints([
        '真正需要留意的是退货的期限。有人收到货后一直放着，以为什么时候退都行。',
        '雷雨天在户外时，千万不要躲在大树下避雨。很多人以为只躲10分钟不会有事。可雷击往往就发生在这几分钟里。',
        '油锅起火时，应立即关火并盖上锅盖。很多人的第一反应是泼水，这是非常危险的。水遇到高温的油会瞬间汽化，把燃烧的油滴带得到处都是。',
        // Nothing after the verdict says what is right: it ends the paragraph, or moves on.
        '很多人习惯饭后立刻躺下休息，觉得这样有助消化。这是错误的。',
        '很多人习惯把药放在浴室里，觉得拿取方便。这是错误的。另外，过期药要及时清理，不要随手扔进垃圾桶。',
      ]),
    ).toEqual([
      '真正需要留意的是退货的期限',
      '雷雨天在户外时，千万不要躲在大树下避雨',
      '油锅起火时，应立即关火并盖上锅盖',
      '很多人习惯饭后立刻躺下休息，觉得这样有助消化；这是错误的',
      '很多人习惯把药放在浴室里，觉得拿取方便；这是错误的',
    ]);
    // 叫 that tells someone to do something names nothing; a claim that ends on 因…而异 sets up nothing.
    expect(
      sectionPoints([
        '老师看到孩子们吵成一团，叫他们先坐下。她让每个人轮流说出自己的想法，再一起商量办法。',
        '成年人每天需要睡7到9小时，因年龄而异。新生儿则需要14到17小时。',
      ]),
    ).toEqual(['老师看到孩子们吵成一团，叫他们先坐下', '成年人每天需要睡7到9小时，因年龄而异']);
  });

  it('says a belief the writer calls dangerous in its own sentence with why, over the lead that sets the scene', () => {
    expect(
      sectionPoints([
        '电热毯起火是冬季常见的家庭火情之一。很多人的第一反应是拔掉插头后用水浇，这是非常危险的。带电部件遇水可能短路，反而引起更大的火。',
        '正确的做法是：先断电，再用干粉灭火器或湿棉被覆盖。',
      ]),
    ).toEqual([
      '很多人的第一反应是拔掉插头后用水浇，这是非常危险的：带电部件遇水可能短路，反而引起更大的火',
      '正确的做法是：先断电，再用干粉灭火器或湿棉被覆盖',
    ]);
  });

  it('says a lead with no figure with the next sentence’s figure that makes it usable, where both fit whole', () => {
    expect(
      sectionPoints([
        '雨停了以后，也别急着下河游泳。专家建议，至少等水位回落24小时后再下水。',
        '山洪暴发的时候，一定要往高处的地方跑。沿着河道跑，水流比人快得多。',
      ]),
    ).toEqual([
      '雨停了以后，也别急着下河游泳：专家建议，至少等水位回落24小时后再下水',
      // Without a figure after it, the lead says its point alone.
      '山洪暴发的时候，一定要往高处的地方跑',
    ]);
  });

  it('says more openers with the sentence after them (这里最关键的是水量。 效果是看得见的。 但故事还没有结束。), and leaves out the source the sentence after cites where both do not fit', () => {
    expect(
      sectionPoints([
        '这里最关键的是水量。面粉和水的比例通常在1∶0.5左右。',
        '最后这一步特别重要。刚关火时如果马上掀开盖子，馒头就会皱皮。',
        '更需要警惕的是喝水过量。短时间内大量饮水可能导致低钠血症。',
        '另外要注意领区。每个领区只受理本地区的申请人。',
      ]),
    ).toEqual([
      '这里最关键的是水量：面粉和水的比例通常在1∶0.5左右',
      '最后这一步特别重要：刚关火时如果马上掀开盖子，馒头就会皱皮',
      '更需要警惕的是喝水过量：短时间内大量饮水可能导致低钠血症',
      '另外要注意领区：每个领区只受理本地区的申请人',
    ]);
    expect(
      sectionPoints([
        '效果是看得见的。根据联合国环境规划署2023年的评估报告，如果各国继续执行现有政策，南极上空的臭氧层有望在2066年左右恢复。',
        '但故事还没有结束。替代品HFCs虽然不伤臭氧层，却是强效温室气体。',
        '西方的情况也差不多。古罗马的富人会派奴隶去山上运雪。',
        '但图德没有放弃。他发现用锯末包裹冰块效果最好。',
        '也有需要多留个心眼的情况。孩子身上有不明原因的伤痕，就要和园方沟通。',
      ]),
    ).toEqual([
      '效果是看得见的：如果各国继续执行现有政策，南极上空的臭氧层有望在2066年左右恢复',
      '但故事还没有结束：替代品HFCs虽然不伤臭氧层，却是强效温室气体',
      '西方的情况也差不多：古罗马的富人会派奴隶去山上运雪',
      '但图德没有放弃：他发现用锯末包裹冰块效果最好',
      '也有需要多留个心眼的情况：孩子身上有不明原因的伤痕，就要和园方沟通',
    ]);
    expect(
      sectionPoints([
        '差距主要出现在地毯上。短毛地毯上，A款的清洁率只有81.3%，C款是93.4%。',
        '最关键的证据是磁条带。地球的磁场方向在历史上反转过很多次。',
        '罪魁祸首叫多路径效应。信号先打到玻璃幕墙上，再反射到手机。',
        '月底一汇总，吓了一跳。那个月我一共花了8740元。',
        '面对批评，魏格纳没有放弃。他不断修订自己的书。',
      ]),
    ).toEqual([
      '差距主要出现在地毯上：短毛地毯上，A款的清洁率只有81.3%，C款是93.4%',
      '最关键的证据是磁条带：地球的磁场方向在历史上反转过很多次',
      '罪魁祸首叫多路径效应：信号先打到玻璃幕墙上，再反射到手机',
      '月底一汇总，吓了一跳：那个月我一共花了8740元',
      '面对批评，魏格纳没有放弃：他不断修订自己的书',
    ]);
  });

  it('says what to reckon with next, that a sum comes out otherwise, on whose terms it was made, what no longer holds, where disputes arise, the cleverness lies or something arrives, or what a thing is called, with the sentence after it, and no reader’s imagined reaction', () => {
    const article = parseArticle(
      [
        '# 光伏',
        '',
        '### 算账',
        '',
        '再考虑系统效率。一般会损失两成电量。',
        '',
        '如果选“自发自用”，账又不一样了。自己用的电相当于省下了居民电价。',
        '',
        '当然，这些都是按我家的条件算的。日照不足3小时的地区回本要十年以上。',
        '',
        '看到这里，可能有人已经心动了。别急，装之前有几件事要先弄清楚。',
        '',
        // A claim that something differs, not on a condition, says its own.
        '两种模式的收益完全不同了。全额上网更稳。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').flatMap(pointsOf)).toEqual([
      '再考虑系统效率：一般会损失两成电量',
      '如果选“自发自用”，账又不一样了：自己用的电相当于省下了居民电价',
      '这些都是按我家的条件算的：日照不足3小时的地区回本要十年以上',
      '别急，装之前有几件事要先弄清楚',
      '两种模式的收益完全不同了：全额上网更稳',
    ]);
    // So is what stops holding from some point on, and where disputes arise.
    expect(
      sectionPoints([
        '但打到20平以后，就不是谁先到21分谁赢了。这时一方必须领先2分才能拿下这一局。',
        '发球是最容易出现争议的环节。很多人以为发球“过腰”就算违例，其实现行规则早就不看腰了。',
        '中国的标准时间也有一段曲折。民国时期，全国曾被划分为五个时区。',
        '你父亲说“我一辈子没享过福”，这句话值得认真听。他要的也许不是手机本身，而是被尊重的感觉。',
        '单打里，这件事只看一个数字：发球方的得分。得分为双数时，从右发球区发球。',
        '双打稍微复杂一些，但原则相同。发球方得分时，同一名队员换到另一侧继续发球。',
      ]),
    ).toEqual([
      '但打到20平以后，就不是谁先到21分谁赢了：这时一方必须领先2分才能拿下这一局',
      '发球是最容易出现争议的环节：很多人以为发球“过腰”就算违例，其实现行规则早就不看腰了',
      '中国的标准时间也有一段曲折：民国时期，全国曾被划分为五个时区',
      '你父亲说“我一辈子没享过福”，这句话值得认真听：他要的也许不是手机本身，而是被尊重的感觉',
      // After a colon of its own, with ；.
      '单打里，这件事只看一个数字：发球方的得分；得分为双数时，从右发球区发球',
      '双打稍微复杂一些，但原则相同：发球方得分时，同一名队员换到另一侧继续发球',
    ]);
    // So is where the cleverness lies, the most important stop, and the time something begins.
    expect(
      sectionPoints([
        '它最巧妙的地方在宫女的右臂。灯点燃以后，烟会顺着衣袖进入中空的身体。',
        '小肠是这趟旅行中最重要的一站。它拉直了大约有5到7米长。',
        '这也是病虫害开始出现的时候。蚜虫数量少时用清水冲掉就行。',
      ]),
    ).toEqual([
      '它最巧妙的地方在宫女的右臂：灯点燃以后，烟会顺着衣袖进入中空的身体',
      '小肠是这趟旅行中最重要的一站：它拉直了大约有5到7米长',
      '这也是病虫害开始出现的时候：蚜虫数量少时用清水冲掉就行',
    ]);
    // So is where something arrives, and what a thing is called: what happens there, or what it does, follows.
    expect(
      sectionPoints([
        '剩下吸收不了的东西，会来到大肠。大肠会把里面的水分吸回身体。',
        '嘴里还会流出口水，科学家叫它“唾液”。唾液里的淀粉酶能把淀粉分解成糖。',
      ]),
    ).toEqual([
      '剩下吸收不了的东西，会来到大肠：大肠会把里面的水分吸回身体',
      '嘴里还会流出口水，科学家叫它“唾液”：唾液里的淀粉酶能把淀粉分解成糖',
    ]);
  });

  it('makes no point of an outline by parts, one by one or of what it gathers, a note that leaves the reader’s case to the doctor or a professional, a skip ahead, or the most-asked remark stressed with 没有之一', () => {
    const article = parseArticle(
      [
        '# 结节',
        '',
        '甲状腺结节非常普遍。',
        '',
        '这篇文章把门诊里被问得最多的五个问题整理出来，一次说清楚。需要说明的是，每个人的情况不同，文中的内容只能帮你看懂报告，具体怎么处理，还是要听接诊医生的意见。',
        '',
        '### 碘',
        '',
        '这是门诊里被问得最多的问题，没有之一。很多人以为结节就是碘吃多了。',
        '',
        '这个说法只说对了一小部分。碘和甲状腺的关系是一条“U形曲线”。',
        '',
        '### 喝水',
        '',
        '下面分五个方面，用数字说话。',
        '',
        '今天我们挑出流传最广的五个，对照权威指南和研究，一个一个看看它们到底靠不靠谱。',
        '',
        '下面我把被问得最多的五个问题整理出来，尽量用大白话回答。每个案子的细节不同，文中的分析只作参考，真遇到纠纷，最好找专业人士具体看。',
        '',
        '这篇游记按行程顺序写，每一段后面附上我们踩过的坑。想去的朋友可以直接跳到最后一节看预算。',
        '',
        '2月过年，开销乱七八糟，就不细说了。',
        '',
        '今天必须聊聊这个话题。',
        '',
        '喝水的说法特别多。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const intro = deck.slides.find((s) => s.kind === 'intro');
    expect(intro?.kind === 'intro' && intro.points).toEqual(['甲状腺结节非常普遍']);
    expect(deck.slides.filter((s) => s.kind === 'points').flatMap(pointsOf)).toEqual([
      '很多人以为结节就是碘吃多了',
      // Saying a view is only partly right opens what is.
      '这个说法只说对了一小部分：碘和甲状腺的关系是一条“U形曲线”',
      '喝水的说法特别多',
    ]);
    expectSound(deck, article);
  });

  it('makes no point of a question someone asks (很多人会问，…), an answer that depends, or an outline', () => {
    const article = parseArticle(
      [
        '# 咖啡',
        '',
        '本文按照成分、代谢和睡眠的顺序，对其基本原理作简要介绍。咖啡因是一种兴奋剂。',
        '',
        '### 低因咖啡',
        '',
        '很多人会问，晚上来一杯低因咖啡会不会也睡不着。低因咖啡仍含少量咖啡因。',
        '',
        '答案是：看情况。对咖啡因敏感的人最好下午以后都别喝。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').map((s) => pointsOf(s))).toEqual([
      ['低因咖啡仍含少量咖啡因', '对咖啡因敏感的人最好下午以后都别喝'],
    ]);
    const intro = deck.slides.find((s) => s.kind === 'intro');
    expect(intro?.kind === 'intro' && intro.points).toEqual(['咖啡因是一种兴奋剂']);
  });

  it('makes no point of questions before an outline, and says the questions where the sentence after them only takes them up (带着这些问题，…)', () => {
    const article = parseArticle(
      [
        '# 跑步',
        '',
        '跑步到底伤不伤膝盖？疼了要不要停？跑鞋该怎么选？带着这些问题，我们采访了运动医学科的陈医生。',
        '',
        '候补到底是怎么运作的？成功率有多高？什么时候提交最合适？这篇文章一次讲明白。',
        '',
        '### 膝盖',
        '',
        '长期规律跑步的人，膝关节炎的发生率反而更低。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const intro = deck.slides.find((s) => s.kind === 'intro');
    // 带着这些问题 alone would point at questions no slide shows.
    expect(intro?.kind === 'intro' && intro.points).toEqual([
      '跑步到底伤不伤膝盖？疼了要不要停？跑鞋该怎么选？',
    ]);
    expectSound(deck, article);
  });

  it('looks past a verdict that leads a paragraph (错。 答：基本不能。 目前还不能。 答：不建议！ 也不行。 答案是否定的。) to the sentence that says why, labelling it with one that says no (不行：…), and keeps one alone', () => {
    const article = parseArticle(
      [
        '# 牙刷',
        '',
        '### 误区',
        '',
        '> 用了电动牙刷，就不用牙线了。',
        '',
        '错。牙刷都刷不到牙缝深处，牙线还是要配合使用。',
        '',
        '答：基本不能。汇总的试验没有发现明显效果。',
        '',
        '答案是否定的。手机不会因此变卡。',
        '',
        '并不是。更多是硬件老化的结果。',
        '',
        '没用。刷毛开花后清洁力会明显下降。',
        '',
        '目前还不能。预报需要同时给出准确的时间、地点和震级。',
        '',
        '答：不建议！止痛药只是让你感觉不到疼，损伤本身还在。',
        '',
        '也不行。成人安全带的肩带会勒在孩子的脖子上。',
        '',
        '这确实是个难题。可以买一个便携式的增高垫。',
        '',
        '### 能缓解吗？',
        '',
        '答：基本不能。',
        '',
        '汇总的试验没有发现明显效果。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').flatMap((s) => pointsOf(s))).toEqual([
      '“用了电动牙刷，就不用牙线了”',
      '牙刷都刷不到牙缝深处，牙线还是要配合使用',
      '基本不能：汇总的试验没有发现明显效果',
      '手机不会因此变卡',
      // A verdict that says no labels the sentence that says why, which alone would not say which
      // way the answer goes; its 也 or 并 left out.
      '不是：更多是硬件老化的结果',
      '没用：刷毛开花后清洁力会明显下降',
      '目前还不能：预报需要同时给出准确的时间、地点和震级',
      '不建议：止痛药只是让你感觉不到疼，损伤本身还在',
      '不行：成人安全带的肩带会勒在孩子的脖子上',
      // Saying a problem is hard opens what to do about it.
      '这确实是个难题：可以买一个便携式的增高垫',
      // Alone in its paragraph, the verdict is the answer.
      '基本不能',
      '汇总的试验没有发现明显效果',
    ]);
  });

  it('says an answer with the short question just before it in its paragraph, where both fit whole', () => {
    expect(
      sectionPoints([
        '酵母怎么选？家里常用的是即发干酵母，直接和面粉拌匀就行。',
        '存进去的钱能买什么？不是只能存定期。目前可以买的产品分四大类。',
        // A question quoted after who asks it is its quotation.
        '周五晚上，豆豆突然问我：“妈妈，明天要去幼儿园吗？”我说明天是周六，不用去。',
        // A run of questions that the sentence after it only takes up is the point.
        '疼了要不要停？跑鞋该怎么选？带着这些问题，我们采访了陈医生。',
        // One that only points back asks nothing.
        '这是为什么呢？因为面团里的气体受热膨胀。',
      ]),
    ).toEqual([
      '酵母怎么选？家里常用的是即发干酵母，直接和面粉拌匀就行',
      '存进去的钱能买什么？不是只能存定期',
      '“妈妈，明天要去幼儿园吗？”我说明天是周六，不用去',
      '疼了要不要停？跑鞋该怎么选？',
      '因为面团里的气体受热膨胀',
    ]);
    // Past a sentence that only points at the question (这是很多女生的疑问。).
    expect(
      sectionPoints([
        '“那化了妆怎么补？”这是很多女生的疑问。可以用防晒喷雾或者防晒气垫，虽然不如防晒霜均匀，但总比不补好。',
      ]),
    ).toEqual(['“那化了妆怎么补？”可以用防晒喷雾或者防晒气垫，虽然不如防晒霜均匀，但总比不补好']);
  });

  it('says a framed verdict (就目前的价格来说，我不建议。 答案是不需要。 可以，只是…) with the question its paragraph asks, its asker set aside', () => {
    const article = parseArticle(
      [
        '# 光伏',
        '',
        '### 我的结论',
        '',
        '有人问我，要不要加装储能电池，把白天的电存起来晚上用？就目前的价格来说，我不建议。一套10度电的家用储能电池要三四万元。',
        '',
        '那要不要揉出能拉成薄膜的“手套膜”？答案是不需要。馒头讲究的是暄软。',
        '',
        '还有人问，和面能不能用凉水？可以，只是发酵会慢很多。夏天反而不易发过头。',
        '',
        '有朋友问我：“这样过日子，会不会太苦了？”说实话，没有。我砍掉的都是自己不在乎的东西。',
        '',
        '很多学员会问：“教练，我能不能每天都练，早点拉上去？”我的回答是：**不能**。肌肉是在休息的时候变强的。',
        '',
        '### 要加装储能电池吗？',
        '',
        '就目前的价格来说，我不建议。一套电池要三四万元。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').flatMap((s) => pointsOf(s))).toEqual([
      '要不要加装储能电池，把白天的电存起来晚上用？就目前的价格来说，我不建议',
      // So is a verdict given as the answer, or one that goes on after a comma.
      '要不要揉出能拉成薄膜的“手套膜”？答案是不需要',
      '和面能不能用凉水？可以，只是发酵会慢很多',
      // A question quoted after who asks it is its quotation; 说实话， and 我的回答是： leave the verdict.
      '“这样过日子，会不会太苦了？”没有',
      '“教练，我能不能每天都练，早点拉上去？”不能',
      // With no question before it, the verdict answers its heading, as written, with why.
      '就目前的价格来说，我不建议：一套电池要三四万元',
    ]);
  });

  it('says 答案是 with the question it answers, and drops it where none is asked (答案是：3个月。)', () => {
    const article = parseArticle(
      [
        '# 充电',
        '',
        '### 热量',
        '',
        '无线充电效率一般只有七八成。',
        '',
        '损失掉的能量去了哪里？答案是——几乎全部变成了热量。',
        '',
        '### 刷头',
        '',
        '答案是：3个月。',
        '',
        '刷毛一旦开花，清洁力会明显下降。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').map((s) => pointsOf(s))).toEqual([
      ['无线充电效率一般只有七八成', '损失掉的能量去了哪里？几乎全部变成了热量'],
      ['3个月', '刷毛一旦开花，清洁力会明显下降'],
    ]);
  });

  it('makes no point of a sentence that only says what follows will be taken apart, answered or listed (我们一点点拆开来看。 一起来看看吧。 …整理如下。)', () => {
    const article = parseArticle(
      [
        '# 牙刷',
        '',
        '刷得干不干净，关键在人。',
        '',
        '为什么这么说？我们一点点拆开来看。',
        '',
        '可它到底有没有用？我们整理了大家最常问的几个问题，一个一个来回答。',
        '',
        '养植物难免会出状况，下面是粉丝们问得最多的几个问题，我按自己的经验一个一个说。',
        '',
        '我们请教了皮肤科医生，把最常见的五个误区整理如下。',
        '',
        '### 降速',
        '',
        '说出来你可能不信，这事儿还真不是空穴来风。',
        '',
        '2017年，有用户发现旧款手机的跑分明显下降。',
        '',
        '一起来看看吧。',
        '',
        '我们慢慢说。苹果后来承认确实降低了处理器的频率。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const intro = deck.slides.find((s) => s.kind === 'intro');
    expect(intro?.kind === 'intro' && intro.points).toEqual(['刷得干不干净，关键在人']);
    expect(deck.slides.filter((s) => s.kind === 'points').flatMap((s) => pointsOf(s))).toEqual([
      '2017年，有用户发现旧款手机的跑分明显下降',
      '苹果后来承认确实降低了处理器的频率',
    ]);
    expectSound(deck, article);
    // An answer with its source in brackets after it is still only an answer; the source stays
    // with the sentence it is after.
    const sourced = buildDeck(
      parseArticle(
        '# 辐射\n\n### 有辐射吗\n\n是的。（数据来源：国家辐射监测中心）手机辐射远低于安全标准。\n\n价格上涨了。（见图1）\n',
        'c.md',
      ),
      emptySpec(),
    );
    expect(sourced.slides.filter((s) => s.kind === 'points').flatMap((s) => pointsOf(s))).toEqual([
      '手机辐射远低于安全标准',
      '价格上涨了（见图1）',
    ]);
    // A sentence that only starts so says something, and is the point.
    const saying = buildDeck(
      parseArticle(
        '# 教育\n\n### 沟通\n\n慢慢说，孩子才听得进去。家长吼得越凶，孩子越不听。\n\n我们应该逐一分析每种药物的副作用，再决定吃哪一种。医生也会这样建议。\n',
        'b.md',
      ),
      emptySpec(),
    );
    expect(saying.slides.filter((s) => s.kind === 'points').flatMap((s) => pointsOf(s))).toEqual([
      '慢慢说，孩子才听得进去：家长吼得越凶，孩子越不听',
      '我们应该逐一分析每种药物的副作用，再决定吃哪一种',
    ]);
  });

  it('says what is only a part of the matter with what the next sentence says is the rest (…只是问题的一小部分。…才是…)', () => {
    expect(
      sectionPoints([
        '手机该不该带进校园，只是问题的一小部分。孩子回到家以后怎么用手机，才是家长真正需要花心思的地方。',
      ]),
    ).toEqual([
      '手机该不该带进校园，只是问题的一小部分；孩子回到家以后怎么用手机，才是家长真正需要花心思的地方',
    ]);
    // Where both do not fit, the part stands alone, as any lead does.
    expect(
      sectionPoints([
        '手机该不该带进校园，只是问题的一小部分。孩子放学回到家以后，晚上和周末到底怎么用手机、每天用多久、主要用来做什么、由谁来管、用什么办法来管、管不住的时候又该怎么和孩子商量，才是家长真正需要花心思的地方。',
      ]),
    ).toEqual(['手机该不该带进校园，只是问题的一小部分']);
  });

  it('takes one slide more rather than part a short list from its lead-in', () => {
    const article = parseArticle(
      [
        '# 汉代展品',
        '',
        '### 彩绘陶灶',
        '',
        '这件陶灶是随葬用的模型，长约30厘米，灶面上有两个灶眼，后部立着一根烟囱。它虽然不能真的生火，却按照实物的比例做得十分细致。',
        '',
        '看这件陶灶时，不妨留意三个细节：',
        '',
        '1. 灶面上摆着陶釜和陶甑，说明汉代人已经习惯用蒸汽蒸饭；',
        '2. 灶门旁画着一条鱼和几块肉，寄托着主人在另一个世界衣食无忧的愿望；',
        '3. 烟囱开在灶的后部，和今天农村土灶的结构几乎一样。',
        '',
        '汉代人为什么要把灶带进墓里？当时流行“事死如事生”的观念，人们相信死后的生活和生前差不多，所以把房屋、粮仓、猪圈都做成模型一起下葬。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(
      deck.slides.filter((s) => s.kind === 'points').map((s) => pointsOf(s).map((p) => p.slice(0, 6))),
    ).toEqual([['这件陶灶是随'], ['看这件陶灶时', '1. 灶面上', '2. 灶门旁', '3. 烟囱开'], ['汉代人为什么']]);
    expectSound(deck, article);
  });

  it('says the view of someone a lead only introduces (在她看来，…), named as the lead names them', () => {
    expect(
      sectionPoints([
        '正方家长李女士的孩子今年上四年级，每天自己坐公交上学。她说：“路上四十分钟，我总得能找到他。”在她看来，手机首先是一根联系的线，而不是玩具。',
      ]),
    ).toEqual(['在李女士看来，手机首先是一根联系的线，而不是玩具']);
    expect(
      sectionPoints(['反方的王老师当了十二年班主任。她的担心很具体：课间十分钟，孩子们围在一起看短视频。']),
    ).toEqual(['王老师的担心很具体：课间十分钟，孩子们围在一起看短视频']);
    // Where the lead names two, the pronoun stays: which one it means is not for the deck to guess.
    expect(sectionPoints(['李老师和王老师都教了十二年书。在她看来，手机该统一保管。'])).toEqual([
      '在她看来，手机该统一保管',
    ]);
  });

  it('makes no point of a lead-in to a list that is only a connective (需要特别提醒的是：)', () => {
    const article = parseArticle(
      [
        '# 灭火器',
        '',
        '### 怎么用',
        '',
        '记住四个字就够了：',
        '',
        '1. 提：提起灭火器。',
        '2. 拔：拔掉保险销。',
        '',
        '需要特别提醒的是：',
        '',
        '- 油锅起火千万不能用水浇；',
        '- 电器起火先断电，再灭火。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').flatMap((s) => pointsOf(s))).toEqual([
      '记住四个字就够了',
      '1. 提：提起灭火器',
      '2. 拔：拔掉保险销',
      '油锅起火千万不能用水浇',
      '电器起火先断电，再灭火',
    ]);
    expectSound(deck, article);
  });

  it('says a belief with a correction that grants a part first (虽然…确实…，但…), an objection put down to luck, and a habit held as a belief', () => {
    expect(
      sectionPoints([
        '很多人以为开车一定最快。虽然路况好的时候确实只要28分钟，但我记录的66个早高峰里，超过45分钟的有23天。',
        '有人会说：“我用锡纸包着热过好多次，也没出过事。”这可能只是运气好。锡纸平整地贴着食物时问题不大，一旦有褶皱、尖角，就可能打火。',
        '很多患者习惯饭后吃药，觉得这样“不伤胃”。但拉唑类恰恰相反：它要在胃酸分泌最旺盛之前进入身体。',
      ]),
    ).toEqual([
      '很多人以为开车一定最快；但我记录的66个早高峰里，超过45分钟的有23天',
      '有人会说：“我用锡纸包着热过好多次，也没出过事”；这可能只是运气好',
      '很多患者习惯饭后吃药，觉得这样“不伤胃”；但拉唑类恰恰相反：它要在胃酸分泌最旺盛之前进入身体',
    ]);
  });

  it('says what the writer had believed (我本来以为…) with the turn after it, a bare 可 too', () => {
    expect(
      sectionPoints([
        '我本来以为会是一片空白。可往下一划，记录密密麻麻，几乎每天都有，最多的一天有四十多条。',
        // 可以 is no turn, nor are 可靠 and 可怕.
        '我本来以为要排很久。可以先在网上预约。',
        '我本来以为这种药没有副作用。可靠的数据其实很少。',
      ]),
    ).toEqual([
      '我本来以为会是一片空白；可往下一划，记录密密麻麻，几乎每天都有，最多的一天有四十多条',
      '我本来以为要排很久',
      '我本来以为这种药没有副作用',
    ]);
  });

  it('gives way to a quotation whose lead-in only says who admits it (她才不好意思地承认：“…”)', () => {
    expect(
      sectionPoints([
        '外婆家的音箱是去年买的。',
        '我又打给外婆，绕了半天，她才不好意思地承认：“你们年轻人都忙，我总不能每回都让你们教。那个小箱子不嫌我笨，问多少遍都行。”',
        '挂了电话，我半天没说出话来。',
      ])[1],
    ).toBe('“你们年轻人都忙，我总不能每回都让你们教。那个小箱子不嫌我笨，问多少遍都行”');
  });

  it('lists the cases after 这个问题要分情况 and recaps its question as depending, never with the first case alone', () => {
    const article = parseArticle(
      [
        '# 拉唑',
        '',
        '### 症状好了能马上停吗？',
        '',
        '这个问题要分情况。',
        '',
        '如果只是偶尔反酸、烧心，自己买了药吃几天，症状消失后可以停。但如果是医生诊断的胃溃疡，一般要吃足4到8周。这时候症状好了不代表溃疡已经愈合，擅自停药容易复发。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').flatMap(pointsOf)).toEqual([
      '这个问题要分情况',
      '1. 如果只是偶尔反酸、烧心，自己买了药吃几天，症状消失后可以停',
      '2. 如果是医生诊断的胃溃疡，一般要吃足4到8周',
    ]);
    expect(deck.slides.find((s) => s.kind === 'summary')?.points).toEqual([
      '症状好了能马上停吗？这个问题要分情况',
    ]);
    expectSound(deck, article);
  });

  it('names who said a quotation where the paragraph after it says so (这是我一位同事的话，…), that paragraph in its notes', () => {
    const article = parseArticle(
      [
        '# 通勤',
        '',
        '### 地铁',
        '',
        '地铁是我最初的首选。',
        '',
        '> 地铁最大的好处不是快，而是可预期。',
        '',
        '这是我一位同事的话，他已经坐了六年同一条线。',
        '',
        '### 开车',
        '',
        '> 开车通勤，买的不是速度，是一个人待着的半小时。',
        '',
        '这话是我朋友说的，他坚持开车，理由就是这个。',
        '',
        '这是一个好问题，值得想一想。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').map(pointsOf)).toEqual([
      ['地铁是我最初的首选', '“地铁最大的好处不是快，而是可预期”——我一位同事'],
      // Not 这是一个好问题, which names no one.
      ['“开车通勤，买的不是速度，是一个人待着的半小时”——我朋友', '这是一个好问题，值得想一想'],
    ]);
    expectSound(deck, article);
  });

  it('makes no point of a greeting, a sign-off that the list is done, an outline by example or a myth called the most widespread', () => {
    expect(
      sectionPoints([
        '哈喽大家好，又到了装修季。装修群里问得最多的问题之一，就是洗碗机到底值不值得买。',
        '下面以最常见的美嘴内胎为例，一步一步来。法嘴的步骤也差不多，只是要先拧开小螺帽。',
        '这是流传最广的一条。微波炉的金属外壳能屏蔽微波。',
        '好了，五条说完。总结一下就是：微波炉不可怕，但也别太随意。',
      ]),
    ).toEqual([
      '装修群里问得最多的问题之一，就是洗碗机到底值不值得买',
      '法嘴的步骤也差不多，只是要先拧开小螺帽',
      '微波炉的金属外壳能屏蔽微波',
      '微波炉不可怕，但也别太随意',
    ]);
  });

  it('shows no lead-in for a prose list that only asks why the point before holds (为什么这么说？第一，…)', () => {
    expect(
      sectionPoints([
        '先说我的态度：**如果你不打算让猫繁育，绝育利大于弊。**',
        '为什么这么说？第一，绝育可以显著降低生殖系统疾病的风险。第二，绝育能减少发情带来的困扰。第三，绝育后的猫更不容易往外跑。',
      ]),
    ).toEqual([
      '如果你不打算让猫繁育，绝育利大于弊',
      '1. 绝育可以显著降低生殖系统疾病的风险',
      '2. 绝育能减少发情带来的困扰',
      '3. 绝育后的猫更不容易往外跑',
    ]);
  });

  it('says a bold label that states a myth (**误区一：贵的一定好。**) with the correction after it', () => {
    const article = parseArticle(
      [
        '# 牙刷',
        '',
        '### 误区',
        '',
        '**误区一：贵的一定好。**几百元的基础款，清洁力和上千元的旗舰款差别不大。',
        '',
        '**误区2：刷得越久越好**',
        '',
        '超过3分钟并没有额外好处。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').flatMap((s) => pointsOf(s))).toEqual([
      '误区一：贵的一定好；几百元的基础款，清洁力和上千元的旗舰款差别不大',
      // A bold line that heads the paragraph is said so too, not with a second colon.
      '误区2：刷得越久越好；超过3分钟并没有额外好处',
    ]);
    expectSound(deck, article);
  });

  it('labels a list’s item with the short sentence it opens with in bold, as its siblings with a word', () => {
    const article = parseArticle(
      [
        '# 手机',
        '',
        '### 原因',
        '',
        '- **存储快满了。**闪存的剩余空间不足时，写入速度会明显下降。',
        '- **后台常驻的东西太多。**各种推送和自启动都在悄悄抢内存。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').flatMap((s) => pointsOf(s))).toEqual([
      '存储快满了：闪存的剩余空间不足时，写入速度会明显下降',
      '后台常驻的东西太多：各种推送和自启动都在悄悄抢内存',
    ]);
  });

  it('says a paragraph that only refutes the belief before it (其实恰恰相反。) with that belief', () => {
    const article = parseArticle(
      [
        '# 牙刷',
        '',
        '### 会不会伤牙龈？',
        '',
        '很多人担心电动牙刷力气太大，会把牙龈刷出血、刷萎缩。',
        '',
        '其实恰恰相反。',
        '',
        '牙龈萎缩的一大原因，是手动刷牙时横着用力“拉锯”。',
        '',
        '### 贵的好吗？',
        '',
        '贵的电动牙刷清洁力更强。',
        '',
        '其实恰恰相反。',
        '',
        '### 哪种花惹的祸？',
        '',
        '很多人会想当然地认为，开得最热闹的桃花、樱花是罪魁祸首。其实恰恰相反。',
        '',
        '它们的花粉又大又黏，很少飘到空气里。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').map((s) => pointsOf(s))).toEqual([
      [
        '很多人担心电动牙刷力气太大，会把牙龈刷出血、刷萎缩；其实恰恰相反',
        '牙龈萎缩的一大原因，是手动刷牙时横着用力“拉锯”',
      ],
      // After a claim no one is said to hold, it stays a point of its own.
      ['贵的电动牙刷清洁力更强', '恰恰相反'],
      // A belief held without a thought (会想当然地认为) is a belief all the same.
      [
        '很多人会想当然地认为，开得最热闹的桃花、樱花是罪魁祸首；其实恰恰相反',
        '它们的花粉又大又黏，很少飘到空气里',
      ],
    ]);
    expectSound(deck, article);
  });

  it('makes no point of a sentence that only points at the question before it (这是很多人觉得奇怪的地方。)', () => {
    const article = parseArticle(
      [
        '# 降噪',
        '',
        '### 为什么人声还能听见',
        '',
        '这是很多人觉得奇怪的地方。其实主动降噪最擅长对付的，是持续、稳定、低频的声音。',
        '',
        '### 零下的空气里哪来的热量？',
        '',
        '这是很多人第一次听说热泵时最大的困惑。只要温度高于绝对零度，空气里就含有热能。',
        '',
        '### 它们会伤害我们吗？',
        '',
        '这是公众最关心、也是科学家最难回答的问题。世卫组织认为，饮用水中的微塑料似乎不会威胁健康。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').map((s) => pointsOf(s))).toEqual([
      ['主动降噪最擅长对付的，是持续、稳定、低频的声音'],
      ['只要温度高于绝对零度，空气里就含有热能'],
      ['世卫组织认为，饮用水中的微塑料似乎不会威胁健康'],
    ]);
    expectSound(deck, article);
  });

  it('makes no point of a sentence that only says a question matters (这是大家最关心的问题。) or answers it (当然不算。)', () => {
    const article = parseArticle(
      [
        '# 新国标',
        '',
        '### 旧车怎么办',
        '',
        '这是大家最关心的问题。已经上路的旧车并不是马上都不能骑了。',
        '',
        '对普通家庭来说，最关心的问题是屋顶光伏到底划不划算。一户一年能省下八千多元电费。',
        '',
        '当然不算。考试前一晚睡不好是正常的应激反应。',
        '',
        '软水机则是另一回事。它把水中的钙、镁离子换成钠离子。',
        '',
        '还有一点，净水器的出水最好当天喝完。总之一句话：买合规的车。',
        '',
      ].join('\n'),
      'a.md',
    );
    expect(
      pointsOf(buildDeck(article, emptySpec()).slides.find((s) => s.kind === 'points') as Slide),
    ).toEqual([
      '已经上路的旧车并不是马上都不能骑了',
      '一户一年能省下八千多元电费',
      '不算：考试前一晚睡不好是正常的应激反应',
      '软水机则是另一回事：它把水中的钙、镁离子换成钠离子',
      '买合规的车',
    ]);
  });

  it('says a drawback announced (也不是没有缺点。 不过，有两种情况要当心。) with the sentence that names it', () => {
    expect(
      firstDerivedPoints([
        '# 电子墨水屏',
        '',
        '### 短板',
        '',
        '电子墨水屏也不是没有缺点。刷新速度慢是最大的问题，看视频基本不可能。',
        '',
        '价格也是门槛。同样尺寸的屏幕，成本明显高于LCD。',
        '',
        '不过，有两种情况要当心。一是加油站；二是装有心脏起搏器的人。',
        '',
      ]),
    ).toEqual([
      '电子墨水屏也不是没有缺点：刷新速度慢是最大的问题，看视频基本不可能',
      '价格也是门槛：同样尺寸的屏幕，成本明显高于LCD',
      '有两种情况要当心：一是加油站；二是装有心脏起搏器的人',
    ]);
  });

  it('shows a quotation with the words that introduce it, on one slide, and takes 当然不是。 as an answer', () => {
    const article = parseArticle(
      [
        '# 静电',
        '',
        '### 为什么偏偏是冬天？',
        '',
        '关键在于空气湿度。',
        '',
        '有位物理老师说得很形象：',
        '',
        '> 夏天的空气像一块湿毛巾；冬天的空气像一张干纸。',
        '',
        '### 静电就只有坏处吗？',
        '',
        '当然不是。',
        '',
        '复印机和激光打印机都靠静电把墨粉吸到纸上。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const [winter, good] = deck.slides.filter((s) => s.kind === 'points') as Slide[];
    expect(pointsOf(winter as Slide)).toEqual([
      '关键在于空气湿度',
      '有位物理老师说得很形象：“夏天的空气像一块湿毛巾；冬天的空气像一张干纸”',
    ]);
    // The lead-in stays in the notes beside its quotation.
    expect(winter?.notes.paragraphs.map((p) => p.text).slice(-2)).toEqual([
      '有位物理老师说得很形象：',
      '夏天的空气像一块湿毛巾；冬天的空气像一张干纸。',
    ]);
    expect(pointsOf(good as Slide)).toEqual(['复印机和激光打印机都靠静电把墨粉吸到纸上']);
    expectSound(deck, article);
    // How well the words stuck says no more than who said them: the quotation is the point.
    const stuck = parseArticle(
      '# 防晒\n\n### 补涂\n\n一位皮肤科医生在科普时说过一句话，很多人印象深刻：\n\n> 防晒霜不是护身符，涂上去就万事大吉；它更像一把雨伞，你得撑得够大。\n\n出汗、游泳后都要补涂。\n',
      'a.md',
    );
    expect(pointsOf(buildDeck(stuck, emptySpec()).slides.find((s) => s.kind === 'points') as Slide)).toEqual([
      '“防晒霜不是护身符，涂上去就万事大吉；它更像一把雨伞，你得撑得够大”',
      '出汗、游泳后都要补涂',
    ]);
    // A quotation that only asks makes no point: it and its lead-in go beside the answer, labelling nothing.
    const asked = parseArticle(
      [
        '# 静电',
        '',
        '### 手环',
        '',
        '有读者问我：',
        '',
        '> 静电手环到底有没有用？',
        '',
        '说实话，不接地的手环作用很有限。',
        '',
      ].join('\n'),
      'a.md',
    );
    // A lead-in too long to label that only says who speaks goes in the notes; the quotation is the point.
    const long = parseArticle(
      [
        '# 冷链',
        '',
        '### 经验',
        '',
        '一位在县疾控中心干了二十多年的冷链管理员说得很实在：',
        '',
        '> 冰箱不会骗人，骗人的是不看温度计的人。',
        '',
        '2026年起实施的新国家标准对冷藏车提出了更严格的要求，其中最受关注的一条是：',
        '',
        '> 温度超出范围时，五分钟内必须报警。',
        '',
      ].join('\n'),
      'a.md',
    );
    const said = buildDeck(long, emptySpec()).slides.find((s) => s.kind === 'points') as Slide;
    expect(pointsOf(said)).toEqual([
      '“冰箱不会骗人，骗人的是不看温度计的人”',
      // One that says something of its own (a new standard) stays its point.
      '2026年起实施的新国家标准对冷藏车提出了更严格的要求，其中最受关注的一条',
      '“温度超出范围时，五分钟内必须报警”',
    ]);
    // Who speaks gives way to the quotation where it would crowd it: in its own paragraph, or in the
    // sentence, where its title of a few letters stays as the quotation's label.
    const crowded = parseArticle(
      [
        '# 回收',
        '',
        '### 行业',
        '',
        '有位做了十几年废旧电池生意的老板说得很实在：',
        '',
        '> 以前收电池是按斤称，现在得按型号、按健康度算钱，不懂检测的人迟早要被淘汰。',
        '',
        '一位湿法回收企业的技术总监告诉我们：“现在钴、镍的回收率普遍能做到98%以上，真正拉开差距的是锂。”',
        '',
        '回收行业还在起步阶段。',
        '',
      ].join('\n'),
      'a.md',
    );
    const trade = buildDeck(crowded, emptySpec()).slides.find((s) => s.kind === 'points') as Slide;
    expect(pointsOf(trade)).toEqual([
      '“以前收电池是按斤称，现在得按型号、按健康度算钱，不懂检测的人迟早要被淘汰”',
      '技术总监：“现在钴、镍的回收率普遍能做到98%以上，真正拉开差距的是锂”',
      '回收行业还在起步阶段',
    ]);
    expect(trade.notes.paragraphs[0]?.text).toBe('有位做了十几年废旧电池生意的老板说得很实在：');
    const answered = buildDeck(asked, emptySpec()).slides.find((s) => s.kind === 'points') as Slide;
    expect(pointsOf(answered)).toEqual(['静电手环到底有没有用？不接地的手环作用很有限']);
    expect(answered.notes.paragraphs.map((p) => p.text)).toEqual([
      '有读者问我：',
      '静电手环到底有没有用？',
      '说实话，不接地的手环作用很有限。',
    ]);
  });

  it('takes a sentence the writer set in bold after the lead (我们的口头禅是：**差一纳秒，偏三十厘米。**) as the paragraph’s point, but not a bold word', () => {
    expect(
      sectionPoints([
        '做定位的工程师对时间的执念，外人很难理解。我们的口头禅是：**差一纳秒，偏三十厘米。**一纳秒里光正好走30厘米。',
        '独库公路全长561公里，横穿天山。但它有一个特别的地方：**一年里只有大约四个月能走**。',
        // A bold word is emphasis, not the point.
        '北斗三号在2020年完成全球组网。它用了**三种轨道**，覆盖亚太更好。',
      ]),
    ).toEqual([
      '我们的口头禅是：差一纳秒，偏三十厘米',
      '它有一个特别的地方：一年里只有大约四个月能走',
      '北斗三号在2020年完成全球组网：它用了三种轨道，覆盖亚太更好',
    ]);
  });

  it('takes the sentence that sums a paragraph up (如果只记一句话，那就是：…) or gives its conclusion first (先说结论：…) as its point, not its opener', () => {
    const article = parseArticle(
      [
        '# 家用储能',
        '',
        '### 怎么选',
        '',
        '把上面几个方面放在一起看，三种电池各有适合的场合。铅酸电池最便宜；三元锂最轻。如果只记一句话，那就是：偶尔备用选铅酸，天天循环选磷酸铁锂。',
        '',
        '电动车的选择很多。归根结底，没有更好的车，只有更适合自己的车。',
        '',
        // So is the conclusion a writer gives before the reasons.
        '我们买了11支牙刷，每支都用满两周。结论先放在前面：200元左右的入门款已经够用。',
        '',
        '这篇文章用几个例子算一算。先说结论：它最适合收入较高的人。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide)).toEqual([
      '偶尔备用选铅酸，天天循环选磷酸铁锂',
      '没有更好的车，只有更适合自己的车',
      '200元左右的入门款已经够用',
      '它最适合收入较高的人',
    ]);
    expectSound(deck, article);
    // What only looks like a summing up (一句话很难说清楚, a question after 说到底) is no point.
    const looksLike = parseArticle(
      [
        '# 电动车',
        '',
        '### 价格',
        '',
        '电动车的价格从两千到一万都有。一句话很难说清楚。',
        '',
        '电费只有油费的三分之一。说到底，谁更划算呢？',
        '',
      ].join('\n'),
      'a.md',
    );
    expect(
      pointsOf(buildDeck(looksLike, emptySpec()).slides.find((s) => s.kind === 'points') as Slide),
    ).toEqual(['电动车的价格从两千到一万都有', '电费只有油费的三分之一']);
  });

  it('says the turn of an answer that grants the view a question before it put, not the grant, and recaps the answer without the question', () => {
    const article = parseArticle(
      [
        '# 闪电',
        '',
        '### 能不能把闪电的电收集起来？',
        '',
        '很多人第一反应是：这么大的能量，浪费了多可惜，为什么不收集起来发电？',
        '',
        '听起来很有道理，但算一笔账就知道不划算。',
        '',
        '### 还缺什么？',
        '',
        '问：要找到“另一个地球”，还缺什么？',
        '',
        '答：主要缺更大的望远镜，和更多的时间。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').map(pointsOf)).toEqual([
      ['算一笔账就知道不划算'],
      ['要找到“另一个地球”，还缺什么？主要缺更大的望远镜，和更多的时间'],
    ]);
    expect(deck.slides.filter((s) => s.kind === 'summary').flatMap(pointsOf)).toEqual([
      '能不能把闪电的电收集起来？算一笔账就知道不划算',
      '还缺什么？主要缺更大的望远镜，和更多的时间',
    ]);
    expectSound(deck, article);
  });

  it('puts a question in the notes beside its answer, not beside the point before it', () => {
    const article = parseArticle(
      [
        '# 静电',
        '',
        '### 办法',
        '',
        '加湿器能让房间的湿度保持在百分之四十以上。',
        '',
        '有网友问：“静电手环真的有用吗？”',
        '',
        '说实话，不接地的手环作用很有限。',
        '',
      ].join('\n'),
      'a.md',
    );
    // One point a slide, so the question's slide is the one it is put beside.
    const deck = buildDeck(article, emptySpec(), { ...defaultLimits, maxPoints: 1 });
    const slides = deck.slides.filter((s) => s.kind === 'points');
    expect(slides.map((s) => [pointsOf(s), s.notes.paragraphs.map((p) => p.text)])).toEqual([
      [['加湿器能让房间的湿度保持在百分之四十以上'], ['加湿器能让房间的湿度保持在百分之四十以上。']],
      [
        ['静电手环真的有用吗？不接地的手环作用很有限'],
        ['有网友问：“静电手环真的有用吗？”', '说实话，不接地的手环作用很有限。'],
      ],
    ]);
  });

  it('shows a paragraph that weighs a good side against a bad one with both, never the good side alone', () => {
    const article = parseArticle(
      [
        '# 近视手术',
        '',
        '### 半飞秒',
        '',
        '它的优点是术后几乎不疼，第二天视力就能基本恢复。不足之处在于角膜瓣有移位的风险。',
        '',
        '它最大的优点是可逆。但它属于内眼手术，费用也更高。',
        '',
        '术后要按时滴眼药水。但也不必过分紧张。',
        '',
        '它的好处是覆盖范围广、穿墙能力强、延迟低，适合大多数家庭使用。缺点是贵。',
        '',
        '### 另一节',
        '',
        '实体卡的好处是换机方便，插上就能用。后来eSIM出现了。但它需要运营商支持。',
        '',
        'eSIM的优势在于方便，随时可以切换运营商。不足1%的用户在转移时遇到过问题。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(pointsOf(deck.slides.find((s) => s.kind === 'points') as Slide)).toEqual([
      '它的优点是术后几乎不疼，第二天视力就能基本恢复；不足之处在于角膜瓣有移位的风险',
      '它最大的优点是可逆；但它属于内眼手术，费用也更高',
      // No advantage named: a 但 after it is no drawback weighed against one.
      '术后要按时滴眼药水',
      // Both sides whole where they fit.
      '它的好处是覆盖范围广、穿墙能力强、延迟低，适合大多数家庭使用；缺点是贵',
    ]);
    // Only the sentence right after it is weighed against an advantage; 不足1% is no drawback.
    const other = deck.slides.filter((s) => s.kind === 'points')[1] as Slide;
    expect(pointsOf(other)).toEqual([
      '实体卡的好处是换机方便，插上就能用',
      'eSIM的优势在于方便，随时可以切换运营商',
    ]);
    expectSound(deck, article);
  });

  it('takes a bold line the writer used as a heading (**价格**) as the label of the next point, not a point', () => {
    const article = parseArticle(
      [
        '# 空气炸锅与烤箱',
        '',
        '### 怎么选',
        '',
        '**价格**',
        '',
        '空气炸锅一般两三百元，烤箱从三百到上千元不等。',
        '',
        '**容量：**',
        '',
        '烤箱可以同时放两层烤盘，适合一家人的晚饭。',
        '',
        '**空气炸锅更省电。**',
        '',
        '**结尾**',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const slide = deck.slides.find((s) => s.kind === 'points') as Slide;
    expect(pointsOf(slide)).toEqual([
      '价格：空气炸锅一般两三百元，烤箱从三百到上千元不等',
      '容量：烤箱可以同时放两层烤盘，适合一家人的晚饭',
      // A bold sentence says something: it is a point of its own.
      '空气炸锅更省电',
    ]);
    // The heading lines stay in the notes, in the article's order; one with nothing after it too.
    expect(slide.notes.paragraphs.map((p) => p.text)).toEqual([
      '价格',
      '空气炸锅一般两三百元，烤箱从三百到上千元不等。',
      '容量：',
      '烤箱可以同时放两层烤盘，适合一家人的晚饭。',
      '空气炸锅更省电。',
      '结尾',
    ]);
    expectSound(deck, article);
  });

  it('takes a bold word that opens a paragraph as a sentence of its own (**水温。**…) as the label of its point', () => {
    const article = parseArticle(
      [
        '# 洗碗机',
        '',
        '### 洗得干净靠什么？',
        '',
        '**水温。**洗碗机的主洗温度通常在60℃到70℃之间，这是人手受不了的温度。油脂在这个温度下很容易化开。',
        '',
        '**压力。**喷臂以很高的压力把水喷向碗碟。',
        '',
        // A bold claim of its own, too long for a label, is still its paragraph's point.
        '**洗碗机其实更省水。**一次只用十升左右。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const slide = deck.slides.find((s) => s.kind === 'points') as Slide;
    expect(pointsOf(slide)).toEqual([
      '水温：洗碗机的主洗温度通常在60℃到70℃之间，这是人手受不了的温度',
      '压力：喷臂以很高的压力把水喷向碗碟',
      '洗碗机其实更省水：一次只用十升左右',
    ]);
    // The recap does not take the first of the labelled items for the heading's answer.
    const summary = deck.slides.find((s) => s.kind === 'summary') as Slide;
    expect(pointsOf(summary)).toEqual(['洗得干净靠什么？']);
    expectSound(deck, article);
  });

  it('takes no bold question or answer for a label, and keeps a list item’s number before its label', () => {
    const article = parseArticle(
      [
        '# 洗碗机',
        '',
        '### 冲不冲？',
        '',
        '**为什么？**因为残渣会堵住过滤网，所以要先倒掉残渣。',
        '',
        '1. **水温。**洗碗机的主洗温度通常在60℃到70℃之间。',
        '2. **压力。**喷臂把水加压喷出来。',
        '',
        '### 辐射会致癌吗？',
        '',
        '**不会。**手机的射频辐射属于非电离辐射，能量不足以破坏DNA。',
        '',
        '### 怎么判断',
        '',
        '**看标识。**正规产品都有能效标识。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.filter((s) => s.kind === 'points').flatMap(pointsOf)).toEqual([
      '因为残渣会堵住过滤网，所以要先倒掉残渣',
      '1. 水温：洗碗机的主洗温度通常在60℃到70℃之间',
      '2. 压力：喷臂把水加压喷出来',
      // A bold answer that says no labels the sentence that says why.
      '不会：手机的射频辐射属于非电离辐射，能量不足以破坏DNA',
      '看标识：正规产品都有能效标识',
    ]);
    expect(deck.slides.filter((s) => s.kind === 'summary').flatMap(pointsOf)).toEqual([
      // Its answer leads into a list: no answer in brief.
      '冲不冲？',
      '辐射会致癌吗？不会：手机的射频辐射属于非电离辐射，能量不足以破坏DNA',
      '怎么判断',
    ]);
    expectSound(deck, article);
  });

  it('makes no point of a sentence that outlines the article, however long, but of the one after it', () => {
    const article = parseArticle(
      [
        '# 空气炸锅与烤箱',
        '',
        '空气炸锅火了好几年。今天就从原理、容量、口感、耗电和清洁几个方面，把它们放在一起比一比。',
        '',
        '这篇文章按照手术原理，把目前主流的几种近视手术梳理一遍。具体适合哪种术式，必须听医生的。',
        '',
        '### 原理',
        '',
        '空气炸锅本质上是一台小型的热风烤箱。',
        '',
      ].join('\n'),
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    const intro = deck.slides.find((s) => s.kind === 'intro');
    expect(intro?.kind === 'intro' && intro.points).toEqual([
      '空气炸锅火了好几年',
      '具体适合哪种术式，必须听医生的',
    ]);
    expectSound(deck, article);
    // Said of something else, 今天 and 聊聊 outline nothing.
    for (const said of [
      '今天很多年轻人更喜欢在微信上聊聊天，很少打电话。',
      '今天打开手机设置看一看，大多数新机型都已支持eSIM。',
    ]) {
      const plain = buildDeck(parseArticle(`# 题\n\n### 一节\n\n${said}\n`, 'a.md'), emptySpec());
      expect(pointsOf(plain.slides.find((s) => s.kind === 'points') as Slide)).toEqual([
        said.replace(/。$/, ''),
      ]);
    }
  });

  it('makes no slide of an introduction that is only a link to the original: it goes in the cover’s notes', () => {
    const article = parseArticle(
      '# 标题\n\n[查看原文](https://example.org/a)\n\n### 一节\n\n正文。\n',
      'a.md',
    );
    const deck = buildDeck(article, emptySpec());
    expect(deck.slides.map((s) => s.kind).slice(0, 2)).toEqual(['title', 'agenda']);
    expect(deck.slides[0]?.notes.paragraphs.map((p) => p.text)).toEqual(['查看原文']);
    expectSound(deck, article);
  });

  it('nests the marks of a book named in the title inside the original’s 《》 on the sources slide', () => {
    const deck = buildDeck(
      parseArticle('# 读书笔记：《人类简史》\n\n### 一节\n\n正文。\n', 'a.md'),
      emptySpec(),
    );
    const sources = deck.slides.find((s) => s.kind === 'sources');
    expect(sources?.kind === 'sources' && sources.items[0]?.text).toBe('原文：《读书笔记：〈人类简史〉》');
  });

  it('names a source by the address a reader would type, Chinese host and path included', () => {
    const items = derivedSources([
      '# 红叶为什么会变红',
      '',
      '见[科普文章](https://www.例子.中国/文章/红叶?来源=1)和[旧站](http://old.example.org:8080/a%ZZ/)。',
      '',
      '### 天气',
      '',
      '天气冷了。',
      '',
    ]);
    // Not xn--fsqu00a.xn--fiqs8s/%E6%96%87%E7%AB%A0; a port stays, a broken escape stays as written.
    expect(items.slice(1)).toEqual(['科普文章（例子.中国/文章/红叶）', '旧站（old.example.org:8080/a%ZZ）']);
  });

  it('lists an address once when the article links it again, written another way or in its reference list', () => {
    expect(
      derivedSources([
        '# 红叶为什么会变红',
        '',
        '秋天到了，见[中国科普博览](http://kepu.net.cn/leaves)。',
        '',
        '### 天气',
        '',
        '天气冷了，见[气象局](https://www.cma.gov.cn/)和[气象局首页](http://cma.gov.cn)。',
        '',
        '### 参考资料',
        '',
        '- 中国科普博览：[红叶](https://www.kepu.net.cn/leaves/)',
        '',
      ]),
    ).toEqual([
      '原文：《红叶为什么会变红》',
      '中国科普博览：红叶（kepu.net.cn/leaves）',
      '气象局（cma.gov.cn）',
    ]);
  });

  it('puts an article’s closing list of references on the sources slide, not in the agenda', () => {
    const markdown = [
      '# 红叶为什么会变红',
      '',
      '秋天到了。',
      '',
      '### 天气',
      '',
      '天气冷了。',
      '',
      '### 树种',
      '',
      '树种不同。',
      '',
      '### 参考资料',
      '',
      '1. 《植物生理学》，高等教育出版社',
      '2. [中国科普博览](https://www.kepu.net.cn/)',
      '',
    ].join('\n');
    const article = parseArticle(markdown, 'a.md');
    const deck = buildDeck(article, emptySpec());
    expect(deck.sections.map((s) => s.heading)).toEqual(['天气', '树种']);
    const sources = deck.slides.filter((s) => s.kind === 'sources');
    expect(sources.flatMap((s) => (s.kind === 'sources' ? s.items : []))).toEqual([
      { text: '原文：《红叶为什么会变红》' },
      { text: '《植物生理学》，高等教育出版社' },
      { text: '中国科普博览（kepu.net.cn）', url: 'https://www.kepu.net.cn/' },
    ]);
    // Every paragraph still in exactly one slide's notes: the list in the sources slide's.
    expectSound(deck, article);
    expect(sources[0]?.notes.paragraphs.map((p) => p.text)).toEqual([
      '《植物生理学》，高等教育出版社',
      '中国科普博览',
    ]);
    // Curated as a section in the spec, it stays one.
    const curated = buildDeck(
      article,
      parseSpec('sections:\n  参考资料:\n    points: [两本书]\n', 'deck.yaml'),
    );
    expect(curated.sections.map((s) => s.heading)).toEqual(['天气', '树种', '参考资料']);
    // Other names for such a list, with a colon too, and a closing summary before it.
    for (const heading of ['相关阅读', '扩展阅读', '推荐阅读', '参考链接', '参考资料：']) {
      const named = buildDeck(
        parseArticle(
          markdown.replace('### 参考资料', `### 总结一下\n\n红叶是天气和树种一起决定的。\n\n### ${heading}`),
          'a.md',
        ),
        emptySpec(),
      );
      expect(
        named.sections.map((s) => s.heading),
        heading,
      ).toEqual(['天气', '树种']);
      const summary = named.slides.find((s) => s.kind === 'summary');
      expect(summary?.kind === 'summary' && summary.points, heading).toEqual(['红叶是天气和树种一起决定的']);
    }
  });

  it('continues sources on another slide once a slide holds eight, or nine lines of them, sharing them out evenly', () => {
    const eight = Array.from({ length: 8 }, (_, i) => `    - 资料${i + 1}`);
    const sources = (list: readonly string[]) =>
      coffeeDeck(['sources:', ...list].join('\n')).slides.filter((s) => s.kind === 'sources');
    const byCount = sources(eight);
    expect(
      byCount.map((s) => s.kind === 'sources' && [s.id, s.title, s.part?.index, s.items.length, s.notes.cue]),
    ).toEqual([
      // Nine with the article's own: 5 + 4, not 8 + 1.
      ['来源', '参考资料', 1, 5, undefined],
      ['来源-2', '参考资料', 2, 4, '感谢聆听。'],
    ]);
    // Two sources of two lines each: the seventh item would be the tenth line.
    const twoLines = `    - ${'长'.repeat(39)}`;
    const byLines = sources([twoLines, twoLines, ...eight.slice(0, 5)]);
    expect(byLines.map((s) => s.kind === 'sources' && s.items.length)).toEqual([4, 4]);
  });

  it('refuses an article title too long for the sources slide’s line, even when the spec names a shorter title', () => {
    const title = '为什么秋天的山上会同时出现红叶、黄叶和绿叶'.repeat(4);
    expect(buildError(articleWith(['咖啡'], title), 'title: 红叶\n').message).toBe(
      `a.md:1:1: the title has ${length(title)} characters; at most 71 fit the two lines of the sources slide's 原文：《…》`,
    );
  });

  it('moves points to the next slide when their wrapped lines would not fit under the heading', () => {
    const long = '长'.repeat(32);
    const deck = coffeeDeck(
      `sections:\n  咖啡:\n    points: [${long}, ${long}, ${long}, 短的一点, 短的一点]\n`,
    );
    const points = deck.slides.filter((s) => s.kind === 'points');
    // 120 characters in five points, but eight lines: a slide under a two-line heading holds
    // seven. Two slides, shared out: 3 + 2, not 4 + 1 (a slide of one point left alone).
    expect(points.map((s) => s.kind === 'points' && s.points.length)).toEqual([3, 2]);
  });

  it.each([
    [
      'the introduction’s title',
      (n: number) => `intro:\n  title: ${'题'.repeat(n)}\n`,
      28,
      "2:3: the introduction's title has 29 characters; at most 28 fit a slide's heading",
    ],
    [
      'the summary’s title',
      (n: number) => `summary:\n  title: ${'题'.repeat(n)}\n  points: [一]\n`,
      28,
      "2:3: the summary's title has 29 characters; at most 28 fit a slide's heading",
    ],
    [
      'a table’s title',
      (n: number) =>
        `sections:\n  咖啡:\n    table:\n      title: ${'题'.repeat(n)}\n      columns: [甲]\n      rows: [[乙]]\n`,
      28,
      '4:7: the title of the table of section "咖啡" has 29 characters; at most 28 fit a slide\'s heading',
    ],
    [
      'a diagram’s title',
      (n: number) =>
        `sections:\n  咖啡:\n    diagrams:\n      - file: diagrams/flow.mmd\n        title: ${'题'.repeat(n)}\n        caption: 说明\n`,
      28,
      '5:9: the title of diagram "flow" has 29 characters; at most 28 fit a slide\'s heading',
    ],
    [
      'a diagram’s caption',
      (n: number) =>
        `sections:\n  咖啡:\n    diagrams:\n      - file: diagrams/flow.mmd\n        title: 图\n        caption: ${'说'.repeat(n)}\n`,
      72,
      '6:9: the caption of diagram "flow" has 73 characters; at most 72 fit its two lines under the diagram',
    ],
    [
      'a source',
      (n: number) => `sources:\n  - 短\n  - ${'源'.repeat(n)}\n`,
      76,
      '3:5: a source has 77 characters; at most 76 fit its two lines on the sources slide',
    ],
  ])(
    'takes %s at its limit and refuses it one character longer, at its line',
    (_what, yaml, limit, expected) => {
      expect(() =>
        buildDeck(parseArticle(articleWith(['咖啡']), 'a.md'), parseSpec(yaml(limit), 'deck.yaml')),
      ).not.toThrow();
      expect(buildError(articleWith(['咖啡']), yaml(limit + 1)).message).toBe(`deck.yaml:${expected}`);
    },
  );

  it('names the line of the point that is too long, not of its section', () => {
    const yaml = `sections:\n  天气:\n    points:\n      - 短的一点\n      - ${'很长'.repeat(70)}\n`;
    expect(buildError(articleWith(['天气']), yaml).message).toMatch(
      /^deck\.yaml:5:9: a point of section "天气" has 140 characters/,
    );
  });
});
