/**
 * Marks the page `deck-zoomed` while a reader has pinched it larger. The reader view's pages pan
 * down only, to keep a sideways swipe from being the browser's Back (theme.css); zoomed in, a
 * reader must pan sideways to read a line, and the page pans every way again.
 */
export function markZoomedIn(win: Window): void {
  const viewport = win.visualViewport;
  if (!viewport) return;
  const root = win.document.documentElement;
  const mark = (): void => {
    root.classList.toggle('deck-zoomed', viewport.scale > 1.01);
  };
  viewport.addEventListener('resize', mark, { passive: true });
  mark();
}
