/**
 * TypeScript implementation of newsgraph's extraction scoring rules (the same rules as the
 * shared `eval/score.py`), so the repository can guard extraction quality on its own.
 *
 * Matching is lenient, in the style of open information extraction scoring:
 *  - an entity string matches a gold entity when, after normalising case, punctuation,
 *    possessives and a leading article, it equals one of the gold aliases, or else contains
 *    one as whole words (the alias ending nearest the end of the string wins, the longest
 *    on a tie);
 *  - a predicate matches when the stemmed content words of one side contain those of the
 *    other;
 *  - symmetric gold relations match in either direction, `inverse` predicates match with
 *    subject and object swapped.
 * A predicted relation is correct when it matches any gold relation (optional ones
 * included); recall counts each required gold relation once.
 *
 * Field names of the returned report mirror the scorer's `--json` output on purpose, so
 * reports from both implementations compare with a plain deep equality.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NewsgraphError } from '../errors.js';

/* ───────────── gold and prediction shapes ───────────── */

export type GoldEntityType =
  | 'PERSON'
  | 'ORGANIZATION'
  | 'GPE'
  | 'LOCATION'
  | 'FACILITY'
  | 'WEAPON'
  | 'VEHICLE'
  | 'OTHER';

export interface GoldEntity {
  name: string;
  type: GoldEntityType;
  aliases?: string[];
}

export interface GoldRelation {
  s: string;
  /** Accepted verbs or role words. */
  p: string[];
  o: string;
  symmetric?: boolean;
  /** Predicates that express the fact with subject and object swapped. */
  inverse?: string[];
  s_alt?: string[];
  o_alt?: string[];
  /** Gold entity expected among the predicted relation's qualifiers. */
  qualifier?: string;
  optional?: boolean;
}

export interface GoldArticle {
  /** Basename of the article file. */
  file: string;
  note?: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/**
 * The loose shape the scorer reads from a predicted article: the `extract --format json`
 * contract, or anything close to it (entities as strings, relations naming their sides …).
 */
export interface ArticleExtractionLike {
  source?: unknown;
  id?: unknown;
  file?: unknown;
  path?: unknown;
  entities?: readonly unknown[] | null;
  relations?: readonly unknown[] | null;
  triples?: readonly unknown[] | null;
}

/* ───────────── report shapes ───────────── */

export interface ArticleScore {
  file: string;
  rel_pred: number;
  rel_correct: number;
  rel_gold: number;
  rel_found: number;
  ent_pred: number;
  ent_correct: number;
  ent_gold: number;
  ent_found: number;
  type_right: number;
  qual_total: number;
  qual_hits: number;
  missed: string[];
  wrong: string[];
  ent_missed: string[];
  ent_wrong: unknown[];
}

/** A scored article plus, per predicted relation in input order: right, wrong, or null for a repeat of an earlier triple (not counted). */
type DetailedScore = ArticleScore & { outcomes: (boolean | null)[] };

export interface ScoreNumbers {
  articles: number;
  articles_paired: number;
  relation_precision: number;
  relation_recall: number;
  relation_f1: number;
  entity_precision: number;
  entity_recall: number;
  entity_f1: number;
  entity_type_accuracy: number;
  qualifier_recall: number;
}

export interface ScoreSummary {
  summary: ScoreNumbers;
  articles: ArticleScore[];
}

/* ───────────── text normalisation and stemming ───────────── */

const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    met: 'meet', told: 'tell', held: 'hold', took: 'take', made: 'make',
    fell: 'fall', fallen: 'fall', sought: 'seek', said: 'say', came: 'come',
    went: 'go', gone: 'go', gave: 'give', given: 'give', led: 'lead',
    fled: 'flee', won: 'win', lost: 'lose', began: 'begin', begun: 'begin',
    struck: 'strike', brought: 'bring', bought: 'buy', sold: 'sell',
    left: 'leave', sent: 'send', spoke: 'speak', spoken: 'speak',
    wrote: 'write', written: 'write', ran: 'run', drove: 'drive',
    driven: 'drive', chose: 'choose', chosen: 'choose', shot: 'shoot',
    paid: 'pay', built: 'build', caught: 'catch', flew: 'fly',
    flown: 'fly', grew: 'grow', grown: 'grow', knew: 'know',
    known: 'know', saw: 'see', seen: 'see', threw: 'throw',
    thrown: 'throw', fought: 'fight', beat: 'beat', beaten: 'beat',
    sank: 'sink', sunk: 'sink', stood: 'stand', understood: 'understand',
    withdrew: 'withdraw', withdrawn: 'withdraw', overtook: 'overtake',
    undertook: 'undertake', forbade: 'forbid', froze: 'freeze',
    frozen: 'freeze', rose: 'rise', risen: 'rise', swore: 'swear',
    sworn: 'swear', hung: 'hang', dealt: 'deal', meant: 'mean',
    kept: 'keep', felt: 'feel', found: 'find', heard: 'hear',
    got: 'get', gotten: 'get', had: 'have', has: 'have', did: 'do',
    done: 'do', was: 'be', were: 'be', is: 'be', are: 'be', been: 'be',
    spent: 'spend', lent: 'lend', bore: 'bear', born: 'bear',
    ate: 'eat', eaten: 'eat', broke: 'break', broken: 'break',
    upheld: 'uphold', oversaw: 'oversee', overseen: 'oversee',
    leaders: 'leader', talks: 'talk', ministries: 'ministry',
  }),
);

const STOP: ReadonlySet<string> = new Set([
  'of', 'with', 'to', 'in', 'at', 'on', 'by', 'for', 'from', 'the', 'a', 'an',
  'be', 'have', 'will', 'would', 'could', 'may', 'might', 'shall', 'should',
  'into', 'onto', 'against', 'about', 'over', 'under', 'via', 'through',
  'toward', 'towards', 'as', 'and', 'is', 'was', 'were', 'has', 'had', 'do',
  'did', 'its', 'his', 'her', 'their', 'that', 'than', 'up', 'out', 'off',
  'rel', 'relation', 'related',
]);

const Y_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'],
  ['ied', 'y'],
  ['ying', 'y'],
];
const PLAIN_SUFFIXES = ['ing', 'ed', 'es', 's'] as const;
const RESTORE_E_ENDINGS = ['at', 'iz', 'ir', 'ur', 'ov', 'iv', 'eas', 'ast', 'uc', 'ag', 'om', 'in'] as const;

/** Crude English stemmer: irregular forms from a table, then a few suffix rules. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR.get(w);
  if (irregular !== undefined) return irregular;
  for (const [suffix, repl] of Y_SUFFIXES) {
    if (w.endsWith(suffix) && w.length > suffix.length + 2) return w.slice(0, -suffix.length) + repl;
  }
  for (const suffix of PLAIN_SUFFIXES) {
    if (w.endsWith(suffix) && w.length > suffix.length + 2) {
      let base = w.slice(0, -suffix.length);
      const verbal = suffix === 'ing' || suffix === 'ed';
      if (verbal && base.length > 2 && base.at(-1) === base.at(-2) && !'lsz'.includes(base.at(-1) ?? '')) {
        base = base.slice(0, -1); // planned → plan
      }
      if (verbal && RESTORE_E_ENDINGS.some((e) => base.endsWith(e)) && !base.endsWith('ain')) {
        base += 'e'; // located → locate, receiving → receive
      }
      return base;
    }
  }
  return w;
}

/** Stemmed content words of a predicate, verb or role phrase. */
export function predicateTokens(text: string | null | undefined): Set<string> {
  const out = new Set<string>();
  for (const w of (text ?? '').split(/[^A-Za-z]+/)) {
    if (!w || STOP.has(w.toLowerCase())) continue;
    const s = stem(w);
    if (!STOP.has(s)) out.add(s);
  }
  return out;
}

/** Lower case, possessive `'s` dropped, punctuation to spaces, one leading article dropped. */
export function norm(text: string | null | undefined): string {
  let t = (text ?? '').toLowerCase().replaceAll('\u2019', "'");
  t = t.replace(/'s(?![\p{L}\p{N}_])/gu, '');
  t = t.replace(/[^a-z0-9]+/g, ' ').trim();
  return t.replace(/^(the|a|an) /, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function containsWords(haystack: string, needle: string): boolean {
  return needle !== '' && new RegExp(`(^| )${escapeRegExp(needle)}( |$)`).test(haystack);
}

function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function predicateMatches(predTokens: ReadonlySet<string>, alternatives: readonly string[]): boolean {
  for (const alt of alternatives) {
    const g = predicateTokens(alt);
    if (g.size > 0 && predTokens.size > 0 && (isSubset(g, predTokens) || isSubset(predTokens, g))) return true;
  }
  return false;
}

/** Compares strings by code point, as Python's `sorted` does. */
function byCodePoint(a: string, b: string): number {
  const ca = Array.from(a);
  const cb = Array.from(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = (ca[i]?.codePointAt(0) ?? 0) - (cb[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}

/** Rounds to 3 decimals like Python's `round(x, 3)` (exact ties go to the even digit). */
export function round3(x: number): number {
  const sixteenths = x * 16;
  if (Number.isInteger(sixteenths) && Math.abs(sixteenths % 2) === 1) {
    const scaled = x * 1000; // exact: an odd number of halves
    const low = Math.floor(scaled);
    const n = low % 2 === 0 ? low : low + 1;
    return n / 1000;
  }
  return Number(x.toFixed(3));
}

function ratio(a: number, b: number): number {
  return b ? a / b : 0;
}

function f1(p: number, r: number): number {
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/* ───────────── reading loosely-shaped predictions ───────────── */

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return Object.keys(value).length > 0;
  return Boolean(value);
}

/** Python's `str()` for the JSON values a prediction may hold. */
function pyStr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function entityStrings(entity: unknown): string[] {
  if (typeof entity === 'string') return [entity];
  if (!isObject(entity)) return [''];
  const name = truthy(entity.name) ? entity.name : truthy(entity.text) ? entity.text : '';
  const aliases = Array.isArray(entity.aliases) ? entity.aliases : [];
  return [asString(name), ...aliases.map(asString)];
}

function relationSide(rel: Loose, key: 'subject' | 'object', byId: ReadonlyMap<unknown, unknown>): string[] {
  const value = rel[key];
  if (isObject(value)) {
    const ident = value.id;
    if (byId.has(ident)) return entityStrings(byId.get(ident));
    return entityStrings(value);
  }
  if (byId.has(value)) return entityStrings(byId.get(value));
  for (const alt of [`${key}Name`, `${key}_name`]) {
    if (truthy(rel[alt])) return [asString(rel[alt])];
  }
  return typeof value === 'string' ? [value] : [];
}

function qualifierText(rel: Loose): string {
  const parts: string[] = [];
  const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v) ?? 'null');
  for (const key of ['qualifiers', 'arguments', 'modifiers']) {
    const q = rel[key];
    if (isObject(q)) parts.push(...Object.values(q).map(show));
    else if (Array.isArray(q)) parts.push(...q.map(show));
  }
  for (const key of ['via', 'location', 'at', 'date']) {
    const v = rel[key];
    if (typeof v === 'string') parts.push(v);
  }
  return norm(parts.join(' '));
}

/* ───────────── gold index ───────────── */

class GoldIndex {
  readonly gold: GoldArticle;
  /** Gold entity name → normalised aliases, longest first (insertion order = gold order). */
  readonly aliases = new Map<string, string[]>();

  constructor(gold: GoldArticle) {
    this.gold = gold;
    for (const e of gold.entities) {
      const names = new Set<string>();
      for (const n of [e.name, ...(e.aliases ?? [])]) {
        const m = norm(n);
        if (m) names.add(m);
      }
      // Stable sort by length, descending; equal lengths never decide a match.
      this.aliases.set(e.name, [...names].sort((a, b) => b.length - a.length));
    }
  }

  /** Gold entity names that any of the predicted strings denotes. */
  entityMatches(strings: readonly string[]): Set<string> {
    const found = new Set<string>();
    for (const s of strings) {
      const p = norm(s);
      if (!p) continue;
      const exact = [...this.aliases].filter(([, aliases]) => aliases.includes(p)).map(([name]) => name);
      if (exact.length > 0) {
        for (const name of exact) found.add(name);
        continue;
      }
      let best: string | null = null;
      let bestEnd = -1;
      let bestLen = -1;
      for (const [name, aliases] of this.aliases) {
        for (const a of aliases) {
          for (const m of p.matchAll(new RegExp(`(?:^| )${escapeRegExp(a)}(?= |$)`, 'g'))) {
            const end = m.index + m[0].length;
            if (end > bestEnd || (end === bestEnd && a.length > bestLen)) {
              best = name;
              bestEnd = end;
              bestLen = a.length;
            }
          }
        }
      }
      if (best !== null) found.add(best);
    }
    return found;
  }
}

/* ───────────── scoring ───────────── */

const NAMED_TYPES: ReadonlySet<string> = new Set([
  'PERSON', 'ORGANIZATION', 'ORG', 'GPE', 'COUNTRY', 'LOCATION', 'LOC', 'FACILITY', 'FAC', 'CITY', 'PLACE', 'NORP', 'GROUP',
]);

const TYPE_GROUPS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['PERSON']),
  new Set(['ORGANIZATION', 'ORG', 'GROUP', 'NORP']),
  new Set(['GPE', 'COUNTRY', 'CITY', 'LOCATION', 'LOC', 'PLACE', 'FACILITY', 'FAC']),
];

function sameType(a: string, b: string | undefined): boolean {
  if (a === b) return true;
  return b !== undefined && TYPE_GROUPS.some((g) => g.has(a) && g.has(b));
}

function typeOf(entity: Loose): string {
  return pyStr(entity.type ?? '').toUpperCase();
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function scoreArticle(index: GoldIndex, pred: ArticleExtractionLike): DetailedScore {
  const gold = index.gold;
  const entities = listOf(pred.entities);
  const byId = new Map<unknown, unknown>();
  for (const e of entities) {
    if (isObject(e) && e.id !== null && e.id !== undefined) byId.set(e.id, e);
  }
  const relations = truthy(pred.relations) ? listOf(pred.relations) : listOf(pred.triples);

  // Entities: named gold entities found / predicted named entities that are gold.
  const goldNamed = new Set(gold.entities.filter((e) => NAMED_TYPES.has(e.type)).map((e) => e.name));
  const goldType = new Map(gold.entities.map((e) => [e.name, e.type] as const));
  const predNamed = entities.filter((e): e is Loose => isObject(e) && NAMED_TYPES.has(typeOf(e)));
  const entFound = new Set<string>();
  let entCorrect = 0;
  let typeRight = 0;
  const entWrong: unknown[] = [];
  for (const e of predNamed) {
    const m = index.entityMatches(entityStrings(e));
    if (m.size > 0) {
      entCorrect += 1;
      for (const name of m) entFound.add(name);
      const first = [...m].sort(byCodePoint)[0] ?? '';
      if (sameType(typeOf(e), goldType.get(first))) typeRight += 1;
    } else {
      entWrong.push(e.name ?? null);
    }
  }
  const entMissed = [...goldNamed].filter((n) => !entFound.has(n)).sort(byCodePoint);

  // Relations.
  const required = gold.relations.filter((g) => !g.optional);
  const hit = new Set<number>();
  const qualHit = new Set<number>();
  const seenKeys = new Set<string>();
  const wrong: string[] = [];
  const outcomes: (boolean | null)[] = [];
  let correct = 0;
  for (const raw of relations) {
    const rel: Loose = isObject(raw) ? raw : {};
    const sStr = relationSide(rel, 'subject', byId);
    const oStr = relationSide(rel, 'object', byId);
    const toks = predicateTokens(
      ['predicate', 'verb', 'type', 'label', 'role'].map((k) => (truthy(rel[k]) ? pyStr(rel[k]) : '')).join(' '),
    );
    const key = JSON.stringify([sStr.slice(0, 1).map(norm), [...toks].sort(), oStr.slice(0, 1).map(norm)]);
    if (seenKeys.has(key)) {
      outcomes.push(null); // the same triple twice counts once
      continue;
    }
    seenKeys.add(key);
    const sM = index.entityMatches(sStr);
    const oM = index.entityMatches(oStr);
    const matches: number[] = [];
    gold.relations.forEach((g, i) => {
      const subjects = [g.s, ...(g.s_alt ?? [])];
      const objects = [g.o, ...(g.o_alt ?? [])];
      const fwd = subjects.some((s) => sM.has(s)) && objects.some((o) => oM.has(o));
      const rev = subjects.some((s) => oM.has(s)) && objects.some((o) => sM.has(o));
      if (
        (fwd && predicateMatches(toks, g.p)) ||
        (rev && g.symmetric === true && predicateMatches(toks, g.p)) ||
        (rev && predicateMatches(toks, g.inverse ?? []))
      ) {
        matches.push(i);
      }
    });
    outcomes.push(matches.length > 0);
    if (matches.length === 0) {
      wrong.push(`${sStr[0] ?? '?'} -${pyStr(rel.predicate)}-> ${oStr[0] ?? '?'}`);
      continue;
    }
    correct += 1;
    for (const i of matches) {
      const g = gold.relations[i];
      if (g?.qualifier && !g.optional) {
        const quals = qualifierText(rel);
        const accepted = index.aliases.get(g.qualifier) ?? [norm(g.qualifier)];
        if (accepted.some((a) => containsWords(quals, a))) qualHit.add(i);
      }
    }
    const fresh = matches.find((i) => !gold.relations[i]?.optional && !hit.has(i));
    if (fresh !== undefined) hit.add(fresh);
  }
  const missed = gold.relations.flatMap((g, i) => (!g.optional && !hit.has(i) ? [`${g.s} -${g.p[0]}-> ${g.o}`] : []));
  return {
    file: gold.file,
    rel_pred: seenKeys.size,
    rel_correct: correct,
    rel_gold: required.length,
    rel_found: hit.size,
    ent_pred: predNamed.length,
    ent_correct: entCorrect,
    ent_gold: goldNamed.size,
    ent_found: [...entFound].filter((n) => goldNamed.has(n)).length,
    type_right: typeRight,
    qual_total: required.filter((g) => g.qualifier).length,
    qual_hits: qualHit.size,
    missed,
    wrong,
    ent_missed: entMissed,
    ent_wrong: entWrong,
    outcomes,
  };
}

function basename(value: string): string {
  return value.slice(value.lastIndexOf('/') + 1);
}

/**
 * Scores predicted articles against gold articles. A predicted article is paired with the
 * gold whose `file` is the basename of its `source` (or `id`, `file`, `path`); gold articles
 * without a prediction score as empty predictions.
 */
export function scoreArticles(golds: readonly GoldArticle[], predicted: readonly ArticleExtractionLike[]): ScoreSummary {
  const { summary, articles } = scoreDetailed(golds, predicted);
  return { summary, articles: articles.map(({ outcomes: _outcomes, ...row }) => row) };
}

/**
 * Whether each predicted relation is right, per predicted article (in the order given):
 * the judgement `scoreArticles` counts, for calibrating confidence. Articles without gold get
 * no entry.
 */
export function relationOutcomes(golds: readonly GoldArticle[], predicted: readonly ArticleExtractionLike[]): Map<ArticleExtractionLike, (boolean | null)[]> {
  const out = new Map<ArticleExtractionLike, (boolean | null)[]>();
  const indexes = new Map(golds.map((g) => [g.file, new GoldIndex(g)] as const));
  for (const art of predicted) {
    const index = pairedGold(indexes, art);
    if (index !== undefined) out.set(art, scoreArticle(index, art).outcomes);
  }
  return out;
}

function pairedGold<T>(indexes: ReadonlyMap<string, T>, art: ArticleExtractionLike): T | undefined {
  for (const key of ['source', 'id', 'file', 'path'] as const) {
    const v = art[key];
    if (typeof v === 'string' && indexes.has(basename(v))) return indexes.get(basename(v));
  }
  return undefined;
}

function scoreDetailed(golds: readonly GoldArticle[], predicted: readonly ArticleExtractionLike[]): { summary: ScoreNumbers; articles: DetailedScore[] } {
  if (golds.length === 0) {
    throw new NewsgraphError('BAD_INPUT', 'expected at least one gold article to score against, found none');
  }
  const indexes = new Map<string, GoldIndex>();
  for (const g of golds) indexes.set(g.file, new GoldIndex(g));
  const byFile = new Map<string, ArticleExtractionLike>();
  for (const art of predicted) {
    const index = pairedGold(indexes, art);
    if (index !== undefined) byFile.set(index.gold.file, art);
  }
  const rows = [...indexes].map(([file, index]) => scoreArticle(index, byFile.get(file) ?? { entities: [], relations: [] }));
  const sum = (k: keyof ArticleScore): number => rows.reduce((acc, r) => acc + (r[k] as number), 0);
  const rp = ratio(sum('rel_correct'), sum('rel_pred'));
  const rr = ratio(sum('rel_found'), sum('rel_gold'));
  const ep = ratio(sum('ent_correct'), sum('ent_pred'));
  const er = ratio(sum('ent_found'), sum('ent_gold'));
  return {
    summary: {
      articles: rows.length,
      articles_paired: byFile.size,
      relation_precision: round3(rp),
      relation_recall: round3(rr),
      relation_f1: round3(f1(rp, rr)),
      entity_precision: round3(ep),
      entity_recall: round3(er),
      entity_f1: round3(f1(ep, er)),
      entity_type_accuracy: round3(ratio(sum('type_right'), sum('ent_correct'))),
      qualifier_recall: round3(ratio(sum('qual_hits'), sum('qual_total'))),
    },
    articles: rows,
  };
}

/* ───────────── I/O edge ───────────── */

/** Reads every `*.json` gold file of a folder, in file-name order. */
export function readGoldDir(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort(byCodePoint)
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as GoldArticle);
}
