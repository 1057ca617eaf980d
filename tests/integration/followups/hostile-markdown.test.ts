// Markdown written by the secretariat is shown on the site, in emails and in the feed. None of
// them may let script or event-handler HTML through, whatever is typed.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { MarkdownText } from '@/app/_components/ui/markdown';
import { getDb } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { buildArticlesFeed } from '@/lib/articles/articles-feed';
import { readArticlesForFeed } from '@/lib/articles/queries';
import { dispatchBriefing } from '@/lib/followups/dispatch-briefing';
import { dispatchParticipantEmail } from '@/lib/followups/dispatch-participant-email';
import { publishArticle } from '@/lib/followups/publish-article';
import { makeUser } from '../../support/fixtures';
import { actorFrom, approveBriefingDraft, makeCouncilMembers, makeHeldMeeting } from '../../support/fixtures-followups';

export const hostileCorpus = [
  '<script>alert("x")</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror="alert(1)">',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">klik</a>',
  '[klik](javascript:alert(1))',
  '[klik](JaVaScRiPt:alert(1))',
  '[klik](  javascript:alert(1))',
  '[klik](&#106;avascript:alert(1))',
  '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[klik](vbscript:msgbox(1))',
  '![billede](javascript:alert(1))',
  '![billede](https://evil.example/x.png" onerror="alert(1))',
  '<div onclick="alert(1)">tryk</div>',
  '<details open ontoggle=alert(1)>',
  '<style>body{background:url(javascript:alert(1))}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<<script>script>alert(1)<</script>/script>',
  '`<script>alert(1)</script>` i kode er bare tekst',
  '```html\n<script>alert(1)</script>\n```',
  '<p style="background:url(javascript:alert(1))">stil</p>',
  '<form action="javascript:alert(1)"><button>send</button></form>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '<a href="https://ok.example" onmouseover="alert(1)">ok</a>',
].join('\n\n');

/** Any live script: a script/iframe/object/embed element, an on* attribute, or a script URL in an attribute. */
export function assertNoActiveContent(html: string) {
  expect(html).not.toMatch(/<(script|iframe|object|embed|style|form|meta|svg|math|img)\b/i);
  expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/(href|src|action|data)\s*=\s*["']?\s*(javascript|vbscript|data):/i);
}

describe('hostile markdown', () => {
  let admin: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    admin = await makeUser('secretariat');
    await makeCouncilMembers(['da']);
  });

  it('is rendered harmless on the site (MarkdownText), while ordinary markdown still works', () => {
    const html = renderToStaticMarkup(createElement(MarkdownText, null, `${hostileCorpus}\n\n**fed** og [et link](https://albertslund.dk)`));
    assertNoActiveContent(html);
    expect(html).toContain('<strong>fed</strong>');
    expect(html).toContain('href="https://albertslund.dk"');
    // Code stays visible as text, escaped.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('is rendered harmless in the participant email and the briefing notice as stored in the outbox', async () => {
    const db = await getDb();
    const { meeting } = await makeHeldMeeting({ people: [{ locale: 'da' }, { locale: 'en' }] });
    const { followupId } = await dispatchParticipantEmail(db, actorFrom(admin), { meetingId: meeting.id, title: '<script>alert(1)</script>', body: hostileCorpus });
    const briefing = { meetingId: meeting.id, title: '<img src=x onerror=alert(1)>', body: hostileCorpus };
    await approveBriefingDraft(admin, await makeUser('chair'), { ...briefing, summary: hostileCorpus.slice(0, 2000) });
    await dispatchBriefing(db, actorFrom(admin), briefing);
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.followupId, followupId));
    const notices = await db
      .select()
      .from(emailOutbox)
      .where(inArray(emailOutbox.kind, ['briefing-notice', 'briefing-approval-requested', 'briefing-approval-decided']));
    expect(rows.length).toBe(2);
    // The email frame's own <head> (charset meta) is ours; what was written goes in the body.
    for (const row of [...rows, ...notices]) assertNoActiveContent(row.html.replace(/<head>[\s\S]*?<\/head>/, ''));
  });

  it('is rendered harmless in the articles feed', async () => {
    const db = await getDb();
    const { meeting } = await makeHeldMeeting();
    await publishArticle(db, actorFrom(admin), { meetingId: meeting.id, title: 'Fjendtlig', lead: '<script>alert(1)</script>', body: hostileCorpus });
    const feed = await buildArticlesFeed(await readArticlesForFeed(db), 'https://erhverv.example.dk', { title: 'A', description: 'B', language: 'da' });
    // The feed carries HTML escaped inside XML; a reader unescapes it, so check what it will see.
    const { XMLParser } = await import('fast-xml-parser');
    const items = [new XMLParser().parse(feed.rss2()).rss.channel.item].flat();
    for (const item of items) {
      assertNoActiveContent(String(item['content:encoded']));
      assertNoActiveContent(String(item.description));
    }
  });
});
