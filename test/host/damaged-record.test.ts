import { describe, expect, it } from 'vitest';
import { english } from '../../src/core/i18n/translate';
import { experimentRecordSchema } from '../../src/core/experiment/schema';
import { describeDamage } from '../../src/host/damaged-record';

function damage(value: unknown, key: IDBValidKey = 'k') {
  const parsed = experimentRecordSchema.safeParse(value);
  if (parsed.success) throw new Error('expected a damaged value');
  return describeDamage(key, value, parsed.error);
}

describe('describing a damaged experiment record', () => {
  it('says a value that is not an object is no record at all', () => {
    expect(damage('text')).toMatchObject({ id: 'k', problem: { code: 'experiment.damage.notRecord' } });
    expect(english(damage(null).problem)).toBe('It is not an experiment record at all.');
  });

  it('names a newer format version instead of listing what this version misses', () => {
    expect(english(damage({ version: 7, id: 'x', name: 'Later run' }).problem)).toBe('It was saved by a newer version of Layerbench, which this one cannot read.');
  });

  it('keeps a readable name and date, and leaves out blank or unusable ones', () => {
    expect(damage({ id: 'x', name: 'Run A', createdAt: 5 })).toMatchObject({ name: 'Run A', createdAt: 5 });
    const blank = damage({ id: 'x', name: '  ', createdAt: Number.NaN }, 3);
    expect(blank.id).toBe('3');
    expect(blank.name).toBeUndefined();
    expect(blank.createdAt).toBeUndefined();
    expect(blank.detail).toContain('createdAt');
  });
});
