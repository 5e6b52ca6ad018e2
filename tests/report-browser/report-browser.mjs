// Opens `dossier report --format html` output in headless Chromium and checks it against the JSON report.
//   node report-browser.mjs WORK_DIR SCREENSHOT_PNG_OR_EMPTY NAME...   (WORK_DIR/NAME.html and NAME.json)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const [work, screenshot, ...names] = process.argv.slice(2);
const { chromium } = createRequire(join(process.env.DOSSIER_E2E_CACHE, 'package.json'))('playwright-core');
const results = [];

async function test(name, body) {
  try {
    await body();
    results.push(true);
    console.log(`ok: ${name}`);
  } catch (error) {
    results.push(false);
    console.log(`FAILED: ${name}\n${error.stack ?? error}`);
  }
}

const browser = await chromium.launch({
  executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
try {
  for (const name of names) {
    const json = JSON.parse(readFileSync(join(work, `${name}.json`), 'utf8'));
    // No JavaScript: the report must be readable without it.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 900, height: 1400 } });
    const page = await context.newPage();
    const requests = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await page.goto(`file://${join(work, `${name}.html`)}`, { waitUntil: 'load' });

    await test(`${name}: renders its heading, sections and charts`, async () => {
      assert.equal(await page.locator('h1').innerText(), 'Job search');
      for (const id of ['needs-you', 'status', 'funnel', 'salaries']) {
        assert.ok(await page.locator(`section#${id}`).isVisible(), `section ${id} is visible`);
      }
      for (const svg of await page.locator('svg.chart').all()) {
        const box = await svg.boundingBox();
        assert.ok(box && box.width > 300 && box.height > 20, 'each chart has a size on the page');
      }
    });

    await test(`${name}: one bar per dossier with a salary, and the minimum as a line`, async () => {
      const bars = page.locator('#salaries rect.salary-bar');
      assert.ok(json.salaries.length > 0, 'the corpus has salaries');
      assert.equal(await bars.count(), json.salaries.length);
      for (const bar of await bars.all()) {
        const box = await bar.boundingBox();
        assert.ok(box && box.width >= 2 && box.height > 4, 'every bar is drawn');
      }
      assert.equal(await page.locator('#salaries line.minimum-line').count(), json.minimumSalary ? 1 : 0);
      assert.equal(await page.locator('#salaries details tbody tr').count(), json.salaries.length, 'the text alternative lists every bar');
    });

    await test(`${name}: funnel numbers equal the JSON's`, async () => {
      const stages = await page.locator('#funnel g.funnel-stage').evaluateAll((gs) =>
        gs.map((g) => ({ stage: g.dataset.stage, count: Number(g.dataset.count), shown: g.querySelector('text.value').textContent })));
      assert.deepEqual(stages.map((s) => [s.stage, s.count]), json.funnel.map((s) => [s.stage, s.count]));
      for (const s of stages) assert.ok(s.shown.startsWith(String(s.count)), `the ${s.stage} label shows ${s.count}`);
      const rows = await page.locator('#funnel details tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
      assert.deepEqual(rows.map((r) => [r[0], Number(r[1])]), json.funnel.map((s) => [s.stage, s.count]));
    });

    await test(`${name}: every chart has a text alternative`, async () => {
      const charts = await page.locator('svg.chart').evaluateAll((svgs) => svgs.map((svg) => ({
        role: svg.getAttribute('role'),
        labels: (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? ''),
      })));
      assert.ok(charts.length >= 2);
      for (const chart of charts) {
        assert.equal(chart.role, 'img');
        assert.ok(chart.labels.length === 2 && chart.labels.every((t) => t.length > 0), 'title and description');
      }
    });

    await test(`${name}: light and dark colours follow the system`, async () => {
      const background = async (scheme) => {
        await page.emulateMedia({ colorScheme: scheme });
        return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      };
      const light = await background('light');
      const dark = await background('dark');
      assert.equal(light, 'rgb(255, 255, 255)');
      assert.notEqual(dark, light);
      await page.emulateMedia({ colorScheme: 'light' });
    });

    await test(`${name}: makes no network request`, async () => assert.deepEqual(requests, []));

    if (screenshot && name === names[0]) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.screenshot({ path: screenshot, fullPage: true });
      console.log(`screenshot: ${screenshot}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(results.every(Boolean) ? 0 : 1);
