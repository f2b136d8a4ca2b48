import { useState } from 'react';
import { toCurl } from '../../core/curl.ts';
import { buildShareLink } from '../../core/shareLink.ts';
import { currentRequestAsCurl, credentialInSharedRequest, currentSharedRequest } from './sharedRequest.ts';
import './share.css';

type ShareState =
  | { kind: 'idle' }
  | { kind: 'link'; link: string; copy: 'pending' | 'copied' | 'refused' }
  | { kind: 'too-large'; message: string }
  | { kind: 'credential'; message: string };

/**
 * The Share button: copies a link that reopens this request (never a credential), and shows it in a read-only field
 * in case the clipboard is refused. What happened to a link the page was opened with is OpenedShareLinkNotice's, which
 * stays on the first screen while this sits in a room.
 */
export function ShareBar() {
  const [state, setState] = useState<ShareState>({ kind: 'idle' });

  const share = async () => {
    const shared = currentSharedRequest();
    const credential = credentialInSharedRequest(shared);
    if (credential) {
      setState({ kind: 'credential', message: `The request contains your ${credential}, and a share link must never carry it. Remove it from the request to share it.` });
      return;
    }
    const result = buildShareLink(`${window.location.origin}${window.location.pathname}`, shared);
    if (!result.ok) {
      setState({ kind: 'too-large', message: result.error.message });
      return;
    }
    setState({ kind: 'link', link: result.link, copy: 'pending' });
    try {
      await navigator.clipboard.writeText(result.link);
      setState({ kind: 'link', link: result.link, copy: 'copied' });
    } catch {
      setState({ kind: 'link', link: result.link, copy: 'refused' });
    }
  };

  return (
    <div className="share-bar">
      <div className="toolbar">
        <button type="button" onClick={share}>Share</button>
        <span className="hint">A link that reopens this request. It never carries the API key or secret.</span>
      </div>
      {state.kind === 'link' && <ShareLinkField link={state.link} copy={state.copy} />}
      {state.kind === 'credential' && <p className="message message-error" role="alert">{state.message}</p>}
      {state.kind === 'too-large' && <TooLargeToShare message={state.message} />}
    </div>
  );
}

function ShareLinkField({ link, copy }: { link: string; copy: 'pending' | 'copied' | 'refused' }) {
  return (
    <div className="field">
      <label htmlFor="share-link">Share link</label>
      <input id="share-link" readOnly value={link} spellCheck={false} onFocus={(event) => event.currentTarget.select()} />
      <span className="hint" role="status">
        {copy === 'copied' && 'Link copied to the clipboard.'}
        {copy === 'refused' && 'The browser refused the clipboard: select the link above and copy it.'}
      </span>
    </div>
  );
}

function TooLargeToShare({ message }: { message: string }) {
  const [curl, setCurl] = useState<string | undefined>(undefined);
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  const copyAsCurl = async () => {
    const command = toCurl(currentRequestAsCurl(window.location.origin));
    setCurl(command);
    try {
      await navigator.clipboard.writeText(command);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="message message-warning" role="alert">
      <p>{message} Share it as a curl command instead (it carries no credential either).</p>
      <button type="button" onClick={copyAsCurl}>Copy as curl</button>
      {curl !== undefined && (
        <div className="field">
          <label htmlFor="share-curl">Request as curl</label>
          <textarea id="share-curl" className="share-curl" readOnly value={curl} spellCheck={false} rows={6} />
          <span className="hint" role="status">
            {copied ? 'Command copied to the clipboard.' : 'The browser refused the clipboard: copy the command above.'}
          </span>
        </div>
      )}
    </div>
  );
}
