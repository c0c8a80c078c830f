import { describe, expect, it } from 'vitest';
import { LexiconError } from '../../../../src/extraction/lexicon/LexiconError.js';
import { createPredicateLexicon } from '../../../../src/extraction/lexicon/PredicateLexicon.js';
import { validateLexicon } from '../../../../src/extraction/lexicon/validateLexicon.js';

type Json = Record<string, unknown>;

/** A small valid lexicon; each test breaks one thing in a copy. */
function base(): Json {
  return {
    version: 1,
    predicates: [
      { predicate: 'MEET', description: 'meets', symmetric: true, triggers: [{ lemma: 'meet', pos: 'VERB' }, { lemma: 'talk', pos: 'NOUN', prep: 'with' }] },
      { predicate: 'EMPLOY', description: 'employs', symmetric: false, inverse: 'WORKS_FOR', triggers: [{ lemma: 'employ', pos: 'VERB', objectTypes: ['PERSON'] }] },
      { predicate: 'WORKS_FOR', description: 'works for', symmetric: false, inverse: 'EMPLOY', triggers: [{ lemma: 'work', pos: 'VERB', prep: 'for' }] },
      { predicate: 'USE', description: 'uses', symmetric: false, triggers: [{ lemma: 'employ', pos: 'VERB' }] },
      { predicate: 'BORN_IN', description: 'born in', symmetric: false, triggers: [
        { lemma: 'bear', pos: 'VERB', prep: 'in', passive: 'only', roles: { subject: 'nsubj:pass', object: 'obl:in' }, objectTypes: ['GPE'] },
      ] },
      { predicate: 'LEADER_OF', description: 'leads', symmetric: false, triggers: [] },
    ],
    blocked: [{ lemma: 'run', pos: 'VERB', prep: 'in', reason: 'a race' }],
    lightVerbs: [{ lemma: 'hold' }],
    roleNouns: [{ lemma: 'president', predicate: 'LEADER_OF' }],
    speech: { verbs: ['say'], nouns: ['statement'], phrases: ['according to'] },
    negation: { particles: ['not'], denialVerbs: ['deny'], failureVerbs: ['fail'], rejectionVerbs: ['reject'], claimNouns: ['allegation'] },
    modality: { modals: { could: 'possible' }, verbs: { plan: 'planned' }, adverbs: { allegedly: 'alleged' }, adjectives: { alleged: 'alleged' } },
  };
}

function predicates(lexicon: Json): Json[] {
  return lexicon['predicates'] as Json[];
}

function triggersOf(lexicon: Json, name: string): Json[] {
  return predicates(lexicon).find((p) => p['predicate'] === name)!['triggers'] as Json[];
}

/** The problems validation reports for a lexicon (fails the test when it validates). */
function problemsOf(lexicon: Json): readonly string[] {
  try {
    validateLexicon(lexicon, 'test.json');
  } catch (err) {
    expect(err).toBeInstanceOf(LexiconError);
    return (err as LexiconError).problems;
  }
  throw new Error('expected the lexicon to be rejected, but it validated');
}

describe('validateLexicon', () => {
  it('accepts a well-formed lexicon and fills in default roles', () => {
    const data = validateLexicon(base());
    const meet = data.predicates[0]!.triggers;
    expect(meet[0]!.roles).toEqual({ subject: { dep: 'nsubj' }, object: { dep: 'obj' } });
    expect(meet[1]!.roles).toEqual({ subject: { dep: 'nmod:poss' }, object: { dep: 'nmod', case: 'with' } });
    expect(meet[0]!.passive).toBe('standard');
  });

  it('detects two senses of one lemma that no cue tells apart', () => {
    const lexicon = base();
    triggersOf(lexicon, 'USE').push({ lemma: 'employ', pos: 'VERB', objectTypes: ['PERSON', 'ORGANIZATION'] });
    const problems = problemsOf(lexicon);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/predicates\[1\] \(EMPLOY\)\.triggers\[0\] → EMPLOY and predicates\[3\] \(USE\)\.triggers\[1\] → USE: VERB "employ" maps to both/);
  });

  it('detects a conflict between a trigger and a blocked sense, and between variants', () => {
    const lexicon = base();
    triggersOf(lexicon, 'LEADER_OF').push({ lemma: 'run', pos: 'VERB', prep: 'in' });
    triggersOf(lexicon, 'USE').push({ lemma: 'utilise', pos: 'VERB', variants: ['meet'] });
    const problems = problemsOf(lexicon);
    expect(problems.some((p) => /predicates\[5\] \(LEADER_OF\)\.triggers\[0\] → LEADER_OF \(prep \"in\"\) and blocked\[0\] → blocked \(prep \"in\"\)/.test(p))).toBe(true);
    expect(problems.some((p) => /MEET.*USE.*"meet"/.test(p))).toBe(true);
  });

  it('accepts the same lemma when types, voice or specificity decide', () => {
    const lexicon = base();
    triggersOf(lexicon, 'LEADER_OF').push({ lemma: 'run', pos: 'VERB', prep: 'in', objectTypes: ['ORGANIZATION'] });
    triggersOf(lexicon, 'USE').push({ lemma: 'bear', pos: 'VERB', prep: 'in', passive: 'none' });
    triggersOf(lexicon, 'MEET').push({ lemma: 'employ', pos: 'VERB', subjectTypes: ['GPE'], objectTypes: ['PERSON'] });
    expect(() => validateLexicon(lexicon)).not.toThrow();
  });

  it('flags equally specific cues on different dimensions as a conflict', () => {
    const lexicon = base();
    triggersOf(lexicon, 'MEET').push({ lemma: 'employ', pos: 'VERB', subjectTypes: ['GPE'] });
    expect(problemsOf(lexicon).join('\n')).toMatch(/EMPLOY.*MEET|MEET.*EMPLOY/);
  });

  it('names the entry and says what was expected and found for malformed fields', () => {
    const lexicon = base();
    triggersOf(lexicon, 'MEET').push({ lemma: 'Meet ', pos: 'VB', objectType: ['PERSON'] });
    predicates(lexicon)[1]!['symmetric'] = 'no';
    const text = problemsOf(lexicon).join('\n');
    expect(text).toMatch(/predicates\[0\] \(MEET\)\.triggers\[2\]: unknown field "objectType"/);
    expect(text).toMatch(/predicates\[0\] \(MEET\)\.triggers\[2\]\.lemma: expected a lower-case lemma .* found the string "Meet "/);
    expect(text).toMatch(/triggers\[2\]\.pos: expected one of VERB, NOUN, found the string "VB"/);
    expect(text).toMatch(/predicates\[1\] \(EMPLOY\)\.symmetric: expected true or false, found the string "no"/);
  });

  it('checks roles: known argument names, the frame\'s preposition, and passive-only frames stating theirs', () => {
    const lexicon = base();
    const t = triggersOf(lexicon, 'BORN_IN');
    t.push({ lemma: 'bear', pos: 'VERB', prep: 'at', passive: 'only' });
    t.push({ lemma: 'native', pos: 'VERB', prep: 'of', roles: { subject: 'nsubj', object: 'obl:in' } });
    t.push({ lemma: 'hail', pos: 'VERB', roles: { subject: 'nsubj', object: 'dobj' } });
    t.push({ lemma: 'greet', pos: 'VERB', roles: { subject: 'nsubj:pass', object: 'obj' } });
    const text = problemsOf(lexicon).join('\n');
    expect(text).toMatch(/triggers\[1\]\.roles: expected roles on a passive-only frame/);
    expect(text).toMatch(/triggers\[2\]\.roles\.object: expected the preposition of the frame \(of\), found obl:in/);
    expect(text).toMatch(/triggers\[3\]\.roles\.object: expected nsubj, nsubj:pass, .* found the string "dobj"/);
    expect(text).toMatch(/triggers\[4\]\.roles\.subject: expected one of nsubj, obj, iobj, obl .* found nsubj:pass/);
  });

  it('checks references: inverses mutual, successors current, role nouns naming known predicates', () => {
    const lexicon = base();
    predicates(lexicon)[2]!['inverse'] = 'MEET';
    predicates(lexicon).push({ predicate: 'HIRE_OLD', description: 'old', symmetric: false, supersededBy: 'HIRE', triggers: [{ lemma: 'hire', pos: 'VERB' }] });
    (lexicon['roleNouns'] as Json[]).push({ lemma: 'boss', predicate: 'BOSS_OF' });
    const text = problemsOf(lexicon).join('\n');
    expect(text).toMatch(/predicate EMPLOY\.inverse: expected WORKS_FOR\.inverse to be EMPLOY \(inverses are mutual\), found MEET/);
    expect(text).toMatch(/predicate WORKS_FOR\.inverse: expected no inverse on a symmetric predicate|predicate WORKS_FOR\.inverse: expected MEET\.inverse to be WORKS_FOR/);
    expect(text).toMatch(/predicate HIRE_OLD\.supersededBy: expected a predicate defined in "predicates", found HIRE/);
    expect(text).toMatch(/predicate HIRE_OLD\.triggers: expected no triggers on a superseded predicate/);
    expect(text).toMatch(/roleNouns\[1\] \(boss\): expected a predicate defined in "predicates", found BOSS_OF/);
  });

  it('requires a way to produce each current predicate and unique names', () => {
    const lexicon = base();
    lexicon['roleNouns'] = [];
    predicates(lexicon).push({ predicate: 'MEET', description: 'again', symmetric: true, triggers: [{ lemma: 'confer', pos: 'VERB', prep: 'with' }] });
    const text = problemsOf(lexicon).join('\n');
    expect(text).toMatch(/predicate LEADER_OF\.triggers: expected at least one trigger, a role noun naming it, or "structural": true/);
    expect(text).toMatch(/predicate MEET: expected unique predicate names/);
  });

  it('checks the cue sections: modality values, agreement across sections, duplicates', () => {
    const lexicon = base();
    lexicon['modality'] = { modals: { could: 'maybe' }, verbs: { plan: 'planned' }, adverbs: { plan: 'possible' }, adjectives: {} };
    (lexicon['speech'] as Json)['verbs'] = ['say', 'say'];
    lexicon['lightVerbs'] = [{ lemma: 'hold' }, { lemma: 'hold' }];
    const text = problemsOf(lexicon).join('\n');
    expect(text).toMatch(/modality\.modals\.could: expected one of possible, .* found the string "maybe"/);
    expect(text).toMatch(/modality\.adverbs\.plan: expected the same modality as modality\.verbs\.plan \("planned"\), found "possible"/);
    expect(text).toMatch(/speech\.verbs\[1\]: "say" is listed twice/);
    expect(text).toMatch(/lightVerbs\[1\]: expected each entry once, found "hold" again/);
  });

  it('rejects input that is not a lexicon at all, with one clear error', () => {
    expect(() => createPredicateLexicon([1, 2], 'list.json')).toThrow(/predicate lexicon list\.json is invalid .*\n.*\(top level\): expected an object, found an array of 2/);
    expect(() => createPredicateLexicon({ ...base(), version: 2 })).toThrow(/version: expected 1, found 2/);
    const err = (() => {
      try {
        createPredicateLexicon(null, 'null.json');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(LexiconError);
    expect((err as LexiconError).code).toBe('CONFIG_ERROR');
    expect((err as LexiconError).details['source']).toBe('null.json');
  });
});
