// The columns every view of a meeting starts from (what its header shows and its phase is
// decided by); a query adds what else it needs: `select({ ...meetingHeaderColumns, version })`.
import 'server-only';
import { meetings } from '@/db/schema';

export const meetingHeaderColumns = {
  id: meetings.id,
  slug: meetings.slug,
  title: meetings.title,
  status: meetings.status,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
};
