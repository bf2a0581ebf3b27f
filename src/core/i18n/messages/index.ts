import type { Catalogs } from '../catalog';
import { type CoreMessageKey, en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const coreMessages: Catalogs<CoreMessageKey> = { en, nl, fr };
export type { CoreMessageKey };
