// The audit log names people and records as a person reads them: the actor by name, the meeting,
// theme, person or company an entry is about by its name, and the meeting an agenda item or a
// registration belongs to, all from the one query that reads the page.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attendees } from '@/db/schema';
import { addAgendaItem } from '@/lib/agenda/add-agenda-item';
import { readAuditLog } from '@/lib/audit/queries';
import { recordAudit } from '@/lib/audit/record-audit';
import { changeMeetingStatus } from '@/lib/meetings/change-meeting-status';
import { setAttendance } from '@/lib/registrations/set-attendance';
import { decideTheme } from '@/lib/themes/decide-theme';
import { changeUserRole } from '@/lib/users/change-user-role';
import { makeCompany, makeForumSettings, makeMeeting, makeTheme, makeUser } from '../../support/fixtures';
import { makeRegistration } from '../../support/fixtures-admin';

describe('audit log names', () => {
  let admin: { id: string; email: string };
  beforeAll(async () => {
    await makeForumSettings();
    const user = await makeUser('secretariat', { name: 'Sekretær Sofie Holm' });
    admin = { id: user.id, email: user.email };
  });

  it('names the actor and the record of each entry, and the meeting a part belongs to', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ status: 'draft', title: 'Vækstmødet i oktober' });
    await changeMeetingStatus(db, admin, { meetingId: meeting.id, version: meeting.version, change: 'publish' });
    const theme = await makeTheme({ status: 'submitted', title: 'Letbanens muligheder' });
    await decideTheme(db, admin, { themeId: theme.id, version: theme.version, decision: 'accept' });
    const { item } = await addAgendaItem(db, admin, { meetingId: meeting.id, kind: 'welcome', title: 'Velkomst ved borgmesteren', description: '', durationMinutes: 10, themeId: null, speakerIds: [] });
    const person = await makeUser('company', { name: 'Anna Deltager' });
    const registration = await makeRegistration({ meetingId: meeting.id, userId: person.id, companyId: person.companyId });
    // Attendance is marked on the meeting's day: the whole party, and each person of it.
    await setAttendance(db, admin, { registrationId: registration.id, attended: true }, { now: meeting.startsAt });
    const [attendee] = await db.select().from(attendees).where(eq(attendees.registrationId, registration.id));
    const council = await makeUser('council', { name: 'Byrådsmedlem Bo' });
    await changeUserRole(db, admin, { userId: council.id, role: 'secretariat' });
    const company = await makeCompany({ name: 'Hersted Lys A/S' });
    await recordAudit(db, admin, { action: 'company.verify', entityType: 'company', entityId: company.id });

    const { entries } = await readAuditLog(db, { actor: 'sofie holm' });
    const named = Object.fromEntries(entries.map((e) => [e.entityId, { action: e.action, actor: e.actorName, subject: e.subject, meeting: e.subjectMeeting }]));
    expect(named).toEqual({
      [meeting.id]: { action: 'meeting.publish', actor: 'Sekretær Sofie Holm', subject: 'Vækstmødet i oktober', meeting: null },
      [theme.id]: { action: 'theme.accept', actor: 'Sekretær Sofie Holm', subject: 'Letbanens muligheder', meeting: null },
      [item.id]: { action: 'agenda.add', actor: 'Sekretær Sofie Holm', subject: 'Velkomst ved borgmesteren', meeting: 'Vækstmødet i oktober' },
      [registration.id]: { action: 'registration.attend', actor: 'Sekretær Sofie Holm', subject: 'Anna Deltager', meeting: 'Vækstmødet i oktober' },
      [attendee.id]: { action: 'attendee.check-in', actor: 'Sekretær Sofie Holm', subject: 'Anna Deltager', meeting: 'Vækstmødet i oktober' },
      [council.id]: { action: 'user.role-change', actor: 'Sekretær Sofie Holm', subject: 'Byrådsmedlem Bo', meeting: null },
      [company.id]: { action: 'company.verify', actor: 'Sekretær Sofie Holm', subject: 'Hersted Lys A/S', meeting: null },
    });
  });

  it('keeps the entry readable once its record is gone', async () => {
    const db = await getDb();
    await recordAudit(db, admin, { action: 'user.invite', entityType: 'invitation', entityId: 'ny@albertslund.test' });
    await recordAudit(db, admin, { action: 'meeting.update', entityType: 'meeting', entityId: '00000000-0000-4000-8000-000000000000' });
    const { entries } = await readAuditLog(db, { actor: admin.email });
    expect(entries.find((e) => e.entityType === 'invitation')?.subject).toBe('ny@albertslund.test');
    expect(entries.find((e) => e.entityId === '00000000-0000-4000-8000-000000000000')).toMatchObject({ subject: null, actorName: 'Sekretær Sofie Holm' });
  });
});
