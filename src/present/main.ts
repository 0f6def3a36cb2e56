import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '../../assets/theme.css';
import { FONT_FAMILY } from '../font/font-family.ts';
import { fontsLoaded } from './fonts-loaded.ts';
import { startDeck } from './start-deck.ts';

/** How long the deck waits for its font before it starts anyway (the font then swaps in). */
const FONT_WAIT_MS = 1000;

const root = document.querySelector<HTMLElement>('.reveal');
if (!root) throw new Error('index.html has no .reveal element');
// The mark lets the benchmark (and anyone profiling) see when the deck became interactive.
// Only the deck's own family: its fallback alias loads on demand, if any glyph needs it.
const deckFaces = Array.from(document.fonts).filter(
  (face) => face.family.replaceAll('"', '') === FONT_FAMILY,
);
void fontsLoaded(deckFaces, FONT_WAIT_MS)
  .then(() => startDeck(root, { window }))
  .then(() => performance.mark('deck-ready'));
