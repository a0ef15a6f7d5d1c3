/**
 * Every setting checked before it reaches the worker: the controls' ranges are not the only gate
 * (links, files, shortcuts and tests set values too). The ranges are those of the run-config
 * table (engine/run-config.ts). Out-of-range values are clamped.
 */
import { RUN_CONFIG, type RunConfig, type Setting } from '@/engine/run-config';
import type { TrainerConfig } from '@/training/protocol';

function clamp(value: number, min: number, max: number, fallback = min): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

const clampInt = (value: number, min: number, max: number, fallback = min) =>
  Math.round(clamp(value, min, max, fallback));

/**
 * `value` brought into `setting`'s range, or undefined if nothing in it can be kept (an unknown
 * name, too few known names). Numbers that are not finite become the default.
 */
function sanitize(setting: Setting, value: unknown): unknown {
  switch (setting.kind) {
    case 'number': {
      const { min, max, integer } = setting;
      return (integer ? clampInt : clamp)(value as number, min, max, setting.default);
    }
    case 'enum':
      return setting.options.find((option) => option === value);
    case 'layers': {
      const sizes = value as readonly number[];
      return sizes.slice(0, setting.maxLayers).map((n) => clampInt(n, setting.min, setting.max));
    }
    case 'names': {
      const names = value as readonly string[];
      const chosen = setting.options.filter((name) => names.includes(name));
      return chosen.length >= setting.minCount ? chosen : undefined;
    }
  }
}

function isSetting(key: string): key is keyof RunConfig {
  return Object.hasOwn(RUN_CONFIG, key);
}

/** The patch with every value brought into its valid range; unknown enum values are dropped. */
export function sanitizePatch(patch: Partial<TrainerConfig>): Partial<TrainerConfig> {
  const entries = Object.entries(patch).flatMap(([key, value]: [string, unknown]) => {
    if (value === undefined || !isSetting(key)) return [[key, value]];
    const clean = sanitize(RUN_CONFIG[key], value);
    return clean === undefined ? [] : [[key, clean]];
  });
  // Each value now has its setting's type: sanitize keeps it so or drops the key.
  return Object.fromEntries(entries) as Partial<TrainerConfig>;
}
