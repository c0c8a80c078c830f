import { describe, expect, it } from 'vitest';
import { extract, find } from './helpers.js';

describe('round 6: place names with the connector "do"', () => {
  it('keeps "Serra Alta do Norte" and "Museu do Vale" as one name each', () => {
    const x = extract('Storms hit Serra Alta do Norte on Friday. Clara Nunes of the Museu do Vale said the damage was severe.');
    const names = x.entities.map((e) => e.name);
    expect(names).toContain('Serra Alta do Norte');
    expect(names).toContain('Museu do Vale');
    expect(names).not.toContain('Norte');
  });

  it('does not glue an auxiliary "do" after a sentence-initial word', () => {
    const x = extract('Why do Farmers want subsidies?');
    expect(x.entities.map((e) => e.name)).not.toContain('Why do Farmers');
  });
});

describe('round 6: "the <Organisation> in <Place>" locates the organisation', () => {
  it('links a court and a museum to the city named right after them', () => {
    const x = extract('The union said it would ask the Regional Court in Hamburg to stop the strike. The Marlowe Institute in Bristol has returned three paintings to Ghana.');
    expect(find(x, 'Regional Court', 'LOCATED_IN', 'Hamburg')).toBeDefined();
    expect(find(x, 'Marlowe Institute', 'LOCATED_IN', 'Bristol')).toBeDefined();
    expect(find(x, 'Marlowe Institute', 'LOCATED_IN', 'Ghana')).toBeUndefined();
  });

  it('does not locate an organisation by a month after "in"', () => {
    const x = extract('The Marlowe Institute in March opened a new wing.');
    expect(x.relations.filter((r) => r.predicate === 'LOCATED_IN')).toHaveLength(0);
  });
});

describe('round 6: roles and participles after an appositive or an agentless passive', () => {
  it('gives the appositive host the elected role and the participle clause', () => {
    const x = extract('Lena Brandt, a former nurse, was elected governor of Tarvonia on Sunday, defeating the incumbent Piotr Sala in a close vote.');
    expect(find(x, 'Lena Brandt', 'LEADER_OF', 'Tarvonia')).toBeDefined();
    expect(find(x, 'Lena Brandt', 'DEFEAT', 'Piotr Sala')).toBeDefined();
    expect(find(x, 'Piotr Sala', 'DEFEAT', 'Lena Brandt')).toBeUndefined();
  });

  it('lets the patient of an agentless passive head a following participle clause', () => {
    const x = extract('Omar Haddad was released on Friday, joining Vessel Robotics a week later.');
    expect(find(x, 'Omar Haddad', 'JOIN', 'Vessel Robotics')).toBeDefined();
  });
});

describe('round 6: coordinated titles in an appositive', () => {
  it('reads "X, the founder and former chief executive of Y" as a role held (a former office is no leadership now)', () => {
    const x = extract('Prosecutors charged Ilse Varga, the founder and former chief executive of Quenby Analytics, with fraud.');
    expect(find(x, 'Ilse Varga', 'LEADER_OF', 'Quenby Analytics')).toBeUndefined();
    const r = find(x, 'Ilse Varga', 'HOLDS_ROLE', 'Quenby Analytics');
    expect(r?.verb).toContain('founder');
    expect(r?.verb).toContain('chief executive');
  });

  it('keeps a coordinated non-leading title a plain role', () => {
    const x = extract('Prosecutors questioned Ilse Varga, the spokeswoman and finance director of Quenby Analytics, on Monday.');
    expect(find(x, 'Ilse Varga', 'HOLDS_ROLE', 'Quenby Analytics')).toBeDefined();
    expect(find(x, 'Ilse Varga', 'LEADER_OF', 'Quenby Analytics')).toBeUndefined();
  });
});

describe('round 6: coordinated subjects with a determiner on the second conjunct', () => {
  it('pairs "A and the B agreed" for a symmetric verb', () => {
    const x = extract("Tarvonia's Green Union and the Farmers League agreed on Monday to form a government.");
    const pair = find(x, 'Green Union', 'AGREE', 'Farmers League') ?? find(x, 'Farmers League', 'AGREE', 'Green Union');
    expect(pair).toBeDefined();
  });

  it('gives both conjuncts a non-symmetric fact', () => {
    const x = extract('Orvalis Bank and the Kestrel Fund bought Dunmore Foods.');
    expect(find(x, 'Orvalis Bank', 'ACQUIRE', 'Dunmore Foods')).toBeDefined();
    expect(find(x, 'Kestrel Fund', 'ACQUIRE', 'Dunmore Foods')).toBeDefined();
  });
});

describe('round 6: list members separated by an appositive', () => {
  it('reaches the second passive agent past the first one\'s appositive', () => {
    const x = extract('Quenby Analytics was founded in 2019 by Ilse Varga, a former engineer at Orvalis Bank, and Tom Reyes, who later left.');
    expect(find(x, 'Ilse Varga', 'FOUNDED', 'Quenby Analytics')).toBeDefined();
    expect(find(x, 'Tom Reyes', 'FOUNDED', 'Quenby Analytics')).toBeDefined();
    expect(find(x, 'Orvalis Bank', 'FOUNDED', 'Quenby Analytics')).toBeUndefined();
  });

  it('reaches the second direct object but not a name after a following verb', () => {
    const x = extract('Dunmore Foods hired Ana Reis, a former banker, and Tom Lee on Monday.');
    expect(find(x, 'Dunmore Foods', 'HIRE', 'Tom Lee')).toBeDefined();
    const y = extract('Dunmore Foods hired Ana Reis, a former banker, and said Tom Lee would stay.');
    expect(find(y, 'Dunmore Foods', 'HIRE', 'Tom Lee')).toBeUndefined();
  });
});

describe('round 6: signatories', () => {
  it('pairs two signers of a passive deal, reaching holders after possessive titles', () => {
    const x = extract("The accord was signed by Orvalis Bank's chief executive, Ana Reis, and Kestrel Capital's finance director, Tom Lee.");
    expect(find(x, 'Ana Reis', 'SIGN', 'Tom Lee')).toBeDefined();
    expect(find(x, 'Ana Reis', 'LEADER_OF', 'Orvalis Bank')).toBeDefined();
    expect(find(x, 'Orvalis Bank', 'SIGN', 'Tom Lee')).toBeUndefined();
  });

  it('pairs coordinated active signers but not signers of a named party', () => {
    const x = extract('Tarvonia and Velmark signed a border treaty on Friday.');
    expect(find(x, 'Tarvonia', 'SIGN', 'Velmark')).toBeDefined();
    const y = extract('Ana Reis and Tom Lee signed Kestrel Capital.');
    expect(find(y, 'Ana Reis', 'SIGN', 'Tom Lee')).toBeUndefined();
  });
});

describe('round 6: advisers are titled', () => {
  it('reads "X, a former adviser to Y" and "aide to" as roles', () => {
    const x = extract('The plan was drafted by Omar Haddad, a former adviser to the former president Lena Brandt.');
    expect(find(x, 'Omar Haddad', 'HOLDS_ROLE', 'Lena Brandt')?.verb).toContain('adviser');
    const y = extract('Tom Reyes, a senior aide to Ana Lima, resigned on Monday.');
    expect(find(y, 'Tom Reyes', 'HOLDS_ROLE', 'Ana Lima')).toBeDefined();
    expect(find(y, 'Tom Reyes', 'LEADER_OF', 'Ana Lima')).toBeUndefined();
  });
});

describe('round 6: "the X and Y party" is one name; candidates hold a role', () => {
  it('keeps a party name with an inner "and" whole and gives its candidate a role', () => {
    const x = extract('Lena Brandt, the candidate of the Order and Progress party, conceded defeat on Sunday.');
    expect(x.entities.map((e) => e.name)).toContain('Order and Progress');
    expect(x.entities.map((e) => e.name)).not.toContain('Progress');
    expect(find(x, 'Lena Brandt', 'HOLDS_ROLE', 'Order and Progress')?.verb).toBe('candidate');
  });

  it('still splits two names joined by "and" without a following group noun', () => {
    const x = extract('The deal was welcomed by Orvalis Bank and Kestrel Capital on Monday.');
    const names = x.entities.map((e) => e.name);
    expect(names).toContain('Orvalis Bank');
    expect(names).toContain('Kestrel Capital');
  });
});

describe('round 6: a descriptor "known as / called" a name', () => {
  it('makes the name the argument of the verb', () => {
    const x = extract('Investigators say Redfin Crew is linked to a larger gang known as Iron Lantern.');
    expect(find(x, 'Redfin Crew', 'LINK', 'Iron Lantern')).toBeDefined();
    const y = extract('Orvalis Bank bought a small lender called Dunmore Credit in May.');
    expect(find(y, 'Orvalis Bank', 'ACQUIRE', 'Dunmore Credit')).toBeDefined();
    const z = extract('Orvalis Bank bought a small lender, and analysts called Dunmore Credit the loser.');
    expect(find(z, 'Orvalis Bank', 'ACQUIRE', 'Dunmore Credit')).toBeUndefined();
  });
});

describe('round 6: a name "called" by an organisational noun is an organisation', () => {
  it('types the alias by its descriptor and leaves people alone', () => {
    const types = new Map(extract('Police linked the attack to a gang known as Iron Lantern. Orvalis Bank bought a lender called Dunmore Credit. She met a man called Tom Reyes.').entities.map((e) => [e.name, e.type]));
    expect(types.get('Iron Lantern')).toBe('ORGANIZATION');
    expect(types.get('Dunmore Credit')).toBe('ORGANIZATION');
    expect(types.get('Tom Reyes')).toBe('PERSON');
  });
});
