/**
 * Entity mentions from POS tags: proper-noun chunks (with "of", "'", "-" connectors),
 * countries/capitals/demonyms from the gazetteer, acronyms, title+name structures
 * ("Russian President Vladimir Putin"), role descriptions ("the North Korean leader"),
 * definite references ("the cosmodrome"), weapon/vehicle noun phrases and pronouns.
 * Linear in the number of tokens.
 */
import type { EntityType } from '../model/types.js';
import type { AnalyzedText } from '../nlp/nlp.js';
import {
  GENERIC_FACILITY_NOUNS,
  PERSON_NOUNS,
  PERSON_PRONOUNS,
  PORTFOLIO_WORDS,
  THING_PRONOUNS,
  TITLE_WORDS,
  VAGUE_MODIFIERS,
} from './lexicon.js';
import type { Mention, MentionOptions, MentionResult } from './mentions/Mention.js';
import { classifyRun } from './mentions/classifyRun.js';
import { describeNames } from './mentions/descriptors.js';
import { extendRuns } from './mentions/extendRuns.js';
import { forceBody } from './mentions/forceBodies.js';
import { addMention, newMentionContext } from './mentions/MentionContext.js';
import { findNameRuns } from './mentions/nameRuns.js';
import { linkRuns } from './mentions/linkRuns.js';
import { headType, thingType } from './mentions/headType.js';
import { singular } from './mentions/singular.js';
import { isLeaderTitle, isTitleWord } from './mentions/titles.js';
import { isCap, joinTokens } from './mentions/tokenText.js';

/** Plural nouns for groups of ordinary people that act in news stories ("farmers protested"). */
const PEOPLE_PLURALS = new Set(['farmers', 'workers', 'protesters', 'protestors', 'demonstrators', 'residents', 'students', 'teachers', 'doctors', 'nurses', 'miners', 'fishermen', 'pilots', 'drivers', 'employees', 'passengers', 'migrants', 'refugees', 'villagers', 'voters', 'fans', 'investors', 'consumers', 'customers', 'patients', 'civilians', 'activists', 'strikers', 'pensioners', 'retirees', 'growers', 'shoppers', 'tourists', 'commuters', 'tenants', 'dockworkers', 'truckers', 'taxpayers', 'landowners', 'shareholders', 'depositors', 'savers', 'borrowers', 'homeowners', 'parents', 'survivors', 'victims', 'rescuers', 'volunteers', 'firefighters', 'veterans', 'inmates', 'prisoners', 'hostages', 'settlers', 'herders', 'ranchers', 'vendors', 'traders', 'unions']);

/** Nouns that, after "the", refer back to an organisation of the article ("the company said"). */
const REFERENCE_ORG_NOUNS = new Set(['company', 'firm', 'group', 'club', 'carrier', 'airline', 'lender', 'bank', 'insurer', 'retailer', 'broadcaster', 'manufacturer', 'maker', 'operator', 'startup', 'start-up', 'developer', 'utility', 'union', 'party', 'agency', 'ministry', 'regulator', 'museum', 'university', 'institute', 'consortium', 'charity', 'brewer', 'chipmaker', 'drugmaker', 'carmaker', 'automaker', 'conglomerate', 'supplier', 'publisher', 'newspaper']);

export function findMentions(doc: AnalyzedText, options: MentionOptions = {}): MentionResult {
  const ctx = newMentionContext(doc, options);
  const { tokens, sentences, lowers, mentions, aliases, covered } = ctx;
  const add = (m: Omit<Mention, 'index'>): Mention => addMention(ctx, m);

  /** A plural noun right after a person's name and before a preposition ("Haile trains in …") reads as a verb. */
  function personVerbAt(i: number): boolean {
    const t = tokens[i]!;
    const prevIdx = covered[i - 1];
    const prev = prevIdx !== undefined && prevIdx >= 0 ? mentions[prevIdx] : undefined;
    return /s$/.test(t.lower) && prev !== undefined && prev.end === i && prev.kind === 'name' && (prev.type === 'PERSON' || prev.strength === 1) && tokens[i + 1]?.pos === 'ADP' && tokens[i + 1]!.sentence === t.sentence;
  }

  // Pass 1: capitalised runs per sentence, extended past lower-case name parts and heads.
  const runs = findNameRuns(ctx);
  extendRuns(ctx, runs);

  // Pass 2: classify runs, then link possessors and bracketed acronyms, and find descriptors.
  const runMentions = runs.map((r) => classifyRun(ctx, r));
  linkRuns(ctx, runMentions);
  describeNames(ctx);
  const { descriptors } = ctx;

  let orgNameHeadsCache: Set<string> | null = null;
  /** Lower-cased last words of the text's organisation names ("court" for "Constitutional Court"). */
  function orgNameHeads(): Set<string> {
    if (orgNameHeadsCache) return orgNameHeadsCache;
    orgNameHeadsCache = new Set();
    for (const m of mentions) if (m.kind === 'name' && m.type === 'ORGANIZATION' && m.end - m.start >= 2) orgNameHeadsCache.add(lowers[m.end - 1]!);
    return orgNameHeadsCache;
  }

  let salientPeopleCache: Set<string> | null = null;
  function salientPeople(): Set<string> {
    if (salientPeopleCache) return salientPeopleCache;
    const counts = new Map<string, number>();
    for (const t of tokens) if (PEOPLE_PLURALS.has(t.lower)) counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
    const headline = new Set((options.title ?? '').toLowerCase().split(/[^\p{L}-]+/u));
    salientPeopleCache = new Set([...counts].filter(([w, n]) => n >= 3 || headline.has(w)).map(([w]) => w));
    return salientPeopleCache;
  }

  // Pass 3: lower-case structures, per sentence.
  for (const s of sentences) {
    for (let i = s.first; i <= s.last; i++) {
      if (covered[i] !== -1) continue;
      const t = tokens[i]!;
      if (t.pos === 'PRON' && (PERSON_PRONOUNS.has(t.lower) || THING_PRONOUNS.has(t.lower) || ['they', 'them', 'their', 'who', 'which', 'whom', 'whose'].includes(t.lower))) {
        add({ start: i, end: i + 1, sentence: s.index, text: t.text, name: t.text, type: PERSON_PRONOUNS.has(t.lower) || t.lower === 'who' ? 'PERSON' : 'OTHER', strength: 1, kind: 'pronoun', modifier: false, pronoun: t.lower });
        continue;
      }
      if (forceBody(ctx, i, s)) continue;
      // Role description: "the North Korean leader", "his Russian counterpart", "the DPRK leader".
      if (isTitleWord(t) && !isCap(t) && (t.pos === 'NOUN' || t.pos === 'PROPN')) {
        const nextT = tokens[i + 1];
        if (nextT && i + 1 <= s.last && isCap(nextT) && nextT.pos === 'PROPN') continue; // a name follows: handled by roleBefore
        let o = i - 1;
        // "the Dutch culture minister": portfolio words sit between the owner and the title.
        while (o > s.first && covered[o] === -1 && /^\p{Ll}+$/u.test(tokens[o]!.text) && PORTFOLIO_WORDS.has(tokens[o]!.lower)) o--;
        const titleText = joinTokens(tokens, o + 1, i + 1);
        if (tokens[o]?.lower === "'s") o--;
        const ownerIdx = o >= s.first ? covered[o] : -1;
        const owner = ownerIdx !== undefined && ownerIdx >= 0 ? mentions[ownerIdx] : undefined;
        if (owner && owner.end === o + 1 && (owner.kind === 'gazetteer' || owner.type === 'ORGANIZATION') && tokens[owner.start - 1] && ['the', 'his', 'her', 'its', 'their'].includes(tokens[owner.start - 1]!.lower)) {
          owner.modifier = true;
          add({ start: owner.start - 1, end: i + 1, sentence: s.index, text: joinTokens(tokens, owner.start - 1, i + 1), name: t.text, type: 'PERSON', strength: 2, kind: 'description', modifier: false, head: singular(t.lower), role: { title: titleText, of: owner.index, leader: isLeaderTitle(titleText) } });
          continue;
        }
      }
      // Salient groups of people ("farmers", "protesters"): a story's actors when the headline
      // names them or the text repeats them (3+ times); named by the plural, never a pronoun.
      if ((t.pos === 'NOUN' || (t.pos === 'PROPN' && i === s.first)) && PEOPLE_PLURALS.has(t.lower) && /^\p{L}/u.test(t.text) && salientPeople().has(t.lower) && !(i + 1 <= s.last && (tokens[i + 1]!.pos === 'NOUN' || /^['’]/.test(tokens[i + 1]!.text)))) {
        add({ start: i, end: i + 1, sentence: s.index, text: t.text, name: t.lower, type: 'OTHER', strength: 3, kind: 'thing', modifier: false, head: t.lower });
        continue;
      }
      // Weapon/vehicle noun phrases (head = last noun).
      if (t.pos === 'NOUN' || (t.pos === 'PROPN' && !isCap(t))) {
        const tt0 = thingType(t.lemma) ?? thingType(t.lower);
        const nextT = tokens[i + 1];
        // "Haile trains in Addis Ababa": a plural noun right after a person's name and before a
        // preposition is that person's verb, not a vehicle.
        const tt = tt0 && personVerbAt(i) ? null : tt0;
        const isHead = !(nextT && i + 1 <= s.last && nextT.pos === 'NOUN' && !thingType(nextT.lemma));
        if (tt && isHead) {
          let st = i;
          const mods: string[] = [];
          while (st - 1 >= s.first && covered[st - 1] === -1 && ['ADJ', 'NOUN', 'VERB', 'PUNCT'].includes(tokens[st - 1]!.pos) && /^[\p{Ll}-]/u.test(tokens[st - 1]!.text)) {
            const p = tokens[st - 1]!;
            if (p.pos === 'PUNCT' && p.text !== '-') break;
            if (p.pos === 'VERB' && !/(ed|en)$/.test(p.lower)) break;
            st--;
            if (p.pos !== 'PUNCT') mods.unshift(p.lower);
          }
          // Drop the hyphenated remainder and vague modifiers; keep the nearest descriptive one.
          let mod: string | undefined;
          for (let q = i - 1; q >= st; q--) {
            const p = tokens[q]!;
            if (p.text === '-' || tokens[q + 1]?.text === '-' && q + 1 < i) break;
            if (!VAGUE_MODIFIERS.has(p.lower) && p.pos !== 'VERB') {
              mod = p.lower;
              break;
            }
          }
          const headWord = singular(t.lemma === t.lower ? t.lower : t.lemma);
          const name = mod ? `${mod} ${headWord}` : headWord;
          add({ start: st, end: i + 1, sentence: s.index, text: joinTokens(tokens, st, i + 1), name, type: tt, strength: 3, kind: 'thing', modifier: false, head: headWord });
          continue;
        }
        // Definite references: "the cosmodrome", "the site", "the country", "the company", "the probe".
        const prevT = tokens[i - 1];
        // "his country", "their country": the country of the person or group in view.
        if (prevT && ['his', 'her', 'its', 'their'].includes(prevT.lower) && isHead && ['country', 'nation'].includes(t.lower)) {
          add({ start: i, end: i + 1, sentence: s.index, text: t.text, name: t.lower, type: 'GPE', strength: 1, kind: 'reference', modifier: false, head: t.lower });
          continue;
        }
        // ("the distributor Filmwelt": a noun right before a name only describes it.)
        const nameNext = nextT !== undefined && i + 1 <= s.last && isCap(nextT) && covered[i + 1] !== -1;
        if (prevT && prevT.lower === 'the' && isHead && !nameNext) {
          const ht = headType(t.lemma) ?? headType(t.lower);
          const generic = GENERIC_FACILITY_NOUNS.has(t.lower) || ['country', 'nation'].includes(t.lower);
          const singularNoun = singular(t.lower) === t.lower && t.pos === 'NOUN';
          if ((ht && ht.type !== 'ORGANIZATION') || generic) {
            const type: EntityType = ['country', 'nation'].includes(t.lower) ? 'GPE' : ht?.type ?? 'FACILITY';
            add({ start: i - 1, end: i + 1, sentence: s.index, text: joinTokens(tokens, i - 1, i + 1), name: t.lower, type, strength: 1, kind: 'reference', modifier: false, head: singular(t.lower) });
          } else if (singularNoun && (REFERENCE_ORG_NOUNS.has(t.lower) || descriptors.has(t.lower) || (ht && orgNameHeads().has(t.lower))) && !TITLE_WORDS.has(t.lower) && !PERSON_NOUNS.has(t.lower)) {
            // ("the court" after "the Constitutional Court": an organisation head that ends a name of the text.)
            const type: EntityType = REFERENCE_ORG_NOUNS.has(t.lower) || ht ? 'ORGANIZATION' : 'OTHER';
            add({ start: i - 1, end: i + 1, sentence: s.index, text: joinTokens(tokens, i - 1, i + 1), name: t.lower, type, strength: 1, kind: 'reference', modifier: false, head: t.lower });
          }
        }
      }
    }
  }

  // "X, (also|formerly) known as Y", "X is the Y" (acronym), "X stands for Y".
  for (const s of sentences) {
    for (let i = s.first + 1; i < s.last; i++) {
      const t = tokens[i]!;
      if (t.lower === 'known' && tokens[i + 1]?.lower === 'as') {
        const yIdx = covered[i + 2] !== -1 ? covered[i + 2] : tokens[i + 2]?.lower === 'the' ? covered[i + 3] : -1;
        let x = i - 1;
        while (x >= s.first && ['also', 'formerly', 'previously', 'once', 'commonly', 'better', ','].includes(tokens[x]!.lower)) x--;
        const xIdx = x >= s.first ? covered[x] : -1;
        if (xIdx !== undefined && xIdx >= 0 && yIdx !== undefined && yIdx >= 0) aliases.push({ a: xIdx, b: yIdx });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const remap = new Map<number, number>();
  mentions.forEach((m, i) => remap.set(m.index, i));
  for (const m of mentions) {
    m.index = remap.get(m.index)!;
    if (m.role && m.role.of !== null) m.role.of = remap.get(m.role.of)!;
    if (m.possessor !== undefined) m.possessor = remap.get(m.possessor)!;
    if (m.nationality !== undefined) m.nationality = remap.get(m.nationality)!;
  }
  return { mentions, aliases: aliases.map((l) => ({ a: remap.get(l.a)!, b: remap.get(l.b)! })) };
}
