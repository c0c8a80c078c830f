import { describe, expect, it } from 'vitest';
import { planProblems, planSteps } from '../../helpers/neo4jPlans.js';
import type { PlanNode } from '../../helpers/neo4jPlans.js';

const node = (operatorType: string, details: string, ...children: PlanNode[]): PlanNode => ({ operatorType, arguments: { Details: details }, children });

describe('EXPLAIN plan checker (used by the live plan tests)', () => {
  const text = 'MATCH (f:Fact)\nUSING INDEX f:Fact(subject, key)\nWHERE f.subject = $anchorKey AND f.key > $keyFloor\nRETURN f';

  it('accepts a plan that starts from the hinted index', () => {
    const plan = node('ProduceResults@neo4j', 'f', node('NodeIndexSeek@neo4j', 'RANGE INDEX f:Fact(subject, key) WHERE subject = $anchorKey AND key > $keyFloor'));
    expect(planSteps(plan).map((s) => s.operator)).toEqual(['ProduceResults', 'NodeIndexSeek']);
    expect(planProblems(text, planSteps(plan))).toEqual([]);
  });

  it('flags label and all-nodes scans, plans without an index, and unused hints', () => {
    const scan = node('ProduceResults', 'f', node('Filter', 'f.subject = $anchorKey', node('NodeByLabelScan', 'f:Fact')));
    expect(planProblems(text, planSteps(scan))).toEqual([
      'NodeByLabelScan f:Fact',
      'no index or count-store operator in ProduceResults > Filter > NodeByLabelScan',
      'hinted index Fact(subject, key) not used',
    ]);
    const other = node('ProduceResults', 'f', node('NodeIndexSeek', 'RANGE INDEX f:Fact(object, key) WHERE object = $x'), node('AllNodesScan', 'n'));
    expect(planProblems(text, planSteps(other))).toEqual(['AllNodesScan n', 'hinted index Fact(subject, key) not used']);
    expect(planProblems('MATCH (f:Fact) RETURN count(f)', planSteps(node('NodeCountFromCountStore', 'count( (:Fact) )')))).toEqual([]);
  });
});
