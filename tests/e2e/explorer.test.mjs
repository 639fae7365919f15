// The explorer's search, keyboard, exports, shareable view and looks, in a real Chromium:
// search and `/`, focus always visible, JSON / CSV / HTML downloads checked byte for byte against
// the article, the view restored from the URL after a reload, dark and light themes with enough
// contrast, and a phone-sized window. Screenshots go to tests/e2e/output/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, serveDist, watchErrors, outputDir, analysed } from './browser.mjs';

let browser, server;
before(async () => { [browser, server] = await Promise.all([launch(), serveDist()]); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(context, hash = '') {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/${hash}`);
  await page.waitForSelector('.sift-app[data-library="ready"]');
  await page.waitForSelector('.sift-text mark[data-kind="entity"]');
  await analysed(page);
  return { page, errors, entries: await page.evaluate(() => history.length) };
}

const active = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { id: el?.id, tag: el?.tagName, entity: el?.dataset?.entity, ref: el?.dataset?.ref };
});

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  assert.equal(cell + row.join(''), '', 'the file ends with CRLF');
  return rows;
}

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('search: / focuses the box, entities and text match across articles, Enter and clicks jump, Esc clears', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const { page, errors } = await open(context);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  assert.equal((await active(page)).id, 'sift-search', '/ focuses the search box');
  assert.equal(await page.locator('#sift-search').inputValue(), '', 'the / is not typed into the box');
  assert.equal(await page.locator('#sift-search').getAttribute('aria-label'), 'Search text and entities');

  await page.keyboard.type('putin');
  const results = page.locator('#sift-search-results');
  await results.waitFor();
  const name = page.locator('.sift-search-name').first();
  assert.equal(await name.getAttribute('data-entity'), 'Vladimir Putin');
  assert.match(await page.locator('.sift-search-summary').innerText(), /^1 entity, \d+ text matches$/);
  assert.match(await page.locator('#sift-search-summary').textContent(), /^1 entity, \d+ text matches$/, 'announced');
  const titles = new Set(await page.locator('.sift-search-text .sift-mention-article').allInnerTexts());
  assert.equal(titles.size, 2, 'text matches come from both articles');
  for (const hit of await page.locator('.sift-search-text strong').allInnerTexts()) assert.equal(hit.toLowerCase(), 'putin');
  await page.screenshot({ path: join(outputDir, 'explorer-search.png') });

  // Enter goes to the first result: Putin is selected and his first mention has the focus.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'MARK');
  assert.equal((await active(page)).entity, 'Vladimir Putin');
  assert.ok((await page.locator('.sift-text mark[data-selected="true"]').count()) > 0);
  assert.equal(await page.locator('.sift-chip[data-entity="Vladimir Putin"]').getAttribute('aria-pressed'), 'true');

  // A text match in the other article opens it and selects the matched words.
  await page.keyboard.press('/');
  await page.locator('#sift-search').fill('ceasefire');
  const current = await page.locator('.sift-article-heading').innerText();
  const other = page.locator('.sift-search-text', { hasNot: page.locator(`.sift-mention-article:text-is("${current}")`) }).first();
  const otherTitle = await other.locator('.sift-mention-article').innerText();
  await other.click();
  assert.equal(await page.locator('.sift-article-heading').innerText(), otherTitle);
  assert.equal((await page.evaluate(() => String(window.getSelection()))).toLowerCase(), 'ceasefire');
  const inView = await page.evaluate(() => {
    const r = window.getSelection().getRangeAt(0).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  assert.ok(inView, 'the match is scrolled into view');

  // Many matches are capped with a count of the rest; nothing matching says so.
  await page.locator('#sift-search').fill('the');
  assert.match(await page.locator('#sift-search-results .sift-more').last().innerText(), /^\d+ more in the text$/);
  assert.equal(await page.locator('.sift-search-text').count(), 20);
  await page.locator('#sift-search').fill('zzqx');
  assert.match(await results.innerText(), /Nothing matches/);
  // Arrow keys and Esc: down into the results, Esc clears and returns to the box.
  await page.locator('#sift-search').fill('trump');
  await page.keyboard.press('ArrowDown');
  assert.equal((await active(page)).tag, 'BUTTON');
  await page.keyboard.press('Escape');
  assert.equal((await active(page)).id, 'sift-search');
  assert.equal(await page.locator('#sift-search').inputValue(), '');
  assert.equal(await results.count(), 0);

  // With single-key shortcuts off, / types nothing and moves nothing.
  await page.locator('.sift-shortcuts input').uncheck();
  await page.locator('.sift-text').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('/');
  assert.notEqual((await active(page)).id, 'sift-search');
  assert.deepEqual(errors, []);
  await context.close();
});

test('who said what: claims grouped by speaker, then sources that name nobody, then the unattributed; a claim opens at its mark', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const { page, errors } = await open(context);
  const panel = page.locator('.sift-claims');
  const groups = await panel.locator('.sift-speaker').evaluateAll((els) => els.map((g) => ({
    entity: g.dataset.entity ?? null,
    source: g.dataset.source ?? null,
    heading: g.querySelector('h3').textContent,
    claims: [...g.querySelectorAll('.sift-claim-item')].map((b) => b.textContent),
  })));
  const rank = (g) => (g.entity ? 0 : g.source ? 1 : 2);
  assert.deepEqual(groups.map(rank), [...groups.map(rank)].sort(), `named speakers, then unnamed sources, then the rest: ${JSON.stringify(groups.map((g) => g.heading))}`);
  // A quotation resolved through "he said" sits under the person.
  const rubio = groups.find((g) => g.entity === 'Marco Rubio');
  assert.ok(rubio?.claims.some((c) => c.includes('Today was a good day')), JSON.stringify(rubio));
  // An anonymous source is its own group, shown as written and marked as naming nobody.
  const defence = groups.find((g) => g.source === 'a senior defence source');
  assert.ok(defence, JSON.stringify(groups.map((g) => g.heading)));
  assert.match(defence.heading, /^A senior defence source\s*not named\s*\d+$/);
  assert.ok(defence.claims.some((c) => c.includes('We will throw our weight')), JSON.stringify(defence));
  assert.ok(!groups.some((g) => g.entity === 'Unattributed' || (g.source ?? '').match(/^(he|she|they)$/)), 'pronouns are never a group');
  // One group for a source however it is capitalised ("The White House official" and "the …").
  const sources = groups.filter((g) => g.source).map((g) => g.source.toLowerCase());
  assert.equal(new Set(sources).size, sources.length, JSON.stringify(sources));
  assert.ok(groups.some((g) => g.source === 'the white house official'), JSON.stringify(sources));
  const cues = await panel.locator('.sift-cue').allInnerTexts();
  assert.ok(cues.length > 0 && cues.every((c) => /^ ?— \S/.test(c) && !c.endsWith(':')), JSON.stringify(cues));

  // In the article, a claim's tag names its speaker; a speaker not resolved shows its source as
  // written, in quotes and outlined, and says so to screen readers; a claim without one says that.
  const tags = await page.locator('.sift-text mark[data-kind="claim"][data-speaker]').evaluateAll((ms) => ms.map((m) => ({
    tag: m.dataset.speaker, unresolved: m.dataset.unresolved === 'true', label: m.getAttribute('aria-description'),
    border: getComputedStyle(m, '::before').boxShadow,
  })));
  const resolved = tags.filter((t) => !t.unresolved);
  const unresolved = tags.filter((t) => t.unresolved);
  assert.ok(resolved.length > 0 && unresolved.length > 0, JSON.stringify(tags));
  for (const t of resolved) assert.ok(!/^[“?]|^no source$/.test(t.tag) && t.label.includes(`· ${t.tag}`), JSON.stringify(t));
  for (const t of unresolved) {
    assert.ok(/^“.+”$/.test(t.tag) ? t.label.includes('(unresolved)') : t.tag === 'no source' && t.label.includes('unknown speaker'), JSON.stringify(t));
    assert.notEqual(t.border, 'none', 'an unresolved tag is outlined');
  }
  assert.ok(unresolved.some((t) => t.tag.startsWith('“')), JSON.stringify(unresolved));

  // A claim opens its article, with the focus on the claim's mark.
  const item = panel.locator('.sift-speaker[data-entity="Marco Rubio"] .sift-claim-item', { hasText: 'Today was a good day' });
  await item.click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'MARK');
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    return { kind: el.dataset.kind, text: el.textContent, inView: r.top >= 0 && r.bottom <= window.innerHeight };
  });
  assert.equal(focused.kind, 'claim');
  assert.ok(focused.text.includes('Today was a good day'), focused.text);
  assert.ok(focused.inView, 'the claim is scrolled into view');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: every control is reachable with Tab and shows a visible focus', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const { page } = await open(context);
  const seen = new Set();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      const name = el.getAttribute('aria-label') || el.labels?.[0]?.innerText || el.innerText || el.title || '';
      return { tag: el.tagName, cls: el.className, outline: style.outlineStyle, width: parseFloat(style.outlineWidth), name: name.trim() };
    });
    if (f.tag === 'BODY') continue;
    seen.add(f.tag === 'INPUT' ? `INPUT.${f.cls}` : f.tag);
    assert.notEqual(f.outline, 'none', `focus visible on ${f.tag}.${f.cls}`);
    assert.ok(f.width >= 2, `outline on ${f.tag}.${f.cls} is ${f.width}px`);
    assert.ok(f.name.length > 0, `${f.tag}.${f.cls} has an accessible name`);
  }
  for (const kind of ['INPUT.sift-search-input', 'SUMMARY', 'BUTTON', 'TEXTAREA']) assert.ok(seen.has(kind), `${kind} reached: ${[...seen]}`);
  await context.close();
});

test('export: JSON is analyze()\'s schema in UTF-16, CSVs are quoted tables, HTML is a standalone annotated page, and tables of all articles', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const { page, errors } = await open(context);
  const article = '😀 Angela Merkel met Emmanuel Macron in Paris on Monday. "We agree, fully," Merkel said, adding that ' +
    '3,000 troops would stay. <script>window.__pwned = 1</script> The "E3" group, she said, "will meet again".';
  await page.fill('#sift-paste-text', article);
  await page.click('.sift-paste button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('.sift-article-heading')?.textContent.includes('Angela Merkel'));
  const text = await page.locator('.sift-text').textContent();
  assert.equal(text, article, 'the reader holds the text exactly');

  const save = async (format) => {
    const menu = page.locator('.sift-export');
    if (!(await menu.evaluate((d) => d.open))) await menu.locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`.sift-export-button[data-format="${format}"]`)]);
    return { name: download.suggestedFilename(), body: await readFile(await download.path(), 'utf8') };
  };

  const json = await save('json');
  assert.match(json.name, /^angela-merkel-met-emmanuel-macron.*\.json$/);
  const doc = JSON.parse(json.body);
  const fresh = await page.evaluate(async (t) => (await import('./embed/sift.js')).analyze(t), article);
  assert.deepEqual(doc, fresh, 'the export is exactly what analyze() returns');
  assert.ok(doc.entities.length >= 3 && doc.numbers.length >= 1 && doc.claims.length >= 1, json.body.slice(0, 300));
  for (const s of [...doc.entities, ...doc.numbers, ...doc.claims]) assert.equal(article.slice(s.start, s.end), s.text);
  assert.ok(doc.entities.some((e) => e.text === 'Angela Merkel' && e.start === 3), 'offsets are UTF-16 (the emoji counts 2)');

  const entities = await save('entities-csv');
  assert.match(entities.name, /-entities\.csv$/);
  const rows = parseCsv(entities.body);
  assert.deepEqual(rows[0], ['start', 'end', 'text', 'label', 'entity']);
  assert.equal(rows.length - 1, doc.entities.length);
  rows.slice(1).forEach((r, i) => {
    const e = doc.entities[i];
    assert.deepEqual(r, [String(e.start), String(e.end), e.text, e.label, e.entity]);
  });
  const numbers = parseCsv((await save('numbers-csv')).body);
  assert.equal(numbers[0].join(','), 'start,end,text,kind,value,unit,qualifier,low,high,counted');
  assert.equal(numbers.length - 1, doc.numbers.length);
  const claimsCsv = await save('claims-csv');
  assert.ok(claimsCsv.body.includes('""'), 'quotes inside cells are doubled');
  const claims = parseCsv(claimsCsv.body);
  assert.equal(claims.length - 1, doc.claims.length);
  const col = claims[0].indexOf('text');
  claims.slice(1).forEach((r, i) => assert.equal(r[col], doc.claims[i].text));

  const html = await save('annotated-html');
  assert.match(html.name, /\.html$/);
  assert.doesNotMatch(html.body, /<script/i);
  const view = await context.newPage();
  await view.setContent(html.body);
  const shown = await view.evaluate(() => ({
    scripts: document.scripts.length,
    text: document.querySelector('.sift-text').textContent,
    marks: [...document.querySelectorAll('mark')].map((m) => ({ ...m.dataset })),
    pwned: window.__pwned,
    sheets: document.styleSheets.length,
  }));
  assert.equal(shown.scripts, 0);
  assert.equal(shown.pwned, undefined);
  assert.equal(shown.text, article, 'the page holds the article text exactly, escaped');
  assert.equal(shown.sheets, 1, 'inline CSS');
  const people = shown.marks.filter((m) => m.kind === 'entity' && m.label === 'PERSON');
  assert.ok(people.some((m) => m.entity === 'Angela Merkel'), JSON.stringify(shown.marks));
  assert.ok(shown.marks.some((m) => m.kind === 'number') && shown.marks.some((m) => m.kind === 'claim'));

  // Every article in one table: each row opens with its article's title, the rest as in that
  // article's own table.
  await analysed(page);
  const titles = await page.locator('.sift-article-title').allInnerTexts();
  assert.ok(titles.length >= 3, `the samples and the pasted article: ${JSON.stringify(titles)}`);
  const menu = page.locator('.sift-export');
  if (!(await menu.evaluate((d) => d.open))) await menu.locator('summary').click();
  assert.equal(await page.locator('.sift-export-group').textContent(), `All ${titles.length} articles`);
  const all = await save('library-entities-csv');
  assert.equal(all.name, 'sift-library-entities.csv');
  const allRows = parseCsv(all.body);
  assert.deepEqual(allRows[0], ['article', 'start', 'end', 'text', 'label', 'entity']);
  assert.deepEqual([...new Set(allRows.slice(1).map((r) => r[0]))].sort(), [...titles].sort(), 'rows from every article');
  const heading = await page.locator('.sift-article-heading').textContent();
  assert.deepEqual(allRows.slice(1).filter((r) => r[0] === heading).map((r) => r.slice(1)), rows.slice(1),
    "the current article's rows are those of its own table");
  const allClaims = parseCsv((await save('library-claims-csv')).body);
  assert.deepEqual(allClaims[0], ['article', ...claims[0]]);
  assert.ok(new Set(allClaims.slice(1).map((r) => r[0])).size >= 2, 'claims of several articles');
  const allNumbers = parseCsv((await save('library-numbers-csv')).body);
  assert.deepEqual(allNumbers[0], ['article', ...numbers[0]]);
  assert.ok(allNumbers.length - 1 > numbers.length - 1, 'numbers of every article');
  assert.ok(shown.marks.every((m) => m.kind && m.label), 'every mark has data-kind and data-label');
  await view.screenshot({ path: join(outputDir, 'explorer-export.png') });

  // The annotated page follows the view: hidden layers stay unmarked.
  await page.keyboard.press('Escape');
  await page.locator('.sift-layer-number legend input').uncheck();
  const filtered = await save('annotated-html');
  assert.doesNotMatch(filtered.body, /<mark[^>]*data-kind="number"/);
  assert.match(filtered.body, /<mark[^>]*data-kind="entity"/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('share: the URL hash holds article, selection and filters; a new page restores them without new history entries', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const { page, errors, entries } = await open(context);
  await page.waitForFunction(() => /^#a=[0-9a-f]{16}$/.test(location.hash));
  const firstHash = await page.evaluate(() => location.hash);
  const firstTitle = await page.locator('.sift-article-heading').innerText();
  const second = page.locator('.sift-article-button').nth(1);
  const title = await second.locator('.sift-article-title').innerText();
  await second.click();
  await page.waitForFunction((t) => document.querySelector('.sift-article-heading')?.textContent === t, title);
  const chip = page.locator('.sift-group[data-label="PERSON"] .sift-chip').first();
  const entity = await chip.getAttribute('data-entity');
  await chip.click();
  await page.locator('.sift-layer-number legend input').uncheck();
  await page.locator('.sift-label-toggle[data-label="LOC"] input').uncheck();
  await page.waitForFunction(() => /hide=/.test(location.hash));
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /^#a=[0-9a-f]{16}&sel=[^&]+&hide=number,LOC$/);
  assert.equal(decodeURIComponent(hash.match(/sel=([^&]+)/)[1]), entity);
  assert.equal(await page.evaluate(() => history.length), entries, 'view changes replace the history entry');

  const { page: again, errors: errors2 } = await open(context, hash);
  await again.waitForFunction((t) => document.querySelector('.sift-article-heading')?.textContent === t, title);
  assert.equal(await again.locator(`.sift-chip[data-entity="${entity}"]`).getAttribute('aria-pressed'), 'true');
  assert.ok((await again.locator('.sift-text mark[data-selected="true"]').count()) > 0);
  assert.equal(await again.locator('.sift-text mark[data-kind="number"]').count(), 0);
  assert.equal(await again.locator('.sift-layer-number legend input').isChecked(), false);
  assert.equal(await again.locator('.sift-label-toggle[data-label="LOC"] input').isChecked(), false);
  assert.equal(await again.locator('.sift-text mark[data-label="LOC"]').count(), 0);
  assert.equal(await again.evaluate(() => location.hash), hash, 'the restored view keeps its URL');
  await again.screenshot({ path: join(outputDir, 'explorer-shared-view.png') });

  // Clearing the selection and filters empties the hash to the article alone.
  await again.keyboard.press('Escape');
  await again.locator('.sift-layer-number legend input').check();
  await again.locator('.sift-label-toggle[data-label="LOC"] input').check();
  await again.waitForFunction(() => /^#a=[0-9a-f]{16}$/.test(location.hash));

  // A link opened in the same page (only the hash changes) is applied too.
  await again.evaluate((h) => { location.hash = `${h}&hide=claim`; }, firstHash);
  await again.waitForFunction((t) => document.querySelector('.sift-article-heading')?.textContent === t, firstTitle);
  assert.equal(await again.locator('.sift-text mark[data-kind="claim"]').count(), 0);
  assert.ok((await again.locator('.sift-text mark[data-kind="number"]').count()) > 0);

  // A link to an article this browser does not have says so.
  const { page: missing } = await open(context, '#a=0123456789abcdef&sel=Nobody');
  await missing.waitForSelector('.sift-notice-error');
  assert.match(await missing.locator('.sift-notice').innerText(), /not in this browser's library/);
  // A name no article mentions is not offered as a selection to step through.
  // The article's news first (it has just been shown), then the selection's.
  assert.match(await missing.locator('[role="status"][aria-live="polite"]').innerText(), /analysed: .* Selected Nobody: not mentioned in the articles loaded\.$/);
  // Then a link to an article that is here opens it, and the notice, no longer true, goes.
  await missing.evaluate((h) => { location.hash = h; }, firstHash);
  await missing.waitForFunction((t) => document.querySelector('.sift-article-heading')?.textContent === t, firstTitle);
  assert.equal(await missing.locator('.sift-notice').count(), 0);
  assert.deepEqual([...errors, ...errors2], []);
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`looks: the ${scheme} theme follows prefers-color-scheme with readable contrast`, async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, colorScheme: scheme });
    const { page } = await open(context);
    await page.locator('.sift-chip', { hasText: 'Putin' }).first().click();
    const c = await page.evaluate(() => {
      const style = (sel) => getComputedStyle(document.querySelector(sel));
      return {
        bg: style('.sift-app').backgroundColor,
        body: style('body').backgroundColor,
        text: style('.sift-text').color,
        font: style('.sift-text').fontFamily,
        panel: style('.sift-panel').backgroundColor,
        muted: style('.sift-article-meta').color,
        selected: style('mark[data-selected="true"]').backgroundColor,
        selectedText: style('mark[data-selected="true"]').color,
        scheme: style('.sift-app').colorScheme,
      };
    });
    // explorer-light.png is also the README's docs/screenshot.png.
    await page.screenshot({ path: join(outputDir, `explorer-${scheme}.png`) });
    const lum = (rgb) => rgb.match(/\d+/g).slice(0, 3).reduce((s, v) => s + Number(v), 0) / 3;
    if (scheme === 'dark') assert.ok(lum(c.bg) < 60 && lum(c.body) < 60, `dark background: ${c.bg}`);
    else assert.ok(lum(c.bg) > 200, `light background: ${c.bg}`);
    assert.ok(contrast(c.text, c.bg) >= 7, `reading text ${c.text} on ${c.bg}`);
    assert.ok(contrast(c.muted, c.panel) >= 4.5, `muted text ${c.muted} on ${c.panel}`);
    assert.ok(contrast(c.selectedText, c.selected) >= 4.5, `selected mention ${c.selectedText} on ${c.selected}`);
    assert.match(c.font, /Georgia|serif/, 'the article is set in a serif');
    await context.close();
  });
}

test('looks: on a 375 px phone nothing scrolls sideways and the reader, search and panels work', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const { page, errors } = await open(context);
  await page.screenshot({ path: join(outputDir, 'explorer-phone.png') });
  await page.screenshot({ path: join(outputDir, 'explorer-phone-full.png'), fullPage: true });
  const layout = await page.evaluate(() => {
    const wide = [...document.querySelectorAll('.sift-app *')].filter((el) => {
      const r = el.getBoundingClientRect();
      // Scrolling panels and the filter row may hold wider content; they themselves must fit.
      const inScroller = el.parentElement.closest('.sift-panel, .sift-toolbar');
      return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1) && !inScroller && !el.closest('.sift-visually-hidden');
    }).map((el) => `${el.tagName}.${el.className}`);
    const text = document.querySelector('.sift-text').getBoundingClientRect();
    return { scroll: document.documentElement.scrollWidth, inner: window.innerWidth, wide: wide.slice(0, 5), textWidth: text.width, textTop: text.top };
  });
  assert.ok(layout.scroll <= layout.inner, `page is ${layout.scroll}px wide in a ${layout.inner}px window`);
  assert.deepEqual(layout.wide, [], 'no element sticks out');
  assert.ok(layout.textWidth >= 300, `reader is ${layout.textWidth}px wide`);
  assert.ok(layout.textTop < 740, `the article starts in the first screen (at ${layout.textTop}px)`);
  // The panels, below the whole article, are one tap away: the focus goes to the panel's heading.
  const jumps = page.locator('.sift-jumps button');
  assert.deepEqual(await jumps.allInnerTexts(), ['Entities', 'Who said what', 'Numbers']);
  assert.ok((await jumps.first().boundingBox()).y < 740, 'in the first screen');
  await jumps.filter({ hasText: 'Who said what' }).tap();
  await page.waitForFunction(() => document.activeElement?.id === 'sift-claims-h');
  const heading = await page.locator('#sift-claims-h').boundingBox();
  assert.ok(heading.y >= -1 && heading.y < 740, JSON.stringify(heading));
  await page.evaluate(() => window.scrollTo(0, 0));
  // Tapping a highlight shows no tooltip that would stay over the text.
  await page.locator('.sift-text mark[data-kind="entity"]').first().tap();
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.sift-tooltip').count(), 0);
  // Panels: tapping an entity selects its mentions.
  const chip = page.locator('.sift-chip', { hasText: 'Putin' }).first();
  await chip.tap();
  assert.ok((await page.locator('.sift-text mark[data-selected="true"]').count()) > 0);
  // Search fits the screen.
  await page.locator('#sift-search').tap();
  await page.locator('#sift-search').fill('kremlin');
  const box = await page.locator('#sift-search-results').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 375, JSON.stringify(box));
  await page.screenshot({ path: join(outputDir, 'explorer-phone-search.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('an embedded explorer: / reaches its search only from inside it, and the host URL is left alone', async () => {
  const page = await browser.newPage({ viewport: { width: 1300, height: 1200 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/embed-demo.html`);
  await page.waitForFunction(() => (document.getElementById('explorer').shadowRoot?.querySelectorAll('mark').length ?? 0) > 10);
  await page.locator('h1').first().click();
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'the host keeps its /');
  const explorer = page.locator('#explorer');
  await explorer.locator('.sift-export summary').focus();
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.getElementById('explorer').shadowRoot.activeElement?.id), 'sift-search');
  await page.keyboard.type('ukraine');
  assert.equal(await explorer.locator('#sift-search').inputValue(), 'ukraine', 'j and k are typed, not taken as shortcuts');
  await explorer.locator('#sift-search-results').waitFor();
  assert.ok((await explorer.locator('.sift-search-text').count()) > 0);
  await page.keyboard.press('Escape');
  await explorer.locator('.sift-layer-claim legend input').uncheck();
  assert.equal(await explorer.locator('.sift-text mark[data-kind="claim"]').count(), 0);
  assert.equal(await page.evaluate(() => location.hash), '', 'an embedded explorer never writes the host URL');
  assert.deepEqual(errors, []);
  await page.close();
});
