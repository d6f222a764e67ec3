/**
 * Numbers as a person writes them, through the built `layerbench` command: thousands separators
 * and symbols make numeric features, and values no network can use are data problems named by column.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, lastJsonLine, runCli } from './run-cli';

beforeAll(buildCli);

interface InspectColumn { readonly name: string; readonly kind: string; readonly removed?: unknown; readonly unusable?: unknown }

function inspect(file: string): { columns: InspectColumn[]; features: string[] } {
  const { code, stdout, stderr } = runCli(['inspect', file, '--json']);
  expect(code, stderr).toBe(0);
  return lastJsonLine(stdout) as unknown as { columns: InspectColumn[]; features: string[] };
}

describe('thousands separators and symbols make numeric features', () => {
  it('reads quoted "1,279.0", "$1,000.00" and 12% in a comma file as number features', () => {
    const report = inspect('test/fixtures/thousands-quoted-comma.csv');
    const kinds = Object.fromEntries(report.columns.map((c) => [c.name, c.kind]));
    expect(kinds).toMatchObject({ revenue: 'number', growth: 'number', price: 'number', balance: 'number' });
    expect(report.features).toEqual(expect.arrayContaining(['revenue', 'growth', 'price', 'balance']));
    // --json says what was removed, as the Data step does.
    expect(report.columns.find((c) => c.name === 'price')?.removed).toMatchObject({ symbol: '$', separators: [','] });
  });

  it('reads "1.279,0", "1 279,0" and "1.279,00 €" in a semicolon file as number features', () => {
    const report = inspect('test/fixtures/thousands-semicolon.csv');
    const kinds = Object.fromEntries(report.columns.map((c) => [c.name, c.kind]));
    expect(kinds).toMatchObject({ revenue: 'number', cost: 'number', share: 'number', price: 'number' });
    expect(report.features).toEqual(expect.arrayContaining(['revenue', 'cost', 'share', 'price']));
  });
});

describe('values no network can use', () => {
  it('names them by kind in inspect --json', () => {
    const x = inspect('test/fixtures/unusable-numbers.csv').columns.find((c) => c.name === 'x');
    expect(x).toMatchObject({ kind: 'number', missing: 6 });
    expect(x?.unusable).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'NaN' }), expect.objectContaining({ label: 'too large for 32-bit' })]));
  });

  it('leaves out target rows of 1e308 and Infinity, and says so', () => {
    const { code, stdout, stderr } = runCli(['train', 'test/fixtures/huge-target.csv', '--epochs', '2', '--backend', 'cpu']);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/Note: Column “y”: 2 values could not be used as numbers \(too large for 32-bit(,| and) Infinity\) and count as missing\./);
    expect(stdout).toContain('2 rows have no usable value in the target “y” and are left out.');
    expect(stdout + stderr).not.toMatch(/e\+\d+B|Try another --backend/);
  });

  it.each([
    ['test/fixtures/constant-feature.csv', /“flat” is left out: Every row holds the same value \(“5”\), so it cannot help tell rows apart\./],
    ['test/fixtures/huge-feature.csv', /“big” is left out: None of its values can be used as a number \(too large for 32-bit\)\./],
  ])('%s: a data problem naming the column, not a backend failure', (file, sentence) => {
    const { code, stdout, stderr } = runCli(['train', file, '--epochs', '2', '--backend', 'wasm']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Error: No feature columns are chosen, so the model has nothing to learn from\./);
    expect(stderr).toMatch(sentence);
    expect(stdout + stderr).not.toMatch(/Try another --backend|Pre-flight/);
  });
});
