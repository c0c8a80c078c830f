#!/usr/bin/env node
/**
 * Where the time goes in a V8 CPU profile (from `node --cpu-prof` or
 * `bench/graphqlBench.ts --profile`): the functions with the most self time, then the most
 * inclusive time (a function's own samples plus everything it called, each counted once per
 * stack).
 *
 *   node bench/profileSummary.mjs out.cpuprofile [--top 30]
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '30' } }, allowPositionals: true });
if (positionals.length !== 1) {
  console.error('usage: node bench/profileSummary.mjs out.cpuprofile [--top N]');
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(positionals[0], 'utf8'));
const top = Number(values.top);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** Sampled microseconds per node. */
const micros = new Map();
profile.samples.forEach((id, i) => micros.set(id, (micros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...micros.values()].reduce((a, b) => a + b, 0);

const label = (id) => {
  const f = byId.get(id).callFrame;
  return `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
};
const self = new Map();
const inclusive = new Map();
for (const [id, us] of micros) {
  self.set(label(id), (self.get(label(id)) ?? 0) + us);
  const seen = new Set();
  for (let x = id; x !== undefined; x = parent.get(x)) {
    const l = label(x);
    if (seen.has(l)) continue;
    seen.add(l);
    inclusive.set(l, (inclusive.get(l) ?? 0) + us);
  }
}
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [l, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${l}`);
  }
};
console.log(`${(total / 1e6).toFixed(1)} s sampled`);
print('self time', self);
print('inclusive time', inclusive);
