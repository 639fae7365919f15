// Sift's analysis worker: the same module as the page (embed/sift.js and its wasm), analysing
// articles off the page's main thread so the page stays responsive, even on a 5 MB text.
// Messages in: { id, text }. Out: { id, type: 'progress', done, total } between sections of a
// long text, then { id, type: 'done', bytes } (the document, packed; the buffer is transferred)
// or { id, type: 'error', message }. Articles are analysed one at a time, in the order sent.
import init, { AnalysisJob, analyze } from './embed/sift.js';

// Starting the module and a first small analysis (which compiles the patterns and decodes the
// model) happen while the page is still starting, so the first article is analysed warm.
const ready = init().then(() => {
  analyze('Warming up: Jane Doe said on 3 March 2024 that 1,200 people (about 5%) left Paris for $4m. "Yes," she said.');
});

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
  queue.push(event.data);
  drain();
};
