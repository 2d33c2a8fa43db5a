/**
 * Text written a piece at a time into a Blob, folded every megabyte so a large generated file
 * (report.html, captures.csv, manifest.json) does not sit in the JS heap as one string.
 */
export class BlobText {
  private parts: string[] = [];
  private pending = 0;
  private blob: Blob;

  constructor(private readonly type: string) {
    this.blob = new Blob([], { type });
  }

  add(text: string): void {
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending >= 1 << 20) this.fold();
  }

  private fold(): void {
    this.blob = new Blob([this.blob, ...this.parts], { type: this.type });
    this.parts = [];
    this.pending = 0;
  }

  toBlob(): Blob {
    this.fold();
    return this.blob;
  }
}
