import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  isAllowedOrigin,
  isPermissionAllowed,
  isTrustedSender,
  externalUrl,
  resolveInside,
} from '../../src-main/security/policy';

describe('isAllowedOrigin', () => {
  it('accepts pages of the app protocol', () => {
    expect(isAllowedOrigin('app://dossier/index.html', [APP_ORIGIN])).toBe(true);
    expect(isAllowedOrigin('app://dossier/deep/path?x=1#y', [APP_ORIGIN])).toBe(true);
  });

  it('refuses other hosts, schemes and look-alikes', () => {
    for (const url of [
      'https://example.com/',
      'app://dossier.evil/index.html',
      'app://evil/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://dossier/',
      'app://dossier@evil.com/',
    ]) {
      expect(isAllowedOrigin(url, [APP_ORIGIN]), url).toBe(false);
    }
  });

  it('refuses malformed URLs instead of throwing', () => {
    expect(isAllowedOrigin('not a url', [APP_ORIGIN])).toBe(false);
    expect(isAllowedOrigin('', [APP_ORIGIN])).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the top frame of an app page', () => {
    expect(isTrustedSender({ url: 'app://dossier/index.html', isMainFrame: true }, [APP_ORIGIN])).toBe(true);
    expect(isTrustedSender({ url: 'app://dossier/index.html', isMainFrame: false }, [APP_ORIGIN])).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, [APP_ORIGIN])).toBe(false);
    expect(isTrustedSender(null, [APP_ORIGIN])).toBe(false);
  });
});

describe('resolveInside', () => {
  const root = '/srv/library';

  it('resolves plain relative paths inside the root', () => {
    expect(resolveInside(root, 'a/b.txt')).toBe('/srv/library/a/b.txt');
    expect(resolveInside(root, 'a/../b.txt')).toBe('/srv/library/b.txt');
  });

  it('refuses traversal, absolute paths, drive letters and NUL bytes', () => {
    for (const bad of ['../etc/passwd', 'a/../../x', '/etc/passwd', 'C:\\Windows\\win.ini', 'c:x', '\\\\server\\share', 'a\0b']) {
      expect(resolveInside(root, bad), bad).toBeNull();
    }
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );

  it('allows no remote origin, inline script or eval', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('forbids plugins, frames, forms and base changes', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });
});

describe('externalUrl', () => {
  it('lets only http and https addresses out, without credentials', () => {
    expect(externalUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(externalUrl('http://example.com')).toBe('http://example.com/');
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'vbscript:x', 'smb://host/share', 'https://user:pw@example.com/', 'not a url', 'dossier://article/x']) {
      expect(externalUrl(bad), bad).toBeNull();
    }
  });
});

describe('permissions', () => {
  it('denies every permission request', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) {
      expect(isPermissionAllowed(p)).toBe(false);
    }
  });
});
