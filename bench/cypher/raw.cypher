// The raw baseline of `npm run bench -- --only neo4j`: the same synthetic facts written the way
// a plain loader writes them — one UNWIND … MERGE per predicate (the relationship type cannot be
// a parameter), entities merged on a uniquely constrained key, each fact a typed relationship
// merged on its key with the fact's values as properties. Nothing else: no articles, mentions,
// merged counters or per-article contributions. Separate label, so it never meets the store's data.

// name: raw.constraint
CREATE CONSTRAINT raw_entity_key IF NOT EXISTS
FOR (e:RawEntity) REQUIRE e.key IS UNIQUE

// name: raw.awaitIndexes
CALL db.awaitIndexes(300)

// name: raw.merge
UNWIND $rows AS row
MERGE (s:RawEntity {key: row.subject})
  ON CREATE SET s.name = row.subjectName
MERGE (o:RawEntity {key: row.object})
  ON CREATE SET o.name = row.objectName
MERGE (s)-[r:__REL_TYPE__ {key: row.key}]->(o)
SET r.verb = row.verb,
    r.confidence = row.confidence,
    r.articleId = row.articleId,
    r.evidence = row.evidence

// name: raw.wipe
MATCH (n:RawEntity)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 5000 ROWS

// name: raw.dropConstraint
DROP CONSTRAINT raw_entity_key IF EXISTS
