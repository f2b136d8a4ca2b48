import { useDeferredValue, useMemo, useState } from 'react';
import { generateSnippet } from '../../core/snippets/generateSnippet.ts';
import { useAuthMode } from '../../state/requestStore.ts';
import { setCodeLanguage, useCodeLanguage } from '../../state/settingsStore.ts';
import { CopyButton } from '../common/CopyButton.tsx';
import { LongLineText } from '../common/LongLineText.tsx';
import { LanguageTabs, SNIPPET_LANGUAGES } from './LanguageTabs.tsx';
import { useSnippetSource } from './useSnippetRequest.ts';
import './snippets.css';

const PANEL_ID = 'snippet-panel';

/**
 * A complete program for the current request in the language chosen here or in the step-through (one setting).
 * Programs read COEXT_API_KEY and COEXT_API_SECRET at run time: no credential is ever written into them.
 */
export default function SnippetsPanel() {
  const language = useCodeLanguage();
  const authMode = useAuthMode();
  const source = useDeferredValue(useSnippetSource()); // a 1 MB body must not make typing wait for a generator
  const [usePrecomputed, setUsePrecomputed] = useState(false);
  const precomputed = language === 'curl' && usePrecomputed ? source.precomputedSignature : undefined;
  const snippet = useMemo(() => {
    const { request } = source;
    const pinned = request.pinned && precomputed !== undefined ? { ...request.pinned, signature: precomputed } : request.pinned;
    return generateSnippet(language, { ...request, pinned });
  }, [source, language, precomputed]);
  const languageName = SNIPPET_LANGUAGES.find((candidate) => candidate.id === language)?.name ?? language;

  return (
    <section className="panel snippets" aria-labelledby="snippets-heading">
      <div className="snippets-header">
        <h2 id="snippets-heading">Code snippets</h2>
        <CopyButton text={snippet} label="Copy snippet" />
      </div>
      <LanguageTabs selected={language} onSelect={setCodeLanguage} panelId={PANEL_ID} />
      <div role="tabpanel" id={PANEL_ID} aria-labelledby={`snippet-tab-${language}`} tabIndex={0} className="snippet-panel">
        <pre className="code snippet-code" data-language={language}>
          <LongLineText text={snippet} />
        </pre>
      </div>
      <p className="hint">
        {precomputed === undefined
          ? `The ${languageName} program reads the credentials from the COEXT_API_KEY and COEXT_API_SECRET environment variables; none is ever written into it. `
          : 'The script reads the API key from COEXT_API_KEY and needs no secret: it sends the signature computed here. '}
        {source.pinned === undefined
          ? 'The timestamp is taken when it runs, so it can be run again at any time.'
          : `It uses the pinned timestamp ${source.pinned}, which the server accepts only while its clock is within 300 s of it (until ${isoSeconds(source.pinned + 300)}).`}
      </p>
      {source.pinnedProblem !== undefined && (
        <p className="message message-warning">The pinned timestamp is not valid ({source.pinnedProblem}), so the program takes the time when it runs.</p>
      )}
      {authMode === 'key-only' && (
        <p className="message message-info">The request is set to send the API key only; the programs sign it anyway, which a server that only checks the key also accepts.</p>
      )}
      {language === 'curl' && source.precomputedSignature !== undefined && (
        <label className="switch">
          <input type="checkbox" checked={usePrecomputed} onChange={(event) => setUsePrecomputed(event.target.checked)} />
          Use the signature computed here (the script then needs no secret and no openssl)
        </label>
      )}
    </section>
  );
}

function isoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}
