/**
 * Navigation, new windows, webviews and permissions (Electron's security checklist), applied to
 * every web contents and session the app creates. Electron is only a type here: the decisions
 * are the pure functions of services/trusted-url.ts and the wiring is tested with fakes.
 */
import type { Session, WebContents } from 'electron';
import { isAppUrl, isPermissionAllowed, isTrustedExternalUrl } from './services/trusted-url';

export interface SecurityOptions {
  readonly allowedOrigins: readonly string[];
  /** shell.openExternal: only ever called with a URL that passed isTrustedExternalUrl. */
  openExternal(url: string): void;
}

type HardenedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function hardenWebContents(contents: HardenedContents, options: SecurityOptions): void {
  const stayInApp = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url, options.allowedOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isTrustedExternalUrl(url)) options.openExternal(url);
    return { action: 'deny' };
  });
}

type HardenedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

export function hardenSession(session: HardenedSession, options: Pick<SecurityOptions, 'allowedOrigins'>): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const url = details.requestingUrl || contents?.getURL() || '';
    callback(isPermissionAllowed(permission, url, options.allowedOrigins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, options.allowedOrigins),
  );
}
