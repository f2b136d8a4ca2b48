import { useEffect, useState } from 'react';
import { useDiagnosisInbox } from '../../state/diagnosisInbox.ts';
import { CredentialsPanel } from '../credentials/CredentialsPanel.tsx';
import { DiagnosisPanel } from '../diagnose/DiagnosisPanel.tsx';
import { OpenedShareLinkNotice } from '../share/OpenedShareLinkNotice.tsx';
import { ThemeToggle } from '../theme/ThemeToggle.tsx';
import { RequestView } from './RequestView.tsx';
import { type Room, RoomButtons, RoomsDrawer } from './RoomsDrawer.tsx';
import { type View, viewPanelId, ViewTabs, viewTabId } from './ViewTabs.tsx';
import './workspace.css';

/**
 * One screen, no page scroll: a top bar (title, credentials, theme), the view tabs with the rooms' buttons, then the
 * chosen view. Both views stay mounted, so switching keeps what was typed in either and the editor is not rebuilt.
 */
export function Workspace() {
  const [view, setView] = useState<View>('request');
  const [room, setRoom] = useState<Room | undefined>(undefined);

  // "Analyze this failure" hands a request to the diagnoser: show it where it runs.
  useEffect(
    () =>
      useDiagnosisInbox.subscribe((state) => {
        if (state.pending !== undefined) setView('diagnose');
      }),
    [],
  );

  return (
    <div className="app">
      <header className="top-bar">
        <h1>Coext API Explorer</h1>
        <CredentialsPanel />
        <ThemeToggle />
      </header>
      <nav className="workspace-nav" aria-label="Workspace">
        <ViewTabs selected={view} onSelect={setView} />
        <RoomButtons open={room} onToggle={(next) => setRoom(next === room ? undefined : next)} />
      </nav>
      <OpenedShareLinkNotice />
      <div className="app-body">
        <main className="workspace">
          <div role="tabpanel" id={viewPanelId('request')} aria-labelledby={viewTabId('request')} className="view" hidden={view !== 'request'}>
            <RequestView />
          </div>
          <div
            role="tabpanel"
            id={viewPanelId('diagnose')}
            aria-labelledby={viewTabId('diagnose')}
            className="view view-diagnose"
            hidden={view !== 'diagnose'}
          >
            <DiagnosisPanel />
          </div>
        </main>
        {room !== undefined && <RoomsDrawer room={room} onClose={() => setRoom(undefined)} />}
      </div>
    </div>
  );
}
