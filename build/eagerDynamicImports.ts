import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** Every `import('literal')` in a module, in source order. */
function dynamicImports(program: unknown): Array<{ start: number; end: number; specifier: string }> {
  const found: Array<{ start: number; end: number; specifier: string }> = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isNode(value)) return;
    const source = value.source;
    if (value.type === 'ImportExpression' && isNode(source) && typeof source.value === 'string') {
      found.push({ start: value.start, end: value.end, specifier: source.value });
      return;
    }
    for (const key of Object.keys(value)) if (key !== 'type') visit(value[key]);
  };
  visit(program);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * For the one-file script build: our own `import('./x')` become static imports. Every chunk is inlined there
 * anyway, so nothing is fetched later; left dynamic, the bundler keeps each such module (and everything only
 * it imports) lazy by wrapping it in an init function and hoisting its bindings, which cost about 1.5 KB gzip
 * across the catalogs and lazy steps. `import()` still answers a promise of the module, so callers are unchanged.
 * Code in node_modules is left as it is.
 */
export function eagerDynamicImports(): Plugin {
  return {
    name: 'convene-eager-dynamic-imports',
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('import(')) return null;
      const imports = dynamicImports(this.parse(code));
      if (imports.length === 0) return null;
      let body = code;
      const heads: string[] = [];
      // From the last to the first, so earlier offsets stay true.
      imports.reverse().forEach(({ start, end, specifier }, index) => {
        const name = `__conveneEager${index}`;
        heads.push(`import * as ${name} from ${JSON.stringify(specifier)};`);
        body = `${body.slice(0, start)}Promise.resolve(${name})${body.slice(end)}`;
      });
      // On the first line, so every line keeps its number for the source map.
      return { code: heads.join(' ') + body, map: null };
    },
  };
}
