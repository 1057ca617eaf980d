// The development mailbox shows each email's HTML as the recipient would see it, in a sandboxed
// iframe (srcdoc: no scripts, no same-origin access, links open in a new tab). A srcdoc document
// inherits the page's policy, which allows inline styles; the policy added here narrows it to
// what an email client allows, so the preview shows no more than a recipient would get.
export const EMAIL_PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; font-src https: data:";

export function emailPreviewDocument(html: string): string {
  const head = `<meta http-equiv="Content-Security-Policy" content="${EMAIL_PREVIEW_POLICY}"><base target="_blank">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (open) => `${open}${head}`) : `<head>${head}</head>${html}`;
}
