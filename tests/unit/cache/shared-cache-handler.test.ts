// The cache handler on its own (no database): what it keeps, when a tag makes an entry stale,
// that an invalidation arriving during a render is not lost, and that stored pages get their CSP.
import { afterEach, describe, expect, it, vi } from 'vitest';
import SharedCacheHandler, { createCacheState, type CacheState } from '@/lib/cache/shared-cache-handler.mjs';

const page = (html: string, tags: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('rsc'),
  headers: { 'x-next-cache-tags': tags },
  status: 200,
});
const pageCtx = { kind: 'APP_PAGE', isFallback: false };
const data = (body: string) => ({ kind: 'FETCH', data: { headers: {}, body, status: 200, url: '' }, revalidate: 3600 });

describe('the shared cache handler', () => {
  let state: CacheState;
  const handler = () => new SharedCacheHandler(undefined, state);
  afterEach(async () => {
    vi.useRealTimers();
    await state?.stop();
  });

  it('keeps a stored page for every handler of the process, until one of its tags is invalidated', async () => {
    state = createCacheState();
    expect(await handler().get('/da/meetings/x', pageCtx)).toBeNull();
    await handler().set('/da/meetings/x', page('<p>3 ledige pladser</p>', '_N_T_/layout,meeting:x,meetings'), { cacheControl: { revalidate: 3600 } });
    const hit = await handler().get('/da/meetings/x', pageCtx);
    expect((hit?.value as { html: string }).html).toContain('3 ledige');
    expect(hit?.cacheControl).toEqual({ revalidate: 3600 });

    await handler().revalidateTag(['themes'], { expire: 0 });
    expect(await handler().get('/da/meetings/x', pageCtx)).not.toBeNull();
    await handler().revalidateTag('meeting:x', { expire: 0 });
    expect(await handler().get('/da/meetings/x', pageCtx)).toBeNull();
  });

  it('checks cached data against the tags it was stored with and the tags it is looked up with', async () => {
    state = createCacheState();
    await handler().set('k1', data('[1]'), { fetchCache: true, tags: ['articles'] });
    await handler().set('k2', data('[2]'), { fetchCache: true, tags: [] });
    const lookup = { kind: 'FETCH', tags: [], softTags: ['_N_T_/da/articles'] };
    expect(await handler().get('k1', lookup)).not.toBeNull();
    await handler().revalidateTag(['articles']);
    expect(await handler().get('k1', lookup)).toBeNull();
    expect(await handler().get('k2', lookup)).not.toBeNull();
    await handler().revalidateTag(['_N_T_/da/articles']);
    expect(await handler().get('k2', lookup)).toBeNull();
  });

  it('dates an entry from the start of its render, so an invalidation during the render is not lost', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000);
    state = createCacheState();
    expect(await handler().get('/da', pageCtx)).toBeNull(); // the render starts (it reads the old rows)
    vi.setSystemTime(1_000_500);
    state.clock.invalidate(['articles']); // another instance published an article meanwhile
    vi.setSystemTime(1_001_000);
    await handler().set('/da', page('<p>old list</p>', 'articles'), {}); // the render ends
    expect(await handler().get('/da', pageCtx)).toBeNull();
    // The next render begins after the invalidation and is kept.
    vi.setSystemTime(1_002_000);
    await handler().set('/da', page('<p>new list</p>', 'articles'), {});
    expect(await handler().get('/da', pageCtx)).not.toBeNull();
  });

  it('stores every page with a policy allowing exactly its inline scripts', async () => {
    state = createCacheState();
    const value = page('<script>self.__next_f.push([1])</script><script src="/a.js"></script>', 'x');
    await handler().set('/da/x', value, {});
    const policy = ((await handler().get('/da/x', pageCtx))?.value as { headers: Record<string, string> }).headers['content-security-policy'];
    expect(policy).toMatch(/^script-src 'self' 'sha256-[^']+'; /);
    expect(policy.split('; ')[0]).not.toMatch(/unsafe|nonce/);
  });

  it('drops the least recently used entries beyond its memory budget', async () => {
    state = createCacheState({ maxBytes: 6_000 });
    for (const key of ['a', 'b', 'c']) await handler().set(key, page('x'.repeat(1_500), 't'), {});
    await handler().get('a', pageCtx); // a is now the most recent
    await handler().set('d', page('x'.repeat(1_500), 't'), {});
    expect(await handler().get('b', pageCtx)).toBeNull();
    expect(await handler().get('a', pageCtx)).not.toBeNull();
    expect(state.store.bytes).toBeLessThanOrEqual(6_000);
  });

  it('shares an invalidation before the write answers, and does not fail the write when sharing fails', async () => {
    state = createCacheState();
    const published: string[][] = [];
    state.sync = { publish: async (tags) => void published.push(tags), stop: async () => {} };
    await handler().revalidateTag(['meetings', 'meeting:x']);
    expect(published).toEqual([['meetings', 'meeting:x']]);

    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    state.sync = { publish: async () => Promise.reject(new Error('connection refused')), stop: async () => {} };
    await handler().set('/da', page('<p>x</p>', 'articles'), {});
    await expect(handler().revalidateTag('articles')).resolves.toBeUndefined();
    expect(await handler().get('/da', pageCtx)).toBeNull(); // still invalidated here
    expect(errors.mock.calls[0][0]).toContain('could not share the invalidation of articles');
    errors.mockRestore();
  });

  it('stays local without a PostgreSQL database (the embedded one serves a single instance)', () => {
    state = createCacheState({ databaseUrl: undefined });
    expect(state.sync).toBeNull();
  });
});
