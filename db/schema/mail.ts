// Every email the app sends is one row here: the record of what was sent, the queue the
// dispatch worker drains, and what the development mailbox shows.
import { boolean, index, integer, jsonb, pgEnum, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tz } from './_columns';
import { users } from './auth';
import { followups } from './followups';

export const emailStatuses = [
  'pending',
  'sending',
  'sent',
  'failed',
  'delivered',
  'bounced',
  'complained',
] as const;
export const emailStatusEnum = pgEnum('email_status', emailStatuses);

/**
 * What an email is. Every row's kind is one of these; a new email adds its kind here (and a
 * migration, `npm run db:generate`), so the mailbox, the export and the failed-email list can
 * rely on the set.
 */
export const emailKinds = [
  'sign-in',
  'invitation',
  'registration-confirmed',
  'registration-waitlisted',
  'registration-promoted',
  'registration-cancelled',
  'meeting-changed',
  'meeting-cancelled',
  'theme-accepted',
  'theme-rejected',
  'theme-merged',
  'theme-wording',
  'theme-scheduled',
  'theme-rescheduled',
  'theme-unscheduled',
  'theme-meeting-moved',
  'briefing-notice',
  'participant-followup',
  'participant-followup-test',
  'membership.requestToMembers',
  'membership.requestToSecretariat',
  'membership.requestReceived',
  'membership.approved',
  'membership.declined',
  'membership.memberJoined',
  'membership.left',
  'membership.memberLeft',
  'membership.removed',
  'membership.memberRemoved',
  'membership.verified',
  'membership.domainSet',
  'meeting-invitation',
  'meeting-invitation-test',
  'subscription-confirm',
  'attendee-confirmed',
  'attendee-removed',
  'meeting-reminder',
  'seat-released',
  'colleague-released',
  'theme-step',
  'briefing-approval-requested',
  'briefing-approval-decided',
] as const;
export type EmailKind = (typeof emailKinds)[number];
export const emailKindEnum = pgEnum('email_kind', emailKinds);

/**
 * Delivery order: a person waiting for a sign-in link first, then personal notices, then bulk
 * sends. Lower goes first.
 */
export const emailPriorities = { 'sign-in': 0, personal: 1, bulk: 2 } as const;
export type EmailPriority = keyof typeof emailPriorities;

export type EmailAttachment = { filename: string; content: string; contentType: string };

export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: id(),
    kind: emailKindEnum('kind').notNull(),
    toEmail: text('to_email').notNull(),
    toUserId: text('to_user_id').references(() => users.id, { onDelete: 'set null' }),
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post on every bulk email. */
    headers: jsonb('headers').$type<Record<string, string>>(),
    /** Base64 content. */
    attachments: jsonb('attachments').$type<EmailAttachment[]>(),
    /** Sent to Resend as Idempotency-Key; unique so a message is queued once. */
    idempotencyKey: text('idempotency_key').notNull().unique(),
    followupId: uuid('followup_id').references(() => followups.id, { onDelete: 'set null' }),
    status: emailStatusEnum('status').notNull().default('pending'),
    /** See emailPriorities. */
    priority: smallint('priority').notNull().default(emailPriorities.personal),
    /** The body is a credential (a sign-in link): cleared once a real provider has accepted it. */
    sensitive: boolean('sensitive').notNull().default(false),
    /** 'resend' or 'outbox' (kept locally, no provider). */
    transport: text('transport'),
    providerMessageId: text('provider_message_id'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: tz('next_attempt_at').notNull().defaultNow(),
    claimedAt: tz('claimed_at'),
    lastError: text('last_error'),
    sentAt: tz('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('email_outbox_queue_idx').on(t.status, t.nextAttemptAt),
    index('email_outbox_followup_idx').on(t.followupId, t.status),
    // The worker takes due rows by priority, oldest first.
    index('email_outbox_priority_idx').on(t.status, t.priority, t.createdAt),
  ],
);
