// Who reaches the follow-up pages, the council area and the worker endpoint; the public
// articles and their feed on the demo data (oktober-2014 and januar-2015 are followed up).
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { HttpClient, signedInClient } from '../../support/http-client';

const baseUrl = inject('baseUrl');

describe('follow-ups and the council area over HTTP', () => {
  let secretariat: HttpClient;
  let council: HttpClient;
  let company: HttpClient;
  let octoberFollowup: string;
  beforeAll(async () => {
    [secretariat, council, company] = await Promise.all([
      signedInClient(baseUrl, 'erhverv@albertslund.test'),
      signedInClient(baseUrl, 'byraad@albertslund.test'),
      signedInClient(baseUrl, 'indkoeb@hersted-plast.test'),
    ]);
    const res = await secretariat.request('/admin/meetings/oktober-2014/follow-up');
    expect(res.status).toBe(307);
    octoberFollowup = new URL(res.headers.get('location')!, baseUrl).pathname;
  });

  it('takes the secretariat from a meeting slug to its follow-up checklist, which shows all three sent', async () => {
    expect(octoberFollowup).toMatch(/^\/admin\/meetings\/[0-9a-f-]{36}\/follow-up$/);
    const res = await secretariat.request(octoberFollowup);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Mødet er fulgt op');
    expect(html.match(/Sendt .*? af Gitte Carlsen \(demo\)/g)?.length).toBeGreaterThanOrEqual(2);
    expect(html).toContain('Offentliggjort');
  });

  it('refuses the follow-up pages to council members and companies, and sends visitors to sign in', async () => {
    for (const path of [octoberFollowup, `${octoberFollowup}/briefing`, `${octoberFollowup}/email`, `${octoberFollowup}/article`]) {
      expect((await council.request(path)).status).toBe(403);
      expect((await company.request(path)).status).toBe(403);
      const anonymous = await new HttpClient(baseUrl).request(path);
      expect(anonymous.status).toBe(307);
      expect(anonymous.headers.get('location')).toContain('/signin?callbackUrl=');
    }
  });

  it('lets council members read briefings, marks them read, and shows the secretariat the receipt', async () => {
    const list = await (await council.request('/council')).text();
    const ids = [...list.matchAll(/href="\/council\/briefings\/([0-9a-f-]{36})"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const briefingPath = `/council/briefings/${ids.at(-1)}`; // the oldest: oktober 2014
    const page = await council.request(briefingPath);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Orientering til Økonomiudvalget: Strategisk Erhvervsforum, oktober 2014');
    expect(html).toContain('Steen Christiansen'); // signed by the chair

    const receipts = await (await secretariat.request(`${octoberFollowup}/briefing`)).text();
    expect(receipts).toContain('Kim Byrådsmedlem (demo)');
    // The count matches the table beneath it: every active council member is a row, and the
    // demo member has read it (other test files may have invited more council members).
    const rows = [...receipts.matchAll(/<tr class="border-b border-zinc-200"><th scope="row"[^>]*>[^<]*<\/th><td[^>]*>([^<]*)<\/td><\/tr>/g)].map((m) => m[1]);
    const read = rows.filter((when) => when !== 'Ikke læst endnu').length;
    expect(read).toBeGreaterThanOrEqual(1);
    expect(receipts).toContain(`${read} af ${rows.length} har læst orienteringen.`);

    expect((await company.request(briefingPath)).status).toBe(403);
    expect((await company.request('/council/statistics')).status).toBe(403);
    expect((await secretariat.request(briefingPath)).status).toBe(200);
  });

  it('draws the meeting statistics as SVG charts with tables', async () => {
    const res = await council.request('/council/statistics');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.match(/<svg[^>]+role="img"/g)?.length).toBe(4);
    // Each chart has its table; below them, one table per shown meeting of invited, registered and
    // attended by segment (the three held demo meetings at least; other test files add meetings).
    const tables = html.match(/<table/g)?.length ?? 0;
    const segmentTables = html.match(/<table[^>]*data-meeting=/g)?.length ?? 0;
    expect(tables - segmentTables).toBe(4);
    expect(segmentTables).toBeGreaterThanOrEqual(3);
    expect(html).toContain('Strategisk Erhvervsforum, september 2015');
  });

  it('serves delivery progress to admins only', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await council.request(`/api/admin/followups/${id}/delivery`)).status).toBe(403);
    const res = await secretariat.request(`/api/admin/followups/${id}/delivery`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ total: 0, done: true });
  });

  it('runs the outbox worker only for a caller with the cron secret', async () => {
    expect((await fetch(`${baseUrl}/api/worker/outbox`, { method: 'POST' })).status).toBe(401);
    const wrong = await fetch(`${baseUrl}/api/worker/outbox`, { method: 'POST', headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const ok = await fetch(`${baseUrl}/api/worker/outbox`, { method: 'POST', headers: { authorization: 'Bearer test-cron-secret' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ failed: 0 });
  });

  it('refuses webhooks while no signing secret is configured', async () => {
    const res = await fetch(`${baseUrl}/api/webhooks/resend`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
  });

  it('publishes the demo articles in a feed that parses, whose links open the articles', async () => {
    const res = await fetch(`${baseUrl}/feeds/articles.xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/rss+xml');
    const channel = new XMLParser().parse(await res.text()).rss.channel;
    const items = [channel.item].flat();
    const links = items.map((i: { link: string }) => i.link);
    expect(links).toContain(`${baseUrl}/articles/oktober-2014-virksomhederne-satte-dagsordenen`);
    const article = await fetch(`${baseUrl}/articles/oktober-2014-virksomhederne-satte-dagsordenen`);
    expect(article.status).toBe(200);
    expect(await article.text()).toContain('Virksomhederne satte dagsordenen i oktober 2014');
    expect((await fetch(`${baseUrl}/articles/findes-ikke`)).status).toBe(404);
    const atom = await fetch(`${baseUrl}/feeds/articles.xml?format=atom`);
    expect(atom.headers.get('content-type')).toContain('application/atom+xml');
  });
});
