// The briefing to the Finance Committee: a first draft from the meeting's facts, dispatch that
// makes it readable for the council and notifies each member once, and read receipts.
import { createTranslator } from 'next-intl';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, emailOutbox, followups } from '@/db/schema';
import { readBriefing, readBriefingsFor } from '@/lib/council/queries';
import { recordBriefingRead } from '@/lib/council/record-read';
import { dispatchBriefing } from '@/lib/followups/dispatch-briefing';
import { draftBriefing } from '@/lib/followups/drafts';
import { readMeetingFacts, readBriefingReceipts, readFollowup, readFollowupsDue } from '@/lib/followups/queries';
import { saveFollowupDraft } from '@/lib/followups/save-followup-draft';
import { loadMessages } from '@/lib/i18n/messages';
import { makeUser } from '../../support/fixtures';
import { actorFrom, approveBriefingDraft, makeCouncilMembers, makeHeldMeeting } from '../../support/fixtures-followups';

const draftT = createTranslator({ locale: 'da', messages: loadMessages('da'), namespace: 'followups.drafts.briefing' });

describe('the briefing to the Finance Committee', () => {
  let admin: Awaited<ReturnType<typeof makeUser>>;
  let chair: Awaited<ReturnType<typeof makeUser>>;
  let members: Awaited<ReturnType<typeof makeCouncilMembers>>;
  beforeAll(async () => {
    admin = await makeUser('secretariat');
    chair = await makeUser('chair');
    members = await makeCouncilMembers(['da', 'en']);
  });

  it('starts from a draft with date and place, themes, agenda, counts, industries and external speakers', async () => {
    const { meeting } = await makeHeldMeeting({
      people: [
        { status: 'attended', colleagues: 2, industry: 'Belysning' },
        { status: 'attended', industry: 'Produktion' },
        { status: 'registered', industry: 'Byggeri' }, // did not show up: not counted
      ],
    });
    const facts = await readMeetingFacts(await getDb(), meeting);
    expect(facts).toMatchObject({ attendanceTaken: true, participants: 4, companies: 2 });
    const { title, body } = draftBriefing(facts, draftT as never, 'da', 'Økonomiudvalget');
    expect(title).toBe('Orientering til Økonomiudvalget: Erhvervsforum, maj');
    for (const expected of [
      'Albertslund Rådhus',
      'kl. ',
      '- Grøn omstilling i industrien',
      '- Letbanen og mobilitet',
      'Oplæg om Letbanen (Ekstern Ekspert)',
      '4 personer fra 2 virksomheder deltog i mødet.',
      '- Belysning: 1 virksomhed',
      '- Produktion: 1 virksomhed',
      '- Ekstern Ekspert, Planlægger, Hovedstadens Letbane',
    ]) {
      expect(body).toContain(expected);
    }
    expect(body).not.toContain('Byggeri');
    expect(body).not.toContain('- Borgmester Test'); // internal speakers are not external
  });

  it('counts the registered when attendance was not taken', async () => {
    const { meeting } = await makeHeldMeeting({ people: [{ status: 'registered', colleagues: 1 }, { status: 'registered' }, { status: 'cancelled' }] });
    const facts = await readMeetingFacts(await getDb(), meeting);
    expect(facts).toMatchObject({ attendanceTaken: false, participants: 3, companies: 2 });
  });

  it('makes the briefing readable in the council area and notifies each council member once, with a link and not the text', async () => {
    const { meeting } = await makeHeldMeeting();
    const db = await getDb();
    const body = '## Resumé\n\nEn hemmelig tekst kun til rådet.';
    await approveBriefingDraft(admin, chair, { meetingId: meeting.id, title: 'Orientering om maj-mødet', body });
    const result = await dispatchBriefing(db, actorFrom(admin), { meetingId: meeting.id, title: 'Orientering om maj-mødet', body });
    expect(result.notices).toBe(members.length);

    const briefing = await readBriefing(db, result.followupId);
    expect(briefing).toMatchObject({ title: 'Orientering om maj-mødet', body });
    const notices = await db.select().from(emailOutbox).where(eq(emailOutbox.followupId, result.followupId));
    expect(notices.map((n) => n.toEmail).sort()).toEqual(members.map((m) => m.email).sort());
    for (const notice of notices) {
      expect(notice).toMatchObject({ kind: 'briefing-notice', status: 'pending' });
      expect(notice.text).not.toContain('hemmelig');
      expect(notice.html).not.toContain('hemmelig');
    }
    const danish = notices.find((n) => n.toEmail === members[0].email)!;
    const english = notices.find((n) => n.toEmail === members[1].email)!;
    expect(danish.subject).toBe('Ny orientering fra Strategisk Erhvervsforum: Erhvervsforum, maj');
    expect(danish.text).toContain(`/council/briefings/${result.followupId}`);
    expect(danish.text).not.toContain('/en/council');
    expect(english.subject).toBe('New briefing from the Strategic Business Forum: Erhvervsforum, maj');
    expect(english.text).toContain(`/en/council/briefings/${result.followupId}`);

    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'followup.dispatch'), eq(auditLog.entityId, result.followupId)));
    expect(entry).toMatchObject({ actorId: admin.id, changes: { kind: 'briefing', notices: members.length } });
  });

  it('adds nothing when dispatch is pressed twice, and keeps the text as sent', async () => {
    const { meeting } = await makeHeldMeeting();
    const db = await getDb();
    const input = { meetingId: meeting.id, title: 'To gange', body: 'Første udgave' };
    await approveBriefingDraft(admin, chair, input);
    const [first, second] = await Promise.allSettled([
      dispatchBriefing(db, actorFrom(admin), input),
      dispatchBriefing(db, actorFrom(admin), { ...input, body: 'Anden udgave' }),
    ]);
    const outcomes = [first.status, second.status].sort();
    expect(outcomes).toEqual(['fulfilled', 'rejected']);
    const refused = [first, second].find((o) => o.status === 'rejected') as PromiseRejectedResult;
    // Whichever came second is refused: after the first it is sent; before it, its changed text is not the approved one.
    expect(['alreadyDispatched', 'notApproved']).toContain((refused.reason as { key: string }).key);
    await expect(dispatchBriefing(db, actorFrom(admin), input)).rejects.toMatchObject({ key: 'alreadyDispatched' });
    const row = await readFollowup(db, meeting.id, 'briefing');
    const notices = await db.select().from(emailOutbox).where(eq(emailOutbox.followupId, row!.id));
    expect(notices).toHaveLength(members.length);
    await expect(saveFollowupDraft(db, actorFrom(admin), { ...input, body: 'Ændret bagefter', kind: 'briefing' })).rejects.toMatchObject({
      key: 'alreadyDispatched',
    });
  });

  it('cannot be dispatched for a meeting that has not been held', async () => {
    const { meeting } = await makeHeldMeeting({ startsAt: new Date(Date.now() + 7 * 24 * 3600_000) });
    const db = await getDb();
    const input = { meetingId: meeting.id, title: 'For tidligt', body: 'Tekst' };
    await expect(dispatchBriefing(db, actorFrom(admin), input)).rejects.toMatchObject({ key: 'notHeld' });
    // A draft may be prepared ahead.
    await saveFollowupDraft(db, actorFrom(admin), { ...input, kind: 'briefing' });
    expect(await readFollowup(db, meeting.id, 'briefing')).toMatchObject({ status: 'draft', body: 'Tekst' });
    const cancelled = await makeHeldMeeting({ status: 'cancelled' });
    await expect(dispatchBriefing(db, actorFrom(admin), { ...input, meetingId: cancelled.meeting.id })).rejects.toMatchObject({ key: 'notHeld' });
  });

  it('refuses a save made from an outdated version', async () => {
    const { meeting } = await makeHeldMeeting();
    const db = await getDb();
    await saveFollowupDraft(db, actorFrom(admin), { meetingId: meeting.id, title: 'Titel', body: 'A', version: 1, kind: 'briefing' });
    await expect(
      saveFollowupDraft(db, actorFrom(admin), { meetingId: meeting.id, title: 'Titel', body: 'B', version: 1, kind: 'briefing' }),
    ).rejects.toMatchObject({ key: 'conflict' });
  });

  it('records who has read the briefing, once, and shows it to the secretariat', async () => {
    const { meeting } = await makeHeldMeeting();
    const db = await getDb();
    await approveBriefingDraft(admin, chair, { meetingId: meeting.id, title: 'Læses', body: 'Tekst' });
    const { followupId } = await dispatchBriefing(db, actorFrom(admin), { meetingId: meeting.id, title: 'Læses', body: 'Tekst' });
    const [reader, other] = members;
    expect((await readBriefingsFor(db, reader.id)).find((b) => b.id === followupId)?.readAt).toBeNull();

    const firstRead = new Date('2025-05-01T10:00:00Z');
    await recordBriefingRead(db, reader, { followupId }, { now: firstRead });
    await recordBriefingRead(db, reader, { followupId }, { now: new Date('2025-05-02T10:00:00Z') });

    const receipts = await readBriefingReceipts(db, followupId);
    expect(receipts.find((r) => r.userId === reader.id)?.readAt).toEqual(firstRead);
    expect(receipts.find((r) => r.userId === other.id)?.readAt).toBeNull();
    expect(receipts.some((r) => r.userId === admin.id)).toBe(false);
    expect((await readBriefingsFor(db, reader.id)).find((b) => b.id === followupId)?.readAt).toEqual(firstRead);
    expect((await readBriefingsFor(db, other.id)).find((b) => b.id === followupId)?.readAt).toBeNull();
  });

  it('lists only dispatched briefings for the council, newest first', async () => {
    const db = await getDb();
    const draft = await makeHeldMeeting();
    await saveFollowupDraft(db, actorFrom(admin), { meetingId: draft.meeting.id, title: 'Kladde', body: 'Ikke sendt', kind: 'briefing' });
    const list = await readBriefingsFor(db, members[0].id);
    expect(list.some((b) => b.title === 'Kladde')).toBe(false);
    const times = list.map((b) => b.dispatchedAt!.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const [row] = await db.select().from(followups).where(eq(followups.title, 'Kladde'));
    expect(await readBriefing(db, row.id)).toBeNull();
  });

  it('lists held meetings that still miss follow-ups, with how many are sent', async () => {
    const db = await getDb();
    const { meeting } = await makeHeldMeeting();
    const future = await makeHeldMeeting({ startsAt: new Date(Date.now() + 86_400_000) });
    await approveBriefingDraft(admin, chair, { meetingId: meeting.id, title: 'Én af tre', body: 'Tekst' });
    await dispatchBriefing(db, actorFrom(admin), { meetingId: meeting.id, title: 'Én af tre', body: 'Tekst' });
    const missing = await readFollowupsDue(db);
    expect(missing.find((m) => m.id === meeting.id)).toMatchObject({ dispatched: ['briefing'] });
    expect(missing.some((m) => m.id === future.meeting.id)).toBe(false);
  });
});
