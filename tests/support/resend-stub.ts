// A local HTTP server standing in for the Resend API (the SDK honours RESEND_BASE_URL). By
// default it behaves like the real service where delivery depends on it:
// - a rate limit of 2 requests per second (sliding window), with `ratelimit-limit`,
//   `ratelimit-remaining` and `ratelimit-reset` on every answer and 429 + `retry-after` past it;
// - Idempotency-Key replay: a key seen before with the same body gets the first answer again and
//   delivers nothing; with another body, 409 invalid_idempotent_request;
// - the batch endpoint takes at most 100 emails and no attachments (422 otherwise).
// It records every request, and in `delivered` every email it actually delivered.
// `hang` makes it accept connections and never answer, as a stuck provider would.
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';

export type RecordedRequest = { method: string; path: string; headers: IncomingHttpHeaders; body: unknown };
export type DeliveredEmail = { to: string; subject: string; attachments: number; path: string };
type Answer = { status: number; body: unknown; headers?: Record<string, string> };

export type ResendStub = {
  url: string;
  requests: RecordedRequest[];
  /** Every email the stand-in delivered, once per accepted request (replays excluded). */
  delivered: DeliveredEmail[];
  /** How long each answer takes, as a real API's round trip would (default: at once). */
  delayMs: number;
  /** Requests allowed per second (Resend's default is 2). */
  ratePerSecond: number;
  /** Accept connections and never answer. */
  hang: boolean;
  /** Decide the answer to a request yourself (returning undefined leaves it to the stand-in). */
  respond: (req: RecordedRequest) => Answer | undefined;
  /** Forgets the rate window, the idempotency keys and the records. */
  reset: () => void;
  close: () => Promise<void>;
};

const MAX_BATCH = 100;

export async function startResendStub(options: { ratePerSecond?: number } = {}): Promise<ResendStub> {
  let next = 0;
  let window: number[] = [];
  let seenKeys = new Map<string, { bodyHash: string; answer: Answer }>();
  const hanging = new Set<ServerResponse>();
  const stub: ResendStub = {
    url: '',
    requests: [],
    delivered: [],
    delayMs: 0,
    ratePerSecond: options.ratePerSecond ?? 2,
    hang: false,
    respond: () => undefined,
    reset: () => {
      window = [];
      seenKeys = new Map();
      stub.requests.length = 0;
      stub.delivered.length = 0;
    },
    close: async () => {},
  };

  const rateHeaders = (now: number) => {
    window = window.filter((t) => now - t < 1000);
    const reset = window.length ? Math.max(1, Math.ceil((window[0] + 1000 - now) / 1000)) : 1;
    return {
      'ratelimit-limit': String(stub.ratePerSecond),
      'ratelimit-remaining': String(Math.max(0, stub.ratePerSecond - window.length)),
      'ratelimit-reset': String(reset),
    };
  };

  const decide = (req: RecordedRequest, raw: string): Answer => {
    const custom = stub.respond(req);
    if (custom) return custom;
    const now = Date.now();
    window = window.filter((t) => now - t < 1000);
    if (window.length >= stub.ratePerSecond) {
      const headers = rateHeaders(now);
      return {
        status: 429,
        headers: { ...headers, 'retry-after': headers['ratelimit-reset'] },
        body: { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests. You can only make 2 requests per second.' },
      };
    }
    window.push(now);
    const key = String(req.headers['idempotency-key'] ?? '');
    const bodyHash = createHash('sha256').update(`${req.path}\n${raw}`).digest('hex');
    const seen = key ? seenKeys.get(key) : undefined;
    if (seen) {
      if (seen.bodyHash !== bodyHash) {
        return {
          status: 409,
          body: { statusCode: 409, name: 'invalid_idempotent_request', message: 'Same idempotency key used with a different request payload.' },
        };
      }
      return seen.answer;
    }
    const answer = accept(req);
    if (key && answer.status === 200) seenKeys.set(key, { bodyHash, answer });
    return answer;
  };

  const accept = (req: RecordedRequest): Answer => {
    type Email = { to?: string[] | string; subject?: string; attachments?: unknown[] };
    const invalid = (message: string): Answer => ({ status: 422, body: { statusCode: 422, name: 'validation_error', message } });
    const deliver = (email: Email) => {
      for (const to of [email.to ?? []].flat()) {
        stub.delivered.push({ to, subject: email.subject ?? '', attachments: email.attachments?.length ?? 0, path: req.path });
      }
      return { id: `stub-${++next}` };
    };
    if (req.path === '/emails/batch') {
      if (!Array.isArray(req.body)) return invalid('The request body must be an array.');
      const emails = req.body as Email[];
      if (emails.length > MAX_BATCH) return invalid(`Too many emails: at most ${MAX_BATCH} per batch.`);
      if (emails.some((e) => e.attachments?.length)) return invalid('Attachments are not supported in batch emails.');
      return { status: 200, body: { data: emails.map(deliver) } };
    }
    if (req.path === '/emails') return { status: 200, body: deliver(req.body as Email) };
    return { status: 404, body: { statusCode: 404, name: 'not_found', message: 'Not found' } };
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: raw ? JSON.parse(raw) : null,
      };
      stub.requests.push(recorded);
      if (stub.hang) {
        hanging.add(res);
        return;
      }
      setTimeout(() => {
        const answer = decide(recorded, raw);
        res.writeHead(answer.status, { 'content-type': 'application/json', ...rateHeaders(Date.now()), ...answer.headers });
        res.end(JSON.stringify(answer.body));
      }, stub.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  stub.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  stub.close = () =>
    new Promise((resolve) => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return stub;
}
