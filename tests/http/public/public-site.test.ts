// The public site over HTTP: every page has its metadata in both languages, meeting pages come
// from the cache, and the calendar feed, sitemap and robots file are what crawlers and
// calendar apps expect.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { HttpClient, signedInClient } from '../../support/http-client';

const baseUrl = inject('baseUrl');
let meetingSlug = '';
let meetingId = '';

beforeAll(async () => {
  const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
  meetingSlug = /\/meetings\/(moede-[0-9-]+)</.exec(sitemap)![1];
  const ics = (await (await fetch(`${baseUrl}/feeds/meetings/${meetingSlug}.ics`)).text()).replace(/\r\n[ \t]/g, '');
  meetingId = /UID:meeting-([0-9a-f-]{36})@/.exec(ics)![1];
});

const meta = (html: string, property: string) =>
  new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];

describe('public pages', () => {
  const paths = () => ['/', '/meetings', `/meetings/${meetingSlug}`, '/themes', '/themes/category/smes', '/accessibility', '/privacy'];

  for (const locale of ['', '/en']) {
    it(`gives every page${locale ? ' in English' : ''} a title, description, Open Graph and language alternates`, async () => {
      for (const path of paths()) {
        const url = `${baseUrl}${locale}${path === '/' && locale ? '' : path}`;
        const res = await fetch(url);
        expect(res.status, url).toBe(200);
        const html = await res.text();
        expect(/<title>[^<]{5,}<\/title>/.test(html), url).toBe(true);
        expect(meta(html, 'description')?.length, url).toBeGreaterThan(20);
        expect(meta(html, 'og:title'), url).toBeTruthy();
        expect(meta(html, 'og:locale'), url).toBe(locale ? 'en_GB' : 'da_DK');
        expect(html, url).toContain('hrefLang="en"');
        expect((html.match(/<h1[ >]/g) ?? []).length, url).toBe(1);
      }
    });
  }

  it('serves a meeting page from the cache, the same for everyone', async () => {
    await fetch(`${baseUrl}/meetings/${meetingSlug}`);
    const res = await fetch(`${baseUrl}/meetings/${meetingSlug}`);
    expect(res.headers.get('x-nextjs-cache')).toBe('HIT');
    // No session or per-person cookie on a shared page (next-intl's locale cookie aside).
    expect(res.headers.get('set-cookie') ?? '').not.toMatch(/authjs|session/i);
    const html = await res.text();
    expect(html).toContain('Program');
    expect(html).toContain('Ekstern oplægsholder');
    expect(html).toContain('16.00');
  });

  it('refuses an unknown meeting, theme category and calendar file', async () => {
    expect((await fetch(`${baseUrl}/meetings/findes-ikke`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/themes/category/vaaben`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/feeds/meetings/findes-ikke.ics`)).status).toBe(404);
  });
});

describe('calendar files, sitemap and robots', () => {
  it('offers every published meeting in one iCalendar feed', async () => {
    const res = await fetch(`${baseUrl}/feeds/meetings.ics`);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await res.text();
    expect(body.startsWith('BEGIN:VCALENDAR')).toBe(true);
    // The four demo meetings, plus any that other tests on this shared server have published.
    expect(body.match(/BEGIN:VEVENT/g)!.length).toBeGreaterThanOrEqual(4);
    expect(body).toContain('DTSTART:20141008T140000Z');
  });

  it('offers one meeting as a downloadable .ics file', async () => {
    const res = await fetch(`${baseUrl}/feeds/meetings/${meetingSlug}.ics`);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${meetingSlug}.ics"`);
    expect((await res.text()).match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('lists the public pages and meetings in the sitemap, and keeps crawlers out of the signed-in areas', async () => {
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    expect(sitemap).toContain(`<loc>${baseUrl}/meetings/oktober-2014</loc>`);
    expect(sitemap).toContain(`hreflang="en" href="${baseUrl}/en/privacy"`);
    const robots = await (await fetch(`${baseUrl}/robots.txt`)).text();
    expect(robots).toContain('Disallow: /portal');
    expect(robots).toContain(`Sitemap: ${baseUrl}/sitemap.xml`);
  });
});

describe('the register island’s handler', () => {
  it('tells a signed-out visitor the seats and to sign in', async () => {
    const state = await new HttpClient(baseUrl).json<Record<string, unknown>>(`/api/meetings/${meetingId}/registration`);
    expect(state).toMatchObject({ signedIn: false, canRegister: false, closedReason: null, capacity: 60, own: null });
  });

  it('tells a signed-in company person they can register', async () => {
    const client = await signedInClient(baseUrl, 'indkoeb@hersted-plast.test');
    const res = await client.request(`/api/meetings/${meetingId}/registration`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await res.json()).toMatchObject({ signedIn: true, canRegister: true, needsProfile: false });
  });

  it('answers 404 for a draft or unknown meeting id', async () => {
    expect((await fetch(`${baseUrl}/api/meetings/${crypto.randomUUID()}/registration`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/api/meetings/not-a-uuid/registration`)).status).toBe(404);
  });
});
