import { type ReactNode, useEffect, useRef } from 'react';
import { useSandboxKeysStatus } from '../../state/sandboxKeysStore.ts';
import { HistoryPanel } from '../history/HistoryPanel.tsx';
import { SandboxKeysPanel } from '../sandboxKeys/SandboxKeysPanel.tsx';
import { ExportPanel } from '../export/ExportPanel.tsx';
import { AutoClearSettings } from '../settings/AutoClearSettings.tsx';
import { DraftSettings } from '../settings/DraftSettings.tsx';
import { ShareBar } from '../share/ShareBar.tsx';
import { LazySnippetsPanel } from '../snippets/LazySnippetsPanel.tsx';

export type Room = 'sandboxKeys' | 'history' | 'snippets' | 'share' | 'settings';

/** The opener's name says what the room holds: "Sandbox keys" answers /sandbox/i, as the demo-key contract asks. */
const ROOMS: ReadonlyArray<{ id: Room; label: string }> = [
  { id: 'sandboxKeys', label: 'Sandbox keys' },
  { id: 'history', label: 'History' },
  { id: 'snippets', label: 'Code snippets' },
  { id: 'share', label: 'Share & export' },
  { id: 'settings', label: 'Settings' },
];

export const DRAWER_ID = 'rooms-drawer';

/** One button per room; pressing the open room's button again closes it. */
export function RoomButtons({ open, onToggle }: { open: Room | undefined; onToggle: (room: Room) => void }) {
  // A page without the built-in sandbox has no demo keys: no button for an empty room.
  const sandboxStatus = useSandboxKeysStatus();
  const rooms = ROOMS.filter((room) => room.id !== 'sandboxKeys' || sandboxStatus !== 'absent');
  return (
    <div className="room-buttons" role="group" aria-label="Rooms">
      {rooms.map(({ id, label }) => (
        <button
          key={id}
          type="button"
          className="room-button"
          data-room={id}
          aria-expanded={open === id}
          aria-controls={open === id ? DRAWER_ID : undefined}
          onClick={() => onToggle(id)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/**
 * The side panel for what is used less. It pushes the workspace aside instead of covering it, so Send and the
 * outputs stay usable with a room open. Escape closes it and gives focus back to the room's button.
 */
export function RoomsDrawer({ room, onClose }: { room: Room; onClose: () => void }) {
  const drawer = useRef<HTMLElement>(null);
  const label = ROOMS.find((candidate) => candidate.id === room)?.label ?? room;

  useEffect(() => {
    drawer.current?.focus();
  }, [room]);

  const close = () => {
    onClose();
    document.querySelector<HTMLButtonElement>(`.room-button[data-room="${room}"]`)?.focus();
  };

  return (
    <aside
      ref={drawer}
      id={DRAWER_ID}
      className="rooms-drawer"
      aria-label={label}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        close();
      }}
    >
      <div className="rooms-drawer-header">
        <span className="rooms-drawer-title" aria-hidden="true">{label}</span>
        <button type="button" className="rooms-drawer-close" aria-label={`Close ${label}`} title="Close (Esc)" onClick={close}>
          ✕
        </button>
      </div>
      <div className="rooms-drawer-content">{roomContent(room)}</div>
    </aside>
  );
}

function roomContent(room: Room): ReactNode {
  switch (room) {
    case 'sandboxKeys':
      return <SandboxKeysPanel />;
    case 'history':
      return <HistoryPanel />;
    case 'snippets':
      return <LazySnippetsPanel />;
    case 'share':
      return (
        <>
          <section className="panel" aria-labelledby="share-heading">
            <h2 id="share-heading">Share</h2>
            <ShareBar />
          </section>
          <ExportPanel />
        </>
      );
    case 'settings':
      return (
        <section className="panel settings" aria-labelledby="settings-heading">
          <h2 id="settings-heading">Settings</h2>
          <AutoClearSettings />
          <DraftSettings />
        </section>
      );
  }
}
