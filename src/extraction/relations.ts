/**
 * Relation frames without a parser: POS patterns over each sentence find verb groups, their
 * subject (nearest entity mention to the left within the clause, through coordination,
 * relative pronouns and participle clauses), object (first entity argument to the right, or
 * a prepositional argument for intransitive verbs), qualifiers (via/at/to/from/with/date …),
 * modality (modals, "is expected to", hedges), negation and reported-speech attribution.
 * Nominal patterns add role facts (titles, appositives), kinship and location facts.
 */
import type { EntityType, Modality } from '../model/types.js';
import type { AnalyzedText, Sentence, Token } from '../nlp/nlp.js';
import type { Mention } from './mentions/Mention.js';
import type { Coreference } from '../resolution/coreference.js';
import { countBelow } from './countBelow.js';
import { matchDate } from './dates.js';
import { isLeaderTitle } from './mentions/titles.js';
import {
  CONTROL_VERBS,
  HEDGE_ADVERBS,
  KINSHIP_WORDS,
  LEADER_TITLES,
  MODAL_AUX,
  ORG_CUE_NOUNS,
  ORG_HEADS,
  QUANTITY_NOUNS,
  SPEECH_VERBS,
  CORPORATE_TITLES,
  FACILITY_HEADS,
  GENERIC_NOUNS,
  ORG_OWNED_TITLES,
  PERSON_NOUNS,
  STATE_TITLES,
  TITLE_WORDS,
  UNIT_NOUNS,
  VAGUE_MODIFIERS,
} from './lexicon.js';
import { LIGHT_VERBS, definitionForNoun, definitionForVerb, isSymmetricPredicate, predicateForVerb } from './predicates.js';
import { newWorkCounter, type WorkCounter } from './WorkCounter.js';

/** An argument: an entity cluster, or a common-noun thing named by the frame ("economic aid"). */
export type Argument = { cluster: number } | { thing: string; type: EntityType };

export interface RawRelation {
  subject: Argument;
  object: Argument;
  predicate: string;
  verb: string;
  qualifiers: Record<string, string>;
  confidence: number;
  /** Sentence index (evidence). */
  sentence: number;
  negated: boolean;
  modality: Modality;
}

export interface RelationOptions {
  publishedAt: string | null;
  /** The headline: common nouns it shares with the text mark what the story is about. */
  title?: string | null;
  /** Counts the work of the hot loops (tests of linear growth). */
  work?: WorkCounter;
}

interface Frame {
  verb: number;
  groupStart: number;
  subjects: number[];
  /** Subjects found left of the verb, before any passive turn-around. */
  leftSubjects: number[];
  /** The grammatical subject (the patient of a passive). */
  gramSubject: number;
  speech: boolean;
  speaker: number;
  hasObject: boolean;
  /** True when the verb takes an object and an infinitive whose subject is that object ("allow X to"). */
  objectControl?: boolean;
  /** The first entity object, or -1. */
  object?: number;
  /** A participle modifying the noun before it, with a by-agent ("a vaccine developed by X"). */
  reduced?: boolean;
}

/**
 * Confidence model (documented): base by frame type, times factors.
 *  - base: direct active object 0.85, light-verb object 0.82, prepositional object 0.75,
 *    passive with agent 0.75, purpose clause 0.65, noun event 0.6, nominal role 0.9,
 *    appositive 0.8, location pattern 0.7, reported-speech SAY 0.5;
 *  - subject from pronoun/description ×0.9, inherited through coordination ×0.95;
 *  - modality: planned ×0.85, reported ×0.8, possible ×0.7;
 *  - distance: −0.015 per token beyond 8 between verb and the farther argument (floor 0.3).
 */
export const CONFIDENCE = {
  direct: 0.85, light: 0.82, prepositional: 0.75, passive: 0.75, purpose: 0.65, nounEvent: 0.6,
  role: 0.9, appositive: 0.8, location: 0.7, say: 0.5,
} as const;
const MODALITY_FACTOR: Record<Modality, number> = { asserted: 1, planned: 0.85, reported: 0.8, possible: 0.7 };

const QUALIFIER_NAMES: Readonly<Record<string, string>> = {
  via: 'via', through: 'via', thru: 'via', aboard: 'via', by: 'via', at: 'at', in: 'at', inside: 'at', near: 'near',
  to: 'to', toward: 'to', towards: 'to', into: 'to', onto: 'to', from: 'from', with: 'with', alongside: 'with',
  against: 'against', on: 'on', for: 'for', outside: 'outside', over: 'over', across: 'across', during: 'during',
  between: 'between', after: 'after', before: 'before', about: 'about', of: 'of',
};
const OBJECT_PREPS = new Set(['with', 'to', 'in', 'at', 'into', 'against', 'outside', 'toward', 'towards', 'onto', 'inside', 'on', 'for', 'from', 'near', 'around', 'through', 'via']);
const CLAUSE_STOP = new Set([';', ':', '—', '–']);
/** Participles of seat/location ("Paris-based", "based in", "headquartered in"). */
const BASE_WORDS = new Set(['based', 'headquartered']);
/** Prepositions that attach a group of people to an organisation ("scientists at X", "officials from X"). */
const AFFILIATION_PREPS = new Set(['at', 'from']);
/** Collective nouns for people acting for an organisation. */
/** Roles held for a person ("Hale's lawyer, Ana Lima", "her producer, Ana Lima"). */
const PERSON_OWNED_ROLES = new Set(['lawyer', 'attorney', 'adviser', 'advisor', 'producer', 'agent', 'aide', 'assistant', 'coach', 'trainer', 'manager', 'spokesperson', 'spokesman', 'spokeswoman', 'secretary', 'doctor', 'bodyguard', 'deputy', 'successor', 'predecessor', 'rival', 'opponent', 'biographer', 'translator']);
const GROUP_NOUNS = new Set(['team', 'researchers', 'scientists', 'experts', 'officials', 'engineers', 'staff', 'investigators', 'analysts', 'doctors', 'lawyers', 'executives', 'representatives', 'workers', 'employees']);
/** Qualifier roles of place and time: a speech verb's "said in Accra" is where, not whom. */
const PLACE_PREPS = new Set(['in', 'at', 'on', 'during', 'near', 'outside', 'inside', 'from', 'after', 'before']);
/** Verbs whose object is the subject of a following infinitive ("allow X to", "urge X to"). */
const OBJECT_CONTROL_VERBS = new Set(['allow', 'enable', 'permit', 'help', 'ask', 'urge', 'force', 'persuade', 'invite', 'order', 'tell', 'encourage', 'require', 'compel', 'authorize', 'authorise', 'instruct', 'advise', 'pressure', 'push', 'oblige', 'let']);
/** Prepositions whose object an agentless passive relates to its subject. */
const PASSIVE_PP_PREPS = new Set(['from', 'to', 'into', 'with']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
/** Appositive heads that make an organisation part of another ("a joint venture of B and C"). */
const ORG_PART_HEADS = new Set(['subsidiary', 'unit', 'division', 'affiliate', 'arm', 'venture', 'offshoot', 'branch', 'member', 'part']);
const NO_VERBS: ReadonlySet<number> = new Set();
/** Sites an organisation keeps somewhere ("its brewery in Leeds"), beyond the facility heads. */
const SITE_NOUNS = new Set(['brewery', 'distillery', 'warehouse', 'depot', 'mill', 'smelter', 'foundry', 'office', 'laboratory', 'lab', 'branch', 'store', 'hub', 'operation', 'subsidiary', 'unit']);
/** Verbs that move a person from one employer or club to the subject ("signed X from Y"). */
const RECRUIT_VERBS = new Set(['sign', 'hire', 'recruit', 'poach', 'appoint']);
/** Transfers whose "to" phrase names a recipient party ("supply doses to X"). */
const TRANSFER_PREDICATES = new Set(['PROVIDE', 'SELL']);
/** Prepositions that also open a clause ("after the DPRK commissioned …"). */
const SUBORDINATING_PREPS = new Set(['after', 'before', 'since', 'until', 'till', 'once', 'because', 'while', 'although', 'though', 'whereas', 'unless']);
/** Participles of leading: a group "led by X" acts through X. */
const LEAD_VERBS = new Set(['lead', 'head', 'chair']);

const HONORIFIC_RE = /^(Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?$/;
const isQuote = (t: Token): boolean => /^["“”'‘’]$/.test(t.text);

export function findRelations(doc: AnalyzedText, mentions: readonly Mention[], coref: Coreference, options: RelationOptions): RawRelation[] {
  const { tokens, sentences } = doc;
  const { clusters, entityOf } = coref;
  const work = options.work ?? newWorkCounter();
  const out: RawRelation[] = [];
  const argAt = new Int32Array(tokens.length).fill(-1);
  const modAt = new Uint8Array(tokens.length);
  for (const m of mentions) {
    for (let i = m.start; i < m.end; i++) {
      if (m.modifier) modAt[i] = 1;
      else if (argAt[i] === -1 || mentions[argAt[i]!]!.modifier) argAt[i] = m.index;
    }
  }
  // Title words inside name runs ("President" in "Russian President Vladimir Putin") are skipped too.
  const resolvedPronoun = new Map<number, number>();
  let mainCountryCache: number | undefined;
  let orgStarts: Array<{ id: number; starts: number[] }> | undefined;
  const demonymAt = new Map<number, Mention>();
  for (const m of mentions) if (m.modifier && m.gazetteer?.kind === 'demonym' && !demonymAt.has(m.start)) demonymAt.set(m.start, m);
  const clusterOf = (mi: number): number => {
    const m = mentions[mi]!;
    if (m.kind === 'pronoun') return resolvedPronoun.get(mi) ?? -1;
    return entityOf[mi] ?? -1;
  };
  const typeOf = (c: number): EntityType | undefined => clusters[c]?.type;
  // Salient common nouns: a head noun the article repeats names a thing the story is about ("the
  // fund", "cocaine", "the strike"); such heads may fill a verb's object slot when no name does.
  const salient = salientHeads();

  const lastPersonBefore = (pos: number, exclude: ReadonlySet<number>): number => {
    for (let i = pos - 1; i >= 0 && pos - i <= LOOKBACK_TOKENS; i--) {
      work.units++;
      const mi = argAt[i]!;
      if (mi < 0) continue;
      const c = clusterOf(mi);
      if (c >= 0 && typeOf(c) === 'PERSON' && !exclude.has(c)) return c;
      i = mentions[mi]!.start;
    }
    return -1;
  };

  for (const s of relationSpans(sentences, tokens)) {
    work.units += s.last - s.first + 1;
    const frames: Frame[] = [];
    let attributedTo: string | null = null;
    const sentRelations: Array<{ rel: RawRelation; verb: number }> = [];

    // "According to X, …"
    for (let i = s.first; i < s.last; i++) {
      if (tokens[i]!.lower === 'according' && tokens[i + 1]?.lower === 'to') {
        let j = i + 2;
        while (j <= s.last && ['the', 'a', 'an'].includes(tokens[j]!.lower)) j++;
        const mi = argAt[j]!;
        if (mi >= 0 && clusterOf(mi) >= 0) attributedTo = clusters[clusterOf(mi)]!.name;
      }
    }

    const verbs: number[] = [];
    for (let i = s.first; i <= s.last; i++) if (isMainVerb(i, s.first, s.last)) verbs.push(i);
    const verbSet = new Set(verbs);

    const resolveMention = (mi: number, exclude: ReadonlySet<number>, frameIdx: number): number => {
      const m = mentions[mi]!;
      if (m.kind !== 'pronoun') return entityOf[mi] ?? -1;
      if (resolvedPronoun.has(mi)) return resolvedPronoun.get(mi)!;
      const p = m.pronoun ?? '';
      let c = -1;
      if (['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself'].includes(p)) {
        // Inside a speech complement, he/she is the speaker.
        const speechFrame = [...frames].reverse().find((f) => f.speech && f.verb < m.start && f.speaker >= 0);
        if (speechFrame && typeOf(speechFrame.speaker) === 'PERSON' && !exclude.has(speechFrame.speaker) && ['he', 'she'].includes(p)) c = speechFrame.speaker;
        else {
          // A subject pronoun prefers the person who is the subject earlier in the sentence ("the
          // last time Kim traveled to Russia to meet Putin … when he made a train journey").
          const subjectFrame = ['he', 'she'].includes(p) ? [...frames].reverse().find((f) => f.verb < m.start && f.gramSubject >= 0 && typeOf(f.gramSubject) === 'PERSON' && !exclude.has(f.gramSubject)) : undefined;
          c = subjectFrame ? subjectFrame.gramSubject : lastPersonBefore(m.start, exclude);
        }
      } else if (['it', 'its', 'itself'].includes(p)) {
        const prev = frames[frameIdx - 1] ?? frames[frames.length - 1];
        if (p === 'it' && prev && prev.verb < m.start && prev.gramSubject >= 0 && typeOf(prev.gramSubject) !== 'PERSON' && !exclude.has(prev.gramSubject) && argAt[m.start - 1] === -1 && tokens[m.start - 1]?.pos !== 'VERB') {
          c = prev.gramSubject;
        } else {
          for (let i = m.start - 1; i >= s.first; i--) {
            const mj = argAt[i]!;
            if (mj < 0) continue;
            const cj = clusterOf(mj);
            if (cj >= 0 && typeOf(cj) !== 'PERSON' && !exclude.has(cj)) {
              c = cj;
              break;
            }
            i = mentions[mj]!.start;
          }
        }
      } else if (RELATIVE.has(p)) {
        let i = m.start - 1;
        while (i >= s.first && (tokens[i]!.text === ',' || isQuote(tokens[i]!))) i--;
        const mj = i >= s.first ? argAt[i]! : -1;
        if (mj >= 0) c = clusterOf(mj);
      }
      // (Only an unconstrained answer is remembered: one found while excluding a frame's own
      // subjects holds for that frame only.)
      if (c >= 0 && exclude.size === 0) resolvedPronoun.set(mi, c);
      return c;
    };

    for (let vi = 0; vi < verbs.length; vi++) {
      const v = verbs[vi]!;
      const vt = tokens[v]!;
      // Verb group and its modifiers.
      let g = v;
      let negated = false;
      let modality: Modality = 'asserted';
      let passive = false;
      let infinitive = false;
      while (g - 1 >= s.first) {
        const p = tokens[g - 1]!;
        if (p.pos === 'AUX' || (p.pos === 'PART' && ['not', "n't", 'to'].includes(p.lower)) || (p.pos === 'ADV' && !['when', 'where', 'why', 'how'].includes(p.lower)) || (p.pos === 'VERB' && ['have', 'be', 'get'].includes(p.lemma) && !verbSet.has(g - 1))) {
          if (['not', "n't", 'never'].includes(p.lower)) negated = true;
          if (MODAL_AUX.has(p.lower)) modality = weaker(modality, MODAL_AUX.get(p.lower)!);
          if (HEDGE_ADVERBS.has(p.lower)) modality = weaker(modality, HEDGE_ADVERBS.get(p.lower)!);
          if (p.lemma === 'be' || p.lemma === 'get') passive = passive || isParticiple(vt);
          if (p.lower === 'to') infinitive = true;
          g--;
        } else break;
      }
      if (vt.lemma === 'be') continue;
      // Reduced relative: "a vaccine developed by X", "a board chaired by Y", "Acme, owned by Y": a
      // participle right after its noun (or an aside's comma) with a by-agent is a passive whose
      // patient is that noun.
      // ("X, followed by Y" ranks, it reports no event.)
      const reducedHost = !passive && g === v && isParticiple(vt) && tokens[v + 1]?.lower === 'by' && vt.lemma !== 'follow' ? reducedRelativeHost(v, s.first) : null;
      if (reducedHost) passive = true;
      // Control chains: "is poised to hold", "are expected to meet", "is believed to have launched".
      let controller = -1;
      if (infinitive) {
        let c = g - 1;
        if (c >= s.first && (CONTROL_VERBS.has(tokens[c]!.lemma) || CONTROL_VERBS.has(tokens[c]!.lower))) {
          controller = c;
          modality = weaker(modality, CONTROL_VERBS.get(tokens[c]!.lemma) ?? CONTROL_VERBS.get(tokens[c]!.lower)!);
        }
      }
      const controlFrame = controller >= 0 ? frames.find((f) => f.verb === controller) : undefined;

      const frameIdx = frames.length;
      const frame: Frame = { verb: v, groupStart: g, subjects: [], leftSubjects: [], gramSubject: -1, speech: SPEECH_VERBS.has(vt.lemma), speaker: -1, hasObject: false };
      let subjectFactor = 1;
      let base: number = CONFIDENCE.direct;

      if (controlFrame) {
        frame.subjects = [...controlFrame.leftSubjects];
        frame.gramSubject = controlFrame.gramSubject;
        // The controller itself makes no relation.
        frames.splice(frames.indexOf(controlFrame), 1);
        const gi = controlFrame.groupStart;
        for (let i = gi; i < controller; i++) {
          const p = tokens[i]!;
          if (['not', "n't", 'never'].includes(p.lower)) negated = true;
          if (MODAL_AUX.has(p.lower)) modality = weaker(modality, MODAL_AUX.get(p.lower)!);
        }
      } else if (infinitive) {
        // Purpose clause: the subject of the governing verb.
        const gov = frames[frames.length - 1];
        if (gov && gov.objectControl) {
          // "allow the carrier to open routes": the governing verb's object acts (or nobody we know).
          frame.subjects = gov.object !== undefined && gov.object >= 0 ? [gov.object] : [];
          frame.gramSubject = frame.subjects[0] ?? -1;
          if (modality === 'asserted') modality = 'planned';
          base = CONFIDENCE.purpose;
        } else if (gov) {
          frame.subjects = gov.gramSubject >= 0 ? [gov.gramSubject] : [...gov.subjects];
          frame.gramSubject = frame.subjects[0] ?? -1;
          if (modality === 'asserted') modality = 'planned';
          base = CONFIDENCE.purpose;
        }
      } else if (reducedHost) {
        frame.reduced = true;
        if ('cluster' in reducedHost) {
          frame.subjects = [reducedHost.cluster];
          frame.gramSubject = reducedHost.cluster;
        }
      } else {
        const found = findSubject(g, s.first, frames, frameIdx, resolveMention);
        frame.subjects = found.subjects;
        frame.gramSubject = found.subjects[0] ?? -1;
        subjectFactor = found.factor;
        if (found.inherited) subjectFactor *= 0.95;
        // Participle clause after a comma: ", citing X", ", saying that …".
        if (frame.subjects.length === 0 && /ing$/.test(vt.lower) && tokens[g - 1]?.text === ',') {
          const prev = frames[frames.length - 1];
          if (prev) {
            // After an agentless passive ("X was elected …, defeating Y") the patient acts.
            frame.subjects = prev.subjects.length === 0 && prev.gramSubject >= 0 && !prev.speech ? [prev.gramSubject] : [...prev.subjects];
            frame.gramSubject = prev.gramSubject;
          }
        }
      }
      if (vt.lemma === 'know' && tokens[v + 1]?.lower === 'as') continue;
      frame.leftSubjects = [...frame.subjects];

      // Object and prepositional arguments.
      const scan = scanRight(v, s.last, verbSet, passive, resolveMention, new Set(frame.subjects), frameIdx);
      let predicate = predicateForVerb(vt.lemma);
      let verbWord = vt.lemma;
      let objects: Argument[] = [];
      const qualifiers: Record<string, string> = { ...scan.qualifiers };
      if (scan.light) {
        predicate = scan.light.predicate;
        verbWord = `${vt.lemma} ${scan.light.noun}`;
        base = CONFIDENCE.light;
      }
      const more = (cs: readonly number[]): Argument[] => cs.map((cluster) => ({ cluster }));
      if (passive) {
        if (scan.agent >= 0) {
          objects = frame.gramSubject >= 0 ? [{ cluster: frame.gramSubject }] : [];
          // "The strike was called by X": a salient common-noun patient.
          // (A common-noun group "led by X" gives no role fact: "the team", "a funding round".)
          const reducedThing = reducedHost && 'thing' in reducedHost && !LEAD_VERBS.has(vt.lemma) ? reducedHost : null;
          const patient = frame.gramSubject < 0 ? (reducedHost ? reducedThing : commonPatient(g, s.first) ?? possessorPatient(g, s.first)) : null;
          if (patient) objects = [patient];
          frame.subjects = [scan.agent, ...scan.agentMore.filter((c) => c !== scan.agent)];
          base = CONFIDENCE.passive;
        } else if (frame.gramSubject >= 0 && scan.pp && PASSIVE_PP_PREPS.has(scan.ppPrep ?? '') && !frame.speech) {
          // No agent, but a place or partner: "it was launched from X", "the data is linked to Y".
          objects = [{ cluster: scan.pp.cluster }, ...more(scan.ppMore)];
          delete qualifiers[scan.pp.qualifier];
          frame.subjects = [frame.gramSubject];
          verbWord = `${vt.lemma} ${scan.ppPrep}`;
          base = CONFIDENCE.prepositional * 0.85;
        } else {
          objects = [];
          frame.subjects = [];
        }
      } else if (scan.direct && makesComplement(v, s.last, scan.direct)) {
        // "making the country the first to …", "made Lisbon a hub": a causative, not DEVELOP.
        objects = [];
      } else if (scan.direct) {
        objects = [scan.direct, ...more(scan.directMore)];
        // "X, who heads Y": head with a direct object leads, it does not travel.
        if (vt.lemma === 'head' && predicate === 'TRAVEL') predicate = 'LEADER_OF';
      } else if (scan.pp && (!scan.directNonEntity || scan.light) && !(frame.speech && !scan.light && PLACE_PREPS.has(scan.pp.qualifier))) {
        objects = [{ cluster: scan.pp.cluster }, ...more(scan.ppMore)];
        delete qualifiers[scan.pp.qualifier];
        if (!scan.light) base = CONFIDENCE.prepositional;
      } else if (scan.pp && scan.directNonEntity && scan.directHead && (!frame.speech || scan.ppPrep === 'to')) {
        // "cut 1,200 jobs in Eindhoven": the place or partner becomes the object, the noun joins the verb.
        // ("reported the incident to X" tells X something: a communication, not reported speech.)
        frame.speech = false;
        objects = [{ cluster: scan.pp.cluster }, ...more(scan.ppMore)];
        delete qualifiers[scan.pp.qualifier];
        verbWord = `${vt.lemma} ${scan.directHead}`;
        base = CONFIDENCE.prepositional * 0.85;
      }
      // Inverted speech: "…, reported Reuters news agency."
      if (frame.speech && frame.subjects.length === 0 && scan.direct && 'cluster' in scan.direct && tokens[g - 1]?.text === ',') {
        frame.subjects = [scan.direct.cluster];
        objects = [];
      }
      if (frame.speech) frame.speaker = frame.subjects[0] ?? -1;
      if (scan.date === null) {
        // A date earlier in the clause ("Earlier on Monday, X stated …"), not one of an earlier
        // event ("entered orbit on Friday, four months after it was launched"), unless this is
        // that event's purpose or control clause.
        const prevFrame = frames[frames.length - 1];
        let from = s.first;
        if (prevFrame && !infinitive && !controlFrame && !prevFrame.speech && prevFrame.verb >= s.first) {
          from = prevFrame.verb + 1;
          for (let i = g - 1; i > prevFrame.verb; i--) {
            if (tokens[i]!.pos === 'SCONJ' || tokens[i]!.text === ',' || tokens[i]!.pos === 'CCONJ') {
              from = i + 1;
              break;
            }
          }
        }
        for (let i = from; i < g; i++) {
          // A date before a purpose clause belongs to the governing event ("drove on Monday to protest").
          const d = matchDate(tokens, i, g - 1, options.publishedAt, modality === 'planned' && !(infinitive && !controlFrame));
          if (d) {
            qualifiers.date = d.value;
            break;
          }
        }
      } else qualifiers.date = scan.date;
      frame.hasObject = objects.length > 0;
      frame.object = objects[0] && 'cluster' in objects[0] ? objects[0].cluster : -1;
      frame.objectControl = OBJECT_CONTROL_VERBS.has(vt.lemma);
      frames.push(frame);

      // Symmetric predicates with coordinated subjects: "A and B met".
      // ("A and B met in Porto": the place goes back to a qualifier.)
      const placeObject = !passive && !scan.direct && scan.pp !== null && !scan.light && PLACE_PREPS.has(scan.pp.qualifier) && objects.length > 0;
      // ("A and B signed an agreement in Dakar": signatories, the place a qualifier.)
      if (frame.subjects.length === 2 && (isSymmetricPredicate(predicate) || predicate === 'SIGN') && placeObject) {
        qualifiers[scan.pp!.qualifier] = clusters[scan.pp!.cluster]!.name;
        objects = [];
      }
      if (frame.subjects.length === 2 && isSymmetricPredicate(predicate) && objects.every((o) => !('cluster' in o))) {
        objects = [{ cluster: frame.subjects[1]! }];
        frame.subjects = [frame.subjects[0]!];
      }
      const dist = Math.max(0, scan.distance - 8);
      const conf = clamp(base * subjectFactor * MODALITY_FACTOR[modality] - 0.015 * dist);
      // "A and B signed (the deal)", "the deal was signed by A and B": the signatories are each other's parties.
      if (predicate === 'SIGN' && frame.subjects.length === 2 && objects.every((o) => !('cluster' in o) || clusters[o.cluster]!.isThing) && !negated) {
        const [a, b] = frame.subjects as [number, number];
        if (a >= 0 && b >= 0 && a !== b) sentRelations.push({ rel: { subject: { cluster: a }, object: { cluster: b }, predicate, verb: verbWord, qualifiers: { ...qualifiers }, confidence: conf * 0.95, sentence: s.index, negated, modality }, verb: v });
      }
      for (const subj of frame.subjects) {
        for (const obj of objects) {
          if ('cluster' in obj && obj.cluster === subj) continue;
          if (subj < 0) continue;
          sentRelations.push({ rel: { subject: { cluster: subj }, object: obj, predicate, verb: verbWord, qualifiers: { ...qualifiers }, confidence: conf, sentence: s.index, negated, modality }, verb: v });
        }
      }
      // "signed the striker X from Y", "hired X from Y": the person leaves Y and joins the subject.
      const mover = objects[0];
      if (!passive && !negated && mover && 'cluster' in mover && typeOf(mover.cluster) === 'PERSON' && scan.origin >= 0 && scan.origin !== mover.cluster && RECRUIT_VERBS.has(vt.lemma)) {
        const derived = (subject: number, object: number, predicate: string, verb: string): void => {
          sentRelations.push({ rel: { subject: { cluster: subject }, object: { cluster: object }, predicate, verb, qualifiers: {}, confidence: clamp(CONFIDENCE.nounEvent * MODALITY_FACTOR[modality]), sentence: s.index, negated: false, modality }, verb: v });
        };
        derived(mover.cluster, scan.origin, 'QUIT', 'leave');
        for (const subj of frame.subjects) if (subj >= 0 && subj !== mover.cluster && subj !== scan.origin) derived(mover.cluster, subj, 'JOIN', 'join');
      }
      // "supply 10 million doses to Gavi", "sold its stake to Y": the recipient is a party of the
      // transfer as well as the thing given.
      const given = objects[0];
      if (!passive && given && 'thing' in given && scan.recipient >= 0 && TRANSFER_PREDICATES.has(predicate)) {
        const { to: _recipient, ...rest } = qualifiers;
        for (const subj of frame.subjects) {
          if (subj < 0 || subj === scan.recipient) continue;
          sentRelations.push({ rel: { subject: { cluster: subj }, object: { cluster: scan.recipient }, predicate, verb: `${vt.lemma} ${given.thing.split(' ').pop()}`, qualifiers: rest, confidence: clamp(conf * 0.9), sentence: s.index, negated, modality }, verb: v });
        }
      }
    }

    // Reported speech: attribution of the reported facts.
    for (const f of frames) {
      if (!f.speech || f.speaker < 0) continue;
      const speakerName = clusters[f.speaker]!.name;
      const after = sentRelations.filter((r) => r.verb > f.verb);
      const before = sentRelations.filter((r) => r.verb < f.groupStart);
      const reported = after.length > 0 && !f.hasObject ? after : before;
      for (const r of reported) if (!r.rel.qualifiers.attributedTo) r.rel.qualifiers.attributedTo = speakerName;
      // No "speaker SAY <subject of the reported clause>" fact: the speaker did not say that
      // entity; the reported facts carry the speaker as `attributedTo` instead.
    }
    if (attributedTo) for (const r of sentRelations) if (!r.rel.qualifiers.attributedTo) r.rel.qualifiers.attributedTo = attributedTo;
    for (const r of sentRelations) {
      if (r.rel.qualifiers.attributedTo && r.rel.modality === 'asserted' && r.rel.predicate !== 'SAY') {
        r.rel.modality = 'reported';
        r.rel.confidence = clamp(r.rel.confidence * 0.95);
      }
      out.push(r.rel);
    }

    nounEvents(s.first, s.last, s.index);
    nominalFacts(s.first, s.last, s.index);
    demonymFacts(s.first, s.last, s.index);
    possessiveRoles(s.first, s.last, s.index);
    possessiveSites(s.first, s.last, s.index);
    predicativeRoles(s.first, s.last, s.index);
    titleOfOwnerRoles(s.first, s.last, s.index);
    personOfFacts(s.first, s.last, s.index);
  }

  roleFacts();
  return out;

  /* ───────────── helpers (closures over the document) ───────────── */

  function headLemma(t: Token): string {
    return t.lower.endsWith('ies') ? `${t.lower.slice(0, -3)}y` : t.lower.replace(/(?<=[^s])s$/, '');
  }

  /**
   * Lower-case title words starting at `q` ("chief executive", "new mayor", "director of research"):
   * returns the title (without vague modifiers) and the token after it, or null when the phrase
   * does not end in a title word.
   */
  function titleAt(q: number, last: number): { title: string; head: string; end: number } | null {
    const words: Token[] = [];
    while (q <= last && argAt[q] === -1 && /^\p{Ll}/u.test(tokens[q]!.text) && ['ADJ', 'NOUN', 'PROPN', 'VERB'].includes(tokens[q]!.pos) && words.length < 4) words.push(tokens[q++]!);
    while (words.length > 0 && !TITLE_WORDS.has(words[words.length - 1]!.lower)) {
      words.pop();
      q--;
    }
    const head = words[words.length - 1];
    if (!head || ['official', 'officer', 'representative', 'member'].includes(head.lower)) return null;
    const kept = words.filter((w) => !VAGUE_MODIFIERS.has(w.lower) && !['former', 'current', 'interim', 'acting', 'outgoing', 'incoming'].includes(w.lower));
    return { title: kept.map((w) => w.lower).join(' '), head: head.lower, end: q };
  }

  /** The owner of an owner-less title: the organisation in view for corporate titles, the country in view for state ones. */
  function impliedOwner(head: string, pos: number): number {
    if (CORPORATE_TITLES.has(head) || head === 'executive') return storyOrganisation(pos);
    if (STATE_TITLES.has(head)) return mainCountry();
    return -1;
  }

  function pushRole(person: number, owner: number, title: string, conf: number, sentence: number): void {
    if (person < 0 || owner < 0 || person === owner || clusters[person]!.type !== 'PERSON') return;
    out.push({ subject: { cluster: person }, object: { cluster: owner }, predicate: isLeaderTitle(title) ? 'LEADER_OF' : 'HOLDS_ROLE', verb: title, qualifiers: {}, confidence: conf, sentence, negated: false, modality: 'asserted' });
  }

  /**
   * Predicative roles: "X is the chief executive (of Y)", "X was elected mayor of Y", "X became
   * chair of Y", "X was appointed director": the owner follows "of"/"at", or is implied by context.
   */
  function predicativeRoles(first: number, last: number, sentence: number): void {
    for (let i = first + 1; i < last; i++) {
      const t = tokens[i]!;
      const copula = t.lemma === 'be' && t.pos === 'AUX';
      const elect = t.pos === 'VERB' && ['elect', 'appoint', 'name', 'become', 'reelect', 're-elect', 'install', 'promote'].includes(t.lemma);
      if (!copula && !elect) continue;
      let b = i - 1;
      while (b >= first && (tokens[b]!.pos === 'AUX' || tokens[b]!.pos === 'ADV' || tokens[b]!.pos === 'PART')) b--;
      // "X, a former teacher, was elected mayor of Y": the appositive's host is the subject.
      const host = b >= first && tokens[b]!.text === ',' ? appositiveHost(b, first) : -1;
      const mi = host >= 0 ? host : b >= first ? argAt[b]! : -1;
      if (mi < 0 || (host < 0 && mentions[mi]!.end !== b + 1)) continue;
      const person = mi >= 0 ? (mentions[mi]!.kind === 'pronoun' ? -1 : entityOf[mi] ?? -1) : -1;
      if (person < 0) continue;
      let q = i + 1;
      if (tokens[q]?.lower === 'as') q++;
      if (['the', 'a', 'an', 'its', 'their'].includes(tokens[q]?.lower ?? '')) q++;
      if (copula && !['the', 'its', 'their'].includes(tokens[q - 1]!.lower)) continue;
      const ti = titleAt(q, last);
      if (!ti) continue;
      let owner = -1;
      const after = tokens[ti.end];
      if (after && ti.end <= last && ['of', 'at', 'for'].includes(after.lower)) {
        const oi = ownerAfter(ti.end + 1, last);
        owner = oi >= 0 ? entityOf[oi] ?? -1 : -1;
      } else if (!after || ti.end > last || ['.', ',', ';', 'on', 'in', 'last', 'this', 'since', 'until', 'and'].includes(after.lower)) {
        owner = impliedOwner(ti.head, i);
      }
      if (owner >= 0 && clusters[owner]!.isThing) continue;
      pushRole(person, owner, ti.title, CONFIDENCE.appositive, sentence);
    }
  }

  /** "the chief executive of the state energy company Y, X," → X holds the title at Y. */
  /**
   * "Carolina Reis of the Green Party" → MEMBER_OF; "Lena Moro of Italy" → NATIONALITY. Only for a
   * person's name without a title of its own (titled names get role facts instead).
   */
  function personOfFacts(first: number, last: number, sentence: number): void {
    for (let i = first; i <= last; i++) {
      const mi = argAt[i]!;
      if (mi < 0) continue;
      const m = mentions[mi]!;
      i = m.end - 1;
      if (m.kind !== 'name' || m.role || m.start < first) continue;
      const c = entityOf[mi] ?? -1;
      if (c < 0 || clusters[c]!.type !== 'PERSON' || clusters[c]!.isThing) continue;
      let q = m.end;
      if (tokens[q]?.lower !== 'of' || q + 1 > last) continue;
      q++;
      if (tokens[q]!.lower === 'the') q++;
      const oi = q <= last ? argAt[q]! : -1;
      if (oi < 0 || mentions[oi]!.start !== q || !isNameMention(oi)) continue;
      const oc = entityOf[oi] ?? -1;
      if (oc < 0 || oc === c) continue;
      const target = clusters[oc]!;
      if (target.country !== undefined && target.country === target.name) {
        out.push({ subject: { cluster: c }, object: { cluster: oc }, predicate: 'NATIONALITY', verb: 'of', qualifiers: {}, confidence: CONFIDENCE.appositive, sentence, negated: false, modality: 'asserted' });
      } else if (target.type === 'ORGANIZATION' && target.strength >= 2 && !target.isThing) {
        out.push({ subject: { cluster: c }, object: { cluster: oc }, predicate: 'MEMBER_OF', verb: 'member', qualifiers: {}, confidence: CONFIDENCE.appositive, sentence, negated: false, modality: 'asserted' });
      }
    }
  }

  function titleOfOwnerRoles(first: number, last: number, sentence: number): void {
    for (let i = first; i < last; i++) {
      if (!['the', 'a', 'an'].includes(tokens[i]!.lower)) continue;
      const ti = titleAt(i + 1, last);
      if (!ti || tokens[ti.end]?.lower !== 'of') continue;
      const oi = ownerAfter(ti.end + 1, last);
      if (oi < 0) continue;
      const om = mentions[oi]!;
      if (tokens[om.end]?.text !== ',') continue;
      const pi = argAt[om.end + 1] ?? -1;
      if (pi < 0 || mentions[pi]!.kind !== 'name') continue;
      const pm = mentions[pi]!;
      if (![',', '.', ';'].includes(tokens[pm.end]?.text ?? '.')) continue;
      pushRole(entityOf[pi] ?? -1, entityOf[oi] ?? -1, ti.title, CONFIDENCE.appositive, sentence);
      i = pm.end;
    }
  }

  /**
   * The noun a by-participle at `v` modifies: a mention ending right before it (or before the
   * comma opening an aside, "Acme, owned by Y,"), else a common noun phrase ("a new malaria
   * vaccine developed by"); null when the participle follows no noun.
   */
  function reducedRelativeHost(v: number, first: number): Argument | null {
    let h = v - 1;
    const aside = h >= first && tokens[h]!.text === ',';
    if (aside) h--;
    if (h < first) return null;
    const mi = argAt[h]!;
    if (mi >= 0) {
      const m = mentions[mi]!;
      const c = clusterOf(mi);
      if (m.kind === 'pronoun' || c < 0) return null;
      return { cluster: c };
    }
    const t = tokens[h]!;
    if (t.pos !== 'NOUN' || modAt[h] === 1) return null;
    let b = h;
    while (b - 1 >= first && ['ADJ', 'NOUN'].includes(tokens[b - 1]!.pos) && argAt[b - 1] === -1 && modAt[b - 1] !== 1) b--;
    // Only a noun phrase that opens with a determiner or follows a verb/preposition heads the participle.
    const before = tokens[b - 1];
    if (b > first && (!before || !(['DET', 'VERB', 'ADP', 'NUM', 'PUNCT', 'PRON', 'AUX', 'PROPN'].includes(before.pos) || argAt[b - 1]! >= 0 || modAt[b - 1] === 1))) return null;
    const name = thingName(tokens.slice(b, h + 1)) ?? (aside ? t.lower : null);
    return name ? { thing: name, type: 'OTHER' } : null;
  }

  /** A one-word name seen once, between a determiner/adjective and a person noun ("the first African woman"). */
  function modifiesPersonNoun(m: Mention): boolean {
    if (m.end - m.start !== 1 || m.kind !== 'name' || !['DET', 'ADJ'].includes(tokens[m.start - 1]?.pos ?? '')) return false;
    const c = clusterOf(m.index);
    const next = tokens[m.end];
    if (c < 0 || clusters[c]!.mentions.length !== 1 || clusters[c]!.strength >= 3 || !next) return false;
    return next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && (PERSON_NOUNS.has(next.lower) || PERSON_NOUNS.has(next.lemma));
  }

  /** True when a preposition and a name follow the noun phrase ending at `e` ("a plant in Eindhoven"). */
  function nameAfterPrepAt(e: number, last: number): boolean {
    return tokens[e + 1]?.pos === 'ADP' && [e + 2, e + 3].some((q) => q <= last && isNameMention(argAt[q]!) && (q === e + 2 || tokens[e + 2]!.pos === 'DET'));
  }

  /** "make X the first", "make X a hub", "make X happy": `make` with an entity object and a complement after it. */
  function makesComplement(v: number, last: number, direct: Argument): boolean {
    if (tokens[v]!.lemma !== 'make' || !('cluster' in direct)) return false;
    for (let k = v + 1; k <= last; k++) {
      const mi = argAt[k]!;
      if (mi < 0) continue;
      const after = tokens[mentions[mi]!.end];
      return mentions[mi]!.end <= last && after !== undefined && (['a', 'an', 'the'].includes(after.lower) || after.pos === 'ADJ');
    }
    return false;
  }

  /**
   * "The company's software is used by X", "Acme's plant was hit by Y": the possessor of a
   * common-noun patient right before the verb group stands for it. Returns it, or null.
   */
  function possessorPatient(g: number, first: number): Argument | null {
    let h = g - 1;
    if (h < first || tokens[h]!.pos !== 'NOUN' || argAt[h] !== -1) return null;
    while (h - 1 >= first && ['NOUN', 'ADJ'].includes(tokens[h - 1]!.pos) && argAt[h - 1] === -1) h--;
    // "Her campaign was managed by X": a possessive pronoun's person.
    const pi = h - 1 >= first ? argAt[h - 1]! : -1;
    if (pi >= 0 && mentions[pi]!.kind === 'pronoun' && ['his', 'her'].includes(mentions[pi]!.pronoun ?? '')) {
      const pc = resolvePossessive(pi);
      return pc >= 0 ? { cluster: pc } : null;
    }
    if (tokens[h - 1]?.lower !== "'s" || h - 2 < first) return null;
    const mi = argAt[h - 2]!;
    if (mi < 0 || mentions[mi]!.kind === 'pronoun' || mentions[mi]!.end !== h - 1) return null;
    const c = clusterOf(mi);
    return c >= 0 && !clusters[c]!.isThing ? { cluster: c } : null;
  }

  /** A salient common-noun phrase ending right before the verb group at `g` (passive patient), or null. */
  function commonPatient(g: number, first: number): Argument | null {
    const head = g - 1;
    if (head < first || tokens[head]!.pos !== 'NOUN' || argAt[head] !== -1 || !salient.has(headLemma(tokens[head]!))) return null;
    let b = head;
    while (b - 1 >= first && ['ADJ', 'NOUN', 'NUM'].includes(tokens[b - 1]!.pos) && argAt[b - 1] === -1 && modAt[b - 1] !== 1) b--;
    const name = thingName(tokens.slice(b, head + 1));
    return name ? { thing: name, type: 'OTHER' } : null;
  }

  function salientHeads(): Set<string> {
    const counts = new Map<string, number>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.pos !== 'NOUN' || argAt[i] !== -1 || modAt[i] === 1 || !/^\p{L}[\p{Ll}-]+$/u.test(t.text)) continue;
      const nx = tokens[i + 1];
      if (nx && nx.sentence === t.sentence && (nx.pos === 'NOUN' || (nx.text === '-' && !nx.spaceBefore))) continue;
      const h = headLemma(t);
      if (h.length < 3 || GENERIC_NOUNS.has(h) || GENERIC_NOUNS.has(t.lower) || QUANTITY_NOUNS.has(t.lower) || TITLE_WORDS.has(h) || TITLE_WORDS.has(t.lower) || KINSHIP_WORDS.has(h)) continue;
      counts.set(h, (counts.get(h) ?? 0) + 1);
    }
    const titleWords = new Set((options.title ?? '').toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean).map((w) => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.replace(/(?<=[^s])s$/, ''))));
    const out = new Set<string>();
    for (const [h, n] of counts) if (n >= 3 || (titleWords.has(h) && n >= 1)) out.add(h);
    return out;
  }

  function isNameMention(mi: number): boolean {
    if (mi < 0) return false;
    const m = mentions[mi]!;
    return m.kind === 'name' || m.kind === 'gazetteer';
  }

  function isMainVerb(i: number, first: number, last: number): boolean {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (argAt[i]! >= 0 || modAt[i]) return false;
    if (t.pos === 'NOUN' && /s$/.test(t.lower) && i > first && prev && argAt[i - 1]! >= 0 && mentions[argAt[i - 1]!]!.end === i && mentions[argAt[i - 1]!]!.kind !== 'thing') {
      const lemma = t.lemma.replace(/s$/, '');
      const host = mentions[argAt[i - 1]!]!;
      // "Haile trains in Addis Ababa": after a person's name, before a preposition, any verb.
      const personVerb = host.kind === 'name' && clusterOf(host.index) >= 0 && typeOf(clusterOf(host.index)) === 'PERSON' && next?.pos === 'ADP' && i + 1 <= last;
      if (personVerb || (definitionForVerb(lemma) && next && i + 1 <= last && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PUNCT'].includes(next.pos) && next.text !== '.' && next.text !== ',')) {
        t.lemma = lemma;
        return true;
      }
      return false;
    }
    // "…, beating the holder": an -ing form the tagger read as a noun opens a participle clause.
    if (t.pos === 'NOUN' && /ing$/.test(t.lower) && prev?.text === ',' && next && ['DET', 'PROPN', 'PRON'].includes(next.pos)) {
      const base = verbBaseOfIng(t.lower);
      if (base) {
        t.lemma = base;
        t.pos = 'VERB';
        return true;
      }
      return false;
    }
    if (t.pos !== 'VERB') return false;
    if (t.lower === 'according' || (t.lower === 'based' && next?.lower === 'on')) return false;
    // Participles used as adjectives: "the suspected missile", "recently built facilities".
    if (next && i + 1 <= last && ['NOUN', 'ADJ'].includes(next.pos) && prev && ['DET', 'ADJ', 'ADV'].includes(prev.pos) && !(prev.pos === 'ADV' && tokens[i - 2]?.pos !== 'DET')) return false;
    // "the missile launch on X": a noun after a determiner + noun.
    if (prev && prev.pos === 'NOUN' && tokens[i - 2]?.pos === 'DET' && !(argAt[i - 1]! >= 0 && ['reference', 'thing'].includes(mentions[argAt[i - 1]!]!.kind) && entityOf[argAt[i - 1]!]! >= 0 && t.lower !== t.lemma)) return false;
    if (/ing$/.test(t.lower) && prev && prev.pos === 'NOUN' && argAt[i - 1] === -1) return false;
    if (prev && prev.text === '-') return false;
    return true;
  }

  function findSubject(g: number, first: number, frames: Frame[], frameIdx: number, resolve: (mi: number, ex: ReadonlySet<number>, fi: number) => number): { subjects: number[]; factor: number; inherited: boolean } {
    let sawConj = false;
    // (Not for participle clauses: "…, a site north of X, citing officials".)
    const appositive = /ing$/.test(tokens[g]!.lower) ? -1 : appositiveHost(g - 1, first);
    if (appositive >= 0) {
      const c = resolve(appositive, new Set(), frameIdx);
      if (c >= 0) return { subjects: [c], factor: 1, inherited: false };
    }
    for (let j = g - 1; j >= first; j--) {
      const t = tokens[j]!;
      const mi = argAt[j]!;
      if (mi >= 0) {
        const m = mentions[mi]!;
        // "A met B on Monday and visited C": past a conjunction, a mention after the previous verb
        // is that verb's argument; the coordinated verb shares its subject.
        const prevFrame = frames[frameIdx - 1];
        if (sawConj && prevFrame && prevFrame.verb >= first && m.start > prevFrame.verb && prevFrame.subjects.length > 0 && !prevFrame.speech) {
          return { subjects: prevFrame.gramSubject >= 0 ? [prevFrame.gramSubject] : [...prevFrame.subjects], factor: 1, inherited: true };
        }
        if (m.kind === 'pronoun' && ['his', 'her', 'its', 'their'].includes(m.pronoun ?? '')) {
          j = m.start;
          continue;
        }
        if (tokens[m.end]?.lower === "'s") {
          j = m.start;
          continue;
        }
        // "The mayor of Tromso, Ingrid Dahl, met …": a name set off by commas right before the
        // verb renames the subject noun phrase; it is the subject.
        if (m.kind === 'name' && m.end === g - 1 && tokens[g - 1]!.text === ',' && tokens[m.start - 1]?.text === ',' && !sawConj) {
          const c = resolve(mi, new Set(), frameIdx);
          if (c >= 0 && typeOf(c) === 'PERSON') return { subjects: [c], factor: 1, inherited: false };
        }
        // Objects of prepositions are not subjects.
        let b = m.start - 1;
        const skipModifiers = (): void => {
          while (b >= first && ['DET', 'ADJ', 'NUM'].includes(tokens[b]!.pos) || (b >= first && modAt[b] === 1) || (b >= first && TITLE_WORDS.has(tokens[b]!.lower))) b--;
        };
        skipModifiers();
        // "through Bulgaria and Serbia before reaching …": a later conjunct shares the preposition.
        while (b > first && [',', 'and', 'or'].includes(tokens[b]!.lower) && argAt[b - 1]! >= 0 && mentions[argAt[b - 1]!]!.kind !== 'pronoun') {
          b = mentions[argAt[b - 1]!]!.start - 1;
          skipModifiers();
        }
        // "Thousands of farmers drove …": the quantity's of-phrase is the subject.
        const quantityOf = b > first && tokens[b]!.lower === 'of' && QUANTITY_NOUNS.has(tokens[b - 1]!.lower) && m.kind === 'thing';
        // "on X, formerly known as Twitter, saying …": an alias in an aside is no subject.
        if (b >= first && tokens[b]!.lower === 'as' && tokens[b - 1]?.lower === 'known') {
          j = m.start;
          continue;
        }
        // "a few days after the DPRK commissioned …": a subordinating preposition right before the
        // clause's subject does not make that subject its object.
        const subordinator = b >= first && SUBORDINATING_PREPS.has(tokens[b]!.lower) && m.end === g;
        if (b >= first && tokens[b]!.pos === 'ADP' && !['than', 'as'].includes(tokens[b]!.lower) && m.kind !== 'pronoun' && !quantityOf && !subordinator) {
          // "Scientists at X designed …", "Officials from X said …": the organisation acts.
          const host = affiliationHost(b, first, m);
          if (host >= 0) return { subjects: [host], factor: 0.9, inherited: false };
          j = m.start;
          continue;
        }
        const c = resolve(mi, new Set(), frameIdx);
        if (c < 0) return { subjects: [], factor: 1, inherited: false };
        const subjects = [c];
        // Coordinated subject: "A and B met".
        let k = m.start - 1;
        while (k >= first && (modAt[k] === 1 || TITLE_WORDS.has(tokens[k]!.lower) || tokens[k]!.lower === 'the')) k--;
        if (k >= first && tokens[k]!.lower === 'and') {
          let q = k - 1;
          while (q >= first && (modAt[q] === 1 || TITLE_WORDS.has(tokens[q]!.lower))) q--;
          const mj = q >= first ? argAt[q]! : -1;
          if (mj >= 0) {
            const cj = resolve(mj, new Set([c]), frameIdx);
            if (cj >= 0 && cj !== c) subjects.unshift(cj);
          }
        }
        const factor = m.kind === 'pronoun' || m.kind === 'description' || m.kind === 'reference' ? 0.9 : 1;
        return { subjects, factor, inherited: false };
      }
      if (CLAUSE_STOP.has(t.text) || t.pos === 'SCONJ' || (t.lower === 'that' && t.pos !== 'PRON')) return { subjects: [], factor: 1, inherited: false };
      // A common noun phrase right before the verb is the subject ("the two companies said").
      if (t.pos === 'NOUN' && !sawConj && argAt[j] === -1) {
        let b = j - 1;
        while (b >= first && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(tokens[b]!.pos) && argAt[b] === -1) b--;
        if (b >= first && (tokens[b]!.text === "'s" || tokens[b]!.lower === "'s")) {
          j = b;
          continue;
        }
        // "The Vela probe entered …": a name followed by its descriptor noun is the subject.
        const mb = b >= first ? argAt[b]! : -1;
        if (j === g - 1 && mb >= 0 && mentions[mb]!.end === j && mentions[mb]!.descriptor === t.lower && isNameMention(mb)) {
          const c = resolve(mb, new Set(), frameIdx);
          if (c >= 0) return { subjects: [c], factor: 0.95, inherited: false };
        }
        if (!(b >= first && tokens[b]!.pos === 'ADP')) return { subjects: [], factor: 1, inherited: false };
        j = b;
        continue;
      }
      if (['and', 'or', 'but'].includes(t.lower)) sawConj = true;
      const f = frames.find((fr) => fr.verb === j);
      if (f) {
        if (sawConj) return { subjects: f.gramSubject >= 0 ? [f.gramSubject] : [...f.subjects], factor: 1, inherited: true };
        // "A vaccine developed by X has cut …": the reduced relative's noun is the subject; when
        // it is a common noun led by someone ("The team, led by X, surveyed …"), the leader acts.
        if (f.reduced) {
          if (f.gramSubject >= 0) return { subjects: [f.gramSubject], factor: 0.95, inherited: false };
          if (LEAD_VERBS.has(tokens[f.verb]!.lemma) && f.subjects.length > 0 && tokens[f.groupStart - 1]?.text === ',') return { subjects: [...f.subjects], factor: 0.8, inherited: false };
          return { subjects: [], factor: 1, inherited: false };
        }
        if (f.speech) return { subjects: [], factor: 1, inherited: false };
        return { subjects: [], factor: 1, inherited: false };
      }
      if (t.pos === 'VERB' && !sawConj && !['have', 'be'].includes(t.lemma) && /ing$/.test(t.lower) === false && tokens[j + 1]?.pos !== 'NOUN') {
        // another (untracked) verb: clause boundary
        return { subjects: [], factor: 1, inherited: false };
      }
    }
    return { subjects: [], factor: 1, inherited: false };
  }

  /**
   * "Researchers at X", "marine biologists from the X": a clause-initial plural (or person) noun
   * phrase tied by at/from to an organisation stands for it. Returns the organisation's cluster or -1.
   */
  function affiliationHost(prep: number, first: number, m: Mention): number {
    if (!AFFILIATION_PREPS.has(tokens[prep]!.lower) || !isNameMention(m.index)) return -1;
    const noun = tokens[prep - 1];
    if (!noun || prep - 1 < first || !['NOUN', 'PROPN'].includes(noun.pos) || argAt[prep - 1] !== -1) return -1;
    const sg = noun.lower.replace(/s$/, '');
    const personal = PERSON_NOUNS.has(noun.lemma) || PERSON_NOUNS.has(sg) || GROUP_NOUNS.has(noun.lower) || (/s$/.test(noun.lower) && /(er|or|ist|ian|ant|ent)$/.test(sg));
    if (!personal) return -1;
    let b = prep - 2;
    while (b >= first && ['ADJ', 'DET', 'NOUN', 'NUM'].includes(tokens[b]!.pos) && argAt[b] === -1) b--;
    if (b >= first && tokens[b]!.text !== ',' && !(modAt[b] === 1)) return -1;
    const c = entityOf[m.index] ?? -1;
    if (c < 0 || !['ORGANIZATION', 'GPE'].includes(clusters[c]!.type)) return -1;
    return c;
  }

  /**
   * "A, the largest brewer in the north, has agreed …", "A, 24, scored …", "A, who is coached by B,
   * saved …": when the verb group follows a comma that closes an aside opened right after a
   * mention, that mention is the subject. Returns its index or -1.
   */
  function appositiveHost(close: number, first: number): number {
    if (close < first || tokens[close]!.text !== ',') return -1;
    for (let p = close - 1; p > first && close - p <= 30; p--) {
      const t = tokens[p]!;
      if (CLAUSE_STOP.has(t.text) || t.text === '.' || isQuote(t)) return -1;
      if (t.text !== ',') continue;
      const opener = tokens[p + 1]!;
      const ok = ['DET', 'ADJ', 'NUM', 'NOUN'].includes(opener.pos) || RELATIVE.has(opener.lower) || opener.pos === 'VERB' || ['PRON'].includes(opener.pos) && ['its', 'their', 'his', 'her'].includes(opener.lower) || modAt[p + 1] === 1;
      if (!ok) return -1;
      const mi = argAt[p - 1]!;
      if (mi < 0) return -1;
      const m = mentions[mi]!;
      if (m.kind === 'pronoun' || m.end !== p) return -1;
      // The host must not itself be the object of a preposition or a list member.
      let b = m.start - 1;
      while (b >= first && (['DET', 'ADJ'].includes(tokens[b]!.pos) || modAt[b] === 1 || TITLE_WORDS.has(tokens[b]!.lower))) b--;
      if (b >= first && (tokens[b]!.pos === 'ADP' || tokens[b]!.text === ',' || ['and', 'or'].includes(tokens[b]!.lower))) return -1;
      return mi;
    }
    return -1;
  }

  interface Scan {
    direct: Argument | null;
    directNonEntity: boolean;
    pp: { cluster: number; qualifier: string } | null;
    /** The preposition introducing `pp` as written ("from", "into"). */
    ppPrep?: string;
    agent: number;
    qualifiers: Record<string, string>;
    date: string | null;
    light: { predicate: string; noun: string } | null;
    distance: number;
    /** Head noun of a common-noun direct object. */
    directHead: string | null;
    /** A named "to" argument after the direct object ("supply doses to X"), or -1. */
    recipient: number;
    /** A named "from" argument after the direct object ("signed X from Y"), or -1. */
    origin: number;
    /** Names coordinated with the direct object, the passive agent and the prepositional object. */
    directMore: number[];
    agentMore: number[];
    ppMore: number[];
  }

  function scanRight(v: number, last: number, verbSet: ReadonlySet<number>, passive: boolean, resolve: (mi: number, ex: ReadonlySet<number>, fi: number) => number, subjects: ReadonlySet<number>, frameIdx: number): Scan {
    const res: Scan = { direct: null, directNonEntity: false, pp: null, agent: -1, qualifiers: {}, date: null, light: null, distance: 0, directHead: null, recipient: -1, origin: -1, directMore: [], agentMore: [], ppMore: [] };
    const vt = tokens[v]!;
    const def = definitionForVerb(vt.lemma);
    let prep: string | null = null;
    let k = v + 1;
    let farthest = v;
    let pendingThing: Argument | null = null;
    while (k <= last) {
      const t = tokens[k]!;
      if (verbSet.has(k) || CLAUSE_STOP.has(t.text) || t.pos === 'SCONJ' || t.text === '.' || t.text === ')') break;
      if (t.text === ',') {
        // Continue only through "X, formerly known as Y" style asides? No: a comma ends the frame.
        break;
      }
      const d = matchDate(tokens, k, last, options.publishedAt, false);
      if (d && (prep === null || ['on', 'in', 'since', 'by', 'until', 'during'].includes(prep))) {
        if (res.date === null) res.date = d.value;
        prep = null;
        k = d.end;
        continue;
      }
      const mi = argAt[k]!;
      if (mi >= 0) {
        const m = mentions[mi]!;
        if (m.kind === 'pronoun' && ['his', 'her', 'its', 'their'].includes(m.pronoun ?? '')) {
          k = m.end;
          continue;
        }
        if (tokens[m.end]?.lower === "'s") {
          k = m.end + 1;
          continue;
        }
        // "the Bogota-based carrier": a place inside a compound modifier is no argument.
        if (tokens[m.end]?.text === '-' && !tokens[m.end]!.spaceBefore && BASE_WORDS.has(tokens[m.end + 1]?.lower ?? '')) {
          k = m.end + 2;
          continue;
        }
        // "the Paris public hospital group AP-HP": a place naming the kind of the name after it is a modifier.
        {
          let q = m.end;
          while (q <= last && q - m.end < 4 && argAt[q] === -1 && /^\p{Ll}/u.test(tokens[q]!.text) && ['ADJ', 'NOUN'].includes(tokens[q]!.pos)) q++;
          const c0 = q > m.end && tokens[q - 1]!.pos === 'NOUN' && q <= last && isNameMention(argAt[q]!) ? clusterOf(mi) : -1;
          if (c0 >= 0 && ['GPE', 'LOCATION'].includes(clusters[c0]!.type)) {
            k = q;
            continue;
          }
        }
        // "became the first African to …": a demonym used as a noun names no country as object;
        // "the first African woman": a one-word name before a person noun only modifies it.
        if (prep === null && res.direct === null && (m.gazetteer?.kind === 'demonym' || modifiesPersonNoun(m))) {
          k = m.end;
          continue;
        }
        // "said Chile launched …": the mention starts the reported clause, it is no object.
        // (Also across an opening quote: 'saying the DPRK "launched …"'.)
        const afterName = tokens[m.end] && isQuote(tokens[m.end]!) ? m.end + 1 : m.end;
        if (prep === null && SPEECH_VERBS.has(vt.lemma) && res.direct === null && (verbSet.has(afterName) || tokens[afterName]?.pos === 'AUX')) break;
        // "asked the court to review it": an object "it" mostly stands for a thing we do not name
        // (the law, the plan), so it is left unresolved rather than guessed.
        const c = m.kind === 'pronoun' && m.pronoun === 'it' && prep === null ? -1 : resolve(mi, subjects, frameIdx);
        let next = m.end;
        if (c >= 0) {
          farthest = m.end - 1;
          if (prep === null) {
            if (res.direct === null && !res.directNonEntity && !res.light) {
              res.direct = { cluster: c };
              const co = coordinated(m.end, last, verbSet, prep);
              res.directMore = co.clusters;
              next = co.end;
            }
          } else if (prep === 'by' && passive && res.agent < 0) {
            res.agent = c;
            const co = coordinated(m.end, last, verbSet, prep);
            res.agentMore = co.clusters;
            next = co.end;
          } else {
            const q = QUALIFIER_NAMES[prep] ?? prep;
            if (res.pp === null && OBJECT_PREPS.has(prep) && !res.direct && (!res.light || ['with', 'against', 'of', 'to', 'on', 'at', 'in', 'for', 'from'].includes(prep))) {
              res.pp = { cluster: c, qualifier: q };
              res.ppPrep = prep;
              const co = coordinated(m.end, last, verbSet, prep);
              res.ppMore = co.clusters;
              next = co.end;
            }
            if (!(q in res.qualifiers)) res.qualifiers[q] = clusters[c]!.name;
            if (prep === 'to' && res.direct && res.recipient < 0) res.recipient = c;
            if (prep === 'from' && res.direct && res.origin < 0) res.origin = c;
          }
        }
        if (next > m.end) farthest = next - 1;
        prep = null;
        k = next;
        continue;
      }
      // Modifier mentions and titles inside a name phrase ("Chilean President Rosa Ibarra").
      if (modAt[k] === 1 || ((TITLE_WORDS.has(t.lower) || t.pos === 'NUM' || t.pos === 'DET') && argAt[k + 1] !== undefined && argAt[k + 1]! >= 0)) {
        k++;
        continue;
      }
      if (t.pos === 'ADP') {
        prep = t.lower === 'of' && prep === 'outside' ? 'outside' : t.lower;
        k++;
        continue;
      }
      if (t.pos === 'NOUN' || (t.pos === 'ADJ' && tokens[k + 1]?.pos === 'NOUN') || t.pos === 'NUM') {
        // A common noun phrase.
        let e = k;
        while (e + 1 <= last && (['NOUN', 'ADJ', 'NUM'].includes(tokens[e + 1]!.pos) || (tokens[e + 1]!.text === '-' && !tokens[e + 1]!.spaceBefore) || (/^['’]$/.test(tokens[e + 1]!.text) && /s$/.test(tokens[e]!.lower) && tokens[e + 2]?.pos === 'NOUN')) && argAt[e + 1] === -1 && !verbSet.has(e + 1)) e++;
        let headIdx = e;
        while (headIdx > k && tokens[headIdx]!.pos !== 'NOUN') headIdx--;
        const head = tokens[headIdx]!;
        const np = tokens.slice(k, e + 1);
        // A descriptor noun phrase right before a name ("the veteran striker Ana Lima", "its rival
        // Acme Foods") only describes it: the name is the argument, and any preposition still applies.
        if (e + 1 <= last && isNameMention(argAt[e + 1]!) && head.pos === 'NOUN' && !(LIGHT_VERBS.has(vt.lemma) && prep === null && (definitionForNoun(head.lower) ?? definitionForNoun(head.lemma)))) {
          k = e + 1;
          continue;
        }
        // "an older gang known as Y", "a start-up called Y": the name is the argument.
        {
          const alias = tokens[e + 1]?.lower === 'known' && tokens[e + 2]?.lower === 'as' ? e + 3 : ['called', 'named', 'dubbed'].includes(tokens[e + 1]?.lower ?? '') ? e + 2 : -1;
          if (alias > 0 && alias <= last && head.pos === 'NOUN' && isNameMention(argAt[alias]!)) {
            k = alias;
            continue;
          }
        }
        // "signed by Acme's chief executive, Ana Lima": a title then its holder, the agent.
        if (prep === 'by' && passive && res.agent < 0 && TITLE_WORDS.has(head.lower) && tokens[e + 1]?.text === ',' && e + 2 <= last && isNameMention(argAt[e + 2]!)) {
          k = e + 2;
          continue;
        }
        if (prep === null && res.direct === null && !res.directNonEntity && !res.light) {
          const nounDef = definitionForNoun(head.lower) ?? definitionForNoun(head.lemma);
          if (LIGHT_VERBS.has(vt.lemma) && nounDef) {
            res.light = { predicate: nounDef.predicate, noun: head.lower };
            k = e + 1;
            continue;
          }
          if (QUANTITY_NOUNS.has(head.lower) && tokens[e + 1]?.lower === 'of') {
            k = e + 2;
            continue;
          }
          if (tokens[e + 1]?.lower === 'known' && tokens[e + 2]?.lower === 'as') {
            k = e + 3;
            continue;
          }
          if (tokens[e + 1]?.lower === 'what' || head.pos === 'NUM') {
            res.directNonEntity = true;
            k = e + 1;
            continue;
          }
          const nameAfterPrep = nameAfterPrepAt(e, last);
          // "praised the customs officers", "thanked the volunteers": a group of people is an argument.
          const sg = headLemma(head);
          const peopleObject = def !== undefined && !SPEECH_VERBS.has(vt.lemma) && head.pos === 'NOUN' && head.lower !== sg && (PERSON_NOUNS.has(sg) || TITLE_WORDS.has(sg) || GROUP_NOUNS.has(head.lower)) && np.length <= 3 && !nameAfterPrep;
          if (peopleObject && np.every((x) => x.pos !== 'NUM')) {
            const name = np.filter((x) => x.pos !== 'DET' && !VAGUE_MODIFIERS.has(x.lower)).map((x) => x.lower).join(' ');
            if (name) {
              res.direct = { thing: name, type: 'OTHER' };
              farthest = e;
              k = e + 1;
              continue;
            }
          }
          const salientObject = !SPEECH_VERBS.has(vt.lemma) && !['have', 'do', 'be', 'get'].includes(vt.lemma) && head.pos === 'NOUN' && salient.has(headLemma(head)) && !nameAfterPrep;
          const name = UNIT_NOUNS.has(head.lower) ? null : thingName(np);
          if (name && ((def?.thingObject && head.pos === 'NOUN' && np.some((x) => x.pos === 'ADJ' || x.pos === 'NOUN') && np.length >= 2) || (salientObject && def !== undefined))) {
            res.direct = { thing: name, type: 'OTHER' };
            farthest = e;
            k = e + 1;
            continue;
          }
          // A verb the ontology does not know takes a salient thing as object only when no named
          // argument follows ("extend its ban", but "cut 1,200 jobs … in Eindhoven").
          if (name && salientObject) pendingThing = { thing: name, type: 'OTHER' };
          res.directNonEntity = true;
          if (head.pos === 'NOUN') res.directHead = head.lower;
        } else if (prep !== null) {
          const q = QUALIFIER_NAMES[prep] ?? prep;
          if (!(q in res.qualifiers) && prep !== 'of' && !['for'].includes(prep)) res.qualifiers[q] = np.map((x) => x.text).join(' ').replace(/ - /g, '-');
          prep = null;
        }
        k = e + 1;
        continue;
      }
      // Participles used as adjectives inside a noun phrase: "the defending champion".
      if (t.pos === 'VERB' && !verbSet.has(k) && ['DET', 'ADJ', 'PRON'].includes(tokens[k - 1]?.pos ?? '') && ['NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '')) {
        tokens[k]!.pos = 'ADJ';
        continue;
      }
      if (t.pos === 'VERB' && !verbSet.has(k)) {
        // participle inside an NP or a non-frame verb: stop
        if (/ing$/.test(t.lower)) break;
      }
      k++;
    }
    if (pendingThing && res.pp === null && res.direct === null && !res.light) {
      res.direct = pendingThing;
      res.directNonEntity = false;
    }
    res.distance = farthest - v;
    return res;
  }

  /**
   * Names coordinated after an argument ending at `end`: "A and B", "A, B and C", "by A and by B".
   * Stops when the next name opens a new clause (followed by a verb). Returns their clusters and the
   * token after the last one.
   */
  function coordinated(end: number, last: number, verbSet: ReadonlySet<number>, prep: string | null): { clusters: number[]; end: number } {
    const found: number[] = [];
    let k = end;
    let pending: number[] = [];
    while (k <= last) {
      let q = k;
      // Skip an appositive after a list member: "by A, a former researcher at B, and C".
      if (tokens[q]!.text === ',' && ['a', 'an', 'the'].includes(tokens[q + 1]?.lower ?? '')) {
        let r = q + 2;
        while (r <= last && r - q <= 16 && tokens[r]!.text !== ',' && !verbSet.has(r) && !CLAUSE_STOP.has(tokens[r]!.text)) r++;
        if (r <= last && tokens[r]!.text === ',' && ['and', 'or'].includes(tokens[r + 1]?.lower ?? '')) q = r;
      }
      const sep = tokens[q]!;
      const isAnd = ['and', 'or'].includes(sep.lower);
      if (!(isAnd || sep.text === ',')) break;
      q++;
      if (sep.text === ',' && ['and', 'or'].includes(tokens[q]?.lower ?? '')) q++;
      if (prep !== null && tokens[q]?.lower === prep) q++;
      while (q <= last && (['the', 'a', 'an'].includes(tokens[q]!.lower) || modAt[q] === 1)) q++;
      let mi = q <= last ? argAt[q]! : -1;
      if (mi < 0 || !isNameMention(mi)) break;
      // "and B's commercial director, C": the title holder is the list member.
      if (tokens[mentions[mi]!.end]?.lower === "'s") {
        let r = mentions[mi]!.end + 1;
        while (r <= last && argAt[r] === -1 && /^\p{Ll}/u.test(tokens[r]!.text) && ['ADJ', 'NOUN'].includes(tokens[r]!.pos)) r++;
        const held = r + 1 <= last && tokens[r]!.text === ',' && TITLE_WORDS.has(tokens[r - 1]!.lower) ? argAt[r + 1]! : -1;
        if (held >= 0 && isNameMention(held)) mi = held;
      }
      const m = mentions[mi]!;
      if (tokens[m.end]?.lower === "'s" || verbSet.has(m.end) || tokens[m.end]?.pos === 'AUX') break;
      const c = entityOf[mi] ?? -1;
      if (c < 0) break;
      pending.push(c);
      k = m.end;
      // A list only counts once it is closed by "and"/"or".
      if (isAnd || tokens[q - 1]?.lower === 'and' || tokens[q - 2]?.lower === 'and') {
        found.push(...pending);
        pending = [];
        end = k;
      }
    }
    return { clusters: found, end };
  }

  function thingName(np: readonly Token[]): string | null {
    const words = np.filter((x) => x.text !== '-' && x.pos !== 'NUM' && x.pos !== 'DET');
    const head = words[words.length - 1];
    if (!head) return null;
    const mod = [...words.slice(0, -1)].reverse().find((x) => !VAGUE_MODIFIERS.has(x.lower));
    const adjacent = mod && words.indexOf(mod) === words.length - 2;
    return adjacent ? `${mod.lower} ${head.lower}` : head.lower;
  }

  /** "his invasion of Ukraine", "Kim's visit to Russia". */
  function nounEvents(first: number, last: number, sentence: number): void {
    for (let i = first; i <= last; i++) {
      const mi = argAt[i]!;
      if (mi < 0) continue;
      const m = mentions[mi]!;
      const possessive = (m.kind === 'pronoun' && ['his', 'her', 'its', 'their'].includes(m.pronoun ?? '')) || tokens[m.end]?.lower === "'s";
      if (!possessive) {
        i = m.end - 1;
        continue;
      }
      let k = m.end + (tokens[m.end]?.lower === "'s" ? 1 : 0);
      while (k <= last && tokens[k]!.pos === 'ADJ') k++;
      const noun = tokens[k];
      if (!noun || k > last || noun.pos !== 'NOUN') continue;
      const def = definitionForNoun(noun.lower);
      const prep = tokens[k + 1];
      if (!def || !prep || !['of', 'to', 'with', 'against', 'in', 'on'].includes(prep.lower)) continue;
      let o = k + 2;
      while (o <= last && ['DET', 'ADJ'].includes(tokens[o]!.pos)) o++;
      const oi = o <= last ? argAt[o]! : -1;
      if (oi < 0) continue;
      const subj = m.kind === 'pronoun' ? resolvePossessive(mi) : entityOf[mi]!;
      const obj = entityOf[oi] ?? -1;
      if (subj < 0 || obj < 0 || subj === obj) continue;
      if (clusters[obj]!.isThing) continue;
      out.push({ subject: { cluster: subj }, object: { cluster: obj }, predicate: def.predicate, verb: noun.lower, qualifiers: {}, confidence: CONFIDENCE.nounEvent, sentence, negated: false, modality: 'asserted' });
    }
  }

  function resolvePossessive(mi: number): number {
    if (resolvedPronoun.has(mi)) return resolvedPronoun.get(mi)!;
    const m = mentions[mi]!;
    let c = -1;
    if (['his', 'her'].includes(m.pronoun ?? '')) c = lastPersonBefore(m.start, new Set());
    if (c >= 0) resolvedPronoun.set(mi, c);
    return c;
  }

  /** Appositives, kinship, possessive places, "X in Y" locations. */
  function nominalFacts(first: number, last: number, sentence: number): void {
    const argsInSentence: Mention[] = [];
    for (let i = first; i <= last; i++) {
      const mi = argAt[i]!;
      if (mi >= 0) {
        argsInSentence.push(mentions[mi]!);
        i = mentions[mi]!.end - 1;
      }
    }
    const placeLike = (c: number): boolean => {
      const cl = clusters[c];
      return !!cl && !cl.isThing && ['GPE', 'LOCATION', 'FACILITY'].includes(cl.type);
    };
    const isCountry = (c: number): boolean => clusters[c]?.country !== undefined && clusters[c]!.country === clusters[c]!.name;
    const push = (s: number, o: number, predicate: string, verb: string, conf: number): void => {
      if (s < 0 || o < 0 || s === o) return;
      out.push({ subject: { cluster: s }, object: { cluster: o }, predicate, verb, qualifiers: {}, confidence: conf, sentence, negated: false, modality: 'asserted' });
    };
    for (let a = 0; a < argsInSentence.length; a++) {
      const m = argsInSentence[a]!;
      if (m.kind === 'pronoun') continue;
      // "B's Governor, A" — a title followed by a person.
      if (m.kind === 'description' && m.role && tokens[m.end]?.text === ',') {
        const ni = argAt[m.end + 1] ?? -1;
        const nm = ni >= 0 ? mentions[ni]! : undefined;
        if (nm && nm.kind === 'name') {
          const pc = entityOf[nm.index]!;
          if (pc >= 0 && clusters[pc]!.type === 'PERSON') {
            const ofC = m.role.of !== null ? entityOf[m.role.of]! : -1;
            if (ofC >= 0) push(pc, ofC, m.role.leader ? 'LEADER_OF' : 'HOLDS_ROLE', m.role.title.toLowerCase(), CONFIDENCE.appositive);
            entityOf[m.index] = pc;
          }
        }
      }
      const c = entityOf[m.index]!;
      if (c < 0) continue;
      // Nationality: "Kenya's Joseph Kiprono", "the Ethiopian Dawit Alemu".
      if (clusters[c]!.type === 'PERSON' && m.kind === 'name' && !m.role) {
        const src = m.nationality ?? m.possessor;
        const nc = src !== undefined ? entityOf[src]! : -1;
        if (nc >= 0 && isCountry(nc)) push(c, nc, 'NATIONALITY', 'citizen', CONFIDENCE.appositive);
      }
      // "A of <country>" after a person's name: "the holder Ana Lima of Brazil".
      if (clusters[c]!.type === 'PERSON' && m.kind === 'name' && tokens[m.end]?.lower === 'of') {
        const oi = argAt[m.end + 1] ?? -1;
        const oc = oi >= 0 ? entityOf[oi]! : -1;
        const after = tokens[oi >= 0 ? mentions[oi]!.end : 0];
        if (oc >= 0 && isCountry(oc) && (!after || after.pos !== 'NOUN')) push(c, oc, 'NATIONALITY', 'citizen', CONFIDENCE.appositive);
      }
      // "a Toulouse-based company", "X, a Paris-based start-up", "the Bogota-headquartered carrier".
      if (tokens[m.end]?.text === '-' && BASE_WORDS.has(tokens[m.end + 1]?.lower ?? '') && !clusters[c]!.isThing) {
        const target = basedTarget(m, last);
        if (target >= 0 && target !== c) {
          if (clusters[c]!.strength < 3 && !placeLike(c)) clusters[c]!.type = 'GPE';
          push(target, c, 'LOCATED_IN', 'base', CONFIDENCE.location);
        }
      }
      // "X, based in Y", "X, headquartered in Y".
      if (tokens[m.end]?.text === ',' && BASE_WORDS.has(tokens[m.end + 1]?.lower ?? '') && tokens[m.end + 2]?.lower === 'in') {
        const oi = argAt[m.end + 3] ?? -1;
        const oc = oi >= 0 && isNameMention(oi) ? entityOf[oi]! : -1;
        if (oc >= 0 && oc !== c && !clusters[c]!.isThing) push(c, oc, 'LOCATED_IN', 'base', CONFIDENCE.location);
      }
      // An organisation's named product or craft: "the European Space Agency's Selene-2 probe".
      if (m.possessor !== undefined && m.kind === 'name' && m.descriptor && tokens[m.end]?.lower === m.descriptor && !placeLike(c) && clusters[c]!.type !== 'PERSON') {
        const oc = entityOf[m.possessor]!;
        if (oc >= 0 && clusters[oc]!.type === 'ORGANIZATION' && !clusters[oc]!.isThing && !TITLE_WORDS.has(m.descriptor) && !ORG_HEADS.has(m.descriptor)) push(oc, c, 'OWN', m.descriptor, CONFIDENCE.location);
      }
      // Possessive place: "Russia's Vostochny Cosmodrome".
      if (m.possessor !== undefined) {
        const pc = entityOf[m.possessor]!;
        if (pc >= 0 && isCountry(pc) && placeLike(c) && !isCountry(c) && clusters[c]!.type !== 'LOCATION') push(c, pc, 'LOCATED_IN', 'locate', CONFIDENCE.location);
      }
      // "X in (the) Y"; also "the <Organisation> in <Place>" ("the Labour Court in Frankfurt").
      let k = m.end;
      const theOrg = m.kind === 'name' && clusters[c]!.type === 'ORGANIZATION' && !clusters[c]!.isThing && tokens[m.start - 1]?.lower === 'the';
      const event = clusters[c]!.type === 'EVENT' && !clusters[c]!.isThing && m.kind === 'name';
      if (tokens[k]?.lower === 'in' && (placeLike(c) || theOrg || event) && !isCountry(c) && m.kind !== 'reference') {
        k++;
        while (k <= last && ['DET', 'ADJ', 'ADV'].includes(tokens[k]!.pos)) k++;
        const oi = k <= last ? argAt[k]! : -1;
        if (oi >= 0 && mentions[oi]!.kind !== 'pronoun') {
          const oc = entityOf[oi]!;
          if (oc >= 0 && placeLike(oc) && clusters[oc]!.type !== 'FACILITY') push(c, oc, 'LOCATED_IN', 'locate', CONFIDENCE.location);
        }
      }
      // "B's founder, A" / "B's chief executive A"
      if (tokens[m.end]?.lower === "'s" && !clusters[c]!.isThing) {
        let q = m.end + 1;
        const words: Token[] = [];
        while (q <= last && argAt[q] === -1 && /^\p{Ll}/u.test(tokens[q]!.text) && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[q]!.pos)) words.push(tokens[q++]!);
        const head = words[words.length - 1];
        if (head && TITLE_WORDS.has(head.lower)) {
          if (tokens[q]?.text === ',') q++;
          const pi = q <= last ? argAt[q]! : -1;
          const pm = pi >= 0 ? mentions[pi]! : undefined;
          const pc = pm && pm.kind === 'name' ? entityOf[pm.index]! : -1;
          if (pc >= 0 && pc !== c) {
            clusters[pc]!.type = 'PERSON';
            const title = words.map((w) => w.lower).join(' ');
            push(pc, c, LEADER_TITLES.has(head.lower) || title === 'chief executive' ? 'LEADER_OF' : 'HOLDS_ROLE', title, CONFIDENCE.appositive);
          }
        }
      }
      // Appositives after a comma.
      if (tokens[m.end]?.text !== ',') continue;
      // "A, the chief executive of B"
      {
        let q = m.end + 1;
        if (q <= last && ['the', 'a', 'an', 'its', 'their'].includes(tokens[q]!.lower)) q++;
        const words: Token[] = [];
        for (;;) {
          while (q <= last && argAt[q] === -1 && /^[\p{Ll}-]/u.test(tokens[q]!.text) && ['ADJ', 'NOUN', 'PROPN', 'VERB'].includes(tokens[q]!.pos)) words.push(tokens[q++]!);
          // Coordinated titles: "the founder and former chief executive of B".
          const lw = words[words.length - 1];
          if (!(lw && TITLE_WORDS.has(lw.lower) && tokens[q]?.lower === 'and' && q + 1 <= last && argAt[q + 1] === -1 && /^\p{Ll}/u.test(tokens[q + 1]!.text))) break;
          words.push(tokens[q++]!);
        }
        const head = words[words.length - 1];
        // "A, a joint venture of B and C", "A, a subsidiary of B": A is part of its owners.
        if (head && ORG_PART_HEADS.has(head.lower) && tokens[q]?.lower === 'of' && clusters[c]!.type !== 'PERSON' && !clusters[c]!.isThing) {
          const bi = ownerAfter(q + 1, last);
          const bc = bi >= 0 && isNameMention(bi) ? entityOf[bi] ?? -1 : -1;
          if (bc >= 0) {
            const owners = [bc, ...coordinated(mentions[bi]!.end, last, NO_VERBS, null).clusters];
            const phrase = words.filter((w) => !VAGUE_MODIFIERS.has(w.lower)).map((w) => w.lower).join(' ');
            for (const o of owners) {
              if (o === c || clusters[o]!.isThing) continue;
              // Owners of a venture or subsidiary are organisations ("General Electric" is no person).
              if (clusters[o]!.type === 'PERSON' && clusters[o]!.strength < 3 && head.lower !== 'member') clusters[o]!.type = 'ORGANIZATION';
              push(c, o, 'MEMBER_OF', phrase, CONFIDENCE.appositive);
            }
          }
        }
        if (head && (TITLE_WORDS.has(head.lower) || KINSHIP_WORDS.has(head.lower)) && ['of', 'at', 'for', 'to'].includes(tokens[q]?.lower ?? '')) {
          q++;
          const bi = ownerAfter(q, last);
          const bc = bi >= 0 && mentions[bi]!.kind !== 'pronoun' ? entityOf[bi]! : -1;
          if (bc >= 0 && bc !== c && !clusters[c]!.isThing) {
            const title = words.map((w) => w.lower).join(' ');
            if (KINSHIP_WORDS.has(head.lower)) push(c, bc, 'RELATIVE_OF', head.lower, CONFIDENCE.appositive);
            else {
              clusters[c]!.type = 'PERSON';
              const leads = words.some((w) => LEADER_TITLES.has(w.lower)) || (title.includes('chief executive') && !/\b(deputy|vice|assistant|associate)\b/.test(title));
              push(c, bc, leads ? 'LEADER_OF' : 'HOLDS_ROLE', title, CONFIDENCE.appositive);
            }
          }
        }
      }
      // "A, the largest independent brewer in northern England", "A, a port city in B": the
      // appositive places its host.
      if (['the', 'a', 'an'].includes(tokens[m.end + 1]?.lower ?? '') && clusters[c]!.type !== 'PERSON' && !isCountry(c) && !clusters[c]!.isThing) {
        let q = m.end + 2;
        let head: Token | undefined;
        while (q <= last && q - m.end <= 8 && argAt[q] === -1 && modAt[q] !== 1 && /^[\p{Ll}\d-]/u.test(tokens[q]!.text) && ['ADJ', 'NOUN', 'NUM', 'VERB', 'PUNCT'].includes(tokens[q]!.pos) && (tokens[q]!.pos !== 'PUNCT' || (tokens[q]!.text === '-' && !tokens[q]!.spaceBefore))) {
          if (tokens[q]!.pos === 'NOUN') head = tokens[q];
          q++;
        }
        if (head && !TITLE_WORDS.has(head.lower) && !KINSHIP_WORDS.has(head.lower) && !PERSON_NOUNS.has(head.lower) && tokens[q]?.lower === 'in') {
          q++;
          while (q <= last && ['DET', 'ADJ'].includes(tokens[q]!.pos) && /^\p{Ll}/u.test(tokens[q]!.text)) q++;
          const oi = q <= last ? argAt[q]! : -1;
          const oc = isNameMention(oi) ? entityOf[oi] ?? -1 : -1;
          const endTok = oi >= 0 ? tokens[mentions[oi]!.end] : undefined;
          if (oc >= 0 && placeLike(oc) && clusters[oc]!.type !== 'FACILITY' && (!endTok || [',', '.', ';'].includes(endTok.text))) push(c, oc, 'LOCATED_IN', 'locate', CONFIDENCE.location);
        }
      }
      let j = m.end + 1;
      while (j <= last && ['the', 'a', 'an'].includes(tokens[j]!.lower)) j++;
      const ni = j <= last ? argAt[j]! : -1;
      const nm = ni >= 0 ? mentions[ni]! : undefined;
      // "A, B's grandfather" / "A, B's ruling party" / "A, the country's leader"
      if (nm && tokens[nm.end]?.lower === "'s") {
        let q = nm.end + 1;
        const words: Token[] = [];
        while (q <= last && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[q]!.pos) && argAt[q] === -1 && /^\p{Ll}/u.test(tokens[q]!.text)) words.push(tokens[q++]!);
        const head = words[words.length - 1];
        const endOk = q > last || [',', '.', ';', ')'].includes(tokens[q]!.text);
        const oc = nm.kind === 'pronoun' ? -1 : entityOf[nm.index]!;
        if (head && endOk && oc >= 0) {
          const hl = head.lower;
          if (KINSHIP_WORDS.has(hl) && clusters[c]!.type === 'PERSON') push(c, oc, 'RELATIVE_OF', hl, CONFIDENCE.appositive);
          else if (TITLE_WORDS.has(hl) && clusters[c]!.type === 'PERSON') push(c, oc, LEADER_TITLES.has(hl) ? 'LEADER_OF' : 'HOLDS_ROLE', words.map((w) => w.lower).join(' '), CONFIDENCE.appositive);
          else if (ORG_HEADS.has(hl) && clusters[c]!.type === 'ORGANIZATION') push(c, oc, 'HOLDS_ROLE', words.map((w) => w.lower).join(' '), CONFIDENCE.appositive);
        }
        // "Vladivostok, Russia's Far East"
        if (!head && placeLike(c) && !isCountry(c)) {
          const after = tokens[nm.end + 1];
          const innerIdx = after ? argAt[after.index]! : -1;
          if (innerIdx >= 0) {
            const ic = entityOf[innerIdx]!;
            const endTok = tokens[mentions[innerIdx]!.end];
            if (ic >= 0 && placeLike(ic) && (!endTok || ['.', ',', ';'].includes(endTok.text))) push(c, ic, 'LOCATED_IN', 'locate', CONFIDENCE.location);
          }
        }
        continue;
      }
      // "A, B" places: "Vladivostok, Russia"
      if (nm && placeLike(c) && !isCountry(c) && nm.kind !== 'pronoun') {
        const oc = entityOf[nm.index]!;
        const endTok = tokens[nm.end];
        if (oc >= 0 && placeLike(oc) && clusters[oc]!.type !== 'FACILITY' && (!endTok || ['.', ',', ';'].includes(endTok.text)) && m.kind === 'name') push(c, oc, 'LOCATED_IN', 'locate', CONFIDENCE.location);
      }
    }
  }

  /**
   * The organisation a "Y-based" modifier describes: a name after the descriptor words ("a
   * Toulouse-based company Acme"), the host of an appositive ("Acme, a Toulouse-based company"),
   * or for a definite description ("the Bogota-based carrier") the organisation in view.
   */
  function basedTarget(m: Mention, last: number): number {
    let q = m.end + 2;
    while (q <= last && q - m.end < 6 && argAt[q] === -1 && /^\p{Ll}/u.test(tokens[q]!.text) && ['ADJ', 'NOUN', 'VERB', 'PUNCT'].includes(tokens[q]!.pos) && tokens[q]!.text !== ',') q++;
    if (q <= last && isNameMention(argAt[q]!)) return entityOf[argAt[q]!] ?? -1;
    let b = m.start - 1;
    if (b >= 0 && ['a', 'an', 'the'].includes(tokens[b]!.lower)) b--;
    if (b >= 0 && tokens[b]!.text === ',') {
      const hi = argAt[b - 1] ?? -1;
      if (isNameMention(hi) && mentions[hi]!.end === b) return entityOf[hi] ?? -1;
    }
    if (tokens[m.start - 1]?.lower === 'the') return recentOrganisation(m.start, null);
    return -1;
  }

  /**
   * The named entity a role phrase points to from token `q` (after "of"/"at"): skips determiners,
   * a possessor ("Hungary's") and lower-case descriptors ("the state energy company SOCAR").
   */
  function ownerAfter(q: number, last: number): number {
    while (q <= last && ['the', 'a', 'an'].includes(tokens[q]!.lower)) q++;
    const first = q <= last ? argAt[q]! : -1;
    if (first >= 0 && mentions[first]!.kind !== 'pronoun') {
      const fm = mentions[first]!;
      if (tokens[fm.end]?.lower !== "'s" && !fm.modifier) return first;
      q = fm.end + (tokens[fm.end]?.lower === "'s" ? 1 : 0);
    }
    const start = q;
    while (q <= last && q - start < 4 && argAt[q] === -1 && /^\p{Ll}/u.test(tokens[q]!.text) && ['ADJ', 'NOUN'].includes(tokens[q]!.pos)) q++;
    const bi = q <= last ? argAt[q]! : -1;
    if (bi >= 0 && isNameMention(bi)) return bi;
    return first >= 0 && mentions[first]!.kind !== 'pronoun' && start === q ? first : -1;
  }

  /**
   * The organisation an owner-less corporate title belongs to ("Dubois is the chief executive"):
   * the one named most often before `pos`, the latest of those on a tie; -1 if none.
   */
  function storyOrganisation(pos: number): number {
    const latest = recentOrganisation(pos, null);
    if (latest < 0) return -1;
    // Mention starts per organisation, computed once (binary search per call keeps this linear-ish).
    orgStarts ??= clusters
      .filter((cl) => cl.type === 'ORGANIZATION' && !cl.isThing && cl.mentions.length >= 2)
      .map((cl) => ({ id: cl.id, starts: cl.mentions.filter((mi) => mentions[mi]!.kind !== 'pronoun').map((mi) => mentions[mi]!.start).sort((a, b) => a - b) }));
    let best = latest;
    const own = orgStarts.find((o) => o.id === latest);
    let bestN = own ? countBelow(own.starts, pos) : clusters[latest]!.mentions.filter((mi) => mentions[mi]!.start < pos && mentions[mi]!.kind !== 'pronoun').length;
    for (const { id, starts } of orgStarts) {
      work.units++;
      const n = id === latest ? 0 : countBelow(starts, pos);
      if (n > bestN) {
        best = id;
        bestN = n;
      }
    }
    return best;
  }

  /** The latest organisation mentioned before token `pos` (its head word preferred), or -1. */
  function recentOrganisation(pos: number, head: string | null): number {
    let fallback = -1;
    let weak = -1;
    for (let i = pos - 1; i >= 0 && pos - i <= LOOKBACK_TOKENS; i--) {
      work.units++;
      const mi = argAt[i]!;
      if (mi < 0) continue;
      const m = mentions[mi]!;
      i = m.start;
      const c = m.kind === 'pronoun' ? -1 : entityOf[mi] ?? -1;
      if (c < 0 || clusters[c]!.type !== 'ORGANIZATION' || clusters[c]!.isThing) continue;
      // A weakly typed name ("Punjab" read as an organisation) yields to a strongly typed one nearby.
      if (weak >= 0 && pos - i >= 40) return weak;
      if (head === null && clusters[c]!.strength < 2 && pos - i < 40) {
        if (weak < 0) weak = c;
        continue;
      }
      if (head === null || clusters[c]!.name.toLowerCase().split(/[\s-]+/).includes(head)) return c;
      if (fallback < 0) fallback = c;
    }
    return fallback >= 0 ? fallback : weak;
  }

  /** The country the article is about: the most mentioned one (demonyms included), earliest on a tie; -1 if none. */
  function mainCountry(): number {
    if (mainCountryCache !== undefined) return mainCountryCache;
    const counts = new Map<number, number>();
    const countryCluster = new Map<string, number>();
    for (const cl of clusters) {
      if (cl.country === undefined || cl.country !== cl.name || cl.mentions.length === 0) continue;
      countryCluster.set(cl.country, cl.id);
      counts.set(cl.id, cl.mentions.length + cl.mentions.filter((mi) => mentions[mi]!.modifier).length);
    }
    // A capital's mentions count for its country ("… said in Accra").
    for (const cl of clusters) {
      if (cl.country === undefined || cl.country === cl.name || cl.mentions.length === 0) continue;
      const k = countryCluster.get(cl.country);
      if (k !== undefined) counts.set(k, counts.get(k)! + cl.mentions.length);
    }
    // The headline names the story's country ("India extends ban on rice exports"): it counts twice.
    const headline = ` ${(options.title ?? '').replace(/[^\p{L}\p{N}'-]+/gu, ' ')} `;
    for (const [c, n] of counts) {
      if ([...clusters[c]!.forms.keys()].some((f) => headline.includes(` ${f} `))) counts.set(c, n + 2);
    }
    let best = -1;
    for (const [c, n] of counts) if (best < 0 || n > counts.get(best)!) best = c;
    // Only a clearly dominant country (twice as many mentions as any other) counts.
    const bestN = best >= 0 ? counts.get(best)! : 0;
    const dominant = [...counts].every(([c, n]) => c === best || n < bestN);
    mainCountryCache = dominant ? best : -1;
    return mainCountryCache;
  }

  /**
   * Role appositions with a possessive owner: "Its director, Ana Lima", "The club's president,
   * Ana Lima", "the agency's head of research, Ana Lima", "Acme's head of personnel, Ana Lima".
   */
  function possessiveRoles(first: number, last: number, sentence: number): void {
    for (let i = first; i <= last; i++) {
      const t = tokens[i]!;
      let ownerC = -1;
      let q = -1;
      let pronounOwner = false;
      if (['its', 'their'].includes(t.lower)) {
        q = i + 1;
        ownerC = -2;
      } else if (['his', 'her'].includes(t.lower) && argAt[i]! >= 0 && mentions[argAt[i]!]!.kind === 'pronoun') {
        // "her producer, Ana Lima"
        q = i + 1;
        ownerC = resolvePossessive(argAt[i]!);
        if (ownerC < 0) continue;
        pronounOwner = true;
      } else if (t.lower === 'whose' && tokens[i - 1]?.text === ',' && argAt[i - 2] !== undefined && argAt[i - 2]! >= 0 && isNameMention(argAt[i - 2]!)) {
        // "the union GDL, whose leader, Klaus Wendt, …"
        q = i + 1;
        ownerC = entityOf[argAt[i - 2]!] ?? -1;
        if (ownerC < 0) continue;
      } else if (t.lower === "'s" && i > first && argAt[i - 1] === -1 && tokens[i - 1]!.pos === 'NOUN' && tokens[i - 2]?.lower === 'the') {
        q = i + 1;
        ownerC = -3;
      } else if (t.lower === "'s" && i > first && argAt[i - 1]! >= 0 && (isNameMention(argAt[i - 1]!) || mentions[argAt[i - 1]!]!.kind === 'reference')) {
        q = i + 1;
        ownerC = entityOf[argAt[i - 1]!] ?? -1;
        if (ownerC < 0) continue;
      } else continue;
      const words: Token[] = [];
      while (q <= last && argAt[q] === -1 && /^\p{Ll}/u.test(tokens[q]!.text) && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[q]!.pos)) words.push(tokens[q++]!);
      let head = words[words.length - 1];
      if (!head || !(TITLE_WORDS.has(head.lower) || PERSON_OWNED_ROLES.has(head.lower))) continue;
      // "head of personnel", "minister of culture"
      if (tokens[q]?.lower === 'of' && tokens[q + 1] && argAt[q + 1] === -1 && tokens[q + 1]!.pos === 'NOUN' && tokens[q + 2]?.text === ',') {
        words.push(tokens[q]!, tokens[q + 1]!);
        q += 2;
      }
      if (tokens[q]?.text !== ',') continue;
      let pq = q + 1;
      while (pq <= last && (TITLE_WORDS.has(tokens[pq]!.lower) || HONORIFIC_RE.test(tokens[pq]!.text)) && argAt[pq] === -1) pq++;
      const pi = pq <= last ? argAt[pq]! : -1;
      if (pi < 0 || mentions[pi]!.kind !== 'name') continue;
      const pc = entityOf[pi] ?? -1;
      if (pc < 0) continue;
      if (ownerC === -2) ownerC = recentOrganisation(i, null);
      else if (ownerC === -3) ownerC = recentOrganisation(i - 2, tokens[i - 1]!.lower);
      if (ownerC < 0 || ownerC === pc) continue;
      const oc = clusters[ownerC]!;
      const personOwned = PERSON_OWNED_ROLES.has(head.lower) && !ORG_OWNED_TITLES.has(head.lower);
      if (oc.type === 'PERSON' && !personOwned) {
        // "Acme Rail's head of personnel": a weakly typed owner of an organisational title is an organisation.
        if (oc.strength >= 3 || !ORG_OWNED_TITLES.has(head.lower)) continue;
        oc.type = 'ORGANIZATION';
      }
      if (personOwned && oc.type !== 'PERSON' && !(oc.strength < 3)) continue;
      if (pronounOwner && !personOwned) continue;
      const cl = clusters[pc]!;
      if (cl.strength < 3 || cl.type !== 'PERSON') cl.type = 'PERSON';
      const title = words.map((w) => w.lower).join(' ');
      head = words.find((w) => TITLE_WORDS.has(w.lower)) ?? head;
      out.push({ subject: { cluster: pc }, object: { cluster: ownerC }, predicate: isLeaderTitle(title) ? 'LEADER_OF' : 'HOLDS_ROLE', verb: title, qualifiers: {}, confidence: CONFIDENCE.appositive, sentence, negated: false, modality: 'asserted' });
      i = q;
    }
  }

  /**
   * Sites held by an owner: "its plant in Ludwigshafen", "Acme's brewery in Leeds" → the owner
   * LOCATED_IN the place, with the site noun as the verb ("plant").
   */
  function possessiveSites(first: number, last: number, sentence: number): void {
    for (let i = first; i < last; i++) {
      const t = tokens[i]!;
      let owner = -1;
      if (['its', 'their'].includes(t.lower)) {
        // The nearest organisation named before it in the sentence, else the one in view.
        for (let b = i - 1; b >= first && owner < 0; b--) {
          const mi = argAt[b]!;
          if (mi < 0 || mentions[mi]!.kind === 'pronoun') continue;
          const c = clusterOf(mi);
          if (c >= 0 && clusters[c]!.type === 'ORGANIZATION' && !clusters[c]!.isThing) owner = c;
          b = mentions[mi]!.start;
        }
        if (owner < 0) owner = recentOrganisation(i, null);
      } else if (t.lower === "'s" && i > first && isNameMention(argAt[i - 1]!)) {
        const c = clusterOf(argAt[i - 1]!);
        if (c >= 0 && clusters[c]!.type === 'ORGANIZATION' && !clusters[c]!.isThing) owner = c;
      }
      if (owner < 0) continue;
      let q = i + 1;
      while (q <= last && argAt[q] === -1 && tokens[q]!.pos === 'ADJ') q++;
      const site = tokens[q];
      if (!site || q > last || site.pos !== 'NOUN' || argAt[q] !== -1 || !(FACILITY_HEADS.has(headLemma(site)) || SITE_NOUNS.has(headLemma(site))) || tokens[q + 1]?.lower !== 'in') continue;
      const oi = q + 2 <= last ? argAt[q + 2]! : -1;
      const oc = isNameMention(oi) ? clusterOf(oi) : -1;
      if (oc < 0 || oc === owner || !['GPE', 'LOCATION'].includes(clusters[oc]!.type) || clusters[oc]!.isThing) continue;
      out.push({ subject: { cluster: owner }, object: { cluster: oc }, predicate: 'LOCATED_IN', verb: headLemma(site), qualifiers: {}, confidence: CONFIDENCE.location, sentence, negated: false, modality: 'asserted' });
    }
  }

  /**
   * Demonyms describing a named entity: "the Danish developer Acme Wind", "Acme Wind, a Danish
   * energy developer", "the Peruvian runner Ana Quispe" → NATIONALITY (people) or LOCATED_IN with
   * verb "base" (organisations).
   */
  function demonymFacts(first: number, last: number, sentence: number): void {
    for (let i = first; i <= last; i++) {
      if (modAt[i] !== 1) continue;
      const dm = demonymAt.get(i);
      if (!dm) continue;
      i = dm.end - 1;
      const country = entityOf[dm.index] ?? -1;
      if (country < 0) continue;
      let target = -1;
      // Forward: lower-case descriptor words, then a name.
      let q = dm.end;
      while (q <= last && q - dm.end < 4 && argAt[q] === -1 && modAt[q] !== 1 && /^\p{Ll}/u.test(tokens[q]!.text) && ['ADJ', 'NOUN'].includes(tokens[q]!.pos)) q++;
      if (q > dm.end && q <= last && isNameMention(argAt[q]!) && !mentions[argAt[q]!]!.role) target = entityOf[argAt[q]!] ?? -1;
      // Backward: "A, a Danish …" appositive.
      if (target < 0) {
        let b = dm.start - 1;
        if (b >= first && ['a', 'an', 'the'].includes(tokens[b]!.lower)) b--;
        if (b >= first && tokens[b]!.text === ',' && q <= last && tokens[q]!.pos === 'NOUN' || (b >= first && tokens[b]!.text === ',' && q > dm.end)) {
          const hi = argAt[b - 1] ?? -1;
          if (isNameMention(hi) && mentions[hi]!.end === b) target = entityOf[hi] ?? -1;
        }
      }
      if (target < 0 || target === country) continue;
      // The descriptor noun also types the named entity ("a Danish energy developer").
      const cue = q > dm.end ? tokens[q - 1]!.lower : '';
      const cl = clusters[target]!;
      if (cl.strength < 3 && (ORG_CUE_NOUNS.has(cue) || ORG_HEADS.has(cue))) cl.type = 'ORGANIZATION';
      else if (cl.strength < 3 && (PERSON_NOUNS.has(cue) || TITLE_WORDS.has(cue))) cl.type = 'PERSON';
      const type = cl.type;
      const conf = clamp(CONFIDENCE.appositive * 0.9);
      if (type === 'PERSON') out.push({ subject: { cluster: target }, object: { cluster: country }, predicate: 'NATIONALITY', verb: 'citizen', qualifiers: {}, confidence: conf, sentence, negated: false, modality: 'asserted' });
      else if (type === 'ORGANIZATION') out.push({ subject: { cluster: target }, object: { cluster: country }, predicate: 'LOCATED_IN', verb: 'base', qualifiers: {}, confidence: conf, sentence, negated: false, modality: 'asserted' });
    }
  }

  function roleFacts(): void {
    for (const c of clusters) {
      for (const r of c.roles) {
        let inferred = r.inferred;
        let of = r.of;
        if (of === null && !r.viaDemonym) {
          // A title without owner ("Health Minister Ana Lima", "Chief executive Ana Lima"): a state
          // office belongs to the country in view, a corporate one to the organisation in view.
          const words = r.title.toLowerCase().split(/\s+/);
          const titleHead = words[words.length - 1]!.replace(/\.$/, '');
          if (STATE_TITLES.has(titleHead) && titleHead !== 'official') {
            const k = mainCountry();
            of = k >= 0 ? k : null;
          } else if (CORPORATE_TITLES.has(titleHead)) {
            const k = storyOrganisation(r.token);
            of = k >= 0 ? k : null;
          }
          inferred = true;
        }
        if (of === null || of === c.id) continue;
        const sentence = tokens[r.token]!.sentence;
        const titleHead = r.title.toLowerCase().split(/\s+/).pop() ?? '';
        if (r.viaDemonym && !STATE_TITLES.has(titleHead) && !STATE_TITLES.has(titleHead.replace(/\.$/, ''))) {
          out.push({ subject: { cluster: c.id }, object: { cluster: of }, predicate: 'NATIONALITY', verb: 'citizen', qualifiers: {}, confidence: CONFIDENCE.appositive, sentence, negated: false, modality: 'asserted' });
          continue;
        }
        out.push({ subject: { cluster: c.id }, object: { cluster: of }, predicate: r.leader ? 'LEADER_OF' : 'HOLDS_ROLE', verb: r.title.toLowerCase(), qualifiers: {}, confidence: inferred ? (r.of === null ? 0.6 : 0.7) : CONFIDENCE.role, sentence, negated: false, modality: 'asserted' });
      }
    }
  }
}

/** Longest stretch of tokens read as one clause context for relation frames. */
export const MAX_SPAN_TOKENS = 150;
/** How far back (tokens) antecedent searches look: bounded, so long texts stay linear. */
const LOOKBACK_TOKENS = 2000;

/**
 * The sentences as relation-extraction spans: a sentence longer than MAX_SPAN_TOKENS is cut into
 * pieces (after a ';', ',' or ':' or before a conjunction when one is in the last third of the
 * window, else hard). A piece keeps its sentence's index, so evidence is the whole sentence.
 */
export function relationSpans(sentences: readonly Sentence[], tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (s.last - s.first < MAX_SPAN_TOKENS) {
      out.push(s);
      continue;
    }
    let first = s.first;
    while (first <= s.last) {
      let last = Math.min(s.last, first + MAX_SPAN_TOKENS - 1);
      if (last < s.last) {
        const floor = first + Math.floor((MAX_SPAN_TOKENS * 2) / 3);
        for (let i = last; i > floor; i--) {
          const t = tokens[i]!;
          if ([';', ',', ':'].includes(t.text)) {
            last = i;
            break;
          }
          if (t.pos === 'CCONJ') {
            last = i - 1;
            break;
          }
        }
      }
      out.push({ index: s.index, first, last, start: tokens[first]!.start, end: tokens[last]!.end });
      first = last + 1;
    }
  }
  return out;
}

/** The base form of an -ing word when the ontology knows the verb ("beating" → "beat", "making" → "make"). */
function verbBaseOfIng(word: string): string | null {
  const stem = word.slice(0, -3);
  const candidates = [stem, `${stem}e`];
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) candidates.push(stem.slice(0, -1));
  return candidates.find((c) => definitionForVerb(c) !== undefined) ?? null;
}

function isParticiple(t: Token): boolean {
  return /(ed|en|wn|ne|t)$/.test(t.lower) && t.lower !== t.lemma;
}

function weaker(a: Modality, b: Modality): Modality {
  const rank: Record<Modality, number> = { asserted: 0, reported: 1, planned: 2, possible: 3 };
  return rank[b] > rank[a] ? b : a;
}

function clamp(x: number): number {
  return Math.round(Math.min(0.99, Math.max(0.3, x)) * 100) / 100;
}
