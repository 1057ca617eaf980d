// The article: publish to /articles/[slug], the list, the home page and the feed; corrections in
// place; unpublish and publish again at the same address.
import { XMLParser } from 'fast-xml-parser';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog } from '@/db/schema';
import { buildArticlesFeed } from '@/lib/articles/articles-feed';
import { readArticleBySlug, readArticleForMeeting, readArticlesForFeed, readLatestArticles, readPublishedArticles } from '@/lib/articles/queries';
import { publishArticle } from '@/lib/followups/publish-article';
import { unpublishArticle } from '@/lib/followups/unpublish-article';
import { saveFollowupDraft } from '@/lib/followups/save-followup-draft';
import { makeUser } from '../../support/fixtures';
import { actorFrom, makeHeldMeeting } from '../../support/fixtures-followups';

const article = (meetingId: string, title = 'Grøn vækst på Ørestads- og Åmarksvej') => ({
  meetingId,
  title,
  lead: 'Virksomhederne drøftede klimamål.',
  body: '## Det blev sagt\n\nMange **gode** idéer.',
});

const parser = new XMLParser({ ignoreAttributes: false });

describe('the article on the business website', () => {
  let admin: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    admin = await makeUser('chair');
  });

  it('publishes at an address made from the title and appears in the list, on the home page and for the meeting', async () => {
    const { meeting } = await makeHeldMeeting();
    const db = await getDb();
    const { slug, followupId } = await publishArticle(db, actorFrom(admin), article(meeting.id));
    expect(slug).toBe('groen-vaekst-paa-oerestads-og-aamarksvej');
    expect(await readArticleBySlug(db, slug)).toMatchObject({ title: 'Grøn vækst på Ørestads- og Åmarksvej', body: article(meeting.id).body, meetingSlug: meeting.slug });
    expect((await readPublishedArticles(db)).map((a) => a.slug)).toContain(slug);
    expect((await readLatestArticles(db, 3))[0].slug).toBe(slug);
    expect(await readArticleForMeeting(db, meeting.id)).toMatchObject({ slug });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'article.publish'), eq(auditLog.entityId, followupId)));
    expect(entry.actorId).toBe(admin.id);
  });

  it('gives a second article with the same title its own address', async () => {
    const db = await getDb();
    const one = await makeHeldMeeting();
    const two = await makeHeldMeeting();
    const first = await publishArticle(db, actorFrom(admin), article(one.meeting.id, 'Samme titel'));
    const second = await publishArticle(db, actorFrom(admin), article(two.meeting.id, 'Samme titel'));
    expect([first.slug, second.slug]).toEqual(['samme-titel', 'samme-titel-2']);
  });

  it('is corrected in place once published, and can be taken down and put back at the same address', async () => {
    const { meeting } = await makeHeldMeeting();
    const db = await getDb();
    const { slug } = await publishArticle(db, actorFrom(admin), article(meeting.id, 'Rettes senere'));
    await saveFollowupDraft(db, actorFrom(admin), { ...article(meeting.id, 'Rettes senere'), body: 'Rettet tekst', kind: 'article' });
    expect((await readArticleBySlug(db, slug))?.body).toBe('Rettet tekst');

    await unpublishArticle(db, actorFrom(admin), { meetingId: meeting.id });
    expect(await readArticleBySlug(db, slug)).toBeNull();
    expect((await readPublishedArticles(db)).some((a) => a.slug === slug)).toBe(false);
    expect(await readArticleForMeeting(db, meeting.id)).toBeNull();
    await expect(unpublishArticle(db, actorFrom(admin), { meetingId: meeting.id })).rejects.toMatchObject({ key: 'notPublished' });

    const again = await publishArticle(db, actorFrom(admin), { ...article(meeting.id, 'Ny titel'), body: 'Rettet tekst' });
    expect(again.slug).toBe(slug);
    expect(await readArticleBySlug(db, slug)).toMatchObject({ title: 'Ny titel' });
  });

  it('cannot be published for a meeting that has not been held', async () => {
    const { meeting } = await makeHeldMeeting({ startsAt: new Date(Date.now() + 86_400_000) });
    await expect(publishArticle(await getDb(), actorFrom(admin), article(meeting.id))).rejects.toMatchObject({ key: 'notHeld' });
  });

  it('is in the RSS and Atom feeds, which parse, with links, dates and the text as safe HTML', async () => {
    const { meeting } = await makeHeldMeeting();
    const db = await getDb();
    const { slug } = await publishArticle(db, actorFrom(admin), {
      ...article(meeting.id, 'I feedet & <med> tegn'),
      body: 'Tekst med **fed** og <script>alert(1)</script> og <img src=x onerror=alert(2)>',
    });
    const articles = await readArticlesForFeed(db);
    const feed = await buildArticlesFeed(articles, 'https://erhverv.example.dk/', { title: 'Artikler', description: 'Nyt', language: 'da' });

    const rss = parser.parse(feed.rss2());
    const channel = rss.rss.channel;
    expect(channel.title).toBe('Artikler');
    expect(channel.link).toBe('https://erhverv.example.dk/articles');
    const items = [channel.item].flat();
    expect(items).toHaveLength(articles.length);
    const item = items.find((i: { link: string }) => i.link === `https://erhverv.example.dk/articles/${slug}`);
    expect(item.title).toBe('I feedet & <med> tegn');
    expect(item.description).toBe('Virksomhederne drøftede klimamål.');
    expect(new Date(item.pubDate).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const html: string = item['content:encoded'];
    expect(html).toContain('<strong>fed</strong>');
    expect(html).not.toMatch(/<script|onerror|<img/i);

    const atom = parser.parse(feed.atom1()).feed;
    const entries = [atom.entry].flat();
    expect(entries.map((e: { id: string }) => e.id)).toContain(`https://erhverv.example.dk/articles/${slug}`);
  });
});
