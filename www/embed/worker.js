// Sift's analysis worker, used by the app and by mount() / <sift-explorer>. Protocol: ARCHITECTURE.md.
import init, { AnalysisJob } from './sift.js';

let gotModule;
const ready = new Promise((ok) => { gotModule = ok; }).then((m) => init(m ? { module_or_path: m } : undefined));
ready.catch(() => {});
const queue = [];
let busy = false;

async function drain() {
  if (busy) return;
  busy = true;
  try {
    await ready;
  } catch (error) {
    // The page then analyses everything itself.
    self.postMessage({ type: 'unavailable', message: String(error?.message ?? error) });
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

self.onmessage = ({ data }) => {
  if ('module' in data) return gotModule(data.module);
  queue.push(data);
  drain();
};
