import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PREDICATES } from '../../../../src/extraction/predicates.js';
import { loadPredicateLexicon } from '../../../../src/extraction/lexicon/PredicateLexicon.js';
import { validateLexicon } from '../../../../src/extraction/lexicon/validateLexicon.js';

const lexicon = loadPredicateLexicon();
const current = lexicon.data.predicates.filter((p) => p.supersededBy === undefined);
const names = new Set(lexicon.data.predicates.map((p) => p.predicate));

const REQUIRED = [
  'BORN_IN', 'DIED_IN', 'FOUNDED', 'ACQUIRE', 'MERGE_WITH', 'INVEST_IN', 'SUE', 'CHARGE', 'CONVICT', 'SENTENCE',
  'ARREST', 'EXTRADITE', 'KILL', 'ATTACK', 'APPOINT', 'RESIGN_FROM', 'ELECT', 'DEFEAT', 'SIGN', 'TRANSFER', 'AWARD',
  'RECEIVE', 'RELEASE', 'STAR_IN', 'DIRECT', 'WRITE', 'MEET', 'VISIT', 'PROTEST', 'SANCTION', 'LAUNCH', 'TEST',
  'LEADER_OF', 'HOLDS_ROLE', 'MEMBER_OF', 'WORKS_FOR', 'PART_OF', 'LOCATED_IN', 'OWN', 'LIVES_IN', 'CITIZEN_OF',
  'EMPLOY', 'HIRE', 'FIRE_FROM', 'INJURE', 'KIDNAP', 'RELEASE_FROM', 'ACQUIT', 'PARDON', 'INVESTIGATE', 'RAID',
  'SEIZE', 'SCORE_AGAINST', 'PLAY_FOR', 'COACH', 'NOMINATE', 'WIN', 'PUBLISH', 'PRODUCE', 'PERFORM_AT', 'DISCOVER',
  'STUDY', 'PARTNER_WITH', 'FUND', 'LOAN_TO', 'BAN', 'VOTE_FOR', 'VOTE_AGAINST', 'APPROVE', 'REJECT',
];

describe('the shipped predicate lexicon', () => {
  it('validates (re-checked from the raw file, not just the cached load)', () => {
    const raw: unknown = JSON.parse(readFileSync(new URL('../../../../src/extraction/lexicon/predicates.json', import.meta.url), 'utf8'));
    expect(() => validateLexicon(raw)).not.toThrow();
    expect(validateLexicon(raw).predicates.length).toBe(lexicon.data.predicates.length);
  });

  it('has at least 90 current predicate types, named in UPPER_SNAKE', () => {
    expect(current.length).toBeGreaterThanOrEqual(90);
    for (const p of lexicon.data.predicates) expect(p.predicate).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });

  it('has every predicate news extraction requires, each current and reachable', () => {
    const roleNounTargets = new Set(lexicon.data.roleNouns.map((n) => n.predicate));
    for (const name of REQUIRED) {
      const entry = lexicon.definitionOf(name);
      expect(entry, name).toBeDefined();
      expect(entry?.supersededBy, name).toBeUndefined();
      expect(entry!.triggers.length > 0 || roleNounTargets.has(name), `${name} has a trigger or role noun`).toBe(true);
    }
  });

  it('keeps every predicate of the old ontology, so stored graphs and the GraphQL ontology stay valid', () => {
    const missing = PREDICATES.map((p) => p.predicate).filter((n) => !names.has(n));
    expect(missing).toEqual([]);
    for (const old of PREDICATES) {
      expect(lexicon.definitionOf(old.predicate)?.symmetric, old.predicate).toBe(old.symmetric === true);
    }
  });

  it('maps superseded names to a current successor', () => {
    const superseded = lexicon.data.predicates.filter((p) => p.supersededBy !== undefined);
    expect(superseded.map((p) => p.predicate).sort()).toEqual(['FIRE_EMPLOYEE', 'INVEST']);
    expect(lexicon.currentName('INVEST')).toBe('INVEST_IN');
    expect(lexicon.currentName('FIRE_EMPLOYEE')).toBe('FIRE_FROM');
    expect(lexicon.currentName('MEET')).toBe('MEET');
    expect(lexicon.currentName('BAMBOOZLE')).toBe('BAMBOOZLE');
  });

  it('gives converse pairs in both directions and no lookup ever yields a superseded name', () => {
    expect(lexicon.definitionOf('EMPLOY')?.inverse).toBe('WORKS_FOR');
    expect(lexicon.definitionOf('WORKS_FOR')?.inverse).toBe('EMPLOY');
    expect(lexicon.definitionOf('PART_OF')?.inverse).toBe('CONTAIN');
    for (const p of lexicon.data.predicates) {
      if (p.supersededBy) expect(p.triggers).toEqual([]);
    }
  });

  it('has over 400 trigger frames and each light verb passes on an event noun the lexicon knows', () => {
    const frames = lexicon.data.predicates.reduce((n, p) => n + p.triggers.length, 0);
    expect(frames).toBeGreaterThan(400);
    expect(lexicon.isLightVerb('hold')).toBe(true);
    expect(lexicon.isLightVerb('carry', 'out')).toBe(true);
    expect(lexicon.isLightVerb('carry')).toBe(false);
    expect(lexicon.lookup({ lemma: 'talk', pos: 'NOUN', prep: 'with' })?.predicate).toBe('MEET');
  });
});

describe('shipping the lexicon with the build', () => {
  it('is part of the TypeScript program, so `npm run build` copies it next to the loader in dist/', async () => {
    const ts = (await import('typescript')).default;
    const root = fileURLToPath(new URL('../../../../', import.meta.url));
    const configPath = path.join(root, 'tsconfig.json');
    const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    expect(parsed.options.resolveJsonModule).toBe(true);
    const json = path.join(root, 'src', 'extraction', 'lexicon', 'predicates.json');
    expect(parsed.fileNames.map((f) => path.resolve(f))).toContain(json);
    expect(path.relative(parsed.options.rootDir!, json)).toBe(path.join('extraction', 'lexicon', 'predicates.json'));
  });
});
