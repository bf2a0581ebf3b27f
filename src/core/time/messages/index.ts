import { inlineCatalogs } from '../../i18n/catalogStore';
import { en, type TimeZoneMessageKey } from './en';
import { fr } from './fr';
import { nl } from './nl';

// Inline in every language: TimeZoneSelect is exported on its own and can render outside any widget's
// loading gate, where a late Dutch string would show as English first.
export const timeZoneMessages = inlineCatalogs<TimeZoneMessageKey>({ en, nl, fr });
export type { TimeZoneMessageKey };
