// `npm run bench:ui`: how fast the analyst UI is in Chromium on this machine. Prints the time to a
// useful first screen on the example corpus, and for a generated 5,000-actor graph the time to
// first render, the layout time, frame times while zooming and panning, and a filter's latency.
// The large graph is generated reproducibly (seeded) and stored through the real store code.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, serveCorpus } from '../test/e2e/browser.ts';
import { openStore, storeDocument } from '../src/store/index.ts';
import { syntheticGraphDocument } from './synthetic-graph.ts';

const NODES = Number(process.env.BENCH_NODES ?? 5000);
const EDGES = Number(process.env.BENCH_EDGES ?? NODES * 2);

async function untilNetworkShows(page: Page): Promise<number> {
  const start = Date.now();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=network]')?.getAttribute('data-nodes')) > 0 && !!document.querySelector('[data-testid=network] canvas'), undefined, { timeout: 60000 });
  return Date.now() - start;
}

/** Frame times (ms) while a person drags the graph around and zooms with the wheel for about
 * `ms` milliseconds. The recorder goes in as source text: tsx would wrap its named inner function
 * in a helper the page does not have. */
async function frameTimesWhileHandling(page: Page, ms: number): Promise<number[]> {
  await page.evaluate(`(() => {
    window.benchFrames = [];
    let last = performance.now();
    const end = last + ${ms};
    const step = (now) => { window.benchFrames.push(now - last); last = now; if (now < end) requestAnimationFrame(step); };
    requestAnimationFrame(step);
  })()`);
  const box = (await page.locator('[data-testid=network]').boundingBox())!;
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  const started = Date.now();
  for (let round = 0; Date.now() - started < ms; round++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 150 * Math.cos(round), cy + 100 * Math.sin(round), { steps: 8 });
    await page.mouse.up();
    await page.mouse.wheel(0, round % 2 ? 240 : -240);
  }
  await page.waitForTimeout(200);
  return (await page.evaluate('window.benchFrames') as number[]).slice(1);
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

const browser = await launchChromium();
try {
  const examples = await serveCorpus();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const firstScreens: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto('about:blank');
    const start = Date.now();
    await page.goto(`${examples.url}/#/network`);
    await untilNetworkShows(page);
    firstScreens.push(Date.now() - start);
  }
  await examples.close();
  console.log(`example corpus: first screen (network drawn) ${firstScreens.join(' / ')} ms (cold, then warm)`);

  const db = join(mkdtempSync(join(tmpdir(), 'fg-bench-ui-')), 'large.db');
  const store = openStore(db);
  const { doc, out } = syntheticGraphDocument(NODES, EDGES, 42);
  storeDocument(store, doc, out);
  store.close();
  const large = await serveCorpus({ paths: [], db });
  await page.goto('about:blank');
  const navigated = Date.now();
  await page.goto(`${large.url}/#/network`);
  await untilNetworkShows(page);
  const firstRender = Date.now() - navigated;
  await page.waitForTimeout(Math.min(8000, 2000 + NODES) + 500);
  const idle = await frameTimesWhileHandling(page, 4000);
  const edges = Number(await page.getAttribute('[data-testid=network]', 'data-edges'));
  const filterStart = Date.now();
  await page.uncheck('[data-testid=filter-type-hostile_to]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=network]')?.getAttribute('data-edges')) < n, edges);
  const filterMs = Date.now() - filterStart;
  console.log(`generated graph: ${NODES} actors, ${EDGES} relations (seed 42)`);
  console.log(`  first render ${firstRender} ms after navigation (graph fetched, built and drawn); then ForceAtlas2 runs in a worker for ${Math.min(8000, 2000 + NODES)} ms`);
  console.log(`  frames while dragging and wheel-zooming: median ${quantile(idle, 0.5).toFixed(1)} ms, p95 ${quantile(idle, 0.95).toFixed(1)} ms (${(1000 / quantile(idle, 0.5)).toFixed(0)} fps)`);
  console.log(`  filter (one relation type off) applied in ${filterMs} ms`);
  await large.close();
} finally {
  await browser.close();
}
