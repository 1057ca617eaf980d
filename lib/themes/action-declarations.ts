// The theme actions, declared once (see lib/actions/declare.ts): the proposer's forms, support,
// and moderation.
import { declareActions } from '@/lib/actions/declare';
import {
  decideThemeSchema,
  decideThemesSchema,
  editThemeWordingSchema,
  mergeThemeSchema,
  proposeThemeSchema,
  scheduleThemeSchema,
  themeIdSchema,
  updateThemeSchema,
  withdrawThemeSchema,
} from './schema';

export const themeActions = declareActions('lib/themes/actions.ts', {
  proposeThemeAction: { access: 'portal.use', kind: 'form', schema: proposeThemeSchema, freeText: ['title', 'description'] },
  updateThemeAction: { access: 'portal.use', kind: 'form', schema: updateThemeSchema, freeText: ['title', 'description'] },
  withdrawThemeAction: { access: 'portal.use', kind: 'form', schema: withdrawThemeSchema, freeText: [] },
  supportThemeAction: { access: 'portal.use', kind: 'call', schema: themeIdSchema, freeText: [] },
  withdrawSupportAction: { access: 'portal.use', kind: 'call', schema: themeIdSchema, freeText: [] },
  decideThemeAction: { access: 'theme.moderate', kind: 'form', schema: decideThemeSchema, freeText: ['answer'] },
  decideThemesAction: { access: 'theme.moderate', kind: 'form', schema: decideThemesSchema, freeText: ['answer'], lists: ['themeIds'] },
  mergeThemeAction: { access: 'theme.moderate', kind: 'form', schema: mergeThemeSchema, freeText: ['answer'] },
  scheduleThemeAction: { access: 'theme.moderate', kind: 'form', schema: scheduleThemeSchema, freeText: [], lists: ['meetingIds'] },
  editThemeWordingAction: { access: 'theme.moderate', kind: 'form', schema: editThemeWordingSchema, freeText: ['title', 'description'] },
});
