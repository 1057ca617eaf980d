// Builders for the follow-up tests: a held meeting with themes, an agenda with an external
// speaker, companies in two industries and their people registered (and attended), and
// council members.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { agendaItems, agendaItemSpeakers, followups, meetingThemes, registrations, speakers } from '@/db/schema';
import { approveBriefing } from '@/lib/followups/approve-briefing';
import { requestBriefingApproval } from '@/lib/followups/request-briefing-approval';
import { makeCompany, makeForumSettings, makeMeeting, makeTheme, makeUser } from './fixtures';

type Person = { status?: 'registered' | 'attended' | 'cancelled' | 'waitlisted'; locale?: 'da' | 'en'; colleagues?: number; industry?: string; deactivated?: boolean };

export async function makeHeldMeeting(options: { people?: Person[]; startsAt?: Date; status?: 'published' | 'draft' | 'cancelled' } = {}) {
  await makeForumSettings();
  const db = await getDb();
  const startsAt = options.startsAt ?? new Date(Date.now() - 3 * 24 * 3600_000);
  const meeting = await makeMeeting({ startsAt, status: options.status ?? 'published', title: 'Erhvervsforum, maj', place: 'Albertslund Rådhus' });
  const themeA = await makeTheme({ title: 'Grøn omstilling i industrien', category: 'green_growth' });
  const themeB = await makeTheme({ title: 'Letbanen og mobilitet', category: 'mobility' });
  await db.insert(meetingThemes).values([
    { meetingId: meeting.id, themeId: themeA.id, position: 0 },
    { meetingId: meeting.id, themeId: themeB.id, position: 1 },
  ]);
  const [welcome, talk] = await db
    .insert(agendaItems)
    .values([
      { meetingId: meeting.id, position: 0, kind: 'welcome', title: 'Velkomst', durationMinutes: 15 },
      { meetingId: meeting.id, position: 1, kind: 'talk', title: 'Oplæg om Letbanen', durationMinutes: 30, themeId: themeB.id },
    ])
    .returning();
  const [mayor, expert] = await db
    .insert(speakers)
    .values([
      { name: 'Borgmester Test', organisation: 'Albertslund Kommune', external: false },
      { name: 'Ekstern Ekspert', organisation: 'Hovedstadens Letbane', title: 'Planlægger', external: true },
    ])
    .returning();
  await db.insert(agendaItemSpeakers).values([
    { agendaItemId: welcome.id, speakerId: mayor.id },
    { agendaItemId: talk.id, speakerId: expert.id },
  ]);

  const people = [];
  for (const person of options.people ?? []) {
    const company = await makeCompany({ industry: person.industry ?? 'Produktion' });
    const user = await makeUser('company', {
      companyId: company.id,
      locale: person.locale ?? 'da',
      deactivatedAt: person.deactivated ? new Date() : null,
    });
    await db.insert(registrations).values({
      meetingId: meeting.id,
      userId: user.id,
      companyId: company.id,
      colleagues: person.colleagues ?? 0,
      status: person.status ?? 'attended',
      attendedAt: person.status === 'attended' || !person.status ? startsAt : null,
    });
    people.push({ user, company, ...person });
  }
  return { meeting, themes: [themeA, themeB], speakers: { mayor, expert }, people };
}

export async function makeCouncilMembers(locales: ('da' | 'en')[]) {
  const members = [];
  for (const locale of locales) members.push(await makeUser('council', { locale }));
  return members;
}

export const actorFrom = (user: { id: string; email: string; locale?: 'da' | 'en' }) => ({
  id: user.id,
  email: user.email,
  locale: user.locale ?? ('da' as const),
});

/**
 * A briefing saved with its case fields, asked for approval by `secretariat` and approved by
 * `chair`: what must happen before dispatchBriefing sends it. Returns the approved version.
 */
export async function approveBriefingDraft(
  secretariat: { id: string; email: string },
  chair: { id: string; email: string },
  input: { meetingId: string; title: string; body: string; caseNumber?: string; summary?: string; recommendation?: string },
) {
  const db = await getDb();
  const content = { caseNumber: '00.01.00-A00-1-25', summary: 'Kort resumé.', ...input };
  const { followupId } = await requestBriefingApproval(db, actorFrom(secretariat), content);
  const [row] = await db.select({ version: followups.version }).from(followups).where(eq(followups.id, followupId));
  await approveBriefing(db, actorFrom(chair), { followupId, version: row.version });
  return { followupId, version: row.version, content };
}
