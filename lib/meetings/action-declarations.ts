// The meeting actions, declared once (see lib/actions/declare.ts).
import { declareActions } from '@/lib/actions/declare';
import { changeMeetingStatusSchema, saveMeetingSchema } from './schema';

export const meetingActions = declareActions('lib/meetings/actions.ts', {
  saveMeetingAction: {
    access: 'meeting.manage',
    kind: 'form',
    schema: saveMeetingSchema,
    freeText: ['title', 'slug', 'place', 'address', 'description'],
    lists: ['themeIds'],
  },
  changeMeetingStatusAction: { access: 'meeting.manage', kind: 'form', schema: changeMeetingStatusSchema, freeText: [] },
});
