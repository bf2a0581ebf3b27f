import { lazyCatalogs } from '../../../core/i18n/catalogStore';
import { en, type MemberInviteMessageKey } from './en';

// English ships inline; Dutch and French are chunks of their own, fetched the first time a visitor needs them.
export const memberInviteMessages = lazyCatalogs<MemberInviteMessageKey>(en, {
  nl: () => import('./nl').then((module) => module.nl),
  fr: () => import('./fr').then((module) => module.fr),
});
export type { MemberInviteMessageKey };
