import { describe, expect, it } from 'vitest';
import { localeFromEnv, localeFromTag } from '../../../src/core/i18n/locale';

describe('localeFromTag', () => {
  it('reads Korean from BCP 47 tags and POSIX locales, English otherwise', () => {
    for (const tag of ['ko', 'ko-KR', 'KO-kr', 'ko_KR.UTF-8', 'ko_KR.eucKR', 'ko@latin']) expect(localeFromTag(tag)).toBe('ko');
    for (const tag of ['en-US', 'en_GB.UTF-8', 'C', 'POSIX', 'ja-JP', 'kok-IN', '', undefined, null]) expect(localeFromTag(tag)).toBe('en');
  });
});

describe('localeFromEnv', () => {
  it('takes LC_ALL before LC_MESSAGES before LANG, skipping empty ones', () => {
    expect(localeFromEnv({ LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(localeFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'ko_KR.UTF-8' })).toBe('en');
    expect(localeFromEnv({ LC_ALL: '', LC_MESSAGES: 'ko_KR.UTF-8', LANG: 'C' })).toBe('ko');
    expect(localeFromEnv({})).toBe('en');
  });
});
