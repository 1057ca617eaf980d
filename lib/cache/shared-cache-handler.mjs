// Next's cache handler (next.config `cacheHandler`), written against the public interface only
// (get / set / revalidateTag / resetRequestCache): cached pages, route responses and cachedQuery
// data are kept in this instance's memory, and tag invalidations reach every instance on the same
// PostgreSQL database within about a second (handler/tag-sync.mjs). A page view costs no database
// round trip: staleness is decided against an in-memory map of tag times (handler/tag-clock.mjs).
// On the embedded PGlite database there is one instance, so invalidations stay local.
// Every page stored gets its hash-based Content-Security-Policy (lib/security/csp-cache-handler.mjs).
import { withPolicy } from '../security/csp-cache-handler.mjs';
import { MemoryStore } from './handler/memory-store.mjs';
import { TagClock } from './handler/tag-clock.mjs';
import { PostgresTagSync } from './handler/tag-sync.mjs';

const TAGS_HEADER = 'x-next-cache-tags';
const DEFAULT_MEMORY_BYTES = 128 * 1024 * 1024;
// A render that never stored its result (an error, a dynamic page) leaves its start time behind.
const RENDER_START_KEPT_MS = 5 * 60 * 1000;

/** One cache per process: Next makes a handler object per request, all sharing this. */
export function createCacheState({ maxBytes = DEFAULT_MEMORY_BYTES, databaseUrl, syncOptions } = {}) {
  const state = {
    store: new MemoryStore(maxBytes),
    clock: new TagClock(),
    // key -> when the render that will store it began (the miss, or the stale hit, that caused it)
    renderStarts: new Map(),
    sync: null,
  };
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) {
    state.sync = new PostgresTagSync(databaseUrl, (tags) => state.clock.invalidate(tags), syncOptions).start();
  }
  const sweep = setInterval(() => {
    const before = Date.now() - RENDER_START_KEPT_MS;
    for (const [key, at] of state.renderStarts) if (at < before) state.renderStarts.delete(key);
  }, 60_000);
  sweep.unref?.();
  state.stop = async () => {
    clearInterval(sweep);
    await state.sync?.stop();
  };
  return state;
}

let processState;

function sharedState(ctx) {
  // `next build` also makes handlers while prerendering; it must not keep database connections open.
  const building = process.env.NEXT_PHASE === 'phase-production-build';
  processState ??= createCacheState({
    maxBytes: ctx?.maxMemoryCacheSize || DEFAULT_MEMORY_BYTES,
    databaseUrl: building ? undefined : process.env.DATABASE_URL,
  });
  return processState;
}

/** The tags an entry depends on: a page's from its tags header, data's from the lookup and the store. */
function tagsOf(entry, ctx) {
  if (ctx?.kind === 'FETCH') return [...entry.tags, ...(ctx.tags ?? []), ...(ctx.softTags ?? [])];
  return entry.tags;
}

function storedTags(data, ctx) {
  if (data?.kind === 'FETCH') return ctx?.tags ?? [];
  const header = data?.headers?.[TAGS_HEADER];
  return typeof header === 'string' && header !== '' ? header.split(',') : [];
}

/** Whether Next will revalidate this entry in the background on this hit (its time is up). */
function dueForRevalidation(entry, ctx, now) {
  const seconds = ctx?.kind === 'FETCH' ? (ctx.revalidate ?? entry.value?.revalidate) : entry.cacheControl?.revalidate;
  return typeof seconds === 'number' && now - entry.lastModified > seconds * 1000;
}

export default class SharedCacheHandler {
  constructor(ctx, state) {
    this.state = state ?? sharedState(ctx);
  }

  async get(key, ctx) {
    const { store, clock, renderStarts } = this.state;
    const now = Date.now();
    const entry = store.get(key);
    if (entry && clock.isStale(tagsOf(entry, ctx), entry.lastModified)) {
      store.delete(key);
    } else if (entry) {
      if (dueForRevalidation(entry, ctx, now)) renderStarts.set(key, now);
      return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
    }
    renderStarts.set(key, now);
    return null;
  }

  async set(key, data, ctx) {
    const { store, renderStarts } = this.state;
    withPolicy(data);
    // The entry counts from when its render began, not when it finished: an invalidation that
    // arrives while it renders (it may have read the old rows) then makes it stale at once.
    const now = Date.now();
    const lastModified = Math.min(now, renderStarts.get(key) ?? now);
    renderStarts.delete(key);
    store.set(key, {
      value: data,
      lastModified,
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      tags: storedTags(data, ctx),
    });
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : [...tags];
    if (list.length === 0) return;
    // Every invalidation is immediate here (the app always asks for `expire: 0`): a later expiry
    // (stale-while-revalidate) would need Next's private tag manifest, so the stricter choice.
    void durations;
    this.state.clock.invalidate(list);
    if (!this.state.sync) return;
    try {
      await this.state.sync.publish(list);
    } catch (error) {
      // The write itself succeeded; say loudly that other instances may serve the old page until
      // their entries' time is up, rather than fail the user's action.
      console.error(`[cache] could not share the invalidation of ${list.join(', ')}: ${error?.message ?? error}`);
    }
  }

  resetRequestCache() {}
}
