/**
 * Entity mentions from POS tags: proper-noun chunks (with "of", "'", "-" connectors),
 * countries/capitals/demonyms from the gazetteer, acronyms, title+name structures
 * ("Russian President Vladimir Putin"), role descriptions ("the North Korean leader"),
 * definite references ("the cosmodrome"), weapon/vehicle noun phrases and pronouns.
 * Linear in the number of tokens.
 */
import type { EntityType } from '../model/types.js';
import { isLexiconWord, type AnalyzedText, type Token } from '../nlp/nlp.js';
import {
  GENERIC_FACILITY_NOUNS,
  HONORIFICS,
  LOCATION_FIRST_WORDS,
  KINSHIP_WORDS,
  NAME_PARTICLES,
  ORG_CUE_NOUNS,
  ORG_OWNED_TITLES,
  PERSON_NOUNS,
  PERSON_PRONOUNS,
  PORTFOLIO_WORDS,
  THING_PRONOUNS,
  TITLE_WORDS,
  VAGUE_MODIFIERS,
} from './lexicon.js';
import type { Mention, MentionOptions, MentionResult, RoleLink } from './mentions/Mention.js';
import { abbreviates } from './mentions/abbreviates.js';
import { extendRuns } from './mentions/extendRuns.js';
import { forceBody } from './mentions/forceBodies.js';
import { addMention, newMentionContext } from './mentions/MentionContext.js';
import { findNameRuns, type Run } from './mentions/nameRuns.js';
import { headType, thingType } from './mentions/headType.js';
import { singular } from './mentions/singular.js';
import { isLeaderTitle, isTitleWord } from './mentions/titles.js';
import { isAllCaps, isCap, joinTokens, stripDot } from './mentions/tokenText.js';

/** Plural nouns for groups of ordinary people that act in news stories ("farmers protested"). */
const PEOPLE_PLURALS = new Set(['farmers', 'workers', 'protesters', 'protestors', 'demonstrators', 'residents', 'students', 'teachers', 'doctors', 'nurses', 'miners', 'fishermen', 'pilots', 'drivers', 'employees', 'passengers', 'migrants', 'refugees', 'villagers', 'voters', 'fans', 'investors', 'consumers', 'customers', 'patients', 'civilians', 'activists', 'strikers', 'pensioners', 'retirees', 'growers', 'shoppers', 'tourists', 'commuters', 'tenants', 'dockworkers', 'truckers', 'taxpayers', 'landowners', 'shareholders', 'depositors', 'savers', 'borrowers', 'homeowners', 'parents', 'survivors', 'victims', 'rescuers', 'volunteers', 'firefighters', 'veterans', 'inmates', 'prisoners', 'hostages', 'settlers', 'herders', 'ranchers', 'vendors', 'traders', 'unions']);

/** Nouns that, after "the", refer back to an organisation of the article ("the company said"). */
const REFERENCE_ORG_NOUNS = new Set(['company', 'firm', 'group', 'club', 'carrier', 'airline', 'lender', 'bank', 'insurer', 'retailer', 'broadcaster', 'manufacturer', 'maker', 'operator', 'startup', 'start-up', 'developer', 'utility', 'union', 'party', 'agency', 'ministry', 'regulator', 'museum', 'university', 'institute', 'consortium', 'charity', 'brewer', 'chipmaker', 'drugmaker', 'carmaker', 'automaker', 'conglomerate', 'supplier', 'publisher', 'newspaper']);

/** Generational suffixes that close a personal name. */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

export function findMentions(doc: AnalyzedText, options: MentionOptions = {}): MentionResult {
  const ctx = newMentionContext(doc, options);
  const { tokens, sentences, lowers, gaz, mentions, aliases, covered } = ctx;
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

  // Pass 2: classify runs.
  const runMentions: Array<Mention | null> = [];
  for (const r of runs) runMentions.push(classifyRun(r));

  /** "Martin Luther King Jr.", "Billie Jean King": a title word after a first name, ending the name or before a suffix, is a surname. */
  function surnameTitle(i: number, end: number): boolean {
    const firstName = options.isFirstName;
    return firstName !== undefined && i > 0 && firstName(tokens[i - 1]!.text) && (i === end - 1 || NAME_SUFFIXES.has(lowers[i + 1]!));
  }

  /** "Bethany, Conn.": the town before a comma and a state is also named with the state. */
  function qualifyTown(state: Run): void {
    const comma = state.start - 1;
    if (comma < 1 || tokens[comma]!.text !== ',') return;
    for (let k = mentions.length - 1; k >= 0 && mentions[k]!.end >= comma; k--) {
      const town = mentions[k]!;
      if (town.end === comma && !town.modifier) town.fullForm = joinTokens(tokens, town.start, state.end);
    }
  }

  function classifyRun(r: Run): Mention | null {
    const sentence = tokens[r.start]!.sentence;
    const len = r.end - r.start;
    const text = joinTokens(tokens, r.start, r.end);
    if (r.quoted) return add({ start: r.start, end: r.end, sentence, text, name: text, type: 'OTHER', strength: 3, kind: 'name', modifier: false });
    // Whole run in the gazetteer.
    const g = gaz.longestMatch(lowers, r.start, r.end);
    if (g && g.length === len) {
      const e = g.entry;
      if (e.kind === 'state') qualifyTown(r);
      return add({
        start: r.start, end: r.end, sentence, text,
        name: e.kind === 'demonym' ? e.country : e.name,
        type: 'GPE', strength: 3, kind: 'gazetteer',
        gazetteer: { kind: e.kind, country: e.country },
        modifier: e.kind === 'demonym',
      });
    }
    // A state abbreviation closing a place after a comma: "Bethany, Conn.".
    const st = len === 1 && r.start >= 2 && tokens[r.start - 1]!.text === ',' && isCap(tokens[r.start - 2]!) ? gaz.stateAbbreviation(tokens[r.start]!.text) : undefined;
    if (st) {
      qualifyTown(r);
      return add({
        start: r.start, end: r.end, sentence, text, name: st.name, type: 'GPE', strength: 3, kind: 'gazetteer',
        gazetteer: { kind: st.kind, country: st.country }, modifier: false,
      });
    }
    // Sequences of gazetteer names joined by hyphens ("DPRK-Russia").
    if (g && tokens[r.start + g.length]?.text === '-') {
      let i = r.start;
      const parts: Mention[] = [];
      while (i < r.end) {
        const m = gaz.longestMatch(lowers, i, r.end);
        if (!m) break;
        parts.push(add({
          start: i, end: i + m.length, sentence, text: joinTokens(tokens, i, i + m.length),
          name: m.entry.kind === 'demonym' ? m.entry.country : m.entry.name, type: 'GPE', strength: 3, kind: 'gazetteer',
          gazetteer: { kind: m.entry.kind, country: m.entry.country }, modifier: true,
        }));
        i += m.length;
        if (tokens[i]?.text === '-') i++;
        else break;
      }
      if (i >= r.end) return parts[0] ?? null;
    }
    // Demonym + place: "Soviet Armenia", "British Columbia" name a place.
    if (g && g.entry.kind === 'demonym' && len > g.length) {
      const rest = gaz.longestMatch(lowers, r.start + g.length, r.end);
      if (rest && rest.length === len - g.length && rest.entry.kind !== 'demonym') {
        return add({ start: r.start, end: r.end, sentence, text, name: text, type: 'GPE', strength: 3, kind: 'name', modifier: false });
      }
    }
    // Demonym + personal name: "Ethiopian Dawit Alemu" → nationality, not part of the name.
    if (g && g.entry.kind === 'demonym' && len - g.length >= 2) {
      const rest = tokens.slice(r.start + g.length, r.end);
      const personLike = rest.every((t) => /^\p{Lu}[\p{Ll}'’.-]*$/u.test(t.text) && !isTitleWord(t) && !headType(t.text));
      if (personLike) {
        const dem = add({
          start: r.start, end: r.start + g.length, sentence, text: joinTokens(tokens, r.start, r.start + g.length),
          name: g.entry.country, type: 'GPE', strength: 3, kind: 'gazetteer', gazetteer: { kind: 'demonym', country: g.entry.country }, modifier: true,
        });
        const nameText = joinTokens(tokens, r.start + g.length, r.end);
        return add({ start: r.start + g.length, end: r.end, sentence, text: nameText, name: nameText, type: 'PERSON', strength: 2, kind: 'name', modifier: false, nationality: dem.index });
      }
    }
    // Title + name: "Russian President Vladimir Putin", "Kremlin Spokesperson Dmitry Peskov".
    let k = -1;
    for (let i = r.end - 1; i >= r.start; i--) {
      if (isTitleWord(tokens[i]!) && !surnameTitle(i, r.end)) {
        k = i;
        break;
      }
    }
    // "Joint Chiefs of Staff", "Council of Ministers": a title word governing "of" inside the run names a body.
    if (k >= 0 && k + 1 < r.end && lowers[k + 1] === 'of') k = -1;
    // "General Electric", "General Dynamics": "General" before one common word names a company, not an officer.
    if (k === r.start && lowers[k] === 'general' && r.end - r.start === 2 && isLexiconWord(lowers[k + 1]!)) k = -1;
    if (k >= 0) {
      let titleStart = k;
      // A minister's portfolio is any common word ("Food Minister", "Fisheries Minister"), not only a listed one.
      const portfolio = (t: Token): boolean => PORTFOLIO_WORDS.has(t.lower) || (stripDot(tokens[k]!.lower) === 'minister' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !gaz.longestMatch(lowers, t.index, t.index + 1) && !headType(t.text) && isLexiconWord(t.lower));
      while (titleStart > r.start && (portfolio(tokens[titleStart - 1]!) || isTitleWord(tokens[titleStart - 1]!))) titleStart--;
      let owner: Mention | null = null;
      if (titleStart > r.start) {
        const og = gaz.longestMatch(lowers, r.start, titleStart);
        const ownerText = joinTokens(tokens, r.start, titleStart);
        if (og && og.length === titleStart - r.start) {
          owner = add({
            start: r.start, end: titleStart, sentence, text: ownerText,
            name: og.entry.kind === 'demonym' ? og.entry.country : og.entry.name, type: 'GPE', strength: 3, kind: 'gazetteer',
            gazetteer: { kind: og.entry.kind, country: og.entry.country }, modifier: true,
          });
        } else {
          const ht = headType(tokens[titleStart - 1]!.text);
          owner = add({
            start: r.start, end: titleStart, sentence, text: ownerText, name: ownerText,
            type: ht?.type ?? 'ORGANIZATION', strength: ht ? 3 : 2, kind: 'name', modifier: true,
          });
        }
      }
      const titleTokens = tokens.slice(titleStart, k + 1).filter((t) => !HONORIFICS.has(t.lower));
      const title = titleTokens.map((t) => t.text).join(' ');
      const headTitle = stripDot(tokens[k]!.lower);
      const role: RoleLink | undefined = title
        ? { title, of: owner ? owner.index : null, leader: isLeaderTitle(title) }
        : undefined;
      if (k < r.end - 1) {
        const nameText = joinTokens(tokens, k + 1, r.end);
        const titled = k === r.end - 2 ? { fullForm: joinTokens(tokens, k, r.end) } : {};
        return add({ start: k + 1, end: r.end, sentence, text: nameText, name: nameText, type: 'PERSON', strength: 3, kind: 'name', modifier: false, ...(role ? { role } : {}), ...titled });
      }
      // Title only ("Russian President" with no name after it): a role description.
      if (owner && owner.gazetteer && role) {
        return add({ start: titleStart, end: r.end, sentence, text: title, name: title, type: 'PERSON', strength: 2, kind: 'description', modifier: false, role, head: headTitle });
      }
      if (role) {
        // A bare title run ("Governor") — remembered as a description without owner.
        return add({ start: titleStart, end: r.end, sentence, text: title, name: title, type: 'PERSON', strength: 1, kind: 'description', modifier: false, role, head: headTitle });
      }
      return owner;
    }
    // A single token that is a weapon word in capitals ("ICBMs").
    if (len === 1) {
      const tt = thingType(tokens[r.start]!.lower);
      if (tt) {
        const nm = singular(tokens[r.start]!.text.replace(/s$/, '')).toUpperCase() === tokens[r.start]!.text.replace(/s$/, '').toUpperCase() ? tokens[r.start]!.text.replace(/s$/, '') : tokens[r.start]!.text;
        return add({ start: r.start, end: r.end, sentence, text, name: nm, type: tt, strength: 3, kind: 'thing', modifier: false, head: singular(tokens[r.start]!.lower) });
      }
    }
    // Head words.
    const inner = lowers.slice(r.start, r.end);
    const ofIdx = inner.includes('of') ? inner.indexOf('of') : inner.indexOf('for');
    const heads = ofIdx > 0 ? [r.start + ofIdx - 1, r.end - 1] : [r.end - 1];
    for (const h of heads) {
      const ht = headType(tokens[h]!.lemma) ?? headType(tokens[h]!.text);
      if (ht) return add({ start: r.start, end: r.end, sentence, text, name: text, type: ht.type, strength: ht.strength, kind: 'name', modifier: false });
    }
    if (len >= 2 && LOCATION_FIRST_WORDS.has(lowers[r.start]!)) return add({ start: r.start, end: r.end, sentence, text, name: text, type: 'LOCATION', strength: 3, kind: 'name', modifier: false });
    const words = tokens.slice(r.start, r.end).filter((t) => /\p{L}/u.test(t.text));
    if (words.length > 0 && words.every((t) => isAllCaps(t.text))) {
      return add({ start: r.start, end: r.end, sentence, text, name: text, type: 'ORGANIZATION', strength: 2, kind: 'name', modifier: false });
    }
    // Context cues before the run: "broadcaster NHK", "news agency Yonhap".
    const prev = tokens[r.start - 1];
    if (prev && prev.sentence === sentence && ORG_CUE_NOUNS.has(prev.lower)) {
      return add({ start: r.start, end: r.end, sentence, text, name: text, type: 'ORGANIZATION', strength: 2, kind: 'name', modifier: false });
    }
    // "a lender called X", "a gang known as X": the descriptor noun types the name.
    const aliasCue = prev && prev.sentence === sentence && (['called', 'named', 'dubbed'].includes(prev.lower) ? tokens[r.start - 2] : prev.lower === 'as' && tokens[r.start - 2]?.lower === 'known' ? tokens[r.start - 3] : undefined);
    if (aliasCue && /^\p{Ll}/u.test(aliasCue.text) && (ORG_CUE_NOUNS.has(aliasCue.lower) || ['gang', 'cartel', 'band', 'team', 'fund'].includes(aliasCue.lower))) {
      return add({ start: r.start, end: r.end, sentence, text, name: text, type: 'ORGANIZATION', strength: 2, kind: 'name', modifier: false });
    }
    const next = tokens[r.end];
    if (next && next.sentence === sentence && ORG_CUE_NOUNS.has(next.lower) && /^\p{Ll}/u.test(next.text)) {
      return add({ start: r.start, end: r.end, sentence, text, name: text, type: 'ORGANIZATION', strength: 2, kind: 'name', modifier: false });
    }
    // Names holding a country, capital or demonym are not people ("Berlin Marathon").
    const holdsPlace = tokens.slice(r.start, r.end).some((t, q) => gaz.longestMatch(lowers, r.start + q, r.start + q + 1) !== null);
    let pj0 = r.start - 1;
    while (pj0 >= 0 && ['ADJ', 'DET'].includes(tokens[pj0]!.pos) && /^\p{Ll}/u.test(tokens[pj0]!.text)) pj0--;
    const locative = pj0 >= 0 && ['in', 'at', 'near', 'outside', 'into', 'across', 'toward', 'towards', 'around'].includes(tokens[pj0]!.lower);
    if (len >= 2 && len <= 4 && (holdsPlace || locative) && !roleBefore(r.start)) {
      return add({ start: r.start, end: r.end, sentence, text, name: text, type: locative ? 'GPE' : 'ORGANIZATION', strength: 1, kind: 'name', modifier: false });
    }
    // Personal names: 2–4 capitalised parts; hyphen-joined parts ("Pieter-Jan") and inner particles ("de") allowed.
    const gluedHyphen = (t: Token): boolean => t.text === '-' && !t.spaceBefore;
    const nameWords = words.filter((t) => !NAME_PARTICLES.has(t.text)).length;
    const personParts =
      nameWords >= 2 && nameWords <= 4 && words.length + tokens.slice(r.start, r.end).filter(gluedHyphen).length === len &&
      words.every((t, q) => /^\p{Lu}[\p{Ll}'’.-]*$|^[IVX]+$/u.test(t.text) || (q > 0 && q < words.length - 1 && NAME_PARTICLES.has(t.text)));
    if (personParts) {
      // A lower-case title just before the name ("DPRK leader Kim Jong Un") gives a role.
      const role = roleBefore(r.start);
      return add({ start: r.start, end: r.end, sentence, text, name: text, type: 'PERSON', strength: 2, kind: 'name', modifier: false, ...(role ? { role } : {}) });
    }
    // Single unknown word: place after a locative preposition, else organisation (weak).
    const role = len <= 4 ? roleBefore(r.start) : undefined;
    if (role) return add({ start: r.start, end: r.end, sentence, text, name: text, type: 'PERSON', strength: 2, kind: 'name', modifier: false, role });
    let pj = r.start - 1;
    while (pj >= 0 && tokens[pj]!.pos === 'ADJ' && /^\p{Ll}/u.test(tokens[pj]!.text)) pj--;
    const prevP = tokens[pj];
    const locPrep = prevP && ['in', 'to', 'from', 'near', 'at', 'outside', 'into', 'toward', 'towards', 'across', 'of'].includes(prevP.lower);
    return add({ start: r.start, end: r.end, sentence, text, name: text, type: locPrep ? 'GPE' : 'ORGANIZATION', strength: 1, kind: 'name', modifier: false });
  }

  /** A lower-case title (with optional owner) right before token `start`: "DPRK leader", "Japan's foreign minister". */
  function roleBefore(start: number): RoleLink | undefined {
    let i = start - 1;
    if (i < 0 || !isTitleWord(tokens[i]!) || isCap(tokens[i]!)) return undefined;
    const k = i;
    while (i - 1 >= 0 && /^\p{Ll}/u.test(tokens[i - 1]!.text) && (PORTFOLIO_WORDS.has(tokens[i - 1]!.lower) || isTitleWord(tokens[i - 1]!))) i--;
    const title = tokens.slice(i, k + 1).map((t) => t.text).join(' ');
    const leader = isLeaderTitle(title);
    let ownerEnd = i;
    if (tokens[ownerEnd - 1]?.lower === "'s") ownerEnd--;
    const ownerIdx = ownerEnd > 0 ? covered[ownerEnd - 1] : -1;
    const owner = ownerIdx !== undefined && ownerIdx >= 0 ? mentions[ownerIdx] : undefined;
    // "Acme United coach Ana Lima": a weakly typed owner of an organisational title is an organisation.
    if (owner && owner.kind === 'name' && owner.type === 'PERSON' && owner.strength < 3 && !owner.role && ORG_OWNED_TITLES.has(tokens[k]!.lower)) {
      owner.type = 'ORGANIZATION';
      owner.strength = 3;
    }
    if (owner && owner.kind !== 'pronoun' && owner.type !== 'PERSON') {
      owner.modifier = true;
      return { title, of: owner.index, leader };
    }
    return { title, of: null, leader };
  }

  // Possessors and acronym definitions between runs.
  for (let r = 0; r < runs.length; r++) {
    const m = runMentions[r];
    if (!m) continue;
    const after = tokens[m.end];
    if (after && after.lower === "'s") {
      let nx = m.end + 1;
      while (nx < tokens.length && covered[nx] === -1 && (isTitleWord(tokens[nx]!) || PORTFOLIO_WORDS.has(tokens[nx]!.lower)) && isCap(tokens[nx]!)) nx++;
      const nextIdx = covered[nx];
      if (nextIdx !== undefined && nextIdx >= 0) {
        const nm = mentions[nextIdx]!;
        if (nm.index !== m.index) {
          nm.possessor = m.index;
          if (nm.role && nm.role.of === null && m.type !== 'PERSON') {
            nm.role.of = m.index;
          }
        }
      }
    }
    // "Korean Central News Agency (KCNA)"
    if (after && after.text === '(') {
      const inner = runMentions[r + 1];
      if (inner && inner.start === m.end + 1 && tokens[inner.end]?.text === ')' && (m.type === 'ORGANIZATION' || abbreviates(inner.text, m.text))) aliases.push({ a: m.index, b: inner.index });
    }
  }

  // Descriptor nouns next to names: "the cybersecurity firm Kestrel", "the Vela-3 probe", "Acme, a Lisbon-based company".
  const descriptors = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'name' || m.modifier) continue;
    const d = descriptorOf(m);
    if (d) {
      m.descriptor = d;
      descriptors.add(d);
    }
  }

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

  /** The common noun that introduces a name: right before it, right after it, or heading its appositive. */
  function descriptorOf(m: Mention): string | null {
    const ok = (t: Token | undefined): t is Token =>
      !!t && t.pos === 'NOUN' && /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && singular(t.lower) === t.lower && !TITLE_WORDS.has(t.lower) && !PERSON_NOUNS.has(t.lower) && !KINSHIP_WORDS.has(t.lower) && covered[t.index] === -1;
    const before = tokens[m.start - 1];
    if (ok(before) && tokens[m.start - 2] && tokens[m.start - 2]!.sentence === m.sentence) return before.lower;
    const after = tokens[m.end];
    if (ok(after) && after.sentence === m.sentence && !(tokens[m.end + 1]?.pos === 'NOUN')) return after.lower;
    if (tokens[m.end]?.text === ',' && ['a', 'an', 'the'].includes(tokens[m.end + 1]?.lower ?? '')) {
      let q = m.end + 2;
      let last: Token | undefined;
      while (q < tokens.length && q - m.end < 8 && tokens[q]!.sentence === m.sentence && (['ADJ', 'NOUN', 'VERB', 'NUM'].includes(tokens[q]!.pos) || (tokens[q]!.text === '-' && !tokens[q]!.spaceBefore) || covered[q] !== -1)) {
        if (tokens[q]!.pos === 'NOUN' && covered[q] === -1) last = tokens[q];
        q++;
      }
      const stop = tokens[q];
      if (last && stop && [',', '.', 'that', 'which', 'who', 'with', 'in', 'of', 'from', 'for', 'based'].includes(stop.lower) && ok(last)) return last.lower;
    }
    return null;
  }
}
