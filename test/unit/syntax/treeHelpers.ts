import { seededRandom } from '../../../src/syntax/hash.js';

/** A random projective tree over n words as heads (n = root): subtrees are contiguous spans. */
export function randomProjectiveTree(n: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const heads = new Int32Array(n);
  const build = (lo: number, hi: number, parent: number): void => {
    if (lo >= hi) return;
    const head = lo + Math.floor(random() * (hi - lo));
    heads[head] = parent;
    // Split the left and right parts into consecutive dependent subtrees.
    const split = (a: number, b: number): void => {
      let start = a;
      while (start < b) {
        const end = start + 1 + Math.floor(random() * (b - start));
        build(start, end, head);
        start = end;
      }
    };
    split(lo, head);
    split(head + 1, hi);
  };
  build(0, n, n);
  return heads;
}

export function isProjective(heads: Int32Array): boolean {
  const n = heads.length;
  const dominates = (h: number, k: number): boolean => {
    for (let x = k, steps = 0; steps <= n; steps++) {
      if (x === h) return true;
      if (x === n) return false;
      x = heads[x]!;
    }
    return false;
  };
  for (let d = 0; d < n; d++) {
    const h = heads[d]!;
    if (h === n) continue;
    for (let k = Math.min(h, d) + 1; k < Math.max(h, d); k++) if (!dominates(h, k)) return false;
  }
  return true;
}
