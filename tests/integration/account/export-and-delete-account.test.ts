// "Download my data" and "delete my account": everything about the person comes out; on
// deletion the personal data goes while registrations and themes stay, anonymised.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { companies, emailOutbox, registrations, sessions, themes, themeSupports, users } from '@/db/schema';
import { deleteMyAccount } from '@/lib/account/delete-my-account';
import { exportMyData } from '@/lib/account/export-my-data';
import { registerForMeeting } from '@/lib/registrations/register-for-meeting';
import { proposeTheme } from '@/lib/themes/propose-theme';
import { supportTheme } from '@/lib/themes/support-theme';
import { makeForumSettings, makeMeeting, makeTheme, makeUser } from '../../support/fixtures';
import { emailsTo, makeCompanyPeople, registrationsOf } from '../../support/fixtures-registrations';

async function personWithHistory() {
  const db = await getDb();
  const person = await makeUser('company', { name: 'Maria Lund', phone: '12345678' });
  const held = await makeMeeting({ title: 'Holdt møde', startsAt: new Date(Date.now() - 30 * 86_400_000) });
  await db.insert(registrations).values({ meetingId: held.id, userId: person.id, companyId: person.companyId, status: 'attended', note: 'Glutenfri' });
  const upcoming = await makeMeeting({ title: 'Kommende møde', capacity: 1 });
  await registerForMeeting(db, person, { meetingId: upcoming.id, colleagues: 0, note: 'Vegetar' });
  const theme = await proposeTheme(db, person, {
    title: 'Grøn omstilling i små virksomheder',
    description: 'Hvordan kommer de mindste virksomheder i gang med grøn omstilling?',
    category: 'green_growth',
    wishedMeetingId: null,
  });
  const supported = await makeTheme({ title: 'Letbanen' });
  await supportTheme(db, person, { themeId: supported.id });
  await db.insert(sessions).values({ sessionToken: `t-${person.id}`, userId: person.id, expires: new Date(Date.now() + 3600_000) });
  return { person, held, upcoming, theme, supported };
}

describe('my data', () => {
  beforeAll(async () => {
    await makeForumSettings();
  });

  it('exports the profile, the company, registrations, themes, supports and emails', async () => {
    const { person } = await personWithHistory();
    const data = await exportMyData(await getDb(), person.id);
    expect(data!.person).toMatchObject({ email: person.email, name: 'Maria Lund', phone: '12345678', role: 'company' });
    expect(data!.company?.name).toMatch(/^Test ApS/);
    expect(data!.registrations.map((r) => [r.meeting, r.status, r.note])).toEqual([
      ['Holdt møde', 'attended', 'Glutenfri'],
      ['Kommende møde', 'registered', 'Vegetar'],
    ]);
    expect(data!.proposedThemes.map((t) => t.title)).toEqual(['Grøn omstilling i små virksomheder']);
    expect(data!.themeSupports.map((s) => s.theme)).toEqual(['Letbanen']);
    // The proposer follows its own theme from the start.
    expect(data!.themesFollowed.map((f) => f.theme)).toEqual(['Grøn omstilling i små virksomheder']);
    expect(data!.emails.map((e) => e.kind)).toEqual(['registration-confirmed']);
    expect(JSON.stringify(data)).not.toContain('"id"');
  });

  it('exports nothing of anyone else', async () => {
    const { person } = await personWithHistory();
    const other = await personWithHistory();
    const data = await exportMyData(await getDb(), person.id);
    const text = JSON.stringify(data);
    expect(text).not.toContain(other.person.email);
    expect(data!.registrations).toHaveLength(2);
  });
});

describe('deleting my account', () => {
  it('removes the personal data and keeps registrations and themes anonymised', async () => {
    const db = await getDb();
    const { person, held, upcoming, theme, supported } = await personWithHistory();
    await deleteMyAccount(db, person);

    expect(await db.select().from(users).where(eq(users.id, person.id))).toEqual([]);
    expect(await db.select().from(sessions).where(eq(sessions.userId, person.id))).toEqual([]);
    expect(await emailsTo(person.email)).toEqual([]);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.toUserId, person.id))).toEqual([]);

    const [attended] = await registrationsOf(held.id);
    expect(attended).toMatchObject({ userId: null, note: null, status: 'attended', companyId: person.companyId });
    const [future] = await registrationsOf(upcoming.id);
    expect(future).toMatchObject({ userId: null, note: null, status: 'cancelled' });

    const [kept] = await db.select().from(themes).where(eq(themes.id, theme.id));
    expect(kept).toMatchObject({ proposerId: null, companyId: person.companyId, title: 'Grøn omstilling i små virksomheder' });
    const [support] = await db.select().from(themeSupports).where(eq(themeSupports.themeId, supported.id));
    expect(support).toMatchObject({ userId: null, companyId: person.companyId });
    // The company is the business's record, not the person's: it stays for its other people.
    expect(await db.select().from(companies).where(eq(companies.id, person.companyId!))).toHaveLength(1);
  });

  it('gives the freed seat to the first on the waitlist, who is emailed', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ capacity: 1 });
    const [leaving, waiting] = await makeCompanyPeople(2, 'gdpr');
    await registerForMeeting(db, leaving, { meetingId: meeting.id, colleagues: 0, note: null });
    await registerForMeeting(db, waiting, { meetingId: meeting.id, colleagues: 0, note: null });
    const result = await deleteMyAccount(db, leaving);
    expect(result.promotedIds).toHaveLength(1);
    const rows = await registrationsOf(meeting.id);
    expect(rows.find((r) => r.userId === waiting.id)?.status).toBe('registered');
    expect((await emailsTo(waiting.email)).map((e) => e.kind)).toEqual(['registration-waitlisted', 'registration-promoted']);
  });
});
