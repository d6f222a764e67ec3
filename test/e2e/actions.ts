/** What a user does, by role and label: the vocabulary of the scenarios. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, type Page } from '@playwright/test';

export async function loadSample(app: Page, title: string): Promise<void> {
  await app.getByRole('button', { name: `Load sample: ${title}` }).click();
}

/** Drops a file on the window as a user dragging it from the file manager would. */
export async function dropFile(app: Page, path: string, type = 'text/csv'): Promise<void> {
  const b64 = readFileSync(path).toString('base64');
  const dataTransfer = await app.evaluateHandle(
    ({ b64, name, type }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type }));
      return transfer;
    },
    { b64, name: basename(path), type },
  );
  const target = app.locator('body');
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

export async function goToStep(app: Page, step: 'Data' | 'Shape' | 'Model' | 'Train' | 'Evaluate' | 'Use' | 'Experiments'): Promise<void> {
  await app.getByRole('navigation').getByRole('button', { name: new RegExp(`^(\\d+\\s*)?${step}`) }).click();
}

export async function setNumber(app: Page, label: string, value: number): Promise<void> {
  const field = app.getByLabel(label, { exact: true });
  await field.fill(String(value));
  await field.blur();
}

/** Trains with the given epochs (and backend, when given: else Automatic) and waits for the evaluation. */
export async function train(app: Page, epochs: number, backend?: 'WebGPU' | 'WebGL' | 'WebAssembly' | 'CPU'): Promise<void> {
  await goToStep(app, 'Train');
  await setNumber(app, 'Epochs', epochs);
  if (backend) await app.getByLabel('Backend', { exact: true }).selectOption({ label: backend });
  await app.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(app.getByRole('progressbar', { name: 'Training progress' })).toBeVisible();
  await expect(app.getByLabel('Backend in use')).toHaveAttribute('data-backend', /\w+/, { timeout: 170_000 });
}

export async function screenshot(app: Page, name: string): Promise<void> {
  if (process.env.E2E_SCREENSHOTS) await app.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/${name}.png` });
}
