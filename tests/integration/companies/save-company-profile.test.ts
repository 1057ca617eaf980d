// First sign-in: the person names themselves and their company; the CVR number decides whether
// a company is created or a request to join it is sent (see company-membership.test.ts).
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { companies, users } from '@/db/schema';
import { saveCompanyProfile } from '@/lib/companies/save-profile';
import { profileSchema } from '@/lib/companies/schema';
import { validCvr } from '../../support/fixtures';
import { makeNewcomer, refusalOf } from '../../support/fixtures-portal';

const form = (overrides: Record<string, string> = {}) =>
  profileSchema.parse({
    name: 'Maria Lund',
    cvr: validCvr(),
    companyName: 'Lysteknik ApS',
    address: 'Herstedvang 12',
    postalCode: '2620',
    city: 'Albertslund',
    industry: 'Belysning',
    employees: '24',
    website: 'lysteknik.dk',
    ...overrides,
  });

describe('completing the company profile', () => {
  it('creates the company on the first sign-in and links the person to it', async () => {
    const db = await getDb();
    const person = await makeNewcomer();
    const input = form();
    const result = await saveCompanyProfile(db, person, input);
    if (result.outcome !== 'created') throw new Error(result.outcome);
    const [company] = await db.select().from(companies).where(eq(companies.id, result.companyId));
    expect(company).toMatchObject({ cvr: input.cvr, name: 'Lysteknik ApS', employees: 24, website: 'https://lysteknik.dk', postalCode: '2620' });
    const [user] = await db.select().from(users).where(eq(users.id, person.id));
    expect(user).toMatchObject({ name: 'Maria Lund', companyId: company.id });
  });

  it('makes a second person with the same CVR ask to join instead of making a duplicate or joining', async () => {
    const db = await getDb();
    const cvr = validCvr();
    await saveCompanyProfile(db, await makeNewcomer(), form({ cvr }));
    const secondPerson = await makeNewcomer();
    const second = await saveCompanyProfile(db, secondPerson, form({ cvr, name: 'Peter Holm', companyName: 'Et andet navn' }));
    expect(second).toEqual({ outcome: 'requested' });
    const rows = await db.select().from(companies).where(eq(companies.cvr, cvr));
    expect(rows).toHaveLength(1);
    expect(rows[0].name).toBe('Lysteknik ApS');
    const [user] = await db.select().from(users).where(eq(users.id, secondPerson.id));
    expect(user).toMatchObject({ name: 'Peter Holm', companyId: null });
  });

  it('creates a new company as not yet verified', async () => {
    const db = await getDb();
    const result = await saveCompanyProfile(db, await makeNewcomer(), form());
    if (result.outcome !== 'created') throw new Error(result.outcome);
    const [company] = await db.select().from(companies).where(eq(companies.id, result.companyId));
    expect(company.verifiedAt).toBeNull();
  });

  it('asks for the company name only when the CVR number is new', async () => {
    const db = await getDb();
    const person = await makeNewcomer();
    expect(await refusalOf(saveCompanyProfile(db, person, form({ companyName: '' })))).toBe('invalid:companyName');
    const [user] = await db.select().from(users).where(eq(users.id, person.id));
    expect(user.companyId).toBeNull();
  });

  it('updates the person and the company later but keeps the CVR number', async () => {
    const db = await getDb();
    const person = await makeNewcomer();
    const cvr = validCvr();
    const created = await saveCompanyProfile(db, person, form({ cvr }));
    if (created.outcome !== 'created') throw new Error(created.outcome);
    const { companyId } = created;
    const result = await saveCompanyProfile(db, { id: person.id, email: person.email, companyId }, form({ cvr: validCvr(), companyName: 'Lysteknik A/S', employees: '30' }));
    expect(result.outcome).toBe('updated');
    const [company] = await db.select().from(companies).where(eq(companies.id, companyId));
    expect(company).toMatchObject({ cvr, name: 'Lysteknik A/S', employees: 30 });
  });

  it('stores script tags typed into a field as plain text', async () => {
    const db = await getDb();
    const person = await makeNewcomer();
    const created = await saveCompanyProfile(db, person, form({ companyName: '<script>alert(1)</script>' }));
    if (created.outcome !== 'created') throw new Error(created.outcome);
    const [company] = await db.select().from(companies).where(eq(companies.id, created.companyId));
    expect(company.name).toBe('<script>alert(1)</script>');
  });
});
