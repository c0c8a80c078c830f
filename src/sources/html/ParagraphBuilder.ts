import { squash } from './squash.js';

/** Gathers inline text into paragraphs: white space squashed, empty ones dropped; lines stay apart inside `<pre>`. */
export class ParagraphBuilder {
  readonly paragraphs: string[] = [];
  inPre = false;
  private inline: string[] = [];

  /** Ends the current paragraph. */
  flush(): void {
    const p = squash(this.inline.join(''));
    if (p.length > 0) this.paragraphs.push(p);
    this.inline = [];
  }

  /** Adds decoded text; inside `<pre>` each line break ends a paragraph. */
  text(decoded: string): void {
    if (this.inPre && decoded.includes('\n')) {
      decoded.split('\n').forEach((line, i) => {
        if (i > 0) this.flush();
        this.inline.push(line);
      });
      return;
    }
    this.inline.push(decoded);
  }

  /** What an element boundary means for the text: a paragraph break for blocks, a space between cells. */
  boundary(isBlock: boolean, isCell: boolean): void {
    if (isBlock) this.flush();
    else if (isCell) this.inline.push(' ');
  }
}
