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
