import { SourceError } from '../article/source-error.ts';
import type { Article, SourcePosition } from '../article/types.ts';
import type { DeckLimits } from './limits.ts';
import { length } from './sentences.ts';
import type { DeckSpec } from './spec.ts';
import type { SectionRef, Slide } from './types.ts';

// What the deck refuses to show badly, each refusal at its line in the article or the spec.

/** Refuses a curated point longer than a slide holds, at its line in the spec. */
export function checkPoints(
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

/**
 * Refuses what cannot be shown well: a title or section heading too long for its slides, more
 * sections than the agenda holds. Each error names the article line.
 */
export function checkFits(article: Article, spec: DeckSpec, limits: DeckLimits): void {
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
 * clash is always a section's doing; it is reported where that id comes from: an `id` the spec
 * gives either section first (the author chose it), else the later section's heading.
 */
export function checkIds(article: Article, spec: DeckSpec, slides: readonly Slide[]): void {
  const seen = new Map<string, Slide>();
  for (const slide of slides) {
    const earlier = seen.get(slide.id);
    if (!earlier) {
      seen.set(slide.id, slide);
      continue;
    }
    // A section is found by its place: the deck may show its heading shortened (问：… as …).
    const sectionOf = (ref: SectionRef | undefined) => (ref ? article.sections[ref.index - 1] : undefined);
    const specId = (heading: string | undefined) =>
      spec.sections.find((s) => s.heading === heading)?.idPosition;
    const culprit =
      [slide.section, earlier.section].find((s) => specId(sectionOf(s)?.heading)) ??
      slide.section ??
      earlier.section;
    const section = sectionOf(culprit);
    if (!culprit || !section) throw new Error(`the deck's own slides share the id "${slide.id}"`);
    const fromSpec = specId(section.heading);
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
 * Refuses spec entries for sections the article does not have, at the first one's line in the
 * spec, naming the others with theirs: a spec left from another article is mended in one go.
 */
export function checkSpecSections(article: Article, spec: DeckSpec): void {
  const headings = new Set(article.sections.map((s) => s.heading));
  const [first, ...others] = spec.sections.filter((s) => !headings.has(s.heading));
  if (!first) return;
  const also = others.length
    ? ` (nor ${others.map((s) => `"${s.heading}", line ${s.position.line}`).join('; ')})`
    : '';
  throw new SourceError(
    spec.file,
    first.position.line,
    first.position.column,
    `no section "${first.heading}" in ${article.file}${also}; its sections are ${[...headings].map((h) => `"${h}"`).join(', ')}`,
  );
}
