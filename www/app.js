// Starts the explorer. The same module (embed/sift.js) is what host pages embed.
const root = document.getElementById('app');

// The wasm is fetched once (index.html preloads it) and compiled once, while it downloads; the
// compiled module goes to the analysis worker as well, so the worker neither downloads nor
// compiles it again and the two share its machine code.
const wasmUrl = new URL('./embed/sift_bg.wasm', import.meta.url);
async function compileWasm() {
  const response = fetch(wasmUrl);
  try {
    return await WebAssembly.compileStreaming(response);
  } catch {
    // A server that does not send application/wasm: compile from the bytes instead.
    return WebAssembly.compile(await (await fetch(wasmUrl)).arrayBuffer());
  }
}
const compiled = compileWasm();
compiled.catch(() => {});

// The analysis runs in a worker (embed/worker.js, the one embedded explorers start too), started
// before anything else so that it loads in parallel with the page. Without module workers the app
// analyses on the page instead.
let worker = null;
try {
  worker = new Worker(new URL('./embed/worker.js', import.meta.url), { type: 'module' });
} catch (error) {
  console.warn('Sift analyses on the page:', error.message);
}

// Offline after the first visit (see sw.js). Not available on file:// or without a secure context.
// Registered once the open articles are analysed (or after a few seconds): installing it
// downloads the whole app again, which would otherwise compete with the first load.
const analysed = new MutationObserver(() => {
  if (root.querySelector('.sift-app:not([data-library="loading"])[data-analysing="0"]')) registerServiceWorker();
});
function registerServiceWorker() {
  analysed.disconnect();
  if (registerServiceWorker.done || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  registerServiceWorker.done = true;
  navigator.serviceWorker.register('./sw.js').catch((error) => console.warn('Sift works online only:', error.message));
}
analysed.observe(root, { subtree: true, attributes: true, attributeFilter: ['data-analysing', 'data-library'] });
setTimeout(registerServiceWorker, 5000);

try {
  const sift = import('./embed/sift.js');
  const module = await compiled.catch(() => null);
  // The worker compiles the wasm itself if the page could not (null).
  worker?.postMessage({ module });
  const { default: init, runApp } = await sift;
  await init(module ? { module_or_path: module } : undefined);
  root.replaceChildren();
  runApp(root, worker);
} catch (error) {
  root.textContent =
    `Sift could not start (${error.message}). It needs a browser with WebAssembly: ` +
    'a current Chrome, Edge, Firefox or Safari.';
  root.setAttribute('role', 'alert');
}
