// Reads of the period report, nothing that writes: for a period (two days, both included, in
// Copenhagen time) the meetings held in it with their participants, evaluation and follow-ups,
// the themes proposed, accepted or discussed in it with their outcomes, and who took part by
// company (shaped into industries and sizes by rules.ts). A fixed handful of grouped queries,
// none per row. People are counted as everywhere else (lib/registrations/seats.ts): those checked
// in once attendance was taken at a meeting, otherwise the seats registered.
import 'server-only';
import { and, asc, count, eq, gte, inArray, isNotNull, lt, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agendaItems, companies, evaluations, followupKinds, followups, meetings, meetingThemes, registrations, themes, type themeStatuses } from '@/db/schema';
import { heldMeetings } from '@/lib/meetings/held-meetings';
import { presentSum, seatHoldingStatuses, seatSum } from '@/lib/registrations/seats';
import { publishedThemeTitle } from '@/lib/themes/published-wording';
import { average, byIndustry, bySize, copenhagenYear, periodBounds, type CompanyParticipation, type Period } from './rules';

type FollowupKind = (typeof followupKinds)[number];
type ThemeStatus = (typeof themeStatuses)[number];

export type ReportMeeting = {
  id: string;
  title: string;
  startsAt: Date;
  attendanceTaken: boolean;
  participants: number;
  companies: number;
  evaluation: { answers: number; average: number | null };
  /** When each follow-up was sent, or null while it is not. */
  followups: Record<FollowupKind, Date | null>;
};

export type ReportTheme = {
  id: string;
  title: string;
  category: string;
  status: ThemeStatus;
  /** Set when the theme was proposed in the period. */
  proposedAt: Date | null;
  /** Set when the theme was accepted in the period. */
  acceptedAt: Date | null;
  /** The held meetings of the period that had it on the agenda. */
  discussedAt: { meetingId: string; title: string; startsAt: Date }[];
  outcome: string | null;
  outcomeCaseNumber: string | null;
};

export async function readPeriodReport(db: DbOrTx, period: Period, now = new Date()) {
  const { start, end } = periodBounds(period);
  const heldInPeriod = and(heldMeetings(now), gte(meetings.startsAt, start), lt(meetings.startsAt, end));

  const [meetingRows, counts, evaluationRows, followupRows, onAgenda, asAgendaItem] = await Promise.all([
    db.select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt }).from(meetings).where(heldInPeriod).orderBy(asc(meetings.startsAt)),
    db
      .select({
        meetingId: registrations.meetingId,
        status: registrations.status,
        participants: seatSum(),
        present: presentSum(),
        companies: sql<number>`count(distinct ${registrations.companyId})::int`,
      })
      .from(registrations)
      .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
      .where(and(heldInPeriod, inArray(registrations.status, [...seatHoldingStatuses])))
      .groupBy(registrations.meetingId, registrations.status),
    db
      .select({ meetingId: evaluations.meetingId, answers: count(), sum: sql<number>`coalesce(sum(${evaluations.usefulness}), 0)::int` })
      .from(evaluations)
      .innerJoin(meetings, eq(meetings.id, evaluations.meetingId))
      .where(heldInPeriod)
      .groupBy(evaluations.meetingId),
    db
      .select({ meetingId: followups.meetingId, kind: followups.kind, dispatchedAt: followups.dispatchedAt })
      .from(followups)
      .innerJoin(meetings, eq(meetings.id, followups.meetingId))
      .where(and(heldInPeriod, eq(followups.status, 'dispatched'))),
    db
      .select({ themeId: meetingThemes.themeId, meetingId: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
      .from(meetingThemes)
      .innerJoin(meetings, eq(meetings.id, meetingThemes.meetingId))
      .where(heldInPeriod),
    db
      .select({ themeId: agendaItems.themeId, meetingId: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(and(heldInPeriod, isNotNull(agendaItems.themeId))),
  ]);

  const perMeeting: ReportMeeting[] = meetingRows.map((m) => {
    const attended = counts.find((c) => c.meetingId === m.id && c.status === 'attended');
    const registered = counts.find((c) => c.meetingId === m.id && c.status === 'registered');
    const evaluation = evaluationRows.find((e) => e.meetingId === m.id);
    const answers = Number(evaluation?.answers ?? 0);
    const sent = (kind: FollowupKind) => followupRows.find((f) => f.meetingId === m.id && f.kind === kind)?.dispatchedAt ?? null;
    return {
      ...m,
      attendanceTaken: Boolean(attended),
      participants: Number(attended ? attended.present : (registered?.participants ?? 0)),
      companies: Number((attended ?? registered)?.companies ?? 0),
      evaluation: { answers, average: average(Number(evaluation?.sum ?? 0), answers) },
      followups: Object.fromEntries(followupKinds.map((k) => [k, sent(k)])) as Record<FollowupKind, Date | null>,
    };
  });

  // Who took part: the checked-in where attendance was taken, else the registered (as above).
  const attendedIds = perMeeting.filter((m) => m.attendanceTaken).map((m) => m.id);
  const registeredIds = perMeeting.filter((m) => !m.attendanceTaken).map((m) => m.id);
  const tookPart = or(
    and(eq(registrations.status, 'attended'), attendedIds.length ? inArray(registrations.meetingId, attendedIds) : sql`false`),
    and(eq(registrations.status, 'registered'), registeredIds.length ? inArray(registrations.meetingId, registeredIds) : sql`false`),
  );
  const discussed = new Map<string, ReportTheme['discussedAt']>();
  for (const row of [...onAgenda, ...asAgendaItem]) {
    if (!row.themeId) continue;
    const list = discussed.get(row.themeId) ?? [];
    if (!list.some((d) => d.meetingId === row.meetingId)) list.push({ meetingId: row.meetingId, title: row.title, startsAt: row.startsAt });
    discussed.set(row.themeId, list);
  }
  const inPeriod = (column: typeof themes.createdAt | typeof themes.decidedAt) => and(gte(column, start), lt(column, end));
  // Withdrawn by its proposer before anything came of it: not part of what the forum handled.
  const proposed = and(inPeriod(themes.createdAt), ne(themes.status, 'withdrawn'));
  const accepted = and(eq(themes.status, 'accepted'), inPeriod(themes.decidedAt));
  const discussedIds = [...discussed.keys()];

  const [participation, themeRows] = await Promise.all([
    perMeeting.length
      ? db
          .select({
            companyId: registrations.companyId,
            industry: companies.industry,
            employeesBand: companies.employeesBand,
            employees: companies.employees,
            participants: sql<number>`(${presentSum(['attended'])} + ${seatSum(['registered'])})::int`,
          })
          .from(registrations)
          .leftJoin(companies, eq(companies.id, registrations.companyId))
          .where(tookPart)
          .groupBy(registrations.companyId, companies.industry, companies.employeesBand, companies.employees)
      : Promise.resolve([] as CompanyParticipation[]),
    db
      .select({
        id: themes.id,
        title: publishedThemeTitle,
        category: themes.category,
        status: themes.status,
        createdAt: themes.createdAt,
        decidedAt: themes.decidedAt,
        proposed: sql<boolean>`coalesce(${proposed}, false)`,
        accepted: sql<boolean>`coalesce(${accepted}, false)`,
        outcome: themes.outcome,
        outcomeCaseNumber: themes.outcomeCaseNumber,
      })
      .from(themes)
      .where(or(proposed, accepted, discussedIds.length ? inArray(themes.id, discussedIds) : sql`false`))
      .orderBy(asc(themes.createdAt)),
  ]);

  const companyRows: CompanyParticipation[] = participation.map((r) => ({ ...r, participants: Number(r.participants) }));
  const reportThemes: ReportTheme[] = themeRows.map((t) => ({
    id: t.id,
    title: t.title,
    category: t.category,
    status: t.status,
    proposedAt: t.proposed ? t.createdAt : null,
    acceptedAt: t.accepted ? t.decidedAt : null,
    discussedAt: (discussed.get(t.id) ?? []).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
    outcome: t.outcome?.trim() || null,
    outcomeCaseNumber: t.outcomeCaseNumber?.trim() || null,
  }));
  const answers = perMeeting.reduce((n, m) => n + m.evaluation.answers, 0);
  const usefulnessSum = evaluationRows.reduce((n, e) => n + Number(e.sum), 0);

  return {
    period,
    meetings: perMeeting,
    totals: {
      meetings: perMeeting.length,
      participants: perMeeting.reduce((n, m) => n + m.participants, 0),
      /** Different companies over the whole period (a company at two meetings counts once). */
      companies: companyRows.filter((r) => r.companyId).length,
    },
    themes: reportThemes,
    themeCounts: {
      proposed: reportThemes.filter((t) => t.proposedAt).length,
      accepted: reportThemes.filter((t) => t.acceptedAt).length,
      discussed: reportThemes.filter((t) => t.discussedAt.length).length,
      withOutcome: reportThemes.filter((t) => t.outcome).length,
    },
    industries: byIndustry(companyRows),
    sizes: bySize(companyRows),
    evaluation: { answers, average: average(usefulnessSum, answers) },
    followupsDone: Object.fromEntries(followupKinds.map((k) => [k, perMeeting.filter((m) => m.followups[k]).length])) as Record<FollowupKind, number>,
  };
}

export type PeriodReport = Awaited<ReturnType<typeof readPeriodReport>>;

/** The calendar years (Copenhagen) in which meetings were held: the period presets are made of these. */
export async function readReportYears(db: DbOrTx, now = new Date()): Promise<number[]> {
  const rows = await db.select({ startsAt: meetings.startsAt }).from(meetings).where(heldMeetings(now));
  return [...new Set(rows.map((r) => copenhagenYear(r.startsAt)))].sort((a, b) => a - b);
}
