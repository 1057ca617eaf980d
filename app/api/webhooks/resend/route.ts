// Resend's delivery webhooks (email.delivered, email.bounced, email.complained). Resend calls
// from its own servers, so cross-origin is allowed; the svix signature is what proves the caller.
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { guardedRoute } from '@/lib/auth/route';
import { getEnv } from '@/lib/env';
import { recordDeliveryEvent, verifyResendWebhook } from '@/lib/mail/delivery-events';

export const dynamic = 'force-dynamic';

export const POST = guardedRoute(
  'public',
  async (request) => {
    const secret = getEnv().RESEND_WEBHOOK_SECRET;
    if (!secret) return NextResponse.json({ error: 'webhook not configured' }, { status: 404 });
    const event = verifyResendWebhook(await request.text(), request.headers, secret);
    if (!event) return NextResponse.json({ error: 'invalid signature' }, { status: 400 });
    const recorded = await recordDeliveryEvent(await getDb(), event);
    return NextResponse.json({ recorded });
  },
  { allowCrossOrigin: true },
);
