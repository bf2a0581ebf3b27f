import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import { type PollVote, pollQuery } from '../../client/simplymeet/polls';
import { useConvene } from '../../core/context';
import { asConveneError } from '../../core/errors';
import { createTranslator } from '../../core/i18n/catalog';
import { ErrorMessage } from '../../core/parts/ErrorMessage';
import { TimeZoneSelect } from '../../core/parts/TimeZoneSelect';
import { WidgetRoot } from '../../core/parts/WidgetRoot';
import { useControllableState } from '../../core/useControllableState';
import { useFocusAfterRender } from '../../core/useFocusAfterRender';
import { useSessionDraft } from '../../core/useSessionDraft';
import { pollVoterMessages } from './messages';
import { type Answer, MANY, PollOptionsList } from './PollOptionsList';
import { PollVoterNames } from './PollVoterNames';
import { PollVoteSummary } from './PollVoteSummary';
import { COMMENT_MAX, EMAIL } from './pollText';
import { usePollVote } from './usePollVote';
import './pollVoter.css';

export interface PollVoterProps {
  /** SimplyMeet poll id. */
  poll: number;
  onVoted?: ((vote: PollVote) => void) | undefined;
  /** Zone the options are shown in (controlled); the provider's (the visitor's) by default. */
  timeZone?: string | undefined;
  onTimeZoneChange?: ((timeZone: string) => void) | undefined;
  /** Prefill for a signed-in visitor. */
  defaultEmail?: string | undefined;
}

interface Draft {
  answers: Record<string, Answer>;
  email: string;
  comment: string;
}

/** A meeting poll: mark the times that work, leave an email and a comment, see the tally where the poll shows it. */
export function PollVoter(props: PollVoterProps) {
  const { client, locale, hourCycle, timeZone: visitorZone } = useConvene();
  const t = useMemo(() => createTranslator(pollVoterMessages, locale), [locale]);
  const id = useId();
  const poll = useQuery(pollQuery(client, props.poll));
  const [timeZone, setTimeZone] = useControllableState({
    value: props.timeZone,
    defaultValue: visitorZone,
    onChange: props.onTimeZoneChange,
  });
  // Kept across reloads until the vote is in: nothing typed is lost to an error or a closed tab.
  const [draft, setDraft, clearDraft] = useSessionDraft<Draft>(`convene:poll:${props.poll}`, {
    answers: {},
    email: props.defaultEmail ?? '',
    comment: '',
  });
  const [tried, setTried] = useState(false);
  const [sent, setSent] = useState<PollVote | null>(null);
  // "None of these work" can be taken back: the answers it replaced.
  const [beforeNone, setBeforeNone] = useState<Record<string, Answer> | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const pickErrorRef = useRef<HTMLParagraphElement>(null);
  const noneNoteRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const { submit, mutation } = usePollVote(props.poll, (vote) => {
    clearDraft();
    setSent(vote);
    props.onVoted?.(vote);
  });

  if (poll.isPending) {
    return (
      <WidgetRoot widget="poll-voter" aria-busy="true">
        <p className="convene-poll-loading" role="status">
          {t('poll.loading')}
        </p>
      </WidgetRoot>
    );
  }
  if (poll.isError) {
    const code = asConveneError(poll.error).code;
    const gone = code === 'not_found' || code === 'invalid_request';
    return (
      <WidgetRoot widget="poll-voter">
        <ErrorMessage
          error={poll.error}
          text={gone ? t('poll.missing') : undefined}
          onRetry={gone ? undefined : () => void poll.refetch()}
        />
      </WidgetRoot>
    );
  }

  const data = poll.data;
  const fmt = hourCycle ?? 'auto';
  const yes = data.options.filter((option) => draft.answers[option.id] === 'yes').map((option) => option.id);
  const answered = data.options.filter((option) => draft.answers[option.id]).length;
  const emailError = !draft.email.trim()
    ? t('poll.emailRequired')
    : EMAIL.test(draft.email.trim())
      ? undefined
      : t('poll.emailInvalid');
  const allNo = data.options.length > 0 && data.options.every((option) => draft.answers[option.id] === 'no');
  const pickError = yes.length === 0 ? t('poll.pickOne') : undefined;
  const sending = mutation.isPending;
  const failure = mutation.error ? asConveneError(mutation.error) : undefined;
  const reason = (failure?.details as { reason?: string } | undefined)?.reason;

  const update = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  // One builder for the first try and "Try again": the same vote keeps its idempotency key.
  const sendVote = () =>
    submit({
      uuid: data.uuid,
      optionIds: yes,
      email: draft.email,
      comment: draft.comment.slice(0, COMMENT_MAX),
    });
  // Every problem shows at once; focus goes to the first one on the page, on every try.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (allNo) return focusAfterRender(() => noneNoteRef.current);
    if (pickError) return focusAfterRender(() => pickErrorRef.current);
    if (emailError) return focusAfterRender(() => emailRef.current);
    sendVote();
  };
  const markNoneWork = () => {
    if (!allNo) setBeforeNone(draft.answers);
    update({ answers: Object.fromEntries(data.options.map((option) => [option.id, 'no' as const])) });
    // Said at once, where the voter is: this poll cannot send "none", and what to do instead.
    focusAfterRender(() => noneNoteRef.current);
  };
  const undoNoneWork = () => {
    update({ answers: beforeNone ?? {} });
    setBeforeNone(null);
    focusAfterRender(() =>
      formRef.current?.querySelector<HTMLInputElement>('.convene-poll-option input[type="radio"]'),
    );
  };
  // With many options the voter's place is easy to lose: jump to the first time not answered yet.
  const focusNextUnanswered = () =>
    formRef.current
      ?.querySelector<HTMLInputElement>('[data-answer="unanswered"] input[type="radio"]')
      ?.focus();

  const header = (
    <header className="convene-poll-header">
      <h2 className="convene-poll-title">{data.name}</h2>
      <p className="convene-poll-meta">
        {data.hostName ? <span>{t('poll.host', { name: data.hostName })}</span> : null}
        <span>{t('poll.duration', { minutes: data.durationMinutes })}</span>
        {data.voterCount !== undefined ? <span>{t('poll.voters', { count: data.voterCount })}</span> : null}
      </p>
    </header>
  );

  if (sent) {
    return (
      <WidgetRoot widget="poll-voter" data-state="voted">
        {header}
        <PollVoteSummary
          poll={data}
          vote={sent}
          timeZone={timeZone}
          locale={locale.intl}
          hourCycle={fmt}
          t={t}
        />
      </WidgetRoot>
    );
  }

  if (data.closed) {
    return (
      <WidgetRoot widget="poll-voter" data-state="closed">
        {header}
        <p className="convene-alert" role="status" data-tone="info">
          {t('poll.closed')}
        </p>
      </WidgetRoot>
    );
  }

  return (
    <WidgetRoot widget="poll-voter">
      {header}
      <form
        ref={formRef}
        className="convene-poll-form"
        noValidate
        onSubmit={onSubmit}
        aria-describedby={`${id}-instructions`}
      >
        <div className="convene-poll-toolbar">
          <p id={`${id}-instructions`}>{t('poll.instructions')}</p>
          <TimeZoneSelect value={timeZone} onChange={setTimeZone} />
        </div>
        <PollOptionsList
          poll={data}
          answers={draft.answers}
          onAnswer={(optionId, answer) => update({ answers: { ...draft.answers, [optionId]: answer } })}
          timeZone={timeZone}
          locale={locale.intl}
          hourCycle={fmt}
          t={t}
          disabled={sending}
        />
        <PollVoterNames poll={data} timeZone={timeZone} locale={locale.intl} hourCycle={fmt} t={t} />
        <div className="convene-poll-progress" data-sticky={data.options.length >= MANY ? '' : undefined}>
          <p aria-live="polite">{t('poll.answered', { answered, total: data.options.length })}</p>
          {data.options.length >= MANY && answered < data.options.length ? (
            <button
              type="button"
              className="convene-button"
              data-variant="secondary"
              onClick={focusNextUnanswered}
            >
              {t('poll.nextUnanswered')}
            </button>
          ) : null}
          <button
            type="button"
            className="convene-button"
            data-variant="secondary"
            disabled={sending}
            onClick={markNoneWork}
          >
            {t('poll.noneWork')}
          </button>
        </div>
        {allNo ? (
          <div ref={noneNoteRef} className="convene-alert" data-tone="info" tabIndex={-1}>
            <p className="convene-alert-text">{t('poll.noneWorkNote')}</p>
            <button type="button" className="convene-button" onClick={undoNoneWork}>
              {t('poll.undoNoneWork')}
            </button>
          </div>
        ) : tried && pickError ? (
          <p ref={pickErrorRef} className="convene-form-error" tabIndex={-1}>
            {pickError}
          </p>
        ) : null}
        <div className="convene-form-field" data-invalid={tried && emailError ? '' : undefined}>
          <label className="convene-form-label" htmlFor={`${id}-email`}>
            {t('poll.email')}
          </label>
          <input
            ref={emailRef}
            id={`${id}-email`}
            className="convene-form-input"
            type="email"
            autoComplete="email"
            required
            aria-invalid={tried && emailError ? true : undefined}
            aria-describedby={tried && emailError ? `${id}-email-error` : undefined}
            value={draft.email}
            onChange={(event) => update({ email: event.target.value })}
          />
          {tried && emailError ? (
            <p id={`${id}-email-error`} className="convene-form-error">
              {emailError}
            </p>
          ) : null}
        </div>
        <div className="convene-form-field">
          <label className="convene-form-label" htmlFor={`${id}-comment`}>
            {t('poll.comment')} <span className="convene-form-optional">{t('poll.optional')}</span>
          </label>
          <textarea
            id={`${id}-comment`}
            className="convene-form-input"
            rows={3}
            maxLength={COMMENT_MAX}
            aria-describedby={`${id}-comment-count`}
            value={draft.comment}
            onChange={(event) => update({ comment: event.target.value })}
          />
          <p id={`${id}-comment-count`} className="convene-form-hint">
            {t('poll.commentCount', { count: draft.comment.length, max: COMMENT_MAX })}
          </p>
        </div>
        {data.comments.length > 0 ? (
          <section className="convene-poll-comments" aria-labelledby={`${id}-comments`}>
            <h3 id={`${id}-comments`}>{t('poll.comments')}</h3>
            <ul>
              {data.comments.map((comment, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: comments have no ids and do not reorder within a render
                <li key={index}>{comment}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {failure ? (
          <ErrorMessage
            error={failure}
            text={
              reason === 'already_voted'
                ? t('poll.alreadyVoted')
                : reason === 'poll_closed'
                  ? t('poll.closed')
                  : undefined
            }
            onRetry={reason ? undefined : sendVote}
          />
        ) : null}
        <button type="submit" className="convene-button" data-variant="primary" disabled={sending}>
          {sending ? t('poll.sending') : t('poll.submit')}
        </button>
      </form>
    </WidgetRoot>
  );
}
