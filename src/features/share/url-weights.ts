/**
 * The weights a link may carry: every parameter as Float64 bytes in base64url (exact, and safe in
 * a URL), and the epoch they were trained to. Read back only if they fit the link's network.
 */
import { paramCount } from '@/engine/network';
import { layerSizesOf } from '@/engine/run-config';
import type { TrainerConfig } from '@/training/protocol';
import { numberCodec } from './url-codecs';

/** Weights carried by a link: the parameters after `epoch` updates (Network.params layout). */
export interface UrlWeights {
  readonly epoch: number;
  readonly params: Float64Array;
}

export const WEIGHTS_KEY = 'w';
export const EPOCH_KEY = 'e';
/** Highest epoch a link may claim (trainers never get near it). */
const MAX_EPOCH = 1e9;
const epochCodec = numberCodec({
  link: EPOCH_KEY,
  label: 'Epoch',
  min: 0,
  max: MAX_EPOCH,
  integer: true,
});

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

/** Writes the weights into the query: the epoch only when it is not 0. */
export function writeWeights(weights: UrlWeights, out: URLSearchParams): void {
  if (weights.epoch !== 0) out.set(EPOCH_KEY, String(weights.epoch));
  out.set(WEIGHTS_KEY, encodeParams(weights.params));
}

/** The link's weights if they are whole, finite and fit `config`'s network; null otherwise. */
export function readWeights(
  raw: ReadonlyMap<string, string>,
  config: TrainerConfig,
  notices: string[],
): UrlWeights | null {
  const text = raw.get(WEIGHTS_KEY);
  const epochText = raw.get(EPOCH_KEY);
  if (text === undefined) {
    if (epochText !== undefined) notices.push('The link gives an epoch but no weights; ignored.');
    return null;
  }
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
  const epoch = epochText === undefined ? 0 : epochCodec.parse(epochText, 0, notices);
  return { epoch, params: decoded };
}
