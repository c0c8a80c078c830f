/**
 * Personal pronouns of the tree rules' candidates, resolved with the tree: a pronoun takes the
 * nearest earlier subject of its kind in its own sentence, else the subject of the sentences
 * before it (main clause first), else their nearest named thing of its kind. "he/she/him/her/his"
 * stand for people ("she … he" never for the same one), "it/its" for anything but people,
 * "they/their" for organisations, a relative pronoun for the noun its clause modifies; other
 * pronouns are left alone.
 */
import type { RuleContext, RuleMention } from '../extraction/rules/Candidate.js';
import type { SentenceTree } from '../extraction/SentenceTree.js';
import type { Coreference } from './coreference/EntityCluster.js';

const MALE: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
const FEMALE: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);
const THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'itself']);
/** "their captain" after a club: plural pronouns for organisations (people in groups are no entities). */
const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', 'their', 'theirs']);
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'that']);
/** How many sentences back an antecedent may be. */
const LOOK_BACK = 2;

type Kind = 'person' | 'thing' | 'group';

function kindOf(m: RuleMention): Kind | null {
  const p = m.pronoun ?? '';
  if (MALE.has(p) || FEMALE.has(p)) return 'person';
  return THING_PRONOUNS.has(p) ? 'thing' : GROUP_PRONOUNS.has(p) ? 'group' : null;
}

/** 'm' or 'f' for gendered pronouns, else null. */
function genderOf(m: RuleMention): 'm' | 'f' | null {
  const p = m.pronoun ?? '';
  return MALE.has(p) ? 'm' : FEMALE.has(p) ? 'f' : null;
}

function isSubject(tree: SentenceTree, w: number): boolean {
  return w >= 0 && w < tree.length && tree.base(w) === 'nsubj';
}

/** How deep a word sits below the root (the main clause's subject is shallowest). */
function depth(tree: SentenceTree, w: number): number {
  let d = 0;
  for (let i = w; i >= 0 && d < tree.length; i = tree.head(i)) d++;
  return d;
}

/** Earlier pronouns of the sentence already resolved stand for their antecedents. */
function clusterOfMention(m: RuleMention, coref: Coreference, resolved: ReadonlyMap<number, number>): number {
  return m.kind === 'pronoun' ? (resolved.get(m.index) ?? -1) : (coref.entityOf[m.index] ?? -1);
}

function fits(kind: Kind, m: RuleMention, cluster: number, coref: Coreference): boolean {
  if (cluster < 0 || m.modifier) return false;
  const type = coref.clusters[cluster]!.type;
  if (kind === 'group') return type === 'ORGANIZATION';
  return kind === 'person' ? type === 'PERSON' : type !== 'PERSON' && m.gazetteer?.kind !== 'demonym';
}

export class TreePronouns {
  private readonly resolved = new Map<number, number>();
  /** The gender earlier pronouns gave each entity ("she … he" never name the same person). */
  private readonly gender = new Map<number, 'm' | 'f'>();

  constructor(private readonly ctx: RuleContext, private readonly coref: Coreference) {
    for (const m of ctx.mentions) {
      if (RELATIVE_PRONOUNS.has(m.pronoun ?? '')) {
        const c = this.relativeHead(m);
        if (c >= 0) this.resolved.set(m.index, c);
        continue;
      }
      const kind = kindOf(m);
      if (kind === null) continue;
      const g = genderOf(m);
      const c = this.antecedent(m, kind, g);
      if (c < 0) continue;
      this.resolved.set(m.index, c);
      if (g !== null && !this.gender.has(c)) this.gender.set(c, g);
    }
  }

  /** The entity a mention stands for: its cluster, or a pronoun's antecedent; -1 if none. */
  clusterOf(mention: number): number {
    const m = this.ctx.mentions[mention]!;
    return m.kind === 'pronoun' ? (this.resolved.get(mention) ?? -1) : (this.coref.entityOf[mention] ?? -1);
  }

  /** The resolved possessive "his"/"her": mention index → entity (the frames' own reading takes the last person named). */
  possessives(): Map<number, number> {
    const out = new Map<number, number>();
    for (const [mi, c] of this.resolved) {
      const m = this.ctx.mentions[mi]!;
      const tree = this.ctx.trees[m.sentence];
      if (tree === undefined || m.word < 0) continue;
      const possessive = ['his', 'her'].includes(m.pronoun ?? '') && tree.word(m.word).label === 'nmod:poss';
      if (possessive || (this.opensSentence(m, tree) && this.mainSubjectBefore(m.sentence, c))) out.set(mi, c);
    }
    return out;
  }

  /** "He"/"she" as the subject before any other name of its sentence: the frames would take the last person named. */
  private opensSentence(m: RuleMention, tree: SentenceTree): boolean {
    if (!['he', 'she'].includes(m.pronoun ?? '') || !isSubject(tree, m.word)) return false;
    return this.ctx.index.inSentence(m.sentence).every((o) => o.start >= m.start || o.index === m.index);
  }

  /** Whether entity `c` is the subject of the main clause of the sentence before `sentence`. */
  private mainSubjectBefore(sentence: number, c: number): boolean {
    const tree = this.ctx.trees[sentence - 1];
    if (tree === undefined) return false;
    return this.ctx.index.inSentence(sentence - 1).some((o) => isSubject(tree, o.word) && tree.head(tree.head(o.word)) < 0 && this.coref.entityOf[o.index] === c);
  }

  /** Whether the mention is a pronoun this class resolved. */
  isResolvedPronoun(mention: number): boolean {
    return this.resolved.has(mention);
  }

  /** A relative pronoun stands for the noun its clause modifies ("the firm, which …"). */
  private relativeHead(m: RuleMention): number {
    const tree = this.ctx.trees[m.sentence];
    if (tree === undefined || m.word < 0) return -1;
    const clause = tree.head(m.word);
    let noun = clause >= 0 && tree.word(clause).label === 'acl:relcl' ? tree.head(clause) : -1;
    // A misparsed relative clause: the noun just before the pronoun (past a comma).
    if (noun < 0) noun = tree.word(m.word - 1 >= 0 ? m.word - 1 : 0).upos === 'PUNCT' ? m.word - 2 : m.word - 1;
    const mi = noun >= 0 ? this.ctx.index.of(tree, noun) : -1;
    if (mi < 0 || mi === m.index) return -1;
    const o = this.ctx.mentions[mi]!;
    return o.kind === 'pronoun' ? (this.resolved.get(mi) ?? -1) : (this.coref.entityOf[mi] ?? -1);
  }

  private antecedent(m: RuleMention, kind: Kind, g: 'm' | 'f' | null): number {
    const ok = (o: RuleMention, c: number): boolean => fits(kind, o, c, this.coref) && (g === null || ((this.gender.get(c) ?? g) === g && (genderOf(o) ?? g) === g));
    const own = this.inSentence(m, ok);
    if (own >= 0) return own;
    for (let s = m.sentence - 1; s >= 0 && s >= m.sentence - LOOK_BACK; s--) {
      const c = this.fromSentence(s, ok);
      if (c >= 0) return c;
    }
    return -1;
  }

  /** The nearest earlier subject of the pronoun's kind in its own sentence (not one it governs). */
  private inSentence(m: RuleMention, ok: (o: RuleMention, c: number) => boolean): number {
    const tree = this.ctx.trees[m.sentence];
    if (tree === undefined) return -1;
    const before = this.ctx.index.inSentence(m.sentence).filter((o) => o.start < m.start && o.index !== m.index);
    for (let i = before.length - 1; i >= 0; i--) {
      const o = before[i]!;
      const c = clusterOfMention(o, this.coref, this.resolved);
      if (isSubject(tree, o.word) && ok(o, c)) return c;
    }
    return -1;
  }

  /** A sentence's shallowest subject of the kind, else its first mention of the kind. */
  private fromSentence(s: number, ok: (o: RuleMention, c: number) => boolean): number {
    const tree = this.ctx.trees[s];
    if (tree === undefined) return -1;
    let best = -1;
    let bestDepth = Infinity;
    let first = -1;
    for (const o of this.ctx.index.inSentence(s)) {
      const c = clusterOfMention(o, this.coref, this.resolved);
      if (!ok(o, c)) continue;
      if (first < 0) first = c;
      if (isSubject(tree, o.word)) {
        const d = depth(tree, o.word);
        if (d < bestDepth) { best = c; bestDepth = d; }
      }
    }
    return best >= 0 ? best : first;
  }
}
