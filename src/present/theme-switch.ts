/** The reader's choice of colour theme, remembered across visits; absent means "follow the system". */
export type ThemeChoice = 'light' | 'dark';

const STORAGE_KEY = 'esim-deck-theme';

/**
 * The window's local storage, or undefined where the browser refuses it (cookies blocked, a
 * sandboxed frame): reading `localStorage` itself throws there.
 */
export function localStorageOf(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
}

export function storedTheme(storage: Pick<Storage, 'getItem'> | undefined): ThemeChoice | undefined {
  try {
    const value = storage?.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The theme in effect: the stored choice, else the system's preference. */
export function effectiveTheme(choice: ThemeChoice | undefined, systemDark: boolean): ThemeChoice {
  return choice ?? (systemDark ? 'dark' : 'light');
}

/**
 * Keeps a window of the deck in the theme chosen in another (the speaker view's previews follow
 * the audience's window): the stored choice now, and each change to it as it is stored.
 */
export function followStoredTheme(win: Window): void {
  const root = win.document.documentElement;
  const follow = (): void => {
    const choice = storedTheme(localStorageOf(win));
    if (choice) root.dataset.theme = choice;
    else delete root.dataset.theme;
  };
  follow();
  win.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) follow();
  });
}

export function applyTheme(root: HTMLElement, theme: ThemeChoice, storage?: Pick<Storage, 'setItem'>): void {
  root.dataset.theme = theme;
  try {
    storage?.setItem(STORAGE_KEY, theme);
  } catch {
    // Private browsing may refuse storage; the switch still works for this visit.
  }
}
