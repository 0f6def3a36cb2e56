import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { buildErrorMessage, keptOutputNote } from './build-error.ts';
import { checkDestination, invokingFolder, shownFrom, UsageError, usageErrorText } from './cli-args.ts';
import { parseSingleArgs, SINGLE_USAGE } from './single-args.ts';
import { inlineBuild } from './single-file.ts';

/** `npm run build:single`: its arguments, then the build, a failure said as `npm run build` says it. */
async function main(): Promise<number> {
  const invokedFrom = invokingFolder();
  const parsed = parseSingleArgs(process.argv.slice(2), invokedFrom);
  if ('help' in parsed) {
    console.log(SINGLE_USAGE);
    return 0;
  }
  const root = process.cwd();
  const target = resolve(root, parsed.out);
  const shownTarget = shownFrom(target, invokedFrom);
  // Before a build of ten seconds: a missing folder would only fail it at the very end.
  checkDestination(target);
  try {
    await buildInto(root, target, shownTarget);
    return 0;
  } catch (error) {
    const kept = keptOutputNote(target, shownTarget);
    if (kept) console.error(kept);
    console.error(buildErrorMessage(error));
    return 1;
  }
}

/** The production build, then one self-contained deck.html to send around, written to `target`. */
async function buildInto(root: string, target: string, shown: string): Promise<void> {
  // The build is only a step towards deck.html: made outside the project and removed again, so
  // it leaves no second dist/ behind, whether it succeeds or fails.
  const outDir = await mkdtemp(join(tmpdir(), 'deck-single-build-'));
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    // One file cannot fetch chunks: the presenter tools' lazy chunks go into the main bundle.
    await build({
      root,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, rolldownOptions: { output: { codeSplitting: false } } },
    });
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    const single = inlineBuild(html, (path) => readFileSync(join(outDir, path)));
    await writeFile(temporary, single);
    await rename(temporary, target);
    console.log(
      `wrote ${shown} (${(Buffer.byteLength(single) / 1024).toFixed(0)} KB): open it straight from disk`,
    );
  } finally {
    await rm(outDir, { recursive: true, force: true });
    await rm(temporary, { force: true }); // gone already once renamed into place
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) console.error(usageErrorText(error, SINGLE_USAGE));
    else console.error(buildErrorMessage(error));
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
