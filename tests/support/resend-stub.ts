// A local HTTP server standing in for the Resend API (the SDK honours RESEND_BASE_URL).
// It records every request so tests can check what the real SDK sent.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export type RecordedRequest = { method: string; path: string; headers: IncomingHttpHeaders; body: unknown };

export type ResendStub = {
  url: string;
  requests: RecordedRequest[];
  /** How long each answer takes, as a real API's round trip would (default: at once). */
  delayMs: number;
  /** Decide the answer to each request; the default accepts everything. */
  respond: (req: RecordedRequest) => { status: number; body: unknown; headers?: Record<string, string> } | undefined;
  close: () => Promise<void>;
};

export async function startResendStub(): Promise<ResendStub> {
  let next = 0;
  const stub: ResendStub = {
    url: '',
    requests: [],
    delayMs: 0,
    respond: () => undefined,
    close: async () => {},
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
      setTimeout(() => answer(recorded), stub.delayMs);
    });
    const answer = (recorded: RecordedRequest) => {
      const custom = stub.respond(recorded);
      if (custom) {
        res.writeHead(custom.status, { 'content-type': 'application/json', ...custom.headers });
        res.end(JSON.stringify(custom.body));
        return;
      }
      const body = Array.isArray(recorded.body)
        ? { data: recorded.body.map(() => ({ id: `stub-${++next}` })) }
        : { id: `stub-${++next}` };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  stub.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  stub.close = () => new Promise((resolve) => server.close(() => resolve()));
  return stub;
}
