// A bulk email is rendered once per language and sent to many; a link of the recipient's own (the
// unsubscribe link, an evaluation link) is written into the rendered email as a placeholder and
// swapped for the real address per recipient, here.
import type { PreparedEmail } from './send-email';

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');



/** The email with `url` wherever `placeholder` stands (HTML-escaped in the HTML part). */
export function withLinkInPlaceOf(email: PreparedEmail, placeholder: string, url: string): PreparedEmail {
  return { ...email, html: email.html.split(placeholder).join(escapeHtml(url)), text: email.text.split(placeholder).join(url) };
}
