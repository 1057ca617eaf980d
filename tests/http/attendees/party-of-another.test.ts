// Another company cannot see or change someone's party: the second company replays the party
// page's requests (add, change, remove) with the first company's registration and attendee ids,
// which a guess or a leaked link would give it. The party must be unchanged, and the owner's
// same requests go through.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signedInClient, type HttpClient } from '../../support/http-client';
import { actionNamed, demoEmails, discoverUpcomingMeeting } from '../../support/matrix-sessions';
import { callFormAction } from '../../support/server-actions';

const baseUrl = inject('baseUrl');

type RegistrationState = { own: { id: string; status: string } | null };

describe('another company’s party', () => {
  let owner: HttpClient;
  let other: HttpClient;
  let registrationId: string;
  let colleagueId: string;
  const colleague = `Kollega ${Date.now().toString(36)}`;
  const partyPage = (client: HttpClient) => client.request(`/portal/registrations/${registrationId}`);

  beforeAll(async () => {
    owner = await signedInClient(baseUrl, demoEmails.company);
    other = await signedInClient(baseUrl, demoEmails.otherCompany);
    const { id: meetingId } = await discoverUpcomingMeeting(owner);
    const state = () => owner.json<RegistrationState>(`/api/meetings/${meetingId}/registration`);
    if (!(await state()).own) {
      const registered = await callFormAction(owner, actionNamed('registerAction'), { meetingId, note: '', colleagueName: colleague, colleagueEmail: '', colleagueNote: '' });
      expect(registered.text).toMatch(/"message":"(registered|waitlisted)"/);
      registrationId = (await state()).own!.id;
    } else {
      registrationId = (await state()).own!.id;
      const added = await callFormAction(owner, actionNamed('addColleagueAction'), { registrationId, name: colleague, email: '', note: '' });
      expect(added.text).toContain('"message":"colleagueAdded"');
    }
    const page = await (await partyPage(owner)).text();
    expect(page).toContain(colleague);
    // The colleagues' remove forms carry their ids, in the party's order: the newest is last.
    const ids = [...page.matchAll(/name="attendeeId" value="([0-9a-f-]{36})"/g)].map((m) => m[1]);
    colleagueId = ids.at(-1)!;
    expect(colleagueId).toBeTruthy();
  });

  it('does not show the party page to another company', async () => {
    const res = await partyPage(other);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain(colleague);
  });

  it('refuses another company’s add, change and remove with the owner’s ids, and changes nothing', async () => {
    const added = await callFormAction(other, actionNamed('addColleagueAction'), { registrationId, name: 'Indtrænger', email: '', note: '' });
    expect(added.text).toContain('"message":"notFound"');
    const changed = await callFormAction(other, actionNamed('updatePartyMemberAction'), {
      registrationId,
      attendeeId: colleagueId,
      name: 'Kapret plads',
      email: 'kapret@ondt.test',
      note: '',
    });
    expect(changed.text).toContain('"message":"notFound"');
    const removed = await callFormAction(other, actionNamed('removeColleagueAction'), { registrationId, attendeeId: colleagueId, confirmed: 'yes' });
    expect(removed.text).toContain('"message":"notFound"');

    const page = await (await partyPage(owner)).text();
    expect(page).toContain(colleague);
    expect(page).not.toContain('Indtrænger');
    expect(page).not.toContain('Kapret plads');
  });

  it('lets the owner rename and then remove the same colleague', async () => {
    const renamed = await callFormAction(owner, actionNamed('updatePartyMemberAction'), {
      registrationId,
      attendeeId: colleagueId,
      name: `${colleague} (rettet)`,
      email: '',
      note: '',
    });
    expect(renamed.text).toContain('"message":"memberSaved"');
    expect(await (await partyPage(owner)).text()).toContain(`${colleague} (rettet)`);
    const removed = await callFormAction(owner, actionNamed('removeColleagueAction'), { registrationId, attendeeId: colleagueId, confirmed: 'yes' });
    expect(removed.text).toContain('"message":"colleagueRemoved"');
    expect(await (await partyPage(owner)).text()).not.toContain(colleague);
  });
});
