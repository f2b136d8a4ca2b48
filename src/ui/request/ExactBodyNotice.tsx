import { setBody, useBody } from '../../state/requestStore.ts';

/** Shown while the body holds carriage returns that an editor would silently turn into LF. */
export function ExactBodyNotice() {
  const body = useBody();
  const carriageReturns = body.split('\r').length - 1;
  return (
    <div className="message message-warning" role="status">
      <p>
        The body contains {carriageReturns} carriage return{carriageReturns === 1 ? '' : 's'} (CR, as in Windows CR LF line
        endings). An editor would quietly turn them into LF, so the body is kept exactly as pasted, signed and sent as is,
        and shown read-only.
      </p>
      <div className="toolbar">
        <button type="button" onClick={() => setBody(body.replace(/\r\n?/g, '\n'))}>
          Convert to LF and edit
        </button>
        <button type="button" onClick={() => setBody('')}>
          Clear body
        </button>
      </div>
    </div>
  );
}
