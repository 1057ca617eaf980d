// Whether a meeting has started, judged against the clock when the page renders. Kept here so
// components stay pure and the rule is the same everywhere.
export function hasStarted(meeting: { startsAt: Date }, now = new Date()) {
  return meeting.startsAt.getTime() <= now.getTime();
}

/** Upcoming (soonest first) and started (latest first), from a list sorted oldest first. */
export function splitUpcomingAndPast<M extends { startsAt: Date }>(list: M[], now = new Date()) {
  return {
    upcoming: list.filter((m) => !hasStarted(m, now)),
    past: list.filter((m) => hasStarted(m, now)).reverse(),
  };
}
