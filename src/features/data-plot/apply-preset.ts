/**
 * Whether choosing a dataset applies its preset. Off at first, as in Playground: another
 * dataset keeps the network, the weights and every setting. The learner's choice is kept in
 * this browser, like the theme, so a reload does not undo it; it is not part of a link, since
 * it changes no run, only what the next choice of dataset does.
 */
export const APPLY_PRESET_KEY = 'backprop-studio:apply-preset';

export function rememberedApplyPreset(): boolean {
  try {
    return localStorage.getItem(APPLY_PRESET_KEY) === '1';
  } catch {
    // Storage disabled: the default.
    return false;
  }
}

export function rememberApplyPreset(on: boolean): void {
  try {
    if (on) localStorage.setItem(APPLY_PRESET_KEY, '1');
    else localStorage.removeItem(APPLY_PRESET_KEY);
  } catch {
    // Nothing to remember it in; the box stays as ticked until the page is closed.
  }
}
