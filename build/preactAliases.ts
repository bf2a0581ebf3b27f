/**
 * The script build runs the widgets on preact/compat (about a quarter of React's size); the npm package
 * keeps React as a peer. One list, used by the embed build and by the browser tests that run the same
 * widgets on preact, so both builds are proved to behave alike.
 */
export const preactAliases = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];
