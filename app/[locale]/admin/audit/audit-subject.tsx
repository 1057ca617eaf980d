// What an audit entry was done to, as a person reads it: the kind of record, its name (and the
// meeting it belongs to), and a link to every entry about the same record.
import { Link } from '@/lib/i18n/navigation';

type Entry = { entityId: string | null; subject: string | null; subjectMeeting: string | null };

export function AuditSubject({ entry, type }: { entry: Entry; type: string }) {
  return (
    <>
      <span className="block text-muted">{type}</span>
      {entry.subject ? <span className="block font-semibold break-words">{entry.subject}</span> : null}
      {entry.subjectMeeting ? <span className="block break-words">{entry.subjectMeeting}</span> : null}
      {entry.entityId ? (
        <Link href={{ pathname: '/admin/audit', query: { entity: entry.entityId } }} className="block break-all text-xs underline">
          {entry.entityId}
        </Link>
      ) : null}
    </>
  );
}
