import { lazyCatalogs } from '../../../core/i18n/catalogStore';
import { en, type PollVoterMessageKey } from './en';

// English ships inline; Dutch and French are chunks of their own, fetched the first time a visitor needs them.
export const pollVoterMessages = lazyCatalogs<PollVoterMessageKey>(en, {
  nl: () => import('./nl').then((module) => module.nl),
  fr: () => import('./fr').then((module) => module.fr),
});
export type { PollVoterMessageKey };
