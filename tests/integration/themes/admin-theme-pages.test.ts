// The moderation page's reads stay one page long however many themes there are: the queue
// shows its oldest submitted themes with the full count, the list of all themes is paged.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { themes } from '@/db/schema';
import { readMeetingFilterChoices, readModerationQueuePage, readThemesForAdminPage } from '@/lib/themes/queries';
import { makeMeeting } from '@/tests/support/fixtures';

describe('admin theme pages', () => {
  it('shows the oldest submitted themes first, a page at a time, with the total', async () => {
    const db = await getDb();
    const tag = `Paged ${Date.now().toString(36)}`;
    const day = 86_400_000;
    // Seven themes of our own, a day apart, named so a search finds only them.
    await db.insert(themes).values(
      Array.from({ length: 7 }, (_, i) => ({
        title: `${tag} ${i}`,
        description: 'Et tema til sidetest.',
        category: 'local' as const,
        status: 'submitted' as const,
        createdAt: new Date(Date.UTC(2001, 0, 1) + i * day),
      })),
    );

    const first = await readThemesForAdminPage(db, { q: tag }, { limit: 3 });
    expect(first.total).toBe(7);
    expect(first.themes.map((t) => t.title)).toEqual([`${tag} 6`, `${tag} 5`, `${tag} 4`]);
    const last = await readThemesForAdminPage(db, { q: tag }, { limit: 3, offset: 6 });
    expect(last.themes.map((t) => t.title)).toEqual([`${tag} 0`]);
    // A page past the end is empty but still says how many there are.
    expect(await readThemesForAdminPage(db, { q: tag }, { limit: 3, offset: 9 })).toMatchObject({ themes: [], total: 7 });

    const queue = await readModerationQueuePage(db, 2);
    expect(queue.themes).toHaveLength(2);
    expect(queue.total).toBeGreaterThanOrEqual(7);
    // Oldest first: ours from 2001 lead unless an older submitted theme exists.
    expect(queue.themes[0].createdAt.getTime()).toBeLessThanOrEqual(queue.themes[1].createdAt.getTime());
  });

  it('offers upcoming meetings and those of the past year in the meeting filter, and an older one only once chosen', async () => {
    const db = await getDb();
    const now = new Date(Date.UTC(2030, 5, 1));
    const day = 86_400_000;
    const upcoming = await makeMeeting({ startsAt: new Date(now.getTime() + 30 * day), status: 'draft' });
    const recent = await makeMeeting({ startsAt: new Date(now.getTime() - 300 * day), status: 'published' });
    const old = await makeMeeting({ startsAt: new Date(now.getTime() - 400 * day), status: 'published' });
    const cancelled = await makeMeeting({ startsAt: new Date(now.getTime() + 10 * day), status: 'cancelled' });

    const ids = (choices: { id: string }[]) => choices.map((c) => c.id);
    const offered = ids(await readMeetingFilterChoices(db, undefined, now));
    expect(offered).toEqual(expect.arrayContaining([upcoming.id, recent.id]));
    expect(offered).not.toContain(old.id);
    expect(offered).not.toContain(cancelled.id);
    // Newest first.
    expect(offered.indexOf(upcoming.id)).toBeLessThan(offered.indexOf(recent.id));

    // A filter on an older meeting (from an address or a link) still shows as chosen.
    expect(ids(await readMeetingFilterChoices(db, old.id, now))).toEqual(expect.arrayContaining([upcoming.id, recent.id, old.id]));
  });
});
