/** The reader's choice of colour theme, remembered across visits; absent means "follow the system". */
export type ThemeChoice = 'light' | 'dark';

const STORAGE_KEY = 'esim-deck-theme';

export function storedTheme(storage: Pick<Storage, 'getItem'>): ThemeChoice | undefined {
  try {
    const value = storage.getItem(STORAGE_KEY);
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
    let choice: ThemeChoice | undefined;
    try {
      choice = storedTheme(win.localStorage);
    } catch {
      choice = undefined;
    }
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
