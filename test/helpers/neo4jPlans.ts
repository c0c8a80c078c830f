/**
 * Reading EXPLAIN plans of the Neo4j store's statements: the operators of a plan and what is
 * wrong with it for a statement that must start from an index (used live by
 * test/contract/neo4jPlans.ts; the checker itself is unit-tested on hand-made plans).
 */

export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

export interface PlanStep {
  operator: string;
  details: string;
}

/** Operators in the plan, depth first; `@neo4j` style suffixes dropped. */
export function planSteps(plan: PlanNode): PlanStep[] {
  const operator = plan.operatorType.replace(/@.*$/, '');
  const details = String(plan.arguments.Details ?? plan.arguments.details ?? '');
  return [{ operator, details }, ...plan.children.flatMap(planSteps)];
}

const SCANS = /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|SubtractionNodeByLabelsScan|(Directed|Undirected)(RelationshipTypeScan|AllRelationshipsScan))$/;
const ANCHORS = /^(NodeIndexSeek|NodeUniqueIndexSeek|NodeIndexSeekByRange|NodeUniqueIndexSeekByRange|NodeIndexScan|NodeIndexContainsScan|MultiNodeIndexSeek|AssertingMultiNodeIndexSeek|NodeCountFromCountStore|RelationshipCountFromCountStore)$/;

/** What is wrong with a plan for the index-anchored statement `text` (empty when nothing is). */
export function planProblems(text: string, steps: readonly PlanStep[]): string[] {
  const problems: string[] = [];
  for (const s of steps) if (SCANS.test(s.operator)) problems.push(`${s.operator} ${s.details}`);
  if (!steps.some((s) => ANCHORS.test(s.operator))) problems.push(`no index or count-store operator in ${steps.map((s) => s.operator).join(' > ')}`);
  for (const m of text.matchAll(/USING (?:TEXT )?INDEX \w+:(\w+)\(([^)]*)\)/g)) {
    const index = `${m[1]}(${m[2]})`;
    if (!steps.some((s) => ANCHORS.test(s.operator) && s.details.includes(index))) problems.push(`hinted index ${index} not used`);
  }
  return problems;
}
