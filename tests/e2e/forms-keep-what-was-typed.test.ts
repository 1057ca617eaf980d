// Every form, refused in a real browser: each field (text, select, checkbox, markdown) still holds
// what was typed or chosen, an error summary at the top names each field in error with a link to
// it, and focus moves to the summary (the GOV.UK pattern), in Danish and English. A value too
// large to be sent (a megabyte pasted past `maxlength` by a script) gets the field's message with
// the form kept, instead of the error page.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, openWithSessionOf, screenshot } from '../support/browser';
import { signedInClient } from '../support/http-client';
import { builtActions, callFormAction } from '../support/server-actions';

const baseUrl = inject('baseUrl');
const ADMIN = 'erhverv@albertslund.test';
const COMPANY = 'direktoer@lysteknik.test';

/** The form on the page that has a field of this name. */
function formWith(page: Page, name: string): Locator {
  return page.locator('form').filter({ has: page.locator(`[name="${name}"]:not([type="hidden"])`) }).first();
}

function field(form: Locator, name: string): Locator {
  return form.locator(`[name="${name}"]:not([type="hidden"])`).first();
}

/** The summary is shown and focused, links to each named field, and a link moves focus there. */
async function expectSummary(form: Locator, names: string[], title: RegExp) {
  const summary = form.locator('[data-error-summary]');
  await summary.waitFor();
  expect(await summary.getByRole('heading').textContent()).toMatch(title);
  await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
  for (const name of names) {
    const id = await field(form, name).getAttribute('id');
    expect(id, `${name} has an id`).toBeTruthy();
    expect(await summary.locator(`a[href="#${id}"]`).count(), `a link to ${name}`).toBe(1);
  }
  await summary.locator('a').first().click();
  expect(await field(form, names[0]).evaluate((el) => el === document.activeElement)).toBe(true);
}

/** Text fields, selects and text areas hold these values. */
async function expectValues(form: Locator, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    expect(await field(form, name).inputValue(), name).toBe(value);
  }
}

const DA_TITLE = /Formularen har fejl/;

describe.skipIf(!hasChromium)('forms keep what was typed after a refusal', () => {
  let browser: Browser;
  let company: Page;
  let admin: Page;
  const stamp = Date.now().toString(36);
  let meetingPath = '';
  /** A held meeting of this file's own, whose follow-ups stay drafts (the follow-up journey sends the demo's). */
  let heldAdminPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    company = await (await browser.newContext()).newPage();
    admin = await (await browser.newContext()).newPage();
    company.setDefaultTimeout(30_000);
    admin.setDefaultTimeout(30_000);
    await openWithSessionOf(company, baseUrl, COMPANY);
    await openWithSessionOf(admin, baseUrl, ADMIN);
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    const slug = /\/meetings\/(moede-[0-9-]+)</.exec(sitemap)?.[1];
    if (!slug) throw new Error('the demo data has no upcoming meeting');
    meetingPath = `/meetings/${slug}`;
    const created = await callFormAction(await signedInClient(baseUrl, ADMIN), builtActions().find((a) => a.name === 'saveMeetingAction')!, {
      locale: 'da',
      title: `Afholdt formularmøde ${stamp}`,
      slug: '',
      startsAt: '2025-03-04T16:00',
      endsAt: '2025-03-04T18:00',
      place: 'Byrådssalen',
      address: '',
      description: '',
      capacity: '20',
      registrationDeadline: '',
      recordAsHeld: 'on',
    });
    const heldId = /\/admin\/meetings\/([0-9a-f-]{36})/.exec(created.headers.get('x-action-redirect') ?? '')?.[1];
    if (!heldId) throw new Error(`could not make a held meeting: ${created.text.slice(0, 300)}`);
    heldAdminPath = `/admin/meetings/${heldId}`;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('theme proposal: keeps the chosen category and meeting after a too-short title', async () => {
    await company.goto(`${baseUrl}/portal/themes/new`);
    const form = formWith(company, 'category');
    await field(form, 'title').fill('Kort');
    await field(form, 'description').fill('Virksomhederne vil gerne dele ladestandere til varebiler.');
    await field(form, 'category').selectOption('mobility');
    const meeting = await field(form, 'wishedMeetingId').locator('option').nth(1).getAttribute('value');
    await field(form, 'wishedMeetingId').selectOption(meeting!);
    await form.locator('button[type="submit"]').click();
    await expectSummary(form, ['title'], DA_TITLE);
    await expectValues(form, {
      title: 'Kort',
      description: 'Virksomhederne vil gerne dele ladestandere til varebiler.',
      category: 'mobility',
      wishedMeetingId: meeting!,
    });
    // A second refusal keeps them too (the form is reset after every action).
    await form.locator('button[type="submit"]').click();
    await form.locator('[data-error-summary]').waitFor();
    await expectValues(form, { category: 'mobility', wishedMeetingId: meeting! });
    await screenshot(company, 'forms-theme-refused');
    // The refused form, summary and all, is axe-clean.
    // Right after an action Next streams the <title> back; axe waits for it (a title that never comes still fails).
    await company.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 });
    const axe = await new AxeBuilder({ page: company as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('theme proposal: a megabyte pasted past maxlength gets the field message, the form kept', async () => {
    await company.goto(`${baseUrl}/portal/themes/new`);
    const form = formWith(company, 'category');
    await field(form, 'title').fill(`Et langt tema ${stamp}`);
    await field(form, 'category').selectOption('mobility');
    // What a script or devtools can do: maxlength binds typing only.
    await field(form, 'description').evaluate((el: HTMLTextAreaElement) => {
      el.value = 'x'.repeat(1_100_000);
    });
    await form.locator('button[type="submit"]').click();
    await expectSummary(form, ['description'], /for lang/);
    await expect.poll(() => form.locator('[data-error-summary]').textContent()).toContain('4000');
    await expectValues(form, { title: `Et langt tema ${stamp}`, category: 'mobility' });
    expect((await field(form, 'description').inputValue()).length).toBe(1_100_000);
    expect(await company.getByText('Noget gik galt').count()).toBe(0);
  });

  it('every text field of every form has a maxlength', async () => {
    const fields =
      'form:not([method="get"]) :is(input:not([type]), input[type="text"], input[type="email"], input[type="url"], input[type="tel"], input[type="search"], textarea)';
    const missingOn = (page: Page) =>
      page.locator(fields).evaluateAll((els) =>
        els.filter((el) => !(el as HTMLInputElement).readOnly && (el as HTMLInputElement).maxLength <= 0).map((el) => `${location.pathname} ${el.getAttribute('name')}`),
      );
    const missing: string[] = [];
    for (const path of ['/portal/profile', '/portal/themes/new', `${meetingPath}?register=1`]) {
      await company.goto(`${baseUrl}${path}`);
      missing.push(...(await missingOn(company)));
    }
    await admin.goto(`${baseUrl}/admin/meetings`);
    const meetingAdmin = new URL((await admin.locator('a[href$="/agenda"]', { hasText: 'Strategisk Erhvervsforum' }).first().getAttribute('href'))!, baseUrl).pathname.replace(/\/agenda$/, '');
    await admin.goto(`${baseUrl}/admin/themes`);
    const themeAdmin = new URL((await admin.locator('a[href*="/admin/themes/"]').first().getAttribute('href'))!, baseUrl).pathname;
    for (const path of [
      '/admin/meetings/new',
      `${meetingAdmin}`,
      `${meetingAdmin}/agenda`,
      `${meetingAdmin}/registrations`,
      '/admin/speakers',
      '/admin/users',
      '/admin/themes',
      themeAdmin,
      `${heldAdminPath}/follow-up/briefing`,
      `${heldAdminPath}/follow-up/email`,
      `${heldAdminPath}/follow-up/article`,
    ]) {
      await admin.goto(`${baseUrl}${path}`);
      missing.push(...(await missingOn(admin)));
    }
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${baseUrl}/signin`);
    missing.push(...(await missingOn(visitor)));
    await visitor.close();
    expect(missing).toEqual([]);
  });

  it('profile: keeps every field after an invalid postal code', async () => {
    await company.goto(`${baseUrl}/portal/profile`);
    const form = formWith(company, 'postalCode');
    await field(form, 'name').fill(`Dorte ${stamp}`);
    await field(form, 'phone').fill('12 34 56 78');
    await field(form, 'city').fill('Albertslund');
    await field(form, 'postalCode').fill('12');
    await form.locator('button[type="submit"]').click();
    await expectSummary(form, ['postalCode'], DA_TITLE);
    await expectValues(form, { name: `Dorte ${stamp}`, phone: '12 34 56 78', city: 'Albertslund', postalCode: '12' });
  });

  it('registration: keeps the note and every colleague row after a bad colleague address', async () => {
    await company.goto(`${baseUrl}${meetingPath}?register=1`);
    // The panel is a client island: it appears once the page knows who is signed in.
    await company.getByRole('button', { name: 'Tilføj kollega' }).click();
    const form = formWith(company, 'colleagueName');
    await field(form, 'colleagueName').fill('Kirsten Holm');
    await field(form, 'colleagueEmail').fill('ikke-en-adresse');
    await field(form, 'note').fill('Vegetar');
    await form.locator('button[type="submit"]').click();
    await expectSummary(form, ['colleagueEmail'], /Ret oplysningerne om dine kolleger/);
    await expectValues(form, { colleagueName: 'Kirsten Holm', colleagueEmail: 'ikke-en-adresse', note: 'Vegetar' });
  });

  it('sign-in, in English: keeps the address and summarises in English', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseUrl}/en/signin`);
    const form = formWith(page, 'email');
    await field(form, 'email').fill('not-an-address');
    await form.locator('button[type="submit"]').click();
    await expectSummary(form, ['email'], /The form has errors/);
    expect(await form.locator('[data-error-summary] a').first().textContent()).toMatch(/^Email address: /);
    await expectValues(form, { email: 'not-an-address' });
    await page.close();
  });

  it('admin meeting: keeps text, numbers and ticked themes after a missing place', async () => {
    await admin.goto(`${baseUrl}/admin/meetings/new`);
    const form = formWith(admin, 'place');
    await field(form, 'title').fill(`Formularmøde ${stamp}`);
    await field(form, 'startsAt').fill('2031-03-04T16:00');
    await field(form, 'endsAt').fill('2031-03-04T18:00');
    await field(form, 'description').fill('Om **formularer**.');
    await field(form, 'capacity').fill('40');
    await field(form, 'place').fill('');
    const themes = form.locator('input[name="themeIds"]');
    // The demo data has accepted themes to choose from.
    expect(await themes.count()).toBeGreaterThan(0);
    await themes.first().check();
    await form.locator('button[type="submit"]').click();
    await expectSummary(form, ['place'], DA_TITLE);
    await expectValues(form, {
      title: `Formularmøde ${stamp}`,
      slug: `formularmoede-${stamp}`,
      startsAt: '2031-03-04T16:00',
      endsAt: '2031-03-04T18:00',
      description: 'Om **formularer**.',
      capacity: '40',
    });
    expect(await themes.first().isChecked()).toBe(true);
  });

  it('admin agenda item: keeps the kind, theme, description and speakers after an empty title', async () => {
    await admin.goto(`${baseUrl}/admin/meetings`);
    await admin.locator('a[href$="/agenda"]', { hasText: 'Strategisk Erhvervsforum' }).first().click();
    const form = admin.getByRole('region', { name: 'Tilføj punkt' }).locator('form');
    await field(form, 'durationMinutes').fill('25');
    const kind = await field(form, 'kind').locator('option').last().getAttribute('value');
    await field(form, 'kind').selectOption(kind!);
    const themeOptions = field(form, 'themeId').locator('option');
    // The demo meeting has themes and the demo has speakers: both choices are there to keep.
    expect(await themeOptions.count()).toBeGreaterThan(1);
    const theme = (await themeOptions.nth(1).getAttribute('value'))!;
    await field(form, 'themeId').selectOption(theme);
    await field(form, 'description').fill('Drøftelse');
    const speakers = form.locator('input[name="speakerIds"]');
    expect(await speakers.count()).toBeGreaterThan(0);
    await speakers.first().check();
    await form.locator('button[type="submit"]').click();
    await expectSummary(form, ['title'], DA_TITLE);
    await expectValues(form, { durationMinutes: '25', kind: kind!, themeId: theme, description: 'Drøftelse' });
    expect(await speakers.first().isChecked()).toBe(true);
  });

  it('admin manual registration: keeps every field after an invalid address', async () => {
    await admin.goto(`${baseUrl}/admin/meetings`);
    await admin.locator('a[href$="/registrations"]', { hasText: 'Strategisk Erhvervsforum' }).first().click();
    const form = formWith(admin, 'companyCvr');
    await field(form, 'email').fill('ikke-en-adresse');
    await field(form, 'name').fill('Gæst Hansen');
    await field(form, 'colleagues').fill('2');
    await field(form, 'note').fill('Ved døren');
    await form.locator('button[type="submit"]').click();
    await expectSummary(form, ['email'], DA_TITLE);
    await expectValues(form, { email: 'ikke-en-adresse', name: 'Gæst Hansen', colleagues: '2', note: 'Ved døren' });
  });

  it('admin speaker: keeps organisation, title, address and the external tick after an empty name', async () => {
    await admin.goto(`${baseUrl}/admin/speakers`);
    // The form for a new speaker (each listed speaker has an edit form of its own).
    const form = admin.locator('form').filter({ has: admin.locator('[name="organisation"]') }).filter({ hasNot: admin.locator('[name="speakerId"]') }).first();
    await field(form, 'organisation').fill('Albertslund Kommune');
    await field(form, 'title').fill('Planlægger');
    await field(form, 'email').fill('ikke-en-adresse');
    await field(form, 'external').check();
    await form.locator('button[type="submit"]').click();
    await expectSummary(form, ['name', 'email'], DA_TITLE);
    await expectValues(form, { organisation: 'Albertslund Kommune', title: 'Planlægger', email: 'ikke-en-adresse' });
    expect(await field(form, 'external').isChecked()).toBe(true);
  });

  it('admin user invite: keeps the chosen role and language after an invalid address', async () => {
    await admin.goto(`${baseUrl}/admin/users`);
    const form = formWith(admin, 'locale');
    await field(form, 'email').fill('ikke-en-adresse');
    const role = await field(form, 'role').locator('option').last().getAttribute('value');
    await field(form, 'role').selectOption(role!);
    await field(form, 'locale').selectOption('en');
    await form.locator('button[type="submit"]').click();
    await expectSummary(form, ['email'], DA_TITLE);
    await expectValues(form, { email: 'ikke-en-adresse', role: role!, locale: 'en' });
  });

  it('admin theme queue and decision: keep ticks, reasons and the chosen merge target', async () => {
    await admin.goto(`${baseUrl}/admin/themes`);
    const queue = formWith(admin, 'themeIds');
    if (await queue.count()) {
      await queue.locator('input[name="themeIds"]').first().check();
      // Rejecting needs a reason the proposers can read.
      await queue.locator('button[value="reject"]').click();
      await queue.locator('[data-error-summary]').waitFor();
      expect(await queue.locator('input[name="themeIds"]').first().isChecked()).toBe(true);
    }
    // A submitted theme's page: a merge without a target keeps the message.
    const link = admin.locator('a[href*="/admin/themes/"]').first();
    await admin.goto(new URL((await link.getAttribute('href'))!, baseUrl).href);
    const merge = formWith(admin, 'targetId');
    if (await merge.count()) {
      await field(merge, 'answer').fill(`Slås sammen ${stamp}`);
      // Merging asks first: open the confirmation step, then confirm.
      await merge.getByRole('button', { name: 'Slå sammen …' }).click();
      await merge.getByRole('button', { name: 'Ja, slå sammen' }).click();
      await expectSummary(merge, ['targetId'], DA_TITLE);
      await expectValues(merge, { answer: `Slås sammen ${stamp}`, targetId: '' });
    }
  });

  it('follow-up editor: keeps the markdown body after a too-short title', async () => {
    await admin.goto(`${baseUrl}${heldAdminPath}/follow-up/briefing`);
    const form = formWith(admin, 'body');
    await field(form, 'title').fill('ab');
    await field(form, 'body').fill(`Referat ${stamp}\n\n- punkt`);
    await form.locator('button[value="save"]').click();
    await expectSummary(form, ['title'], DA_TITLE);
    await expectValues(form, { title: 'ab', body: `Referat ${stamp}\n\n- punkt` });
    await admin.setViewportSize({ width: 375, height: 800 });
    await screenshot(admin, 'forms-followup-refused-375');
    await admin.setViewportSize({ width: 1280, height: 800 });
  });
});
