// The privacy page states the retention periods the clean-up keeps (lib/retention/periods.ts).
import { describe, expect, it } from 'vitest';
import daPrivacy from '@/lib/i18n/messages/da/privacy.json';
import enPrivacy from '@/lib/i18n/messages/en/privacy.json';
import { ATTENDEE_NOTE_RETENTION_DAYS, AUDIT_LOG_RETENTION_YEARS, EMAIL_BODY_RETENTION_DAYS, GUEST_DETAILS_RETENTION_DAYS } from '@/lib/retention/periods';
import { CONFIRM_LINK_DAYS } from '@/lib/subscriptions/rules';

const howLong = (messages: typeof daPrivacy) => messages.sections.find((s) => s.id === 'how-long')!.items!.join('\n');

describe('the privacy page', () => {
  it('states the retention periods in Danish', () => {
    expect(howLong(daPrivacy)).toContain(`${EMAIL_BODY_RETENTION_DAYS} dage`);
    expect(howLong(daPrivacy)).toContain(`${AUDIT_LOG_RETENTION_YEARS} år`);
    expect(howLong(daPrivacy)).toContain(`slettes ${ATTENDEE_NOTE_RETENTION_DAYS} dage efter mødet`);
    expect(howLong(daPrivacy)).toContain(`slettes ${GUEST_DETAILS_RETENTION_DAYS} dage efter mødet`);
  });

  it('states the retention periods in English', () => {
    expect(howLong(enPrivacy)).toContain(`${EMAIL_BODY_RETENTION_DAYS} days`);
    expect(howLong(enPrivacy)).toContain(`${AUDIT_LOG_RETENTION_YEARS} years`);
    expect(howLong(enPrivacy)).toContain(`deleted ${ATTENDEE_NOTE_RETENTION_DAYS} days after the meeting`);
    expect(howLong(enPrivacy)).toContain(`deleted ${GUEST_DETAILS_RETENTION_DAYS} days after the meeting`);
  });

  it('states how long an unconfirmed subscription is kept, in both languages', () => {
    const news = (messages: typeof daPrivacy) => messages.sections.find((s) => s.id === 'news')!.items!.join('\n');
    expect(news(daPrivacy)).toContain(`${CONFIRM_LINK_DAYS} dage`);
    expect(news(enPrivacy)).toContain(`${CONFIRM_LINK_DAYS} days`);
  });
});
