// The chair's approval of the briefing: asked for by the secretariat (case number and summary
// first), decided by the chair alone, required for dispatch, and lost by any edit of the text;
// each step emails once and is audit-logged.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, emailOutbox, followups, users } from '@/db/schema';
import { decide } from '@/lib/auth/access';
import { followupActions } from '@/lib/followups/action-declarations';
import { approveBriefing } from '@/lib/followups/approve-briefing';
import { dispatchBriefing } from '@/lib/followups/dispatch-briefing';
import { readBriefingApprovals, readFollowup } from '@/lib/followups/queries';
import { requestBriefingApproval } from '@/lib/followups/request-briefing-approval';
import { returnBriefing } from '@/lib/followups/return-briefing';
import { saveFollowupDraft } from '@/lib/followups/save-followup-draft';
import { makeUser } from '../../support/fixtures';
import { actorFrom, approveBriefingDraft, makeCouncilMembers, makeHeldMeeting } from '../../support/fixtures-followups';

type User = Awaited<ReturnType<typeof makeUser>>;

describe("the chair's approval of the briefing", () => {
  let secretariat: User;
  let chair: User;
  beforeAll(async () => {
    secretariat = await makeUser('secretariat', { name: 'Gitte Sekretær' });
    chair = await makeUser('chair', { name: 'Steen Formand', locale: 'en' });
    await makeCouncilMembers(['da']);
  });

  const content = (meetingId: string) => ({
    meetingId,
    caseNumber: '00.01.00-A00-7-25',
    title: 'Orientering om maj-mødet',
    summary: 'Forummet drøftede grøn omstilling.',
    body: '## Mødet\n\nTekst.',
    recommendation: 'Det indstilles, at orienteringen tages til efterretning.',
  });

  async function emailsOf(kind: 'briefing-approval-requested' | 'briefing-approval-decided', to: string) {
    const db = await getDb();
    return db.select().from(emailOutbox).where(and(eq(emailOutbox.kind, kind), eq(emailOutbox.toEmail, to.toLowerCase())));
  }

  it('cannot be sent before the chair approved it, with a clear refusal and nothing queued', async () => {
    const db = await getDb();
    const { meeting } = await makeHeldMeeting();
    await saveFollowupDraft(db, actorFrom(secretariat), { ...content(meeting.id), kind: 'briefing' });
    await expect(dispatchBriefing(db, actorFrom(secretariat), content(meeting.id))).rejects.toMatchObject({ key: 'notApproved' });
    await requestBriefingApproval(db, actorFrom(secretariat), content(meeting.id));
    await expect(dispatchBriefing(db, actorFrom(secretariat), content(meeting.id))).rejects.toMatchObject({ key: 'notApproved' });
    const row = await readFollowup(db, meeting.id, 'briefing');
    expect(row).toMatchObject({ status: 'draft', approval: 'requested' });
    const notices = await db.select().from(emailOutbox).where(and(eq(emailOutbox.kind, 'briefing-notice'), eq(emailOutbox.followupId, row!.id)));
    expect(notices).toHaveLength(0);
  });

  it('asks for the case number and summary before approval is asked, keeping the draft', async () => {
    const db = await getDb();
    const { meeting } = await makeHeldMeeting();
    const input = { ...content(meeting.id), caseNumber: ' ', summary: '' };
    await expect(requestBriefingApproval(db, actorFrom(secretariat), input)).rejects.toMatchObject({
      key: 'caseFieldsMissing',
      fieldErrors: { caseNumber: [{ key: 'required' }], summary: [{ key: 'required' }] },
    });
    expect((await readFollowup(db, meeting.id, 'briefing'))?.approval ?? 'none').toBe('none');
  });

  it('emails every chair once with a link, is approved by the chair, and tells the secretariat once', async () => {
    const db = await getDb();
    const { meeting } = await makeHeldMeeting();
    const first = await requestBriefingApproval(db, actorFrom(secretariat), content(meeting.id));
    const again = await requestBriefingApproval(db, actorFrom(secretariat), content(meeting.id));
    const chairs = await db.select({ email: users.email }).from(users).where(eq(users.role, 'chair'));
    expect(first.requested).toBe(chairs.length);
    expect(again.requested).toBe(0);
    const mine = (await emailsOf('briefing-approval-requested', chair.email)).filter((e) => e.text.includes(meeting.id));
    expect(mine).toHaveLength(1);
    const [asked] = mine;
    expect(asked.subject).toBe('Briefing for approval: Erhvervsforum, maj');
    expect(asked.text).toContain(`/en/admin/meetings/${meeting.id}/follow-up/briefing`);
    expect(asked.text).toContain('Gitte Sekretær');
    expect(asked.text).not.toContain('Forummet drøftede'); // a link, not the text

    const row = (await readFollowup(db, meeting.id, 'briefing'))!;
    expect((await readBriefingApprovals(db)).find((a) => a.id === row.id)).toMatchObject({ approval: 'requested', requesterName: 'Gitte Sekretær' });
    await approveBriefing(db, actorFrom(chair), { followupId: row.id, version: row.version });
    await expect(approveBriefing(db, actorFrom(chair), { followupId: row.id, version: row.version })).rejects.toMatchObject({ key: 'approvalNotRequested' });
    expect(await readFollowup(db, meeting.id, 'briefing')).toMatchObject({ approval: 'approved', approverName: 'Steen Formand' });
    expect((await readBriefingApprovals(db)).some((a) => a.id === row.id)).toBe(false);

    const decided = (await emailsOf('briefing-approval-decided', secretariat.email)).filter((e) => e.text.includes(meeting.id));
    expect(decided).toHaveLength(1);
    expect(decided[0].subject).toBe('Orienteringen er godkendt: Erhvervsforum, maj');

    const { notices } = await dispatchBriefing(db, actorFrom(secretariat), content(meeting.id));
    expect(notices).toBeGreaterThan(0);
    // The council's notice names the case (number and title), with a link and not the text.
    const [notice] = await db.select().from(emailOutbox).where(and(eq(emailOutbox.kind, 'briefing-notice'), eq(emailOutbox.followupId, row.id)));
    expect(notice.text).toContain('Sagsnr. 00.01.00-A00-7-25');
    expect(notice.text).toContain('Orientering om maj-mødet');
    expect(notice.text).not.toContain('Forummet drøftede');

    const entries = await db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, row.id), inArray(auditLog.action, ['followup.approval-request', 'followup.approve', 'followup.dispatch'])))
      .orderBy(auditLog.createdAt);
    expect(entries).toEqual([
      { action: 'followup.approval-request', actorId: secretariat.id },
      { action: 'followup.approve', actorId: chair.id },
      { action: 'followup.dispatch', actorId: secretariat.id },
    ]);
  });

  it('is approved and returned only by the chair: the secretariat is refused by the gate', () => {
    const { approveBriefingAction, returnBriefingAction } = followupActions.actions;
    for (const action of [approveBriefingAction, returnBriefingAction]) {
      expect(decide({ role: 'chair' }, action.access)).toBe('allowed');
      expect(decide({ role: 'secretariat' }, action.access)).toBe('forbidden');
      expect(decide({ role: 'council' }, action.access)).toBe('forbidden');
      expect(decide({ role: 'company' }, action.access)).toBe('forbidden');
    }
  });

  it('is sent back with the comment required, shown to the secretariat and emailed to the one who asked', async () => {
    const db = await getDb();
    const { meeting } = await makeHeldMeeting();
    await requestBriefingApproval(db, actorFrom(secretariat), content(meeting.id));
    const row = (await readFollowup(db, meeting.id, 'briefing'))!;
    await expect(returnBriefing(db, actorFrom(chair), { followupId: row.id, version: row.version, comment: '  ' })).rejects.toMatchObject({
      key: 'commentRequired',
    });
    await returnBriefing(db, actorFrom(chair), { followupId: row.id, version: row.version, comment: 'Resuméet skal nævne letbanen.' });
    expect(await readFollowup(db, meeting.id, 'briefing')).toMatchObject({ approval: 'returned', approvalComment: 'Resuméet skal nævne letbanen.' });
    expect((await readBriefingApprovals(db)).find((a) => a.id === row.id)).toMatchObject({
      approval: 'returned',
      comment: 'Resuméet skal nævne letbanen.',
      approverName: 'Steen Formand',
    });
    const [back] = await emailsOf('briefing-approval-decided', secretariat.email).then((rows) => rows.filter((r) => r.text.includes('letbanen')));
    expect(back.subject).toBe('Orienteringen er sendt tilbage: Erhvervsforum, maj');
    await expect(dispatchBriefing(db, actorFrom(secretariat), content(meeting.id))).rejects.toMatchObject({ key: 'notApproved' });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, row.id), eq(auditLog.action, 'followup.return')));
    expect(entry).toMatchObject({ actorId: chair.id, changes: { comment: 'Resuméet skal nævne letbanen.' } });

    // Asked again after the changes, the chair is emailed again.
    const before = (await emailsOf('briefing-approval-requested', chair.email)).length;
    await requestBriefingApproval(db, actorFrom(secretariat), { ...content(meeting.id), summary: 'Forummet drøftede letbanen.' });
    expect(await emailsOf('briefing-approval-requested', chair.email)).toHaveLength(before + 1);
  });

  it('loses its approval when the text is changed afterwards, so what is sent is what the chair approved', async () => {
    const db = await getDb();
    const { meeting } = await makeHeldMeeting();
    const { followupId, version } = await approveBriefingDraft(secretariat, chair, content(meeting.id));
    // Saving the same text keeps the approval.
    await saveFollowupDraft(db, actorFrom(secretariat), { ...content(meeting.id), version, kind: 'briefing' });
    expect(await readFollowup(db, meeting.id, 'briefing')).toMatchObject({ approval: 'approved' });

    await saveFollowupDraft(db, actorFrom(secretariat), { ...content(meeting.id), recommendation: 'Ny indstilling.', version, kind: 'briefing' });
    const [row] = await db.select().from(followups).where(eq(followups.id, followupId));
    expect(row).toMatchObject({ approval: 'none', approvalDecidedById: null, recommendation: 'Ny indstilling.' });
    await expect(dispatchBriefing(db, actorFrom(secretariat), { ...content(meeting.id), recommendation: 'Ny indstilling.' })).rejects.toMatchObject({
      key: 'notApproved',
    });
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, followupId), eq(auditLog.action, 'followup.save')))
      .orderBy(desc(auditLog.createdAt));
    expect(entry.changes).toMatchObject({ approval: { from: 'approved', to: 'none' }, fields: ['recommendation'] });

    // A dispatch carrying a changed text is refused too, and the approved text stays as it was.
    const again = await approveBriefingDraft(secretariat, chair, content(meeting.id));
    await expect(dispatchBriefing(db, actorFrom(secretariat), { ...content(meeting.id), body: 'Noget andet.' })).rejects.toMatchObject({ key: 'notApproved' });
    expect(await readFollowup(db, meeting.id, 'briefing')).toMatchObject({ approval: 'approved', version: again.version, body: content(meeting.id).body });
  });

  it('refuses the chair a decision on a text that changed after the chair read it', async () => {
    const db = await getDb();
    const { meeting } = await makeHeldMeeting();
    await requestBriefingApproval(db, actorFrom(secretariat), content(meeting.id));
    const read = (await readFollowup(db, meeting.id, 'briefing'))!;
    await saveFollowupDraft(db, actorFrom(secretariat), { ...content(meeting.id), body: 'Ændret.', kind: 'briefing' });
    await requestBriefingApproval(db, actorFrom(secretariat), { ...content(meeting.id), body: 'Ændret.' });
    await expect(approveBriefing(db, actorFrom(chair), { followupId: read.id, version: read.version })).rejects.toMatchObject({ key: 'conflict' });
  });
});
