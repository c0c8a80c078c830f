import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionCost, ArcHybridState, LEFT, N_ACTIONS, projectivize, RIGHT, SHIFT } from '../../../src/syntax/ArcHybridState.js';
import { parseConllu } from '../../../src/syntax/conllu.js';
import { isProjective, randomProjectiveTree } from './treeHelpers.js';

/** Follows zero-cost actions from the initial state; returns the heads it builds. */
function followOracle(gold: Int32Array): Int32Array {
  const state = new ArcHybridState(gold.length);
  for (let steps = 0; !state.isTerminal(); steps++) {
    if (steps > 4 * gold.length + 4) throw new Error('oracle did not terminate');
    let chosen = -1;
    for (let a = 0; a < N_ACTIONS && chosen < 0; a++) if (state.isValid(a) && actionCost(state, a, gold) === 0) chosen = a;
    if (chosen < 0) throw new Error('no zero-cost action');
    state.apply(chosen, 0);
  }
  return state.heads.slice(0, gold.length);
}

const sharedDev = new URL('../../../../shared/data/ud/gum/dev.conllu', import.meta.url);

describe('arc-hybrid transitions', () => {
  it('allow SHIFT only before the root, RIGHT only with two stack items, LEFT onto the root only for the last word', () => {
    const s = new ArcHybridState(2);
    expect([SHIFT, LEFT, RIGHT].map((a) => s.isValid(a))).toEqual([true, false, false]);
    s.apply(SHIFT, -1);
    s.apply(SHIFT, -1);
    expect(s.front).toBe(2);
    expect([SHIFT, LEFT, RIGHT].map((a) => s.isValid(a))).toEqual([false, false, true]);
    s.apply(RIGHT, 3);
    expect(s.heads[1]).toBe(0);
    expect(s.labels[1]).toBe(3);
    expect(s.right1[0]).toBe(1);
    expect(s.isValid(LEFT)).toBe(true);
    s.apply(LEFT, 0);
    expect(s.heads[0]).toBe(2);
    expect(s.isTerminal()).toBe(true);
  });

  it('track leftmost and rightmost dependents and valencies', () => {
    const s = new ArcHybridState(4);
    s.apply(SHIFT, -1);
    s.apply(SHIFT, -1);
    s.apply(LEFT, 1); // 1 <- 2
    s.apply(LEFT, 2); // 0 <- 2
    expect(s.left1[2]).toBe(0);
    expect(s.left2[2]).toBe(1);
    expect(s.leftCount[2]).toBe(2);
    expect(s.leftLabels[2]).toBe((1 << 1) | (1 << 2));
  });
});

describe('dynamic oracle', () => {
  it('reproduces random projective trees of 1 to 30 words exactly', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const gold = randomProjectiveTree(1 + (seed % 30), seed);
      expect(isProjective(gold)).toBe(true);
      expect(Array.from(followOracle(gold))).toEqual(Array.from(gold));
    }
  });

  it('gives a positive cost to an action that loses a gold arc', () => {
    // word 0 is the head of word 1: LEFT (1 <- front) would lose it after shifting both
    const gold = Int32Array.from([2, 0]);
    const s = new ArcHybridState(2);
    s.apply(SHIFT, -1);
    s.apply(SHIFT, -1);
    expect(actionCost(s, RIGHT, gold)).toBe(0);
    expect(actionCost(s, LEFT, gold)).toBeGreaterThan(0);
  });

  it.skipIf(!existsSync(sharedDev))('reproduces every projective gold tree of a GUM dev sample (../shared)', () => {
    const sentences = parseConllu(readFileSync(sharedDev, 'utf8')).slice(0, 300);
    let checked = 0;
    for (const s of sentences) {
      const n = s.words.length;
      const gold = Int32Array.from(s.words, (w) => (w.head === 0 ? n : w.head - 1));
      if (!isProjective(gold)) continue;
      expect(Array.from(followOracle(gold)), s.sentId).toEqual(Array.from(gold));
      checked++;
    }
    expect(checked).toBeGreaterThan(250);
  });
});

describe('projectivize', () => {
  it('lifts crossing arcs until the tree is projective and keeps projective trees unchanged', () => {
    // word 3 is the root; the arc 0 -> 2 spans word 1, which hangs from 3, not from 0
    const crossing = Int32Array.from([3, 3, 0, 4]);
    expect(isProjective(crossing)).toBe(false);
    const lifted = projectivize(crossing);
    expect(isProjective(lifted)).toBe(true);
    expect(Array.from(lifted)).toEqual([3, 3, 3, 4]);
    const tree = randomProjectiveTree(12, 5);
    expect(Array.from(projectivize(tree))).toEqual(Array.from(tree));
  });
});
