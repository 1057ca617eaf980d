// Agenda items store only their duration; each item's start follows from the meeting's start
// and the items before it.
export function withStartTimes<T extends { durationMinutes: number }>(items: T[], meetingStart: Date) {
  let offset = 0;
  return items.map((item) => {
    const startsAt = new Date(meetingStart.getTime() + offset * 60_000);
    offset += item.durationMinutes;
    return { ...item, startsAt, endsAt: new Date(meetingStart.getTime() + offset * 60_000) };
  });
}
