import type { EntityType } from './types.js';

/** Node label per entity type (Neo4j and exports alike). All labels match ^[A-Z][A-Za-z]*$. */
export const ENTITY_LABELS: Readonly<Record<EntityType, string>> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  GPE: 'Gpe',
  LOCATION: 'Location',
  FACILITY: 'Facility',
  WEAPON: 'Weapon',
  VEHICLE: 'Vehicle',
  EVENT: 'Event',
  OTHER: 'Other',
};
