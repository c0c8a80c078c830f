import type { FrameKey, PassiveMode, SenseCues } from './lexiconTypes.js';

/** A frame with a label naming where it comes from, for messages. */
export interface LabelledFrame {
  readonly key: FrameKey;
  readonly label: string;
  /** What the frame yields ("MEET", "blocked"); equal outcomes still conflict (duplicates). */
  readonly outcome: string;
}

/**
 * How specific a frame's sense cues are; among frames that match a query the most specific
 * wins. A lemma cue names the very word, so it outweighs a type cue.
 */
export function specificity(cues: SenseCues): number {
  return (cues.subjectTypes ? 1 : 0) + (cues.objectTypes ? 1 : 0) + (cues.objectLemmas ? 2 : 0);
}

const VOICES: Record<PassiveMode, readonly boolean[]> = { standard: [false, true], none: [false], only: [true] };

function voicesOverlap(a: PassiveMode, b: PassiveMode): boolean {
  return VOICES[a].some((v) => VOICES[b].includes(v));
}

function listsOverlap(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return a === undefined || b === undefined || a.some((x) => b.includes(x));
}

/** True when some query could match both frames with the same specificity. */
function ambiguous(a: FrameKey, b: FrameKey): boolean {
  return voicesOverlap(a.passive, b.passive)
    && specificity(a) === specificity(b)
    && listsOverlap(a.subjectTypes, b.subjectTypes)
    && listsOverlap(a.objectTypes, b.objectTypes)
    && listsOverlap(a.objectLemmas, b.objectLemmas);
}

/** The index key of a lemma form of a frame. */
export function frameKey(pos: string, lemma: string, particle: string | undefined, prep: string | undefined): string {
  return `${pos} ${lemma} ${particle ?? '-'} ${prep ?? '-'}`;
}

function describe(frame: LabelledFrame): string {
  const k = frame.key;
  const where = [k.particle && `particle "${k.particle}"`, k.prep && `prep "${k.prep}"`, k.passive !== 'standard' && `passive ${k.passive}`]
    .filter(Boolean).join(', ');
  return `${frame.label} → ${frame.outcome}${where ? ` (${where})` : ''}`;
}

/**
 * Pairs of frames that share a lemma (or variant), part of speech, particle and preposition and
 * that one query could match with equal specificity: their cues do not decide between them.
 */
export function findFrameConflicts(frames: readonly LabelledFrame[]): string[] {
  const groups = new Map<string, LabelledFrame[]>();
  for (const f of frames) {
    for (const lemma of [f.key.lemma, ...f.key.variants]) {
      const key = frameKey(f.key.pos, lemma, f.key.particle, f.key.prep);
      const group = groups.get(key) ?? [];
      group.push(f);
      groups.set(key, group);
    }
  }
  const problems: string[] = [];
  for (const [key, group] of groups) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (group[i] === group[j] || !ambiguous(group[i]!.key, group[j]!.key)) continue;
        const lemma = key.split(' ')[1];
        problems.push(`${describe(group[i]!)} and ${describe(group[j]!)}: ${group[i]!.key.pos} "${lemma}" maps to both with equally specific cues; `
          + 'expected subjectTypes/objectTypes/objectLemmas that tell them apart (or a more specific cue on one)');
      }
    }
  }
  return problems;
}
