import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../core/i18n/locale';
import { translator, type Translator } from '../../core/i18n/translate';
import { initialLocale, setCurrentLocale, storeLocale } from './locale-store';

interface I18nValue {
  readonly t: Translator;
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

function apply(locale: Locale): void {
  setCurrentLocale(locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/**
 * The app's language: chosen once on start, switched at once by the user without touching any
 * other state (only text re-renders), and kept for the next start.
 */
export function I18nProvider({ children, locale: fixed }: { readonly children: ReactNode; readonly locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const start = fixed ?? initialLocale();
    apply(start);
    return start;
  });
  const setLocale = useCallback((next: Locale) => {
    apply(next);
    storeLocale(next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18nValue>(() => ({ t: translator(locale), locale, setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  // Outside a provider (a component rendered alone in a test) the UI speaks English.
  return value ?? { t: translator('en'), locale: 'en', setLocale: () => undefined };
}

/** The translator for the UI's language: `t(msg)`, `t('app.dismiss')`, `t.parts(msg)`. */
export function useT(): Translator {
  return useI18n().t;
}

/** The language and the way to change it. */
export function useLocale(): { readonly locale: Locale; readonly setLocale: (locale: Locale) => void } {
  const { locale, setLocale } = useI18n();
  return { locale, setLocale };
}
