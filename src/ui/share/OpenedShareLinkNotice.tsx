import { useOpenShareLink } from './useOpenShareLink.ts';

/**
 * Opens a share link the page was loaded with and says what came of it. Mounted for the page's whole life, on the
 * first screen: the Share room may never be opened, and a refused link must still be explained.
 */
export function OpenedShareLinkNotice() {
  const [opened, dismissOpened] = useOpenShareLink();
  if (opened?.kind === 'refused') {
    return (
      <div className="message message-error share-opened" role="alert">
        <span>{opened.message}</span>
        <button type="button" onClick={dismissOpened}>Dismiss</button>
      </div>
    );
  }
  if (opened?.kind === 'opened') {
    return (
      <div className="message message-info share-opened" role="status">
        <span>Request opened from a share link. Links carry no credentials: enter your own API key and secret to send it.</span>
        <button type="button" onClick={dismissOpened}>Dismiss</button>
      </div>
    );
  }
  return null;
}
