import type { Catalogs } from '../../../core/i18n/catalog';
import { type BookingFormMessageKey, en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const bookingFormMessages: Catalogs<BookingFormMessageKey> = { en, nl, fr };
export type { BookingFormMessageKey };
