import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { cameraPageHeaders, nonPageHeaders, securityHeaders } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// `BENCH_BUILD=1` (npm run bench) builds into .next-bench and adds the benchmark's floor pages
// (`*.bench.tsx`), so they never exist in the normal build.
const benchBuild = process.env.BENCH_BUILD === '1';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  ...(benchBuild
    ? {
        distDir: '.next-bench',
        pageExtensions: ['bench.tsx', 'tsx', 'ts', 'jsx', 'js'],
        // Its own tsconfig, so the build's additions for .next-bench/types stay out of tsconfig.json.
        typescript: { tsconfigPath: 'tsconfig.bench.json' },
      }
    : {}),
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ['@electric-sql/pglite'],
  // Cached pages and data in each instance's memory, with tag invalidations shared by every instance
  // on the database, and a hash-based Content-Security-Policy stored with every cached page.
  cacheHandler: path.resolve(process.cwd(), 'lib/cache/shared-cache-handler.mjs'),
  // That memory's budget per instance (least recently used entries go first).
  cacheMaxMemorySize: 128 * 1024 * 1024,
  // Every build but `next dev` is a production build, whatever NODE_ENV a test runner set.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders(process.env.NODE_ENV !== 'development') }, ...nonPageHeaders(), ...cameraPageHeaders()];
  },
  experimental: {
    authInterrupts: true,
    // Script files carry integrity hashes, so a changed file on the way is refused.
    sri: { algorithm: 'sha256' },
  },
};

export default withNextIntl(nextConfig);
