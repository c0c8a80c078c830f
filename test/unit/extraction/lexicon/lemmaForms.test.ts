import { describe, expect, it } from 'vitest';
import { analyzeText, lemmaOf } from '../../../../src/nlp/nlp.js';
import { loadPredicateLexicon } from '../../../../src/extraction/lexicon/PredicateLexicon.js';
import { gerund, pastParticiple, pastTense, plural, thirdPerson } from './inflect.js';

const lexicon = loadPredicateLexicon();

function lemmaOfIn(frame: string, word: string): string {
  return analyse(frame, word).lemma;
}


const VERB_FRAMES: ReadonlyArray<[string, (w: string) => string]> = [
  ['They {} it.', (w) => w],
  ['She {} it.', thirdPerson],
  ['He {} it yesterday.', pastTense],
  ['They are {} it.', gerund],
];

/**
 * Base forms that are also the past of another verb, so wink rightly reads them as that verb
 * ("They found it" is find); their other forms are still checked.
 */
const AMBIGUOUS_BASE: ReadonlySet<string> = new Set(['found', 'wound']);

/** wink's tag and lemma of `word` where it stands in `frame` ("{}" marks the slot). */
function analyse(frame: string, word: string): { pos: string; lemma: string } {
  const doc = analyzeText(frame.replace('{}', word));
  const token = doc.tokens.find((t) => t.lower === word.toLowerCase());
  return token ? { pos: token.pos, lemma: token.lemma } : { pos: 'NONE', lemma: `(no token "${word}")` };
}

/** Each trigger lemma once, with the lemmas its forms may take (lemma and variants). */
function triggerLemmas(pos: 'VERB' | 'NOUN'): Map<string, { accepted: Set<string>; passiveOnly: boolean }> {
  const out = new Map<string, { accepted: Set<string>; passiveOnly: boolean }>();
  for (const p of lexicon.data.predicates) {
    for (const t of p.triggers) {
      if (t.pos !== pos) continue;
      const known = out.get(t.lemma) ?? { accepted: new Set([t.lemma]), passiveOnly: true };
      for (const v of t.variants) known.accepted.add(v);
      known.passiveOnly &&= t.passive === 'only';
      out.set(t.lemma, known);
    }
  }
  return out;
}

describe('trigger lemmas are stored as wink-nlp lemmatises their forms', () => {
  it('every verb-tagged form of every verb trigger lemmatises to the stored lemma (or a listed variant)', () => {
    const wrong: string[] = [];
    let checked = 0;
    let total = 0;
    for (const [lemma, { accepted, passiveOnly }] of triggerLemmas('VERB')) {
      const frames = passiveOnly ? [['It was {} there.', pastParticiple] as const] : VERB_FRAMES;
      for (const [frame, inflect] of frames) {
        if (inflect === VERB_FRAMES[0]![1] && AMBIGUOUS_BASE.has(lemma)) continue;
        const form = inflect(lemma);
        const got = analyse(frame, form);
        total++;
        // When wink does not tag the form a verb ("are bombing" → NOUN) its lemma is the surface
        // form; the rules look those up as nouns, so only verb readings are checked here.
        if (got.pos !== 'VERB' && got.pos !== 'AUX') continue;
        checked++;
        if (!accepted.has(got.lemma)) wrong.push(`${form} → ${got.lemma} (stored ${lemma})`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked / total).toBeGreaterThan(0.9);
  });

  it('every noun trigger, singular and plural, lemmatises to the stored lemma (or a listed variant)', () => {
    const wrong: string[] = [];
    for (const [lemma, { accepted }] of triggerLemmas('NOUN')) {
      for (const [frame, form] of [['The {} was reported.', lemma], ['The {} were reported.', plural(lemma)]] as const) {
        const got = analyse(frame, form).lemma;
        if (!accepted.has(got)) wrong.push(`${form} → ${got} (stored ${lemma})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('stores British spellings under the lemma wink gives ("honour" → "honor")', () => {
    expect(lemmaOfIn('They {} her.', 'honour')).toBe('honor');
    expect(lexicon.lookup({ lemma: lemmaOfIn('They {} her.', 'honoured'), pos: 'VERB' })?.predicate).toBe('PRAISE');
    expect(lexicon.lookup({ lemma: lemmaOfIn('They {} it.', 'criticised'), pos: 'VERB' })?.predicate).toBe('CRITICIZE');
  });

  it('finds hyphenated verbs, which wink leaves unlemmatised, through their variants', () => {
    const lemma = lemmaOfIn('Gates {} Microsoft.', 'co-founded');
    expect(lemma).toBe('co-founded');
    expect(lexicon.lookup({ lemma, pos: 'VERB' })?.predicate).toBe('FOUNDED');
  });

  it('stores every speech, light and modality verb as wink lemmatises its past tense', () => {
    const verbs: Array<[string, readonly string[]]> = [
      ...lexicon.data.speech.verbs.map((v): [string, string[]] => [v, []]),
      ...lexicon.data.lightVerbs.map((v): [string, readonly string[]] => [v.lemma, v.variants]),
      ...[...lexicon.data.modality.verbs.keys()].map((v): [string, string[]] => [v, []]),
    ];
    const wrong: string[] = [];
    for (const [lemma, variants] of verbs) {
      const got = lemmaOfIn('He {} it yesterday.', pastTense(lemma));
      if (got !== lemma && !variants.includes(got)) wrong.push(`${pastTense(lemma)} → ${got} (stored ${lemma})`);
    }
    expect(wrong).toEqual([]);
  });

  it('stores negation, modality and role-noun cue words as wink lemmatises them', () => {
    const words = [
      ...lexicon.data.negation.particles.filter((w) => w !== 'not'), ...lexicon.data.negation.claimNouns,
      ...lexicon.data.modality.adverbs.keys(), ...lexicon.data.roleNouns.map((n) => n.lemma), ...lexicon.data.speech.nouns,
    ];
    const wrong = words.filter((w) => lemmaOf(w) !== w).map((w) => `${w} → ${lemmaOf(w)}`);
    expect(wrong).toEqual([]);
    expect(lemmaOfIn('She did {} go.', "n't")).toBe('not');
  });

  it('gives every modality adjective its modality whether wink reads it as an adjective or a verb', () => {
    const wrong: string[] = [];
    for (const [adjective, modality] of lexicon.data.modality.adjectives) {
      const got = analyse('The {} deal collapsed.', adjective);
      const pos = got.pos === 'VERB' ? 'VERB' : 'ADJ';
      if (lexicon.modalityOf(got.lemma, pos) !== modality) wrong.push(`${adjective} → ${got.pos} ${got.lemma}`);
    }
    expect(wrong).toEqual([]);
  });
});
