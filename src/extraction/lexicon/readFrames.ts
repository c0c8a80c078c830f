import type { RawReader } from './RawReader.js';
import {
  LEXICON_ENTITY_TYPES, PASSIVE_MODES, TRIGGER_POS,
  type ArgumentRole, type BlockedFrame, type FrameKey, type FrameRoles, type TriggerFrame, type TriggerPos,
} from './lexiconTypes.js';

export const LEMMA = /^[a-z](?:[a-z'-]*[a-z])?$/;
export const LEMMA_NAME = 'a lower-case lemma as wink-nlp gives it (letters, hyphen, apostrophe)';
const WORD = /^[a-z]+$/;
const WORD_NAME = 'one lower-case word';
const ROLE = /^(nsubj|nsubj:pass|agent|obj|iobj|nmod:poss|obl:[a-z]+|nmod:[a-z]+)$/;
const ROLE_NAME = 'nsubj, nsubj:pass, agent, obj, iobj, nmod:poss, obl:<prep> or nmod:<prep>';

const KEY_FIELDS = ['lemma', 'pos', 'particle', 'prep', 'passive', 'variants', 'subjectTypes', 'objectTypes', 'objectLemmas'];
const TRIGGER_FIELDS = [...KEY_FIELDS, 'roles', 'confidencePrior'];
const BLOCKED_FIELDS = [...KEY_FIELDS, 'reason'];

/** "obl:in" → {dep: 'obl', case: 'in'}; "nsubj:pass" stays whole. */
export function parseRole(text: string): ArgumentRole {
  const m = /^(obl|nmod):([a-z]+)$/.exec(text);
  if (m && m[2] !== 'poss') return { dep: m[1] as 'obl' | 'nmod', case: m[2]! };
  return { dep: text as ArgumentRole['dep'] };
}

export function formatRole(role: ArgumentRole): string {
  return role.case === undefined ? role.dep : `${role.dep}:${role.case}`;
}

/** Roles a frame gets when it states none. */
export function defaultRoles(pos: TriggerPos, prep: string | undefined): FrameRoles {
  if (pos === 'NOUN') return { subject: { dep: 'nmod:poss' }, object: { dep: 'nmod', case: prep ?? 'of' } };
  return { subject: { dep: 'nsubj' }, object: prep === undefined ? { dep: 'obj' } : { dep: 'obl', case: prep } };
}

function readKey(r: RawReader, o: Record<string, unknown>, where: string): FrameKey | null {
  const lemma = r.string(o['lemma'], `${where}.lemma`, LEMMA, LEMMA_NAME);
  const pos = r.oneOf(o['pos'], `${where}.pos`, TRIGGER_POS);
  const particle = r.optionalString(o['particle'], `${where}.particle`, WORD, WORD_NAME);
  const prep = r.optionalString(o['prep'], `${where}.prep`, WORD, WORD_NAME);
  const passive = o['passive'] === undefined ? 'standard' : r.oneOf(o['passive'], `${where}.passive`, PASSIVE_MODES);
  const variants = o['variants'] === undefined ? [] : r.stringList(o['variants'], `${where}.variants`, LEMMA, LEMMA_NAME);
  const subjectTypes = r.optionalList(o['subjectTypes'], `${where}.subjectTypes`, LEXICON_ENTITY_TYPES);
  const objectTypes = r.optionalList(o['objectTypes'], `${where}.objectTypes`, LEXICON_ENTITY_TYPES);
  const objectLemmas = o['objectLemmas'] === undefined ? undefined : r.stringList(o['objectLemmas'], `${where}.objectLemmas`, LEMMA, LEMMA_NAME);
  if (lemma === undefined || pos === undefined || passive === undefined) return null;
  if (variants.includes(lemma)) r.problem(`${where}.variants`, `expected lemmas other than the frame's own lemma "${lemma}", found it listed`);
  if (pos === 'NOUN') {
    if (particle !== undefined) r.problem(`${where}.particle`, `expected no particle on a NOUN frame, found "${particle}"`);
    if (passive !== 'standard') r.problem(`${where}.passive`, `expected no passive mode on a NOUN frame, found "${passive}"`);
    if (prep === 'of') r.problem(`${where}.prep`, 'expected no prep "of" on a NOUN frame ("of" is the default object of an event noun), found "of"');
  }
  return { lemma, pos, particle, prep, passive, variants, subjectTypes, objectTypes, objectLemmas };
}

function readRoles(r: RawReader, value: unknown, where: string, key: FrameKey): FrameRoles | null {
  if (value === undefined) {
    if (key.passive === 'only') r.problem(where, 'expected roles on a passive-only frame (say which passive argument is subject and object), found none');
    return defaultRoles(key.pos, key.prep);
  }
  const o = r.object(value, where, ['subject', 'object']);
  if (o === null) return null;
  const subject = r.string(o['subject'], `${where}.subject`, ROLE, ROLE_NAME);
  const object = r.string(o['object'], `${where}.object`, ROLE, ROLE_NAME);
  if (subject === undefined || object === undefined) return null;
  const roles = { subject: parseRole(subject), object: parseRole(object) };
  checkRoles(r, roles, where, key);
  return roles;
}

function checkRoles(r: RawReader, roles: FrameRoles, where: string, key: FrameKey): void {
  const list = [roles.subject, roles.object];
  const names = list.map(formatRole);
  if (names[0] === names[1]) r.problem(where, `expected subject and object to be different arguments, found both ${names[0]}`);
  const allowed = key.pos === 'NOUN'
    ? ['nmod:poss', 'nmod']
    : key.passive === 'only' ? ['nsubj:pass', 'agent', 'obl', 'iobj'] : ['nsubj', 'obj', 'iobj', 'obl'];
  list.forEach((role, i) => {
    if (!allowed.includes(role.dep)) {
      const kind = key.pos === 'NOUN' ? 'a NOUN frame' : key.passive === 'only' ? 'a passive-only frame' : 'an active frame (passives are derived)';
      r.problem(`${where}.${i === 0 ? 'subject' : 'object'}`, `expected one of ${allowed.join(', ')} (<prep>) in ${kind}, found ${names[i]}`);
    }
    const expectedCase = key.pos === 'NOUN' ? key.prep ?? 'of' : key.prep;
    if (role.case !== undefined && role.case !== expectedCase) {
      r.problem(`${where}.${i === 0 ? 'subject' : 'object'}`, `expected the preposition of the frame (${expectedCase ?? 'none'}), found ${names[i]}`);
    }
  });
  if (key.prep !== undefined && !list.some((role) => role.case === key.prep)) {
    r.problem(where, `expected one role to name the frame's prep "${key.prep}" (obl:${key.prep}/nmod:${key.prep}), found ${names.join(' and ')}`);
  }
}

export function readTrigger(r: RawReader, value: unknown, where: string): TriggerFrame | null {
  const o = r.object(value, where, TRIGGER_FIELDS);
  if (o === null) return null;
  const key = readKey(r, o, where);
  if (key === null) return null;
  const roles = readRoles(r, o['roles'], `${where}.roles`, key);
  const prior = o['confidencePrior'];
  if (prior !== undefined && (typeof prior !== 'number' || !(prior > 0 && prior <= 1))) {
    r.problem(`${where}.confidencePrior`, `expected a number in (0, 1], found ${JSON.stringify(prior)}`);
  }
  if (roles === null) return null;
  return { ...key, roles, ...(typeof prior === 'number' ? { confidencePrior: prior } : {}) };
}

export function readBlocked(r: RawReader, value: unknown, where: string): BlockedFrame | null {
  const o = r.object(value, where, BLOCKED_FIELDS);
  if (o === null) return null;
  const key = readKey(r, o, where);
  const reason = r.string(o['reason'], `${where}.reason`);
  if (key === null || reason === undefined) return null;
  return { ...key, reason };
}
