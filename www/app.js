// Starts the explorer. The same module (embed/sift.js) is what host pages embed.
const root = document.getElementById('app');

// The analysis runs in a worker (worker.js), started before anything else so that it loads in
// parallel with the page. Without module workers the app analyses on the page instead.
let worker = null;
try {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
} catch (error) {
  console.warn('Sift analyses on the page:', error.message);
}

// Offline after the first visit (see sw.js). Not available on file:// or without a secure context.
if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register('./sw.js').catch((error) => console.warn('Sift works online only:', error.message));
}
try {
  const { default: init, runApp } = await import('./embed/sift.js');
  await init();
  root.replaceChildren();
  runApp(root, worker);
} catch (error) {
  root.textContent =
    `Sift could not start (${error.message}). It needs a browser with WebAssembly: ` +
    'a current Chrome, Edge, Firefox or Safari.';
  root.setAttribute('role', 'alert');
}
