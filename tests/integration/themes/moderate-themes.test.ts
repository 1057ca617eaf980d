// Moderating themes: each decision, its email to the proposer, its audit entry, and the
// version check that stops two moderators overruling each other.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { meetingThemes, themes, themeSupports, users } from '@/db/schema';
import { decideTheme } from '@/lib/themes/decide-theme';
import { decideThemes } from '@/lib/themes/decide-themes';
import { mergeTheme } from '@/lib/themes/merge-theme';
import { scheduleTheme } from '@/lib/themes/schedule-theme';
import { makeCompany, makeForumSettings, makeMeeting, makeTheme, makeUser } from '../../support/fixtures';
import { auditEntriesFor, emailsTo, makeAdmin, makeSupport } from '../../support/fixtures-admin';

async function proposedTheme(overrides: Partial<typeof themes.$inferInsert> = {}) {
  const proposer = await makeUser('company');
  const theme = await makeTheme({ status: 'submitted', proposerId: proposer.id, companyId: proposer.companyId, ...overrides });
  return { proposer, theme };
}

async function reload(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(themes).where(eq(themes.id, id));
  return row;
}

describe('moderating themes', () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    await makeForumSettings();
    admin = await makeAdmin();
  });

  it('accepts a submitted theme, emails the proposer and records who did it', async () => {
    const { proposer, theme } = await proposedTheme();
    await decideTheme(await getDb(), admin, { themeId: theme.id, version: theme.version, decision: 'accept' });
    const after = await reload(theme.id);
    expect(after).toMatchObject({ status: 'accepted', decidedById: admin.id, version: theme.version + 1 });
    const mails = await emailsTo(proposer.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Dit tema er godkendt: ${theme.title}`);
    const [entry] = await auditEntriesFor(theme.id);
    expect(entry).toMatchObject({ action: 'theme.accept', actorId: admin.id, actorEmail: admin.email, entityType: 'theme' });
    expect(entry.changes).toMatchObject({ status: { from: 'submitted', to: 'accepted' } });
  });

  it('refuses a rejection without a reason and saves nothing', async () => {
    const { proposer, theme } = await proposedTheme();
    await expect(
      decideTheme(await getDb(), admin, { themeId: theme.id, version: theme.version, decision: 'reject', answer: '  ' }),
    ).rejects.toMatchObject({ key: 'invalid', fieldErrors: { answer: [{ key: 'admin.reasonRequired' }] } });
    expect((await reload(theme.id)).status).toBe('submitted');
    expect(await emailsTo(proposer.email)).toHaveLength(0);
    expect(await auditEntriesFor(theme.id)).toHaveLength(0);
  });

  it('rejects with a reason the proposer sees, in their own language', async () => {
    const { proposer, theme } = await proposedTheme();
    const db = await getDb();
    await db.update(users).set({ locale: 'en' }).where(eq(users.id, proposer.id));
    const reason = 'Temaet ligger uden for forummets formål.';
    await decideTheme(db, admin, { themeId: theme.id, version: theme.version, decision: 'reject', answer: reason });
    expect(await reload(theme.id)).toMatchObject({ status: 'rejected', moderatorAnswer: reason });
    const [mail] = await emailsTo(proposer.email);
    expect(mail.subject).toBe(`Your theme was not accepted: ${theme.title}`);
    expect(mail.text).toContain(reason);
  });

  it('refuses a decision made on an old version (someone else decided first)', async () => {
    const { theme } = await proposedTheme();
    const db = await getDb();
    const other = await makeAdmin('chair');
    await decideTheme(db, other, { themeId: theme.id, version: theme.version, decision: 'accept' });
    await expect(
      decideTheme(db, admin, { themeId: theme.id, version: theme.version, decision: 'reject', answer: 'Nej tak' }),
    ).rejects.toMatchObject({ key: 'conflict' });
    expect(await reload(theme.id)).toMatchObject({ status: 'accepted', decidedById: other.id });
  });

  it('merges a theme into another: supports move and a company that supported both keeps one', async () => {
    const db = await getDb();
    const { proposer, theme: source } = await proposedTheme();
    const target = await makeTheme({ status: 'accepted' });
    const both = await makeCompany();
    const onlySource = await makeCompany();
    const onlyTarget = await makeCompany();
    await makeSupport(source.id, both.id);
    await makeSupport(target.id, both.id);
    await makeSupport(source.id, onlySource.id);
    await makeSupport(target.id, onlyTarget.id);

    await mergeTheme(db, admin, { themeId: source.id, version: source.version, targetId: target.id });

    expect(await reload(source.id)).toMatchObject({ status: 'merged', mergedIntoId: target.id });
    const targetSupports = await db.select().from(themeSupports).where(eq(themeSupports.themeId, target.id));
    expect(targetSupports.map((s) => s.companyId).sort()).toEqual(
      [both.id, onlySource.id, onlyTarget.id, proposer.companyId!].sort(),
    );
    expect(await db.select().from(themeSupports).where(eq(themeSupports.themeId, source.id))).toHaveLength(0);
    const [mail] = await emailsTo(proposer.email);
    expect(mail.subject).toBe(`Dit tema er slået sammen med »${target.title}«`);
    const [entry] = await auditEntriesFor(source.id);
    expect(entry).toMatchObject({ action: 'theme.merge' });
    expect(entry.changes).toMatchObject({ mergedIntoId: { to: target.id } });
  });

  it('refuses to merge a theme into itself or into a rejected theme', async () => {
    const db = await getDb();
    const { theme } = await proposedTheme();
    const rejected = await makeTheme({ status: 'rejected' });
    await expect(mergeTheme(db, admin, { themeId: theme.id, version: theme.version, targetId: theme.id })).rejects.toMatchObject({
      fieldErrors: { targetId: [{ key: 'admin.mergeIntoItself' }] },
    });
    await expect(mergeTheme(db, admin, { themeId: theme.id, version: theme.version, targetId: rejected.id })).rejects.toMatchObject({
      fieldErrors: { targetId: [{ key: 'admin.mergeTargetInvalid' }] },
    });
    expect((await reload(theme.id)).status).toBe('submitted');
  });

  it('accepts several submitted themes at once and leaves already-decided ones alone', async () => {
    const db = await getDb();
    const a = await proposedTheme();
    const b = await proposedTheme();
    const decided = await makeTheme({ status: 'rejected', moderatorAnswer: 'Nej' });
    const result = await decideThemes(db, admin, { themeIds: [a.theme.id, b.theme.id, decided.id], decision: 'accept' });
    expect(result.themeIds.sort()).toEqual([a.theme.id, b.theme.id].sort());
    expect(result.skipped).toEqual([decided.id]);
    expect((await reload(a.theme.id)).status).toBe('accepted');
    expect((await reload(b.theme.id)).status).toBe('accepted');
    expect((await reload(decided.id)).status).toBe('rejected');
    expect(await emailsTo(a.proposer.email)).toHaveLength(1);
    expect(await emailsTo(b.proposer.email)).toHaveLength(1);
  });

  it('rejects several themes at once with one reason each proposer sees', async () => {
    const db = await getDb();
    const a = await proposedTheme();
    const b = await proposedTheme();
    await decideThemes(db, admin, { themeIds: [a.theme.id, b.theme.id], decision: 'reject', answer: 'Dækkes af et eksisterende tema.' });
    for (const { theme, proposer } of [a, b]) {
      expect(await reload(theme.id)).toMatchObject({ status: 'rejected', moderatorAnswer: 'Dækkes af et eksisterende tema.' });
      expect((await emailsTo(proposer.email))[0].text).toContain('Dækkes af et eksisterende tema.');
    }
  });

  it('schedules an accepted theme on two meetings and tells the proposer', async () => {
    const db = await getDb();
    const { proposer, theme } = await proposedTheme({ status: 'accepted' });
    const first = await makeMeeting({ title: 'Forårsmøde' });
    const second = await makeMeeting({ title: 'Efterårsmøde' });
    const result = await scheduleTheme(db, admin, { themeId: theme.id, version: theme.version, meetingIds: [first.id, second.id] });
    expect(result.added.sort()).toEqual([first.id, second.id].sort());
    expect(result.cacheTags).toEqual(expect.arrayContaining([`meeting:${first.slug}`, `meeting:${second.slug}`, 'themes']));
    const links = await db.select().from(meetingThemes).where(eq(meetingThemes.themeId, theme.id));
    expect(links.map((l) => l.meetingId).sort()).toEqual([first.id, second.id].sort());
    const [mail] = await emailsTo(proposer.email);
    expect(mail.text).toContain('Forårsmøde');
    expect(mail.text).toContain('Efterårsmøde');

    const after = await reload(theme.id);
    await scheduleTheme(db, admin, { themeId: theme.id, version: after.version, meetingIds: [second.id] });
    const left = await db.select().from(meetingThemes).where(eq(meetingThemes.themeId, theme.id));
    expect(left.map((l) => l.meetingId)).toEqual([second.id]);
    const entries = await auditEntriesFor(theme.id);
    expect(entries.map((e) => e.action)).toEqual(['theme.schedule', 'theme.schedule']);
    expect(entries[1].changes).toMatchObject({ meetings: { added: [], removed: [first.id] } });
  });

  it('refuses to schedule a theme that is not accepted', async () => {
    const { theme } = await proposedTheme();
    const meeting = await makeMeeting();
    await expect(
      scheduleTheme(await getDb(), admin, { themeId: theme.id, version: theme.version, meetingIds: [meeting.id] }),
    ).rejects.toMatchObject({ key: 'notAccepted' });
  });
});
