// Fragments of the paged lists (relations, entities, articles). src/store/neo4j/listQuery.ts
// composes one statement per query shape from them:
//   anchor  — the index seek the statement starts from, chosen by which filters are present;
//   filters — only the filters the query has and the anchor does not already apply, each
//             inserted as `AND <fragment>` where the anchor says __FILTERS__;
//   order   — the keyset order and LIMIT, inserted where the anchor or tail says __ORDER__
//             (empty in count statements);
//   tail    — the page's RETURN, or the count.
// No fragment takes text from a query: values are always $parameters. Union anchors repeat the
// filters and the order inside each branch, so each branch stops after $limit rows.
// $keyFloor is the fact key cursor of a key-ordered page ('' otherwise); $after… are the sort
// values of the previous page's last row (the highest possible value on the first page).

// ───────────── relations (facts) ─────────────

// name: list.fact.anchor.all.key
MATCH (f:Fact)
USING INDEX f:Fact(key)
WHERE f.key > $keyFloor __FILTERS__

// name: list.fact.anchor.all.confidence
MATCH (f:Fact)
USING INDEX f:Fact(confidence)
WHERE f.confidence <= $afterValue __FILTERS__

// name: list.fact.anchor.all.date
MATCH (f:Fact)
USING INDEX f:Fact(latest)
WHERE f.latest <= $afterValue __FILTERS__

// name: list.fact.anchor.out
MATCH (f:Fact)
USING INDEX f:Fact(subject, key)
WHERE f.subject = $anchorKey AND f.key > $keyFloor __FILTERS__

// name: list.fact.anchor.in
MATCH (f:Fact)
USING INDEX f:Fact(object, key)
WHERE f.object = $anchorKey AND f.key > $keyFloor __FILTERS__

// name: list.fact.anchor.both
CALL () {
  MATCH (f:Fact)
  USING INDEX f:Fact(subject, key)
  WHERE f.subject = $anchorKey AND f.key > $keyFloor __FILTERS__
  WITH f __ORDER__
  RETURN f
  UNION
  MATCH (f:Fact)
  USING INDEX f:Fact(object, key)
  WHERE f.object = $anchorKey AND f.key > $keyFloor __FILTERS__
  WITH f __ORDER__
  RETURN f
}

// name: list.fact.anchor.predicate
MATCH (f:Fact)
USING INDEX f:Fact(predicate, key)
WHERE f.predicate = $anchorPredicate AND f.key > $keyFloor __FILTERS__

// name: list.fact.anchor.predicates
UNWIND $anchorPredicates AS p
CALL (p) {
  MATCH (f:Fact)
  USING INDEX f:Fact(predicate, key)
  WHERE f.predicate = p AND f.key > $keyFloor __FILTERS__
  WITH f __ORDER__
  RETURN f
}

// name: list.fact.anchor.article
MATCH (a:Article {id: $articleId})
UNWIND a.factKeys AS k
MATCH (f:Fact {key: k})
WHERE f.key > $keyFloor __FILTERS__

// name: list.fact.filter.subject
f.subject = $subjectKey

// name: list.fact.filter.object
f.object = $objectKey

// name: list.fact.filter.entityOut
f.subject = $entityKey

// name: list.fact.filter.entityIn
f.object = $entityKey

// name: list.fact.filter.entityBoth
(f.subject = $entityKey OR f.object = $entityKey)

// name: list.fact.filter.predicate
f.predicate = $predicate

// name: list.fact.filter.predicates
f.predicate IN $predicates

// name: list.fact.filter.article
$articleId IN f.articleIds

// name: list.fact.filter.minConfidence
f.confidence >= $minConfidence

// name: list.fact.filter.since
any(d IN f.dates WHERE d >= $since)

// name: list.fact.filter.until
any(d IN f.dates WHERE d <> '' AND d <= $until)

// name: list.fact.filter.range
any(d IN f.dates WHERE d >= $since AND d <= $until)

// name: list.fact.filter.afterConfidence
(f.confidence < $afterValue OR (f.confidence = $afterValue AND f.key > $afterKey))

// name: list.fact.filter.afterDate
(f.latest < $afterValue OR (f.latest = $afterValue AND f.key > $afterKey))

// name: list.fact.order.key
ORDER BY f.key LIMIT $limit

// name: list.fact.order.confidence
ORDER BY f.confidence DESC, f.key LIMIT $limit

// name: list.fact.order.date
ORDER BY f.latest DESC, f.key LIMIT $limit

// name: list.fact.page
WITH f __ORDER__
RETURN properties(f) AS fact

// name: list.fact.count
RETURN count(f) AS total

// name: list.fact.countAll
MATCH (f:Fact)
RETURN count(f) AS total

// ───────────── entities ─────────────

// name: list.entity.anchor.all
MATCH (e:Entity)
USING INDEX e:Entity(mentionCount)
WHERE e.mentionCount <= $afterCount __FILTERS__

// name: list.entity.anchor.type
MATCH (e:Entity)
USING INDEX e:Entity(type, mentionCount)
WHERE e.type = $type AND e.mentionCount <= $afterCount __FILTERS__

// name: list.entity.anchor.search
MATCH (e:Entity)
USING TEXT INDEX e:Entity(searchText)
WHERE e.searchText CONTAINS $search __FILTERS__

// name: list.entity.filter.type
e.type = $type

// name: list.entity.filter.after
(e.mentionCount < $afterCount OR (e.mentionCount = $afterCount AND e.key > $afterKey))

// name: list.entity.order
ORDER BY e.mentionCount DESC, e.key LIMIT $limit

// name: list.entity.page
WITH e __ORDER__
RETURN e{.key, .name, .type, .aliases, .mentionCount, .articleIds} AS entity

// name: list.entity.count
RETURN count(e) AS total

// name: list.entity.countAll
MATCH (e:Entity)
RETURN count(e) AS total

// ───────────── articles ─────────────

// name: list.article.anchor.all
MATCH (a:Article)
USING INDEX a:Article(sortDate)
WHERE a.sortDate <= $afterDate __FILTERS__

// name: list.article.anchor.since
MATCH (a:Article)
USING INDEX a:Article(sortDate)
WHERE a.sortDate >= $since AND a.sortDate <= $upper __FILTERS__

// name: list.article.anchor.until
MATCH (a:Article)
USING INDEX a:Article(sortDate)
WHERE a.sortDate > '' AND a.sortDate <= $upper __FILTERS__

// name: list.article.anchor.entity
MATCH (e:Entity {key: $entityKey})
UNWIND e.articleIds AS id
MATCH (a:Article {id: id})
WHERE a.sortDate <= $afterDate __FILTERS__

// name: list.article.filter.since
a.sortDate >= $since

// name: list.article.filter.until
(a.sortDate > '' AND a.sortDate <= $until)

// name: list.article.filter.search
(toLower(coalesce(a.title, '')) CONTAINS $search OR toLower(a.text) CONTAINS $search)

// name: list.article.filter.after
(a.sortDate < $afterDate OR a.id > $afterId)

// name: list.article.order
ORDER BY a.sortDate DESC, a.id LIMIT $limit

// name: list.article.page
WITH a __ORDER__
RETURN a{.id, .title, .source, .publishedAt, .hash, .entityCount, .factCount} AS article

// name: list.article.count
RETURN count(a) AS total

// name: list.article.countAll
MATCH (a:Article)
RETURN count(a) AS total
