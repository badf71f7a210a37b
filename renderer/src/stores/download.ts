/**
 * Browser mode serves the app over http://127.0.0.1; Electron serves it from the app://
 * scheme, where downloads are not wired (every request off the bundle is cancelled) and
 * the JSON goes to a folder instead.
 */
export const isBrowserMode = () => location.protocol === 'http:' || location.protocol === 'https:';

/** Hands the JSON to the browser's own download: a local blob, no request leaves the page. */
export function downloadJson(value: unknown, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after the click returns: free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
