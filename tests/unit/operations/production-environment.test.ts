// Production fails closed: every missing or unsafe setting is named at once before the server
// starts (lib/env-production.ts, called from instrumentation.ts).
import { describe, expect, it } from 'vitest';
import { startupProblems } from '@/lib/env-production';

const complete = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://app@db.internal:5432/erhvervsforum',
  AUTH_SECRET: 'a'.repeat(64),
  AUTH_URL: 'https://erhvervsforum.albertslund.dk',
  SITE_URL: 'https://erhvervsforum.albertslund.dk',
  RESEND_API_KEY: 're_live_key',
};

const names = (problems: string[]) => problems.map((p) => p.split(':')[0]).sort();

describe('the production start check', () => {
  it('lets a complete production environment start', () => {
    expect(startupProblems(complete)).toEqual([]);
  });

  it('names every missing variable in one go', () => {
    const problems = startupProblems({ NODE_ENV: 'production' });
    expect(names(problems)).toEqual(['AUTH_SECRET', 'AUTH_URL', 'DATABASE_URL', 'RESEND_API_KEY', 'SITE_URL']);
  });

  it('refuses plain http addresses but allows localhost', () => {
    expect(names(startupProblems({ ...complete, SITE_URL: 'http://erhvervsforum.dk', AUTH_URL: 'http://x.dk' }))).toEqual(['AUTH_URL', 'SITE_URL']);
    expect(startupProblems({ ...complete, SITE_URL: 'http://localhost:3000', AUTH_URL: 'http://127.0.0.1:3000' })).toEqual([]);
  });

  it('refuses the development mailbox and the demo data', () => {
    expect(names(startupProblems({ ...complete, ENABLE_DEV_MAILBOX: '1', SEED_DEMO_DATA: '1' }))).toEqual(['ENABLE_DEV_MAILBOX', 'SEED_DEMO_DATA']);
  });

  it('accepts no Resend key only when MAIL_TRANSPORT=outbox-only says so', () => {
    const withoutKey = { ...complete, RESEND_API_KEY: undefined };
    expect(names(startupProblems(withoutKey))).toEqual(['RESEND_API_KEY']);
    expect(names(startupProblems({ ...withoutKey, MAIL_TRANSPORT: 'resend' }))).toEqual(['RESEND_API_KEY']);
    expect(startupProblems({ ...withoutKey, MAIL_TRANSPORT: 'outbox-only' })).toEqual([]);
  });

  it('names malformed values together with the missing ones', () => {
    const problems = startupProblems({ ...complete, DATABASE_POOL_SIZE: 'many', SITE_URL: 'not a url', AUTH_SECRET: 'short' });
    expect(names(problems)).toEqual(['AUTH_SECRET', 'DATABASE_POOL_SIZE', 'SITE_URL']);
  });

  it('allows the embedded database, demo data and mailbox only with NOT_A_DEPLOYMENT', () => {
    const local = { ...complete, DATABASE_URL: undefined, ENABLE_DEV_MAILBOX: '1', SEED_DEMO_DATA: '1' };
    expect(names(startupProblems(local))).toEqual(['DATABASE_URL', 'ENABLE_DEV_MAILBOX', 'SEED_DEMO_DATA']);
    expect(startupProblems({ ...local, NOT_A_DEPLOYMENT: '1' })).toEqual([]);
  });

  it('checks nothing more in development', () => {
    expect(startupProblems({ NODE_ENV: 'development' })).toEqual([]);
  });
});
