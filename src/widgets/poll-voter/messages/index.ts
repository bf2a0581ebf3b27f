import type { Catalogs } from '../../../core/i18n/catalog';
import { en, type PollVoterMessageKey } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const pollVoterMessages: Catalogs<PollVoterMessageKey> = { en, nl, fr };
export type { PollVoterMessageKey };
