'use client';
// The state of an admin form: the action's outcome, its field errors and what was typed (kept
// when the save is refused, e.g. on a conflict).
import { keptFields } from '@/app/_components/form/kept-fields';
import { useFormAction } from '@/app/_components/form/use-form-action';
import { typedList, type FormState } from '@/lib/actions/form-state';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AdminFormAction<T = any> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;

export function useAdminForm<T>(action: AdminFormAction<T>) {
  const [state, formAction, pending] = useFormAction(action);
  const { errors, values, field } = keptFields(state);
  const data = state.status === 'success' ? state.data : undefined;
  /** Whether a checkbox is ticked: as sent when the save was refused, otherwise as saved. */
  const checked = (name: string, value: string, saved: boolean) => typedList(state, name)?.includes(value) ?? saved;
  return { state, formAction, pending, errors, values, field, data, checked };
}
