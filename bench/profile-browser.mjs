// Where Sift's time goes in Chromium: a CPU profile (CDP Profiler) of
//   first  — the first analyze() of a sample article in a fresh page (with one-time set-up);
//   warm   — 25 analyze() calls of a sample article after a first one;
//   app    — the app's load, navigation to the first highlight.
// The wasm in dist/ has no function names (wasm-opt drops them), so this stages a copy of dist/
// in bench/out/profile-dist/ with the wasm as wasm-bindgen writes it (same code, names kept).
// Needs a `bash scripts/build.sh` first (dist/ and $CARGO_TARGET_DIR, default target/, for the wasm).
// Usage: node bench/profile-browser.mjs first|warm|app
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const mode = process.argv[2] ?? 'warm';
const wasm = join(process.env.CARGO_TARGET_DIR ?? join(root, 'target'), 'wasm32-unknown-unknown/release/sift_web.wasm');
const site = join(here, 'out', 'profile-dist');
if (!existsSync(join(root, 'dist', 'bench')) || !existsSync(wasm)) {
  throw new Error('run bash scripts/build.sh and node bench/run-browser.mjs first');
}
rmSync(site, { recursive: true, force: true });
cpSync(join(root, 'dist'), site, { recursive: true });
execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', join(site, 'embed'), '--out-name', 'sift', wasm]);

const server = await serve(site, 0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const context = await browser.newContext();
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
const SAMPLE = '/samples/000_e0917929e91c8f01.txt';
const startProfile = async () => {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
};

let note;
if (mode === 'app') {
  await startProfile();
  await page.addInitScript(() => {
    new MutationObserver((_, o) => {
      if (document.querySelector('mark[data-kind]')) {
        window.__mark = performance.now();
        o.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${base}/`);
  await page.waitForFunction(() => window.__mark);
  note = `first highlight at ${(await page.evaluate(() => window.__mark)).toFixed(0)} ms`;
} else {
  await page.goto(`${base}/bench/?only=sift`);
  await page.evaluate(() => window.bench.ready);
  await page.evaluate((p) => window.bench.fetchText(p), SAMPLE);
  if (mode === 'warm') await page.evaluate((p) => window.bench.run('sift', p), SAMPLE);
  await startProfile();
  const ms = await page.evaluate(([p, runs]) => {
    const out = [];
    for (let i = 0; i < runs; i++) out.push(window.bench.run('sift', p).ms);
    return out;
  }, [SAMPLE, mode === 'first' ? 1 : 25]);
  note = `analyze() ms: ${ms.map((x) => x.toFixed(1)).join(' ')}`;
}
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
server.close();

// Inclusive and self time per function name.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = {};
const self = {};
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  total += dt;
  const name = (n) => byId.get(n).callFrame.functionName || '(anonymous)';
  self[name(id)] = (self[name(id)] ?? 0) + dt;
  const seen = new Set();
  for (let n = id; n; n = parent.get(n)) {
    if (!seen.has(name(n))) {
      seen.add(name(n));
      incl[name(n)] = (incl[name(n)] ?? 0) + dt;
    }
  }
});
const top = (table, n) => Object.entries(table).sort((a, b) => b[1] - a[1]).slice(0, n)
  .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k.replace(/::h[0-9a-f]{16}/g, '').slice(0, 110)}`).join('\n');
console.log(`${mode}: ${note}; ${total.toFixed(0)} ms profiled`);
console.log(`--- inclusive\n${top(incl, 35)}\n--- self\n${top(self, 20)}`);
