import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import {
  type BookedEvent,
  cancellationPolicyQuery,
  eventTypeQuery,
} from '../../client/simplymeet/scheduling';
import { useConvene } from '../../core/context';
import { asConveneError } from '../../core/errors';
import { createTranslator } from '../../core/i18n/catalog';
import { coreMessages } from '../../core/i18n/messages';
import { ErrorMessage } from '../../core/parts/ErrorMessage';
import { WidgetRoot } from '../../core/parts/WidgetRoot';
import { useFocusAfterRender } from '../../core/useFocusAfterRender';
import { useSessionDraft } from '../../core/useSessionDraft';
import type { Slot } from '../../vendors/simplymeet/availability';
import { BookingFormFields } from './BookingFormFields';
import { BookingSuccess } from './BookingSuccess';
import {
  type BookingPrefill,
  emptyValues,
  fieldDomId,
  type LockableField,
  toBookingInput,
  validateBooking,
  withLockedFields,
} from './bookingFormState';
import { ConflictSlots } from './ConflictSlots';
import { bookingFormMessages } from './messages';
import { SlotSummary } from './SlotSummary';
import { useBookingSubmit } from './useBookingSubmit';
import './bookingForm.css';

export interface BookingFormProps {
  eventTypeId: number;
  /** The slot to book (from an AvailabilityPicker). */
  slot: Slot;
  /** For flexible event types: the duration (vendor id) the slot was listed for. */
  durationId?: number | undefined;
  /** Called when the visitor books another slot after theirs was taken (409). */
  onSlotChange?: ((slot: Slot) => void) | undefined;
  onBooked?: ((booking: BookedEvent) => void) | undefined;
  /** Prefill (name, email, phone, answers by question id). */
  defaultValues?: BookingPrefill | undefined;
  /** Prefilled fields the visitor cannot change. */
  readOnlyFields?: readonly LockableField[] | undefined;
  /** Shows a "Back to the calendar" button (the Booker uses it). */
  onBack?: (() => void) | undefined;
  /** After a 409: "Choose another day" (falls back to `onBack`); the Booker drops the taken pick here. */
  onChooseAnotherDay?: (() => void) | undefined;
  /** Hide the widget heading when a surrounding flow already has one. */
  hideTitle?: boolean | undefined;
}

const NO_LOCKS: readonly LockableField[] = [];

/** The visitor's details, the event type's questions, guests, location and policy; books the slot once. */
export function BookingForm(props: BookingFormProps) {
  const { eventTypeId, durationId, onSlotChange, onBooked, onBack } = props;
  const { client, locale } = useConvene();
  const t = useMemo(() => createTranslator(bookingFormMessages, locale), [locale]);
  const tc = useMemo(() => createTranslator(coreMessages, locale), [locale]);
  const formId = useId();

  const eventType = useQuery(eventTypeQuery(client, eventTypeId));
  const policy = useQuery(cancellationPolicyQuery(client));

  const prefill = props.defaultValues ?? {};
  const locked = props.readOnlyFields ?? NO_LOCKS;
  // Keyed by event type: a draft typed for one meeting is not offered on another's questions.
  const [draft, setDraft, clearDraft] = useSessionDraft(
    `convene:booking:${eventTypeId}`,
    emptyValues(prefill),
  );
  const values = withLockedFields(draft, prefill, locked);
  const [attempted, setAttempted] = useState(false);
  // Counts tries that stopped on errors: each one is announced anew, even with the very same errors.
  const [failedTries, setFailedTries] = useState(0);
  const focusAfterRender = useFocusAfterRender();
  const formRef = useRef<HTMLFormElement>(null);

  // After a 409 the visitor may book another slot here. The replacement belongs to the slot it replaced:
  // when the parent passes a new slot, that one wins.
  const [replacement, setReplacement] = useState<{ of: string; slot: Slot } | null>(null);
  const slot = replacement?.of === props.slot.start ? replacement.slot : props.slot;

  const { submit, mutation } = useBookingSubmit((booking) => {
    clearDraft();
    onBooked?.(booking);
  });

  const errors =
    attempted && eventType.data && policy.data !== undefined
      ? validateBooking(values, eventType.data, policy.data)
      : [];

  function book(target: Slot) {
    if (!eventType.data || policy.data === undefined) return;
    setAttempted(true);
    const [first] = validateBooking(values, eventType.data, policy.data);
    if (first) {
      setFailedTries((count) => count + 1);
      // Every try, not only the first: focus goes to the first invalid field, whose error it reads out.
      // Looked up in the form's own root: inside the embed's shadow root `document` cannot see the fields.
      focusAfterRender(() => {
        const root = formRef.current?.getRootNode() as Document | ShadowRoot | undefined;
        return root?.getElementById(fieldDomId(formId, first.field));
      });
      return;
    }
    submit({
      eventTypeId,
      slot: target,
      input: toBookingInput(values, eventType.data, policy.data),
      locale: locale.intl,
      durationId,
    });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    book(slot);
  }

  function bookInstead(next: Slot) {
    setReplacement({ of: props.slot.start, slot: next });
    onSlotChange?.(next);
    book(next);
  }

  if (mutation.isSuccess) {
    return (
      <WidgetRoot widget="booking-form" className="convene-booking-form">
        <BookingSuccess booking={mutation.data} slot={mutation.variables.slot} />
      </WidgetRoot>
    );
  }

  const loadError = eventType.error ?? policy.error;
  const loading = !loadError && (eventType.isPending || policy.isPending);
  const sending = mutation.isPending;
  const failure = mutation.isError ? asConveneError(mutation.error) : null;

  return (
    <WidgetRoot
      widget="booking-form"
      className="convene-booking-form"
      aria-busy={loading || sending || undefined}
    >
      {props.hideTitle ? null : <h2 className="convene-booking-form-title">{t('form.title')}</h2>}
      <SlotSummary slot={slot} />
      {loadError ? (
        <ErrorMessage
          error={loadError}
          text={eventType.error ? undefined : t('form.policyError')}
          onRetry={() => {
            void eventType.refetch();
            void policy.refetch();
          }}
        />
      ) : loading || !eventType.data || policy.data === undefined ? (
        <p role="status">{tc('status.loading')}</p>
      ) : (
        <form ref={formRef} className="convene-booking-form-body" noValidate onSubmit={onSubmit}>
          <BookingFormFields
            formId={formId}
            eventType={eventType.data}
            policy={policy.data}
            values={values}
            locked={locked}
            errors={errors}
            onChange={(next) => setDraft(next)}
          />
          {failure?.code === 'conflict' && mutation.variables ? (
            <ConflictSlots
              eventTypeId={eventTypeId}
              durationId={durationId}
              taken={mutation.variables.slot}
              disabled={sending}
              onPick={bookInstead}
              onOtherDay={props.onChooseAnotherDay ?? onBack}
            />
          ) : failure ? (
            <>
              <ErrorMessage error={failure} onRetry={() => book(slot)} />
              <p>{t('form.keptInput')}</p>
            </>
          ) : null}
          <p className="convene-visually-hidden" role="status">
            {/* A new node per try, so a screen reader reads it again even when the text is the same. */}
            {errors.length > 0 && failedTries > 0 ? (
              <span key={failedTries}>{t('form.errorsSummary', { count: errors.length })}</span>
            ) : null}
          </p>
          <div className="convene-booking-actions">
            {onBack ? (
              <button type="button" className="convene-button" onClick={onBack}>
                {t('form.back')}
              </button>
            ) : null}
            <button type="submit" className="convene-button" data-variant="primary" disabled={sending}>
              {sending ? t('form.sending') : t('form.submit')}
            </button>
          </div>
        </form>
      )}
    </WidgetRoot>
  );
}
