// The production build served as a team would serve it — `npm start` (with --sandbox and the given proxy targets)
// or `vite preview` with the sandbox, proxy and CSP plugins (as `npm run preview` has them) — opened in a recorded
// Chromium (see recordedBrowser.ts). Both serve the one build of the test run (sharedBuild.ts).
import type { AddressInfo } from 'node:net';
import { preview } from 'vite';
import { cspPlugin } from '../../src/build/cspPlugin.ts';
import { coextSandbox } from '../../src/sandbox/vitePlugin.ts';
import { launchRecordedBrowser, type RecordedBrowser } from './recordedBrowser.ts';
import { repoRoot, sharedBuild } from './sharedBuild.ts';
import { startServer } from './startProcess.ts';

export { repoRoot } from './sharedBuild.ts';

export type ExplorerServer = 'preview' | 'start';
export const EXPLORER_SERVERS: readonly ExplorerServer[] = ['start', 'preview'];

export interface BuiltApp extends RecordedBrowser {
  server: ExplorerServer;
  origin: string;
  outDir: string;
  close(): Promise<void>;
}

export interface BuiltAppOptions {
  /** `npm start --allow-target`: the origins its proxy may reach (preview's proxy takes any the page registers). */
  allowTargets?: readonly string[];
}

export async function startBuiltApp(server: ExplorerServer = 'preview', options: BuiltAppOptions = {}): Promise<BuiltApp> {
  const outDir = await sharedBuild();
  const running = server === 'start' ? await startWithNpm(outDir, options) : await startPreview(outDir);
  const recorder = await launchRecordedBrowser();
  return {
    ...recorder, server, origin: running.origin, outDir,
    async close() {
      await recorder.browser.close();
      await running.close();
    },
  };
}

async function startWithNpm(outDir: string, options: BuiltAppOptions) {
  const targets = (options.allowTargets ?? []).flatMap((origin) => ['--allow-target', origin]);
  const started = await startServer(['--port', '0', '--dist', outDir, '--sandbox', ...targets]);
  return { origin: started.origin, close: async () => void (await started.stop()) };
}

async function startPreview(outDir: string) {
  const server = await preview({
    root: repoRoot, configFile: false, logLevel: 'silent', plugins: [coextSandbox(), cspPlugin()],
    build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  return { origin: `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`, close: () => server.close() };
}
