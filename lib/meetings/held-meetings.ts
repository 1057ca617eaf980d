// The phase rule of meeting-phase.ts as a database condition: a meeting is held once it is
// published and has started. Apart from meeting-phase.ts because client components import
// that file and must not pull in the database schema.
import 'server-only';
import { and, eq, lte } from 'drizzle-orm';
import { meetings } from '@/db/schema';

export function heldMeetings(now = new Date()) {
  return and(eq(meetings.status, 'published'), lte(meetings.startsAt, now));
}
