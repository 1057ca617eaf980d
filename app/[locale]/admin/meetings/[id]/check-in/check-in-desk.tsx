'use client';
// The door's check-in page on a phone: scan or find a person, one tap checks them in, the result
// is announced (aria-live) with an undo, and the count follows every phone at the door by polling
// the count route every few seconds.
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState, useTransition } from 'react';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';
import { buttonClass } from '@/app/_components/ui/button-styles';
import type { CheckInAnswer, CheckInCount } from '@/lib/attendees/check-in-answer';
import type { checkInPersonAction, checkInTicketAction, undoCheckInAction, walkInAction } from '@/lib/attendees/check-in-actions';
import { useClock } from './door-clock';
import { PersonSearch } from './person-search';
import { TicketScanner } from './ticket-scanner';
import { WalkInForm } from './walk-in-form';

export type DeskActions = {
  ticket: typeof checkInTicketAction;
  person: typeof checkInPersonAction;
  undo: typeof undoCheckInAction;
  walkIn: typeof walkInAction;
};

type Props = { meetingId: string; initialCount: CheckInCount; actions: DeskActions };

const POLL_MS = 3000;

export function CheckInDesk({ meetingId, initialCount, actions }: Props) {
  const t = useTranslations('tickets.door');
  const clock = useClock();
  const [count, setCount] = useState(initialCount);
  const [answer, setAnswer] = useState<CheckInAnswer | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, startTransition] = useTransition();
  const [searchVersion, setSearchVersion] = useState(0);
  const countUrl = `/api/admin/meetings/${meetingId}/check-in`;

  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      if (document.visibilityState !== 'visible') return;
      try {
        const response = await fetch(countUrl, { cache: 'no-store' });
        if (response.ok && !stopped) setCount((await response.json()).count);
      } catch {
        // Offline for a moment: the next poll tries again.
      }
    };
    const timer = setInterval(poll, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [countUrl]);

  const show = useCallback((result: { ok: true; data: CheckInAnswer } | { ok: false; error: string }) => {
    if (result.ok) {
      setFailed(null);
      setAnswer(result.data);
      setCount(result.data.count);
      setSearchVersion((v) => v + 1);
    } else {
      setAnswer(null);
      setFailed(result.error);
    }
  }, []);

  const onCode = useCallback(
    (code: string) => startTransition(async () => show(await actions.ticket({ meetingId, code }))),
    [actions, meetingId, show],
  );
  const walkedIn = useCallback((data: CheckInAnswer) => show({ ok: true, data }), [show]);
  const checkIn = (attendeeId: string) => startTransition(async () => show(await actions.person({ meetingId, attendeeId })));
  const undo = (attendeeId: string) => startTransition(async () => show(await actions.undo({ meetingId, attendeeId })));

  const who = (a: CheckInAnswer) => [a.person?.name || t('unnamed'), a.person?.company].filter(Boolean).join(', ');
  const tone =
    answer?.outcome === 'checked-in'
      ? 'border-green-800 bg-green-50 text-green-950'
      : answer?.outcome === 'invalid'
        ? 'border-red-800 bg-red-50 text-red-950'
        : 'border-amber-700 bg-amber-50 text-amber-950';

  return (
    <div className="space-y-8">
      <section aria-labelledby="door-count" className="rounded-md border border-zinc-300 p-4">
        <h2 id="door-count" className="text-sm font-semibold text-muted">{t('countLabel')}</h2>
        <p className="text-2xl font-bold" aria-live="off" data-testid="door-count">
          {t('count', { checkedIn: count.checkedIn, expected: count.expected })}
        </p>
        {count.checkedIn > count.expected ? <p className="text-sm">{t('overCapacity')}</p> : null}
      </section>

      <div aria-live="polite" aria-atomic="true" data-testid="door-result">
        {answer ? (
          <div className={`rounded-md border-2 p-4 ${tone}`}>
            <p className="text-xl font-bold">
              {answer.outcome === 'checked-in'
                ? t('resultIn', { who: who(answer) })
                : answer.outcome === 'already'
                  ? t('resultAlready', { time: answer.at ? clock(answer.at) : '', who: who(answer) })
                  : answer.outcome === 'undone'
                    ? t('resultUndone', { who: who(answer) })
                    : t('resultInvalid')}
            </p>
            {answer.outcome === 'invalid' ? <p className="mt-1">{t('resultInvalidHint')}</p> : null}
            {answer.outcome === 'checked-in' && answer.person ? (
              <button
                type="button"
                className={`${buttonClass.secondary} mt-3`}
                onClick={() => undo(answer.person!.id)}
                disabled={busy}
                aria-label={t('undoPerson', { name: who(answer) })}
              >
                {t('undo')}
              </button>
            ) : null}
          </div>
        ) : failed ? (
          <p className="rounded-md border-2 border-red-800 bg-red-50 p-4 font-bold text-red-950">
            {withRuntimeKeys(t).has(`messages.${failed}`) ? withRuntimeKeys(t)(`messages.${failed}`) : t('failed')}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="door-scan">
        <h2 id="door-scan" className="mb-3 text-xl font-bold">{t('scanTitle')}</h2>
        <TicketScanner onCode={onCode} busy={busy} />
      </section>

      <section aria-labelledby="door-find">
        <h2 id="door-find" className="mb-3 text-xl font-bold">{t('findTitle')}</h2>
        <PersonSearch searchUrl={countUrl} refresh={searchVersion} busy={busy} onCheckIn={checkIn} onUndo={undo} />
      </section>

      <section aria-labelledby="door-walk-in" className="rounded-md border border-zinc-300 p-4">
        <h2 id="door-walk-in" className="text-xl font-bold">{t('walkInTitle')}</h2>
        <p className="mb-4">{t('walkInIntro')}</p>
        <WalkInForm action={actions.walkIn} meetingId={meetingId} onDone={walkedIn} />
      </section>
    </div>
  );
}
