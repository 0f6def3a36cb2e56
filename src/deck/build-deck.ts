import { domainToUnicode } from 'node:url';
import { SourceError } from '../article/source-error.ts';
import type { Article, Paragraph, Section, SourcePosition } from '../article/types.ts';
import { type DeckLimits, defaultLimits, lineCount, wrappedLines } from './limits.ts';
import { asPoint, length, sentences, shorten } from './sentences.ts';
import type { DeckSpec, SectionSpec, TableSpec } from './spec.ts';
import { checkSpecFits } from './spec-fits.ts';
import { width } from './text-width.ts';
import type {
  Deck,
  IntroSlide,
  Notes,
  Part,
  PointsSlide,
  SectionRef,
  Slide,
  SourceItem,
  SourcesSlide,
  SummarySlide,
  TableSlide,
} from './types.ts';

// The limits live in their own module; the deck's callers know them from here.
export { type DeckLimits, defaultLimits } from './limits.ts';

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** A count said in Chinese: 两个部分, not 二个 (二 is the ordinal's: 第二部分). */
const countOf = (n: number): string => (n === 2 ? '两' : (CHINESE_NUMBERS[n - 1] ?? String(n)));

/** The ids of the deck's own slides, around the article's sections. */
const OWN = { cover: 'cover', intro: '引言', agenda: '目录', summary: '总结', sources: '来源' } as const;

/** Whether an id is one of the deck's own slides', continuations (总结-2) included. */
const isDeckOwnId = (id: string): boolean =>
  (Object.values(OWN) as string[]).includes(id.replace(/-\d+$/, ''));

/** The id of slide `index` (from 0) of those one piece of content takes: `总结`, `总结-2`, … */
const nthId = (id: string, index: number): string => (index === 0 ? id : `${id}-${index + 1}`);

/** A URL-fragment-safe id: keeps letters, digits and CJK, turns everything else into dashes. */
export function slug(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

/** Splits items, in order, into slides: each takes as many as `fits` allows, and at least one. */
function chunk<T>(items: readonly T[], fits: (slide: readonly T[]) => boolean): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    if (current.length > 0 && !fits([...current, item])) {
      chunks.push(current);
      current = [];
    }
    current.push(item);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

const sum = (numbers: readonly number[]): number => numbers.reduce((a, b) => a + b, 0);

/**
 * Splits points into slides of at most `maxPoints` points, `maxChars` characters and
 * `maxPointLines` lines: a few long points wrap onto more lines than their characters suggest.
 */
function chunkPoints(points: readonly string[], limits: DeckLimits): string[][] {
  return chunk(points, (slide) => pointsFit(slide, limits));
}

// By width, as the points are drawn: Latin words take about half a Chinese character's room.
const pointsFit = (slide: readonly string[], limits: DeckLimits): boolean =>
  slide.length <= limits.maxPoints &&
  sum(slide.map(width)) <= limits.maxChars &&
  sum(slide.map((p) => wrappedLines(p, limits.pointLineChars))) <= limits.maxPointLines;

/**
 * Points over as few slides as hold them, as evenly as they fit (the first slides take the odd
 * ones out), so that no slide is left with one point: 4 + 3, not 6 + 1.
 */
function evenPointChunks(points: readonly string[], limits: DeckLimits): string[][] {
  const greedy = chunkPoints(points, limits);
  const count = greedy.length;
  const even: string[][] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const size = Math.floor(points.length / count) + (i < points.length % count ? 1 : 0);
    even.push(points.slice(at, at + size));
    at += size;
  }
  return even.every((slide) => pointsFit(slide, limits)) ? even : greedy;
}

/**
 * What a table's slide is called in its id: 对比 for a comparison, as its title says, else 表格.
 * (比较 is no sign of one: 比较常见的 means "fairly common".)
 */
const tableName = (title: string): string => (/对比|区别|异同|\bvs\.?\b/i.test(title) ? '对比' : '表格');

/** Splits a table's rows over as few slides as hold them, as evenly as possible. */
function tableSlides(table: TableSpec, ref: SectionRef, limits: DeckLimits): TableSlide[] {
  const count = Math.ceil(table.rows.length / limits.maxTableRows);
  return Array.from({ length: count }, (_, i) => ({
    kind: 'table',
    id: nthId(`${ref.id}-${tableName(table.title)}`, i),
    section: ref,
    title: table.title,
    ...partOf(i, count),
    columns: table.columns,
    // The first parts take the odd rows out: a part never has more rows than the one before.
    rows: table.rows.slice(
      Math.ceil((i * table.rows.length) / count),
      Math.ceil(((i + 1) * table.rows.length) / count),
    ),
    notes: notes([], cueAndNote(i, count, table)),
  }));
}

/**
 * A source named by its words and where it leads (`Wi-Fi联盟（wi-fi.org/discover）`), shortened
 * to the host, then the words cut, so that it fits the sources slide's two lines (`most`).
 */
function namedSource(words: string, address: string, most: number): string {
  const { host, path } = shownAddress(address);
  const named = (where: string) => (words && words !== address ? `${words}（${where}）` : where);
  if (length(named(path)) <= most) return named(path);
  if (length(named(host)) <= most) return named(host);
  return `${shorten(words, most - length(host) - 2)}（${host}）`;
}

/** Where an address leads as a reader types it: 例子.cn/文章, not xn--fsqu00a.cn/%E6%96%87%E7%AB%A0. */
function shownAddress(address: string): { host: string; path: string } {
  const url = new URL(address);
  const host = (domainToUnicode(url.hostname) || url.hostname).replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  return { host, path: `${host}${port}${readablePath(url.pathname)}`.replace(/\/$/, '') };
}

/** The same page however it is written (http or https, with www or without, a closing /). */
const samePage = (address: string): string => `${shownAddress(address).path}${new URL(address).search}`;

/** A URL's path with its escapes decoded where they stand for text (a malformed one stays). */
function readablePath(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

/** The article's paragraphs in order: the introduction's, then each section's. */
const allParagraphs = (article: Article): Paragraph[] => [
  ...article.intro,
  ...article.sections.flatMap((section) => section.paragraphs),
];

/** A paragraph's links to web pages (not e-mail addresses). */
const webLinks = (paragraph: Paragraph) =>
  (paragraph.links ?? []).filter((link) => /^https?:/i.test(link.url));

/**
 * What the article links to, as sources: each web address once, in the order it is first
 * linked, named by the link's words and where it leads.
 */
function linkedSources(
  article: Article,
  limits: DeckLimits,
  listed: readonly Paragraph[],
  original?: string,
): SourceItem[] {
  const most = 2 * limits.sourceLineChars;
  // An address the article's own reference list or the original's line already gives is not
  // listed again.
  const seen = new Set(listed.flatMap((paragraph) => webLinks(paragraph).map((link) => samePage(link.url))));
  if (original) seen.add(samePage(original));
  const found: SourceItem[] = [];
  for (const paragraph of allParagraphs(article)) {
    for (const link of webLinks(paragraph)) {
      if (seen.has(samePage(link.url))) continue;
      seen.add(samePage(link.url));
      found.push({
        text: namedSource(paragraph.text.slice(link.start, link.end).trim(), link.url, most),
        url: link.url,
      });
    }
  }
  return found;
}

/** The words of a link to the article itself, where it first appeared. */
const ORIGINAL_LINK = /^(?:(?:点击|点此)?(?:查看|阅读|访问)原文(?:链接|地址|出处)?|原文(?:链接|地址|出处))$/;

/** Where the article says it first appeared: the address of its first link worded 查看原文 or the like. */
function originalLink(article: Article): string | undefined {
  for (const paragraph of allParagraphs(article)) {
    for (const link of webLinks(paragraph)) {
      if (ORIGINAL_LINK.test(paragraph.text.slice(link.start, link.end).trim())) return link.url;
    }
  }
  return undefined;
}

/** Headings an article gives a closing list of its references. */
const REFERENCES_HEADING = /^(?:参考资料|参考文献|资料来源|引用来源|延伸阅读|references?|sources)$/i;

/**
 * The article without its last section when that section is no part of the talk but shown
 * elsewhere: headed as `heading` matches (参考资料 …, 总结 …), with no spec entry of its own and
 * `curatedElsewhere` false; and that section.
 */
function splitClosing(
  article: Article,
  spec: DeckSpec,
  heading: RegExp,
  curatedElsewhere = false,
): { body: Article; closing?: Section } {
  const last = article.sections.at(-1);
  const curated = curatedElsewhere || spec.sections.some((s) => s.heading === last?.heading);
  if (!last || curated || article.sections.length < 2 || !heading.test(last.heading))
    return { body: article };
  return { body: { ...article, sections: article.sections.slice(0, -1) }, closing: last };
}

/**
 * The sources: the article first, then the spec's (or, when the spec lists none, the article's
 * own list of references and what it links to), over as many slides as they need; the list's
 * paragraphs go in their notes. The article's line is the one the spec cannot shorten: its
 * title is refused where it is written.
 */
function sourcesSlides(
  article: Article,
  spec: DeckSpec,
  limits: DeckLimits,
  referenceList?: Section,
): SourcesSlide[] {
  // A title that names a book itself (读书笔记：《人类简史》) nests its marks as 〈〉 inside 《》.
  const titled = `原文：《${article.title.replaceAll('《', '〈').replaceAll('》', '〉')}》`;
  const most = 2 * limits.sourceLineChars;
  if (length(titled) > most) {
    throw new SourceError(
      article.file,
      article.titlePosition.line,
      article.titlePosition.column,
      `the title has ${length(article.title)} characters; at most ${most - 5} fit the two lines of the sources slide's 原文：《…》`,
    );
  }
  // A link the article gives to itself (查看原文, 原文链接) says where the original is: on its line.
  const home = spec.sources ? undefined : originalLink(article);
  const original: SourceItem = home ? { text: namedSource(titled, home, most), url: home } : { text: titled };
  // An item of the article's own list, with where it leads if it links somewhere.
  const references = spec.sources ? [] : (referenceList?.paragraphs ?? []);
  const listed = references.map((p): SourceItem => {
    const text = p.text.replace(/\s+/g, ' ');
    const [link] = webLinks(p);
    return link ? { text: namedSource(text, link.url, most), url: link.url } : { text: shorten(text, most) };
  });
  const linked = linkedSources(article, limits, references, home);
  const chunks = chunk(
    [original, ...(spec.sources ?? [...listed, ...linked])],
    (slide) =>
      slide.length <= limits.maxSources &&
      sum(slide.map((s) => lineCount(s.text, limits.sourceLineChars))) <= limits.maxSourceLines,
  );
  return chunks.map((items, i) => ({
    kind: 'sources',
    id: nthId(OWN.sources, i),
    title: '参考资料',
    ...partOf(i, chunks.length),
    items,
    // The talk ends on the last of them.
    notes: notes(
      i === 0 ? (referenceList?.paragraphs ?? []) : [],
      i === chunks.length - 1 ? { cue: '感谢聆听。' } : {},
    ),
  }));
}

/** Refuses a curated point longer than a slide holds, at its line in the spec. */
function checkPoints(
  points: readonly string[],
  positions: readonly SourcePosition[] | undefined,
  owner: string,
  specFile: string,
  limits: DeckLimits,
): void {
  for (const [i, point] of points.entries()) {
    if (length(point) <= limits.maxChars) continue;
    const at = positions?.[i] ?? { line: 1, column: 1 };
    throw new SourceError(
      specFile,
      at.line,
      at.column,
      `a point of ${owner} has ${length(point)} characters; at most ${limits.maxChars} fit a slide`,
    );
  }
}

/** Slide `index` (from 0) of `total` that one piece of content takes: its part, if it has parts. */
const partOf = (index: number, total: number): { part?: Part } =>
  total > 1 ? { part: { index: index + 1, total } } : {};

/** The lead sentence of a paragraph, shortened to fit on a slide. */
function leadPoint(paragraph: Paragraph, limits: DeckLimits): string {
  const [first, second] = sentences(paragraph.text);
  // A lead that only answers or asks (是的。 为什么？) says nothing on a slide: the sentence after it does.
  const lead = (second && first && isThin(first) ? second : first) ?? paragraph.text;
  // An item of a numbered list keeps its number: the order is part of what it says.
  const { within } = paragraph;
  const number = within?.kind === 'list' && within.ordered ? `${within.number}. ` : '';
  // A sentence that is only a connective (总之，) is kept as written rather than left empty.
  const point = asPoint(lead) || lead;
  // Cut by its width: a sentence with Latin words in it fills the line a Chinese one would.
  return number + shorten(point, limits.maxPointChars - width(number), width);
}

/** Letters in `text`, of any script: what it says, without numbers, punctuation and spaces. */
const letters = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;

/** A short answer that leads a paragraph: the sentence after it says what the paragraph is about. */
const ANSWER = /^(?:是的|是|对|对的|没错|当然|好|好的|嗯|确实|不|不是)[。！!，,]?$/u;

/** Whether a lead sentence is only an answer (是的。) or a question of a word or two (为什么？). */
const isThin = (sentence: string): boolean =>
  ANSWER.test(sentence) || (/[？?]$/u.test(sentence) && letters(sentence) < 4);

/** A paragraph's text outside its links. */
function outsideLinks(paragraph: Paragraph): string {
  let rest = '';
  let at = 0;
  for (const link of paragraph.links ?? []) {
    rest += paragraph.text.slice(at, link.start);
    at = link.end;
  }
  return rest + paragraph.text.slice(at);
}

/** Whether a paragraph is only one or more links (查看原文, a bare address): it says nothing to show. */
function onlyLinks(paragraph: Paragraph): boolean {
  return (paragraph.links?.length ?? 0) > 0 && !/[\p{L}\p{N}]/u.test(outsideLinks(paragraph));
}

/**
 * Whether a paragraph says too little to make a point: a letter at most outside its links (a
 * stray “, a bold **一、** or **10.** the writer meant as a heading, 见[原文](…)). A list's item
 * may be one word.
 */
function saysTooLittle(paragraph: Paragraph): boolean {
  return paragraph.within?.kind !== 'list' && !onlyLinks(paragraph) && letters(outsideLinks(paragraph)) < 2;
}

/** Whether a paragraph makes no point of its own: links only, or too little to say. */
const makesNoPoint = (paragraph: Paragraph): boolean => onlyLinks(paragraph) || saysTooLittle(paragraph);

/**
 * The points the paragraphs make when the spec curates none, each with the paragraphs that go in
 * the notes of the slide showing it: a paragraph's lead sentence, except that a paragraph of
 * links only, or one that says too little (a stray “), makes no point and goes with the
 * paragraph before it (or, first, the one after). None when no paragraph makes one.
 */
function derivedPoints(
  paragraphs: readonly Paragraph[],
  limits: DeckLimits,
): { point: string; paragraphs: Paragraph[] }[] {
  // Links and nothing else that says something: each link is what there is to show.
  const makesPoint = paragraphs.some((p) => !makesNoPoint(p))
    ? (p: Paragraph) => !makesNoPoint(p)
    : onlyLinks;
  const groups: { point: string; paragraphs: Paragraph[] }[] = [];
  let waiting: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    const last = groups.at(-1);
    if (makesPoint(paragraph)) {
      groups.push({ point: leadPoint(paragraph, limits), paragraphs: [...waiting, paragraph] });
      waiting = [];
    } else if (last) last.paragraphs.push(paragraph);
    else waiting.push(paragraph);
  }
  return groups;
}

/** A heading said as a sentence: with a full stop, unless it ends on a mark of its own (？！。). */
const sentenceOf = (heading: string): string => (/[。？！?!…]$/.test(heading) ? heading : `${heading}。`);

/** Headings an article gives its own closing section: it is then the deck's summary. */
const CLOSING_HEADING = /^(?:总结|结语|结论|小结|结束语|写在最后|最后的话)$/;

/**
 * A summary point for a section, when the spec curates no summary: its heading, the deck's recap
 * of what the talk covered, with the section's first curated point if the spec gives it points
 * and both fit. A lead sentence is no summary (it is often a teaser: 最常被拿来宣传的是…), so
 * none is made up from the article.
 */
function summaryPoint(section: Section, spec: SectionSpec | undefined, limits: DeckLimits): string {
  const first = spec?.points?.[0];
  if (!first) return section.heading;
  // The topic its heading names (速度：从…到… is about 速度); 该不该升级？… reads on without a colon.
  const topic = section.heading.split(/[：:]/)[0] || section.heading;
  const point = `${topic}${/[？！?!]$/.test(topic) ? '' : '：'}${first}`;
  return length(point) <= limits.maxPointChars ? point : section.heading;
}

const notes = (
  paragraphs: readonly Paragraph[],
  {
    cue,
    note,
    explanation,
  }: { cue?: string | undefined; note?: string | undefined; explanation?: string } = {},
): Notes => ({
  paragraphs,
  ...(cue ? { cue } : {}),
  ...(note ? { note } : {}),
  ...(explanation ? { explanation } : {}),
  seconds: 0,
});

/**
 * For slide `i` of the `count` one curated piece runs over: its cue where it starts, its note
 * where it ends, after all the words it notes.
 */
const cueAndNote = (i: number, count: number, curated?: { cue?: string; note?: string }) => ({
  ...(i === 0 ? { cue: curated?.cue } : {}),
  ...(i === count - 1 ? { note: curated?.note } : {}),
});

/** Gives each paragraph to exactly one of `count` slides, in order, as evenly as possible. */
function spread(paragraphs: readonly Paragraph[], count: number): Paragraph[][] {
  const buckets: Paragraph[][] = Array.from({ length: count }, () => []);
  paragraphs.forEach((paragraph, i) => {
    buckets[Math.floor((i * count) / paragraphs.length)]?.push(paragraph);
  });
  return buckets;
}

/** Derived points over as many slides as they need, each slide's notes holding their paragraphs. */
function derivedChunks(
  paragraphs: readonly Paragraph[],
  limits: DeckLimits,
): { points: string[]; paragraphs: Paragraph[] }[] {
  const groups = derivedPoints(paragraphs, limits);
  let next = 0;
  return chunkPoints(
    groups.map((g) => g.point),
    limits,
  ).map((points) => {
    const taken = groups.slice(next, next + points.length);
    next += points.length;
    return { points, paragraphs: taken.flatMap((g) => g.paragraphs) };
  });
}

/**
 * Points over as many slides as they need, each with the paragraphs for its notes: curated
 * points with the paragraphs spread evenly over their slides, or each paragraph's own point.
 */
function pointChunksOf(
  curated: readonly string[] | undefined,
  paragraphs: readonly Paragraph[],
  limits: DeckLimits,
): { points: string[]; paragraphs: Paragraph[] }[] {
  if (!curated) return derivedChunks(paragraphs, limits);
  const pointChunks = chunkPoints(curated, limits);
  const spreadOut = spread(paragraphs, pointChunks.length);
  return pointChunks.map((points, i) => ({ points, paragraphs: spreadOut[i] ?? [] }));
}

/** Points slides for one section: curated points if the spec has them, lead sentences otherwise. */
function pointsSlides(
  section: Section,
  ref: SectionRef,
  spec: SectionSpec | undefined,
  limits: DeckLimits,
  files: { article: string; spec: string },
): PointsSlide[] {
  if (spec?.points)
    checkPoints(spec.points, spec.pointPositions, `section "${section.heading}"`, files.spec, limits);
  const chunks = pointChunksOf(spec?.points, section.paragraphs, limits);
  // Its paragraphs would be in no slide's notes, and its slide would show nothing.
  if (chunks.length === 0)
    throw new SourceError(
      files.article,
      section.position.line,
      section.position.column,
      `section "${section.heading}" says too little to make a point for its slide (a stray mark or a word at most); write a sentence, or give it points in ${files.spec} (sections.${section.heading}.points)`,
    );
  return chunks.map(({ points, paragraphs }, i) => ({
    kind: 'points',
    id: chunks.length === 1 ? `${ref.id}-要点` : `${ref.id}-要点-${i + 1}`,
    section: ref,
    heading: section.heading,
    points,
    ...partOf(i, chunks.length),
    notes: notes(paragraphs, cueAndNote(i, chunks.length, spec)),
  }));
}

/**
 * The introduction's slide (more than one if its points need it): curated points from the spec,
 * or each paragraph's lead sentence; its notes hold the introduction's paragraphs. None when the
 * article goes straight to its sections, or when its introduction makes no point (查看原文 and
 * nothing else): those paragraphs go in the cover's notes.
 */
function introSlides(article: Article, spec: DeckSpec, limits: DeckLimits): IntroSlide[] {
  const curated = spec.intro?.points;
  if (!curated && article.intro.every(makesNoPoint)) return [];
  checkPoints(curated ?? [], spec.intro?.pointPositions, 'the introduction', spec.file, limits);
  const chunks = pointChunksOf(curated, article.intro, limits);
  const title = spec.intro?.title ?? '引言';
  return chunks.map(({ points, paragraphs }, i) => ({
    kind: 'intro',
    id: nthId(OWN.intro, i),
    title,
    ...partOf(i, chunks.length),
    points,
    notes: notes(paragraphs, cueAndNote(i, chunks.length, spec.intro)),
  }));
}

/**
 * A recap of the sections, one short point each, over as few slides as hold it, shared out
 * evenly. It is read like the agenda: as many lines as a slide holds, rather than one section
 * left on a slide of its own.
 */
function recapChunks(article: Article, spec: DeckSpec, limits: DeckLimits): string[][] {
  const specs = new Map(spec.sections.map((s) => [s.heading, s]));
  const recap = article.sections.map((s) => summaryPoint(s, specs.get(s.heading), limits));
  return evenPointChunks(recap, {
    ...limits,
    maxPoints: limits.maxSections,
    maxChars: Number.POSITIVE_INFINITY,
  });
}

/**
 * The summary over as many slides as it needs: the article's own conclusion, its lead sentences
 * as points under its heading and its paragraphs in the notes; else curated points from the
 * spec, or each section's topic and what it says. None when the spec keeps the article's
 * conclusion a section and curates no summary: the deck would say it twice.
 */
function summarySlides(
  article: Article,
  spec: DeckSpec,
  limits: DeckLimits,
  conclusion?: Section,
): SummarySlide[] {
  const curated = spec.summary?.points;
  checkPoints(curated ?? [], spec.summary?.pointPositions, 'the summary', spec.file, limits);
  // A conclusion the spec keeps a section of its own still closes the talk: none is added.
  const closing = article.sections.at(-1)?.heading ?? '';
  if (!conclusion && !spec.summary && CLOSING_HEADING.test(closing)) return [];
  const chunks = conclusion
    ? derivedChunks(conclusion.paragraphs, limits)
    : (curated ? chunkPoints(curated, limits) : recapChunks(article, spec, limits)).map((points) => ({
        points,
        paragraphs: [],
      }));
  return chunks.map((chunk, i) => ({
    kind: 'summary',
    id: nthId(OWN.summary, i),
    title: conclusion?.heading ?? spec.summary?.title ?? '总结',
    ...partOf(i, chunks.length),
    points: chunk.points,
    notes: notes(chunk.paragraphs, i === 0 ? { cue: '回顾要点，留出提问时间。' } : {}),
  }));
}

/**
 * What there is to say on a slide, in characters: its notes, and what the slide shows that the
 * notes do not say (a table's cells, the summary's points, the agenda's parts). A points slide's
 * points restate its notes' paragraphs, so they are not counted twice.
 */
function spokenChars(slide: Slide): number {
  const notesText = slide.notes.paragraphs.reduce((sum, p) => sum + length(p.text), 0);
  const said =
    notesText +
    length(slide.notes.cue ?? '') +
    length(slide.notes.note ?? '') +
    length(slide.notes.explanation ?? '');
  const sum = (texts: readonly string[]): number => texts.reduce((n, t) => n + length(t), 0);
  switch (slide.kind) {
    case 'table':
      return said + sum(slide.columns) + sum(slide.rows.flat());
    case 'summary':
      return said + sum(slide.points);
    case 'agenda':
      return said + sum(slide.items.map((item) => item.heading));
    default:
      return said;
  }
}

/** Suggested times are whole multiples of this many seconds, each slide at least `MIN_UNITS` of them. */
const TIME_UNIT = 5;
const MIN_UNITS = 3;

/**
 * Shares the talk's time among the slides by how much there is to say on each: every slide gets
 * 15 s (less, if the talk is too short for that), the rest goes by weight, in 5-second steps
 * (largest remainders first), so the suggested times add up to the talk's length, to the
 * nearest 5 s.
 */
function withTimings(slides: Slide[], minutes: number): Slide[] {
  const weights = slides.map((s) => 60 + spokenChars(s));
  const total = weights.reduce((a, b) => a + b, 0);
  const units = Math.round((minutes * 60) / TIME_UNIT);
  // A talk too short for 15 s a slide shares what there is (at least 5 s each: see checkTalkLength).
  const floor = Math.min(MIN_UNITS, Math.floor(units / slides.length));
  const spare = units - floor * slides.length;
  const exact = weights.map((w) => (w / total) * spare);
  const shares = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, left: x - Math.floor(x) })).sort((a, b) => b.left - a.left);
  let missing = spare - shares.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (missing <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    missing -= 1;
  }
  return slides.map((slide, i) => ({
    ...slide,
    notes: { ...slide.notes, seconds: (floor + (shares[i] ?? 0)) * TIME_UNIT },
  }));
}

/**
 * Refuses a talk too short to give every slide the shortest suggested time, at its line in the
 * spec, naming the shortest talk in whole minutes that does.
 */
function checkTalkLength(spec: DeckSpec, slideCount: number): void {
  const minutes = spec.talkMinutes;
  if (minutes === undefined || Math.round((minutes * 60) / TIME_UNIT) >= slideCount) return;
  const at = spec.talkMinutesPosition ?? { line: 1, column: 1 };
  const enough = Math.ceil((slideCount * TIME_UNIT) / 60);
  throw new SourceError(
    spec.file,
    at.line,
    at.column,
    `talkMinutes: a ${minutes}-minute talk leaves less than ${TIME_UNIT} s for some of this deck's ${slideCount} slides; give at least ${enough} minutes`,
  );
}

/**
 * Refuses what cannot be shown well: a title or section heading too long for its slides, more
 * sections than the agenda holds. Each error names the article line.
 */
function checkFits(article: Article, spec: DeckSpec, limits: DeckLimits): void {
  const title = spec.title ?? article.title;
  if (length(title) > limits.maxTitleChars) {
    const [file, at, hint] = spec.title
      ? [spec.file, spec.titlePosition ?? { line: 1, column: 1 }, '']
      : [article.file, article.titlePosition, ` (or set a shorter "title" in ${spec.file})`];
    throw new SourceError(
      file,
      at.line,
      at.column,
      `the title has ${length(title)} characters; at most ${limits.maxTitleChars} fit the cover${hint}`,
    );
  }
  if (spec.intro && article.intro.length === 0) {
    throw new SourceError(
      spec.file,
      spec.intro.position.line,
      spec.intro.position.column,
      `intro: ${article.file} has no introduction (no paragraph before its first section) for this slide to show`,
    );
  }
  const extra = article.sections[limits.maxSections];
  if (extra) {
    throw new SourceError(
      article.file,
      extra.position.line,
      extra.position.column,
      `the article has ${article.sections.length} sections; at most ${limits.maxSections} fit the agenda: join this one to the one before it, or two short ones into one`,
    );
  }
  for (const section of article.sections) {
    if (length(section.heading) > limits.maxHeadingChars) {
      throw new SourceError(
        article.file,
        section.position.line,
        section.position.column,
        `section heading "${section.heading}" has ${length(section.heading)} characters; at most ${limits.maxHeadingChars} fit the agenda and the slides' headings`,
      );
    }
  }
}

/** A slide as an error message names it. */
function slideName(slide: Slide): string {
  const of = slide.section ? ` of section "${slide.section.heading}"` : '';
  switch (slide.kind) {
    case 'title':
      return 'the cover';
    case 'intro':
      return 'the introduction';
    case 'agenda':
      return 'the agenda';
    case 'section':
      return `the divider${of}`;
    case 'points':
      return `the key points${of}`;
    case 'table':
      return `the table${of}`;
    case 'diagram':
      return `the diagram "${slide.diagram.name}"${of}`;
    case 'summary':
      return 'the summary';
    case 'sources':
      return 'the sources slide';
    default: {
      const unknown: never = slide;
      throw new Error(`no name for slide ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Slide ids are URL fragments: two slides with one id would leave one that no link reaches. A
 * section's id (its heading's slug, or the spec's `id`) starts the ids of all its slides, so a
 * clash is always a section's doing; it is reported where that id comes from.
 */
function checkIds(article: Article, spec: DeckSpec, slides: readonly Slide[]): void {
  const seen = new Map<string, Slide>();
  for (const slide of slides) {
    const earlier = seen.get(slide.id);
    if (!earlier) {
      seen.set(slide.id, slide);
      continue;
    }
    const culprit = slide.section ?? earlier.section;
    const section = article.sections.find((s) => s.heading === culprit?.heading);
    if (!culprit || !section) throw new Error(`the deck's own slides share the id "${slide.id}"`);
    const fromSpec = spec.sections.find((s) => s.heading === section.heading)?.idPosition;
    const [file, at] = fromSpec ? [spec.file, fromSpec] : [article.file, section.position];
    const fix = fromSpec
      ? 'choose another id'
      : `give section "${section.heading}" another id in ${spec.file} (sections.${section.heading}.id)`;
    throw new SourceError(
      file,
      at.line,
      at.column,
      `the slide id "${slide.id}" would be used twice, by ${slideName(earlier)} and by ${slideName(slide)}; ${fix}`,
    );
  }
}

/**
 * Builds the deck model from the article and the spec. Pure. Every article paragraph lands in
 * exactly one slide's notes; sections without a spec entry still get sound slides.
 */
export function buildDeck(whole: Article, spec: DeckSpec, limits: DeckLimits = defaultLimits): Deck {
  // A closing list of references goes on the sources slide; a closing conclusion, not curated
  // as a section or by a summary of the spec's, is the deck's summary: neither is a part of the talk.
  const { body: talk, closing: references } = splitClosing(whole, spec, REFERENCES_HEADING);
  const { body: article, closing: conclusion } = splitClosing(talk, spec, CLOSING_HEADING, !!spec.summary);
  const specs = new Map(spec.sections.map((s) => [s.heading, s]));
  const headings = new Set(article.sections.map((s) => s.heading));
  for (const s of spec.sections) {
    if (!headings.has(s.heading)) {
      throw new SourceError(
        spec.file,
        s.position.line,
        s.position.column,
        `no section "${s.heading}" in ${article.file}; its sections are ${[...headings].map((h) => `"${h}"`).join(', ')}`,
      );
    }
  }

  checkFits(article, spec, limits);
  checkSpecFits(spec, limits);
  const refs: SectionRef[] = article.sections.map((section, index) => {
    const derived = slug(section.heading);
    // An article's own closing section is often called 总结: it keeps its name, numbered apart
    // from the deck's summary, whose id it would otherwise take. A spec's id is taken as given.
    const id =
      specs.get(section.heading)?.id ?? (isDeckOwnId(derived) ? `第${index + 1}部分-${derived}` : derived);
    // A heading of punctuation alone has no slug: its slides would have no link of their own.
    if (!id) {
      throw new SourceError(
        article.file,
        section.position.line,
        section.position.column,
        `the heading "${section.heading}" has no letter or digit to name its slides by; give it an id in ${spec.file} (sections.${section.heading}.id)`,
      );
    }
    return { index: index + 1, heading: section.heading, id };
  });
  const title = spec.title ?? article.title;
  const intro = introSlides(article, spec, limits);

  const slides: Slide[] = [
    {
      kind: 'title',
      id: OWN.cover,
      title,
      ...(spec.subtitle ? { subtitle: spec.subtitle } : {}),
      ...(spec.author ? { author: spec.author } : {}),
      // The introduction's paragraphs (and the note on them) go with its own slide, if it makes one.
      notes: notes(intro.length === 0 ? article.intro : [], {
        cue: spec.openingCue ?? '开场：点出题目，说明接下来要讲的内容。',
        ...(intro.length === 0 ? { note: spec.intro?.note } : {}),
      }),
    },
    ...intro,
    {
      kind: 'agenda',
      id: OWN.agenda,
      title: '目录',
      items: refs,
      notes: notes([], { cue: `本次分享分为${countOf(refs.length)}个部分。` }),
    },
  ];

  article.sections.forEach((section, i) => {
    const ref = refs[i] as SectionRef;
    const sectionSpec = specs.get(section.heading);
    slides.push({
      kind: 'section',
      id: ref.id,
      section: ref,
      notes: notes([], { cue: `第${CHINESE_NUMBERS[i] ?? ref.index}部分：${sentenceOf(section.heading)}` }),
    });
    slides.push(
      ...pointsSlides(section, ref, sectionSpec, limits, { article: article.file, spec: spec.file }),
    );
    if (sectionSpec?.table) slides.push(...tableSlides(sectionSpec.table, ref, limits));
    for (const diagram of sectionSpec?.diagrams ?? []) {
      slides.push({
        kind: 'diagram',
        id: `${ref.id}-${diagram.ref.name}`,
        section: ref,
        title: diagram.title,
        caption: diagram.caption,
        diagram: diagram.ref,
        // The caption is on the slide; the notes say the flow in words.
        notes: notes([], { explanation: diagram.description }),
      });
    }
  });

  slides.push(...summarySlides(article, spec, limits, conclusion));
  // The sources name what the whole talk links to, its closing conclusion too.
  slides.push(...sourcesSlides(talk, spec, limits, references));

  checkIds(article, spec, slides);
  checkTalkLength(spec, slides.length);
  const spoken = slides.reduce((sum, s) => sum + spokenChars(s), 0);
  const talkMinutes =
    spec.talkMinutes ?? Math.max(5, Math.ceil(spoken / limits.charsPerMinute + slides.length / 4));
  return {
    title,
    ...(spec.author ? { author: spec.author } : {}),
    talkMinutes,
    sections: refs,
    slides: withTimings(slides, talkMinutes),
  };
}
