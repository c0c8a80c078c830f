/**
 * Deterministic synthetic news articles for reliability tests: invented names built from
 * syllables by a seeded PRNG, put in a few generic news sentence frames. No third-party text.
 */

/** Mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tus', 'va', 'dor', 'li', 'sen', 'ba', 'tor', 'ne', 'ri', 'gan', 'zu', 'mel'];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function word(rand: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(rand, SYLLABLES);
  return w[0]!.toUpperCase() + w.slice(1);
}

export interface SyntheticArticle {
  /** File name, e.g. `0007.txt`. */
  name: string;
  text: string;
}

/** `count` articles with a headline, a date line and several sentences each. */
export function syntheticArticles(count: number, seed = 1): SyntheticArticle[] {
  const rand = seededRandom(seed);
  const people = Array.from({ length: 40 }, () => `${word(rand, 2)} ${word(rand, 3)}`);
  const orgs = Array.from({ length: 15 }, () => `${word(rand, 2)} ${pick(rand, ['Bank', 'Ministry', 'Institute', 'Corporation', 'Union'])}`);
  const cities = Array.from({ length: 12 }, () => word(rand, 3));
  const out: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const [p1, p2, p3] = [pick(rand, people), pick(rand, people), pick(rand, people)];
    const [o1, o2] = [pick(rand, orgs), pick(rand, orgs)];
    const city = pick(rand, cities);
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const sentences = [
      `${p1}, the chief executive of ${o1}, met ${p2} in ${city} on Monday.`,
      `${p2} said ${o2} would sign an agreement with ${o1} next month.`,
      `${p3} visited ${city} and criticised ${o2}.`,
      `${o1} hired ${p3} as an adviser, the ${o2} said in a statement.`,
    ];
    const body = sentences.filter(() => rand() < 0.85).join(' ') || sentences[0]!;
    out.push({
      name: `${String(i).padStart(4, '0')}.txt`,
      text: `${p1} meets ${p2} in ${city}\n\n2024-03-${day}\n\n${body}\n\nArticle ${i} of a synthetic series.\n`,
    });
  }
  return out;
}
