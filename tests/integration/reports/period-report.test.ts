// The period report's figures counted against rows built here: meetings inside and outside the
// period (its edges in Copenhagen time), a cancelled and a not yet held meeting left out, people
// checked in where attendance was taken and else registered, cancelled attendees not counted,
// themes proposed / accepted / discussed each counted once, industries and sizes, evaluation
// averages and the follow-ups sent.
import { beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { agendaItems, attendees, evaluations, followups, meetingThemes, registrations } from '@/db/schema';
import { copenhagenTime } from '@/lib/format/copenhagen-time';
import { readPeriodReport, readReportYears, type PeriodReport } from '@/lib/reports/queries';
import { buildReportDocx } from '@/lib/reports/report-docx';
import { reportText } from '@/lib/reports/report-tables';
import { strFromU8, unzipSync } from 'fflate';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/lib/i18n/messages';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';
import { readForumSettings } from '@/lib/forum/queries';
import { readMeetingStatistics } from '@/lib/council/queries';
import { makeCompany, makeForumSettings, makeMeeting, makeTheme } from '../../support/fixtures';

const period = { from: '2019-01-01', to: '2019-12-31' };
const now = copenhagenTime(2019, 12, 1, 12);

type Status = 'registered' | 'attended' | 'cancelled' | 'waitlisted';

async function register(meetingId: string, companyId: string | null, status: Status, colleagues = 0) {
  const db = await getDb();
  const [registration] = await db.insert(registrations).values({ meetingId, companyId, status, colleagues }).returning();
  // The attendees trigger made the registrant and one attendee per colleague.
  return db.select().from(attendees).where(eq(attendees.registrationId, registration.id)).orderBy(asc(attendees.position));
}

/** A party registered as attended comes checked in whole (the trigger); this one did not come. */
async function notCheckedIn(id: string) {
  const db = await getDb();
  await db.update(attendees).set({ checkedInAt: null }).where(eq(attendees.id, id));
}

async function cancelAttendee(id: string) {
  const db = await getDb();
  await db.update(attendees).set({ cancelledAt: now }).where(eq(attendees.id, id));
}

describe('the period report', () => {
  let report: PeriodReport;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const db = await getDb();
    const m1 = await makeMeeting({ title: 'Marts 2019', startsAt: copenhagenTime(2019, 3, 10, 16) });
    // Half past midnight on 1 January in Copenhagen is still 2018 in UTC: inside the period.
    const m2 = await makeMeeting({ title: 'Nytår 2019', startsAt: copenhagenTime(2019, 1, 1, 0, 30) });
    const cancelled = await makeMeeting({ title: 'Aflyst', startsAt: copenhagenTime(2019, 6, 1, 16), status: 'cancelled' });
    const before = await makeMeeting({ title: 'Nytårsaften 2018', startsAt: copenhagenTime(2018, 12, 31, 23, 30) });
    const after = await makeMeeting({ title: 'Nytår 2020', startsAt: copenhagenTime(2020, 1, 1, 0, 30) });
    const notYet = await makeMeeting({ title: 'December 2019', startsAt: copenhagenTime(2019, 12, 15, 16) });
    const draft = await makeMeeting({ title: 'Kladde', startsAt: copenhagenTime(2019, 5, 1, 16), status: 'draft' });
    Object.assign(ids, { m1: m1.id, m2: m2.id });

    const a = await makeCompany({ industry: 'Produktion', employees: 24 });
    const b = await makeCompany({ industry: 'Handel', employees: null, employeesBand: '5-9' });
    const c = await makeCompany({ industry: 'Rådgivning', employees: 3 });
    const d = await makeCompany({ industry: null, employees: null });
    const e = await makeCompany({ industry: 'Produktion', employees: 150 });
    const f = await makeCompany({ industry: 'Transport' });

    // m1: attendance taken. A came three strong, two checked in; B checked in two, one of whom
    // then gave up the seat; C registered but did not come.
    const [a1, a2, absent] = await register(m1.id, a.id, 'attended', 2);
    await notCheckedIn(absent.id);
    const [b1, b2] = await register(m1.id, b.id, 'attended', 1);
    await cancelAttendee(b2.id);
    await register(m1.id, c.id, 'registered');

    // m2: no attendance taken, so the registered count. E's colleague gave up the seat; the
    // waitlisted and the cancelled do not count.
    const [a3] = await register(m2.id, a.id, 'registered', 1);
    await register(m2.id, d.id, 'registered');
    const [, e2] = await register(m2.id, e.id, 'registered', 1);
    await cancelAttendee(e2.id);
    await register(m2.id, f.id, 'waitlisted', 3);
    await register(m2.id, f.id, 'cancelled', 2);

    for (const m of [cancelled, before, after, notYet, draft]) await register(m.id, f.id, m === notYet || m === draft ? 'registered' : 'attended', 4);
    const [outsider] = await db.select().from(attendees).where(eq(attendees.meetingId, before.id));

    const t1 = await makeTheme({ title: 'Foreslået i 2019', status: 'submitted', createdAt: copenhagenTime(2019, 2, 1) });
    const t2 = await makeTheme({
      title: 'Godkendt i 2019',
      status: 'accepted',
      createdAt: copenhagenTime(2018, 5, 1),
      decidedAt: copenhagenTime(2019, 2, 10),
      outcome: 'Økonomiudvalget besluttede at afsætte midler til en erhvervsvejviser.',
      outcomeCaseNumber: '19/01234',
    });
    const t3 = await makeTheme({ title: 'Foreslået, godkendt og drøftet', status: 'accepted', createdAt: copenhagenTime(2019, 3, 1), decidedAt: copenhagenTime(2019, 3, 5) });
    await makeTheme({ title: 'Trukket tilbage', status: 'withdrawn', createdAt: copenhagenTime(2019, 4, 1) });
    const t5 = await makeTheme({ title: 'Kun på aflyst møde', createdAt: copenhagenTime(2017, 1, 1), decidedAt: copenhagenTime(2017, 1, 2) });
    await makeTheme({ title: 'Foreslået i 2020', status: 'submitted', createdAt: copenhagenTime(2020, 2, 1) });
    Object.assign(ids, { t1: t1.id, t2: t2.id, t3: t3.id });
    await db.insert(meetingThemes).values([
      { meetingId: m1.id, themeId: t2.id, position: 0 },
      { meetingId: m1.id, themeId: t3.id, position: 1 },
      { meetingId: m2.id, themeId: t3.id, position: 0 },
      { meetingId: cancelled.id, themeId: t5.id, position: 0 },
    ]);
    // On the agenda as well as linked to the meeting: still one discussion.
    await db.insert(agendaItems).values({ meetingId: m1.id, position: 0, kind: 'theme', title: 'Godkendt i 2019', durationMinutes: 30, themeId: t2.id });

    await db.insert(evaluations).values([
      { meetingId: m1.id, attendeeId: a1.id, usefulness: 5 },
      { meetingId: m1.id, attendeeId: a2.id, usefulness: 4 },
      { meetingId: m1.id, attendeeId: b1.id, usefulness: 3 },
      { meetingId: m2.id, attendeeId: a3.id, usefulness: 2 },
      { meetingId: before.id, attendeeId: outsider.id, usefulness: 1 },
    ]);

    await db.insert(followups).values([
      { meetingId: m1.id, kind: 'briefing', status: 'dispatched', dispatchedAt: copenhagenTime(2019, 3, 17, 9) },
      { meetingId: m1.id, kind: 'participant_email', status: 'dispatched', dispatchedAt: copenhagenTime(2019, 3, 12, 9) },
      { meetingId: m1.id, kind: 'article', status: 'draft' },
      { meetingId: before.id, kind: 'briefing', status: 'dispatched', dispatchedAt: copenhagenTime(2019, 1, 5, 9) },
    ]);

    report = await readPeriodReport(db, period, now);
  });

  it('lists the meetings held in the period, in date order, and no other', () => {
    expect(report.meetings.map((m) => m.title)).toEqual(['Nytår 2019', 'Marts 2019']);
  });

  it('counts the checked-in where attendance was taken and the registered seats where not, without cancelled attendees', () => {
    const m1 = report.meetings.find((m) => m.id === ids.m1)!;
    const m2 = report.meetings.find((m) => m.id === ids.m2)!;
    expect([m1.attendanceTaken, m1.participants, m1.companies]).toEqual([true, 3, 2]);
    expect([m2.attendanceTaken, m2.participants, m2.companies]).toEqual([false, 4, 3]);
    expect(report.totals).toEqual({ meetings: 2, participants: 7, companies: 4 });
  });

  it("counts each meeting's people and companies as the council statistics do", async () => {
    const council = await readMeetingStatistics(await getDb(), now);
    for (const m of report.meetings) {
      const same = council.meetings.find((c) => c.id === m.id)!;
      expect([m.participants, m.companies, m.attendanceTaken]).toEqual([same.participants, same.companies, same.attendanceTaken]);
    }
  });

  it('counts each theme proposed, accepted and discussed in the period once', () => {
    expect(report.themeCounts).toEqual({ proposed: 2, accepted: 2, discussed: 2, withOutcome: 1 });
    expect(report.themes.map((t) => t.title)).toEqual(['Godkendt i 2019', 'Foreslået i 2019', 'Foreslået, godkendt og drøftet']);
    const t2 = report.themes.find((t) => t.id === ids.t2)!;
    expect(t2.proposedAt).toBeNull();
    expect(t2.acceptedAt).toEqual(copenhagenTime(2019, 2, 10));
    expect(t2.discussedAt.map((d) => d.title)).toEqual(['Marts 2019']);
    expect([t2.outcome, t2.outcomeCaseNumber]).toEqual(['Økonomiudvalget besluttede at afsætte midler til en erhvervsvejviser.', '19/01234']);
    expect(report.themes.find((t) => t.id === ids.t3)!.discussedAt.map((d) => d.title)).toEqual(['Nytår 2019', 'Marts 2019']);
    expect(report.themes.find((t) => t.id === ids.t1)!.discussedAt).toEqual([]);
  });

  it('groups the companies and people who took part by industry and by size', () => {
    expect(report.industries).toEqual([
      { key: 'Produktion', companies: 2, participants: 5 },
      { key: 'Handel', companies: 1, participants: 1 },
      { key: null, companies: 1, participants: 1 },
    ]);
    expect(report.sizes).toEqual([
      { key: '5-9', companies: 1, participants: 1 },
      { key: '20-49', companies: 1, participants: 4 },
      { key: '100-199', companies: 1, participants: 1 },
      { key: null, companies: 1, participants: 1 },
    ]);
  });

  it('averages the evaluation per meeting and over every answer of the period', () => {
    const m1 = report.meetings.find((m) => m.id === ids.m1)!;
    const m2 = report.meetings.find((m) => m.id === ids.m2)!;
    expect(m1.evaluation).toEqual({ answers: 3, average: 4 });
    expect(m2.evaluation).toEqual({ answers: 1, average: 2 });
    expect(report.evaluation).toEqual({ answers: 4, average: 3.5 });
  });

  it('shows which follow-ups were sent, and when', () => {
    const m1 = report.meetings.find((m) => m.id === ids.m1)!;
    expect(m1.followups).toEqual({ briefing: copenhagenTime(2019, 3, 17, 9), participant_email: copenhagenTime(2019, 3, 12, 9), article: null });
    expect(report.meetings.find((m) => m.id === ids.m2)!.followups).toEqual({ briefing: null, participant_email: null, article: null });
    expect(report.followupsDone).toEqual({ briefing: 1, participant_email: 1, article: 0 });
  });

  it('is empty for a period without meetings or themes', async () => {
    const empty = await readPeriodReport(await getDb(), { from: '2016-01-01', to: '2016-12-31' }, now);
    expect(empty.meetings).toEqual([]);
    expect(empty.themes).toEqual([]);
    expect(empty.industries).toEqual([]);
    expect(empty.evaluation).toEqual({ answers: 0, average: null });
  });

  it('offers the years in which meetings were held', async () => {
    expect(await readReportYears(await getDb(), now)).toEqual([2018, 2019]);
  });

  it('writes the report as a Word file with its headings, tables, outcomes and Danish numbers and dates', async () => {
    await makeForumSettings();
    const db = await getDb();
    const messages = loadMessages('da');
    const t = withRuntimeKeys(createTranslator({ locale: 'da', messages, namespace: 'reports' }));
    const tThemes = withRuntimeKeys(createTranslator({ locale: 'da', messages, namespace: 'themes' }));
    const text = reportText(report, { t, category: (c) => tThemes(`categories.${c}`), locale: 'da' });
    const file = await buildReportDocx(text, { t, settings: await readForumSettings(db), locale: 'da', now: copenhagenTime(2020, 1, 15, 10) });
    const xml = strFromU8(unzipSync(new Uint8Array(file))['word/document.xml']);
    const words = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(words).toContain('Strategisk Erhvervsforum: rapport for 1. januar 2019 – 31. december 2019');
    expect(words).toContain('Økonomiudvalget');
    expect(words).toContain('15. januar 2020');
    // Headings are Word headings, so the case system's outline and a screen reader find them.
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect((xml.match(/<w:pStyle w:val="Heading2"\/>/g) ?? []).length).toBe(7);
    expect(words).toContain('Økonomiudvalget besluttede at afsætte midler til en erhvervsvejviser. Sagsnr. 19/01234');
    expect(words).toContain('10. marts 2019');
    // The averages with a decimal comma: 4,0 for the March meeting, 3,5 for the period.
    expect(words).toMatch(/Marts 2019 \(10\. marts 2019\) 4,0 3/);
    expect(words).toMatch(/Hele perioden 3,5 4/);
    expect(words).toContain('Sendt 17. marts 2019');
    expect(words).toContain('20-49 ansatte');
  });

  it('writes an empty period as its empty state', async () => {
    const db = await getDb();
    const messages = loadMessages('en');
    const t = withRuntimeKeys(createTranslator({ locale: 'en', messages, namespace: 'reports' }));
    const empty = await readPeriodReport(db, { from: '2016-01-01', to: '2016-12-31' }, now);
    const text = reportText(empty, { t, category: (c) => c, locale: 'en' });
    const xml = strFromU8(unzipSync(new Uint8Array(await buildReportDocx(text, { t, settings: null, locale: 'en' })))['word/document.xml']);
    expect(xml).toContain('No activity in the period');
    expect(xml).toContain('No meetings were held and no themes were proposed, accepted or discussed from 1 January 2016 to 31 December 2016.');
  });
});
