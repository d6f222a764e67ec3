import { describe, expect, it } from 'vitest';
import { channelSpan, count, counted, duration, interval, median, rowRange } from '../../../../src/core/sources/sequences/format';

describe('format', () => {
  it('writes counts, rows, durations and channel lists for sentences', () => {
    expect([count(40000), counted(1, 'window'), counted(1210, 'window')]).toEqual(['40,000', '1 window', '1,210 windows']);
    expect([rowRange(1200, 1263), rowRange(4, 4)]).toEqual(['rows 1,201–1,264', 'row 5']);
    expect([duration(20), duration(1500), duration(120_000), duration(5_400_000), duration(86_400_000)]).toEqual(['20 ms', '1.5 s', '2 min', '1.5 h', '1 day']);
    expect([interval(0.02, 's'), interval(250, 'ms'), interval(0.123456, null)]).toEqual(['20 ms', '250 ms', '0.123']);
    expect(channelSpan(['a'])).toBe('a');
    expect(channelSpan(['a', 'b', 'c'])).toBe('a, b and c');
    expect(channelSpan(['acc_x', 'acc_y', 'acc_z', 'gyro_z'])).toBe('acc_x … gyro_z');
    expect([median([3, 1, 2]), median([4, 1, 2, 3])]).toEqual([2, 2.5]);
  });
});
