// The Content-Security-Policy texts, shared by proxy.ts (dynamic pages: a nonce per request)
// and the cache handler (cached pages: the hashes of their inline scripts). Plain JavaScript
// because Next loads the cache handler at run time, outside the TypeScript build.
import { createHash } from 'node:crypto';

/** Directives every HTML page gets; only script-src differs between the two kinds of page. */
const pageDirectives = [
  "default-src 'self'",
  // React renders style attributes; inline styles cannot run code, inline scripts can.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** For a page rendered per request: Next puts the nonce on every script it writes. */
export function noncePolicy(nonce, { dev = false } = {}) {
  // React's development build uses eval for its error overlays; production never does.
  const scripts = `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`;
  return [scripts, ...pageDirectives].join('; ');
}

/** For a cached page: the exact inline scripts it contains, and script files from our origin. */
export function hashPolicy(hashes) {
  const sources = hashes.map((hash) => `'${hash}'`).join(' ');
  return [`script-src 'self'${sources ? ` ${sources}` : ''}`, ...pageDirectives].join('; ');
}

/** For responses that are not pages (JSON, feeds, files): nothing may run or frame them. */
export const nonPagePolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const scriptTag = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** 'sha256-…' of every inline script in the page, once each, in page order. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(scriptTag)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}
