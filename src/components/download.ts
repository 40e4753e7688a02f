/**
 * Moving text between the page and the learner's files, in the browser only (call from event
 * handlers): downloads without a server, and reading a chosen file.
 */

/** Saves text as a file: a Blob behind an object URL, clicked through a temporary <a download>. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns, so the URL must outlive this call.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The file's text as UTF-8 (File.text where available, FileReader otherwise). */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('[progress] The file could not be read.'));
    reader.readAsText(file);
  });
}
