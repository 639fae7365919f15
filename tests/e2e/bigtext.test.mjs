// A 5 MB text: it is analysed off the page's main thread with a progress bar, the page stays
// responsive throughout (no main-thread task over 200 ms, observed with the Long Tasks API), and
// only the part of the document near the view is drawn with marks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serveDist, watchErrors, outputDir, analysed, bigText, watchResponsiveness, responsiveness } from './browser.mjs';

let browser, server;
before(async () => { [browser, server] = await Promise.all([launch(), serveDist()]); });
after(async () => { await browser?.close(); await server?.close(); });

test('a 5 MB text loads with a progress bar, the page stays responsive, and only the visible part is drawn', { timeout: 240_000 }, async () => {
  const text = bigText();
  assert.ok(Buffer.byteLength(text) >= 5 * 1024 * 1024);
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/`);
  await page.waitForSelector('.sift-app[data-library="ready"]');
  await analysed(page);

  // From here on: every main-thread task over 50 ms, and every value the progress bar shows.
  await watchResponsiveness(page);
  // Opened from a file on disk (a buffer would be rebuilt by script inside the page, a long task
  // of the test's own).
  const file = join(outputDir, 'five-megabytes.txt');
  writeFileSync(file, text);
  await page.locator('.sift-file-button input[type="file"]').setInputFiles(file);

  // While it is analysed: the text is there, plain, with a progress bar.
  const bar = page.locator('.sift-analysing progress');
  await bar.waitFor({ timeout: 30_000 });
  // (textContent, not innerText: innerText would make the page lay out all 5 MB.)
  assert.equal(await page.locator('.sift-article-heading').textContent(), 'five-megabytes');
  assert.match(await page.locator('.sift-text .sift-block').first().textContent(), /Trump/);
  await analysed(page, 200_000);
  assert.equal(await bar.count(), 0, 'the bar goes when the analysis is done');
  await page.waitForSelector('.sift-text mark[data-kind="entity"]');
  const { long, progress, worst } = await responsiveness(page);
  console.log(`longest main-thread task while loading 5 MB: ${worst.toFixed(0)} ms (${long.length} over 50 ms); progress seen: ${progress.map((p) => p.toFixed(2)).join(' ')}`);
  assert.ok(long.every((t) => t.duration <= 200), `main-thread tasks over 200 ms: ${JSON.stringify(long.filter((t) => t.duration > 200))}`);
  assert.ok(progress.length >= 3, `the bar advanced: ${progress}`);
  assert.ok(progress.every((p, i) => i === 0 || p > progress[i - 1]), `the bar only moves forward: ${progress}`);
  assert.ok(progress.at(-1) > 0.5, `the bar came near the end: ${progress}`);

  // Highlights are drawn, but only near the view: a bounded number of marks for tens of thousands
  // of mentions.
  const meta = await page.locator('.sift-library li', { hasText: 'five-megabytes' }).locator('.sift-article-meta').innerText();
  const entities = Number(meta.match(/(\d+) entities/)[1]);
  assert.ok(entities > 20_000, meta);
  const drawn = await page.locator('.sift-text mark').count();
  assert.ok(drawn > 20 && drawn < 3000, `${drawn} marks drawn`);
  assert.equal(await page.locator('.sift-text mark[data-entity="Angela Merkel"]').count(), 0);

  // At the end of the document: the last paragraph's marks, still a bounded number in all. Blocks
  // laid out for the first time take their real height, and again once their marks are drawn, so
  // the end moves as it comes into view: the reader's End, pressed until it stays at the end.
  await page.evaluate(async () => {
    const root = document.documentElement;
    for (let tries = 0; tries < 20; tries++) {
      window.scrollTo(0, root.scrollHeight);
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 100))));
      if (window.scrollY + window.innerHeight >= root.scrollHeight - 1) break;
    }
  });
  const merkel = page.locator('.sift-text mark[data-kind="entity"]', { hasText: 'Angela Merkel' });
  await merkel.waitFor({ timeout: 10_000 });
  assert.equal(await merkel.getAttribute('data-label'), 'PERSON');
  const box = await merkel.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= page.viewportSize().height, `in view: ${JSON.stringify(box)}`);
  const atEnd = await page.locator('.sift-text mark').count();
  assert.ok(atEnd < 3000, `${atEnd} marks drawn at the end`);
  await page.screenshot({ path: join(outputDir, 'bigtext.png') });

  // Jumping to a mention far from the view draws it and focuses it.
  await page.locator('.sift-chip', { hasText: 'Angela Merkel' }).first().click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('.sift-mention', { hasText: 'Merkel' }).first().click();
  await page.waitForFunction(() => document.activeElement?.dataset.entity === 'Angela Merkel');
  // It stays in view while the blocks around it are drawn and take their heights.
  const focusedInView = async (what) => {
    await page.waitForTimeout(1500);
    const r = await page.evaluate(() => {
      const box = document.activeElement.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, height: innerHeight, block: document.activeElement.closest('.sift-block')?.dataset.block, blocks: document.querySelectorAll('.sift-text .sift-block').length };
    });
    assert.ok(r.top >= 0 && r.bottom <= r.height, `${what} in view: ${JSON.stringify(r)}`);
    return r;
  };
  await focusedInView('the mention jumped to');
  // Home and End go to the article's first and last highlights, also when they are not drawn.
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.activeElement?.closest('.sift-block')?.dataset.block === '0');
  await focusedInView('the first highlight');
  await page.keyboard.press('End');
  await page.waitForFunction(() => {
    const blocks = document.querySelectorAll('.sift-text .sift-block');
    return document.activeElement?.closest('.sift-block') === blocks[blocks.length - 1];
  });
  const last = await focusedInView('the last highlight');
  assert.equal(Number(last.block), last.blocks - 1);
  assert.deepEqual(errors, []);
  await page.close();
});
