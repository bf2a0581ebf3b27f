import { z } from 'zod';
import { configFileSchema } from './schema';

/** Any string in the file may instead name an environment variable; the loader reads it at start. */
const fromEnvironment = {
  type: 'string',
  pattern: '^env:[A-Z_][A-Z0-9_]*$',
  description: 'Read from this environment variable at start.',
};

/**
 * The config file as JSON Schema, from the same zod schema the loader validates with, so editors
 * complete and check exactly what the proxy accepts. Input side: keys with defaults are optional. Where
 * a string is constrained (URL, pattern, length, enum), `"env:NAME"` is offered beside it.
 */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configFileSchema, {
    io: 'input',
    target: 'draft-2020-12',
    override: ({ jsonSchema }) => {
      const node = jsonSchema as Record<string, unknown>;
      if (node.type !== 'string') return;
      const { description, default: fallback, ...rules } = node;
      if (Object.keys(rules).length === 1) return; // a plain string takes "env:NAME" as it is
      for (const key of Object.keys(node)) delete node[key];
      Object.assign(node, {
        ...(description === undefined ? {} : { description }),
        ...(fallback === undefined ? {} : { default: fallback }),
        anyOf: [rules, { $ref: '#/$defs/fromEnvironment' }],
      });
    },
  });
  return {
    ...schema,
    title: 'Convene proxy configuration',
    $defs: { ...(schema.$defs ?? {}), fromEnvironment },
  };
}
