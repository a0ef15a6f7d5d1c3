import { controlSelector } from '@/shared/control-ids';
/** The guided tour's stops: what each points at on the live page, and what it says. */
export interface TourStep {
  /** CSS selector of the element the step outlines; the first match is used. */
  readonly target: string;
  readonly title: string;
  readonly text: string;
}

/** Remembers that the tour was seen or skipped, so it opens by itself only once. */
export const TOUR_SEEN_KEY = 'backprop-studio:tour-seen';

export const TOUR_STEPS: readonly TourStep[] = [
  {
    target: 'svg[aria-label="Network graph"]',
    title: 'The network',
    text: 'Inputs on the left, the output on the right. Each line is a weight: blue positive, orange dashed negative, thicker is stronger. Hover or focus one to read it, click to edit it.',
  },
  {
    target: '.controls .buttons .primary',
    title: 'Play',
    text: 'Play trains epoch after epoch and shows every update live. Step trains one epoch; Reset goes back to the same starting weights.',
  },
  {
    target: controlSelector('learning-rate'),
    title: 'Learning rate',
    text: 'How big a step each update takes. Try 0.1 and then 5 and watch the loss curve change shape.',
  },
  {
    target: controlSelector('loss-chart'),
    title: 'The loss curve',
    text: 'How wrong the network is, epoch by epoch. Training is working when this goes down.',
  },
  {
    target: '.data-panel',
    title: 'The data and the boundary',
    text: 'The points to classify, over the colours the network gives each place in the plane. Click to add points.',
  },
  {
    target: '[data-tour="share"]',
    title: 'Share and save',
    text: 'Copy a link that reproduces this run, save or open the model as JSON, export the graph, or switch to presenter mode.',
  },
];
