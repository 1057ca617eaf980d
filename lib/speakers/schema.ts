// What the speaker directory's forms may send.
import { z } from 'zod';
import { checkbox, optionalText, requiredText } from '@/lib/actions/form-fields';
import { EMAIL_MAX, SPEAKER_MAX } from '@/lib/validation/limits';

export const saveSpeakerSchema = z.object({
  speakerId: z.uuid().optional().or(z.literal('').transform(() => undefined)),
  name: requiredText(SPEAKER_MAX.name, 2),
  organisation: optionalText(SPEAKER_MAX.organisation),
  title: optionalText(SPEAKER_MAX.title),
  external: checkbox,
  email: z
    .string()
    .trim()
    .max(EMAIL_MAX, { message: 'tooLong' })
    .optional()
    .transform((v) => v || null)
    .pipe(z.email().nullable()),
});

export const speakerIdSchema = z.object({ speakerId: z.uuid() });
