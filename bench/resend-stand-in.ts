// The tests' Resend stand-in (tests/support/resend-stub.ts) with Resend's rate limit on top: a
// fixed one-second window of `perSecond` requests, the ratelimit-* headers Resend sends on every
// answer, and 429 with retry-after beyond the limit. perSecond 0 means no limit (no headers).
import { startResendStub, type ResendStub } from '../tests/support/resend-stub';

export async function startRateLimitedResend(perSecond: number): Promise<ResendStub & { refused: () => number }> {
  const stub = await startResendStub();
  let windowStart = 0;
  let used = 0;
  let refused = 0;
  let next = 0;
  if (perSecond > 0) {
    stub.respond = (req) => {
      const now = Date.now();
      if (now - windowStart >= 1000) {
        windowStart = now;
        used = 0;
      }
      const reset = String(Math.max(1, Math.ceil((windowStart + 1000 - now) / 1000)));
      const limits = { 'ratelimit-limit': String(perSecond), 'ratelimit-reset': reset };
      if (used >= perSecond) {
        refused++;
        return {
          status: 429,
          headers: { ...limits, 'ratelimit-remaining': '0', 'retry-after': reset },
          body: { name: 'rate_limit_exceeded', message: 'Too many requests', statusCode: 429 },
        };
      }
      used++;
      const body = Array.isArray(req.body) ? { data: req.body.map(() => ({ id: `stand-in-${++next}` })) } : { id: `stand-in-${++next}` };
      return { status: 200, headers: { ...limits, 'ratelimit-remaining': String(perSecond - used) }, body };
    };
  }
  return Object.assign(stub, { refused: () => refused });
}
