/** Aliases the text states: "X, (also|formerly) known as Y". */
import type { MentionContext } from './MentionContext.js';

const KNOWN_AS_ADVERBS: readonly string[] = ['also', 'formerly', 'previously', 'once', 'commonly', 'better', ','];

/** Adds an alias link for each "X … known as Y" whose X and Y are mentions. */
export function knownAsAliases(ctx: MentionContext): void {
  const { tokens, covered } = ctx;
  for (const s of ctx.sentences) {
    for (let i = s.first + 1; i < s.last; i++) {
      const t = tokens[i]!;
      if (t.lower === 'known' && tokens[i + 1]?.lower === 'as') {
        const yIdx = covered[i + 2] !== -1 ? covered[i + 2] : tokens[i + 2]?.lower === 'the' ? covered[i + 3] : -1;
        let x = i - 1;
        while (x >= s.first && KNOWN_AS_ADVERBS.includes(tokens[x]!.lower)) x--;
        const xIdx = x >= s.first ? covered[x] : -1;
        if (xIdx !== undefined && xIdx >= 0 && yIdx !== undefined && yIdx >= 0) ctx.aliases.push({ a: xIdx, b: yIdx });
      }
    }
  }
}
