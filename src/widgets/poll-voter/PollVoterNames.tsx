import type { Translate } from '../../core/i18n/catalog';
import type { HourCycle } from '../../core/time/format';
import type { Poll } from '../../vendors/simplymeet/polls';
import type { PollVoterMessageKey } from './messages';
import { optionText } from './pollText';

export interface PollVoterNamesProps {
  poll: Poll;
  timeZone: string;
  locale: string;
  hourCycle: HourCycle;
  t: Translate<PollVoterMessageKey>;
}

/**
 * Who voted for which time, as one disclosure after the options: one per option put a tab stop
 * between the voter and every next time to answer.
 */
export function PollVoterNames({ poll, timeZone, locale, hourCycle, t }: PollVoterNamesProps) {
  const withVoters = poll.options.filter((option) => option.voters && option.voters.length > 0);
  if (withVoters.length === 0) return null;
  return (
    <details className="convene-poll-voters">
      <summary>{t('poll.whoVoted')}</summary>
      <dl>
        {withVoters.map((option) => {
          const text = optionText(option, timeZone, locale, hourCycle);
          return (
            <div key={option.id}>
              <dt>{t('poll.option', { day: text.day, start: text.start, end: text.end })}</dt>
              {option.voters?.map((voter, index) => (
                // Masked addresses can repeat ("a…@e….com"): the position keeps keys unique.
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is static for a render and has no ids
                <dd key={index}>{voter}</dd>
              ))}
            </div>
          );
        })}
      </dl>
    </details>
  );
}
