'use client';
// The outcome of an admin form, announced politely; texts live in admin.messages.
import { FormMessage } from '@/app/_components/form/form-message';
import type { FormState } from '@/lib/actions/form-state';

export function AdminFormMessage<T>({ state }: { state: FormState<T> }) {
  return (
    <div aria-live="polite" className="empty:hidden mb-4">
      <FormMessage state={state} namespace="admin.messages" />
    </div>
  );
}
