import type { Dataset } from './types.ts';

/** The tutorial's XOR truth table: [[0,0],[0,1],[1,0],[1,1]] → [0,1,1,0]. */
export function xorDataset(): Dataset {
  return {
    inputs: Float64Array.from([0, 0, 0, 1, 1, 0, 1, 1]),
    targets: Float64Array.from([0, 1, 1, 0]),
    count: 4,
    inputSize: 2,
    outputSize: 1,
  };
}
