// Starts the explorer. The same module (embed/sift.js) is what host pages embed.
import init, { runApp } from './embed/sift.js';

const root = document.getElementById('app');

// Offline after the first visit (see sw.js). Not available on file:// or without a secure context.
if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register('./sw.js').catch((error) => console.warn('Sift works online only:', error.message));
}
try {
  await init();
  root.replaceChildren();
  runApp(root);
} catch (error) {
  root.textContent =
    `Sift could not start (${error.message}). It needs a browser with WebAssembly: ` +
    'a current Chrome, Edge, Firefox or Safari.';
  root.setAttribute('role', 'alert');
}
