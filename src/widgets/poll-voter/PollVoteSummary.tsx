import { useEffect, useRef } from 'react';
import type { PollVote } from '../../client/simplymeet/polls';
import type { Translate } from '../../core/i18n/catalog';
import type { HourCycle } from '../../core/time/format';
import type { Poll } from '../../vendors/simplymeet/polls';
import type { PollVoterMessageKey } from './messages';
import { optionText } from './pollText';

export interface PollVoteSummaryProps {
  poll: Poll;
  vote: PollVote;
  timeZone: string;
  locale: string;
  hourCycle: HourCycle;
  t: Translate<PollVoterMessageKey>;
}

/** After the vendor accepted the vote: exactly what was sent, so the voter can check it. */
export function PollVoteSummary({ poll, vote, timeZone, locale, hourCycle, t }: PollVoteSummaryProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form that held focus is gone: the voter lands on the outcome, not on the page's <body>.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="convene-poll-success" role="status">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('poll.thanks')}
      </h3>
      <p>{t('poll.summary')}</p>
      <ul>
        {poll.options
          .filter((option) => vote.optionIds.includes(option.id))
          .map((option) => {
            const text = optionText(option, timeZone, locale, hourCycle);
            return (
              <li key={option.id}>{t('poll.option', { day: text.day, start: text.start, end: text.end })}</li>
            );
          })}
      </ul>
      <p>{t('poll.sentAs', { email: vote.email })}</p>
      {vote.comment ? <p>{t('poll.sentComment', { comment: vote.comment })}</p> : null}
    </div>
  );
}
