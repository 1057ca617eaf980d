// The secretariat words a theme for publication: the proposer's own text stays untouched, every
// public read shows the edited wording, the proposer sees both and is emailed (queued in the same
// transaction, so a refused edit emails nobody), and the edit is audit-logged.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { meetingThemes, themes } from '@/db/schema';
import { readMeetingPage } from '@/lib/meetings/queries';
import { editThemeWording } from '@/lib/themes/edit-theme-wording';
import { readMyThemes, readLatestAcceptedThemes, readPublicThemes } from '@/lib/themes/queries';
import { makeForumSettings, makeMeeting, makeTheme, makeUser } from '../../support/fixtures';
import { auditEntriesFor, emailsTo, makeAdmin } from '../../support/fixtures-admin';

const originalTitle = 'vi vil ha bedre busser!!';
const originalDescription = 'Busserne kører for sjældent til industriparken, og **alle** kommer for sent.';
const wording = { title: 'Bedre busforbindelser til Hersted Industripark', description: 'Flere afgange til industriparken i myldretiden, så medarbejderne kan nå frem til tiden.' };

describe('editing a theme’s wording for publication', () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    await makeForumSettings();
    admin = await makeAdmin();
  });

  async function proposedTheme(status: 'accepted' | 'submitted' | 'merged' = 'accepted') {
    const proposer = await makeUser('company', { locale: 'da' });
    const theme = await makeTheme({ status, title: originalTitle, description: originalDescription, proposerId: proposer.id, companyId: proposer.companyId });
    return { proposer, theme };
  }

  it('keeps the proposer’s text, shows the edit on every public read and in the portal, emails the proposer and logs it', async () => {
    const db = await getDb();
    const { proposer, theme } = await proposedTheme();
    const meeting = await makeMeeting({ status: 'published' });
    await db.insert(meetingThemes).values({ meetingId: meeting.id, themeId: theme.id });

    const result = await editThemeWording(db, admin, { themeId: theme.id, version: theme.version, ...wording });
    expect(result.changed).toBe(true);

    const [stored] = await db.select().from(themes).where(eq(themes.id, theme.id));
    expect(stored).toMatchObject({ title: originalTitle, description: originalDescription, publicTitle: wording.title, publicDescription: wording.description, wordingEditedById: admin.id, version: theme.version + 1 });

    const listed = (await readPublicThemes(db)).find((x) => x.id === theme.id);
    expect(listed).toMatchObject({ title: wording.title, description: wording.description });
    expect((await readLatestAcceptedThemes(db, 500)).find((x) => x.id === theme.id)?.title).toBe(wording.title);
    expect((await readMeetingPage(db, meeting.slug))?.themes.map((x) => x.title)).toEqual([wording.title]);

    const [mine] = await readMyThemes(db, proposer.id);
    expect(mine).toMatchObject({ title: originalTitle, description: originalDescription, publicTitle: wording.title, publicDescription: wording.description });

    const emails = await emailsTo(proposer.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ kind: 'theme-wording', status: 'pending', toUserId: proposer.id });
    expect(emails[0].text).toContain(wording.title);
    expect(emails[0].text).toContain(originalTitle);

    const [entry] = await auditEntriesFor(theme.id);
    expect(entry).toMatchObject({
      action: 'theme.edit-wording',
      actorId: admin.id,
      changes: { publicTitle: { from: null, to: wording.title }, publicDescription: { from: null, to: wording.description } },
    });
  });

  it('removes the edit when the proposer’s own words are saved again', async () => {
    const db = await getDb();
    const { theme } = await proposedTheme();
    await editThemeWording(db, admin, { themeId: theme.id, version: theme.version, ...wording });
    await editThemeWording(db, admin, { themeId: theme.id, version: theme.version + 1, title: originalTitle, description: originalDescription });
    const [stored] = await db.select().from(themes).where(eq(themes.id, theme.id));
    expect(stored).toMatchObject({ publicTitle: null, publicDescription: null, wordingEditedAt: null });
    expect((await readPublicThemes(db)).find((x) => x.id === theme.id)?.title).toBe(originalTitle);
  });

  it('refuses a stale version or a merged theme, and then changes, logs and emails nothing', async () => {
    const db = await getDb();
    const { proposer, theme } = await proposedTheme();
    await expect(editThemeWording(db, admin, { themeId: theme.id, version: theme.version + 3, ...wording })).rejects.toMatchObject({ key: 'conflict' });
    const merged = await proposedTheme('merged');
    await expect(editThemeWording(db, admin, { themeId: merged.theme.id, version: merged.theme.version, ...wording })).rejects.toMatchObject({ key: 'wrongStatus' });
    for (const [id, email] of [[theme.id, proposer.email], [merged.theme.id, merged.proposer.email]]) {
      const [stored] = await db.select().from(themes).where(eq(themes.id, id));
      expect(stored.publicTitle).toBeNull();
      expect(await auditEntriesFor(id)).toHaveLength(0);
      expect(await emailsTo(email)).toHaveLength(0);
    }
  });
});
