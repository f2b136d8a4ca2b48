import { useEffect } from 'react';
import { startAutoClear } from '../state/autoClear.ts';
import { startClock } from '../state/clockStore.ts';
import { startSignatureSync } from '../state/signatureStore.ts';
import { CredentialsPanel } from './credentials/CredentialsPanel.tsx';
import { DiagnosisPanel } from './diagnose/DiagnosisPanel.tsx';
import { ExportPanel } from './export/ExportPanel.tsx';
import { HistoryPanel } from './history/HistoryPanel.tsx';
import { BodyEditor } from './request/BodyEditor.tsx';
import { HeaderPreview } from './request/HeaderPreview.tsx';
import { RequestBuilder } from './request/RequestBuilder.tsx';
import { SandboxKeysPanel } from './sandboxKeys/SandboxKeysPanel.tsx';
import { SendPanel } from './send/SendPanel.tsx';
import { ShareBar } from './share/ShareBar.tsx';
import { LazySnippetsPanel } from './snippets/LazySnippetsPanel.tsx';
import { AutoClearSettings } from './settings/AutoClearSettings.tsx';
import { DraftKeeper } from './settings/DraftKeeper.tsx';
import { DraftSettings } from './settings/DraftSettings.tsx';
import { SignatureStepper } from './signature/SignatureStepper.tsx';
import { ThemeToggle } from './theme/ThemeToggle.tsx';

export function App() {
  useEffect(() => {
    const stopClock = startClock();
    const stopSigning = startSignatureSync();
    const autoClear = startAutoClear();
    return () => {
      autoClear.stop();
      stopSigning();
      stopClock();
    };
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Coext API Explorer</h1>
        <p className="tagline">Sign, send and debug Coext External API requests.</p>
        <ThemeToggle />
      </header>
      <main className="workspace">
        <div className="column">
          <SandboxKeysPanel />
          <CredentialsPanel />
          <AutoClearSettings />
          <DraftSettings />
          <section className="panel" aria-labelledby="request-heading">
            <h2 id="request-heading">Request</h2>
            <DraftKeeper />
            <RequestBuilder />
            <BodyEditor />
            <HeaderPreview />
            <ShareBar />
            <ExportPanel />
          </section>
        </div>
        <div className="column">
          <SignatureStepper />
          <SendPanel />
          <HistoryPanel />
          <LazySnippetsPanel />
        </div>
      </main>
      <DiagnosisPanel />
    </div>
  );
}
