// Two people edit the same meeting over the real app: the second save names an old version, is
// refused with the conflict message, and its typed text comes back for the form to show.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { HttpClient, signedInClient } from '../../support/http-client';
import { builtActions, callFormAction, type BuiltAction } from '../../support/server-actions';

const baseUrl = inject('baseUrl');

const meetingFields = (title: string) => ({
  locale: 'da',
  title,
  slug: '',
  startsAt: '2032-05-05T16:00',
  endsAt: '2032-05-05T18:00',
  place: 'Albertslund Rådhus',
  address: '',
  description: 'Oprettet af en test.',
  capacity: '40',
  registrationDeadline: '',
});

describe('editing a meeting at the same time', () => {
  let anne: HttpClient;
  let bent: HttpClient;
  let save: BuiltAction;
  beforeAll(async () => {
    anne = await signedInClient(baseUrl, 'erhverv@albertslund.test');
    bent = await signedInClient(baseUrl, 'borgmester@albertslund.test');
    save = builtActions().find((a) => a.name === 'saveMeetingAction')!;
  });

  it('refuses the second save with the conflict message and keeps its text', async () => {
    const created = await callFormAction(anne, save, meetingFields(`Samtidig redigering ${Date.now()}`));
    const location = created.headers.get('x-action-redirect') ?? '';
    const meetingId = /\/admin\/meetings\/([0-9a-f-]{36})/.exec(location)?.[1];
    expect(meetingId, location).toBeTruthy();

    // Both open the form on the same version.
    const html = await (await bent.request(`/admin/meetings/${meetingId}`)).text();
    const version = /name="version" value="(\d+)"/.exec(html)?.[1];
    expect(version).toBe('1');

    const first = await callFormAction(anne, save, { meetingId: meetingId!, version: version!, ...meetingFields('Annes titel') });
    expect(first.text).toContain('"meetingSaved"');
    const second = await callFormAction(bent, save, { meetingId: meetingId!, version: version!, ...meetingFields('Bents titel') });
    expect(second.text).toContain('"message":"conflict"');
    expect(second.text).toContain('"title":"Bents titel"');

    const after = await (await bent.request(`/admin/meetings/${meetingId}`)).text();
    expect(after).toContain('Annes titel');
    expect(after).not.toContain('Bents titel');
    expect(after).toMatch(/name="version" value="2"/);
  });
});
