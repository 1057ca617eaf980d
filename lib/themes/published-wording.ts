// What the public reads of a theme: the secretariat's wording for publication when there is one,
// else the proposer's own. One definition, used by every public read (theme list, home page,
// meeting pages, agenda, follow-ups), so no page shows the other version by mistake.
import { sql } from 'drizzle-orm';
import { themes } from '@/db/schema';

export const publishedThemeTitle = sql<string>`coalesce(${themes.publicTitle}, ${themes.title})`;
export const publishedThemeDescription = sql<string>`coalesce(${themes.publicDescription}, ${themes.description})`;
