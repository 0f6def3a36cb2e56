import Reveal, { type RevealApi, type RevealConfig } from 'reveal.js';
import RevealNotes from 'reveal.js/plugin/notes';
import RevealSearch from 'reveal.js/plugin/search';
import RevealZoom from 'reveal.js/plugin/zoom';
import { speakerFontPlugin } from './speaker-font.ts';

/** What the page tells the deck about where it runs; passed in, never read from globals here. */
export interface DeckEnvironment {
  readonly location: Pick<Location, 'search'>;
}

/** The deck's reveal.js configuration. Query parameters (e.g. `?view=scroll`) still override it. */
export function revealConfig(): RevealConfig {
  const config = {
    width: 1280,
    height: 720,
    margin: 0.04,
    center: false,
    hash: true,
    respondToHashChanges: true,
    history: false,
    controls: true,
    controlsTutorial: false,
    controlsLayout: 'bottom-right',
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    keyboard: true,
    touch: true,
    overview: true,
    help: true,
    transition: 'slide',
    transitionSpeed: 'fast',
    backgroundTransition: 'fade',
    // Every slide carries its own data-timing; a non-null default switches on the speaker
    // view's pacing clock (reveal's types only admit null here).
    defaultTiming: 60,
    // One page per slide in print; `?pdfSeparateFragments=true` gives one page per build step.
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    hideCursorTime: 4000,
  };
  return config as unknown as RevealConfig;
}

/** The stylesheet holding the deck's @font-face rules, for windows the deck opens itself. */
function fontStylesheet(): string | undefined {
  const link = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"][href*="deck-fonts"]');
  return link?.href;
}

/** Starts reveal.js on `root` with the deck's plugins; resolves when every slide is ready. */
export async function startDeck(root: HTMLElement, _env: DeckEnvironment): Promise<RevealApi> {
  const deck = new Reveal(root, {
    ...revealConfig(),
    plugins: [RevealNotes, RevealZoom, RevealSearch, speakerFontPlugin(fontStylesheet)],
  });
  await deck.initialize();
  return deck;
}
