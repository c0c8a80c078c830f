// Maintenance statements (tests, `db reset`-like tooling). Destructive: callers must opt in.

// name: admin.wipeAll
MATCH (n)
WHERE n:Article OR n:Entity OR n:Fact
DETACH DELETE n
