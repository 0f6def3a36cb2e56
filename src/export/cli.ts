import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { browserProblemIn, buildErrorMessage, sourceErrorsIn } from '../build/build-error.ts';
import { invokingFolder, shownFrom, UsageError, usageErrorText } from '../build/cli-args.ts';
import { parseExportArgs, USAGE } from './export-args.ts';
import { exportPdf, temporaryPath } from './export-pdf.ts';

/** `npm run export:pdf`: the thin shell around exportPdf, with progress and clean interruption. */
async function main(): Promise<number> {
  const invokedFrom = invokingFolder();
  const parsed = parseExportArgs(process.argv.slice(2), invokedFrom);
  if ('help' in parsed) {
    console.log(USAGE);
    return 0;
  }
  const root = process.cwd();
  const out = resolve(root, parsed.out);
  const shown = shownFrom(out, invokedFrom);
  // An interrupted export leaves nothing behind: not the temporary file, not a partial PDF. Once
  // the finished PDF is renamed into place, an interruption no longer undoes it, and says so.
  const temporary = temporaryPath(out);
  let written = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      rmSync(temporary, { force: true });
      const said = written ? `${shown} already holds the new PDF, complete` : `${shown} was left as it was`;
      console.error(`\nexport interrupted (${signal}); ${said}`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
  const started = Date.now();
  const result = await exportPdf(
    root,
    parsed,
    (message) => console.log(`▸ ${message}…`),
    () => {
      written = true;
    },
  );
  const kb = (result.bytes / 1024).toFixed(0);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`✓ ${shown}: ${result.pages} pages, ${kb} KB, in ${seconds} s`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) console.error(usageErrorText(error, USAGE));
    // No browser, or one that did not start (found by name, also inside a build's error), or a
    // problem the build it ran first found in the article, the spec or a diagram: said as
    // `npm run build` says it, the browser's line or the file and line alone, without the
    // bundler's wrapping.
    else if (browserProblemIn(error) || sourceErrorsIn(error).length > 0)
      console.error(buildErrorMessage(error));
    else console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
