/**
 * The file an export button saves, built from the current request. Loaded on first use (with fflate), so the
 * generators weigh nothing in the first page load.
 */
import { brunoBodyAsSent, brunoCollection } from '../../core/exports/brunoCollection.ts';
import { brunoCollectionText, brunoZip } from '../../core/exports/brunoZip.ts';
import { postmanCollectionFile } from '../../core/exports/postmanCollection.ts';
import type { SnippetRequest } from '../../core/snippets/snippetRequest.ts';

export type ExportTool = 'Postman' | 'Bruno';

export interface BuiltExport {
  fileName: string;
  content: string | Uint8Array<ArrayBuffer>;
  type: string;
  /** The saved text (every file of a zip), for the Export preview. */
  preview: string;
  /** What the user should know about how the tool sends this request, if anything. */
  note: string | undefined;
}

export function buildExport(tool: ExportTool, request: SnippetRequest, now: Date): BuiltExport {
  if (tool === 'Postman') {
    const file = postmanCollectionFile(request);
    return { fileName: file.fileName, content: file.text, type: 'application/json', preview: file.text, note: undefined };
  }
  const collection = brunoCollection(request);
  return {
    fileName: `${collection.folder}.zip`,
    content: brunoZip(collection, now) as Uint8Array<ArrayBuffer>,
    type: 'application/zip',
    preview: brunoCollectionText(collection),
    note: brunoBodyAsSent(request.body) === request.body ? undefined
      : 'Bruno sends this body with its line ends as LF and without the whitespace around it (its HTTP client trims a JSON body); the script signs what Bruno sends, so the server accepts it.',
  };
}
