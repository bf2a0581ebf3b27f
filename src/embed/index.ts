/**
 * `convene/embed`: the custom elements for a page that already has React (the script build,
 * `convene/embed/script`, brings its own runtime). Call `registerConveneElements()` once.
 */
export {
  createConveneElement,
  defineElement,
  type ElementDefinition,
  type EmitEvent,
} from './ConveneElement';
export { registerConveneElements } from './elements';
