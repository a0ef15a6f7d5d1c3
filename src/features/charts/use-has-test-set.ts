import { useMemo } from 'react';
import type { DataPoints } from '@/training/protocol';
import { useTraining } from '@/state/hooks';

/**
 * Whether the run has test points of its own. A set too small to split (the tutorial's four XOR
 * points) is tested on its training points, so a "test" line would only repeat the training one.
 * Until the points arrive, the dataset says: only XOR is that small.
 */
export function useHasTestSet(): boolean {
  const points = useTraining((s) => s.points);
  const xor = useTraining((s) => s.config.dataset === 'xor');
  return useMemo(() => (points === null ? !xor : !testIsTraining(points)), [points, xor]);
}

function testIsTraining(points: DataPoints): boolean {
  const { trainX, trainY, trainLabel, testX, testY, testLabel } = points;
  if (testX.length === 0) return true;
  const same = (a: Float64Array, b: Float64Array) =>
    a.length === b.length && a.every((value, i) => value === b[i]);
  return same(trainX, testX) && same(trainY, testY) && same(trainLabel, testLabel);
}
