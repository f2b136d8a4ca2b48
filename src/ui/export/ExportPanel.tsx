import { useState } from 'react';
import { brunoBodyAsSent, brunoCollection } from '../../core/exports/brunoCollection.ts';
import { brunoCollectionText, brunoZip } from '../../core/exports/brunoZip.ts';
import { postmanCollectionFile } from '../../core/exports/postmanCollection.ts';
import { downloadFile } from './exportDownload.ts';
import { credentialInExport, currentExportRequest } from './exportRequest.ts';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'saved'; tool: 'Postman' | 'Bruno'; fileName: string; preview: string; note: string | undefined }
  | { kind: 'credential'; message: string };

/**
 * Exports the current request as a Postman collection or a Bruno collection whose pre-request script signs every
 * request. The key and secret are left empty in both: the user sets them in the tool.
 */
export function ExportPanel() {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  const exportTo = (tool: 'Postman' | 'Bruno') => {
    const credential = credentialInExport();
    if (credential) {
      setState({ kind: 'credential', message: `The request contains your ${credential}, and an export must never carry it. Remove it from the request to export it.` });
      return;
    }
    const request = currentExportRequest(window.location.origin);
    if (tool === 'Postman') {
      const file = postmanCollectionFile(request);
      downloadFile(file.fileName, file.text, 'application/json');
      setState({ kind: 'saved', tool, fileName: file.fileName, preview: file.text, note: undefined });
      return;
    }
    const collection = brunoCollection(request);
    const fileName = `${collection.folder}.zip`;
    downloadFile(fileName, brunoZip(collection, new Date()) as Uint8Array<ArrayBuffer>, 'application/zip');
    const note = brunoBodyAsSent(request.body) === request.body ? undefined
      : 'Bruno sends this body with its line ends as LF and without the whitespace around it (its HTTP client trims a JSON body); the script signs what Bruno sends, so the server accepts it.';
    setState({ kind: 'saved', tool, fileName, preview: brunoCollectionText(collection), note });
  };

  return (
    <section className="export-panel" aria-labelledby="export-heading">
      <h3 id="export-heading">Export</h3>
      <div className="toolbar">
        <button type="button" onClick={() => exportTo('Postman')}>Download Postman collection</button>
        <button type="button" onClick={() => exportTo('Bruno')}>Download Bruno collection</button>
      </div>
      <p className="hint">
        A collection whose pre-request script signs every request at send time. The API key and secret are left empty:
        set apiKey and apiSecret in Postman or Bruno, or pass them on the command line.
      </p>
      {state.kind === 'credential' && <p className="message message-error" role="alert">{state.message}</p>}
      {state.kind === 'saved' && (
        <div className="field">
          <span className="hint" role="status">{`${state.tool} collection saved as ${state.fileName}.`}</span>
          {state.note !== undefined && <p className="message message-info">{state.note}</p>}
          <label htmlFor="export-preview">Export preview</label>
          <textarea id="export-preview" className="code" readOnly value={state.preview} spellCheck={false} rows={8} />
        </div>
      )}
    </section>
  );
}
