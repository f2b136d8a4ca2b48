import { useMemo } from 'react';
import { checkBody } from '../../core/bodyChecks.ts';
import { methodHasBody } from '../../core/requestModel.ts';
import { utf8ByteLength } from '../../core/text.ts';
import { useMethod, useShownBody } from '../../state/requestStore.ts';

/**
 * What is odd about the body as typed. None of it stops signing: the exact text is signed and sent. The checks read
 * the whole body (~8 ms a key at 1 MB), so they read the body as of the last painted frame, after the keystroke's.
 */
export function BodyFindings() {
  const body = useShownBody();
  const method = useMethod();
  const findings = useMemo(() => checkBody(body, utf8ByteLength(body), methodHasBody(method)), [body, method]);
  if (findings.length === 0) return null;
  return (
    <ul className="field-messages" aria-label="Body warnings">
      {findings.map((finding) => (
        <li key={finding.message} className={`message message-${finding.severity === 'error' ? 'error' : finding.severity}`}>
          {finding.message}
        </li>
      ))}
    </ul>
  );
}
