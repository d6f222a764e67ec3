/**
 * The app in Chromium on a large image folder: chooses the folder through the Data step's folder
 * input (Playwright hands Chromium the directory, as a user's choice would), trains one epoch on
 * WebAssembly, and records the time of each phase and the memory of all the browser's processes.
 * Not part of the test suite (minutes on a CPU); docs/performance.md reports what it measured.
 *
 *   node --import tsx bench/image-folder-chromium.ts <folder> [--budget MB] [--renderer DIR] [--shot NAME]
 * The renderer is served from DIR (default out/renderer, built by `npm run build`); copy it first
 * when other builds may replace it meanwhile. Prints JSON lines: one per phase, then a summary.
 * Memory: every process whose command line names this run's profile folder, read from /proc
 * twice a second; PSS (shared pages split between the processes that share them) summed, and
 * the largest RSS of one process with its type (renderer: the page and its workers).
 * The Train step at the end is saved as /tmp/shots/NAME.png (default a2-chromium-train), 1280×800.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveRenderer } from '../scripts/serve-renderer.mjs';
import { findChromium, HEADLESS_ARGS } from '../test/e2e/browser';

const args = process.argv.slice(2);
const folder = args[0];
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
if (!folder) {
  process.stderr.write('usage: node --import tsx bench/image-folder-chromium.ts <folder> [--budget MB] [--renderer DIR]\n');
  process.exit(2);
}
const budget = option('--budget');
const rendererRoot = resolve(option('--renderer') ?? 'out/renderer');
const shot = option('--shot') ?? 'a2-chromium-train';

const print = (line: object): void => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};

interface Sample {
  readonly pssBytes: number;
  readonly largestRssBytes: number;
  readonly largestType: string;
}

/** The processes of this browser (their command line names its profile folder) and their memory. */
function sampleMemory(profile: string): Sample {
  let pssBytes = 0;
  let largestRssBytes = 0;
  let largestType = '';
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes(profile)) continue;
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0);
      pssBytes += kb('Pss') * 1024;
      const rss = kb('Rss') * 1024;
      if (rss > largestRssBytes) {
        largestRssBytes = rss;
        largestType = /--type=([\w-]+)/.exec(cmdline)?.[1] ?? 'browser';
      }
    } catch {
      // the process ended between the listing and the read
    }
  }
  return { pssBytes, largestRssBytes, largestType };
}

/** Samples memory until stopped; keeps the peak of the sum and of one process. */
function memoryWatch(profile: string): { phase(name: string): void; stop(): Record<string, Sample> } {
  const peaks: Record<string, Sample> = {};
  let current = 'start';
  const take = (): void => {
    const s = sampleMemory(profile);
    const peak = peaks[current];
    if (!peak || s.pssBytes > peak.pssBytes) peaks[current] = { ...s, largestRssBytes: Math.max(s.largestRssBytes, peak?.largestRssBytes ?? 0) };
  };
  const timer = setInterval(take, 500);
  return {
    phase(name) {
      take();
      current = name;
    },
    stop() {
      clearInterval(timer);
      take();
      return peaks;
    },
  };
}

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

async function until(page: Page, what: () => Promise<unknown>, timeout: number): Promise<number> {
  const started = performance.now();
  await Promise.race([
    what(),
    page.getByText('Training stopped.').waitFor({ timeout }).then(async () => {
      for (const details of await page.getByRole('alert').locator('details').all()) await details.evaluate((d) => d.setAttribute('open', ''));
      const alerts = await page.getByRole('alert').allInnerTexts();
      throw new Error(`training failed: ${alerts.join(' | ')}`);
    }),
  ]);
  return (performance.now() - started) / 1000;
}

const executablePath = findChromium();
if (!executablePath) {
  print({ error: 'no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)' });
  process.exit(0);
}
const server = await serveRenderer({ root: rendererRoot, port: 4470, strictPort: false });
const profile = mkdtempSync(join(tmpdir(), 'layerbench-images-chromium-'));
const context = await chromium.launchPersistentContext(profile, { executablePath, args: HEADLESS_ARGS, viewport: { width: 1280, height: 800 } });
const watch = memoryWatch(profile);
const times: Record<string, number> = {};
let outcome = 'finished';
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') process.stderr.write(`console: ${m.text()}\n`);
  });
  await page.goto(`${server.url}index.html`);
  watch.phase('load');
  const started = performance.now();
  await page.getByLabel('Choose an image folder').setInputFiles(folder);
  times.handOverSeconds = (performance.now() - started) / 1000;
  await page.getByText(/[\d,]+ images in \d+ classes/).first().waitFor({ timeout: 30 * 60_000 });
  times.loadSeconds = (performance.now() - started) / 1000;
  print({ phase: 'loaded', seconds: times.loadSeconds, summary: await page.getByText(/[\d,]+ images in \d+ classes/).first().innerText() });

  await page.getByRole('navigation').getByRole('button', { name: /^(\d+\s*)?Train/ }).click();
  const epochs = page.getByLabel('Epochs', { exact: true });
  await epochs.fill('1');
  await epochs.blur();
  if (budget !== undefined) {
    const field = page.getByLabel('Memory for decoded images (MB)', { exact: true });
    await field.fill(budget);
    await field.blur();
  }
  await page.getByLabel('Backend', { exact: true }).selectOption({ label: 'WebAssembly' });
  watch.phase('train');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  times.trainSeconds = await until(page, () => page.getByLabel('Backend in use').and(page.locator('[data-backend]')).waitFor({ timeout: 60 * 60_000 }), 60 * 60_000);
  const memoryLine = page.getByRole('status', { name: 'Decoded images' });
  print({
    phase: 'trained',
    seconds: times.trainSeconds,
    progress: await page.getByRole('progressbar', { name: 'Training progress' }).getAttribute('aria-valuetext'),
    decodedImages: (await memoryLine.count()) > 0 ? await memoryLine.innerText() : null,
    split: await page.locator('.muted', { hasText: /training images/ }).first().innerText(),
  });
  // The setting sits low in the form: centred, it and the sentence in the Run card share the screen.
  const setting = page.getByLabel('Memory for decoded images (MB)', { exact: true });
  if ((await setting.count()) > 0) await setting.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  mkdirSync('/tmp/shots', { recursive: true });
  await page.screenshot({ path: `/tmp/shots/${shot}.png` });
} catch (err) {
  outcome = err instanceof Error ? err.message : String(err);
} finally {
  const peaks = watch.stop();
  await context.close();
  await server.close();
  const summary = Object.fromEntries(
    Object.entries(peaks).map(([phase, s]) => [phase, { peakPssMb: mb(s.pssBytes), largestProcessRssMb: mb(s.largestRssBytes), largestProcess: s.largestType }]),
  );
  print({ folder, budgetMb: budget ?? 'default', outcome, ...times, memory: summary });
}
