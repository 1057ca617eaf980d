// Shares cache tag invalidations between app instances on one PostgreSQL database. A write bumps
// the tag's version in cache_tag_invalidations and NOTIFYs in the same transaction (delivered on
// commit); every instance LISTENs and drops its entries for the tag at once. A cheap poll of the
// rows changed in the last minute (indexed) catches a notice lost while the listening connection
// was down, and a full read follows every (re)connection. Nothing here runs per page view.
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';

export const CHANNEL = 'cache_tag_invalidations';
// NOTIFY payloads must stay under 8000 bytes; tags are short, so chunk by count.
const TAGS_PER_NOTICE = 100;

export class PostgresTagSync {
  #sql;
  #seen = new Map(); // tag -> highest version this instance has acted on
  #ready = false;
  #timer;
  #connections = 0;
  #polling = false;

  /**
   * @param {string} url PostgreSQL connection string
   * @param {(tags: string[]) => void} onInvalidated called with tags changed by another instance
   */
  constructor(url, onInvalidated, { pollMs = 1000, windowSeconds = 60, log = console } = {}) {
    this.url = url;
    this.onInvalidated = onInvalidated;
    this.pollMs = pollMs;
    this.windowSeconds = windowSeconds;
    this.log = log;
    this.instanceId = randomUUID();
  }

  start() {
    // One connection for the poll and writes, plus the one postgres.js dedicates to LISTEN.
    this.#sql = postgres(this.url, { max: 1, onnotice: () => {}, connection: { application_name: 'erhvervsforum-cache' } });
    this.#sql
      .listen(CHANNEL, (payload) => this.#onNotice(payload), () => {
        // Called on the first connection and again after every reconnection: notices sent while
        // disconnected are lost, so read the table itself.
        this.#connections += 1;
        if (this.#connections > 1) void this.#sync('full').catch((error) => this.#warn('resync after reconnect', error));
      })
      .catch((error) => this.#warn('listen', error));
    void this.#sync('initial').catch((error) => this.#warn('first read', error));
    this.#timer = setInterval(() => void this.#poll(), this.pollMs);
    this.#timer.unref?.();
    return this;
  }

  async stop() {
    clearInterval(this.#timer);
    await this.#sql?.end({ timeout: 1 });
  }

  /** Records the tags as invalidated for every instance; resolves once committed and notified. */
  async publish(tags) {
    const unique = [...new Set(tags)];
    if (unique.length === 0) return;
    await this.#sql.begin(async (tx) => {
      const rows = await tx`
        insert into cache_tag_invalidations ${tx(unique.map((tag) => ({ tag })))}
        on conflict (tag) do update
          set version = cache_tag_invalidations.version + 1, invalidated_at = now()
        returning tag, version`;
      for (const { tag, version } of rows) this.#remember(tag, version);
      for (let i = 0; i < rows.length; i += TAGS_PER_NOTICE) {
        const versions = Object.fromEntries(rows.slice(i, i + TAGS_PER_NOTICE).map((r) => [r.tag, r.version]));
        await tx`select pg_notify(${CHANNEL}, ${JSON.stringify({ from: this.instanceId, versions })})`;
      }
    });
  }

  #onNotice(payload) {
    let notice;
    try {
      notice = JSON.parse(payload);
    } catch {
      return;
    }
    if (notice?.from === this.instanceId || typeof notice?.versions !== 'object') return;
    this.#apply(Object.entries(notice.versions).map(([tag, version]) => ({ tag, version: Number(version) })));
  }

  async #poll() {
    if (this.#polling) return;
    this.#polling = true;
    try {
      await this.#sync(this.#ready ? 'recent' : 'initial');
    } catch (error) {
      this.#warn('poll', error);
    } finally {
      this.#polling = false;
    }
  }

  async #sync(mode) {
    const rows =
      mode === 'recent'
        ? await this.#sql`
            select tag, version from cache_tag_invalidations
            where invalidated_at > now() - make_interval(secs => ${this.windowSeconds})`
        : await this.#sql`select tag, version from cache_tag_invalidations`;
    if (mode === 'initial' && !this.#ready) {
      // This instance's memory holds nothing older than itself: earlier invalidations are history.
      for (const { tag, version } of rows) this.#remember(tag, version);
      this.#ready = true;
      return;
    }
    this.#apply(rows);
  }

  #apply(rows) {
    const changed = [];
    for (const { tag, version } of rows) if (this.#remember(tag, version)) changed.push(tag);
    if (changed.length > 0) this.onInvalidated(changed);
  }

  /** True when the version is newer than any this instance has acted on. */
  #remember(tag, version) {
    if (version <= (this.#seen.get(tag) ?? 0)) return false;
    this.#seen.set(tag, version);
    return true;
  }

  #lastWarning = 0;
  #warn(what, error) {
    // A database outage would otherwise log once a second.
    if (Date.now() - this.#lastWarning < 30_000) return;
    this.#lastWarning = Date.now();
    this.log.error(`[cache] tag sync (${what}) failed: ${error?.message ?? error}`);
  }
}
