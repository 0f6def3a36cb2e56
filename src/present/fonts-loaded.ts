/** The part of `document.fonts` this module needs: the declared faces, each loadable. */
export type DeclaredFaces = Iterable<Pick<FontFace, 'load'>>;

/**
 * Resolves once every font face the page declares has loaded (or failed), or after `timeoutMs`,
 * whichever comes first; it never rejects.
 *
 * reveal.js measures the slides when it starts. Measured before the deck's Chinese font is in,
 * every line is shaped twice: once with the system's fallback fonts (slow when none has the
 * glyphs) and again when the font swaps in. The fonts are preloaded, so the wait is short; the
 * timeout keeps a slow network from holding the deck back.
 */
export function fontsLoaded(
  faces: DeclaredFaces,
  timeoutMs: number,
  timer: (done: () => void, ms: number) => unknown = setTimeout,
): Promise<void> {
  const loads = Array.from(faces, (face) =>
    face.load().then(
      () => undefined,
      () => undefined,
    ),
  );
  const timeout = new Promise<void>((resolve) => {
    timer(resolve, timeoutMs);
  });
  return Promise.race([Promise.all(loads).then(() => undefined), timeout]);
}
