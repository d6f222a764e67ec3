/** Korean tables: missing markers as Korean surveys write them, and Korean target names. */
import { describe, expect, it } from 'vitest';
import { isMissingCell } from '../../../src/core/data/cell';
import { parseCsvText } from '../../../src/core/data/csv';
import { proposePlan } from '../../../src/core/features/propose';
import { english, translator } from '../../../src/core/i18n/translate';
import { categoryColumnOf, numberColumnOf } from './fixtures';

describe('Korean missing-value markers', () => {
  it('are missing cells, like NA and N/A, with blanks around them', () => {
    for (const cell of ['없음', '결측', '결측값', '결측치', '미상', '모름', '해당없음', '해당 없음', ' 없음 ', '-', 'NA', 'n/a']) {
      expect(isMissingCell(cell), cell).toBe(true);
    }
    for (const cell of ['없음표', '남', '0', '결측 값 아님']) expect(isMissingCell(cell), cell).toBe(false);
  });

  it('are read as missing in a number column and in a category column', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => {
      const age = i === 2 ? '없음' : i === 5 ? '결측' : i === 7 ? '미상' : String(20 + i);
      const sex = i === 3 ? '결측값' : i === 8 ? '모름' : i === 9 ? '해당없음' : i % 2 === 0 ? '남' : '여';
      return `${age},${sex}`;
    });
    const ds = await parseCsvText(`나이,성별\n${rows.join('\n')}\n`, '설문.csv');
    const age = numberColumnOf(ds, '나이');
    expect(age.missing).toBe(3);
    expect(age.strayCount).toBe(0);
    expect(Number.isNaN(age.values[2] as number)).toBe(true);
    expect(age.values[0]).toBe(20);
    const sex = categoryColumnOf(ds, '성별');
    expect(sex.categories).toEqual(['남', '여']);
    expect(sex.missing).toBe(3);
    expect(sex.codes[3]).toBe(-1);
    expect(ds.warnings).toEqual([]);
  });
});

describe('Korean target names', () => {
  const features = (n: number) => Array.from({ length: n }, (_, i) => `${(i * 1.7).toFixed(1)},${(i % 5) * 2.5}`);

  it('proposes a column named 레이블 as the target, saying why in both languages', async () => {
    const rows = features(20).map((f, i) => `${f},${i % 2 === 0 ? '정상' : '불량'}`);
    const ds = await parseCsvText(`온도,압력,레이블\n${rows.join('\n')}\n`, '공정.csv');
    // Not the last column: the name decides, not the position.
    const moved = await parseCsvText(`레이블,온도,압력\n${rows.map((r) => { const c = r.split(','); return [c[2], c[0], c[1]].join(','); }).join('\n')}\n`, '공정.csv');
    for (const data of [ds, moved]) {
      const p = proposePlan(data);
      expect(p.plan.target).toBe('레이블');
      expect(p.plan.task).toBe('classification');
      expect(p.targetReason.code).toBe('data.target.hintedWhole');
    }
    const reason = proposePlan(moved).targetReason;
    expect(english(reason)).toBe('“레이블” was proposed as the target because its name suggests it is what you want to predict.');
    expect(translator('ko')(reason)).toBe('“레이블” 열은 이름으로 보아 예측하려는 값이므로 타깃으로 제안했습니다.');
  });

  it('finds a Korean hint inside a longer name, and prefers a whole name', async () => {
    const rows = features(20).map((f, i) => `${f},${i % 3}`);
    const inside = await parseCsvText(`분류결과,온도,압력\n${rows.map((r) => { const c = r.split(','); return [c[2], c[0], c[1]].join(','); }).join('\n')}\n`, 'a.csv');
    const p = proposePlan(inside);
    expect(p.plan.target).toBe('분류결과');
    expect(p.targetReason).toEqual({ code: 'data.target.hintedPart', params: { column: '“분류결과”', hint: '“분류”' } });
    const both = await parseCsvText(`생존여부,온도,정답\n${rows.map((r) => { const c = r.split(','); return [c[2], c[0], c[2]].join(','); }).join('\n')}\n`, 'b.csv');
    expect(proposePlan(both).plan.target).toBe('정답');
  });

  it.each(['라벨', '정답', '클래스', '타깃', '타겟', '목표', '결과', '등급', '종류', '라벨값'])('knows %s', async (name) => {
    const rows = features(20).map((f, i) => `${f},${i % 2 === 0 ? 'ㄱ' : 'ㄴ'}`);
    const ds = await parseCsvText(`${name},온도,압력\n${rows.map((r) => { const c = r.split(','); return [c[2], c[0], c[1]].join(','); }).join('\n')}\n`, 'k.csv');
    expect(proposePlan(ds).plan.target).toBe(name);
  });
});
