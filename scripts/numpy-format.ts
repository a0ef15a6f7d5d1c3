/**
 * How NumPy prints a column of floats (`print(array)` of shape (n, 1)) with its default options:
 * precision 8, floatmode 'maxprec', no suppression. Positional unless a value is below 1e-4,
 * at least 1e8, or the largest is over 1000 times the smallest; then scientific. Digits are
 * the shortest that round-trip, at most 8 after the point; columns are padded to line up
 * (with spaces, or zeros in a scientific mantissa).
 */

const PRECISION = 8;

/** Fractional digits of the shortest form with at most PRECISION of them, trailing zeros cut. */
function positional(x: number): string {
  const shortest = String(Math.abs(x));
  const decimals = shortest.includes('e') ? Infinity : (shortest.split('.')[1]?.length ?? 0);
  const text = decimals <= PRECISION ? shortest : Math.abs(x).toFixed(PRECISION);
  const trimmed = text.includes('.') ? text.replace(/0+$/, '') : `${text}.`;
  return trimmed;
}

function scientific(x: number): { mantissa: string; exponent: string } {
  const [mantissa = '', exponent = '0'] = Math.abs(x).toExponential(PRECISION).split('e');
  const shortest = Math.abs(x).toExponential().split('e')[0]!;
  const fraction = shortest.split('.')[1]?.length ?? 0;
  const digits = fraction <= PRECISION ? shortest : mantissa;
  const trimmed = digits.includes('.') ? digits.replace(/0+$/, '') : `${digits}.`;
  const power = Number(exponent);
  return {
    mantissa: trimmed,
    exponent: `e${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`,
  };
}

function useScientific(values: readonly number[]): boolean {
  const sizes = values.filter((x) => x !== 0 && Number.isFinite(x)).map(Math.abs);
  if (sizes.length === 0) return false;
  const max = Math.max(...sizes);
  const min = Math.min(...sizes);
  return max >= 1e8 || min < 1e-4 || max / min > 1000;
}

/** Pads each text on the right (with `fill`) so the points' fractional parts line up. */
function padFractions(texts: readonly string[], fill: string): string[] {
  const fraction = (t: string) => t.length - t.indexOf('.') - 1;
  const width = Math.max(...texts.map(fraction));
  return texts.map((t) => t + fill.repeat(width - fraction(t)));
}

/** The lines NumPy prints for `values` as an (n, 1) array. */
export function numpyColumn(values: ArrayLike<number>): string[] {
  const xs = Array.from(values);
  if (xs.length === 0) return ['[]'];
  let texts: string[];
  if (useScientific(xs)) {
    const parts = xs.map(scientific);
    const mantissas = padFractions(
      parts.map((p) => p.mantissa),
      '0',
    );
    texts = mantissas.map((m, i) => m + parts[i]!.exponent);
  } else {
    texts = padFractions(xs.map(positional), ' ');
  }
  const signed = texts.map((t, i) => (xs[i]! < 0 || Object.is(xs[i], -0) ? `-${t}` : t));
  const width = Math.max(...signed.map((t) => t.length));
  return signed.map((t, i) => {
    const cell = t.padStart(width);
    if (xs.length === 1) return `[[${cell}]]`;
    return i === 0 ? `[[${cell}]` : i === xs.length - 1 ? ` [${cell}]]` : ` [${cell}]`;
  });
}
