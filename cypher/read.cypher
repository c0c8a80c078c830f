// Read statements. Ordering matches the GraphStore port:
//   entities by mentionCount desc then key; facts by key;
//   articles by publishedAt desc (nulls last) then id.
// Cursor parameters ($after…) are null on the first page.

// name: article.get
MATCH (a:Article {id: $id})
RETURN a{.id, .title, .source, .publishedAt, .hash, .entityCount, .factCount} AS article

// name: article.text
MATCH (a:Article {id: $id})
RETURN a.text AS text

// name: article.page
MATCH (a:Article)
WHERE $afterId IS NULL
   OR ($afterPublishedAt IS NOT NULL
       AND (a.publishedAt IS NULL
            OR a.publishedAt < $afterPublishedAt
            OR (a.publishedAt = $afterPublishedAt AND a.id > $afterId)))
   OR ($afterPublishedAt IS NULL AND a.publishedAt IS NULL AND a.id > $afterId)
WITH a
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
LIMIT $limit
RETURN a{.id, .title, .source, .publishedAt, .hash, .entityCount, .factCount} AS article

// name: article.count
MATCH (a:Article)
RETURN count(a) AS total

// name: article.ofEntity
MATCH (:Entity {key: $key})-[:MENTIONED_IN]->(a:Article)
WITH a
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
RETURN a{.id, .title, .source, .publishedAt, .hash, .entityCount, .factCount} AS article

// name: entity.getMany
UNWIND $keys AS k
MATCH (e:Entity {key: k})
RETURN e{.key, .name, .type, .aliases, .mentionCount,
         articleIds: [(e)-[:MENTIONED_IN]->(a:Article) | a.id]} AS entity

// name: entity.find
MATCH (e:Entity)
WHERE e.searchText CONTAINS $name
  AND (e.nameLower = $lookup OR $lookup IN e.aliasesLower)
WITH e
ORDER BY e.mentionCount DESC, e.key
LIMIT 1
RETURN e{.key, .name, .type, .aliases, .mentionCount,
         articleIds: [(e)-[:MENTIONED_IN]->(a:Article) | a.id]} AS entity

// name: entity.page
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type)
  AND ($search IS NULL OR e.searchText CONTAINS $search)
  AND ($afterKey IS NULL
       OR e.mentionCount < $afterMentionCount
       OR (e.mentionCount = $afterMentionCount AND e.key > $afterKey))
WITH e
ORDER BY e.mentionCount DESC, e.key
LIMIT $limit
RETURN e{.key, .name, .type, .aliases, .mentionCount,
         articleIds: [(e)-[:MENTIONED_IN]->(a:Article) | a.id]} AS entity

// name: entity.count
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type)
  AND ($search IS NULL OR e.searchText CONTAINS $search)
RETURN count(e) AS total

// name: entity.incidentFacts
UNWIND $keys AS k
MATCH (:Entity {key: k})-[r]-(n:Entity)
WHERE r.key IS NOT NULL
RETURN k AS fromKey, r.key AS factKey, n.key AS toKey

// name: fact.getMany
UNWIND $keys AS k
MATCH (f:Fact {key: k})
RETURN f{.key, .subject, .predicate, .verb, .object, .qualifiers, .confidence, .negated,
         .modality, .articleIds, .evidence} AS fact

// name: fact.page
MATCH (f:Fact)
WHERE ($predicate IS NULL OR f.predicate = $predicate)
  AND ($subjectKey IS NULL OR f.subject = $subjectKey)
  AND ($objectKey IS NULL OR f.object = $objectKey)
  AND ($entityKey IS NULL
       OR ($direction IN ['OUT', 'BOTH'] AND f.subject = $entityKey)
       OR ($direction IN ['IN', 'BOTH'] AND f.object = $entityKey))
  AND ($articleId IS NULL OR $articleId IN f.articleIds)
  AND ($minConfidence IS NULL OR f.confidence >= $minConfidence)
  AND ($predicates IS NULL OR f.predicate IN $predicates)
  AND (($since IS NULL AND $until IS NULL)
       OR EXISTS { MATCH (d:Article)-[:ASSERTS]->(f)
                   WHERE d.publishedAt IS NOT NULL
                     AND ($since IS NULL OR d.publishedAt >= $since)
                     AND ($until IS NULL OR d.publishedAt <= $until) })
  AND ($afterKey IS NULL OR f.key > $afterKey)
WITH f
ORDER BY f.key
LIMIT $limit
RETURN f{.key, .subject, .predicate, .verb, .object, .qualifiers, .confidence, .negated,
         .modality, .articleIds, .evidence} AS fact

// name: fact.count
MATCH (f:Fact)
WHERE ($predicate IS NULL OR f.predicate = $predicate)
  AND ($subjectKey IS NULL OR f.subject = $subjectKey)
  AND ($objectKey IS NULL OR f.object = $objectKey)
  AND ($entityKey IS NULL
       OR ($direction IN ['OUT', 'BOTH'] AND f.subject = $entityKey)
       OR ($direction IN ['IN', 'BOTH'] AND f.object = $entityKey))
  AND ($articleId IS NULL OR $articleId IN f.articleIds)
  AND ($minConfidence IS NULL OR f.confidence >= $minConfidence)
  AND ($predicates IS NULL OR f.predicate IN $predicates)
  AND (($since IS NULL AND $until IS NULL)
       OR EXISTS { MATCH (d:Article)-[:ASSERTS]->(f)
                   WHERE d.publishedAt IS NOT NULL
                     AND ($since IS NULL OR d.publishedAt >= $since)
                     AND ($until IS NULL OR d.publishedAt <= $until) })
RETURN count(f) AS total

// name: path.shortest
MATCH (a:Entity {key: $fromKey})
MATCH (b:Entity {key: $toKey})
MATCH p = shortestPath((a)-[*..4]-(b))
WHERE all(r IN relationships(p) WHERE r.key IS NOT NULL)
  AND all(n IN nodes(p) WHERE n:Entity)
RETURN [n IN nodes(p) | n.key] AS entityKeys, [r IN relationships(p) | r.key] AS factKeys

// name: stats.counts
OPTIONAL MATCH (a:Article)
WITH count(a) AS articles
OPTIONAL MATCH (e:Entity)
WITH articles, count(e) AS entities
OPTIONAL MATCH (f:Fact)
RETURN articles, entities, count(f) AS relations
