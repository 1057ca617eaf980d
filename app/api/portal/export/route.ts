// "Download my data": everything about the signed-in person as a JSON file.
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { exportMyData } from '@/lib/account/export-my-data';
import { guardedRoute } from '@/lib/auth/route';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute('portal.use', async (_request, { user }) => {
  const data = await exportMyData(await getDb(), user!.id);
  if (!data) return NextResponse.json({ error: 'not found' }, { status: 404 });
  const day = new Date().toISOString().slice(0, 10);
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="erhvervsforum-mine-data-${day}.json"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
