import { useEffect } from 'react';
import type { SandboxKeyInfo } from '../../state/httpClient.ts';
import {
  applySandboxKey,
  loadSandboxKeys,
  useSandboxKeys,
  useSandboxKeysMessage,
  useSandboxKeysStatus,
} from '../../state/sandboxKeysStore.ts';
import { useBaseUrl } from '../../state/settingsStore.ts';
import './sandboxKeys.css';

/** The built-in sandbox's demo keys; one click fills API key and API secret. Hidden where there is no sandbox. */
export function SandboxKeysPanel() {
  const status = useSandboxKeysStatus();
  const keys = useSandboxKeys();
  const message = useSandboxKeysMessage();
  const baseUrl = useBaseUrl();

  useEffect(() => {
    void loadSandboxKeys();
  }, []);

  if (status === 'absent' || status === 'idle') return null;
  return (
    <section className="panel sandbox-keys" aria-labelledby="sandbox-keys-heading">
      <h2 id="sandbox-keys-heading">Sandbox keys</h2>
      {status === 'loading' && <p className="muted">Loading the demo keys…</p>}
      {status === 'failed' && <p className="message message-warning">{message}</p>}
      {status === 'ready' && (
        <>
          <p className="hint">Demo keys of the sandbox built into this server. They work only while Base URL is empty.</p>
          {baseUrl.trim() !== '' && (
            <p className="message message-info">Base URL points elsewhere: clear it to call the built-in sandbox with these keys.</p>
          )}
          <ul className="sandbox-key-list">
            {keys.map((key) => (
              <li key={key.apiKey}>
                <div>
                  <strong>{key.name}</strong>
                  <span className="muted"> · {describeLimits(key)}</span>
                </div>
                <button type="button" onClick={() => applySandboxKey(key.name)}>
                  Use {key.name} key
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function describeLimits(key: SandboxKeyInfo): string {
  const parts = [`${key.rateLimitPerMinute} requests/min`];
  if (key.expiresAt !== null) {
    parts.push(Date.parse(key.expiresAt) <= Date.now() ? `expired ${key.expiresAt.slice(0, 10)}` : `expires ${key.expiresAt.slice(0, 10)}`);
  }
  if (key.allowedIps.length > 0) parts.push(`only from ${key.allowedIps.join(', ')}`);
  if (key.requireSignature) parts.push('signature required');
  return parts.join(' · ');
}
