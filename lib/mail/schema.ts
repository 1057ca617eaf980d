// What the email administration's forms may send.
import { z } from 'zod';

export const retryEmailSchema = z.object({ emailId: z.uuid() });
