// Everything the forum holds about one person, as JSON (GDPR art. 15 and 20): the profile, the
// company, registrations, proposed themes, supports given and the emails sent to them.
import 'server-only';
import { asc, eq, or } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companyProfileColumns } from '@/lib/companies/queries';
import { companies, emailOutbox, meetings, registrations, themes, themeSupports, users } from '@/db/schema';

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

  const [company, myRegistrations, myThemes, mySupports, myEmails] = await Promise.all([
    companyId
      ? db
          .select(companyProfileColumns)
          .from(companies)
          .where(eq(companies.id, companyId))
          .then((rows) => rows[0] ?? null)
      : Promise.resolve(null),
    db
      .select({
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
      .select({ kind: emailOutbox.kind, subject: emailOutbox.subject, status: emailOutbox.status, createdAt: emailOutbox.createdAt })
      .from(emailOutbox)
      .where(or(eq(emailOutbox.toUserId, userId), eq(emailOutbox.toEmail, person.email)))
      .orderBy(asc(emailOutbox.createdAt)),
  ]);

  return {
    exportedAt: new Date().toISOString(),
    person: profile,
    company,
    registrations: myRegistrations,
    proposedThemes: myThemes,
    themeSupports: mySupports,
    emails: myEmails,
  };
}

export type MyDataExport = NonNullable<Awaited<ReturnType<typeof exportMyData>>>;
