/**
 * Whether a bracketed form can stand for a place's or person's name: anything but an
 * all-capitals acronym, or an acronym whose letters follow the name's word initials and inner
 * capitals in order ("Ana Maria Lopes (AML)"; not "LISBON, Portugal (AP)"). Organisations
 * take any bracketed form: their acronyms often abbreviate another language's name.
 */
export function abbreviates(short: string, name: string): boolean {
  const letters = short.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase()) return true;
  const cues = name.split(/[\s-]+/).map((w) => (w[0] ?? '') + w.slice(1).replace(/[^\p{Lu}]/gu, '')).join('').toUpperCase();
  if (cues[0] !== letters[0]) return false;
  let k = 0;
  for (const c of cues) if (c === letters[k]) k++;
  return k === letters.length;
}
