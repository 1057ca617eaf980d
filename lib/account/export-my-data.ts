// Everything the forum holds about one person, as JSON (GDPR art. 15 and 20): the profile, the
// company, registrations (with the people of each party), proposed themes, supports given, themes
// followed and the emails sent to them.
import 'server-only';
import { asc, eq, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companyProfileColumns } from '@/lib/companies/queries';
import { attendees, companies, emailOutbox, meetings, registrations, themeFollows, themes, themeSupports, users } from '@/db/schema';

export async function exportMyData(db: DbOrTx, userId: string) {
  const [person] = await db
    .select({
      email: users.email,
      name: users.name,
      jobTitle: users.jobTitle,
      phone: users.phone,
      role: users.role,
      locale: users.locale,
      createdAt: users.createdAt,
      companyId: users.companyId,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!person) return null;
  const { companyId, ...profile } = person;

  const [company, myRegistrations, myThemes, mySupports, myFollows, myEmails] = await Promise.all([
    companyId
      ? db
          .select(companyProfileColumns)
          .from(companies)
          .where(eq(companies.id, companyId))
          .then((rows) => rows[0] ?? null)
      : Promise.resolve(null),
    db
      .select({
        id: registrations.id,
        meeting: meetings.title,
        meetingStartsAt: meetings.startsAt,
        status: registrations.status,
        colleagues: registrations.colleagues,
        note: registrations.note,
        registeredAt: registrations.createdAt,
        cancelledAt: registrations.cancelledAt,
        attendedAt: registrations.attendedAt,
      })
      .from(registrations)
      .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
      .where(eq(registrations.userId, userId))
      .orderBy(asc(registrations.createdAt)),
    db
      .select({
        title: themes.title,
        description: themes.description,
        category: themes.category,
        status: themes.status,
        moderatorAnswer: themes.moderatorAnswer,
        proposedAt: themes.createdAt,
        decidedAt: themes.decidedAt,
      })
      .from(themes)
      .where(eq(themes.proposerId, userId))
      .orderBy(asc(themes.createdAt)),
    db
      .select({ theme: themes.title, supportedAt: themeSupports.createdAt })
      .from(themeSupports)
      .innerJoin(themes, eq(themes.id, themeSupports.themeId))
      .where(eq(themeSupports.userId, userId))
      .orderBy(asc(themeSupports.createdAt)),
    db
      .select({ theme: themes.title, followedSince: themeFollows.createdAt })
      .from(themeFollows)
      .innerJoin(themes, eq(themes.id, themeFollows.themeId))
      .where(eq(themeFollows.userId, userId))
      .orderBy(asc(themeFollows.createdAt)),
    db
      .select({ kind: emailOutbox.kind, subject: emailOutbox.subject, status: emailOutbox.status, createdAt: emailOutbox.createdAt })
      .from(emailOutbox)
      .where(or(eq(emailOutbox.toUserId, userId), eq(emailOutbox.toEmail, person.email)))
      .orderBy(asc(emailOutbox.createdAt)),
  ]);

  // Each party with its people (the names, addresses and notes the person gave for them).
  const people = myRegistrations.length
    ? await db
        .select({
          registrationId: attendees.registrationId,
          isRegistrant: attendees.isRegistrant,
          name: attendees.name,
          email: attendees.email,
          note: attendees.note,
          cancelledAt: attendees.cancelledAt,
          checkedInAt: attendees.checkedInAt,
        })
        .from(attendees)
        .where(inArray(attendees.registrationId, myRegistrations.map((r) => r.id)))
        .orderBy(asc(attendees.position), asc(attendees.createdAt))
    : [];

  return {
    exportedAt: new Date().toISOString(),
    person: profile,
    company,
    registrations: myRegistrations.map(({ id, ...registration }) => ({
      ...registration,
      attendees: people
        .filter((p) => p.registrationId === id)
        .map(({ registrationId: _registrationId, ...person }) => person),
    })),
    proposedThemes: myThemes,
    themeSupports: mySupports,
    themesFollowed: myFollows,
    emails: myEmails,
  };
}

export type MyDataExport = NonNullable<Awaited<ReturnType<typeof exportMyData>>>;
