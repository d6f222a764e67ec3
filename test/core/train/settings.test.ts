import { describe, expect, it } from 'vitest';
import { trainingSettingsSchema } from '../../../src/core/record-schemas';
import { DEFAULT_IMAGE_CACHE_MB, DEFAULT_SETTINGS, imageCacheBytes, validateSettings } from '../../../src/core/train/settings';
import { english } from '../../../src/core/i18n/translate';

describe('the image memory budget', () => {
  it('is optional (records saved before it stay valid) and means the default when absent', () => {
    expect(DEFAULT_SETTINGS.imageCacheMb).toBeUndefined();
    expect(trainingSettingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual([]);
    expect(imageCacheBytes(DEFAULT_SETTINGS)).toBe(DEFAULT_IMAGE_CACHE_MB * 1024 * 1024);
    expect(imageCacheBytes({ imageCacheMb: 0 })).toBe(0);
  });

  it('takes whole MiB from 0 (always a batch at a time) up, and says what is wrong otherwise', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, imageCacheMb: 0 })).toEqual([]);
    expect(trainingSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, imageCacheMb: 2048 }).success).toBe(true);
    for (const bad of [-1, 1.5, Number.NaN, 1e9]) {
      const problems = validateSettings({ ...DEFAULT_SETTINGS, imageCacheMb: bad });
      expect(problems.map((p) => p.code)).toEqual(['settings/bad-imageCacheMb']);
      expect(problems[0]?.msg?.code).toBe('train.settings.bad.imageCacheMb');
    }
    expect(english(validateSettings({ ...DEFAULT_SETTINGS, imageCacheMb: -1 })[0]!.msg!)).toMatch(/^The image memory budget is -1 MB; .* 0 \(always read images a batch at a time\) to 65,536\.$/);
    expect(trainingSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, imageCacheMb: -1 }).success).toBe(false);
    expect(trainingSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, imageCacheMb: 1.5 }).success).toBe(false);
  });
});
