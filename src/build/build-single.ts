import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { buildErrorMessage, keptOutputNote } from './build-error.ts';
import { inlineBuild } from './single-file.ts';

const root = process.cwd();
const shownTarget = process.argv[2] ?? 'deck.html';
const target = resolve(root, shownTarget);

/** `npm run build:single`: the production build, then one self-contained deck.html to send around. */
async function main(): Promise<void> {
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
      `wrote ${target} (${(Buffer.byteLength(single) / 1024).toFixed(0)} KB): open it straight from disk`,
    );
  } finally {
    await rm(outDir, { recursive: true, force: true });
    await rm(temporary, { force: true }); // gone already once renamed into place
  }
}

main().catch((error: unknown) => {
  const kept = keptOutputNote(target, shownTarget);
  if (kept) console.error(kept);
  console.error(buildErrorMessage(error));
  process.exitCode = 1;
});
