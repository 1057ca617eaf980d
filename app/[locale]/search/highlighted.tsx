// A text from the search with its matches marked: split at our markers into text and <mark>
// elements. React escapes every piece, so HTML in a theme or article stays text.
import { plainExcerpt, splitHighlights } from '@/lib/search/rules';

export function Highlighted({ value, excerpt = false }: { value: string; excerpt?: boolean }) {
  return splitHighlights(excerpt ? plainExcerpt(value) : value).map((piece, i) =>
    piece.marked ? (
      <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-ink">
        {piece.text}
      </mark>
    ) : (
      piece.text
    ),
  );
}
