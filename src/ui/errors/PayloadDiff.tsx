import type { DiffPart } from '../../core/payloadComparison.ts';

/** The two payloads interleaved: <del> only signed here, <ins> only built by the server; the first change outlined. */
export function PayloadDiff({ parts }: { parts: DiffPart[] }) {
  const first = parts.findIndex((part) => part.side !== 'both');
  return (
    <div className="payload-diff" aria-label="Payload comparison" tabIndex={0}>
      {parts.map((part, index) => {
        const marker = index === first ? ' diff-first' : '';
        if (part.side === 'both') return <span key={index}>{part.value}</span>;
        if (part.side === 'local') return <del key={index} className={`diff-local${marker}`} data-first-difference={index === first || undefined}>{part.value}</del>;
        return <ins key={index} className={`diff-server${marker}`} data-first-difference={index === first || undefined}>{part.value}</ins>;
      })}
    </div>
  );
}
