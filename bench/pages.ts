// The routes the benchmark loads, and which floor each is held against.
import type { BenchTargets } from './fixtures';

export type BenchPage = {
  name: string;
  path: string;
  /** 'dynamic': a public page or request rendered per request, held against the dynamic floor. */
  kind: 'static-floor' | 'dynamic-floor' | 'public' | 'dynamic' | 'admin';
  /** true: as the secretariat; 'company': as a company user. */
  signedIn?: boolean | 'company';
};

export function benchPages(t: BenchTargets): BenchPage[] {
  return [
    { name: 'floor: static page', path: '/bench-floor/static', kind: 'static-floor' },
    { name: 'floor: dynamic page', path: '/bench-floor/dynamic', kind: 'dynamic-floor' },
    { name: '/', path: '/', kind: 'public' },
    { name: '/meetings/[slug]', path: `/meetings/${t.meetingSlug}`, kind: 'public' },
    { name: '/themes', path: '/themes', kind: 'public' },
    { name: '/search?q=virksomheder', path: '/search?q=virksomheder', kind: 'dynamic' },
    { name: 'GET /api/themes/similar', path: `/api/themes/similar?q=${encodeURIComponent('Parkering og trafik ved erhvervsskolerne')}`, kind: 'dynamic', signedIn: 'company' },
    { name: '/admin/themes', path: '/admin/themes', kind: 'admin', signedIn: true },
    { name: '/admin/meetings/[id]/registrations', path: `/admin/meetings/${t.meetingId}/registrations`, kind: 'admin', signedIn: true },
    { name: '/admin/meetings/[id]/check-in', path: `/admin/meetings/${t.doorMeetingId}/check-in`, kind: 'admin', signedIn: true },
  ];
}

export const headersFor = (page: BenchPage, t: BenchTargets): Record<string, string> =>
  page.signedIn === 'company' ? { cookie: t.companyCookie } : page.signedIn ? { cookie: t.cookie } : {};
