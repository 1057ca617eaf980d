// The environment, validated once with zod so a wrong value fails loudly with its name. This is
// the one place that reads process.env for the app's own settings (.env.example documents each).
// What production additionally requires is in env-production.ts, checked at server start.
import { z } from 'zod';

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));
const blankAsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const flag = z
  .string()
  .optional()
  .transform((v) => v === '1' || v === 'true');

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: optional.pipe(z.url().optional()),
    DATABASE_POOL_SIZE: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(200).default(10)),
    PGLITE_DATA_DIR: z.string().default('.data/pglite'),
    AUTH_SECRET: optional,
    AUTH_URL: optional.pipe(z.url().optional()),
    AUTH_TRUST_HOST: flag,
    RESEND_API_KEY: optional,
    // 'outbox-only' keeps every email in the local outbox (no provider); production must say so
    // explicitly when it has no Resend key. Unset: Resend when a key is set, else the outbox.
    MAIL_TRANSPORT: optional.pipe(z.enum(['resend', 'outbox-only']).optional()),
    MAIL_FROM: z.string().default('Strategisk Erhvervsforum <erhvervsforum@albertslund.dk>'),
    SITE_URL: optional.pipe(z.url().optional()),
    ADMIN_EMAILS: z.string().default(''),
    ENABLE_DEV_MAILBOX: flag,
    CRON_SECRET: optional,
    RESEND_WEBHOOK_SECRET: optional,
    SEED_DEMO_DATA: flag,
    // A production build run on a laptop or by the tests, never a deployment: it may use the
    // embedded database, load the demo data and open the development mailbox.
    NOT_A_DEPLOYMENT: flag,
    LOG_LEVEL: z.preprocess(blankAsUnset, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
    /** How often each server instance looks for due email on its own (ms); 0 turns it off. */
    OUTBOX_POLL_MS: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).default(2000)),
    // The benchmark counts queries from a line per query (npm run bench).
    BENCH_COUNT_QUERIES: flag,
  })
  .transform((env) => ({
    ...env,
    SITE_URL: env.SITE_URL ?? 'http://localhost:3000',
    /** Whether SITE_URL was given, not defaulted (production requires it). */
    siteUrlGiven: env.SITE_URL !== undefined,
    mailTransport: env.MAIL_TRANSPORT ?? (env.RESEND_API_KEY ? 'resend' : 'outbox-only'),
  }));

export type Env = z.infer<typeof envSchema>;

let parsed: Env | undefined;

/** The problems of an environment's shape, one line each ("NAME: what is wrong"). */
export function shapeProblems(source: Record<string, string | undefined>): string[] {
  const result = envSchema.safeParse(source);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

export function getEnv(): Env {
  if (!parsed) {
    const result = envSchema.safeParse(process.env);
    if (!result.success) {
      const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
    }
    parsed = result.data;
  }
  return parsed;
}

/** Tests change the environment between files; they call this to read it again. */
export function resetEnvForTests() {
  parsed = undefined;
}

export const isProduction = () => getEnv().NODE_ENV === 'production';
