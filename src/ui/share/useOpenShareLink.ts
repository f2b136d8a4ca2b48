import { useCallback, useEffect, useState } from 'react';
import { readShareLink } from '../../core/shareLink.ts';
import { applySharedRequest } from './sharedRequest.ts';

export type OpenedShareLink =
  | { kind: 'opened' }
  | { kind: 'refused'; message: string }
  | undefined;

/**
 * Opens a `#share=` link when the page loads with one, or when one is pasted into the address bar of an open tab
 * (only the fragment changes then, so no reload happens). The fragment is removed afterwards, valid or not, so a
 * reload does not apply it again over later edits. A link that cannot be read changes nothing.
 */
export function useOpenShareLink(): [OpenedShareLink, () => void] {
  const [outcome, setOutcome] = useState<OpenedShareLink>(undefined);

  useEffect(() => {
    const open = () => {
      const result = readShareLink(window.location.href);
      if (result.ok && result.request === undefined) return; // no share fragment: nothing to say
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
      if (!result.ok) {
        setOutcome({ kind: 'refused', message: result.error.message });
        return;
      }
      if (result.request) applySharedRequest(result.request);
      setOutcome({ kind: 'opened' });
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);

  const dismiss = useCallback(() => setOutcome(undefined), []);
  return [outcome, dismiss];
}
