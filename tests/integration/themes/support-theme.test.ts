// Companies support accepted themes, once per company, and can take it back.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { supportTheme } from '@/lib/themes/support-theme';
import { withdrawSupport } from '@/lib/themes/withdraw-support';
import { readCompanySupportState, readPublicThemes } from '@/lib/themes/queries';
import { makeCompany, makeMeeting, makeTheme, makeUser } from '../../support/fixtures';
import { makeNewcomer, refusalOf } from '../../support/fixtures-portal';
import { meetingThemes } from '@/db/schema';

const supportersOf = async (themeId: string) => (await readPublicThemes(await getDb())).find((t) => t.id === themeId)?.supporters;

describe('supporting a theme', () => {
  it('counts one support per company, however many of its people press the button', async () => {
    const db = await getDb();
    const theme = await makeTheme();
    const company = await makeCompany();
    const a = await makeUser('company', { companyId: company.id });
    const b = await makeUser('company', { companyId: company.id });
    const c = await makeUser('company');
    await supportTheme(db, a, { themeId: theme.id });
    await supportTheme(db, b, { themeId: theme.id });
    await supportTheme(db, c, { themeId: theme.id });
    expect(await supportersOf(theme.id)).toBe(2);
    expect((await readCompanySupportState(db, company.id)).supported).toEqual([theme.id]);
  });

  it('takes the company’s support back', async () => {
    const db = await getDb();
    const theme = await makeTheme();
    const person = await makeUser('company');
    await supportTheme(db, person, { themeId: theme.id });
    await withdrawSupport(db, person, { themeId: theme.id });
    expect(await supportersOf(theme.id)).toBe(0);
  });

  it('refuses themes that are not accepted, the company’s own theme, and people without a company', async () => {
    const db = await getDb();
    const person = await makeUser('company');
    const submitted = await makeTheme({ status: 'submitted' });
    const own = await makeTheme({ companyId: person.companyId });
    expect(await refusalOf(supportTheme(db, person, { themeId: submitted.id }))).toBe('notSupportable');
    expect(await refusalOf(supportTheme(db, person, { themeId: own.id }))).toBe('ownTheme');
    expect(await refusalOf(supportTheme(db, await makeNewcomer(), { themeId: (await makeTheme()).id }))).toBe('profileIncomplete');
  });

  it('shows accepted themes with the meetings they are on, never drafts of meetings or themes', async () => {
    const db = await getDb();
    const theme = await makeTheme({ title: 'Letbanen og erhvervet' });
    const hidden = await makeTheme({ status: 'submitted' });
    const meeting = await makeMeeting({ title: 'Forårsmødet' });
    const draft = await makeMeeting({ status: 'draft', title: 'Hemmeligt møde' });
    await db.insert(meetingThemes).values([
      { meetingId: meeting.id, themeId: theme.id },
      { meetingId: draft.id, themeId: theme.id },
    ]);
    const list = await readPublicThemes(db);
    expect(list.find((t) => t.id === hidden.id)).toBeUndefined();
    expect(list.find((t) => t.id === theme.id)?.meetings.map((m) => m.title)).toEqual(['Forårsmødet']);
  });
});
