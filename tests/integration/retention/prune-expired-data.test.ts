// Retention (GDPR): the worker's schedule empties old sent email bodies, deletes expired sign-in
// tokens, old rate-limit rows and expired sessions, and audit entries past their period.
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attendees, auditLog, emailOutbox, registrations, sessions, signInAttempts, verificationTokens } from '@/db/schema';
import { ATTENDEE_NOTE_RETENTION_DAYS, AUDIT_LOG_RETENTION_YEARS, EMAIL_BODY_RETENTION_DAYS, GUEST_DETAILS_RETENTION_DAYS } from '@/lib/retention/periods';
import { pruneExpiredData } from '@/lib/retention/prune-expired-data';
import { makeMeeting, makeUser } from '../../support/fixtures';

const now = new Date('2026-11-30T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

async function email(status: 'sent' | 'pending' | 'failed' | 'delivered', at: Date) {
  const db = await getDb();
  const [row] = await db
    .insert(emailOutbox)
    .values({
      kind: 'registration-confirmed',
      toEmail: `r-${crypto.randomUUID()}@firma.test`,
      subject: 'Emne',
      html: '<p>Hej Kim, din tilmelding</p>',
      text: 'Hej Kim, din tilmelding',
      attachments: [{ filename: 'm.ics', content: 'QkVHSU4=', contentType: 'text/calendar' }],
      idempotencyKey: `retention:${crypto.randomUUID()}`,
      status,
      sentAt: status === 'pending' ? null : at,
      createdAt: at,
    })
    .returning();
  return row;
}

describe('the retention clean-up', () => {
  it(`empties the body of an email sent more than ${EMAIL_BODY_RETENTION_DAYS} days ago and keeps the row`, async () => {
    const db = await getDb();
    const old = await email('sent', daysAgo(EMAIL_BODY_RETENTION_DAYS + 1));
    const oldDelivered = await email('delivered', daysAgo(EMAIL_BODY_RETENTION_DAYS + 30));
    const recent = await email('sent', daysAgo(EMAIL_BODY_RETENTION_DAYS - 1));
    const stillQueued = await email('pending', daysAgo(EMAIL_BODY_RETENTION_DAYS + 5));

    const summary = await pruneExpiredData(db, { now });

    const rows = await db.select().from(emailOutbox).where(inArray(emailOutbox.id, [old.id, oldDelivered.id, recent.id, stillQueued.id]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const emptied of [old, oldDelivered]) {
      expect(byId.get(emptied.id)).toMatchObject({ html: '', text: '', attachments: null, status: emptied.status, toEmail: emptied.toEmail, subject: 'Emne' });
    }
    expect(byId.get(recent.id)!.html).toContain('Hej Kim');
    expect(byId.get(stillQueued.id)!.text).toContain('Hej Kim');
    expect(summary.emailBodiesEmptied).toBeGreaterThanOrEqual(2);
    // A second run finds nothing more to do.
    expect((await pruneExpiredData(db, { now })).emailBodiesEmptied).toBe(0);
  });

  it('deletes expired sign-in tokens and old rate-limit rows, and keeps current ones', async () => {
    const db = await getDb();
    const who = `token-${crypto.randomUUID()}@firma.test`;
    await db.insert(verificationTokens).values([
      { identifier: who, token: 'expired', expires: new Date(now.getTime() - 1000) },
      { identifier: who, token: 'current', expires: new Date(now.getTime() + 5 * 60_000) },
    ]);
    const key = `email:${who}`;
    await db.insert(signInAttempts).values([
      { key, createdAt: new Date(now.getTime() - 16 * 60_000) },
      { key, createdAt: new Date(now.getTime() - 60_000) },
    ]);

    await pruneExpiredData(db, { now });

    const tokens = await db.select().from(verificationTokens).where(eq(verificationTokens.identifier, who));
    expect(tokens.map((t) => t.token)).toEqual(['current']);
    expect(await db.select().from(signInAttempts).where(eq(signInAttempts.key, key))).toHaveLength(1);
  });

  it('deletes expired sessions', async () => {
    const db = await getDb();
    const user = await makeUser('company', { companyId: null });
    await db.insert(sessions).values([
      { sessionToken: `expired-${user.id}`, userId: user.id, expires: new Date(now.getTime() - 1000) },
      { sessionToken: `live-${user.id}`, userId: user.id, expires: new Date(now.getTime() + 3600_000) },
    ]);
    await pruneExpiredData(db, { now });
    const left = await db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(left.map((s) => s.sessionToken)).toEqual([`live-${user.id}`]);
  });

  it(`deletes audit entries older than ${AUDIT_LOG_RETENTION_YEARS} years and keeps younger ones`, async () => {
    const db = await getDb();
    const marker = `retention-${crypto.randomUUID()}`;
    const yearsAgo = (years: number) => new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate()));
    await db.insert(auditLog).values([
      { action: 'theme.accept', entityType: 'theme', entityId: marker, createdAt: new Date(yearsAgo(AUDIT_LOG_RETENTION_YEARS).getTime() - 86_400_000) },
      { action: 'theme.reject', entityType: 'theme', entityId: marker, createdAt: new Date(yearsAgo(AUDIT_LOG_RETENTION_YEARS).getTime() + 86_400_000) },
    ]);
    const summary = await pruneExpiredData(db, { now });
    const left = await db.select().from(auditLog).where(eq(auditLog.entityId, marker));
    expect(left.map((e) => e.action)).toEqual(['theme.reject']);
    expect(summary.auditEntriesDeleted).toBe(1);
  });

  /** A meeting that ended `days` days before `now`, with one registrant (an account) and one named colleague. */
  async function partyAt(days: number) {
    const db = await getDb();
    const ends = daysAgo(days);
    const meeting = await makeMeeting({ startsAt: new Date(ends.getTime() - 2 * 3600_000), endsAt: ends });
    const user = await makeUser('company');
    const [registration] = await db
      .insert(registrations)
      .values({ meetingId: meeting.id, userId: user.id, note: 'Vegetar', status: 'attended', attendedAt: meeting.startsAt })
      .returning();
    await db.update(attendees).set({ note: 'Glutenfri' }).where(eq(attendees.registrationId, registration.id));
    await db.insert(attendees).values({
      registrationId: registration.id,
      meetingId: meeting.id,
      position: 1,
      name: 'Sofie Kollega',
      email: `sofie-${crypto.randomUUID()}@firma.test`,
      note: 'Nøddeallergi',
      checkedInAt: meeting.startsAt,
    });
    return { registration, user };
  }

  const party = async (registrationId: string) => {
    const db = await getDb();
    const rows = await db.select().from(attendees).where(eq(attendees.registrationId, registrationId)).orderBy(attendees.position);
    const [registration] = await db.select().from(registrations).where(eq(registrations.id, registrationId));
    return { rows, registration };
  };

  it(`empties notes ${ATTENDEE_NOTE_RETENTION_DAYS} days after the meeting and keeps the people and counts`, async () => {
    const db = await getDb();
    const old = await partyAt(ATTENDEE_NOTE_RETENTION_DAYS + 1);
    const recent = await partyAt(ATTENDEE_NOTE_RETENTION_DAYS - 1);
    await pruneExpiredData(db, { now });

    const after = await party(old.registration.id);
    expect(after.rows.map((a) => a.note)).toEqual([null, null]);
    expect(after.registration.note).toBeNull();
    expect(after.rows.map((a) => a.name)).toEqual([old.user.name, 'Sofie Kollega']);
    expect(after.registration).toMatchObject({ colleagues: 1, present: 2, status: 'attended' });

    const kept = await party(recent.registration.id);
    expect(kept.rows.map((a) => a.note)).toEqual(['Glutenfri', 'Nøddeallergi']);
    expect(kept.registration.note).toBe('Vegetar');
  });

  it(`blanks guests' names and addresses ${GUEST_DETAILS_RETENTION_DAYS} days after the meeting; a registrant with an account keeps theirs`, async () => {
    const db = await getDb();
    const old = await partyAt(GUEST_DETAILS_RETENTION_DAYS + 1);
    const recent = await partyAt(GUEST_DETAILS_RETENTION_DAYS - 1);
    const summary = await pruneExpiredData(db, { now });

    const [registrant, colleague] = (await party(old.registration.id)).rows;
    expect(registrant).toMatchObject({ name: old.user.name, email: old.user.email });
    expect(colleague).toMatchObject({ name: '', email: null, note: null });
    expect(colleague.checkedInAt).not.toBeNull();
    expect(summary.guestDetailsBlanked).toBeGreaterThanOrEqual(1);

    expect((await party(recent.registration.id)).rows[1].name).toBe('Sofie Kollega');
    expect((await pruneExpiredData(db, { now })).guestDetailsBlanked).toBe(0);
  });
});
