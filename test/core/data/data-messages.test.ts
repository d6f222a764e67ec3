/** The data namespace's messages as a person reads them, in English and in Korean. */
import { describe, expect, it } from 'vitest';
import { csvErrors, csvWarnings } from '../../../src/core/data/csv-errors';
import { parseCsvText } from '../../../src/core/data/csv';
import { describeEncoding, detectEncoding } from '../../../src/core/data/encoding';
import { readAsNumbersNote } from '../../../src/core/data/number-notes';
import { validatePlan } from '../../../src/core/features/validate';
import { msg, type Message } from '../../../src/core/i18n/message';
import { translator } from '../../../src/core/i18n/translate';
import { numberColumnOf } from './fixtures';

const en = translator('en');
const ko = translator('ko');

/** Latin words of two letters or more: what a Korean sentence should not hold (file and column names aside). */
const LATIN_WORD = /\b[A-Za-z]{2,}\b/;

describe('data messages', () => {
  it('count rows and lines with the right plural in English, and without plurals in Korean', () => {
    const one = csvWarnings.blankLines('a.csv', [4], 1).msg as Message;
    const three = csvWarnings.blankLines('a.csv', [4, 9, 12], 3).msg as Message;
    const more = csvWarnings.blankLines('a.csv', [4, 9, 12], 6).msg as Message;
    expect(en(one)).toBe('1 blank line was skipped in “a.csv” (line 4).');
    expect(en(three)).toBe('3 blank lines were skipped in “a.csv” (lines 4, 9, and 12).');
    expect(en(more)).toBe('6 blank lines were skipped in “a.csv” (lines 4, 9, 12, and 3 more).');
    expect(ko(one)).toBe('“a.csv” 파일에서 빈 줄 1개를 건너뛰었습니다(4번째 줄).');
    expect(ko(three)).toBe('“a.csv” 파일에서 빈 줄 3개를 건너뛰었습니다(4, 9 및 12번째 줄).');
    expect(ko(more)).toContain('그 밖에 3개');

    expect(en('data.step.size', { rows: 1, columns: 1 })).toBe('1 row × 1 column');
    expect(en('data.step.size', { rows: 3, columns: 1234 })).toBe('3 rows × 1,234 columns');
    expect(ko('data.step.size', { rows: 3, columns: 1234 })).toBe('3개 행 × 1,234개 열');
  });

  it('say why a plan cannot run in either language, numbers formatted', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${i},${i < 9 ? '' : i % 2}`);
    const ds = await parseCsvText(`x,y\n${rows.join('\n')}\n`, 'few.csv');
    const [problem] = validatePlan(ds, { target: 'y', features: ['x'], task: 'classification' });
    expect(problem?.code).toBe('plan/too-few-rows');
    expect(en(problem?.msg as Message)).toBe('Only 3 rows of few.csv have a value in the target column “y”; at least 10 are needed to set some aside for testing.');
    expect(ko(problem?.msg as Message)).toBe('few.csv에서 타깃 열 “y”에 값이 있는 행은 3개뿐입니다. 평가용 데이터를 따로 떼어 두려면 10개 이상 필요합니다.');
    expect(en(msg('data.plan.tooFewRows', { count: 1, file: 'f.csv', column: '“y”', min: 10 }))).toMatch(/^Only 1 row of f\.csv has a value/);
  });

  it('write Korean without English words', async () => {
    const column = numberColumnOf(await parseCsvText('price\n"$1,000"\n"$2,500"\n"$3,000"\n', 'p.csv'), 'price');
    const cp949 = await detectEncoding(new Uint8Array([0xc0, 0xcc, 0xb8, 0xa7, 0x2c, 0xb3, 0xaa, 0xc0, 0xcc, 0x0a, 0xb1, 0xe8, 0x2c, 0x33, 0x0a]), true);
    const messages: Message[] = [
      readAsNumbersNote(column) as Message,
      csvErrors.emptyFile('data.csv').msg,
      csvErrors.raggedRows('data.csv', { line: 4, fields: 1 }, 3, 20, 100).msg,
      csvWarnings.strayText('age', [{ line: 11, value: 'unknown' }], 1).msg as Message,
      msg('data.column.numbersWithText', { present: 3, missing: 1, strays: 2 }),
      msg('data.column.kind', { kind: 'freeText' }),
      msg('data.task.manyWhole', { column: '“n”', many: 'yes', count: 0 }),
      msg('data.step.imageProgress', { phase: 'scan', file: '사진', done: 3, total: 10 }),
    ];
    for (const m of messages) {
      const text = ko(m).replace(/“[^”]*”|\S+\.csv|\$/g, '');
      expect(text, ko(m)).not.toMatch(LATIN_WORD);
      expect(text, ko(m)).toMatch(/[\uac00-\ud7a3]/);
    }
    expect(en(describeEncoding(cp949))).toBe('EUC-KR (Korean), detected from the text');
    expect(ko(describeEncoding(cp949))).toBe('EUC-KR (한국어), 텍스트 내용으로 자동 감지함');
  });
});
