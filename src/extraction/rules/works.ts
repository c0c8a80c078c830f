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

export function works(tree: SentenceTree, ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.index.inSentence(tree.index)) {
    if (m.type !== 'OTHER' || m.kind !== 'name') continue;
    const found = makerAfter(tree, m, ctx);
    const predicate = found === null ? null : predicateFor(found.role, found.genre);
    if (found !== null && predicate !== null) out.push({ rule: 'works', sentence: tree.index, subject: found.maker, object: m.index, predicate, verb: found.role ?? found.genre ?? 'by', qualifiers: {} });
  }
  return out;
}
