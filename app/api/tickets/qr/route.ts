// The QR image of a ticket (the portal's ticket page and the confirmation email show it). Public:
// the signed code in the address is the key, and the image holds nothing but that code. A valid
// signature is enough to draw it; whether the ticket still admits anyone is decided at the door
// (lib/attendees/check-in.ts), so a drawn image of an old ticket is refused there, not here.
import { NextResponse } from 'next/server';
import QRCode from 'qrcode';
import { guardedRoute } from '@/lib/auth/route';
import { readTicketCode } from '@/lib/attendees/ticket-code';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute('public', async (request) => {
  const code = request.nextUrl.searchParams.get('code');
  if (!readTicketCode(code)) {
    return NextResponse.json({ error: 'invalid ticket code' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  }
  // Quartile error correction survives a scratched phone screen or a smudged print; 8 px a
  // module and a 4-module quiet zone keep it readable from a phone held at arm's length.
  const png = await QRCode.toBuffer(code!, { type: 'png', errorCorrectionLevel: 'Q', margin: 4, scale: 8 });
  return new Response(new Uint8Array(png), {
    headers: {
      'Content-Type': 'image/png',
      // The same for whoever asks (no session is read), and the code is the whole key: a
      // browser may keep it a day; `private` keeps shared caches from collecting ticket codes.
      'Cache-Control': 'private, max-age=86400',
      'Content-Length': String(png.length),
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
