// The actions of a theme's trail, declared once (see lib/actions/declare.ts): following a theme
// from its page (a company user, for themself only) and the secretariat's outcome.
import { declareActions } from '@/lib/actions/declare';
import { followThemeSchema, recordThemeOutcomeSchema } from './trail-schema';

export const themeTrailActions = declareActions('lib/themes/trail-actions.ts', {
  followThemeAction: { access: 'portal.use', kind: 'call', schema: followThemeSchema, freeText: [] },
  unfollowThemeAction: { access: 'portal.use', kind: 'call', schema: followThemeSchema, freeText: [] },
  recordThemeOutcomeAction: { access: 'theme.moderate', kind: 'form', schema: recordThemeOutcomeSchema, freeText: ['outcome', 'caseNumber'] },
});
