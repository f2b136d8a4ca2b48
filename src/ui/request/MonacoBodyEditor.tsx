import Editor from '@monaco-editor/react';
import { type ClipboardEvent, useRef } from 'react';
import { setBody, useBody, usePath, useRequestStore } from '../../state/requestStore.ts';
import { useResolvedTheme } from '../theme/useResolvedTheme.ts';
import { pasteCarriesCarriageReturn, spliceBody } from './exactPaste.ts';
import { type monaco, modelPathFor, verbatimEditorOptions } from './monacoSetup.ts';

/** Monaco bound to the request body; the default export is what `React.lazy` loads. */
export default function MonacoBodyEditor({ readOnly }: { readOnly: boolean }) {
  const body = useBody();
  const path = usePath();
  const theme = useResolvedTheme();
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);

  // Capture phase: the paste must be taken before Monaco normalizes its line breaks.
  const onPasteCapture = (event: ClipboardEvent) => {
    const text = pasteCarriesCarriageReturn(event);
    const editor = editorRef.current;
    const model = editor?.getModel();
    const selection = editor?.getSelection();
    if (text === undefined || readOnly || !model || !selection) return;
    event.preventDefault();
    event.stopPropagation();
    spliceBody(model.getOffsetAt(selection.getStartPosition()), model.getOffsetAt(selection.getEndPosition()), text);
  };

  return (
    <div className="monaco-frame" onPasteCapture={onPasteCapture}>
      <Editor
        height="100%"
        language="json"
        path={modelPathFor(path)}
        value={body}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        options={{ ...verbatimEditorOptions, readOnly, wordWrap: body.length > 200_000 ? 'off' : 'on' }}
        loading={<div className="muted">Loading editor…</div>}
        onMount={(editor) => {
          editorRef.current = editor;
          // Hand focus over if the person was typing in the stand-in textarea when the editor arrived.
          if (document.activeElement?.classList.contains('plain-body-editor')) editor.focus();
        }}
        onChange={(value) => {
          // While the body holds CRs the model shows a normalized copy; the store keeps the exact bytes. Read the
          // store, not the `readOnly` prop: this handler can run before React has passed the new prop down.
          if (!useRequestStore.getState().body.includes('\r')) setBody(value ?? '');
        }}
      />
    </div>
  );
}
