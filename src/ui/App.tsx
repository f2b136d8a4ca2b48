import { useEffect } from 'react';
import { startAutoClear } from '../state/autoClear.ts';
import { startClock } from '../state/clockStore.ts';
import { loadSandboxKeys } from '../state/sandboxKeysStore.ts';
import { startSignatureSync } from '../state/signatureStore.ts';
import { Workspace } from './workspace/Workspace.tsx';

/** The page's long-lived effects, then the workspace. */
export function App() {
  useEffect(() => {
    const stopClock = startClock();
    const stopSigning = startSignatureSync();
    const autoClear = startAutoClear();
    // Up front, not when the Sandbox keys room opens: its button shows only where a sandbox answers.
    void loadSandboxKeys();
    return () => {
      autoClear.stop();
      stopSigning();
      stopClock();
    };
  }, []);

  return <Workspace />;
}
