'use client';
// The segment choice as a GET form: the page's address holds the choice and the server counts
// it. A change updates the address at once (the counts follow without a click); without
// JavaScript, the button does the same.
import { useTranslations } from 'next-intl';
import { usePathname, useRouter } from 'next/navigation';
import { useTransition, type FormEvent } from 'react';
import { buttonClass } from '@/app/_components/ui/button-styles';
import type { SegmentKind } from '@/db/schema';

type Props = {
  segments: readonly SegmentKind[];
  chosen: { kinds: string[]; industryCodes: string[]; employeesBands: string[] };
  industries: { value: string; label: string; companies: number }[];
  bands: { value: string; companies: number }[];
};

export function SegmentChooser({ segments, chosen, industries, bands }: Props) {
  const t = useTranslations('invitations.choose');
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  function update(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form).entries()) if (typeof value === 'string') params.append(key, value);
    startTransition(() => router.replace(`${pathname}?${params.toString()}`, { scroll: false }));
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update(event.currentTarget);
  };

  return (
    <form method="get" onSubmit={onSubmit} onChange={(e) => update(e.currentTarget)} aria-busy={pending}>
      <fieldset className="mb-4">
        <legend className="mb-2 font-semibold">{t('segmentsLegend')}</legend>
        <ul className="space-y-3">
          {segments.map((kind) => (
            <li key={kind}>
              <label className="flex items-start gap-3">
                <input type="checkbox" name="segment" value={kind} defaultChecked={chosen.kinds.includes(kind)} className="mt-1 size-5 shrink-0" aria-describedby={`hint-${kind}`} />
                <span>
                  <span className="font-semibold">{t(`segment.${kind}`)}</span>
                  <span id={`hint-${kind}`} className="block text-sm text-muted">
                    {t(`hint.${kind}`)}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mb-4 grid gap-4 md:grid-cols-2">
        <fieldset className="rounded-md border border-zinc-300 p-3">
          <legend className="px-1 font-semibold">{t('industriesLegend')}</legend>
          {industries.length ? (
            <ul className="max-h-64 space-y-1 overflow-y-auto">
              {industries.map((i) => (
                <li key={i.value}>
                  <label className="flex items-start gap-2">
                    <input type="checkbox" name="industry" value={i.value} defaultChecked={chosen.industryCodes.includes(i.value)} className="mt-1 size-4 shrink-0" />
                    <span>
                      {i.label} <span className="text-sm text-muted">({t('companiesCount', { count: i.companies })})</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">{t('noIndustries')}</p>
          )}
        </fieldset>
        <fieldset className="rounded-md border border-zinc-300 p-3">
          <legend className="px-1 font-semibold">{t('bandsLegend')}</legend>
          {bands.length ? (
            <ul className="space-y-1">
              {bands.map((b) => (
                <li key={b.value}>
                  <label className="flex items-start gap-2">
                    <input type="checkbox" name="band" value={b.value} defaultChecked={chosen.employeesBands.includes(b.value)} className="mt-1 size-4 shrink-0" />
                    <span>
                      {b.value} <span className="text-sm text-muted">({t('companiesCount', { count: b.companies })})</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">{t('noBands')}</p>
          )}
        </fieldset>
      </div>
      <button type="submit" className={buttonClass.secondary}>
        {t('update')}
      </button>
    </form>
  );
}
