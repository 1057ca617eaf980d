// A meeting's or theme's status as a small labelled badge (text, not colour alone).
import clsx from 'clsx';

const tones: Record<string, string> = {
  draft: 'bg-zinc-100 text-zinc-800 border-zinc-400',
  published: 'bg-green-50 text-green-800 border-green-700',
  held: 'bg-brand-50 text-brand-800 border-brand-600',
  cancelled: 'bg-red-50 text-red-800 border-red-700',
  submitted: 'bg-amber-50 text-amber-900 border-amber-700',
  accepted: 'bg-green-50 text-green-800 border-green-700',
  rejected: 'bg-red-50 text-red-800 border-red-700',
  merged: 'bg-zinc-100 text-zinc-800 border-zinc-400',
  withdrawn: 'bg-zinc-100 text-zinc-800 border-zinc-400',
  registered: 'bg-green-50 text-green-800 border-green-700',
  waitlisted: 'bg-amber-50 text-amber-900 border-amber-700',
  attended: 'bg-brand-50 text-brand-800 border-brand-600',
};

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <span className={clsx('badge', tones[status] ?? tones.draft)}>{label}</span>
  );
}
