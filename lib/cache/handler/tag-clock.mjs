// When this instance learned that a cache tag was invalidated, by its own clock. An entry is gone
// when one of its tags was invalidated at or after the entry's render began. Times from another
// instance's clock are never compared with ours: a tag invalidated elsewhere counts from the moment
// the notice arrived here, which comes after the write was committed, so clock skew between
// servers cannot keep a stale page alive.
export class TagClock {
  #learnedAt = new Map();

  invalidate(tags, at = Date.now()) {
    for (const tag of tags) this.#learnedAt.set(tag, Math.max(at, this.#learnedAt.get(tag) ?? 0));
  }

  isStale(tags, renderedSince) {
    for (const tag of tags) {
      const at = this.#learnedAt.get(tag);
      if (at !== undefined && at >= renderedSince) return true;
    }
    return false;
  }
}
