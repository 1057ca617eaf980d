// A theme's trail across a whole life (proposed → accepted → another merged in → scheduled →
// discussed → reported to Økonomiudvalget → outcome), each step once and in order, and what its
// followers are emailed: each step once, the proposer never twice for a step it has its own
// email for, nothing after unfollowing, and only for the person asking.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { followups, themeFollows, themes } from '@/db/schema';
import { dispatchBriefing } from '@/lib/followups/dispatch-briefing';
import { decideTheme } from '@/lib/themes/decide-theme';
import { followTheme } from '@/lib/themes/follow-theme';
import { mergeTheme } from '@/lib/themes/merge-theme';
import { recordThemeOutcome } from '@/lib/themes/record-theme-outcome';
import { scheduleTheme } from '@/lib/themes/schedule-theme';
import { noticeThemeStep, noticeThemesReported } from '@/lib/themes/theme-step-notices';
import { readFollowedThemes, readFollowState, readThemePage } from '@/lib/themes/trail-queries';
import { followThemeSchema } from '@/lib/themes/trail-schema';
import { unfollowTheme } from '@/lib/themes/unfollow-theme';
import { makeForumSettings, makeMeeting, makeTheme, makeUser } from '../../support/fixtures';
import { auditEntriesFor, emailsTo, makeAdmin, makeAgendaItem } from '../../support/fixtures-admin';
import { approveBriefingDraft } from '../../support/fixtures-followups';

const DAY = 24 * 3600_000;

async function reload(id: string) {
  const [row] = await (await getDb()).select().from(themes).where(eq(themes.id, id));
  return row;
}

const stepEmails = async (email: string) => (await emailsTo(email)).filter((m) => m.kind === 'theme-step');

describe('the trail of a theme and its followers', () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    await makeForumSettings();
    admin = await makeAdmin();
  });

  /** A submitted theme by a company user (who follows it from the start, by the trigger). */
  async function proposed(title: string) {
    const proposer = await makeUser('company');
    const theme = await makeTheme({ status: 'submitted', title, proposerId: proposer.id, companyId: proposer.companyId, createdAt: new Date(Date.now() - 10 * DAY) });
    return { proposer, theme };
  }

  async function accept(themeId: string, answer: string | null = null) {
    const theme = await reload(themeId);
    await decideTheme(await getDb(), admin, { themeId, version: theme.version, decision: 'accept', answer });
    return reload(themeId);
  }

  it('shows every step of a full life once, in order, and emails each follower once per step', async () => {
    const db = await getDb();
    const { proposer, theme: submitted } = await proposed('Lokale lærepladser');
    expect(await readFollowedThemes(db, proposer.id)).toEqual([expect.objectContaining({ id: submitted.id, proposerId: proposer.id })]);

    const neighbour = await makeUser('company');
    // Nobody may follow a theme the public cannot see yet.
    await expect(followTheme(db, neighbour, { themeId: submitted.id })).rejects.toMatchObject({ key: 'notFollowable' });
    expect(await readThemePage(db, submitted.id)).toBeNull();

    await accept(submitted.id, 'Godt forslag, vi tager det op.');
    await followTheme(db, neighbour, { themeId: submitted.id });
    await followTheme(db, neighbour, { themeId: submitted.id }); // twice is once

    // Another accepted theme, followed by a third company, is merged into it.
    const { proposer: otherProposer, theme: other } = await proposed('Praktikpladser i industrien');
    await accept(other.id);
    const mergedFollower = await makeUser('company');
    await followTheme(db, mergedFollower, { themeId: other.id });
    const otherNow = await reload(other.id);
    await mergeTheme(db, admin, { themeId: other.id, version: otherNow.version, targetId: submitted.id, answer: 'Samme emne.' });

    // Scheduled on a meeting, discussed there (agenda item), reported, and an outcome written.
    const meeting = await makeMeeting({ title: 'Erhvervsforum, marts', startsAt: new Date(Date.now() + 2 * DAY) });
    const accepted = await reload(submitted.id);
    await scheduleTheme(db, admin, { themeId: accepted.id, version: accepted.version, meetingIds: [meeting.id] });
    const item = await makeAgendaItem({ meetingId: meeting.id, position: 0, title: 'Lærepladser i Albertslund', themeId: accepted.id });
    await makeAgendaItem({ meetingId: meeting.id, position: 1, title: 'Opfølgning på lærepladser', themeId: accepted.id });
    const afterMeeting = new Date(Date.now() + 3 * DAY);
    const briefing = { meetingId: meeting.id, title: 'Orientering om martsmødet', body: 'Tekst.' };
    await approveBriefingDraft(admin, await makeAdmin('chair'), briefing);
    const { followupId } = await dispatchBriefing(db, admin, briefing, { now: afterMeeting });
    await db.update(followups).set({ caseNumber: '24.10.00-P20-3-15' }).where(eq(followups.id, followupId));
    const beforeOutcome = await reload(submitted.id);
    await recordThemeOutcome(
      db,
      admin,
      { themeId: submitted.id, version: beforeOutcome.version, outcome: 'Økonomiudvalget afsatte midler til 20 lærepladser.', caseNumber: '24.10.00-G01-7-15' },
      { now: new Date(Date.now() + 10 * DAY) },
    );

    const page = await readThemePage(db, submitted.id, new Date(Date.now() + 11 * DAY));
    expect(page).not.toBeNull();
    expect(page!.trail.map((s) => s.kind)).toEqual(['proposed', 'accepted', 'mergedFrom', 'scheduled', 'discussed', 'reported', 'outcome']);
    const times = page!.trail.map((s) => s.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(page!.trail).toEqual([
      expect.objectContaining({ kind: 'proposed' }),
      expect.objectContaining({ kind: 'accepted', answer: 'Godt forslag, vi tager det op.' }),
      expect.objectContaining({ kind: 'mergedFrom', theme: { id: other.id, title: 'Praktikpladser i industrien' } }),
      expect.objectContaining({ kind: 'scheduled', meeting: expect.objectContaining({ id: meeting.id, slug: meeting.slug }) }),
      // The first of its two agenda items, once.
      expect.objectContaining({ kind: 'discussed', agendaItemId: item.id, agendaTitle: 'Lærepladser i Albertslund' }),
      expect.objectContaining({ kind: 'reported', caseNumber: '24.10.00-P20-3-15', at: afterMeeting }),
      expect.objectContaining({ kind: 'outcome', outcome: 'Økonomiudvalget afsatte midler til 20 lærepladser.', caseNumber: '24.10.00-G01-7-15' }),
    ]);
    expect(page).toMatchObject({ title: 'Lokale lærepladser', supporters: 1, companyName: expect.any(String) });

    // The merged theme's page says where it went.
    const mergedPage = await readThemePage(db, other.id);
    expect(mergedPage!.trail.map((s) => s.kind)).toEqual(['proposed', 'mergedInto']);

    // The proposer has its own emails for acceptance and the meeting: step emails only for the report and the outcome.
    const proposerKinds = (await emailsTo(proposer.email)).map((m) => m.kind);
    expect(proposerKinds.filter((k) => k === 'theme-accepted')).toHaveLength(1);
    expect(proposerKinds.filter((k) => k === 'theme-scheduled')).toHaveLength(1);
    expect((await stepEmails(proposer.email)).map((m) => m.subject)).toEqual([
      'Nyt om temaet »Lokale lærepladser«: orientering til Økonomiudvalget',
      'Nyt om temaet »Lokale lærepladser«: resultat',
    ]);
    // A follower who came after the acceptance: the meeting, the report (with the case number) and the outcome.
    const neighbourMails = await stepEmails(neighbour.email);
    expect(neighbourMails.map((m) => m.subject)).toEqual([
      'Nyt om temaet »Lokale lærepladser«: på et møde',
      'Nyt om temaet »Lokale lærepladser«: orientering til Økonomiudvalget',
      'Nyt om temaet »Lokale lærepladser«: resultat',
    ]);
    expect(neighbourMails[0].text).toContain('Erhvervsforum, marts');
    expect(neighbourMails[0].text).toContain(`/themes/${submitted.id}`);
    expect(neighbourMails[0].text).toContain('/portal#following');
    expect(neighbourMails[2].text).toContain('Økonomiudvalget afsatte midler til 20 lærepladser.');
    expect(neighbourMails[2].text).toContain('sagsnr. 24.10.00-G01-7-15');
    // The merged theme's follower hears of the merge and then follows the theme it went into.
    expect((await stepEmails(mergedFollower.email)).map((m) => m.subject)).toEqual([
      'Nyt om temaet »Praktikpladser i industrien«: lagt sammen',
      'Nyt om temaet »Lokale lærepladser«: på et møde',
      'Nyt om temaet »Lokale lærepladser«: orientering til Økonomiudvalget',
      'Nyt om temaet »Lokale lærepladser«: resultat',
    ]);
    // The merged theme's proposer has its own merge email, not a second one.
    expect((await emailsTo(otherProposer.email)).filter((m) => m.kind === 'theme-merged')).toHaveLength(1);
    expect((await stepEmails(otherProposer.email)).map((m) => m.subject)).not.toContain('Nyt om temaet »Praktikpladser i industrien«: lagt sammen');

    // Exactly once: repeating a step queues nothing more.
    await db.transaction(async (tx) => {
      expect(await noticeThemeStep(tx, submitted.id, `scheduled:${meeting.id}`)).toBe(0);
      expect(await noticeThemesReported(tx, { id: followupId, meetingId: meeting.id })).toBe(0);
    });
    expect(await stepEmails(neighbour.email)).toHaveLength(3);

    // A corrected outcome is a new step; saving the same outcome again is not.
    const withOutcome = await reload(submitted.id);
    const corrected = await recordThemeOutcome(db, admin, { themeId: submitted.id, version: withOutcome.version, outcome: 'Økonomiudvalget afsatte midler til 25 lærepladser.', caseNumber: '24.10.00-G01-7-15' });
    expect(corrected.changed).toBe(true);
    const same = await recordThemeOutcome(db, admin, { themeId: submitted.id, version: withOutcome.version + 1, outcome: 'Økonomiudvalget afsatte midler til 25 lærepladser.', caseNumber: '24.10.00-G01-7-15' });
    expect(same.changed).toBe(false);
    expect(await stepEmails(neighbour.email)).toHaveLength(4);
    const page2 = await readThemePage(db, submitted.id, new Date(Date.now() + 11 * DAY));
    expect(page2!.trail.filter((s) => s.kind === 'outcome')).toHaveLength(1);
    expect((await auditEntriesFor(submitted.id)).map((a) => a.action).filter((a) => a === 'theme.outcome')).toHaveLength(2);
  });

  it('emails the acceptance to followers other than the proposer', async () => {
    const db = await getDb();
    const { proposer, theme } = await proposed('Erhvervsskolernes samarbejde');
    // A follower from before acceptance (e.g. a colleague added by the secretariat).
    const colleague = await makeUser('company');
    await db.insert(themeFollows).values({ themeId: theme.id, userId: colleague.id });
    await accept(theme.id, 'Velkommen.');
    expect((await stepEmails(colleague.email)).map((m) => m.subject)).toEqual(['Nyt om temaet »Erhvervsskolernes samarbejde«: godkendt']);
    expect(await stepEmails(proposer.email)).toEqual([]);
  });

  it('sends nothing to someone who stopped following, and unfollowing touches only the person asking', async () => {
    const db = await getDb();
    const { theme } = await proposed('Digitalisering i detailhandlen');
    await accept(theme.id);
    const leaving = await makeUser('company');
    const staying = await makeUser('company');
    await followTheme(db, leaving, { themeId: theme.id });
    await followTheme(db, staying, { themeId: theme.id });
    expect(await readFollowState(db, theme.id, leaving.id)).toEqual({ following: true });

    // The follower is the person asking: a userId in the input is not part of the action's input.
    expect(followThemeSchema.parse({ themeId: theme.id, userId: staying.id })).toEqual({ themeId: theme.id });
    await unfollowTheme(db, leaving, { themeId: theme.id });
    expect(await readFollowState(db, theme.id, leaving.id)).toEqual({ following: false });
    expect(await readFollowState(db, theme.id, staying.id)).toEqual({ following: true });

    const meeting = await makeMeeting({ title: 'Erhvervsforum, april' });
    const current = await reload(theme.id);
    await scheduleTheme(db, admin, { themeId: theme.id, version: current.version, meetingIds: [meeting.id] });
    expect(await stepEmails(leaving.email)).toEqual([]);
    expect(await stepEmails(staying.email)).toHaveLength(1);
  });

  it('tells followers about a meeting only once it is published, once per meeting', async () => {
    const db = await getDb();
    const { theme } = await proposed('Grønne erhvervsområder');
    await accept(theme.id);
    const follower = await makeUser('company', { locale: 'en' });
    await followTheme(db, follower, { themeId: theme.id });
    const draft = await makeMeeting({ status: 'draft' });
    let current = await reload(theme.id);
    await scheduleTheme(db, admin, { themeId: theme.id, version: current.version, meetingIds: [draft.id] });
    expect(await stepEmails(follower.email)).toEqual([]);
    const published = await makeMeeting({ title: 'Business Forum, May' });
    current = await reload(theme.id);
    await scheduleTheme(db, admin, { themeId: theme.id, version: current.version, meetingIds: [published.id] });
    current = await reload(theme.id);
    await scheduleTheme(db, admin, { themeId: theme.id, version: current.version, meetingIds: [] });
    current = await reload(theme.id);
    await scheduleTheme(db, admin, { themeId: theme.id, version: current.version, meetingIds: [published.id] });
    const mails = await stepEmails(follower.email);
    expect(mails.map((m) => m.subject)).toEqual(['News on the theme “Grønne erhvervsområder”: on a meeting']);
    expect(mails[0].text).toContain('Business Forum, May');
  });

  it('shows no page for a theme the public may not read', async () => {
    const db = await getDb();
    for (const status of ['submitted', 'rejected', 'withdrawn'] as const) {
      const theme = await makeTheme({ status });
      expect(await readThemePage(db, theme.id)).toBeNull();
      expect(await readFollowState(db, theme.id, null)).toBeNull();
    }
    const accepted = await makeTheme({ status: 'accepted', publicTitle: 'Offentlig titel', createdAt: new Date(Date.now() - 2 * DAY) });
    expect(await readThemePage(db, accepted.id)).toMatchObject({ title: 'Offentlig titel', trail: [expect.objectContaining({ kind: 'proposed' })] });
    // A theme merged into one still submitted was never accepted for publication: no page, no following.
    const submittedTarget = await makeTheme({ status: 'submitted' });
    const intoSubmitted = await makeTheme({ status: 'merged', mergedIntoId: submittedTarget.id, decidedAt: new Date() });
    expect(await readThemePage(db, intoSubmitted.id)).toBeNull();
    await expect(followTheme(db, await makeUser('company'), { themeId: intoSubmitted.id })).rejects.toMatchObject({ key: 'notFollowable' });
    const intoAccepted = await makeTheme({ status: 'merged', mergedIntoId: accepted.id, createdAt: new Date(Date.now() - DAY), decidedAt: new Date() });
    expect((await readThemePage(db, intoAccepted.id))!.trail.map((s) => s.kind)).toEqual(['proposed', 'mergedInto']);
    expect((await readThemePage(db, accepted.id))!.trail.map((s) => s.kind)).toEqual(['proposed', 'mergedFrom']);
  });

  it('refuses an outcome on a theme that is not accepted, and one written on an old version', async () => {
    const db = await getDb();
    const submitted = await makeTheme({ status: 'submitted' });
    await expect(recordThemeOutcome(db, admin, { themeId: submitted.id, version: submitted.version, outcome: 'Noget.', caseNumber: null })).rejects.toMatchObject({ key: 'wrongStatus' });
    const accepted = await makeTheme({ status: 'accepted' });
    await recordThemeOutcome(db, admin, { themeId: accepted.id, version: accepted.version, outcome: 'Første.', caseNumber: null });
    await expect(recordThemeOutcome(db, admin, { themeId: accepted.id, version: accepted.version, outcome: 'Anden.', caseNumber: null })).rejects.toMatchObject({ key: 'conflict' });
    expect(await reload(accepted.id)).toMatchObject({ outcome: 'Første.', outcomeById: admin.id });
  });
});
