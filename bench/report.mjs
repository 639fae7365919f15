// The last step of `make bench`: writes bench/RESULTS.md from the browser figures
// (bench/out/browser.json, written by bench/run-browser.mjs) and criterion's estimates
// ($CARGO_TARGET_DIR/criterion, written by `cargo bench -p sift-core --bench pipeline`), with the
// machine and the date. Targets are the ones of the performance issue; figures are reported as
// measured, whether or not they meet them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const MB = 1e6;
const KB = 1024;

const browser = JSON.parse(readFileSync(join(here, 'out', 'browser.json'), 'utf8'));
const criterionDir = join(resolve(root, process.env.CARGO_TARGET_DIR ?? 'target'), 'criterion');

// Published sizes of the peers' bundles, as the issue gives them (gzip).
const PUBLISHED = { wink: 1027, compromise: 142 };
const STAGES = ['tokenize', 'sentences', 'entities', 'linking', 'numbers', 'claims', 'analyze'];
const CORPORA = ['samples', 'polnear-dev', 'polnear-dev-joined'];

const f = (x, d = 2) => (x == null || Number.isNaN(x) ? '—' : x.toFixed(d));
const kb = (bytes) => (bytes > 0 && bytes < 10 * KB
  ? `${(bytes / KB).toFixed(1)} KB` // small files (the worker) would round to 0
  : `${Math.round(bytes / KB).toLocaleString('en')} KB`);
// The JS heap difference of a small result is within what a forced GC leaves behind, and can come
// out negative: shown as such rather than as a size.
const heapKb = (bytes) => (bytes < 0 ? 'below GC noise' : kb(bytes));
const sh = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};

function criterion(corpus, stage) {
  const dir = join(criterionDir, corpus, stage, 'new');
  if (!existsSync(join(dir, 'estimates.json'))) return null;
  const est = JSON.parse(readFileSync(join(dir, 'estimates.json'), 'utf8'));
  const bench = JSON.parse(readFileSync(join(dir, 'benchmark.json'), 'utf8'));
  const bytes = bench.throughput?.Bytes ?? bench.throughput?.BytesDecimal;
  const ns = est.median.point_estimate;
  return { bytes, ms: ns / 1e6, mbps: bytes / MB / (ns / 1e9) };
}

const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m) ?? [])[1] ?? 'unknown';
const machine = {
  nproc: sh('nproc', []),
  cpu: cpuModel,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  chromium: browser.chromium,
  rustc: sh('rustc', ['--version']),
  node: process.version,
  load: loadavg().map((x) => x.toFixed(2)).join(' '),
};

const t = browser.throughput;
const sizes = browser.bundle;
const mem = browser.memory;
const siftGzipKB = sizes.sift.total.gzip / KB;

const lines = [];
const p = (s = '') => lines.push(s);
p('# Sift benchmark results');
p();
const stamp = (iso) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
p(`Written by \`make bench\`; browser run ${stamp(browser.date)}, HEAD ${browser.commit ?? 'unknown'}` +
  (browser.distBuilt ? `, \`dist/\` built ${stamp(browser.distBuilt)} from the work tree.` : '.'));
p(`Machine: ${machine.nproc} cores (${machine.cpu}), ${machine.memory}; Chromium ${machine.chromium} headless;`);
p(`${machine.rustc}; Node ${machine.node}. Load average when this file was written: ${machine.load}`);
p('(the machine is shared: absolute figures vary from run to run; ratios measured in one page are');
p('steadier).');
p('MB = 10⁶ bytes of UTF-8 text. Medians throughout.');
p();
p('## Targets');
p();
// How far a figure is from its goal: "holds", or the factor by which it misses.
const miss = (ok, factor) => (ok ? 'holds' : `**misses** (${f(factor, 1)}× off)`);
const fh = browser.firstHighlight.median_ms;
p('| target | goal | measured | |');
p('|---|---|---|---|');
p(`| browser throughput vs wink-nlp | ≥ 10× | ${f(browser.ratios.sift_wink)}× | ${miss(browser.ratios.sift_wink >= 10, 10 / browser.ratios.sift_wink)} |`);
p(`| navigation → first highlight | ≤ 300 ms | ${f(fh, 0)} ms | ${miss(fh <= 300, fh / 300)} |`);
p(`| embed bundle (js + wasm + worker${sizes.sift.snippets ? ' + snippets' : ''}, gzip -9) | ≤ 1,024 KB | ${kb(sizes.sift.total.gzip)} | ${miss(siftGzipKB <= 1024, siftGzipKB / 1024)} |`);
p(`| memory for ${f(mem.bytes / MB, 1)} MB of text (wasm memory) | ≤ 20× | ${f(mem.wasm_per_text, 1)}× | ${miss(mem.wasm_per_text <= 20, mem.wasm_per_text / 20)} |`);
p();
p(`## Throughput in the browser: one page, the same ${f(browser.corpus.bytes / MB, 2)} MB of news`);
p();
p(`${browser.corpus.articles} polnear articles (${browser.corpus.source}), joined by blank lines, analysed`);
p(`as one text; median of ${browser.runs} runs per library, interleaved, after a warm-up on 100 KB.`);
p('Sift: `analyze(text)` (the JS API, result converted to JS objects). wink-nlp 2.4.0 +');
p('wink-eng-lite-web-model 1.8.1: `readDoc` (its default pipeline), then `entities().out(its.detail)`');
p('and `tokens().out()`. compromise 14.17.0 + compromise-dates 3.9.0: `nlp(text)`, then `.people()`');
p('`.places()` `.organizations()` `.numbers()` `.dates()` `.quotations()`, each `.out(\'array\')`.');
p();
p('| library | MB/s | ms | Sift ÷ it | found |');
p('|---|---|---|---|---|');
for (const [name, label] of [['sift', 'Sift'], ['wink', 'wink-nlp'], ['compromise', 'compromise']]) {
  const r = t[name];
  const ratio = name === 'sift' ? '1' : f(t.sift.mb_per_s / r.mb_per_s);
  const found = Object.entries(r.counts).map(([k, v]) => `${k} ${v}`).join(', ');
  p(`| ${label} | **${f(r.mb_per_s, 3)}** | ${f(r.median_ms, 0)} | ${ratio}× | ${found} |`);
}
if (browser.perArticle) {
  p();
  p('The same articles analysed one at a time (as the app does: one call per article), median of');
  p(`${browser.runs} runs:`);
  p();
  p('| library | MB/s, article by article | Sift ÷ it |');
  p('|---|---|---|');
  for (const [name, label] of [['sift', 'Sift'], ['wink', 'wink-nlp']]) {
    const r = browser.perArticle[name];
    if (!r) continue;
    p(`| ${label} | **${f(r.mb_per_s, 3)}** | ${f(browser.perArticle.sift.mb_per_s / r.mb_per_s)}× |`);
  }
}
p();
p('## Bundle size');
p();
p('| what | raw | gzip -9 |');
p('|---|---|---|');
p(`| Sift \`dist/embed/sift.js\` | ${kb(sizes.sift.js.raw)} | ${kb(sizes.sift.js.gzip)} |`);
p(`| Sift \`dist/embed/sift_bg.wasm\` | ${kb(sizes.sift.wasm.raw)} | ${kb(sizes.sift.wasm.gzip)} |`);
if (sizes.sift.worker) p(`| Sift \`dist/embed/worker.js\` | ${kb(sizes.sift.worker.raw)} | ${kb(sizes.sift.worker.gzip)} |`);
if (sizes.sift.snippets) p(`| Sift \`dist/embed/snippets/\` | ${kb(sizes.sift.snippets.raw)} | ${kb(sizes.sift.snippets.gzip)} |`);
p(`| **Sift, js + wasm + worker${sizes.sift.snippets ? ' + snippets' : ''}** | **${kb(sizes.sift.total.raw)}** | **${kb(sizes.sift.total.gzip)}** |`);
p(`| wink-nlp + model, as published | | ${PUBLISHED.wink.toLocaleString('en')} KB |`);
p(`| wink-nlp + model, as this page loads it (${sizes.wink.note}) | ${kb(sizes.wink.raw)} | ${kb(sizes.wink.gzip)} |`);
p(`| compromise, as published | | ${PUBLISHED.compromise} KB |`);
p(`| compromise + compromise-dates, as this page loads them (${sizes.compromise.note}) | ${kb(sizes.compromise.raw)} | ${kb(sizes.compromise.gzip)} |`);
p();
p('## Navigation to the first highlight');
p();
p(`The app (\`dist/index.html\` from a local server) in a fresh browser context each load: time from`);
p('navigation start to the first `mark[data-kind]` in the DOM (a MutationObserver installed before the');
p(`page's scripts, \`performance.now()\`). Median of ${browser.loads} loads: **${f(browser.firstHighlight.median_ms, 0)} ms**`);
p(`(each: ${browser.firstHighlight.runs_ms.map((x) => x.toFixed(0)).join(', ')} ms).`);
p();
p('## How cost grows (Sift in the browser)');
p();
p('One text per size, a fresh page each. Time: median of 3 runs after the first (a size whose first');
p('run takes over 20 s: that run alone; "runs" says which). Wasm memory: the size of the');
p("module's `WebAssembly.Memory` after the first run (it only grows, so it is the peak; it holds the");
p('text, the analysis and its output before they become JS objects). JS heap: `JSHeapUsedSize` (CDP,');
p('after a forced GC) with the result alive, minus before — the JS objects of the result.');
p();
p('"before" is the wasm memory after `init()`, before the first analysis (the model, gazetteers and');
p('compiled patterns are built on first use and stay).');
p();
p('| text | ms | runs | MB/s | wasm memory before → after | after ÷ text | JS heap for the result | (wasm + JS) ÷ text |');
p('|---|---|---|---|---|---|---|---|');
for (const r of browser.scaling) {
  p(`| ${kb(r.bytes)} | ${f(r.median_ms, 1)} | ${r.timed_runs ?? 3} | ${f(r.mb_per_s)} | ${kb(r.wasm_before)} → ${kb(r.wasm_after)} | ${f(r.wasm_per_text, 1)}× | ${heapKb(r.js_heap_result)} | ${f(r.total_per_text, 1)}× |`);
}
p();
p('## Native pipeline by stage (criterion)');
p();
p('`cargo bench -p sift-core --bench pipeline`: each stage on the output of the stages before it,');
p('one article at a time. `samples`: the two sample articles (12 KB); `polnear-dev`: the 84 distinct');
p('texts of polnear dev (415 KB); `polnear-dev-joined`: those texts joined into one text, analysed in');
p('one call (a lower MB/s than `polnear-dev` means cost growing faster than the text). `entities`');
p('includes linking; `linking` is linking alone; `analyze`');
p('is the whole pipeline with the conversion to character offsets. Median time per pass.');
p();
p(`| stage | ${CORPORA.map((c) => `${c} MB/s`).join(' | ')} | ${CORPORA.map((c) => `${c} ms`).join(' | ')} |`);
p(`|---|${CORPORA.map(() => '---|---|').join('')}`);
let anyCriterion = false;
for (const stage of STAGES) {
  const cells = CORPORA.map((c) => criterion(c, stage));
  anyCriterion ||= cells.some(Boolean);
  p(`| ${stage} | ${cells.map((c) => (c ? f(c.mbps) : '—')).join(' | ')} | ${cells.map((c) => (c ? f(c.ms, 2) : '—')).join(' | ')} |`);
}
if (!anyCriterion) {
  p();
  p(`(No criterion results found in ${criterionDir}.)`);
}
p();
if (existsSync(join(here, 'PROFILE.md'))) {
  p('Where the time goes, and what stands in the way of the targets: [PROFILE.md](PROFILE.md).');
  p();
}
p('## Reproduce');
p();
p('```sh');
p('make bench                                     # everything below, then this file');
p('cargo bench -p sift-core --bench pipeline      # native stages only');
p('node bench/run-browser.mjs                     # browser figures only (needs dist/, bench/node_modules)');
p('node bench/report.mjs                          # rewrite this file from the last results');
p('```');

writeFileSync(join(here, 'RESULTS.md'), `${lines.join('\n')}\n`);
console.log(`wrote ${join(here, 'RESULTS.md')}`);
