// Which themes the public may read on their own page, as one database condition: an accepted
// theme, and a theme merged into an accepted one (its page says where it went). A theme merged
// into one still submitted is not public: its text was never accepted for publication, and its
// page would link to a theme nobody may see. Queries using it join `publicTarget`.
import 'server-only';
import { and, eq, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { themes } from '@/db/schema';

export const publicTarget = alias(themes, 'public_target');

export const publicTargetJoin = eq(publicTarget.id, themes.mergedIntoId);

export const themeIsPublic = or(eq(themes.status, 'accepted'), and(eq(themes.status, 'merged'), eq(publicTarget.status, 'accepted')))!;
