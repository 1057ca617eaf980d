// Loads the demo data into an empty database. Idempotent: a database that already has the
// forum's settings is left alone.
import { addDays } from 'date-fns';
import { and, asc, eq } from 'drizzle-orm';
import { TZDate } from '@date-fns/tz';
import type { DbOrTx } from '../client';
import {
  attendees,
  agendaItems,
  agendaItemSpeakers,
  companies,
  followups,
  forumSettings,
  meetings,
  meetingThemes,
  registrations,
  speakers,
  themes,
  users,
} from '../schema';
import { copenhagenTime, TIME_ZONE } from '../../lib/format/copenhagen-time';
import { demoCompanies, demoSpeakers, demoUsers } from './demo-people';
import { demoDirectory, demoDirectoryArea, demoDirectoryAttendees } from './demo-directory';
import { exampleThemes, forumFacts, plannedMeetings } from './demo-forum';

type AgendaDraft = {
  kind: (typeof agendaItems.$inferInsert)['kind'];
  title: string;
  durationMinutes: number;
  themeKey?: string;
  speakerKeys?: string[];
};

function agendaFor(themeKeys: readonly string[], externalSpeakers: readonly string[], titles: Map<string, string>): AgendaDraft[] {
  return [
    { kind: 'welcome', title: 'Velkomst ved borgmesteren', durationMinutes: 15, speakerKeys: ['mayor'] },
    ...themeKeys.map((key, i): AgendaDraft => ({
      kind: 'theme',
      title: titles.get(key) ?? key,
      durationMinutes: 30,
      themeKey: key,
      speakerKeys: i === 0 ? [...externalSpeakers] : ['owner'],
    })),
    { kind: 'break', title: 'Pause med kaffe', durationMinutes: 15 },
    { kind: 'discussion', title: 'Fælles drøftelse ved bordene', durationMinutes: 30 },
    { kind: 'networking', title: 'Netværk', durationMinutes: 30 },
    { kind: 'closing', title: 'Opsamling og tak for i dag', durationMinutes: 10, speakerKeys: ['mayor'] },
  ];
}

/** A Wednesday at 16:00 about four weeks after `now`, in Copenhagen. */
export function upcomingMeetingStart(now: Date): Date {
  let day = new TZDate(addDays(now, 28).getTime(), TIME_ZONE);
  while (day.getDay() !== 3) day = new TZDate(addDays(day, 1).getTime(), TIME_ZONE);
  return copenhagenTime(day.getFullYear(), day.getMonth() + 1, day.getDate(), 16, 0);
}

export async function seedDemoData(db: DbOrTx, now = new Date()): Promise<boolean> {
  const existing = await db.select({ id: forumSettings.id }).from(forumSettings).limit(1);
  if (existing.length > 0) return false;

  await db.transaction(async (tx) => {
    await tx.insert(forumSettings).values({ id: 1, ...forumFacts });

    const companyIds = new Map<string, string>();
    for (const { key, ...company } of demoCompanies) {
      // The demo companies are known to the secretariat: verified from the start.
      const [row] = await tx.insert(companies).values({ ...company, verifiedAt: now }).returning({ id: companies.id });
      companyIds.set(key, row.id);
    }

    // The company directory: the sample CVR extract, as if the secretariat had imported it (one
    // insert for all of them).
    const directoryRows = await tx
      .insert(companies)
      .values(demoDirectory().map((c) => ({ ...c, area: demoDirectoryArea(c), city: c.postalCode === '2620' ? 'Albertslund' : null, importedAt: now })))
      .returning({ id: companies.id, cvr: companies.cvr });
    const directoryIds = new Map(directoryRows.map((r) => [r.cvr, r.id]));
    const directoryAttendees = demoDirectoryAttendees();

    const userIds = new Map<string, string>();
    for (const u of demoUsers) {
      const [row] = await tx
        .insert(users)
        .values({
          email: u.email,
          name: u.name,
          role: u.role,
          jobTitle: u.jobTitle,
          companyId: 'company' in u ? companyIds.get(u.company) : null,
        })
        .returning({ id: users.id });
      userIds.set(u.email, row.id);
    }
    const secretariatId = userIds.get('erhverv@albertslund.test')!;
    const chairId = userIds.get('borgmester@albertslund.test')!;

    const speakerIds = new Map<string, string>();
    for (const { key, ...speaker } of demoSpeakers) {
      const [row] = await tx.insert(speakers).values(speaker).returning({ id: speakers.id });
      speakerIds.set(key, row.id);
    }

    const themeIds = new Map<string, string>();
    const themeTitles = new Map<string, string>();
    for (const theme of exampleThemes) {
      const [row] = await tx
        .insert(themes)
        .values({
          title: theme.title,
          description: theme.description,
          category: theme.category,
          status: 'accepted',
          proposerId: secretariatId,
          decidedById: secretariatId,
          decidedAt: copenhagenTime(2014, 9, 16, 12),
          createdAt: copenhagenTime(2014, 9, 16, 12),
        })
        .returning({ id: themes.id });
      themeIds.set(theme.key, row.id);
      themeTitles.set(theme.key, theme.title);
    }

    const upcomingStart = upcomingMeetingStart(now);
    const monthName = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(upcomingStart);
    const schedule = [
      ...plannedMeetings.map((m) => ({
        ...m,
        start: copenhagenTime(m.date[0], m.date[1], m.date[2], 16, 0),
        capacity: 80 as number | null,
        deadline: null as Date | null,
        held: true,
      })),
      {
        key: 'upcoming',
        slug: `moede-${upcomingStart.toISOString().slice(0, 7)}`,
        title: `Strategisk Erhvervsforum, ${monthName}`,
        themes: ['networks', 'local'],
        speakers: ['growth'],
        description: 'Virksomhedsnetværk inden for miljø og klima samt sundhed og velfærd – og hvilke lokale tiltag vi skal sætte i gang sammen. Alle virksomheder i Albertslund er velkomne.',
        start: upcomingStart,
        capacity: 60,
        deadline: addDays(upcomingStart, -2),
        held: false,
      },
    ];

    for (const m of schedule) {
      const agenda = agendaFor(m.themes, m.speakers, themeTitles);
      const minutes = agenda.reduce((sum, item) => sum + item.durationMinutes, 0);
      const [meeting] = await tx
        .insert(meetings)
        .values({
          slug: m.slug,
          title: m.title,
          description: m.description,
          startsAt: m.start,
          endsAt: new Date(m.start.getTime() + minutes * 60_000),
          place: 'Albertslund Rådhus, Byrådssalen',
          address: 'Nordmarks Allé 1, 2620 Albertslund',
          capacity: m.capacity,
          registrationDeadline: m.deadline,
          status: 'published',
          publishedAt: addDays(m.start, -30),
        })
        .returning({ id: meetings.id });

      await tx.insert(meetingThemes).values(
        m.themes.map((key, position) => ({ meetingId: meeting.id, themeId: themeIds.get(key)!, position })),
      );

      for (const [position, item] of agenda.entries()) {
        const [row] = await tx
          .insert(agendaItems)
          .values({
            meetingId: meeting.id,
            position,
            kind: item.kind,
            title: item.title,
            durationMinutes: item.durationMinutes,
            themeId: item.themeKey ? themeIds.get(item.themeKey) : null,
          })
          .returning({ id: agendaItems.id });
        if (item.speakerKeys?.length) {
          await tx.insert(agendaItemSpeakers).values(
            item.speakerKeys.map((k) => ({ agendaItemId: row.id, speakerId: speakerIds.get(k)! })),
          );
        }
      }

      if (m.held) {
        await tx.insert(registrations).values(
          demoUsers
            .filter((u) => u.role === 'company')
            .map((u) => ({
              meetingId: meeting.id,
              userId: userIds.get(u.email)!,
              companyId: companyIds.get('company' in u ? u.company : '')!,
              colleagues: 1,
              status: 'attended' as const,
              attendedAt: m.start,
              createdAt: addDays(m.start, -10),
            })),
        );
        // Directory companies that came too (not to september-2015: see demo-directory.ts). No
        // user: they registered through the secretariat, and the rows count for the statistics.
        const fromDirectory = m.key === 'oct2014' ? directoryAttendees.oct2014 : m.key === 'jan2015' ? directoryAttendees.jan2015 : [];
        if (fromDirectory.length) {
          await tx.insert(registrations).values(
            fromDirectory.map((cvr, i) => ({
              meetingId: meeting.id,
              userId: null,
              companyId: directoryIds.get(cvr)!,
              colleagues: i % 3 === 0 ? 1 : 0,
              status: 'attended' as const,
              attendedAt: m.start,
              createdAt: addDays(m.start, -12),
            })),
          );
        }
      }

      if (m.key === 'oct2014' || m.key === 'jan2015') {
        const dispatchedAt = addDays(m.start, 7);
        const common = { meetingId: meeting.id, status: 'dispatched' as const, dispatchedAt, dispatchedById: secretariatId };
        await tx.insert(followups).values([
          {
            ...common,
            kind: 'briefing',
            // Sent with the chair's approval, as every briefing is.
            approval: 'approved' as const,
            approvalRequestedAt: addDays(m.start, 5),
            approvalRequestedById: secretariatId,
            approvalDecidedAt: addDays(m.start, 6),
            approvalDecidedById: chairId,
            caseNumber: `24.10.00-A00-${m.key === 'oct2014' ? 3 : 1}-${m.key === 'oct2014' ? 14 : 15}`,
            summary: `Strategisk Erhvervsforum orienterer om mødet ${m.title.replace('Strategisk Erhvervsforum, ', '')} og de temaer, virksomhederne tog op.`,
            title: `Orientering til Økonomiudvalget: ${m.title}`,
            body: `Strategisk Erhvervsforum holdt møde på Albertslund Rådhus.\n\n## Temaer\n\n${m.themes.map((k) => `- ${themeTitles.get(k)}`).join('\n')}\n\nDeltagerne drøftede temaerne ved bordene, og sekretariatet følger op på de konkrete forslag.`,
          },
          {
            ...common,
            kind: 'participant_email',
            title: `Tak for deltagelsen i ${m.title}`,
            body: 'Tak fordi du deltog. Her er en kort opsummering af mødet og de næste skridt.',
          },
          {
            ...common,
            kind: 'article',
            slug: `${m.slug}-virksomhederne-satte-dagsordenen`,
            title: `Virksomhederne satte dagsordenen i ${m.title.replace('Strategisk Erhvervsforum, ', '')}`,
            lead: 'Borgmesteren og virksomhederne drøftede vækst, innovation og vilkårene for at drive virksomhed i Albertslund.',
            body: `Mødet samlede virksomheder fra hele Albertslund. ${m.description}\n\nNæste møde annonceres her på siden.`,
          },
        ]);
      }
    }
    await nameDemoColleagues(tx);
  });
  return true;
}

/** Fictional Danish names for the colleagues the demo registrations bring (the counts stay). */
const demoFirstNames = ['Mette', 'Jonas', 'Line', 'Anders', 'Sofie', 'Kasper', 'Camilla', 'Rasmus', 'Ida', 'Nikolaj', 'Louise', 'Emil', 'Julie', 'Mads', 'Sara', 'Frederik', 'Anne-Marie'];
const demoLastNames = ['Kjærgaard', 'Holm Sørensen', 'Dahl', 'Bach', 'Lindberg', 'Mølgaard', 'Juhl', 'Krogh', 'Vestergaard', 'Brandt', 'Skov', 'Fogh', 'Thygesen'];

/** Names every unnamed colleague of the demo registrations. */
async function nameDemoColleagues(tx: DbOrTx) {
  const unnamed = await tx
    .select({ id: attendees.id })
    .from(attendees)
    .where(and(eq(attendees.isRegistrant, false), eq(attendees.name, '')))
    .orderBy(asc(attendees.createdAt), asc(attendees.id));
  for (const [i, { id }] of unnamed.entries()) {
    const name = `${demoFirstNames[i % demoFirstNames.length]} ${demoLastNames[(i * 5) % demoLastNames.length]}`;
    await tx.update(attendees).set({ name }).where(eq(attendees.id, id));
  }
}
