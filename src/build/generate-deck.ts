import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { parseArticle } from '../article/parse-article.ts';
import { SourceError } from '../article/source-error.ts';
import { buildDeck } from '../deck/build-deck.ts';
import { emptySpec, parseSpec, withDiagramDescriptions } from '../deck/spec.ts';
import type { Deck } from '../deck/types.ts';
import { diagramText, sourceText } from '../diagrams/diagram-text.ts';
import { type DiagramSource, renderDiagrams } from '../diagrams/render-diagrams.ts';
import { boldText } from '../font/bold-text.ts';
import { FONT_FAMILY } from '../font/font-family.ts';
import { checkDrawable, coveredCodePoints, type InputText } from '../font/glyph-coverage.ts';
import { fullFontFile, type SubsetFont, subsetFonts } from '../font/subset-fonts.ts';
import { labelText } from '../present/labels.ts';
import { renderSlides } from '../render/render-slides.ts';
import { decodeSource, unreadable } from './source-text.ts';

/** Where the deck's inputs live, relative to the project root. */
export interface DeckSources {
  readonly root: string;
  readonly article: string;
  /** The spec file; when it does not exist the deck is derived from the article alone. */
  readonly spec: string;
}

export const defaultSources = (root: string): DeckSources => ({
  root,
  article: 'slides/article.md',
  spec: 'slides/deck.yaml',
});

/** Everything the page needs: the model, the slides' HTML, and the subset fonts. */
export interface GeneratedDeck {
  readonly deck: Deck;
  readonly slidesHtml: string;
  readonly fonts: readonly SubsetFont[];
  /** Every input file read, for the dev server to watch. */
  readonly inputs: readonly string[];
}

/**
 * An input file's text; `shown` names it in errors, which say why it could not be read. An
 * optional file that does not exist reads as undefined.
 */
async function readSource(path: string, shown: string, optional: true): Promise<string | undefined>;
async function readSource(path: string, shown: string): Promise<string>;
async function readSource(path: string, shown: string, optional = false): Promise<string | undefined> {
  try {
    return decodeSource(await readFile(path), shown);
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw unreadable(error, shown) ?? error;
  }
}

/**
 * A diagram written but attached to no section would be lost without a word: the build names it.
 * (A deck without a diagrams folder has nothing to check.)
 */
async function refuseUnusedDiagrams(
  dir: string,
  used: readonly DiagramSource[],
  root: string,
  spec: { readonly file: string; readonly exists: boolean },
): Promise<void> {
  const files = await readdir(dir).catch(() => [] as string[]);
  const attached = new Set(used.map((source) => source.file));
  const unused = files
    .filter((name) => name.endsWith('.mmd'))
    .sort()
    .map((name) => relative(root, join(dir, name)))
    .filter((file) => !attached.has(file));
  const first = unused[0];
  if (first === undefined) return;
  const others = unused.slice(1);
  throw new SourceError(
    first,
    1,
    1,
    (spec.exists
      ? `no section of ${spec.file} shows this diagram; attach it to one (sections.<heading>.diagrams) or delete the file`
      : `there is no ${spec.file} to show this diagram; write one that attaches it to a section (sections.<heading>.diagrams), or delete the file`) +
      (others.length > 0 ? ` (also unused: ${others.join(', ')})` : ''),
  );
}

/** The pipeline's I/O edge: reads slides/, runs the pure stages, draws diagrams, subsets fonts. */
export async function generateDeck(sources: DeckSources, browser?: Browser): Promise<GeneratedDeck> {
  const { root } = sources;
  const articleText = await readSource(join(root, sources.article), sources.article);
  const article = parseArticle(articleText, sources.article);
  const specText = await readSource(join(root, sources.spec), sources.spec, true);
  const spec = specText === undefined ? emptySpec(sources.spec) : parseSpec(specText, sources.spec);

  // The diagrams' sources first: their text alternatives go into the slides' notes.
  const specDir = join(root, sources.spec, '..');
  const diagramSources: DiagramSource[] = await Promise.all(
    spec.sections
      .flatMap((section) => section.diagrams)
      .map(async ({ ref }) => {
        const path = join(specDir, ref.file);
        const shown = relative(root, path);
        const text = await readSource(path, shown, true);
        if (text === undefined) {
          const { line, column } = ref.position;
          throw new SourceError(sources.spec, line, column, `diagram file ${shown} does not exist`);
        }
        return { name: ref.name, file: shown, text };
      }),
  );
  await refuseUnusedDiagrams(join(specDir, 'diagrams'), diagramSources, root, {
    file: sources.spec,
    exists: specText !== undefined,
  });
  const descriptions = new Map(diagramSources.map((d) => [d.name, diagramText(d).description]));
  const deck = buildDeck(article, withDiagramDescriptions(spec, descriptions));

  // Every character the deck shows must be in its font. The slides' own text and the diagrams'
  // sources are checked before the diagrams are drawn, which starts Chromium and takes seconds: an
  // emoji pasted into the article or a label is refused at once. The drawn labels are checked too.
  const covered = await coveredCodePoints(fullFontFile(400));
  const inputs: InputText[] = [
    { file: sources.article, text: articleText },
    ...(specText === undefined ? [] : [{ file: sources.spec, text: specText }]),
    ...diagramSources,
  ];
  const undrawn = new Map(diagramSources.map((d) => [d.name, { svg: '' }]));
  const shownText = (html: string): string => html + deck.title + labelText();
  const written = diagramSources.map(sourceText).join('\n');
  checkDrawable(
    `${shownText(renderSlides(deck, { diagrams: undrawn }))}\n${written}`,
    covered,
    inputs,
    FONT_FAMILY,
  );

  const diagrams = await renderDiagrams(diagramSources, {
    fontFile: fullFontFile(400),
    ...(browser ? { browser } : {}),
  });
  const slidesHtml = renderSlides(deck, { diagrams });
  const drawnText = shownText(slidesHtml);
  checkDrawable(drawnText, covered, inputs, FONT_FAMILY);
  // The interface's labels (toolbar, dialogs, speaker view) may be set in either weight.
  const fonts = await subsetFonts({
    all: drawnText,
    bold: boldText(slidesHtml) + deck.title + labelText(),
  });
  return {
    deck,
    slidesHtml,
    fonts,
    inputs: [sources.article, sources.spec, ...diagramSources.map((d) => d.file)].map((f) => join(root, f)),
  };
}
