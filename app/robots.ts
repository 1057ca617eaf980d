// Crawlers may read the public site; the signed-in areas, sign-in and API are not for them.
import type { MetadataRoute } from 'next';
import { getEnv } from '@/lib/env';

export const dynamic = 'force-dynamic';

const privatePaths = ['/portal', '/admin', '/council', '/signin', '/signout', '/account-deleted', '/dev', '/api'];

export default function robots(): MetadataRoute.Robots {
  const base = getEnv().SITE_URL.replace(/\/$/, '');
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: [...privatePaths, ...privatePaths.map((p) => `/en${p}`)] }],
    sitemap: `${base}/sitemap.xml`,
  };
}
