import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type ArticleExtractionLike,
  type GoldArticle,
  norm,
  predicateTokens,
  readGoldDir,
  round3,
  scoreArticles,
  stem,
} from '../../helpers/score.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const scorerFixture = path.join(repoRoot, 'test/fixtures/eval/scorer');
const devDir = path.join(repoRoot, 'test/fixtures/eval');
const sharedScorer = path.join(repoRoot, '../shared/eval/score.py');

function readPredicted(file: string): ArticleExtractionLike[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { articles: ArticleExtractionLike[] };
  return data.articles;
}

describe('stem / predicateTokens / norm', () => {
  it('stems regular and irregular forms', () => {
    expect(stem('located')).toBe('locate');
    expect(stem('planned')).toBe('plan');
    expect(stem('receiving')).toBe('receive');
    expect(stem('studies')).toBe('study');
    expect(stem('obtained')).toBe('obtain');
    expect(stem('running')).toBe('run');
    expect(stem('called')).toBe('call');
    expect(stem('Met')).toBe('meet');
    expect(stem('talks')).toBe('talk');
    expect(stem('gas')).toBe('gas');
  });

  it('keeps the stemmed content words of a predicate', () => {
    expect([...predicateTokens('MEET_WITH')]).toEqual(['meet']);
    expect([...predicateTokens('hold talks with')].sort()).toEqual(['hold', 'talk']);
    expect([...predicateTokens('was appointed to')]).toEqual(['appoint']);
    expect(predicateTokens('of the').size).toBe(0);
    expect(predicateTokens(undefined).size).toBe(0);
  });

  it('normalises case, possessives, punctuation and a leading article', () => {
    expect(norm("The Company's")).toBe('company');
    expect(norm('Nordvik Energy\u2019s board')).toBe('nordvik energy board');
    expect(norm('U.S.')).toBe('u s');
    expect(norm('an apple a day')).toBe('apple a day');
    expect(norm("Boss's-son")).toBe('boss son');
    expect(norm("Bob'so")).toBe('bob so');
  });

  it('rounds like Python (ties to even on exact binary ties)', () => {
    expect(round3(0.0625)).toBe(0.062);
    expect(round3(0.1875)).toBe(0.188);
    expect(round3(2 / 3)).toBe(0.667);
    expect(round3(0.8)).toBe(0.8);
    expect(round3(0)).toBe(0);
  });
});

describe('scoreArticles on hand-made cases', () => {
  const golds = readGoldDir(path.join(scorerFixture, 'gold'));
  const predicted = readPredicted(path.join(scorerFixture, 'predicted.json'));

  it('counts relations: duplicates once, symmetric and inverse matches, optional golds', () => {
    const { articles } = scoreArticles(golds, predicted);
    const a = articles.find((r) => r.file === 'a.txt');
    // 6 relations, one exact duplicate → 5 predicted; MEET both ways, SOLD_TO (inverse), BUILD
    // (optional gold) are correct; VISITED Bergen is not.
    expect(a).toMatchObject({ rel_pred: 5, rel_correct: 4, rel_gold: 3, rel_found: 2, qual_total: 1, qual_hits: 1 });
    expect(a?.missed).toEqual(['Maria Lind -lead-> Nordvik Energy']);
    expect(a?.wrong).toEqual(['Maria Lind -VISITED-> Bergen']);
  });

  it('counts named entities only, with type groups', () => {
    const { articles } = scoreArticles(golds, predicted);
    const a = articles.find((r) => r.file === 'a.txt');
    // 6 named predictions (OTHER excluded); Bergen is wrong; Harbor Grid typed GPE is the one type error.
    expect(a).toMatchObject({ ent_pred: 6, ent_correct: 5, ent_gold: 5, ent_found: 5, type_right: 4 });
    expect(a?.ent_wrong).toEqual(['Bergen']);
    const b = articles.find((r) => r.file === 'b.txt');
    expect(b).toMatchObject({ rel_pred: 0, rel_gold: 1, ent_gold: 2, ent_found: 0 });
    expect(b?.ent_missed).toEqual(['Norway', 'Oslo']);
  });

  it('summarises micro-averaged precision, recall and F1', () => {
    const { summary } = scoreArticles(golds, predicted);
    // relations: P = 4/5, R = 2/4, F1 = 2·0.8·0.5/1.3; entities: P = 5/6, R = 5/7.
    expect(summary).toEqual({
      articles: 2,
      articles_paired: 1,
      relation_precision: 0.8,
      relation_recall: 0.5,
      relation_f1: 0.615,
      entity_precision: 0.833,
      entity_recall: 0.714,
      entity_f1: 0.769,
      entity_type_accuracy: 0.8,
      qualifier_recall: 1,
    });
  });

  it('matches the gold alias nearest the end of a predicted string', () => {
    const gold: GoldArticle = {
      file: 'c.txt',
      entities: [
        { name: 'Norway', type: 'GPE', aliases: [] },
        { name: 'Nordvik Energy', type: 'ORGANIZATION', aliases: ['Nordvik'] },
      ],
      relations: [{ s: 'Nordvik Energy', p: ['base', 'located'], o: 'Norway' }],
    };
    const pred: ArticleExtractionLike = {
      source: 'c.txt',
      entities: [
        { id: 'x', name: "Norway's Nordvik", type: 'ORG' },
        { id: 'y', name: 'offices in Norway', type: 'GPE' },
      ],
      relations: [{ subject: 'x', predicate: 'LOCATED_IN', object: 'y' }],
    };
    const { summary, articles } = scoreArticles([gold], [pred]);
    expect(articles[0]).toMatchObject({ ent_correct: 2, type_right: 2, rel_correct: 1, rel_found: 1 });
    expect(summary.relation_f1).toBe(1);
  });

  it('needs the predicate words of one side to contain the other', () => {
    const gold: GoldArticle = {
      file: 'd.txt',
      entities: [
        { name: 'Ana Ruiz', type: 'PERSON', aliases: ['Ruiz'] },
        { name: 'Lumen Labs', type: 'ORGANIZATION', aliases: [] },
      ],
      relations: [{ s: 'Ana Ruiz', p: ['hold talks'], o: 'Lumen Labs' }],
    };
    const rel = (predicate: string): ArticleExtractionLike => ({
      source: 'x/d.txt',
      entities: [
        { id: 'a', name: 'Ruiz', type: 'PERSON' },
        { id: 'b', name: 'Lumen Labs', type: 'ORGANIZATION' },
      ],
      relations: [{ subject: 'a', predicate, object: 'b' }],
    });
    expect(scoreArticles([gold], [rel('HOLD_TALKS_WITH')]).articles[0]?.rel_found).toBe(1);
    expect(scoreArticles([gold], [rel('TALKS')]).articles[0]?.rel_found).toBe(1);
    expect(scoreArticles([gold], [rel('HOLD_SECRET_TALKS')]).articles[0]?.rel_found).toBe(1);
    expect(scoreArticles([gold], [rel('HOLD_SHARES_IN')]).articles[0]?.rel_found).toBe(0);
    expect(scoreArticles([gold], [rel('OF')]).articles[0]?.rel_correct).toBe(0);
  });

  it('rejects an empty gold set with a NewsgraphError', () => {
    expect(() => scoreArticles([], [])).toThrow(/expected at least one gold article/);
  });
});

/* ───────── cross-check against the shared Python scorer ───────── */

function hasPython(): boolean {
  return spawnSync('python3', ['--version']).status === 0;
}

const canCrossCheck = existsSync(sharedScorer) && hasPython();

function runPython(goldDir: string, predictedFile: string): unknown {
  const out = execFileSync('python3', [sharedScorer, goldDir, predictedFile, '--json'], { encoding: 'utf8' });
  return JSON.parse(out);
}

/** Small deterministic PRNG (mulberry32) so perturbed predictions are reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DECORATIONS = ['', 'the ', "'s", ' chief', 'new ', ' office', 'Mr. ', ' (ABC)'];
const TYPES = ['PERSON', 'ORGANIZATION', 'ORG', 'GPE', 'LOCATION', 'FACILITY', 'EVENT', 'OTHER', 'WEAPON'];
const NOISE_PREDICATES = ['SAY', 'MEET', 'LOCATED_IN', 'HAS_ROLE', 'ANNOUNCED', 'of', 'WAS_BORN_IN', 'TALKS'];

/** Predictions built from the gold by random perturbation: aliases, decorations, swaps, noise. */
function perturb(golds: readonly GoldArticle[], seed: number): ArticleExtractionLike[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  return golds.flatMap((g) => {
    if (r() < 0.1) return [];
    const entities = g.entities
      .filter(() => r() < 0.85)
      .map((e, i) => {
        const base = pick([e.name, ...(e.aliases ?? [])]);
        const deco = pick(DECORATIONS);
        const name = deco.startsWith("'") || deco.startsWith(' ') ? base + deco : deco + base;
        return { id: `e${i}`, name: r() < 0.1 ? name.toUpperCase() : name, type: r() < 0.7 ? e.type : pick(TYPES), aliases: r() < 0.3 ? [pick([e.name, ...(e.aliases ?? [])])] : [] };
      });
    entities.push({ id: 'n1', name: 'Unrelated Person', type: 'PERSON', aliases: [] });
    const byName = new Map(entities.map((e) => [e.name, e.id]));
    const ids = entities.map((e) => e.id);
    const idFor = (name: string): string => {
      const direct = byName.get(name);
      if (direct !== undefined && r() < 0.5) return direct;
      return pick(ids);
    };
    const relations: Record<string, unknown>[] = [];
    for (const rel of g.relations) {
      if (r() < 0.35) continue;
      const inverse = rel.inverse !== undefined && r() < 0.5;
      const swap = inverse || r() < 0.15;
      const s = idFor(rel.s);
      const o = idFor(rel.o);
      const predicate = inverse ? pick(rel.inverse ?? []) : r() < 0.8 ? pick(rel.p) : pick(NOISE_PREDICATES);
      const qualifiers: Record<string, string> = {};
      if (rel.qualifier !== undefined && r() < 0.6) qualifiers.at = `near ${rel.qualifier}`;
      if (r() < 0.2) qualifiers.date = '2024-05-01';
      const out = { subject: swap ? o : s, predicate: predicate.toUpperCase().replace(/ /g, '_'), verb: predicate.split(' ')[0] ?? '', object: swap ? s : o, qualifiers };
      relations.push(out);
      if (r() < 0.15) relations.push({ ...out });
    }
    for (let k = 0; k < 3; k++) relations.push({ subject: pick(ids), predicate: pick(NOISE_PREDICATES), object: pick(ids), qualifiers: {} });
    relations.push({ subject: { name: g.entities[0]?.name ?? 'x' }, predicate: 'MENTION', object: 'free text object' });
    return [{ id: `art-${g.file}`, source: `/somewhere/${g.file}`, entities, relations }];
  });
}

describe.skipIf(!canCrossCheck)('agrees with ../shared/eval/score.py', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'newsgraph-score-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('on the hand-made scorer fixture', () => {
    const py = runPython(path.join(scorerFixture, 'gold'), path.join(scorerFixture, 'predicted.json'));
    const ts = scoreArticles(readGoldDir(path.join(scorerFixture, 'gold')), readPredicted(path.join(scorerFixture, 'predicted.json')));
    expect(ts).toEqual(py);
  });

  it.each([1, 2, 3, 4, 5, 6])('on perturbed predictions over the dev set (seed %i)', (seed) => {
    const golds = readGoldDir(devDir);
    const predicted = perturb(golds, seed);
    const file = path.join(tmp, `pred-${seed}.json`);
    writeFileSync(file, JSON.stringify({ articles: predicted }));
    const py = runPython(devDir, file);
    expect(scoreArticles(golds, predicted)).toEqual(py);
  });

  it.skipIf(!existsSync(path.join(repoRoot, '../shared/eval/gold')))('on perturbed predictions over the shared gold', () => {
    const goldDir = path.join(repoRoot, '../shared/eval/gold');
    const golds = readGoldDir(goldDir);
    const predicted = perturb(golds, 99);
    const file = path.join(tmp, 'pred-shared.json');
    writeFileSync(file, JSON.stringify({ articles: predicted }));
    expect(scoreArticles(golds, predicted)).toEqual(runPython(goldDir, file));
  });
});
