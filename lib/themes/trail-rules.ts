// The trail of a theme ("I foreslog – vi gjorde"): from the rows that record its life to the
// ordered steps its page shows and its followers are emailed about. Pure, so the page, the step
// emails and the tests build the same steps the same way. Each step has a key that names it once
// (the same key theme_step_notices stores), so a step is never shown or sent twice.

export type TrailMeeting = { id: string; slug: string; title: string; startsAt: Date };

export type TrailInput = {
  theme: {
    createdAt: Date;
    status: 'submitted' | 'accepted' | 'rejected' | 'merged' | 'withdrawn';
    decidedAt: Date | null;
    moderatorAnswer: string | null;
    mergedInto: { id: string; title: string } | null;
    outcome: string | null;
    outcomeCaseNumber: string | null;
    outcomeAt: Date | null;
  };
  /** Themes merged into this one, with when. */
  mergedFrom: { id: string; title: string; at: Date | null }[];
  /** Published (not cancelled) meetings the theme is on; `noticedAt` when followers were told. */
  scheduled: (TrailMeeting & { noticedAt: Date | null })[];
  /** Agenda items about the theme on meetings already held. */
  discussed: { agendaItemId: string; agendaTitle: string; position: number; meeting: TrailMeeting }[];
  /** Dispatched briefings of the meetings the theme was on or discussed at. */
  reported: { followupId: string; dispatchedAt: Date; caseNumber: string; meeting: TrailMeeting }[];
};

export type TrailStep =
  | { key: 'proposed'; kind: 'proposed'; at: Date }
  | { key: 'accepted'; kind: 'accepted'; at: Date; answer: string | null }
  | { key: string; kind: 'mergedInto'; at: Date; theme: { id: string; title: string }; answer: string | null }
  | { key: string; kind: 'mergedFrom'; at: Date; theme: { id: string; title: string } }
  | { key: string; kind: 'scheduled'; at: Date; meeting: TrailMeeting }
  | { key: string; kind: 'discussed'; at: Date; meeting: TrailMeeting; agendaItemId: string; agendaTitle: string }
  | { key: string; kind: 'reported'; at: Date; meeting: TrailMeeting; caseNumber: string | null }
  | { key: 'outcome'; kind: 'outcome'; at: Date; outcome: string; caseNumber: string | null };

export type TrailStepKind = TrailStep['kind'];

// Where two steps share a moment, the life's own order decides (scheduled before discussed …).
const rank: Record<TrailStepKind, number> = {
  proposed: 0,
  accepted: 1,
  mergedFrom: 2,
  mergedInto: 3,
  scheduled: 4,
  discussed: 5,
  reported: 6,
  outcome: 7,
};

/** The steps of a theme's life, oldest first, each once. */
export function buildTrail(input: TrailInput): TrailStep[] {
  const { theme } = input;
  const steps: TrailStep[] = [{ key: 'proposed', kind: 'proposed', at: theme.createdAt }];
  if (theme.status === 'accepted' && theme.decidedAt) {
    steps.push({ key: 'accepted', kind: 'accepted', at: theme.decidedAt, answer: theme.moderatorAnswer });
  }
  if (theme.status === 'merged' && theme.mergedInto) {
    steps.push({
      key: `merged:${theme.mergedInto.id}`,
      kind: 'mergedInto',
      at: theme.decidedAt ?? theme.createdAt,
      theme: theme.mergedInto,
      answer: theme.moderatorAnswer,
    });
  }
  for (const source of input.mergedFrom) {
    steps.push({ key: `merged-in:${source.id}`, kind: 'mergedFrom', at: source.at ?? theme.createdAt, theme: { id: source.id, title: source.title } });
  }
  for (const m of input.scheduled) {
    const { noticedAt, ...meeting } = m;
    // Sorted by when it was put on the meeting where that is known, else by the meeting itself
    // (a step can never come after the meeting it leads to).
    const at = noticedAt && noticedAt < meeting.startsAt ? noticedAt : meeting.startsAt;
    steps.push({ key: `scheduled:${meeting.id}`, kind: 'scheduled', at, meeting });
  }
  const firstItem = new Map<string, TrailInput['discussed'][number]>();
  for (const item of input.discussed) {
    const seen = firstItem.get(item.meeting.id);
    if (!seen || item.position < seen.position) firstItem.set(item.meeting.id, item);
  }
  for (const item of firstItem.values()) {
    steps.push({
      key: `discussed:${item.meeting.id}`,
      kind: 'discussed',
      at: item.meeting.startsAt,
      meeting: item.meeting,
      agendaItemId: item.agendaItemId,
      agendaTitle: item.agendaTitle,
    });
  }
  for (const r of input.reported) {
    steps.push({ key: `reported:${r.followupId}`, kind: 'reported', at: r.dispatchedAt, meeting: r.meeting, caseNumber: r.caseNumber.trim() || null });
  }
  if (theme.outcome?.trim() && theme.outcomeAt) {
    steps.push({ key: 'outcome', kind: 'outcome', at: theme.outcomeAt, outcome: theme.outcome, caseNumber: theme.outcomeCaseNumber?.trim() || null });
  }
  const unique = [...new Map(steps.map((s) => [s.key, s])).values()];
  return unique.sort((a, b) => a.at.getTime() - b.at.getTime() || rank[a.kind] - rank[b.kind] || a.key.localeCompare(b.key));
}
