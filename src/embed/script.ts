/**
 * Entry of `dist/embed/convene.js`: registering the elements is the whole point of loading the script,
 * so this file has side effects on purpose.
 */
import './catalogOrder'; // first: it decides where the catalogs sit in the file
import { loadCatalogs } from '../core/i18n/catalogStore';
import { registerConveneElements } from './elements';

// This file carries all three languages (its dynamic imports become static, build/eagerDynamicImports.ts); settling them now, within this
// task, means a Dutch or French element renders its own language before the first paint, never "Loading…".
void loadCatalogs(['nl', 'fr']);
registerConveneElements();
