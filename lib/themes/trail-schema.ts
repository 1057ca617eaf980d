// What the trail's forms may contain: following a theme (just its id) and the secretariat's outcome.
import { z } from 'zod';
import { localeField, optionalText, wholeNumber } from '@/lib/actions/form-fields';

export const THEME_OUTCOME_MAX = 4000;
export const THEME_CASE_NUMBER_MAX = 60;

export const followThemeSchema = z.object({ themeId: z.uuid() });

export const recordThemeOutcomeSchema = z.object({
  themeId: z.uuid(),
  version: wholeNumber(1, 2_147_483_647),
  outcome: optionalText(THEME_OUTCOME_MAX),
  caseNumber: optionalText(THEME_CASE_NUMBER_MAX),
  locale: localeField.optional(),
});
