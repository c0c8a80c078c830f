/**
 * Feature templates of the transition classifier and of the arc labeller, in the style of
 * Zhang & Nivre (2011): words and tags of the stack and buffer items, their leftmost and
 * rightmost dependents with labels, distances, valencies and label sets, and conjunctions.
 */
import type { ArcHybridState } from './ArcHybridState.js';
import type { EncodedSentence } from './EncodedSentence.js';
import { feature1, feature2, feature3 } from './hash.js';
import { POS_CLASSES } from './PosTagger.js';

export const MAX_PARSER_FEATURES = 112;
const NONE_TAG = POS_CLASSES;
const ROOT_TAG = POS_CLASSES + 1;
const NONE_WORD = 0x0bad;
const ROOT_WORD = 0x7007;
const NONE_LABEL = 255;
const NONE_XTAG = 254;
const ROOT_XTAG = 253;

/** What the feature functions read: the sentence, its predicted tags, the parser state. */
export interface ParserView {
  s: EncodedSentence;
  tags: Uint8Array;
  /** Predicted fine-grained (XPOS) tags: VBN vs VBD, WDT, … */
  xtags: Uint8Array;
  state: ArcHybridState;
}

function w(v: ParserView, x: number): number {
  return x < 0 ? NONE_WORD : x === v.state.n ? ROOT_WORD : v.s.lower[x]!;
}
function t(v: ParserView, x: number): number {
  return x < 0 ? NONE_TAG : x === v.state.n ? ROOT_TAG : v.tags[x]!;
}
function x(v: ParserView, k: number): number {
  return k < 0 ? NONE_XTAG : k === v.state.n ? ROOT_XTAG : v.xtags[k]!;
}
function l(v: ParserView, x: number): number {
  return x < 0 ? NONE_LABEL : v.state.labels[x]!;
}
function distance(a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  const d = Math.abs(b - a);
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}
function child(arr: Int32Array, x: number): number {
  return x < 0 ? -1 : arr[x]!;
}

/** Transition features of the current state into `out`; returns the count. */
export function transitionFeatures(v: ParserView, out: Int32Array): number {
  const st = v.state;
  const s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const b0 = st.b(0), b1 = st.b(1), b2 = st.b(2);
  const s0w = w(v, s0), s0t = t(v, s0), s1w = w(v, s1), s1t = t(v, s1), s2t = t(v, s2);
  const b0w = w(v, b0), b0t = t(v, b0), b1w = w(v, b1), b1t = t(v, b1), b2w = w(v, b2), b2t = t(v, b2);
  const s0l = child(st.left1, s0), s0l2 = child(st.left2, s0), s0r = child(st.right1, s0), s0r2 = child(st.right2, s0);
  const s1l = child(st.left1, s1), s1r = child(st.right1, s1);
  const b0l = child(st.left1, b0), b0l2 = child(st.left2, b0);
  const d0 = distance(s0, b0), d1 = distance(s1, s0);
  const s0wt = s0w * 31 + s0t, s1wt = s1w * 31 + s1t, b0wt = b0w * 31 + b0t;
  let n = 0;
  out[n++] = feature1(0, 0);
  // single items
  out[n++] = feature1(1, s0w); out[n++] = feature1(2, s0t); out[n++] = feature1(3, s0wt);
  out[n++] = feature1(4, s1w); out[n++] = feature1(5, s1t); out[n++] = feature1(6, s1wt);
  out[n++] = feature1(7, b0w); out[n++] = feature1(8, b0t); out[n++] = feature1(9, b0wt);
  out[n++] = feature1(10, b1w); out[n++] = feature1(11, b1t); out[n++] = feature2(12, b1w, b1t);
  out[n++] = feature1(13, b2w); out[n++] = feature1(14, b2t); out[n++] = feature1(15, s2t);
  // pairs
  out[n++] = feature2(16, s0wt, b0wt); out[n++] = feature2(17, s0wt, b0w); out[n++] = feature2(18, s0w, b0wt);
  out[n++] = feature2(19, s0wt, b0t); out[n++] = feature2(20, s0t, b0wt); out[n++] = feature2(21, s0w, b0w);
  out[n++] = feature2(22, s0t, b0t); out[n++] = feature2(23, b0t, b1t);
  out[n++] = feature2(24, s1wt, s0wt); out[n++] = feature2(25, s1w, s0w); out[n++] = feature2(26, s1t, s0t);
  out[n++] = feature2(27, s1wt, s0t); out[n++] = feature2(28, s1t, s0wt);
  // tag trigrams
  out[n++] = feature3(29, b0t, b1t, b2t); out[n++] = feature3(30, s0t, b0t, b1t); out[n++] = feature3(31, s1t, s0t, b0t);
  out[n++] = feature3(32, s2t, s1t, s0t); out[n++] = feature3(33, s0t, t(v, s0l), b0t); out[n++] = feature3(34, s0t, t(v, s0r), b0t);
  out[n++] = feature3(35, s0t, b0t, t(v, b0l)); out[n++] = feature3(36, s1t, t(v, s1r), s0t); out[n++] = feature3(37, s1t, s0t, t(v, s0r));
  out[n++] = feature3(38, s1t, t(v, s1l), s0t);
  // distances
  out[n++] = feature2(39, s0w, d0); out[n++] = feature2(40, s0t, d0); out[n++] = feature2(41, b0w, d0);
  out[n++] = feature2(42, b0t, d0); out[n++] = feature3(43, s0t, b0t, d0); out[n++] = feature3(44, s1t, s0t, d1);
  out[n++] = feature2(45, s1w, d1); out[n++] = feature2(46, s0w, d1);
  // valencies
  const s0vl = s0 < 0 ? 0 : st.leftCount[s0]!, s0vr = s0 < 0 ? 0 : st.rightCount[s0]!;
  const b0vl = b0 < 0 ? 0 : st.leftCount[b0]!, s1vr = s1 < 0 ? 0 : st.rightCount[s1]!, s1vl = s1 < 0 ? 0 : st.leftCount[s1]!;
  out[n++] = feature2(47, s0w, s0vr); out[n++] = feature2(48, s0t, s0vr); out[n++] = feature2(49, s0w, s0vl);
  out[n++] = feature2(50, s0t, s0vl); out[n++] = feature2(51, b0w, b0vl); out[n++] = feature2(52, b0t, b0vl);
  out[n++] = feature2(53, s1t, s1vr); out[n++] = feature2(54, s1t, s1vl);
  // dependents
  out[n++] = feature1(55, w(v, s0l)); out[n++] = feature1(56, t(v, s0l)); out[n++] = feature1(57, l(v, s0l));
  out[n++] = feature1(58, w(v, s0r)); out[n++] = feature1(59, t(v, s0r)); out[n++] = feature1(60, l(v, s0r));
  out[n++] = feature1(61, t(v, s0l2)); out[n++] = feature1(62, l(v, s0l2)); out[n++] = feature1(63, t(v, s0r2));
  out[n++] = feature1(64, l(v, s0r2)); out[n++] = feature1(65, w(v, b0l)); out[n++] = feature1(66, t(v, b0l));
  out[n++] = feature1(67, l(v, b0l)); out[n++] = feature1(68, t(v, b0l2)); out[n++] = feature1(69, l(v, b0l2));
  out[n++] = feature1(70, w(v, s1r)); out[n++] = feature1(71, t(v, s1r)); out[n++] = feature1(72, l(v, s1r));
  out[n++] = feature1(73, l(v, s1l));
  out[n++] = feature3(74, s0t, l(v, s0l), l(v, s0l2)); out[n++] = feature3(75, s0t, l(v, s0r), l(v, s0r2));
  out[n++] = feature3(76, b0t, l(v, b0l), l(v, b0l2)); out[n++] = feature3(77, s1t, l(v, s1r), s0t);
  // label sets
  out[n++] = feature2(78, s0w, s0 < 0 ? 0 : st.leftLabels[s0]!); out[n++] = feature2(79, s0w, s0 < 0 ? 0 : st.rightLabels[s0]!);
  out[n++] = feature2(80, b0w, b0 < 0 ? 0 : st.leftLabels[b0]!); out[n++] = feature2(81, s0t, s0 < 0 ? 0 : st.leftLabels[s0]!);
  out[n++] = feature2(82, s1t, s1 < 0 ? 0 : st.rightLabels[s1]!); out[n++] = feature2(83, b0t, b0 < 0 ? 0 : st.leftLabels[b0]!);
  // neighbours of s0 and b0 in the sentence (punctuation and words in between)
  const after0 = s0 >= 0 && s0 + 1 < st.n ? s0 + 1 : -1;
  const before0 = b0 > 0 && b0 - 1 !== s0 ? b0 - 1 : -1;
  out[n++] = feature3(84, s0t, t(v, after0), b0t); out[n++] = feature3(85, s0t, t(v, before0), b0t);
  out[n++] = feature2(86, w(v, after0), s0t); out[n++] = feature3(87, s1t, s0t, b1t);
  out[n++] = feature2(88, s0w, b1t); out[n++] = feature2(89, s0t, b1w);
  // wink-nlp's tag as a second opinion on the two focus words
  const s0k = s0 >= 0 && s0 < st.n ? v.s.wink[s0]! : NONE_TAG, b0k = b0 >= 0 && b0 < st.n ? v.s.wink[b0]! : ROOT_TAG;
  out[n++] = feature2(90, s0k, b0k); out[n++] = feature3(91, s0t, s0k, b0t); out[n++] = feature3(92, b0t, b0k, s0t);
  // fine-grained tags
  const s0x = x(v, s0), s1x = x(v, s1), b0x = x(v, b0), b1x = x(v, b1);
  out[n++] = feature1(93, s0x); out[n++] = feature1(94, b0x); out[n++] = feature1(95, s1x); out[n++] = feature1(96, b1x);
  out[n++] = feature2(97, s0x, b0x); out[n++] = feature2(98, s1x, s0x); out[n++] = feature3(99, s0x, b0x, b1x);
  out[n++] = feature3(100, s1x, s0x, b0x); out[n++] = feature2(101, s0w, b0x); out[n++] = feature2(102, s0x, b0w);
  out[n++] = feature3(103, s0x, x(v, s0l), b0x); out[n++] = feature3(104, s0x, b0x, d0); out[n++] = feature2(105, s1w, s0x);
  return n;
}

export const MAX_LABEL_FEATURES = 48;

/** Features for labelling the arc head → dependent that is about to be made. */
export function labelFeatures(v: ParserView, head: number, dep: number, out: Int32Array): number {
  const st = v.state;
  const hw = w(v, head), ht = t(v, head), dw = w(v, dep), dt = t(v, dep);
  const dir = dep < head ? 1 : 2;
  const dist = distance(head, dep);
  const dl = st.left1[dep]!, dl2 = st.left2[dep]!, dr = st.right1[dep]!, dr2 = st.right2[dep]!;
  const hl = head < st.n ? st.left1[head]! : -1;
  let n = 0;
  out[n++] = feature1(100, dir);
  out[n++] = feature1(101, hw); out[n++] = feature1(102, ht); out[n++] = feature1(103, dw); out[n++] = feature1(104, dt);
  out[n++] = feature2(105, hw, ht); out[n++] = feature2(106, dw, dt); out[n++] = feature3(107, ht, dt, dir);
  out[n++] = feature3(108, hw, dt, dir); out[n++] = feature3(109, ht, dw, dir); out[n++] = feature3(110, hw, dw, dir);
  out[n++] = feature3(111, ht, dt, dist * 4 + dir);
  out[n++] = feature2(112, w(v, dl), dt); out[n++] = feature2(113, t(v, dl), dt); out[n++] = feature2(114, l(v, dl), dt);
  out[n++] = feature3(115, w(v, dl), ht, dir); out[n++] = feature2(116, l(v, dl2), l(v, dl));
  out[n++] = feature2(117, w(v, dr), dt); out[n++] = feature2(118, t(v, dr), dt); out[n++] = feature2(119, l(v, dr), dt);
  out[n++] = feature2(120, l(v, dr2), l(v, dr));
  out[n++] = feature3(121, dt, st.leftLabels[dep]!, dir); out[n++] = feature3(122, dt, st.rightLabels[dep]!, dir);
  out[n++] = feature3(123, ht, head < st.n ? st.leftLabels[head]! : 0, dir);
  out[n++] = feature3(124, ht, head < st.n ? st.rightLabels[head]! : 0, dir);
  out[n++] = feature3(125, ht, l(v, hl), dt);
  out[n++] = feature3(126, dt, t(v, dep - 1), t(v, dep + 1 < st.n ? dep + 1 : -1));
  out[n++] = feature3(127, ht, t(v, head - 1), t(v, head + 1 < st.n ? head + 1 : -1));
  out[n++] = feature2(128, v.s.suffix3[dep]!, dt); out[n++] = feature2(129, v.s.exact[dep]!, dir);
  out[n++] = feature3(130, dw, ht, dir); out[n++] = feature3(131, w(v, dl), hw, dt);
  out[n++] = feature2(132, head < st.n ? v.s.suffix3[head]! : ROOT_WORD, dt);
  out[n++] = feature3(133, dt, dep === 0 ? 1 : 0, dir);
  const hx = x(v, head), dx = x(v, dep);
  out[n++] = feature3(134, hx, dx, dir); out[n++] = feature2(135, dx, w(v, dl)); out[n++] = feature2(136, hx, dw);
  out[n++] = feature3(137, dx, hx, head < st.n ? st.leftLabels[head]! : 0);
  return n;
}
