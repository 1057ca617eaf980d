// A follow-up before it is sent: what it is for, a warning while the meeting is not yet held, who
// will receive it (the page's own lines), and the editor.
import type { ComponentProps, ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Notice } from '@/app/_components/ui/notice';
import { FollowupForm } from './followup-form';

type Props = {
  intro: string;
  held: boolean;
  /** Lines under the intro: the recipients, a link to the print view. */
  children: ReactNode;
  form: Omit<ComponentProps<typeof FollowupForm>, 'canDispatch'>;
};

export async function FollowupDraft({ intro, held, children, form }: Props) {
  const t = await getTranslations('followups');
  return (
    <>
      <div className="mb-6 space-y-3">
        <p className="max-w-3xl">{intro}</p>
        {held ? null : <Notice tone="warning">{t('overview.notHeld')}</Notice>}
        {children}
      </div>
      <FollowupForm {...form} canDispatch={held} />
    </>
  );
}
