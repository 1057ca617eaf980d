// The admin dashboard's "Virksomheder" card counts what waits for the secretariat: pending join
// requests and companies not yet verified, as the rows say (decided requests and verified
// companies do not count).
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { readCompaniesNeedingAttention, readPendingJoinRequests } from '@/lib/companies/queries';
import { approveJoinRequest } from '@/lib/companies/approve-join-request';
import { saveCompanyProfile } from '@/lib/companies/save-profile';
import { profileSchema } from '@/lib/companies/schema';
import { verifyCompany } from '@/lib/companies/verify-company';
import { makeCompany, makeForumSettings } from '../../support/fixtures';
import { makeAdmin } from '../../support/fixtures-admin';
import { makeNewcomer } from '../../support/fixtures-portal';

const tag = () => Math.random().toString(36).slice(2, 8);

describe('companies needing the secretariat', () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    await makeForumSettings();
    admin = await makeAdmin();
  });

  it('counts pending requests and unverified companies, and stops counting each once decided', async () => {
    const db = await getDb();
    const before = await readCompaniesNeedingAttention(db);

    const verified = await makeCompany({ name: `Bekræftet ${tag()} A/S`, verifiedAt: new Date() });
    const unverified = await makeCompany({ name: `Ny ${tag()} ApS` });
    const asks = async (cvr: string) =>
      saveCompanyProfile(db, await makeNewcomer(), profileSchema.parse({ name: 'Spørger', cvr, companyName: 'x' }));
    await asks(verified.cvr);
    await asks(verified.cvr);
    await asks(unverified.cvr);

    expect(await readCompaniesNeedingAttention(db)).toEqual({
      pendingRequests: before.pendingRequests + 3,
      unverifiedCompanies: before.unverifiedCompanies + 1,
    });

    const [first] = (await readPendingJoinRequests(db)).filter((r) => r.companyCvr === verified.cvr);
    await approveJoinRequest(db, admin, { requestId: first.id, as: 'secretariat' });
    await verifyCompany(db, admin, { companyId: unverified.id });

    expect(await readCompaniesNeedingAttention(db)).toEqual({
      pendingRequests: before.pendingRequests + 2,
      unverifiedCompanies: before.unverifiedCompanies,
    });
  });
});
