// The period form (GET): two dates, each with its message next to it, and the periods that hold
// meetings as one-click links. Server-rendered: it works without JavaScript.
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { Notice } from '@/app/_components/ui/notice';
import { Link } from '@/lib/i18n/navigation';
import type { Period } from '@/lib/reports/rules';
import type { PeriodErrors } from '@/lib/reports/schema';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';

type Props = { values: Period; errors: PeriodErrors; presets: Period[]; current: Period | null; isDefault: boolean };

const fieldClass =
  'mt-1 block w-full rounded-md border border-zinc-500 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700';

function presetLabel(p: Period) {
  const [first, last] = [p.from.slice(0, 4), p.to.slice(0, 4)];
  return first === last ? first : `${first}–${last}`;
}

export async function PeriodForm({ values, errors, presets, current, isDefault }: Props) {
  const t = await getTranslations('reports');
  const message = (key: string) => withRuntimeKeys(t)(`errors.${key}`);
  const field = (name: 'from' | 'to') => {
    const id = `report-${name}`;
    const error = errors[name];
    return (
      <div>
        <label htmlFor={id} className="block font-semibold">
          {t(`form.${name}`)}
        </label>
        <input
          id={id}
          name={name}
          type="date"
          required
          defaultValue={values[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={fieldClass}
        />
        {error ? (
          <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-700">
            {message(error)}
          </p>
        ) : null}
      </div>
    );
  };
  const refused = Object.keys(errors).length > 0;
  return (
    <div className="mb-8" data-no-print>
      {refused ? (
        <div className="mb-4">
          <Notice tone="error">{t('form.refused')}</Notice>
        </div>
      ) : isDefault ? (
        <p className="mb-3 text-muted">{t('form.default')}</p>
      ) : null}
      <form method="get" aria-label={t('form.label')} noValidate className="grid max-w-2xl gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
        {field('from')}
        {field('to')}
        <button type="submit" className={`${buttonClass.primary} sm:mt-7`}>
          {t('form.show')}
        </button>
      </form>
      {presets.length ? (
        <div className="mt-4">
          <p id="report-presets" className="font-semibold">
            {t('form.presets')}
          </p>
          <ul aria-labelledby="report-presets" className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
            {presets.map((p) => {
              const selected = current?.from === p.from && current?.to === p.to;
              return (
                <li key={`${p.from}-${p.to}`}>
                  <Link
                    href={{ pathname: '/admin/reports', query: { from: p.from, to: p.to } }}
                    aria-current={selected ? 'true' : undefined}
                    className={selected ? 'font-bold underline' : buttonClass.link}
                  >
                    {presetLabel(p)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
