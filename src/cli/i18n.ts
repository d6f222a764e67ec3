import { isAppErrorInfo, type AppErrorInfo } from '../core/errors';
import { isLocale, localeFromEnv, localeFromTag, type Locale } from '../core/i18n/locale';
import { isMessage, type Message } from '../core/i18n/message';
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
export function cliErrorText(info: Pick<AppErrorInfo, 'msg'>): string {
  return cliT()(info.msg);
}

/** What core hands the CLI to show: a message in the terminal's language; plain text as it is. */
export function cliText(value: Message | string): string {
  return isMessage(value) ? cliT()(value) : value;
}

/**
 * `--lang VALUE`'s language: "en", "ko", or a tag of either ("ko-KR", "ko_KR.UTF-8", "en-GB");
 * null for any other value, which the command refuses.
 */
export function langOption(value: string): Locale | null {
  const v = value.trim();
  if (isLocale(v.toLowerCase())) return v.toLowerCase() as Locale;
  if (!/^(en|ko)[-_.@]/i.test(v)) return null;
  return localeFromTag(v);
}

/**
 * `--json`'s text: the keys stay English, the sentences for people follow the language. A
 * catalogue message becomes its text; an error's `message` its sentence (its `msg` is left out).
 */
export function cliJson(value: unknown): string {
  const t = cliT();
  return JSON.stringify(value, (_key, v: unknown) => {
    if (isAppErrorInfo(v) && (v as AppErrorInfo).msg !== undefined) {
      const { msg: _msg, ...rest } = v as AppErrorInfo;
      return { ...rest, message: cliErrorText(v as AppErrorInfo) };
    }
    if (isMessage(v) && t.has(v.code)) return t(v);
    return v;
  });
}

