import type { ReactNode } from 'react';

// Public pages are the same for every visitor. None is rendered at build time (the database
// is not there yet); each is rendered on its first visit and then served from the cache until
// an admin changes its data (see lib/cache). They must not read cookies or headers: per-user
// bits are small client islands.
export function generateStaticParams() {
  return [];
}

export default function PublicLayout({ children }: { children: ReactNode }) {
  return children;
}
