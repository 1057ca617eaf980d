// Ids in route segments (/admin/meetings/[id], /api/…/[id]) are UUIDs. Checked here, once, so a
// page or handler answers 404 for anything else without asking the database (PostgreSQL would
// refuse the cast with an error instead).
import { z } from 'zod';

const routeId = z.uuid();

export function isRouteId(value: string): boolean {
  return routeId.safeParse(value).success;
}
