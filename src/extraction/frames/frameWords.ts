/** Word classes several frame modules share (the predicate lexicon and title lists live in ../lexicon.ts). */

/** Punctuation that ends a clause for subject and object searches. */
export const CLAUSE_STOP: ReadonlySet<string> = new Set([';', ':', '—', '–']);
/** Participles of seat/location ("Paris-based", "based in", "headquartered in"). */
export const BASE_WORDS: ReadonlySet<string> = new Set(['based', 'headquartered']);
/** Collective nouns for people acting for an organisation. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(['team', 'researchers', 'scientists', 'experts', 'officials', 'engineers', 'staff', 'investigators', 'analysts', 'doctors', 'lawyers', 'executives', 'representatives', 'workers', 'employees']);
export const RELATIVE: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);
/** Participles of leading: a group "led by X" acts through X. */
export const LEAD_VERBS: ReadonlySet<string> = new Set(['lead', 'head', 'chair']);
