import type { NetworkSpec } from './types.ts';

/** The tutorial's network: 2 inputs → `hidden` sigmoid neurons → 1 sigmoid output, MSE. */
export function tutorialSpec(hidden = 3): NetworkSpec {
  return {
    layerSizes: [2, hidden, 1],
    hiddenActivation: 'sigmoid',
    outputActivation: 'sigmoid',
    loss: 'mse',
  };
}

/**
 * Python's repr(float): the shortest digits that round-trip (as JS String), but in
 * Python's layout: scientific when the decimal exponent is < −4 or ≥ 16 ('1e-05',
 * '1.5e-07', '1e+16'), otherwise fixed with at least one fractional digit ('123.0').
 */
export function formatPyFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  // toExponential() without an argument yields the shortest round-trip digits.
  const [mantissa = '', expText = '0'] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const frac = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const expAbs = String(Math.abs(exp)).padStart(2, '0');
    return `${sign}${digits[0] ?? ''}${frac}e${exp < 0 ? '-' : '+'}${expAbs}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const fracPart = digits.slice(exp + 1);
  return `${sign}${intPart}.${fracPart === '' ? '0' : fracPart}`;
}
