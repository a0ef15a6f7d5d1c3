/** Numbers in step mode: 4 significant digits, enough to follow the arithmetic by eye. */
export function formatStepNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const abs = Math.abs(value);
  return abs >= 1e-4 && abs < 1e5 ? String(Number(value.toPrecision(4))) : value.toExponential(3);
}
