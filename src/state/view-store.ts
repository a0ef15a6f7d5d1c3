/** How things are shown (not what is trained): chart scales, map options, the drawing tool. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ControlId } from '@/shared/control-ids';
import type { LessonNote } from './lesson-notes';

/** What a click on the data plot does: add a point of a class, or erase. */
export type DrawTool = 'class0' | 'class1' | 'class2' | 'erase';

export interface FocusedNeuron {
  /** Index among hidden and output neurons: the map the worker paints large. */
  readonly index: number;
  readonly label: string;
  readonly isOutput: boolean;
}

/** Display options that travel with a link but do not change the run. */
export interface ViewOptions {
  readonly logScale: boolean;
  readonly discretize: boolean;
  readonly showTestData: boolean;
  /** Presenter mode: larger type, high contrast, the controls in `hide` left out. */
  readonly presenter: boolean;
  /** Controls hidden while presenting, in HIDEABLE_CONTROLS order (shared/control-ids.ts). */
  readonly hide: readonly ControlId[];
  /** A teacher's notes pinned to epochs of the run (lesson-notes.ts), in epoch order. */
  readonly lessonNotes: readonly LessonNote[];
}

/** How a page without a link starts: test points shown, nothing hidden. */
export const DEFAULT_VIEW: ViewOptions = {
  logScale: false,
  discretize: false,
  showTestData: true,
  presenter: false,
  hide: [],
  lessonNotes: [],
};

export interface ViewState extends ViewOptions {
  readonly drawTool: DrawTool;
  /** A neuron whose map the big plot shows instead of the output (hover in the graph). */
  readonly focusedNeuron: FocusedNeuron | null;
  /** Step mode: the chain-rule readout adds a finite-difference check. */
  readonly checkGradients: boolean;
  readonly set: (patch: Partial<Omit<ViewState, 'set'>>) => void;
}

export type ViewStore = StoreApi<ViewState>;

export function createViewStore(): ViewStore {
  return createStore<ViewState>()((set) => ({
    ...DEFAULT_VIEW,
    drawTool: 'class1',
    focusedNeuron: null,
    checkGradients: false,
    set: (patch) => set(patch),
  }));
}
