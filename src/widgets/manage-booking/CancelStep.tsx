import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import type { ConveneClient } from '../../client/createClient';
import { cancelMutation } from '../../client/simplymeet/manage';
import { cancellationPolicyQuery } from '../../client/simplymeet/scheduling';
import { useConvene } from '../../core/context';
import { newIdempotencyKey } from '../../core/ids';
import { ErrorMessage } from '../../core/parts/ErrorMessage';
import type { ManagedBooking } from '../../vendors/simplymeet/managedBooking';
import { useBookingText } from './useBookingText';
import { useManageChange } from './useManageChange';

export interface CancelStepProps {
  booking: ManagedBooking;
  client: ConveneClient;
  onDone: (booking: ManagedBooking) => void;
  onBack: () => void;
  onCancelledMeanwhile: () => void;
}

/** Hours as the policy states them, rounded up so "less than 24 hours" never undersells the period. */
const hoursOf = (minutes: number) => Math.ceil(minutes / 60);

/** An optional reason, the policy's own text, and a warning when the booking is inside its period. */
export function CancelStep(props: CancelStepProps) {
  const { booking, client } = props;
  const { client: publicClient } = useConvene();
  const { t } = useBookingText();
  const reasonId = useId();
  const hintId = useId();
  const [reason, setReason] = useState('');
  const key = useRef(newIdempotencyKey());
  const policy = useQuery(cancellationPolicyQuery(publicClient));
  const period = policy.data?.periodMinutes;
  const inside =
    period !== undefined && period > 0 && Date.parse(booking.start) - Date.now() < period * 60_000;
  const { mutation, refusal } = useManageChange(cancelMutation(client), booking, props);

  return (
    <section className="convene-manage-step" aria-labelledby="convene-manage-cancel">
      <h2 id="convene-manage-cancel">{t('manage.cancelTitle')}</h2>
      {policy.data ? (
        <section className="convene-manage-policy" aria-label={t('manage.policyTitle')}>
          <h3>{t('manage.policyTitle')}</h3>
          <p>{policy.data.text}</p>
        </section>
      ) : null}
      {inside ? (
        <div className="convene-alert" role="note" data-tone="warning" data-inside-policy="">
          <p className="convene-alert-text">{t('manage.insidePolicy', { hours: hoursOf(period) })}</p>
        </div>
      ) : null}
      <div className="convene-form-field">
        <label className="convene-form-label" htmlFor={reasonId}>
          {t('manage.reason')}
        </label>
        <textarea
          id={reasonId}
          aria-describedby={hintId}
          maxLength={1000}
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <p id={hintId} className="convene-form-hint">
          {t('manage.reasonHint')}
        </p>
      </div>
      {refusal === 'other' || refusal === 'invalid_link' || refusal === 'slot_taken' ? (
        <ErrorMessage
          error={mutation.error}
          text={refusal === 'invalid_link' ? t('manage.invalidLink') : undefined}
        />
      ) : null}
      <div className="convene-manage-actions">
        <button
          type="button"
          className="convene-button"
          data-variant="danger"
          disabled={mutation.isPending}
          onClick={() => mutation.mutate({ booking, reason, idempotencyKey: key.current })}
        >
          {mutation.isPending ? t('manage.cancelling') : t('manage.confirmCancel')}
        </button>
        <button type="button" className="convene-button" onClick={props.onBack}>
          {t('manage.keep')}
        </button>
      </div>
    </section>
  );
}
