/**
 * Rough edges a new user hit: a field that snapped back, a Next that led to a blocked step,
 * a target passed over in silence, and a hand-made model lost to the next file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropFile, goToStep, loadSample, screenshot } from './actions';
import { translator } from '../../src/core/i18n/translate';
import { expect, test } from './fixtures';

const ko = translator('ko');

/** 200 rows whose "price" column, the one meant to be predicted, is empty in every row. */
function emptyTargetCsv(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'lb-rough-')), 'prices.csv');
  writeFileSync(path, ['x,price', ...Array.from({ length: 200 }, (_, i) => `${(i * 7) % 13},`)].join('\n'));
  return path;
}

test('an invalid entry keeps its text and its message, and Train says which field to fix', async ({ app }) => {
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await goToStep(app, 'Train');

  const split = app.getByLabel('Validation split', { exact: true });
  await split.fill('1.5');
  await split.blur();
  await expect(split).toHaveValue('1.5');
  await expect(split).toHaveAttribute('aria-invalid', 'true');
  await expect(split).toHaveAccessibleDescription(/^Enter a number from 0 to 0\.5\./);
  const trainButton = app.getByRole('button', { name: 'Train', exact: true });
  await expect(trainButton).toBeDisabled();
  const reason = 'Fix “Validation split” on the Train step (step 4): “1.5” is not valid. Enter a number from 0 to 0.5.';
  await expect(trainButton).toHaveAccessibleDescription(reason);
  await expect(app.getByText(reason)).toBeVisible();
  await expect(app.getByRole('navigation').getByRole('button', { name: /^4\s*Train/ })).toContainText('Needs attention');
  await screenshot(app, 'h7-invalid-field');

  // Leaving the step and coming back keeps the text; Escape brings the last valid value back.
  await goToStep(app, 'Model');
  await goToStep(app, 'Train');
  await expect(split).toHaveValue('1.5');
  await split.press('Escape');
  await expect(split).toHaveValue('0.2');
  await expect(split).not.toHaveAttribute('aria-invalid', 'true');
  await expect(trainButton).toBeEnabled();

  // A layer's list field: Reshape to (-1, -1) stays as typed, with core's reason, and blocks Next and Train.
  await goToStep(app, 'Model');
  const summary = app.getByRole('table', { name: 'Model summary' });
  await summary.getByRole('button', { name: /\(Dense\)$/ }).first().click();
  await app.getByRole('button', { name: 'Add layer' }).click();
  await app.getByRole('dialog', { name: 'Layer catalogue' }).getByRole('button', { name: 'Reshape', exact: true }).click();
  const target = app.getByLabel('Target shape', { exact: true });
  await target.fill('-1, -1');
  await target.blur();
  await expect(target).toHaveValue('-1, -1');
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  const next = app.getByRole('button', { name: 'Next: Train' });
  await expect(next).toBeDisabled();
  await expect(next).toHaveAccessibleDescription(/^Fix “Target shape, layer 2 \(reshape\w*\)” on the Model step \(step 3\): “-1, -1” is not valid\./);
  await goToStep(app, 'Train');
  await expect(trainButton).toBeDisabled();
  await expect(trainButton).toHaveAccessibleDescription(/Target shape, layer 2/);
});

test('Next is unavailable with its reason on a step with a blocking problem; an empty target is named', async ({ app }) => {
  await dropFile(app, emptyTargetCsv());
  await expect(app.getByText(/200 rows ×/)).toBeVisible();
  await goToStep(app, 'Shape');
  const passed = '“price” has no values (all 200 are missing), so it cannot be the target; “x” was chosen instead.';
  await expect(app.getByText(passed)).toBeVisible();
  await expect(app.getByText(/^No feature columns are left to learn from: “price” has no values/)).toBeVisible();

  const next = app.getByRole('button', { name: 'Next: Model' });
  await expect(next).toBeDisabled();
  await expect(next).toHaveAccessibleDescription('Fix the problem above first.');
  await expect(app.locator('.next-action').getByText('Fix the problem above first.')).toBeVisible();
  // Focusable, so that a keyboard user reaches it and hears why; pressing it goes nowhere.
  await next.focus();
  await expect(next).toBeFocused();
  await next.press('Enter');
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('Shape');
  await screenshot(app, 'h7-next-blocked');
});

test('opening another sample over a hand-edited model says so, and Undo brings the design back', async ({ app }) => {
  await loadSample(app, 'Palmer penguins');
  await expect(app.getByText(/344 rows ×/)).toBeVisible();
  await goToStep(app, 'Model');
  const summary = app.getByRole('table', { name: 'Model summary' });
  await expect(summary).toContainText('(None, 3)');
  await summary.getByRole('button', { name: 'Duplicate layer 1' }).click();
  const mine = await summary.getByRole('button', { name: /^\w+ \(\w+\)$/ }).allInnerTexts();

  await goToStep(app, 'Data');
  await loadSample(app, 'Auto MPG');
  const notice = app.getByRole('status').filter({ hasText: /^Your model design \(\d+ layers, edited by hand\) was replaced by the one proposed for “auto-mpg\.csv”\./ });
  await expect(notice).toBeVisible();
  await screenshot(app, 'h7-design-replaced');
  await goToStep(app, 'Model');
  await expect(summary).toContainText('(None, 1)');
  await expect(app.getByRole('button', { name: 'Restore your previous design' })).toBeVisible();
  await screenshot(app, 'h7-design-restore');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toBeHidden();
  expect(await summary.getByRole('button', { name: /^\w+ \(\w+\)$/ }).allInnerTexts()).toEqual(mine);
  // The design made for classes now meets a number to predict: the advice says so, not a lost design.
  await expect(app.getByRole('button', { name: 'Restore your previous design' })).toBeHidden();
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('the invalid field and the blocked Train read in Korean', async ({ app }) => {
    await app.getByRole('button', { name: ko('data.step.loadSample', { title: ko('app.sample.penguins.title') }) }).click();
    await expect(app.getByText(/^344개 행 ×/)).toBeVisible();
    await app.getByRole('navigation').getByRole('button').nth(3).click();
    const split = app.getByLabel(ko('train.settings.validationSplit.label'), { exact: true });
    await split.fill('1.5');
    await split.blur();
    await expect(split).toHaveValue('1.5');
    const trainButton = app.getByRole('button', { name: ko('train.button.train'), exact: true });
    await expect(trainButton).toBeDisabled();
    await expect(trainButton).toHaveAccessibleDescription(/^학습 단계\(4단계\)의 “검증 비율” 값을 고치세요\. 입력한 “1\.5”은\(는\) 올바르지 않습니다\./);
    await screenshot(app, 'h7-ko-invalid-field');
  });
});
