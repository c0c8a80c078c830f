// Write statements: one managed write transaction per batch of articles.
//
// Model (docs/neo4j-browser.md shows it with examples):
//   (:Entity {key, name, type, aliases, mentionCount, articleIds, searchText,
//             nameMentions, typeMentions, aliasNames, aliasRefs, aliasNorms, aliasLookups})
//   (:Entity)-[:MENTIONED_IN {count, name, type, aliases}]->(:Article)   one article's entity contribution
//   (:Alias {lookup})-[:ALIAS_OF]->(:Entity)                            one per normalised name or alias
//   (:Fact {key, predicate, subject, object, negated, confidence, latest,
//           articleIds, dates, confidences, verbs, modalities, qualifiers, evidence})
//   (s:Entity)-[:<PREDICATE> {key, negated}]->(o:Entity)                created and deleted with its Fact
//
// Entity aggregates are counters kept incrementally: adding an article adds its contribution
// to them without reading any other article's. A Fact keeps its contributions as parallel
// lists, one element per stating article (articleIds[i] states verbs[i], confidences[i] …).
// Only replacing or deleting an article recomputes, and only the entities and facts it touched.
//
// Concurrent writers: the first SET on an existing node in each statement either reads the
// property it writes (`SET x.p = x.p + …`, which takes the node's write lock before the read) or
// sets the `_lock` marker, so everything read afterwards is read under that lock (Neo4j
// operations manual, "Lost updates in Cypher"). fact.add knows a Fact is new when its list holds
// only the batch's elements: then it creates the typed relationship.
//
// $types is ENTITY_TYPES without OTHER, in that order: typeMentions[t] counts the mentions of
// $types[t]. __REL_TYPE__ is replaced only by a validated, backtick-escaped predicate.

// name: article.hashes
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.hash AS hash

// name: entity.add
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
  ON CREATE SET e.name = row.name, e.nameMentions = -1, e.mentionCount = 0, e.articleIds = [],
                e.typeMentions = [0, 0, 0, 0, 0, 0, 0, 0], e.aliasNames = [], e.aliasRefs = [],
                e.aliasNorms = [], e.aliasLookups = [], e.aliases = [], e.searchText = ''
SET e.mentionCount = e.mentionCount + row.count
WITH e, row, e.type AS oldType,
     [i IN range(0, size(row.names) - 1) WHERE NOT row.names[i] IN e.aliasNames] AS fresh,
     row.nameMentions > e.nameMentions OR (row.nameMentions = e.nameMentions AND row.name < e.name) AS better,
     [t IN range(0, 7) | e.typeMentions[t] + row.typeMentions[t]] AS typeMentions
WITH e, row, oldType, fresh, better, typeMentions,
     reduce(b = -1, t IN range(0, 7) |
       CASE WHEN typeMentions[t] > 0 AND (b < 0 OR typeMentions[t] > typeMentions[b]) THEN t ELSE b END) AS top,
     [j IN range(0, size(e.aliasNames) - 1) |
       e.aliasRefs[j] + reduce(s = 0, i IN range(0, size(row.names) - 1) |
         s + CASE WHEN row.names[i] = e.aliasNames[j] THEN row.nameRefs[i] ELSE 0 END)]
       + [i IN fresh | row.nameRefs[i]] AS aliasRefs,
     e.aliasNames + [i IN fresh | row.names[i]] AS aliasNames,
     e.aliasNorms + [i IN fresh | row.norms[i]] AS aliasNorms,
     e.aliasLookups + [i IN fresh | row.lookups[i]] AS aliasLookups,
     CASE WHEN better THEN row.name ELSE e.name END AS name
WITH e, row, oldType, fresh, better, typeMentions, aliasRefs, aliasNames, aliasNorms, aliasLookups, name,
     CASE WHEN top < 0 THEN 'OTHER' ELSE $types[top] END AS newType
SET e.articleIds = e.articleIds + row.articleIds,
    e.typeMentions = typeMentions,
    e.aliasRefs = aliasRefs
FOREACH (_ IN CASE WHEN better THEN [1] ELSE [] END |
  SET e.name = row.name, e.nameMentions = row.nameMentions)
FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
  SET e.aliasNames = aliasNames, e.aliasNorms = aliasNorms, e.aliasLookups = aliasLookups,
      e.searchText = substring(reduce(s = '', n IN aliasNorms | s + '\n' + n), 1))
FOREACH (_ IN CASE WHEN better OR size(fresh) > 0 THEN [1] ELSE [] END |
  SET e.aliases = [n IN aliasNames WHERE n <> name])
FOREACH (i IN fresh |
  MERGE (l:Alias {lookup: row.lookups[i]})
  MERGE (l)-[:ALIAS_OF]->(e))
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType THEN [1] ELSE [] END |
  SET e.type = newType
  REMOVE e:Person:Organization:Gpe:Location:Facility:Weapon:Vehicle:Event:Other)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'PERSON' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'ORGANIZATION' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'GPE' THEN [1] ELSE [] END | SET e:Gpe)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'LOCATION' THEN [1] ELSE [] END | SET e:Location)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'FACILITY' THEN [1] ELSE [] END | SET e:Facility)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'WEAPON' THEN [1] ELSE [] END | SET e:Weapon)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'VEHICLE' THEN [1] ELSE [] END | SET e:Vehicle)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'EVENT' THEN [1] ELSE [] END | SET e:Event)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'OTHER' THEN [1] ELSE [] END | SET e:Other)

// name: article.add
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.source = row.source,
    a.publishedAt = row.publishedAt,
    a.sortDate = row.sortDate,
    a.hash = row.hash,
    a.text = row.text,
    a.entityCount = row.entityCount,
    a.factCount = row.factCount,
    a.factKeys = row.factKeys
WITH a, row
UNWIND row.mentions AS m
MATCH (e:Entity {key: m.key})
CREATE (e)-[:MENTIONED_IN {count: m.count, name: m.name, type: m.type, aliases: m.aliases}]->(a)

// name: fact.add
UNWIND $rows AS row
MERGE (f:Fact {key: row.key})
  ON CREATE SET f.predicate = row.predicate, f.subject = row.subject, f.object = row.object,
                f.negated = row.negated, f.confidence = row.confidence, f.latest = row.latest,
                f.articleIds = row.articleIds, f.dates = row.dates, f.confidences = row.confidences,
                f.verbs = row.verbs, f.modalities = row.modalities, f.qualifiers = row.qualifiers,
                f.evidence = row.evidence
  ON MATCH SET f.articleIds = f.articleIds + row.articleIds,
               f.dates = f.dates + row.dates,
               f.confidences = f.confidences + row.confidences,
               f.verbs = f.verbs + row.verbs,
               f.modalities = f.modalities + row.modalities,
               f.qualifiers = f.qualifiers + row.qualifiers,
               f.evidence = f.evidence + row.evidence,
               f.confidence = CASE WHEN row.confidence > f.confidence THEN row.confidence ELSE f.confidence END,
               f.latest = CASE WHEN row.latest > f.latest THEN row.latest ELSE f.latest END
WITH f, row
WHERE size(f.articleIds) = size(row.articleIds)
MATCH (s:Entity {key: row.subject})
MATCH (o:Entity {key: row.object})
CREATE (s)-[:__REL_TYPE__ {key: row.key, negated: row.negated}]->(o)

// Removing the contributions of articles $ids (replace and delete). fact.retract runs first:
// a fact's subject and object are entities of every article stating it, so once the facts are
// gone an entity nobody mentions has no relationships left but its aliases.

// name: fact.retract
MATCH (a:Article)
WHERE a.id IN $ids
UNWIND a.factKeys AS k
WITH k, collect(a.id) AS removed
MATCH (f:Fact {key: k})
SET f._lock = true
WITH f, [i IN range(0, size(f.articleIds) - 1) WHERE NOT f.articleIds[i] IN removed] AS keep
WITH f,
     [i IN keep | f.articleIds[i]] AS articleIds,
     [i IN keep | f.dates[i]] AS dates,
     [i IN keep | f.confidences[i]] AS confidences,
     [i IN keep | f.verbs[i]] AS verbs,
     [i IN keep | f.modalities[i]] AS modalities,
     [i IN keep | f.qualifiers[i]] AS qualifiers,
     [i IN keep | f.evidence[i]] AS evidence
SET f.articleIds = articleIds,
    f.dates = dates,
    f.confidences = confidences,
    f.verbs = verbs,
    f.modalities = modalities,
    f.qualifiers = qualifiers,
    f.evidence = evidence,
    f.confidence = reduce(m = head(confidences), c IN confidences | CASE WHEN c > m THEN c ELSE m END),
    f.latest = reduce(m = '', d IN dates | CASE WHEN d > m THEN d ELSE m END)
REMOVE f._lock
WITH f
WHERE size(f.articleIds) = 0
OPTIONAL MATCH (:Entity {key: f.subject})-[r]->(:Entity {key: f.object})
WHERE r.key = f.key
DELETE r
DELETE f

// name: entity.retract
MATCH (a:Article)
WHERE a.id IN $ids
MATCH (a)<-[m:MENTIONED_IN]-(e:Entity)
WITH e, collect(m) AS ms, collect(a.id) AS removed
SET e._lock = true
WITH e, ms, removed, e.type AS oldType,
     reduce(c = 0, m IN ms | c + m.count) AS removedMentions,
     any(m IN ms WHERE m.name = e.name AND m.count = e.nameMentions) AS reelect,
     [j IN range(0, size(e.aliasNames) - 1) |
       e.aliasRefs[j] - size([m IN ms WHERE m.name = e.aliasNames[j] OR e.aliasNames[j] IN m.aliases])] AS refs,
     [t IN range(0, 7) |
       e.typeMentions[t] - reduce(s = 0, m IN ms | s + CASE WHEN m.type = $types[t] THEN m.count ELSE 0 END)] AS typeMentions
WITH e, ms, removed, oldType, removedMentions, reelect, refs, typeMentions,
     [j IN range(0, size(refs) - 1) WHERE refs[j] > 0] AS keep,
     reduce(b = -1, t IN range(0, 7) |
       CASE WHEN typeMentions[t] > 0 AND (b < 0 OR typeMentions[t] > typeMentions[b]) THEN t ELSE b END) AS top
WITH e, ms, removed, oldType, removedMentions, reelect, typeMentions,
     CASE WHEN top < 0 THEN 'OTHER' ELSE $types[top] END AS newType,
     [j IN keep | refs[j]] AS aliasRefs,
     [j IN keep | e.aliasNames[j]] AS aliasNames,
     [j IN keep | e.aliasNorms[j]] AS aliasNorms,
     [j IN keep | e.aliasLookups[j]] AS aliasLookups,
     [j IN range(0, size(refs) - 1) WHERE refs[j] <= 0 | e.aliasLookups[j]] AS dropped
FOREACH (m IN ms | DELETE m)
SET e.mentionCount = e.mentionCount - removedMentions,
    e.articleIds = [x IN e.articleIds WHERE NOT x IN removed],
    e.typeMentions = typeMentions,
    e.aliasNames = aliasNames,
    e.aliasRefs = aliasRefs,
    e.aliasNorms = aliasNorms,
    e.aliasLookups = aliasLookups,
    e.aliases = [n IN aliasNames WHERE n <> e.name],
    e.searchText = substring(reduce(s = '', n IN aliasNorms | s + '\n' + n), 1)
REMOVE e._lock
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType THEN [1] ELSE [] END |
  SET e.type = newType
  REMOVE e:Person:Organization:Gpe:Location:Facility:Weapon:Vehicle:Event:Other)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'PERSON' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'ORGANIZATION' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'GPE' THEN [1] ELSE [] END | SET e:Gpe)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'LOCATION' THEN [1] ELSE [] END | SET e:Location)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'FACILITY' THEN [1] ELSE [] END | SET e:Facility)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'WEAPON' THEN [1] ELSE [] END | SET e:Weapon)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'VEHICLE' THEN [1] ELSE [] END | SET e:Vehicle)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'EVENT' THEN [1] ELSE [] END | SET e:Event)
FOREACH (_ IN CASE WHEN coalesce(oldType, '') <> newType AND newType = 'OTHER' THEN [1] ELSE [] END | SET e:Other)
WITH e, reelect, [lk IN dropped WHERE NOT lk IN aliasLookups] AS gone
CALL (e, gone) {
  UNWIND gone AS lk
  WITH DISTINCT e, lk
  MATCH (l:Alias {lookup: lk})-[x:ALIAS_OF]->(e)
  DELETE x
  WITH l
  WHERE NOT EXISTS { (l)-[:ALIAS_OF]->() }
  DELETE l
}
RETURN e.key AS key, reelect, NOT EXISTS { (e)-[:MENTIONED_IN]->() } AS orphan

// The article that gave an entity its name went away: the name of the remaining article with
// most mentions (ties: the smaller name) takes over. Reads the entity's remaining mentions.
// name: entity.reelect
UNWIND $keys AS k
MATCH (e:Entity {key: k})
CALL (e) {
  MATCH (e)-[m:MENTIONED_IN]->(:Article)
  WITH m
  ORDER BY m.count DESC, m.name
  LIMIT 1
  RETURN m.name AS name, m.count AS nameMentions
}
SET e.name = name,
    e.nameMentions = nameMentions,
    e.aliases = [n IN e.aliasNames WHERE n <> name]

// name: entity.deleteOrphans
UNWIND $keys AS k
MATCH (e:Entity {key: k})
WHERE NOT EXISTS { (e)-[:MENTIONED_IN]->() }
DETACH DELETE e

// name: article.delete
MATCH (a:Article {id: $id})
DETACH DELETE a

// Databases written by the first Neo4j model kept (:Article)-[:ASSERTS]->(:Fact); the store
// refuses to mix the two models (count store lookup, constant time).
// name: model.legacyAssertions
MATCH ()-[r:ASSERTS]->()
RETURN count(r) AS total
