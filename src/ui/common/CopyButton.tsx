import { useState } from 'react';

/** Copies `text` to the clipboard and says so; a refused clipboard is reported, not swallowed. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    setTimeout(() => setStatus('idle'), 1500);
  };
  return (
    <button type="button" className="copy-button" onClick={copy} aria-label={label} disabled={text === ''}>
      {status === 'copied' ? 'Copied' : status === 'failed' ? 'Copy failed' : 'Copy'}
    </button>
  );
}
