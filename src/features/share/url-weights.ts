/**
 * The weights a link may carry: every parameter as Float64 bytes in base64url (exact, and safe in
 * a URL). Read back only if they fit the link's network.
 */
import { paramCount } from '@/engine/network';
import { layerSizesOf } from '@/engine/run-config';
import type { TrainerConfig } from '@/training/protocol';
import { insaneWeights } from '@/training/sanity';

/** Weights carried by a link: the parameters after `epoch` updates (Network.params layout). */
export interface UrlWeights {
  readonly epoch: number;
  readonly params: Float64Array;
}

export const WEIGHTS_KEY = 'w';

/** Float64 little-endian bytes, base64url without padding: exact, and safe in a URL. */
export function encodeParams(params: Float64Array): string {
  const bytes = new Uint8Array(params.length * 8);
  const view = new DataView(bytes.buffer);
  params.forEach((value, i) => view.setFloat64(i * 8, value, true));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;
const DAMAGED = 'The weights in the link are damaged (not base64url); starting from fresh weights.';

/** The parameters `text` encodes, or a sentence saying why it encodes none. */
export function decodeParams(text: string): Float64Array | string {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return DAMAGED;
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return DAMAGED;
  }
  if (binary.length === 0 || binary.length % 8 !== 0) {
    return 'The weights in the link are cut short; starting from fresh weights.';
  }
  const view = new DataView(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) view.setUint8(i, binary.charCodeAt(i));
  const params = new Float64Array(binary.length / 8);
  for (let k = 0; k < params.length; k++) params[k] = view.getFloat64(k * 8, true);
  return params;
}

/**
 * The link's weights (`w`) if they are whole, finite and fit `config`'s network; null
 * otherwise, with a notice. Their epoch is read with the rest of the run (url-run.ts).
 */
export function readParams(
  raw: ReadonlyMap<string, string>,
  config: TrainerConfig,
  notices: string[],
): Float64Array | null {
  const text = raw.get(WEIGHTS_KEY);
  if (text === undefined) return null;
  const decoded = decodeParams(text);
  if (typeof decoded === 'string') {
    notices.push(decoded);
    return null;
  }
  const expected = paramCount(layerSizesOf(config));
  if (decoded.length !== expected) {
    notices.push(
      `The link's weights don't match its network: expected ${expected} numbers, found ${decoded.length}; starting from fresh weights.`,
    );
    return null;
  }
  if (!decoded.every(Number.isFinite)) {
    notices.push("Some of the link's weights are not finite numbers; starting from fresh weights.");
    return null;
  }
  // Weights of a run that had already blown up would only stop again at once.
  const insane = insaneWeights(config, { epoch: 0, params: decoded });
  if (insane !== null) {
    notices.push(`The link's weights ${insane} on its data; starting from fresh weights.`);
    return null;
  }
  return decoded;
}
