// The explorer in a real Chromium: opens on the bundled samples with highlights, selection works
// across mentions, and a screenshot is saved for people to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, serveDist, watchErrors, outputDir, analysed } from './browser.mjs';

let browser, server;
before(async () => { [browser, server] = await Promise.all([launch(), serveDist()]); });
after(async () => { await browser?.close(); await server?.close(); });

test('the app opens on the two samples with entity, number and claim marks', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/index.html`);
  await analysed(page);
  await page.waitForSelector('mark[data-kind="entity"]');
  const count = (sel) => page.locator(sel).count();
  assert.equal(await count('.sift-library li'), 2, 'two sample articles in the library');
  assert.ok((await count('mark[data-kind="entity"][data-label="PERSON"]')) >= 10);
  assert.ok((await count('mark[data-kind="entity"][data-label="GPE"]')) >= 10);
  assert.ok((await count('mark[data-kind="number"]')) >= 5);
  assert.ok((await count('mark[data-kind="claim"]')) >= 3);
  // Every mark carries a label, and the text is unchanged by highlighting.
  const unlabelled = await page.locator('mark[data-kind]:not([data-label])').count();
  assert.equal(unlabelled, 0);
  const shown = await page.locator('.sift-text').innerText();
  assert.ok(shown.startsWith('U.S. President Donald Trump'), shown.slice(0, 60));
  await page.screenshot({ path: join(outputDir, 'app.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});

test('while the library opens the app says so, and invites a paste only when the library is empty', async () => {
  const page = await browser.newPage();
  // Records, from before the page's scripts run, every placeholder the main area shows.
  await page.addInitScript(() => {
    window.__shown = [];
    new MutationObserver(() => {
      const p = document.querySelector('.sift-main > .sift-empty');
      if (p && window.__shown.at(-1) !== p.className) window.__shown.push(p.className);
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`${server.url}/`);
  await analysed(page);
  const shown = await page.evaluate(() => window.__shown);
  assert.ok(!shown.some((c) => c.includes('sift-welcome')), `no invitation to paste while the samples load: ${shown}`);
  assert.ok(shown.every((c) => c.includes('sift-opening')), `only the opening status: ${shown}`);
  // With every article deleted, the invitation is what the reader sees.
  for (let n = 2; n > 0; n--) {
    await page.locator('.sift-delete').first().click();
    await page.waitForFunction((n) => document.querySelectorAll('.sift-library li').length === n - 1, n);
  }
  assert.match(await page.locator('.sift-welcome').innerText(), /Paste, drop or open an article/);
  assert.equal(await page.locator('.sift-opening').count(), 0);
  await page.close();
});

test('selecting an entity marks all its mentions and lists them', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${server.url}/`);
  await analysed(page);
  const chip = page.locator('.sift-chip').first();
  await chip.waitFor();
  const entity = await chip.getAttribute('data-entity');
  const mentions = await page.locator(`.sift-text mark[data-kind="entity"][data-entity="${entity}"]`).count();
  await chip.click();
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  const selected = await page.locator('.sift-text mark[data-kind="entity"][data-selected="true"]').count();
  assert.equal(selected, mentions);
  assert.ok((await page.locator('.sift-mentions li').count()) >= mentions);
  // Jumping to a mention focuses its mark.
  await page.locator('.sift-mention').first().click();
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-entity'));
  assert.equal(focused, entity);
  // Keyboard: Escape on a focused mark clears the selection.
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('mark[data-selected="true"]').count(), 0);
  await page.close();
});

test('layer toggles hide and show highlights', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  await analysed(page);
  await page.waitForSelector('mark[data-kind="number"]');
  await page.locator('.sift-layer-number legend input').uncheck();
  assert.equal(await page.locator('mark[data-kind="number"]').count(), 0);
  await page.locator('.sift-layer-number legend input').check();
  assert.ok((await page.locator('mark[data-kind="number"]').count()) > 0);
  await page.locator('.sift-label-toggle[data-label="PERSON"] input').uncheck();
  assert.equal(await page.locator('mark[data-label="PERSON"]').count(), 0);
  assert.ok((await page.locator('mark[data-label="GPE"]').count()) > 0);
  await page.close();
});

test('pasted text becomes a new article, analysed', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  await analysed(page);
  await page.waitForSelector('mark');
  await page.fill('#sift-paste-text', 'Angela Merkel met Emmanuel Macron in Berlin on Monday, officials said.');
  await page.click('.sift-paste button[type="submit"]');
  assert.equal(await page.locator('.sift-library li').count(), 3);
  await page.waitForSelector('.sift-text mark[data-kind="entity"][data-label="GPE"]');
  assert.match(await page.locator('.sift-article-heading').innerText(), /Angela Merkel/);
  await page.close();
});

test('keyboard: j and k move between mentions, the change is announced, and shortcuts can be turned off', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${server.url}/`);
  await analysed(page);
  const chip = page.locator('.sift-chip', { hasText: 'Putin' }).first();
  await chip.click();
  const name = await chip.getAttribute('data-entity');
  assert.match(await page.locator('[role="status"][aria-live="polite"]').innerText(), new RegExp(`Selected ${name}: \\d+ mentions`));
  await page.locator('.sift-chip', { hasText: 'Putin' }).first().blur();
  await page.keyboard.press('j');
  const first = await page.evaluate(() => [document.activeElement?.dataset.entity, document.activeElement?.dataset.ref]);
  assert.equal(first[0], name);
  await page.keyboard.press('j');
  const second = await page.evaluate(() => document.activeElement?.dataset.ref);
  assert.notEqual(second, first[1], 'j moved to the next mention');
  await page.keyboard.press('k');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.ref), first[1], 'k moved back');
  const status = page.locator('[role="status"][aria-live="polite"]');
  const total = Number((await status.innerText()).match(/of (\d+)/)?.[1]);
  assert.match(await status.innerText(), new RegExp(`^${name}, mention 1 of ${total}, in “.+”\\.$`));
  // k before the first mention goes round to the last, and j past the last back to the first;
  // both say so.
  await page.keyboard.press('k');
  await page.waitForFunction((t) => /mention (\d+) of/.exec(document.querySelector('[role="status"][aria-live="polite"]')?.innerText)?.[1] === String(t), total);
  assert.match(await status.innerText(), new RegExp(`^${name}, mention ${total} of ${total}, in “.+”\\. Before the first mention: on to the last\\.$`));
  await page.keyboard.press('j');
  await page.waitForFunction(() => /mention 1 of/.test(document.querySelector('[role="status"][aria-live="polite"]')?.innerText));
  await page.waitForFunction((r) => document.activeElement?.dataset.ref === r, first[1]);
  assert.match(await status.innerText(), new RegExp(`^${name}, mention 1 of ${total}, in “.+”\\. Past the last mention: back to the first\\.$`));
  // Past this article's last mention, j goes on into the next article, and k comes back.
  const here = await page.locator('.sift-text mark[data-selected="true"][data-ref]').count();
  const heading = await page.locator('.sift-article-heading').innerText();
  for (let i = 1; i < here; i++) await page.keyboard.press('j');
  assert.match(await status.innerText(), new RegExp(`mention ${here} of ${total},`));
  await page.keyboard.press('j');
  await page.waitForFunction((h) => document.querySelector('.sift-article-heading')?.innerText !== h, heading);
  await page.waitForFunction((n) => document.activeElement?.dataset.entity === n, name);
  assert.match(await status.innerText(), new RegExp(`mention ${here + 1} of ${total}, in “(?!${heading.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`));
  await page.keyboard.press('k');
  await page.waitForFunction((h) => document.querySelector('.sift-article-heading')?.innerText === h, heading);
  await page.waitForFunction((n) => document.activeElement?.dataset.entity === n, name);
  assert.match(await status.innerText(), new RegExp(`mention ${here} of ${total},`));
  // Off: j does nothing.
  await page.locator('.sift-shortcuts input').uncheck();
  await page.locator('.sift-text mark[data-selected="true"]').first().focus();
  const before = await page.evaluate(() => document.activeElement?.dataset.ref);
  await page.keyboard.press('j');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.ref), before);
  await page.screenshot({ path: join(outputDir, 'keyboard.png') });
  await page.close();
});
