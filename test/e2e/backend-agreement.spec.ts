/**
 * Issue 5, point 3, in Chromium: the same seeded model and data give the same first-epoch loss
 * on every backend the browser offers (webgl and webgpu here, with cpu and wasm as references),
 * within 1e-3 relative, for a dense model (penguins), a convolutional one (the Shapes sample) and
 * a recurrent one (penguins through the "LSTM over the features" template).
 * The exact losses are read from the saved experiments (IndexedDB): the screen rounds them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { goToStep, loadSample, train } from './actions';

const BACKENDS = [
  { label: 'CPU', name: 'cpu' },
  { label: 'WebAssembly', name: 'wasm' },
  { label: 'WebGL', name: 'webgl' },
  { label: 'WebGPU', name: 'webgpu' },
] as const;

/** The newest saved run's backend and first-epoch loss. */
async function lastRun(app: Page): Promise<{ backend: string; loss: number }> {
  return app.evaluate(
    () =>
      new Promise<{ backend: string; loss: number }>((resolve, reject) => {
        const open = indexedDB.open('layerbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('experiments').objectStore('experiments').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            const runs = (all.result as { createdAt: number; backend?: { backend: string }; history: { loss: number }[] }[]).sort((a, b) => b.createdAt - a.createdAt);
            const run = runs[0];
            open.result.close();
            if (!run?.backend || !run.history[0]) reject(new Error('no finished run saved'));
            else resolve({ backend: run.backend.backend, loss: run.history[0].loss });
          };
        };
      }),
  );
}

async function lossesOnEveryBackend(app: Page): Promise<Record<string, number>> {
  const losses: Record<string, number> = {};
  for (const { label, name } of BACKENDS) {
    await train(app, 1, label);
    const run = await lastRun(app);
    // A backend that could not start falls back, and says so: then there is nothing to compare.
    if (run.backend === name) losses[name] = run.loss;
    else test.info().annotations.push({ type: 'backend not available', description: `${name}: the run fell back to ${run.backend}` });
  }
  test.info().annotations.push({ type: 'first-epoch losses', description: JSON.stringify(losses) });
  console.log(`first-epoch losses: ${JSON.stringify(losses)}`);
  return losses;
}

function expectAgreement(losses: Record<string, number>): void {
  const cpu = losses.cpu;
  expect(cpu, 'the CPU reference ran').toBeDefined();
  for (const [backend, loss] of Object.entries(losses)) {
    expect(Math.abs(loss - cpu!) / Math.abs(cpu!), `${backend} vs cpu`).toBeLessThan(1e-3);
  }
  // WebGPU is the backend this test is about; it must have run, not fallen back.
  expect(losses.webgpu, 'WebGPU ran').toBeDefined();
}

test('dense: penguins, first-epoch loss on cpu, wasm, webgl and webgpu agree within 1e-3', async ({ app }) => {
  test.setTimeout(300_000);
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  expectAgreement(await lossesOnEveryBackend(app));
});

test('convolutional: Shapes images, first-epoch loss on cpu, wasm, webgl and webgpu agree within 1e-3', async ({ app }) => {
  test.setTimeout(400_000);
  await loadSample(app, 'Shapes (generated)');
  await expect(app.getByText(/180 images in 3 classes/)).toBeVisible({ timeout: 60_000 });
  expectAgreement(await lossesOnEveryBackend(app));
});

test('recurrent: penguins through an LSTM, first-epoch loss on cpu, wasm, webgl and webgpu agree within 1e-3', async ({ app }) => {
  test.setTimeout(400_000);
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await goToStep(app, 'Model');
  await app.getByRole('button', { name: 'Templates' }).click();
  await app.getByRole('button', { name: 'LSTM over the features' }).click();
  const summary = app.getByRole('table', { name: 'Model summary' });
  await expect(summary).toContainText('LSTM');
  await expect(summary).toContainText('(None, 10, 1)');
  expectAgreement(await lossesOnEveryBackend(app));
});
