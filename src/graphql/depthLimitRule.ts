import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/** Deepest selection nesting accepted (introspection fields `__*` are not counted). */
export const MAX_QUERY_DEPTH = 12;

/**
 * A validation rule rejecting operations nested deeper than `maxDepth` with
 * `extensions.code = LIMIT_EXCEEDED` (a cheap guard against runaway fan-out such as
 * entity → relations → subject → relations → …).
 */
export function depthLimitRule(maxDepth: number = MAX_QUERY_DEPTH): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let max = 0;
      for (const sel of set.selections) {
        let d = 0;
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          d = sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1;
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          d = depthOf(sel.selectionSet, seen);
        } else {
          const name = sel.name.value;
          const frag = fragments.get(name);
          if (!frag || seen.has(name)) continue; // unknown/cyclic fragments are reported by other rules
          d = depthOf(frag.selectionSet, new Set([...seen, name]));
        }
        if (d > max) max = d;
        if (max > maxDepth) return max;
      }
      return max;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`queries may nest at most ${maxDepth} fields deep, found a selection at least ${depth} deep`, {
              nodes: [node],
              extensions: { code: 'LIMIT_EXCEEDED' },
            }),
          );
        }
      },
    };
  };
}
