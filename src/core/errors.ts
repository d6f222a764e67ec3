/**
 * Errors are values with two audiences (docs/architecture.md): `message` for the analyst,
 * `detail` for the developer, and an optional `fix` the UI can offer as a button.
 */
export interface AppErrorInfo {
  /** Stable machine-readable code, e.g. "csv/empty-file". */
  readonly code: string;
  /** Plain words for a non-programmer; names the file, row or column involved. */
  readonly message: string;
  /** What a developer needs (library message, offsets, values). Never shown as the headline. */
  readonly detail?: string;
  /** A one-click remedy, described in words. */
  readonly fix?: { readonly label: string; readonly action: string };
}

export class AppError extends Error {
  readonly code: string;
  readonly detail: string | undefined;
  readonly fix: AppErrorInfo['fix'];

  constructor(info: AppErrorInfo) {
    super(info.message);
    this.name = 'AppError';
    this.code = info.code;
    this.detail = info.detail;
    this.fix = info.fix;
  }

  toInfo(): AppErrorInfo {
    return { code: this.code, message: this.message, detail: this.detail, fix: this.fix };
  }
}

/** Turns anything thrown into an AppErrorInfo whose message a user can read. */
export function toAppErrorInfo(err: unknown, fallbackMessage = 'Something went wrong.'): AppErrorInfo {
  if (err instanceof AppError) return err.toInfo();
  if (isAppErrorInfo(err)) return err;
  const detail = err instanceof Error ? `${err.name}: ${err.message}${err.stack ? `\n${err.stack}` : ''}` : String(err);
  return { code: 'internal', message: fallbackMessage, detail };
}

export function isAppErrorInfo(value: unknown): value is AppErrorInfo {
  return (
    typeof value === 'object' && value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
