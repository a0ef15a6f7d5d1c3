/**
 * The lessons of docs/teaching.md, once: the app's Lessons menu lists them, and a test checks
 * that the page links exactly these queries, in this order (src/app/teaching-links.test.ts).
 */

/** One link of a lesson: the run its query sets up. */
export interface LessonStep {
  /** What the link opens, as the menu shows it. */
  readonly label: string;
  /** The app's query ('?…'), relative to the app's address. */
  readonly query: string;
}

export interface Lesson {
  readonly title: string;
  readonly minutes: number;
  readonly steps: readonly LessonStep[];
}

const SPIRAL_PLAYGROUND = 'act=tanh&loss=bce&lr=0.03&epochs=2000&batch=10&reduce=mean&init=glorot';

/** Lesson 1's annotated run (notes=v1|100!…|2000!…, as a link writes them). */
const TWO_NEURON_NOTES =
  'v1%7C100%21The+plateau%3A+loss+0.25%2C+every+output+near+0.5%7C2000%21Stuck+near+0.125%3A+two+outputs+sit+at+0.5.+Hover+the+hidden+neurons.';

export const LESSONS: readonly Lesson[] = [
  {
    title: 'XOR with two or three hidden neurons',
    minutes: 10,
    steps: [
      { label: '2-2-1: two hidden neurons (seed 11)', query: '?h=2&seed=11&epochs=5000' },
      {
        label: 'The same, with notes that pause at epochs 100 and 2000',
        query: `?h=2&seed=11&epochs=5000&notes=${TWO_NEURON_NOTES}`,
      },
      { label: '2-3-1: three hidden neurons (seed 11)', query: '?seed=11&epochs=5000' },
    ],
  },
  {
    title: 'A learning rate that is too small, right, or too large',
    minutes: 10,
    steps: [
      { label: 'Learning rate 0.1', query: '?lr=0.1&log=1' },
      { label: "Learning rate 1 (the tutorial's)", query: '?log=1' },
      { label: 'Learning rate 10', query: '?lr=10&log=1' },
      { label: 'ReLU, linear output, rate 3', query: '?act=relu&out=linear&lr=3' },
    ],
  },
  {
    title: 'Why depth helps on the spiral',
    minutes: 15,
    steps: [
      {
        label: 'One hidden layer of 8',
        query: `?data=spiral&h=8&${SPIRAL_PLAYGROUND}`,
      },
      {
        label: 'Four hidden layers of 8',
        query: `?data=spiral&h=8%2C8%2C8%2C8&${SPIRAL_PLAYGROUND}`,
      },
      {
        label: 'The spiral preset, with features',
        query: `?data=spiral&in=x1%2Cx2%2Cx1sq%2Cx2sq%2Cx1x2%2Csinx1%2Csinx2&h=8%2C8%2C6&${SPIRAL_PLAYGROUND}`,
      },
    ],
  },
];
