// The audit log: every admin mutation writes who, what, which record and the changed fields,
// in the same transaction (a refused change leaves no entry); the log reads newest first with
// filters and pages; and nothing in the app edits or deletes it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { addAgendaItem } from '@/lib/agenda/add-agenda-item';
import { readAuditFacets, readAuditLog } from '@/lib/audit/queries';
import { createMeeting } from '@/lib/meetings/create-meeting';
import { changeMeetingStatus } from '@/lib/meetings/change-meeting-status';
import { setAttendance } from '@/lib/registrations/set-attendance';
import { deleteSpeaker } from '@/lib/speakers/delete-speaker';
import { createSpeaker } from '@/lib/speakers/create-speaker';
import { updateSpeaker } from '@/lib/speakers/update-speaker';
import { decideTheme } from '@/lib/themes/decide-theme';
import { changeUserRole } from '@/lib/users/change-user-role';
import { copenhagenTime } from '@/lib/format/copenhagen-time';
import { makeForumSettings, makeMeeting, makeTheme, makeUser } from '../../support/fixtures';
import { auditEntriesFor, makeAdmin, makeRegistration } from '../../support/fixtures-admin';

describe('the audit log', () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    await makeForumSettings();
    admin = await makeAdmin();
  });

  it('records each kind of admin change with the actor, the record and the changed fields', async () => {
    const db = await getDb();
    const { speaker } = await createSpeaker(db, admin, { name: 'Lene Storm', organisation: 'Væksthus', title: null, external: true, email: null });
    await updateSpeaker(db, admin, { speakerId: speaker.id, name: 'Lene Storm', organisation: 'Væksthus Hovedstaden', title: null, external: true, email: null });
    const meeting = await makeMeeting({ status: 'draft' });
    await changeMeetingStatus(db, admin, { meetingId: meeting.id, version: meeting.version, change: 'publish' });
    const { item } = await addAgendaItem(db, admin, { meetingId: meeting.id, kind: 'welcome', title: 'Velkomst', description: '', durationMinutes: 10, themeId: null, speakerIds: [speaker.id] });
    const reg = await makeRegistration({ meetingId: meeting.id });
    await setAttendance(db, admin, { registrationId: reg.id, attended: true }, { now: meeting.startsAt });
    const person = await makeUser('council');
    await changeUserRole(db, admin, { userId: person.id, role: 'secretariat' });
    await deleteSpeaker(db, admin, { speakerId: speaker.id });

    const expectations: [string, string, string, Record<string, unknown>][] = [
      [speaker.id, 'speaker.update', 'speaker', { organisation: { from: 'Væksthus', to: 'Væksthus Hovedstaden' } }],
      [meeting.id, 'meeting.publish', 'meeting', { status: { from: 'draft', to: 'published' } }],
      [item.id, 'agenda.add', 'agenda_item', { meetingId: meeting.id, title: { from: null, to: 'Velkomst' } }],
      [reg.id, 'registration.attend', 'registration', { status: { from: 'registered', to: 'attended' } }],
      [person.id, 'user.role-change', 'user', { role: { from: 'council', to: 'secretariat' } }],
    ];
    for (const [entityId, action, entityType, changes] of expectations) {
      const entries = await auditEntriesFor(entityId);
      const entry = entries.find((e) => e.action === action);
      expect(entry, action).toMatchObject({ actorId: admin.id, actorEmail: admin.email, entityType, changes });
      expect(entry!.createdAt).toBeInstanceOf(Date);
    }
    expect((await auditEntriesFor(speaker.id)).map((e) => e.action)).toEqual(['speaker.create', 'speaker.update', 'speaker.delete']);
  });

  it('writes no entry when the change is refused', async () => {
    const db = await getDb();
    const theme = await makeTheme({ status: 'submitted' });
    await expect(decideTheme(db, admin, { themeId: theme.id, version: theme.version + 5, decision: 'accept' })).rejects.toMatchObject({ key: 'conflict' });
    const title = `Afvist møde ${Date.now()}`;
    await expect(
      createMeeting(db, admin, { title, startsAt: copenhagenTime(2031, 1, 1, 16), endsAt: copenhagenTime(2031, 1, 1, 15), place: 'Rådhuset', description: '', capacity: null, registrationDeadline: null, themeIds: [] }),
    ).rejects.toMatchObject({ key: 'invalid', fieldErrors: { endsAt: [{ key: 'admin.endBeforeStart' }] } });
    expect(await auditEntriesFor(theme.id)).toHaveLength(0);
    const { entries } = await readAuditLog(db, { action: 'meeting.create' });
    expect(entries.some((e) => JSON.stringify(e.changes).includes(title))).toBe(false);
  });

  it('lists newest first, filters by action, record type, person and time, and pages', async () => {
    const db = await getDb();
    const other = await makeAdmin('chair');
    const started = new Date();
    const themesDecided = [];
    for (let i = 0; i < 3; i++) {
      const theme = await makeTheme({ status: 'submitted', title: `Side ${i}` });
      await decideTheme(db, other, { themeId: theme.id, version: theme.version, decision: 'accept' });
      themesDecided.push(theme.id);
    }
    const byOther = await readAuditLog(db, { actor: other.email.toUpperCase() });
    expect(byOther.entries.map((e) => e.entityId)).toEqual([...themesDecided].reverse());
    expect(byOther.hasMore).toBe(false);

    const page1 = await readAuditLog(db, { actor: other.email, action: 'theme.accept', entityType: 'theme' }, 2);
    expect(page1.entries.map((e) => e.entityId)).toEqual([themesDecided[2], themesDecided[1]]);
    expect(page1.hasMore).toBe(true);
    const page2 = await readAuditLog(db, { actor: other.email, before: page1.entries[1].id }, 2);
    expect(page2.entries.map((e) => e.entityId)).toEqual([themesDecided[0]]);

    expect((await readAuditLog(db, { actor: other.email, to: started })).entries).toHaveLength(0);
    expect((await readAuditLog(db, { actor: other.email, from: started })).entries).toHaveLength(3);
    const facets = await readAuditFacets(db);
    expect(facets.actions).toContain('theme.accept');
    expect(facets.entityTypes).toEqual(expect.arrayContaining(['theme', 'meeting', 'user']));
  });

  // The one exception is the retention clean-up, which deletes entries past their documented
  // period (lib/retention/periods.ts), by age only.
  const RETENTION = 'lib/retention/prune-expired-data.ts';

  it('has no code path in the app that edits or deletes audit entries, save the retention by age', () => {
    const root = path.resolve(__dirname, '../../..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(ts|tsx)$/.test(name) && /(update|delete)\(\s*auditLog\b|(UPDATE|DELETE FROM)\s+"?audit_log/.test(readFileSync(full, 'utf8'))) {
          offenders.push(path.relative(root, full));
        }
      }
    };
    for (const dir of ['app', 'lib', 'emails']) walk(path.join(root, dir));
    expect(offenders.filter((file) => file !== RETENTION)).toEqual([]);
    const retention = readFileSync(path.join(root, RETENTION), 'utf8');
    expect(retention.match(/delete\(\s*auditLog\s*\)\s*\.where\([^)]*\)/g)).toEqual([
      expect.stringMatching(/^delete\(auditLog\)\s*\.where\(lt\(auditLog\.createdAt, subYears\(now, AUDIT_LOG_RETENTION_YEARS\)/),
    ]);
  });
});
