/**
 * How each value is written in a link, read back and checked: one codec per setting, built from
 * the run-config table (its link key, label, range or options), plus booleans for view options.
 * Parsing treats the text as hostile: anything wrong falls back to the default or is clamped,
 * with one notice per problem.
 */
import {
  nearestOnMenu,
  RUN_CONFIG,
  RUN_CONFIG_KEYS,
  type EnumSetting,
  type LayersSetting,
  type NamesSetting,
  type NumberSetting,
  type RunConfig,
  type Setting,
} from '@/engine/run-config';
import { quoteUntrusted } from '@/shared/untrusted-text';

/** How one value is written in the link, read back and checked. */
export interface Codec<T> {
  /** Short query key. */
  readonly key: string;
  /** What notices call it. */
  readonly label: string;
  format(value: T): string;
  /** The value `raw` stands for, or `fallback` (with a notice) if it is no good. */
  parse(raw: string, fallback: T, notices: string[]): T;
  equal(a: T, b: T): boolean;
}

export type Codecs<T> = { readonly [K in keyof T]: Codec<T[K]> };

/** Longest piece of a hostile value quoted back in a notice. */
const QUOTE_LENGTH = 24;

/** A hostile value quoted in a notice: bidi and control characters removed, shortened. */
export function quote(raw: string): string {
  return quoteUntrusted(raw, QUOTE_LENGTH);
}

/** A plain decimal such as 3, -0.5, .25 or 1e-3; no hex, spaces, Infinity or NaN. */
export const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function numberCodec(
  setting: Pick<NumberSetting, 'link' | 'label' | 'min' | 'max' | 'integer' | 'menu'>,
): Codec<number> {
  const { link, label, min, max, integer, menu } = setting;
  return {
    key: link,
    label,
    format: (value) => String(value),
    equal: (a, b) => a === b,
    parse(raw, fallback, notices) {
      if (!NUMBER_PATTERN.test(raw)) {
        notices.push(`${label} ${quote(raw)} is not a number; using the default ${fallback}.`);
        return fallback;
      }
      let value = Number(raw);
      if (!Number.isFinite(value)) {
        notices.push(`${label} ${quote(raw)} is too large; using the default ${fallback}.`);
        return fallback;
      }
      // Honest controls: a value the menu cannot show would run while the menu shows another,
      // and one between its entries (0.001 epochs/s) might never train. The nearest entry it is.
      if (menu) {
        const nearest = nearestOnMenu(menu, value);
        if (nearest === value) return value === 0 ? 0 : value;
        const offered = menu.find((item) => item.value === nearest)?.label ?? String(nearest);
        notices.push(`${label} ${value} is not on its menu; using the nearest, ${offered}.`);
        return nearest;
      }
      if (integer && !Number.isInteger(value)) {
        const rounded = Math.round(value);
        notices.push(`${label} ${value} is not a whole number; using ${rounded}.`);
        value = rounded;
      }
      if (value > max) {
        notices.push(`${label} ${value} is above the maximum ${max}; using ${max}.`);
        return max;
      }
      if (value < min) {
        notices.push(`${label} ${value} is below the minimum ${min}; using ${min}.`);
        return min;
      }
      // −0 would survive the checks above and write itself back as "0".
      return value === 0 ? 0 : value;
    },
  };
}

/**
 * Names from the setting's menu where it has one (the controls offer only those): a link may not set
 * a value that the controls would show as another.
 */
function enumCodec<T extends string>(setting: EnumSetting<T>): Codec<T> {
  const { link, label, options, menu = options } = setting;
  return {
    key: link,
    label,
    format: (value) => value,
    equal: (a, b) => a === b,
    parse(raw, fallback, notices) {
      const found = menu.find((option) => option === raw);
      if (found !== undefined) return found;
      const known = options.some((option) => option === raw);
      notices.push(
        known
          ? `${label} ${quote(raw)} is not offered by its menu (${menu.join(', ')}); using the default ${fallback}.`
          : `${label} ${quote(raw)} is not one of ${menu.join(', ')}; using the default ${fallback}.`,
      );
      return fallback;
    },
  };
}

const NO_LAYERS = 'none';
const WHOLE_NUMBER = /^\d+$/;

function layersCodec(setting: LayersSetting): Codec<readonly number[]> {
  const { link, label, maxLayers, min, max } = setting;
  const show = (sizes: readonly number[]) => (sizes.length === 0 ? NO_LAYERS : sizes.join(','));
  return {
    key: link,
    label,
    format: show,
    equal: (a, b) => a.length === b.length && a.every((n, i) => n === b[i]),
    parse(raw, fallback, notices) {
      if (raw === NO_LAYERS) return [];
      const parts = raw.split(',');
      if (!parts.every((part) => WHOLE_NUMBER.test(part))) {
        notices.push(
          `${label} ${quote(raw)} is not a list of neuron counts such as 4,2; using the default ${show(fallback)}.`,
        );
        return fallback;
      }
      let sizes = parts.map(Number);
      if (sizes.length > maxLayers) {
        notices.push(
          `The link asks for ${sizes.length} hidden layers, more than the maximum ${maxLayers}; using the first ${maxLayers}.`,
        );
        sizes = sizes.slice(0, maxLayers);
      }
      const clamped = sizes.map((n) => Math.min(max, Math.max(min, n)));
      if (clamped.some((n, i) => n !== sizes[i])) {
        notices.push(
          `A hidden layer needs ${min} to ${max} neurons; using ${show(clamped)} instead of ${show(sizes)}.`,
        );
      }
      return clamped;
    },
  };
}

export function namesCodec<T extends string>(
  setting: Pick<NamesSetting<T>, 'link' | 'label' | 'options' | 'minCount'>,
): Codec<readonly T[]> {
  const { link, label, options, minCount } = setting;
  return {
    key: link,
    label,
    format: (value) => value.join(','),
    equal: (a, b) => a.length === b.length && a.every((name, i) => name === b[i]),
    parse(raw, fallback, notices) {
      const parts = raw === '' ? [] : raw.split(',');
      const unknown = parts.filter((part) => !options.some((option) => option === part));
      if (unknown.length > 0) {
        const list = unknown.slice(0, 3).map(quote).join(', ');
        const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : '';
        notices.push(`${label}: ignored ${list}${more}, not among ${options.join(', ')}.`);
      }
      // Options order, each once: the order the engine lays the inputs out in.
      const chosen = options.filter((option) => parts.includes(option));
      if (chosen.length < minCount) {
        notices.push(
          `${label}: at least ${minCount} needed; using the default ${fallback.join(',')}.`,
        );
        return fallback;
      }
      return chosen;
    },
  };
}

const BOOLEAN_TRUE = new Set(['1', 'true']);
const BOOLEAN_FALSE = new Set(['0', 'false']);

export function booleanCodec(key: string, label: string): Codec<boolean> {
  return {
    key,
    label,
    format: (value) => (value ? '1' : '0'),
    equal: (a, b) => a === b,
    parse(raw, fallback, notices) {
      if (BOOLEAN_TRUE.has(raw)) return true;
      if (BOOLEAN_FALSE.has(raw)) return false;
      notices.push(`${label} ${quote(raw)} is not 1 or 0; using the default ${fallback ? 1 : 0}.`);
      return fallback;
    },
  };
}

function settingCodec(setting: Setting): Codec<unknown> {
  switch (setting.kind) {
    case 'number':
      return numberCodec(setting) as Codec<unknown>;
    case 'enum':
      return enumCodec(setting) as Codec<unknown>;
    case 'layers':
      return layersCodec(setting) as Codec<unknown>;
    case 'names':
      return namesCodec(setting) as Codec<unknown>;
  }
}

/** Every setting's codec, in the table's order (the order links are written in). */
export const CONFIG_PROPS: Codecs<RunConfig> = Object.fromEntries(
  RUN_CONFIG_KEYS.map((key) => [key, settingCodec(RUN_CONFIG[key])]),
  // Each codec is built from its own setting, whose values are RunConfig[key].
) as unknown as Codecs<RunConfig>;
