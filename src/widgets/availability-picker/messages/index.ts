import type { Catalogs } from '../../../core/i18n/catalog';
import { en, type PickerMessageKey } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const pickerMessages: Catalogs<PickerMessageKey> = { en, nl, fr };
export type { PickerMessageKey };
