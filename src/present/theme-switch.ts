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

export function applyTheme(root: HTMLElement, theme: ThemeChoice, storage?: Pick<Storage, 'setItem'>): void {
  root.dataset.theme = theme;
  try {
    storage?.setItem(STORAGE_KEY, theme);
  } catch {
    // Private browsing may refuse storage; the switch still works for this visit.
  }
}
