interface SingleLineTextProps {
  id: string;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  describedBy?: string | undefined;
  /** Draw the characters as dots (the secret field). */
  masked?: boolean;
}

/**
 * A one-row textarea for credentials. An `<input>` silently deletes a pasted trailing newline — exactly the
 * `echo`-style mistake this tool must show — so a textarea keeps it and the field warns about it instead.
 * Enter does not insert a line break; masking uses `-webkit-text-security`, so the value is never in a password
 * manager's reach either.
 */
export function SingleLineText({ id, value, onChange, placeholder, describedBy, masked = false }: SingleLineTextProps) {
  return (
    <textarea
      id={id}
      className={masked ? 'single-line masked' : 'single-line'}
      rows={1}
      value={value}
      placeholder={placeholder}
      spellCheck={false}
      autoComplete="off"
      autoCorrect="off"
      autoCapitalize="off"
      data-1p-ignore
      data-lpignore="true"
      aria-describedby={describedBy}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.preventDefault();
      }}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
