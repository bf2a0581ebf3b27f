import type { Catalogs } from '../../../core/i18n/catalog';
import { en, type SchedulerMessageKey } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const schedulerMessages: Catalogs<SchedulerMessageKey> = { en, nl, fr };
export type { SchedulerMessageKey };
