// Starts the explorer. The same module (embed/sift.js) is what host pages embed.
import init, { runApp } from './embed/sift.js';

const root = document.getElementById('app');
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
