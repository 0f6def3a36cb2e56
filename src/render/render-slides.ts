import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Link, Paragraph, Within } from '../article/types.ts';
import { sentences } from '../deck/sentences.ts';
import { termRuns } from '../deck/terms.ts';
import type {
  AgendaItem,
  Deck,
  ListMarks,
  Notes,
  Part,
  PartContent,
  SectionRef,
  Slide,
} from '../deck/types.ts';
import { printedAddress } from '../deck/web-address.ts';
import type { SequenceStep } from '../diagrams/sequence-steps.ts';
import { labels } from '../present/labels.ts';

/** A diagram drawn to SVG at build time, keyed by its name in the deck spec. */
export interface RenderedDiagram {
  readonly svg: string;
  /** A sequence diagram's steps in words, one to an arrow, told in the notes before its flow. */
  readonly steps?: readonly SequenceStep[];
}

export interface RenderOptions {
  readonly diagrams: ReadonlyMap<string, RenderedDiagram>;
}

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ordinal = (n: number): string => CHINESE_ORDINALS[n - 1] ?? String(n);
const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** "2分55秒" style duration for the presenter's pacing hint. */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest}秒`;
  return rest === 0 ? `${minutes}分钟` : `${minutes}分${rest}秒`;
}

/** The hash a slide is reached by, as reveal.js reads it. */
const slideHref = (id: string): string => `#/${id}`;

/**
 * A raw-HTML node, which hast-util-to-html prints as is. Used only for SVG that Mermaid (strict
 * security level) drew from our own .mmd files, never for article text.
 */
function trustedMarkup(markup: string): ElementContent {
  return { type: 'raw', value: markup } as unknown as ElementContent;
}

/** A link that opens in a new tab, so the deck stays where it was, and says so to a screen reader. */
const newTabLink = (url: string, words: string, children: ElementContent[]): Element =>
  h(
    'a',
    { href: url, target: '_blank', rel: 'noopener noreferrer', 'aria-label': `${words}${labels.newTab}` },
    children,
  );

/**
 * A paragraph's text with its links as links and its bold text bold. Links open in a new tab, so
 * the deck stays where it was; the address is an attribute value set through hast, never pasted
 * into markup. Bold may cross a link's edge: each is cut where the other starts or ends.
 */
function paragraphContent(paragraph: Paragraph): ElementContent[] {
  const { text } = paragraph;
  const links = paragraph.links ?? [];
  const bold = paragraph.bold ?? [];
  const edges = [
    ...new Set([0, text.length, ...[...links, ...bold].flatMap((range) => [range.start, range.end])]),
  ].sort((a, b) => a - b);
  const parts: ElementContent[] = [];
  let open: { link: Link; children: ElementContent[] } | undefined;
  const close = (): void => {
    if (open)
      parts.push(newTabLink(open.link.url, text.slice(open.link.start, open.link.end), open.children));
    open = undefined;
  };
  for (const [i, start] of edges.slice(0, -1).entries()) {
    const end = edges[i + 1] as number;
    const inside = (range: { start: number; end: number }) => range.start <= start && end <= range.end;
    const words = lines(text.slice(start, end));
    const shown = bold.some(inside) ? [h('strong', words)] : words;
    const link = links.find(inside);
    if (open && open.link !== link) close();
    if (!link) parts.push(...shown);
    else if (open) open.children.push(...shown);
    else open = { link, children: shown };
  }
  close();
  return parts;
}

/** Text with the article's hard line breaks kept as breaks (HTML would show each as a space). */
function lines(text: string): ElementContent[] {
  return text
    .split('\n')
    .flatMap((line, i): ElementContent[] => [...(i > 0 ? [h('br')] : []), ...terms(line)]);
}

/**
 * Text with each term and quantity that must stay on one line in a `span.term` that the theme
 * keeps whole: "SM-" / "DP+", or "Wi-Fi" / "7", on two lines no longer read as one name.
 */
export function terms(text: string): ElementContent[] {
  return termRuns(text).map((run) =>
    run.term ? h('span.term', run.text) : { type: 'text', value: run.text },
  );
}

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });
/**
 * A word of one character stays with the word before it: a particle (的, 与) belongs there, and a
 * word the segmenter's dictionary lacks comes apart into single characters (服务|器, 芯|片).
 */
const ONE_HAN = /^\p{Script=Han}$/u;
/** Characters run together before a one-character word may start a line: 嵌入式芯片 stays whole. */
const MAX_GLUED = 6;

/**
 * Text that may break only between words (a heading, a table cell), its terms kept whole (see
 * `terms`): with the theme's `word-break: keep-all`, Chinese breaks only where a `<wbr>` offers
 * it, so a heading of two lines never splits 手机 or 区别, nor a phone's narrow column 卡片. None
 * is offered next to punctuation, which keeps its own rules (no line starts with ？). Words are as
 * the segmenter's dictionary knows them: a term it lacks may still be split.
 */
export function betweenWords(text: string): ElementContent[] {
  // Where a word follows a word: a break may come before it (never inside a term, below).
  const breaks = new Set<number>();
  let wordBefore = false;
  let run = 0;
  let previous = '';
  for (const { index, isWordLike, segment } of WORDS.segment(text)) {
    // A character left alone at a run's start (after a space: eSIM 芯|片里) is a word the
    // dictionary lacks, come apart: it stays with the word after it.
    const lone = run === 1 && ONE_HAN.test(previous);
    if (wordBefore && isWordLike && !lone && (!ONE_HAN.test(segment) || run >= MAX_GLUED)) {
      breaks.add(index);
      run = 0;
    }
    previous = segment;
    // After punctuation a line may break anyway: the run starts again.
    run = isWordLike ? run + segment.length : 0;
    wordBefore = Boolean(isWordLike);
  }
  const out: ElementContent[] = [];
  let at = 0;
  for (const run of termRuns(text)) {
    if (breaks.has(at)) out.push(h('wbr'));
    if (run.term) out.push(h('span.term', run.text));
    else {
      let from = 0;
      for (let i = 1; i < run.text.length; i++) {
        if (!breaks.has(at + i)) continue;
        out.push({ type: 'text', value: run.text.slice(from, i) }, h('wbr'));
        from = i;
      }
      out.push({ type: 'text', value: run.text.slice(from) });
    }
    at += run.text.length;
  }
  return out;
}

/**
 * The notes' paragraphs as the article has them: paragraphs; the items of a list together in one
 * list, numbered from the item the slide starts at when a list continues from the slide before;
 * the paragraphs of a quotation together in one quotation.
 */
function noteBlocks(paragraphs: readonly Paragraph[]): Element[] {
  const blocks: { within?: Within; members: Paragraph[] }[] = [];
  for (const paragraph of paragraphs) {
    const last = blocks.at(-1);
    const { within } = paragraph;
    if (within && last?.within?.kind === within.kind && last.within.line === within.line)
      last.members.push(paragraph);
    else blocks.push({ ...(within ? { within } : {}), members: [paragraph] });
  }
  const line = (p: Paragraph) => ({ dataLine: String(p.position.line) });
  return blocks.map(({ within, members }) => {
    const first = members[0] as Paragraph;
    if (!within) return h('p', line(first), paragraphContent(first));
    if (within.kind === 'quote')
      return h(
        'blockquote',
        members.map((p) => h('p', line(p), paragraphContent(p))),
      );
    if (!within.ordered)
      return h(
        'ul',
        members.map((item) => h('li', line(item), paragraphContent(item))),
      );
    // An item counts on from the one before, unless the article skips a number (an empty item
    // dropped): then it says its own, as the slide does.
    const items = members.map((item, i) => {
      const number = item.within?.kind === 'list' ? item.within.number : within.number + i;
      const value = number === within.number + i ? {} : { value: number };
      return h('li', { ...line(item), ...value }, paragraphContent(item));
    });
    return h('ol', within.number === 1 ? {} : { start: within.number }, items);
  });
}

/** "（2/3）": which of the slides that one piece of content continues over this is. */
const partLabel = (part: Part): string => `（${part.index}/${part.total}）`;

/** The part a slide is of what continues over several slides, if it is one. */
function partOf(slide: Slide): Part | undefined {
  return 'part' in slide ? slide.part : undefined;
}

/**
 * What an agenda line's part holds besides points, counted: 1 张表 · 6 张图. After a space, which
 * the line's gap hides and which keeps the link's name from running on (…不同1 张表).
 */
const agendaContents = (item: AgendaItem): Element[] =>
  item.holds ? [h('span.agenda-contents', ` ${item.holds}`)] : [];

/**
 * Most of a part's tables and diagrams a divider names, each a line; more would crowd its title,
 * and the rest are counted on the last line.
 */
const MAX_CONTENTS = 7;

const kindWord = (content: PartContent): string =>
  content.kind === 'table' ? labels.tableKind : labels.diagramKind;

/** A divider's list of its part's tables and diagrams, each a link to its slide. */
function partContents(contents: readonly PartContent[]): Element[] {
  if (contents.length === 0) return [];
  const named = contents.length > MAX_CONTENTS ? contents.slice(0, MAX_CONTENTS - 1) : contents;
  const rest = contents.length - named.length;
  return [
    h('ul.part-contents', { ariaLabel: labels.partContents }, [
      ...named.map((content) =>
        h('li', [
          // Named 图：…, as the badge and the title read together.
          h('a', { href: slideHref(content.id), ariaLabel: `${kindWord(content)}：${content.title}` }, [
            h('span.part-kind', kindWord(content)),
            h('span.part-title', betweenWords(content.title)),
          ]),
        ]),
      ),
      ...(rest > 0 ? [h('li.part-more', labels.moreContents.replace('{n}', String(rest)))] : []),
    ]),
  ];
}

/** A slide's own heading, as the notes name it, with its part. */
function slideTitle(slide: Slide): string {
  const part = partOf(slide);
  const title =
    slide.kind === 'section' ? slide.section.heading : slide.kind === 'points' ? slide.heading : slide.title;
  return part ? `${title}${partLabel(part)}` : title;
}

/** A slide's heading; its part, when it has one, in a span of its own after the title. */
function heading(title: string, part: Part | undefined): Element {
  const words = betweenWords(title);
  return h('h2', part ? [...words, h('span.slide-part', partLabel(part))] : words);
}

/**
 * The notes: which slide they belong to (shown only on a printed notes page, which may be read
 * apart from its slide), pacing and cue, what the slide shows in words, the article's paragraphs
 * and a note on them.
 */
function notesAside(notes: Notes, label: string, steps: readonly SequenceStep[] = []): Element {
  const timing = `建议用时 ${formatDuration(notes.seconds)}`;
  return h('aside.notes', [
    h('p.notes-slide', label),
    h('p.notes-cue', terms(notes.cue ? `${timing} · ${notes.cue}` : timing)),
    // A diagram in plain words first: a reader alone needs it before the interfaces and keys.
    ...(notes.gist ? [h('p.notes-gist', [h('strong', labels.diagramGist), ...terms(notes.gist)])] : []),
    // A diagram's arrows in words, in order, for a phone, where the drawing is too small to follow
    // (the speaker view and paper leave them out: the drawing is there, large).
    ...(steps.length > 0 ? diagramSteps(steps) : []),
    // A sentence to a paragraph (a table's row too): a diagram's flow told in one block of 600
    // letters left the presenter no way to find, at a glance, what to say for the arrow on screen.
    // After plain words, its first sentence says the same is told again in full (a lead-in as
    // the gist's, not a line of its own: a diagram's notes sheet has no line to spare).
    ...(notes.explanation
      ? sentences(notes.explanation).map((sentence, i) =>
          h('p.notes-explanation', [
            ...(i === 0 && notes.gist ? [h('strong', labels.diagramDetail)] : []),
            ...terms(sentence),
          ]),
        )
      : []),
    // The 注 comes after the words it notes, often a screen or more below, or on the section's
    // last slide: said first that it does. Not on paper (assets/theme.css), where the sheets of a
    // section are read one after another and each is in sight whole.
    ...(notes.paragraphs.length > 0 && (notes.note || notes.noteLater)
      ? [h('p.notes-note-ahead', notes.note ? labels.noteAhead : labels.noteLater)]
      : []),
    ...noteBlocks(notes.paragraphs),
    // After the words it corrects, as a footnote: for readers too, unlike the cue.
    ...(notes.note ? [h('p.notes-note', [h('strong', '注：'), ...terms(notes.note)])] : []),
  ]);
}

/** Deepest a step is set in: blocks inside blocks further in would leave a phone's line no room. */
const MAX_STEP_DEPTH = 3;

/**
 * A sequence's steps, in a list the label names: an arrow numbered as the drawing numbers it (its
 * `value`, so notes and a block's edges, unnumbered, leave the count alone), a step inside a block
 * set in by its depth.
 */
function diagramSteps(steps: readonly SequenceStep[]): Element[] {
  return [
    // The list is named for a screen reader by the label, said once.
    h('p.notes-steps-label', { ariaHidden: 'true' }, labels.diagramSteps),
    h(
      'ol.notes-steps',
      { ariaLabel: labels.diagramSteps.replace(/：$/u, '') },
      steps.map((step) =>
        h(
          'li',
          {
            className: [
              ...(step.number === undefined ? ['step-aside'] : []),
              ...(step.depth > 0 ? [`step-depth-${Math.min(step.depth, MAX_STEP_DEPTH)}`] : []),
            ],
            ...(step.number === undefined ? {} : { value: step.number }),
          },
          terms(step.text),
        ),
      ),
    ),
  ];
}

/** The line above a slide's heading: its section's number, and the section's name or `what`. */
function sectionHeader(section: SectionRef | undefined, what?: string): ElementContent[] {
  if (!section) return [];
  return [h('p.slide-chapter', `${twoDigits(section.index)} · ${what ?? section.heading}`)];
}

/**
 * A point that opens with a short label and a colon (出境旅行：…, SIM 卡：…) shows the label in
 * bold, so the eye finds what each point is about. A colon after a clause (是的，问题是：),
 * inside brackets or quotation marks, after more than a few words, or after a verb of saying
 * (他说：, 我认为：) is part of the sentence.
 */
const LABEL = /^([^：（(“”「」《，,。；;！？!?]{1,8}：)(?=\S)/u;
/** A numbered list's item, as the generator writes its number: 3. … */
const NUMBERED = /^\d{1,2}\. /u;
const SAYING = /(?:说|道|问|认为|表示|指出|提到|写道|强调|是)：$/u;

/**
 * Its words marked (`betweenWords`): the slide wraps points anywhere, as their limits are
 * measured, but a phone's reader view repeats them in a narrow column that breaks between words.
 */
function pointContent(point: string): ElementContent[] {
  // A numbered list's item (3. 保险费用：…) keeps its number out of the label, as the list's others.
  const number = NUMBERED.exec(point)?.[0] ?? '';
  const rest = point.slice(number.length);
  const label = LABEL.exec(rest)?.[1];
  if (!label || SAYING.test(label)) return betweenWords(point);
  return [
    ...(number ? [{ type: 'text' as const, value: number }] : []),
    h('strong.point-label', betweenWords(label)),
    ...betweenWords(rest.slice(label.length)),
  ];
}

function pointList(points: readonly string[], { underLeadIn = [], continuesList }: ListMarks = {}): Element {
  return h(
    'ul.points',
    points.map((point, i) => {
      // A list's lead-in said again over the rest of its items was said on the slide before: it
      // stands from the start, marked 续, and the items step in under it.
      const again = continuesList === true && i === 0;
      return h(
        'li',
        {
          // A numbered list's item shows its number, not the square of the points around it; a
          // list's item is set under the point that leads into it.
          className: [
            ...(again ? ['point-again'] : ['fragment']),
            ...(NUMBERED.test(point) ? ['point-numbered'] : []),
            ...(underLeadIn.includes(i) ? ['point-under'] : []),
          ],
        },
        [...pointContent(point), ...(again ? [h('span.point-again-mark', labels.listContinued)] : [])],
      );
    }),
  );
}

/** One record entry per slide kind would also work; a switch with a `never` default keeps it exhaustive. */
function slideBody(slide: Slide, options: RenderOptions): ElementContent[] {
  switch (slide.kind) {
    case 'title':
      return [
        h('h1.deck-title', terms(slide.title)),
        ...(slide.subtitle ? [h('p.deck-subtitle', terms(slide.subtitle))] : []),
        ...(slide.author ? [h('p.deck-author', terms(slide.author))] : []),
        h('p.deck-hint', labels.keysHint),
      ];
    case 'intro':
      return [heading(slide.title, slide.part), pointList(slide.points, slide)];
    case 'agenda':
      return [
        heading(slide.title, undefined),
        h(
          'ol.agenda',
          slide.items.map((item) =>
            h('li', [
              h('a', { href: slideHref(item.id) }, [
                h('span.agenda-number', twoDigits(item.index)),
                // One box for the heading: each term would be a flex item of its own, gaps around it.
                h('span.agenda-heading', betweenWords(item.heading)),
                ...agendaContents(item),
              ]),
            ]),
          ),
        ),
      ];
    case 'section':
      return [
        h('p.section-number', `第${ordinal(slide.section.index)}部分`),
        h('h2.section-title', betweenWords(slide.section.heading)),
        ...partContents(slide.contents),
      ];
    case 'points':
      return [
        // The heading is the section's name already: the line above says what the slide holds.
        ...sectionHeader(slide.section, '要点'),
        heading(slide.heading, slide.part),
        pointList(slide.points, slide),
      ];
    case 'table':
      return [
        ...sectionHeader(slide.section),
        heading(slide.title, slide.part),
        h('table.comparison', [
          ...(slide.caption ? [h('caption', terms(slide.caption))] : []),
          h('thead', [
            h(
              'tr',
              slide.columns.map((c) => h('th', { scope: 'col' }, betweenWords(c))),
            ),
          ]),
          h(
            'tbody',
            slide.rows.map((row) =>
              h(
                'tr',
                row.map((cell, i) =>
                  // A row's name is kept on one line by the theme: no breaks to offer.
                  i === 0 ? h('th', { scope: 'row' }, terms(cell)) : h('td', betweenWords(cell)),
                ),
              ),
            ),
          ),
        ]),
      ];
    case 'diagram': {
      const drawn = options.diagrams.get(slide.diagram.name);
      if (!drawn) throw new Error(`diagram "${slide.diagram.name}" (${slide.diagram.file}) was not rendered`);
      return [
        ...sectionHeader(slide.section),
        heading(slide.title, undefined),
        h('figure.diagram', [
          h('div.diagram-svg', [trustedMarkup(drawn.svg)]),
          h('figcaption', terms(slide.caption)),
        ]),
      ];
    }
    case 'summary':
      return [heading(slide.title, slide.part), pointList(slide.points, slide)];
    case 'sources':
      return [
        heading(slide.title, slide.part),
        h(
          'ul.sources',
          // A source that names its address opens it, as the notes' links do: in a new tab. On
          // paper, where a link leads nowhere, the address is printed under it (the theme shows
          // it only there).
          slide.items.map(({ text, url }) => {
            // Words marked, as a point's are, for a phone's narrow copy of the list.
            const words = betweenWords(text);
            if (!url) return h('li', words);
            return h('li', [newTabLink(url, text, words), h('span.source-address', printedAddress(url))]);
          }),
        ),
      ];
    default: {
      const unknown: never = slide;
      throw new Error(`no renderer for slide ${JSON.stringify(unknown)}`);
    }
  }
}

/** Renders one slide to a reveal.js `<section>`; `place` is its number and the deck's count. */
function renderSlide(
  slide: Slide,
  options: RenderOptions,
  place: { readonly n: number; readonly total: number },
): Element {
  const first = place.n === 1;
  const part = partOf(slide);
  return h(
    'section',
    {
      id: slide.id,
      // The first slide is shown before any script runs; reveal.js takes over the class later.
      className: first ? [`slide-${slide.kind}`, 'present'] : [`slide-${slide.kind}`],
      dataKind: slide.kind,
      dataTiming: String(slide.notes.seconds),
      ...(slide.section ? { dataSection: slide.section.heading, dataSectionId: slide.section.id } : {}),
      ...(part ? { dataPart: `${part.index}/${part.total}` } : {}),
    },
    [
      ...slideBody(slide, options),
      notesAside(
        slide.notes,
        `幻灯片 ${place.n} / ${place.total} · ${slideTitle(slide)}`,
        slide.kind === 'diagram' ? options.diagrams.get(slide.diagram.name)?.steps : undefined,
      ),
    ],
  );
}

/** Renders the deck's slides to the HTML that goes inside reveal.js's `.slides` element. */
export function renderSlides(deck: Deck, options: RenderOptions): string {
  const root: Root = {
    type: 'root',
    children: deck.slides.map((slide, i) =>
      renderSlide(slide, options, { n: i + 1, total: deck.slides.length }),
    ),
  };
  return toHtml(root, { allowDangerousHtml: true });
}
