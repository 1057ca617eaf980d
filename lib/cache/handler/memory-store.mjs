// This instance's cached entries (pages, route responses, cachedQuery data), least recently used
// dropped first once they take more than the byte budget. Memory, not disk: what is shared between
// instances is only which tags changed (tag-sync.mjs), so a restart costs one render per page.

/** A rough size in bytes, enough to keep the budget; the big parts are the HTML and RSC payloads. */
export function sizeOf(value) {
  if (!value) return 64;
  let bytes = 256;
  if (typeof value.html === 'string') bytes += value.html.length;
  if (value.rscData) bytes += value.rscData.length ?? 0;
  if (value.body) bytes += value.body.length ?? 0;
  if (value.segmentData instanceof Map) for (const segment of value.segmentData.values()) bytes += segment.length ?? 0;
  if (value.kind === 'FETCH') bytes += JSON.stringify(value.data ?? null).length;
  return bytes;
}

export class MemoryStore {
  #entries = new Map();
  #bytes = 0;

  constructor(maxBytes) {
    this.maxBytes = maxBytes;
  }

  get(key) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    // Map keeps insertion order: moving a read entry to the end makes the first the least recent.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  set(key, entry) {
    this.delete(key);
    entry.size = sizeOf(entry.value);
    // Larger than the whole budget: not kept, so it cannot push out everything else.
    if (entry.size > this.maxBytes) return;
    this.#entries.set(key, entry);
    this.#bytes += entry.size;
    for (const [oldKey] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.delete(oldKey);
    }
  }

  delete(key) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.size;
  }

  get bytes() {
    return this.#bytes;
  }

  get size() {
    return this.#entries.size;
  }
}
