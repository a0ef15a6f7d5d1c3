/**
 * The colour theme the learner picked. 'system' follows prefers-color-scheme; 'light' and 'dark'
 * set data-theme on <html>, which styles.css lets win over the media query.
 */
export type ThemeChoice = 'light' | 'dark' | 'system';

export const THEME_CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'system'];

/** Also read by public/theme-init.js, which applies the choice before first paint. */
export const THEME_STORAGE_KEY = 'backprop-studio:theme';

function isThemeChoice(value: string | null): value is ThemeChoice {
  return value !== null && (THEME_CHOICES as readonly string[]).includes(value);
}

/** The saved choice; 'system' when none was saved or storage is unavailable (private mode). */
export function loadThemeChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(THEME_STORAGE_KEY);
    return isThemeChoice(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

/** Remembers the choice and applies it to the document. */
export function saveThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage can be disabled; the choice then lasts for this visit only.
  }
  applyThemeChoice(choice);
}

export function applyThemeChoice(
  choice: ThemeChoice,
  root: HTMLElement = document.documentElement,
) {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}
