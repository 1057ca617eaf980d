// Routing only (Danish without prefix, English under /en). Security checks never live here:
// the gate in lib/auth runs in every page, action and handler.
import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
