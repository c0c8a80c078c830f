import { CORPORATE_TITLES, STATE_TITLES } from '../lexicon.js';
import { mainCountry, recentOrganisation, storyOrganisation } from './antecedents.js';
import { CONFIDENCE } from './frameConfidence.js';
import { pushFact, type RelationContext } from './RelationContext.js';

/**
 * National government offices a title without owner holds in the country in view ("Health
 * Minister Ana Lima"). Prosecutors, princes, generals, mayors and spokespeople serve a region,
 * a court, a city or a body as often as the country, so they get no country by inference; nor
 * does a one-word holder (a surname alone, or a misread name such as "Premier Division").
 */
const GOVERNMENT_TITLES: ReadonlySet<string> = new Set(['president', 'vice-president', 'president-elect', 'minister', 'secretary', 'chancellor', 'premier']);

/**
 * Facts from the titles found with names ("Health Minister Ana Lima", "Russian President X"):
 * role or leadership at the title's owner, or nationality for a demonym-only title. A title
 * without owner belongs to the country in view (state offices) or the organisation in view.
 */
export function roleFacts(ctx: RelationContext): void {
  for (const c of ctx.clusters) {
    for (const r of c.roles) {
      let inferred = r.inferred;
      let of = r.of;
      if (of === null && !r.viaDemonym) {
        // A title without owner ("Health Minister Ana Lima", "Chief executive Ana Lima"): a state
        // office belongs to the country in view, a corporate one to the organisation in view.
        const words = r.title.toLowerCase().split(/\s+/);
        const titleHead = words[words.length - 1]!.replace(/\.$/, '');
        if (GOVERNMENT_TITLES.has(titleHead) && c.name.includes(' ')) {
          const k = mainCountry(ctx);
          of = k >= 0 ? k : null;
        } else if (CORPORATE_TITLES.has(titleHead)) {
          // ("prosecutor spokesman X": the title's first word names the body's kind, "the prosecutor's office".)
          const kind = words.length >= 2 ? recentOrganisation(ctx, r.token, words[0]!) : -1;
          const k = kind >= 0 && nameWords(ctx.clusters[kind]!.name).includes(words[0]!) ? kind : storyOrganisation(ctx, r.token);
          of = k >= 0 ? k : null;
        }
        inferred = true;
      }
      if (of === null || of === c.id) continue;
      const sentence = ctx.tokens[r.token]!.sentence;
      const titleHead = r.title.toLowerCase().split(/\s+/).pop() ?? '';
      if (r.viaDemonym && !STATE_TITLES.has(titleHead) && !STATE_TITLES.has(titleHead.replace(/\.$/, ''))) {
        pushFact(ctx, c.id, of, 'NATIONALITY', 'citizen', CONFIDENCE.appositive, sentence);
        continue;
      }
      pushFact(ctx, c.id, of, r.leader ? 'LEADER_OF' : 'HOLDS_ROLE', r.title.toLowerCase(), inferred ? (r.of === null ? 0.6 : 0.7) : CONFIDENCE.role, sentence);
    }
  }
}

/** The lower-case words of a name, possessive endings dropped ("prosecutor's office" → prosecutor, office). */
function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[\s-]+/).map((w) => w.replace(/['’]s$/, ''));
}
