/**
 * The controls a link can hide (presenter mode or not), by the id in their `data-control`
 * attribute; a link's `hide` lists some of them, in this order (new ids go at the end, so links
 * already shared keep their meaning). presenter.css has one rule per id (checked by
 * control-ids.test.ts), and views name them through `controlAttr` or a typed `control` prop.
 */
export const HIDEABLE_CONTROLS = [
  'dataset',
  'features',
  'layers',
  'activation',
  'loss',
  'learning-rate',
  'epochs',
  'batch',
  'regularization',
  'seed',
  'speed',
  'loss-chart',
  'predictions',
  'play',
  'step',
  'reset',
  'noise',
  'split',
  'regenerate',
  'test-data',
  'discretize',
  'text',
  'init',
] as const;

export type ControlId = (typeof HIDEABLE_CONTROLS)[number];

/** The attribute that lets presenter mode find (and hide) a control. */
export function controlAttr(id: ControlId): { 'data-control': ControlId } {
  return { 'data-control': id };
}

/** A CSS selector for the control, e.g. for the tour to point at it. */
export function controlSelector(id: ControlId): string {
  return `[data-control="${id}"]`;
}
