'use client';
// Last resort when the root layout itself fails: plain HTML in both languages, no stack trace.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="da">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem', maxWidth: '40rem' }}>
        <h1>Der skete en fejl</h1>
        <p>Noget gik galt hos os. Prøv igen om lidt.</p>
        <p lang="en">Something went wrong on our side. Please try again shortly.</p>
        {error.digest ? <p>Ref.: {error.digest}</p> : null}
        {/* A full page load on purpose: the app's own navigation may be what failed. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <p><a href="/">Forside / Home</a></p>
      </body>
    </html>
  );
}
