import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// What the pure core may not import: anything that ties it to React, the DOM, the network or the editor.
const coreForbidden = {
  patterns: [
    { group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', 'monaco-editor', 'monaco-editor/*', '@monaco-editor/*'],
      message: 'src/core is pure: no React, Zustand or Monaco.' },
    { group: ['node:*', 'hono', 'hono/*', '@hono/*'], message: 'src/core runs in browsers and Node alike.' },
    { group: ['**/state/**', '**/ui/**', '**/sandbox/**'], message: 'Imports flow core → state → ui.' },
  ],
};

// One file-name case: camelCase modules, PascalCase React components (.tsx); dots only for roles such as
// `.node.test` or `.worker`. A tiny local rule, since the check is one regular expression.
const fileNameCase = {
  meta: { type: 'suggestion', schema: [] },
  create(context) {
    const base = context.filename.split(/[\\/]/).pop() ?? '';
    const [stem] = base.split('.');
    const ok = base.endsWith('.tsx') ? /^[A-Za-z][A-Za-z0-9]*$/.test(stem) : /^[a-z][A-Za-z0-9]*$/.test(stem);
    return ok ? {} : { Program: (node) => context.report({ node, message: `File name "${base}" is not camelCase (or PascalCase for a component).` }) };
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'file-name-case': fileNameCase } } },
    rules: { 'local/file-name-case': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', coreForbidden],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'src/core has no DOM.' },
        { name: 'document', message: 'src/core has no DOM.' },
        { name: 'fetch', message: 'src/core does no I/O.' },
        { name: 'localStorage', message: 'src/core does no I/O.' }],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'Pass the clock in as a parameter.' },
        { object: 'Math', property: 'random', message: 'Pass randomness in as a parameter.' }],
    },
  },
  {
    files: ['src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/**'], message: 'state must not import ui.' }] }],
    },
  },
  {
    // The sandbox CLI, tests and benchmarks talk to a terminal.
    files: ['src/sandbox/cli.ts', 'src/server/cli.ts', 'tests/**', 'bench/**', 'vite.config.ts'],
    rules: { 'no-console': 'off' },
  },
);
