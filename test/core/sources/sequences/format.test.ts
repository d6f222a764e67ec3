import { describe, expect, it } from 'vitest';
import { translator } from '../../../../src/core/i18n/translate';
import { channelSpan, count, duration, interval, median, recordingList, rowRange } from '../../../../src/core/sources/sequences/format';

const en = translator('en');
const ko = translator('ko');

describe('format', () => {
  it('writes counts, rows, durations and channel lists for sentences, in English and Korean', () => {
    expect(count(40000)).toBe('40,000');
    expect([rowRange(1200, 1263), rowRange(4, 4)].map((m) => en(m))).toEqual(['Rows 1,201–1,264', 'Row 5']);
    expect([rowRange(1200, 1263), rowRange(4, 4)].map((m) => ko(m))).toEqual(['1,201–1,264행', '5행']);
    expect([duration(20), duration(1500), duration(120_000), duration(5_400_000), duration(86_400_000), duration(2 * 86_400_000)].map((m) => en(m))).toEqual([
      '20 ms', '1.5 s', '2 min', '1.5 h', '1 day', '2 days',
    ]);
    expect([duration(1500), duration(120_000), duration(86_400_000)].map((m) => ko(m))).toEqual(['1.5초', '2분', '1일']);
    expect([interval(0.02, 's'), interval(250, 'ms'), interval(0.123456, null)].map((m) => en(m))).toEqual(['20 ms', '250 ms', '0.123']);
    const span = (columns: string[]) => en('shape.sequences.axis.features', { count: columns.length, columns: channelSpan(columns) });
    expect(span(['a'])).toBe('the step column a');
    expect(span(['a', 'b', 'c'])).toBe('the step columns a, b, and c');
    expect(span(['acc_x', 'acc_y', 'acc_z', 'gyro_z'])).toBe('the step columns acc_x … gyro_z');
    expect(en(recordingList(['r1', 'r2', 'r3', 'r4', 'r5']))).toBe('“r1”, “r2”, “r3” and 2 more');
    expect(ko(recordingList(['r1', 'r2', 'r3', 'r4', 'r5']))).toBe('“r1”, “r2”, “r3” 외 2개');
    expect(en(recordingList(['r1', 'r2']))).toBe('“r1” and “r2”');
    expect([median([3, 1, 2]), median([4, 1, 2, 3])]).toEqual([2, 2.5]);
  });
});
