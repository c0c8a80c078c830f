/**
 * Who made a named work, from the words after its title: "“The Last Ferry”, a drama by the
 * Senegalese director Aminata Diallo Sow" → DIRECT; "“Cold Harbour”, by the Norwegian
 * filmmaker Silje Havik" → DIRECT; "“Salt and Stone”, a novel by X", "the novel “Y” by X" → WRITE. The maker's role
 * noun decides, else the work's genre noun. Read off the word sequence (parsers often hang
 * these by-phrases on the wrong word), within the title's sentence.
 */
import type { SentenceTree } from '../SentenceTree.js';
import type { Candidate, RuleContext, RuleMention } from './Candidate.js';

const DIRECTORS: ReadonlySet<string> = new Set(['director', 'filmmaker', 'film-maker', 'documentarian', 'showrunner']);
const WRITERS: ReadonlySet<string> = new Set(['author', 'writer', 'novelist', 'poet', 'playwright', 'screenwriter', 'journalist', 'historian', 'composer', 'songwriter']);
const FILMS: ReadonlySet<string> = new Set(['film', 'movie', 'drama', 'documentary', 'comedy', 'thriller', 'feature', 'series', 'miniseries', 'animation']);
const BOOKS: ReadonlySet<string> = new Set(['novel', 'book', 'memoir', 'biography', 'play', 'poem', 'collection', 'essay', 'history', 'opera', 'symphony']);

function predicateFor(role: string | null, genre: string | null): string | null {
  if (role !== null && DIRECTORS.has(role)) return 'DIRECT';
  if (role !== null && WRITERS.has(role)) return 'WRITE';
  if (genre !== null && FILMS.has(genre)) return 'DIRECT';
  if (genre !== null && BOOKS.has(genre)) return 'WRITE';
  return null;
}

/** The genre noun just before a title ("the novel “Small Things Like These”"), or null. */
function genreBefore(tree: SentenceTree, first: number): string | null {
  for (let w = first - 1; w >= Math.max(0, first - 4); w--) {
    const word = tree.word(w);
    if (word.upos === 'PUNCT' || word.upos === 'ADJ') continue;
    return word.upos === 'NOUN' ? word.lemma.toLowerCase() : null;
  }
  return null;
}

/** The maker after "by" within a few words of the title's end, with the genre and role nouns met on the way. */
function makerAfter(tree: SentenceTree, work: RuleMention, ctx: RuleContext): { maker: number; genre: string | null; role: string | null } | null {
  const words = tree.wordsOfTokens(work.start, work.end);
  if (words === null) return null;
  let genre: string | null = genreBefore(tree, words[0]);
  let role: string | null = null;
  let afterBy = false;
  for (let w = words[1] + 1; w < Math.min(tree.length, words[1] + 12); w++) {
    const word = tree.word(w);
    if (word.lower === 'by') afterBy = true;
    else if (word.upos === 'NOUN') [genre, role] = afterBy ? [genre, word.lemma.toLowerCase()] : [word.lemma.toLowerCase(), role];
    else if (word.upos === 'PROPN') {
      const maker = afterBy ? ctx.index.named(tree, w, 'PERSON') : -1;
      return maker >= 0 ? { maker, genre, role } : null;
    } else if (word.upos === 'VERB' || word.upos === 'AUX' || (word.upos === 'ADP' && afterBy)) return null;
  }
  return null;
}

const ACTORS: ReadonlySet<string> = new Set(['actor', 'actress', 'star', 'performer']);
/** Verbs of prizes won or given ("won the Golden Bear for …", "the prize went to X for …"). */
const PRIZE_VERBS: ReadonlySet<string> = new Set(['win', 'award', 'go', 'receive', 'accept', 'collect', 'take', 'name', 'nominate', 'honour', 'honor', 'earn']);

function rolePredicate(role: string): string | null {
  if (DIRECTORS.has(role)) return 'DIRECT';
  if (WRITERS.has(role)) return 'WRITE';
  return ACTORS.has(role) ? 'STAR_IN' : null;
}

/** Whether the name at w is who a prize verb honours: its subject ("X won"), or its to-phrase ("went to X"), directly or through the noun it describes. */
function honoured(tree: SentenceTree, w: number): boolean {
  const at = ['appos', 'flat', 'compound'].includes(tree.base(w)) && tree.head(w) >= 0 ? tree.head(w) : w;
  const v = tree.head(at);
  if (v < 0 || tree.word(v).upos !== 'VERB' || !PRIZE_VERBS.has(tree.word(v).lemma.toLowerCase())) return false;
  return tree.word(v).lemma.toLowerCase() === 'go' ? tree.caseOf(at) === 'to' : tree.base(at) === 'nsubj';
}

/** A maker's role: a role noun just before the person's name ("the Iranian director X"), else the prize's ("for best director"). */
function prizeRole(tree: SentenceTree, person: RuleMention, titleStart: number): string | null {
  const words = tree.wordsOfTokens(person.start, person.end);
  if (words === null) return null;
  for (let w = words[0] - 1; w >= Math.max(0, words[0] - 3); w--) {
    const lemma = tree.word(w).lemma.toLowerCase();
    if (rolePredicate(lemma) !== null) return lemma;
  }
  for (let w = 1; w < titleStart; w++) {
    if (tree.word(w - 1).lower === 'best' && rolePredicate(tree.word(w).lemma.toLowerCase()) !== null) return tree.word(w).lemma.toLowerCase();
  }
  return null;
}

/**
 * "The director X won the Golden Bear … for “The Salt Road”", "the prize for best director went
 * to X for “Winter Lines”": a person honoured for a work made it in the role the text gives them.
 * Read off the word sequence (parsers hang "for" phrases anywhere).
 */
function prizedWork(tree: SentenceTree, work: RuleMention, ctx: RuleContext): Candidate | null {
  const words = tree.wordsOfTokens(work.start, work.end);
  if (words === null || !tree.words.some((w) => w.upos === 'VERB' && PRIZE_VERBS.has(w.lemma.toLowerCase()))) return null;
  let f = words[0] - 1;
  while (f >= 0 && (tree.word(f).upos === 'PUNCT' || tree.word(f).lower === 'the')) f--;
  if (f < 0 || tree.word(f).lower !== 'for') return null;
  const people = ctx.index.inSentence(tree.index).filter((m) => m.kind === 'name' && m.type === 'PERSON' && m.word >= 0 && m.word < f && honoured(tree, m.word));
  const person = people.at(-1);
  const role = person === undefined ? null : prizeRole(tree, person, words[0]);
  const predicate = role === null ? null : rolePredicate(role);
  return person === undefined || predicate === null ? null : { rule: 'works', sentence: tree.index, subject: person.index, object: work.index, predicate, verb: role!, qualifiers: {} };
}

export function works(tree: SentenceTree, ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.index.inSentence(tree.index)) {
    if (m.type !== 'OTHER' || m.kind !== 'name') continue;
    const found = makerAfter(tree, m, ctx);
    const predicate = found === null ? null : predicateFor(found.role, found.genre);
    if (found !== null && predicate !== null) out.push({ rule: 'works', sentence: tree.index, subject: found.maker, object: m.index, predicate, verb: found.role ?? found.genre ?? 'by', qualifiers: {} });
    const prized = m.quotedTitle === true ? prizedWork(tree, m, ctx) : null;
    if (prized !== null) out.push(prized);
  }
  return out;
}
