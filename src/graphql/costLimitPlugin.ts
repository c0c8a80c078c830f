import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';
import { QueryError } from '../errors.js';

/** Largest estimated number of result fields an operation may ask for. */
export const MAX_QUERY_COST = 100_000;

/** The parts of graphql-js schema objects the estimate reads (duck-typed: graphql may be loaded twice). */
interface FieldLike {
  type: unknown;
  args: readonly { name: string; defaultValue: unknown }[];
}
interface TypeLike {
  name?: string;
  ofType?: unknown;
  getFields?: () => Record<string, FieldLike>;
}
interface SchemaLike {
  getType(name: string): unknown;
}

function namedType(type: unknown): TypeLike | null {
  let t = type as TypeLike | null;
  while (t && t.ofType) t = t.ofType as TypeLike;
  return t;
}

function intValue(node: ValueNode, variables: Record<string, unknown>): number | null {
  if (node.kind === Kind.INT) return Number.parseInt(node.value, 10);
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return typeof v === 'number' ? v : null;
  }
  return null;
}

/**
 * Estimates how many fields an operation can return: every field counts once, multiplied by
 * the `first` of each enclosing field that has one (its schema default when not given).
 */
export function estimateCost(
  selectionSet: SelectionSetNode,
  parentType: TypeLike | null,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  schema: SchemaLike,
  variables: Record<string, unknown>,
  limit = MAX_QUERY_COST,
  seen: ReadonlySet<string> = new Set(),
): number {
  let total = 0;
  for (const sel of selectionSet.selections) {
    if (sel.kind === Kind.FIELD) {
      const def = parentType?.getFields?.()[sel.name.value];
      let factor = 1;
      const firstDef = def?.args.find((a) => a.name === 'first');
      if (firstDef) {
        const given = sel.arguments?.find((a) => a.name.value === 'first');
        const value = given ? intValue(given.value, variables) : null;
        const fallback = typeof firstDef.defaultValue === 'number' ? firstDef.defaultValue : 1;
        factor = Math.max(1, value ?? fallback);
      }
      total += 1;
      if (sel.selectionSet) {
        total += factor * estimateCost(sel.selectionSet, namedType(def?.type), fragments, schema, variables, limit, seen);
      }
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const t = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) as TypeLike | null) : parentType;
      total += estimateCost(sel.selectionSet, t, fragments, schema, variables, limit, seen);
    } else {
      const frag = fragments.get(sel.name.value);
      if (!frag || seen.has(frag.name.value)) continue;
      const t = schema.getType(frag.typeCondition.name.value) as TypeLike | null;
      total += estimateCost(frag.selectionSet, t, fragments, schema, variables, limit, new Set([...seen, frag.name.value]));
    }
    if (total > limit) return total;
  }
  return total;
}

/**
 * Rejects operations whose estimated size exceeds `maxCost` with LIMIT_EXCEEDED (HTTP 400)
 * before any resolver runs, e.g. `entities(first: 500) { relations(first: 500) { … } }`.
 */
export function costLimitPlugin<T extends object>(maxCost: number = MAX_QUERY_COST): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          const op = ctx.operation;
          if (!op) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const d of ctx.document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
          const schema = ctx.schema as unknown as SchemaLike;
          const rootName = op.operation === 'query' ? 'Query' : op.operation === 'mutation' ? 'Mutation' : 'Subscription';
          const root = (schema.getType(rootName) as TypeLike | null) ?? null;
          const cost = estimateCost(op.selectionSet, root, fragments, schema, ctx.request.variables ?? {}, maxCost);
          if (cost > maxCost) {
            ctx.response.http.status = 400;
            throw new QueryError(
              'LIMIT_EXCEEDED',
              `queries may ask for at most ${maxCost} fields (estimated from the page sizes), found an estimate of at least ${cost}; lower \`first\` or split the query`,
              { limit: maxCost },
            );
          }
        },
      };
    },
  };
}
