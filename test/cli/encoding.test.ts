/**
 * `layerbench inspect` on the same Korean table saved as UTF-8 and as CP949 (as Excel in Korea
 * saves it), through the built bundle: the same headers and kinds, the encoding reported, and
 * --encoding reading the bytes in the encoding given.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, lastJsonLine, runCli } from './run-cli';

const DIR = 'test/fixtures/encodings';

beforeAll(buildCli);

describe('layerbench inspect and text encodings', () => {
  it('reads a CP949 file as the UTF-8 one and says which encoding it found', () => {
    const utf8 = runCli(['inspect', `${DIR}/korean-utf8.csv`, '--json']);
    const cp949 = runCli(['inspect', `${DIR}/korean-cp949.csv`, '--json']);
    expect(utf8.code).toBe(0);
    expect(cp949.code).toBe(0);
    const a = lastJsonLine(utf8.stdout);
    const b = lastJsonLine(cp949.stdout);
    expect(a.encoding).toEqual({ encoding: 'utf-8', label: 'UTF-8', confidence: 1, decidedBy: 'valid UTF-8' });
    expect(b.encoding).toMatchObject({ encoding: 'euc-kr', label: 'EUC-KR (Korean)', decidedBy: 'detector' });
    expect((b.columns as { name: string }[]).map((c) => c.name)).toEqual(['이름', '지역', '나이', '성별', '월소득(만원)', '구매횟수', '만족도', '등급']);
    expect(b.columns).toEqual(a.columns);
    expect(b.target).toBe('등급');
    expect(b.classes).toEqual(a.classes);
  });

  it('prints the encoding in the text report', () => {
    const { code, stdout } = runCli(['inspect', `${DIR}/german-cp1252.csv`]);
    expect(code).toBe(0);
    expect(stdout).toContain('Text encoding: Windows-1252 (Western European), detected from the text.');
    expect(stdout).toContain('Länge (cm)');
  });

  it('reads the bytes in the encoding --encoding gives, and says where they do not fit', () => {
    const latin = lastJsonLine(runCli(['inspect', `${DIR}/korean-cp949.csv`, '--encoding', 'latin1', '--json']).stdout);
    expect(latin.encoding).toEqual({ encoding: 'windows-1252', label: 'Windows-1252 (Western European)', confidence: 1, decidedBy: 'chosen' });
    expect((latin.columns as { name: string }[])[0]?.name).toBe('ÀÌ¸§');
    const wrong = runCli(['inspect', `${DIR}/korean-utf8.csv`, '--encoding', 'cp949']);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('Line 1 of “korean-utf8.csv” is not valid EUC-KR (Korean) text.');
    expect(wrong.stderr).toContain('--encoding');
    const unknown = runCli(['inspect', `${DIR}/korean-utf8.csv`, '--encoding', 'klingon']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('--encoding: “klingon” is not a text encoding Layerbench reads.');
  });
});
