import { english } from './i18n/translate';
import { msg as message, type Message } from './i18n/message';

/**
 * Errors are values with two audiences (docs/architecture.md): `msg` for the analyst, rendered
 * in their language by the UI or the CLI, `detail` for the developer, and an optional `fix` the
 * UI can offer as a button. `message` is the English text of `msg`, for logs and developers.
 */
export interface AppErrorInfo {
  /** Stable machine-readable code, e.g. "csv/empty-file". */
  readonly code: string;
  /** `msg` in English: what a log or a developer reads. */
  readonly message: string;
  /** Plain words for a non-programmer, as a catalogue code; names the file, row or column involved. */
  readonly msg: Message;
  /** What a developer needs (library message, offsets, values). Never shown as the headline. */
  readonly detail?: string;
  /** A one-click remedy, described in words. */
  readonly fix?: { readonly label: Message; readonly action: string };
}

/** What code hands AppError: the user's message as a catalogue message. */
export interface AppErrorInit {
  readonly code: string;
  readonly message: Message;
  readonly detail?: string;
  readonly fix?: { readonly label: Message; readonly action: string };
}

export class AppError extends Error {
  readonly code: string;
  readonly msg: Message;
  readonly detail: string | undefined;
  readonly fix: AppErrorInfo['fix'];

  /** From what code hands it, or from an AppErrorInfo passed on (a worker's, over IPC), keeping its message. */
  constructor(info: AppErrorInit | AppErrorInfo) {
    const m = typeof info.message === 'string' ? (info as AppErrorInfo).msg : info.message;
    super(english(m));
    this.name = 'AppError';
    this.code = info.code;
    this.msg = m;
    this.detail = info.detail;
    this.fix = info.fix;
  }

  toInfo(): AppErrorInfo {
    return { code: this.code, message: this.message, msg: this.msg, detail: this.detail, fix: this.fix };
  }
}

/** An AppErrorInfo from what code hands AppError, without throwing. */
export function appErrorInfo(init: AppErrorInit): AppErrorInfo {
  return new AppError(init).toInfo();
}

/** Turns anything thrown into an AppErrorInfo whose message a user can read. */
export function toAppErrorInfo(err: unknown, fallback: Message = message('common.internalError')): AppErrorInfo {
  if (err instanceof AppError) return err.toInfo();
  if (isAppErrorInfo(err)) return err;
  const detail = err instanceof Error ? `${err.name}: ${err.message}${err.stack ? `\n${err.stack}` : ''}` : String(err);
  return appErrorInfo({ code: 'internal', message: fallback, detail });
}

export function isAppErrorInfo(value: unknown): value is AppErrorInfo {
  return (
    typeof value === 'object' && value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string' &&
    typeof (value as { msg?: { code?: unknown } }).msg?.code === 'string'
  );
}

/** The longest piece of the user's input a message repeats; the rest is cut with "…". */
export const MAX_QUOTED_INPUT = 200;

/**
 * A piece of the user's input (a file name, a cell, a spec value, a flag's value) as a message
 * may repeat it: on one line, at most `max` characters, so that a 4 MB value never fills a
 * terminal or a dialog.
 */
export function clipInput(value: string, max = MAX_QUOTED_INPUT): string {
  // Control characters (newlines, escapes) would break the line or drive the terminal.
  const flat = value.replace(/\p{Cc}+/gu, ' ');
  const chars = Array.from(flat.length > max * 2 + 2 ? flat.slice(0, max * 2 + 2) : flat); // by code point: no half emoji
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : flat;
}

/** `clipInput` in the quotation marks messages use: “value”. */
export function quoteInput(value: string, max = MAX_QUOTED_INPUT): string {
  return `“${clipInput(value, max)}”`;
}

/** A library's or the system's message as a message may repeat it: every word of the user's input in it clipped. */
export function clipMessage(text: string, max = MAX_QUOTED_INPUT): string {
  return text.replace(new RegExp(`\\S{${max + 1},}`, 'g'), (word) => clipInput(word, max));
}
