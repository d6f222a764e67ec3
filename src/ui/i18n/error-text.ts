import type { AppErrorInfo } from '../../core/errors';
import type { Translator } from '../../core/i18n/translate';

/** An error's sentence in the UI's language. */
export function errorText(t: Translator, error: Pick<AppErrorInfo, 'msg'>): string {
  return t(error.msg);
}
