/** A message between the deck, its speaker view and the view's previews, as reveal.js writes them (JSON). */
export interface RevealMessage {
  readonly namespace?: unknown;
  readonly type?: unknown;
  readonly method?: unknown;
  readonly args?: unknown;
}

/** The message `data` carries, or undefined for anything else posted to the window. */
export function revealMessage(data: unknown): RevealMessage | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const message: unknown = JSON.parse(data);
    return typeof message === 'object' && message !== null ? message : undefined;
  } catch {
    return undefined;
  }
}
