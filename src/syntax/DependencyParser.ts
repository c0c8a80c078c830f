/**
 * Greedy arc-hybrid dependency parser: a perceptron picks SHIFT / LEFT / RIGHT, a second
 * perceptron labels each arc as it is made (the dependent is complete then, so its own
 * dependents inform the label). Training follows the dynamic oracle with exploration.
 */
import { actionCost, ArcHybridState, LEFT, N_ACTIONS, RIGHT, SHIFT } from './ArcHybridState.js';
import type { EncodedSentence } from './EncodedSentence.js';
import { argmax, type Perceptron, type PerceptronTrainer } from './Perceptron.js';
import { labelFeatures, MAX_LABEL_FEATURES, MAX_PARSER_FEATURES, transitionFeatures, type ParserView } from './parserFeatures.js';

export interface ParseResult {
  /** Head of each word (0-based), -1 for the root word. */
  head: Int32Array;
  /** Dependency label of each word (UD, with subtypes such as nsubj:pass). */
  label: string[];
}

export interface ParserModels {
  transitions: Perceptron;
  labeller: Perceptron;
  /** Label names; their index is the labeller's class. */
  labels: readonly string[];
}

/** Decides the next action and the label of the arc it makes (shared by parsing and training). */
interface Policy {
  /** Whether `action` is asked when only one action is valid (training counts those steps). */
  asksForced: boolean;
  action(view: ParserView, features: Int32Array, count: number, valid: boolean[]): number;
  label(view: ParserView, head: number, dep: number): number;
}

function runParser(s: EncodedSentence, tags: Uint8Array, xtags: Uint8Array, rootLabel: number, policy: Policy): ArcHybridState {
  const state = new ArcHybridState(s.length);
  const view: ParserView = { s, tags, xtags, state };
  const features = new Int32Array(MAX_PARSER_FEATURES);
  const valid = [false, false, false];
  while (!state.isTerminal()) {
    let validCount = 0;
    let onlyValid = SHIFT;
    for (let a = 0; a < N_ACTIONS; a++) {
      valid[a] = state.isValid(a);
      if (!valid[a]) continue;
      validCount++;
      onlyValid = a;
    }
    const action = validCount === 1 && !policy.asksForced ? onlyValid : policy.action(view, features, transitionFeatures(view, features), valid);
    if (action === SHIFT) {
      state.apply(SHIFT, -1);
      continue;
    }
    const head = state.headFor(action);
    const dep = state.s(0);
    state.apply(action, head === state.n ? rootLabel : policy.label(view, head, dep));
  }
  return state;
}

/** Parses one sentence tagged with UPOS (`tags`) and XPOS (`xtags`). */
export function parseSentence(models: ParserModels, s: EncodedSentence, tags: Uint8Array, xtags: Uint8Array): ParseResult {
  const scores = new Float32Array(Math.max(N_ACTIONS, models.labels.length));
  const labelBuffer = new Int32Array(MAX_LABEL_FEATURES);
  const rootLabel = models.labels.indexOf('root');
  let valid: boolean[] = [];
  const isValid = (a: number): boolean => valid[a]!;
  const notRoot = (c: number): boolean => c !== rootLabel;
  const state = runParser(s, tags, xtags, rootLabel, {
    asksForced: false,
    action(_view, features, count, validActions) {
      models.transitions.score(features, count, scores);
      valid = validActions;
      return argmax(scores, N_ACTIONS, isValid);
    },
    label(view, head, dep) {
      const n = labelFeatures(view, head, dep, labelBuffer);
      models.labeller.score(labelBuffer, n, scores);
      return argmax(scores, models.labels.length, notRoot);
    },
  });
  const head = new Int32Array(s.length);
  const label: string[] = new Array<string>(s.length);
  for (let i = 0; i < s.length; i++) {
    head[i] = state.heads[i] === s.length ? -1 : state.heads[i]!;
    label[i] = models.labels[state.labels[i]!] ?? 'dep';
  }
  return { head, label };
}

export interface ParserTrainers {
  transitions: PerceptronTrainer;
  labeller: PerceptronTrainer;
  labels: readonly string[];
}

export interface ParserTrainingExample {
  sentence: EncodedSentence;
  tags: Uint8Array;
  xtags: Uint8Array;
  /** Projective gold heads (n = root) and gold label indices. */
  heads: Int32Array;
  labels: Int32Array;
}

/**
 * One dynamic-oracle pass over a sentence: update when the best-scoring action loses gold arcs,
 * then follow the model's own choice with probability `explore` (else a zero-cost action).
 * Returns the number of words whose predicted head is right.
 */
export function trainParserSentence(trainers: ParserTrainers, example: ParserTrainingExample, explore: number, random: () => number): number {
  const scores = new Float32Array(Math.max(N_ACTIONS, trainers.labels.length));
  const labelBuffer = new Int32Array(MAX_LABEL_FEATURES);
  const costs = [0, 0, 0];
  const rootLabel = trainers.labels.indexOf('root');
  const state = runParser(example.sentence, example.tags, example.xtags, rootLabel, {
    asksForced: true,
    action(view, features, count, valid) {
      trainers.transitions.score(features, count, scores);
      const guess = argmax(scores, N_ACTIONS, (a) => valid[a]!);
      let minCost = Infinity;
      for (let a = 0; a < N_ACTIONS; a++) {
        costs[a] = valid[a] ? actionCost(view.state, a, example.heads) : Infinity;
        minCost = Math.min(minCost, costs[a]!);
      }
      const best = argmax(scores, N_ACTIONS, (a) => costs[a] === minCost);
      trainers.transitions.tick();
      if (costs[guess]! > minCost) {
        trainers.transitions.update(features, count, best, guess);
        return random() < explore ? guess : best;
      }
      return guess;
    },
    label(view, head, dep) {
      const n = labelFeatures(view, head, dep, labelBuffer);
      trainers.labeller.score(labelBuffer, n, scores);
      const guess = argmax(scores, trainers.labels.length, (c) => c !== rootLabel);
      if (example.heads[dep] === head) {
        trainers.labeller.tick();
        trainers.labeller.update(labelBuffer, n, example.labels[dep]!, guess);
      }
      return guess;
    },
  });
  let correct = 0;
  for (let i = 0; i < state.n; i++) if (state.heads[i] === example.heads[i]) correct++;
  return correct;
}

export { LEFT, RIGHT, SHIFT };
