// Subscriptions end to end in the domain: the public double opt-in (no enumeration, no flooding
// an address), the portal's one click, the secretariat's business-service contacts, unsubscribing
// by the signed link, and the suppression list that stops bulk email (and only bulk email).
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, emailOutbox, emailSuppressions, subscriptions } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { pruneExpiredData } from '@/lib/retention/prune-expired-data';
import { confirmSubscription } from '@/lib/subscriptions/confirm-subscription';
import { unsubscribeCode } from '@/lib/subscriptions/links';
import { markCompanyContacts } from '@/lib/subscriptions/mark-company-contacts';
import { readActiveSubscribers, readSubscribersPage, readUnmarkedCompanyAddresses } from '@/lib/subscriptions/queries';
import { requestSubscription } from '@/lib/subscriptions/request-subscription';
import { markContactsForm } from '@/lib/subscriptions/schema';
import { setPortalSubscription } from '@/lib/subscriptions/set-portal-subscription';
import { suppressAddress, unsubscribeByCode } from '@/lib/subscriptions/unsubscribe';
import { makeCompany, makeForumSettings, makeUser } from '../../support/fixtures';

let n = 0;
const address = () => `person-${Date.now().toString(36)}-${n++}@example.test`;
const client = () => `203.0.113.${n++ % 250}`;

async function rowOf(email: string) {
  const [row] = await (await getDb()).select().from(subscriptions).where(sql`lower(${subscriptions.email}) = ${email}`);
  return row;
}

async function confirmEmails(email: string) {
  return (await getDb()).select().from(emailOutbox).where(and(eq(emailOutbox.toEmail, email), eq(emailOutbox.kind, 'subscription-confirm')));
}

function codeIn(text: string) {
  const match = /\/subscribe\/confirm\?code=([^\s)]+)/.exec(text);
  if (!match) throw new Error(`no confirm link in: ${text}`);
  return decodeURIComponent(match[1]);
}

async function suppressionOf(email: string) {
  const [row] = await (await getDb()).select().from(emailSuppressions).where(eq(emailSuppressions.email, email));
  return row?.reason ?? null;
}

describe('the public double opt-in', () => {
  it('keeps the address pending until the confirm link is clicked, then makes it active', async () => {
    const db = await getDb();
    await makeForumSettings();
    const email = address();
    expect(await requestSubscription(db, { email: email.toUpperCase(), locale: 'da', client: client() })).toBe('requested');
    expect(await rowOf(email)).toMatchObject({ email, status: 'pending', legalBasis: 'consent', source: 'public-form' });
    expect(await readActiveSubscribers(db)).not.toContainEqual(expect.objectContaining({ email }));

    const [mail] = await confirmEmails(email);
    expect(mail.subject).toBe('Bekræft din tilmelding til Strategisk Erhvervsforums nyheder');
    const code = codeIn(mail.text);

    expect(await confirmSubscription(db, { code: `${code}x` })).toBe('invalid');
    expect(await confirmSubscription(db, { code: code.replace(/^[^.]+/, Buffer.from(`other@example.test\n${Date.now()}`).toString('base64url')) })).toBe('invalid');
    expect((await rowOf(email)).status).toBe('pending');

    expect(await confirmSubscription(db, { code })).toBe('confirmed');
    expect(await rowOf(email)).toMatchObject({ status: 'active', confirmedAt: expect.any(Date) });
    expect(await readActiveSubscribers(db)).toContainEqual({ email, userId: null, companyId: null, locale: 'da' });
  });

  it('refuses a confirm link older than seven days', async () => {
    const db = await getDb();
    const email = address();
    const then = new Date(Date.now() - 8 * 24 * 3600_000);
    await requestSubscription(db, { email, locale: 'en', client: client() }, { now: then });
    const [mail] = await confirmEmails(email);
    expect(mail.subject).toBe("Confirm your subscription to the Strategic Business Forum's news");
    expect(await confirmSubscription(db, { code: codeIn(mail.text) })).toBe('invalid');
    expect((await rowOf(email)).status).toBe('pending');
  });

  it('answers the same for a known and an unknown address, and sends an address at most one email an hour', async () => {
    const db = await getDb();
    const email = address();
    const now = new Date();
    expect(await requestSubscription(db, { email, locale: 'da', client: client() }, { now })).toBe('requested');
    expect(await requestSubscription(db, { email, locale: 'da', client: client() }, { now: new Date(now.getTime() + 60_000) })).toBe('requested');
    expect(await confirmEmails(email)).toHaveLength(1);
    await confirmSubscription(db, { code: codeIn((await confirmEmails(email))[0].text) });
    // Already active: the same answer, and nothing is sent.
    expect(await requestSubscription(db, { email, locale: 'da', client: client() }, { now: new Date(now.getTime() + 2 * 3600_000) })).toBe('requested');
    expect(await confirmEmails(email)).toHaveLength(1);
    // A pending address an hour later may be sent another.
    const other = address();
    await requestSubscription(db, { email: other, locale: 'da', client: client() }, { now });
    await requestSubscription(db, { email: other, locale: 'da', client: client() }, { now: new Date(now.getTime() + 61 * 60_000) });
    expect(await confirmEmails(other)).toHaveLength(2);
  });

  it('limits how many requests one client may make', async () => {
    const db = await getDb();
    const from = '198.51.100.7';
    const outcomes = [];
    for (let i = 0; i < 11; i++) outcomes.push(await requestSubscription(db, { email: address(), locale: 'da', client: from }));
    expect(outcomes.slice(0, 10).every((o) => o === 'requested')).toBe(true);
    expect(outcomes[10]).toBe('rateLimited');
  });

  it('deletes a subscription never confirmed after seven days', async () => {
    const db = await getDb();
    const old = address();
    const fresh = address();
    await requestSubscription(db, { email: old, locale: 'da', client: client() }, { now: new Date(Date.now() - 8 * 24 * 3600_000) });
    await requestSubscription(db, { email: fresh, locale: 'da', client: client() });
    const summary = await pruneExpiredData(db, { now: new Date() });
    expect(summary.pendingSubscriptionsDeleted).toBeGreaterThanOrEqual(1);
    expect(await rowOf(old)).toBeUndefined();
    expect((await rowOf(fresh)).status).toBe('pending');
  });

  it('lets a person who unsubscribed come back through the same double opt-in, lifting only an unsubscribe block', async () => {
    const db = await getDb();
    const email = address();
    await requestSubscription(db, { email, locale: 'da', client: client() });
    await confirmSubscription(db, { code: codeIn((await confirmEmails(email))[0].text) });
    expect(await unsubscribeByCode(db, { code: unsubscribeCode(email) })).toEqual({ status: 'unsubscribed', email });
    expect(await suppressionOf(email)).toBe('unsubscribed');

    await requestSubscription(db, { email, locale: 'da', client: client() });
    expect((await rowOf(email)).status).toBe('unsubscribed');
    const mails = await confirmEmails(email);
    expect(mails).toHaveLength(2);
    expect(await confirmSubscription(db, { code: codeIn(mails.sort((a, b) => +b.createdAt - +a.createdAt)[0].text) })).toBe('confirmed');
    expect((await rowOf(email)).status).toBe('active');
    expect(await suppressionOf(email)).toBeNull();

    // A hard bounce is not lifted by confirming again.
    const bounced = address();
    await suppressAddress(db, bounced, 'bounced', new Date());
    await requestSubscription(db, { email: bounced, locale: 'da', client: client() });
    await confirmSubscription(db, { code: codeIn((await confirmEmails(bounced))[0].text) });
    expect(await suppressionOf(bounced)).toBe('bounced');
    expect(await readActiveSubscribers(db)).not.toContainEqual(expect.objectContaining({ email: bounced }));
  });
});

describe('unsubscribing by the signed link', () => {
  it('refuses a forged code and changes nothing', async () => {
    const db = await getDb();
    const email = address();
    const forged = `${Buffer.from(email).toString('base64url')}.AAAA`;
    expect(await unsubscribeByCode(db, { code: forged })).toEqual({ status: 'invalid' });
    expect(await unsubscribeByCode(db, { code: null })).toEqual({ status: 'invalid' });
    expect(await suppressionOf(email)).toBeNull();
  });

  it('stops the subscription, blocks the address and cancels its queued bulk email at once', async () => {
    const db = await getDb();
    const user = await makeUser('company');
    await setPortalSubscription(db, { id: user.id, email: user.email, companyId: user.companyId, locale: 'da' }, { intent: 'subscribe' });
    await db.insert(emailOutbox).values([
      { kind: 'participant-followup', toEmail: user.email, subject: 'Bulk', html: 'h', text: 't', idempotencyKey: `bulk:${user.id}`, priority: 2 },
      { kind: 'sign-in', toEmail: user.email, subject: 'Login', html: 'h', text: 't', idempotencyKey: `signin:${user.id}`, priority: 0 },
    ]);
    await unsubscribeByCode(db, { code: unsubscribeCode(user.email.toUpperCase()) });
    expect(await rowOf(user.email)).toMatchObject({ status: 'unsubscribed', unsubscribedAt: expect.any(Date) });
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, user.email));
    expect(rows.find((r) => r.subject === 'Bulk')).toMatchObject({ status: 'failed', lastError: expect.stringContaining('suppressed') });
    expect(rows.find((r) => r.subject === 'Login')!.status).toBe('pending');
  });
});

describe('the portal one click', () => {
  it('subscribes the signed-in person at once and unsubscribes them again', async () => {
    const db = await getDb();
    const user = await makeUser('company', { locale: 'en' });
    const me = { id: user.id, email: user.email, companyId: user.companyId, locale: 'en' as const };
    await setPortalSubscription(db, me, { intent: 'subscribe' });
    expect(await rowOf(user.email)).toMatchObject({ status: 'active', legalBasis: 'consent', source: 'portal', userId: user.id, companyId: user.companyId });
    expect(await readActiveSubscribers(db)).toContainEqual({ email: user.email, userId: user.id, companyId: user.companyId, locale: 'en' });

    await setPortalSubscription(db, me, { intent: 'unsubscribe' });
    expect((await rowOf(user.email)).status).toBe('unsubscribed');
    expect(await suppressionOf(user.email)).toBe('unsubscribed');
    const listed = (await readSubscribersPage(db, 1)).rows.find((r) => r.email === user.email);
    expect(listed).toMatchObject({ status: 'unsubscribed', source: 'portal', suppressedReason: 'unsubscribed' });

    await setPortalSubscription(db, me, { intent: 'subscribe' });
    expect((await rowOf(user.email)).status).toBe('active');
    expect(await suppressionOf(user.email)).toBeNull();
    const audit = await db.select().from(auditLog).where(eq(auditLog.actorId, user.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['subscription.subscribe', 'subscription.unsubscribe']));
  });
});

describe('business-service contacts', () => {
  it('needs a legal note', () => {
    expect(markContactsForm.safeParse({ legalNote: '' }).success).toBe(false);
    expect(markContactsForm.safeParse({ legalNote: '   ' }).success).toBe(false);
    expect(markContactsForm.safeParse({ legalNote: 'Lov om erhvervsfremme § 13' }).success).toBe(true);
  });

  it('marks imported company addresses one by one or as a selection, audit-logged, and never re-adds a blocked address', async () => {
    const db = await getDb();
    const admin = await makeUser('secretariat');
    const actor = { id: admin.id, email: admin.email };
    const [a, b, blocked] = await Promise.all([
      makeCompany({ email: `Info-${n++}@firma.example` }),
      makeCompany({ email: `kontakt-${n++}@firma.example` }),
      makeCompany({ email: `nej-${n++}@firma.example` }),
    ]);
    await suppressAddress(db, blocked.email!, 'unsubscribed', new Date());
    await expect(markCompanyContacts(db, actor, { companyIds: [a.id], legalNote: ' ' })).rejects.toBeInstanceOf(ActionError);
    expect(await rowOf(a.email!.toLowerCase())).toBeUndefined();

    const note = 'Erhvervsservice, lov om erhvervsfremme § 13';
    expect((await readUnmarkedCompanyAddresses(db)).map((c) => c.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(await markCompanyContacts(db, actor, { companyIds: [a.id], legalNote: note })).toEqual({ marked: 1, skipped: 0 });
    expect(await markCompanyContacts(db, actor, { companyIds: [a.id, b.id, blocked.id], legalNote: note })).toEqual({ marked: 1, skipped: 2 });
    expect(await rowOf(a.email!.toLowerCase())).toMatchObject({ status: 'active', legalBasis: 'business-service', legalNote: note, source: 'company-contact', companyId: a.id });
    expect(await rowOf(b.email!.toLowerCase())).toMatchObject({ legalBasis: 'business-service', companyId: b.id });
    expect(await rowOf(blocked.email!.toLowerCase())).toBeUndefined();
    expect((await readUnmarkedCompanyAddresses(db)).map((c) => c.id)).not.toContain(b.id);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.actorId, admin.id), eq(auditLog.action, 'subscription.mark-contact')));
    expect(audit).toHaveLength(2);
    expect(audit[0].changes).toMatchObject({ legalBasis: 'business-service', legalNote: note });
  });
});
