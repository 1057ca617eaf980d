// A visit, not a document: replays what chromium requested on a visit to a public page (recorded
// by bench/record-visit.ts) as one unit, the document first and then everything the page asked
// for in parallel as a browser does, and reports visits/s against the static floor's req/s and
// what each extra request costs in floor-requests. Static files (/_next/static, immutable) are
// left out: a returning visitor has them, and they are counted in the First Load JS table.
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { loadAverage } from './load-average';
import { loadRoute } from './load';
import type { RecordedRequest, RecordedVisit, VisitTargets } from './record-visit';

/** The visits recorded on main before the changes of issue 11 §4b (see bench/README.md). */
export const BEFORE_FILE = 'bench/visits-before.json';

export const replayed = (v: RecordedVisit) => v.requests.filter((r) => r.kind !== 'static-file' && r.method === 'GET');

/** A company user's session (the meeting page's registration panel is theirs), as Auth.js writes it. */
export async function companySession(databaseUrl: string): Promise<string> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [user] = await sql<{ id: string }[]>`select id from users where email = 'direktoer@lysteknik.test'`;
    const token = randomBytes(32).toString('hex');
    await sql`insert into sessions (session_token, user_id, expires) values (${token}, ${user.id}, now() + interval '8 hours')`;
    return token;
  } finally {
    await sql.end();
  }
}

export function readVisits(file: string): RecordedVisit[] {
  return JSON.parse(readFileSync(file, 'utf8')) as RecordedVisit[];
}

function fill(text: string, t: VisitTargets) {
  return text.replaceAll('{meetingSlug}', t.meetingSlug).replaceAll('{meetingId}', t.meetingId).replaceAll('{sessionToken}', t.sessionToken ?? '');
}

type Ready = { url: string; headers: Record<string, string> };
const ready = (baseUrl: string, r: RecordedRequest, t: VisitTargets): Ready => ({
  url: baseUrl + fill(r.path, t),
  headers: Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, fill(v, t)])),
});

function get(agent: http.Agent, { url, headers }: Ready): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

export type VisitResult = { visitsPerSecond: number; p50: number; p99: number; failed: number; requests: number };

/**
 * `visitors` people visit over and over for `seconds` (after a warm-up), each with a browser's six
 * connections: the document, then the page's other requests at once.
 */
export async function loadVisit(baseUrl: string, visit: RecordedVisit, t: VisitTargets, { visitors = 10, seconds = 8, warmup = 2 } = {}): Promise<VisitResult> {
  const [doc, ...rest] = replayed(visit).map((r) => ready(baseUrl, r, t));
  const run = async (ms: number) => {
    const latencies: number[] = [];
    let failed = 0;
    const end = Date.now() + ms;
    await Promise.all(
      Array.from({ length: visitors }, async () => {
        const agent = new http.Agent({ keepAlive: true, maxSockets: 6 });
        while (Date.now() < end) {
          const started = performance.now();
          try {
            const statuses = [await get(agent, doc), ...(await Promise.all(rest.map((r) => get(agent, r))))];
            if (statuses.some((s) => s >= 400)) failed += 1;
            latencies.push(performance.now() - started);
          } catch {
            failed += 1;
          }
        }
        agent.destroy();
      }),
    );
    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
    return { visitsPerSecond: latencies.length / (ms / 1000), p50: at(0.5), p99: at(0.99), failed, requests: rest.length + 1 };
  };
  if (warmup > 0) await run(warmup * 1000);
  return run(seconds * 1000);
}

/** One line per visit: what it requests besides the document, and how much of it is rendered per request. */
export function describeVisit(v: RecordedVisit) {
  const extra = replayed(v).filter((r) => r.kind !== 'document' || r.path !== v.path);
  const perRequest = extra.filter((r) => /no-store|private/.test(r.cache) && r.cache !== 'HIT');
  const files = v.requests.filter((r) => r.kind === 'static-file').length;
  return {
    extra: extra.map((r) => `${r.kind === 'rsc-prefetch' ? 'prefetch ' : ''}${r.path.split('?')[0]}`),
    renderedPerRequest: perRequest.map((r) => r.path.split('?')[0]),
    files,
  };
}

/**
 * Each distinct extra request of the visits alone, in floor-requests: the floor's req/s ÷ its own.
 * The floor is measured before and after the batch (the machine's load drifts) and averaged.
 */
export async function costOfRequests(baseUrl: string, visits: RecordedVisit[], t: VisitTargets, seconds: number) {
  const floor = () => loadRoute(`${baseUrl}/bench-floor/static`, {}, { seconds, warmup: 1 }).then((r) => r.rps);
  const distinct = new Map<string, { r: RecordedRequest; signedIn: boolean }>();
  for (const v of visits) {
    for (const r of replayed(v)) {
      if (r.kind === 'document') continue;
      const key = `${v.signedIn ? 'in' : 'out'} ${r.kind} ${r.path.split('?')[0]}`;
      if (!distinct.has(key)) distinct.set(key, { r, signedIn: v.signedIn });
    }
  }
  const floorBefore = await floor();
  const measured: { r: RecordedRequest; signedIn: boolean; rps: number }[] = [];
  for (const [key, { r, signedIn }] of distinct) {
    const { url, headers } = ready(baseUrl, r, t);
    console.error('[bench]', `cost of ${key} …`);
    measured.push({ r, signedIn, rps: (await loadRoute(url, headers, { seconds, warmup: 1 })).rps });
  }
  const floorAfter = await floor();
  const floorRps = (floorBefore + floorAfter) / 2;
  const costs = measured.map(({ r, signedIn, rps }) => ({
    kind: r.kind,
    path: r.path.split('?')[0],
    rps,
    floorRequests: rps > 0 ? floorRps / rps : Infinity,
    signedIn,
    cache: r.cache,
  }));
  return { floorBefore, floorAfter, costs };
}

export type VisitRound = { loadBefore: string; loadAfter: string; floorRps: number; results: Map<string, VisitResult> };

export const visitKey = (label: string, v: RecordedVisit) => `${label} ${v.name} ${v.signedIn ? 'signed in' : 'signed out'}`;

/** One round: the static floor, then each visit of each recording, with the load average around it. */
export async function visitRound(baseUrl: string, recordings: { label: string; visits: RecordedVisit[] }[], t: VisitTargets, seconds: number): Promise<VisitRound> {
  const loadBefore = loadAverage();
  const floor = await loadRoute(`${baseUrl}/bench-floor/static`, {}, { seconds });
  const results = new Map<string, VisitResult>();
  for (const { label, visits } of recordings) {
    for (const v of visits) {
      console.error('[bench]', `visit: ${visitKey(label, v)} …`);
      results.set(visitKey(label, v), await loadVisit(baseUrl, v, t, { seconds }));
    }
  }
  return { loadBefore, loadAfter: loadAverage(), floorRps: floor.rps, results };
}
