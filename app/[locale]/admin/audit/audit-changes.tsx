// The changed fields of one audit entry, as "field: before → after". Values are user data:
// shown as plain text, shortened, never as HTML.
function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function isFromTo(value: unknown): value is { from: unknown; to: unknown } {
  return Boolean(value && typeof value === 'object' && 'from' in value && 'to' in value);
}

export function AuditChanges({ changes }: { changes: Record<string, unknown> | null }) {
  if (!changes || !Object.keys(changes).length) return <span>–</span>;
  return (
    <ul className="space-y-0.5">
      {Object.entries(changes).map(([field, value]) => (
        <li key={field} className="break-words">
          <span className="font-semibold">{field}</span>: {isFromTo(value) ? `${show(value.from)} → ${show(value.to)}` : show(value)}
        </li>
      ))}
    </ul>
  );
}
