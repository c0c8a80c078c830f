/**
 * The /explore page in a real headless Chromium against the real server and embedded store.
 *
 * Data: the repo's demo corpus (when `corpus/` has articles and the pipeline is complete) plus
 * a few hand-made ArticleGraphs with invented names, one of them hostile markup, so the XSS
 * checks always have something to bite on.
 *
 * The browser part is skipped (with a message) when no Chromium is found at CHROMIUM_PATH or
 * /usr/bin/chromium; `scripts/install-browser.sh` installs it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_CSP } from '../../src/explorer/handleExplorerRequest.js';
import type { ArticleGraph, EntityType, GraphEntity, GraphFact } from '../../src/model/types.js';
import { entityKey, factKey, shortHash } from '../../src/resolution/keys.js';
import { startServer, type RunningServer } from '../../src/server/startServer.js';
import type { GraphStore } from '../../src/store/GraphStore.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) {
  console.warn(`[explorer e2e] skipping the browser tests: no Chromium at ${CHROMIUM} (run scripts/install-browser.sh or set CHROMIUM_PATH)`);
}
const CORPUS_DIR = path.resolve('corpus');
const SCREENSHOT = path.resolve('test-output/explorer.png');

/* ───────────── hand-made fixtures (invented names) ───────────── */

const HOSTILE = '<img src=x onerror="window.__xss=1">';
const HOSTILE_TITLE = 'Grid deal <script>window.__xss=2</script>';
const CENTRE = 'Aldermoor Grid Authority';

interface FactSpec {
  subject: string;
  predicate: string;
  verb: string;
  object: string;
  sentence: string;
  qualifiers?: Record<string, string>;
}

function articleGraph(id: string, title: string, entities: [string, EntityType, number][], facts: FactSpec[]): ArticleGraph {
  const text = facts.map((f) => f.sentence).join(' ');
  const graphEntities: GraphEntity[] = entities.map(([name, type, mentions]) => ({ key: entityKey(name), name, type, aliases: [], mentions }));
  const graphFacts: GraphFact[] = facts.map((f) => {
    const start = text.indexOf(f.sentence);
    return {
      key: factKey(entityKey(f.subject), f.predicate, entityKey(f.object), false),
      subject: entityKey(f.subject),
      predicate: f.predicate,
      verb: f.verb,
      object: entityKey(f.object),
      qualifiers: f.qualifiers ?? {},
      confidence: 0.8,
      negated: false,
      modality: 'asserted',
      evidence: [{ sentence: f.sentence, start, end: start + f.sentence.length }],
    };
  });
  return {
    article: { id, title, source: `fixtures/${id}.txt`, publishedAt: '2024-05-10', hash: shortHash(id + text) },
    text,
    entities: graphEntities,
    facts: graphFacts,
  };
}

const FACTS: FactSpec[] = [
  {
    subject: 'Velloran Power',
    predicate: 'PROVIDE',
    verb: 'supply',
    object: CENTRE,
    sentence: `Velloran Power will supply turbines to the ${CENTRE}.`,
  },
  {
    subject: 'Ilse Marwick',
    predicate: 'MEET',
    verb: 'meet',
    object: CENTRE,
    sentence: `Ilse Marwick met ${CENTRE} officials in Kestrel Bay.`,
    qualifiers: { at: 'Kestrel Bay' },
  },
  { subject: HOSTILE, predicate: 'CRITICIZE', verb: 'criticize', object: CENTRE, sentence: `${HOSTILE} criticized the ${CENTRE}.` },
];
/** A hub with more neighbours than the explorer draws one by one, each with two of its own. */
const HUB = 'Corvane Harbour Council';
const HUB_TYPES: EntityType[] = ['PERSON', 'ORGANIZATION', 'GPE', 'FACILITY'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tus', 'va', 'dor', 'li', 'sen'];
const inventedName = (i: number, suffix: string): string =>
  `${SYLLABLES[i % 9]![0]!.toUpperCase()}${SYLLABLES[i % 9]!.slice(1)}${SYLLABLES[Math.floor(i / 9) % 9]} ${suffix}`;
const HUB_NEIGHBOURS = Array.from({ length: 45 }, (_, i) => ({ name: inventedName(i, 'Velmar'), type: HUB_TYPES[i % HUB_TYPES.length]! }));
function hubArticles(): ArticleGraph[] {
  return HUB_NEIGHBOURS.map((n, i) => {
    const far = [inventedName(i, 'Ostrel'), inventedName(i, 'Quenby')];
    return articleGraph(
      `explorer-hub-${i}`,
      `Council talks ${i}`,
      [
        [HUB, 'ORGANIZATION', 3],
        [n.name, n.type, 1 + (i % 5)],
        [far[0]!, 'PERSON', 1],
        [far[1]!, 'ORGANIZATION', 1],
      ],
      [
        { subject: n.name, predicate: 'MEET', verb: 'meet', object: HUB, sentence: `${n.name} met the ${HUB} on Tuesday.` },
        { subject: far[0]!, predicate: 'SUPPORT', verb: 'support', object: n.name, sentence: `${far[0]} supported ${n.name}.` },
        { subject: n.name, predicate: 'SIGN', verb: 'sign', object: far[1]!, sentence: `${n.name} signed a deal with ${far[1]}.` },
      ],
    );
  });
}

const FIXTURES: ArticleGraph[] = [
  ...hubArticles(),
  articleGraph(
    'explorer-fixture-1',
    HOSTILE_TITLE,
    [
      [CENTRE, 'ORGANIZATION', 4],
      ['Velloran Power', 'ORGANIZATION', 2],
      ['Ilse Marwick', 'PERSON', 2],
      [HOSTILE, 'ORGANIZATION', 1],
    ],
    FACTS,
  ),
];

/* ───────────── store and server ───────────── */

interface Harness {
  store: GraphStore;
  server: RunningServer;
  base: string;
  dir: string;
  corpusIngested: boolean;
}

async function openHarness(): Promise<Harness> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-explorer-'));
  const { openEmbeddedStore } = await import('../../src/store/memory/EmbeddedStore.js');
  const store = await openEmbeddedStore(path.join(dir, 'store'));
  let corpusIngested = false;
  const corpusFiles = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((f) => !f.startsWith('.')) : [];
  if (corpusFiles.length > 0) {
    try {
      const { ingestSources } = await import('../../src/pipeline.js');
      const summary = await ingestSources(store, ['corpus']);
      corpusIngested = (summary.store?.relations ?? 0) > 0;
    } catch (error) {
      console.warn(`[explorer e2e] corpus not ingested (${error instanceof Error ? error.message : String(error)}); using fixtures only`);
    }
  }
  await store.upsertArticles(FIXTURES);
  const server = await startServer({ store, port: 0 });
  return { store, server, base: server.url.replace(/\/graphql$/, ''), dir, corpusIngested };
}

let harness: Harness;

beforeAll(async () => {
  harness = await openHarness();
});

afterAll(async () => {
  await harness?.server.close();
  await harness?.store.close();
  if (harness) await rm(harness.dir, { recursive: true, force: true });
});

/* ───────────── HTTP: assets, headers, routing ───────────── */

describe('explorer assets over HTTP', () => {
  it('serves the page and its assets with content types, CSP and caching headers', async () => {
    const expected: [string, RegExp, RegExp][] = [
      ['/explore', /^text\/html; charset=utf-8$/, /^no-cache$/],
      ['/explore/', /^text\/html; charset=utf-8$/, /^no-cache$/],
      ['/explore/explorer.js', /^text\/javascript; charset=utf-8$/, /^no-cache$/],
      ['/explore/explorer.css', /^text\/css; charset=utf-8$/, /^no-cache$/],
      ['/explore/vendor/cytoscape.min.js', /^text\/javascript; charset=utf-8$/, /max-age=\d+/],
    ];
    for (const [route, type, cache] of expected) {
      const res = await fetch(harness.base + route);
      expect(res.status, route).toBe(200);
      expect(res.headers.get('content-type'), route).toMatch(type);
      expect(res.headers.get('cache-control'), route).toMatch(cache);
      expect(res.headers.get('content-security-policy'), route).toBe(EXPLORER_CSP);
      expect(res.headers.get('x-content-type-options'), route).toBe('nosniff');
      const body = await res.text();
      expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(body));
    }
    expect(EXPLORER_CSP).toMatch(/default-src 'self'/);
    expect(EXPLORER_CSP).not.toMatch(/unsafe-inline|unsafe-eval/);

    const html = await (await fetch(`${harness.base}/explore`)).text();
    expect(html).toContain('src="/explore/vendor/cytoscape.min.js"');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline scripts
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline handlers
    expect(html).not.toMatch(/https?:\/\//); // nothing from other origins
  });

  it('answers conditional requests with 304 and refuses other methods', async () => {
    const first = await fetch(`${harness.base}/explore/explorer.js`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${harness.base}/explore/explorer.js`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const head = await fetch(`${harness.base}/explore`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await fetch(`${harness.base}/explore`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect(await post.text()).toMatch(/expects GET or HEAD, found POST/);
  });

  it('leaves other paths to the server', async () => {
    const unknown = await fetch(`${harness.base}/explore/../../package.json`);
    expect(unknown.status).toBe(404);
    const sibling = await fetch(`${harness.base}/explore/secret.txt`);
    expect(sibling.status).toBe(404);
    expect(sibling.headers.get('content-type')).toMatch(/application\/json/);
    const graphql = await fetch(harness.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    expect(graphql.status).toBe(200);
    const stats = (await graphql.json()) as { data: { stats: { articles: number } } };
    expect(stats.data.stats.articles).toBeGreaterThanOrEqual(FIXTURES.length);
  });
});

/* ───────────── the page in Chromium ───────────── */

interface PageProblems {
  errors: string[];
}

function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { errors: [] };
  page.on('pageerror', (error) => problems.errors.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.errors.push(`console: ${msg.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.errors.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('dialog', (dialog) => {
    problems.errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

async function waitForGraph(page: Page, centre: string): Promise<void> {
  await page.waitForFunction(
    (name) => {
      const ex = (window as unknown as { __explorer?: { ready: boolean; current: string | null; nodeCount(): number } }).__explorer;
      return Boolean(ex && ex.ready && ex.current === name && ex.nodeCount() > 1);
    },
    centre,
    { timeout: 10_000 },
  );
}

/** Centres the viewport on an element (away from the overlays) and returns its page coordinates. */
async function screenPointOf(page: Page, selector: { edgePredicate?: string; nodeName?: string }): Promise<{ x: number; y: number }> {
  return page.evaluate((sel) => {
    interface Pos {
      x: number;
      y: number;
    }
    interface Box {
      x1: number;
      x2: number;
      y1: number;
      y2: number;
    }
    interface El {
      id(): string;
      data(field: string): string;
      renderedMidpoint(): Pos;
      renderedPosition(): Pos;
      renderedBoundingBox(opts: { includeLabels: boolean }): Box;
      source(): El;
      target(): El;
      shift(d: Pos): void;
    }
    interface Cy {
      center(el: unknown): void;
      zoom(): number;
      edges(): { filter(fn: (e: El) => boolean): El[] };
      nodes(): El[] & { filter(fn: (e: El) => boolean): El[] };
      container(): HTMLElement;
    }
    const cy = (window as unknown as { __explorer: { cy: Cy } }).__explorer.cy;
    const el = sel.edgePredicate
      ? cy.edges().filter((e) => e.data('predicate') === sel.edgePredicate)[0]
      : cy.nodes().filter((n) => n.data('name') === sel.nodeName)[0];
    if (!el) throw new Error(`no element for ${JSON.stringify(sel)}`);
    cy.center(el);
    const p = sel.edgePredicate ? el.renderedMidpoint() : el.renderedPosition();
    if (sel.edgePredicate) {
      // a node drawn over the edge's midpoint would take the click: move it out of the way
      const ends = new Set([el.source().id(), el.target().id()]);
      for (const node of cy.nodes()) {
        const b = node.renderedBoundingBox({ includeLabels: false });
        if (!ends.has(node.id()) && p.x >= b.x1 - 4 && p.x <= b.x2 + 4 && p.y >= b.y1 - 4 && p.y <= b.y2 + 4) {
          node.shift({ x: 0, y: (b.y2 - b.y1 + 40) / cy.zoom() });
        }
      }
    }
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, selector);
}

describe.skipIf(!HAS_CHROMIUM)('explorer page in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      timeout: 20_000,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000);
    problems = watchProblems(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('searches, draws the neighbourhood, shows evidence on edge click, renders hostile names as text', async () => {
    await page.goto(`${harness.base}/explore`);
    const input = page.locator('#search-input');
    await input.pressSequentially('aldermoor', { delay: 15 });
    const suggestion = page.locator('#suggestions [role="option"]', { hasText: CENTRE });
    await suggestion.first().click();
    await waitForGraph(page, CENTRE);

    const hash = await page.evaluate(() => new URLSearchParams(window.location.hash.slice(1)).get('entity'));
    expect(hash).toBe(CENTRE);
    const drawn = await page.evaluate(() => {
      const ex = (window as unknown as { __explorer: { nodeCount(): number; edgeCount(): number } }).__explorer;
      return { nodes: ex.nodeCount(), edges: ex.edgeCount() };
    });
    const touching = FACTS.filter((f) => f.subject === CENTRE || f.object === CENTRE);
    expect(drawn.nodes).toBe(1 + touching.length);
    expect(drawn.edges).toBe(touching.length);
    await expect.poll(() => page.locator('#entity-name').textContent()).toBe(CENTRE);
    // legend lists exactly the drawn types
    const legendTypes = await page.locator('#legend .legend-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-type')).sort());
    expect(legendTypes).toEqual(['ORGANIZATION', 'PERSON']);

    // a real mouse click on the edge stated by the hostile entity
    const hostileFact = FACTS.find((f) => f.subject === HOSTILE)!;
    const point = await screenPointOf(page, { edgePredicate: hostileFact.predicate });
    await page.mouse.click(point.x, point.y);
    const sentence = page.locator('#facts-list .evidence-sentence').first();
    await expect.poll(() => sentence.textContent(), { timeout: 5_000 }).toBe(hostileFact.sentence);
    expect(await page.locator('#facts-list .evidence-title').first().textContent()).toBe(HOSTILE_TITLE);
    expect(await page.locator('#facts-list .evidence-article').first().textContent()).toContain('explorer-fixture-1');
    expect(await page.locator('#facts-list .fact-entity').first().textContent()).toBe(HOSTILE);

    await page.evaluate(() => {
      // braces: cy.fit returns cy, which must not be serialised back
      (window as unknown as { __explorer: { cy: { fit(els?: unknown, padding?: number): void } } }).__explorer.cy.fit(undefined, 40);
    });
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    // nothing was injected: no <img>, only our two scripts, the payload never ran
    const injected = await page.evaluate(() => ({
      imgs: document.querySelectorAll('img').length,
      scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src')),
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
    }));
    expect(injected).toEqual({ imgs: 0, scripts: ['/explore/vendor/cytoscape.min.js', '/explore/explorer.js'], xss: null });
  }, 40_000);

  it('recentres on a clicked node, follows the depth slider and the predicate filter, and keeps the hash', async () => {
    const point = await screenPointOf(page, { nodeName: HOSTILE });
    await page.mouse.click(point.x, point.y);
    await waitForGraph(page, HOSTILE);
    expect(await page.locator('#entity-name').textContent()).toBe(HOSTILE);
    expect(await page.evaluate(() => new URLSearchParams(window.location.hash.slice(1)).get('entity'))).toBe(HOSTILE);
    const counts = (): Promise<{ nodes: number; visibleEdges: number }> =>
      page.evaluate(() => {
        const ex = (window as unknown as { __explorer: { nodeCount(): number; cy: { edges(sel: string): { length: number } } } }).__explorer;
        return { nodes: ex.nodeCount(), visibleEdges: ex.cy.edges(':visible').length };
      });
    expect((await counts()).nodes).toBe(2);

    await page.locator('#depth-input').fill('2');
    await expect.poll(async () => (await counts()).nodes, { timeout: 10_000 }).toBe(new Set(FACTS.flatMap((f) => [f.subject, f.object])).size);
    expect(await page.locator('#depth-value').textContent()).toBe('2');

    const before = (await counts()).visibleEdges;
    const predicates = await page.locator('#predicate-list input[type="checkbox"]').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(predicates).toEqual([...new Set(FACTS.map((f) => f.predicate))].sort());
    await page.locator('#predicate-list input[value="MEET"]').uncheck();
    await expect.poll(async () => (await counts()).visibleEdges, { timeout: 10_000 }).toBe(before - FACTS.filter((f) => f.predicate === 'MEET').length);
    await page.locator('#predicate-list input[value="MEET"]').check();
    await expect.poll(async () => (await counts()).visibleEdges, { timeout: 10_000 }).toBe(before);

    expect(problems.errors).toEqual([]);
    // an unknown name is reported, as text, without breaking the page
    const missing = 'No such <b>entity</b> 7f3a';
    await page.goto(`${harness.base}/explore#entity=${encodeURIComponent(missing)}`);
    await page.waitForFunction(() => document.getElementById('cy')?.getAttribute('data-state') === 'error');
    expect(await page.locator('#status').textContent()).toContain(missing);
    expect(await page.locator('#status b').count()).toBe(0);
    problems.errors.length = 0; // the NOT_FOUND answer is an expected GraphQL error, not a page problem

    // a bookmarked URL opens straight on its entity
    await page.goto(`${harness.base}/explore#entity=${encodeURIComponent('Velloran Power')}`);
    await waitForGraph(page, 'Velloran Power');
    expect(await page.locator('#search-input').inputValue()).toBe('Velloran Power');

    // suggestions show hostile names as text too
    await page.locator('#search-input').fill('<img');
    const hostileOption = page.locator('#suggestions .suggestion-name', { hasText: HOSTILE });
    expect(await hostileOption.first().textContent()).toBe(HOSTILE);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(problems.errors).toEqual([]);
  }, 40_000);

  it.skipIf(!existsSync(CORPUS_DIR))('draws an entity of the demo corpus', async (ctx) => {
    if (!harness.corpusIngested) {
      console.warn('[explorer e2e] demo corpus not ingested; skipping the corpus check');
      ctx.skip();
      return;
    }
    // the subject of the first stored fact that does not come from the fixtures
    const fixtureFacts = new Set(FIXTURES.flatMap((g) => g.facts.map((f) => f.key)));
    let name: string | null = null;
    for await (const fact of harness.store.iterateFacts()) {
      if (fixtureFacts.has(fact.key) || fact.subject === fact.object) continue;
      name = (await harness.store.getEntity(fact.subject))?.name ?? null;
      if (name) break;
    }
    expect(name).not.toBeNull();
    await page.goto(`${harness.base}/explore#entity=${encodeURIComponent(name!)}`);
    await waitForGraph(page, name!);
    expect(await page.locator('#entity-name').textContent()).toBe(name);

    // a real click on one of its edges shows that fact's stored evidence
    const edge = await page.evaluate(() => {
      const cy = (window as unknown as { __explorer: { cy: { edges(): { data(f: string): string }[] } } }).__explorer.cy;
      const first = cy.edges()[0]!;
      return { predicate: first.data('predicate'), factId: first.data('factId') };
    });
    const point = await screenPointOf(page, { edgePredicate: edge.predicate });
    await page.mouse.click(point.x, point.y);
    await page.locator('#facts-list .fact').first().waitFor({ state: 'visible', timeout: 5_000 });
    const shownFactIds = await page.locator('#facts-list .fact').evaluateAll((items) => items.map((i) => i.getAttribute('data-fact-id')));
    const clickedId = shownFactIds[0]!;
    const fact = await harness.store.getFact(clickedId);
    expect(fact).not.toBeNull();
    expect(fact!.predicate).toBe(edge.predicate);
    const sentences = await page.locator('#facts-list .fact').first().locator('.evidence-sentence').allTextContents();
    expect(sentences).toEqual(fact!.evidence.map((e) => e.sentence));
    await page.evaluate(() => {
      (window as unknown as { __explorer: { cy: { fit(els?: unknown, padding?: number): void } } }).__explorer.cy.fit(undefined, 40);
    });
    await page.screenshot({ path: SCREENSHOT.replace(/\.png$/, '-corpus.png') });
    expect(problems.errors).toEqual([]);
  }, 20_000);
  /** A fresh page that records errors and warnings (cytoscape warns on the console). */
  async function freshPage(): Promise<{ page: Page; problems: string[] }> {
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    fresh.setDefaultTimeout(10_000);
    const problems: string[] = [];
    fresh.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    fresh.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
    });
    return { page: fresh, problems };
  }

  it('opens on the most connected entities and recent articles, each a click away from its graph', async () => {
    const { page: landing, problems } = await freshPage();
    await landing.goto(`${harness.base}/explore`);
    await landing.locator('#start[data-ready="true"]').waitFor();
    expect(await landing.locator('#start').isVisible()).toBe(true);
    const top = await landing.locator('#top-entities .start-entity').evaluateAll((items) => items.map((i) => i.getAttribute('data-name')));
    expect(top.length).toBe(12);
    expect(top[0]).toBe(HUB); // 45 facts: more than any other entity
    const articles = landing.locator('#recent-articles .start-article');
    expect(await articles.count()).toBe(8);
    const dates = await landing.locator('#recent-articles .start-article-date').allTextContents();
    expect([...dates].sort().reverse()).toEqual(dates); // newest first
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await landing.screenshot({ path: SCREENSHOT.replace(/\.png$/, '-landing.png') });

    const chip = articles.first().locator('.chip').first();
    const chipName = (await chip.getAttribute('data-name'))!;
    await chip.click();
    await waitForGraph(landing, chipName);
    expect(await landing.locator('#start').isVisible()).toBe(false);
    // back to the landing view with the browser's back button
    await landing.goBack();
    await landing.locator('#start').waitFor({ state: 'visible' });
    await landing.locator('#top-entities .start-entity').first().click();
    await waitForGraph(landing, HUB);
    expect(problems).toEqual([]);
    await landing.close();
  }, 40_000);

  it('caps a large neighbourhood, groups the rest by type, hides edge labels until zoom or hover, keeps the legend off the graph', async () => {
    const { page: big, problems } = await freshPage();
    await big.goto(`${harness.base}/explore#entity=${encodeURIComponent(HUB)}`);
    await waitForGraph(big, HUB);
    await big.locator('#depth-input').fill('2');
    await big.waitForFunction(() => {
      const ex = (window as unknown as { __explorer: { ready: boolean; clusters(): unknown[] } }).__explorer;
      return ex.ready && document.getElementById('depth-value')?.textContent === '2' && ex.clusters().length > 0;
    });
    const view = await big.evaluate(() => {
      interface Ex {
        nodeCount(): number;
        clusters(): { type: string; size: number }[];
        edgeLabelShown(id: string): boolean;
        cy: { edges(sel?: string): { id(): string }[] & { length: number }; nodes(): { renderedBoundingBox(o: object): { x1: number; x2: number; y1: number; y2: number } }[]; container(): HTMLElement };
      }
      const ex = (window as unknown as { __explorer: Ex }).__explorer;
      const edges = ex.cy.edges(':visible').filter((e: { hasClass?(c: string): boolean }) => !(e as { hasClass(c: string): boolean }).hasClass('cluster-edge'));
      const legend = document.getElementById('legend')!.getBoundingClientRect();
      const graph = ex.cy.container().getBoundingClientRect();
      const outside = ex.cy.nodes().filter((n) => {
        const b = n.renderedBoundingBox({ includeLabels: false });
        return b.x1 < -1 || b.y1 < -1 || b.x2 > graph.width + 1 || b.y2 > graph.height + 1;
      }).length;
      return {
        drawn: ex.nodeCount(),
        clusters: ex.clusters(),
        labelled: edges.filter((e) => ex.edgeLabelShown(e.id())).length,
        edges: edges.length,
        firstEdge: edges[0]!.id(),
        legendBottom: legend.bottom,
        graphTop: graph.top,
        outside,
      };
    });
    const total = HUB_NEIGHBOURS.length * 3; // neighbours and their two each, within 2 hops
    expect(view.drawn).toBe(40);
    expect(view.clusters.reduce((n, c) => n + c.size, 0)).toBe(total + 1 - view.drawn);
    expect(view.clusters.map((c) => c.type)).toEqual([...new Set(view.clusters.map((c) => c.type))]);
    expect(view.edges).toBeGreaterThan(30);
    expect(view.labelled).toBe(0); // fitted to ~40 nodes, no edge label is drawn
    expect(view.legendBottom).toBeLessThanOrEqual(view.graphTop); // the legend sits above the graph
    expect(view.outside).toBe(0);
    expect(await big.locator('#status').textContent()).toMatch(/^40 entities \(\+\d+ grouped by type\), \d+ facts around “Corvane Harbour Council” \(depth 2\)$/);
    await big.screenshot({ path: SCREENSHOT.replace(/\.png$/, '-depth2.png') });

    // pointing at an edge shows its label (whichever edge is under the pointer); zooming in shows them all
    const point = await screenPointOf(big, { edgePredicate: 'MEET' });
    await big.mouse.move(point.x, point.y);
    const hovered = (): Promise<boolean[]> =>
      big.evaluate(() => {
        const ex = (window as unknown as { __explorer: { edgeLabelShown(i: string): boolean; cy: { edges(sel: string): { id(): string }[] } } }).__explorer;
        return ex.cy.edges('.hover').map((e) => ex.edgeLabelShown(e.id()));
      });
    await expect.poll(hovered).toContain(true);
    expect(await hovered()).not.toContain(false);
    await big.mouse.move(1, 1);
    await big.evaluate(() => {
      (window as unknown as { __explorer: { cy: { zoom(z: number): void } } }).__explorer.cy.zoom(2);
    });
    expect(await big.evaluate((id) => (window as unknown as { __explorer: { edgeLabelShown(i: string): boolean } }).__explorer.edgeLabelShown(id), view.firstEdge)).toBe(true);

    // a group lists its entities; picking one recentres the graph on it
    await big.evaluate(() => {
      (window as unknown as { __explorer: { cy: { fit(els?: unknown, padding?: number): void } } }).__explorer.cy.fit(undefined, 40);
    });
    const group = await big.evaluate(() => {
      const cy = (window as unknown as { __explorer: { cy: { nodes(sel: string): { renderedPosition(): { x: number; y: number } }[]; container(): HTMLElement } } }).__explorer.cy;
      const p = cy.nodes('.cluster')[0]!.renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await big.mouse.click(group.x, group.y);
    const member = big.locator('#cluster-list .chip').first();
    await member.waitFor();
    expect(await big.locator('#cluster-title').textContent()).toMatch(/^\d+ more .* entit(y|ies)$/);
    const memberName = (await member.getAttribute('data-name'))!;
    await member.click();
    await waitForGraph(big, memberName);
    expect(await big.locator('#cluster-panel').isVisible()).toBe(false);
    expect(problems).toEqual([]); // no wheel-sensitivity warning, no errors
    await big.close();
  }, 60_000);
});
