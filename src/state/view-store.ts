/** How things are shown (not what is trained): chart scales, map options, the drawing tool. */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** What a click on the data plot does: add a point of a class, or erase. */
export type DrawTool = 'class0' | 'class1' | 'erase';

export interface FocusedNeuron {
  /** Index among hidden and output neurons: the map the worker paints large. */
  readonly index: number;
  readonly label: string;
  readonly isOutput: boolean;
}

export interface ViewState {
  readonly logScale: boolean;
  readonly discretize: boolean;
  readonly showTestData: boolean;
  /** Presenter mode: larger type, high contrast, the controls in `hide` left out. */
  readonly presenter: boolean;
  /** Control ids (HIDEABLE_CONTROLS in url-state.ts) hidden while presenting. */
  readonly hide: readonly string[];
  readonly drawTool: DrawTool;
  /** A neuron whose map the big plot shows instead of the output (hover in the graph). */
  readonly focusedNeuron: FocusedNeuron | null;
  readonly set: (patch: Partial<Omit<ViewState, 'set'>>) => void;
}

export type ViewStore = StoreApi<ViewState>;

export function createViewStore(): ViewStore {
  return createStore<ViewState>()((set) => ({
    logScale: false,
    discretize: false,
    showTestData: true,
    presenter: false,
    hide: [],
    drawTool: 'class1',
    focusedNeuron: null,
    set: (patch) => set(patch),
  }));
}
