import type { Catalogs } from '../../../core/i18n/catalog';
import { en, type ManageMessageKey } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const manageMessages: Catalogs<ManageMessageKey> = { en, nl, fr };
export type { ManageMessageKey };
