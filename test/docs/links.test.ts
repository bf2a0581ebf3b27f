import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README and `docs/` are what a user has of the contract, so a link that leads nowhere is a hole in
 * it. Checks every relative Markdown link and every file path written as code (`docs/tokens.md`,
 * `proxy/src/tokens`), relative to the repository or to the document.
 */
const root = path.resolve(import.meta.dirname, '../..');
const documents = [
  'README.md',
  ...readdirSync(path.join(root, 'docs'), { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join('docs', name)),
];

function targets(text: string): string[] {
  const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] as string);
  // Code spans that name a file or folder of ours, e.g. `docs/store.md` or `src/widgets/booker/`.
  const paths = [...text.matchAll(/`((?:docs|src|proxy|test|bench|stories|build|\.ci)\/[\w./-]*)`/g)].map(
    (match) => match[1] as string,
  );
  return [...links, ...paths].filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'));
}

describe('documentation links', () => {
  it('finds the documents it checks', () => {
    expect(documents).toContain('README.md');
    expect(documents).toContain(path.join('docs', 'contract.md'));
  });

  it.each(documents)('every relative link and path in %s exists', (document) => {
    const text = readFileSync(path.join(root, document), 'utf8');
    const missing = targets(text)
      .map((target) => target.split('#')[0] as string)
      .filter((target) => target !== '' && !target.includes('*') && !target.includes('<'))
      .filter(
        (target) =>
          !existsSync(path.join(root, target)) &&
          !existsSync(path.join(root, path.dirname(document), target)),
      );
    expect(missing).toEqual([]);
  });
});
