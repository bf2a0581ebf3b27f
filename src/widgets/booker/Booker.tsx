import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BookedEvent } from '../../client/simplymeet/scheduling';
import { eventTypeQuery } from '../../client/simplymeet/scheduling';
import { useConvene } from '../../core/context';
import { createTranslator } from '../../core/i18n/catalog';
import { loadCatalogs } from '../../core/i18n/catalogStore';
import { coreMessages } from '../../core/i18n/messages';
import { ErrorMessage } from '../../core/parts/ErrorMessage';
import { LazyView } from '../../core/parts/LazyView';
import { WidgetRoot } from '../../core/parts/WidgetRoot';
import { formatTime } from '../../core/time/format';
import type { Slot } from '../../vendors/simplymeet/availability';
import type { ManagedBooking } from '../../vendors/simplymeet/managedBooking';
import { AvailabilityPicker } from '../availability-picker/AvailabilityPicker';
import type { BookingPrefill, LockableField } from '../booking-form/bookingFormState';
import { BookerHeader } from './BookerHeader';
import { LazyBookingForm, prefetchBookingForm } from './LazyBookingForm';
import { manageViews } from './LazyManageViews';
import { bookerMessages } from './messages';
import './booker.css';

export interface BookerProps {
  /** SimplyMeet event type id. */
  eventType: number;
  onBooked?: ((booking: BookedEvent) => void) | undefined;
  /** Zone times are shown in (controlled); by default the event type decides (`isLocalized`). */
  timeZone?: string | undefined;
  onTimeZoneChange?: ((timeZone: string) => void) | undefined;
  /** Prefill of the form (name, email, phone, answers by question id) and which of those are locked. */
  defaultValues?: BookingPrefill | undefined;
  readOnlyFields?: readonly LockableField[] | undefined;
  /** "YYYY-MM" to open on; the first month with free times otherwise. */
  initialMonth?: string | undefined;
  /** "YYYY-MM-DD" to open on, its times listed; wins over `initialMonth`. */
  initialDate?: string | undefined;
  /** Minutes: which duration of a flexible event type is chosen first. */
  defaultDuration?: number | undefined;
  /** After a reschedule or cancel from the success screen. */
  onRescheduled?: ((booking: ManagedBooking) => void) | undefined;
  onCancelled?: ((booking: ManagedBooking) => void) | undefined;
}

type Step = 'pick' | 'details' | 'done';

const STEP_NUMBER = { pick: 1, details: 2 } as const;

/**
 * Picker and form as one flow: picking a time moves on to the details, "Back" returns with the pick and the
 * typed input intact (the form keeps its draft in sessionStorage), and a taken slot can be re-picked from
 * either the form's nearest free times or the calendar.
 */
export function Booker(props: BookerProps) {
  const { client, locale, hourCycle } = useConvene();
  const t = useMemo(() => createTranslator(bookerMessages, locale), [locale]);
  const tc = useMemo(() => createTranslator(coreMessages, locale), [locale]);
  const eventType = useQuery(eventTypeQuery(client, props.eventType));
  const [step, setStep] = useState<Step>('pick');
  const [slot, setSlot] = useState<Slot | null>(null);
  const [durationId, setDurationId] = useState<number | undefined>(undefined);
  const [chosenZone, setChosenZone] = useState<string | undefined>(undefined);
  // Reschedule or Cancel chosen on the success screen: the booking's manage view takes over.
  const [managing, setManaging] = useState<{ token: string; mode: 'reschedule' | 'cancel' } | null>(null);
  const [booked, setBooked] = useState<BookedEvent | null>(null);
  const stepRef = useRef<HTMLElement>(null);
  const stepChanged = useRef(false);

  useEffect(() => {
    prefetchBookingForm().catch(() => undefined); // a failure shows, with retry, if the form step opens
  }, []);

  // While the visitor fills in the form, the success screen's Reschedule and Cancel arrive, with their strings
  // in this language, so the confirmation shows them at once.
  useEffect(() => {
    if (step !== 'details') return;
    manageViews
      .prefetch()
      .then(() => loadCatalogs([locale.catalog]))
      .catch(() => undefined); // a failure shows, with retry, on the success screen
  }, [step, locale.catalog]);

  // Moving between steps replaces most of the widget: put focus at the start of the new step, never on mount.
  useEffect(() => {
    if (!stepChanged.current) return;
    stepChanged.current = false;
    stepRef.current?.focus();
  });

  function go(next: Step) {
    stepChanged.current = true;
    setStep(next);
  }

  const zone = props.timeZone ?? chosenZone;
  const hostDurationId = eventType.data?.durations.find((d) => d.minutes === props.defaultDuration)?.id;
  const effectiveDurationId = durationId ?? hostDurationId ?? eventType.data?.durations[0]?.id;

  const loading = <p role="status">{tc('status.loading')}</p>;

  if (managing) {
    return (
      <LazyView
        module={manageViews}
        fallback={loading}
        render={({ ManageBooking }) => (
          <ManageBooking
            token={managing.token}
            initialMode={managing.mode}
            timeZone={zone}
            onRescheduled={props.onRescheduled}
            onCancelled={props.onCancelled}
          />
        )}
      />
    );
  }

  // The region's name says where the visitor is; on screen only "Step 1 of 2" shows, above the step's own heading.
  const stepName =
    step === 'done' ? undefined : t(step === 'pick' ? 'booker.stepPick' : 'booker.stepDetails');

  return (
    <WidgetRoot
      widget="booker"
      className="convene-booker"
      data-step={step}
      aria-busy={eventType.isPending || undefined}
    >
      {eventType.error ? (
        <ErrorMessage error={eventType.error} onRetry={() => void eventType.refetch()} />
      ) : !eventType.data ? (
        loading
      ) : (
        <div className="convene-booker-layout">
          <BookerHeader eventType={eventType.data} />
          <section
            ref={stepRef}
            className="convene-booker-step"
            data-step={step}
            tabIndex={-1}
            aria-label={stepName}
          >
            {step === 'done' ? null : (
              <p className="convene-booker-step-label" aria-hidden="true">
                {t('booker.stepCount', { step: STEP_NUMBER[step], total: 2 })}
              </p>
            )}
            {step === 'pick' || !slot ? (
              <>
                <AvailabilityPicker
                  eventTypeId={props.eventType}
                  durationId={durationId ?? hostDurationId}
                  onDurationChange={(next) => {
                    setDurationId(next);
                    setSlot(null);
                  }}
                  timeZone={zone}
                  onTimeZoneChange={(next) => {
                    setChosenZone(next);
                    props.onTimeZoneChange?.(next);
                  }}
                  value={slot}
                  onChange={(next) => {
                    setSlot(next);
                    if (next) go('details');
                  }}
                  initialMonth={props.initialMonth}
                  initialDate={props.initialDate}
                />
                {slot ? (
                  <button
                    type="button"
                    className="convene-button convene-booker-continue"
                    data-variant="primary"
                    onClick={() => go('details')}
                  >
                    {t('booker.continue', {
                      time: formatTime(slot.start, slot.timeZone, locale.intl, hourCycle ?? 'auto'),
                    })}
                  </button>
                ) : null}
              </>
            ) : (
              <LazyBookingForm
                fallback={loading}
                eventTypeId={props.eventType}
                slot={slot}
                durationId={effectiveDurationId}
                onSlotChange={setSlot}
                onBooked={(booking) => {
                  // The confirmation replaces the form in place (BookingForm keeps the result); no step counter.
                  setStep('done');
                  setBooked(booking);
                  props.onBooked?.(booking);
                }}
                defaultValues={props.defaultValues}
                readOnlyFields={props.readOnlyFields}
                onBack={() => go('pick')}
                onChooseAnotherDay={() => {
                  // The pick was taken: back on the calendar it must not look chosen nor offer "Continue".
                  setSlot(null);
                  go('pick');
                }}
              />
            )}
            {step === 'done' ? (
              // Next steps after booking (reschedule, cancel) belong here, under the confirmation.
              <div className="convene-booker-next-steps" data-slot="next-steps">
                {booked ? (
                  <LazyView
                    module={manageViews}
                    fallback={loading}
                    render={({ BookingSuccessActions }) => (
                      <BookingSuccessActions
                        booking={booked}
                        onChoose={(mode, token) => setManaging({ token, mode })}
                      />
                    )}
                  />
                ) : null}
              </div>
            ) : null}
          </section>
        </div>
      )}
    </WidgetRoot>
  );
}
