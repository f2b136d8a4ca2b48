import { useMemo, useState } from 'react';
import { formatBytes } from '../../core/bodyChecks.ts';
import { findLoneSurrogates } from '../../core/text.ts';
import { useSecret } from '../../state/credentialsStore.ts';
import { useLiveSignature, useSignatureSteps, useSignedTimestamp, useSigningError } from '../../state/signatureStore.ts';
import { useTimestampMode } from '../../state/requestStore.ts';
import { CopyButton } from '../common/CopyButton.tsx';
import { HexView } from './HexView.tsx';
import { PartLegend } from './PartLegend.tsx';
import { PayloadView } from './PayloadView.tsx';
import { StepThrough } from './StepThrough.tsx';
import { TimestampControls } from './TimestampControls.tsx';

/**
 * The four documented steps, each with its input, operation and output, recomputed on every keystroke. The steps
 * render from their copy as of the last painted frame (paintedMirror.ts): at 1 MB the payload step costs more than the
 * signing itself. The `Signature` output alone reads the live value, so it changes in the keystroke's own frame.
 */
export function SignatureStepper() {
  const steps = useSignatureSteps();
  const liveSignature = useLiveSignature();
  // Here, in the deferred render, not in signing: a scan of the whole body (~1 ms a megabyte) the signature need not wait for.
  const hasLoneSurrogates = useMemo(() => findLoneSurrogates(steps?.payload.input.body ?? '', 1).length > 0, [steps]);
  const timestamp = useSignedTimestamp();
  const error = useSigningError();
  const secret = useSecret();
  const mode = useTimestampMode();
  const [showHex, setShowHex] = useState(false);

  return (
    <section className="panel stepper" aria-labelledby="stepper-heading">
      <h2 id="stepper-heading">Signing steps</h2>
      {error && <p className="message message-error" role="alert">{error}</p>}
      <ol className="steps">
        <li className="step">
          <h3>1. Secret hash</h3>
          <p className="operation">
            SHA-256(<span className="muted">{secret === '' ? 'empty secret' : `API secret, ${secret.length} characters`}</span>) → lowercase hex
          </p>
          {secret === '' && <p className="hint">No secret entered: this is the hash of the empty string.</p>}
          {/* No copy button: the hash is the HMAC key itself, and the clipboard is outside this tab's memory. */}
          <ValueRow label="Secret hash" value={steps?.secretHash.output ?? ''} />
        </li>
        <li className="step">
          <h3>2. Timestamp</h3>
          <p className="operation">{mode === 'live' ? 'Unix seconds from this computer’s clock, every second' : 'Pinned Unix seconds'}</p>
          <TimestampControls />
        </li>
        <li className="step">
          <h3>3. Payload</h3>
          <p className="operation">timestamp + "." + body (the exact characters sent)</p>
          <PartLegend />
          {!timestamp.ok ? (
            <p className="muted">Waiting for a valid timestamp.</p>
          ) : steps ? (
            <>
              <div className="value-row">
                <PayloadView payload={steps.payload.output} />
                <CopyButton text={steps.payload.output} label="Copy step 3 output" />
              </div>
              <p className="hint">
                {steps.payload.byteLength.toLocaleString()} bytes UTF-8 ({formatBytes(steps.payload.byteLength)}),{' '}
                {steps.payload.output.length.toLocaleString()} UTF-16 characters. · space, → tab, ↵ newline, CR carriage return; escapes and
                non-ASCII highlighted.
              </p>
              {hasLoneSurrogates && (
                <p className="message message-error">
                  The body has unpaired surrogates: they are signed and sent as U+FFFD, not as shown.
                </p>
              )}
              <button type="button" aria-expanded={showHex} onClick={() => setShowHex(!showHex)}>
                {showHex ? 'Hide bytes' : 'Show bytes (hex)'}
              </button>
              {showHex && <HexView payload={steps.payload.output} byteLength={steps.payload.byteLength} />}
            </>
          ) : null}
        </li>
        <li className="step">
          <h3>4. Signature</h3>
          <p className="operation" title="The key is the 64 characters of step 1's hex text, not the 32 bytes they spell">HMAC-SHA256(key = step 1’s hex text, message = step 3) → hex</p>
          <ValueRow step={4} label="Signature" value={liveSignature} />
        </li>
      </ol>
      <StepThrough />
    </section>
  );
}

// Copy buttons are named after the step, not the value: "Copy signature" would also answer to the label "Signature".
function ValueRow({ step, label, value }: { step?: number; label: string; value: string }) {
  return (
    <div className="value-row">
      <output className="value mono" aria-label={label} aria-live="off">
        {value}
      </output>
      {step !== undefined && <CopyButton text={value} label={`Copy step ${step} output`} />}
    </div>
  );
}
