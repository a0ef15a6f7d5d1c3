import MersenneTwister from 'mersenne-twister';

/**
 * NumPy's legacy global generator: `np.random.seed(seed)` then `np.random.rand()`.
 * MT19937 seeded by init_genrand(seed); each draw is a 53-bit double in [0, 1)
 * built from two 32-bit outputs, ((a >>> 5) * 2^26 + (b >>> 6)) / 2^53.
 */
export class NumpyRandom {
  private readonly mt: MersenneTwister;

  /** @param seed integer in [0, 2^32 − 1], as NumPy accepts. */
  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new RangeError(`seed must be an integer in [0, 4294967295], got ${seed}`);
    }
    this.mt = new MersenneTwister(seed);
  }

  /** An independent generator that continues this stream from where it is now. */
  clone(): NumpyRandom {
    // The package keeps its state in plain fields: the 624-word vector `mt` and the index `mti`.
    const state = this.mt as unknown as { mt: number[] };
    const mt = Object.assign(
      Object.create(Object.getPrototypeOf(this.mt) as object) as object,
      this.mt,
      {
        mt: state.mt.slice(),
      },
    ) as MersenneTwister;
    return Object.assign(Object.create(NumpyRandom.prototype) as NumpyRandom, { mt });
  }

  /** Next uniform draw in [0, 1), bit-identical to `np.random.rand()`. */
  rand(): number {
    // random_long is MT's genrand_res53, the same formula NumPy's legacy rand uses.
    return this.mt.random_long();
  }
}

/** A standard normal draw N(0, 1) by Box–Muller from two uniforms (not NumPy-identical). */
export function gaussian(rng: NumpyRandom): number {
  // 1 − u keeps the logarithm's argument in (0, 1].
  const u1 = 1 - rng.rand();
  const u2 = rng.rand();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** A uniform draw in [−a, a). */
export function uniformSymmetric(rng: NumpyRandom, a: number): number {
  return a * (2 * rng.rand() - 1);
}
