/** Browser-only helpers to save a file through a Blob (never a data: URL, which long files outgrow). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** A file name for a chart's download in a language: smile-curve.png, smile-curve.zh-Hans.svg. */
export function imageFileName(id: string, locale: string, ext: 'png' | 'svg' | 'csv'): string {
  return `${id}${locale === 'en' ? '' : `.${locale}`}.${ext}`;
}
