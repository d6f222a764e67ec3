import { describe, expect, it } from 'vitest';
import { appOrigins, isAppUrl, isPermissionAllowed, isTrustedExternalUrl, originOf } from '../../../../electron/main/services/trusted-url';

describe('originOf and isAppUrl', () => {
  it('gives custom schemes a comparable origin (URL.origin would be "null")', () => {
    expect(new URL('app://layerbench/x').origin).toBe('null');
    expect(originOf('app://layerbench/index.html?x=1')).toBe('app://layerbench');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('garbage')).toBeNull();
  });

  it('accepts the app origin and, in development only, the dev server', () => {
    expect(appOrigins()).toEqual(['app://layerbench']);
    expect(appOrigins('http://localhost:5173/')).toEqual(['app://layerbench', 'http://localhost:5173']);
    const built = appOrigins();
    expect(isAppUrl('app://layerbench/index.html', built)).toBe(true);
    expect(isAppUrl('app://layerbench.evil.com/index.html', built)).toBe(false);
    expect(isAppUrl('app://other/index.html', built)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', built)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', appOrigins('http://localhost:5173'))).toBe(true);
    expect(isAppUrl('http://localhost:5174/', appOrigins('http://localhost:5173'))).toBe(false);
    expect(isAppUrl('file:///etc/passwd', built)).toBe(false);
    expect(isAppUrl('', built)).toBe(false);
  });
});

describe('isTrustedExternalUrl', () => {
  it('allows https links to allowlisted hosts only', () => {
    expect(isTrustedExternalUrl('https://www.tensorflow.org/js/guide')).toBe(true);
    expect(isTrustedExternalUrl('https://KERAS.io/api/layers/')).toBe(true);
    expect(isTrustedExternalUrl('http://keras.io/')).toBe(false);
    expect(isTrustedExternalUrl('https://keras.io.evil.com/')).toBe(false);
    expect(isTrustedExternalUrl('https://evil.com/?u=https://keras.io')).toBe(false);
    expect(isTrustedExternalUrl('https://user:pw@keras.io/')).toBe(false);
    expect(isTrustedExternalUrl('https://keras.io:8443/')).toBe(false);
    expect(isTrustedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isTrustedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isTrustedExternalUrl('not a url')).toBe(false);
    expect(isTrustedExternalUrl('https://example.org/', ['example.org'])).toBe(true);
  });
});

describe('isPermissionAllowed', () => {
  const origins = appOrigins();
  it('denies everything except clipboard writes from the app itself', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://layerbench/index.html', origins)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://keras.io/', origins)).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fileSystem', 'clipboard-read', 'hid', 'serial']) {
      expect(isPermissionAllowed(permission, 'app://layerbench/index.html', origins)).toBe(false);
    }
  });
});
