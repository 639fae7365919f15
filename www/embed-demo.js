// The embed demo: the three ways to use Sift in a page.
import init, { mount, annotate } from './embed/sift.js';

await init();

let mounted = null;
const mountButton = document.getElementById('mount-toggle');
mountButton.addEventListener('click', () => {
  if (mounted) {
    mounted.destroy();
    mounted = null;
    mountButton.textContent = 'Mount the explorer';
    return;
  }
  const text = document.getElementById('host-article').innerText;
  mounted = mount(document.getElementById('mount-target'), { text, layers: ['entity', 'number'], compact: true });
  mountButton.textContent = 'Destroy it';
});

let annotation = null;
const annotateButton = document.getElementById('annotate-toggle');
annotateButton.addEventListener('click', () => {
  if (annotation) {
    annotation.clear();
    annotation = null;
    annotateButton.textContent = 'Annotate the article below';
    return;
  }
  annotation = annotate(document.getElementById('host-article'), {});
  annotateButton.textContent = `Clear the ${annotation.count} highlights`;
});
