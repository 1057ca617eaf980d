// Every server action and route handler, with the fields a hostile client may fill. One table:
// a new action missing here fails the hostile-input test (it compares with the build's actions).
import { randomUUID } from 'node:crypto';

export type Who = 'public' | 'company' | 'admin';

/** Real rows made for the test (see hostile-input.test.ts), so input reaches the domain code. */
export type Ids = { meetingId: string; itemId: string; themeId: string; cvr: string };

export type ActionTarget = {
  action: string;
  as: Who;
  /** 'form' actions get FormData (previous state, form); 'call' actions get one plain object. */
  kind: 'form' | 'call';
  /** Valid values for the fields that are not under attack. */
  base: (ids: Ids) => Record<string, string | boolean>;
  /** The fields that receive hostile values. */
  fields: string[];
  /** Each request needs an X-Forwarded-For of its own (the sign-in rate limit counts per client). */
  ownClientAddress?: boolean;
  /** Signs the caller out: use a throw-away client. */
  throwAwayClient?: boolean;
};

const nobody = () => randomUUID();
const meetingFields = { locale: 'da', title: 'Fjendtligt input-møde', startsAt: '2033-03-03T16:00', endsAt: '2033-03-03T18:00', place: 'Rådhuset', capacity: '30' };
const followup = { title: 'Opfølgning', body: 'En tekst.', intent: 'save' };

export const actionTargets: ActionTarget[] = [
  // Public
  { action: 'requestSignInLink', as: 'public', kind: 'form', base: () => ({ email: 'hostile-signin@firma.test', locale: 'da' }), fields: ['email', 'callbackUrl', 'locale'], ownClientAddress: true },
  { action: 'signOutAction', as: 'public', kind: 'form', base: () => ({}), fields: ['locale'], throwAwayClient: true },
  // Company portal
  {
    action: 'saveProfileAction', as: 'company', kind: 'form',
    base: (ids) => ({ name: 'Fjendtlig Tester', cvr: ids.cvr, companyName: 'Fjendtlig ApS', locale: 'da' }),
    fields: ['name', 'jobTitle', 'phone', 'cvr', 'companyName', 'address', 'postalCode', 'city', 'industry', 'employees', 'website', 'next', 'locale'],
  },
  // Leaving and withdrawing have no confirmed=yes in the base: they must never succeed here.
  { action: 'approveJoinRequestAction', as: 'company', kind: 'form', base: () => ({ requestId: nobody(), confirmed: 'yes', locale: 'da' }), fields: ['requestId', 'confirmed', 'locale'] },
  { action: 'declineJoinRequestAction', as: 'company', kind: 'form', base: () => ({ requestId: nobody(), confirmed: 'yes', locale: 'da' }), fields: ['requestId', 'confirmed', 'locale'] },
  { action: 'withdrawJoinRequestAction', as: 'company', kind: 'form', base: () => ({ locale: 'da' }), fields: ['confirmed', 'locale'] },
  { action: 'leaveCompanyAction', as: 'company', kind: 'form', base: () => ({ locale: 'da' }), fields: ['confirmed', 'locale'] },
  {
    action: 'proposeThemeAction', as: 'company', kind: 'form',
    base: () => ({ title: 'Et tema med fjendtligt input', description: 'En beskrivelse, der er lang nok til formularen og siger noget.', category: 'growth', locale: 'da' }),
    fields: ['title', 'description', 'category', 'wishedMeetingId', 'locale'],
  },
  {
    action: 'updateThemeAction', as: 'company', kind: 'form',
    base: (ids) => ({ themeId: ids.themeId, title: 'Et tema med fjendtligt input', description: 'En beskrivelse, der er lang nok til formularen og siger noget.', category: 'growth', locale: 'da' }),
    fields: ['themeId', 'title', 'description', 'category', 'wishedMeetingId', 'locale'],
  },
  { action: 'withdrawThemeAction', as: 'company', kind: 'form', base: () => ({ themeId: nobody(), confirmed: 'yes', locale: 'da' }), fields: ['themeId', 'confirmed', 'locale'] },
  { action: 'supportThemeAction', as: 'company', kind: 'call', base: () => ({ themeId: nobody() }), fields: ['themeId'] },
  { action: 'withdrawSupportAction', as: 'company', kind: 'call', base: () => ({ themeId: nobody() }), fields: ['themeId'] },
  { action: 'registerAction', as: 'company', kind: 'form', base: (ids) => ({ meetingId: ids.meetingId, colleagues: '0' }), fields: ['meetingId', 'colleagues', 'note'] },
  { action: 'cancelRegistrationAction', as: 'company', kind: 'form', base: (ids) => ({ meetingId: ids.meetingId, confirmed: 'yes' }), fields: ['meetingId', 'confirmed'] },
  // No confirmed in the base: this form must never succeed here.
  { action: 'deleteAccountAction', as: 'company', kind: 'form', base: () => ({ locale: 'da' }), fields: ['confirmed'] },
  // Admin: meetings and agenda
  { action: 'saveMeetingAction', as: 'admin', kind: 'form', base: () => meetingFields, fields: ['meetingId', 'version', 'locale', 'title', 'slug', 'startsAt', 'endsAt', 'place', 'address', 'description', 'capacity', 'registrationDeadline', 'themeIds', 'recordAsHeld'] },
  { action: 'changeMeetingStatusAction', as: 'admin', kind: 'form', base: (ids) => ({ meetingId: ids.meetingId, version: '999', change: 'publish' }), fields: ['meetingId', 'version', 'change', 'recordAsHeld'] },
  { action: 'addAgendaItemAction', as: 'admin', kind: 'form', base: (ids) => ({ meetingId: ids.meetingId, kind: 'welcome', title: 'Velkomst', durationMinutes: '10' }), fields: ['meetingId', 'kind', 'title', 'description', 'durationMinutes', 'themeId', 'speakerIds'] },
  { action: 'updateAgendaItemAction', as: 'admin', kind: 'form', base: (ids) => ({ itemId: ids.itemId, fingerprint: 'ffffffffffff', kind: 'welcome', title: 'Velkomst', durationMinutes: '10' }), fields: ['itemId', 'fingerprint', 'kind', 'title', 'description', 'durationMinutes', 'themeId', 'speakerIds'] },
  { action: 'deleteAgendaItemAction', as: 'admin', kind: 'form', base: () => ({ itemId: nobody() }), fields: ['itemId'] },
  { action: 'moveAgendaItemAction', as: 'admin', kind: 'call', base: (ids) => ({ itemId: ids.itemId, direction: 'up' }), fields: ['itemId', 'direction'] },
  { action: 'saveSpeakerAction', as: 'admin', kind: 'form', base: () => ({ name: 'Fjendtlig Taler' }), fields: ['speakerId', 'name', 'organisation', 'title', 'external', 'email'] },
  { action: 'deleteSpeakerAction', as: 'admin', kind: 'form', base: () => ({ speakerId: nobody() }), fields: ['speakerId'] },
  // Admin: registrations
  { action: 'addRegistrationAction', as: 'admin', kind: 'form', base: (ids) => ({ meetingId: ids.meetingId, email: 'hostile-registration@firma.test', colleagues: '0' }), fields: ['meetingId', 'email', 'name', 'companyId', 'colleagues', 'note'] },
  { action: 'moveRegistrationAction', as: 'admin', kind: 'form', base: () => ({ registrationId: nobody(), to: 'registered' }), fields: ['registrationId', 'to'] },
  { action: 'setAttendanceAction', as: 'admin', kind: 'call', base: () => ({ registrationId: nobody(), attended: true }), fields: ['registrationId', 'attended'] },
  // Admin: themes
  { action: 'decideThemeAction', as: 'admin', kind: 'form', base: () => ({ themeId: nobody(), version: '1', decision: 'reject', answer: 'Nej tak.' }), fields: ['themeId', 'version', 'decision', 'answer'] },
  { action: 'decideThemesAction', as: 'admin', kind: 'form', base: () => ({ decision: 'reject', themeIds: nobody() }), fields: ['decision', 'answer', 'themeIds'] },
  { action: 'mergeThemeAction', as: 'admin', kind: 'form', base: () => ({ themeId: nobody(), version: '1', targetId: nobody(), confirmed: 'yes' }), fields: ['themeId', 'version', 'targetId', 'answer', 'confirmed'] },
  { action: 'scheduleThemeAction', as: 'admin', kind: 'form', base: (ids) => ({ themeId: nobody(), version: '1', meetingIds: ids.meetingId }), fields: ['themeId', 'version', 'meetingIds'] },
  { action: 'editThemeWordingAction', as: 'admin', kind: 'form', base: () => ({ themeId: nobody(), version: '1', title: 'Et tema til offentliggørelse', description: 'En beskrivelse, der er lang nok til formularen.' }), fields: ['themeId', 'version', 'title', 'description'] },
  // Admin: users
  { action: 'inviteUserAction', as: 'admin', kind: 'form', base: () => ({ email: 'hostile-invite@albertslund.test', role: 'council', locale: 'da' }), fields: ['email', 'role', 'locale'] },
  { action: 'revokeInvitationAction', as: 'admin', kind: 'form', base: () => ({ email: 'nobody@albertslund.test' }), fields: ['email'] },
  { action: 'changeUserRoleAction', as: 'admin', kind: 'form', base: () => ({ userId: nobody(), role: 'company' }), fields: ['userId', 'role'] },
  { action: 'deactivateUserAction', as: 'admin', kind: 'form', base: () => ({ userId: nobody() }), fields: ['userId'] },
  { action: 'reactivateUserAction', as: 'admin', kind: 'form', base: () => ({ userId: nobody() }), fields: ['userId'] },
  // Admin: companies
  { action: 'verifyCompanyAction', as: 'admin', kind: 'form', base: () => ({ companyId: nobody() }), fields: ['companyId'] },
  { action: 'approveJoinRequestAsSecretariatAction', as: 'admin', kind: 'form', base: () => ({ requestId: nobody() }), fields: ['requestId'] },
  { action: 'declineJoinRequestAsSecretariatAction', as: 'admin', kind: 'form', base: () => ({ requestId: nobody() }), fields: ['requestId'] },
  { action: 'removeCompanyMemberAction', as: 'admin', kind: 'form', base: () => ({ companyId: nobody(), userId: nobody() }), fields: ['companyId', 'userId'] },
  { action: 'setCompanyDomainAction', as: 'admin', kind: 'form', base: () => ({ companyId: nobody(), domain: 'firma.dk' }), fields: ['companyId', 'domain'] },
  // Admin: emails that were not delivered
  { action: 'retryEmailAction', as: 'admin', kind: 'form', base: () => ({ emailId: nobody() }), fields: ['emailId'] },
  // Admin: follow-ups
  { action: 'briefingAction', as: 'admin', kind: 'form', base: (ids) => ({ meetingId: ids.meetingId, ...followup }), fields: ['meetingId', 'title', 'body', 'version', 'intent', 'confirmed'] },
  { action: 'participantEmailAction', as: 'admin', kind: 'form', base: (ids) => ({ meetingId: ids.meetingId, ...followup }), fields: ['meetingId', 'title', 'body', 'version', 'intent', 'confirmed'] },
  { action: 'articleAction', as: 'admin', kind: 'form', base: (ids) => ({ meetingId: ids.meetingId, ...followup, lead: 'Kort indledning.' }), fields: ['meetingId', 'title', 'lead', 'body', 'version', 'intent', 'confirmed'] },
  { action: 'unpublishArticleAction', as: 'admin', kind: 'form', base: () => ({ meetingId: nobody(), confirmed: 'yes' }), fields: ['meetingId', 'confirmed'] },
  { action: 'retryFailedAction', as: 'admin', kind: 'form', base: () => ({ followupId: nobody() }), fields: ['followupId'] },
];

export type RouteTarget = {
  name: string;
  as: Who;
  /** Builds the request for one hostile value. */
  request: (value: string, ids: Ids) => { path: string; init?: RequestInit };
  /** The value travels in a header (fetch cannot send every character there). */
  inHeader?: boolean;
};

// Lone surrogates cannot be percent-encoded; they travel as U+FFFD, as a browser sends them.
const enc = (value: string) => encodeURIComponent(value.toWellFormed());
const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export const routeTargets: RouteTarget[] = [
  { name: 'GET /api/meetings/[id]/registration', as: 'company', request: (v) => ({ path: `/api/meetings/${enc(v)}/registration` }) },
  { name: 'GET /api/themes/supported', as: 'company', request: (v) => ({ path: `/api/themes/supported?x=${enc(v)}` }) },
  { name: 'GET /api/me', as: 'public', request: (v) => ({ path: `/api/me?x=${enc(v)}` }) },
  { name: 'GET /api/health', as: 'public', request: (v) => ({ path: `/api/health?x=${enc(v)}` }) },
  { name: 'GET /api/dev/mailbox?to=', as: 'public', request: (v) => ({ path: `/api/dev/mailbox?to=${enc(v)}` }) },
  { name: 'GET /api/dev/mailbox/[id]', as: 'public', request: (v) => ({ path: `/api/dev/mailbox/${enc(v)}` }) },
  { name: 'GET /api/admin/followups/[id]/delivery', as: 'admin', request: (v) => ({ path: `/api/admin/followups/${enc(v)}/delivery` }) },
  { name: 'GET /api/admin/meetings/[id]/registrations-csv', as: 'admin', request: (v) => ({ path: `/api/admin/meetings/${enc(v)}/registrations-csv` }) },
  { name: 'GET /api/admin/meetings/[id]/registrations-csv?locale=', as: 'admin', request: (v, ids) => ({ path: `/api/admin/meetings/${ids.meetingId}/registrations-csv?locale=${enc(v)}` }) },
  { name: 'GET /api/portal/export', as: 'company', request: (v) => ({ path: `/api/portal/export?x=${enc(v)}` }) },
  { name: 'POST /api/webhooks/resend (body)', as: 'public', request: (v) => ({ path: '/api/webhooks/resend', init: json({ type: v, data: { email_id: v } }) }) },
  { name: 'POST /api/webhooks/resend (svix headers)', as: 'public', inHeader: true, request: (v) => ({ path: '/api/webhooks/resend', init: { method: 'POST', headers: { 'svix-id': v, 'svix-timestamp': v, 'svix-signature': v }, body: v } }) },
  { name: 'POST /api/worker/outbox (bearer)', as: 'public', inHeader: true, request: (v) => ({ path: '/api/worker/outbox', init: { method: 'POST', headers: { authorization: `Bearer ${v}` } } }) },
  { name: 'GET /feeds/meetings/[file]', as: 'public', request: (v) => ({ path: `/feeds/meetings/${enc(v)}.ics` }) },
  { name: 'GET /feeds/meetings.ics', as: 'public', request: (v) => ({ path: `/feeds/meetings.ics?x=${enc(v)}` }) },
  { name: 'GET /feeds/articles.xml', as: 'public', request: (v) => ({ path: `/feeds/articles.xml?x=${enc(v)}` }) },
  // Auth.js's endpoints and our sign-in pages
  { name: 'GET /api/auth/callback/resend', as: 'public', request: (v) => ({ path: `/api/auth/callback/resend?token=${enc(v)}&email=${enc(v)}` }) },
  { name: 'GET /api/auth/callback/resend?callbackUrl=', as: 'public', request: (v) => ({ path: `/api/auth/callback/resend?token=x&email=a%40b.dk&callbackUrl=${enc(v)}` }) },
  { name: 'GET /api/auth/signin?callbackUrl=', as: 'public', request: (v) => ({ path: `/api/auth/signin?callbackUrl=${enc(v)}` }) },
  { name: 'GET /api/auth/signin (callback-url cookie)', as: 'public', inHeader: true, request: (v) => ({ path: '/api/auth/signin', init: { headers: { cookie: `authjs.callback-url=${v}` } } }) },
  { name: 'POST /api/auth/signout', as: 'public', request: (v) => ({ path: '/api/auth/signout', init: { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ csrfToken: v, callbackUrl: v }).toString() } }) },
  { name: 'POST /api/auth/signin/resend (closed)', as: 'public', request: (v) => ({ path: '/api/auth/signin/resend', init: { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ email: v, csrfToken: v }).toString() } }) },
  { name: 'GET /api/auth/error?error=', as: 'public', request: (v) => ({ path: `/api/auth/error?error=${enc(v)}` }) },
  { name: 'GET /signin?callbackUrl=', as: 'public', request: (v) => ({ path: `/signin?callbackUrl=${enc(v)}` }) },
  { name: 'GET /signin/confirm', as: 'public', request: (v) => ({ path: `/signin/confirm?token=${enc(v)}&email=${enc(v)}&callbackUrl=${enc(v)}` }) },
  { name: 'GET /signin/error?error=', as: 'public', request: (v) => ({ path: `/signin/error?error=${enc(v)}` }) },
  { name: 'GET /meetings/[slug]', as: 'public', request: (v) => ({ path: `/meetings/${enc(v)}` }) },
  { name: 'GET /articles/[slug]', as: 'public', request: (v) => ({ path: `/articles/${enc(v)}` }) },
  { name: 'GET /themes/category/[category]', as: 'public', request: (v) => ({ path: `/themes/category/${enc(v)}` }) },
  { name: 'GET /admin/themes/[id]', as: 'admin', request: (v) => ({ path: `/admin/themes/${enc(v)}` }) },
  { name: 'GET /admin/companies/[cvr]', as: 'admin', request: (v) => ({ path: `/admin/companies/${enc(v)}` }) },
  { name: 'GET /admin/meetings/[id]', as: 'admin', request: (v) => ({ path: `/admin/meetings/${enc(v)}` }) },
  { name: 'GET /portal/themes/[id]/edit', as: 'company', request: (v) => ({ path: `/portal/themes/${enc(v)}/edit` }) },
  { name: 'GET /admin/themes (filters)', as: 'admin', request: (v) => ({ path: `/admin/themes?status=${enc(v)}&category=${enc(v)}&meeting=${enc(v)}&q=${enc(v)}` }) },
  { name: 'GET /admin/users (search)', as: 'admin', request: (v) => ({ path: `/admin/users?q=${enc(v)}&role=${enc(v)}` }) },
  { name: 'GET /admin/audit (filters)', as: 'admin', request: (v) => ({ path: `/admin/audit?action=${enc(v)}&type=${enc(v)}&actor=${enc(v)}&from=${enc(v)}&to=${enc(v)}&before=${enc(v)}&entity=${enc(v)}` }) },
  { name: 'GET /portal?notice=', as: 'company', request: (v) => ({ path: `/portal?notice=${enc(v)}` }) },
  { name: 'GET /dev/mailbox?to=', as: 'public', request: (v) => ({ path: `/dev/mailbox?to=${enc(v)}` }) },
];
