import Editor from '@monaco-editor/react';
import { type ClipboardEvent, useEffect, useRef, useState } from 'react';
import { setBody, usePath, useRequestStore } from '../../state/requestStore.ts';
import { useResolvedTheme } from '../theme/useResolvedTheme.ts';
import { bodyShape, LARGE_BODY } from './bodyShape.ts';
import { optionsForShape } from './editorShapeOptions.ts';
import { pasteCarriesCarriageReturn, spliceBody } from './exactPaste.ts';
import { monaco, modelPathFor, verbatimEditorOptions } from './monacoSetup.ts';

/**
 * With screen-reader support off, Monaco renames its textarea "The editor is not accessible at this time", and it does
 * so when it applies the new options — at its next render, after any React effect has run — so a name set once from an
 * effect was overwritten for a large body. Switching that support also replaces the textarea with a new element. The
 * field keeps its contract name by watching the current textarea's attribute, and finding the textarea again whenever
 * the options change (watching the whole editor's subtree instead would report every line Monaco redraws on a key).
 */
function keepAccessibleName(editor: monaco.editor.IStandaloneCodeEditor | null): (() => void) | undefined {
  if (!editor) return undefined;
  let watched: HTMLTextAreaElement | null | undefined;
  const keep = () => {
    const textarea = editor.getDomNode()?.querySelector('textarea');
    if (textarea && textarea.getAttribute('aria-label') !== 'Request body') textarea.setAttribute('aria-label', 'Request body');
    if (textarea === watched) return;
    watched = textarea;
    observer.disconnect();
    if (textarea) observer.observe(textarea, { attributes: true, attributeFilter: ['aria-label'] });
  };
  const observer = new MutationObserver(keep);
  keep();
  const options = editor.onDidChangeConfiguration(keep);
  return () => {
    options.dispose();
    observer.disconnect();
  };
}

/**
 * Monaco bound to the request body; the default export is what `React.lazy` loads.
 *
 * The editor is not a controlled component: it owns its text while the person types, and only a body changed from
 * elsewhere (a paste kept exact, history, a share link, "Convert to LF") is written into it. Bound through a
 * `value` prop, every key re-rendered it and read the whole model back (~6 ms a key at 1 MB, ahead of the signature).
 */
export default function MonacoBodyEditor({ readOnly }: { readOnly: boolean }) {
  const path = usePath();
  const theme = useResolvedTheme();
  const large = useRequestStore((state) => bodyShape(state.body).large);
  const longLines = useRequestStore((state) => bodyShape(state.body).hasLongLine);
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  /** The body as this editor last reported or showed it: a store value equal to it needs no writing back. */
  const shown = useRef<string | undefined>(undefined);
  useEffect(() => keepAccessibleName(editor), [editor]);

  useEffect(() => {
    if (!editor) return undefined;
    const show = (body: string) => {
      const model = editor.getModel();
      if (!model || body === shown.current) return;
      shown.current = body;
      if (model.getValue() === body) return;
      // A large body written from elsewhere (a share link, history, a test) arrives here before React re-renders with
      // the large-body options: under the small-body ones Monaco lays out and tokenizes it whole (~3 s for a megabyte).
      const shape = bodyShape(body);
      if (shape.large || shape.hasLongLine) editor.updateOptions(optionsForShape(shape));
      if (shape.large) monaco.editor.setModelLanguage(model, 'plaintext');
      // A full-range edit, not setValue, so that undo still takes the person back to what they had typed; a read-only
      // editor (a body with CRs) refuses edits and is simply given the text.
      if (editor.executeEdits('store', [{ range: model.getFullModelRange(), text: body, forceMoveMarkers: true }])) editor.pushUndoStop();
      else model.setValue(body);
    };
    shown.current = undefined; // a new path may have brought a model holding older text
    show(useRequestStore.getState().body);
    return useRequestStore.subscribe((state) => show(state.body));
  }, [editor, path]);

  // Capture phase: a paste with CRs must be taken before Monaco normalizes its line breaks, and a large one before
  // Monaco lays it out under the small-body options (see LARGE_BODY).
  const onPasteCapture = (event: ClipboardEvent) => {
    const pasted = event.clipboardData.getData('text/plain');
    const text = pasteCarriesCarriageReturn(event) ?? (pasted.length > LARGE_BODY ? pasted : undefined);
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
        language={large ? 'plaintext' : 'json'}
        path={modelPathFor(path)}
        defaultValue={useRequestStore.getState().body}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        options={{ ...verbatimEditorOptions, ...optionsForShape({ large, hasLongLine: longLines }), readOnly }}
        loading={<div className="muted">Loading editor…</div>}
        onMount={(mounted) => {
          setEditor(mounted);
          // Hand focus over if the person was typing in the stand-in textarea when the editor arrived.
          if (document.activeElement?.classList.contains('plain-body-editor')) mounted.focus();
        }}
        onChange={(value) => {
          // While the body holds CRs the model shows a normalized copy; the store keeps the exact bytes. Read the
          // store, not the `readOnly` prop: this handler can run before React has passed the new prop down.
          if (useRequestStore.getState().body.includes('\r')) return;
          shown.current = value ?? '';
          setBody(value ?? '');
        }}
      />
    </div>
  );
}
