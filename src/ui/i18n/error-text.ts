import type { AppErrorInfo } from '../../core/errors';
import type { Translator } from '../../core/i18n/translate';

/** An error's sentence in the UI's language (English only where the error came without a catalogue message). */
export function errorText(t: Translator, error: Pick<AppErrorInfo, 'message' | 'msg'>): string {
  return error.msg ? t(error.msg) : error.message;
}

/** A fix button's words. */
export function fixLabel(t: Translator, label: NonNullable<AppErrorInfo['fix']>['label']): string {
  return typeof label === 'string' ? label : t(label);
}
