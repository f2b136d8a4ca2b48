import type { ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: string;
  children: ReactNode;
  /** Messages shown under the input and announced with it (aria-describedby). */
  messages?: ReadonlyArray<{ text: string; tone: 'error' | 'warning' | 'info' }>;
}

/** A label, an input and the messages about that input, kept together so each error sits beside its field. */
export function Field({ id, label, children, messages = [] }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {messages.length > 0 && (
        <ul className="field-messages" id={`${id}-messages`}>
          {messages.map((message) => (
            <li key={message.text} className={`message message-${message.tone}`}>
              {message.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The aria-describedby value for a field that has messages. */
export function describedBy(id: string, messageCount: number): string | undefined {
  return messageCount > 0 ? `${id}-messages` : undefined;
}
