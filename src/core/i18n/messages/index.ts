import { inlineCatalogs } from '../catalogStore';
import { type CoreMessageKey, en } from './en';
import { fr } from './fr';
import { nl } from './nl';

// Inline in every language: errors (including "the Dutch strings failed to load") and "Loading…" must show
// in the visitor's language before anything else has arrived.
export const coreMessages = inlineCatalogs<CoreMessageKey>({ en, nl, fr });
export type { CoreMessageKey };
