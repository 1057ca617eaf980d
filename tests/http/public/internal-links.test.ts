// Every link the site shows to its own pages leads somewhere: a crawl from the Danish and English
// home pages (signed out) and from the admin dashboard (signed in as the secretariat) follows each
// same-origin <a href> breadth-first and reports every 4xx/5xx with the page that linked it.
// Help texts name paths too (a path written in a message file once pointed at /artikler, a 404),
// so paths written as text inside the pages' help are checked the same way.
import { describe, expect, inject, it } from 'vitest';
import { HttpClient, signedInClient } from '../../support/http-client';
import { demoEmails } from '../../support/matrix-sessions';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;

// Links that do something rather than show a page: following them would sign the crawler out
// or download large files; they have tests of their own.
const notFollowed = [/^\/api\/auth\//, /\/signout/, /^\/feeds\//, /\.ics$/, /\/export/, /\.csv$/, /^\/_next\//];

type Broken = { url: string; status: number; linkedFrom: string };

function linksIn(html: string, pageUrl: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<a\b[^>]*?\bhref="([^"]+)"/g)) {
    const raw = match[1].replace(/&amp;/g, '&');
    if (/^(mailto:|tel:|#|javascript:)/i.test(raw)) continue;
    const url = new URL(raw, pageUrl);
    if (url.origin !== origin) continue;
    url.hash = '';
    found.push(url.pathname + url.search);
  }
  return found;
}

/** Paths written as text (e.g. "shown at /articles") in the page's visible copy. */
function pathsInText(html: string): string[] {
  const text = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
  return [...text.matchAll(/(?:^|[\s(«"])(\/[a-zæøå][a-zæøå0-9-]*(?:\/[a-zæøå0-9-]+)*)(?=[\s,.)»"]|$)/g)].map((m) => m[1]);
}

/**
 * A staff member meets links into areas of other roles (the home page's "propose a theme" goes to
 * the company portal): the gate answers 403 there, which is a refusal, not a broken link.
 */
type Allowed = (url: string, status: number) => boolean;
const nothingAllowed: Allowed = () => false;

async function crawl(client: HttpClient, starts: string[], limit: number, allowed: Allowed = nothingAllowed): Promise<{ visited: number; broken: Broken[] }> {
  const seen = new Set<string>(starts);
  const queue = starts.map((url) => ({ url, linkedFrom: '(start)' }));
  const broken: Broken[] = [];
  let visited = 0;
  while (queue.length && visited < limit) {
    const { url, linkedFrom } = queue.shift()!;
    visited += 1;
    const res = await client.follow(url);
    if (res.status >= 400) {
      if (!allowed(url, res.status)) broken.push({ url, status: res.status, linkedFrom });
      continue;
    }
    if (!(res.headers.get('content-type') ?? '').includes('text/html')) continue;
    const html = await res.text();
    for (const next of [...linksIn(html, `${baseUrl}${url}`), ...pathsInText(html)]) {
      if (seen.has(next) || notFollowed.some((pattern) => pattern.test(next))) continue;
      // An email in the development mailbox links to a theme as it was when sent; a theme rejected
      // since (as test files do to undo their changes) is rightly not found any more.
      if (/\/dev\/mailbox/.test(url) && /^\/(?:(?:da|en)\/)?themes\/[0-9a-f-]{36}$/.test(next)) continue;
      seen.add(next);
      queue.push({ url: next, linkedFrom: url });
    }
  }
  return { visited, broken };
}

describe('the site’s own links', () => {
  it('leads nowhere broken from the Danish and English home pages', async () => {
    const { visited, broken } = await crawl(new HttpClient(baseUrl), ['/', '/en'], 250);
    expect(visited).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  }, 240_000);

  it('leads nowhere broken from the admin dashboard, in both languages', async () => {
    const secretariat = await signedInClient(baseUrl, demoEmails.secretariat);
    const otherRolesArea: Allowed = (url, status) => status === 403 && /^(\/en)?\/(portal|council)(\/|$|\?)/.test(url);
    const { visited, broken } = await crawl(secretariat, ['/admin', '/en/admin'], 300, otherRolesArea);
    expect(visited).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  }, 300_000);
});
