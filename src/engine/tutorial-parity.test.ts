import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { xorDataset } from './datasets.ts';
import { Network } from './network.ts';
import { NumpyRandom } from './random.ts';
import { predictAll, trainEpoch } from './train.ts';
import { formatPyFloat, tutorialSpec } from './tutorial.ts';

/** What scripts/fixtures/tutorial.py --json prints (numbers as Python repr strings). */
interface TutorialFixture {
  epochs: number;
  learningRate: number;
  hidden: number;
  seed: number;
  losses: { epoch: number; loss: string }[];
  predictions: string[];
}

const dir = new URL('../../scripts/fixtures/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((name) => name.startsWith('tutorial-') && name.endsWith('.json'))
  // tutorial-code.json holds the tutorial's source lines, not a run.
  .filter((name) => name !== 'tutorial-code.json')
  .map((name) => ({
    name,
    fixture: JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as TutorialFixture,
  }));

/**
 * NumPy's BLAS may sum in its own order, so ulp-level differences are possible; measured, the
 * worst over all fixtures is ~6e-15 (a few ulps after 1000–2000 epochs).
 */
const REL_TOL = 1e-13;

function relError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('parity with the NumPy tutorial', () => {
  it('has the default run and at least 3 variants', () => {
    expect(fixtures.map((f) => f.name)).toContain('tutorial-default.json');
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
  });

  it('prints the tutorial’s epoch-0 loss exactly', () => {
    const net = Network.create(tutorialSpec(), new NumpyRandom(0), 'tutorial');
    const loss = trainEpoch(net, xorDataset(), { learningRate: 1 });
    expect(formatPyFloat(loss)).toBe('0.3859387189496001');
  });

  it.each(fixtures)('$name: losses and predictions to 1e-13 relative', ({ fixture }) => {
    const net = Network.create(
      tutorialSpec(fixture.hidden),
      new NumpyRandom(fixture.seed),
      'tutorial',
    );
    const data = xorDataset();
    const losses = new Map<number, number>();
    for (let epoch = 0; epoch < fixture.epochs; epoch++) {
      const loss = trainEpoch(net, data, { learningRate: fixture.learningRate });
      if (epoch % 100 === 0) losses.set(epoch, loss);
    }
    const predictions = new Float64Array(4);
    predictAll(net, data, predictions);

    let maxRel = 0;
    for (const { epoch, loss } of fixture.losses) {
      maxRel = Math.max(maxRel, relError(losses.get(epoch) ?? NaN, Number(loss)));
    }
    fixture.predictions.forEach((p, s) => {
      maxRel = Math.max(maxRel, relError(predictions[s] ?? NaN, Number(p)));
    });
    expect(losses.size).toBe(fixture.losses.length);
    expect(maxRel).toBeLessThan(REL_TOL);
  });
});
