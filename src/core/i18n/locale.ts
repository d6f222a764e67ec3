/** The languages Layerbench speaks. English is the fallback for every other language. */
export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'ko';
}

/**
 * The app's language for a BCP 47 tag or a POSIX locale: Korean for "ko", "ko-KR",
 * "ko_KR.UTF-8"; English for everything else, including nothing at all.
 */
export function localeFromTag(tag: string | undefined | null): Locale {
  if (!tag) return 'en';
  return /^ko(?:[-_.@]|$)/i.test(tag.trim()) ? 'ko' : 'en';
}

/**
 * The language a terminal asks for, the way POSIX programs read it: LC_ALL wins, then
 * LC_MESSAGES, then LANG. "C" and "POSIX" are English.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return localeFromTag(tag);
}
