/**
 * Relation frames without a parser: POS patterns over each sentence find verb groups, their
 * subject (nearest entity mention to the left within the clause, through coordination,
 * relative pronouns and participle clauses), object (first entity argument to the right, or
 * a prepositional argument for intransitive verbs), qualifiers (via/at/to/from/with/date …),
 * modality (modals, "is expected to", hedges), negation and reported-speech attribution.
 * Nominal patterns add role facts (titles, appositives), kinship and location facts.
 */
import type { EntityType, Modality } from '../model/types.js';
import type { AnalyzedText, Token } from '../nlp/nlp.js';
import type { Mention } from './mentions.js';
import type { Coreference } from '../resolution/coreference.js';
import { matchDate } from './dates.js';
import {
  CONTROL_VERBS,
  HEDGE_ADVERBS,
  MODAL_AUX,
  QUANTITY_NOUNS,
  SPEECH_VERBS,
  PERSON_NOUNS,
  TITLE_WORDS,
  UNIT_NOUNS,
  VAGUE_MODIFIERS,
} from './lexicon.js';
import { LIGHT_VERBS, definitionForNoun, definitionForVerb, isSymmetricPredicate, predicateForVerb } from './predicates.js';
import type { Argument, RawRelation, RelationOptions } from './frames/RawRelation.js';
import { CONFIDENCE, MODALITY_FACTOR, clamp } from './frames/frameConfidence.js';
import { relationSpans } from './frames/relationSpans.js';
import { clusterOf as clusterOfIn, newRelationContext, typeOf as typeOfIn } from './frames/RelationContext.js';
import { lastPersonBefore as lastPersonBeforeIn, resolvePossessive as resolvePossessiveIn } from './frames/antecedents.js';
import { headLemma, isNameMention as isNameMentionIn, isQuote, thingName } from './frames/nounPhrases.js';
import { affiliationHost as affiliationHostIn, appositiveHost as appositiveHostIn } from './frames/subjectHosts.js';
import { coordinated as coordinatedIn } from './frames/coordinated.js';
import { BASE_WORDS, CLAUSE_STOP, GROUP_NOUNS, LEAD_VERBS, RELATIVE } from './frames/frameWords.js';
import { nounEvents } from './frames/nounEvents.js';
import { nominalFacts } from './frames/nominalFacts.js';
import { demonymFacts } from './frames/demonymFacts.js';
import { possessiveRoles } from './frames/possessiveRoles.js';
import { possessiveSites } from './frames/possessiveSites.js';
import { predicativeRoles, titleOfOwnerRoles } from './frames/predicativeRoles.js';
import { personOfFacts } from './frames/personOfFacts.js';
import { roleFacts } from './frames/roleFacts.js';

export type { Argument, RawRelation, RelationOptions } from './frames/RawRelation.js';
export { MAX_SPAN_TOKENS } from './frames/relationSpans.js';

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

const QUALIFIER_NAMES: Readonly<Record<string, string>> = {
  via: 'via', through: 'via', thru: 'via', aboard: 'via', by: 'via', at: 'at', in: 'at', inside: 'at', near: 'near',
  to: 'to', toward: 'to', towards: 'to', into: 'to', onto: 'to', from: 'from', with: 'with', alongside: 'with',
  against: 'against', on: 'on', for: 'for', outside: 'outside', over: 'over', across: 'across', during: 'during',
  between: 'between', after: 'after', before: 'before', about: 'about', of: 'of',
};
const OBJECT_PREPS = new Set(['with', 'to', 'in', 'at', 'into', 'against', 'outside', 'toward', 'towards', 'onto', 'inside', 'on', 'for', 'from', 'near', 'around', 'through', 'via']);
/** Qualifier roles of place and time: a speech verb's "said in Accra" is where, not whom. */
const PLACE_PREPS = new Set(['in', 'at', 'on', 'during', 'near', 'outside', 'inside', 'from', 'after', 'before']);
/** Verbs whose object is the subject of a following infinitive ("allow X to", "urge X to"). */
const OBJECT_CONTROL_VERBS = new Set(['allow', 'enable', 'permit', 'help', 'ask', 'urge', 'force', 'persuade', 'invite', 'order', 'tell', 'encourage', 'require', 'compel', 'authorize', 'authorise', 'instruct', 'advise', 'pressure', 'push', 'oblige', 'let']);
/** Prepositions whose object an agentless passive relates to its subject. */
const PASSIVE_PP_PREPS = new Set(['from', 'to', 'into', 'with']);
/** Verbs that move a person from one employer or club to the subject ("signed X from Y"). */
const RECRUIT_VERBS = new Set(['sign', 'hire', 'recruit', 'poach', 'appoint']);
/** Transfers whose "to" phrase names a recipient party ("supply doses to X"). */
const TRANSFER_PREDICATES = new Set(['PROVIDE', 'SELL']);
/** Prepositions that also open a clause ("after the DPRK commissioned …"). */
const SUBORDINATING_PREPS = new Set(['after', 'before', 'since', 'until', 'till', 'once', 'because', 'while', 'although', 'though', 'whereas', 'unless']);


export function findRelations(doc: AnalyzedText, mentions: readonly Mention[], coref: Coreference, options: RelationOptions): RawRelation[] {
  const { sentences } = doc;
  const ctx = newRelationContext(doc, mentions, coref, options);
  const { tokens, clusters, entityOf, argAt, modAt, salient, work, out, resolvedPronoun } = ctx;
  const clusterOf = (mi: number): number => clusterOfIn(ctx, mi);
  const typeOf = (c: number): EntityType | undefined => typeOfIn(ctx, c);
  const lastPersonBefore = (pos: number, exclude: ReadonlySet<number>): number => lastPersonBeforeIn(ctx, pos, exclude);
  const resolvePossessive = (mi: number): number => resolvePossessiveIn(ctx, mi);
  const isNameMention = (mi: number): boolean => isNameMentionIn(ctx, mi);
  const appositiveHost = (close: number, first: number): number => appositiveHostIn(ctx, close, first);
  const affiliationHost = (prep: number, first: number, m: Mention): number => affiliationHostIn(ctx, prep, first, m);
  const coordinated = (end: number, last: number, verbSet: ReadonlySet<number>, prep: string | null): { clusters: number[]; end: number } => coordinatedIn(ctx, end, last, verbSet, prep);

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

    nounEvents(ctx, s.first, s.last, s.index);
    nominalFacts(ctx, s.first, s.last, s.index);
    demonymFacts(ctx, s.first, s.last, s.index);
    possessiveRoles(ctx, s.first, s.last, s.index);
    possessiveSites(ctx, s.first, s.last, s.index);
    predicativeRoles(ctx, s.first, s.last, s.index);
    titleOfOwnerRoles(ctx, s.first, s.last, s.index);
    personOfFacts(ctx, s.first, s.last, s.index);
  }

  roleFacts(ctx);
  return out;

  /* ───────────── helpers (closures over the document) ───────────── */



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

