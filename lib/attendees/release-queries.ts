// Reads for the release link: the seat a code names, with its meeting and the party's language,
// and what the link's page shows on opening. Nothing here writes (a mail scanner opens links).
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { attendees, meetings, registrations, users } from '@/db/schema';
import { firstName, releaseRefusal, type ReleaseRefusal } from './release-rules';
import { readReleaseCode } from './ticket-code';

/** The seat, its meeting and the registrant's language (the party's), for an attendee id. */
export async function readReleaseTarget(db: DbOrTx, attendeeId: string) {
  const [row] = await db
    .select({ attendee: attendees, meeting: meetings, locale: users.locale })
    .from(attendees)
    .innerJoin(meetings, eq(meetings.id, attendees.meetingId))
    .innerJoin(registrations, eq(registrations.id, attendees.registrationId))
    .leftJoin(users, eq(users.id, registrations.userId))
    .where(eq(attendees.id, attendeeId));
  return row ? { ...row, locale: row.locale ?? ('da' as const) } : null;
}

export type ReleaseLanding =
  | { state: 'invalid' }
  | {
      state: 'open' | Exclude<ReleaseRefusal, 'invalid'>;
      meeting: { title: string; startsAt: Date; place: string; address: string | null };
      firstName: string | null;
    };

export async function readReleaseLanding(db: DbOrTx, code: string | undefined, now = new Date()): Promise<ReleaseLanding> {
  const holder = readReleaseCode(code);
  const target = holder ? await readReleaseTarget(db, holder.id) : null;
  const refusal = releaseRefusal(holder, target?.attendee, target?.meeting, now);
  if (refusal === 'invalid' || !target) return { state: 'invalid' };
  const { meeting, attendee } = target;
  return {
    state: refusal ?? 'open',
    meeting: { title: meeting.title, startsAt: meeting.startsAt, place: meeting.place, address: meeting.address },
    firstName: firstName(attendee.name),
  };
}
