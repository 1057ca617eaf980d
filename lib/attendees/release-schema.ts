// What the release link's confirming button sends: the signed code from the link, nothing else.
// Who releases which seat is what the code says, never a field of the form.
import { z } from 'zod';

export const releaseSeatForm = z.object({ code: z.string().min(1, 'required').max(500, 'tooLong') });
