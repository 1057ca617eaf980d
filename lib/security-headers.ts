// Headers sent with every response (next.config.ts). The Content-Security-Policy of pages is set
// elsewhere because it differs per page: proxy.ts gives pages rendered per request a nonce, and
// cached public pages carry the hashes of their inline scripts (lib/security/csp-cache-handler.mjs).
// Responses that are not pages (API, feeds, files) get a policy that lets nothing run.
import { nonPagePolicy } from './security/content-security-policy.mjs';

export function securityHeaders(production: boolean) {
  const headers = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'same-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  ];
  if (production) {
    // Production runs behind TLS (docs/operations.md "Deploying"); over plain http://localhost it would stick.
    headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' });
  }
  return headers;
}

/** Paths that never render a page; the rest get their policy from proxy.ts or the page cache. */
export const nonPageSources = ['/api/:path*', '/feeds/:path*', '/robots.txt', '/sitemap.xml', '/icon.svg'];

export function nonPageHeaders() {
  return nonPageSources.map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: nonPagePolicy }] }));
}

/**
 * The door's check-in page scans tickets with the camera; every other page keeps it off
 * (Permissions-Policy above). Listed after the general headers, so this value wins for these paths.
 */
export const cameraPageSources = ['/admin/meetings/:id/check-in', '/en/admin/meetings/:id/check-in'];

export function cameraPageHeaders() {
  return cameraPageSources.map((source) => ({
    source,
    headers: [{ key: 'Permissions-Policy', value: 'camera=(self), microphone=(), geolocation=(), interest-cohort=()' }],
  }));
}
