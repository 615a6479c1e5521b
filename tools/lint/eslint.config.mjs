// ESLint for the project (npm run lint, scripts/lint.mjs): typescript-eslint's
// recommended rules, and eslint-plugin-lit and eslint-plugin-lit-a11y on Lit's
// html`` templates. Paths are the repository's (basePath).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { basePath: '../..' },
  { ignores: ['dist/', 'build/', 'tools/', 'src/data/shards/', 'bench/pages/', '.tmp/', 'demo/_*.html', 'data/_staging/', 'screenshots/', '**/*-changed.svg'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_` names what is left out on purpose; `{ dropped, ...rest }` omits a key.
      '@typescript-eslint/no-unused-vars': ['error', {
        argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true,
      }],
    },
  },
  {
    // Chai's assertions are property reads: `expect(x).to.be.true`.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // The bench's probe is a function expression: its source is injected into the bench's pages.
    files: ['scripts/bench/probe.js'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // An ambient module's declarations are its exports, used or not.
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
  {
    // A mixin's base must be `abstract new (...args: any[]) => …`: TypeScript requires that shape.
    files: ['src/components/frame/cifras-base.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The data table's explicit ARIA roles are deliberate: its CSS changes `display` on narrow
    // screens, which makes browsers drop a table's implicit roles.
    files: ['src/components/views/table-view.ts'],
    rules: { 'lit-a11y/no-redundant-role': 'off' },
  },
  {
    // What writes the downloads and citations strips control characters on purpose (and its tests send them):
    // a NUL can hide a formula from a spreadsheet's guard, a line break can start a forged record.
    files: ['src/chart/export-data.ts', 'src/cite/bibtex.ts', 'tests/cite/citation-formats.test.mjs'],
    rules: { 'no-control-regex': 'off' },
  },
);
