// Read statements of the API queries (issue 6). Same orderings as the embedded store
// (src/store/memory/queries.ts); results are re-sorted in TypeScript where string order
// matters, so both stores agree exactly. Cursor parameters ($after…) are null on page one.
// Fact filters repeat the ones of fact.page (read.cypher).

// name: fact.pageByConfidence
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
  AND ($afterKey IS NULL
       OR f.confidence < $afterValue
       OR (f.confidence = $afterValue AND f.key > $afterKey))
WITH f
ORDER BY f.confidence DESC, f.key
LIMIT $limit
RETURN f{.key, .subject, .predicate, .verb, .object, .qualifiers, .confidence, .negated,
         .modality, .articleIds, .evidence} AS fact, f.confidence AS sortValue

// name: fact.pageByDate
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
WITH f, [(d:Article)-[:ASSERTS]->(f) WHERE d.publishedAt IS NOT NULL | d.publishedAt] AS dates
WITH f, reduce(latest = null, x IN dates | CASE WHEN latest IS NULL OR x > latest THEN x ELSE latest END) AS latest
WHERE $afterKey IS NULL
   OR ($afterValue IS NOT NULL
       AND (latest IS NULL OR latest < $afterValue OR (latest = $afterValue AND f.key > $afterKey)))
   OR ($afterValue IS NULL AND latest IS NULL AND f.key > $afterKey)
WITH f, latest
ORDER BY latest IS NULL, latest DESC, f.key
LIMIT $limit
RETURN f{.key, .subject, .predicate, .verb, .object, .qualifiers, .confidence, .negated,
         .modality, .articleIds, .evidence} AS fact, latest AS sortValue

// name: article.search
MATCH (a:Article)
WHERE ($since IS NULL OR (a.publishedAt IS NOT NULL AND a.publishedAt >= $since))
  AND ($until IS NULL OR (a.publishedAt IS NOT NULL AND a.publishedAt <= $until))
  AND ($entityKey IS NULL OR EXISTS { MATCH (:Entity {key: $entityKey})-[:MENTIONED_IN]->(a) })
  AND ($search IS NULL
       OR toLower(coalesce(a.title, '')) CONTAINS $search
       OR toLower(coalesce(a.text, '')) CONTAINS $search)
  AND ($afterId IS NULL
       OR ($afterPublishedAt IS NOT NULL
           AND (a.publishedAt IS NULL
                OR a.publishedAt < $afterPublishedAt
                OR (a.publishedAt = $afterPublishedAt AND a.id > $afterId)))
       OR ($afterPublishedAt IS NULL AND a.publishedAt IS NULL AND a.id > $afterId))
WITH a
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
LIMIT $limit
RETURN a{.id, .title, .source, .publishedAt, .hash, .entityCount, .factCount} AS article

// name: article.searchCount
MATCH (a:Article)
WHERE ($since IS NULL OR (a.publishedAt IS NOT NULL AND a.publishedAt >= $since))
  AND ($until IS NULL OR (a.publishedAt IS NOT NULL AND a.publishedAt <= $until))
  AND ($entityKey IS NULL OR EXISTS { MATCH (:Entity {key: $entityKey})-[:MENTIONED_IN]->(a) })
  AND ($search IS NULL
       OR toLower(coalesce(a.title, '')) CONTAINS $search
       OR toLower(coalesce(a.text, '')) CONTAINS $search)
RETURN count(a) AS total

// name: article.entities
MATCH (e:Entity)-[m:MENTIONED_IN]->(:Article {id: $id})
RETURN e{.key, .name, .type, .aliases, .mentionCount,
         articleIds: [(e)-[:MENTIONED_IN]->(x:Article) | x.id]} AS entity, m.count AS mentions

// name: entity.timeline
MATCH (f:Fact)
WHERE f.subject = $key OR f.object = $key
MATCH (a:Article)-[:ASSERTS]->(f)
WHERE ($since IS NULL OR (a.publishedAt IS NOT NULL AND a.publishedAt >= $since))
  AND ($until IS NULL OR (a.publishedAt IS NOT NULL AND a.publishedAt <= $until))
RETURN a{.id, .title, .source, .publishedAt, .hash, .entityCount, .factCount} AS article, f.key AS factKey

// name: entity.cooccurrences
MATCH (:Entity {key: $key})-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(o:Entity)
WHERE o.key <> $key AND ($type IS NULL OR o.type = $type)
RETURN o.key AS key, o.mentionCount AS mentionCount, collect(a{.id, .publishedAt}) AS articles

// name: path.allShortest
MATCH (a:Entity {key: $fromKey})
MATCH (b:Entity {key: $toKey})
MATCH p = allShortestPaths((a)-[*..4]-(b))
WHERE all(r IN relationships(p) WHERE r.key IS NOT NULL)
  AND all(n IN nodes(p) WHERE n:Entity)
RETURN [n IN nodes(p) | n.key] AS entityKeys, [r IN relationships(p) | r.key] AS factKeys
LIMIT $limit

// name: fact.predicateCounts
MATCH (f:Fact)
RETURN toUpper(f.predicate) AS predicate, count(f) AS total
