/**
 * The keyboard shortcuts, as data: the key handler and the help overlay both read this table, so
 * a feature adds its shortcut by adding a row here.
 */
import { LEARNING_RATE_RANGE } from '@/state/defaults';
import type { StepState } from '@/state/step-store';
import type { TrainingState } from '@/state/training-store';

/** What a shortcut may act on when its key is pressed. */
export interface ShortcutContext {
  /** The store's state and actions at the moment of the key press. */
  readonly training: TrainingState;
  /** Step mode's state and actions. */
  readonly step: StepState;
  readonly toggleHelp: () => void;
}

export interface Shortcut {
  /** KeyboardEvent.key values that trigger it (Shift is allowed: '+' and '?' need it). */
  readonly keys: readonly string[];
  /** The keys as the help overlay shows them. */
  readonly label: string;
  readonly description: string;
  readonly run: (context: ShortcutContext) => void;
  /** Held keys repeat the action (learning rate); others fire once per press. */
  readonly repeats?: boolean;
  /** Still active while the help overlay is open. */
  readonly inDialog?: boolean;
  /** Only then does the key belong to this row (a mode's keys); others may reuse the key. */
  readonly when?: (context: ShortcutContext) => boolean;
}

/** One notch of the learning-rate shortcuts: a tenth of a decade, ×10^0.1. */
export const LEARNING_RATE_NOTCH = 0.1;

/**
 * The learning rate `notches` notches away, on the grid 10^(k/10) rounded to two digits, so that
 * up then down comes back to the same value and the slider shows a round number.
 */
export function nudgeLearningRate(current: number, notches: number): number {
  const lowest = Math.log10(LEARNING_RATE_RANGE.min);
  const highest = Math.log10(LEARNING_RATE_RANGE.max);
  const onGrid = Math.round(Math.log10(current) / LEARNING_RATE_NOTCH) * LEARNING_RATE_NOTCH;
  const exponent = Math.min(highest, Math.max(lowest, onGrid + notches * LEARNING_RATE_NOTCH));
  return Number((10 ** exponent).toPrecision(2));
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    keys: [' '],
    label: 'Space',
    description: 'Play / pause',
    run: ({ training }) => training.togglePlay(),
  },
  {
    keys: ['s', 'S'],
    label: 'S',
    description: 'Step one epoch',
    run: ({ training }) => training.step(),
  },
  {
    keys: ['r', 'R'],
    label: 'R',
    description: 'Reset to the starting weights',
    run: ({ training }) => training.reset(),
  },
  {
    keys: ['+', '='],
    label: '+',
    description: 'Raise the learning rate one notch (×1.26)',
    run: ({ training }) =>
      training.setLearningRate(nudgeLearningRate(training.config.learningRate, 1)),
    repeats: true,
  },
  {
    keys: ['-', '−', '_'],
    label: '−',
    description: 'Lower the learning rate one notch (÷1.26)',
    run: ({ training }) =>
      training.setLearningRate(nudgeLearningRate(training.config.learningRate, -1)),
    repeats: true,
  },
  {
    keys: ['ArrowRight'],
    label: '→',
    description: 'Step mode: next phase; at the update, apply it',
    run: ({ step }) => step.next(),
    when: ({ step }) => step.active,
  },
  {
    keys: ['ArrowLeft'],
    label: '←',
    description: 'Step mode: previous phase; at the first, undo the update just applied',
    run: ({ step }) => step.previous(),
    when: ({ step }) => step.active,
  },
  {
    keys: ['Escape'],
    label: 'Esc',
    description: 'Leave step mode',
    run: ({ step }) => step.exit(),
    when: ({ step }) => step.active,
  },
  {
    keys: ['?'],
    label: '?',
    description: 'Show or hide this list',
    run: ({ toggleHelp }) => toggleHelp(),
    inDialog: true,
  },
];

/** The parts of a key press that decide whether a shortcut runs. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly repeat: boolean;
}

/** The shortcut a key press triggers, if any; presses with Ctrl, Cmd or Alt belong to others. */
export function matchShortcut(
  table: readonly Shortcut[],
  press: KeyPress,
  dialogOpen: boolean,
  context?: ShortcutContext,
): Shortcut | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  const shortcut = table.find(
    (entry) =>
      entry.keys.includes(press.key) &&
      (!entry.when || (context !== undefined && entry.when(context))),
  );
  if (!shortcut) return undefined;
  if (press.repeat && !shortcut.repeats) return undefined;
  if (dialogOpen && !shortcut.inDialog) return undefined;
  return shortcut;
}
