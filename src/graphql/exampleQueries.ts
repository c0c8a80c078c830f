import { Kind, parse, print } from 'graphql';
import type { GraphStore } from '../store/GraphStore.js';

export interface ExampleQuery {
  title: string;
  query: string;
}

/**
 * Picks example queries that return data from what is stored: the most mentioned entities,
 * the best-connected entity's relations, and a multi-hop path between entities that never
 * appear in the same article.
 */
export async function findExampleQueries(store: GraphStore): Promise<ExampleQuery[]> {
  const top = (await store.searchEntities({ first: 25 })).edges.map((e) => e.node);
  const examples: ExampleQuery[] = [
    {
      title: 'The most mentioned entities',
      query: '{ entities(first: 5) { totalCount edges { node { name type mentionCount aliases } } } }',
    },
  ];
  for (const entity of top) {
    const rels = await store.relations({ entityKey: entity.key, first: 1 });
    if (rels.totalCount > 0) {
      examples.push({
        title: `${entity.name}: relations with evidence`,
        query: `{ entity(name: ${JSON.stringify(entity.name)}) { name type aliases relations(first: 5) { totalCount edges { node { subject { name } predicate object { name } evidence { sentence article { title } } } } } } }`,
      });
      break;
    }
  }
  outer: for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) {
      const a = top[i]!;
      const b = top[j]!;
      if (a.articleIds.some((id) => b.articleIds.includes(id))) continue;
      const p = await store.shortestPath(a.key, b.key, 4);
      if (p && p.length >= 2) {
        examples.push({
          title: `A ${p.length}-hop path between ${a.name} and ${b.name} (never in the same article)`,
          query: `{ path(from: ${JSON.stringify(a.name)}, to: ${JSON.stringify(b.name)}, maxHops: 4) { length entities { name } relations { predicate subject { name } object { name } evidence { sentence } } } }`,
        });
        break outer;
      }
    }
  }
  return examples;
}

/**
 * One runnable document made of the examples: a single `query Examples` whose fields are the
 * examples' fields, each under a comment with its title, so one press of ▶ in the IDE answers
 * them all. `header` lines become comments at the top.
 */
export function exampleDocument(examples: readonly ExampleQuery[], header: readonly string[]): string {
  const fields: string[] = [];
  const seen = new Set<string>();
  for (const example of examples) {
    const op = parse(example.query).definitions[0];
    if (op?.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const selection of op.selectionSet.selections) {
      const text = print(selection);
      if (seen.has(text)) continue;
      seen.add(text);
      fields.push(`  # ${example.title}\n${text.replace(/^/gm, '  ')}`);
    }
  }
  if (fields.length === 0) fields.push('  stats {\n    articles\n    entities\n    relations\n  }');
  return `${header.map((h) => `# ${h}`).join('\n')}\nquery Examples {\n${fields.join('\n\n')}\n}\n`;
}
