import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BookedEvent } from '../../client/simplymeet/scheduling';
import { eventTypeQuery } from '../../client/simplymeet/scheduling';
import { useConvene } from '../../core/context';
import { createTranslator } from '../../core/i18n/catalog';
import { coreMessages } from '../../core/i18n/messages';
import { ErrorMessage } from '../../core/parts/ErrorMessage';
import { WidgetRoot } from '../../core/parts/WidgetRoot';
import { formatTime } from '../../core/time/format';
import type { Slot } from '../../vendors/simplymeet/availability';
import { AvailabilityPicker } from '../availability-picker/AvailabilityPicker';
import type { BookingPrefill, LockableField } from '../booking-form/bookingFormState';
import { BookerHeader } from './BookerHeader';
import { LazyBookingForm, prefetchBookingForm } from './LazyBookingForm';
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
  const stepRef = useRef<HTMLElement>(null);
  const stepChanged = useRef(false);

  useEffect(() => {
    prefetchBookingForm().catch(() => undefined); // a failure shows, with retry, if the form step opens
  }, []);

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
  const effectiveDurationId = durationId ?? eventType.data?.durations[0]?.id;

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
        <p role="status">{tc('status.loading')}</p>
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
                  durationId={durationId}
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
                fallback={<p role="status">{tc('status.loading')}</p>}
                eventTypeId={props.eventType}
                slot={slot}
                durationId={effectiveDurationId}
                onSlotChange={setSlot}
                onBooked={(booking) => {
                  // The confirmation replaces the form in place (BookingForm keeps the result); no step counter.
                  setStep('done');
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
              <div className="convene-booker-next-steps" data-slot="next-steps" />
            ) : null}
          </section>
        </div>
      )}
    </WidgetRoot>
  );
}
