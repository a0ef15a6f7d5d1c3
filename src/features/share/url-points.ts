/**
 * A set of points in a link (the `i` edit of url-log.ts, points imported from a CSV file): all
 * x, then all y, then all labels, as base64url bytes. Values on the thousandth grid (what the CSV
 * import keeps) go as 16-bit whole thousandths, 6 bytes a point ("q…"); any others as Float64,
 * 24 bytes a point ("f…"). Either way each value reads back as the identical double.
 */
import type { PointList } from '@/training/run-record';

const GRID = 1000;
const INT16_MAX = 32767;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    return Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

const onGrid = (value: number) =>
  Math.abs(value) <= INT16_MAX / GRID && Math.round(value * GRID) / GRID === value;

/** The points as link text. */
export function encodePoints(points: PointList): string {
  const values = [...points.x, ...points.y, ...points.label];
  if (values.every(onGrid)) {
    const view = new DataView(new ArrayBuffer(values.length * 2));
    values.forEach((value, i) => view.setInt16(i * 2, Math.round(value * GRID), true));
    return `q${toBase64Url(new Uint8Array(view.buffer))}`;
  }
  const view = new DataView(new ArrayBuffer(values.length * 8));
  values.forEach((value, i) => view.setFloat64(i * 8, value, true));
  return `f${toBase64Url(new Uint8Array(view.buffer))}`;
}

/** The points `text` holds, or null if it is damaged (cut short, not base64url, not finite). */
export function decodePoints(text: string): PointList | null {
  const grid = text.startsWith('q');
  if (!grid && !text.startsWith('f')) return null;
  const bytes = fromBase64Url(text.slice(1));
  const size = grid ? 2 : 8;
  if (!bytes || bytes.length === 0 || bytes.length % (3 * size) !== 0) return null;
  const view = new DataView(bytes.buffer);
  const values = Array.from({ length: bytes.length / size }, (_, i) =>
    grid ? view.getInt16(i * 2, true) / GRID : view.getFloat64(i * 8, true),
  );
  if (!values.every(Number.isFinite)) return null;
  const n = values.length / 3;
  return { x: values.slice(0, n), y: values.slice(n, 2 * n), label: values.slice(2 * n) };
}
