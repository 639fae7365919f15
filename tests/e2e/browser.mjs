// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core, and dist/
// served on 127.0.0.1 by the project's own static server.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const outputDir = join(here, 'output');
mkdirSync(outputDir, { recursive: true });

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** Launches headless Chromium (a fresh profile each time). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Serves dist/ on a free port; returns { url, close }. */
export async function serveDist(headers = {}) {
  const server = await serve(join(root, 'dist'), 0, '127.0.0.1', headers);
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Fails the test on any page error or console error. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return errors;
}

/** Waits until the library is read and every loaded article is analysed (the analysis runs in a
 * worker, article by article). */
export function analysed(page, timeout = 30000) {
  return page.waitForSelector('.sift-app:not([data-library="loading"])[data-analysing="0"]', { state: 'attached', timeout });
}

/** The paragraph that ends `bigText()`, found nowhere else in it. */
export const LAST = 'In a closing statement, Angela Merkel said in Berlin on Friday that 42 delegates had left.';

/** The bundled samples repeated to `bytes` (5 MB unless told), then `LAST`. */
export function bigText(bytes = 5 * 1024 * 1024) {
  const dir = join(root, 'samples');
  const samples = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8').trim());
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    parts.push(samples[i % samples.length]);
    size += Buffer.byteLength(samples[i % samples.length]) + 2;
  }
  parts.push(LAST);
  return parts.join('\n\n') + '\n';
}

/** From now on, records the page's main-thread tasks over 50 ms (Long Tasks API) and each value the
 * progress bar of the explorer shows — the app's, or the one in the shadow root of `#hostId` —
 * until that explorer has analysed everything. Read them with `responsiveness`. */
export function watchResponsiveness(page, hostId = null) {
  return page.evaluate((hostId) => {
    window.__start = performance.now();
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    window.__progress = [];
    const poll = setInterval(() => {
      const root = hostId ? document.getElementById(hostId)?.shadowRoot : document;
      const bar = root?.querySelector('.sift-analysing progress[value]');
      const fraction = bar && bar.value / bar.max;
      if (bar && fraction !== window.__progress.at(-1)) window.__progress.push(fraction);
      if (root?.querySelector('.sift-app')?.dataset.analysing === '0' && window.__progress.length) clearInterval(poll);
    }, 25);
  }, hostId);
}

/** Once the last frames have finished (so their tasks are observed too): the tasks over 50 ms
 * since `watchResponsiveness`, the longest of them, and the progress values seen. */
export async function responsiveness(page) {
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 300)))));
  const { long, progress } = await page.evaluate(() => ({
    long: window.__long.filter((t) => t.start >= window.__start),
    progress: window.__progress,
  }));
  return { long, progress, worst: Math.max(0, ...long.map((t) => t.duration)) };
}
