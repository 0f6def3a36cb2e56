import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { SourceError } from '../article/source-error.ts';

/** Where index.html takes the page's head elements that depend on the deck. */
export const HEAD_PLACEHOLDER = '<!-- deck:head -->';
/** Where index.html takes the deck itself. */
export const BODY_PLACEHOLDER = '<!-- deck:body -->';

/** What the page's template is filled with. */
export interface PageParts {
  readonly title: string;
  readonly description: string;
  readonly contentSecurityPolicy: string;
  /** The rendered slides: HTML that the render stage serialized from its own tree. */
  readonly slidesHtml: string;
}

/**
 * Refuses a page template without exactly one of each placeholder, at the line of the second
 * where there are two: the deck would have nowhere to go, or go twice.
 */
export function checkTemplate(template: string, file = 'index.html'): void {
  for (const placeholder of [HEAD_PLACEHOLDER, BODY_PLACEHOLDER]) {
    const parts = template.split(placeholder);
    if (parts.length === 2) continue;
    const where = parts.length < 2 ? '' : (parts[0] ?? '') + placeholder + (parts[1] ?? '');
    const lines = where.split('\n');
    const line = parts.length < 2 ? 1 : lines.length;
    const column = parts.length < 2 ? 1 : (lines.at(-1)?.length ?? 0) + 1;
    const what = placeholder === BODY_PLACEHOLDER ? 'where the slides go' : 'where the title and policy go';
    throw new SourceError(
      file,
      line,
      column,
      parts.length < 2
        ? `needs exactly one ${placeholder} placeholder, ${what}; there is none: put it back`
        : `needs exactly one ${placeholder} placeholder, ${what}; this is another: remove it`,
    );
  }
}

/**
 * Fills index.html with the deck. The deck's own text goes in as tree nodes, serialized here,
 * never pasted into markup, so a title with quotes, angle brackets or `$'` stays text.
 */
export function pageHtml(template: string, parts: PageParts, file = 'index.html'): string {
  checkTemplate(template, file);
  // The policy is the project's own, not the article's: written with its quotes as they are, for
  // the single-file build to read and extend.
  const policy = toHtml(
    h('meta', { httpEquiv: 'Content-Security-Policy', content: parts.contentSecurityPolicy }),
    { allowDangerousCharacters: true },
  );
  const head: Element[] = [
    h('meta', { name: 'description', content: parts.description }),
    h('title', parts.title),
  ];
  // The slides are HTML the render stage serialized from its own tree: they go in as one raw node,
  // never by replacing a mark in text that holds the deck's title.
  const body = toHtml(
    h('main', { ariaLabel: parts.title }, [
      h('div.reveal', [
        h('div.slides', [{ type: 'raw', value: parts.slidesHtml } as unknown as ElementContent]),
      ]),
    ]),
    { allowDangerousHtml: true },
  );
  const filled: Record<string, string> = {
    [HEAD_PLACEHOLDER]: [policy, ...head.map((el) => toHtml(el))].join('\n    '),
    [BODY_PLACEHOLDER]: body,
  };
  // Both in one pass, by a function: text put in is never searched again (a title holding
  // "<!-- deck:body -->" stays text), and a replacement string would read `$&` and `$'` in it.
  return template.replace(
    /<!-- deck:(?:head|body) -->/g,
    (placeholder) => filled[placeholder] ?? placeholder,
  );
}
