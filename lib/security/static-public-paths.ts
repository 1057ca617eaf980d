// The public pages that are rendered once and served from the cache (app/[locale]/(public)).
// proxy.ts gives them no nonce: a cached page is the same for everybody, so its policy lists
// the hashes of its inline scripts instead (lib/security/csp-cache-handler.mjs). Every other
// page is rendered per request and gets a fresh nonce. A unit test fails when a page under
// (public) is missing here: it would get a nonce its cached HTML does not carry.
import { routing } from '@/lib/i18n/routing';

export const staticPublicRoutes = [
  '/',
  '/about',
  '/accessibility',
  '/articles',
  '/articles/[slug]',
  '/meetings',
  '/meetings/[slug]',
  '/privacy',
  '/subscribe',
  '/themes',
  '/themes/[id]',
  '/themes/category/[category]',
  '/themes/category/[category]/page/[page]',
  '/themes/page/[page]',
] as const;

/** Static pages outside (public): shown to signed-out visitors, the same for all. */
export const otherStaticRoutes = ['/account-deleted'] as const;

// An [id] segment is a UUID (lib/validation/route-id.ts): /themes/[id] must not swallow
// /themes/category, which is rendered per request.
const routePatterns = [...staticPublicRoutes, ...otherStaticRoutes].map(
  (route) => new RegExp(`^${route.replace(/\[([^\]/]+)\]/g, (_segment, name) => (name === 'id' ? '[0-9a-f-]{36}' : '[^/]+'))}$`),
);

const localePrefix = new RegExp(`^/(?:${routing.locales.join('|')})(?=/|$)`);

/** True when the path (with or without a locale prefix) is one of the cached pages. */
export function isStaticPublicPath(pathname: string): boolean {
  const path = pathname.replace(localePrefix, '').replace(/\/+$/, '') || '/';
  return routePatterns.some((pattern) => pattern.test(path));
}
