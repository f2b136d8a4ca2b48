import { retryAllowedAt, secondsUntil } from '../../core/retryAfter.ts';
import { useClockStore } from '../../state/clockStore.ts';
import type { HttpResponse } from '../../state/httpClient.ts';
import { useReceivedAt } from '../../state/responseStore.ts';
import { headerValue } from './headerValue.ts';

interface Props {
  response: HttpResponse | undefined;
  details: Record<string, unknown> | undefined;
}

/** RATE_LIMIT_EXCEEDED: the key's limit and a live countdown to the moment Retry-After allows a retry. */
export function RateLimitExplanation({ response, details }: Props) {
  const receivedAt = useReceivedAt() ?? 0;
  const nowMs = useClockStore((state) => state.nowMs);
  const header = headerValue(response, 'retry-after') ??
    (typeof details?.retryAfterSeconds === 'number' ? String(details.retryAfterSeconds) : undefined);
  const allowedAt = retryAllowedAt(header, receivedAt);
  const limit = headerValue(response, 'x-ratelimit-limit') ?? (typeof details?.limit === 'number' ? String(details.limit) : undefined);
  const left = allowedAt === undefined ? undefined : secondsUntil(allowedAt, Math.max(nowMs, receivedAt));
  return (
    <>
      <p>
        This key allows {limit ?? 'a limited number of'} requests a minute, and every request naming it counts, failed ones too.
      </p>
      {left === undefined ? (
        <p>The server sent no Retry-After header; wait a minute before retrying.</p>
      ) : (
        <p className="countdown" role="timer" aria-label="Retry countdown">
          {left > 0 ? `You can retry in ${left} s.` : 'You can retry now.'}
        </p>
      )}
    </>
  );
}
