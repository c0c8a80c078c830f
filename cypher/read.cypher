// Read statements with one fixed shape each. Every statement starts from an index seek on its
// anchor (a key, a name lookup, an index range) or from a count store; test/contract/neo4jPlans
// checks that with EXPLAIN on a live server. Orders match the GraphStore port:
//   entities by mentionCount desc then key; facts by key; articles by publishedAt desc
//   (undated last) then id — `sortDate` is publishedAt, or '' for undated articles.
// Lists (relations, entities, articles) are composed from cypher/lists.cypher.

// name: article.get
MATCH (a:Article {id: $id})
RETURN a{.id, .title, .source, .publishedAt, .hash, .entityCount, .factCount} AS article

// name: article.text
MATCH (a:Article {id: $id})
RETURN a.text AS text

// name: article.ofEntity
MATCH (e:Entity {key: $key})
UNWIND e.articleIds AS id
MATCH (a:Article {id: id})
WITH a
ORDER BY a.sortDate DESC, a.id
RETURN a{.id, .title, .source, .publishedAt, .hash, .entityCount, .factCount} AS article

// name: entity.getMany
UNWIND $keys AS k
MATCH (e:Entity {key: k})
RETURN e{.key, .name, .type, .aliases, .mentionCount, .articleIds} AS entity

// Name or alias, normalised (src/resolution/keys.ts normalizeName, then lookupName): one Alias
// node per normalised name, linked to every entity using it; the most mentioned wins.
// name: entity.find
MATCH (l:Alias {lookup: $lookup})-[:ALIAS_OF]->(e:Entity)
WITH e
ORDER BY e.mentionCount DESC, e.key
LIMIT 1
RETURN e{.key, .name, .type, .aliases, .mentionCount, .articleIds} AS entity

// name: fact.getMany
UNWIND $keys AS k
MATCH (f:Fact {key: k})
RETURN properties(f) AS fact

// Breadth-first neighbourhood in one round trip. Each layer is the unseen neighbours of the
// previous one in entity order (mentionCount desc, key), at most $first; `via` is the smallest
// fact key from the first entity of the previous layer (in that order) that reaches the
// neighbour. A layer runs only while fewer than $first neighbours are known, so the cost is the
// degree of the entities expanded, not the size of the graph.
// name: entity.neighbors
MATCH (start:Entity {key: $key})
CALL (start) {
  MATCH (start)-[r]-(n:Entity)
  WHERE n <> start
  WITH n, collect(r) AS rs
  ORDER BY n.mentionCount DESC, n.key
  LIMIT $first
  RETURN collect({node: n, via: reduce(k = null, x IN rs | CASE WHEN k IS NULL OR x.key < k THEN x.key ELSE k END)}) AS layer1
}
CALL (start, layer1) {
  WITH *
  WHERE $depth >= 2 AND size(layer1) < $first
  WITH [start] + [x IN layer1 | x.node] AS seen, [x IN layer1 | x.node] AS frontier
  UNWIND range(0, size(frontier) - 1) AS i
  WITH seen, frontier[i] AS u, i
  MATCH (u)-[r]-(n:Entity)
  WHERE NOT n IN seen
  WITH n, i, collect(r) AS rs
  WITH n, min(i) AS firstI, collect({i: i, rs: rs}) AS reached
  ORDER BY n.mentionCount DESC, n.key
  LIMIT $first
  WITH n, [c IN reached WHERE c.i = firstI][0].rs AS rs
  RETURN collect({node: n, via: reduce(k = null, x IN rs | CASE WHEN k IS NULL OR x.key < k THEN x.key ELSE k END)}) AS layer2
}
CALL (start, layer1, layer2) {
  WITH *
  WHERE $depth >= 3 AND size(layer1) + size(layer2) < $first
  WITH [start] + [x IN layer1 | x.node] + [x IN layer2 | x.node] AS seen, [x IN layer2 | x.node] AS frontier
  UNWIND range(0, size(frontier) - 1) AS i
  WITH seen, frontier[i] AS u, i
  MATCH (u)-[r]-(n:Entity)
  WHERE NOT n IN seen
  WITH n, i, collect(r) AS rs
  WITH n, min(i) AS firstI, collect({i: i, rs: rs}) AS reached
  ORDER BY n.mentionCount DESC, n.key
  LIMIT $first
  WITH n, [c IN reached WHERE c.i = firstI][0].rs AS rs
  RETURN collect({node: n, via: reduce(k = null, x IN rs | CASE WHEN k IS NULL OR x.key < k THEN x.key ELSE k END)}) AS layer3
}
WITH [x IN layer1 | {node: x.node, via: x.via, distance: 1}]
   + [x IN layer2 | {node: x.node, via: x.via, distance: 2}]
   + [x IN layer3 | {node: x.node, via: x.via, distance: 3}] AS found
UNWIND range(0, size(found) - 1) AS idx
WITH idx, found[idx].node AS n, found[idx].distance AS distance, found[idx].via AS via
WHERE idx < $first
MATCH (f:Fact {key: via})
RETURN idx, distance, n{.key, .name, .type, .aliases, .mentionCount, .articleIds} AS entity, properties(f) AS fact

// One shortest undirected path of at most __MAX_HOPS__ facts (a validated 1 … 4): bidirectional
// breadth-first search from both ends, following facts only (the predicate on the path's
// relationships is checked while the search expands).
// name: path.shortest
MATCH (a:Entity {key: $fromKey})
MATCH (b:Entity {key: $toKey})
MATCH p = shortestPath((a)-[*..__MAX_HOPS__]-(b))
WHERE all(r IN relationships(p) WHERE NOT type(r) IN ['MENTIONED_IN', 'ALIAS_OF'])
WITH p
CALL (p) {
  UNWIND relationships(p) AS r
  MATCH (f:Fact {key: r.key})
  RETURN collect(properties(f)) AS facts
}
RETURN [n IN nodes(p) | n{.key, .name, .type, .aliases, .mentionCount, .articleIds}] AS entities,
       [r IN relationships(p) | r.key] AS factKeys,
       facts

// Every shortest path (keys only; the store sorts them and fetches the page's entities and facts).
// name: path.allShortest
MATCH (a:Entity {key: $fromKey})
MATCH (b:Entity {key: $toKey})
MATCH p = allShortestPaths((a)-[*..__MAX_HOPS__]-(b))
WHERE all(r IN relationships(p) WHERE NOT type(r) IN ['MENTIONED_IN', 'ALIAS_OF'])
RETURN [n IN nodes(p) | n.key] AS entityKeys, [r IN relationships(p) | r.key] AS factKeys
LIMIT $limit

// Count stores: constant time.
// name: stats.counts
CALL () {
  MATCH (a:Article)
  RETURN count(a) AS articles
}
CALL () {
  MATCH (e:Entity)
  RETURN count(e) AS entities
}
CALL () {
  MATCH (f:Fact)
  RETURN count(f) AS relations
}
RETURN articles, entities, relations
