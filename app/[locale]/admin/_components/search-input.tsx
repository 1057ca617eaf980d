// The free-text search field of an admin list: the same maximum in the browser and on the server,
// and the server's refusal shown next to the field.
import type { InputHTMLAttributes } from 'react';
import { FieldErrors } from '@/app/_components/form/field';
import { SEARCH_TEXT_MAX } from '@/lib/admin/search-filters';
import type { FieldError } from '@/lib/actions/form-state';

type Props = { id: string; errors?: FieldError[] } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'maxLength'>;

export function SearchInput({ id, errors, ...input }: Props) {
  return (
    <>
      <input
        id={id}
        type="search"
        maxLength={SEARCH_TEXT_MAX}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        {...input}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </>
  );
}
