// What the user administration's forms may send.
import { z } from 'zod';
import { roles } from '@/db/schema/auth';
import { emailAddressSchema } from '@/lib/auth/email-address';
import type { Role } from '@/lib/auth/permissions';
import { routing } from '@/lib/i18n/routing';

/** Roles the secretariat can hand out by invitation; companies sign up themselves. */
export const invitableRoles = ['council', 'secretariat', 'chair'] as const satisfies readonly Role[];
export type InvitableRole = (typeof invitableRoles)[number];

export const inviteUserSchema = z.object({ email: emailAddressSchema, role: z.enum(invitableRoles), locale: z.enum(routing.locales) });
export const revokeInvitationSchema = z.object({ email: z.string().min(3).max(320) });
export const changeUserRoleSchema = z.object({ userId: z.string().min(1).max(100), role: z.enum(roles) });
export const userIdSchema = z.object({ userId: z.string().min(1).max(100) });
