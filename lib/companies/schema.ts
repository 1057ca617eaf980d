// The profile form: the person and their company. Optional fields arrive as '' from FormData
// and are stored as null.
import { z } from 'zod';
import { localeField, wholeNumber } from '@/lib/actions/form-fields';
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
    .preprocess(emptyToUndefined, wholeNumber(0, 1_000_000).optional())
    .transform((v) => v ?? null),
  website: websiteSchema,
  next: z.string().optional(),
});

export type ProfileInput = z.output<typeof profileSchema>;

/** The portal's profile form: the profile and the page's locale. */
export const profileFormSchema = profileSchema.extend({ locale: localeField });

/** A member's decision on a colleague's request to join. */
export const joinDecisionSchema = z.object({ requestId: z.uuid(), confirmed: z.literal('yes'), locale: localeField });

/** Withdrawing one's own request, or leaving the company: confirmed first. */
export const confirmedSchema = z.object({ confirmed: z.literal('yes'), locale: localeField });

export const companyIdSchema = z.object({ companyId: z.uuid() });
export const joinRequestIdSchema = z.object({ requestId: z.uuid() });
export const removeMemberSchema = z.object({ companyId: z.uuid(), userId: z.string().min(1).max(100) });

// Letters, digits, hyphens and dots, at least one dot: "firma.dk". No "@", no scheme.
const domain = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase().replace(/^@/, '') : v),
  z.union([z.literal(''), z.string().max(253).regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, { message: 'invalid' })]),
);

export const companyDomainSchema = z.object({ companyId: z.uuid(), domain });
