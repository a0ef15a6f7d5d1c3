/**
 * The points a session trains and tests on: generated from the config, split, turned into
 * feature vectors, and edited by the learner (points drawn or erased on the plot).
 */
import { generatePoints, isRegression, splitTrainTest, type PointSet } from '@/engine/datasets';
import { toDataset } from '@/engine/features';
import { NumpyRandom } from '@/engine/random';
import { outputCountOf } from '@/engine/run-config';
import type { Dataset } from '@/engine/types';
import type { DataPoints, TrainerConfig } from './protocol';
import type { PointList, RunEdit } from './run-record';

/** The tutorial's XOR lives on [0, 1]²; Playground's sets on [−6, 6]². */
export function domainOf(config: Pick<TrainerConfig, 'dataset'>): readonly [number, number] {
  return config.dataset === 'xor' ? [-0.5, 1.5] : [-6, 6];
}

/** A point the learner drew or an area they erased: kept when new settings regenerate the rest. */
export type PointEdit = DistributiveOmit<Extract<RunEdit, { kind: 'addPoint' | 'erase' }>, 'epoch'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export class SessionData {
  train: PointSet;
  test: PointSet;
  trainSet: Dataset;
  testSet: Dataset;
  /** Bumped on every change, so the page knows when to redraw the points. */
  version = 0;
  /** The learner's drawing since the points were last replaced, in order (replaced, never changed). */
  drawn: readonly PointEdit[] = [];
  /** Points imported in place of the generated ones (split as they would be), or null. */
  imported: PointSet | null = null;

  constructor(
    private config: TrainerConfig,
    private dataSeed: number,
  ) {
    ({ train: this.train, test: this.test } = generate(config, dataSeed, null));
    this.trainSet = toDataset(this.train, config.features, outputCountOf(config));
    this.testSet = toDataset(this.test, config.features, outputCountOf(config));
  }

  get regression(): boolean {
    return isRegression(this.config.dataset);
  }

  /**
   * New points for a new config (noise, split, count) with the learner's drawing done again on
   * them; `replaceDrawn` for new points altogether (another dataset, a new data seed).
   */
  regenerate(config: TrainerConfig, dataSeed = this.dataSeed, replaceDrawn = false): void {
    this.config = config;
    this.dataSeed = dataSeed;
    if (replaceDrawn) [this.drawn, this.imported] = [[], null];
    ({ train: this.train, test: this.test } = generate(config, dataSeed, this.imported));
    for (const edit of this.drawn) this.draw(edit);
    this.rebuild();
  }

  /** Same points, new features or outputs (one-hot targets for a softmax). */
  rebuildFor(config: TrainerConfig): void {
    this.config = config;
    this.rebuild();
  }

  /** The learner's own points in place of the generated ones and of any drawing. */
  importPoints(points: PointList): void {
    this.imported = {
      x: Float64Array.from(points.x),
      y: Float64Array.from(points.y),
      label: Float64Array.from(points.label),
      count: points.x.length,
    };
    this.drawn = [];
    ({ train: this.train, test: this.test } = generate(this.config, this.dataSeed, this.imported));
    this.rebuild();
  }

  addPoint(x: number, y: number, label: number): void {
    this.edit({ kind: 'addPoint', x, y, label });
  }

  /** Removes the points within `radius` of (x, y) from both sets; keeps at least one to train on. */
  erase(x: number, y: number, radius: number): void {
    this.edit({ kind: 'erase', x, y, radius });
  }

  /** The learner's own points as edits that make them again on fresh points: import, drawing. */
  ownPoints(): RunEdit[] {
    const imported = this.imported;
    const points: RunEdit[] = imported
      ? [
          {
            epoch: 0,
            kind: 'points',
            x: [...imported.x],
            y: [...imported.y],
            label: [...imported.label],
          },
        ]
      : [];
    return [...points, ...this.drawn.map((edit): RunEdit => ({ ...edit, epoch: 0 }))];
  }

  private edit(edit: PointEdit): void {
    this.drawn = [...this.drawn, edit];
    this.draw(edit);
    this.rebuild();
  }

  private draw(edit: PointEdit): void {
    const { x, y } = edit;
    if (edit.kind === 'addPoint') {
      this.train = concat(this.train, x, y, edit.label);
      return;
    }
    const far = (set: PointSet, i: number) =>
      Math.hypot(set.x[i]! - x, set.y[i]! - y) > edit.radius;
    const train = filter(this.train, far);
    this.train = train.count > 0 ? train : this.train;
    this.test = filter(this.test, far);
  }

  /** A copy that later edits of either do not reach (point sets are replaced, never changed). */
  clone(): SessionData {
    return Object.assign(Object.create(SessionData.prototype) as SessionData, this);
  }

  points(): DataPoints {
    return {
      trainX: this.train.x.slice(),
      trainY: this.train.y.slice(),
      trainLabel: this.train.label.slice(),
      testX: this.test.x.slice(),
      testY: this.test.y.slice(),
      testLabel: this.test.label.slice(),
    };
  }

  private rebuild(): void {
    const outputs = outputCountOf(this.config);
    this.trainSet = toDataset(this.train, this.config.features, outputs);
    this.testSet = toDataset(this.test, this.config.features, outputs);
    this.version++;
  }
}

function generate(
  config: TrainerConfig,
  dataSeed: number,
  imported: PointSet | null,
): { train: PointSet; test: PointSet } {
  const rng = new NumpyRandom(dataSeed);
  const points = imported ?? generatePoints(config.dataset, config.pointCount, config.noise, rng);
  return splitTrainTest(points, config.trainFraction, rng);
}

function concat(set: PointSet, x: number, y: number, label: number): PointSet {
  const grow = (array: Float64Array, value: number) => {
    const next = new Float64Array(array.length + 1);
    next.set(array);
    next[array.length] = value;
    return next;
  };
  return {
    x: grow(set.x, x),
    y: grow(set.y, y),
    label: grow(set.label, label),
    count: set.count + 1,
  };
}

function filter(set: PointSet, keep: (set: PointSet, i: number) => boolean): PointSet {
  const kept: number[] = [];
  for (let i = 0; i < set.count; i++) if (keep(set, i)) kept.push(i);
  return {
    x: Float64Array.from(kept, (i) => set.x[i]!),
    y: Float64Array.from(kept, (i) => set.y[i]!),
    label: Float64Array.from(kept, (i) => set.label[i]!),
    count: kept.length,
  };
}
