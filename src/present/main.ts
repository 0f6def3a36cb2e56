import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '../../assets/theme.css';
import { startDeck } from './start-deck.ts';

const root = document.querySelector<HTMLElement>('.reveal');
if (!root) throw new Error('index.html has no .reveal element');
// The mark lets the benchmark (and anyone profiling) see when the deck became interactive.
void startDeck(root, { window }).then(() => performance.mark('deck-ready'));
