// Start times of agenda items follow from the meeting's start and the durations before them;
// the agenda's total is checked against the meeting's end. Pure functions, no database.

export type Timed<T> = T & { startsAt: Date; endsAt: Date };

export function withStartTimes<T extends { durationMinutes: number }>(meetingStart: Date, items: T[]): Timed<T>[] {
  let cursor = meetingStart.getTime();
  return items.map((item) => {
    const startsAt = new Date(cursor);
    cursor += item.durationMinutes * 60_000;
    return { ...item, startsAt, endsAt: new Date(cursor) };
  });
}

export type AgendaFit = {
  totalMinutes: number;
  /** Minutes between the meeting's start and end. */
  availableMinutes: number;
  agendaEndsAt: Date;
  /** Positive: the agenda runs this many minutes past the meeting's end. */
  overrunMinutes: number;
  fits: boolean;
};

export function agendaFit(meeting: { startsAt: Date; endsAt: Date }, items: { durationMinutes: number }[]): AgendaFit {
  const totalMinutes = items.reduce((sum, i) => sum + i.durationMinutes, 0);
  const availableMinutes = Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000);
  const overrunMinutes = totalMinutes - availableMinutes;
  return {
    totalMinutes,
    availableMinutes,
    agendaEndsAt: new Date(meeting.startsAt.getTime() + totalMinutes * 60_000),
    overrunMinutes,
    fits: overrunMinutes <= 0,
  };
}
