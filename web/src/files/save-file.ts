/**
 * Hands a downloaded file to the browser to save. The API needs the user's token, which
 * a plain link does not send, so files are fetched first and saved from memory.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the browser to have started the save.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
