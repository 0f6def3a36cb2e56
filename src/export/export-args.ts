import { fromFolder, UsageError } from '../build/cli-args.ts';

/** What `npm run export:pdf -- …` was asked to do. */
export interface ExportOptions {
  /** Where the PDF goes. */
  readonly out: string;
  /** Print notes pages: one A4 sheet per slide, the slide above its speaker notes (the article's text). */
  readonly notes: boolean;
  /** On notes pages, the presenter's cue lines (time for the slide, what to do on stage); a handout has none. */
  readonly cues: boolean;
  /** One page per build step instead of one per slide. */
  readonly fragments: boolean;
  /** The PDF's Author field; when unset, the deck's own author (deck.yaml), if it names one. */
  readonly author?: string;
}

export const USAGE = `Usage: npm run export:pdf -- [--out <file.pdf>] [--notes | --handout] [--fragments] [--author <name>]

  --out <file>     where to write the PDF, from the folder you run npm in; its folder must exist
                   (default: deck.pdf in the project's root; notes.pdf with --notes,
                   handout.pdf with --handout, so one never overwrites another)
  --notes          one A4 sheet per slide: the slide, and its speaker notes under it
  --handout        the same sheets for readers: the notes without the presenter's cue lines
  --fragments      one page per build step instead of one page per slide
  --author <name>  the PDF's Author field (default: the deck's author in deck.yaml, if any)
  --help, -h       show this text`;

/**
 * Parses the export's command-line arguments. Pure; `--help` is reported as `help: true`. A
 * relative `--out` is taken from `from`, the folder the user ran npm in (npm itself runs the
 * script in the project's root), when given.
 */
export function parseExportArgs(argv: readonly string[], from?: string): ExportOptions | { help: true } {
  let out: string | undefined;
  let sheets: '--notes' | '--handout' | undefined;
  let fragments = false;
  let author: string | undefined;
  // Two kinds of sheet for two audiences: one PDF cannot be both, and neither wins silently.
  const bothKinds = new UsageError(
    '--notes and --handout ask for two different PDFs (the presenter’s notes pages, the readers’ handout): give one',
  );
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      i += 1;
      return next;
    };
    switch (arg) {
      case '--out':
        out = value();
        if (!out.toLowerCase().endsWith('.pdf'))
          throw new UsageError(`--out ${out}: the file name must end in .pdf`);
        break;
      case '--notes':
      case '--handout':
        if (sheets !== undefined && sheets !== arg) throw bothKinds;
        sheets = arg;
        break;
      case '--fragments':
        fragments = true;
        break;
      case '--author':
        author = value();
        break;
      case '--help':
      case '-h':
        return { help: true };
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  const notes = sheets !== undefined;
  const cues = sheets !== '--handout';
  // Each kind of PDF has a name of its own: a handout made after the slides must not replace them.
  const byKind = !notes ? 'deck.pdf' : cues ? 'notes.pdf' : 'handout.pdf';
  const named = out === undefined ? byKind : fromFolder(out, from);
  return { out: named, notes, cues, fragments, ...(author ? { author } : {}) };
}
