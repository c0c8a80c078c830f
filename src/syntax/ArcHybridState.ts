/**
 * The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the end of the
 * buffer (Ballesteros & Nivre 2013): SHIFT pushes the front of the buffer, LEFT makes the front
 * of the buffer the head of the stack top, RIGHT makes the item under the stack top its head.
 * A word is complete (all its dependents found) when it gets its head. Only one word may
 * attach to the root: LEFT onto the root is allowed when the stack holds exactly one word.
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const N_ACTIONS = 3;

export class ArcHybridState {
  /** Number of words; index `n` is the artificial root at the end of the buffer. */
  readonly n: number;
  readonly stack: Int32Array;
  depth = 0;
  /** Front of the buffer (n once only the root is left). */
  front = 0;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** Leftmost / second-leftmost and rightmost / second-rightmost dependents (-1: none). */
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  /** Bit sets of the labels of left / right dependents (label index mod 31). */
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;

  constructor(n: number) {
    this.n = n;
    this.stack = new Int32Array(n + 1);
    const size = n + 1;
    this.heads = new Int32Array(size).fill(-1);
    this.labels = new Int32Array(size).fill(-1);
    this.left1 = new Int32Array(size).fill(-1);
    this.left2 = new Int32Array(size).fill(-1);
    this.right1 = new Int32Array(size).fill(-1);
    this.right2 = new Int32Array(size).fill(-1);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.leftLabels = new Int32Array(size);
    this.rightLabels = new Int32Array(size);
  }

  /** The i-th item from the stack top (0 = top), or -1. */
  s(i: number): number {
    return i < this.depth ? this.stack[this.depth - 1 - i]! : -1;
  }

  /** The i-th buffer item (0 = front), the root (n) included, or -1 past it. */
  b(i: number): number {
    const k = this.front + i;
    return k <= this.n ? k : -1;
  }

  isTerminal(): boolean {
    return this.depth === 0 && this.front === this.n;
  }

  isValid(action: number): boolean {
    if (action === SHIFT) return this.front < this.n;
    if (action === LEFT) return this.depth > 0 && (this.front < this.n || this.depth === 1);
    return this.depth > 1;
  }

  /** Applies `action`; for LEFT and RIGHT, `label` is the new arc's label. */
  apply(action: number, label: number): void {
    if (action === SHIFT) {
      this.stack[this.depth++] = this.front++;
      return;
    }
    const dependent = this.stack[--this.depth]!;
    const head = action === LEFT ? this.front : this.stack[this.depth - 1]!;
    this.addArc(head, dependent, label);
  }

  /** The head the next LEFT or RIGHT would give the stack top. */
  headFor(action: number): number {
    return action === LEFT ? this.front : this.s(1);
  }

  private addArc(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    const bit = 1 << (label % 31);
    if (dependent < head) {
      this.leftCount[head]!++;
      this.leftLabels[head]! |= bit;
      if (this.left1[head] === -1 || dependent < this.left1[head]!) {
        this.left2[head] = this.left1[head]!;
        this.left1[head] = dependent;
      } else if (this.left2[head] === -1 || dependent < this.left2[head]!) {
        this.left2[head] = dependent;
      }
    } else {
      this.rightCount[head]!++;
      this.rightLabels[head]! |= bit;
      if (this.right1[head] === -1 || dependent > this.right1[head]!) {
        this.right2[head] = this.right1[head]!;
        this.right1[head] = dependent;
      } else if (this.right2[head] === -1 || dependent > this.right2[head]!) {
        this.right2[head] = dependent;
      }
    }
  }
}

/**
 * Dynamic-oracle cost of `action` (Goldberg & Nivre 2013): how many gold arcs, still reachable
 * now, become unreachable. `gold[i]` is word i's gold head (n for the root); the gold tree must
 * be projective (see projectivize).
 */
export function actionCost(state: ArcHybridState, action: number, gold: Int32Array): number {
  const n = state.n;
  if (action === SHIFT) {
    const b = state.front;
    let cost = 0;
    const s0 = state.s(0);
    for (let k = 0; k < state.depth; k++) {
      const item = state.stack[k]!;
      if (gold[item] === b) cost++;
      if (item !== s0 && gold[b] === item) cost++;
    }
    return cost;
  }
  const s0 = state.s(0);
  let cost = 0;
  // Dependents of s0 still in the buffer are lost by either arc action.
  for (let k = state.front; k < n; k++) if (gold[k] === s0) cost++;
  const h = gold[s0]!;
  if (action === LEFT) {
    if (h === state.s(1) || (h > state.front && h <= n)) cost++;
  } else if (h >= state.front && h <= n) {
    cost++;
  }
  return cost;
}

/**
 * Makes a tree projective by lifting (Nivre & Nilsson 2005, without label encoding): while an
 * arc crosses another, the dependent of the shortest such arc is re-attached to its head's head.
 * `heads[i]` is word i's head index, `n` (the root) for the root word. Returns a new array.
 */
export function projectivize(heads: Int32Array): Int32Array {
  const out = Int32Array.from(heads);
  const n = out.length;
  for (let guard = 0; guard < n * n; guard++) {
    const d = shortestNonProjective(out);
    if (d < 0) break;
    const h = out[d]!;
    out[d] = h === n ? n : out[h]!;
  }
  return out;
}

/** Whether word `h` dominates word `k` (follows heads from k up to the root). */
function dominates(heads: Int32Array, h: number, k: number): boolean {
  const n = heads.length;
  let x = k;
  for (let steps = 0; steps <= n && x !== n && x >= 0; steps++) {
    if (x === h) return true;
    x = heads[x]!;
  }
  return x === h;
}

function shortestNonProjective(heads: Int32Array): number {
  const n = heads.length;
  let best = -1;
  let bestLength = Infinity;
  for (let d = 0; d < n; d++) {
    const h = heads[d]!;
    if (h === n) continue;
    const lo = Math.min(h, d);
    const hi = Math.max(h, d);
    if (hi - lo >= bestLength) continue;
    for (let k = lo + 1; k < hi; k++) {
      if (!dominates(heads, h, k)) {
        best = d;
        bestLength = hi - lo;
        break;
      }
    }
  }
  return best;
}
