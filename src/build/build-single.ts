import { readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { buildErrorMessage, keptOutputNote } from './build-error.ts';
import { inlineBuild } from './single-file.ts';

const root = process.cwd();
const shownTarget = process.argv[2] ?? 'deck.html';
const target = resolve(root, shownTarget);

/** `npm run build:single`: the production build, then one self-contained deck.html to send around. */
async function main(): Promise<void> {
  const outDir = resolve(root, 'dist-single');
  // One file cannot fetch chunks: the presenter tools' lazy chunks go into the main bundle.
  await build({
    root,
    logLevel: 'warn',
    build: {
      outDir: 'dist-single',
      emptyOutDir: true,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const single = inlineBuild(html, (path) => readFileSync(join(outDir, path)));
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, single);
  await rename(temporary, target);
  console.log(
    `wrote ${target} (${(Buffer.byteLength(single) / 1024).toFixed(0)} KB): open it straight from disk`,
  );
}

main().catch((error: unknown) => {
  const kept = keptOutputNote(target, shownTarget);
  if (kept) console.error(kept);
  console.error(buildErrorMessage(error));
  process.exitCode = 1;
});
