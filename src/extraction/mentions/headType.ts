/** Types read from one word: the head noun of a name ("Ministry", "Airport") or a thing noun ("missile"). */
import type { EntityType } from '../../model/types.js';
import { AWARD_HEADS, CRAFT_HEADS, EVENT_HEADS, FACILITY_HEADS, GPE_HEADS, LOCATION_HEADS, ORG_HEADS, VEHICLE_NOUNS, WEAPON_NOUNS } from '../lexicon.js';
import type { TypeStrength } from './Mention.js';
import { singular } from './singular.js';
import { stripDot } from './tokenText.js';

/** The type a head word gives the name it ends ("… Authority" → ORGANIZATION), or null. */
export function headType(word: string): { type: EntityType; strength: TypeStrength } | null {
  const w = stripDot(word.toLowerCase());
  const s = singular(w);
  if (ORG_HEADS.has(w) || ORG_HEADS.has(s)) return { type: 'ORGANIZATION', strength: 3 };
  if (FACILITY_HEADS.has(w) || FACILITY_HEADS.has(s)) return { type: 'FACILITY', strength: 3 };
  if (GPE_HEADS.has(w) || GPE_HEADS.has(s)) return { type: 'GPE', strength: 3 };
  if (LOCATION_HEADS.has(w) || LOCATION_HEADS.has(s)) return { type: 'LOCATION', strength: 3 };
  if (EVENT_HEADS.has(w)) return { type: 'EVENT', strength: 3 };
  if (AWARD_HEADS.has(w)) return { type: 'OTHER', strength: 3 };
  if (CRAFT_HEADS.has(w)) return { type: 'VEHICLE', strength: 3 };
  return null;
}

/** WEAPON or VEHICLE for a weapon or vehicle noun ("missiles", "tank"), else null. */
export function thingType(lemma: string): EntityType | null {
  const s = singular(lemma);
  if (WEAPON_NOUNS.has(s) || WEAPON_NOUNS.has(lemma)) return 'WEAPON';
  if (VEHICLE_NOUNS.has(s) || VEHICLE_NOUNS.has(lemma)) return 'VEHICLE';
  return null;
}
