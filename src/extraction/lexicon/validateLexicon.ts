import { LexiconError } from './LexiconError.js';
import { RawReader } from './RawReader.js';
import { findFrameConflicts, type LabelledFrame } from './frameConflicts.js';
import { LEMMA, LEMMA_NAME, readBlocked, readTrigger } from './readFrames.js';
import {
  LEXICON_ENTITY_TYPES, MODALITIES, MODALITY_SECTIONS,
  type BlockedFrame, type LexiconData, type LightVerbEntry, type Modality, type ModalityCues,
  type NegationCues, type PredicateEntry, type RoleNounEntry, type SpeechCues, type TriggerFrame,
} from './lexiconTypes.js';

const PREDICATE_NAME = /^[A-Z]+(?:_[A-Z]+)*$/;
const TOP_FIELDS = ['version', 'description', 'predicates', 'blocked', 'lightVerbs', 'roleNouns', 'speech', 'negation', 'modality'];

function readPredicate(r: RawReader, value: unknown, where: string): PredicateEntry | null {
  const o = r.object(value, where, ['predicate', 'description', 'symmetric', 'inverse', 'supersededBy', 'structural', 'triggers']);
  if (o === null) return null;
  const predicate = r.string(o['predicate'], `${where}.predicate`, PREDICATE_NAME, 'an UPPER_SNAKE predicate name');
  const at = predicate ? `${where} (${predicate})` : where;
  const description = r.string(o['description'], `${at}.description`);
  const symmetric = r.boolean(o['symmetric'], `${at}.symmetric`);
  const inverse = r.optionalString(o['inverse'], `${at}.inverse`, PREDICATE_NAME, 'an UPPER_SNAKE predicate name');
  const supersededBy = r.optionalString(o['supersededBy'], `${at}.supersededBy`, PREDICATE_NAME, 'an UPPER_SNAKE predicate name');
  const structural = o['structural'] === undefined ? false : r.boolean(o['structural'], `${at}.structural`);
  const triggers = r.array(o['triggers'], `${at}.triggers`)
    .map((t, i) => readTrigger(r, t, `${at}.triggers[${i}]`))
    .filter((t): t is TriggerFrame => t !== null);
  if (predicate === undefined || description === undefined) return null;
  return { predicate, description, symmetric, inverse, supersededBy, structural, triggers };
}

function readLightVerb(r: RawReader, value: unknown, where: string): LightVerbEntry | null {
  const o = r.object(value, where, ['lemma', 'particle', 'variants']);
  if (o === null) return null;
  const lemma = r.string(o['lemma'], `${where}.lemma`, LEMMA, LEMMA_NAME);
  const particle = r.optionalString(o['particle'], `${where}.particle`, /^[a-z]+$/, 'one lower-case word');
  const variants = o['variants'] === undefined ? [] : r.stringList(o['variants'], `${where}.variants`, LEMMA, LEMMA_NAME);
  return lemma === undefined ? null : { lemma, particle, variants };
}

function readRoleNoun(r: RawReader, value: unknown, where: string): RoleNounEntry | null {
  const o = r.object(value, where, ['lemma', 'predicate', 'objectTypes', 'modifierLemmas']);
  if (o === null) return null;
  const lemma = r.string(o['lemma'], `${where}.lemma`, LEMMA, LEMMA_NAME);
  const predicate = r.string(o['predicate'], `${where}.predicate`, PREDICATE_NAME, 'an UPPER_SNAKE predicate name');
  const objectTypes = r.optionalList(o['objectTypes'], `${where}.objectTypes`, LEXICON_ENTITY_TYPES);
  const modifierLemmas = o['modifierLemmas'] === undefined ? undefined : r.stringList(o['modifierLemmas'], `${where}.modifierLemmas`, LEMMA, LEMMA_NAME);
  if (lemma === undefined || predicate === undefined) return null;
  return { lemma, predicate, objectTypes, modifierLemmas };
}

function readSpeech(r: RawReader, value: unknown): SpeechCues {
  const o = r.object(value, 'speech', ['verbs', 'nouns', 'phrases']) ?? {};
  return {
    verbs: r.stringList(o['verbs'], 'speech.verbs', LEMMA, LEMMA_NAME),
    nouns: r.stringList(o['nouns'], 'speech.nouns', LEMMA, LEMMA_NAME),
    phrases: r.stringList(o['phrases'], 'speech.phrases', /^[a-z]+(?: [a-z]+)+$/, 'a lower-case phrase of two or more words'),
  };
}

function readNegation(r: RawReader, value: unknown): NegationCues {
  const fields = ['particles', 'denialVerbs', 'failureVerbs', 'rejectionVerbs', 'claimNouns'] as const;
  const o = r.object(value, 'negation', fields) ?? {};
  const list = (f: (typeof fields)[number]): string[] => r.stringList(o[f], `negation.${f}`, LEMMA, LEMMA_NAME);
  return { particles: list('particles'), denialVerbs: list('denialVerbs'), failureVerbs: list('failureVerbs'), rejectionVerbs: list('rejectionVerbs'), claimNouns: list('claimNouns') };
}

function readModality(r: RawReader, value: unknown): ModalityCues {
  const o = r.object(value, 'modality', MODALITY_SECTIONS) ?? {};
  const seen = new Map<string, { section: string; modality: Modality }>();
  const read = (section: (typeof MODALITY_SECTIONS)[number]): Map<string, Modality> => {
    const map = new Map<string, Modality>();
    const record = r.object(o[section], `modality.${section}`, Object.keys((o[section] as object | null) ?? {})) ?? {};
    for (const [lemma, v] of Object.entries(record)) {
      const where = `modality.${section}.${lemma}`;
      if (!LEMMA.test(lemma)) r.problem(where, `expected the key to be ${LEMMA_NAME}, found ${JSON.stringify(lemma)}`);
      const modality = r.oneOf(v, where, MODALITIES);
      if (modality === undefined) continue;
      const before = seen.get(lemma);
      if (before && before.modality !== modality) {
        r.problem(where, `expected the same modality as modality.${before.section}.${lemma} ("${before.modality}"), found "${modality}"`);
      }
      seen.set(lemma, { section, modality });
      map.set(lemma, modality);
    }
    return map;
  };
  return { modals: read('modals'), verbs: read('verbs'), adverbs: read('adverbs'), adjectives: read('adjectives') };
}

function checkReferences(r: RawReader, data: LexiconData): void {
  const byName = new Map<string, PredicateEntry>();
  for (const p of data.predicates) {
    if (byName.has(p.predicate)) r.problem(`predicate ${p.predicate}`, 'expected unique predicate names, found it defined twice');
    byName.set(p.predicate, p);
  }
  const named = new Set(data.roleNouns.map((n) => n.predicate));
  for (const p of data.predicates) checkEntryReferences(r, p, byName, named.has(p.predicate));
  data.roleNouns.forEach((n, i) => {
    const target = byName.get(n.predicate);
    if (!target) r.problem(`roleNouns[${i}] (${n.lemma})`, `expected a predicate defined in "predicates", found ${n.predicate}`);
    else if (target.supersededBy) r.problem(`roleNouns[${i}] (${n.lemma})`, `expected a current predicate, found ${n.predicate} (superseded by ${target.supersededBy})`);
  });
}

function checkEntryReferences(r: RawReader, p: PredicateEntry, byName: ReadonlyMap<string, PredicateEntry>, hasRoleNoun: boolean): void {
  const at = `predicate ${p.predicate}`;
  if (p.inverse !== undefined) {
    const inv = byName.get(p.inverse);
    if (!inv) r.problem(`${at}.inverse`, `expected a predicate defined in "predicates", found ${p.inverse}`);
    else if (inv.inverse !== p.predicate) r.problem(`${at}.inverse`, `expected ${p.inverse}.inverse to be ${p.predicate} (inverses are mutual), found ${inv.inverse ?? 'none'}`);
    if (p.symmetric) r.problem(`${at}.inverse`, `expected no inverse on a symmetric predicate (it is its own converse), found ${p.inverse}`);
    if (p.inverse === p.predicate) r.problem(`${at}.inverse`, 'expected another predicate, found the predicate itself (mark it symmetric instead)');
  }
  if (p.supersededBy !== undefined) {
    const target = byName.get(p.supersededBy);
    if (!target) r.problem(`${at}.supersededBy`, `expected a predicate defined in "predicates", found ${p.supersededBy}`);
    else if (target.supersededBy) r.problem(`${at}.supersededBy`, `expected a current predicate, found ${p.supersededBy} (itself superseded by ${target.supersededBy})`);
    if (p.triggers.length > 0) r.problem(`${at}.triggers`, `expected no triggers on a superseded predicate (new facts use ${p.supersededBy}), found ${p.triggers.length}`);
  } else if (p.triggers.length === 0 && !p.structural && !hasRoleNoun) {
    r.problem(`${at}.triggers`, 'expected at least one trigger, a role noun naming it, or "structural": true; found none');
  }
}

function checkConflicts(r: RawReader, data: LexiconData): void {
  const frames: LabelledFrame[] = [];
  data.predicates.forEach((p, i) => {
    p.triggers.forEach((t, j) => frames.push({ key: t, label: `predicates[${i}] (${p.predicate}).triggers[${j}]`, outcome: p.predicate }));
  });
  data.blocked.forEach((b, i) => frames.push({ key: b, label: `blocked[${i}]`, outcome: 'blocked' }));
  for (const problem of findFrameConflicts(frames)) r.problems.push(problem);
  checkRoleNounConflicts(r, data.roleNouns);
  checkDuplicates(r, 'lightVerbs', data.lightVerbs.map((v) => `${v.lemma} ${v.particle ?? ''}`.trim()));
}

function checkRoleNounConflicts(r: RawReader, nouns: readonly RoleNounEntry[]): void {
  const weight = (n: RoleNounEntry): number => (n.objectTypes ? 1 : 0) + (n.modifierLemmas ? 2 : 0);
  const overlap = (a?: readonly string[], b?: readonly string[]): boolean => a === undefined || b === undefined || a.some((x) => b.includes(x));
  nouns.forEach((a, i) => nouns.forEach((b, j) => {
    if (j <= i || a.lemma !== b.lemma || weight(a) !== weight(b)) return;
    if (overlap(a.objectTypes, b.objectTypes) && overlap(a.modifierLemmas, b.modifierLemmas)) {
      r.problem(`roleNouns[${i}] and roleNouns[${j}]`, `expected cues that tell "${a.lemma}" → ${a.predicate} from → ${b.predicate} apart, found equally specific overlapping cues`);
    }
  }));
}

function checkDuplicates(r: RawReader, where: string, keys: readonly string[]): void {
  keys.forEach((k, i) => {
    if (keys.indexOf(k) !== i) r.problem(`${where}[${i}]`, `expected each entry once, found "${k}" again`);
  });
}

/**
 * Checks a parsed lexicon file and returns it typed, with defaults filled in. Throws one
 * LexiconError listing every problem: malformed fields, unknown names, non-mutual inverses,
 * and frames whose cues cannot decide between two senses.
 */
export function validateLexicon(raw: unknown, source = 'predicates.json'): LexiconData {
  const r = new RawReader();
  const o = r.object(raw, '(top level)', TOP_FIELDS) ?? {};
  if (o['version'] !== 1) r.problem('version', `expected 1, found ${JSON.stringify(o['version'])}`);
  const data: LexiconData = {
    version: 1,
    predicates: r.array(o['predicates'], 'predicates').map((p, i) => readPredicate(r, p, `predicates[${i}]`)).filter((p): p is PredicateEntry => p !== null),
    blocked: r.array(o['blocked'], 'blocked').map((b, i) => readBlocked(r, b, `blocked[${i}]`)).filter((b): b is BlockedFrame => b !== null),
    lightVerbs: r.array(o['lightVerbs'], 'lightVerbs').map((v, i) => readLightVerb(r, v, `lightVerbs[${i}]`)).filter((v): v is LightVerbEntry => v !== null),
    roleNouns: r.array(o['roleNouns'], 'roleNouns').map((n, i) => readRoleNoun(r, n, `roleNouns[${i}]`)).filter((n): n is RoleNounEntry => n !== null),
    speech: readSpeech(r, o['speech']),
    negation: readNegation(r, o['negation']),
    modality: readModality(r, o['modality']),
  };
  checkReferences(r, data);
  checkConflicts(r, data);
  if (r.problems.length > 0) throw new LexiconError(source, r.problems);
  return data;
}
