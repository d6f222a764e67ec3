/**
 * Each built-in classification sample (a table, an image folder, recordings) from file to
 * confusion matrix in Korean, as a Korean analyst would click through it: on every step the
 * visible text holds no English word outside the names that are the same in every language
 * (Keras and layer names, the data's own column and class names, numbers, units, backends).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { translator } from '../../src/core/i18n/translate';
import { screenshot } from './actions';
import { expect, test } from './fixtures';

const ko = translator('ko');

/** Words of the data itself: its column names and values. */
function dataWords(file: string): string[] {
  return readFileSync(join(process.cwd(), 'resources/samples', file), 'utf8').split(/[\s,]+/);
}

/** Names that are the same in Korean: Keras, layers, activations, metrics, backends, units, the product. */
const NAMES = [
  'Layerbench', 'English', 'Keras', 'Python', 'TensorFlow', 'tfjs', 'None',
  'Input', 'InputLayer', 'Dense', 'Dropout', 'BatchNormalization', 'Flatten', 'Reshape', 'Conv1D', 'Conv2D', 'LSTM', 'GRU', 'SimpleRNN',
  'relu', 'softmax', 'sigmoid', 'tanh', 'linear', 'adam', 'Adam', 'sgd',
  'WebGPU', 'WebGL', 'WebAssembly', 'wasm', 'CPU', 'GPU', 'SwiftShader', 'Google', 'SIMD',
  'F1', 'MSE', 'MAE', 'RMSE', 'R²', 'CSV', 'TSV', 'PNG', 'JPEG', 'GIF', 'WebP', 'BMP', 'JSON', 'UTF', 'KB', 'MB', 'ms', 's', 'mm', 'g', 'csv', 'penguins',
  // The axes' names as Keras writes shapes, the built-in samples' proper names, and the switch's label, which stays bilingual.
  'features', 'timesteps', 'steps', 'height', 'width', 'channels', 'Auto', 'MPG', 'MLP', 'CNN', 'Language',
  // Keras' padding values and the formulas' functions, written as Keras and the arithmetic write them; ID as Korean writes it.
  'valid', 'same', 'floor', 'ceil', 'ID',
];

/**
 * The Latin words shown on the page now that are neither allowed names nor code: text inside
 * <code>, <pre>, <kbd> and form options is code, a key or a value, not a sentence.
 */
async function englishOnScreen(app: Page, allowed: ReadonlySet<string>): Promise<string[]> {
  const texts = await app.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('code, pre, kbd, script, style, option, [hidden]')) continue;
      if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    return out;
  });
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.match(/[A-Za-z][\w’'-]*/g) ?? []) {
      const bare = word.replace(/[’'-]+$/, '');
      if (bare.length < 2 || /[_\d]/.test(bare) || allowed.has(bare) || allowed.has(bare.toLowerCase())) continue;
      words.add(`${bare} (in “${text.slice(0, 80)}”)`);
    }
  }
  return [...words];
}

async function railStep(app: Page, index: number): Promise<void> {
  await app.getByRole('navigation').getByRole('button').nth(index).click();
  await expect(app.locator('#step-title')).toBeFocused();
}

test.use({ locale: 'ko-KR' });

/** The built-in samples, each with the words of its own data and what its confusion matrix must show. */
const SAMPLES = [
  { id: 'penguins', title: 'app.sample.penguins.title', heading: 'penguins.csv', words: () => dataWords('penguins.csv'), className: 'Adelie', epochs: 10 },
  { id: 'shapes', title: 'app.sample.shapes.title', heading: /shapes/, words: () => ['circle', 'square', 'triangle', 'shapes', 'class'], className: 'circle', epochs: 3 },
  { id: 'activity', title: 'app.sample.activity.title', heading: 'activity.csv', words: () => dataWords('activity.csv'), className: 'walking', epochs: 3 },
] as const;

for (const sample of SAMPLES) {
  test(`${sample.id} in Korean: from file to confusion matrix and use, no English sentence on any step`, async ({ app }) => {
    test.setTimeout(300_000);
    const allowed = new Set([...NAMES, ...sample.words()].flatMap((w) => [w, w.toLowerCase()]));
    const found: string[] = [];
    const check = async (step: string): Promise<void> => {
      found.push(...(await englishOnScreen(app, allowed)).map((w) => `${step}: ${w}`));
    };

    await expect(app.locator('html')).toHaveAttribute('lang', 'ko');
    await check('start');
    await app.getByRole('button', { name: ko('data.step.loadSample', { title: ko(sample.title) }) }).click();
    await expect(app.getByRole('heading', { name: sample.heading }).first()).toBeVisible();
    await check(ko('app.step.data'));
    await screenshot(app, `ko-${sample.id}-1-data`);

    await railStep(app, 1);
    await expect(app.getByText(/\(None, \d+/).first()).toBeVisible();
    await check(ko('app.step.shape'));
    await screenshot(app, `ko-${sample.id}-2-shape`);

    await railStep(app, 2);
    await expect(app.getByRole('table', { name: ko('designer.stack.table') })).toContainText(/\(None, \d+\)/);
    await check(ko('app.step.model'));
    await screenshot(app, `ko-${sample.id}-3-model`);

    await railStep(app, 3);
    const epochs = app.getByLabel(ko('train.settings.epochs.label'), { exact: true });
    await epochs.fill(String(sample.epochs));
    await epochs.blur();
    await check(`${ko('app.step.train')} (before)`);
    await app.getByRole('button', { name: ko('train.button.train'), exact: true }).click();
    await expect(app.locator('output[data-backend]')).toHaveAttribute('data-backend', /\w+/, { timeout: 170_000 });
    await check(ko('app.step.train'));
    await screenshot(app, `ko-${sample.id}-4-train`);

    await railStep(app, 4);
    const matrix = app.getByRole('table', { name: ko('evaluate.confusion.title') });
    await expect(matrix).toContainText(sample.className, { timeout: 120_000 });
    await expect(matrix).toContainText('%');
    await check(ko('app.step.evaluate'));
    await screenshot(app, `ko-${sample.id}-5-evaluate`);

    await railStep(app, 5);
    await expect(app.getByRole('heading', { name: ko('predict.panel.title') })).toBeVisible({ timeout: 60_000 });
    await check(ko('app.step.use'));
    await screenshot(app, `ko-${sample.id}-6-use`);

    expect(found).toEqual([]);
  });
}
