// Accepted themes like the proposal a company is typing (portal/themes/new): up to five, best
// first. Only for those who may propose; the text read is capped, so a long request costs no more.
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { guardedRoute } from '@/lib/auth/route';
import { SIMILAR_TEXT_MAX, SIMILAR_TEXT_MIN } from '@/lib/search/rules';
import { readSimilarThemes } from '@/lib/search/queries';

export const dynamic = 'force-dynamic';

export const GET = guardedRoute('portal.use', async (request) => {
  const text = (request.nextUrl.searchParams.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, SIMILAR_TEXT_MAX);
  const themes = text.length < SIMILAR_TEXT_MIN ? [] : await readSimilarThemes(await getDb(), text);
  return NextResponse.json({ themes }, { headers: { 'Cache-Control': 'private, no-store' } });
});
