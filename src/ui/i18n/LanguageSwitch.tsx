import { useId } from 'react';
import { LOCALES, type Locale } from '../../core/i18n/locale';
import { translator } from '../../core/i18n/translate';
import { useLocale, useT } from './I18nProvider';

const NAMES = { en: 'app.language.en', ko: 'app.language.ko' } as const satisfies Record<Locale, string>;

/**
 * The app's language, in the header: each language named in itself, and the label in both
 * languages ("Language / 언어"), so that someone who cannot read the current one finds it.
 * Changing it re-renders the text only; nothing loaded or chosen is touched.
 */
export function LanguageSwitch() {
  const id = useId();
  const t = useT();
  const { locale, setLocale } = useLocale();
  const other: Locale = locale === 'en' ? 'ko' : 'en';
  return (
    <div className="language-switch">
      <label htmlFor={id}>
        {t('app.language')} / <span lang={other}>{translator(other)('app.language')}</span>
      </label>
      <select
        id={id}
        value={locale}
        onChange={(e) => {
          const next = LOCALES.find((l) => l === e.target.value);
          if (next) setLocale(next);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(NAMES[l])}
          </option>
        ))}
      </select>
    </div>
  );
}
