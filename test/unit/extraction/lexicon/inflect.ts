/**
 * English inflections of trigger lemmas, to check that wink-nlp lemmatises each form to the
 * lemma the lexicon stores. Regular rules plus the irregular verbs and stress-final doublings
 * the lexicon uses.
 */

const IRREGULAR_PAST: Record<string, string> = {
  meet: 'met', go: 'went', fly: 'flew', drive: 'drove', come: 'came', leave: 'left', lead: 'led', tell: 'told',
  send: 'sent', seek: 'sought', take: 'took', build: 'built', shoot: 'shot', strike: 'struck', hit: 'hit',
  fight: 'fought', buy: 'bought', sell: 'sold', overcome: 'overcame', beat: 'beat', win: 'won', lose: 'lost',
  hurt: 'hurt', quit: 'quit', withdraw: 'withdrew', stand: 'stood', run: 'ran', bear: 'bore', lie: 'lay',
  find: 'found', lend: 'lent', write: 'wrote', make: 'made', say: 'said', think: 'thought', hold: 'held',
  have: 'had', give: 'gave', begin: 'began', set: 'set', pay: 'paid', bring: 'brought', uncover: 'uncovered',
};

/** Verbs whose final consonant doubles (stress on the last syllable, or one short syllable). */
const DOUBLES = new Set([
  'ban', 'bar', 'plan', 'slam', 'ship', 'star', 'step', 'admit', 'commit', 'kidnap', 'acquit', 'expel',
  'rebut', 'wed', 'confer', 'concur', 'refer', 'control', 'compel', 'rob', 'shop', 'stop', 'drop', 'fit',
]);

function doubles(w: string): boolean {
  return DOUBLES.has(w) || (w.length === 3 && /^[^aeiou][aeiou][bdgmnpt]$/.test(w));
}

export function thirdPerson(w: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

export function pastTense(w: string): string {
  const irregular = IRREGULAR_PAST[w];
  if (irregular) return irregular;
  if (w.endsWith('e')) return `${w}d`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ied`;
  if (doubles(w)) return `${w}${w.at(-1)}ed`;
  return `${w}ed`;
}

/** Past participles that differ from the past tense. */
const IRREGULAR_PARTICIPLE: Record<string, string> = { bear: 'born', write: 'written', take: 'taken', go: 'gone', fly: 'flown', drive: 'driven', give: 'given', withdraw: 'withdrawn', overcome: 'overcome', beat: 'beaten', lie: 'lain', begin: 'begun' };

export function pastParticiple(w: string): string {
  return IRREGULAR_PARTICIPLE[w] ?? pastTense(w);
}

export function gerund(w: string): string {
  if (w === 'lie') return 'lying';
  if (/[^e]e$/.test(w) && w !== 'be') return `${w.slice(0, -1)}ing`;
  if (doubles(w)) return `${w}${w.at(-1)}ing`;
  return `${w}ing`;
}

export function plural(w: string): string {
  if (/(s|sh|ch|x|z)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (w === 'child') return 'children';
  return `${w}s`;
}
