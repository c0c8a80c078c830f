// Maintenance statements (tests, benchmarks, `db reset`-like tooling). Destructive: callers must
// opt in. Runs in an auto-commit transaction (session.run), committing every 5,000 nodes, so
// emptying a graph of millions of facts never holds it all in one transaction.

// name: admin.wipeAll
MATCH (n)
WHERE n:Fact OR n:Alias OR n:Article OR n:Entity
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 5000 ROWS
