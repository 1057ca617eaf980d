// The visit part of `npm run bench`: records what chromium requests on a visit to `/`, a meeting
// page and `/themes` (signed out, and signed in as a company), replays those visits and the ones
// recorded before the changes (bench/visits-before.json) on the same server in the same rounds,
// and prints visits/s against the static floor's req/s and what each extra request costs.
import { existsSync, writeFileSync } from 'node:fs';
import { loadAverage } from './load-average';
import { recordVisits, type RecordedVisit } from './record-visit';
import { BEFORE_FILE, companySession, costOfRequests, describeVisit, readVisits, visitKey, visitRound, type VisitRound } from './visit';

/** Where the bench writes the visits it recorded (commit it with new figures; it documents them). */
export const LATEST_FILE = 'bench/visits-latest.json';

/** Signed out, a visit should cost at most two floor-requests: ≥ 0.5× the floor's req/s. */
const GOAL = 0.5;

type Target = { meetingSlug: string; meetingId: string };

const fmt = (n: number, d = 0) => n.toFixed(d);
const table = (head: string[], rows: string[][]) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
};

export async function benchVisits(baseUrl: string, databaseUrl: string, target: Target, { rounds, seconds }: { rounds: number; seconds: number }) {
  const t = { ...target, sessionToken: await companySession(databaseUrl) };
  console.error('[bench]', 'recording chromium visits …');
  const after = await recordVisits(baseUrl, t);
  writeFileSync(LATEST_FILE, JSON.stringify(after, null, 2) + '\n');
  const recordings = [{ label: 'now', visits: after }];
  if (existsSync(BEFORE_FILE)) recordings.unshift({ label: 'before', visits: readVisits(BEFORE_FILE) });
  const results: VisitRound[] = [];
  for (let r = 1; r <= rounds; r++) {
    console.error('[bench]', `visits, round ${r}/${rounds} …`);
    results.push(await visitRound(baseUrl, recordings, t, seconds));
  }
  const costs = await costOfRequests(baseUrl, recordings.flatMap((r) => r.visits), t, Math.max(3, Math.round(seconds / 2)));
  return report(recordings, results, costs, seconds);
}

function report(
  recordings: { label: string; visits: RecordedVisit[] }[],
  rounds: VisitRound[],
  costs: Awaited<ReturnType<typeof costOfRequests>>,
  seconds: number,
) {
  const out: string[] = [];
  out.push('\n## Visits (what chromium requested, replayed: the document, then the rest at once; static files left out)\n');
  out.push(
    table(
      ['recording', 'visit', 'requests', 'besides the document', 'rendered per request', 'static files'],
      recordings.flatMap(({ label, visits }) =>
        visits.map((v) => {
          const d = describeVisit(v);
          return [label, `${v.name} ${v.signedIn ? 'signed in' : 'signed out'}`, String(d.extra.length + 1), d.extra.join(', ') || '-', d.renderedPerRequest.join(', ') || '-', String(d.files)];
        }),
      ),
    ),
  );
  rounds.forEach((round, i) => {
    out.push(`\n### Visits, round ${i + 1} of ${rounds.length} (load average ${round.loadBefore} → ${round.loadAfter}; static floor ${fmt(round.floorRps)} req/s; 10 visitors, ${seconds} s)\n`);
    out.push(
      table(
        ['visit', 'visits/s', 'vs floor req/s', 'p50 ms', 'p99 ms', 'goal (signed out ≥0.5×)', 'failed'],
        recordings.flatMap(({ label, visits }) =>
          visits.map((v) => {
            const r = round.results.get(visitKey(label, v))!;
            const x = r.visitsPerSecond / round.floorRps;
            return [
              visitKey(label, v),
              fmt(r.visitsPerSecond, 1),
              `${x.toFixed(2)}×`,
              fmt(r.p50),
              fmt(r.p99),
              v.signedIn ? '' : x >= GOAL ? 'met' : 'MISSED',
              r.failed ? String(r.failed) : '',
            ];
          }),
        ),
      ),
    );
  });
  out.push(
    `\n### What each extra request costs alone (autocannon, 50 connections; floor-requests = floor req/s ÷ its req/s; ` +
      `static floor ${fmt(costs.floorBefore)} req/s before these, ${fmt(costs.floorAfter)} after, load average now ${loadAverage()})\n`,
  );
  out.push(
    table(
      ['request', 'who', 'server cache', 'req/s', 'floor-requests'],
      costs.costs.map((c) => [`${c.kind} ${c.path}`, c.signedIn ? 'signed in' : 'signed out', c.cache || '-', fmt(c.rps), c.rps > 0 ? fmt(c.floorRequests, 2) : 'timed out (>10 s)']),
    ),
  );
  return out.join('\n');
}
