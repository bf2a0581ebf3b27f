import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { eventOfManageToken } from '../../client/manageToken';
import { managedBookingQuery } from '../../client/simplymeet/manage';
import { useConvene } from '../../core/context';
import { createTranslator } from '../../core/i18n/catalog';
import { coreMessages } from '../../core/i18n/messages';
import { ErrorMessage } from '../../core/parts/ErrorMessage';
import { WidgetRoot } from '../../core/parts/WidgetRoot';
import type { ManagedBooking } from '../../vendors/simplymeet/managedBooking';
import { BookingFacts } from './BookingFacts';
import { CancelStep } from './CancelStep';
import { ManageActions } from './ManageActions';
import { ManageDone } from './ManageDone';
import { RescheduleStep } from './RescheduleStep';
import { refusalOf } from './refusal';
import { useBookingText } from './useBookingText';
import { useManageClient } from './useManageClient';
import './manageBooking.css';

export type ManageMode = 'view' | 'reschedule' | 'cancel';

export interface ManageBookingProps {
  /** The booking's manage token (from the booking answer, or minted by the host's backend for its e-mails). */
  token: string | undefined;
  /**
   * The event the host page expects (its own route's id). By default the one the token names; when
   * given, a token for another event is refused by the proxy and shown as an invalid link.
   */
  event?: number | undefined;
  /** Open straight on rescheduling or cancelling (the Booker's success screen does). */
  initialMode?: ManageMode | undefined;
  /** Zone times are shown and picked in; the provider's (the visitor's) by default. */
  timeZone?: string | undefined;
  /** "YYYY-MM-DD" the reschedule calendar opens on; the booking's own day by default. */
  initialDate?: string | undefined;
  onRescheduled?: ((booking: ManagedBooking) => void) | undefined;
  onCancelled?: ((booking: ManagedBooking) => void) | undefined;
}

type Step = ManageMode | 'done';

/** One booking, from its manage token: what it is, and rescheduling or cancelling it. */
export function ManageBooking(props: ManageBookingProps) {
  const { timeZone: visitorZone } = useConvene();
  const { t } = useBookingText();
  const { locale } = useConvene();
  const tc = useMemo(() => createTranslator(coreMessages, locale), [locale]);
  const client = useManageClient(props.token);
  const eventId = props.event ?? eventOfManageToken(props.token);
  const timeZone = props.timeZone ?? visitorZone;
  const [step, setStep] = useState<Step>(props.initialMode ?? 'view');
  const [changed, setChanged] = useState<ManagedBooking | null>(null);
  const headingId = useId();
  const viewHeading = useRef<HTMLHeadingElement>(null);
  const stepChanged = useRef(false);
  const booking = useQuery({ ...managedBookingQuery(client, eventId ?? 0), enabled: eventId !== undefined });

  // Back from a step: focus returns to the booking's heading, never on first render.
  useEffect(() => {
    if (!stepChanged.current || step !== 'view') return;
    stepChanged.current = false;
    viewHeading.current?.focus();
  });
  const go = useCallback((next: Step) => {
    stepChanged.current = true;
    setStep(next);
  }, []);
  const cancelledMeanwhile = useCallback(() => {
    void booking.refetch();
    go('view');
  }, [booking.refetch, go]);

  const { onRescheduled, onCancelled } = props;
  const finish = (updated: ManagedBooking) => {
    setChanged(updated);
    setStep('done');
    if (updated.status === 'cancelled') onCancelled?.(updated);
    else onRescheduled?.(updated);
  };

  let body: ReactNode;
  if (eventId === undefined || (booking.error && refusalOf(booking.error) === 'invalid_link')) {
    body = <ErrorMessage error={booking.error ?? 'invalid_token'} text={t('manage.invalidLink')} />;
  } else if (booking.error) {
    body = <ErrorMessage error={booking.error} onRetry={() => void booking.refetch()} />;
  } else if (!booking.data) {
    body = <p role="status">{tc('status.loading')}</p>;
  } else if (step === 'done' && changed) {
    body = <ManageDone booking={changed} timeZone={timeZone} />;
  } else if (step === 'reschedule' && booking.data.status === 'active') {
    body = (
      <RescheduleStep
        booking={booking.data}
        client={client}
        timeZone={timeZone}
        initialDate={props.initialDate}
        onDone={finish}
        onBack={() => go('view')}
        onCancelledMeanwhile={cancelledMeanwhile}
      />
    );
  } else if (step === 'cancel' && booking.data.status === 'active') {
    body = (
      <CancelStep
        booking={booking.data}
        client={client}
        onDone={finish}
        onBack={() => go('view')}
        onCancelledMeanwhile={cancelledMeanwhile}
      />
    );
  } else {
    const cancelled = booking.data.status === 'cancelled';
    body = (
      <section aria-labelledby={headingId}>
        <h2 id={headingId} ref={viewHeading} tabIndex={-1}>
          {t('manage.title')}
        </h2>
        <BookingFacts booking={booking.data} timeZone={timeZone} />
        {cancelled ? (
          <p className="convene-alert" role="status" data-tone="info">
            {t('manage.alreadyCancelled')}
          </p>
        ) : (
          <ManageActions onReschedule={() => go('reschedule')} onCancel={() => go('cancel')} />
        )}
      </section>
    );
  }

  return (
    <WidgetRoot
      widget="manage-booking"
      className="convene-manage"
      aria-busy={(eventId !== undefined && booking.isPending) || undefined}
    >
      {body}
    </WidgetRoot>
  );
}
