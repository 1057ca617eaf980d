// The changed fields of one audit entry, as "field: before → after". Values are user data:
// shown as plain text, shortened, never as HTML. Times are stored as UTC instants and shown in
// Copenhagen time, as everywhere else in the admin.
import { formatShortDate, formatTime } from '@/lib/format/copenhagen-time';

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function show(value: unknown, locale: string): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'string' && isoInstant.test(value)) {
    const instant = new Date(value);
    if (!Number.isNaN(instant.getTime())) return `${formatShortDate(instant, locale)} ${formatTime(instant, locale)}`;
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function isFromTo(value: unknown): value is { from: unknown; to: unknown } {
  return Boolean(value && typeof value === 'object' && 'from' in value && 'to' in value);
}

export function AuditChanges({ changes, locale }: { changes: Record<string, unknown> | null; locale: string }) {
  if (!changes || !Object.keys(changes).length) return <span>–</span>;
  return (
    <ul className="space-y-0.5">
      {Object.entries(changes).map(([field, value]) => (
        <li key={field} className="break-words">
          <span className="font-semibold">{field}</span>: {isFromTo(value) ? `${show(value.from, locale)} → ${show(value.to, locale)}` : show(value, locale)}
        </li>
      ))}
    </ul>
  );
}
