// The development mailbox's preview document: the email's own HTML with a policy that narrows
// the page's (no scripts, no requests but images) and links that open in a new tab.
import { describe, expect, it } from 'vitest';
import { EMAIL_PREVIEW_POLICY, emailPreviewDocument } from '@/lib/mail/email-preview';

describe('the email preview document', () => {
  it('puts its policy and a new-tab base first in the head, keeping the styles', () => {
    const doc = emailPreviewDocument('<html><head lang="da"><style>p{color:red}</style></head><body><p>Hej</p></body></html>');
    expect(doc).toContain(`<head lang="da"><meta http-equiv="Content-Security-Policy" content="${EMAIL_PREVIEW_POLICY}"><base target="_blank"><style>`);
    expect(EMAIL_PREVIEW_POLICY).toContain("default-src 'none'");
    expect(EMAIL_PREVIEW_POLICY).toContain("style-src 'unsafe-inline'");
  });

  it('adds a head to HTML that has none', () => {
    expect(emailPreviewDocument('<p>Hej</p>')).toMatch(/^<head><meta http-equiv="Content-Security-Policy"[^>]+><base target="_blank"><\/head><p>Hej<\/p>$/);
  });
});
