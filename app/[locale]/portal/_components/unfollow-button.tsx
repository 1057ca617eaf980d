'use client';
// Stops following one theme from the portal's list, then shows the list as saved.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { unfollowThemeAction } from '@/lib/themes/trail-actions';

export function UnfollowButton({ themeId, themeTitle, label }: { themeId: string; themeTitle: string; label: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className={buttonClass.secondary}
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await unfollowThemeAction({ themeId });
        router.refresh();
        setPending(false);
      }}
    >
      {label}
      <span className="sr-only">: {themeTitle}</span>
    </button>
  );
}
