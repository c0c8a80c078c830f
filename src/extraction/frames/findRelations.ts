/**
 * Relation frames without a parser: POS patterns over each sentence find verb groups, their
 * subject (nearest entity mention to the left within the clause, through coordination,
 * relative pronouns and participle clauses), object (first entity argument to the right, or
 * a prepositional argument for intransitive verbs), qualifiers (via/at/to/from/with/date …),
 * modality (modals, "is expected to", hedges), negation and reported-speech attribution.
 * Nominal patterns add role facts (titles, appositives), kinship and location facts.
 *
 * Each construction family is a module of its own; they run over every sentence span in the
 * order listed here, sharing one RelationContext.
 */
import type { AnalyzedText } from '../../nlp/nlp.js';
import type { Coreference } from '../../resolution/coreference/EntityCluster.js';
import type { Mention } from '../mentions/Mention.js';
import { demonymFacts } from './demonymFacts.js';
import { nominalFacts } from './nominalFacts.js';
import { nounEvents } from './nounEvents.js';
import { personOfFacts } from './personOfFacts.js';
import { possessiveRoles } from './possessiveRoles.js';
import { possessiveSites } from './possessiveSites.js';
import { predicativeRoles, titleOfOwnerRoles } from './predicativeRoles.js';
import type { RawRelation, RelationOptions } from './RawRelation.js';
import { newRelationContext, type RelationContext } from './RelationContext.js';
import { relationSpans } from './relationSpans.js';
import { roleFacts } from './roleFacts.js';
import { verbFrames } from './verbFrames.js';

type SpanFamily = (ctx: RelationContext, first: number, last: number, sentence: number) => void;

/** The nominal construction families, in the order they read each span after its verb frames. */
const NOMINAL_FAMILIES: readonly SpanFamily[] = [nounEvents, nominalFacts, demonymFacts, possessiveRoles, possessiveSites, predicativeRoles, titleOfOwnerRoles, personOfFacts];

export function findRelations(doc: AnalyzedText, mentions: readonly Mention[], coref: Coreference, options: RelationOptions): RawRelation[] {
  const ctx = newRelationContext(doc, mentions, coref, options);
  for (const s of relationSpans(doc.sentences, ctx.tokens)) {
    ctx.work.units += s.last - s.first + 1;
    verbFrames(ctx, s);
    for (const family of NOMINAL_FAMILIES) family(ctx, s.first, s.last, s.index);
  }
  // Titles found with names (across the article) last: they may need the organisation or country in view.
  roleFacts(ctx);
  return ctx.out;
}
