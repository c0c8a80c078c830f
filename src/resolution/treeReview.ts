/**
 * A second reading of each verb fact over the dependency tree, with the predicate lexicon:
 * a fact takes the predicate the lexicon gives its verb with that object or preposition where
 * the frame reads subject and object the same way ("won the Golden Bear" → WIN, "charged X" →
 * CHARGE, "was fined by X" → FINE); a fact whose verb sense the
 * lexicon blocks for that object ("ran in Birmingham" is no
 * leadership, "was made an OBE" no development) keeps only its verb as predicate (RUN_IN,
 * MAKE: what a verb outside the lexicon gets, and calibration scores it low); a fact whose
 * clause is denied ("rejected allegations that she pressured Y", "denied meeting X") is marked
 * negated.
 */
import type { LexiconQuery, PredicateLexicon } from '../extraction/lexicon/PredicateLexicon.js';
import { LEXICON_ENTITY_TYPES, type FrameRoles, type LexiconEntityType } from '../extraction/lexicon/lexiconTypes.js';
import type { RawRelation } from '../extraction/frames/RawRelation.js';
import { isNegatedClause } from '../extraction/rules/negation.js';
import type { RuleContext } from '../extraction/rules/Candidate.js';
import type { SentenceTree } from '../extraction/SentenceTree.js';
import type { Coreference } from './coreference/EntityCluster.js';

function lexiconType(type: string): LexiconEntityType | undefined {
  return (LEXICON_ENTITY_TYPES as readonly string[]).includes(type) ? (type as LexiconEntityType) : undefined;
}

/** The only verb of the sentence with the fact's verb lemma, or -1. */
function verbWord(tree: SentenceTree, verb: string): number {
  const lemma = verb.split(/\s+/)[0]!.toLowerCase();
  const found = tree.words.flatMap((w, i) => (w.upos === 'VERB' && w.lemma.toLowerCase() === lemma ? [i] : []));
  return found.length === 1 ? found[0]! : -1;
}

function queryFor(tree: SentenceTree, v: number, objectWord: number, objectType: string): LexiconQuery {
  const q: LexiconQuery = { lemma: tree.word(v).lemma.toLowerCase(), pos: 'VERB', passive: tree.isPassive(v) };
  const prt = tree.firstChild(v, 'compound:prt');
  if (prt >= 0) q.particle = tree.word(prt).lower;
  // The argument of v that holds the object word ("to Iranian activist Narges Mohammadi").
  let arg = objectWord;
  while (arg >= 0 && tree.head(arg) !== v) arg = tree.head(arg);
  const kase = arg >= 0 ? tree.caseOf(arg) : null;
  if (kase !== null) q.prep = kase;
  const lemma = tree.objectLemma(v);
  if (lemma !== undefined) q.objectLemma = lemma;
  const t = lexiconType(objectType);
  if (t !== undefined) q.objectType = t;
  return q;
}

/** Verbs of saying, finding and knowing, which embed a finite clause with its own subject (not "urge X to"). */
const FINDING_VERBS: ReadonlySet<string> = new Set([
  'say', 'claim', 'state', 'insist', 'argue', 'allege', 'report', 'announce', 'add', 'note', 'confirm', 'deny',
  'find', 'conclude', 'determine', 'rule', 'believe', 'think', 'know', 'show', 'suspect', 'fear', 'hope', 'learn', 'discover', 'decide', 'prove', 'suggest',
]);

/**
 * The object is the subject of a finite clause the verb embeds ("found Varga acted alone"),
 * not the verb's own argument (an infinitive's subject is: "urged China to contribute").
 */
function subjectOfEmbedded(tree: SentenceTree, v: number, objectWord: number): boolean {
  const lemma = tree.word(v).lemma.toLowerCase();
  if (objectWord < 0 || tree.base(objectWord) !== 'nsubj') return false;
  const clause = tree.head(objectWord);
  // ("praised what he called the film's …", "praised the film he made": the subject of a relative clause on the verb's object.)
  if (clause >= 0 && tree.word(clause).label === 'acl:relcl' && tree.head(clause) >= 0 && tree.head(tree.head(clause)) === v) return true;
  if (!FINDING_VERBS.has(lemma)) return false;
  if (clause === v || clause < 0 || tree.head(clause) !== v || tree.base(clause) !== 'ccomp') return false;
  return !tree.isInfinitive(clause);
}

/**
 * Whether the lexicon frame relates the fact's subject and object the way the frames read them:
 * an active clause's subject to its object or prepositional object, a passive's agent to its
 * patient ("was fined by X": X FINE the patient).
 */
function sameDirection(q: LexiconQuery, roles: FrameRoles): boolean {
  if (q.passive) return roles.subject.dep === 'agent' && roles.object.dep === 'nsubj:pass';
  return roles.subject.dep === 'nsubj' && (roles.object.dep === 'obj' || q.prep !== undefined);
}

/** Whether the lexicon frame relates the active clause's object to its subject ("X stars Y": Y STAR_IN X). */
function inverted(q: LexiconQuery, roles: FrameRoles): boolean {
  return !q.passive && q.prep === undefined && roles.subject.dep === 'obj' && roles.object.dep === 'nsubj';
}

/**
 * An agentless passive whose prepositional object the lexicon names as the fact's object ("the
 * prize was awarded to X": the giver is not said): a fact from it would make the patient its
 * subject, which the sentence does not state.
 */
function inventsSubject(tree: SentenceTree, v: number, q: LexiconQuery, roles: FrameRoles): boolean {
  if (!q.passive || q.prep === undefined || roles.subject.dep !== 'agent' || roles.object.dep !== 'obl') return false;
  return agentOf(tree, v) < 0;
}

/** The by-agent of a passive verb, or -1. */
function agentOf(tree: SentenceTree, v: number): number {
  return tree.children(v).find((c) => tree.word(c).label === 'obl:agent' || (tree.base(c) === 'obl' && tree.caseOf(c) === 'by')) ?? -1;
}

/**
 * A fact whose subject is the patient of a passive with a by-agent ("the telescope is run by X
 * together with Y" is no telescope RUN Y; "Lumora, founded by X and Y" is no Lumora ESTABLISH Y,
 * even with its object in the agent): the agent acts, so the tree rules read the clause.
 */
function patientAsSubject(tree: SentenceTree, v: number, subjectWord: number): boolean {
  // (A participle on its noun is passive too: "Lumora, founded in 2018 by X and Y".)
  const participle = tree.base(v) === 'acl' && tree.word(v).xpos === 'VBN';
  if (subjectWord < 0 || !(tree.isPassive(v) || participle) || agentOf(tree, v) < 0) return false;
  // (The name itself, or a name compounded with or apposed to the patient noun: "the Vesta telescope".)
  const noun = ['compound', 'flat', 'appos'].includes(tree.base(subjectWord)) ? tree.head(subjectWord) : subjectWord;
  const patient = noun >= 0 && tree.word(noun).label === 'nsubj:pass' && tree.head(noun) === v;
  const modified = tree.base(v) === 'acl' && tree.head(v) === noun;
  return patient || modified;
}

/**
 * A fact named after a light verb whose object is an event noun the lexicon knows ("completed
 * the signing of X from Y" is no COMPLETE fact): the noun frame reads the event itself.
 */
function lightVerbShell(tree: SentenceTree, v: number, r: RawRelation, lexicon: PredicateLexicon): boolean {
  const lemma = tree.word(v).lemma.toLowerCase();
  const obj = tree.firstChild(v, 'obj');
  if (!lexicon.isLightVerb(lemma) || obj < 0) return false;
  const event = lexicon.lookup({ lemma: tree.word(obj).lower, pos: 'NOUN' });
  if (event === null) return false;
  // A verb kept as its own predicate ("completed the signing" → COMPLETE), or read in another sense
  // than its event noun ("reached an agreement with X" is no ARRIVE); "signed an agreement" stays SIGN.
  const ownName = r.predicate === lemma.toUpperCase() && lexicon.definitionOf(r.predicate) === undefined;
  const otherSense = r.predicate !== lexicon.currentName(event.predicate) && r.predicate !== lemma.toUpperCase() && r.verb.split(/\s+/).includes(tree.word(obj).lemma.toLowerCase());
  return ownName || otherSense;
}

/**
 * A place object the frame read from a phrase two nouns down from the verb ("delayed deliveries to
 * its plant in X", "a planet 48 light years from X"): the place qualifies a noun, not the act.
 */
function nestedPlace(tree: SentenceTree, v: number, r: RawRelation, objectWord: number, type: string): boolean {
  if (objectWord < 0 || (type !== 'GPE' && type !== 'LOCATION') || PLACE_PREDICATES.has(r.predicate)) return false;
  let hops = 0;
  for (let w = objectWord; w >= 0 && w !== v; w = tree.head(w)) {
    // (A distance: "48 light years from X", "30 km north of X".)
    if (MEASURE_LABELS.has(tree.word(w).label) || (distance(tree, w) && ['from', 'of'].includes(tree.caseOf(objectWord) ?? ''))) return true;
    if (tree.base(w) === 'nmod') hops += 1;
  }
  return hops >= 2;
}
/** A counted unit of distance ("48 light years"). */
function distance(tree: SentenceTree, w: number): boolean {
  return DISTANCE_UNITS.has(tree.word(w).lemma.toLowerCase()) && tree.hasChild(w, 'nummod');
}
const PLACE_PREDICATES: ReadonlySet<string> = new Set(['LOCATED_IN', 'PART_OF']);
const DISTANCE_UNITS: ReadonlySet<string> = new Set(['year', 'mile', 'kilometre', 'kilometer', 'km', 'metre', 'meter', 'yard', 'foot', 'feet']);
const MEASURE_LABELS: ReadonlySet<string> = new Set(['obl:unmarked', 'obl:npmod', 'nmod:npmod']);

/**
 * A participle clause without a subject of its own read with the object or a phrase of the verb
 * it hangs on as subject ("X won the prize, making her the first …" is no prize MAKE): its subject is the
 * clause's, which the tree rules read.
 */
function objectAsParticipleSubject(tree: SentenceTree, v: number, subjectWord: number): boolean {
  if (subjectWord < 0 || tree.base(v) !== 'advcl' || tree.word(v).xpos !== 'VBG' || tree.hasChild(v, 'nsubj', 'nsubj:pass')) return false;
  // (Or a phrase of that verb: "travel through X before reaching Y" is no X ARRIVE Y.)
  return tree.childrenWith(tree.head(v), 'obj', 'obl').some((a) => tree.dominates(a, subjectWord));
}

/**
 * A fact with a common-noun object takes the predicate the lexicon gives its verb with that
 * noun where the frame reads it the same way ("won a tender" → WIN, not the frames' SEEK).
 */
function thingSense(tree: SentenceTree, v: number, r: RawRelation, lexicon: PredicateLexicon): void {
  const q = queryFor(tree, v, tree.firstChild(v, 'obj'), '');
  const sense = lexicon.senseOf(q);
  if (sense.kind === 'predicate' && sameDirection(q, sense.match.roles)) r.predicate = lexicon.currentName(sense.match.predicate);
}

/** Marks of a clause that states a condition, not a fact ("if X helps Y"). */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);

/** Whether verb v lies in a conditional clause (through coordinated and complement verbs). */
function conditional(tree: SentenceTree, v: number): boolean {
  for (let k = v, steps = 0; k >= 0 && steps < 6; k = tree.head(k), steps++) {
    if (tree.childrenWith(k, 'mark').some((m) => CONDITIONS.has(tree.word(m).lower))) return true;
    if (!['conj', 'xcomp', 'ccomp'].includes(tree.base(k))) return false;
  }
  return false;
}

/**
 * A subject read from inside a relative clause on the verb's own subject noun ("The deal, which
 * needs approval from X, would give Y …" is no X GIVE Y): the clause only describes the subject.
 */
function subjectInRelative(tree: SentenceTree, v: number, subjectWord: number): boolean {
  if (subjectWord < 0) return false;
  const subject = tree.firstChild(v, 'nsubj', 'nsubj:pass');
  const relative = (c: number): boolean => tree.word(c).label === 'acl:relcl' && tree.dominates(c, subjectWord);
  if (subject >= 0 && subject !== subjectWord && tree.children(subject).some(relative)) return true;
  // (A relative clause the parser hung on the verb as an adverbial clause with its own subject: "The deal, which needs …, would give".)
  return subject < 0 && tree.children(v).some((c) => CLAUSES.has(tree.base(c)) && c < v && tree.hasChild(c, 'nsubj', 'nsubj:pass') && tree.dominates(c, subjectWord) && tree.firstChild(c, 'nsubj', 'nsubj:pass') !== subjectWord);
}
const CLAUSES: ReadonlySet<string> = new Set(['advcl', 'ccomp', 'parataxis']);

/**
 * The by-agent of a verb coordinated with this one, where this one has no agent of its own
 * ("funded by X and carried out with Y" is no X CARRY Y): each passive names its own agent.
 */
function coordinatedAgent(tree: SentenceTree, v: number, subjectWord: number): boolean {
  if (subjectWord < 0) return false;
  const arg = argumentOf(tree, subjectWord);
  if (arg < 0 || tree.word(arg).label !== 'obl:agent') return false;
  const other = tree.head(arg);
  return other !== v && ((tree.base(v) === 'conj' && tree.head(v) === other) || (tree.base(other) === 'conj' && tree.head(other) === v));
}

/** The noun that carries word w's clause function: w itself, or the head it is compounded, apposed or flat with. */
function argumentOf(tree: SentenceTree, w: number): number {
  let k = w;
  while (k >= 0 && ['compound', 'flat', 'appos'].includes(tree.base(k))) k = tree.head(k);
  return k;
}

/** Reviews the facts (predicate and polarity in place); returns those the tree does not refute. */
export function reviewFacts(raw: readonly RawRelation[], ctx: RuleContext, coref: Coreference): RawRelation[] {
  const { trees, lexicon, index } = ctx;
  return raw.filter((r) => {
    const tree = trees[r.sentence];
    const v = tree === undefined ? -1 : verbWord(tree, r.verb);
    if (tree === undefined || v < 0) return true;
    if (isNegatedClause(tree, v, lexicon)) r.negated = true;
    if (conditional(tree, v)) r.modality = 'possible';
    const mentions = index.inSentence(r.sentence);
    if ('cluster' in r.subject) {
      const sc = r.subject.cluster;
      const subjectWord = mentions.find((m) => coref.entityOf[m.index] === sc && m.word >= 0)?.word ?? -1;
      if (objectAsParticipleSubject(tree, v, subjectWord) || subjectInRelative(tree, v, subjectWord) || coordinatedAgent(tree, v, subjectWord)) return false;
      if ('cluster' in r.object && patientAsSubject(tree, v, subjectWord)) return false;
    }
    if (!('cluster' in r.object)) {
      thingSense(tree, v, r, lexicon);
      return true;
    }
    const cluster = r.object.cluster;
    // (A pronoun the frames resolved to the object, where the sentence does not name it.)
    const objectMention = mentions.find((m) => coref.entityOf[m.index] === cluster && m.word >= 0 && tree.dominates(v, m.word)) ?? mentions.find((m) => m.kind === 'pronoun' && m.word > v && tree.dominates(v, m.word));
    const objectWord = objectMention?.word ?? -1;
    if (subjectOfEmbedded(tree, v, objectWord) || lightVerbShell(tree, v, r, lexicon)) return false;
    if (nestedPlace(tree, v, r, objectWord, coref.clusters[cluster]!.type)) return false;
    const q = queryFor(tree, v, objectWord, coref.clusters[cluster]!.type);
    const sense = lexicon.senseOf(q);
    if (sense.kind === 'predicate' && inventsSubject(tree, v, q, sense.match.roles)) return false;
    if (sense.kind === 'blocked') r.predicate = [q.lemma, q.particle, q.prep].filter(Boolean).join('_').toUpperCase().replace(/[^A-Z_]/g, '_');
    else if (sense.kind === 'predicate' && sameDirection(q, sense.match.roles)) r.predicate = lexicon.currentName(sense.match.predicate);
    else if (sense.kind === 'predicate' && inverted(q, sense.match.roles)) {
      // "the film stars X": X STAR_IN the film.
      [r.subject, r.object] = [r.object, r.subject];
      r.predicate = lexicon.currentName(sense.match.predicate);
    }
    return true;
  });
}
