import { useEffect } from 'react';
import { useAuthMode } from '../../state/requestStore.ts';
import { cancelSend, sendCurrentRequest, useResponseStatus } from '../../state/responseStore.ts';
import { useSignatureSteps, useSignedTimestamp, useSigningError } from '../../state/signatureStore.ts';
import './send.css';

/** Why Send cannot be pressed right now, or undefined when it can. */
function useBlockedReason(): string | undefined {
  const authMode = useAuthMode();
  const timestamp = useSignedTimestamp();
  const steps = useSignatureSteps();
  const signingError = useSigningError();
  if (authMode !== 'signed') return undefined;
  if (!timestamp.ok) return `Cannot sign without a valid timestamp: ${timestamp.error.message}`;
  if (signingError) return signingError;
  if (!steps) return 'Waiting for the signature to be computed.';
  return undefined;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The Send button (Ctrl/Cmd+Enter anywhere on the page) and, while waiting, a spinner and Cancel. */
export function SendBar() {
  const status = useResponseStatus();
  const blocked = useBlockedReason();
  const sending = status === 'sending';

  useEffect(() => {
    // Capture phase, so the editor never sees the keystroke (Monaco would insert a line into the body).
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      event.stopPropagation();
      if (!sending && blocked === undefined) void sendCurrentRequest();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [sending, blocked]);

  return (
    <div className="send-bar">
      <button
        type="button"
        className="primary send-button"
        disabled={sending || blocked !== undefined}
        aria-describedby={blocked ? 'send-blocked-reason' : 'send-shortcut'}
        onClick={() => void sendCurrentRequest()}
      >
        Send
      </button>
      <kbd id="send-shortcut" className="shortcut">{isMac ? '⌘' : 'Ctrl'}+Enter</kbd>
      {sending && (
        <>
          <span className="spinner" aria-hidden="true" />
          <span role="status">Waiting for the answer…</span>
          <button type="button" onClick={cancelSend}>
            Cancel
          </button>
        </>
      )}
      {blocked && !sending && (
        <p id="send-blocked-reason" className="message message-warning send-blocked">
          {blocked}
        </p>
      )}
    </div>
  );
}
