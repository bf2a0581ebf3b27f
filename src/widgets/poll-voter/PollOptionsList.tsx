import type { CSSProperties } from 'react';
import type { Translate } from '../../core/i18n/catalog';
import type { HourCycle } from '../../core/time/format';
import type { Poll } from '../../vendors/simplymeet/polls';
import type { PollVoterMessageKey } from './messages';
import { type OptionText, optionText } from './pollText';

export type Answer = 'yes' | 'no';

export interface PollOptionsListProps {
  poll: Poll;
  answers: Record<string, Answer>;
  onAnswer: (optionId: number, answer: Answer) => void;
  timeZone: string;
  locale: string;
  hourCycle: HourCycle;
  t: Translate<PollVoterMessageKey>;
  disabled: boolean;
}

/** From this many options on, the list packs days side by side on wide screens and adds a heat map. */
export const MANY = 20;

/** The options grouped by day in the voter's zone, each a labelled yes/no radio pair (unanswered until chosen). */
export function PollOptionsList({
  poll,
  answers,
  onAnswer,
  timeZone,
  locale,
  hourCycle,
  t,
  disabled,
}: PollOptionsListProps) {
  const texts = poll.options.map((option) => ({
    option,
    text: optionText(option, timeZone, locale, hourCycle),
  }));
  const days = new Map<string, typeof texts>();
  for (const entry of texts) days.set(entry.text.date, [...(days.get(entry.text.date) ?? []), entry]);
  const most = Math.max(1, ...poll.options.map((option) => option.votes ?? 0));
  const many = poll.options.length >= MANY;

  return (
    <>
      {many && poll.votesVisible ? <HeatMap texts={texts} most={most} t={t} /> : null}
      <div className="convene-poll-days" data-compact={many ? '' : undefined}>
        {[...days.entries()].map(([date, entries]) => (
          <section
            key={date}
            className="convene-poll-day"
            aria-labelledby={`convene-poll-day-${poll.id}-${date}`}
          >
            <h3 id={`convene-poll-day-${poll.id}-${date}`} className="convene-poll-day-title">
              {entries[0]?.text.day}
            </h3>
            <ul className="convene-poll-options">
              {entries.map(({ option, text }) => {
                const label = t('poll.option', { day: text.day, start: text.start, end: text.end });
                const answer = answers[option.id];
                const name = `convene-poll-${poll.id}-${option.id}`;
                return (
                  <li
                    key={option.id}
                    className="convene-poll-option"
                    data-answer={answer ?? 'unanswered'}
                    data-best={poll.bestOptionIds.includes(option.id) ? '' : undefined}
                    style={{ '--convene-poll-share': String((option.votes ?? 0) / most) } as CSSProperties}
                  >
                    <div role="radiogroup" aria-label={label} className="convene-poll-choice">
                      <span className="convene-poll-time" aria-hidden="true">
                        {text.start}–{text.end}
                      </span>
                      <label className="convene-poll-radio" data-kind="yes">
                        <input
                          type="radio"
                          name={name}
                          checked={answer === 'yes'}
                          disabled={disabled}
                          onChange={() => onAnswer(option.id, 'yes')}
                        />
                        {t('poll.yes')}
                      </label>
                      <label className="convene-poll-radio" data-kind="no">
                        <input
                          type="radio"
                          name={name}
                          checked={answer === 'no'}
                          disabled={disabled}
                          onChange={() => onAnswer(option.id, 'no')}
                        />
                        {t('poll.no')}
                      </label>
                      {answer ? null : (
                        <span className="convene-visually-hidden">{t('poll.unanswered')}</span>
                      )}
                    </div>
                    <OptionDetails poll={poll} optionId={option.id} text={text} t={t} />
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}

function OptionDetails({
  poll,
  optionId,
  text,
  t,
}: {
  poll: Poll;
  optionId: number;
  text: OptionText;
  t: Translate<PollVoterMessageKey>;
}) {
  const option = poll.options.find((o) => o.id === optionId);
  return (
    <div className="convene-poll-details">
      {text.hostDay ? (
        <p className="convene-poll-moved">{t('poll.movedDay', { date: text.hostDay })}</p>
      ) : null}
      {option?.votes !== undefined ? (
        <div className="convene-poll-tally">
          {poll.bestOptionIds.includes(optionId) ? (
            <strong className="convene-poll-best">
              <span aria-hidden="true">★ </span>
              {t('poll.best')}
            </strong>
          ) : null}
          {t('poll.votes', { count: option.votes })}
        </div>
      ) : null}
    </div>
  );
}

/** One cell per option in time order, darker for more votes: the shape of the whole poll at a glance. */
function HeatMap({
  texts,
  most,
  t,
}: {
  texts: { option: Poll['options'][number]; text: OptionText }[];
  most: number;
  t: Translate<PollVoterMessageKey>;
}) {
  return (
    <figure className="convene-poll-heatmap" aria-labelledby="convene-poll-heatmap-caption">
      <figcaption id="convene-poll-heatmap-caption">{t('poll.heatmap')}</figcaption>
      <ol>
        {texts.map(({ option, text }) => (
          <li
            key={option.id}
            title={`${text.day} ${text.start}: ${t('poll.votes', { count: option.votes ?? 0 })}`}
            style={{ '--convene-poll-share': String((option.votes ?? 0) / most) } as CSSProperties}
          >
            <span className="convene-visually-hidden">
              {text.day} {text.start}: {t('poll.votes', { count: option.votes ?? 0 })}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
