/**
 * The app is cross-origin isolated (COOP/COEP from its server), so the window and its workers
 * have SharedArrayBuffer and tfjs' threaded WebAssembly: the Train step says on how many threads,
 * one per core (at most 8).
 */
import { expect, test } from './fixtures';
import { loadSample, train } from './actions';

test('cross-origin isolated, window and workers: the Train step says on how many threads WebAssembly trains', async ({ app }) => {
  test.setTimeout(180_000);
  expect(await app.evaluate(() => self.crossOriginIsolated), 'the window is cross-origin isolated').toBe(true);
  const cores = await app.evaluate(() => navigator.hardwareConcurrency);
  const threads = Math.max(1, Math.min(8, cores));

  // Each worker is asked as it starts: the app ends some of them when their work is done.
  const asked: Promise<{ url: string; isolated: boolean } | null>[] = [];
  app.on('worker', (worker) => {
    asked.push(worker.evaluate(() => self.crossOriginIsolated).then((isolated) => ({ url: worker.url(), isolated }), () => null));
  });
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await train(app, 2, 'WebAssembly');
  const backend = app.getByLabel('Backend in use');
  await expect(backend).toHaveAttribute('data-backend', 'wasm');
  await expect(backend).toContainText(`WebAssembly trains on ${threads} ${threads === 1 ? 'thread' : 'threads'}.`);
  // The parse and train workers (and tfjs' threads, where there are any) are isolated too.
  const workers = (await Promise.all(asked)).filter((w) => w !== null);
  expect(workers.map((w) => w.url).some((url) => url.includes('train.worker')), 'the train worker answered').toBe(true);
  for (const worker of workers) expect(worker.isolated, worker.url).toBe(true);
});
