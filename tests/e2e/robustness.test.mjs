// Failure paths a reader can meet: the browser's storage for the site is full.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, serveDist, watchErrors, outputDir } from './browser.mjs';

let browser, server;
before(async () => { [browser, server] = await Promise.all([launch(), serveDist()]); });
after(async () => { await browser?.close(); await server?.close(); });

test('a full storage quota is reported and the article stays open in memory', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  // Chromium's own quota machinery, shrunk for this origin: writes beyond it fail with
  // QuotaExceededError exactly as on a full disk.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: 1000 });
  await page.goto(`${server.url}/`);
  await page.waitForSelector('.sift-app[data-library="ready"]');
  await page.waitForFunction(() => document.querySelectorAll('.sift-library li').length === 2);

  const article = 'Kamala Harris spoke in Chicago on Tuesday about 40,000 jobs. '.repeat(3000);
  await page.fill('#sift-paste-text', article);
  await page.click('.sift-paste button[type="submit"]');
  const notice = page.locator('.sift-notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /could not be saved in this browser \(the browser's storage for this site is full\); it stays open/);
  // The article is open and analysed all the same.
  assert.equal(await page.locator('.sift-library li').count(), 3);
  await page.waitForSelector('.sift-text mark[data-kind="entity"][data-label="PERSON"]');
  assert.match(await page.locator('.sift-text').innerText(), /^Kamala Harris spoke in Chicago/);
  await page.screenshot({ path: join(outputDir, 'quota.png') });

  // What was saved before is still there after a reload; the unsaved article is gone, as the notice said.
  await page.reload();
  await page.waitForSelector('.sift-app[data-library="ready"]');
  await page.waitForFunction(() => document.querySelectorAll('.sift-library li').length === 2);
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.sift-library li').count(), 2);
  assert.deepEqual(errors, []);
  await context.close();
});
