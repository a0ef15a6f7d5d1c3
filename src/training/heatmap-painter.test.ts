import { describe, expect, it } from 'vitest';
import { Network } from '@/engine/network';
import { NumpyRandom } from '@/engine/random';
import { HeatmapPainter } from './heatmap-painter';
import type { TrainerConfig } from './protocol';

/** The painter reads only the dataset (its domain) and the features. */
const config = {
  dataset: 'spiral',
  features: ['x1', 'x2', 'x1sq'],
} as Partial<TrainerConfig> as TrainerConfig;
const net = () =>
  Network.create(
    { layerSizes: [3, 8, 5, 1], hiddenActivation: 'tanh', outputActivation: 'tanh', loss: 'mse' },
    new NumpyRandom(2),
    'glorot',
  );

describe('HeatmapPainter while training', () => {
  it('paints the same maps in pieces, from the weights it started with', () => {
    const whole = new HeatmapPainter().paint(net(), config, 0, false)!;
    const training = net();
    const painter = new HeatmapPainter();
    painter.paint(training, config, 0, false); // the first maps, at once
    let clock = 1000;
    const now = () => (clock += 1);
    let pieces = 0;
    let maps = null;
    while (maps === null && pieces < 1000) {
      painter.paintFor(training, config, now, clock + 5);
      pieces++;
      // Training moves the weights between pieces: the maps must still show one moment.
      training.params[0] = training.params[0]! + 1;
      maps = painter.paint(training, config, clock, true);
    }
    expect(pieces).toBeGreaterThan(10);
    expect(Array.from(maps!.output)).toEqual(Array.from(whole.output));
    expect(Array.from(maps!.neurons)).toEqual(Array.from(whole.neurons));
    // Nothing new until the throttle allows the next one.
    expect(painter.paint(training, config, clock, true)).toBeNull();
  });

  it('paints at once after a change, even while training', () => {
    const painter = new HeatmapPainter();
    painter.paint(net(), config, 0, false);
    expect(painter.paint(net(), config, 1, true)).toBeNull();
    painter.invalidate();
    expect(painter.paint(net(), config, 2, true)?.resolution).toBe(100);
  });
});
