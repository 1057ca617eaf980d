// One stored email as its HTML, shown in a tab of its own with no scripts allowed.
import { NextResponse } from 'next/server';
import { guardedRoute } from '@/lib/auth/route';
import { isMailboxEnabled } from '@/lib/mail/mailbox-access';
import { getMailboxMessage } from '@/lib/mail/queries';
import { isRouteId } from '@/lib/validation/route-id';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute<{ id: string }>('public', async (_request, { params }) => {
  if (!isMailboxEnabled() || !isRouteId(params.id)) {
    return NextResponse.json({ error: 'not found' }, { status: 404 });
  }
  const message = await getMailboxMessage(params.id);
  if (!message) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return new Response(message.html.replace('<head>', '<head><base target="_top">'), {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; frame-ancestors 'none'",
    },
  });
});
