// Client components read their texts from the nearest NextIntlClientProvider, and a nested
// provider replaces its parent's messages rather than adding to them. Every provider therefore
// sends exactly the parts its subtree reads, named as dotted paths ('admin.themes').

type Messages = Record<string, unknown>;

/** The parts of `messages` named by `paths`, nested as in the source; an unknown path throws. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: unknown = messages;
    for (const key of keys) {
      from = (from as Messages | undefined)?.[key];
      // A typo here would otherwise show up only as a message key on some page's button.
      if (from === undefined) throw new Error(`pickMessages: no messages at '${path}'`);
    }
    let into = picked;
    for (const key of keys.slice(0, -1)) into = (into[key] ??= {}) as Messages;
    into[keys.at(-1)!] = from;
  }
  return picked;
}
