import { build } from 'vite';
import { buildErrorMessage, keptOutputNote } from './build-error.ts';

/** `npm run build`: Vite's production build into dist/, a broken input told by its file and line. */
build().catch((error: unknown) => {
  const kept = keptOutputNote('dist/index.html', 'dist/');
  if (kept) console.error(kept);
  console.error(buildErrorMessage(error));
  process.exitCode = 1;
});
