// The development mailbox as JSON, for scripts and tests. Off whenever the mailbox is off.
import { NextResponse } from 'next/server';
import { guardedRoute } from '@/lib/auth/route';
import { isMailboxEnabled } from '@/lib/mail/mailbox-access';
import { linksIn, listMailbox } from '@/lib/mail/queries';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute('public', async (request) => {
  if (!isMailboxEnabled()) return NextResponse.json({ error: 'not found' }, { status: 404 });
  const to = request.nextUrl.searchParams.get('to') ?? undefined;
  const messages = await listMailbox({ to });
  return NextResponse.json({
    messages: messages.map((m) => ({ ...m, hasAttachments: Boolean(m.hasAttachments?.length), links: linksIn(m.text) })),
  });
});
