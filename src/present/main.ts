import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '../../assets/theme.css';
import { startDeck } from './start-deck.ts';

const root = document.querySelector<HTMLElement>('.reveal');
if (!root) throw new Error('index.html has no .reveal element');
void startDeck(root, { window });
