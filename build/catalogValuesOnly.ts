import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const TRANSLATION = /\/messages\/(nl|fr)\.ts$/;

/** The object literal exported as `export const <name> = {…}` (through `as const`, a type annotation or not). */
function exportedObject(program: { body: Node[] }, name: string): Node | undefined {
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? (statement.declaration as Node) : null;
    for (const declarator of (declaration?.declarations as Node[] | undefined) ?? []) {
      if ((declarator.id as Node & { name?: string }).name !== name) continue;
      let init = declarator.init as Node;
      while (init.type === 'TSAsExpression' || init.type === 'TSSatisfiesExpression')
        init = init.expression as Node;
      return init.type === 'ObjectExpression' ? init : undefined;
    }
  }
  return undefined;
}

/** Key → the value's source text; undefined if anything is more than `'key': value` (a spread, a computed key). */
function entries(object: Node, code: string): Map<string, string> | undefined {
  const found = new Map<string, string>();
  for (const property of object.properties as Node[]) {
    const key = property.key as Node & { value?: unknown; name?: string };
    const name = key.type === 'Literal' ? key.value : key.type === 'Identifier' ? key.name : undefined;
    if (property.type !== 'Property' || property.computed || typeof name !== 'string') return undefined;
    const value = property.value as Node;
    found.set(name, code.slice(value.start, value.end));
  }
  return found;
}

/**
 * For the one-file script build: a Dutch or French catalog ships as its strings alone, in the English catalog's
 * key order, and gets its keys back from `en` when it runs. Every key is written once instead of three times
 * (about 0.8 KB gzip). A catalog whose keys are not exactly English's, or that is more than plain
 * `'key': value` pairs, is left as written; the typecheck already demands the same keys.
 */
export function catalogValuesOnly(): Plugin {
  return {
    name: 'convene-catalog-values-only',
    apply: 'build',
    transform(code, id) {
      const language = TRANSLATION.exec(id)?.[1];
      if (!language) return null;
      const englishFile = path.join(path.dirname(id), 'en.ts');
      const english = exportedObject(
        this.parse(readFileSync(englishFile, 'utf8'), { lang: 'ts' }) as unknown as { body: Node[] },
        'en',
      );
      const translated = exportedObject(this.parse(code) as unknown as { body: Node[] }, language);
      const englishKeys = english && entries(english, '');
      const strings = translated && entries(translated, code);
      if (!englishKeys || !strings || englishKeys.size !== strings.size) return null;
      const values: string[] = [];
      for (const key of englishKeys.keys()) {
        const value = strings.get(key);
        if (value === undefined) return null;
        values.push(value);
      }
      return {
        code: [
          `import { en } from './en';`,
          `const strings = [${values.join(',')}];`,
          `export const ${language} = Object.fromEntries(Object.keys(en).map((key, index) => [key, strings[index]]));`,
        ].join('\n'),
        map: null,
      };
    },
  };
}
