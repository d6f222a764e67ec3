/**
 * The app is cross-origin isolated (COOP/COEP from its server), so the train worker gets
 * SharedArrayBuffer and tfjs' threaded WebAssembly: the Train step says on how many threads,
 * one per CPU core (tfjs' pool holds at most 8).
 */
import { expect, test } from './fixtures';
import { loadSample, train } from './actions';

test('cross-origin isolated: WebAssembly trains on one thread per CPU core, and the Train step says so', async ({ app }) => {
  test.setTimeout(180_000);
  expect(await app.evaluate(() => self.crossOriginIsolated), 'the window is cross-origin isolated').toBe(true);
  const cores = await app.evaluate(() => navigator.hardwareConcurrency);
  const threads = Math.min(8, Math.max(1, cores));

  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await train(app, 2, 'WebAssembly');
  const backend = app.getByLabel('Backend in use');
  await expect(backend).toHaveAttribute('data-backend', 'wasm');
  await expect(backend).toContainText(`WebAssembly trains on ${threads} ${threads === 1 ? 'thread' : 'threads'}.`);
});
