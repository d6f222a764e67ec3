import { describe, expect, it } from 'vitest';
import { planForTarget, proposePlan, proposeTask } from '../../../src/core/features/propose';
import { categoryColumn, emptyColumn, makeDataset, numberColumn, textColumn } from '../helpers/dataset';
import { english, translator } from '../../../src/core/i18n/translate';
import { parseCsvText } from '../../../src/core/data/csv';
import { validatePlan } from '../../../src/core/features/validate';
import { msg } from '../../../src/core/i18n/message';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `id-${i}`);
const seq = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const cycle = (n: number, labels: string[]) => Array.from({ length: n }, (_, i) => labels[i % labels.length] as string);

describe('proposePlan', () => {
  it('picks a target whose name suggests it, and every usable other column as a feature', () => {
    const ds = makeDataset('penguins.csv', [
      textColumn('id', ids(12)),
      categoryColumn('species', cycle(12, ['Adelie', 'Gentoo', 'Chinstrap'])),
      categoryColumn('island', cycle(12, ['Biscoe', 'Dream'])),
      numberColumn('bill_length_mm', seq(12, (i) => 40 + i / 2)),
      emptyColumn('notes', 12),
      numberColumn('body_mass_g', seq(12, (i) => 3000 + 100 * i)),
    ]);
    const p = proposePlan(ds);
    expect(p.plan.target).toBe('species');
    expect(p.plan.features).toEqual(['island', 'bill_length_mm', 'body_mass_g']);
    expect(p.plan.task).toBe('classification');
    expect(english(p.targetReason)).toContain('\u201cspecies\u201d');
    expect(english(p.taskReason)).toBe('\u201cspecies\u201d holds 3 text labels, so this is classification.');
  });

  it('matches names case-insensitively, whole names before words inside names', () => {
    const ds = makeDataset('houses.csv', [
      numberColumn('median_house_price', seq(12, (i) => i * 1.5)),
      numberColumn('PRICE', seq(12, (i) => i * 2.5)),
      numberColumn('rooms', seq(12, (i) => i % 4)),
    ]);
    expect(proposePlan(ds).plan.target).toBe('PRICE');
    const tokenOnly = makeDataset('houses.csv', [
      numberColumn('rooms', seq(12, (i) => i % 4)),
      numberColumn('median_house_price', seq(12, (i) => i * 1.5)),
      numberColumn('age', seq(12, (i) => i * 3.5)),
    ]);
    const p = proposePlan(tokenOnly);
    expect(p.plan.target).toBe('median_house_price');
    expect(english(p.targetReason)).toContain('contains \u201cprice\u201d');
    expect(p.plan.features).toEqual(['rooms', 'age']);
    expect(p.plan.task).toBe('regression');
  });

  it('falls back to the last usable column, skipping text, empty and excluded ones', () => {
    const ds = makeDataset('x.csv', [
      numberColumn('day_y', seq(12, (i) => i * 0.5)), // "y" counts only as a whole name
      numberColumn('a', seq(12, (i) => i * 0.25)),
      textColumn('comment', ids(12), 'free text'),
      emptyColumn('blank', 12),
    ]);
    const p = proposePlan(ds);
    expect(p.plan.target).toBe('a');
    expect(p.plan.features).toEqual(['day_y']);
    expect(english(p.targetReason)).toBe('No column\u2019s name says it is the target, so the last usable column, \u201ca\u201d, was proposed.');
  });

  it('does not propose a hinted column the data step proposed to exclude', () => {
    const ds = { ...makeDataset('x.csv', [numberColumn('label', seq(12, (i) => i)), numberColumn('b', seq(12, (i) => i / 3))]) };
    const excluded = { ...ds, suggestedExclusions: [{ column: 'label', reason: msg('data.exclude.idName') }] };
    const p = proposePlan(excluded);
    expect(p.plan.target).toBe('b');
    expect(p.plan.features).toEqual([]);
  });

  it('says so when no column can be predicted', () => {
    const ds = makeDataset('x.csv', [textColumn('name', ids(12)), emptyColumn('blank', 12)]);
    const p = proposePlan(ds);
    expect(p.plan.target).toBe('blank');
    expect(p.plan.features).toEqual([]);
    expect(english(p.targetReason)).toMatch(/No column can be predicted/);
  });
});

describe('proposeTask', () => {
  it('reads few distinct whole numbers as classes', () => {
    const ds = makeDataset('wine.csv', [numberColumn('quality', seq(30, (i) => 3 + (i % 6)))]);
    const r = proposeTask(ds, 'quality');
    expect(r.task).toBe('classification');
    expect(r.reason).toEqual({ code: 'data.task.wholeClasses', params: { column: '\u201cquality\u201d', count: 6 } });
    expect(english(r.reason)).toBe('\u201cquality\u201d holds 6 distinct whole numbers, so each is treated as a class (classification).');
  });

  it('reads numbers with decimals as a quantity', () => {
    const ds = makeDataset('x.csv', [numberColumn('price', seq(30, (i) => i + 0.5))]);
    expect(proposeTask(ds, 'price').task).toBe('regression');
    expect(english(proposeTask(ds, 'price').reason)).toBe('\u201cprice\u201d holds numbers with decimals, so this is regression.');
  });

  it('allows up to 10 whole-number classes, or 20 when there are 1,000 rows or more', () => {
    const few = makeDataset('x.csv', [numberColumn('n', seq(100, (i) => i % 11))]);
    const r = proposeTask(few, 'n');
    expect(r.task).toBe('regression');
    expect(english(r.reason)).toBe('\u201cn\u201d holds 11 distinct whole numbers, too many to treat as classes, so this is regression.');
    const ten = makeDataset('x.csv', [numberColumn('n', seq(100, (i) => i % 10))]);
    expect(proposeTask(ten, 'n').task).toBe('classification');
    const many = makeDataset('x.csv', [numberColumn('n', seq(1000, (i) => i % 20))]);
    expect(proposeTask(many, 'n').task).toBe('classification');
    const tooMany = makeDataset('x.csv', [numberColumn('n', seq(1000, (i) => i % 21))]);
    expect(proposeTask(tooMany, 'n').task).toBe('regression');
  });

  it('does not make classes of whole numbers that have fewer than 2 rows each', () => {
    const ds = makeDataset('x.csv', [numberColumn('count', [1, 2, 3, 4, 5, 6, 7, 8, null, null, 1, 2])]);
    // 8 distinct values in 10 present rows
    const r = proposeTask(ds, 'count');
    expect(r.task).toBe('regression');
    expect(english(r.reason)).toContain('8 distinct whole numbers in only 10 rows');
  });

  it('names the column and the file when the column does not exist', () => {
    const ds = makeDataset('x.csv', [numberColumn('a', [1, 2])]);
    expect(english(proposeTask(ds, 'nope').reason)).toBe('\u201cnope\u201d is not a column of x.csv, so no task can be proposed for it.');
  });
});

describe('planForTarget', () => {
  it('builds the plan around the column the user named', () => {
    const ds = makeDataset('penguins.csv', [
      textColumn('id', ids(12)),
      categoryColumn('species', cycle(12, ['Adelie', 'Gentoo'])),
      numberColumn('body_mass_g', seq(12, (i) => 3000 + 100.5 * i)),
      numberColumn('flipper', seq(12, (i) => 180 + i)),
    ]);
    const p = planForTarget(ds, 'body_mass_g');
    expect(p.plan).toEqual({ target: 'body_mass_g', features: ['species', 'flipper'], task: 'regression' });
    expect(english(p.targetReason)).toBe('\u201cbody_mass_g\u201d is the target because you chose it.');
    expect(english(p.taskReason)).toBe('\u201cbody_mass_g\u201d holds numbers with decimals, so this is regression.');
  });
});

describe('a target column with no values', () => {
  // 200 rows: "price" is what the file is about, but every one of its cells is empty.
  const csv = ['x,price', ...Array.from({ length: 200 }, (_, i) => `${(i * 7) % 13},`)].join('\n');

  it('is named when another column is proposed instead, in English and Korean', async () => {
    const ds = await parseCsvText(csv, 'prices.csv');
    const p = proposePlan(ds);
    expect(p.plan.target).toBe('x');
    expect(p.targetReason.code).toBe('data.target.passedOver');
    expect(english(p.targetReason)).toBe('\u201cprice\u201d has no values (all 200 are missing), so it cannot be the target; \u201cx\u201d was chosen instead.');
    expect(translator('ko')(p.targetReason)).toBe('\u201cprice\u201d 열에는 값이 없어(행 200개 모두 결측값) 타깃이 될 수 없으므로 대신 \u201cx\u201d 열을 선택했습니다.');
  });

  it('is the cause the "no feature columns" problem gives', async () => {
    const ds = await parseCsvText(csv, 'prices.csv');
    const problems = validatePlan(ds, proposePlan(ds).plan);
    const none = problems.find((p) => p.code === 'plan/no-features');
    expect(none?.msg.code).toBe('data.plan.noFeaturesEmptyTarget');
    expect(none ? english(none.msg) : '').toMatch(/^No feature columns are left to learn from: \u201cprice\u201d has no values \(all 200 are missing\)/);
  });

  it('is not mentioned when a named target has values, or when nothing was passed over', async () => {
    const ds = await parseCsvText(['a,price,notes', ...Array.from({ length: 30 }, (_, i) => `${i % 5},${i * 1.5},`)].join('\n'), 'ok.csv');
    expect(proposePlan(ds).targetReason.code).toBe('data.target.hintedWhole');
    const plain = await parseCsvText(['a,b', ...Array.from({ length: 30 }, (_, i) => `${i % 5},${i * 1.5}`)].join('\n'), 'plain.csv');
    expect(proposePlan(plain).targetReason.code).toBe('data.target.last');
  });
});
