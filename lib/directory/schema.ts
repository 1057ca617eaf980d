// What the directory's forms may send, and what one line of a CVR extract must hold.
import { z } from 'zod';
import { localeField, optionalText, requiredText } from '@/lib/actions/form-fields';
import { isValidCvr, normaliseCvr } from '@/lib/companies/cvr';
import { EMAIL_MAX } from '@/lib/validation/limits';
import { businessAreas } from './business-areas';
import { employeesBands, normaliseEmployeesBand } from './employee-bands';

/**
 * The largest extract the import takes: 960 kB, about 7,000 lines of the register's columns
 * (5,000 lines are about 650 kB). The file is sent through a server action, and every request
 * body is limited to 1 MB (lib/http/oversized-request.ts, and Next's default
 * serverActions.bodySizeLimit, left as it is): the rest is room for the form's framing. A larger
 * register is imported in parts.
 */
export const MAX_EXTRACT_BYTES = 960 * 1024;

export const DIRECTORY_MAX = { name: 200, address: 200, industry: 200 } as const;

const emptyToNull = (v: string) => (v === '' ? null : v);

/**
 * One line of an extract. Its messages are the refusal reasons shown in the preview
 * (directory.import.reasons.*).
 */
export const extractLineSchema = z.object({
  cvr: z
    .string()
    .default('')
    .transform(normaliseCvr)
    .refine(isValidCvr, { message: 'invalidCvr' }),
  name: z.string().default('').pipe(z.string().min(1, { message: 'missingName' }).max(DIRECTORY_MAX.name, { message: 'nameTooLong' })),
  address: z.string().default('').pipe(z.string().max(DIRECTORY_MAX.address, { message: 'addressTooLong' })).transform(emptyToNull),
  postalCode: z
    .string()
    .default('')
    .refine((v) => v === '' || /^\d{4}$/.test(v), { message: 'badPostcode' })
    .transform(emptyToNull),
  industryCode: z
    .string()
    .default('')
    .transform((v) => v.replace(/[\s.]/g, ''))
    .refine((v) => v === '' || /^\d{2,6}$/.test(v), { message: 'badIndustryCode' })
    .transform(emptyToNull),
  industry: z.string().default('').pipe(z.string().max(DIRECTORY_MAX.industry, { message: 'industryTooLong' })).transform(emptyToNull),
  employeesBand: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const band = normaliseEmployeesBand(v);
      if (band === null) {
        ctx.addIssue({ code: 'custom', message: 'unknownEmployeesBand' });
        return z.NEVER;
      }
      return band ?? null;
    }),
  email: z
    .string()
    .default('')
    .transform((v) => v.toLowerCase())
    .refine((v) => v === '' || (v.length <= EMAIL_MAX && z.email().safeParse(v).success), { message: 'badEmail' })
    .transform(emptyToNull),
});
export type ExtractLine = z.output<typeof extractLineSchema>;

/** The upload form: the file (its checks are in the action, with their own messages). */
export const uploadExtractSchema = z.object({
  file: z.instanceof(File, { message: 'noFile' }),
  locale: localeField,
});

export const confirmImportSchema = z.object({
  batchId: z.uuid(),
  confirmed: z.literal('yes', { message: 'required' }),
  locale: localeField,
});

const optionalEmail = z
  .string()
  .trim()
  .max(EMAIL_MAX, { message: 'tooLong' })
  .optional()
  .transform((v) => (v ? v.toLowerCase() : null))
  .pipe(z.email().nullable());

/** The secretariat's edit of a company's directory entry. */
export const directoryEntrySchema = z.object({
  companyId: z.uuid(),
  name: requiredText(DIRECTORY_MAX.name, 2),
  address: optionalText(DIRECTORY_MAX.address),
  postalCode: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^\d{4}$/.test(v), { message: 'invalid' })
    .transform((v) => v || null),
  industryCode: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^\d{2,6}$/.test(v), { message: 'invalid' })
    .transform((v) => v || null),
  industry: optionalText(DIRECTORY_MAX.industry),
  employeesBand: z
    .enum(['', ...employeesBands], { message: 'choice' })
    .optional()
    .transform((v) => v || null),
  email: optionalEmail,
  area: z
    .enum(['', ...businessAreas], { message: 'choice' })
    .optional()
    .transform((v) => v || null),
});
export type DirectoryEntryInput = z.output<typeof directoryEntrySchema>;

const yesNo = z.enum(['yes', 'no']).optional().catch(undefined);

/** The directory's filters, read from the address (a GET form): anything odd is no filter. */
export const directoryFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).transform((v) => v || undefined),
  industry: z.string().trim().regex(/^\d{2,6}$/).optional().catch(undefined),
  band: z.enum(employeesBands).optional().catch(undefined),
  area: z.enum(businessAreas).optional().catch(undefined),
  members: yesNo,
  subscribed: yesNo,
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined).transform((v) => v ?? 1),
});
export type DirectoryFilter = z.output<typeof directoryFilterSchema>;
