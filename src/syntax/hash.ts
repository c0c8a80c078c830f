/**
 * Integer hashing for feature templates. A feature is a template id mixed with a few integer
 * values (word hashes, tag ids, distances); the result picks a weight row. Strings are hashed
 * once per token (FNV-1a), never per feature, so feature extraction is integer arithmetic only.
 */

/** FNV-1a over the UTF-16 code units of `text`, as a signed 32-bit integer. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Mixes one more value into a running feature hash. */
export function mix(h: number, value: number): number {
  h = Math.imul(h ^ value, 0x9e3779b1);
  return (h ^ (h >>> 15)) | 0;
}

/** The hash of a template id and one value. */
export function feature1(template: number, a: number): number {
  return mix(mix(0x2545f491 + template, a), 1);
}

/** The hash of a template id and two values. */
export function feature2(template: number, a: number, b: number): number {
  return mix(mix(mix(0x2545f491 + template, a), b), 2);
}

/** The hash of a template id and three values. */
export function feature3(template: number, a: number, b: number, c: number): number {
  return mix(mix(mix(mix(0x2545f491 + template, a), b), c), 3);
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of `items` in place with a seeded generator. */
export function shuffleInPlace<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
}
