import type { Catalogs } from '../../i18n/catalog';
import { en, type TimeZoneMessageKey } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const timeZoneMessages: Catalogs<TimeZoneMessageKey> = { en, nl, fr };
export type { TimeZoneMessageKey };
