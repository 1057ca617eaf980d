'use client';
// The page of all themes. A client component only so that the page's payload carries each
// theme's data once, not its markup twice (in the HTML and again in the React payload); the
// texts arrive ready-made from the server.
import { Link } from '@/lib/i18n/navigation';
import { StatusBadge } from '../_components/status-badge';

export type ListedTheme = { id: string; title: string; status: string; statusLabel: string; details: string };

export function ThemeList({ themes }: { themes: ListedTheme[] }) {
  return (
    <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-300">
      {themes.map((theme) => (
        <li key={theme.id} className="p-3">
          <p className="flex flex-wrap items-center gap-2">
            <Link href={`/admin/themes/${theme.id}`} className="font-semibold underline">{theme.title}</Link>
            <StatusBadge status={theme.status} label={theme.statusLabel} />
          </p>
          <p className="text-sm text-muted">{theme.details}</p>
        </li>
      ))}
    </ul>
  );
}

/** The meeting filter's options: one [id, title] pair each, so the payload carries each meeting once. */
export function MeetingOptions({ meetings }: { meetings: [string, string][] }) {
  return meetings.map(([id, title]) => <option key={id} value={id}>{title}</option>);
}
