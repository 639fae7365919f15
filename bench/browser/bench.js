// The in-browser benchmark: Sift's analyze(), wink-nlp (+ wink-eng-lite-web-model) and compromise
// (+ compromise-dates) on the same text in the same page. bench/run-browser.mjs drives it through
// `window.bench`; the page itself only loads the libraries and reports what it was asked.
import init, { analyze } from '../embed/sift.js';

const only = new URLSearchParams(location.search).get('only');
const log = (line) => {
  document.getElementById('log').textContent += `${line}\n`;
};

/** Each pipeline takes the text and returns counts of what it found (so nothing is skipped). */
const pipelines = {};
let wasm = null;

async function load() {
  wasm = await init();
  pipelines.sift = (text) => {
    const r = analyze(text);
    return { entities: r.entities.length, numbers: r.numbers.length, claims: r.claims.length,
      sentences: r.sentences.length };
  };
  if (only === 'sift') return;

  const [{ default: nlp }, { default: dates }, wink] = await Promise.all([
    import('./vendor/compromise-three.mjs'),
    import('./vendor/compromise-dates.mjs'),
    import('./vendor/wink.mjs'),
  ]);
  nlp.plugin(dates);
  // wink-nlp's full pipeline (its default: sentences, POS, NER, negation, sentiment, custom
  // entities), then the entities and tokens read out.
  const winkNlp = wink.winkNLP(wink.model);
  const its = winkNlp.its;
  pipelines.wink = (text) => {
    const doc = winkNlp.readDoc(text);
    const entities = doc.entities().out(its.detail);
    const tokens = doc.tokens().out();
    return { entities: entities.length, tokens: tokens.length, sentences: doc.sentences().length() };
  };
  // compromise: parse and tag, then the same kinds of things Sift finds.
  pipelines.compromise = (text) => {
    const doc = nlp(text);
    const people = doc.people().out('array');
    const places = doc.places().out('array');
    const orgs = doc.organizations().out('array');
    const numbers = doc.numbers().out('array');
    const found = doc.dates().out('array');
    const quotations = doc.quotations().out('array');
    return { entities: people.length + places.length + orgs.length, numbers: numbers.length,
      dates: found.length, quotations: quotations.length };
  };
}

const texts = new Map();

window.bench = {
  ready: load().then(() => Object.keys(pipelines)),
  /** Fetches a text from this server once; returns its length in UTF-16 code units. */
  async fetchText(path) {
    if (!texts.has(path)) texts.set(path, await (await fetch(path)).text());
    return texts.get(path).length;
  },
  /** Runs one pipeline once on a fetched text: wall time in ms and the counts. */
  run(name, path) {
    const text = texts.get(path);
    const t0 = performance.now();
    const counts = pipelines[name](text);
    const ms = performance.now() - t0;
    log(`${name} ${path} ${ms.toFixed(1)} ms ${JSON.stringify(counts)}`);
    return { ms, counts };
  },
  /** Fetches a JSON array of texts (articles) once; returns how many. */
  async fetchArticles(path) {
    if (!texts.has(path)) texts.set(path, await (await fetch(path)).json());
    return texts.get(path).length;
  },
  /** Runs one pipeline on each article of a fetched array in turn: total wall time in ms. */
  runEach(name, path) {
    const t0 = performance.now();
    for (const text of texts.get(path)) pipelines[name](text);
    const ms = performance.now() - t0;
    log(`${name} ${path} article by article ${ms.toFixed(1)} ms`);
    return { ms };
  },
  /** Sift alone, keeping the result alive (for memory figures): wall time and counts. */
  runKeep(path) {
    const text = texts.get(path);
    const t0 = performance.now();
    window.kept = analyze(text);
    return { ms: performance.now() - t0, entities: window.kept.entities.length };
  },
  /** The size of Sift's WebAssembly memory (it only grows, so this is also its peak). */
  wasmMemoryBytes: () => wasm.memory.buffer.byteLength,
};
