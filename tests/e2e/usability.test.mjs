// What a reader meets in daily use, in a real Chromium: nothing left out of the lists, the keyboard
// passing an article in one step, menus that close, deletions that can be undone, duplicates that
// are not added twice, and a dark theme that stays readable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, serveDist, watchErrors, analysed, outputDir, bigText } from './browser.mjs';

let browser, server;
before(async () => { [browser, server] = await Promise.all([launch(), serveDist()]); });
after(async () => { await browser?.close(); await server?.close(); });

/** The app on its samples, in a context of its own (1400 × 1000 unless `options` say otherwise),
 * once the library is read, the marks drawn and every article analysed. */
async function open(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/`);
  await page.waitForSelector('.sift-app[data-library="ready"]');
  await page.waitForSelector('.sift-text mark[data-kind="entity"]');
  await analysed(page);
  return { context, page, errors };
}

const active = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el?.tagName, cls: el?.className, ref: el?.dataset?.ref, inText: !!el?.closest('.sift-text'), text: el?.textContent };
});

test('who said what accounts for every claim: groups count them all, and a group\'s button draws the ones it hides', async () => {
  const { context, page, errors } = await open();
  // An article where one speaker says more than a group draws at first.
  const quotes = Array.from({ length: 30 }, (_, i) => `"Point number ${i + 1} is settled," Angela Merkel said in Berlin.`);
  await page.fill('#sift-paste-text', quotes.join('\n\n'));
  await page.click('.sift-paste button[type="submit"]');
  await page.waitForFunction(() => document.querySelectorAll('.sift-library li').length === 3);
  await analysed(page);
  // The library's own count of claims, article by article.
  const metas = await page.locator('.sift-article-meta').allInnerTexts();
  const total = metas.map((m) => Number(m.match(/(\d+) claims?/)[1])).reduce((a, b) => a + b, 0);
  assert.ok(total > 60, `the samples hold ${total} claims`);
  const panel = page.locator('.sift-claims');
  const counted = (await panel.locator('.sift-speaker h3 .sift-count').allInnerTexts()).map(Number).reduce((a, b) => a + b, 0);
  assert.equal(counted, total, 'every claim is in a group');
  // Every group drawn in part says how many it hides, and its button draws them.
  const partial = panel.locator('.sift-speaker:has(.sift-show-all)');
  assert.ok((await partial.count()) > 0, 'some groups start cut short');
  const group = partial.first();
  const inGroup = Number(await group.locator('h3 .sift-count').innerText());
  const before = await group.locator('.sift-claim-item').count();
  const button = group.locator('.sift-show-all');
  assert.equal(await button.innerText(), `Show ${inGroup - before} ${before ? 'more ' : ''}claim${inGroup - before === 1 ? '' : 's'}`);
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await button.click();
  assert.equal(await group.locator('.sift-claim-item').count(), inGroup, 'the whole group is drawn');
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('sift-show-all')), true, 'the focus stays on the button');
  await button.click();
  assert.equal(await group.locator('.sift-claim-item').count(), before, 'and hidden again');
  // Quotations are quoted once, in the marks the text has (a quotation inside stays).
  const items = await panel.locator('.sift-claim-item').allInnerTexts();
  assert.ok(items.some((t) => t.includes('"Point number 1 is settled,"')), 'a quotation shows its own marks');
  assert.ok(!items.some((t) => /“["“]/.test(t)), items.find((t) => /“["“]/.test(t)));
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: the article is one Tab stop, arrow keys move between highlights, and a skip button leads there', async () => {
  const { context, page, errors } = await open();
  assert.equal(await page.locator('.sift-text mark[tabindex="0"]').count(), 1, 'one mark of the text is a Tab stop');
  // The first Tab shows the skip button; it leads to the text's first highlight.
  await page.keyboard.press('Tab');
  const skip = await active(page);
  assert.equal(skip.cls, 'sift-skip');
  const box = await page.locator('.sift-skip').boundingBox();
  assert.ok(box.width > 40 && box.height > 10, `the skip button shows when focused: ${JSON.stringify(box)}`);
  await page.keyboard.press('Enter');
  const first = await active(page);
  assert.equal(first.tag, 'MARK');
  assert.ok(first.inText);
  // Arrows walk the highlights in reading order; Home and End go to the ends.
  const order = await page.locator('.sift-text mark[data-kind]').evaluateAll((ms) => ms.map((m) => m.textContent));
  await page.keyboard.press('ArrowRight');
  assert.equal((await active(page)).text, order[1]);
  await page.keyboard.press('ArrowDown');
  assert.equal((await active(page)).text, order[2]);
  await page.keyboard.press('ArrowLeft');
  assert.equal((await active(page)).text, order[1]);
  await page.keyboard.press('End');
  assert.equal((await active(page)).text, order.at(-1));
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  const here = await active(page);
  // Tab leaves the text at once; Shift+Tab comes back to the highlight left.
  await page.keyboard.press('Tab');
  assert.equal((await active(page)).inText, false, 'one Tab leaves the article');
  await page.keyboard.press('Shift+Tab');
  assert.equal((await active(page)).text, here.text, 'back on the highlight last focused');
  assert.equal(await page.locator('.sift-text mark[tabindex="0"]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the export menu closes on Esc, back on its button, and when the focus leaves it', async () => {
  const { context, page, errors } = await open();
  const menu = page.locator('.sift-export');
  const summary = menu.locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  assert.equal(await menu.getAttribute('open'), '');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  assert.equal(await menu.getAttribute('open'), null, 'Esc closes it');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SUMMARY');
  await summary.click();
  assert.equal(await menu.getAttribute('open'), '');
  const outside = await page.evaluate(() => {
    const box = document.querySelector('.sift-export-menu').getBoundingClientRect();
    return [...document.querySelectorAll('.sift-export-button')].filter((b) => b.getBoundingClientRect().right > box.right + 0.5).length;
  });
  assert.equal(outside, 0, 'every button fits in the menu');
  await page.mouse.click(700, 900);
  assert.equal(await menu.getAttribute('open'), null, 'a click elsewhere closes it');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deleted article can be brought back, and the same text pasted twice is one article', async () => {
  const { context, page, errors } = await open();
  const titles = () => page.locator('.sift-article-title').allInnerTexts();
  const before = await titles();
  await page.locator('.sift-delete').first().click();
  const notice = page.locator('.sift-notice[role="status"]');
  assert.match(await notice.innerText(), new RegExp(`Deleted “${before[0].slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  assert.deepEqual(await titles(), before.slice(1));
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'sift-undo', 'the focus is on Undo, not lost');
  await page.keyboard.press('Enter');
  assert.deepEqual(await titles(), before, 'back in its place');
  assert.equal(await page.locator('.sift-notice').count(), 0);
  // The focus, no longer on the Undo that went, is on the article brought back.
  await page.waitForFunction(() => document.activeElement?.matches('.sift-article-button[aria-current="true"]'));
  assert.match(await page.locator('.sift-article-heading').innerText(), new RegExp(before[0].slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // It stays back after a reload.
  await page.waitForTimeout(300);
  await page.reload();
  await page.waitForSelector('.sift-app[data-library="ready"]');
  await page.waitForFunction((n) => document.querySelectorAll('.sift-library li').length === n, before.length);
  assert.deepEqual(await titles(), before, 'in its place after a reload too');
  // Enter twice on ✕ deletes one article and brings it back: the focus goes to Undo, never to
  // the next article's ✕.
  await page.locator('.sift-delete').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.className === 'sift-undo');
  await page.keyboard.press('Enter');
  assert.deepEqual(await titles(), before);
  // Two deleted in a row both come back, one Undo each, in their places.
  await page.locator('.sift-delete').first().click();
  await page.locator('.sift-delete').first().click();
  assert.equal((await titles()).length, before.length - 2);
  assert.match(await page.locator('.sift-notice').innerText(), /1 more before it/);
  await page.locator('.sift-undo').click();
  assert.equal((await titles()).length, before.length - 1);
  await page.locator('.sift-undo').click();
  assert.deepEqual(await titles(), before);
  assert.equal(await page.locator('.sift-notice').count(), 0);
  // Pasting a text twice keeps one copy and says so.
  const text = 'Kamala Harris spoke in Chicago on Tuesday about 12 new factories.';
  for (let i = 0; i < 2; i++) {
    await page.fill('#sift-paste-text', text);
    await page.click('.sift-paste button[type="submit"]');
  }
  await page.waitForFunction(() => document.querySelector('.sift-notice'));
  assert.equal((await titles()).length, before.length + 1, 'one copy');
  assert.match(await page.locator('.sift-notice').innerText(), /open already; the same text was not added again/);
  assert.match(await page.locator('.sift-article-heading').innerText(), /Kamala Harris/);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const colorScheme of ['dark', 'light']) test(`${colorScheme} theme: speaker tags, entity labels and hedges are readable (contrast at least 4.5:1)`, async () => {
  const { context, page, errors } = await open({ colorScheme });
  await page.locator('.sift-chip', { hasText: 'Trump' }).first().click();
  const pairs = await page.evaluate(() => {
    // "rgb(r, g, b)", "rgba(r, g, b, a)" or, from color-mix(), "color(srgb r g b / a)" in 0–1.
    const channels = (c) => {
      const v = c.match(/[\d.]+/g).map(Number);
      const srgb = c.startsWith('color(srgb');
      const [r, g, b] = v.slice(0, 3).map((x) => (srgb ? x * 255 : x));
      return [r, g, b, v.length > 3 ? v[3] : 1];
    };
    const rgb = (c) => channels(c).slice(0, 3);
    const lum = ([r, g, b]) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a, b) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const out = [];
    const badge = document.querySelector('.sift-text mark[data-kind="claim"][data-speaker]:not([data-unresolved])');
    const b = getComputedStyle(badge, '::before');
    out.push({ what: 'speaker tag', ratio: ratio(b.color, b.backgroundColor) });
    // An unresolved speaker's tag is outlined: its text sits on the claim's own background.
    const open = document.querySelector('.sift-text mark[data-kind="claim"][data-unresolved]');
    out.push({ what: 'unresolved speaker tag', ratio: ratio(getComputedStyle(open, '::before').color, getComputedStyle(document.querySelector('.sift-app')).backgroundColor) });
    const selected = document.querySelector('.sift-text mark[data-kind="entity"][data-selected="true"]');
    const s = getComputedStyle(selected);
    out.push({ what: 'selected label', ratio: ratio(getComputedStyle(selected, '::after').color, s.backgroundColor) });
    // A label sits on its mark's tint of the label's hue, over the page.
    const page = rgb(getComputedStyle(document.querySelector('.sift-app')).backgroundColor);
    const over = (c) => { const v = channels(c); const a = v[3]; return `rgb(${v.slice(0, 3).map((x, i) => x * a + page[i] * (1 - a)).join(',')})`; };
    for (const label of ['PERSON', 'ORG', 'GPE', 'NORP', 'LOC']) {
      const m = document.querySelector(`.sift-text mark[data-kind="entity"][data-label="${label}"]:not([data-selected])`);
      if (m) out.push({ what: `${label} label`, ratio: ratio(getComputedStyle(m, '::after').color, over(getComputedStyle(m).backgroundColor)) });
    }
    const hedge = document.querySelector('.sift-hedge');
    if (hedge) out.push({ what: 'hedge', ratio: ratio(getComputedStyle(hedge).color, getComputedStyle(hedge.closest('button')).backgroundColor) });
    return out;
  });
  await page.screenshot({ path: join(outputDir, `${colorScheme}.png`) });
  for (const p of pairs) assert.ok(p.ratio >= 4.5, `${p.what}: ${p.ratio.toFixed(2)}:1`);
  assert.ok(pairs.length >= 7, JSON.stringify(pairs));
  assert.deepEqual(errors, []);
  await context.close();
});

test('search finds words at the end of a long article: the match is selected and in view', async () => {
  const { context, page, errors } = await open();
  await page.fill('#sift-paste-text', bigText(300 * 1024));
  await page.click('.sift-paste button[type="submit"]');
  await page.waitForFunction(() => document.querySelectorAll('.sift-library li').length === 3);
  await analysed(page, 60000);
  await page.locator('#sift-search').fill('42 delegates');
  const result = page.locator('.sift-search-text', { hasText: '42 delegates' }).first();
  await result.click();
  await page.waitForFunction(() => String(window.getSelection()) === '42 delegates', null, { timeout: 10000 });
  // In view once the blocks drawn around it have settled.
  await page.waitForFunction(() => {
    const r = window.getSelection().getRangeAt(0).getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  }, null, { timeout: 3000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone the page reads in the keyboard\'s order: "Add an article" is one row above the articles, and opens', async () => {
  const { context, page, errors } = await open({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const top = (sel) => page.evaluate((sel) => document.querySelector(sel).getBoundingClientRect().top, sel);
  const [loader, library, text] = [await top('.sift-loader'), await top('.sift-library'), await top('.sift-text')];
  assert.ok(loader < library && library < text, `loader ${loader}, articles ${library}, text ${text}`);
  assert.ok(text < 740, `the article starts in the first screen (at ${text}px)`);
  assert.equal(await page.locator('#sift-paste-text').isVisible(), false, 'closed at first');
  await page.locator('.sift-loader > summary').tap();
  assert.equal(await page.locator('#sift-paste-text').isVisible(), true);
  assert.match(await page.locator('.sift-privacy').innerText(), /Fetch asks the article's own site/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('numbers: dates and durations read as words (the ISO value on hover), context next to where, labels in plain words', async () => {
  const { context, page, errors } = await open();
  const cells = await page.locator('.sift-numbers td.sift-num[title]').evaluateAll((tds) => tds.map((td) => [td.textContent, td.title]));
  assert.ok(cells.length > 0, 'some values are dates or durations');
  for (const [words, iso] of cells) {
    assert.ok(!/XXXX|^[+-]?P\d/.test(words), `${iso} shown as "${words}"`);
    assert.match(iso, /^([+-]?P|\d{4}|XXXX)/);
  }
  const headers = await page.locator('.sift-numbers thead th').allInnerTexts();
  assert.deepEqual(headers, ['Where', 'Context', 'Value', 'Type']);
  // The table fits its panel: nothing is hidden to the right.
  const fit = await page.evaluate(() => {
    const panel = document.querySelector('.sift-numbers');
    return { table: panel.querySelector('table').getBoundingClientRect().right, panel: panel.getBoundingClientRect().right };
  });
  assert.ok(fit.table <= fit.panel + 0.5, JSON.stringify(fit));
  // Sorted by value: amounts by size, then durations by length, then dates in time order.
  await page.locator('.sift-numbers th button', { hasText: 'Value' }).click();
  const sorted = await page.locator('.sift-numbers tbody tr').evaluateAll((rows) => rows.map((r) => ({
    type: r.cells[3].textContent, value: r.cells[2].firstChild.textContent.trim(), iso: r.cells[2].title,
  })));
  const group = (row) => (row.iso === '' ? 0 : /^[+-]?P/.test(row.iso) ? 1 : 2);
  // An ordinal reads as one ("first" is 1st, not 1).
  const ordinals = sorted.filter((r) => r.type === 'ORDINAL').map((r) => r.value);
  assert.ok(ordinals.length > 0 && ordinals.every((v) => /^\d+(st|nd|rd|th)$/.test(v)), JSON.stringify(ordinals));
  const groups = sorted.map(group);
  assert.deepEqual(groups, [...groups].sort(), JSON.stringify(sorted));
  const amounts = sorted.filter((r) => r.type === 'CARDINAL' && /^[\d.,]+$/.test(r.value)).map((r) => Number(r.value.replace(/,/g, '')));
  assert.ok(amounts.length >= 2, JSON.stringify(sorted));
  assert.deepEqual(amounts, [...amounts].sort((a, b) => a - b));
  const days = (iso) => { const m = iso.match(/^([+-]?)P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?/); return (m[1] === '-' ? -1 : 1) * ((+m[2] || 0) * 365.25 + (+m[3] || 0) * 30.44 + (+m[4] || 0) * 7 + (+m[5] || 0)); };
  const durations = sorted.filter((r) => group(r) === 1 && !r.iso.includes('T')).map((r) => days(r.iso));
  assert.deepEqual(durations, [...durations].sort((a, b) => a - b), JSON.stringify(sorted.filter((r) => group(r) === 1)));
  // Labels say what they hold.
  assert.match(await page.locator('.sift-group[data-label="GPE"] h3').innerText(), /countries, cities, states/);
  assert.equal(await page.locator('.sift-label-toggle[data-label="NORP"]').getAttribute('title'), 'nationalities, religious and political groups');
  assert.ok((await page.locator('.sift-label-toggle[data-kind="claim"]').count()) === 3, 'the claims layer has its kinds');
  // Their swatches are in the claims' colour, as the claims' highlights.
  const colours = await page.evaluate(() => ({
    swatch: getComputedStyle(document.querySelector('.sift-label-toggle[data-kind="claim"] .sift-swatch')).backgroundColor,
    claim: getComputedStyle(document.querySelector('.sift-text mark[data-kind="claim"]')).textDecorationColor,
  }));
  assert.equal(colours.swatch, colours.claim);
  // The sorted column shows its order.
  const arrow = await page.evaluate(() => getComputedStyle(document.querySelector('.sift-numbers th[aria-sort="ascending"] button'), '::after').content);
  assert.match(arrow, /▲/);
  await page.locator('.sift-label-toggle[data-label="direct"] input').uncheck();
  assert.equal(await page.locator('.sift-text mark[data-kind="claim"][data-label="direct"]').count(), 0);
  assert.ok((await page.locator('.sift-text mark[data-kind="claim"]').count()) > 0, 'the other kinds stay');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Markdown and RTF files read as the text they show; a Word file is refused with what to do', async () => {
  const { context, page, errors } = await open();
  const input = page.locator('.sift-loader input[type="file"]');
  await input.setInputFiles({
    name: 'notes.md', mimeType: 'text/markdown',
    buffer: Buffer.from('# Talks in *Helsinki*\n\n**Angela Merkel** said [the talks](https://example.org/a) went _well_ on Friday.\n'),
  });
  await page.waitForFunction(() => document.querySelectorAll('.sift-library li').length === 3);
  await analysed(page);
  assert.equal(await page.locator('.sift-article-heading').innerText(), 'Talks in Helsinki', 'titled by its heading');
  // The focus lands on the article opened, not at the top of the page.
  await page.waitForFunction(() => document.activeElement?.matches('.sift-article-button[aria-current="true"]'));
  const text = await page.locator('.sift-text').innerText();
  assert.ok(text.startsWith('Talks in Helsinki\n'), text);
  assert.ok(text.includes('Angela Merkel said the talks went well on Friday.'), text);
  assert.ok((await page.locator('.sift-text mark[data-label="PERSON"]', { hasText: 'Angela Merkel' }).count()) > 0);
  // RTF as TextEdit writes it: font and colour tables, Windows-1252 escapes, \uc0 Unicode.
  const rtf = '{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761\n{\\fonttbl\\f0\\fswiss Helvetica;}\n{\\colortbl;\\red255\\green255\\blue255;}\n'
    + '\\f0\\b\\fs24 Memo from Kyiv\\\n\\b0 Volodymyr Zelenskiy said the caf\\\'e9 talks were \\\'93useful\\\'94 \\uc0\\u8212  he met Emmanuel Macron.}';
  await input.setInputFiles({ name: 'memo.rtf', mimeType: 'application/rtf', buffer: Buffer.from(rtf) });
  await page.waitForFunction(() => document.querySelectorAll('.sift-library li').length === 4);
  await analysed(page);
  assert.equal(await page.locator('.sift-article-heading').innerText(), 'memo');
  const rtfText = await page.locator('.sift-text').innerText();
  assert.ok(rtfText.startsWith('Memo from Kyiv\n'), rtfText);
  assert.ok(rtfText.includes('Volodymyr Zelenskiy said the caf\u00e9 talks were \u201cuseful\u201d \u2014 he met Emmanuel Macron.'), rtfText);
  assert.ok(!/fonttbl|Helvetica|\\/.test(rtfText), rtfText);
  assert.ok((await page.locator('.sift-text mark[data-label="PERSON"]', { hasText: 'Emmanuel Macron' }).count()) > 0);
  await input.setInputFiles({ name: 'report.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK\x03\x04 word/document.xml', 'latin1') });
  const notice = page.locator('.sift-notice[role="alert"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /report\.docx.*Word document: save it as RTF or plain text/s);
  assert.equal(await page.locator('.sift-library li').count(), 4, 'nothing else changed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a highlight reads as its own words; what it is comes as a description, in plain words', async () => {
  const { context, page, errors } = await open();
  const marks = await page.locator('.sift-text mark').evaluateAll((ms) => ms.map((m) => ({
    text: m.textContent, kind: m.dataset.kind, label: m.getAttribute('aria-label'), description: m.getAttribute('aria-description'),
  })));
  assert.ok(marks.length > 50);
  // No aria-label: it would replace the article's words for a screen reader.
  assert.ok(marks.every((m) => m.label === null && m.description), JSON.stringify(marks.find((m) => m.label !== null || !m.description)));
  const numbers = marks.filter((m) => m.kind === 'number');
  assert.ok(numbers.some((m) => /^DATE · /.test(m.description)), JSON.stringify(numbers));
  // Dates and durations in words ("a Wednesday", "8 months"), not ISO codes ("XXXX-WXX-3", "P8M", "+P0D").
  const coded = numbers.filter((m) => /X{4}|\bP\d|[+-]P\d|\bPT\d/.test(m.description));
  assert.deepEqual(coded, []);
  // The focused highlight's accessible name is its text.
  const first = page.locator('.sift-text mark[data-kind="entity"][tabindex="0"]');
  await first.focus();
  const name = await page.evaluate(async () => {
    const el = document.activeElement;
    return { text: el.textContent, computed: el.computedName ?? null };
  });
  assert.ok(name.computed === null || name.computed.includes(name.text.trim()), JSON.stringify(name));
  assert.deepEqual(errors, []);
  await context.close();
});

test('right-to-left text reads right to left, and counts of one are singular', async () => {
  const { context, page, errors } = await open();
  await page.fill('#sift-paste-text', 'قال الرئيس إن المحادثات كانت مفيدة.\n\nوأضاف أن الاجتماع سيعقد الأسبوع المقبل.');
  await page.click('.sift-paste button[type="submit"]');
  await page.waitForFunction(() => document.querySelectorAll('.sift-library li').length === 3);
  await analysed(page);
  const dirs = await page.evaluate(() => [
    getComputedStyle(document.querySelector('.sift-article-heading')).direction,
    ...[...document.querySelectorAll('.sift-text .sift-block')].map((b) => getComputedStyle(b).direction),
  ]);
  assert.ok(dirs.length >= 2 && dirs.every((d) => d === 'rtl'), JSON.stringify(dirs));
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.sift-library li:last-child .sift-article-title')).direction), 'rtl');
  await page.fill('#sift-paste-text', 'Angela Merkel spoke in Berlin on Friday.');
  await page.click('.sift-paste button[type="submit"]');
  await page.waitForFunction(() => document.querySelectorAll('.sift-library li').length === 4);
  await analysed(page);
  const line = await page.locator('.sift-library li', { hasText: 'Angela Merkel spoke' }).innerText();
  assert.match(line, /\b2 entities · 1 number · 0 claims\b/, line);
  assert.ok(!/\b1 (entities|numbers|claims)\b/.test(await page.locator('.sift-library').innerText()));
  // A left-to-right article stays left to right.
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.sift-text .sift-block')).direction), 'ltr');
  assert.deepEqual(errors, []);
  await context.close();
});

test('entity chips and claims: one Tab stop per group, arrows and Home/End move between them; filtered labels leave the panel', async () => {
  const { context, page, errors } = await open();
  const groups = page.locator('.sift-entities .sift-group');
  const groupCount = await groups.count();
  assert.ok(groupCount >= 3);
  const stops = await page.locator('.sift-entities .sift-chip[tabindex="0"]').count();
  assert.equal(stops, groupCount, 'one chip of each group is in the Tab order');
  assert.equal(await page.locator('.sift-entities .sift-chip:not([tabindex="0"])').evaluateAll((cs) => cs.every((c) => c.tabIndex === -1)), true);
  const person = page.locator('.sift-entities .sift-group[data-label="PERSON"] .sift-chip');
  const names = await person.evaluateAll((cs) => cs.map((c) => c.dataset.entity));
  assert.ok(names.length >= 3);
  await person.first().focus();
  const focused = () => page.evaluate(() => document.activeElement?.dataset.entity);
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), names[1]);
  await page.keyboard.press('End');
  assert.equal(await focused(), names.at(-1));
  await page.keyboard.press('ArrowLeft');
  assert.equal(await focused(), names.at(-2));
  await page.keyboard.press('Home');
  assert.equal(await focused(), names[0]);
  await page.keyboard.press('ArrowDown');
  // Tab leaves the group from the chip focused last, and Shift+Tab comes back to it.
  await page.keyboard.press('Tab');
  assert.notEqual(await page.evaluate(() => document.activeElement?.closest('.sift-group')?.dataset.label), 'PERSON');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), names[1]);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.sift-text mark[data-selected="true"]`);
  // The claims of a "Who said what" group are one Tab stop too, with the same keys.
  const lists = page.locator('.sift-claims .sift-claim-list');
  assert.equal(await page.locator('.sift-claims .sift-claim-item[tabindex="0"]').count(), await lists.count());
  const claims = lists.first().locator('.sift-claim-item');
  if ((await claims.count()) >= 2) {
    await claims.first().focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement === document.querySelectorAll('.sift-claims .sift-claim-list')[0].querySelectorAll('.sift-claim-item')[1]), true);
    await page.keyboard.press('Home');
    assert.equal(await page.evaluate(() => document.activeElement === document.querySelector('.sift-claims .sift-claim-item')), true);
  }
  // Hiding PERSON in the filters takes its group out of the panel, and says how many are hidden.
  await page.locator('.sift-label-toggle[data-label="PERSON"] input').uncheck();
  await page.waitForFunction(() => !document.querySelector('.sift-entities .sift-group[data-label="PERSON"]'));
  assert.match(await page.locator('.sift-entities').innerText(), /\d+ mentions hidden by the filters\./);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 1024 px window gives the article most of the width, the articles and panels beside it', async () => {
  const { context, page, errors } = await open({ viewport: { width: 1024, height: 768 } });
  const box = await page.evaluate(() => {
    const r = (sel) => document.querySelector(sel).getBoundingClientRect();
    return { text: r('.sift-text').width, main: r('.sift-main'), side: r('.sift-side'), panels: r('.sift-panels'), scroll: document.documentElement.scrollWidth };
  });
  assert.ok(box.text >= 520, `the article is ${box.text}px wide`);
  assert.ok(box.side.left >= box.main.right - 1 && box.panels.left >= box.main.right - 1, JSON.stringify(box));
  assert.ok(box.panels.top >= box.side.bottom - 1, 'the panels under the articles');
  assert.ok(box.scroll <= 1024);
  await page.screenshot({ path: join(outputDir, 'explorer-1024.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('larger text and forced colours: the article keeps its column, highlights stay visible, labels are not read out', async () => {
  const { context, page, errors } = await open({ viewport: { width: 1280, height: 900 } });
  // The reader's default font at 200% ("Very large" and beyond): the columns give way sooner.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.reload();
  await page.waitForSelector('.sift-text mark[data-kind="entity"]');
  const width = await page.evaluate(() => document.querySelector('.sift-text').getBoundingClientRect().width);
  assert.ok(width >= 600, `the article is ${width}px wide at 200% text`);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
  await page.reload();
  await page.waitForSelector('.sift-text mark[data-kind="number"]');
  // Windows high contrast, dark: a mark is drawn in the system's text colour on its canvas.
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  const colours = await page.evaluate(() => ['entity', 'number', 'claim'].map((kind) => {
    const s = getComputedStyle(document.querySelector(`.sift-text mark[data-kind="${kind}"]`));
    return { kind, color: s.color, background: s.backgroundColor };
  }));
  for (const c of colours) {
    assert.notEqual(c.background, 'rgba(0, 0, 0, 0)', JSON.stringify(c));
    assert.notEqual(c.color, c.background, JSON.stringify(c));
  }
  await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  // The labels drawn after names ("GPE") and the speaker tags are not in the accessibility tree:
  // the text reads as its own words.
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.sift-text' });
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  // The article's subtree of the accessibility tree.
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const article = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
  const inArticle = [];
  const walk = (n) => { inArticle.push(n); (n.childIds ?? []).forEach((id) => byId.has(id) && walk(byId.get(id))); };
  walk(article);
  const texts = inArticle.filter((n) => n.role?.value === 'StaticText').map((n) => n.name?.value ?? '');
  assert.ok(texts.some((t) => t.includes('Putin')), 'the article is in the tree');
  const labels = texts.filter((t) => /^(PERSON|ORG|GPE|LOC|NORP|FAC)$/.test(t.trim()) || / ›$/.test(t));
  assert.deepEqual(labels, []);
  // Landmarks have names: the articles, the article, the panels.
  const landmarks = await page.evaluate(() => [...document.querySelectorAll('aside, main')].map((e) => `${e.localName}:${e.getAttribute('aria-label')}`));
  assert.deepEqual(landmarks, ['aside:Articles', 'main:Article', 'aside:Entities, claims and numbers']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the focus follows: Enter on a text match goes to the match, and a dismissed notice leaves it on the library', async () => {
  const { context, page, errors } = await open();
  // The search box points at its results only while they are there.
  assert.equal(await page.locator('#sift-search').getAttribute('aria-controls'), null);
  await page.keyboard.press('/');
  await page.keyboard.type('ceasefire');
  assert.equal(await page.locator('#sift-search').getAttribute('aria-controls'), 'sift-search-results');
  const match = page.locator('.sift-search-text').first();
  await match.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => String(window.getSelection()).toLowerCase() === 'ceasefire', null, { timeout: 10000 });
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    return { block: el.dataset.block ?? null, inText: !!el.closest('.sift-text'), holdsSelection: el.contains(window.getSelection().anchorNode), visible: r.bottom > 0 && r.top < innerHeight };
  });
  assert.ok(focus.block !== null && focus.inText && focus.holdsSelection && focus.visible, JSON.stringify(focus));
  assert.equal(await page.locator('.sift-search-results').count(), 0, 'the results close');
  // Dismissing a notice by keyboard: the focus goes to the article shown, not to the page.
  await page.locator('.sift-delete').first().click();
  await page.locator('.sift-notice .sift-dismiss').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.sift-notice'));
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-current')), 'true');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the status line reports each article analysed while an entity is selected, and lets go once nothing is left', async () => {
  const { context, page, errors } = await open();
  const status = page.locator('.sift-app > .sift-visually-hidden[role="status"]');
  await page.locator('.sift-chip').first().click();
  // The article was announced already: the selection alone now.
  assert.match(await status.innerText(), /^Selected .+: \d+ mentions? in \d+ articles?/);
  await page.fill('#sift-paste-text', 'Angela Merkel said in Berlin on Friday that 42 delegates had left.');
  await page.click('.sift-paste button[type="submit"]');
  await page.waitForFunction(() => document.querySelectorAll('.sift-library li').length === 3);
  await analysed(page);
  await page.waitForFunction(() => /^“Angela Merkel said.*” analysed: 2 entity mentions, .* Selected /.test(document.querySelector('.sift-app > .sift-visually-hidden[role="status"]').textContent));
  // Every article deleted: no selection is left to speak of.
  while (await page.locator('.sift-delete').count()) await page.locator('.sift-delete').first().click();
  assert.equal(await status.innerText(), '');
  assert.deepEqual(errors, []);
  await context.close();
});
