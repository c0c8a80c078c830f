import { describe, expect, it } from 'vitest';
import { formatRole } from '../../../../src/extraction/lexicon/readFrames.js';
import { loadPredicateLexicon, type LexiconQuery } from '../../../../src/extraction/lexicon/PredicateLexicon.js';

const lexicon = loadPredicateLexicon();

/** What a query should give: a predicate with "subject-role → object-role", 'blocked', or null. */
type Expected = [predicate: string, roles: string] | 'blocked' | null;

// Each row: a sentence of our own, the query the rules would make for it, and the expected sense.
const CASES: ReadonlyArray<[string, LexiconQuery, Expected]> = [
  ['Kim met Putin.', { lemma: 'meet', pos: 'VERB', subjectType: 'PERSON', objectType: 'PERSON' }, ['MEET', 'nsubj → obj']],
  ['Putin met with Kim.', { lemma: 'Meet', pos: 'VERB', prep: 'with' }, ['MEET', 'nsubj → obl:with']],
  ['Porto signed Lucas Ferreira.', { lemma: 'sign', pos: 'VERB', subjectType: 'ORGANIZATION', objectType: 'PERSON' }, ['SIGN', 'nsubj → obj']],
  ['Ferreira was signed by Porto.', { lemma: 'sign', pos: 'VERB', passive: true, subjectType: 'PERSON', objectType: 'ORGANIZATION' }, ['SIGN', 'agent → nsubj:pass']],
  ['Ferreira signed for Porto.', { lemma: 'sign', pos: 'VERB', prep: 'for', subjectType: 'PERSON', objectType: 'ORGANIZATION' }, ['SIGN', 'obl:for → nsubj']],
  ['Ferreira signed for Brazil\'s under-21s (a GPE is no club).', { lemma: 'sign', pos: 'VERB', prep: 'for', subjectType: 'PERSON', objectType: 'GPE' }, null],
  ['The two states signed a treaty.', { lemma: 'sign', pos: 'VERB', subjectType: 'GPE', objectType: 'WORK' }, ['SIGN', 'nsubj → obj']],
  ['Ana Ruiz runs Brindle Foods.', { lemma: 'run', pos: 'VERB', subjectType: 'PERSON', objectType: 'ORGANIZATION' }, ['LEADER_OF', 'nsubj → obj']],
  ['She ran in Birmingham.', { lemma: 'run', pos: 'VERB', prep: 'in', subjectType: 'PERSON', objectType: 'GPE' }, 'blocked'],
  ['He ran for mayor.', { lemma: 'run', pos: 'VERB', prep: 'for' }, 'blocked'],
  ['He ran a marathon.', { lemma: 'run', pos: 'VERB', subjectType: 'PERSON' }, null],
  ['She was made an OBE.', { lemma: 'make', pos: 'VERB', passive: true, subjectType: 'PERSON', objectLemma: 'OBE' }, ['AWARD', 'agent → nsubj:pass']],
  ['He was made captain.', { lemma: 'make', pos: 'VERB', passive: true, subjectType: 'PERSON', objectLemma: 'captain' }, 'blocked'],
  ['Airbus made the A380.', { lemma: 'make', pos: 'VERB', subjectType: 'ORGANIZATION', objectType: 'PRODUCT' }, ['DEVELOP', 'nsubj → obj']],
  ['Spielberg made Jaws.', { lemma: 'make', pos: 'VERB', subjectType: 'PERSON', objectType: 'WORK' }, ['PRODUCE', 'nsubj → obj']],
  ['Gunmen kidnapped the engineer.', { lemma: 'kidnap', pos: 'VERB', objectType: 'PERSON' }, ['KIDNAP', 'nsubj → obj']],
  ['The engineer was kidnapped.', { lemma: 'kidnap', pos: 'VERB', passive: true, subjectType: 'PERSON' }, ['KIDNAP', 'agent → nsubj:pass']],
  ['The engineer was kidnapped in Iraq (Iraq is no object).', { lemma: 'kidnap', pos: 'VERB', passive: true, prep: 'in', subjectType: 'PERSON', objectType: 'GPE' }, null],
  ['Arsenal lost to Chelsea.', { lemma: 'lose', pos: 'VERB', prep: 'to', subjectType: 'ORGANIZATION', objectType: 'ORGANIZATION' }, ['DEFEAT', 'obl:to → nsubj']],
  ['The ring was lost to history.', { lemma: 'lose', pos: 'VERB', prep: 'to', passive: true }, 'blocked'],
  ['Lyon won against Nantes.', { lemma: 'win', pos: 'VERB', prep: 'against' }, ['DEFEAT', 'nsubj → obl:against']],
  ['She won the Booker Prize.', { lemma: 'win', pos: 'VERB', objectType: 'EVENT' }, ['WIN', 'nsubj → obj']],
  ['She was born in Paris.', { lemma: 'bear', pos: 'VERB', passive: true, prep: 'in', subjectType: 'PERSON', objectType: 'GPE' }, ['BORN_IN', 'nsubj:pass → obl:in']],
  ['She was born in 1990.', { lemma: 'bear', pos: 'VERB', passive: true, prep: 'in', subjectType: 'PERSON' }, 'blocked'],
  ['She bore a son in Paris.', { lemma: 'bear', pos: 'VERB', prep: 'in', objectType: 'GPE' }, null],
  ['He died in Rome.', { lemma: 'die', pos: 'VERB', prep: 'in', subjectType: 'PERSON', objectType: 'GPE' }, ['DIED_IN', 'nsubj → obl:in']],
  ['He died in a crash.', { lemma: 'die', pos: 'VERB', prep: 'in', subjectType: 'PERSON', objectType: 'EVENT' }, 'blocked'],
  ['The junta released the journalists.', { lemma: 'release', pos: 'VERB', subjectType: 'ORGANIZATION', objectType: 'PERSON' }, ['RELEASE_FROM', 'nsubj → obj']],
  ['The band released Night Drive.', { lemma: 'release', pos: 'VERB', subjectType: 'ORGANIZATION', objectType: 'WORK' }, ['RELEASE', 'nsubj → obj']],
  ['The club fired its coach.', { lemma: 'fire', pos: 'VERB', subjectType: 'ORGANIZATION', objectType: 'PERSON' }, ['FIRE_FROM', 'nsubj → obj']],
  ['The navy fired two missiles.', { lemma: 'fire', pos: 'VERB', subjectType: 'ORGANIZATION', objectType: 'WEAPON' }, ['FIRE', 'nsubj → obj']],
  ['Mora was fired from Chelsea.', { lemma: 'fire', pos: 'VERB', passive: true, prep: 'from', subjectType: 'PERSON', objectType: 'ORGANIZATION' }, ['FIRE_FROM', 'obl:from → nsubj:pass']],
  ['Missiles were fired from a submarine.', { lemma: 'fire', pos: 'VERB', passive: true, prep: 'from', subjectType: 'WEAPON', objectType: 'VEHICLE' }, null],
  ['Putin received Kim.', { lemma: 'receive', pos: 'VERB', subjectType: 'PERSON', objectType: 'PERSON' }, ['HOST', 'nsubj → obj']],
  ['She received the award.', { lemma: 'receive', pos: 'VERB', subjectType: 'PERSON' }, ['RECEIVE', 'nsubj → obj']],
  ['The mill employs 300 people.', { lemma: 'employ', pos: 'VERB', objectType: 'PERSON' }, ['EMPLOY', 'nsubj → obj']],
  ['The army employed drones.', { lemma: 'employ', pos: 'VERB', objectType: 'WEAPON' }, ['USE', 'nsubj → obj']],
  ['The jury found Sato guilty.', { lemma: 'find', pos: 'VERB', objectType: 'PERSON', objectLemma: 'guilty' }, ['CONVICT', 'nsubj → obj']],
  ['Police found the car.', { lemma: 'find', pos: 'VERB', objectType: 'VEHICLE' }, null],
  ['Ferreira moved to Porto.', { lemma: 'move', pos: 'VERB', prep: 'to', subjectType: 'PERSON', objectType: 'ORGANIZATION' }, ['TRANSFER', 'nsubj → obl:to']],
  ['The family moved to Lisbon.', { lemma: 'move', pos: 'VERB', prep: 'to', objectType: 'GPE' }, ['TRAVEL', 'nsubj → obl:to']],
  ['The minister headed to Paris.', { lemma: 'head', pos: 'VERB', prep: 'to', objectType: 'GPE' }, ['TRAVEL', 'nsubj → obl:to']],
  ['She heads the agency.', { lemma: 'head', pos: 'VERB', objectType: 'ORGANIZATION' }, ['LEADER_OF', 'nsubj → obj']],
  ['Japan lodged a protest against North Korea.', { lemma: 'protest', pos: 'NOUN', prep: 'against' }, ['PROTEST', 'nmod:poss → nmod:against']],
  ["Russia's invasion of Ukraine", { lemma: 'invasion', pos: 'NOUN', prep: 'of' }, ['INVADE', 'nmod:poss → nmod:of']],
  ['They took part in the Olympics.', { lemma: 'take', pos: 'VERB', prep: 'in', objectLemma: 'part', objectType: 'EVENT' }, ['PARTICIPATE_IN', 'nsubj → obl:in']],
  ['Vela took over Brindle Foods.', { lemma: 'take', pos: 'VERB', particle: 'over', objectType: 'ORGANIZATION' }, ['ACQUIRE', 'nsubj → obj']],
  ['She stepped down from the board.', { lemma: 'step', pos: 'VERB', particle: 'down', prep: 'from' }, ['RESIGN_FROM', 'nsubj → obl:from']],
  ['He served as minister.', { lemma: 'serve', pos: 'VERB', prep: 'as' }, ['HOLDS_ROLE', 'nsubj → obl:as']],
  ['Vela is based in Lyon.', { lemma: 'base', pos: 'VERB', passive: true, prep: 'in', objectType: 'GPE' }, ['LOCATED_IN', 'nsubj:pass → obl:in']],
  ['The film is based on a novel.', { lemma: 'base', pos: 'VERB', passive: true, prep: 'on' }, null],
  ['Vela was acquired by Brindle.', { lemma: 'acquire', pos: 'VERB', passive: true, subjectType: 'ORGANIZATION', objectType: 'ORGANIZATION' }, ['ACQUIRE', 'agent → nsubj:pass']],
  ['Gates co-founded Microsoft.', { lemma: 'co-founded', pos: 'VERB', objectType: 'ORGANIZATION' }, ['FOUNDED', 'nsubj → obj']],
  ['She played in Hamlet.', { lemma: 'play', pos: 'VERB', prep: 'in', objectType: 'WORK' }, ['STAR_IN', 'nsubj → obl:in']],
  ['He plays for Porto.', { lemma: 'play', pos: 'VERB', prep: 'for', objectType: 'ORGANIZATION' }, ['PLAY_FOR', 'nsubj → obl:for']],
  ['The band played at Glastonbury.', { lemma: 'play', pos: 'VERB', prep: 'at', objectType: 'EVENT' }, ['PERFORM_AT', 'nsubj → obl:at']],
  ['He left Moscow.', { lemma: 'leave', pos: 'VERB', objectType: 'GPE' }, ['TRAVEL', 'nsubj → obj']],
  ['He left the party.', { lemma: 'leave', pos: 'VERB', objectType: 'ORGANIZATION' }, ['QUIT', 'nsubj → obj']],
  ['Moscow was left behind (TRAVEL\'s leave frame is active only).', { lemma: 'leave', pos: 'VERB', passive: true, subjectType: 'GPE' }, null],
];

function describeSense(q: LexiconQuery): Expected {
  const sense = lexicon.senseOf(q);
  if (sense.kind === 'blocked') return 'blocked';
  if (sense.kind === 'unknown') return null;
  return [sense.match.predicate, `${formatRole(sense.match.roles.subject)} → ${formatRole(sense.match.roles.object)}`];
}

describe('sense cues select the predicate and roles', () => {
  it.each(CASES)('%s', (_sentence, query, expected) => {
    expect(describeSense(query)).toEqual(expected);
  });

  it('returns null from lookup for blocked and unknown senses alike, with the reason available', () => {
    expect(lexicon.lookup({ lemma: 'run', pos: 'VERB', prep: 'in' })).toBeNull();
    const sense = lexicon.senseOf({ lemma: 'run', pos: 'VERB', prep: 'in' });
    expect(sense.kind === 'blocked' && sense.reason).toMatch(/Birmingham/);
    expect(lexicon.lookup({ lemma: 'bamboozle', pos: 'VERB' })).toBeNull();
  });

  it('reports symmetry, converses and confidence priors', () => {
    expect(lexicon.lookup({ lemma: 'meet', pos: 'VERB' })).toMatchObject({ symmetric: true });
    expect(lexicon.lookup({ lemma: 'employ', pos: 'VERB', objectType: 'PERSON' })).toMatchObject({ predicate: 'EMPLOY', symmetric: false, inverse: 'WORKS_FOR' });
    expect(lexicon.lookup({ lemma: 'sign', pos: 'VERB', subjectType: 'ORGANIZATION', objectType: 'PERSON' })?.confidencePrior).toBe(0.85);
    expect(lexicon.lookup({ lemma: 'sign', pos: 'VERB' })?.confidencePrior).toBeUndefined();
  });

  it('lists the prepositions that can introduce a trigger\'s relation argument', () => {
    expect(lexicon.argumentPreps('meet', 'VERB')).toEqual(['with']);
    expect(lexicon.argumentPreps('play', 'VERB')).toEqual(['against', 'at', 'for', 'in']);
    expect(lexicon.argumentPreps('step', 'VERB', 'down')).toEqual(['from']);
    expect(lexicon.argumentPreps('kidnap', 'VERB')).toEqual([]);
  });
});

describe('role nouns', () => {
  const ROLE_CASES: ReadonlyArray<[string, Parameters<typeof lexicon.roleNoun>[0], string | null]> = [
    ['Ana Ruiz, president of Vela', { lemma: 'president' }, 'LEADER_OF'],
    ['foreign minister Ito', { lemma: 'minister', modifierLemmas: ['foreign'] }, 'HOLDS_ROLE'],
    ['Prime Minister Ito', { lemma: 'Minister', modifierLemmas: ['Prime'] }, 'LEADER_OF'],
    ['Mora, director of Night Drive', { lemma: 'director', objectType: 'WORK' }, 'DIRECT'],
    ['Mora, director of the museum', { lemma: 'director', objectType: 'ORGANIZATION' }, 'LEADER_OF'],
    ['his wife Ana', { lemma: 'wife' }, 'RELATIVE_OF'],
    ['Gates, co-founder of Microsoft', { lemma: 'co-founder' }, 'FOUNDED'],
    ['Lyon, a city in France', { lemma: 'city' }, null],
  ];
  it.each(ROLE_CASES)('%s', (_phrase, query, expected) => {
    const match = lexicon.roleNoun(query);
    expect(match?.predicate ?? null).toBe(expected);
    if (match) expect(match.role).toBe(query.lemma.toLowerCase());
  });
});

describe('speech, negation and modality cues', () => {
  it('knows speech verbs and nouns', () => {
    expect(lexicon.isSpeechVerb('say')).toBe(true);
    expect(lexicon.isSpeechVerb('Tell')).toBe(true);
    expect(lexicon.isSpeechVerb('meet')).toBe(false);
    expect(lexicon.isSpeechNoun('statement')).toBe(true);
  });

  it('treats rejection verbs as negation only over a claim noun', () => {
    expect(lexicon.isNegationCue('not')).toBe(true);
    expect(lexicon.isNegationCue('never')).toBe(true);
    expect(lexicon.isNegationCue('deny')).toBe(true);
    expect(lexicon.isNegationCue('fail')).toBe(true);
    expect(lexicon.isNegationCue('reject', 'allegation')).toBe(true);
    expect(lexicon.isNegationCue('reject', 'bid')).toBe(false);
    expect(lexicon.isNegationCue('reject')).toBe(false);
    expect(lexicon.isNegationCue('meet')).toBe(false);
  });

  it('gives the modality of modals, control verbs, adverbs and adjectives', () => {
    expect(lexicon.modalityOf('could', 'AUX')).toBe('possible');
    expect(lexicon.modalityOf('will')).toBe('future');
    expect(lexicon.modalityOf('plan', 'VERB')).toBe('planned');
    expect(lexicon.modalityOf('expect')).toBe('expected');
    expect(lexicon.modalityOf('allegedly', 'ADV')).toBe('alleged');
    expect(lexicon.modalityOf('Reportedly')).toBe('reported');
    expect(lexicon.modalityOf('alleged', 'ADJ')).toBe('alleged');
    expect(lexicon.modalityOf('plan', 'ADV')).toBeNull();
    expect(lexicon.modalityOf('meet')).toBeNull();
  });
});
