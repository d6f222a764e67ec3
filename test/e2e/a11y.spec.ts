/**
 * Every step, with the penguins sample trained for a few epochs, in English and in Korean:
 * axe finds no serious or critical violation, and each change of view puts focus on its heading.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { translator } from '../../src/core/i18n/translate';
import { expect, test } from './fixtures';

/** Serious and critical violations on the page now, one line each: rule, impact, where. */
async function seriousViolations(app: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page: app }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens a step from the rail (the rail's buttons are numbered, the same in every language). */
async function railStep(app: Page, index: number): Promise<void> {
  await app.getByRole('navigation').getByRole('button').nth(index).click();
  await expect(app.locator('#step-title')).toBeFocused();
}

for (const { locale, lang } of [
  { locale: 'en-US', lang: 'en' },
  { locale: 'ko-KR', lang: 'ko' },
] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test(`every step is accessible, penguins trained (${lang})`, async ({ app }) => {
      test.setTimeout(300_000);
      const t = translator(lang);
      await expect(app.locator('html')).toHaveAttribute('lang', lang);
      const found: string[] = [];

      await app.getByRole('button', { name: new RegExp(t('app.sample.penguins.title')) }).click();
      await expect(app.getByRole('heading', { name: 'penguins.csv' })).toBeVisible();
      found.push(...(await seriousViolations(app, 'Data')));

      await railStep(app, 1);
      await expect(app.getByText(/\(None, \d+\)/).first()).toBeVisible();
      found.push(...(await seriousViolations(app, 'Shape')));

      await railStep(app, 2);
      await expect(app.getByRole('table', { name: t('designer.stack.table') })).toContainText('(None, 3)');
      found.push(...(await seriousViolations(app, 'Model')));

      await railStep(app, 3);
      const epochs = app.getByLabel(t('train.settings.epochs.label'), { exact: true });
      await epochs.fill('3');
      await epochs.blur();
      await app.getByRole('button', { name: t('train.button.train'), exact: true }).click();
      await expect(app.locator('output[data-backend]')).toHaveAttribute('data-backend', /\w+/, { timeout: 170_000 });
      found.push(...(await seriousViolations(app, 'Train')));

      await railStep(app, 4);
      await expect(app.getByRole('table').filter({ hasText: 'Adelie' }).first()).toBeVisible();
      found.push(...(await seriousViolations(app, 'Evaluate')));

      await railStep(app, 5);
      await expect(app.getByRole('form', { name: t('predict.form.label') })).toBeVisible();
      found.push(...(await seriousViolations(app, 'Use')));

      await railStep(app, 6);
      const list = app.getByRole('table', { name: t('experiment.list.table') });
      await expect(list).toContainText('penguins.csv');
      found.push(...(await seriousViolations(app, 'Experiments')));

      // Opening a run is a change of view within the step: focus goes to its heading too.
      // The run's name is the first button of its row (rename and delete follow, named after it).
      await list.getByRole('row').nth(1).getByRole('button').first().click();
      await expect(app.locator('#step-title')).toContainText('penguins.csv');
      await expect(app.locator('#step-title')).toBeFocused();
      found.push(...(await seriousViolations(app, 'Experiments, a run')));

      expect(found).toEqual([]);
    });
  });
}
