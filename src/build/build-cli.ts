import { buildDist, DIST } from './build-dist.ts';
import { buildErrorMessage, keptOutputNote } from './build-error.ts';

/** `npm run build`: Vite's production build into dist/, a broken input told by its file and line. */
buildDist(process.cwd()).then(
  // Vite's listing above names the folder beside dist/ that the build was written to first.
  () =>
    console.log(
      `${DIST}/ now holds this build (written beside it first, so a failed build never empties it)`,
    ),
  (error: unknown) => {
    const kept = keptOutputNote(`${DIST}/index.html`, `${DIST}/`);
    if (kept) console.error(kept);
    console.error(buildErrorMessage(error));
    process.exitCode = 1;
  },
);
