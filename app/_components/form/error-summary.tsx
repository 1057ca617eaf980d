'use client';
// The GOV.UK error summary: at the top of a refused form, a heading and one link per field in
// error; it takes focus so keyboard and screen reader users start where the problem is. Fields
// are found by name in the form around it, so no form has to list its labels twice.
import { useTranslations } from 'next-intl';
import { useId, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import type { FieldError } from '@/lib/actions/form-state';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';

type Target = { id: string; label: string };

/** The field of `name` in `scope` (the first of a radio or checkbox group) and the text that names it. */
function findTarget(scope: ParentNode, name: string): Target | null {
  const field = findField(scope, name);
  if (!field) return null;
  const group = field.closest('fieldset');
  const isGroup = field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox') && group;
  const source = isGroup ? group.querySelector('legend') : (field as HTMLInputElement).labels?.[0];
  let label = '';
  if (source) {
    // The label without its "(optional)" note.
    const copy = source.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-label-note]').forEach((note) => note.remove());
    label = copy.textContent?.trim() ?? '';
  }
  return { id: field.id || name, label };
}

export function ErrorSummary({ title, fieldErrors }: { title: string; fieldErrors: Record<string, FieldError[]> }) {
  const t = useTranslations('validation');
  const tf = useTranslations('common.form');
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [targets, setTargets] = useState<Record<string, Target | null>>({});
  const names = Object.keys(fieldErrors);

  // Each new refusal (a new fieldErrors object) looks the fields up again and takes focus.
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const scope: ParentNode = box.closest('form') ?? document;
    setTargets(Object.fromEntries(Object.keys(fieldErrors).map((name) => [name, findTarget(scope, name)])));
    box.focus();
  }, [fieldErrors]);

  function goTo(event: MouseEvent<HTMLAnchorElement>, name: string) {
    const box = ref.current;
    const field = box && findField(box.closest('form') ?? document, name);
    if (!field) return;
    event.preventDefault();
    // The label (or legend) stays in view above the field, as the GOV.UK pattern does.
    (field.closest('fieldset') ?? field.parentElement ?? field).scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
  }

  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      data-error-summary=""
      className="rounded-md border-4 border-red-700 bg-white p-4 outline-none focus:ring-4 focus:ring-amber-400"
    >
      <h2 id={titleId} className="text-lg font-bold">
        {title}
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {names.flatMap((name) =>
          fieldErrors[name].map((error, i) => {
            const text = withRuntimeKeys(t).has(error.key) ? withRuntimeKeys(t)(error.key, error.values) : error.key;
            const target = targets[name];
            const line = target?.label ? tf('summaryLine', { label: target.label, message: text }) : text;
            return (
              <li key={`${name}-${i}`}>
                {target ? (
                  <a href={`#${target.id}`} onClick={(e) => goTo(e, name)} className="font-semibold text-red-800 underline">
                    {line}
                  </a>
                ) : (
                  <span className="font-semibold text-red-800">{line}</span>
                )}
              </li>
            );
          }),
        )}
      </ul>
    </div>
  );
}

function findField(scope: ParentNode, name: string): HTMLElement | null {
  // A repeated field's row (e.g. `colleagueName.1`, the second colleague's name) says which it is.
  return (
    scope.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]:not([type="hidden"])`) ??
    scope.querySelector<HTMLElement>(`[data-field-key="${CSS.escape(name)}"]`)
  );
}
