'use client';
// A message area for the outcome of actions whose own button disappears when they succeed
// (deleting, deactivating, withdrawing): the page keeps showing and announcing the result.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { Notice } from '@/app/_components/ui/notice';
import { usePathname } from '@/lib/i18n/navigation';

const AnnounceContext = createContext<(text: string) => void>(() => {});

export function useAnnounce() {
  return useContext(AnnounceContext);
}

export function AdminAnnouncer({ children }: { children: ReactNode }) {
  const [text, setText] = useState('');
  const announce = useCallback((next: string) => setText(next), []);
  // The layout stays mounted across admin pages: a message belongs to the page it was said on.
  const pathname = usePathname();
  const [shownOn, setShownOn] = useState(pathname);
  if (shownOn !== pathname) {
    setShownOn(pathname);
    setText('');
  }
  return (
    <AnnounceContext.Provider value={announce}>
      <div aria-live="polite" className="empty:hidden mb-6">
        {text ? <Notice tone="success">{text}</Notice> : null}
      </div>
      {children}
    </AnnounceContext.Provider>
  );
}
