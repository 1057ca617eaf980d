// Next's own file-system cache (ISR pages, route-handler responses, data cache), with one
// addition: every cached page is stored with a Content-Security-Policy that allows exactly the
// inline scripts it contains (their sha256 hashes). Cached pages are rendered once for
// everybody, so they cannot carry a per-request nonce; the hashes let them stay cached and still
// refuse any script that is not ours. Configured as `cacheHandler` in next.config.ts.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { hashPolicy, inlineScriptHashes } from './content-security-policy.mjs';

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const CSP = 'content-security-policy';

/** Adds the policy to a cached page's headers; the same object is what Next serves. */
function withPolicy(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || value.html === '') return;
  if (value.headers?.[CSP]) return;
  value.headers = { ...value.headers, [CSP]: hashPolicy(inlineScriptHashes(value.html)) };
}

export default class CspCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    // Mutated in place: on a cache miss Next answers with this very object after storing it,
    // so the first visitor gets the policy too.
    withPolicy(data);
    return super.set(key, data, ctx);
  }

  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    // Pages written by `next build` itself did not pass through set().
    withPolicy(entry?.value);
    return entry;
  }
}
