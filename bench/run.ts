// `npm run bench`: generates the data set, builds the benchmark build (.next-bench, with the
// floor pages), and prints throughput and latency, queries per request, the participant-email
// dispatch and the First Load JS of the public pages. Not part of the tests. See bench/README.md.
//
// Options: --rounds=2 (load rounds), --seconds=8 (per route), SKIP_BUILD=1 (reuse .next-bench),
// --only=load,visit,cpu,dispatch,invitation,search (which parts run after the query count), --pages=admin or --pages=public
// (those pages and their floor only), BENCH_DB_NAME=ef_bench (the databases' names).
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DB, BENCH_DEMO_DB, databaseUrl } from './bench-config';
import { cpuReport, measureCpuRounds, type CpuRound } from './cpu';
import { firstLoadJs } from './first-load-js';
import { prepareTargets } from './fixtures';
import { generate, SIZES } from './generate-data';
import { loadRoute, type LoadResult } from './load';
import { loadAverage } from './load-average';
import { benchPages, headersFor, type BenchPage } from './pages';
import { countQueries, type QueryCount } from './query-count';
import { startServer } from './server';
import { benchVisits } from './visit-bench';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const rounds = arg('rounds', 2);
const seconds = arg('seconds', 8);
const only = process.argv.find((a) => a.startsWith('--only='))?.split('=')[1]?.split(',');
const part = (name: string) => !only || only.includes(name);
const pageGroups = process.argv.find((a) => a.startsWith('--pages='))?.split('=')[1]?.split(',');
const groupOf = (page: BenchPage) => (page.kind === 'admin' || page.kind === 'dynamic-floor' ? 'admin' : 'public');
const isDynamic = (page: BenchPage) => page.kind === 'admin' || page.kind === 'dynamic' || page.kind === 'dynamic-floor';
const selectedPages = (pages: BenchPage[]) => pages.filter((p) => !pageGroups || pageGroups.includes(groupOf(p)));
const distDir = '.next-bench';
const log = (...a: unknown[]) => console.error('[bench]', ...a);

function buildIsStale() {
  const id = path.join(distDir, 'BUILD_ID');
  if (!existsSync(id)) return true;
  return (
    execSync(`find app lib db emails proxy.ts instrumentation.ts next.config.ts package.json -newer ${id} -type f | head -1`, { encoding: 'utf8' }).trim() !== ''
  );
}

/** Cached data and pages rendered at run time, so the next server starts cold on its database. */
function clearRuntimeCache() {
  for (const dir of ['cache/fetch-cache', 'server/route-cache']) rmSync(path.join(distDir, dir), { recursive: true, force: true });
}

const fmt = (n: number, d = 0) => n.toFixed(d);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '-');
const table = (head: string[], rows: string[][]) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
};

// 1. Data.
log('generating the databases …');
const demoMs = await generate(BENCH_DEMO_DB, { demoOnly: true });
const fullMs = await generate(BENCH_DB);
log(`${BENCH_DEMO_DB} (demo data) in ${(demoMs / 1000).toFixed(1)} s, ${BENCH_DB} (full data set) in ${(fullMs / 1000).toFixed(1)} s`);

// 2. Build.
if (process.env.SKIP_BUILD !== '1' && buildIsStale()) {
  log('building .next-bench (BENCH_BUILD=1 next build) …');
  execFileSync('node', ['node_modules/next/dist/bin/next', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BENCH_BUILD: '1', NEXT_TELEMETRY_DISABLED: '1' },
  });
}

// 3. Queries per request, on the demo data and on the full data set.
async function queriesOn(db: string) {
  clearRuntimeCache();
  const url = databaseUrl(db);
  const targets = await prepareTargets(url);
  // No outbox timer: its poll every 2 s would land in some request's count.
  const server = await startServer(url, { BENCH_COUNT_QUERIES: '1', OUTBOX_POLL_MS: '0' });
  try {
    const pages = selectedPages(benchPages(targets));
    return { targets, pages, counts: await countQueries(server, pages, targets) };
  } finally {
    await server.stop();
  }
}
log('counting queries per request …');
const demo = await queriesOn(BENCH_DEMO_DB);
const full = await queriesOn(BENCH_DB);

// 4. Load, on the full data set (the cache is warm from the counting pass).
const server = await startServer(databaseUrl(BENCH_DB));
const roundResults: Map<string, LoadResult>[] = [];
const roundLoad: string[] = [];
let cpuRounds: CpuRound[] = [];
const firstLoad = new Map<string, number>();
let visitReport = '';
try {
  for (const page of full.pages.filter((p) => p.kind === 'public' || p.kind === 'static-floor')) {
    firstLoad.set(page.name, (await firstLoadJs(server.url, page.path, distDir)).gzipBytes);
  }
  for (let r = 1; r <= (part('load') ? rounds : 0); r++) {
    const results = new Map<string, LoadResult>();
    const loadBefore = loadAverage();
    for (const page of full.pages) {
      log(`round ${r}/${rounds}: ${page.name} …`);
      results.set(page.name, await loadRoute(server.url + page.path, headersFor(page, full.targets), { seconds }));
    }
    roundResults.push(results);
    roundLoad.push(`${loadBefore} → ${loadAverage()}`);
  }
  // A visit as chromium makes it (bench/visit-bench.ts), on the same server.
  if (part('visit') && (!pageGroups || pageGroups.includes('public'))) {
    visitReport = await benchVisits(server.url, databaseUrl(BENCH_DB), full.targets, { rounds, seconds });
  }
  if (part('cpu')) cpuRounds = await measureCpuRounds(server, full.pages, (p) => headersFor(p, full.targets), rounds, log);
} finally {
  await server.stop();
}

// 5. Dispatch of the participant email to 10,000 recipients.
// Resend's default limit for a team (2 requests/s), a raised limit, and practically none.
const dispatchRates = [2, 10, 1000];
const dispatches: Record<string, number>[] = [];
if (part('dispatch')) {
  for (const rate of dispatchRates) {
    log(`dispatching the participant email (stand-in allows ${rate} requests/s) …`);
    const out = execFileSync('npx', ['tsx', '--tsconfig', 'bench/tsconfig.json', 'bench/dispatch.ts'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: databaseUrl(BENCH_DB), BENCH_RESEND_RATE: String(rate) },
    });
    dispatches.push(JSON.parse(out.trim().split('\n').pop()!));
  }
}

// 5b. A meeting invitation to 5,000 subscribers (lib/invitations send + the same outbox worker),
// against the floor Resend's limit sets: 50 batches of 100 at 2 requests/s is 25 s.
const invitationRates = [2, 10];
const invitations: Record<string, number>[] = [];
if (part('invitation')) {
  for (const rate of invitationRates) {
    log(`sending an invitation to 5,000 subscribers (stand-in allows ${rate} requests/s) …`);
    const out = execFileSync('npx', ['tsx', '--tsconfig', 'bench/tsconfig.json', 'bench/invitation.ts'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: databaseUrl(BENCH_DB), BENCH_RESEND_RATE: String(rate) },
    });
    invitations.push(JSON.parse(out.trim().split('\n').pop()!));
  }
}

// 5c. The search's reads on the full data set (bench/search-queries.ts), without the server.
let searchTimes: { name: string; found: number; meanMs: number; p95Ms: number }[] = [];
if (part('search')) {
  log('timing the search queries …');
  const out = execFileSync('npx', ['tsx', '--tsconfig', 'bench/tsconfig.json', 'bench/search-queries.ts'], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: databaseUrl(BENCH_DB) },
  });
  searchTimes = JSON.parse(out.trim().split('\n').pop()!);
}

// 6. Report.
const loadavg = execSync('cat /proc/loadavg', { encoding: 'utf8' }).split(' ').slice(0, 3).join(' ');
console.log(`\n# Benchmark — ${new Date().toISOString()}, load average ${loadavg}`);
console.log(
  `Data set: ${SIZES.companies} companies, ${SIZES.users} users, ${SIZES.meetings} meetings, ${SIZES.themes} themes, ${SIZES.registrations} registrations (+ demo data). ` +
    `50 connections, ${seconds} s per route after a 2 s warm-up.`,
);

function floorOf(page: BenchPage) {
  return isDynamic(page) ? 'floor: dynamic page' : 'floor: static page';
}
roundResults.forEach((results, i) => {
  console.log(`\n## Load, round ${i + 1} of ${rounds} (load average ${roundLoad[i]})\n`);
  const rows = full.pages.map((page) => {
    const r = results.get(page.name)!;
    const floor = results.get(floorOf(page))!;
    const isFloor = page.kind.endsWith('floor');
    const rps = r.rps / floor.rps;
    const p99 = r.p99 / floor.p99;
    const ok = page.kind === 'public' ? rps >= 0.9 && p99 <= 1.2 : page.kind === 'admin' || page.kind === 'dynamic' ? rps >= 0.8 : true;
    const target = page.kind === 'public' ? '≥0.9× req/s, ≤1.2× p99' : page.kind === 'admin' || page.kind === 'dynamic' ? '≥0.8× req/s' : '';
    return [
      page.name,
      fmt(r.rps),
      fmt(r.p50),
      fmt(r.p99),
      isFloor ? '' : floorOf(page).replace('floor: ', '').replace(' page', ''),
      isFloor ? '' : ratio(r.rps, floor.rps),
      isFloor ? '' : ratio(r.p99, floor.p99),
      isFloor ? '' : `${target} ${ok ? 'met' : 'MISSED'}`,
      r.non2xx || r.errors ? `${r.non2xx} non-2xx, ${r.errors} errors` : '',
    ];
  });
  console.log(table(['route', 'req/s', 'p50 ms', 'p99 ms', 'vs floor', 'req/s ratio', 'p99 ratio', 'target', 'problems'], rows));
});

if (visitReport) console.log(visitReport);
if (cpuRounds.length) console.log(`\n## Server CPU per request (admin pages against the dynamic floor)\n\n${cpuReport(cpuRounds)}`);

console.log('\n## Database queries per request (1st request = render, 2nd = what a visitor usually gets)\n');
const qc = (c: QueryCount | undefined) => (c ? `${c.first} / ${c.second}` : '-');
console.log(
  table(
    ['route', 'demo data', 'full data set', 'grows?', '2nd response (full)', 'HTML KB (full)'],
    full.pages.map((page, i) => {
      const d = demo.counts.get(demo.pages[i].path);
      const f = full.counts.get(page.path);
      const grows = d && f && (f.first > d.first || f.second > d.second) ? 'YES' : 'no';
      return [page.name, qc(d), qc(f), grows, f ? `${f.status} cache: ${f.cache}` : '-', f ? fmt(f.bytes / 1024, 1) : '-'];
    }),
  ),
);
console.log(
  'A count that differs by one where a list is empty on the demo data (e.g. no submitted themes, so the query for the queue\'s meetings is skipped) is not growth; growth is a count that rises with the rows.',
);
console.log(
  `Meeting pages: demo "${demo.targets.meetingSlug}" (${demo.targets.meetingRegistrations} registrations), full "${full.targets.meetingSlug}" (${full.targets.meetingRegistrations} registrations).`,
);

if (dispatches.length) {
  console.log('\n## Participant email to 10,000 recipients (lib/followups dispatch + lib/mail outbox worker, Resend stand-in)\n');
  console.log(
    table(
      ['Resend rate limit', 'recipients', 'dispatch (request) s', 'delivery (worker) s', 'total s', 'API calls', '429s', 'emails accepted', 'target ≤100 calls, <15 s'],
      dispatches.map((d) => [
        d.perSecond >= 1000 ? 'none in practice' : `${d.perSecond} requests/s${d.perSecond === 2 ? ' (default)' : ''}`,
        String(d.recipients),
        fmt(d.dispatchMs / 1000, 1),
        fmt(d.drainMs / 1000, 1),
        fmt(d.totalMs / 1000, 1),
        String(d.apiCalls),
        String(d.rateLimited),
        String(d.emailsSent),
        d.apiCalls <= 100 && d.totalMs < 15_000 ? 'met' : d.apiCalls <= 100 ? `calls met; time MISSED${d.perSecond === 2 ? ' (≥50 s at 2/s by the limit alone)' : ''}` : 'MISSED',
      ]),
    ),
  );
}

if (invitations.length) {
  console.log('\n## Meeting invitation to 5,000 subscribers (lib/invitations send + lib/mail outbox worker, Resend stand-in)\n');
  console.log(
    table(
      ['Resend rate limit', 'recipients', 'send (request) s', 'delivery (worker) s', 'total s', 'rate-limit floor s', 'total / floor', 'API calls', '429s', 'emails accepted'],
      invitations.map((d) => [
        `${d.perSecond} requests/s${d.perSecond === 2 ? ' (default)' : ''}`,
        String(d.recipients),
        fmt(d.sendMs / 1000, 1),
        fmt(d.drainMs / 1000, 1),
        fmt(d.totalMs / 1000, 1),
        fmt(d.floorMs / 1000, 1),
        ratio(d.totalMs, d.floorMs),
        String(d.apiCalls),
        String(d.rateLimited),
        String(d.emailsSent),
      ]),
    ),
  );
}

if (searchTimes.length) {
  console.log(`\n## Search reads on the full data set (lib/search, ${SIZES.themes} themes, ${SIZES.meetings} meetings; one read at a time)\n`);
  console.log(table(['read', 'results', 'mean ms', 'p95 ms'], searchTimes.map((q) => [q.name, String(q.found), fmt(q.meanMs, 1), fmt(q.p95Ms, 1)])));
}

console.log('\n## First Load JS (gzipped, every module script a route loads)\n');
const empty = firstLoad.get('floor: static page') ?? 0;
console.log(
  table(
    ['route', 'KB gzip', 'vs empty page', 'target'],
    [...firstLoad.entries()].map(([name, bytes]) => [
      name === 'floor: static page' ? 'empty page (static floor)' : name,
      fmt(bytes / 1024, 1),
      name === 'floor: static page' ? '' : `${bytes >= empty ? '+' : ''}${fmt((bytes - empty) / 1024, 1)} KB`,
      name === 'floor: static page' ? '' : bytes - empty <= 5 * 1024 ? 'within 5 KB: met' : 'within 5 KB: MISSED',
    ]),
  ),
);
