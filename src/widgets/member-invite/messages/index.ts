import type { Catalogs } from '../../../core/i18n/catalog';
import { en, type MemberInviteMessageKey } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const memberInviteMessages: Catalogs<MemberInviteMessageKey> = { en, nl, fr };
export type { MemberInviteMessageKey };
