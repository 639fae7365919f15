// Sift's analysis worker, for the app and embedded explorers. Protocol: ARCHITECTURE.md.
import init, { AnalysisJob } from './sift.js';

let gotModule;
const ready = new Promise((ok) => { gotModule = ok; }).then((m) => init({ module_or_path: m ?? undefined }));
ready.catch(() => {});
const queue = [];
let busy = false;

async function drain() {
  if (busy) return;
  busy = true;
  // Without the module the page analyses everything itself.
  try { await ready; } catch { return self.postMessage({ type: 'unavailable' }); }
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

self.onmessage = ({ data }) => {
  if ('module' in data) return gotModule(data.module);
  queue.push(data);
  drain();
};
