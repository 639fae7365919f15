// Embedding in host pages of our own, in Chromium: the JS API (analyze, mount, annotate), the
// <sift-explorer> element, isolation from hostile host CSS, a strict CSP, size and packaging.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, serveDist, watchErrors, outputDir, root } from './browser.mjs';

let browser, server;
before(async () => { [browser, server] = await Promise.all([launch(), serveDist()]); });
after(async () => { await browser?.close(); await server?.close(); });

const ARTICLE = `<article id="host">
  <h2 class="headline">Talks</h2>
  <p><a href="https://example.org/trump">US President <b>Donald</b> Trump</a> said on <em>Wednesday</em> that at least
  72 people had died, and that <strong>Vladimir Putin</strong> would meet him in Helsinki 😀 next week.</p>
  <p>"We are fighting for our independence," Volodymyr Zelenskyy told reporters in Kyiv.</p>
</article>`;

/** Opens a host page (served from the same origin as dist/) with the given body, head and headers. */
async function host(body, { head = '', headers = {}, scripts = {} } = {}) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.route(`${server.url}/host/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.endsWith('.js')) {
      return route.fulfill({ body: scripts[path.split('/').pop()] ?? '', contentType: 'text/javascript' });
    }
    return route.fulfill({
      contentType: 'text/html',
      headers,
      body: `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
    });
  });
  await page.goto(`${server.url}/host/page.html`);
  await page.evaluate(async () => {
    const sift = await import('/embed/sift.js');
    await sift.default();
    window.sift = sift;
  }).catch(() => {});
  return { page, errors };
}

test('analyze() returns the CLI schema with UTF-16 offsets, also after astral characters', async () => {
  const { page, errors } = await host('');
  const result = await page.evaluate(() => {
    const text = '😀👍🏽 Donald Trump met Vladimir Putin in Helsinki. "We will win," Zelenskiy said, and 25% agreed.\u0301 é';
    const r = window.sift.analyze(text);
    const spans = [...r.entities, ...r.numbers, ...r.claims];
    for (const c of r.claims) spans.push(...c.content, ...[c.cue, c.source].filter(Boolean));
    return {
      keys: Object.keys(r).sort(),
      bad: spans.filter((s) => text.slice(s.start, s.end) !== s.text).map((s) => s.text),
      entities: r.entities.map((e) => [e.text, e.label]),
      count: spans.length,
      claim: r.claims[0] && Object.keys(r.claims[0]),
    };
  });
  assert.deepEqual(result.bad, []);
  assert.ok(result.count >= 6, JSON.stringify(result));
  for (const key of ['entities', 'numbers', 'claims']) assert.ok(result.keys.includes(key));
  assert.ok(result.entities.some(([t, l]) => t.includes('Putin') && l === 'PERSON'), JSON.stringify(result.entities));
  for (const key of ['cue', 'source', 'content', 'speaker', 'kind']) assert.ok(result.claim.includes(key));
  // A lone surrogate from JavaScript does not shift offsets.
  const lone = await page.evaluate(() => {
    const text = 'A \ud800 lone surrogate before Vladimir Putin.';
    const r = window.sift.analyze(text);
    return r.entities.map((e) => [text.slice(e.start, e.end), e.text]);
  });
  for (const [sliced, reported] of lone) assert.equal(sliced, reported);
  assert.deepEqual(errors, []);
  await page.close();
});

test('annotate() marks mentions in place and clear() restores the exact original', async () => {
  const { page, errors } = await host(ARTICLE);
  const r = await page.evaluate(() => {
    const article = document.getElementById('host');
    const before = article.innerHTML;
    const text = article.textContent;
    const link = article.querySelector('a');
    const firstText = link.firstChild;
    const pageStyle = () => { const b = getComputedStyle(document.body); const h = getComputedStyle(article.querySelector('h2')); return [b.margin, b.fontFamily, b.backgroundColor, h.color, h.fontSize].join('|'); };
    const styleBefore = pageStyle();
    const handle = window.sift.annotate(article, {});
    const marks = [...article.querySelectorAll('mark')];
    const out = {
      count: handle.count,
      marks: marks.length,
      textSame: article.textContent === text,
      styleSame: pageStyle() === styleBefore,
      linkHref: article.querySelector('a').getAttribute('href'),
      linkStillSame: article.querySelector('a') === link,
      allTagged: marks.every((m) => m.classList.contains('sift-annotation') && m.dataset.kind && m.dataset.label),
      trumpPieces: marks.filter((m) => m.dataset.kind === 'entity' && /Trump/.test(m.dataset.entity ?? '')).map((m) => m.textContent),
      kinds: [...new Set(marks.map((m) => m.dataset.kind))].sort(),
      onlyMarksAdded: [...article.querySelectorAll('*')].every((el) => el.tagName === 'MARK' || before.includes(`<${el.tagName.toLowerCase()}`)),
    };
    handle.clear();
    out.restored = article.innerHTML === before;
    out.sameTextNode = link.firstChild === firstText && firstText.isConnected;
    out.marksAfter = article.querySelectorAll('mark').length;
    return out;
  });
  assert.ok(r.marks >= 6, JSON.stringify(r));
  assert.equal(r.count, r.marks);
  assert.ok(r.textSame && r.linkStillSame && r.allTagged && r.onlyMarksAdded, JSON.stringify(r));
  assert.ok(r.styleSame, "annotate() styles only its own marks");
  assert.equal(r.linkHref, 'https://example.org/trump');
  assert.deepEqual(r.kinds, ['claim', 'entity', 'number']);
  // "Donald Trump" crosses the host's <b>: one mention, split into two marks.
  assert.ok(r.trumpPieces.includes('Donald') && r.trumpPieces.includes(' Trump') || r.trumpPieces.includes('Trump'), JSON.stringify(r.trumpPieces));
  assert.ok(r.restored && r.sameTextNode, JSON.stringify(r));
  assert.equal(r.marksAfter, 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('mount() renders inside a shadow root that hostile host CSS cannot break, and destroy() removes it', async () => {
  const hostile = '<style>button { display: none !important } body * { color: rgb(255, 0, 0) !important } mark { background: black !important }</style>';
  const { page, errors } = await host('<h2 id="host-h">Host heading</h2><mark id="host-mark">host mark</mark><div id="target"></div>', { head: hostile });
  const hostStyle = () => page.evaluate(() => {
    const h = getComputedStyle(document.getElementById('host-h'));
    return { font: h.fontSize, color: h.color, mark: getComputedStyle(document.getElementById('host-mark')).backgroundColor };
  });
  const beforeMount = await hostStyle();
  await page.evaluate(() => {
    window.handle = window.sift.mount(document.getElementById('target'), {
      text: 'Vladimir Putin met Donald Trump in Helsinki on July 16, 2018, officials said.',
      compact: true,
    });
  });
  const inner = page.locator('#target .sift-text mark[data-kind="entity"]').first();
  await inner.waitFor();
  const styles = await page.evaluate(() => {
    const shadow = document.getElementById('target').shadowRoot;
    const button = shadow.querySelector('button');
    const mark = shadow.querySelector('mark[data-kind="entity"]');
    return {
      shadow: !!shadow,
      buttonDisplay: getComputedStyle(button).display,
      buttonVisible: button.getBoundingClientRect().width > 0,
      markColor: getComputedStyle(mark).color,
      marks: shadow.querySelectorAll('mark[data-kind]').length,
      lightDomMarks: document.querySelectorAll('#target mark').length,
    };
  });
  assert.ok(styles.shadow && styles.buttonVisible && styles.buttonDisplay !== 'none', JSON.stringify(styles));
  assert.notEqual(styles.markColor, 'rgb(255, 0, 0)');
  assert.ok(styles.marks >= 3);
  assert.equal(styles.lightDomMarks, 0, 'nothing rendered outside the shadow root');
  assert.deepEqual(await hostStyle(), beforeMount, "the explorer's CSS does not leak into the host");
  await page.screenshot({ path: join(outputDir, 'embed-hostile.png') });
  await page.evaluate(() => window.handle.destroy());
  assert.equal(await page.evaluate(() => document.getElementById('target').shadowRoot.childElementCount), 0);
  // mount() with src loads a same-origin article; a missing one is reported in the explorer.
  await page.evaluate(() => { window.h2 = window.sift.mount(document.getElementById('target'), { src: '/samples/002_cbcbdd5b42f263f4.txt' }); });
  await page.waitForFunction(() => document.getElementById('target').shadowRoot.querySelectorAll('mark[data-kind="claim"]').length > 0);
  await page.evaluate(() => { window.h2.destroy(); window.h3 = window.sift.mount(document.getElementById('target'), { src: '/samples/missing.txt' }); });
  await page.waitForFunction(() => document.getElementById('target').shadowRoot.querySelector('.sift-notice'));
  assert.match(await page.evaluate(() => document.getElementById('target').shadowRoot.querySelector('.sift-notice').textContent), /404/);
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  await page.close();
});

test('<sift-explorer> loads src or inline text, works under a strict CSP, and reports a bad src', async () => {
  const body = `<sift-explorer id="a" src="/samples/000_e0917929e91c8f01.txt" layers="entity,claim" theme="dark"></sift-explorer>
    <sift-explorer id="b">Angela Merkel visited Paris on Monday.</sift-explorer>
    <sift-explorer id="c" src="https://elsewhere.example/x.txt"></sift-explorer>`;
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  const { page, errors } = await host(body, {
    head: '<script type="module" src="/host/start.js"></script>',
    headers: { 'Content-Security-Policy': csp },
    scripts: { 'start.js': "import init from '/embed/sift.js'; await init();" },
  });
  const count = (id, sel) => page.evaluate(([id, sel]) => document.getElementById(id).shadowRoot?.querySelectorAll(sel).length ?? -1, [id, sel]);
  await page.waitForFunction(() => (document.getElementById('a').shadowRoot?.querySelectorAll('mark[data-kind="entity"]').length ?? 0) > 20);
  assert.equal(await count('a', 'mark[data-kind="number"]'), 0, 'layers="entity,claim" hides numbers');
  assert.ok((await count('a', 'mark[data-kind="claim"]')) > 0);
  assert.equal(await page.evaluate(() => document.getElementById('a').shadowRoot.querySelector('.sift-app').dataset.theme), 'dark');
  await page.waitForFunction(() => (document.getElementById('b').shadowRoot?.querySelectorAll('mark[data-label="PERSON"]').length ?? 0) > 0);
  await page.waitForFunction(() => document.getElementById('c').shadowRoot?.querySelector('.sift-notice'));
  const notice = await page.evaluate(() => document.getElementById('c').shadowRoot.querySelector('.sift-notice').textContent);
  assert.match(notice, /must be on this site/);
  // Changing an attribute re-renders.
  await page.evaluate(() => document.getElementById('a').setAttribute('layers', 'number'));
  await page.waitForFunction(() => document.getElementById('a').shadowRoot.querySelectorAll('mark[data-kind="number"]').length > 0);
  assert.equal(await count('a', 'mark[data-kind="entity"]'), 0);
  // The tooltip and the minimap are positioned through the CSSOM, which the strict style-src allows.
  const merkel = page.locator('#b mark[data-label="PERSON"]').first();
  await merkel.click();
  await merkel.hover();
  const placed = await page.evaluate(() => {
    const root = document.getElementById('b').shadowRoot;
    const tip = root.querySelector('.sift-tooltip');
    const tick = root.querySelector('.sift-minimap .sift-tick');
    return { tip: tip && tip.style.left, tipText: tip?.textContent, tick: tick && tick.style.top };
  });
  assert.match(placed.tip ?? '', /^\d+px$/, 'the tooltip has a position');
  assert.match(placed.tipText ?? '', /Angela Merkel/);
  assert.match(placed.tick ?? '', /^\d+(\.\d+)?%$/, 'the minimap tick has a position');
  assert.deepEqual(errors.filter((e) => /Content Security Policy|Refused/.test(e)), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the embed demo page shows the three ways', async () => {
  const page = await browser.newPage({ viewport: { width: 1300, height: 1600 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/embed-demo.html`);
  await page.waitForFunction(() => (document.getElementById('explorer').shadowRoot?.querySelectorAll('mark').length ?? 0) > 10);
  assert.ok((await page.locator('pre code').count()) >= 3, 'copyable snippets');
  await page.click('#mount-toggle');
  await page.waitForFunction(() => (document.getElementById('mount-target').shadowRoot?.querySelectorAll('mark').length ?? 0) > 0);
  await page.click('#annotate-toggle');
  assert.ok((await page.locator('#host-article mark.sift-annotation').count()) > 3);
  await page.screenshot({ path: join(outputDir, 'embed-demo.png'), fullPage: true });
  await page.click('#annotate-toggle');
  assert.equal(await page.locator('#host-article mark').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the embed bundle is at most 1 MB gzip and an installable npm package', () => {
  const dir = join(root, 'dist', 'embed');
  const gz = gzipSync(Buffer.concat([readFileSync(join(dir, 'sift.js')), readFileSync(join(dir, 'sift_bg.wasm'))]), { level: 9 }).length;
  assert.ok(gz <= 1024 * 1024, `wasm + js is ${gz} bytes gzip`);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  assert.equal(pkg.exports['.'].default, './sift.js');
  for (const file of pkg.files) assert.ok(existsSync(join(dir, file)), `${file} is in dist/embed`);
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] }).toString());
  const names = packed[0].files.map((f) => f.path);
  for (const file of ['sift.js', 'sift_bg.wasm', 'package.json']) assert.ok(names.includes(file), names.join(','));
});
