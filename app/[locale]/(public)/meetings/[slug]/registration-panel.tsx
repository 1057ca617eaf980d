'use client';
// The per-person part of a meeting page: register, see one's registration, cancel. A browser that
// may be signed in (the signed-in hint) asks a small route handler who is visiting, so the page
// around it stays static and cached; everyone else is shown the signed-out state from the cached
// page's own seat count, without a request. A visitor sent here after signing in (?register=1)
// sees the form ready and finishes with one click.
import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Suspense, useActionState, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { TextAreaField } from '@/app/_components/form/field';
import { ColleagueRows } from '@/app/_components/registrations/colleague-rows';
import { FormMessage } from '@/app/_components/form/form-message';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useSignedInHint } from '@/app/_components/session/use-signed-in-hint';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { CancelRegistrationStep } from '@/app/_components/registrations/cancel-registration-step';
import { Notice } from '@/app/_components/ui/notice';
import { idleState } from '@/lib/actions/form-state';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { cancelRegistrationAction, registerAction } from '@/lib/registrations/actions';
import { MAX_COLLEAGUES } from '@/lib/registrations/limits';
import { keptFields } from '@/app/_components/form/kept-fields';
import { registrationClosedReason, seatsLeft, type ClosedReason } from '@/lib/registrations/rules';
import { useFormAction } from '@/app/_components/form/use-form-action';
import { REGISTRATION_NOTE_MAX } from '@/lib/validation/limits';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';

type PanelState = {
  signedIn: boolean;
  canRegister: boolean;
  needsProfile: boolean;
  closedReason: 'notFound' | 'meetingCancelled' | 'meetingPast' | 'deadlinePassed' | null;
  cancellable: boolean;
  managesParty?: boolean;
  capacity: number | null;
  seatsLeft: number | null;
  waiting: number;
  own: { id: string; status: 'registered' | 'waitlisted' | 'attended'; colleagues: number; unnamed: number; note: string | null; position: number | null } | null;
};

/** What the cached page knows of the meeting: enough for a signed-out visitor's panel. */
export type PublicMeetingFacts = {
  startsAt: string;
  registrationDeadline: string | null;
  capacity: number | null;
  seatsTaken: number;
  waiting: number;
  /** Why registration was closed when the page was rendered (the client checks the clock again). */
  closedAtRender: ClosedReason | null;
};

type Props = { meetingId: string; facts: PublicMeetingFacts };

export function RegistrationPanel(props: Props) {
  const t = useTranslations('registration');
  return (
    <Suspense fallback={<p className="mt-3">{t('loading')}</p>}>
      <Panel {...props} />
    </Suspense>
  );
}

const noSubscription = () => () => {};

/** The signed-out panel, from the page: the server's render and hydration use the render's clock. */
function useSignedOutState(facts: PublicMeetingFacts): PanelState {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  return useMemo(() => ({
    signedIn: false,
    canRegister: false,
    needsProfile: false,
    closedReason: hydrated
      ? registrationClosedReason({ status: 'published', startsAt: new Date(facts.startsAt), registrationDeadline: facts.registrationDeadline ? new Date(facts.registrationDeadline) : null })
      : facts.closedAtRender,
    cancellable: false,
    capacity: facts.capacity,
    seatsLeft: seatsLeft(facts.capacity, facts.seatsTaken),
    waiting: facts.waiting,
    own: null,
  }), [hydrated, facts]);
}

function Panel({ meetingId, facts }: Props) {
  const t = useTranslations('registration');
  const locale = useLocale();
  const pathname = usePathname();
  const arrivedToRegister = useSearchParams().get('register') === '1';
  const hinted = useSignedInHint();
  const signedOutState = useSignedOutState(facts);
  const [fetched, setFetched] = useState<PanelState | null>(null);
  const [failed, setFailed] = useState(false);
  // The outcome of the last register/cancel, kept here because the form that caused it is
  // replaced by the new state.
  const [flash, setFlash] = useState<string | null>(null);

  const load = useCallback(() => {
    fetch(`/api/meetings/${meetingId}/registration`, { cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<PanelState>) : Promise.reject(new Error(String(r.status)))))
      .then((data) => {
        setFetched(data);
        setFailed(false);
      })
      .catch(() => setFailed(true));
  }, [meetingId]);

  useEffect(() => {
    if (hinted) load();
  }, [hinted, load]);
  const state = hinted ? fetched : signedOutState;

  const done = useCallback(
    (message: string | undefined) => {
      setFlash(message ?? null);
      load();
    },
    [load],
  );

  useEffect(() => {
    if (arrivedToRegister && state) document.getElementById('register')?.scrollIntoView({ block: 'start' });
  }, [arrivedToRegister, state]);

  // Where to come back to after signing in or completing the profile: this page, ready to register.
  const here = `${locale === 'da' ? '' : `/${locale}`}${pathname}?register=1`;

  if (failed) return <Notice tone="error">{t('loadFailed')}</Notice>;
  if (!state) return <p className="mt-3" aria-busy="true">{t('loading')}</p>;

  return (
    <div className="mt-3 space-y-4">
      <div aria-live="polite" className="empty:hidden">
        {flash ? <Notice tone="success">{withRuntimeKeys(t)(`messages.${flash}`)}</Notice> : null}
      </div>
      <p>{availabilityText(t, state)}</p>
      {state.own ? (
        <OwnRegistration state={state} meetingId={meetingId} onDone={done} />
      ) : state.closedReason ? (
        <p className="font-semibold">{t(`closed.${state.closedReason}`)}</p>
      ) : !state.signedIn ? (
        <>
          <p>{t('signInFirst')}</p>
          {/* Sign-in is rendered per request: not prefetched on every visit. */}
          <Link href={{ pathname: '/signin', query: { callbackUrl: here } }} prefetch={false} className={buttonClass.primary}>
            {t('register')}
          </Link>
        </>
      ) : !state.canRegister ? (
        <p>{t('notAllowed')}</p>
      ) : state.needsProfile ? (
        <>
          <p>{t('profileFirst')}</p>
          <Link href={{ pathname: '/portal/profile', query: { next: here } }} prefetch={false} className={buttonClass.primary}>
            {t('completeProfile')}
          </Link>
        </>
      ) : (
        <RegisterForm state={state} meetingId={meetingId} onDone={done} arrived={arrivedToRegister && !flash} />
      )}
    </div>
  );
}

function availabilityText(t: ReturnType<typeof useTranslations<'registration'>>, state: PanelState) {
  if (state.seatsLeft === null) return t('seats.unlimited');
  if (state.seatsLeft === 0 || state.waiting > 0) return t('seats.full', { waiting: state.waiting });
  return t('seats.left', { count: state.seatsLeft });
}

type Done = (message: string | undefined) => void;

function RegisterForm({ state, meetingId, onDone, arrived }: { state: PanelState; meetingId: string; onDone: Done; arrived: boolean }) {
  const t = useTranslations('registration');
  const [result, action] = useFormAction(registerAction);
  useEffect(() => {
    if (result.status === 'success') onDone(result.message);
  }, [result, onDone]);
  const { field } = keptFields(result);
  const full = state.seatsLeft === 0 || state.waiting > 0;
  return (
    <form action={action} noValidate className="max-w-xl">
      <div aria-live="polite" className="mb-4 empty:hidden">
        {result.status === 'error' ? <FormMessage state={result} namespace="registration.messages" /> : null}
      </div>
      {arrived && result.status === 'idle' ? <div className="mb-4"><Notice>{t('arrived')}</Notice></div> : null}
      {full ? <p className="mb-4">{t('willWaitlist')}</p> : null}
      <input type="hidden" name="meetingId" value={meetingId} />
      <TextAreaField
        label={t('note')}
        hint={t('noteHint')}
        {...field('note')}
        rows={3}
        maxLength={REGISTRATION_NOTE_MAX}
        optional
      />
      <ColleagueRows state={result} max={MAX_COLLEAGUES} />
      <SubmitButton pendingLabel={t('registering')}>{full ? t('joinWaitlist') : t('confirmRegistration')}</SubmitButton>
    </form>
  );
}

function OwnRegistration({ state, meetingId, onDone }: { state: PanelState; meetingId: string; onDone: Done }) {
  const t = useTranslations('registration');
  const [result, action] = useActionState(cancelRegistrationAction, idleState);
  useEffect(() => {
    if (result.status === 'success') onDone(result.message);
  }, [result, onDone]);
  const tp = useTranslations('party');
  const own = state.own!;
  return (
    <div className="space-y-3">
      <div aria-live="polite" className="empty:hidden">
        {result.status === 'error' ? <FormMessage state={result} namespace="registration.messages" /> : null}
      </div>
      <Notice tone={own.status === 'waitlisted' ? 'warning' : 'success'}>
        {own.status === 'registered'
          ? t('youAreRegistered', { count: own.colleagues })
          : own.status === 'waitlisted'
            ? t('youAreWaitlisted', { position: own.position ?? 1 })
            : t('youAttended')}
      </Notice>
      {own.note ? <p className="whitespace-pre-line">{t('yourNote', { note: own.note })}</p> : null}
      {own.unnamed > 0 ? <p>{tp('nameThem', { count: own.unnamed })}</p> : null}
      {own.status !== 'attended' && state.cancellable && state.managesParty ? (
        <p>
          <Link href={`/portal/registrations/${own.id}`} prefetch={false} className={buttonClass.link}>
            {tp('manageLink')}
          </Link>
        </p>
      ) : null}
      {own.status !== 'attended' && state.cancellable ? (
        <CancelRegistrationStep action={action} meetingId={meetingId} waitlisted={own.status === 'waitlisted'} layout="panel" />
      ) : null}
    </div>
  );
}
