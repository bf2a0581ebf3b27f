import { useMemo } from 'react';
import { useConvene } from '../../core/context';
import { createTranslator } from '../../core/i18n/catalog';
import type { CancellationPolicy } from '../../vendors/simplymeet/cancellationPolicy';
import type { EventType } from '../../vendors/simplymeet/eventType';
import {
  type BookingFormValues,
  type FieldError,
  type FieldId,
  fieldDomId,
  LOCATION_TYPES_WITH_TEXT,
  type LockableField,
} from './bookingFormState';
import { describedBy, FieldShell } from './FieldShell';
import { locationTypeName } from './locationName';
import { type BookingFormMessageKey, bookingFormMessages } from './messages';
import { QuestionField } from './QuestionField';

export interface BookingFormFieldsProps {
  formId: string;
  eventType: EventType;
  policy: CancellationPolicy | null;
  values: BookingFormValues;
  locked: readonly LockableField[];
  errors: readonly FieldError[];
  onChange: (values: BookingFormValues) => void;
}

/** Fields that are a choice or a tick box say "choose"/"tick" instead of "fill in". */
function requiredKey(field: FieldId, eventType: EventType): BookingFormMessageKey {
  if (field === 'acceptedPolicy') return 'form.error.requiredCheck';
  if (field === 'locationType') return 'form.error.requiredChoice';
  if (field.startsWith('question:')) {
    const kind = eventType.questions.find((q) => `question:${q.id}` === field)?.kind;
    if (kind === 'checkbox') return 'form.error.requiredCheck';
    if (kind === 'select' || kind === 'radio' || kind === 'checkboxes') return 'form.error.requiredChoice';
  }
  return 'form.error.required';
}

/** Every input of the booking form in the event type's order: who, phone, questions, location, guests, policy. */
export function BookingFormFields({
  formId,
  eventType,
  policy,
  values,
  locked,
  errors,
  onChange,
}: BookingFormFieldsProps) {
  const { locale } = useConvene();
  const t = useMemo(() => createTranslator(bookingFormMessages, locale), [locale]);
  const id = (field: FieldId) => fieldDomId(formId, field);
  const errorOf = (field: FieldId): string | undefined => {
    const error = errors.find((candidate) => candidate.field === field);
    if (!error) return undefined;
    return t(
      error.problem === 'required' ? requiredKey(field, eventType) : (`form.error.${error.problem}` as const),
    );
  };
  const inputProps = (field: FieldId, hint = false) => {
    const error = errorOf(field);
    return {
      id: id(field),
      className: 'convene-form-input',
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy(id(field), hint, Boolean(error)),
    };
  };
  const set = (patch: Partial<BookingFormValues>) => onChange({ ...values, ...patch });
  const isLocked = (field: LockableField) => locked.includes(field);

  return (
    <>
      <FieldShell id={id('fullName')} label={t('form.fullName')} error={errorOf('fullName')}>
        <input
          {...inputProps('fullName')}
          type="text"
          autoComplete="name"
          aria-required
          readOnly={isLocked('fullName')}
          value={values.fullName}
          onChange={(event) => set({ fullName: event.target.value })}
        />
      </FieldShell>
      <FieldShell id={id('email')} label={t('form.email')} error={errorOf('email')}>
        <input
          {...inputProps('email')}
          type="email"
          autoComplete="email"
          aria-required
          readOnly={isLocked('email')}
          value={values.email}
          onChange={(event) => set({ email: event.target.value })}
        />
      </FieldShell>
      {eventType.phone === 'hidden' ? null : (
        <FieldShell
          id={id('phoneNumber')}
          label={t('form.phone')}
          optionalText={eventType.phone === 'optional' ? t('form.optional') : undefined}
          error={errorOf('phoneNumber')}
        >
          <input
            {...inputProps('phoneNumber')}
            type="tel"
            autoComplete="tel"
            aria-required={eventType.phone === 'required' || undefined}
            readOnly={isLocked('phoneNumber')}
            value={values.phoneNumber}
            onChange={(event) => set({ phoneNumber: event.target.value })}
          />
        </FieldShell>
      )}
      {eventType.questions.map((question) => (
        <QuestionField
          key={question.id}
          id={id(`question:${question.id}`)}
          question={question}
          value={values.answers[question.id]}
          onChange={(answer) => set({ answers: { ...values.answers, [question.id]: answer } })}
          error={errorOf(`question:${question.id}`)}
          readOnly={isLocked(`question:${question.id}`)}
          optionalText={t('form.optional')}
          chooseText={t('form.choose')}
          yesText={t('form.checkboxYes')}
        />
      ))}
      {eventType.location.choices.length > 0 ? (
        <FieldShell
          id={id('locationType')}
          label={eventType.location.label || t('form.location')}
          error={errorOf('locationType')}
          group
        >
          <div className="convene-form-choices">
            {eventType.location.choices.map((choice) => (
              <label key={choice} className="convene-form-choice">
                <input
                  type="radio"
                  name={id('locationType')}
                  value={choice}
                  checked={values.locationType === choice}
                  onChange={() => set({ locationType: choice })}
                />
                {locationTypeName(choice, t)}
              </label>
            ))}
          </div>
        </FieldShell>
      ) : null}
      {LOCATION_TYPES_WITH_TEXT.has(values.locationType) && eventType.location.choices.length > 0 ? (
        <FieldShell id={id('location')} label={t('form.locationText')} error={errorOf('location')}>
          <input
            {...inputProps('location')}
            type="text"
            aria-required
            value={values.location}
            onChange={(event) => set({ location: event.target.value })}
          />
        </FieldShell>
      ) : null}
      <FieldShell
        id={id('guests')}
        label={t('form.guests')}
        optionalText={t('form.optional')}
        hint={t('form.guestsHint')}
        error={errorOf('guests')}
      >
        <input
          {...inputProps('guests', true)}
          type="text"
          autoComplete="off"
          value={values.guests}
          onChange={(event) => set({ guests: event.target.value })}
        />
      </FieldShell>
      {policy ? (
        <section className="convene-booking-policy" aria-labelledby={`${id('acceptedPolicy')}-title`}>
          <h3 id={`${id('acceptedPolicy')}-title`} className="convene-form-label">
            {t('form.policyTitle')}
          </h3>
          {policy.text ? <p>{policy.text}</p> : null}
          <div className="convene-form-field" data-invalid={errorOf('acceptedPolicy') ? '' : undefined}>
            <label className="convene-form-choice">
              <input
                id={id('acceptedPolicy')}
                type="checkbox"
                aria-required
                aria-invalid={errorOf('acceptedPolicy') ? true : undefined}
                aria-describedby={describedBy(
                  id('acceptedPolicy'),
                  false,
                  Boolean(errorOf('acceptedPolicy')),
                )}
                checked={values.acceptedPolicy}
                onChange={(event) => set({ acceptedPolicy: event.target.checked })}
              />
              {/* Assumption: the vendor's `label` is the acceptance sentence the host wrote (as the sandbox seeds it). */}
              {policy.label || t('form.policyAccept')}
            </label>
            {errorOf('acceptedPolicy') ? (
              <p id={`${id('acceptedPolicy')}-error`} className="convene-form-error">
                {errorOf('acceptedPolicy')}
              </p>
            ) : null}
          </div>
        </section>
      ) : null}
    </>
  );
}
