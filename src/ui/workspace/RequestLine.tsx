import { HTTP_METHODS, type HttpMethod } from '../../core/requestModel.ts';
import { setMethod, setPath, useMethod, usePath } from '../../state/requestStore.ts';
import { BaseUrlField } from '../request/BaseUrlField.tsx';
import { SendBar } from '../send/SendBar.tsx';

/** `[Method] [Base URL] [Path] [Send]`: the line a request is read and fired from, as in every HTTP client. */
export function RequestLine() {
  const method = useMethod();
  const path = usePath();
  return (
    <div className="request-line">
      <div className="field request-line-method">
        <label htmlFor="method">Method</label>
        <select id="method" value={method} onChange={(event) => setMethod(event.target.value as HttpMethod)}>
          {HTTP_METHODS.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </div>
      <div className="request-line-base-url">
        <BaseUrlField />
      </div>
      <div className="field request-line-path">
        <label htmlFor="path">Path</label>
        <input id="path" value={path} spellCheck={false} onChange={(event) => setPath(event.target.value)} />
      </div>
      <SendBar />
    </div>
  );
}
