import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const byName = (x: ReturnType<typeof extract>, name: string) => x.entities.find((e) => e.name === name);

describe('entity mentions', () => {
  it('strips titles and keeps the role as an attribute', () => {
    const x = extract('Brazilian Foreign Minister Paulo Andrade met reporters in Lisbon.');
    const p = byName(x, 'Paulo Andrade');
    expect(p?.type).toBe('PERSON');
    expect(p?.attributes?.role).toBe('Foreign Minister');
    expect(x.entities.some((e) => /Minister/.test(e.name))).toBe(false);
  });

  it('groups alternative country names from the gazetteer into one entity', () => {
    const x = extract('The DPRK tested a rocket. North Korea said the Democratic People\'s Republic of Korea would continue.');
    const nk = x.entities.filter((e) => e.type === 'GPE');
    expect(nk.map((e) => e.name)).toEqual(['North Korea']);
    expect(nk[0]!.mentions).toBe(3);
  });

  it('does not make a demonym alone an entity', () => {
    const x = extract('Chilean fishermen rescued two sailors near the harbour.');
    expect(x.entities.find((e) => e.name === 'Chile' || e.name === 'Chilean')).toBeUndefined();
  });

  it('knows countries by their English name, former countries, and people named by nationality', () => {
    const x = extract('Officials said Turkey and the Soviet Union welcomed the step taken by Croats and Germans.');
    expect(byName(x, 'Turkey')?.type).toBe('GPE');
    expect(byName(x, 'Soviet Union')?.type).toBe('GPE');
    expect(x.entities.find((e) => /Croats|Germans/.test(e.name))).toBeUndefined();
  });

  it('reads US states, and their news abbreviations after a town, as places', () => {
    const x = extract('Maren Holt, 41, of Bethany, Conn., moved to Illinois last year.');
    expect(byName(x, 'Illinois')?.type).toBe('GPE');
    const ct = byName(x, 'Connecticut');
    expect(ct?.type).toBe('GPE');
    expect(ct?.aliases).toContain('Conn.');
    const located = x.relations.find((r) => r.predicate === 'LOCATED_IN' && r.object === ct?.id);
    expect(x.entities.find((e) => e.id === located?.subject)?.name).toBe('Bethany');
  });

  it('reads an abbreviation that is also a title ("Miss.") as a state only after a town and a comma', () => {
    const x = extract('Officials in Columbus, Miss., said Miss Ellen Ward had left.');
    expect(byName(x, 'Mississippi')?.mentions).toBe(1);
    expect(x.entities.find((e) => e.name.endsWith('Ellen Ward'))?.type).toBe('PERSON');
  });

  it('keeps a title word that follows a first name inside the name ("Martin Luther King Jr.")', () => {
    const x = extract('Dr. Martin Luther King Jr. spoke in Memphis, and Billie Jean King watched.');
    expect(byName(x, 'Martin Luther King Jr.')?.type).toBe('PERSON');
    expect(byName(x, 'Billie Jean King')?.type).toBe('PERSON');
    expect(x.entities.some((e) => /^(?:Dr|Jr)\.?$/.test(e.name))).toBe(false);
  });

  it('takes no wire code into a name ("PA2904034294 Guatemala City")', () => {
    const x = extract('PA2904034294 Guatemala City Teleonce Television in Spanish 0300 GMT 29 Apr 94.');
    expect(x.entities.some((e) => /\d{6}/.test(e.name))).toBe(false);
  });

  it('keeps how the text titles a lone surname as an alias ("President Lincoln")', () => {
    const x = extract('President Lincoln spoke in Gettysburg.');
    expect(byName(x, 'Lincoln')?.aliases).toContain('President Lincoln');
  });

  it('types natural places and streets by their first or last word, and a demonym with a place as a place', () => {
    const x = extract('Floods reached Lake Urmia, Howard Beach and Nelson Street, then Cameron Parish and Soviet Armenia.');
    expect(byName(x, 'Lake Urmia')?.type).toBe('LOCATION');
    expect(byName(x, 'Howard Beach')?.type).toBe('LOCATION');
    expect(byName(x, 'Nelson Street')?.type).toBe('FACILITY');
    expect(byName(x, 'Cameron Parish')?.type).toBe('GPE');
    expect(byName(x, 'Soviet Armenia')?.type).toBe('GPE');
  });

  it('makes a person of a lone surname with kin or an apposed nationality noun', () => {
    expect(byName(extract("Officials said Sihanouk's son arrived."), 'Sihanouk')?.type).toBe('PERSON');
    expect(byName(extract('Kovacevic, a Serb, has come under fire.'), 'Kovacevic')?.type).toBe('PERSON');
  });

  it('names a town with its state as an alias, and splits a dateline place from the agency after it', () => {
    const x = extract('Henry Thoreau was born in Concord, Mass., and wrote for Beijing XINHUA.');
    expect(byName(x, 'Concord')?.aliases).toContain('Concord, Mass.');
    expect(byName(x, 'Beijing')?.type).toBe('GPE');
    expect(byName(x, 'XINHUA')?.type).toBe('ORGANIZATION');
  });

  it('takes a bracketed acronym as a place\'s alias only where its letters fit the name', () => {
    const x = extract('BRISBANE, Australia (AP) — Rain fell on Western suburbs at 0400 GMT.');
    expect(byName(x, 'Australia')?.aliases ?? []).not.toContain('AP');
    expect(x.entities.some((e) => e.name === 'GMT' || e.name === 'Western')).toBe(false);
  });

  it('keeps runs of name particles inside a name (von der Leyen, de la Vega)', () => {
    const x = extract('The jury, led by Pedro Alcaraz de la Vega, praised Ursula von der Leyen.');
    expect(byName(x, 'Pedro Alcaraz de la Vega')?.type).toBe('PERSON');
    expect(byName(x, 'Ursula von der Leyen')?.type).toBe('PERSON');
    expect(x.entities.some((e) => e.name === 'Leyen' || e.name === 'Vega')).toBe(false);
    expect(byName(extract("Sudan's army chief Abdel Fattah al-Burhan rejected the talks."), 'Abdel Fattah al-Burhan')?.type).toBe('PERSON');
  });

  it('keeps a past office a role, not leadership ("Former Pakistani prime minister X")', () => {
    const x = extract('Former Pakistani prime minister Imran Khan was sentenced on Tuesday.');
    expect(x.entities.some((e) => /Former/.test(e.name))).toBe(false);
    expect(byName(x, 'Imran Khan')?.attributes?.role).toBe('former prime minister');
    expect(x.relations.some((r) => r.predicate === 'LEADER_OF')).toBe(false);
  });

  it('types a capitalised weapon word as a weapon only in capitals ("ICBMs", not "Arsenal")', () => {
    const x = extract('Manchester City beat Arsenal 3-1 on Sunday. North Korea fired two ICBMs.');
    expect(byName(x, 'Arsenal')?.type).not.toBe('WEAPON');
    expect(x.entities.find((e) => e.name.startsWith('ICBM'))?.type).toBe('WEAPON');
  });

  it('names public bodies written in lower case (the national prosecutor\'s office, the federal government)', () => {
    const x = extract("The national prosecutor's office is investigating Hernan Vidal. Paulo Ribeiro asked the federal government for help.");
    expect(byName(x, "national prosecutor's office")?.type).toBe('ORGANIZATION');
    expect(byName(x, 'federal government')?.type).toBe('ORGANIZATION');
    expect(extract('The office was closed on Monday.').entities.some((e) => e.name === 'office')).toBe(false);
  });

  it('links acronym definitions as aliases', () => {
    const x = extract('The Northern Rail Safety Agency (NRSA) issued a warning. Later the NRSA closed two lines.');
    const org = byName(x, 'Northern Rail Safety Agency');
    expect(org?.type).toBe('ORGANIZATION');
    expect(org?.aliases).toContain('NRSA');
    expect(x.entities.filter((e) => e.type === 'ORGANIZATION')).toHaveLength(1);
  });

  it('takes the possessed name apart from its possessor', () => {
    const x = extract("Norway's Tromsdal Institute published the survey.");
    expect(byName(x, 'Tromsdal Institute')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Norway')?.type).toBe('GPE');
  });

  it('treats casing noise as the same name', () => {
    const x = extract('Lee Min ho arrived on Monday. Lee Min Ho then spoke to reporters.');
    const people = x.entities.filter((e) => e.type === 'PERSON');
    expect(people).toHaveLength(1);
    expect(people[0]!.mentions).toBe(2);
  });

  it('types names by their heads', () => {
    const x = extract('Ships left Port Aldane for the Gulf of Serrat while the Tarrow River Council met at Kelby Station.');
    expect(byName(x, 'Gulf of Serrat')?.type).toBe('LOCATION');
    expect(byName(x, 'Tarrow River Council')?.type).toBe('ORGANIZATION');
    expect(byName(x, 'Kelby Station')?.type).toBe('FACILITY');
  });

  it('never emits pronoun entities', () => {
    const x = extract('She said it was over. They left, and he stayed with them.');
    expect(x.entities.filter((e) => /^(she|it|they|he|them)$/i.test(e.name))).toEqual([]);
  });
});

describe('within-article coreference', () => {
  it('folds surname short forms into the full name', () => {
    const x = extract('Governor Helena Marsh visited the plant. Marsh later met Tomas Brill. Brill thanked Marsh.');
    const people = x.entities.filter((e) => e.type === 'PERSON').map((e) => e.name).sort();
    expect(people).toEqual(['Helena Marsh', 'Tomas Brill']);
    expect(x.entities.find((e) => e.name === 'Helena Marsh')?.aliases).toContain('Marsh');
  });

  it('resolves a role description to the person holding that role', () => {
    const x = extract('Peruvian President Luis Olmedo arrived in Quito. The Peruvian president then met Ecuadorian officials.');
    const luis = x.entities.find((e) => e.name === 'Luis Olmedo');
    expect(luis?.mentions).toBe(2);
  });

  it('folds organisation short forms into the full name', () => {
    const x = extract('The Halden Coast Guard searched the bay. The Coast Guard found the boat.');
    const orgs = x.entities.filter((e) => e.type === 'ORGANIZATION');
    expect(orgs.map((e) => e.name)).toEqual(['Halden Coast Guard']);
    expect(orgs[0]!.mentions).toBe(2);
  });
});
