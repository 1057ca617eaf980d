// The Content-Security-Policy of a cached page: it allows exactly the inline scripts the page
// contains (their sha256 hashes). Cached pages are rendered once for everybody, so they cannot
// carry a per-request nonce; the hashes let them stay cached and still refuse any script that is
// not ours. Applied by the cache handler (lib/cache/shared-cache-handler.mjs) to every page it stores.
import { hashPolicy, inlineScriptHashes } from './content-security-policy.mjs';

const CSP = 'content-security-policy';

/**
 * Adds the policy to a cached page's headers. Mutated in place: on a cache miss Next answers with
 * this very object after storing it, so the first visitor gets the policy too.
 */
export function withPolicy(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || value.html === '') return;
  if (value.headers?.[CSP]) return;
  value.headers = { ...value.headers, [CSP]: hashPolicy(inlineScriptHashes(value.html)) };
}
