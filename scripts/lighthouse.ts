// `npm run lighthouse`: Lighthouse's four category scores for the home page and a meeting page,
// on a phone (Lighthouse's default, simulated slow 4G) and a desktop, against the production build
// (`next start`) on a fresh embedded database with the demo data. Builds first when the build is
// older than the sources. Not part of the tests: scores vary with the machine's load.
//
//   npm run lighthouse               the table
//   npm run lighthouse -- --details  and every audit below full marks, per run
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse, { type Flags, type RunnerResult } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { buildIsStale } from '../tests/support/app-server';
import { freePort, startNextInstance, type NextInstance } from '../tests/support/next-instances';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/support/browser';

const root = path.resolve(import.meta.dirname, '..');
const details = process.argv.includes('--details');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function waitFor(url: string, child: ChildProcess, what: string, timeoutMs = 120_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} did not answer at ${url} in ${timeoutMs} ms`);
}

async function startApp(dataDir: string) {
  // Cached pages and reads under .next belong to whatever database built them.
  for (const dir of ['.next/cache/fetch-cache', '.next/server/route-cache']) rmSync(path.join(root, dir), { recursive: true, force: true });
  return startNextInstance({
    AUTH_SECRET: 'lighthouse-run-secret-0123456789abcdef0123456789',
    PGLITE_DATA_DIR: dataDir,
    DATABASE_URL: undefined,
    RESEND_API_KEY: undefined,
    ENABLE_DEV_MAILBOX: undefined,
  });
}

function stop(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

async function startChromium(profileDir: string) {
  const port = await freePort();
  const child = spawn(
    CHROMIUM_PATH,
    ['--headless', `--remote-debugging-port=${port}`, `--user-data-dir=${profileDir}`, ...CHROMIUM_FLAGS, 'about:blank'],
    { stdio: 'ignore', detached: true },
  );
  await waitFor(`http://127.0.0.1:${port}/json/version`, child, 'chromium');
  return { child, port };
}

async function upcomingMeetingPath(baseUrl: string) {
  const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
  const slug = /\/meetings\/(moede-[0-9-]+)</.exec(sitemap)?.[1];
  if (!slug) throw new Error('the demo data has no upcoming meeting in the sitemap');
  return `/meetings/${slug}`;
}

type Row = { page: string; formFactor: string; scores: Record<(typeof CATEGORIES)[number], number>; below: string[] };

function toRow(page: string, formFactor: string, result: RunnerResult | undefined): Row {
  if (!result) throw new Error(`Lighthouse returned nothing for ${page} (${formFactor})`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`${page} (${formFactor}): ${runtimeError.code} ${runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Row['scores'];
  const below = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
    .map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)})${a.displayValue ? ` ${a.displayValue}` : ''}`);
  return { page, formFactor, scores, below };
}

function printTable(rows: Row[]) {
  const header = ['page', 'form factor', ...CATEGORIES];
  const lines = rows.map((r) => [r.page, r.formFactor, ...CATEGORIES.map((c) => String(r.scores[c]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(`\n${format(header)}\n|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const l of lines) console.log(format(l));
  if (details) {
    for (const r of rows) console.log(`\n${r.page} (${r.formFactor}) below full marks:\n  ${r.below.join('\n  ') || '(none)'}`);
  }
}

async function main() {
  if (buildIsStale()) {
    console.log('[lighthouse] building the app (next build) …');
    execSync('npx next build', { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ef-lighthouse-pglite-'));
  const profileDir = mkdtempSync(path.join(tmpdir(), 'ef-lighthouse-chromium-'));
  let app: NextInstance | undefined;
  let chromium: ChildProcess | undefined;
  const cleanUp = async () => {
    stop(chromium);
    await app?.stop();
  };
  process.on('SIGINT', () => {
    void cleanUp().then(() => process.exit(130));
  });
  try {
    const started = await startApp(dataDir);
    app = started;
    console.log(`[lighthouse] next start at ${started.baseUrl} on a fresh PGlite with the demo data`);
    const pages = ['/', await upcomingMeetingPath(started.baseUrl)];
    // Warm each page once so the runs measure the cached page, as visitors after the first get it.
    for (const p of pages) await fetch(`${started.baseUrl}${p}`);
    const browser = await startChromium(profileDir);
    chromium = browser.child;

    const rows: Row[] = [];
    for (const p of pages) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const flags: Flags = { port: browser.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
        console.log(`[lighthouse] ${p} (${formFactor}) …`);
        const result = await lighthouse(`${started.baseUrl}${p}`, flags, formFactor === 'desktop' ? desktopConfig : undefined);
        rows.push(toRow(p, formFactor, result));
      }
    }
    printTable(rows);
  } finally {
    await cleanUp();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
