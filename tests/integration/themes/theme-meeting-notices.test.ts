// A theme's proposer hears about meetings only as they are published, with the data as
// published: nothing while the meeting is a draft, one notice when it is published, a notice
// saying what now applies when the theme is moved, taken off or merged, and never an old note.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { themes } from '@/db/schema';
import { copenhagenTime } from '@/lib/format/copenhagen-time';
import { updateMeeting } from '@/lib/meetings/update-meeting';
import type { MeetingInput } from '@/lib/meetings/schema';
import { changeMeetingStatus } from '@/lib/meetings/change-meeting-status';
import { decideTheme } from '@/lib/themes/decide-theme';
import { mergeTheme } from '@/lib/themes/merge-theme';
import { scheduleTheme } from '@/lib/themes/schedule-theme';
import { queueThemeNoticesOnPublish } from '@/lib/themes/theme-meeting-notices';
import { makeForumSettings, makeMeeting, makeTheme, makeUser } from '../../support/fixtures';
import { emailsTo, makeAdmin } from '../../support/fixtures-admin';

const YEAR = new Date().getFullYear() + 2;
const OLD_NOTE = 'Vi tager det op på decembermødet.';

async function reloadTheme(id: string) {
  const [row] = await (await getDb()).select().from(themes).where(eq(themes.id, id));
  return row;
}

describe('notices to a theme’s proposer about meetings', () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    await makeForumSettings();
    admin = await makeAdmin();
  });

  /** A theme accepted with a note about "decembermødet", as the one in the report was. */
  async function acceptedTheme(locale: 'da' | 'en' = 'da') {
    const db = await getDb();
    const proposer = await makeUser('company', { locale });
    const submitted = await makeTheme({ status: 'submitted', proposerId: proposer.id, companyId: proposer.companyId });
    await decideTheme(db, admin, { themeId: submitted.id, version: submitted.version, decision: 'accept', answer: OLD_NOTE });
    return { proposer, theme: await reloadTheme(submitted.id) };
  }

  const noticesTo = async (email: string) => (await emailsTo(email)).filter((m) => m.kind !== 'theme-accepted');

  it('sends nothing while the meeting is a draft, then one notice with the meeting as published, without the old note', async () => {
    const db = await getDb();
    const { proposer, theme } = await acceptedTheme();
    const draft = await makeMeeting({
      status: 'draft',
      title: 'Februarmødet',
      startsAt: copenhagenTime(YEAR, 2, 10, 16, 0),
      endsAt: copenhagenTime(YEAR, 2, 10, 18, 0),
    });
    await scheduleTheme(db, admin, { themeId: theme.id, version: theme.version, meetingIds: [draft.id] });
    expect(await noticesTo(proposer.email)).toEqual([]);

    // The draft is renamed and moved to March before it is published.
    const input: MeetingInput = {
      title: 'Martsmødet',
      startsAt: copenhagenTime(YEAR, 3, 12, 16, 0),
      endsAt: copenhagenTime(YEAR, 3, 12, 18, 30),
      place: 'Hersted Industripark',
      address: 'Roskildevej 10',
      description: '',
      capacity: null,
      registrationDeadline: null,
      themeIds: [theme.id],
    };
    const { meeting: edited } = await updateMeeting(db, admin, { ...input, meetingId: draft.id, version: draft.version });
    expect(await noticesTo(proposer.email)).toEqual([]);

    const { meeting } = await changeMeetingStatus(db, admin, { meetingId: draft.id, version: edited.version, change: 'publish' });
    const notices = await noticesTo(proposer.email);
    expect(notices).toHaveLength(1);
    const [notice] = notices;
    expect(notice).toMatchObject({ kind: 'theme-scheduled', status: 'pending', subject: `Dit tema kommer på et møde: ${theme.title}` });
    expect(notice.text).toContain('Martsmødet');
    expect(notice.text).toMatch(new RegExp(`den 12\\. marts ${YEAR} kl\\. 16\\.00–18\\.30`));
    expect(notice.text).toContain('Hersted Industripark, Roskildevej 10');
    expect(notice.text).toContain(`/meetings/${meeting.slug}`);
    expect(notice.text).not.toMatch(/februar/i);
    expect(notice.text).not.toContain('decembermødet');
    expect(notice.html).not.toContain('decembermødet');

    // Queuing the same publication's notices again adds nothing.
    expect(await db.transaction((tx) => queueThemeNoticesOnPublish(tx, meeting))).toBe(0);
    expect(await noticesTo(proposer.email)).toHaveLength(1);
  });

  it('tells the proposer when the theme moves to another meeting and when it is taken off, saying what now applies', async () => {
    const db = await getDb();
    const { proposer, theme } = await acceptedTheme('en');
    const april = await makeMeeting({ title: 'April meeting', startsAt: copenhagenTime(YEAR, 4, 8, 16, 0), endsAt: copenhagenTime(YEAR, 4, 8, 18, 0) });
    const may = await makeMeeting({ title: 'May meeting', startsAt: copenhagenTime(YEAR, 5, 6, 16, 0), endsAt: copenhagenTime(YEAR, 5, 6, 18, 0) });

    await scheduleTheme(db, admin, { themeId: theme.id, version: theme.version, meetingIds: [april.id] });
    let notices = await noticesTo(proposer.email);
    expect(notices.map((n) => n.kind)).toEqual(['theme-scheduled']);
    expect(notices[0].subject).toBe(`Your theme is on a meeting: ${theme.title}`);
    expect(notices[0].text).toContain('April meeting');

    await scheduleTheme(db, admin, { themeId: theme.id, version: (await reloadTheme(theme.id)).version, meetingIds: [may.id] });
    notices = await noticesTo(proposer.email);
    expect(notices.map((n) => n.kind)).toEqual(['theme-scheduled', 'theme-rescheduled']);
    const moved = notices[1];
    expect(moved.subject).toBe(`Your theme moved to another meeting: ${theme.title}`);
    expect(moved.text).toContain('May meeting');
    expect(moved.text).toMatch(/\w+day, 6 May \d{4} at 16:00–18:00/);
    expect(moved.text).toContain('It is no longer on the agenda of:');
    expect(moved.text).toContain('April meeting');
    expect(moved.text).not.toContain('decembermødet');

    await scheduleTheme(db, admin, { themeId: theme.id, version: (await reloadTheme(theme.id)).version, meetingIds: [] });
    notices = await noticesTo(proposer.email);
    expect(notices.map((n) => n.kind)).toEqual(['theme-scheduled', 'theme-rescheduled', 'theme-unscheduled']);
    expect(notices[2].text).toContain('May meeting');
    expect(notices[2].text).toContain('is not on any meeting at the moment');
    expect(new Set(notices.map((n) => n.idempotencyKey)).size).toBe(3);
  });

  it('tells the proposer when the meeting editor takes the theme off a published meeting, and what it is still on', async () => {
    const db = await getDb();
    const { proposer, theme } = await acceptedTheme();
    const first = await makeMeeting({ title: 'Første møde' });
    const second = await makeMeeting({ title: 'Andet møde' });
    await scheduleTheme(db, admin, { themeId: theme.id, version: theme.version, meetingIds: [first.id, second.id] });
    const [scheduled] = await noticesTo(proposer.email);
    expect(scheduled.text).toContain('Første møde');
    expect(scheduled.text).toContain('Andet møde');

    await updateMeeting(db, admin, {
      meetingId: first.id,
      version: first.version,
      title: first.title,
      slug: first.slug,
      startsAt: first.startsAt,
      endsAt: first.endsAt,
      place: first.place,
      address: first.address,
      description: first.description,
      capacity: first.capacity,
      registrationDeadline: first.registrationDeadline,
      themeIds: [],
    });
    const notices = await noticesTo(proposer.email);
    expect(notices.map((n) => n.kind)).toEqual(['theme-scheduled', 'theme-unscheduled']);
    expect(notices[1].subject).toBe(`Dit tema er taget af et mødes dagsorden: ${theme.title}`);
    expect(notices[1].text).toContain('Første møde');
    expect(notices[1].text).toContain('Det bliver fortsat drøftet på:');
    expect(notices[1].text).toContain('Andet møde');
  });

  it('tells the proposer when the published meeting their theme is on is cancelled, and says nothing for a cancelled draft', async () => {
    const db = await getDb();
    const { proposer, theme } = await acceptedTheme();
    const meeting = await makeMeeting({ title: 'Det aflyste møde' });
    const draft = await makeMeeting({ title: 'Den aflyste kladde', status: 'draft' });
    await scheduleTheme(db, admin, { themeId: theme.id, version: theme.version, meetingIds: [meeting.id, draft.id] });
    await changeMeetingStatus(db, admin, { meetingId: draft.id, version: draft.version, change: 'cancel' });
    expect((await noticesTo(proposer.email)).map((n) => n.kind)).toEqual(['theme-scheduled']);

    await changeMeetingStatus(db, admin, { meetingId: meeting.id, version: meeting.version, change: 'cancel' });
    const notices = await noticesTo(proposer.email);
    expect(notices.map((n) => n.kind)).toEqual(['theme-scheduled', 'theme-unscheduled']);
    expect(notices[1].text).toContain('Det aflyste møde');
    expect(notices[1].text).toContain('står lige nu ikke på noget møde');
  });

  it('tells a merged theme’s proposer what it was merged into and the meetings that theme is on, with no old note', async () => {
    const db = await getDb();
    const { proposer, theme } = await acceptedTheme();
    const target = await makeTheme({ title: 'Fælles tema om grøn omstilling' });
    const june = await makeMeeting({ title: 'Junimødet', startsAt: copenhagenTime(YEAR, 6, 3, 16, 0), endsAt: copenhagenTime(YEAR, 6, 3, 18, 0) });
    const hidden = await makeMeeting({ title: 'Kladdemødet', status: 'draft' });
    await scheduleTheme(db, admin, { themeId: target.id, version: target.version, meetingIds: [june.id, hidden.id] });

    await mergeTheme(db, admin, { themeId: theme.id, version: theme.version, targetId: target.id });
    const notices = await noticesTo(proposer.email);
    expect(notices.map((n) => n.kind)).toEqual(['theme-merged']);
    const [merged] = notices;
    expect(merged.subject).toBe('Dit tema er slået sammen med »Fælles tema om grøn omstilling«');
    expect(merged.text).toContain('»Fælles tema om grøn omstilling« er på dagsordenen for dette møde:');
    expect(merged.text).toContain('Junimødet');
    expect(merged.text).not.toContain('Kladdemødet');
    expect(merged.text).not.toContain('decembermødet');
  });

  it('shows the note written with a decision, and only that one', async () => {
    const db = await getDb();
    const { proposer, theme } = await acceptedTheme();
    const [accepted] = await emailsTo(proposer.email);
    expect(accepted.text).toContain(OLD_NOTE);
    const target = await makeTheme();
    await mergeTheme(db, admin, { themeId: theme.id, version: theme.version, targetId: target.id, answer: 'De to forslag er næsten ens.' });
    const [merged] = await noticesTo(proposer.email);
    expect(merged.text).toContain('De to forslag er næsten ens.');
    expect(merged.text).not.toContain(OLD_NOTE);
  });
});
