/**
 * A one-line progress display on stderr for long runs (`extract`, `ingest`): redrawn in place
 * with a carriage return, only when stderr is a terminal (never in pipes, files or logs).
 */
import type { CliIO } from './io.js';

export interface ProgressLine {
  /** An article is being extracted now (shown until the next update). */
  working(source: string, chars: number): void;
  /** One more article finished, successfully or not. */
  finished(failed: boolean): void;
  /** Erases the line (before the summary is printed). */
  clear(): void;
}

const CLEAR_LINE = '\r\u001b[K';
const WIDTH = 100;
/** Redraws at most this often, except for an article long enough to be worth naming at once. */
const REDRAW_MS = 100;
const LONG_ARTICLE_CHARS = 50_000;

/** "4.8 MB", "512 KB", "900 chars": the size of an article's text. */
export function formatSize(chars: number): string {
  if (chars >= 1_000_000) return `${(chars / 1_000_000).toFixed(1)} MB`;
  if (chars >= 10_000) return `${Math.round(chars / 1_000)} KB`;
  return `${chars} chars`;
}

/** The text of the line: counts, then the article in progress, shortened from the left. */
export function progressText(label: string, done: number, failed: number, current: string | null): string {
  const counts = `${label}: ${done} done${failed > 0 ? `, ${failed} failed` : ''}`;
  if (current === null) return counts;
  const room = Math.max(10, WIDTH - counts.length - 3);
  const shown = current.length > room ? `…${current.slice(current.length - room + 1)}` : current;
  return `${counts} · ${shown}`;
}

/** A progress line on `io.stderr`, or one that shows nothing when stderr is not a terminal. */
export function progressLine(io: Pick<CliIO, 'stderr' | 'stderrIsTTY'>, label: string): ProgressLine {
  let done = 0;
  let failed = 0;
  let current: string | null = null;
  let shown = false;
  let drawnAt = Number.NEGATIVE_INFINITY;
  const draw = (force = false): void => {
    if (!io.stderrIsTTY) return;
    const now = Date.now();
    if (!force && now - drawnAt < REDRAW_MS) return;
    io.stderr.write(CLEAR_LINE + progressText(label, done, failed, current));
    drawnAt = now;
    shown = true;
  };
  return {
    working(source, chars) {
      current = `extracting ${source} (${formatSize(chars)})`;
      draw(chars >= LONG_ARTICLE_CHARS);
    },
    finished(wasFailure) {
      done++;
      if (wasFailure) failed++;
      current = null;
      draw();
    },
    clear() {
      if (shown) io.stderr.write(CLEAR_LINE);
      shown = false;
    },
  };
}
