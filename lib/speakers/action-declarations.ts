// The speaker directory's actions, declared once (see lib/actions/declare.ts).
import { declareActions } from '@/lib/actions/declare';
import { saveSpeakerSchema, speakerIdSchema } from './schema';

export const speakerActions = declareActions('lib/speakers/actions.ts', {
  saveSpeakerAction: { access: 'meeting.manage', kind: 'form', schema: saveSpeakerSchema, freeText: ['name', 'organisation', 'title'] },
  deleteSpeakerAction: { access: 'meeting.manage', kind: 'form', schema: speakerIdSchema, freeText: [] },
});
