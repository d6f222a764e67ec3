/**
 * The language: the system's on first start, switched in the header at once with nothing lost,
 * and kept for the next start.
 */
import type { Locator } from '@playwright/test';
import { translator } from '../../src/core/i18n/translate';
import { expect, test } from './fixtures';

const ko = translator('ko');
const en = translator('en');

/** The layers of the stack, as their name buttons read ("dense (Dense)"): the same in every language. */
async function layerCount(summary: Locator): Promise<number> {
  return summary.getByRole('button', { name: /^\w+ \(\w+\)$/ }).count();
}

test.use({ locale: 'ko-KR' });

test('a Korean system starts in Korean; the switch changes to English at once and keeps the work; a reload keeps the choice', async ({ app }) => {
  await expect(app.locator('html')).toHaveAttribute('lang', 'ko');
  const rail = app.getByRole('navigation', { name: ko('app.rail.label') });
  await expect(rail).toContainText(ko('app.step.data'));
  await expect(app).toHaveTitle(ko('app.documentTitle', { step: ko('app.step.data') }));

  // Work to keep: a sample loaded, and a layer added to the proposed model.
  await app.getByRole('button', { name: new RegExp(ko('app.sample.penguins.title')) }).click();
  await expect(app.getByRole('heading', { name: 'penguins.csv' })).toBeVisible();
  await rail.getByRole('button').nth(2).click();
  const koSummary = app.getByRole('table', { name: ko('designer.stack.table') });
  await expect(koSummary).toContainText('(None, 3)');
  const proposed = await layerCount(koSummary);
  await koSummary.getByRole('button', { name: ko('designer.stack.duplicate', { n: 1 }) }).click();
  await expect.poll(() => layerCount(koSummary)).toBe(proposed + 1);

  // The switch is labelled in both languages, and changes the text at once.
  const language = app.getByRole('combobox', { name: /Language|언어/ });
  await expect(language).toHaveValue('ko');
  await language.selectOption('en');
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
  await expect(app.getByRole('navigation', { name: en('app.rail.label') })).toContainText(en('app.step.model'));
  const summary = app.getByRole('table', { name: en('designer.stack.table') });
  await expect(summary).toContainText('(None, 3)');
  // Nothing was lost: the same step, the edited model, the data.
  expect(await layerCount(summary)).toBe(proposed + 1);
  await expect(app.getByRole('navigation').getByRole('button').first()).toContainText('penguins.csv');

  // The choice outlives the window's content: English after a reload, whatever the system says.
  await app.reload();
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
  await expect(app.getByRole('combobox', { name: /Language|언어/ })).toHaveValue('en');
  await expect(app.getByRole('navigation', { name: en('app.rail.label') })).toContainText(en('app.step.data'));
});
