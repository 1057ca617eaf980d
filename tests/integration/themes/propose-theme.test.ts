// A theme's life from the proposer's side: propose, edit and withdraw while submitted; after a
// decision it is no longer theirs to change. Nobody else can see or change the draft.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { themes } from '@/db/schema';
import { proposeTheme } from '@/lib/themes/propose-theme';
import { updateProposedTheme } from '@/lib/themes/update-proposed-theme';
import { withdrawProposedTheme } from '@/lib/themes/withdraw-proposed-theme';
import { readMyThemes, readOwnTheme } from '@/lib/themes/queries';
import { themeProposalSchema } from '@/lib/themes/schema';
import { makeMeeting, makeUser } from '../../support/fixtures';
import { makeNewcomer, refusalOf } from '../../support/fixtures-portal';

const proposal = (overrides: Record<string, string> = {}) =>
  themeProposalSchema.parse({
    title: 'Fælles affaldsløsninger i Hersted Industripark',
    description: 'Flere virksomheder vil gerne dele containere og afhentning. Kan kommunen hjælpe med at koordinere?',
    category: 'business_areas',
    wishedMeetingId: '',
    ...overrides,
  });

describe('proposing a theme', () => {
  it('saves it as submitted, for the proposer and their company, with the wished meeting', async () => {
    const db = await getDb();
    const person = await makeUser('company');
    const meeting = await makeMeeting();
    const theme = await proposeTheme(db, person, proposal({ wishedMeetingId: meeting.id }));
    expect(theme).toMatchObject({ status: 'submitted', proposerId: person.id, companyId: person.companyId, wishedMeetingId: meeting.id });
    expect((await readMyThemes(db, person.id)).map((t) => t.id)).toEqual([theme.id]);
  });

  it('refuses a wish for a meeting that is held, cancelled or a draft', async () => {
    const db = await getDb();
    const person = await makeUser('company');
    const past = await makeMeeting({ startsAt: new Date(Date.now() - 86_400_000) });
    const draft = await makeMeeting({ status: 'draft' });
    expect(await refusalOf(proposeTheme(db, person, proposal({ wishedMeetingId: past.id })))).toBe('invalid:wishedMeetingId');
    expect(await refusalOf(proposeTheme(db, person, proposal({ wishedMeetingId: draft.id })))).toBe('invalid:wishedMeetingId');
  });

  it('asks a person without a company profile to complete it first', async () => {
    expect(await refusalOf(proposeTheme(await getDb(), await makeNewcomer(), proposal()))).toBe('profileIncomplete');
  });

  it('holds the limits: title 5–120 characters, description 20–4000, a category from the list', () => {
    const errors = (input: Record<string, string>) => {
      const parsed = themeProposalSchema.safeParse({ ...proposal(), ...input });
      return parsed.success ? [] : parsed.error.issues.map((i) => `${String(i.path[0])}:${i.code}`);
    };
    expect(errors({ title: 'Kort' })).toEqual(['title:too_small']);
    expect(errors({ title: 'x'.repeat(121) })).toEqual(['title:too_big']);
    expect(errors({ title: 'x'.repeat(120) })).toEqual([]);
    expect(errors({ description: 'x'.repeat(19) })).toEqual(['description:too_small']);
    expect(errors({ description: 'x'.repeat(4001) })).toEqual(['description:too_big']);
    expect(errors({ category: 'weapons' })).toEqual(['category:invalid_value']);
  });
});

describe('editing and withdrawing', () => {
  it('lets the proposer edit and then withdraw while it is submitted', async () => {
    const db = await getDb();
    const person = await makeUser('company');
    const theme = await proposeTheme(db, person, proposal());
    const edited = await updateProposedTheme(db, person, { ...proposal({ title: 'Deleordninger for affald i Hersted' }), themeId: theme.id });
    expect(edited).toMatchObject({ title: 'Deleordninger for affald i Hersted', status: 'submitted', version: 2 });
    const withdrawn = await withdrawProposedTheme(db, person, { themeId: theme.id });
    expect(withdrawn.status).toBe('withdrawn');
    expect(await refusalOf(updateProposedTheme(db, person, { ...proposal(), themeId: theme.id }))).toBe('notEditable');
  });

  it('refuses changes once a moderator has decided, and shows the proposer the answer', async () => {
    const db = await getDb();
    const person = await makeUser('company');
    const theme = await proposeTheme(db, person, proposal());
    await db.update(themes).set({ status: 'rejected', moderatorAnswer: 'Det ligger uden for forummets rammer.' }).where(eq(themes.id, theme.id));
    expect(await refusalOf(updateProposedTheme(db, person, { ...proposal(), themeId: theme.id }))).toBe('notEditable');
    expect(await refusalOf(withdrawProposedTheme(db, person, { themeId: theme.id }))).toBe('notEditable');
    const [mine] = await readMyThemes(db, person.id);
    expect(mine).toMatchObject({ status: 'rejected', moderatorAnswer: 'Det ligger uden for forummets rammer.' });
  });

  it('never lets another company see or change the draft', async () => {
    const db = await getDb();
    const owner = await makeUser('company');
    const other = await makeUser('company');
    const theme = await proposeTheme(db, owner, proposal());
    expect(await readOwnTheme(db, other.id, theme.id)).toBeNull();
    expect(await readMyThemes(db, other.id)).toEqual([]);
    expect(await refusalOf(updateProposedTheme(db, other, { ...proposal({ title: 'Kapret tema' }), themeId: theme.id }))).toBe('notFound');
    expect(await refusalOf(withdrawProposedTheme(db, other, { themeId: theme.id }))).toBe('notFound');
    const [row] = await db.select().from(themes).where(eq(themes.id, theme.id));
    expect(row).toMatchObject({ title: proposal().title, status: 'submitted' });
  });
});
