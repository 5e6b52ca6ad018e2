// Drives a real VS Code (code-server) in headless Chromium and checks what the user sees.
// Started by e2e/run.sh, which installs the tools, builds the .vsix and installs it into a fresh profile.
//
// Environment (all set by run.sh):
//   DOSSIER_E2E_CACHE   folder with node_modules/{code-server,playwright-core}
//   E2E_USER_DATA       code-server --user-data-dir (settings already written)
//   E2E_EXTENSIONS      code-server --extensions-dir (the .vsix already installed)
//   E2E_WORKSPACE       folder to open (a copy of e2e/fixtures)
//   E2E_ARTIFACTS       where screenshots and logs go
//   E2E_CHROMIUM        Chromium executable (default /usr/bin/chromium)
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = (name) => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set; run e2e/run.sh`);
  }
  return value;
};
const cache = env('DOSSIER_E2E_CACHE');
const userData = env('E2E_USER_DATA');
const extensionsDir = env('E2E_EXTENSIONS');
const workspace = env('E2E_WORKSPACE');
const artifacts = env('E2E_ARTIFACTS');
const chromiumPath = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const { chromium } = createRequire(join(cache, 'package.json'))('playwright-core');

const DOSSIER = 'acme-analytics-staff-ml-engineer.md';
const STATUS_LINE = 9;
const SALARY_LINE = 11;
// e2e/fixtures/dossier.config.yaml: "  minimumSalary: 300000" and "  currency: USD", its last line.
const CONFIG_MINIMUM_LINE = 3;
const CONFIG_LAST_LINE = 4;
const STATUSES = ['RESEARCHING', 'PREPARED', 'APPLIED', 'SCREENING', 'INTERVIEWING', 'OFFER', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'];

// VS Code gives an extension's status bar item the id "<publisher>.<name>.<item id>".
const STATUS_ITEM = '[id="dossierlsp.dossier-lsp.dossier.status"]';

const results = [];
const log = (message) => console.log(`e2e: ${message}`);

async function main() {
  const port = await freePort();
  const server = startCodeServer(port);
  let context;
  try {
    await waitForHealth(port, 60_000);
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'dossier-e2e-chromium-')), {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 1400, height: 860 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const page = context.pages()[0] ?? await context.newPage();
    const consoleLog = createWriteStream(join(artifacts, 'browser-console.log'));
    page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
    await run(page);
  } finally {
    await context?.close().catch(() => undefined);
    stopCodeServer(server);
  }
}

async function run(page) {
  log(`opening ${workspace}`);
  await page.goto(urlFor(workspace), { waitUntil: 'domcontentloaded' });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: DOSSIER });
  await row.waitFor({ timeout: 60_000 });

  await test('with every editor closed, Problems lists the findings of the workspace\'s dossiers (workspace diagnostics)', async () => {
    await page.keyboard.press('Control+Shift+M');
    const found = await waitFor(async () => {
      const markers = await markerRows(page);
      return markers.find((m) => m.line === STATUS_LINE && /APPLID|status/i.test(m.text));
    }, 45_000, async () => `markers: ${JSON.stringify(await markerRows(page), null, 1)}`);
    log(`  unopened dossier's finding: ${found.text}`);
    await shot(page, 'problems-editors-closed');
    await page.keyboard.press('Control+Shift+M');
  });

  await test('the Job Search view lists the dossier under its status', async () => {
    const header = page.locator('.pane-header', { hasText: 'Job Search' });
    await header.waitFor({ timeout: 15_000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') {
      await header.click();
    }
    const pane = page.locator('.pane', { has: header });
    await pane.locator('.monaco-list-row', { hasText: 'Acme Analytics' }).waitFor({ timeout: 20_000 });
    await pane.locator('.monaco-list-row', { hasText: 'APPLID' }).waitFor({ timeout: 5_000 });
    await shot(page, 'job-search-view');
  });

  await row.click();
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.waitFor({ timeout: 30_000 });

  await test('diagnostics appear in the editor', async () => {
    await waitFor(async () => {
      serverFailure = await startFailure(page);
      return serverFailure !== undefined || (await page.locator('.squiggly-error, .squiggly-warning, .squiggly-info').count()) > 0;
    }, 45_000);
    if (serverFailure) {
      throw new Error(serverFailure);
    }
  });

  await test('the status bar item is red while the status is not a known status', async () => {
    await waitFor(async () => {
      const item = page.locator(STATUS_ITEM, { hasText: /APPLID/ }).first();
      const kind = await item.evaluate((e) => `${e.className} ${e.getAttribute('style') ?? ''} ${e.parentElement?.className ?? ''}`);
      return /error-kind|errorBackground/.test(kind) ? kind : undefined;
    }, 15_000, async () => `status bar: ${JSON.stringify(await page.locator(STATUS_ITEM).evaluateAll((es) => es.map((e) => e.outerHTML.slice(0, 300))))}`);
    await shot(page, 'status-bar-invalid');
  });

  await test(`Problems lists the status finding on line ${STATUS_LINE} and the salary finding on line ${SALARY_LINE}`, async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: 15_000 });
    const found = await waitFor(async () => {
      const markers = await markerRows(page);
      const status = markers.find((m) => m.line === STATUS_LINE && /APPLID|status/i.test(m.text));
      const salary = markers.find((m) => m.line === SALARY_LINE && /salary|minimum|300,?000/i.test(m.text));
      return status && salary ? { status, salary, markers } : undefined;
    }, 20_000, async () => `markers: ${JSON.stringify(await markerRows(page), null, 1)}`);
    log(`  status finding: ${found.status.text}`);
    log(`  salary finding: ${found.salary.text}`);
    await shot(page, 'problems');
  });

  await test('completion on the status value offers every status', async () => {
    await goTo(page, STATUS_LINE, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Control+Shift+ArrowLeft'); // select APPLID
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Space');
    const labels = await waitFor(async () => {
      const seen = await suggestLabels(page);
      return STATUSES.every((s) => seen.includes(s)) ? seen : undefined;
    }, 15_000, async () => `suggestions: ${JSON.stringify(await suggestLabels(page))}`);
    log(`  suggestions: ${labels.join(', ')}`);
    await shot(page, 'completion');
  });
  await page.keyboard.press('Escape');
  await restoreText(page);

  await test('the quick fix for the misspelt status changes it to APPLIED', async () => {
    await waitFor(async () => (await lineText(page, STATUS_LINE))?.includes('APPLID'), 5_000,
      async () => `line ${STATUS_LINE} is ${JSON.stringify(await lineText(page, STATUS_LINE))}`);
    await goTo(page, STATUS_LINE, 30); // inside "APPLID"
    await waitFor(async () => (await page.locator('.squiggly-error, .squiggly-warning').count()) > 0, 15_000);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'APPLIED' }).first();
    await fix.waitFor({ timeout: 15_000 }).catch(async (e) => {
      const offered = await page.locator('.action-widget .monaco-list-row').allTextContents();
      throw new Error(`${e.message}; actions offered: ${JSON.stringify(offered)}`);
    });
    await shot(page, 'quick-fix');
    // The widget's pointer block swallows clicks in headless Chromium; choose with the keyboard instead.
    for (let i = 0; i < 10; i++) {
      const focused = await page.locator('.action-widget .monaco-list-row.focused').textContent().catch(() => '');
      if (focused?.includes('APPLIED')) {
        break;
      }
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await waitFor(async () => /\*\*Application Status\*\*:\s*APPLIED\b/.test((await lineText(page, STATUS_LINE)) ?? ''), 10_000,
      async () => `line ${STATUS_LINE} is ${JSON.stringify(await lineText(page, STATUS_LINE))}`);
  });

  await test('hover on the salary shows the yearly range and the distance to the minimum', async () => {
    await goTo(page, SALARY_LINE, 25); // inside the salary value
    // Show Hover from the keyboard (Ctrl+K Ctrl+I): mouse hovering is unreliable in headless Chromium.
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    // The hover also shows the line's diagnostic; the server's own part is the one naming "Your minimum".
    const hover = page.locator('.monaco-hover-content', { hasText: /Your minimum:/ }).first();
    await hover.waitFor({ timeout: 15_000 }).catch(async (e) => {
      throw new Error(`${e.message}; hover shows ${JSON.stringify(await page.locator('.monaco-hover-content').allTextContents())}`);
    });
    const text = await hover.textContent();
    if (!/a year/.test(text ?? '') || !/below minimum|above minimum|within range/.test(text ?? '')) {
      throw new Error(`hover says ${JSON.stringify(text)}`);
    }
    await shot(page, 'hover');
    await page.keyboard.press('Escape');
  });

  await test('the salary finding offers to open the config and to change the minimum', async () => {
    await goTo(page, SALARY_LINE, 25);
    await waitFor(async () => (await page.locator('.squiggly-warning, .squiggly-error').count()) > 0, 15_000);
    await page.keyboard.press('Control+.');
    const rows = page.locator('.action-widget .monaco-list-row');
    const offered = await waitFor(async () => {
      const texts = await rows.allTextContents();
      return texts.some((t) => /Open dossier\.config\.yaml/.test(t)) && texts.some((t) => /Change the minimum salary/.test(t)) ? texts : undefined;
    }, 15_000, async () => `actions offered: ${JSON.stringify(await rows.allTextContents())}`);
    log(`  actions: ${offered.join(' | ')}`);
    await shot(page, 'salary-actions');
    for (let i = 0; i < 10; i++) {
      const focused = await page.locator('.action-widget .monaco-list-row.focused').textContent().catch(() => '');
      if (/Open dossier\.config\.yaml/.test(focused ?? '')) {
        break;
      }
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'dossier.config.yaml' }).waitFor({ timeout: 10_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: DOSSIER }).click();
    await page.locator('.tab.active', { hasText: DOSSIER }).waitFor({ timeout: 10_000 });
  });

  await test('the status bar shows the dossier status', async () => {
    const item = page.locator(STATUS_ITEM, { hasText: /APPLIED/ });
    await item.first().waitFor({ timeout: 15_000 }).catch(async (e) => {
      const items = await page.locator('.statusbar-item').allTextContents();
      throw new Error(`${e.message}; status bar: ${JSON.stringify(items.map((t) => t.trim()).filter(Boolean))}`);
    });
    await shot(page, 'status-bar');
  });

  await test('"Dossier: Set Status…" sets the status chosen in the quick pick', async () => {
    const input = await runCommand(page, 'Set Status');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'INTERVIEWING' }).first().waitFor({ timeout: 10_000 });
    await input.fill('INTERVIEWING');
    await shot(page, 'set-status');
    await page.keyboard.press('Enter');
    await waitFor(async () => /\*\*Application Status\*\*:\s*INTERVIEWING\b/.test((await lineText(page, STATUS_LINE)) ?? ''), 10_000,
      async () => `line ${STATUS_LINE} is ${JSON.stringify(await lineText(page, STATUS_LINE))}`);
    await page.locator(STATUS_ITEM, { hasText: /INTERVIEWING/ }).waitFor({ timeout: 10_000 });
  });

  await test('saving runs Fix All (source.fixAll.dossier): a lower-case status is written as the schema spells it', async () => {
    await goTo(page, STATUS_LINE, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.keyboard.type('screening');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    await waitFor(async () => /\*\*Application Status\*\*:\s*SCREENING\b/.test((await lineText(page, STATUS_LINE)) ?? ''), 15_000,
      async () => `line ${STATUS_LINE} is ${JSON.stringify(await lineText(page, STATUS_LINE))}`);
    await shot(page, 'fix-all-on-save');
  });

  await test('the status bar item is hidden for a Markdown file that is not a dossier', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'notes.md' }).click();
    await page.locator('.tab.active', { hasText: 'notes.md' }).waitFor({ timeout: 10_000 });
    await page.locator(STATUS_ITEM).waitFor({ state: 'hidden', timeout: 10_000 });
  });

  await test('a settings change reaches the server without a restart (minimumSalary 100000 clears the salary finding)', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: DOSSIER }).click();
    // First see the finding, so its absence later is the settings' doing and not an empty panel.
    await waitFor(async () => (await markerRows(page)).some((m) => m.line === SALARY_LINE), 10_000,
      async () => `markers before the change: ${JSON.stringify(await markerRows(page))}`);
    mkdirSync(join(workspace, '.vscode'), { recursive: true });
    writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'dossier.profile.minimumSalary': 100000 }, null, 2));
    await waitFor(async () => {
      const markers = await markerRows(page);
      return !markers.some((m) => m.line === SALARY_LINE) ? markers : undefined;
    }, 20_000, async () => `markers: ${JSON.stringify(await markerRows(page))}`);
    await shot(page, 'settings-change');
  });

  await test('dossier.config.yaml without a YAML extension: completion offers the profile keys', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'dossier.config.yaml' }).click();
    await page.locator('.tab.active', { hasText: 'dossier.config.yaml' }).waitFor({ timeout: 10_000 });
    await goTo(page, CONFIG_LAST_LINE, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter'); // VS Code keeps the indentation of "  currency: USD"
    await page.keyboard.type('hours');
    await page.keyboard.press('Control+Space');
    const labels = await waitFor(async () => {
      const seen = await suggestLabels(page);
      return seen.includes('hoursPerYear') ? seen : undefined;
    }, 15_000, async () => `suggestions: ${JSON.stringify(await suggestLabels(page))}`);
    log(`  suggestions: ${labels.join(', ')}`);
    await shot(page, 'config-completion');
    await page.keyboard.press('Enter');
    await waitFor(async () => /^\s*hoursPerYear:\s*$/.test((await configLine(page, CONFIG_LAST_LINE + 1)) ?? ''), 5_000,
      async () => `line ${CONFIG_LAST_LINE + 1} is ${JSON.stringify(await configLine(page, CONFIG_LAST_LINE + 1))}`);
  });

  await test('dossier.config.yaml: hover on minimumSalary shows its docs and that the editor setting overrides it', async () => {
    await goTo(page, CONFIG_MINIMUM_LINE, 5);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover-content', { hasText: /lowest annual pay/ }).first();
    await hover.waitFor({ timeout: 15_000 }).catch(async (e) => {
      throw new Error(`${e.message}; hover shows ${JSON.stringify(await page.locator('.monaco-hover-content').allTextContents())}`);
    });
    const text = await hover.textContent();
    if (!/Overridden by the editor setting dossier\.profile\.minimumSalary/.test(text ?? '')) {
      throw new Error(`hover says ${JSON.stringify(text)}`);
    }
    await shot(page, 'config-hover');
    await page.keyboard.press('Escape'); // the edit is never saved: the rest of the run reads the file on disk
  });

  await test('"Dossier: New Dossier…" creates globex-data-engineer.md from the server\'s text and opens it', async () => {
    const input = await runCommand(page, 'New Dossier');
    for (const [title, value] of [['(1/2)', 'Globex'], ['(2/2)', 'Data Engineer']]) {
      await page.locator('.quick-input-widget', { hasText: title }).waitFor({ timeout: 10_000 });
      await input.fill(value);
      await page.keyboard.press('Enter');
    }
    await page.locator('.tab.active', { hasText: 'globex-data-engineer.md' }).waitFor({ timeout: 10_000 });
    await waitFor(async () => (await page.locator('.editor-instance .monaco-editor .view-lines').textContent())?.includes('Globex'), 5_000);
    // The snippet's first tab stop is the location; today's date is nowhere (no posting date is made up).
    const text = await page.locator('.editor-instance .monaco-editor .view-lines').textContent();
    if (text?.includes(new Date().toISOString().slice(0, 10))) {
      throw new Error(`the new dossier holds today's date: ${text}`);
    }
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    await shot(page, 'new-dossier');
  });

  await test('the new dossier lints clean: no finding in the editor or in Problems', async () => {
    // The status bar shows the new dossier's status once the server has analysed it.
    await page.locator(STATUS_ITEM, { hasText: /RESEARCHING/ }).waitFor({ timeout: 15_000 });
    await showProblems(page);
    await new Promise((r) => setTimeout(r, 3000)); // let a late publication for the saved file arrive
    const rows = await page.locator('.markers-panel .monaco-list-row').allTextContents();
    const squiggles = await page.locator('.editor-instance .monaco-editor').first().locator('.squiggly-error, .squiggly-warning, .squiggly-info').count();
    if (rows.some((t) => t.includes('globex-data-engineer.md')) || squiggles > 0) {
      throw new Error(`the new dossier has findings: ${squiggles} squiggles; Problems: ${JSON.stringify(rows)}`);
    }
  });

  await test('one outline: the Outline view lists the headings once and no fields', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(DOSSIER);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: DOSSIER }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>Explorer: Focus on Outline View');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Outline' }).first().waitFor({ timeout: 5_000 });
    await page.keyboard.press('Enter');
    const labels = await waitFor(async () => {
      const seen = await page.locator('.outline-pane .monaco-list-row').allTextContents();
      return seen.some((t) => t.includes('Job Details')) ? seen.map((t) => t.trim()) : undefined;
    }, 15_000, async () => `outline: ${JSON.stringify(await page.locator('.outline-pane .monaco-list-row').allTextContents())}`);
    if (labels.filter((t) => t.includes('Job Details')).length !== 1 || labels.some((t) => /^Company\b/.test(t))) {
      throw new Error(`outline: ${JSON.stringify(labels)}`);
    }
    await shot(page, 'outline');
  });

  await test('"Dossier: Show Pipeline" shows the pipeline report in a webview', async () => {
    await runCommand(page, 'Show Pipeline');
    const body = page.frameLocator('iframe.webview').frameLocator('iframe').locator('body');
    await body.getByText('Acme Analytics').first().waitFor({ timeout: 20_000 });
    await shot(page, 'pipeline');
  });

  await shot(page, 'final');
}

// ---- helpers ---------------------------------------------------------------

/** The extension's start-failure notification, once seen; later tests then fail at once with it. */
let serverFailure;

async function startFailure(page) {
  const toasts = await page.locator('.notifications-toasts .notification-list-item-message').allTextContents();
  return toasts.find((t) => /did not start|No Dossier language server found/.test(t));
}

async function test(name, body) {
  const started = Date.now();
  if (serverFailure) {
    results.push({ name, ok: false });
    log(`FAIL ${name}: not tried, the server did not start`);
    return;
  }
  try {
    await body();
    results.push({ name, ok: true });
    log(`PASS ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false, error });
    // Playwright appends a long call log; the first line says what failed.
    log(`FAIL ${name}: ${String(error?.message ?? error).split('\nCall log:')[0].trim()}`);
  }
}

/** Polls `probe` until it returns something truthy; on timeout throws with `explain()`'s text. */
async function waitFor(probe, timeoutMs, explain = async () => '') {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs / 1000} s. ${await explain().catch(() => '')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Runs "Dossier: <title>" from the command palette; returns the quick input, which a command may reuse. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 5_000 });
  await input.fill(`>Dossier: ${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 5_000 });
  await page.keyboard.press('Enter');
  return input;
}

/** Opens the Problems panel (Ctrl+Shift+M toggles it, so only when it is not showing). */
async function showProblems(page) {
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) {
    await page.keyboard.press('Control+Shift+M');
  }
  await page.locator('.markers-panel').waitFor({ timeout: 5_000 });
}

async function markerRows(page) {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.map((r) => {
    const text = (r.textContent ?? '').replace(/\s+/g, ' ').trim();
    const label = r.getAttribute('aria-label') ?? '';
    const m = /\[Ln (\d+), Col \d+\]/.exec(text) ?? /line (\d+)/i.exec(label);
    return { line: m ? Number(m[1]) : undefined, text, label };
  }));
}

async function suggestLabels(page) {
  return page.locator('.suggest-widget .monaco-list-row').evaluateAll((rows) =>
    rows.map((r) => (r.querySelector('.label-name')?.textContent ?? r.getAttribute('aria-label') ?? '').trim()));
}

/** Text of a 1-based line, read from the rendered editor (undefined when scrolled out of view). */
async function lineText(page, line) {
  await goTo(page, line, 1);
  return page.locator('.editor-instance .monaco-editor .view-line').evaluateAll((lines, target) => {
    const current = document.querySelector('.editor-instance .monaco-editor .current-line');
    const rows = lines.map((l) => ({ top: parseFloat(l.style.top), text: (l.textContent ?? '').replace(/\u00a0/g, ' ') }));
    const top = current ? parseFloat(current.parentElement?.style.top ?? current.style.top) : NaN;
    const hit = rows.find((r) => Math.abs(r.top - top) < 1);
    return hit?.text ?? rows.map((r) => r.text).find((t) => t.includes('Application Status')) ?? null;
  }, line);
}

/** Text of a 1-based line of a short file, all of it on screen. */
async function configLine(page, line) {
  return page.locator('.editor-instance .monaco-editor .view-line').evaluateAll((lines, target) => {
    const rows = lines.map((l) => ({ top: parseFloat(l.style.top), text: (l.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top);
    return rows[target - 1]?.text ?? null;
  }, line);
}

async function goTo(page, line, column) {
  await page.locator('.editor-instance .monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 5_000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
}

/** Undoes the completion test's edit so the file is back to APPLID. */
async function restoreText(page) {
  for (let i = 0; i < 5; i++) {
    if ((await lineText(page, STATUS_LINE))?.includes('APPLID')) {
      return;
    }
    await page.keyboard.press('Control+Z');
  }
}

async function shot(page, name) {
  const file = join(artifacts, `${name}.png`);
  await page.screenshot({ path: file }).catch((e) => log(`screenshot ${name} failed: ${e.message}`));
  log(`  screenshot ${file}`);
}

function urlFor(folder) {
  return `http://127.0.0.1:${currentPort}/?folder=${encodeURIComponent(folder)}`;
}

let currentPort = 0;
function startCodeServer(port) {
  currentPort = port;
  const out = createWriteStream(join(artifacts, 'code-server.log'));
  const bin = join(cache, 'node_modules', '.bin', 'code-server');
  const configFile = join(userData, 'code-server-config.yaml');
  writeFileSync(configFile, 'auth: none\n');
  const child = spawn(bin, [
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userData,
    '--extensions-dir', extensionsDir,
    workspace,
  ], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  log(`code-server pid ${child.pid} on port ${port} (log: ${join(artifacts, 'code-server.log')})`);
  return child;
}

function stopCodeServer(child) {
  if (child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM'); // its own process group: code-server and the extension host it started
    } catch {
      // already gone
    }
  }
}

async function waitForHealth(port, timeoutMs) {
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, timeoutMs,
    async () => 'code-server did not answer /healthz');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

const watchdog = setTimeout(() => {
  log('FAIL the whole run took longer than 5 minutes');
  process.exit(1);
}, 5 * 60_000);
watchdog.unref();

try {
  await main();
} catch (error) {
  results.push({ name: 'harness', ok: false, error });
  log(`FAIL harness: ${error?.stack ?? error}`);
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
log(`artifacts in ${artifacts}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
