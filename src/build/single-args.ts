import { fromFolder, UsageError } from './cli-args.ts';

export const SINGLE_USAGE = `Usage: npm run build:single -- [--out <file.html>]

  --out <file>  where to write the one-file deck, from the folder you run npm in; its folder
                must exist (default: deck.html in the project's root)
  --help, -h    show this text`;

/**
 * Parses `npm run build:single -- …`. Pure; `--help` is reported as `help: true`. A relative
 * `--out` is taken from `from`, the folder the user ran npm in, when given.
 */
export function parseSingleArgs(argv: readonly string[], from?: string): { out: string } | { help: true } {
  let out: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    switch (arg) {
      case '--out': {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('-')) throw new UsageError('--out needs a value');
        i += 1;
        // The deck opens from disk by its name: a browser shows a file not named .html as text.
        if (!/\.html?$/i.test(next)) throw new UsageError(`--out ${next}: the file name must end in .html`);
        out = next;
        break;
      }
      case '--help':
      case '-h':
        return { help: true };
      default:
        // Before --out, the file was given bare (build:single talk.html); a bare word is no
        // longer guessed at, since `--help` once became a file of that name.
        throw new UsageError(
          arg?.startsWith('-') ? `unknown option ${arg}` : `unexpected argument ${arg}; give it with --out`,
        );
    }
  }
  return { out: out === undefined ? 'deck.html' : fromFolder(out, from) };
}
