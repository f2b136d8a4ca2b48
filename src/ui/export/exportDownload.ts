/** Saving a generated file: a Blob behind an object URL and a click on a temporary link. Nothing goes over the network. */
export function downloadFile(fileName: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the Blob to the download by the time the next task runs.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
