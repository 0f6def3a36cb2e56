/**
 * Mermaid rewrites a diagram's source before its parser sees it, and the parser's "Parse error on
 * line N" counts lines in the rewritten text. This mirrors those rewrites (Mermaid 11.17:
 * src/preprocess.ts, src/diagram-api/{regexes,frontmatter,comments}.ts, src/utils.ts
 * removeDirectives, src/diagrams/flowchart/parser/flowParser.ts) while remembering where each
 * character came from, so such a line can be mapped back to the file's own. The render tests hold
 * it to Mermaid itself, so an upgrade that changes the rewrites fails them.
 */

import { parse as parseYaml } from 'yaml';

/** Text with, for each character and one past the end, its offset in the original file. */
interface Traced {
  readonly text: string;
  readonly from: readonly number[];
}

// Copied from Mermaid's src/diagram-api/regexes.ts and comments.ts; they must match exactly.
const FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm;
// flowParser.ts, applied by every flowchart and graph before parsing.
const FLOWCHART_BRACE = /}\s*\n/g;

function untouched(text: string): Traced {
  return { text, from: Array.from({ length: text.length + 1 }, (_, i) => i) };
}

/** `text.replace(pattern, replacement)`, keeping track of origins. Replacements never grow a match. */
function replaceTraced(traced: Traced, pattern: RegExp, replacement: string): Traced {
  const matches = pattern.global
    ? Array.from(traced.text.matchAll(pattern))
    : [pattern.exec(traced.text)].filter((m) => m !== null);
  let text = '';
  let from: number[] = [];
  let kept = 0;
  for (const match of matches) {
    text += traced.text.slice(kept, match.index) + replacement;
    from = from.concat(
      traced.from.slice(kept, match.index),
      traced.from.slice(match.index, match.index + replacement.length),
    );
    kept = match.index + match[0].length;
  }
  return { text: text + traced.text.slice(kept), from: from.concat(traced.from.slice(kept)) };
}

/** The text Mermaid's diagram parser is given for `source`, traced back to `source`. */
function parsedText(source: string): Traced {
  // preprocessDiagram: line endings, front matter, directives, whole-line comments, leading
  // blank lines. (Its quote rewrite inside <tags> keeps every length, so it is left out.)
  let traced = replaceTraced(untouched(source), /\r\n?/g, '\n');
  traced = replaceTraced(traced, FRONT_MATTER, '');
  traced = replaceTraced(traced, DIRECTIVE, '');
  traced = replaceTraced(traced, COMMENT_LINE, '');
  traced = replaceTraced(traced, /^\s+/, '');
  // Diagram.fromText only encodes entities within lines; the flowchart parser drops blank lines
  // after a closing brace.
  if (/^(?:flowchart|graph)/.test(traced.text)) traced = replaceTraced(traced, FLOWCHART_BRACE, '}\n');
  return traced;
}

/**
 * The line of `source` (1-based, as an editor counts) that Mermaid calls `parsedLine` in its
 * error messages: front matter, `%%{init}%%` directives and comment lines above it are not
 * counted by Mermaid. Line 1 is the diagram-type line.
 */
export function fileLine(source: string, parsedLine: number): number {
  const { text, from } = parsedText(source);
  let start = 0;
  for (let line = 1; line < parsedLine; line++) {
    const next = text.indexOf('\n', start);
    if (next < 0) {
      start = text.length;
      break;
    }
    start = next + 1;
  }
  const offset = from[start] ?? source.length;
  return source.slice(0, offset).split(/\r\n?|\n/).length;
}

/**
 * The `title` of a diagram's front matter, which Mermaid draws above it; none when the front
 * matter is missing or not YAML (Mermaid reports that when it draws).
 */
export function frontMatterTitle(source: string): string | undefined {
  const match = FRONT_MATTER.exec(source.replace(/\r\n?/g, '\n'));
  if (!match) return undefined;
  try {
    const data: unknown = parseYaml(match[2] ?? '');
    // Mermaid draws a title YAML reads as a number (title: 2025) as its text.
    const title = (data as { title?: unknown } | null)?.title;
    return typeof title === 'string' || typeof title === 'number' ? String(title) : undefined;
  } catch {
    return undefined;
  }
}
