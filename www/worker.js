// Sift's analysis worker: the same module as the page (embed/sift.js and its wasm), analysing
// long articles off the page's main thread so the page stays responsive, even on a 5 MB text.
// Messages in: first { module } (the page's compiled WebAssembly.Module, or null: then the worker
// fetches and compiles the wasm itself), then { id, text }. Out: { id, type: 'progress', done, total } between sections of a
// long text, then { id, type: 'done', bytes } (the document, packed; the buffer is transferred)
// or { id, type: 'error', message }. Articles are analysed one at a time, in the order sent.
import init, { AnalysisJob } from './embed/sift.js';

let gotModule;
const module = new Promise((ok) => { gotModule = ok; });

// The module is instantiated as soon as it arrives. There is no warm-up analysis: the page
// analyses short articles itself, and a warm-up here would compete with it for the CPU while the
// page starts; a long text's first section pays the one-time set-up (patterns, model) instead.
const ready = module.then((m) => init(m ? { module_or_path: m } : undefined));
ready.catch(() => {});

const queue = [];
let busy = false;

async function drain() {
  if (busy) return;
  busy = true;
  try {
    await ready;
  } catch (error) {
    for (const { id } of queue.splice(0)) self.postMessage({ id, type: 'error', message: `the analysis could not start (${error.message})` });
    busy = false;
    return;
  }
  while (queue.length) {
    const { id, text } = queue.shift();
    let job;
    try {
      job = new AnalysisJob(text);
      while (!job.step()) self.postMessage({ id, type: 'progress', done: job.done, total: job.total });
      const bytes = job.finish();
      self.postMessage({ id, type: 'done', bytes }, [bytes.buffer]);
    } catch (error) {
      self.postMessage({ id, type: 'error', message: String(error?.message ?? error) });
    } finally {
      job?.free();
    }
  }
  busy = false;
}

self.onmessage = (event) => {
  if ('module' in event.data) {
    gotModule(event.data.module);
    return;
  }
  queue.push(event.data);
  drain();
};
