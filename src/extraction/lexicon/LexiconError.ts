import { NewsgraphError } from '../../errors.js';

/**
 * The predicate lexicon (shipped data or a caller's) is malformed. `problems` lists every
 * problem found, each naming the entry and saying what was expected and what was found.
 */
export class LexiconError extends NewsgraphError {
  readonly problems: readonly string[];

  constructor(source: string, problems: readonly string[]) {
    const shown = problems.slice(0, 20).map((p) => `  - ${p}`).join('\n');
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : '';
    super('CONFIG_ERROR', `predicate lexicon ${source} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${shown}${more}`, {
      source,
      problems: [...problems],
    });
    this.problems = problems;
  }
}
