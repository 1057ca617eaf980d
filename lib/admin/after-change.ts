// After an admin change: expire the public pages it touched, and refresh the admin page the
// person is on so it shows the saved state (new versions, new order, new counts).
import 'server-only';
import { refresh } from 'next/cache';
import { invalidate } from '@/lib/cache/invalidate';

export function afterAdminChange(...tags: string[]) {
  invalidate(...new Set(tags));
  refresh();
}
