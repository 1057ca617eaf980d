// Types for the tests, which use the handler directly.
export type CacheState = {
  store: { size: number; bytes: number };
  clock: { invalidate(tags: string[], at?: number): void; isStale(tags: string[], since: number): boolean };
  renderStarts: Map<string, number>;
  sync: { publish(tags: string[]): Promise<void>; stop(): Promise<void> } | null;
  stop(): Promise<void>;
};
export function createCacheState(options?: {
  maxBytes?: number;
  databaseUrl?: string;
  syncOptions?: { pollMs?: number; windowSeconds?: number; log?: Pick<Console, 'error'> };
}): CacheState;
type CachedEntry = { value: unknown; lastModified: number; cacheControl?: unknown };
export default class SharedCacheHandler {
  constructor(ctx: { maxMemoryCacheSize?: number } | undefined, state?: CacheState);
  state: CacheState;
  get(key: string, ctx: Record<string, unknown>): Promise<CachedEntry | null>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
