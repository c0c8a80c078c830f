/**
 * Runs holding a title: "Russian President Vladimir Putin", "Kremlin Spokesperson Dmitry Peskov".
 * The title becomes the person's role, the words before it the role's owner; a title with no
 * name after it ("Russian President") is a role description.
 */
import { isLexiconWord, type Token } from '../../nlp/nlp.js';
import { HONORIFICS, PORTFOLIO_WORDS } from '../lexicon.js';
import { addGazetteerMention } from './gazetteerRun.js';
import { headType } from './headType.js';
import type { Mention, RoleLink } from './Mention.js';
import { addMention, type MentionContext } from './MentionContext.js';
import type { Run } from './nameRuns.js';
import { isLeaderTitle, isTitleWord } from './titles.js';
import { joinTokens, stripDot } from './tokenText.js';

/** Generational suffixes that close a personal name. */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

/** "Martin Luther King Jr.", "Billie Jean King": a title word after a first name, ending the name or before a suffix, is a surname. */
function surnameTitle(ctx: MentionContext, i: number, end: number): boolean {
  const firstName = ctx.options.isFirstName;
  return firstName !== undefined && i > 0 && firstName(ctx.tokens[i - 1]!.text) && (i === end - 1 || NAME_SUFFIXES.has(ctx.lowers[i + 1]!));
}

/** The index of the run's last title word, or -1 when the run holds none that titles a person. */
function titleIndex(ctx: MentionContext, r: Run): number {
  const { tokens, lowers } = ctx;
  let k = -1;
  for (let i = r.end - 1; i >= r.start; i--) {
    if (isTitleWord(tokens[i]!) && !surnameTitle(ctx, i, r.end)) {
      k = i;
      break;
    }
  }
  // "Joint Chiefs of Staff", "Council of Ministers": a title word governing "of" inside the run names a body.
  if (k >= 0 && k + 1 < r.end && lowers[k + 1] === 'of') return -1;
  // "General Electric", "General Dynamics": "General" before one common word names a company, not an officer.
  if (k === r.start && lowers[k] === 'general' && r.end - r.start === 2 && isLexiconWord(lowers[k + 1]!)) return -1;
  // "Premier League", "President Cup": a title word before a head noun of a body or event names that, not a person.
  const lastHead = headType(tokens[r.end - 1]!.lemma);
  if (k >= 0 && k < r.end - 1 && lastHead !== null && lastHead.type !== 'PERSON') return -1;
  return k;
}

/** Where the title that ends at `k` starts: portfolio and title words before it belong to it. */
function titleStartOf(ctx: MentionContext, r: Run, k: number): number {
  const { tokens, gaz, lowers } = ctx;
  // A minister's portfolio is any common word ("Food Minister", "Fisheries Minister"), not only a listed one.
  const portfolio = (t: Token): boolean => PORTFOLIO_WORDS.has(t.lower) || (stripDot(tokens[k]!.lower) === 'minister' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !gaz.longestMatch(lowers, t.index, t.index + 1) && !headType(t.text) && isLexiconWord(t.lower));
  let titleStart = k;
  while (titleStart > r.start && (portfolio(tokens[titleStart - 1]!) || isTitleWord(tokens[titleStart - 1]!))) titleStart--;
  return titleStart;
}

/** The owner of the title: the run's words before it, a gazetteer place or else a body. */
function titleOwner(ctx: MentionContext, r: Run, titleStart: number): Mention | null {
  if (titleStart <= r.start) return null;
  const { tokens } = ctx;
  const sentence = tokens[r.start]!.sentence;
  const og = ctx.gaz.longestMatch(ctx.lowers, r.start, titleStart);
  if (og && og.length === titleStart - r.start) return addGazetteerMention(ctx, sentence, r.start, titleStart, og.entry, true);
  const ownerText = joinTokens(tokens, r.start, titleStart);
  const ht = headType(tokens[titleStart - 1]!.text);
  return addMention(ctx, {
    start: r.start, end: titleStart, sentence, text: ownerText, name: ownerText,
    type: ht?.type ?? 'ORGANIZATION', strength: ht ? 3 : 2, kind: 'name', modifier: true,
  });
}

/** The mention of a run with a title, or undefined when the run holds no title. */
export function classifyTitledRun(ctx: MentionContext, r: Run): Mention | null | undefined {
  const { tokens } = ctx;
  const k = titleIndex(ctx, r);
  if (k < 0) return undefined;
  const sentence = tokens[r.start]!.sentence;
  const titleStart = titleStartOf(ctx, r, k);
  const owner = titleOwner(ctx, r, titleStart);
  const titleTokens = tokens.slice(titleStart, k + 1).filter((t) => !HONORIFICS.has(t.lower));
  const title = titleTokens.map((t) => t.text).join(' ');
  const headTitle = stripDot(tokens[k]!.lower);
  const role: RoleLink | undefined = title
    ? { title, of: owner ? owner.index : null, leader: isLeaderTitle(title) }
    : undefined;
  if (k < r.end - 1) {
    const nameText = joinTokens(tokens, k + 1, r.end);
    const titled = k === r.end - 2 ? { fullForm: joinTokens(tokens, k, r.end) } : {};
    return addMention(ctx, { start: k + 1, end: r.end, sentence, text: nameText, name: nameText, type: 'PERSON', strength: 3, kind: 'name', modifier: false, ...(role ? { role } : {}), ...titled });
  }
  if (!role) return owner;
  // Title only ("Russian President" with no name after it): a role description; a bare title
  // run ("Governor") is remembered as a description without owner.
  const strength = owner && owner.gazetteer ? 2 : 1;
  return addMention(ctx, { start: titleStart, end: r.end, sentence, text: title, name: title, type: 'PERSON', strength, kind: 'description', modifier: false, role, head: headTitle });
}
