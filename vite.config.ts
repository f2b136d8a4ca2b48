/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vite';
import { cspPlugin } from './src/build/cspPlugin.ts';
import { coextSandbox } from './src/sandbox/vitePlugin.ts';
import { browserCommands } from './tests/setup/browserCommands.ts';
import { chromiumArgs, findChromium } from './tests/setup/chromiumPath.mjs';

const chromiumPath = findChromium();

/** What both node test projects run with. */
const NODE_TESTS = { environment: 'node', testTimeout: 30_000, hookTimeout: 60_000 } as const;

export default defineConfig({
  // The sandbox is mounted at /api/v1/external in dev and preview, so the explorer works with zero setup.
  // The CSP goes on the page as a header in dev and preview, and as a <meta> in the built index.html.
  plugins: [react(), coextSandbox(), cspPlugin()],
  build: {
    target: 'es2022',
    // Monaco's chunk is large by nature and loads lazily; the first-load budget is checked by `npm run bench`.
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
  // Pre-bundled up front: discovering them mid-run reloads the page and, in browser tests, leaves two Reacts.
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      'zustand',
      'zustand/react/shallow',
      '@monaco-editor/react',
      'diff',
      'lz-string',
      'zod/mini',
      'shell-quote',
      'fflate',
      'axe-core',
    ],
    // Monaco is served as its own ES modules: pre-bundling splits it into copies whose service registries
    // disagree ("depends on UNKNOWN service").
    exclude: ['monaco-editor'],
  },
  test: {
    // Two files at a time per project even on two cores: most node files wait on a child (a browser, a JVM, a server),
    // and with Vitest's default there (cores − 1) the node files ran in a single line long after the browser files had
    // finished. Set here, not per project: projects with different limits must run one after the other.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          // The first test to mount Monaco waits for its modules on a cold dev server.
          testTimeout: 60_000,
          // All files share one page: loading Monaco's hundreds of modules again for each file's own iframe took half
          // of the browser suite. Each test mounts the app on a clean slate (tests/support/renderApp.tsx) instead.
          isolate: false,
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/**/*.node.test.ts'],
          setupFiles: ['tests/setup/loadMonaco.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
            commands: browserCommands,
          },
        },
      },
      {
        extends: true,
        test: {
          ...NODE_TESTS,
          name: 'node',
          include: ['tests/**/*.node.test.ts'],
          exclude: ['tests/core/**', 'tests/sandbox/**'],
          globalSetup: ['tests/setup/scratchTmp.ts', 'tests/setup/sharedBuild.ts'],
        },
      },
      {
        extends: true,
        test: {
          // src/core is pure and the sandbox keeps no module state (each startSandbox is its own), so their tests
          // share workers: a fresh process and module graph per file cost more CPU than most of these ~60 files'
          // tests themselves. Named to sort after 'node', so its short files fill the end of the run.
          ...NODE_TESTS,
          name: 'node-shared',
          include: ['tests/core/**/*.node.test.ts', 'tests/sandbox/**/*.node.test.ts'],
          isolate: false,
          globalSetup: ['tests/setup/scratchTmp.ts'],
        },
      },
    ],
  },
});
