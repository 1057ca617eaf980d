// Server CPU time per request: the server process tree's user+system time (from /proc) before and
// after a fixed number of requests, divided by that number. Steadier than req/s on a shared machine,
// because other processes' load slows the server down but does not add to its own CPU time.
import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { loadAverage } from './load-average';

// Kernel clock ticks per second (`getconf CLK_TCK`; 100 on Linux for x86 and arm).
const TICKS_PER_SECOND = 100;

type ProcStat = { pid: number; ppid: number; ticks: number };

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: the fields after its last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // Fields 4 (ppid), 14 (utime), 15 (stime), 16 (cutime), 17 (cstime) in proc(5), counted from 1.
    const at = (n: number) => Number(fields[n - 3]);
    return { pid, ppid: at(4), ticks: at(14) + at(15) + at(16) + at(17) };
  } catch {
    return null; // gone between the listing and the read
  }
}

/** CPU seconds used so far by a process and every live descendant (and the children it reaped). */
export function processTreeCpuSeconds(rootPid: number): number {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((s): s is ProcStat => s !== null);
  const inTree = new Set([rootPid]);
  // Parents come before children in no guaranteed order: repeat until the tree stops growing.
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of all) {
      if (!inTree.has(s.pid) && inTree.has(s.ppid)) {
        inTree.add(s.pid);
        grew = true;
      }
    }
  }
  return all.filter((s) => inTree.has(s.pid)).reduce((sum, s) => sum + s.ticks, 0) / TICKS_PER_SECOND;
}


export type CpuResult = { msPerRequest: number; requests: number; non2xx: number; errors: number; loadavg: string };

/** Warms the route up, then sends `requests` requests over `connections` and divides the CPU time. */
export async function cpuPerRequest(
  serverPid: number,
  url: string,
  headers: Record<string, string>,
  { connections = 10, requests = 300, warmup = 50 } = {},
): Promise<CpuResult> {
  if (warmup > 0) await autocannon({ url, connections, amount: warmup, headers });
  const before = processTreeCpuSeconds(serverPid);
  const r = await autocannon({ url, connections, amount: requests, headers });
  const after = processTreeCpuSeconds(serverPid);
  return {
    msPerRequest: ((after - before) * 1000) / r.requests.total,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    loadavg: loadAverage(),
  };
}

type CpuPage = { name: string; path: string; kind: string };
export type CpuRound = { loadBefore: string; results: Map<string, CpuResult> };

/** The pages whose CPU is held against the dynamic floor's: the floor itself and the admin pages. */
export const cpuPages = <P extends CpuPage>(pages: P[]) => pages.filter((p) => p.kind === 'dynamic-floor' || p.kind === 'admin');

export async function measureCpuRounds<P extends CpuPage>(
  server: { url: string; pid: number },
  pages: P[],
  headersOf: (page: P) => Record<string, string>,
  rounds: number,
  log: (...a: unknown[]) => void,
): Promise<CpuRound[]> {
  const out: CpuRound[] = [];
  // Round 1 would otherwise pay for the JIT and the first render of each route (the floor's
  // first round read 17 ms against 9–10 ms after): every page is loaded once beforehand.
  for (const page of cpuPages(pages)) {
    log(`cpu warm-up: ${page.name} …`);
    await autocannon({ url: server.url + page.path, connections: 10, amount: 300, headers: headersOf(page) });
  }
  for (let r = 1; r <= rounds; r++) {
    const loadBefore = loadAverage();
    const results = new Map<string, CpuResult>();
    for (const page of cpuPages(pages)) {
      log(`cpu round ${r}/${rounds}: ${page.name} …`);
      results.set(page.name, await cpuPerRequest(server.pid, server.url + page.path, headersOf(page)));
    }
    out.push({ loadBefore, results });
  }
  return out;
}

const FLOOR = 'floor: dynamic page';
// The goal from issue 11: an admin page's CPU per request at most 1.5× the dynamic floor's.
const GOAL = 1.5;

/** A markdown table: per route and round the CPU ms per request and its ratio to the floor's. */
export function cpuReport(rounds: CpuRound[]): string {
  if (!rounds.length) return '';
  const names = [...rounds[0].results.keys()];
  const head = ['route', ...rounds.flatMap((_, i) => [`ms/req r${i + 1}`, `vs floor r${i + 1}`]), `target ≤${GOAL}× floor`];
  const rows = names.map((name) => {
    const ratios = rounds.map((r) => r.results.get(name)!.msPerRequest / r.results.get(FLOOR)!.msPerRequest);
    const problems = rounds.map((r) => r.results.get(name)!).filter((c) => c.non2xx || c.errors);
    return [
      name,
      ...rounds.flatMap((r, i) => [r.results.get(name)!.msPerRequest.toFixed(1), name === FLOOR ? '' : `${ratios[i].toFixed(2)}×`]),
      name === FLOOR ? '' : (ratios.every((x) => x <= GOAL) ? 'met' : 'MISSED') + (problems.length ? ' (non-2xx or errors!)' : ''),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const loads = rounds.map((r, i) => `round ${i + 1}: ${r.loadBefore} → ${[...r.results.values()].at(-1)!.loadavg}`).join('; ');
  return [
    `Server CPU (user+system of the server's process tree) per request, ${rounds[0].results.get(FLOOR)!.requests} requests at 10 connections after 50 to warm up. Load average (1/5/15 min) ${loads}.`,
    '',
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
