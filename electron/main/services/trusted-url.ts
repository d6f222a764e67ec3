/**
 * Which URLs the app trusts: its own pages (for navigation and IPC senders) and the few
 * https sites a link may open in the user's browser. Pure, so the rules have their own tests.
 */
import { APP_ORIGIN } from './app-protocol';

/** Sites the app links to (documentation and the samples' sources); anything else stays closed. */
export const TRUSTED_EXTERNAL_HOSTS: readonly string[] = [
  'www.tensorflow.org',
  'js.tensorflow.org',
  'keras.io',
  'github.com',
  'archive.ics.uci.edu',
  'scikit-learn.org',
];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * `scheme://host[:port]`, or null. Node's `URL.origin` is "null" for custom schemes such as
 * app://, so origins are compared through this instead.
 */
export function originOf(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || !parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** The origins whose pages are the app: app://layerbench, plus the dev server's in development. */
export function appOrigins(devRendererUrl?: string): readonly string[] {
  const dev = devRendererUrl ? originOf(devRendererUrl) : null;
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

export function isAppUrl(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

/** True only for https URLs on an allowlisted host, with no credentials and the default port. */
export function isTrustedExternalUrl(url: string, hosts: readonly string[] = TRUSTED_EXTERNAL_HOSTS): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username || parsed.password || parsed.port) return false;
  return hosts.includes(parsed.hostname.toLowerCase());
}

/**
 * Permissions the app's own pages may have; everything else is denied. Writing to the clipboard
 * backs the "Copy" buttons (e.g. the Keras code); no other permission has a use here.
 */
const ALLOWED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];

export function isPermissionAllowed(permission: string, requestingUrl: string, allowedOrigins: readonly string[]): boolean {
  return ALLOWED_PERMISSIONS.includes(permission) && isAppUrl(requestingUrl, allowedOrigins);
}
