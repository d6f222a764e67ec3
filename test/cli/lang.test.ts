/**
 * The built `layerbench` command in the user's language: LANG / LC_ALL pick it, --lang overrides
 * them on every command; in Korean no English sentence is left (names of files, columns and
 * Keras things stay as they are), and --json keeps its English keys.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, lastJsonLine, runCli } from './run-cli';

beforeAll(buildCli);

const PENGUINS = 'resources/samples/penguins.csv';
const KOREAN_TERMINAL = { LANG: 'ko_KR.UTF-8' };
const HANGUL = /[\uac00-\ud7a3]/;
/** Two English words in a row, outside quotation marks: a sentence a Korean reader should get in Korean. */
const ENGLISH_PHRASE = /\b[A-Za-z]{2,}[’']?[a-z]*\s+[a-z]{2,}\b/;

/** The lines that still read as English once quoted names (“species”) and options as typed (--encoding windows-1252) are set aside. */
function englishLines(text: string): string[] {
  return text.split('\n').filter((line) => ENGLISH_PHRASE.test(line.replace(/“[^”]*”/g, '').replace(/--[a-z-]+(?: [\w-]+)?/g, '')));
}

/** Every key of a JSON value, with its path: what must not change with the language. */
function keysOf(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keysOf(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [`${path}.${k}`, ...keysOf(v, `${path}.${k}`)]);
}

describe('layerbench in Korean', () => {
  it.each([
    ['--lang ko', ['--lang', 'ko'], {}],
    ['LANG=ko_KR.UTF-8', [], KOREAN_TERMINAL],
  ] as const)('inspect of the penguins sample, with %s', (_name, lang, env) => {
    const r = runCli(['inspect', PENGUINS, ...lang], 60_000, env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(HANGUL);
    expect(r.stdout).toContain('culmen_length_mm: 숫자, 결측값 2개');
    expect(r.stdout).toContain('(None, 10)');
    expect(englishLines(r.stdout + r.stderr)).toEqual([]);
  });

  it('summary of a model spec, with its arithmetic and the head check, under --lang ko', () => {
    const r = runCli(['summary', 'docs/examples/sequence-conv1d.json', '--task', 'classification', '--classes', '6', '--lang', 'ko'], 60_000);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('레이어 (유형)');
    expect(r.stdout).toContain('파라미터: (10 × 9 + 1) × 100 = 9,100.');
    expect(englishLines(r.stdout)).toEqual([]);
    const wrongHead = runCli(['summary', 'docs/examples/sequence-conv1d.json', '--task', 'classification', '--classes', '3'], 60_000, KOREAN_TERMINAL);
    expect(wrongHead.code).toBe(1);
    expect(wrongHead.stderr).toMatch(/^오류: /);
    expect(wrongHead.stderr).toContain('유닛을 3개로 설정');
    expect(englishLines(wrongHead.stderr)).toEqual([]);
  });

  it.each([
    ['a missing file', ['inspect', 'test/fixtures/no-such-file.csv'], /열 수 없습니다/],
    ['a file that is not valid text in the encoding asked for', ['inspect', 'test/fixtures/encodings/korean-utf8.csv', '--encoding', 'cp949'], /EUC-KR/],
    ['a spreadsheet renamed to .csv', ['inspect', 'test/fixtures/binary.csv'], /binary\.csv/],
  ])('%s: the error in Korean, with --lang ko and with LANG', (_name, args, detail) => {
    for (const [extra, env] of [[['--lang', 'ko'], {}], [[], KOREAN_TERMINAL]] as const) {
      const r = runCli([...args, ...extra], 60_000, env);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/^오류: /);
      expect(r.stderr).toMatch(detail);
      expect(englishLines(r.stderr), r.stderr).toEqual([]);
    }
  });

  it('--lang en wins over a Korean LANG, before or after the command', () => {
    for (const args of [['--lang', 'en', 'inspect', PENGUINS], ['inspect', PENGUINS, '--lang=en']]) {
      const r = runCli(args, 60_000, KOREAN_TERMINAL);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('penguins.csv: a table of 344 rows and 7 columns.');
      expect(r.stdout).not.toMatch(HANGUL);
    }
    const missing = runCli(['inspect', 'nope.csv', '--lang', 'en'], 60_000, KOREAN_TERMINAL);
    expect(missing.stderr).toMatch(/^Error: Cannot open “nope\.csv”: no such file or folder\./);
  });

  it('--lang with a language Layerbench does not speak exits 2 with a sentence and the usage', () => {
    const r = runCli(['--lang', 'xx', 'inspect', PENGUINS], 60_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Error: --lang must be en \(English\) or ko \(Korean\), not “xx”\./);
    expect(r.stdout).toBe('');
    const ko = runCli(['inspect', PENGUINS, '--lang', 'fr'], 60_000, KOREAN_TERMINAL);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toMatch(/^오류: --lang 값은 en\(영어\) 또는 ko\(한국어\)여야 합니다/);
  });

  it('help lists --lang, in Korean too', () => {
    const r = runCli(['help', '--lang', 'ko'], 60_000);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^사용법:\n/);
    expect(r.stdout).toMatch(/--lang {3}\(모든 명령\)/);
  });

  it('--json keeps its keys in Korean; the reasons for people follow the language', () => {
    const en = lastJsonLine(runCli(['inspect', PENGUINS, '--json'], 60_000).stdout);
    const ko = lastJsonLine(runCli(['inspect', PENGUINS, '--json', '--lang', 'ko'], 60_000).stdout);
    expect(keysOf(ko)).toEqual(keysOf(en));
    expect(ko.columns).toEqual(en.columns);
    expect(ko.target).toBe('species');
    expect(ko.task).toBe('classification');
    expect(en.targetReason).toMatch(/^“species” was proposed as the target/);
    expect(ko.targetReason).toMatch(HANGUL);
  });
});
