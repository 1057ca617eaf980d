'use client';
// Whether this browser may be signed in (lib/auth/signed-in-hint.ts), for the islands of cached
// pages: false while the server renders and hydrates (the shared page is the signed-out one),
// then what the cookie says.
import { useSyncExternalStore } from 'react';
import { hasSignedInHint } from '@/lib/auth/signed-in-hint';

const noSubscription = () => () => {};

export function useSignedInHint(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => hasSignedInHint(document.cookie),
    () => false,
  );
}
