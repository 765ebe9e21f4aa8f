// The analyst UI end to end, in Debian's Chromium over a real server and SQLite store of the
// example corpus: the network renders and filters, an edge opens its evidence, the map shows
// events, a review decision persists across a reload, a re-extraction and a re-ingest, ingest
// from the UI works, and article text is shown as text, never run as HTML.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchChromium, ROOT, serveCorpus, type Served } from './browser.ts';
import { runIngest } from '../../src/cli/ingest-command.ts';
import type Sigma from 'sigma';
import type { AbstractGraph } from 'graphology-types';

/** The network view's handle on its renderer (web/src/views/NetworkView.tsx). */
declare global { interface Window { factiongraphNetwork?: { sigma: Sigma; graph: AbstractGraph<{ x: number; y: number }> } } }

let served: Served;
let browser: Browser;
let page: Page;

before(async () => {
  assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  served = await serveCorpus();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => { throw e; });
});
after(async () => { await browser?.close(); await served?.close(); });

const open = async (hash: string) => { await page.goto(`${served.url}/${hash}`); };
const attr = async (selector: string, name: string) => Number(await page.getAttribute(selector, name));

test('the network renders the actors of the example corpus', async () => {
  await open('#/network');
  await page.waitForSelector('[data-testid=network] canvas');
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=network]')?.getAttribute('data-nodes')) > 0);
  assert.ok(await attr('[data-testid=network]', 'data-nodes') >= 20);
  assert.ok(await attr('[data-testid=network]', 'data-edges') >= 20);
});

test('a filter changes what the network shows', async () => {
  const edges = await attr('[data-testid=network]', 'data-edges');
  await page.uncheck('[data-testid=filter-type-hostile_to]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=network]')?.getAttribute('data-edges')) < n, edges);
  const fewer = await attr('[data-testid=network]', 'data-edges');
  assert.ok(fewer > 0 && fewer < edges);
  await page.check('[data-testid=filter-type-hostile_to]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=network]')?.getAttribute('data-edges')) === n, edges);
});

test('clicking an edge opens its evidence sentences, linked to their article', async () => {
  // Click the point of an edge, inside the stage, that lies farthest from any actor.
  const point = await page.evaluate(() => {
    const { sigma, graph } = window.factiongraphNetwork!;
    const box = document.querySelector('[data-testid=network]')!.getBoundingClientRect();
    // (No named functions in here: tsx would wrap them in a helper the page does not have.)
    const nodes = graph.nodes().map((n) => sigma.graphToViewport(graph.getNodeAttributes(n)));
    let best = { x: 0, y: 0, clearance: 0 };
    graph.forEachEdge((_key, _attrs, source, target) => {
      const a = sigma.graphToViewport(graph.getNodeAttributes(source)), b = sigma.graphToViewport(graph.getNodeAttributes(target));
      for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) {
        const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
        if (p.x < 20 || p.y < 20 || p.x > box.width - 20 || p.y > box.height - 20) continue;
        const clearance = Math.min(...nodes.map((n) => Math.hypot(n.x - p.x, n.y - p.y)));
        if (clearance > best.clearance) best = { ...p, clearance };
      }
    });
    return { x: box.left + best.x, y: box.top + best.y };
  });
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(200);
  await page.mouse.click(point.x, point.y);
  await page.waitForSelector('[data-testid=edge-evidence]', { timeout: 5000 });
  await page.waitForSelector('[data-testid=evidence-sentence]', { timeout: 5000 });
  const sentences = await page.locator('[data-testid=evidence-sentence]').count();
  assert.ok(sentences >= 1);
  const link = page.locator('[data-testid=evidence-sentence] a[href^="#/reader/"]').first();
  await link.click();
  await page.waitForSelector('[data-testid=reader-text]');
  assert.ok((await page.textContent('[data-testid=reader-text]'))!.length > 200);
});

test('the map shows the events, clustered, and a marker opens an event with its evidence', async () => {
  await open('#/map');
  await page.waitForSelector('[data-testid=map-marker]');
  const counts = await page.locator('[data-testid=map-marker]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
  assert.ok(counts.reduce((a, b) => a + b, 0) >= 20, `markers hold ${counts.join('+')}`);
  await page.locator('[data-testid=map-marker]').first().click();
  await page.locator('[data-testid=map-event-item]').first().click().catch(() => undefined);
  await page.waitForSelector('[data-testid=event-detail]');
  assert.match((await page.textContent('[data-testid=event-detail]'))!, /\w+/);
});

test('a review decision persists across a reload, a re-extraction and a re-ingest, and the graph shows it', async () => {
  await open('#/review');
  await page.selectOption('[data-testid=review-kind]', 'claim');
  const item = page.locator('[data-testid=review-item]').first();
  await item.waitFor();
  const subject = (await item.getAttribute('data-subject'))!;
  await item.locator('[data-testid=review-reject]').click();
  await page.waitForSelector(`[data-testid=review-item][data-subject="${subject}"]`, { state: 'detached' });
  const inGraph = () => page.evaluate(async (s) => (await (await fetch('/api/graph?negated=true')).json()).edges
    .some((e: { evidence: Array<{ fingerprint: string }> }) => e.evidence.some((x) => `claim:${x.fingerprint}` === s)), subject);
  assert.equal(await inGraph(), false, 'a rejected claim is no evidence');

  const statusAfter = async () => {
    await page.reload();
    await page.click('[data-testid=review-status-reviewed]');
    const row = page.locator(`[data-testid=review-item][data-subject="${subject}"]`);
    await row.waitFor();
    return row.getAttribute('data-status');
  };
  assert.equal(await statusAfter(), 'rejected');
  await page.click('[data-testid=review-reextract]');
  await page.waitForSelector('[data-testid=review-message]:has-text("Re-extracted")', { timeout: 60000 });
  assert.equal(await statusAfter(), 'rejected');
  runIngest({ paths: [join(ROOT, 'examples')], db: served.db, maxMegabytes: 16, published: null }, new PassThrough(), new PassThrough());
  assert.equal(await statusAfter(), 'rejected');
  assert.equal(await inGraph(), false);
});

test('ingest from the UI: pasted text and dropped files, one line of outcome each, errors named', async () => {
  await open('#/ingest');
  await page.fill('[data-testid=ingest-text]', 'Al-Shabaab fighters attacked a Somali National Army base in Mahas, Hiiraan, on 3 May 2024. <img src=x onerror="window.pwned=1"><script>window.pwned=2</script>');
  await page.fill('[data-testid=ingest-published]', '2024-05-04');
  await page.click('[data-testid=ingest-submit]');
  await page.waitForSelector('[data-testid=ingest-result][data-ok=true]');
  await page.setInputFiles('[data-testid=ingest-file-input]', [
    { name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from('The Houthis claimed a drone attack on a ship in the Red Sea on 12 January 2024.') },
    { name: 'broken.html', mimeType: 'text/html', buffer: Buffer.from('<html><body><nav>menu</nav></body></html>') },
  ]);
  await page.waitForFunction(() => document.querySelector('[data-testid=ingest-progress]')?.getAttribute('data-done') === '2');
  const results = await page.locator('[data-testid=ingest-result]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-ok'), e.textContent]));
  assert.equal(results.length, 3);
  assert.ok(results.some(([ok, text]) => ok === 'false' && /broken\.html/.test(text ?? '')), 'the bad file is named');

  const pasted = page.locator('[data-testid=ingest-result][data-ok=true] a').last();
  await pasted.click();
  await page.waitForSelector('[data-testid=reader-text]');
  assert.match((await page.textContent('[data-testid=reader-text]'))!, /<img src=x onerror=/);
  assert.equal(await page.evaluate(() => (window as { pwned?: number }).pwned), undefined);
  assert.equal(await page.locator('[data-testid=reader-text] img, [data-testid=reader-text] script').count(), 0);
});

test('actor profile and timeline open from their links', async () => {
  await open('#/actor/islamic_state');
  await page.waitForSelector('[data-testid=actor-profile]');
  assert.match((await page.textContent('[data-testid=actor-name]'))!, /Islamic State/);
  await open('#/timeline/islamic_state');
  await page.waitForSelector('[data-testid=timeline-event]');
  const alone = await page.locator('[data-testid=timeline-event], [data-testid=timeline-relation]').count();
  assert.ok(await page.locator('[data-testid=timeline-event]').count() >= 3);
  await open('#/timeline/islamic_state,syria');
  await page.waitForSelector('[data-testid=timeline-selection]');
  await page.waitForSelector('[data-testid=timeline-event]');
  assert.ok(await page.locator('[data-testid=timeline-event], [data-testid=timeline-relation]').count() > alone, 'a selection shows more than one of its actors');
});
