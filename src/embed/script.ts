/**
 * Entry of `dist/embed/convene.js`: registering the elements is the whole point of loading the script,
 * so this file has side effects on purpose.
 */
import { registerConveneElements } from './elements';

registerConveneElements();
