// The browser half of `make bench`: in Debian's headless Chromium (driven by playwright-core, with
// the end-to-end tests' flags), on text built at run time from ../shared/data/polnear:
// - throughput of Sift's analyze(), wink-nlp and compromise on the same ~1 MB in one page;
// - the embed bundle's size (raw and gzip -9) beside the peers' as loaded by that page;
// - time from navigation to the first highlight of the app's sample article;
// - Sift's time and memory on 10 KB, 100 KB, 1 MB and 5 MB (memory for 5 MB is the headline);
//   a size whose first run takes over 20 s is timed by that run alone.
// Needs dist/ (bash scripts/build.sh) and bench/node_modules (npm ci --prefix bench).
// Writes bench/out/browser.json; bench/report.mjs turns it into bench/RESULTS.md.
//
// Environment: RUNS (timed runs per library, default 5), LOADS (page loads for the first
// highlight, default 7), CHROMIUM (browser binary, default /usr/bin/chromium), ONLY=first-highlight
// (measure only the navigation to the first highlight: needs dist/ alone, prints the loads and
// their median, writes nothing; e.g. `ONLY=first-highlight LOADS=7 node bench/run-browser.mjs`),
// ONLY=scaling (just Sift's time and memory per size, the memory figure of the benchmark; written
// to bench/out/scaling.json so browser.json is kept; `ONLY=scaling node bench/run-browser.mjs`).
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlib } from 'node:zlib';
import { serve } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/browser.mjs';
import { bundleCjs } from './cjs-bundle.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dist = join(root, 'dist');
const site = join(dist, 'bench');
const data = join(root, '..', 'shared', 'data', 'polnear');
const outDir = join(here, 'out');
const RUNS = Number(process.env.RUNS ?? 5);
const LOADS = Number(process.env.LOADS ?? 7);
const MB = 1e6;
const ONLY = process.env.ONLY ?? '';
if (!['', 'first-highlight', 'scaling'].includes(ONLY)) {
  throw new Error(`ONLY=${ONLY}: the parts that run alone are first-highlight and scaling`);
}
const firstHighlightOnly = ONLY === 'first-highlight';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const gzipSize = (buf) => gzipSync(buf, { level: zlib.Z_BEST_COMPRESSION }).length;
const say = (line) => console.log(line);

for (const need of [join(dist, 'embed', 'sift.js'), join(dist, 'index.html')]) {
  if (!existsSync(need)) throw new Error(`${need} is missing: run bash scripts/build.sh first`);
}
if (!firstHighlightOnly && !existsSync(join(here, 'node_modules', 'wink-nlp'))) {
  throw new Error('bench/node_modules is missing: run npm ci --prefix bench first');
}

// --- Navigation to the first highlight in the app: LOADS loads, each in a fresh context (so a cold
// cache), timed from navigation start to the first mark[data-kind] in the DOM.
async function firstHighlight(browser, base) {
  const runs = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__firstMark = null;
      new MutationObserver((_, observer) => {
        if (document.querySelector('mark[data-kind]')) {
          window.__firstMark = performance.now(); // since navigation start (timeOrigin)
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${base}/`);
    await page.waitForFunction(() => window.__firstMark !== null, null, { timeout: 30000 });
    runs.push(await page.evaluate(() => window.__firstMark));
    await context.close();
  }
  return { runs_ms: runs, median_ms: median(runs) };
}

const launchBrowser = () => chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

if (firstHighlightOnly) {
  const server = await serve(dist, 0, '127.0.0.1');
  const browser = await launchBrowser();
  try {
    const { runs_ms: runs, median_ms: ms } = await firstHighlight(browser, `http://127.0.0.1:${server.address().port}`);
    say(`first highlight: ${ms.toFixed(0)} ms (median of ${LOADS} loads: ${runs.map((x) => x.toFixed(0)).join(', ')} ms)`);
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
  process.exit(0);
}

// --- The text: polnear's distinct article texts, dev first, then train, whole articles joined by
// a blank line, repeated from the start if a size needs more than there is.
function articles() {
  const seen = new Set();
  for (const split of ['dev', 'train']) {
    const file = join(data, `${split}.jsonl`);
    if (!existsSync(file)) throw new Error(`${file} is missing (the benchmark reads ../shared/data)`);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim()) seen.add(JSON.parse(line).text);
    }
  }
  return [...seen];
}
const all = articles();
function corpus(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const a = all[i % all.length];
    parts.push(a);
    size += Buffer.byteLength(a) + 2;
  }
  const text = parts.join('\n\n');
  return { text, parts, bytes: Buffer.byteLength(text), articles: parts.length };
}

// --- The page, staged beside the app in dist/bench/ (dist/ is generated; nothing here is committed).
rmSync(site, { recursive: true, force: true });
mkdirSync(join(site, 'vendor'), { recursive: true });
mkdirSync(join(site, 'data'), { recursive: true });
for (const f of ['index.html', 'bench.js']) copyFileSync(join(here, 'browser', f), join(site, f));
const nm = join(here, 'node_modules');
copyFileSync(join(nm, 'compromise/builds/three/compromise-three.mjs'), join(site, 'vendor/compromise-three.mjs'));
copyFileSync(join(nm, 'compromise-dates/builds/compromise-dates.mjs'), join(site, 'vendor/compromise-dates.mjs'));
const wink = bundleCjs({ winkNLP: 'wink-nlp', model: 'wink-eng-lite-web-model' }, join(here, 'package.json'));
writeFileSync(join(site, 'vendor/wink.mjs'), wink.code);

const main = corpus(1 * MB);
writeFileSync(join(site, 'data', 'news.txt'), main.text);
writeFileSync(join(site, 'data', 'articles.json'), JSON.stringify(main.parts));
const SIZES = [10e3, 100e3, 1 * MB, 5 * MB];
const sized = SIZES.map((b) => {
  const c = corpus(b);
  writeFileSync(join(site, 'data', `news-${b}.txt`), c.text);
  return { target: b, path: `data/news-${b}.txt`, bytes: c.bytes, articles: c.articles };
});
say(`corpus: ${main.articles} polnear articles, ${main.bytes} bytes`);

// --- Bundle sizes.
const sizeOf = (files) => {
  const bufs = files.map((f) => readFileSync(f));
  return { raw: bufs.reduce((n, b) => n + b.length, 0), gzip: bufs.reduce((n, b) => n + gzipSize(b), 0) };
};
const snippetFiles = readdirSync(join(dist, 'embed/snippets'), { recursive: true })
  .filter((f) => f.endsWith('.js')).sort().map((f) => join(dist, 'embed/snippets', f));
const bundle = {
  sift: {
    js: sizeOf([join(dist, 'embed/sift.js')]),
    wasm: sizeOf([join(dist, 'embed/sift_bg.wasm')]),
    // The analysis worker ships with the embed (mount and <sift-explorer> start it for long texts).
    worker: sizeOf([join(dist, 'embed/worker.js')]),
    // The wasm-bindgen snippets sift.js imports (the worker start, the next-task yield, storage).
    snippets: sizeOf(snippetFiles),
    total: sizeOf([join(dist, 'embed/sift.js'), join(dist, 'embed/sift_bg.wasm'), join(dist, 'embed/worker.js'), ...snippetFiles]),
  },
  wink: { ...sizeOf([join(site, 'vendor/wink.mjs')]), note: 'wink-nlp sources + wink-eng-lite-web-model as shipped (not minified), one module' },
  compromise: {
    ...sizeOf([join(site, 'vendor/compromise-three.mjs'), join(site, 'vendor/compromise-dates.mjs')]),
    note: 'compromise/builds/three + compromise-dates builds (minified ESM)',
  },
};
say(`bundle: sift ${bundle.sift.total.raw} B raw, ${bundle.sift.total.gzip} B gzip -9`);

// --- Browser.
const server = await serve(dist, 0, '127.0.0.1');
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();
const version = browser.version();
say(`chromium ${version}`);

async function openPage(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  // Everything must come from this server.
  await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
  await page.goto(url);
  return { context, page, errors };
}

const commit = (() => {
  try {
    const head = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain', '--', 'crates', 'src'], { encoding: 'utf8' }).trim();
    return dirty ? `${head} with uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
})();
const distBuilt = statSync(join(dist, 'embed', 'sift_bg.wasm')).mtime.toISOString();
const result = { date: new Date().toISOString(), commit, distBuilt, chromium: version, runs: RUNS, loads: LOADS,
  corpus: { bytes: main.bytes, articles: main.articles, source: 'polnear dev then train, distinct texts' },
  bundle };

try {
  // Throughput, the three libraries in one page, runs interleaved after a warm-up on 100 KB.
  if (!ONLY) {
    const { context, page, errors } = await openPage(`${base}/bench/`);
    const names = await page.evaluate(() => window.bench.ready);
    await page.evaluate((p) => window.bench.fetchText(p), 'data/news.txt');
    await page.evaluate((p) => window.bench.fetchText(p), sized[1].path);
    for (const name of names) await page.evaluate(([n, p]) => window.bench.run(n, p), [name, sized[1].path]);
    const times = Object.fromEntries(names.map((n) => [n, []]));
    const counts = {};
    for (let r = 0; r < RUNS; r++) {
      for (const name of names) {
        const { ms, counts: c } = await page.evaluate(([n, p]) => window.bench.run(n, p), [name, 'data/news.txt']);
        times[name].push(ms);
        counts[name] = c;
        say(`  run ${r + 1}/${RUNS} ${name}: ${ms.toFixed(0)} ms`);
      }
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    result.throughput = Object.fromEntries(names.map((n) => {
      const ms = median(times[n]);
      return [n, { runs_ms: times[n], median_ms: ms, mb_per_s: main.bytes / MB / (ms / 1000), counts: counts[n] }];
    }));
    const t = result.throughput;
    result.ratios = { sift_wink: t.sift.mb_per_s / t.wink.mb_per_s, sift_compromise: t.sift.mb_per_s / t.compromise.mb_per_s };
    for (const n of names) say(`${n}: ${t[n].mb_per_s.toFixed(3)} MB/s (median of ${RUNS})`);
    // The same articles one at a time, as the app analyses them (compromise left out: its one-text
    // runs already take most of the benchmark's time).
    await page.evaluate((p) => window.bench.fetchArticles(p), 'data/articles.json');
    result.perArticle = {};
    for (const name of names.filter((n) => n !== 'compromise')) {
      const each = [];
      for (let r = 0; r < RUNS; r++) {
        each.push((await page.evaluate(([n, p]) => window.bench.runEach(n, p), [name, 'data/articles.json'])).ms);
      }
      const ms = median(each);
      result.perArticle[name] = { runs_ms: each, median_ms: ms, mb_per_s: main.bytes / MB / (ms / 1000) };
      say(`${name}, article by article: ${result.perArticle[name].mb_per_s.toFixed(3)} MB/s`);
    }
    if (result.perArticle.sift && result.perArticle.wink) {
      result.ratios.sift_wink_per_article = result.perArticle.sift.mb_per_s / result.perArticle.wink.mb_per_s;
    }
    say(`Sift/wink ${result.ratios.sift_wink.toFixed(2)}x, Sift/compromise ${result.ratios.sift_compromise.toFixed(2)}x`);
    await context.close();
  }

  // Navigation to the first highlight in the app (a fresh context, so a cold cache, each load).
  if (!ONLY) {
    result.firstHighlight = await firstHighlight(browser, base);
    say(`first highlight: ${result.firstHighlight.median_ms.toFixed(0)} ms (median of ${LOADS} loads)`);
  }

  // Sift alone, a fresh page per size: time (median of 3 after the first) and memory.
  {
    result.scaling = [];
    for (const s of sized) {
      const { context, page, errors } = await openPage(`${base}/bench/?only=sift`);
      await page.evaluate(() => window.bench.ready);
      await page.evaluate((p) => window.bench.fetchText(p), s.path);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const heap = async () => {
        await page.evaluate(() => window.gc());
        const { metrics } = await cdp.send('Performance.getMetrics');
        return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
      };
      const wasmBefore = await page.evaluate(() => window.bench.wasmMemoryBytes());
      const heapBefore = await heap();
      const first = await page.evaluate((p) => window.bench.runKeep(p), s.path);
      const wasmAfter = await page.evaluate(() => window.bench.wasmMemoryBytes());
      const heapAfter = await heap(); // with the result alive
      const times = [first.ms];
      // Repeats only while a run is short: a slow size reports its one run.
      for (let r = 0; r < 3 && first.ms < 20000; r++) {
        times.push((await page.evaluate((p) => window.bench.runKeep(p), s.path)).ms);
      }
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      const ms = median(times.length > 1 ? times.slice(1) : times);
      const row = { bytes: s.bytes, articles: s.articles, first_ms: first.ms, median_ms: ms, timed_runs: Math.max(1, times.length - 1),
        mb_per_s: s.bytes / MB / (ms / 1000), wasm_before: wasmBefore, wasm_after: wasmAfter,
        js_heap_result: heapAfter - heapBefore, wasm_per_text: wasmAfter / s.bytes,
        total_per_text: (wasmAfter + Math.max(0, heapAfter - heapBefore)) / s.bytes };
      result.scaling.push(row);
      say(`sift ${s.bytes} B: ${ms.toFixed(1)} ms (${row.mb_per_s.toFixed(2)} MB/s), wasm memory ${wasmAfter} B ` +
        `(${row.wasm_per_text.toFixed(1)}x the text), JS heap for the result ${row.js_heap_result} B`);
      await context.close();
    }
    result.memory = result.scaling[result.scaling.length - 1];
  }
} finally {
  await browser.close();
  await new Promise((ok) => server.close(ok));
}

mkdirSync(outDir, { recursive: true });
const outFile = join(outDir, ONLY ? `${ONLY}.json` : 'browser.json');
writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`);
say(`wrote ${outFile}`);
