// Every server action and route handler, with the fields a hostile client may fill. The actions
// come from their declarations (lib/<domain>/action-declarations.ts): every field of each one's
// schema is attacked; the hostile-input test compares them with the build's actions.
import { randomUUID } from 'node:crypto';
import { isAdminAction } from '../../support/access-table';
import { declaredActions, declaredFields } from '../../support/declared-actions';

export type Who = 'public' | 'company' | 'admin' | 'chair';

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

/**
 * Valid values for the fields not under attack, by action, so that each hostile value reaches the
 * domain code and the database. An action without a row here is still attacked, with every other
 * field empty (its input is then refused sooner): add a row to reach deeper.
 */
const validBase: Record<string, ActionTarget['base']> = {
  requestSignInLink: () => ({ email: 'hostile-signin@firma.test', locale: 'da' }),
  signOutAction: () => ({}),
  saveProfileAction: (ids) => ({ name: 'Fjendtlig Tester', cvr: ids.cvr, companyName: 'Fjendtlig ApS', locale: 'da' }),
  // Leaving and withdrawing have no confirmed=yes in the base: they must never succeed here.
  approveJoinRequestAction: () => ({ requestId: nobody(), confirmed: 'yes', locale: 'da' }),
  declineJoinRequestAction: () => ({ requestId: nobody(), confirmed: 'yes', locale: 'da' }),
  withdrawJoinRequestAction: () => ({ locale: 'da' }),
  leaveCompanyAction: () => ({ locale: 'da' }),
  proposeThemeAction: () => ({ title: 'Et tema med fjendtligt input', description: 'En beskrivelse, der er lang nok til formularen og siger noget.', category: 'growth', locale: 'da' }),
  updateThemeAction: (ids) => ({ themeId: ids.themeId, title: 'Et tema med fjendtligt input', description: 'En beskrivelse, der er lang nok til formularen og siger noget.', category: 'growth', locale: 'da' }),
  withdrawThemeAction: () => ({ themeId: nobody(), confirmed: 'yes', locale: 'da' }),
  supportThemeAction: () => ({ themeId: nobody() }),
  withdrawSupportAction: () => ({ themeId: nobody() }),
  registerAction: (ids) => ({ meetingId: ids.meetingId, colleagues: '0' }),
  cancelRegistrationAction: (ids) => ({ meetingId: ids.meetingId, confirmed: 'yes' }),
  // Someone else's (nobody's) party: every hostile value must end in a refusal, never a change.
  addColleagueAction: () => ({ registrationId: nobody(), name: 'Fjendtlig Kollega' }),
  updatePartyMemberAction: () => ({ registrationId: nobody(), attendeeId: nobody(), name: 'Fjendtlig Kollega' }),
  removeColleagueAction: () => ({ registrationId: nobody(), attendeeId: nobody(), confirmed: 'yes' }),
  // No confirm in the base: this form must never succeed here.
  deleteAccountAction: () => ({ locale: 'da' }),
  saveMeetingAction: () => meetingFields,
  changeMeetingStatusAction: (ids) => ({ meetingId: ids.meetingId, version: '999', change: 'publish' }),
  addAgendaItemAction: (ids) => ({ meetingId: ids.meetingId, kind: 'welcome', title: 'Velkomst', durationMinutes: '10' }),
  updateAgendaItemAction: (ids) => ({ itemId: ids.itemId, fingerprint: 'ffffffffffff', kind: 'welcome', title: 'Velkomst', durationMinutes: '10' }),
  deleteAgendaItemAction: () => ({ itemId: nobody() }),
  moveAgendaItemAction: (ids) => ({ itemId: ids.itemId, direction: 'up' }),
  saveSpeakerAction: () => ({ name: 'Fjendtlig Taler' }),
  deleteSpeakerAction: () => ({ speakerId: nobody() }),
  addRegistrationAction: (ids) => ({ meetingId: ids.meetingId, email: 'hostile-registration@firma.test', colleagues: '0' }),
  moveRegistrationAction: () => ({ registrationId: nobody(), to: 'registered' }),
  setAttendanceAction: () => ({ registrationId: nobody(), attended: true }),
  markAttendeePresentAction: (ids) => ({ meetingId: ids.meetingId, attendeeId: nobody(), present: true }),
  removeAttendeeAction: (ids) => ({ meetingId: ids.meetingId, attendeeId: nobody(), confirmed: true }),
  decideThemeAction: () => ({ themeId: nobody(), version: '1', decision: 'reject', answer: 'Nej tak.' }),
  decideThemesAction: () => ({ decision: 'reject', themeIds: nobody() }),
  mergeThemeAction: () => ({ themeId: nobody(), version: '1', targetId: nobody(), confirmed: 'yes' }),
  scheduleThemeAction: (ids) => ({ themeId: nobody(), version: '1', meetingIds: ids.meetingId }),
  editThemeWordingAction: () => ({ themeId: nobody(), version: '1', title: 'Et tema til offentliggørelse', description: 'En beskrivelse, der er lang nok til formularen.' }),
  // Nobody's theme: following it is refused, unfollowing removes nothing; no demo row changes.
  followThemeAction: () => ({ themeId: nobody() }),
  unfollowThemeAction: () => ({ themeId: nobody() }),
  recordThemeOutcomeAction: () => ({ themeId: nobody(), version: '1', outcome: 'Økonomiudvalget tog orienteringen til efterretning.', caseNumber: '27.00.00-A00-1-15' }),
  inviteUserAction: () => ({ email: 'hostile-invite@albertslund.test', role: 'council', locale: 'da' }),
  revokeInvitationAction: () => ({ email: 'nobody@albertslund.test' }),
  changeUserRoleAction: () => ({ userId: nobody(), role: 'company' }),
  deactivateUserAction: () => ({ userId: nobody() }),
  reactivateUserAction: () => ({ userId: nobody() }),
  verifyCompanyAction: () => ({ companyId: nobody() }),
  approveJoinRequestAsSecretariatAction: () => ({ requestId: nobody() }),
  declineJoinRequestAsSecretariatAction: () => ({ requestId: nobody() }),
  removeCompanyMemberAction: () => ({ companyId: nobody(), userId: nobody() }),
  setCompanyDomainAction: () => ({ companyId: nobody(), domain: 'firma.dk' }),
  retryEmailAction: () => ({ emailId: nobody() }),
  briefingAction: (ids) => ({ meetingId: ids.meetingId, ...followup }),
  participantEmailAction: (ids) => ({ meetingId: ids.meetingId, ...followup }),
  articleAction: (ids) => ({ meetingId: ids.meetingId, ...followup, lead: 'Kort indledning.' }),
  unpublishArticleAction: () => ({ meetingId: nobody(), confirmed: 'yes' }),
  retryFailedAction: () => ({ followupId: nobody() }),
  approveBriefingAction: () => ({ followupId: nobody(), version: '1' }),
  returnBriefingAction: () => ({ followupId: nobody(), version: '1', comment: 'Ret venligst resuméet.' }),
  // No valid code here (it is signed with the server's secret): every answer must be refused as forged.
  answerCouncilInvitationByLinkAction: () => ({ code: 'forged.code', answer: 'coming' }),
  answerCouncilInvitationAction: (ids) => ({ meetingId: ids.meetingId, answer: 'coming' }),
  // No valid code here either: every evaluation answer must be refused as forged, nothing saved.
  answerEvaluationAction: () => ({ code: 'forged.code', usefulness: '3', suggestion: 'Mere om grøn omstilling.' }),
  suggestThemeFromEvaluationAction: () => ({ evaluationId: nobody() }),
};

/** Each request needs an X-Forwarded-For of its own: the sign-in rate limit counts per client. */
const ownClientAddress = new Set(['requestSignInLink']);

/** Every declared action (lib/<domain>/action-declarations.ts), with all the fields of its input. */
// A council action is sent as the secretariat, who reads the council area too: a company would be
// refused at the door, before its input is looked at.
// What only the chair may do (approve a briefing) is sent as the chair.
const callerFor = (action: (typeof declaredActions)[number]): Who =>
  action.access === 'public'
    ? 'public'
    : action.access === 'briefing.approve'
      ? 'chair'
      : isAdminAction(action) || action.access === 'council.read'
        ? 'admin'
        : 'company';

export const actionTargets: ActionTarget[] = declaredActions.map((action) => ({
  action: action.name,
  as: callerFor(action),
  kind: action.kind,
  base: validBase[action.name] ?? (() => ({})),
  fields: declaredFields(action),
  ...(ownClientAddress.has(action.name) ? { ownClientAddress: true } : {}),
  ...(action.endsSession ? { throwAwayClient: true } : {}),
}));

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
  { name: 'GET /api/themes/similar?q=', as: 'company', request: (v) => ({ path: `/api/themes/similar?q=${enc(v)}` }) },
  { name: 'GET /search?q=&page=', as: 'public', request: (v) => ({ path: `/search?q=${enc(v)}&page=${enc(v)}` }) },
  { name: 'GET /search?q=', as: 'public', request: (v) => ({ path: `/search?q=${enc(v)}` }) },
  { name: 'GET /api/me', as: 'public', request: (v) => ({ path: `/api/me?x=${enc(v)}` }) },
  { name: 'GET /api/health', as: 'public', request: (v) => ({ path: `/api/health?x=${enc(v)}` }) },
  { name: 'GET /api/dev/mailbox?to=', as: 'public', request: (v) => ({ path: `/api/dev/mailbox?to=${enc(v)}` }) },
  { name: 'GET /api/dev/mailbox/[id]', as: 'public', request: (v) => ({ path: `/api/dev/mailbox/${enc(v)}` }) },
  { name: 'GET /api/admin/followups/[id]/delivery', as: 'admin', request: (v) => ({ path: `/api/admin/followups/${enc(v)}/delivery` }) },
  { name: 'GET /api/admin/meetings/[id]/registrations-csv', as: 'admin', request: (v) => ({ path: `/api/admin/meetings/${enc(v)}/registrations-csv` }) },
  { name: 'GET /api/admin/meetings/[id]/registrations-csv?locale=', as: 'admin', request: (v, ids) => ({ path: `/api/admin/meetings/${ids.meetingId}/registrations-csv?locale=${enc(v)}` }) },
  { name: 'GET /api/admin/reports/docx', as: 'admin', request: (v) => ({ path: `/api/admin/reports/docx?from=${enc(v)}&to=${enc(v)}&locale=${enc(v)}` }) },
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
  { name: 'GET /admin/reports (period)', as: 'admin', request: (v) => ({ path: `/admin/reports?from=${enc(v)}&to=${enc(v)}` }) },
  { name: 'GET /admin/reports/print (period)', as: 'admin', request: (v) => ({ path: `/admin/reports/print?from=${enc(v)}&to=${enc(v)}` }) },
  { name: 'GET /portal?notice=', as: 'company', request: (v) => ({ path: `/portal?notice=${enc(v)}` }) },
  { name: 'GET /dev/mailbox?to=', as: 'public', request: (v) => ({ path: `/dev/mailbox?to=${enc(v)}` }) },
  { name: 'GET /council/rsvp?code=&answer=', as: 'public', request: (v) => ({ path: `/council/rsvp?code=${enc(v)}&answer=${enc(v)}` }) },
  { name: 'GET /release-seat?code=', as: 'public', request: (v) => ({ path: `/release-seat?code=${enc(v)}` }) },
  { name: 'GET /evaluation?code=', as: 'public', request: (v) => ({ path: `/evaluation?code=${enc(v)}` }) },
];
