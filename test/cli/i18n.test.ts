/** The CLI's language: --lang, the argument mistakes and the --json text in English and Korean (pure: no build needed). */
import { afterEach, describe, expect, it } from 'vitest';
import { parseCommand, takeLangOption } from '../../src/cli/args';
import { cliJson, cliLocale, langOption, setCliLocale } from '../../src/cli/i18n';
import { AppError, appErrorInfo } from '../../src/core/errors';
import { msg } from '../../src/core/i18n/message';
import { translator } from '../../src/core/i18n/translate';

const HANGUL = /[\uac00-\ud7a3]/;

/** The sentence of a usage error, before the usage, in `locale`. */
function usageSentence(argv: readonly string[], locale: 'en' | 'ko'): string {
  try {
    parseCommand(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return translator(locale)((err as AppError).msg).split('\n\n')[0] ?? '';
  }
  throw new Error('expected a usage error');
}

const start = cliLocale();
afterEach(() => setCliLocale(start));

describe('--lang', () => {
  it('is taken out of the command line wherever it is, the last one winning', () => {
    expect(takeLangOption(['--lang', 'ko', 'inspect', 'a.csv'])).toEqual({ locale: 'ko', rest: ['inspect', 'a.csv'] });
    expect(takeLangOption(['inspect', 'a.csv', '--lang=en', '--json', '--lang', 'ko-KR'])).toEqual({ locale: 'ko', rest: ['inspect', 'a.csv', '--json'] });
    expect(takeLangOption(['inspect', 'a.csv'])).toEqual({ locale: null, rest: ['inspect', 'a.csv'] });
    expect(parseCommand(['inspect', 'a.csv', '--lang', 'ko'])).toMatchObject({ kind: 'inspect', args: { file: 'a.csv' } });
  });

  it('takes en, ko and their tags, and refuses anything else with a sentence', () => {
    expect(langOption('KO')).toBe('ko');
    expect(langOption('ko_KR.UTF-8')).toBe('ko');
    expect(langOption('en-GB')).toBe('en');
    expect(langOption('kor')).toBeNull();
    expect(langOption('fr')).toBeNull();
    expect(usageSentence(['--lang', 'xx', 'inspect', 'a.csv'], 'en')).toBe('--lang must be en (English) or ko (Korean), not “xx”.');
    expect(usageSentence(['inspect', 'a.csv', '--lang'], 'en')).toBe('--lang needs a value.');
  });
});

describe('argument mistakes in Korean', () => {
  it('say the same thing with the flag as typed and the numbers in Korean style', () => {
    expect(usageSentence(['train', 'a.csv', '--batch-size', '70000'], 'ko')).toBe('--batch-size 값은 65,536 이하여야 합니다. 받은 값: 70,000.');
    expect(usageSentence(['train', 'a.csv', '--batchSize', '3'], 'ko')).toBe('알 수 없는 옵션 “--batchSize”입니다. --batch-size을(를) 뜻했나요?');
    expect(usageSentence(['train', 'a.csv', '--target'], 'en')).toBe('--target needs a value.');
    expect(usageSentence(['train', 'a.csv', '--json=yes'], 'en')).toBe('--json takes no value: write it alone.');
    for (const argv of [['frobnicate'], ['train'], ['train', 'a.csv', '--size', 'big'], ['summary', 'a.json', '--task', 'clustering'], ['inspect', 'a.csv', '--window', '8', '--length', '8']]) {
      expect(usageSentence(argv, 'ko')).toMatch(HANGUL);
    }
  });

  it('end with the usage, which lists --lang in both languages', () => {
    for (const locale of ['en', 'ko'] as const) {
      let text = '';
      try {
        parseCommand(['train']);
      } catch (err) {
        text = translator(locale)((err as AppError).msg);
      }
      expect(text).toContain('--lang');
      expect(text).toContain(locale === 'ko' ? '\n\n사용법:\n' : '\n\nUsage:\n');
    }
  });
});

describe('cliJson', () => {
  it('keeps the keys and turns messages and error sentences into the terminal’s language', () => {
    const value = {
      target: 'species',
      reason: msg('cli.data.targetChosen', { column: '“species”' }),
      warnings: [appErrorInfo({ code: 'x', message: msg('cli.file.open.isFolder', { file: '“a”' }) })],
      count: 3,
    };
    setCliLocale('ko');
    const ko = JSON.parse(cliJson(value)) as Record<string, unknown>;
    setCliLocale('en');
    const en = JSON.parse(cliJson(value)) as Record<string, unknown>;
    expect(Object.keys(ko)).toEqual(Object.keys(en));
    expect(en).toEqual({ target: 'species', reason: '“species” is the target because you chose it.', warnings: [{ code: 'x', message: '“a” is a folder, not a file.' }], count: 3 });
    expect(ko.reason).toBe('직접 고르셨으므로 “species”이(가) 타깃입니다.');
    expect(ko.warnings).toEqual([{ code: 'x', message: '“a”은(는) 파일이 아니라 폴더입니다.' }]);
  });
});

describe('the CLI’s plurals', () => {
  it('say one and many in English, and need no plural in Korean', () => {
    const en = translator('en');
    const ko = translator('ko');
    expect(en('cli.train.dropped', { count: 1, target: '“y”' })).toBe('1 row has no usable value in the target “y” and is left out.');
    expect(en('cli.train.dropped', { count: 2, target: '“y”' })).toBe('2 rows have no usable value in the target “y” and are left out.');
    expect(ko('cli.train.dropped', { count: 1200, target: '“y”' })).toBe('1,200개 행은 타깃 “y”에 쓸 수 있는 값이 없어 제외합니다.');
    expect(en('cli.count', { unit: 'recordings', count: 1 })).toBe('1 recording');
    expect(en('cli.count', { unit: 'windows', count: 3 })).toBe('3 windows');
    expect(ko('cli.count', { unit: 'images', count: 3 })).toBe('이미지 3개');
    expect(en('cli.inspect.column', { name: 'x', kind: 'number', missing: 0 })).toBe('  x: number');
    expect(en('cli.inspect.column', { name: 'x', kind: 'number', missing: 1 })).toBe('  x: number, 1 missing');
    expect(ko('cli.inspect.column', { name: 'x', kind: 'datetime', missing: 2 })).toBe('  x: 날짜/시간, 결측값 2개');
  });
});
