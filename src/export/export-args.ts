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

  --out <file>     where to write the PDF (default: deck.pdf; notes.pdf with --notes,
                   handout.pdf with --handout, so one never overwrites another)
  --notes          one A4 sheet per slide: the slide, and its speaker notes under it
  --handout        the same sheets for readers: the notes without the presenter's cue lines
  --fragments      one page per build step instead of one page per slide
  --author <name>  the PDF's Author field (default: the deck's author in deck.yaml, if any)
  --help           show this text`;

/** Raised for arguments the export does not understand; the CLI prints it with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses the export's command-line arguments. Pure; `--help` is reported as `help: true`. */
export function parseExportArgs(argv: readonly string[]): ExportOptions | { help: true } {
  let out: string | undefined;
  let notes = false;
  let cues = true;
  let fragments = false;
  let author: string | undefined;
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
        notes = true;
        break;
      case '--handout':
        notes = true;
        cues = false;
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
  // Each kind of PDF has a name of its own: a handout made after the slides must not replace them.
  const named = out ?? (!notes ? 'deck.pdf' : cues ? 'notes.pdf' : 'handout.pdf');
  return { out: named, notes, cues, fragments, ...(author ? { author } : {}) };
}
