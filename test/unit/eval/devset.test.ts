import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, Article } from '../../../src/model/types.js';
import { type GoldArticle, readGoldDir, scoreArticles } from '../../helpers/score.js';

/**
 * Regression floors for the in-process extractor on the dev set (micro-averaged F1 from
 * test/helpers/score.ts). Kept at 0.0 until the extractor lands; the integrator raises them
 * to the level reached (minus a small margin) so quality cannot silently drop.
 *
 * The floors were set on the original 26 articles and are checked on exactly those files.
 * Articles 27-42 (issue 11: courts, sport, entertainment, science, technology, local
 * politics) were added later with gold written before any extraction run; the current
 * extractor scores lower on them, so they stay out of the floor until the new extractor lands
 * and the floor is re-set over the whole set. The format checks above cover every article.
 */
const DEV_RELATION_F1_FLOOR = 0.71;
const DEV_ENTITY_F1_FLOOR = 0.94;
const FLOOR_FILES: ReadonlySet<string> = new Set([
  '01_brewery_takeover.txt', '02_chipmaker_layoffs.txt', '03_football_transfer.txt', '04_tennis_final.txt',
  '05_marathon_record.txt', '06_lunar_probe.txt', '07_coral_study.txt', '08_malaria_vaccine.txt',
  '09_hospital_outbreak.txt', '10_fraud_trial.txt', '11_port_smuggling.txt', '12_court_ruling.txt',
  '13_mayoral_election.txt', '14_coalition_talks.txt', '15_offshore_wind.txt', '16_gas_deal.txt',
  '17_river_floods.txt', '18_climate_fund.txt', '19_ai_startup.txt', '20_ransomware_attack.txt',
  '21_film_festival.txt', '22_museum_restitution.txt', '23_rail_strike.txt', '24_aircraft_order.txt',
  '25_rice_export_ban.txt', '26_farmers_protest.txt',
]);

const devDir = fileURLToPath(new URL('../../fixtures/eval/', import.meta.url));
const GOLD_TYPES = new Set(['PERSON', 'ORGANIZATION', 'GPE', 'LOCATION', 'FACILITY', 'WEAPON', 'VEHICLE', 'OTHER']);
const RELATION_KEYS = new Set(['s', 'p', 'o', 'symmetric', 'inverse', 's_alt', 'o_alt', 'qualifier', 'optional']);

const golds: GoldArticle[] = readGoldDir(devDir);

function articleText(gold: GoldArticle): string {
  return readFileSync(path.join(devDir, gold.file), 'utf8');
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

describe('dev evaluation set', () => {
  it('has at least 42 articles, each with a gold file', () => {
    const texts = readdirSync(devDir).filter((n) => n.endsWith('.txt'));
    expect(golds.length).toBeGreaterThanOrEqual(42);
    expect(texts.sort()).toEqual(golds.map((g) => g.file).sort());
  });

  describe.each(golds.map((g) => [g.file, g] as const))('%s', (file, gold) => {
    it('is named after its article and the article has the corpus format', () => {
      expect(existsSync(path.join(devDir, file))).toBe(true);
      expect(file).toMatch(/^\d{2}_[a-z0-9_]+\.txt$/);
      const lines = articleText(gold).split('\n');
      expect(lines[0]?.trim().length).toBeGreaterThan(10);
      expect(lines[1]).toMatch(/^date \d{4}-\d{2}-\d{2}$/);
      expect(lines[2]).toBe('');
      const words = wordCount(lines.slice(3).join(' '));
      expect(words).toBeGreaterThanOrEqual(120);
      expect(words).toBeLessThanOrEqual(300);
    });

    it('has unique, typed entities whose names occur in the text', () => {
      const text = articleText(gold).toLowerCase();
      const names = gold.entities.map((e) => e.name);
      expect(new Set(names).size).toBe(names.length);
      for (const e of gold.entities) {
        expect(GOLD_TYPES.has(e.type), `${e.name}: type ${e.type}`).toBe(true);
        const surface = [e.name, ...(e.aliases ?? [])].map((a) => a.toLowerCase().replace(/['’]s$/, ''));
        expect(surface.some((a) => text.includes(a)), `${e.name} (or an alias) occurs in the text`).toBe(true);
      }
    });

    it('has relations that name entities of the gold', () => {
      const names = new Set(gold.entities.map((e) => e.name));
      const required = gold.relations.filter((r) => !r.optional);
      expect(required.length).toBeGreaterThanOrEqual(6);
      expect(required.length).toBeLessThanOrEqual(14);
      for (const r of gold.relations) {
        const label = `${r.s} -${r.p[0] ?? '?'}-> ${r.o}`;
        expect(Object.keys(r).filter((k) => !RELATION_KEYS.has(k)), label).toEqual([]);
        expect(names.has(r.s), `${label}: subject`).toBe(true);
        expect(names.has(r.o), `${label}: object`).toBe(true);
        expect(r.s === r.o, `${label}: subject differs from object`).toBe(false);
        for (const alt of [...(r.s_alt ?? []), ...(r.o_alt ?? [])]) expect(names.has(alt), `${label}: alt ${alt}`).toBe(true);
        if (r.qualifier !== undefined) expect(names.has(r.qualifier), `${label}: qualifier`).toBe(true);
        expect(r.p.length, `${label}: predicates`).toBeGreaterThan(0);
        expect(r.p.every((p) => typeof p === 'string' && p.trim() !== '')).toBe(true);
      }
    });
  });
});

interface ExtractorModules {
  parseArticleText: (raw: string, source: string) => Article;
  buildArticleExtraction: (article: Article, options: { minConfidence: number }) => ArticleExtraction | Promise<ArticleExtraction>;
}

async function loadExtractor(): Promise<ExtractorModules> {
  // Loaded lazily so the well-formedness checks above run even while these modules are in progress.
  const sources = (await import('../../../src/sources/parseArticleText.js')) as unknown as Pick<ExtractorModules, 'parseArticleText'>;
  const resolution = (await import('../../../src/resolution/buildArticleExtraction.js')) as unknown as Pick<
    ExtractorModules,
    'buildArticleExtraction'
  >;
  return { parseArticleText: sources.parseArticleText, buildArticleExtraction: resolution.buildArticleExtraction };
}

describe('extraction quality on the dev set (regression guard)', () => {
  it(`keeps relation F1 ≥ ${DEV_RELATION_F1_FLOOR} and entity F1 ≥ ${DEV_ENTITY_F1_FLOOR} on the original ${FLOOR_FILES.size} articles`, async () => {
    const floorGolds = golds.filter((g) => FLOOR_FILES.has(g.file));
    expect(floorGolds.map((g) => g.file).sort()).toEqual([...FLOOR_FILES].sort());
    const { parseArticleText, buildArticleExtraction } = await loadExtractor();
    const predicted: ArticleExtraction[] = [];
    for (const gold of floorGolds) {
      const source = path.join(devDir, gold.file);
      const article = parseArticleText(readFileSync(source, 'utf8'), source);
      predicted.push(await buildArticleExtraction(article, { minConfidence: 0 }));
    }
    const { summary } = scoreArticles(floorGolds, predicted);
    expect(summary.articles_paired).toBe(floorGolds.length);
    expect(summary.relation_f1).toBeGreaterThanOrEqual(DEV_RELATION_F1_FLOOR);
    expect(summary.entity_f1).toBeGreaterThanOrEqual(DEV_ENTITY_F1_FLOOR);
  });
});
