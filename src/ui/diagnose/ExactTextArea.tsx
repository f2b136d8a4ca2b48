interface ExactTextAreaProps {
  id: string;
  value: string;
  onChange(value: string): void;
  /** What the Clear button clears, for its accessible name ("Clear <what>"). */
  what: string;
  rows?: number;
  placeholder?: string;
  describedBy?: string | undefined;
}

/** Where position `at` of the control's normalized text (CR LF and lone CR shown as one LF) falls in `text`. */
function rawIndex(text: string, at: number): number {
  let raw = 0;
  for (let shown = 0; shown < at && raw < text.length; shown++) raw += text.startsWith('\r\n', raw) ? 2 : 1;
  return raw;
}

/**
 * A textarea that keeps every character it is given. A textarea turns CR LF into LF — in its value, on paste and on
 * every edit — and a raw HTTP request or a CR LF body is exactly where those bytes matter. So a paste is read from the
 * clipboard and stored verbatim (one code path, whatever it carries), and while the text holds a CR the field is
 * read-only, with a notice: typing into it would hand back the normalized text and silently drop them.
 */
export function ExactTextArea({ id, value, onChange, what, rows = 6, placeholder, describedBy }: ExactTextAreaProps) {
  const carriageReturns = value.split('\r').length - 1;
  const noticeId = `${id}-cr`;
  return (
    <>
      <textarea
        id={id}
        className="exact-text"
        rows={rows}
        value={value}
        placeholder={placeholder}
        readOnly={carriageReturns > 0}
        spellCheck={false}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        aria-describedby={[describedBy, carriageReturns > 0 ? noticeId : undefined].filter(Boolean).join(' ') || undefined}
        onPaste={(event) => {
          event.preventDefault();
          const text = event.clipboardData.getData('text/plain');
          const { selectionStart, selectionEnd } = event.currentTarget;
          onChange(value.slice(0, rawIndex(value, selectionStart)) + text + value.slice(rawIndex(value, selectionEnd)));
        }}
        onChange={(event) => onChange(event.target.value)}
      />
      {carriageReturns > 0 && (
        <div className="message message-info exact-notice" id={noticeId}>
          Holds {carriageReturns} carriage return{carriageReturns === 1 ? '' : 's'} (CR), kept exactly as pasted and shown
          read-only so that no edit turns them into LF. Paste over it, or{' '}
          <button type="button" onClick={() => onChange('')}>
            Clear {what}
          </button>
        </div>
      )}
    </>
  );
}
