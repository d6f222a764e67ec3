import { describe, expect, it } from 'vitest';
import { idNameStrength, nameTokens, orderNameStrength, orderUnitOfName, targetNameStrength } from '../../../../src/core/sources/sequences/names';

describe('names', () => {
  it('splits names into words', () => {
    expect(nameTokens('recordingId')).toEqual(['recording', 'id']);
    expect(nameTokens('t_ms')).toEqual(['t', 'ms']);
    expect(nameTokens('시간(초)')).toEqual(['시간', '초']);
  });

  it('reads ids, clocks and labels from names, in English and Korean', () => {
    expect(['recording_id', 'session', 'TrialNo', '세션'].map(idNameStrength)).toEqual([2, 2, 2, 2]);
    expect(['subject', '피험자', 'acc_x'].map(idNameStrength)).toEqual([1, 1, 0]);
    expect(['timestamp', 't', 'frame', 'elapsed_s', '측정시간'].map(orderNameStrength)).toEqual([2, 2, 2, 2, 2]);
    expect(['index', 'model_year', 'acc_x'].map(orderNameStrength)).toEqual([1, 0, 0]);
    expect(['t_ms', 'time_s', 'time'].map(orderUnitOfName)).toEqual(['ms', 's', null]);
    for (const label of ['activity', 'label', 'state', 'y', '레이블', '라벨', '정답', '분류', '상태']) expect(targetNameStrength(label), label).toBeGreaterThan(0);
    expect(['acc_y', 'ch1', 'recording_id'].map(targetNameStrength)).toEqual([0, 0, 0]);
  });
});
