// newsgraph schema for Neo4j 5. Every statement is idempotent (IF NOT EXISTS);
// initSchema() runs all `schema.*` sections of this file, in order, one per transaction.
// Sections: a `// name: <name>` line starts a statement that runs until the next one.

// name: schema.entityKeyUnique
CREATE CONSTRAINT entity_key_unique IF NOT EXISTS
FOR (e:Entity) REQUIRE e.key IS UNIQUE

// name: schema.articleIdUnique
CREATE CONSTRAINT article_id_unique IF NOT EXISTS
FOR (a:Article) REQUIRE a.id IS UNIQUE

// name: schema.factKeyUnique
CREATE CONSTRAINT fact_key_unique IF NOT EXISTS
FOR (f:Fact) REQUIRE f.key IS UNIQUE

// name: schema.entityType
CREATE INDEX entity_type IF NOT EXISTS
FOR (e:Entity) ON (e.type)

// name: schema.entityNameLower
CREATE INDEX entity_name_lower IF NOT EXISTS
FOR (e:Entity) ON (e.nameLower)

// name: schema.entityMentionCount
CREATE INDEX entity_mention_count IF NOT EXISTS
FOR (e:Entity) ON (e.mentionCount)

// name: schema.entitySearchText
CREATE TEXT INDEX entity_search_text IF NOT EXISTS
FOR (e:Entity) ON (e.searchText)

// name: schema.entityFulltext
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.searchText]

// name: schema.factPredicate
CREATE INDEX fact_predicate IF NOT EXISTS
FOR (f:Fact) ON (f.predicate)

// name: schema.factSubject
CREATE INDEX fact_subject IF NOT EXISTS
FOR (f:Fact) ON (f.subject)

// name: schema.factObject
CREATE INDEX fact_object IF NOT EXISTS
FOR (f:Fact) ON (f.object)

// name: schema.articlePublishedAt
CREATE INDEX article_published_at IF NOT EXISTS
FOR (a:Article) ON (a.publishedAt)
