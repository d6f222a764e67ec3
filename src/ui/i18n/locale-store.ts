import { isLocale, localeFromTag, type Locale } from '../../core/i18n/locale';

/** Where the user's choice of language is kept between starts (the renderer's origin storage, in Electron and the browser alike). */
export const LOCALE_STORAGE_KEY = 'layerbench.locale';

/** The language on start: the user's last choice, else the operating system's (navigator.language follows it in Electron). */
export function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be refused (privacy settings): the system's language then.
  }
  return localeFromTag(globalThis.navigator?.language);
}

export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not kept: the choice still holds for this session.
  }
}

let current: Locale = 'en';

/** The language the UI renders in now, for the number formatters that have no React context (charts' tick callbacks). */
export function currentLocale(): Locale {
  return current;
}

export function setCurrentLocale(locale: Locale): void {
  current = locale;
}
