/**
 * Within-article resolution: groups mentions into entities. Full names seed entities; short
 * forms ("Putin", "Coast Guard") join the nearest earlier entity whose name contains them;
 * acronyms join the entity whose initials they spell; "known as"/"(ACR)" links merge;
 * countries, capitals and demonyms group by the gazetteer; role descriptions ("the Russian
 * president") go to the person holding that role, descriptions by nationality ("the Scot") to
 * the salient person; definite references ("the cosmodrome") go to
 * the latest entity with that head. Pronouns are left to the relation pass, which knows clauses.
 */
import type { AliasLink, Mention } from '../../extraction/mentions/Mention.js';
import { newWorkCounter, type WorkCounter } from '../../extraction/WorkCounter.js';
import { mergeAcronyms, mergeAliasLinks } from './aliasMerges.js';
import { chooseCanonicalNames } from './canonicalNames.js';
import { newCorefContext } from './CorefContext.js';
import { resolveDefiniteReferences } from './definiteReferences.js';
import type { Coreference } from './EntityCluster.js';
import { clusterGazetteerMentions } from './gazetteerClusters.js';
import { clusterNames } from './nameClusters.js';
import { attachPersonDescriptions } from './personDescriptions.js';
import { attachRoleDescriptions } from './roleDescriptions.js';
import { resolveSeatedReferences } from './seatedReferences.js';
import { typeByShortForms } from './shortFormTypes.js';
import { addStatedRoles } from './statedRoles.js';
import { clusterThings } from './thingClusters.js';

export function resolveMentions(mentions: readonly Mention[], aliasLinks: readonly AliasLink[], work: WorkCounter = newWorkCounter()): Coreference {
  const ctx = newCorefContext(mentions, work);
  clusterGazetteerMentions(ctx);
  clusterNames(ctx);
  mergeAliasLinks(ctx, aliasLinks);
  mergeAcronyms(ctx);
  clusterThings(ctx);
  addStatedRoles(ctx);
  resolveSeatedReferences(ctx);
  resolveDefiniteReferences(ctx);
  attachRoleDescriptions(ctx);
  attachPersonDescriptions(ctx);
  for (const c of ctx.clusters) c.mentions.sort((a, b) => a - b);
  typeByShortForms(ctx.clusters);
  chooseCanonicalNames(ctx.clusters);
  return { clusters: ctx.clusters, entityOf: ctx.entityOf };
}
