// newsgraph schema for Neo4j 5 (5.23 or later). Every statement is idempotent (IF NOT EXISTS /
// IF EXISTS); initSchema() runs all `schema.*` sections of this file, in order, one per
// transaction. Sections: a `// name: <name>` line starts a statement that runs until the next one.
//
// What each index serves (src/store/neo4j/README.md has the full model):
//   Entity.key, Article.id, Fact.key, Alias.lookup  unique: every seek by key; Fact.key also
//                                                   orders the global relation list
//   Entity(mentionCount), Entity(type, mentionCount) entity lists in their port order
//   Entity(searchText) TEXT                          substring search over names and aliases
//   Fact(subject, key), Fact(object, key)            relations of an entity, ordered by key
//   Fact(predicate, key)                             relations with one predicate, ordered by key
//   Fact(confidence), Fact(latest)                   global relation lists by confidence / date
//   Article(sortDate)                                article lists, newest first

// name: schema.entityKeyUnique
CREATE CONSTRAINT entity_key_unique IF NOT EXISTS
FOR (e:Entity) REQUIRE e.key IS UNIQUE

// name: schema.articleIdUnique
CREATE CONSTRAINT article_id_unique IF NOT EXISTS
FOR (a:Article) REQUIRE a.id IS UNIQUE

// name: schema.factKeyUnique
CREATE CONSTRAINT fact_key_unique IF NOT EXISTS
FOR (f:Fact) REQUIRE f.key IS UNIQUE

// name: schema.aliasLookupUnique
CREATE CONSTRAINT alias_lookup_unique IF NOT EXISTS
FOR (l:Alias) REQUIRE l.lookup IS UNIQUE

// name: schema.entityMentionCount
CREATE INDEX entity_mention_count IF NOT EXISTS
FOR (e:Entity) ON (e.mentionCount)

// name: schema.entityTypeMentionCount
CREATE INDEX entity_type_mention_count IF NOT EXISTS
FOR (e:Entity) ON (e.type, e.mentionCount)

// name: schema.entitySearchText
CREATE TEXT INDEX entity_search_text IF NOT EXISTS
FOR (e:Entity) ON (e.searchText)

// name: schema.entityFulltext
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.searchText]

// name: schema.factSubjectKey
CREATE INDEX fact_subject_key IF NOT EXISTS
FOR (f:Fact) ON (f.subject, f.key)

// name: schema.factObjectKey
CREATE INDEX fact_object_key IF NOT EXISTS
FOR (f:Fact) ON (f.object, f.key)

// name: schema.factPredicateKey
CREATE INDEX fact_predicate_key IF NOT EXISTS
FOR (f:Fact) ON (f.predicate, f.key)

// name: schema.factConfidence
CREATE INDEX fact_confidence IF NOT EXISTS
FOR (f:Fact) ON (f.confidence)

// name: schema.factLatest
CREATE INDEX fact_latest IF NOT EXISTS
FOR (f:Fact) ON (f.latest)

// name: schema.articleSortDate
CREATE INDEX article_sort_date IF NOT EXISTS
FOR (a:Article) ON (a.sortDate)

// Indexes of the first Neo4j model that no statement uses any more; dropped so that writes do
// not keep maintaining them.

// name: schema.dropEntityType
DROP INDEX entity_type IF EXISTS

// name: schema.dropEntityNameLower
DROP INDEX entity_name_lower IF EXISTS

// name: schema.dropFactPredicate
DROP INDEX fact_predicate IF EXISTS

// name: schema.dropFactSubject
DROP INDEX fact_subject IF EXISTS

// name: schema.dropFactObject
DROP INDEX fact_object IF EXISTS

// name: schema.dropArticlePublishedAt
DROP INDEX article_published_at IF EXISTS

// Indexes are built in the background; every read names its index in a USING hint, and the
// planner can only use an index that is online, so the store waits for them (a fresh database:
// milliseconds; a new index on a large graph: while it is populated, at most 300 s).
// name: schema.awaitIndexes
CALL db.awaitIndexes(300)
