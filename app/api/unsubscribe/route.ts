// RFC 8058 one-click unsubscribe: the target of every bulk email's List-Unsubscribe header. Mail
// providers POST here from their own servers, without cookies and from another origin, so the
// origin check is off; the signed code is what proves the link. A GET (a scanner, a person
// pasting the header's address) changes nothing: it is sent to the page with the button.
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { guardedRoute } from '@/lib/auth/route';
import { unsubscribeByCode } from '@/lib/subscriptions/unsubscribe';

export const dynamic = 'force-dynamic';

export const POST = guardedRoute(
  'public',
  async (request) => {
    const outcome = await unsubscribeByCode(await getDb(), { code: request.nextUrl.searchParams.get('code') });
    if (outcome.status === 'invalid') return NextResponse.json({ error: 'invalid or forged code' }, { status: 400 });
    return NextResponse.json({ unsubscribed: true });
  },
  { allowCrossOrigin: true },
);

export const GET = guardedRoute('public', async (request) => {
  const code = request.nextUrl.searchParams.get('code') ?? '';
  return NextResponse.redirect(new URL(`/unsubscribe?code=${encodeURIComponent(code)}`, request.nextUrl), 303);
});
