// Write statements. All run inside one managed write transaction per batch of articles.
// Model: (:Article)-[:ASSERTS {contribution}]->(:Fact {merged}) is the source of truth for
// facts; (s:Entity)-[:<PREDICATE> {merged}]->(o:Entity) is a view rebuilt in the same
// transaction. (:Entity)-[:MENTIONED_IN {count, name, type, aliases}]->(:Article) keeps each
// article's entity contribution; Entity properties are merged from those.
// __REL_TYPE__ is replaced only by a validated, backtick-escaped predicate (identifiers.ts).

// name: article.hashes
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.hash AS hash

// name: article.contributionKeys
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id,
       [(e:Entity)-[:MENTIONED_IN]->(a) | e.key] AS entityKeys,
       [(a)-[:ASSERTS]->(f:Fact) | f.key] AS factKeys

// name: article.clearMentions
UNWIND $ids AS id
MATCH (:Article {id: id})<-[m:MENTIONED_IN]-(:Entity)
DELETE m

// name: article.clearAssertions
UNWIND $ids AS id
MATCH (:Article {id: id})-[s:ASSERTS]->(:Fact)
DELETE s

// name: article.delete
MATCH (a:Article {id: $id})
DETACH DELETE a

// name: article.upsert
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.source = row.source,
    a.publishedAt = row.publishedAt,
    a.hash = row.hash,
    a.text = row.text,
    a.entityCount = toInteger(row.entityCount),
    a.factCount = toInteger(row.factCount)

// name: entity.mention
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (e:Entity {key: row.key})
  ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = [], e.mentionCount = 0
CREATE (e)-[m:MENTIONED_IN]->(a)
SET m.count = toInteger(row.count),
    m.name = row.name,
    m.type = row.type,
    m.aliases = row.aliases

// name: entity.contributions
UNWIND $keys AS k
MATCH (e:Entity {key: k})-[m:MENTIONED_IN]->(a:Article)
RETURN k AS key, a.id AS articleId, m.count AS mentions, m.name AS name, m.type AS type, m.aliases AS aliases

// name: entity.apply
UNWIND $rows AS row
MATCH (e:Entity {key: row.key})
SET e.name = row.name,
    e.type = row.type,
    e.aliases = row.aliases,
    e.mentionCount = toInteger(row.mentionCount),
    e.nameLower = row.nameLower,
    e.aliasesLower = row.aliasesLower,
    e.searchText = row.searchText
REMOVE e:Person:Organization:Gpe:Location:Facility:Weapon:Vehicle:Event:Other
FOREACH (_ IN CASE WHEN row.type = 'PERSON' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'ORGANIZATION' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.type = 'GPE' THEN [1] ELSE [] END | SET e:Gpe)
FOREACH (_ IN CASE WHEN row.type = 'LOCATION' THEN [1] ELSE [] END | SET e:Location)
FOREACH (_ IN CASE WHEN row.type = 'FACILITY' THEN [1] ELSE [] END | SET e:Facility)
FOREACH (_ IN CASE WHEN row.type = 'WEAPON' THEN [1] ELSE [] END | SET e:Weapon)
FOREACH (_ IN CASE WHEN row.type = 'VEHICLE' THEN [1] ELSE [] END | SET e:Vehicle)
FOREACH (_ IN CASE WHEN row.type = 'EVENT' THEN [1] ELSE [] END | SET e:Event)
FOREACH (_ IN CASE WHEN row.type = 'OTHER' THEN [1] ELSE [] END | SET e:Other)

// name: entity.deleteOrphans
UNWIND $keys AS k
MATCH (e:Entity {key: k})
WHERE NOT EXISTS { (e)-[:MENTIONED_IN]->(:Article) }
DETACH DELETE e

// name: fact.assert
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (f:Fact {key: row.key})
  ON CREATE SET f.predicate = row.predicate,
                f.subject = row.subject,
                f.object = row.object,
                f.negated = row.negated
CREATE (a)-[c:ASSERTS]->(f)
SET c.verb = row.verb,
    c.qualifiers = row.qualifiers,
    c.confidence = toFloat(row.confidence),
    c.modality = row.modality,
    c.evidence = row.evidence

// name: fact.contributions
UNWIND $keys AS k
MATCH (f:Fact {key: k})
OPTIONAL MATCH (a:Article)-[c:ASSERTS]->(f)
RETURN k AS key, f.predicate AS predicate, f.subject AS subject, f.object AS object, f.negated AS negated,
       a.id AS articleId, c.verb AS verb, c.qualifiers AS qualifiers, c.confidence AS confidence,
       c.modality AS modality, c.evidence AS evidence

// name: fact.deleteViews
UNWIND $keys AS k
MATCH (f:Fact {key: k})
MATCH (:Entity {key: f.subject})-[r]->(:Entity {key: f.object})
WHERE r.key = k
DELETE r

// name: fact.deleteUnasserted
UNWIND $keys AS k
MATCH (f:Fact {key: k})
WHERE NOT EXISTS { (:Article)-[:ASSERTS]->(f) }
DELETE f

// name: fact.apply
UNWIND $rows AS row
MATCH (f:Fact {key: row.key})
SET f.verb = row.verb,
    f.qualifiers = row.qualifiers,
    f.confidence = toFloat(row.confidence),
    f.modality = row.modality,
    f.articleIds = row.articleIds,
    f.evidence = row.evidence

// name: fact.createView
UNWIND $rows AS row
MATCH (s:Entity {key: row.subject})
MATCH (o:Entity {key: row.object})
CREATE (s)-[r:__REL_TYPE__]->(o)
SET r.key = row.key,
    r.verb = row.verb,
    r.qualifiers = row.qualifiers,
    r.confidence = toFloat(row.confidence),
    r.negated = row.negated,
    r.modality = row.modality,
    r.articleIds = row.articleIds,
    r.evidence = row.evidence
