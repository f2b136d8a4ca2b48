import { useMemo, useState } from 'react';
import { prettyJson } from '../../core/responseBody.ts';
import { CopyButton } from '../common/CopyButton.tsx';

/** The body, pretty-printed when it is JSON; `Raw` shows the text exactly as received. */
export function ResponseBody({ text }: { text: string }) {
  const pretty = useMemo(() => prettyJson(text), [text]);
  const [raw, setRaw] = useState(false);
  const shown = raw || pretty === undefined ? text : pretty;
  return (
    <div className="response-body">
      <div className="toolbar">
        <span className="response-body-label">Body</span>
        {pretty !== undefined && (
          <button type="button" aria-pressed={raw} onClick={() => setRaw(!raw)}>
            Raw
          </button>
        )}
        <CopyButton text={text} label="Copy response body" />
      </div>
      {text === '' ? (
        <p className="muted">(empty body)</p>
      ) : (
        <pre className="code response-text" aria-label="Response body" tabIndex={0}>
          {shown}
        </pre>
      )}
    </div>
  );
}
