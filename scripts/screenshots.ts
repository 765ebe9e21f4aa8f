// `npm run screenshots [-- --out DIR]`: serves the example corpus, opens each view of the UI in
// Chromium and saves one PNG per view (default docs/screenshots/), for the README and reviews.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, ROOT, serveCorpus } from '../test/e2e/browser.ts';

const VIEWS: Array<[name: string, hash: string, ready: string]> = [
  ['network', '#/network', '[data-testid=network] canvas'],
  ['map', '#/map', '[data-testid=map]'],
  ['timeline', '#/timeline', '[data-testid=timeline]'],
  ['reader', '#/reader/1', '[data-testid=reader-text]'],
  ['actor', '#/actor/islamic_state', '[data-testid=actor-profile]'],
  ['review', '#/review', '[data-testid=review-queue]'],
  ['ingest', '#/ingest', '[data-testid=ingest-drop]'],
];

const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1]! : join(ROOT, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const served = await serveCorpus();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  for (const [name, hash, ready] of VIEWS) {
    await page.goto(`${served.url}/${hash}`);
    await page.waitForSelector(ready, { timeout: 15000 }).catch(() => console.error(`screenshots: ${name}: "${ready}" did not appear`));
    await page.waitForTimeout(name === 'network' ? 2500 : 500);
    await page.screenshot({ path: join(out, `${name}.png`) });
    console.log(join(out, `${name}.png`));
  }
} finally {
  await browser.close();
  await served.close();
}
