// Joining a company is a request, not a side effect of typing its (public) CVR number. A member
// or the secretariat approves it; a proven email domain approves at once, a free-mail one never;
// until approved — and after a decline — the person has nothing of the company's.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { companies, companyJoinRequests, users } from '@/db/schema';
import { readCompaniesForAdmin, readPendingJoinRequests, readCompanyMembership, readJoinRequestState, readProfile } from '@/lib/companies/queries';
import { approveJoinRequest } from '@/lib/companies/approve-join-request';
import { declineJoinRequest } from '@/lib/companies/decline-join-request';
import { leaveCompany } from '@/lib/companies/leave-company';
import { removeMember } from '@/lib/companies/remove-member';
import { saveCompanyProfile } from '@/lib/companies/save-profile';
import { setProvenDomain } from '@/lib/companies/set-proven-domain';
import { profileSchema } from '@/lib/companies/schema';
import { verifyCompany } from '@/lib/companies/verify-company';
import { exportMyData } from '@/lib/account/export-my-data';
import { makeCompany, makeForumSettings, makeUser } from '../../support/fixtures';
import { auditEntriesFor, emailsTo, makeAdmin } from '../../support/fixtures-admin';
import { makeNewcomer, refusalOf } from '../../support/fixtures-portal';

const tag = () => Math.random().toString(36).slice(2, 8);

async function verifiedCompanyWithMember(memberDomain = `firma-${tag()}.dk`) {
  const company = await makeCompany({ name: `Hersted Test ${tag()} A/S`, address: 'Fabriksparken 40', verifiedAt: new Date() });
  const member = await makeUser('company', { companyId: company.id, email: `indkoeb-${tag()}@${memberDomain}` });
  return { company, member, memberDomain };
}

async function reloadUser(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

async function pendingRequestOf(userId: string) {
  const db = await getDb();
  const rows = await db.select().from(companyJoinRequests).where(eq(companyJoinRequests.userId, userId));
  return rows.find((r) => r.status === 'pending')!;
}

const profile = (cvr: string, overrides: Record<string, string> = {}) =>
  profileSchema.parse({ name: 'Angriber Andersen', cvr, companyName: 'Overtaget ApS', address: 'Ny adresse 1', ...overrides });

describe('joining a company', () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    await makeForumSettings();
    admin = await makeAdmin();
  });

  it('turns typing a known CVR number into a request: no membership, no company data, nothing changed', async () => {
    const db = await getDb();
    const { company, member } = await verifiedCompanyWithMember();
    const attacker = await makeNewcomer();
    const result = await saveCompanyProfile(db, attacker, profile(company.cvr));
    expect(result).toEqual({ outcome: 'requested' });

    expect((await reloadUser(attacker.id)).companyId).toBeNull();
    const [after] = await db.select().from(companies).where(eq(companies.id, company.id));
    expect(after).toMatchObject({ name: company.name, address: 'Fabriksparken 40' });
    expect((await readProfile(db, attacker.id))?.company?.name ?? null).toBeNull();
    const exported = await exportMyData(db, attacker.id);
    expect(exported?.company).toBeNull();
    expect(JSON.stringify(exported)).not.toContain(company.name);

    // A second save with other company details still changes nothing of the company's.
    await saveCompanyProfile(db, { ...attacker, companyId: null }, profile(company.cvr, { companyName: 'Hacked', address: '' }));
    const [still] = await db.select().from(companies).where(eq(companies.id, company.id));
    expect(still).toMatchObject({ name: company.name, address: 'Fabriksparken 40' });

    // The member is asked; the requester is told only the CVR number they typed.
    const toMember = await emailsTo(member.email);
    expect(toMember.map((e) => e.kind)).toEqual(['membership.requestToMembers']);
    const receipt = await emailsTo(attacker.email);
    expect(receipt.map((e) => e.kind)).toEqual(['membership.requestReceived']);
    expect(receipt[0].text).toContain(company.cvr);
    expect(receipt[0].text).not.toContain(company.name);
    expect(await readJoinRequestState(db, attacker.id)).toMatchObject({ status: 'pending', cvr: company.cvr });
    const request = await pendingRequestOf(attacker.id);
    expect((await auditEntriesFor(request.id)).map((a) => a.action)).toEqual(['company.join-request']);
  });

  it('lets a member approve: the person joins, and both sides are told', async () => {
    const db = await getDb();
    const { company, member } = await verifiedCompanyWithMember();
    const person = await makeNewcomer();
    await saveCompanyProfile(db, person, profile(company.cvr));
    const request = await pendingRequestOf(person.id);

    await approveJoinRequest(db, member, { requestId: request.id, as: 'member' });
    expect((await reloadUser(person.id)).companyId).toBe(company.id);
    const [decided] = await db.select().from(companyJoinRequests).where(eq(companyJoinRequests.id, request.id));
    expect(decided).toMatchObject({ status: 'approved', decidedVia: 'member', decidedById: member.id });
    expect((await emailsTo(person.email)).map((e) => e.kind)).toContain('membership.approved');
    expect((await auditEntriesFor(request.id)).map((a) => a.action)).toEqual(['company.join-request', 'company.join-approve']);
    // Decided once: a second click is refused.
    expect(await refusalOf(approveJoinRequest(db, member, { requestId: request.id, as: 'member' }))).toBe('requestDecided');
  });

  it("refuses a member of another company who replays the request's id, and members of an unverified company", async () => {
    const db = await getDb();
    const { company } = await verifiedCompanyWithMember();
    const { member: stranger } = await verifiedCompanyWithMember();
    const person = await makeNewcomer();
    await saveCompanyProfile(db, person, profile(company.cvr));
    const request = await pendingRequestOf(person.id);
    expect(await refusalOf(approveJoinRequest(db, stranger, { requestId: request.id, as: 'member' }))).toBe('notFound');
    expect(await refusalOf(declineJoinRequest(db, stranger, { requestId: request.id, as: 'member' }))).toBe('notFound');
    expect((await reloadUser(person.id)).companyId).toBeNull();

    // Whoever registered an unverified company first is no gatekeeper: only the secretariat decides.
    const founder = await makeNewcomer(`founder-${tag()}@nyt-firma-${tag()}.dk`);
    const created = await saveCompanyProfile(db, founder, profile(validCvrFromCompanyless(), { companyName: 'Nyt Firma ApS' }));
    expect(created.outcome).toBe('created');
    const founderNow = await reloadUser(founder.id);
    const [newCompany] = await db.select().from(companies).where(eq(companies.id, founderNow.companyId!));
    expect(newCompany.verifiedAt).toBeNull();
    const colleague = await makeNewcomer(`kollega-${tag()}@${founder.email.split('@')[1]}`);
    expect(await saveCompanyProfile(db, colleague, profile(newCompany.cvr))).toEqual({ outcome: 'requested' });
    const colleagueRequest = await pendingRequestOf(colleague.id);
    expect(await refusalOf(approveJoinRequest(db, founderNow, { requestId: colleagueRequest.id, as: 'member' }))).toBe('notFound');
    expect((await emailsTo(founder.email)).map((e) => e.kind)).not.toContain('membership.requestToMembers');
    expect((await emailsTo('erhverv@albertslund.dk')).some((e) => e.kind === 'membership.requestToSecretariat' && e.text.includes(newCompany.cvr))).toBe(true);
    expect((await readCompanyMembership(db, newCompany.id))?.requests).toEqual([]);
  });

  it('lets the secretariat approve, and verify a company, recording who and when', async () => {
    const db = await getDb();
    const founder = await makeNewcomer();
    const created = await saveCompanyProfile(db, founder, profile(validCvrFromCompanyless(), { companyName: 'Ukendt ApS' }));
    if (created.outcome !== 'created') throw new Error(created.outcome);
    const [row] = await db.select().from(companies).where(eq(companies.id, created.companyId));
    const person = await makeNewcomer();
    await saveCompanyProfile(db, person, profile(row.cvr));
    const request = await pendingRequestOf(person.id);
    expect((await readPendingJoinRequests(db)).find((r) => r.id === request.id)).toMatchObject({ companyVerified: false, members: 1 });

    await approveJoinRequest(db, admin, { requestId: request.id, as: 'secretariat' });
    expect((await reloadUser(person.id)).companyId).toBe(row.id);
    expect((await readCompaniesForAdmin(db)).find((c) => c.id === row.id)).toMatchObject({ members: 2, verifiedAt: null });

    const at = new Date('2026-11-30T10:00:00Z');
    await verifyCompany(db, admin, { companyId: row.id }, { now: at });
    const [verified] = await db.select().from(companies).where(eq(companies.id, row.id));
    expect(verified).toMatchObject({ verifiedAt: at, verifiedById: admin.id });
    expect((await auditEntriesFor(row.id)).map((a) => a.action)).toEqual(['company.create', 'company.verify']);
    expect((await emailsTo(founder.email)).map((e) => e.kind)).toEqual(expect.arrayContaining(['membership.memberJoined', 'membership.verified']));
  });

  it("approves at once when the address is on a member's domain or the secretariat's, never on free mail", async () => {
    const db = await getDb();
    const { company, memberDomain } = await verifiedCompanyWithMember();
    const colleague = await makeNewcomer(`ny-${tag()}@${memberDomain.toUpperCase()}`);
    const joined = await saveCompanyProfile(db, colleague, profile(company.cvr));
    expect(joined).toMatchObject({ outcome: 'joined', companyId: company.id });
    const [request] = await db.select().from(companyJoinRequests).where(eq(companyJoinRequests.userId, colleague.id));
    expect(request).toMatchObject({ status: 'approved', decidedVia: 'domain' });

    // Set by the secretariat.
    const other = await makeCompany({ verifiedAt: new Date() });
    const domain = `eget-${tag()}.dk`;
    await setProvenDomain(db, admin, { companyId: other.id, domain: domain.toUpperCase() });
    const viaDomain = await saveCompanyProfile(db, await makeNewcomer(`x-${tag()}@${domain}`), profile(other.cvr));
    expect(viaDomain.outcome).toBe('joined');

    // Free mail: a member on gmail.com proves nothing, nor can the secretariat set it.
    const gmailCompany = await makeCompany({ verifiedAt: new Date() });
    await makeUser('company', { companyId: gmailCompany.id, email: `ejer-${tag()}@gmail.com` });
    const stranger = await makeNewcomer(`fremmed-${tag()}@gmail.com`);
    expect(await saveCompanyProfile(db, stranger, profile(gmailCompany.cvr))).toEqual({ outcome: 'requested' });
    expect((await reloadUser(stranger.id)).companyId).toBeNull();
    expect(await refusalOf(setProvenDomain(db, admin, { companyId: gmailCompany.id, domain: 'hotmail.com' }))).toBe('invalid:domain');
  });

  it('proves no domain through the members of an unverified company', async () => {
    const db = await getDb();
    const domain = `ukendt-${tag()}.dk`;
    const company = await makeCompany();
    await makeUser('company', { companyId: company.id, email: `ejer@${domain}` });
    expect(await saveCompanyProfile(db, await makeNewcomer(`ny-${tag()}@${domain}`), profile(company.cvr))).toEqual({ outcome: 'requested' });
  });

  it('refuses to approve a person who left meanwhile, and leaves the request pending and unlogged', async () => {
    const db = await getDb();
    const { company, member } = await verifiedCompanyWithMember();
    const person = await makeNewcomer();
    await saveCompanyProfile(db, person, profile(company.cvr));
    const request = await pendingRequestOf(person.id);
    await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, person.id));

    expect(await refusalOf(approveJoinRequest(db, member, { requestId: request.id, as: 'member' }))).toBe('requesterUnavailable');
    expect((await reloadUser(person.id)).companyId).toBeNull();
    const [still] = await db.select().from(companyJoinRequests).where(eq(companyJoinRequests.id, request.id));
    expect(still).toMatchObject({ status: 'pending', decidedById: null });
    expect((await auditEntriesFor(request.id)).map((a) => a.action)).toEqual(['company.join-request']);
    expect((await emailsTo(person.email)).map((e) => e.kind)).not.toContain('membership.approved');
  });

  it('gives a declined person no access, and tells them', async () => {
    const db = await getDb();
    const { company, member } = await verifiedCompanyWithMember();
    const person = await makeNewcomer();
    await saveCompanyProfile(db, person, profile(company.cvr));
    const request = await pendingRequestOf(person.id);
    await declineJoinRequest(db, member, { requestId: request.id, as: 'member' });
    expect((await reloadUser(person.id)).companyId).toBeNull();
    expect(await readJoinRequestState(db, person.id)).toMatchObject({ status: 'declined', cvr: company.cvr });
    expect((await readProfile(db, person.id))?.company?.name ?? null).toBeNull();
    expect((await exportMyData(db, person.id))?.company).toBeNull();
    const declined = (await emailsTo(person.email)).find((e) => e.kind === 'membership.declined');
    expect(declined?.text).not.toContain(company.name);
    expect((await auditEntriesFor(request.id)).map((a) => a.action)).toEqual(['company.join-request', 'company.join-decline']);
  });

  it('lets a member leave and the secretariat remove one; each is logged and emailed', async () => {
    const db = await getDb();
    const { company, member } = await verifiedCompanyWithMember();
    const second = await makeUser('company', { companyId: company.id, email: `anden-${tag()}@firma.test` });
    await leaveCompany(db, member);
    expect((await reloadUser(member.id)).companyId).toBeNull();
    expect((await emailsTo(member.email)).map((e) => e.kind)).toContain('membership.left');
    expect((await emailsTo(second.email)).map((e) => e.kind)).toContain('membership.memberLeft');
    expect((await auditEntriesFor(member.id)).map((a) => a.action)).toEqual(['company.member-leave']);
    expect(await refusalOf(leaveCompany(db, member))).toBe('notFound');

    await removeMember(db, admin, { companyId: company.id, userId: second.id });
    expect((await reloadUser(second.id)).companyId).toBeNull();
    expect((await emailsTo(second.email)).map((e) => e.kind)).toContain('membership.removed');
    expect((await auditEntriesFor(second.id)).map((a) => a.action)).toEqual(['company.member-remove']);
    expect(await refusalOf(removeMember(db, admin, { companyId: company.id, userId: second.id }))).toBe('notFound');
  });
});

// A CVR number no company in this database has yet.
let cvrSeed = 30000000 + Math.floor(Math.random() * 1000000);
function validCvrFromCompanyless(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const candidate = String(cvrSeed++);
    if (candidate.split('').reduce((s, d, i) => s + Number(d) * weights[i], 0) % 11 === 0) return candidate;
  }
}
