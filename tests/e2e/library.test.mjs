// The explorer as a reader uses it: loading files (good and bad), the library kept across reloads,
// tooltips, sorting, entities across articles, text that stays text, and no request leaving the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, serveDist, watchErrors, root, analysed } from './browser.mjs';

const fixtures = join(root, 'tests', 'e2e', 'fixtures');
let browser, server;
before(async () => { [browser, server] = await Promise.all([launch(), serveDist()]); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(context) {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/`);
  await page.waitForSelector('.sift-app[data-library="ready"]');
  await page.waitForSelector('.sift-library li');
  await analysed(page);
  return { page, errors };
}

const titles = (page) => page.locator('.sift-article-title').allInnerTexts();

test('the library starts with the samples and survives reloads, with delete', async () => {
  const context = await browser.newContext();
  const { page, errors } = await open(context);
  assert.equal((await titles(page)).length, 2);
  await page.fill('#sift-paste-text', 'Kamala Harris spoke in Chicago on Tuesday.');
  await page.click('.sift-paste button[type="submit"]');
  assert.equal((await titles(page)).length, 3);
  await page.waitForTimeout(300);
  await page.reload();
  await page.waitForSelector('.sift-app[data-library="ready"]');
  await page.waitForFunction(() => document.querySelectorAll('.sift-library li').length === 3);
  assert.ok((await titles(page)).some((t) => t.includes('Kamala Harris')));
  await page.locator('.sift-delete').first().click();
  assert.equal((await titles(page)).length, 2);
  await page.waitForTimeout(300);
  await page.reload();
  await page.waitForSelector('.sift-app[data-library="ready"]');
  await page.waitForTimeout(200);
  assert.equal((await titles(page)).length, 2, 'a deleted article stays deleted');
  assert.deepEqual(errors, []);
  await context.close();
});

test('files: text and HTML load; binary, empty and invalid files get clear messages; nothing is lost', async () => {
  const context = await browser.newContext();
  const { page, errors } = await open(context);
  const input = page.locator('input[type="file"]');
  await input.setInputFiles([join(fixtures, 'plain.txt'), join(fixtures, 'article.html')]);
  await page.waitForFunction(() => document.querySelectorAll('.sift-library li').length === 4);
  // HTML is reduced to its article text; none of its scripts ran.
  assert.match(await page.locator('.sift-article-heading').innerText(), /plain|Scholz/);
  // An HTML file is titled by its heading, not its file name.
  assert.equal(await page.locator('.sift-article-title', { hasText: 'article' }).count(), 0);
  await page.locator('.sift-article-button', { hasText: 'Scholz visits Kyiv' }).click();
  const text = await page.locator('.sift-text').innerText();
  assert.match(text, /Olaf Scholz arrived in Kyiv/);
  assert.doesNotMatch(text, /Home \| World|Copyright|__pwned/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // Binary and empty files are refused with a message; what was loaded stays.
  await input.setInputFiles([
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) },
    { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%binary') },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
  ]);
  const notice = page.locator('.sift-notice[role="alert"]');
  await notice.waitFor();
  const message = await notice.innerText();
  assert.match(message, /photo\.png.*not a text file/s);
  assert.match(message, /report\.pdf.*PDF/s);
  assert.match(message, /empty\.txt.*empty/s);
  assert.equal((await titles(page)).length, 4, 'a failed load loses nothing');
  // A file in an 8-bit code page is read as Windows-1252, with a visible notice.
  await input.setInputFiles(join(fixtures, 'latin1.txt'));
  await page.waitForFunction(() => document.querySelectorAll('.sift-library li').length === 5);
  assert.match(await page.locator('.sift-notice').innerText(), /latin1\.txt.*read as Windows-1252/s);
  assert.match(await page.locator('.sift-text').innerText(), /Café owners/);
  // UTF-16 with a byte-order mark (Notepad's "Unicode"), little- and big-endian.
  const utf16 = (text, bigEndian) => {
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
    return bigEndian ? Buffer.from(le).swap16() : le;
  };
  await input.setInputFiles([
    { name: 'notepad.txt', mimeType: 'text/plain', buffer: utf16('“Zelenskiy visits Kyiv,” aides said.', false) },
    { name: 'mac.txt', mimeType: 'text/plain', buffer: utf16('Angela Merkel spoke in Berlin.', true) },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('.sift-library li').length === 7);
  const all = await titles(page);
  assert.ok(all.includes('notepad') && all.includes('mac'), JSON.stringify(all));
  await page.locator('.sift-article-button', { hasText: 'notepad' }).click();
  assert.match(await page.locator('.sift-text').innerText(), /^“Zelenskiy visits Kyiv,” aides said\.$/);
  await page.waitForSelector('.sift-text mark[data-kind="entity"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('fetch: a page is read by its type and charset; binary answers and other schemes get clear messages', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, errors } = await open(context);
  const served = {
    'latin1.txt': { body: Buffer.from('Caf\xe9 owners in Lyon said prices rose 5%.', 'latin1'), contentType: 'text/plain; charset=iso-8859-1' },
    'story': { body: '<html><head><title>Site</title></head><body><h1>Talks in Geneva</h1><p>Antony Blinken met Sergey Lavrov in Geneva.</p></body></html>', contentType: 'text/html; charset=utf-8' },
    'photo.png': { body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), contentType: 'image/png' },
  };
  await page.route(`${server.url}/fetched/**`, (route) => route.fulfill(served[route.request().url().split('/').pop()]));
  const before = (await titles(page)).length;
  const fetchUrl = async (url) => {
    await page.fill('#sift-url-input', url);
    await page.click('.sift-url button[type="submit"]');
  };
  await page.locator('.sift-open').evaluate((el) => el.closest('details')?.setAttribute('open', ''));
  await fetchUrl(`${server.url}/fetched/latin1.txt`);
  await page.waitForFunction((n) => document.querySelectorAll('.sift-library li').length === n + 1, before);
  assert.match(await page.locator('.sift-text').innerText(), /Café owners in Lyon/);
  await fetchUrl(`${server.url}/fetched/story`);
  await page.waitForFunction((n) => document.querySelectorAll('.sift-library li').length === n + 2, before);
  assert.equal(await page.locator('.sift-article-heading').innerText(), 'Talks in Geneva');
  // Not text, and not the web: a message each, and nothing added.
  await fetchUrl(`${server.url}/fetched/photo.png`);
  const notice = page.locator('.sift-notice[role="alert"]');
  await page.waitForFunction(() => /photo\.png/.test(document.querySelector('.sift-notice[role="alert"]')?.innerText));
  assert.match(await notice.innerText(), /“photo\.png” is not a text file \(it looks like a PNG image\)/);
  await fetchUrl('ftp://example.org/a.txt');
  await page.waitForFunction(() => /ftp:/.test(document.querySelector('.sift-notice[role="alert"]')?.innerText));
  assert.match(await notice.innerText(), /Sift reads web pages \(http:\/\/ or https:\/\/ addresses\), not “ftp:” links/);
  assert.equal((await titles(page)).length, before + 2, 'nothing added for a refused answer');
  // Zero-width characters alone are no article.
  await page.fill('#sift-paste-text', '\u200B\u200B\uFEFF');
  await page.click('.sift-paste button[type="submit"]');
  await page.waitForFunction(() => /Paste an article's text first/.test(document.querySelector('.sift-notice[role="alert"]')?.innerText));
  assert.equal((await titles(page)).length, before + 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('dropped files are loaded', async () => {
  const context = await browser.newContext();
  const { page } = await open(context);
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Emmanuel Macron met Pope Francis in Rome.'], 'dropped.txt', { type: 'text/plain' }));
    return dt;
  });
  await page.dispatchEvent('.sift-app', 'drop', { dataTransfer });
  await page.waitForFunction(() => document.querySelectorAll('.sift-library li').length === 3);
  assert.ok((await titles(page)).includes('dropped'));
  await context.close();
});

test('markup in pasted text is shown as text and never runs', async () => {
  const context = await browser.newContext();
  const { page } = await open(context);
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> <a href="javascript:window.__pwned=3">Vladimir Putin</a> spoke.';
  await page.fill('#sift-paste-text', hostile);
  await page.click('.sift-paste button[type="submit"]');
  await page.waitForFunction(() => document.querySelectorAll('.sift-library li').length === 3);
  const text = await page.locator('.sift-text').innerText();
  assert.ok(text.includes('<script>window.__pwned=2</script>'), text);
  assert.equal(await page.locator('.sift-text img, .sift-text script, .sift-text a').count(), 0);
  await page.locator('.sift-text mark').first().click();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await context.close();
});

test('tooltips on hover and keyboard focus; numbers sort; entities link across articles', async () => {
  const context = await browser.newContext();
  const { page, errors } = await open(context);
  const mark = page.locator('.sift-text mark[data-kind="number"]').first();
  await mark.hover();
  const tip = page.locator('.sift-tooltip[role="tooltip"]');
  await tip.waitFor();
  assert.match(await tip.innerText(), /CARDINAL|DATE|PERCENT|MONEY|DURATION|QUANTITY|ORDINAL|TIME/);
  await page.mouse.move(0, 0);
  await page.locator('.sift-text mark[data-kind="entity"]').first().focus();
  assert.match(await tip.innerText(), /PERSON|GPE|ORG|NORP/);
  // Sort the numbers table by value, both ways.
  const header = page.locator('.sift-numbers th button', { hasText: 'Value' });
  await header.click();
  assert.equal(await page.locator('.sift-numbers th[aria-sort="ascending"]').count(), 1);
  await header.click();
  assert.equal(await page.locator('.sift-numbers th[aria-sort="descending"]').count(), 1);
  // The two samples share Putin, Trump, Witkoff, Rubio and Zelenskiy/Zelenskyy: one entity each.
  for (const name of ['Putin', 'Zelensk', 'Witkoff', 'Rubio']) {
    const chip = page.locator('.sift-chip', { hasText: name }).first();
    await chip.click();
    const articles = await page.locator('.sift-mentions .sift-mention-article').allInnerTexts();
    assert.equal(new Set(articles).size, 2, `${name}: mentions in both articles (${[...new Set(articles)]})`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('no request leaves the page origin while reading and exploring', async () => {
  const context = await browser.newContext();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const { page } = await open(context);
  await page.locator('.sift-chip').first().click();
  await page.locator('.sift-text mark').first().hover();
  await page.fill('#sift-paste-text', 'Xi Jinping met Joe Biden in San Francisco.');
  await page.click('.sift-paste button[type="submit"]');
  await page.locator('.sift-layer-claim legend input').uncheck();
  const foreign = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.ok(requests.length >= 3);
  await context.close();
});

test('after the first visit the app works offline', async () => {
  const context = await browser.newContext();
  const { page } = await open(context);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('.sift-app[data-library="ready"]');
  await page.waitForSelector('.sift-text mark[data-kind="entity"]');
  assert.equal((await titles(page)).length, 2);
  await context.close();
});
