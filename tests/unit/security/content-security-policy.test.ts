import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPolicy, inlineScriptHashes, noncePolicy, nonPagePolicy } from '@/lib/security/content-security-policy.mjs';
import { securityHeaders } from '@/lib/security-headers';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('Content-Security-Policy texts', () => {
  it('allows scripts of a per-request page only by nonce, never inline', () => {
    const policy = noncePolicy('abc123');
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(noncePolicy('n', { dev: true })).toContain("'unsafe-eval'");
  });

  it('hashes every inline script of a cached page, and skips script files', () => {
    const html = `<html><script src="/_next/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script>
      <SCRIPT type="text/javascript">a()</SCRIPT><script>self.__next_f.push([1,"x"])</script><script></script></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1,"x"])'), sha('a()'), sha('')]);
    const policy = hashPolicy(inlineScriptHashes(html));
    expect(policy.split('; ')[0]).toBe(`script-src 'self' '${sha('self.__next_f.push([1,"x"])')}' '${sha('a()')}' '${sha('')}'`);
    expect(policy).not.toMatch(/script-src[^;]*(unsafe|nonce)/);
  });

  it('lets nothing run in responses that are not pages', () => {
    expect(nonPagePolicy).toContain("default-src 'none'");
    expect(nonPagePolicy).toContain("frame-ancestors 'none'");
  });

  it('sends HSTS in production only', () => {
    const keys = (production: boolean) => securityHeaders(production).map((h) => h.key);
    expect(keys(true)).toContain('Strict-Transport-Security');
    expect(keys(false)).not.toContain('Strict-Transport-Security');
  });
});
