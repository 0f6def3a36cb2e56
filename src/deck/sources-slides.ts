import { SourceError } from '../article/source-error.ts';
import type { Article, Paragraph, Section } from '../article/types.ts';
import { type DeckLimits, lineCount } from './limits.ts';
import { pointsToOriginal } from './original-link.ts';
import { length, shorten } from './sentences.ts';
import { chunk, partOf, sum } from './slide-chunks.ts';
import { nthId, OWN } from './slide-ids.ts';
import { notes } from './slide-notes.ts';
import type { DeckSpec } from './spec.ts';
import type { SourceItem, SourcesSlide } from './types.ts';
import { readableHost, readablePath } from './web-address.ts';

// The sources slides: the article itself, then what the spec or the article names.

/**
 * A source named by its words and where it leads (`Wi-Fi联盟（wi-fi.org/discover）`), shortened
 * to the host, then the words cut, so that it fits the sources slide's two lines (`most`).
 */
function namedSource(words: string, address: string, most: number): string {
  const { host, path } = shownAddress(address);
  const named = (where: string) => (words && !isTheAddress(words, address) ? `${words}（${where}）` : where);
  if (length(named(path)) <= most) return named(path);
  if (length(named(host)) <= most) return named(host);
  return `${shorten(words, most - length(host) - 2)}（${host}）`;
}

/**
 * Whether a link's words are its address, written as a reader types it or in full
 * ([apps.ankiweb.net](https://apps.ankiweb.net)): said twice, it would read as two sources.
 */
function isTheAddress(words: string, address: string): boolean {
  const written = /^https?:\/\//iu.test(words.trim()) ? words.trim() : `https://${words.trim()}`;
  try {
    return samePage(written).toLowerCase() === samePage(address).toLowerCase();
  } catch {
    // Words no address can hold (a space, 官网 首页) are no address.
    return false;
  }
}

/** Where an address leads as a reader types it: 例子.cn/文章, not xn--fsqu00a.cn/%E6%96%87%E7%AB%A0. */
function shownAddress(address: string): { host: string; path: string } {
  const url = new URL(address);
  const host = readableHost(url.hostname).replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  return { host, path: `${host}${port}${readablePath(url.pathname)}`.replace(/\/$/, '') };
}

/** The same page however it is written (http or https, with www or without, a closing /). */
const samePage = (address: string): string => `${shownAddress(address).path}${new URL(address).search}`;

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

/** Where the article says it first appeared: the address of its first link worded 查看原文 or the like. */
function originalLink(article: Article): string | undefined {
  for (const paragraph of allParagraphs(article)) {
    for (const link of webLinks(paragraph)) {
      if (pointsToOriginal(paragraph.text.slice(link.start, link.end))) return link.url;
    }
  }
  return undefined;
}

/**
 * The sources: the article first, then the spec's (or, when the spec lists none, the article's
 * own list of references and what it links to), over as many slides as they need; the list's
 * paragraphs go in their notes. The article's line is the one the spec cannot shorten: its
 * title is refused where it is written.
 */
export function sourcesSlides(
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
