/**
 * Countries, capitals and demonyms from the `world-countries` package, indexed by their
 * token sequence so mention detection can find the longest match at any token.
 */
import { createRequire } from 'node:module';
import { analyzeText } from '../nlp/nlp.js';

export type GazetteerKind = 'country' | 'capital' | 'demonym';

export interface GazetteerEntry {
  kind: GazetteerKind;
  /** Canonical country name (the common English name), or the capital's name. */
  name: string;
  /** The country the entry belongs to. */
  country: string;
}

export interface Gazetteer {
  /** Looks up the longest entry starting at `tokens[from]`; returns its length in tokens. */
  longestMatch(tokens: readonly string[], from: number, limit?: number): { entry: GazetteerEntry; length: number } | null;
  /** Entry for a whole name, if any. */
  lookup(name: string): GazetteerEntry | undefined;
}

interface CountryRecord {
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  area?: number;
}

/** Well-known English variants not in the package (general knowledge, not article-specific). */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  'United States': ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States of America'],
  'United Kingdom': ['Britain', 'Great Britain', 'U.K.', 'UK'],
  Russia: ['Russian Federation'],
  Czechia: ['Czech Republic'],
  'North Korea': ['DPRK', 'D.P.R.K.'],
  'South Korea': ['ROK'],
  China: ["People's Republic of China", 'PRC', 'Mainland China'],
  Taiwan: ['Republic of China'],
  'United Arab Emirates': ['UAE', 'U.A.E.'],
  Netherlands: ['Holland'],
  'Ivory Coast': ["Côte d'Ivoire", "Cote d'Ivoire"],
  Myanmar: ['Burma'],
  Turkey: ['Türkiye', 'Turkiye'],
  Eswatini: ['Swaziland'],
  'Vatican City': ['Vatican', 'Holy See'],
};
const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  'United Kingdom': ['British'],
  'United States': ['American', 'U.S.'],
  Netherlands: ['Dutch'],
  'North Korea': ['North Korean'],
  'South Korea': ['South Korean'],
};
/** Short codes are too ambiguous ("IT", "IN") except a few that news uses as names. */
const ALLOWED_SHORT = new Set(['US', 'UK', 'EU']);

let cached: Gazetteer | null = null;

export function getGazetteer(): Gazetteer {
  if (cached === null) cached = buildGazetteer();
  return cached;
}

function tokenize(name: string): string[] {
  return analyzeText(name)
    .tokens.filter((t) => t.pos !== 'SPACE')
    .map((t) => t.lower);
}

function buildGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as CountryRecord[];
  const byKey = new Map<string, GazetteerEntry>();
  const add = (name: string, entry: GazetteerEntry, override = false): void => {
    if (!name || /[,()]/.test(name) || !/^[\p{L}\p{M} .'’-]+$/u.test(name)) return;
    if (name.length < 3 && !ALLOWED_SHORT.has(name)) return;
    const key = tokenize(name).join(' ');
    if (!key) return;
    const existing = byKey.get(key);
    // Countries win over capitals and demonyms with the same spelling.
    if (existing && !override && (existing.kind === 'country' || entry.kind !== 'country')) return;
    byKey.set(key, entry);
  };
  for (const c of countries) {
    const common = c.name.common;
    const entry: GazetteerEntry = { kind: 'country', name: common, country: common };
    add(common, entry);
    add(c.name.official, entry);
    for (const alt of c.altSpellings ?? []) {
      if (alt.length <= 3 && alt === alt.toUpperCase() && !ALLOWED_SHORT.has(alt) && alt.length < 3) continue;
      if (alt.length === 3 && alt === alt.toUpperCase() && !(EXTRA_NAMES[common] ?? []).includes(alt)) continue;
      add(alt, entry);
    }
  }
  for (const [common, names] of Object.entries(EXTRA_NAMES)) {
    for (const n of names) add(n, { kind: 'country', name: common, country: common }, true);
  }
  // A demonym shared by several territories ("American") names the largest of them.
  const bySize = [...countries].sort((a, b) => (b.area ?? 0) - (a.area ?? 0) || a.name.common.localeCompare(b.name.common));
  for (const c of countries) for (const cap of c.capital ?? []) add(cap, { kind: 'capital', name: cap, country: c.name.common });
  for (const c of bySize) {
    const common = c.name.common;
    const dem = c.demonyms?.eng;
    for (const d of new Set([dem?.m, dem?.f])) if (d) add(d, { kind: 'demonym', name: d, country: common });
  }
  for (const [common, names] of Object.entries(EXTRA_DEMONYMS)) {
    for (const n of names) add(n, { kind: 'demonym', name: n, country: common });
  }
  // Constituent countries that news treats as countries.
  for (const [n, d] of [['England', 'English'], ['Scotland', 'Scottish'], ['Wales', 'Welsh'], ['Northern Ireland', 'Northern Irish']] as const) {
    add(n, { kind: 'country', name: n, country: n }, true);
    add(d, { kind: 'demonym', name: d, country: n });
  }
  // "EU" is not a country but news uses it as one actor.
  add('European Union', { kind: 'country', name: 'European Union', country: 'European Union' }, true);
  add('EU', { kind: 'country', name: 'European Union', country: 'European Union' }, true);
  add('European', { kind: 'demonym', name: 'European', country: 'European Union' });

  const maxLen = Math.max(...[...byKey.keys()].map((k) => k.split(' ').length));
  // Longest key (in words) per first word: most tokens start no key at all, so a lookup is
  // one Map.get instead of maxLen joined slices. A joined run of n tokens has at least n
  // words, so no key longer than the first word's bound can match.
  const boundByFirst = new Map<string, number>();
  for (const k of byKey.keys()) {
    const words = k.split(' ');
    boundByFirst.set(words[0]!, Math.max(boundByFirst.get(words[0]!) ?? 0, words.length));
  }
  return {
    longestMatch(tokens, from, limit = tokens.length) {
      let top = Math.min(maxLen, limit - from);
      const first = tokens[from];
      // Fast path only where it is exact: a first token without spaces, a run inside the array.
      if (first !== undefined && top <= tokens.length - from && !first.includes(' ')) {
        const bound = boundByFirst.get(first);
        if (bound === undefined) return null;
        if (bound < top) top = bound;
      }
      for (let len = top; len >= 1; len--) {
        const entry = byKey.get(len === 1 ? tokens[from]! : tokens.slice(from, from + len).join(' '));
        if (entry) return { entry, length: len };
      }
      return null;
    },
    lookup(name) {
      return byKey.get(tokenize(name).join(' '));
    },
  };
}
