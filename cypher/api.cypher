// Read statements of the API queries (issue 6), each anchored on an index seek. Orders are
// those of the embedded store (src/store/memory/queries.ts).

// name: article.entities
MATCH (:Article {id: $id})<-[m:MENTIONED_IN]-(e:Entity)
RETURN e{.key, .name, .type, .aliases, .mentionCount, .articleIds} AS entity, m.count AS mentions

// One row per (fact, stating article) of an entity; $lower/$upper bound the article dates, and
// undated articles (date '') only count when no range is asked ($includeUndated).
// name: entity.timeline
CALL () {
  MATCH (f:Fact)
  USING INDEX f:Fact(subject, key)
  WHERE f.subject = $key AND f.key > ''
  RETURN f
  UNION
  MATCH (f:Fact)
  USING INDEX f:Fact(object, key)
  WHERE f.object = $key AND f.key > ''
  RETURN f
}
UNWIND range(0, size(f.articleIds) - 1) AS i
WITH f, f.articleIds[i] AS articleId, f.dates[i] AS date
WHERE date >= $lower AND date <= $upper AND (date <> '' OR $includeUndated)
WITH f, articleId, date
ORDER BY date = '', date, articleId, f.key
LIMIT $limit
MATCH (a:Article {id: articleId})
RETURN a{.id, .title, .source, .publishedAt, .hash, .entityCount, .factCount} AS article, properties(f) AS fact

// name: entity.cooccurrences
MATCH (e:Entity {key: $key})-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(o:Entity)
WHERE o <> e
WITH o, collect(a{.id, .publishedAt, .sortDate}) AS articles
ORDER BY size(articles) DESC, o.mentionCount DESC, o.key
LIMIT $limit
RETURN o{.key, .name, .type, .aliases, .mentionCount, .articleIds} AS entity, articles

// name: entity.cooccurrencesOfType
MATCH (e:Entity {key: $key})-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(o:Entity)
WHERE o <> e AND o.type = $type
WITH o, collect(a{.id, .publishedAt, .sortDate}) AS articles
ORDER BY size(articles) DESC, o.mentionCount DESC, o.key
LIMIT $limit
RETURN o{.key, .name, .type, .aliases, .mentionCount, .articleIds} AS entity, articles

// Reads the (predicate, key) index only: no Fact node is touched.
// name: fact.predicateCounts
MATCH (f:Fact)
USING INDEX f:Fact(predicate, key)
WHERE f.predicate IS NOT NULL AND f.key IS NOT NULL
RETURN f.predicate AS predicate, count(*) AS total
