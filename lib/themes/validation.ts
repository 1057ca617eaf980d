// What a theme proposal may contain. The description is plain text or the safe markdown subset.
import { z } from 'zod';
import { themeCategories } from '@/db/schema/themes';

import { THEME_DESCRIPTION, THEME_TITLE } from './limits';

export { THEME_DESCRIPTION, THEME_TITLE };

export const themeProposalSchema = z.object({
  title: z.string().trim().min(THEME_TITLE.min).max(THEME_TITLE.max),
  description: z.string().trim().min(THEME_DESCRIPTION.min).max(THEME_DESCRIPTION.max),
  category: z.enum(themeCategories),
  wishedMeetingId: z
    .preprocess((v) => (v === '' || v === null ? undefined : v), z.uuid({ message: 'choice' }).optional())
    .transform((v) => v ?? null),
});

export type ThemeProposalInput = z.output<typeof themeProposalSchema>;

export const themeEditSchema = themeProposalSchema.extend({ themeId: z.uuid() });
export const themeIdSchema = z.object({ themeId: z.uuid() });
