// What the theme forms may contain: the proposer's, and the moderators'. The description is plain text or the safe markdown subset.
import { z } from 'zod';
import { themeCategories } from '@/db/schema/themes';
import { localeField, optionalText, wholeNumber } from '@/lib/actions/form-fields';
import { MODERATOR_ANSWER_MAX } from '@/lib/validation/limits';
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

const locale = { locale: localeField };

export const proposeThemeSchema = themeProposalSchema.extend(locale);
export const updateThemeSchema = themeEditSchema.extend(locale);
export const withdrawThemeSchema = themeIdSchema.extend({ ...locale, confirmed: z.literal('yes', { message: 'required' }) });

// The moderators' forms carry the theme's version: a decision on a theme changed meanwhile is refused.
const version = wholeNumber(1, 2_147_483_647);
const decision = z.enum(['accept', 'reject']);
const answer = optionalText(MODERATOR_ANSWER_MAX);

export const decideThemeSchema = z.object({ themeId: z.uuid(), version, decision, answer });
export const decideThemesSchema = z.object({ decision, answer });
export const mergeThemeSchema = z.object({
  themeId: z.uuid(),
  version,
  targetId: z.uuid({ message: 'choice' }),
  answer,
  // Set only by the form's confirmation step: a merge closes the theme for good.
  confirmed: z.literal('yes').optional(),
});
export const scheduleThemeSchema = z.object({ themeId: z.uuid(), version });
export const editThemeWordingSchema = z.object({
  themeId: z.uuid(),
  version,
  title: z.string().trim().min(THEME_TITLE.min).max(THEME_TITLE.max),
  description: z.string().trim().min(THEME_DESCRIPTION.min).max(THEME_DESCRIPTION.max),
});
