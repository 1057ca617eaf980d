// Records what a chromium visit to a page requests from the server: the document, the islands'
// route handlers, the router's prefetches and the static files, each with the headers that decide
// what the server does (RSC, prefetch, router state, cookies). bench/visit.ts replays them.
//
// Standalone: `npx tsx --tsconfig bench/tsconfig.json bench/record-visit.ts <base url> <out.json>
// <meeting slug> <meeting id> [session token]` records / , the meeting page and /themes, signed out
// (and signed in with the token), against a running server.
import { writeFileSync } from 'node:fs';
import { chromium, type Request } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/support/browser';

export type RequestKind = 'document' | 'route-handler' | 'rsc-prefetch' | 'rsc' | 'static-file';

export type RecordedRequest = {
  kind: RequestKind;
  method: string;
  /** Path and query, with the meeting's slug and id as {meetingSlug} / {meetingId}. */
  path: string;
  /** Request headers the server reads (same placeholders; the session token as {sessionToken}). */
  headers: Record<string, string>;
  status: number;
  /** What the server said of its cache: x-nextjs-cache, else cache-control. */
  cache: string;
};

export type RecordedVisit = { name: string; path: string; signedIn: boolean; requests: RecordedRequest[] };

export type VisitTargets = { meetingSlug: string; meetingId: string; sessionToken?: string };

const SESSION_COOKIE = 'authjs.session-token';

/** The request headers that change the server's answer; the rest (user agent, accept …) do not. */
const KEPT_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-router-state-tree', 'next-url', 'cookie'];

export const visitPages = (t: Pick<VisitTargets, 'meetingSlug'>) => [
  { name: '/', path: '/' },
  { name: '/meetings/[slug]', path: `/meetings/${t.meetingSlug}` },
  { name: '/themes', path: '/themes' },
];

function kindOf(request: Request, headers: Record<string, string>): RequestKind {
  const url = new URL(request.url());
  if (request.resourceType() === 'document') return 'document';
  if (url.pathname.startsWith('/_next/static/') || /\.(ico|png|svg|webp|woff2?|css|js)$/.test(url.pathname)) return 'static-file';
  if (url.pathname.startsWith('/api/')) return 'route-handler';
  if (headers.rsc === '1') return headers['next-router-prefetch'] ? 'rsc-prefetch' : 'rsc';
  return 'document';
}

function placeholders(text: string, t: VisitTargets) {
  let out = text.split(t.meetingSlug).join('{meetingSlug}').split(t.meetingId).join('{meetingId}');
  if (t.sessionToken) out = out.split(t.sessionToken).join('{sessionToken}');
  return out;
}

export async function recordVisits(baseUrl: string, targets: VisitTargets): Promise<RecordedVisit[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  const visits: RecordedVisit[] = [];
  try {
    for (const signedIn of targets.sessionToken ? [false, true] : [false]) {
      for (const page of visitPages(targets)) {
        // A fresh browser per visit: nothing cached, no earlier prefetches.
        const context = await browser.newContext();
        if (signedIn) {
          await context.addCookies([{ name: SESSION_COOKIE, value: targets.sessionToken!, url: baseUrl, httpOnly: true, sameSite: 'Lax' }]);
          // Where a fresh sign-in lands, so the browser holds what a signed-in person's does.
          const tab = await context.newPage();
          await tab.goto(`${baseUrl}/signin/continue`);
          await tab.close();
        }
        const tab = await context.newPage();
        const seen: Promise<RecordedRequest | null>[] = [];
        const origin = new URL(baseUrl).origin;
        tab.on('request', (request) => {
          seen.push(
            (async () => {
              if (new URL(request.url()).origin !== origin) return null;
              const all = await request.allHeaders();
              const headers = Object.fromEntries(KEPT_HEADERS.filter((h) => all[h] !== undefined).map((h) => [h, placeholders(all[h], targets)]));
              const response = await request.response().catch(() => null);
              const responseHeaders = response ? await response.allHeaders() : {};
              const url = new URL(request.url());
              return {
                kind: kindOf(request, all),
                method: request.method(),
                path: placeholders(url.pathname + url.search, targets),
                headers,
                status: response?.status() ?? 0,
                cache: responseHeaders['x-nextjs-cache'] ?? responseHeaders['cache-control'] ?? '',
              };
            })(),
          );
        });
        await tab.goto(baseUrl + page.path, { waitUntil: 'load' });
        await tab.waitForLoadState('networkidle');
        // Next prefetches links in view when the browser is idle: give it that moment.
        await tab.waitForTimeout(1500);
        await tab.waitForLoadState('networkidle');
        const requests = (await Promise.all(seen)).filter((r) => r !== null);
        visits.push({ name: page.name, path: placeholders(page.path, targets), signedIn, requests });
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return visits;
}

if (process.argv[1]?.endsWith('record-visit.ts')) {
  const [baseUrl, out, meetingSlug, meetingId, sessionToken] = process.argv.slice(2);
  if (!baseUrl || !out || !meetingSlug || !meetingId) {
    console.error('usage: record-visit.ts <base url> <out.json> <meeting slug> <meeting id> [session token]');
    process.exit(2);
  }
  const visits = await recordVisits(baseUrl, { meetingSlug, meetingId, sessionToken });
  writeFileSync(out, JSON.stringify(visits, null, 2) + '\n');
  console.error(`recorded ${visits.length} visits, ${visits.reduce((n, v) => n + v.requests.length, 0)} requests → ${out}`);
}
