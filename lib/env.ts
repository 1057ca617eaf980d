// The environment, validated once with zod so a wrong value fails loudly with its name.
import { z } from 'zod';

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));
const flag = z
  .string()
  .optional()
  .transform((v) => v === '1' || v === 'true');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: optional.pipe(z.url().optional()),
  PGLITE_DATA_DIR: z.string().default('.data/pglite'),
  RESEND_API_KEY: optional,
  MAIL_FROM: z.string().default('Strategisk Erhvervsforum <erhvervsforum@albertslund.dk>'),
  SITE_URL: z.url().default('http://localhost:3000'),
  ADMIN_EMAILS: z.string().default(''),
  ENABLE_DEV_MAILBOX: flag,
  CRON_SECRET: optional,
  RESEND_WEBHOOK_SECRET: optional,
  SEED_DEMO_DATA: flag,
  /** How often each server instance looks for due email on its own (ms); 0 turns it off. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(0).default(2000),
});

export type Env = z.infer<typeof schema>;

let parsed: Env | undefined;

export function getEnv(): Env {
  if (!parsed) {
    const result = schema.safeParse(process.env);
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
