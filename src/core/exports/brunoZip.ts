/** The Bruno collection as one zip file holding its folder, and as one text listing every file (to read or save by hand). */
import { strToU8, zipSync } from 'fflate';
import type { BrunoCollection } from './brunoCollection.ts';

/** The zip: every file under the collection's folder. `modified` is the files' date (the caller's clock). */
export function brunoZip(collection: BrunoCollection, modified: Date): Uint8Array {
  const entries = Object.fromEntries(collection.files.map((file) => [`${collection.folder}/${file.path}`, strToU8(file.text)]));
  return zipSync(entries, { level: 6, mtime: modified });
}

/** Every file of the collection, each after a `# <path>` line: what the Export preview shows. */
export function brunoCollectionText(collection: BrunoCollection): string {
  return collection.files.map((file) => `# ${collection.folder}/${file.path}\n${file.text}`).join('\n');
}
