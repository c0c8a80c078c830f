/**
 * Entity mentions from POS tags: proper-noun chunks (with "of", "'", "-" connectors),
 * countries/capitals/demonyms from the gazetteer, acronyms, title+name structures
 * ("Russian President Vladimir Putin"), role descriptions ("the North Korean leader"),
 * definite references ("the cosmodrome"), weapon/vehicle noun phrases and pronouns.
 * Linear in the number of tokens.
 */
import type { AnalyzedText } from '../../nlp/nlp.js';
import { classifyRun } from './classifyRun.js';
import { describeNames } from './descriptors.js';
import { extendRuns } from './extendRuns.js';
import { knownAsAliases } from './knownAs.js';
import { linkRuns } from './linkRuns.js';
import { findLowerCaseMentions } from './lowerCaseMentions.js';
import type { MentionOptions, MentionResult } from './Mention.js';
import { demonymDescriptions } from './demonymDescriptions.js';
import { newMentionContext } from './MentionContext.js';
import { findNameRuns } from './nameRuns.js';
import { placeReferences } from './placeReferences.js';
import { sortMentions } from './sortMentions.js';

/** Finds every mention in the analysed text. */
export function findMentions(doc: AnalyzedText, options: MentionOptions = {}): MentionResult {
  const ctx = newMentionContext(doc, options);
  const runs = findNameRuns(ctx);
  extendRuns(ctx, runs);
  const runMentions = runs.map((r) => classifyRun(ctx, r));
  linkRuns(ctx, runMentions);
  describeNames(ctx);
  findLowerCaseMentions(ctx);
  demonymDescriptions(ctx);
  placeReferences(ctx);
  knownAsAliases(ctx);
  return sortMentions(ctx);
}
