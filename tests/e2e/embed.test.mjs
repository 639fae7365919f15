// Embedding in host pages of our own, in Chromium: the JS API (analyze, mount, annotate), the
// <sift-explorer> element, isolation from hostile host CSS, a strict CSP, size and packaging.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, serveDist, watchErrors, outputDir, root, bigText, watchResponsiveness, responsiveness } from './browser.mjs';

let browser, server;
before(async () => { [browser, server] = await Promise.all([launch(), serveDist()]); });
after(async () => { await browser?.close(); await server?.close(); });

const ARTICLE = `<article id="host">
  <h2 class="headline">Talks</h2>
  <p><a href="https://example.org/trump">US President <b>Donald</b> Trump</a> said on <em>Wednesday</em> that at least
  72 people had died, and that <strong>Vladimir Putin</strong> would meet him in Helsinki 😀 next week.</p>
  <p>"We are fighting for our independence," Volodymyr Zelenskyy told reporters in Kyiv.</p>
</article>`;

/** Opens a host page (served from the same origin as dist/) with the given body, head and headers;
 * `scripts` and `texts` are served under /host/ too. */
async function host(body, { head = '', headers = {}, scripts = {}, texts = {} } = {}) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.route(`${server.url}/host/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.endsWith('.txt')) return route.fulfill({ body: texts[path.split('/').pop()] ?? '', contentType: 'text/plain; charset=utf-8' });
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

test('annotate() reads line breaks in the HTML source as spaces, and <br> as a line break', async () => {
  const { page, errors } = await host(`<article id="wrapped"><p>Zelenskiy said that at least 72 people
      had been killed, and that Vladimir Putin
      would meet him in Helsinki next week.<br>Kyiv was quiet.</p></article>`);
  const r = await page.evaluate(() => {
    const article = document.getElementById('wrapped');
    const html = article.innerHTML;
    const handle = window.sift.annotate(article, { layers: 'claim' });
    const claims = [...article.querySelectorAll('mark[data-kind="claim"]')].map((m) => m.textContent);
    handle.clear();
    return { claims, restored: article.innerHTML === html };
  });
  // One claim to the sentence's end, across the source's line breaks, and not past the <br>.
  assert.equal(r.claims.length, 1, JSON.stringify(r));
  assert.match(r.claims[0], /^that at least 72 people\s+had been killed, and that Vladimir Putin\s+would meet him in Helsinki next week$/, JSON.stringify(r));
  assert.ok(r.restored);
  assert.deepEqual(errors, []);
  await page.close();
});

test('annotate() again replaces the earlier annotation, and every clear() leaves the host text as it was', async () => {
  const { page, errors } = await host(`<article id="again"><p>"We will act," <b>Maria Lindqvist</b> said in Stockholm on Tuesday, adding that 45 billion crowns was enough.</p></article>`);
  const r = await page.evaluate(() => {
    const article = document.getElementById('again');
    const html = article.innerHTML;
    const first = window.sift.annotate(article);
    const marks = article.querySelectorAll('mark').length;
    const second = window.sift.annotate(article);
    const again = article.querySelectorAll('mark').length;
    const nested = article.querySelectorAll('mark.sift-annotation mark.sift-annotation[data-kind="entity"] mark.sift-annotation[data-kind="entity"]').length;
    const counts = [first.count, second.count];
    first.clear();
    const afterFirst = article.innerHTML;
    second.clear();
    // Annotating the paragraph inside replaces the annotation of the article around it too.
    const outer = window.sift.annotate(article);
    const inner = window.sift.annotate(article.querySelector('p'));
    outer.clear();
    const innerMarks = article.querySelectorAll('mark').length;
    inner.clear();
    return { marks, again, nested, counts, afterFirstHasMarks: afterFirst !== html, restored: article.innerHTML === html, outerCount: outer.count, innerMarks };
  });
  assert.ok(r.marks > 0, JSON.stringify(r));
  assert.equal(r.again, r.marks, 'the second annotation replaces the first: as many marks, none doubled');
  assert.equal(r.nested, 0);
  assert.deepEqual(r.counts, [0, r.marks], 'the replaced handle counts nothing');
  assert.ok(r.afterFirstHasMarks, 'clearing the replaced handle leaves the second annotation alone');
  assert.ok(r.restored, 'the host text and markup are back exactly');
  assert.equal(r.outerCount, 0);
  assert.equal(r.innerMarks, r.marks, 'clearing the replaced outer handle leaves the inner annotation alone');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the JS API says what is wrong with a bad argument, and goes on working', async () => {
  const { page, errors } = await host('<div id="target"></div>');
  const messages = await page.evaluate(() => {
    const attempt = (f) => { try { f(); return 'no error'; } catch (e) { return String(e.message); } };
    const { analyze, annotate, mount } = window.sift;
    return {
      number: attempt(() => analyze(42)),
      object: attempt(() => analyze({})),
      none: attempt(() => analyze()),
      annotateNull: attempt(() => annotate(null)),
      annotateString: attempt(() => annotate('#target')),
      mountNull: attempt(() => mount(undefined, { text: 'x' })),
      bogus: attempt(() => annotate(document.getElementById('target'), { layers: ['bogus'] })),
      plural: attempt(() => annotate(document.getElementById('target'), { layers: ['Numbers', 'claims'] }).clear()),
      numberLayers: attempt(() => annotate(document.getElementById('target'), { layers: 42 })),
      stillWorks: analyze('Angela Merkel spoke in Berlin.').entities.length,
    };
  });
  assert.equal(messages.number, 'analyze(text): text must be a string, not a number');
  assert.equal(messages.object, 'analyze(text): text must be a string, not an object');
  assert.equal(messages.none, 'analyze(text): text must be a string, not undefined (no argument)');
  assert.equal(messages.annotateNull, 'annotate(element): element must be an element of the page, not null');
  assert.equal(messages.annotateString, 'annotate(element): element must be an element of the page, not a string');
  assert.equal(messages.mountNull, 'mount(element): element must be an element of the page, not undefined (no argument)');
  assert.equal(messages.bogus, 'unknown layer “bogus”: use entity, number or claim');
  assert.equal(messages.plural, 'no error');
  assert.equal(messages.numberLayers, 'layers must be an array or a string of entity, number and claim, not a number');
  assert.ok(messages.stillWorks >= 2);
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
  assert.equal(await count('a', '.sift-numbers'), 0, '… and the numbers panel');
  assert.ok((await count('a', '.sift-claims')) > 0);
  assert.ok((await count('a', 'mark[data-kind="claim"]')) > 0);
  assert.equal(await count('a', 'h1'), 0, 'an explorer adds no top heading to the host page');
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

/** Waits until the explorer in `#id` has analysed its article, then checks that the host page
 * stayed responsive throughout, that the progress bar advanced, and that the end of the text is
 * marked. */
async function checkLongExplorer(page, id, what) {
  await page.waitForFunction((id) => document.getElementById(id)?.shadowRoot?.querySelector('.sift-analysing progress'), id, { timeout: 30_000 });
  await page.waitForFunction((id) => document.getElementById(id).shadowRoot.querySelector('.sift-app')?.dataset.analysing === '0', id, { timeout: 200_000, polling: 250 });
  await page.waitForFunction((id) => document.getElementById(id).shadowRoot.querySelector('.sift-text mark[data-kind="entity"]'), id);
  const { long, progress, worst } = await responsiveness(page);
  console.log(`${what}: longest host-page task while analysing 5 MB: ${worst.toFixed(0)} ms (${long.length} over 50 ms); progress seen: ${progress.map((p) => p.toFixed(2)).join(' ')}`);
  assert.ok(long.every((t) => t.duration <= 200), `host-page tasks over 200 ms: ${JSON.stringify(long.filter((t) => t.duration > 200))}`);
  assert.ok(progress.length >= 3, `the bar advanced: ${progress}`);
  assert.ok(progress.every((p, i) => i === 0 || p > progress[i - 1]), `the bar only moves forward: ${progress}`);
  // The last paragraph, analysed in the last section, is marked once it is in view.
  await page.evaluate((id) => [...document.getElementById(id).shadowRoot.querySelectorAll('.sift-text .sift-block')].at(-1).scrollIntoView(), id);
  await page.waitForFunction((id) => [...document.getElementById(id).shadowRoot.querySelectorAll('.sift-text mark[data-label="PERSON"]')]
    .some((m) => m.textContent === 'Angela Merkel'), id, { timeout: 10_000 });
  assert.equal(await page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('.sift-notice'), id), null, 'no notice');
}

test('mount() analyses a 5 MB article in a worker: the host page stays responsive, with progress, and ends with marks', { timeout: 240_000 }, async () => {
  const text = bigText();
  const { page, errors } = await host('<h1>Host</h1><div id="target"></div>', { texts: { 'big.txt': text } });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const workers = [];
  page.on('worker', (w) => workers.push(w));
  // The host has the text already (fetched before the measure starts).
  assert.equal(await page.evaluate(async () => (window.__text = await (await fetch('/host/big.txt')).text()).length), text.length);
  await watchResponsiveness(page, 'target');
  await page.evaluate(() => {
    window.handle = window.sift.mount(document.getElementById('target'), { text: window.__text, title: 'Five megabytes' });
    // Every placeholder the explorer shows before its article appears.
    window.__shown = [];
    const root = document.getElementById('target').shadowRoot;
    new MutationObserver(() => {
      const p = root.querySelector('.sift-main > .sift-empty');
      if (p && window.__shown.at(-1) !== p.className) window.__shown.push(p.className);
    }).observe(root, { subtree: true, childList: true });
  });
  await checkLongExplorer(page, 'target', 'mount()');
  const shown = await page.evaluate(() => window.__shown);
  assert.ok(shown.length > 0 && shown.every((c) => c.includes('sift-opening')), `only "Opening the article…" before it appears: ${shown}`);
  assert.equal(workers.length, 1, 'one analysis worker');
  assert.match(workers[0].url(), /\/embed\/worker\.js$/);
  assert.deepEqual(warnings.filter((w) => /Sift/.test(w)), [], 'no fallback to the page');
  // destroy() also ends the explorer's worker.
  const closed = new Promise((ok) => workers[0].on('close', ok));
  await page.evaluate(() => window.handle.destroy());
  await closed;
  assert.deepEqual(errors, []);
  await page.close();
});

test('<sift-explorer src> analyses a 5 MB article in a worker and the host page stays responsive', { timeout: 240_000 }, async () => {
  const { page, errors } = await host('<h1>Host</h1>', { texts: { 'big.txt': bigText() } });
  const workers = [];
  page.on('worker', (w) => workers.push(w));
  await watchResponsiveness(page, 'big');
  await page.evaluate(() => {
    const explorer = document.createElement('sift-explorer');
    explorer.id = 'big';
    explorer.setAttribute('src', '/host/big.txt');
    document.body.append(explorer);
  });
  await checkLongExplorer(page, 'big', '<sift-explorer>');
  assert.equal(workers.length, 1, 'one analysis worker');
  await page.screenshot({ path: join(outputDir, 'embed-bigtext.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('under a CSP that forbids workers, embedded explorers analyse long texts on the page', { timeout: 120_000 }, async () => {
  const text = bigText(200 * 1024);
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; worker-src 'none'";
  const { page, errors } = await host('<div id="target"></div><sift-explorer id="el" src="/host/long.txt"></sift-explorer>', {
    head: '<script type="module" src="/host/start.js"></script>',
    headers: { 'Content-Security-Policy': csp },
    scripts: { 'start.js': "import init from '/embed/sift.js'; await init();" },
    texts: { 'long.txt': text },
  });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const workers = [];
  page.on('worker', (w) => workers.push(w));
  await page.evaluate((text) => { window.sift.mount(document.getElementById('target'), { text }); }, text);
  for (const id of ['target', 'el']) {
    // The article is in (the explorer has fetched its src) and analysed.
    await page.waitForFunction((id) => document.getElementById(id).shadowRoot?.querySelector('.sift-text .sift-block')
      && document.getElementById(id).shadowRoot.querySelector('.sift-app')?.dataset.analysing === '0', id, { timeout: 60_000 });
    // The end in view (again at each look: the two explorers' text still entering the page can
    // move it), then its marks.
    await page.waitForFunction((id) => {
      const root = document.getElementById(id).shadowRoot;
      root.querySelectorAll('.sift-text .sift-block')[root.querySelectorAll('.sift-text .sift-block').length - 1].scrollIntoView();
      return [...root.querySelectorAll('.sift-text mark[data-label="PERSON"]')].some((m) => m.textContent === 'Angela Merkel');
    }, id, { timeout: 20_000, polling: 250 });
    assert.equal(await page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('.sift-notice'), id), null, 'nothing shown to the reader');
  }
  assert.deepEqual(workers, [], 'no worker ran');
  assert.ok(warnings.some((w) => /Sift/.test(w)), `a console warning: ${warnings}`);
  // The browser itself reports the refused worker; nothing else went wrong.
  assert.deepEqual(errors.filter((e) => !/Content Security Policy/.test(e)), []);
  await page.close();
});

test('the end of a long article, reached before all its text is in the page, keeps its place and is marked', async () => {
  const { page, errors } = await host('<div id="target"></div>');
  const early = await page.evaluate(async (text) => {
    const target = document.getElementById('target');
    // The page's timers are held once the blocks are in the page, so that the moment a slow machine
    // goes through (the first blocks have their text, the rest are still empty) lasts while we look.
    const realSetTimeout = window.setTimeout.bind(window);
    const held = [];
    window.setTimeout = (f, ms, ...args) => { held.push(() => f(...args)); return 0; };
    window.releaseTimers = () => { window.setTimeout = realSetTimeout; for (const f of held.splice(0)) realSetTimeout(f, 0); };
    window.sift.mount(target, { text });
    while (!target.shadowRoot.querySelector('.sift-text .sift-block')) {
      for (const f of held.splice(0)) f();
      await new Promise((ok) => realSetTimeout(ok, 10));
    }
    const blocks = [...target.shadowRoot.querySelectorAll('.sift-text .sift-block')];
    blocks.at(-1).scrollIntoView();
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    const box = blocks.at(-1).getBoundingClientRect();
    return { empty: blocks.filter((b) => !b.hasChildNodes()).length, height: box.height, top: box.top };
  }, bigText(200 * 1024));
  assert.ok(early.empty > 1, `blocks still to come: ${JSON.stringify(early)}`);
  // An empty block on screen is as tall as the ones off screen, so the end stays where it was scrolled to.
  assert.ok(early.height >= 400 && Math.abs(early.top) < 1, JSON.stringify(early));
  await page.evaluate(() => window.releaseTimers());
  await page.waitForFunction(() => document.getElementById('target').shadowRoot.querySelector('.sift-app')?.dataset.analysing === '0');
  await page.waitForFunction(() => [...document.getElementById('target').shadowRoot.querySelectorAll('.sift-text mark[data-label="PERSON"]')]
    .some((m) => m.textContent === 'Angela Merkel'), null, { timeout: 10_000 });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the embed bundle is at most 1 MB gzip and an installable npm package', () => {
  const dir = join(root, 'dist', 'embed');
  // The wasm, sift.js, the wasm-bindgen snippets it imports and the analysis worker it starts
  // for long texts.
  const snippets = readdirSync(join(dir, 'snippets'), { recursive: true }).filter((f) => f.endsWith('.js')).sort();
  assert.ok(snippets.length > 0, 'the snippets are in dist/embed');
  const files = ['sift.js', 'sift_bg.wasm', 'worker.js', ...snippets.map((f) => join('snippets', f))];
  const gz = gzipSync(Buffer.concat(files.map((f) => readFileSync(join(dir, f)))), { level: 9 }).length;
  assert.ok(gz <= 1024 * 1024, `wasm + js is ${gz} bytes gzip`);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  assert.equal(pkg.exports['.'].default, './sift.js');
  for (const file of pkg.files) assert.ok(existsSync(join(dir, file)), `${file} is in dist/embed`);
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] }).toString());
  const names = packed[0].files.map((f) => f.path);
  for (const file of ['sift.js', 'sift_bg.wasm', 'worker.js', 'package.json']) assert.ok(names.includes(file), names.join(','));
});

test('embedded highlights say what they are to assistive technology, and an explorer adds no second main landmark', async () => {
  const { page, errors } = await host(`<main><h1>Host</h1>${ARTICLE}<div id="target"></div></main>`);
  const marks = await page.evaluate(() => {
    window.sift.annotate(document.getElementById('host'), {});
    return [...document.querySelectorAll('#host mark')].map((m) => ({ text: m.textContent, description: m.getAttribute('aria-description'), title: m.title }));
  });
  assert.ok(marks.length > 5);
  assert.ok(marks.every((m) => m.description && m.title === m.description), JSON.stringify(marks.find((m) => !m.description)));
  assert.ok(marks.some((m) => /^PERSON · .*Putin/.test(m.description)), JSON.stringify(marks));
  assert.ok(marks.some((m) => /^DATE · /.test(m.description)), JSON.stringify(marks));
  await page.evaluate(() => window.sift.mount(document.getElementById('target'), { text: 'Vladimir Putin met Donald Trump in Helsinki.' }));
  await page.locator('#target .sift-text mark').first().waitFor();
  const landmarks = await page.evaluate(() => {
    const all = [];
    const walk = (root) => root.querySelectorAll('*').forEach((el) => {
      if (el.localName === 'main' || el.getAttribute('role') === 'main') all.push('main');
      if (el.shadowRoot) walk(el.shadowRoot);
    });
    walk(document);
    const region = document.getElementById('target').shadowRoot?.querySelector('.sift-main') ?? document.querySelector('#target .sift-main');
    return { mains: all.length, region: region && `${region.localName}:${region.getAttribute('aria-label')}` };
  });
  assert.deepEqual(landmarks, { mains: 1, region: 'section:Article' });
  assert.deepEqual(errors, []);
  await page.close();
});
