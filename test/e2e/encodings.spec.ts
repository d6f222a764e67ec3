/** A CSV saved by Excel in Korea (CP949) reads with its Korean names, and another encoding can be chosen. */
import { expect, test } from './fixtures';
import { dropFile, screenshot } from './actions';

test('a CP949 file shows its Korean headers and encoding, and reads again in the encoding chosen', async ({ app }) => {
  await dropFile(app, 'test/fixtures/encodings/korean-cp949.csv');
  await expect(app.getByText(/50 rows × 8 columns/)).toBeVisible();
  const columns = app.getByRole('table', { name: 'Columns' });
  await expect(columns).toContainText('월소득(만원)');
  await expect(columns).toContainText('등급');
  await expect(app.getByRole('table', { name: 'Preview' })).toContainText('최우수');
  const card = app.locator('section').filter({ has: app.locator('#dataset-title') });
  const choice = card.getByLabel('Text encoding');
  await expect(choice).toHaveValue('euc-kr');
  await expect(card).toContainText('EUC-KR (Korean), detected from the text');
  await screenshot(app, 'encodings-data-cp949');

  // Read as Windows-1252, the same bytes are Latin letters: the table is read again.
  await choice.selectOption('windows-1252');
  await expect(card).toContainText('Windows-1252 (Western European), as chosen');
  await expect(columns).toContainText('ÀÌ¸§');
  await expect(columns).not.toContainText('월소득(만원)');

  // UTF-8 does not fit these bytes: the line is named, the table read before stays, and the
  // file can be read again from the message.
  await choice.selectOption('utf-8');
  const alert = app.getByRole('alert').filter({ hasText: 'korean-cp949.csv' });
  await expect(alert).toContainText('Line 1 of “korean-cp949.csv” is not valid UTF-8 text. Choose another text encoding.');
  await expect(columns).toContainText('ÀÌ¸§');
  await alert.getByLabel('Text encoding').selectOption('euc-kr');
  await expect(app.getByRole('alert')).toHaveCount(0);
  await expect(columns).toContainText('월소득(만원)');
  await expect(choice).toHaveValue('euc-kr');
  await expect(card).toContainText('EUC-KR (Korean), as chosen');
});
