import type { Catalogs } from '../../../core/i18n/catalog';
import { type BookerMessageKey, en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const bookerMessages: Catalogs<BookerMessageKey> = { en, nl, fr };
export type { BookerMessageKey };
