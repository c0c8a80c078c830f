/** Seeded pseudo-random numbers (mulberry32): the same seed gives the same synthetic graph. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /**
   * Skewed integer in [0, n): index 0 is the most likely, then a power-law tail
   * (u^skew scaled to n), which gives the hub-and-long-tail degrees of news graphs.
   */
  skewed(n: number, skew: number): number;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    skewed: (n, skew) => Math.min(n - 1, Math.floor(n * Math.pow(next(), skew))),
  };
}
