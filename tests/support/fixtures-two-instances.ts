// Data for the two-instance test, written straight into the instances' shared PostgreSQL
// database: a held meeting with many attending company people (one participant email each).
import { closeDb, getDb } from '@/db/client';
import { registrations } from '@/db/schema';
import { resetEnvForTests } from '@/lib/env';
import { makeHeldMeeting } from './fixtures-followups';
import { makeCompanyPeople } from './fixtures-registrations';

export async function makeParticipantsOfHeldMeeting(databaseUrl: string, participants: number) {
  process.env.DATABASE_URL = databaseUrl;
  resetEnvForTests();
  try {
    const { meeting } = await makeHeldMeeting();
    const people = await makeCompanyPeople(participants, 'deltager');
    const db = await getDb();
    await db.insert(registrations).values(
      people.map((p) => ({ meetingId: meeting.id, userId: p.id, companyId: p.companyId, status: 'attended' as const, attendedAt: meeting.startsAt })),
    );
    return { meetingId: meeting.id, emails: new Set(people.map((p) => p.email)) };
  } finally {
    await closeDb();
    delete process.env.DATABASE_URL;
    resetEnvForTests();
  }
}

/** A held meeting with no article yet, for publishing one on one instance and reading it on another. */
export async function makeHeldMeetingIn(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  resetEnvForTests();
  try {
    const { meeting } = await makeHeldMeeting();
    return { meetingId: meeting.id, slug: meeting.slug };
  } finally {
    await closeDb();
    delete process.env.DATABASE_URL;
    resetEnvForTests();
  }
}
