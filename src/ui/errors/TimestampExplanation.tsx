import { formatDuration, measureSkew, TIMESTAMP_WINDOW_SECONDS } from '../../core/clockSkew.ts';
import type { SentRequest } from '../../core/sentRequest.ts';
import { useClockStore } from '../../state/clockStore.ts';
import type { HttpResponse } from '../../state/httpClient.ts';
import { setTimestampPinned, useTimestampMode } from '../../state/requestStore.ts';

interface Props {
  request: SentRequest;
  response: HttpResponse | undefined;
  details: Record<string, unknown> | undefined;
}

/** TIMESTAMP_EXPIRED in numbers: the sent X-Timestamp against the server's clock from its `Date` header. */
export function TimestampExplanation({ request, response, details }: Props) {
  const mode = useTimestampMode();
  if (request.timestamp === undefined) return <p>No X-Timestamp was sent.</p>;
  const measured = measureSkew(request.timestamp, response?.serverDate, details?.serverTime);
  if (!measured.ok) return <p>{measured.error.message}</p>;
  const { report } = measured;
  const direction = report.skewSeconds < 0 ? 'behind' : 'ahead of';
  return (
    <>
      <dl className="facts" aria-label="Clock skew">
        <dt>X-Timestamp sent</dt>
        <dd>{report.sent}</dd>
        <dt>Server clock</dt>
        <dd>
          {report.serverSeconds} ({new Date(report.serverSeconds * 1000).toISOString()}, from its{' '}
          {report.serverClockSource === 'date-header' ? 'Date header' : 'error details'})
        </dd>
        <dt>Skew</dt>
        <dd>
          {report.skewSeconds > 0 ? '+' : ''}
          {report.skewSeconds} s
        </dd>
      </dl>
      {report.looksLikeMilliseconds ? (
        <p>
          The timestamp has 13 digits: it looks like <strong>milliseconds</strong> (<code>Date.now()</code>). Read as seconds it would be{' '}
          {formatDuration(report.skewIfMilliseconds ?? 0)} off; send <code>Math.floor(Date.now() / 1000)</code>.
        </p>
      ) : (
        <p>
          The timestamp sent was {formatDuration(report.skewSeconds)} {direction} the server’s clock;{' '}
          {report.withinWindow
            ? `that is inside the ±${TIMESTAMP_WINDOW_SECONDS} s window by the Date header, so the clocks disagree by less than a second or the server’s window is narrower.`
            : `the server accepts at most ±${TIMESTAMP_WINDOW_SECONDS} s.`}{' '}
          {mode === 'pinned'
            ? 'The timestamp is pinned, so it does not follow the clock.'
            : 'It followed this computer’s clock, so that clock is off: sync it with NTP.'}
        </p>
      )}
      {mode === 'pinned' && (
        <button type="button" onClick={() => setTimestampPinned(false, Math.floor(useClockStore.getState().nowMs / 1000))}>
          Follow the clock
        </button>
      )}
    </>
  );
}
