// The profile form: the person and their company. Optional fields arrive as '' from FormData
// and are stored as null.
import { z } from 'zod';
import { PROFILE_MAX } from '@/lib/validation/limits';
import { isValidCvr, normaliseCvr } from './cvr';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const optionalText = (max: number) =>
  z.preprocess(emptyToUndefined, z.string().trim().max(max).optional()).transform((v) => v ?? null);

export const cvrSchema = z
  .string()
  .trim()
  .min(1)
  .max(PROFILE_MAX.cvr)
  .transform(normaliseCvr)
  .refine(isValidCvr, { message: 'cvr' });

// "virksomhed.dk" is what people type; store it as a full https address.
const websiteSchema = z
  .preprocess(
    (v) => {
      const value = emptyToUndefined(v);
      if (typeof value !== 'string') return value;
      const trimmed = value.trim();
      return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
    },
    z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'url' }).max(PROFILE_MAX.website).optional(),
  )
  .transform((v) => v ?? null);

export const profileSchema = z.object({
  name: z.string().trim().min(2).max(PROFILE_MAX.name),
  jobTitle: optionalText(PROFILE_MAX.jobTitle),
  phone: optionalText(PROFILE_MAX.phone),
  cvr: cvrSchema,
  /** Required only when the CVR number is new: a second person joins the existing company. */
  companyName: optionalText(PROFILE_MAX.companyName),
  address: optionalText(PROFILE_MAX.address),
  postalCode: z
    .preprocess(emptyToUndefined, z.string().trim().regex(/^\d{4}$/, { message: 'invalid' }).optional())
    .transform((v) => v ?? null),
  city: optionalText(PROFILE_MAX.city),
  industry: optionalText(PROFILE_MAX.industry),
  employees: z
    .preprocess(emptyToUndefined, z.coerce.number({ message: 'number' }).int({ message: 'integer' }).min(0).max(1_000_000).optional())
    .transform((v) => v ?? null),
  website: websiteSchema,
  next: z.string().optional(),
});

export type ProfileInput = z.output<typeof profileSchema>;
