// Auth.js's own endpoints, less one: a POST to /api/auth/signin/<provider> would send a sign-in
// email past our rate limit, so only our server action (lib/auth/sign-in-actions.ts, which calls
// Auth.js in process) may send one. Tampered callback URLs are dropped first (auth-request.ts).
import type { NextRequest } from 'next/server';
import { sanitizeAuthRequest } from '@/lib/auth/auth-request';
import { handlers } from '@/lib/auth/config';
import { refusedUrlResponse } from '@/lib/http/refused-url';

export async function GET(request: NextRequest) {
  return refusedUrlResponse(request.nextUrl) ?? handlers.GET(await sanitizeAuthRequest(request));
}

export async function POST(request: NextRequest) {
  if (/^\/api\/auth\/signin(\/|$)/.test(request.nextUrl.pathname)) {
    return Response.json({ error: 'Sign in with the form at /signin.' }, { status: 404 });
  }
  return refusedUrlResponse(request.nextUrl) ?? handlers.POST(await sanitizeAuthRequest(request));
}
