import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ConveneClient } from '../../client/createClient';
import { rescheduleMutation } from '../../client/simplymeet/manage';
import { eventTypeQuery } from '../../client/simplymeet/scheduling';
import { newIdempotencyKey } from '../../core/ids';
import { ErrorMessage } from '../../core/parts/ErrorMessage';
import { instantToZonedParts } from '../../core/time/zoned';
import type { Slot } from '../../vendors/simplymeet/availability';
import type { ManagedBooking } from '../../vendors/simplymeet/managedBooking';
import { AvailabilityPicker } from '../availability-picker/AvailabilityPicker';
import { ConflictSlots } from '../booking-form/ConflictSlots';
import { useBookingText } from './useBookingText';
import { useManageChange } from './useManageChange';

export interface RescheduleStepProps {
  booking: ManagedBooking;
  client: ConveneClient;
  timeZone: string;
  initialDate?: string | undefined;
  onDone: (booking: ManagedBooking) => void;
  onBack: () => void;
  /** The booking turned out to be cancelled meanwhile. */
  onCancelledMeanwhile: () => void;
}

/** The AvailabilityPicker on the booking's own event type and duration, opening on its day, then one confirm. */
export function RescheduleStep(props: RescheduleStepProps) {
  const { booking, client, timeZone } = props;
  const { t, time, span } = useBookingText();
  const eventType = useQuery(eventTypeQuery(client, booking.eventType.id));
  const durationId = eventType.data?.durations.find((d) => d.minutes === booking.durationMinutes)?.id;
  const [slot, setSlot] = useState<Slot | null>(null);
  // One key per intended move: a retry of the same slot replays, another slot is a new intent.
  const intent = useRef({ start: '', key: '' });
  const { mutation, refusal } = useManageChange(rescheduleMutation(client), booking, props);

  function confirm(chosen: Slot) {
    if (intent.current.start !== chosen.start)
      intent.current = { start: chosen.start, key: newIdempotencyKey() };
    mutation.mutate({ booking, slot: chosen, idempotencyKey: intent.current.key });
  }

  return (
    <section className="convene-manage-step" aria-labelledby="convene-manage-reschedule">
      <h2 id="convene-manage-reschedule">{t('manage.rescheduleTitle')}</h2>
      <p data-current-slot="">
        {t('manage.currentTime', { time: span(booking.start, booking.end, timeZone) })}
      </p>
      {eventType.data ? (
        <AvailabilityPicker
          eventTypeId={booking.eventType.id}
          durationId={durationId}
          fixedDuration
          timeZone={timeZone}
          value={slot}
          onChange={(next) => {
            mutation.reset();
            setSlot(next);
          }}
          initialDate={props.initialDate ?? instantToZonedParts(booking.start, timeZone).date}
        />
      ) : null}
      {refusal === 'slot_taken' && slot ? (
        <ConflictSlots
          eventTypeId={booking.eventType.id}
          durationId={durationId}
          taken={slot}
          disabled={mutation.isPending}
          onPick={(next) => {
            setSlot(next);
            confirm(next);
          }}
          onOtherDay={() => {
            mutation.reset();
            setSlot(null);
          }}
        />
      ) : refusal === 'other' || refusal === 'invalid_link' ? (
        <ErrorMessage
          error={mutation.error}
          text={refusal === 'invalid_link' ? t('manage.invalidLink') : undefined}
          onRetry={slot && refusal === 'other' ? () => confirm(slot) : undefined}
        />
      ) : null}
      <div className="convene-manage-actions">
        {slot && !refusal ? (
          <button
            type="button"
            className="convene-button"
            data-variant="primary"
            disabled={mutation.isPending}
            onClick={() => confirm(slot)}
          >
            {mutation.isPending
              ? t('manage.rescheduling')
              : t('manage.confirmReschedule', { time: time(slot.start, slot.timeZone) })}
          </button>
        ) : null}
        <button type="button" className="convene-button" onClick={props.onBack}>
          {t('manage.back')}
        </button>
      </div>
    </section>
  );
}
