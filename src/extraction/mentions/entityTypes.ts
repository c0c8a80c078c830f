/**
 * From the entity tagger's coarse classes to the output types: places become GPE, LOCATION or
 * FACILITY by gazetteer and head noun; objects become WEAPON or VEHICLE by head noun.
 */
import type { EntityType } from '../../model/types.js';
import type { EntityTagType } from '../../syntax/EntityTagger.js';
import { getGazetteer } from '../gazetteer.js';
import { FACILITY_HEADS, LOCATION_FIRST_WORDS, LOCATION_HEADS, ORG_HEADS, VEHICLE_NOUNS, WEAPON_NOUNS } from '../lexicon.js';
import { singular } from './singular.js';

function headIn(set: ReadonlySet<string>, head: string): boolean {
  return set.has(head) || set.has(singular(head));
}

/** Type of a place name: a country or capital, else by its last word. */
export function placeType(name: string, lastWord: string): EntityType {
  if (getGazetteer().lookup(name) !== undefined) return 'GPE';
  const first = name.split(/\s+/)[0]!.toLowerCase();
  if (name.includes(' ') && LOCATION_FIRST_WORDS.has(first)) return 'LOCATION';
  const head = lastWord.toLowerCase();
  if (headIn(FACILITY_HEADS, head)) return 'FACILITY';
  if (headIn(LOCATION_HEADS, head)) return 'LOCATION';
  return 'GPE';
}

/** The output type of a tagged name, or null for names that are no entity (times, abstracts). */
export function nameType(tag: EntityTagType, name: string, lastWord: string): EntityType | null {
  switch (tag) {
    case 'PERSON':
      return 'PERSON';
    case 'ORGANIZATION':
      return headIn(FACILITY_HEADS, lastWord.toLowerCase()) && !headIn(ORG_HEADS, lastWord.toLowerCase()) ? 'FACILITY' : 'ORGANIZATION';
    case 'PLACE':
      return placeType(name, lastWord);
    case 'EVENT':
      return 'EVENT';
    case 'OBJECT':
      return thingType(lastWord.toLowerCase()) ?? 'OTHER';
    case 'TIME':
      return null;
    default:
      return 'OTHER';
  }
}

/** WEAPON or VEHICLE for a head noun of those kinds, else null. */
export function thingType(lemma: string): EntityType | null {
  if (headIn(WEAPON_NOUNS, lemma)) return 'WEAPON';
  if (headIn(VEHICLE_NOUNS, lemma)) return 'VEHICLE';
  return null;
}
