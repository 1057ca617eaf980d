// What a production server must have before it serves anyone. Production fails closed: a missing
// database, secret or public address, or a development convenience left on, stops the start
// with every problem named at once (instrumentation.ts), instead of quietly running on the
// embedded database with the demo admin accounts.
import { envSchema, shapeProblems, type Env } from './env';

const MIN_SECRET_LENGTH = 32;

function isLocalhost(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

function publicAddressProblem(name: 'SITE_URL' | 'AUTH_URL', value: string | undefined): string | undefined {
  if (!value) return `${name}: required in production (the public https address of the site)`;
  const url = new URL(value);
  if (url.protocol !== 'https:' && !isLocalhost(url)) return `${name}: must be an https address in production (got ${url.protocol}//${url.host})`;
  return undefined;
}

/** Problems of a production environment beyond its shape; empty when it may start. */
export function productionRequirementProblems(env: Env): string[] {
  const local = env.NOT_A_DEPLOYMENT;
  const problems: (string | undefined)[] = [
    !env.DATABASE_URL && !local ? 'DATABASE_URL: required in production (the embedded database is for development)' : undefined,
    !env.AUTH_SECRET
      ? 'AUTH_SECRET: required in production (e.g. `openssl rand -hex 32`)'
      : env.AUTH_SECRET.length < MIN_SECRET_LENGTH
        ? `AUTH_SECRET: must be at least ${MIN_SECRET_LENGTH} characters`
        : undefined,
    publicAddressProblem('AUTH_URL', env.AUTH_URL),
    publicAddressProblem('SITE_URL', env.siteUrlGiven ? env.SITE_URL : undefined),
    env.ENABLE_DEV_MAILBOX && !local ? 'ENABLE_DEV_MAILBOX: must not be set in production (it shows every email, sign-in links included)' : undefined,
    env.SEED_DEMO_DATA && !local ? 'SEED_DEMO_DATA: demo data (with its admin accounts) is never loaded in production' : undefined,
    env.mailTransport === 'resend' && !env.RESEND_API_KEY
      ? 'RESEND_API_KEY: required in production (or set MAIL_TRANSPORT=outbox-only to keep email in the outbox)'
      : undefined,
    env.MAIL_TRANSPORT === undefined && !env.RESEND_API_KEY
      ? 'RESEND_API_KEY: required in production (or set MAIL_TRANSPORT=outbox-only to keep email in the outbox)'
      : undefined,
  ];
  return [...new Set(problems.filter((p): p is string => p !== undefined))];
}

/**
 * Every problem that keeps this environment from starting: its shape anywhere, and in
 * production the requirements above. Empty when the server may start.
 */
export function startupProblems(source: Record<string, string | undefined>): string[] {
  const shape = shapeProblems(source);
  // A malformed variable is named once, and the rest are still checked without it.
  const malformed = new Set(shape.map((p) => p.split(':')[0]));
  const rest = Object.fromEntries(Object.entries(source).filter(([key]) => !malformed.has(key)));
  const env = envSchema.safeParse(rest);
  if (!env.success || env.data.NODE_ENV !== 'production') return shape;
  const requirements = productionRequirementProblems(env.data).filter((p) => !malformed.has(p.split(':')[0]));
  return [...shape, ...requirements];
}

export function startupRefusal(problems: string[]): string {
  return `Refusing to start: the environment is not fit to run (see .env.example):\n  - ${problems.join('\n  - ')}`;
}
