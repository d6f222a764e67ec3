import type { AppErrorInfo } from '../core/errors';
import { localeFromEnv, type Locale } from '../core/i18n/locale';
import { translator, type Translator } from '../core/i18n/translate';

/**
 * The terminal's language: LANG / LC_ALL / LC_MESSAGES until `--lang` says otherwise. One per
 * process, set before any output, so every command prints in one language.
 */
let locale: Locale = localeFromEnv(process.env);

export function setCliLocale(next: Locale): void {
  locale = next;
}

export function cliLocale(): Locale {
  return locale;
}

/** The translator for the terminal's language. */
export function cliT(): Translator {
  return translator(locale);
}

/** An error's sentence in the terminal's language. */
export function cliErrorText(info: Pick<AppErrorInfo, 'message' | 'msg'>): string {
  return info.msg ? cliT()(info.msg) : info.message;
}
