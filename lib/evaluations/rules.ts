// When an evaluation link may be answered, and how results are summed up. Pure: the page (what it
// shows on opening) and the command (what it saves) ask the same question of the same rows.
import { hasStarted } from '@/lib/meetings/meeting-time';

/** The link closes this many days after the meeting began. */
export const EVALUATION_OPEN_DAYS = 60;
export const SUGGESTION_MAX = 1000;
export const USEFULNESS = [1, 2, 3, 4, 5] as const;

export type EvaluationRefusal = 'invalid' | 'cancelledSeat' | 'meetingCancelled' | 'notHeld' | 'closed';

type Seat = { cancelledAt: Date | null } | null | undefined;
type Meeting = { status: 'draft' | 'published' | 'cancelled'; startsAt: Date } | null | undefined;

export function evaluationClosesAt(meeting: { startsAt: Date }) {
  return new Date(meeting.startsAt.getTime() + EVALUATION_OPEN_DAYS * 24 * 3600_000);
}

/** Null when the attendee may answer (or change their answer) now. */
export function evaluationRefusal(seat: Seat, meeting: Meeting, now: Date): EvaluationRefusal | null {
  if (!seat || !meeting) return 'invalid';
  if (meeting.status === 'cancelled') return 'meetingCancelled';
  if (meeting.status !== 'published') return 'invalid';
  // A seat given up was not there: the email goes only to those who came.
  if (seat.cancelledAt) return 'cancelledSeat';
  if (!hasStarted(meeting, now)) return 'notHeld';
  if (now.getTime() > evaluationClosesAt(meeting).getTime()) return 'closed';
  return null;
}

export type UsefulnessSummary = { answers: number; average: number | null; distribution: Record<(typeof USEFULNESS)[number], number> };

/** Count, average and distribution 1–5 from the number of answers per score. */
export function summariseUsefulness(counts: { usefulness: number; count: number }[]): UsefulnessSummary {
  const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const { usefulness, count } of counts) {
    if (usefulness in distribution) distribution[usefulness as 1] += count;
  }
  const answers = USEFULNESS.reduce((sum, score) => sum + distribution[score], 0);
  const total = USEFULNESS.reduce((sum, score) => sum + score * distribution[score], 0);
  return { answers, average: answers ? total / answers : null, distribution };
}

/** A theme title from a suggestion: its first line, cut at a word near the limit. */
export function themeTitleFrom(suggestion: string, max = 120) {
  const line = suggestion.trim().split(/\r?\n/)[0].trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** An average to one decimal in the reader's language ("4,3" in Danish). */
export function formatAverage(value: number, locale: string) {
  return new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
