// The one table of who may reach what: every page, route handler and server action of the app
// against every kind of visitor. tests/http/security/access-matrix.test.ts enumerates the pages and
// handlers from the file system and the actions from the build, and fails for any without an entry
// here — a new route is not done until someone has decided who may use it. The actions' rows are
// derived from their declarations (lib/<domain>/action-declarations.ts): declaring an action's
// access is that decision.
import type { ActionDeclaration } from '@/lib/actions/declare';
import { decide } from '@/lib/auth/access';
import type { Role } from '@/lib/auth/permissions';
import { declaredActions } from './declared-actions';

/** The visitors the matrix plays. "otherCompany" acts on the first company's data. */
export const matrixRoles = ['signedOut', 'company', 'otherCompany', 'council', 'secretariat', 'chair', 'deactivated'] as const;
export type MatrixRole = (typeof matrixRoles)[number];

/** The ids the matrix discovers in the demo data (and a theme the first company proposes). */
export type MatrixIds = {
  heldMeetingId: string;
  upcomingMeetingId: string;
  upcomingMeetingSlug: string;
  articleSlug: string;
  adminThemeId: string;
  /** An accepted theme, from the public /themes list. */
  publicThemeId: string;
  briefingId: string;
  /** A submitted theme proposed by "company"; "otherCompany" must not reach it. */
  ownThemeId: string;
  /** "company"'s registration for the upcoming meeting (its party page); "otherCompany" must not reach it. */
  ownRegistrationId: string;
};

const everyone = matrixRoles;
const companies = ['company', 'otherCompany'] as const;
const admins = ['secretariat', 'chair'] as const;
const councilReaders = ['council', ...admins] as const;

/** What a page answers: rendered, sent to sign in, "no access" (403), not found, or sent elsewhere. */
export type PageOutcome = 'ok' | 'signin' | 'forbidden' | 'notFound' | 'redirect';

type PageRule = {
  path: string | ((ids: MatrixIds) => string);
  /** Roles that see the page; the rest are sent to sign in (no live session) or refused (403). */
  allow: readonly MatrixRole[];
  /** Where a role's answer differs from what `allow` implies. */
  except?: Partial<Record<MatrixRole, PageOutcome>>;
};

const allNotFound = () => Object.fromEntries(everyone.map((r) => [r, 'notFound'])) as PageRule['except'];
const publicPage = (path: PageRule['path'], except?: PageRule['except']): PageRule => ({ path, allow: everyone, except });

export const pageAccess: Record<string, PageRule> = {
  'app/[locale]/(public)/page.tsx': publicPage('/'),
  'app/[locale]/(public)/about/page.tsx': publicPage('/about'),
  'app/[locale]/(public)/accessibility/page.tsx': publicPage('/accessibility'),
  'app/[locale]/(public)/privacy/page.tsx': publicPage('/privacy'),
  'app/[locale]/(public)/subscribe/page.tsx': publicPage('/subscribe'),
  // Links from emails, signed codes instead of a session: a forged code gets the same page for everyone.
  'app/[locale]/subscribe/confirm/page.tsx': publicPage('/subscribe/confirm?code=forged'),
  'app/[locale]/unsubscribe/page.tsx': publicPage('/unsubscribe?code=forged'),
  'app/[locale]/(public)/articles/page.tsx': publicPage('/articles'),
  'app/[locale]/(public)/articles/[slug]/page.tsx': publicPage((ids) => `/articles/${ids.articleSlug}`),
  'app/[locale]/(public)/meetings/page.tsx': publicPage('/meetings'),
  'app/[locale]/(public)/meetings/[slug]/page.tsx': publicPage((ids) => `/meetings/${ids.upcomingMeetingSlug}`),
  'app/[locale]/(public)/themes/page.tsx': publicPage('/themes'),
  'app/[locale]/(public)/themes/category/[category]/page.tsx': publicPage('/themes/category/local'),
  // Later pages of the theme lists are public too; the demo data fits on page 1, so page 2 is the
  // same "not found" for every visitor (nobody sees more than anybody else).
  'app/[locale]/(public)/themes/category/[category]/page/[page]/page.tsx': publicPage('/themes/category/local/page/2', allNotFound()),
  'app/[locale]/(public)/themes/page/[page]/page.tsx': publicPage('/themes/page/2', allNotFound()),
  'app/[locale]/(public)/themes/[id]/page.tsx': publicPage((ids) => `/themes/${ids.publicThemeId}`),
  // The search finds the same for everyone: only what the public lists show.
  'app/[locale]/search/page.tsx': publicPage('/search?q=virksomheder'),
  'app/[locale]/[...rest]/page.tsx': {
    path: '/findes-ikke/heller-ikke',
    allow: [],
    except: Object.fromEntries(everyone.map((r) => [r, 'notFound'])),
  },
  'app/[locale]/account-deleted/page.tsx': publicPage('/account-deleted'),
  // A council member's answer link: the signed code, not a session, says who answers (a forged one is refused on the page).
  'app/[locale]/(links)/council/rsvp/page.tsx': publicPage('/council/rsvp?code=forged.code&answer=coming'),
  // The reminder's release link: the signed code says whose seat; opening it changes nothing.
  'app/[locale]/(links)/release-seat/page.tsx': publicPage('/release-seat?code=forged.code'),
  // The participant email's evaluation link: the signed code says whose answer; opening it saves nothing.
  'app/[locale]/(links)/evaluation/page.tsx': publicPage('/evaluation?code=forged.code'),
  'app/[locale]/signin/page.tsx': publicPage('/signin'),
  'app/[locale]/signin/check-email/page.tsx': publicPage('/signin/check-email'),
  'app/[locale]/signin/confirm/page.tsx': publicPage('/signin/confirm'),
  'app/[locale]/signin/error/page.tsx': publicPage('/signin/error'),
  // Where a fresh sign-in lands: the role's own area, or the sign-in page without a live session.
  'app/[locale]/signin/continue/page.tsx': {
    path: '/signin/continue',
    allow: [],
    except: { signedOut: 'signin', deactivated: 'signin', company: 'redirect', otherCompany: 'redirect', council: 'redirect', secretariat: 'redirect', chair: 'redirect' },
  },
  'app/[locale]/signout/page.tsx': publicPage('/signout'),
  // On in the test server (ENABLE_DEV_MAILBOX=1), as in development; off in production.
  'app/[locale]/dev/mailbox/page.tsx': publicPage('/dev/mailbox'),

  'app/[locale]/portal/page.tsx': { path: '/portal', allow: companies },
  'app/[locale]/portal/account/page.tsx': { path: '/portal/account', allow: companies },
  'app/[locale]/portal/profile/page.tsx': { path: '/portal/profile', allow: companies },
  'app/[locale]/portal/company/page.tsx': { path: '/portal/company', allow: companies },
  'app/[locale]/portal/themes/new/page.tsx': { path: '/portal/themes/new', allow: companies },
  // Another company's theme answers exactly like a missing one.
  'app/[locale]/portal/themes/[id]/edit/page.tsx': {
    path: (ids) => `/portal/themes/${ids.ownThemeId}/edit`,
    allow: ['company'],
    except: { otherCompany: 'notFound' },
  },
  // Another company's party answers exactly like a missing one.
  'app/[locale]/portal/registrations/[id]/page.tsx': {
    path: (ids) => `/portal/registrations/${ids.ownRegistrationId}`,
    allow: ['company'],
    except: { otherCompany: 'notFound' },
  },

  // A ticket of one's own party; an id of nobody's party answers "not found" to every company.
  'app/[locale]/portal/tickets/[attendeeId]/page.tsx': {
    path: () => `/portal/tickets/${'00000000-0000-4000-8000-000000000000'}`,
    allow: companies,
    except: { company: 'notFound', otherCompany: 'notFound' },
  },

  'app/[locale]/council/page.tsx': { path: '/council', allow: councilReaders },
  'app/[locale]/council/statistics/page.tsx': { path: '/council/statistics', allow: councilReaders },
  'app/[locale]/council/briefings/[id]/page.tsx': { path: (ids) => `/council/briefings/${ids.briefingId}`, allow: councilReaders },

  'app/[locale]/admin/page.tsx': { path: '/admin', allow: admins },
  'app/[locale]/admin/audit/page.tsx': { path: '/admin/audit', allow: admins },
  'app/[locale]/admin/users/page.tsx': { path: '/admin/users', allow: admins },
  'app/[locale]/admin/companies/page.tsx': { path: '/admin/companies', allow: admins },
  'app/[locale]/admin/subscribers/page.tsx': { path: '/admin/subscribers', allow: admins },
  // A demo company's page, by its (public) CVR number.
  'app/[locale]/admin/companies/[cvr]/page.tsx': { path: '/admin/companies/24256790', allow: admins },
  'app/[locale]/admin/companies/import/page.tsx': { path: '/admin/companies/import', allow: admins },
  'app/[locale]/admin/emails/page.tsx': { path: '/admin/emails', allow: admins },
  // The period report and its print view: the secretariat's and the chair's (followup.manage).
  'app/[locale]/admin/reports/page.tsx': { path: '/admin/reports?from=2014-01-01&to=2015-12-31', allow: admins },
  'app/[locale]/admin/reports/print/page.tsx': { path: '/admin/reports/print?from=2014-01-01&to=2015-12-31', allow: admins },
  'app/[locale]/admin/speakers/page.tsx': { path: '/admin/speakers', allow: admins },
  'app/[locale]/admin/themes/page.tsx': { path: '/admin/themes', allow: admins },
  'app/[locale]/admin/themes/[id]/page.tsx': { path: (ids) => `/admin/themes/${ids.adminThemeId}`, allow: admins },
  'app/[locale]/admin/meetings/page.tsx': { path: '/admin/meetings', allow: admins },
  'app/[locale]/admin/meetings/new/page.tsx': { path: '/admin/meetings/new', allow: admins },
  'app/[locale]/admin/meetings/[id]/page.tsx': { path: (ids) => `/admin/meetings/${ids.upcomingMeetingId}`, allow: admins },
  'app/[locale]/admin/meetings/[id]/agenda/page.tsx': { path: (ids) => `/admin/meetings/${ids.upcomingMeetingId}/agenda`, allow: admins },
  // The door's page; on an upcoming meeting it says when check-in opens.
  'app/[locale]/admin/meetings/[id]/check-in/page.tsx': { path: (ids) => `/admin/meetings/${ids.upcomingMeetingId}/check-in`, allow: admins },
  'app/[locale]/admin/meetings/[id]/invitations/page.tsx': { path: (ids) => `/admin/meetings/${ids.upcomingMeetingId}/invitations`, allow: admins },
  'app/[locale]/admin/meetings/[id]/registrations/page.tsx': {
    path: (ids) => `/admin/meetings/${ids.heldMeetingId}/registrations`,
    allow: admins,
  },
  'app/[locale]/admin/meetings/[id]/badges/page.tsx': { path: (ids) => `/admin/meetings/${ids.heldMeetingId}/badges`, allow: admins },
  'app/[locale]/admin/meetings/[id]/follow-up/page.tsx': { path: (ids) => `/admin/meetings/${ids.heldMeetingId}/follow-up`, allow: admins },
  'app/[locale]/admin/meetings/[id]/follow-up/briefing/page.tsx': {
    path: (ids) => `/admin/meetings/${ids.heldMeetingId}/follow-up/briefing`,
    allow: admins,
  },
  'app/[locale]/admin/meetings/[id]/follow-up/briefing/print/page.tsx': {
    path: (ids) => `/admin/meetings/${ids.heldMeetingId}/follow-up/briefing/print`,
    allow: admins,
  },
  'app/[locale]/admin/meetings/[id]/follow-up/email/page.tsx': {
    path: (ids) => `/admin/meetings/${ids.heldMeetingId}/follow-up/email`,
    allow: admins,
  },
  'app/[locale]/admin/meetings/[id]/follow-up/article/page.tsx': {
    path: (ids) => `/admin/meetings/${ids.heldMeetingId}/follow-up/article`,
    allow: admins,
  },
};

type RouteRule = {
  path: string | ((ids: MatrixIds) => string);
  /** Roles the handler serves; the rest get 401 (no live session) or 403. */
  allow: readonly MatrixRole[];
  /** The status an allowed role gets, when not 200 (e.g. a feature that is off). */
  status?: number;
  /** A mutating request's body; it is sent from the app's own origin. */
  body?: string;
};

const zeroId = '00000000-0000-4000-8000-000000000000';

/** Keyed by "<file> <METHOD>": every exported method of every route.ts. */
export const routeAccess: Record<string, RouteRule> = {
  'app/api/me/route.ts GET': { path: '/api/me', allow: everyone },
  'app/api/health/route.ts GET': { path: '/api/health', allow: everyone },
  'app/api/themes/supported/route.ts GET': { path: '/api/themes/supported', allow: everyone },
  'app/api/themes/[id]/follow/route.ts GET': { path: (ids) => `/api/themes/${ids.publicThemeId}/follow`, allow: everyone },
  // Suggestions while proposing a theme: for those who may propose.
  'app/api/themes/similar/route.ts GET': { path: '/api/themes/similar?q=virksomheder', allow: companies },
  'app/api/meetings/[id]/registration/route.ts GET': { path: (ids) => `/api/meetings/${ids.upcomingMeetingId}/registration`, allow: everyone },
  'app/api/portal/export/route.ts GET': { path: '/api/portal/export', allow: companies },
  'app/api/admin/meetings/[id]/registrations-csv/route.ts GET': {
    path: (ids) => `/api/admin/meetings/${ids.heldMeetingId}/registrations-csv`,
    allow: admins,
  },
  'app/api/admin/followups/[id]/delivery/route.ts GET': { path: `/api/admin/followups/${zeroId}/delivery`, allow: admins },
  // No briefing has the zero id: the admins get past the gate to a 404.
  'app/api/admin/followups/[id]/briefing-docx/route.ts GET': { path: `/api/admin/followups/${zeroId}/briefing-docx`, allow: admins, status: 404 },
  'app/api/admin/meetings/[id]/invitations/delivery/route.ts GET': { path: `/api/admin/meetings/${zeroId}/invitations/delivery`, allow: admins },
  'app/api/admin/meetings/[id]/check-in/route.ts GET': { path: (ids) => `/api/admin/meetings/${ids.upcomingMeetingId}/check-in?q=ab`, allow: admins },
  // A ticket's QR image: the signed code is the key, so a forged one is refused (400) whoever asks.
  'app/api/tickets/qr/route.ts GET': { path: '/api/tickets/qr?code=forged.code', allow: everyone, status: 400 },
  'app/api/admin/companies/import-sample/route.ts GET': { path: '/api/admin/companies/import-sample', allow: admins },
  'app/api/admin/reports/docx/route.ts GET': { path: '/api/admin/reports/docx?from=2014-01-01&to=2015-12-31', allow: admins },
  'app/api/auth/[...nextauth]/route.ts GET': { path: '/api/auth/csrf', allow: everyone },
  // Auth.js refuses a session update without its CSRF token, whoever sends it.
  'app/api/auth/[...nextauth]/route.ts POST': { path: '/api/auth/session', allow: everyone, status: 400, body: '' },
  'app/api/dev/mailbox/route.ts GET': { path: '/api/dev/mailbox?to=nobody%40example.test', allow: everyone },
  'app/api/dev/mailbox/[id]/route.ts GET': { path: `/api/dev/mailbox/${zeroId}`, allow: everyone, status: 404 },
  // A machine's endpoint: no session of any kind opens it, only CRON_SECRET (none sent here).
  'app/api/worker/outbox/route.ts GET': { path: '/api/worker/outbox', allow: everyone, status: 401 },
  'app/api/worker/outbox/route.ts POST': { path: '/api/worker/outbox', allow: everyone, status: 401, body: '' },
  // Answers 404 until RESEND_WEBHOOK_SECRET is set (the test server sets none); a session changes nothing.
  'app/api/webhooks/resend/route.ts POST': { path: '/api/webhooks/resend', allow: everyone, status: 404, body: '{}' },
  // RFC 8058 one-click unsubscribe: mail providers POST without a session; only a signed code
  // counts (a forged one is refused with 400 whoever sends it). A GET changes nothing: it is sent
  // to the page with the button.
  'app/api/unsubscribe/route.ts POST': { path: '/api/unsubscribe?code=forged', allow: everyone, status: 400, body: '' },
  'app/api/unsubscribe/route.ts GET': { path: '/api/unsubscribe?code=forged', allow: everyone, status: 303 },
  'app/feeds/articles.xml/route.ts GET': { path: '/feeds/articles.xml', allow: everyone },
  'app/feeds/meetings.ics/route.ts GET': { path: '/feeds/meetings.ics', allow: everyone },
  'app/feeds/meetings/[file]/route.ts GET': { path: (ids) => `/feeds/meetings/${ids.upcomingMeetingSlug}.ics`, allow: everyone },
};

type ActionRule = {
  /** Roles the gate lets through (they get validation errors for the empty probe, not a refusal). */
  allow: readonly MatrixRole[];
  /** Accepting the probe ends the caller's session: probed last, on sessions of their own. */
  endsSession?: true;
};

/** The role each matrix visitor signs in with; nobody for the signed-out and the deactivated. */
function matrixUser(role: MatrixRole): { role: Role } | null {
  if (role === 'signedOut' || role === 'deactivated') return null;
  return { role: role === 'otherCompany' ? 'company' : role };
}

/** The matrix visitors the gate lets through to an action with this access. */
export function rolesAllowed(access: ActionDeclaration['access']): MatrixRole[] {
  return matrixRoles.filter((role) => decide(matrixUser(role), access) === 'allowed');
}

/** An action only the chair and the secretariat may take (or only the chair: approving a briefing). */
export function isAdminAction(action: Pick<ActionDeclaration, 'access'>): boolean {
  const allowed = rolesAllowed(action.access);
  return allowed.length > 0 && allowed.every((role) => (admins as readonly string[]).includes(role));
}

/** Keyed by file, then exported name: every declared action, with the roles its access lets in. */
export const actionAccess: Record<string, Record<string, ActionRule>> = {};
for (const action of declaredActions) {
  (actionAccess[action.file] ??= {})[action.name] = {
    allow: rolesAllowed(action.access),
    ...(action.endsSession ? { endsSession: true } : {}),
  };
}

/** Roles with a live session (the deactivated user's session no longer counts). */
export const liveSession = (role: MatrixRole) => role !== 'signedOut' && role !== 'deactivated';

export function expectedPageOutcome(rule: PageRule, role: MatrixRole): PageOutcome {
  if (rule.except?.[role]) return rule.except[role];
  if (rule.allow.includes(role)) return 'ok';
  return liveSession(role) ? 'forbidden' : 'signin';
}

export function expectedRouteStatus(rule: RouteRule, role: MatrixRole): number {
  if (rule.allow.includes(role)) return rule.status ?? 200;
  return liveSession(role) ? 403 : 401;
}

export function resolvePath(path: string | ((ids: MatrixIds) => string), ids: MatrixIds) {
  return typeof path === 'function' ? path(ids) : path;
}
