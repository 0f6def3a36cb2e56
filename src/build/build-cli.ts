import { build } from 'vite';
import { buildErrorMessage } from './build-error.ts';

/** `npm run build`: Vite's production build into dist/, a broken input told by its file and line. */
build().catch((error: unknown) => {
  console.error(buildErrorMessage(error));
  process.exitCode = 1;
});
