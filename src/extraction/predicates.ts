/**
 * The relation ontology: canonical UPPER_SNAKE predicates in the spirit of CAMEO event codes,
 * each with the verb lemmas and event nouns that express it. Light-verb phrases ("hold talks
 * with", "lodge a protest against", "conduct a test of") map through their event noun.
 * A verb missing from the table still yields a predicate: its lemma in UPPER_SNAKE.
 */

export interface PredicateDefinition {
  predicate: string;
  description: string;
  /** Verb lemmas that express the predicate directly. */
  verbs: readonly string[];
  /** Event nouns that express it after a light verb or as a nominalisation ("the launch of"). */
  nouns?: readonly string[];
  /** True when the relation holds in both directions (MEET). */
  symmetric?: boolean;
  /** True when a common-noun object (aid, supplies) is a meaningful argument. */
  thingObject?: boolean;
}

export const PREDICATES: readonly PredicateDefinition[] = [
  // contact and movement
  { predicate: 'MEET', description: 'meets or holds talks with', verbs: ['meet', 'talk', 'confer', 'negotiate'], nouns: ['talks', 'talk', 'meeting', 'summit', 'negotiation', 'negotiations', 'consultation', 'consultations', 'discussion', 'discussions'], symmetric: true },
  { predicate: 'DISCUSS', description: 'discusses something with', verbs: ['discuss'], symmetric: true },
  { predicate: 'VISIT', description: 'visits a place or person', verbs: ['visit', 'tour'], nouns: ['visit', 'tour'] },
  { predicate: 'TRAVEL', description: 'travels or goes to', verbs: ['travel', 'go', 'fly', 'head', 'journey', 'sail', 'drive', 'ride', 'move', 'return', 'leave', 'depart', 'come'], nouns: ['trip', 'journey', 'voyage', 'flight'] },
  { predicate: 'ARRIVE', description: 'arrives in or at', verbs: ['arrive', 'reach', 'land'], nouns: ['arrival'] },
  { predicate: 'FOLLOW', description: 'follows', verbs: ['follow', 'accompany', 'precede'] },
  { predicate: 'HOST', description: 'hosts or receives', verbs: ['host', 'receive', 'invite'], nouns: ['reception'] },
  { predicate: 'WELCOME', description: 'welcomes or greets', verbs: ['welcome', 'greet', 'hail'], nouns: ['welcome'] },
  { predicate: 'CALL', description: 'telephones or calls', verbs: ['call', 'phone', 'telephone'], nouns: ['call', 'phone-call'] },
  // statements
  { predicate: 'SAY', description: 'says or reports (reported speech)', verbs: ['say', 'state', 'report', 'claim', 'note', 'add', 'announce', 'declare', 'write', 'post', 'tweet', 'explain', 'stress', 'reiterate', 'assert', 'insist', 'argue', 'suggest', 'reveal', 'disclose', 'indicate', 'acknowledge', 'admit'], nouns: ['statement', 'announcement'] },
  { predicate: 'TELL', description: 'tells someone', verbs: ['tell', 'inform', 'brief', 'thank', 'address'] },
  { predicate: 'CONFIRM', description: 'confirms', verbs: ['confirm', 'verify'], nouns: ['confirmation'] },
  { predicate: 'DENY', description: 'denies', verbs: ['deny', 'reject', 'dismiss', 'refute'], nouns: ['denial', 'rejection'] },
  { predicate: 'CITE', description: 'cites a source', verbs: ['cite', 'quote'] },
  { predicate: 'WARN', description: 'warns', verbs: ['warn', 'caution'], nouns: ['warning'] },
  { predicate: 'THREATEN', description: 'threatens', verbs: ['threaten'], nouns: ['threat'] },
  { predicate: 'PRAISE', description: 'praises', verbs: ['praise', 'commend', 'applaud', 'congratulate', 'honor', 'honour', 'commemorate'] },
  { predicate: 'CRITICIZE', description: 'criticizes or condemns', verbs: ['criticize', 'criticise', 'condemn', 'denounce', 'blame', 'slam', 'decry'], nouns: ['criticism', 'condemnation'] },
  { predicate: 'ACCUSE', description: 'accuses', verbs: ['accuse', 'charge', 'allege'], nouns: ['accusation', 'allegation'] },
  { predicate: 'PROTEST', description: 'protests against', verbs: ['protest', 'object'], nouns: ['protest', 'complaint', 'objection'] },
  { predicate: 'DEMAND', description: 'demands or urges', verbs: ['demand', 'urge', 'press', 'ask', 'request', 'appeal'], nouns: ['demand', 'request', 'appeal'] },
  { predicate: 'APOLOGIZE', description: 'apologizes to', verbs: ['apologize', 'apologise'], nouns: ['apology'] },
  // cooperation
  { predicate: 'SUPPORT', description: 'supports or backs', verbs: ['support', 'back', 'endorse', 'defend', 'help', 'assist', 'aid'], nouns: ['support', 'backing', 'endorsement'] },
  { predicate: 'OPPOSE', description: 'opposes', verbs: ['oppose', 'resist', 'veto'], nouns: ['opposition'] },
  { predicate: 'AGREE', description: 'agrees with', verbs: ['agree', 'concur'], nouns: ['agreement', 'deal', 'accord', 'pact'], symmetric: true },
  { predicate: 'SIGN', description: 'signs', verbs: ['sign', 'ratify', 'conclude'], thingObject: true },
  { predicate: 'COOPERATE', description: 'cooperates with', verbs: ['cooperate', 'collaborate', 'partner', 'ally', 'team'], nouns: ['cooperation', 'collaboration', 'partnership', 'alliance'], symmetric: true },
  { predicate: 'PROVIDE', description: 'provides or supplies', verbs: ['provide', 'supply', 'give', 'send', 'deliver', 'donate', 'grant', 'offer', 'ship', 'export', 'transfer', 'lend'], nouns: ['delivery', 'shipment', 'donation'], thingObject: true },
  { predicate: 'SEEK', description: 'seeks or secures', verbs: ['seek', 'secure', 'obtain', 'get', 'want', 'gain', 'win', 'request', 'import'], thingObject: true },
  { predicate: 'RECEIVE', description: 'receives', verbs: ['accept', 'collect'], thingObject: true },
  { predicate: 'USE', description: 'uses', verbs: ['use', 'employ', 'deploy', 'operate', 'commission'], nouns: ['deployment'], thingObject: true },
  { predicate: 'DEVELOP', description: 'develops or builds', verbs: ['develop', 'build', 'construct', 'produce', 'manufacture', 'design', 'hone', 'advance', 'upgrade', 'modernize', 'create', 'make'], nouns: ['development', 'construction', 'production'], thingObject: true },
  { predicate: 'TAKE', description: 'takes or boards', verbs: ['take', 'board', 'catch'], thingObject: true },
  // force
  { predicate: 'LAUNCH', description: 'launches', verbs: ['launch'], nouns: ['launch', 'launching'], thingObject: true },
  { predicate: 'FIRE', description: 'fires (a weapon)', verbs: ['fire', 'shoot'], nouns: ['firing', 'shooting'], thingObject: true },
  { predicate: 'TEST', description: 'tests', verbs: ['test', 'trial'], nouns: ['test', 'tests', 'testing', 'trial'], thingObject: true },
  { predicate: 'ATTACK', description: 'attacks or strikes', verbs: ['attack', 'strike', 'bomb', 'shell', 'hit', 'raid', 'storm', 'target', 'assault'], nouns: ['attack', 'strike', 'strikes', 'raid', 'assault', 'offensive', 'bombing'] },
  { predicate: 'INVADE', description: 'invades', verbs: ['invade', 'occupy', 'annex'], nouns: ['invasion', 'occupation', 'annexation', 'war'] },
  { predicate: 'KILL', description: 'kills', verbs: ['kill', 'murder', 'assassinate', 'execute'], nouns: ['killing', 'murder', 'assassination'] },
  { predicate: 'INJURE', description: 'injures or wounds', verbs: ['injure', 'wound', 'hurt'] },
  { predicate: 'ARREST', description: 'arrests or detains', verbs: ['arrest', 'detain', 'capture', 'seize', 'jail', 'imprison'], nouns: ['arrest', 'detention', 'seizure'] },
  { predicate: 'SANCTION', description: 'sanctions or restricts', verbs: ['sanction', 'ban', 'embargo', 'blacklist', 'restrict', 'bar'], nouns: ['sanctions', 'sanction', 'ban', 'embargo'] },
  { predicate: 'DEFEAT', description: 'defeats or beats', verbs: ['defeat', 'beat', 'overcome', 'conquer'], nouns: ['defeat', 'victory'] },
  { predicate: 'FIGHT', description: 'fights or clashes with', verbs: ['fight', 'clash', 'battle', 'combat'], nouns: ['clash', 'clashes', 'fighting', 'battle'], symmetric: true },
  { predicate: 'PATROL', description: 'patrols', verbs: ['patrol', 'monitor', 'guard'] },
  // business
  { predicate: 'ACQUIRE', description: 'acquires or buys', verbs: ['acquire', 'buy', 'purchase', 'takeover', 'merge'], nouns: ['acquisition', 'purchase', 'takeover', 'merger'], thingObject: true },
  { predicate: 'SELL', description: 'sells', verbs: ['sell', 'divest'], nouns: ['sale'], thingObject: true },
  { predicate: 'INVEST', description: 'invests in', verbs: ['invest', 'fund', 'finance', 'sponsor'], nouns: ['investment', 'funding'] },
  { predicate: 'OWN', description: 'owns or holds a stake in', verbs: ['own', 'control'], nouns: ['stake', 'shareholding', 'ownership'] },
  { predicate: 'EMPLOY', description: 'employs or hires', verbs: ['employ', 'hire', 'recruit', 'appoint', 'name', 'nominate'], nouns: ['appointment', 'nomination'] },
  { predicate: 'FIRE_EMPLOYEE', description: 'dismisses', verbs: ['dismiss', 'sack', 'oust', 'remove', 'depose'], nouns: ['dismissal', 'ouster'] },
  { predicate: 'SUE', description: 'sues or prosecutes', verbs: ['sue', 'prosecute', 'indict', 'convict', 'sentence', 'fine'], nouns: ['lawsuit', 'suit', 'prosecution', 'indictment'] },
  { predicate: 'ELECT', description: 'elects or votes for', verbs: ['elect', 'vote', 'reelect', 're-elect'], nouns: ['election', 'vote'] },
  { predicate: 'JOIN', description: 'joins', verbs: ['join', 'enter'], nouns: ['membership', 'accession'] },
  { predicate: 'QUIT', description: 'leaves or resigns from', verbs: ['quit', 'resign', 'withdraw', 'exit'], nouns: ['resignation', 'withdrawal', 'exit'] },
  { predicate: 'SUCCEED', description: 'succeeds or replaces', verbs: ['succeed', 'replace'] },
  { predicate: 'CONTAIN', description: 'contains or houses', verbs: ['contain', 'house', 'include', 'hold', 'comprise', 'feature'] },
  { predicate: 'ESTABLISH', description: 'founds or establishes', verbs: ['establish', 'found', 'set', 'form', 'open', 'inaugurate'], nouns: ['founding', 'establishment', 'opening'] },
  // states and roles (nominal facts)
  // where people are from and live
  { predicate: 'BORN_IN', description: 'was born in', verbs: ['bear'] },
  { predicate: 'LIVES_IN', description: 'lives in', verbs: ['live', 'reside'] },
  { predicate: 'DIED_IN', description: 'died in', verbs: ['die'] },
  { predicate: 'LEADER_OF', description: 'leads (president, leader, governor, CEO …)', verbs: ['lead', 'head', 'rule', 'govern', 'chair', 'run', 'command'] },
  { predicate: 'HOLDS_ROLE', description: 'holds a role in (verb = the role word)', verbs: ['serve'] },
  { predicate: 'MEMBER_OF', description: 'is a member or part of', verbs: ['belong'] },
  { predicate: 'NATIONALITY', description: 'is a national or citizen of (verb "citizen")', verbs: ['represent'] },
  { predicate: 'RELATIVE_OF', description: 'is a family member of (verb = the kinship word)', verbs: [] },
  { predicate: 'LOCATED_IN', description: 'is located in', verbs: ['locate', 'situate', 'lie', 'base'] },
  { predicate: 'ALIAS_OF', description: 'is another name of', verbs: [] },
];

/** Verbs that take an event noun as object and pass the event on ("hold talks", "lodge a protest"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'hold', 'lodge', 'conduct', 'make', 'take', 'carry', 'stage', 'pay', 'file', 'issue', 'launch', 'have',
  'mount', 'undertake', 'begin', 'start', 'continue', 'resume', 'host', 'organize', 'organise', 'convene',
  'express', 'voice', 'announce', 'impose', 'level', 'register', 'perform', 'give',
]);

const byVerb = new Map<string, PredicateDefinition>();
const byNoun = new Map<string, PredicateDefinition>();
const byName = new Map<string, PredicateDefinition>();
for (const def of PREDICATES) {
  byName.set(def.predicate, def);
  for (const v of def.verbs) if (!byVerb.has(v)) byVerb.set(v, def);
  for (const n of def.nouns ?? []) if (!byNoun.has(n)) byNoun.set(n, def);
}

/** UPPER_SNAKE form of a lemma or phrase ("carry out" → CARRY_OUT). */
export function toUpperSnake(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

/** The definition for a verb lemma, if the ontology knows it. */
export function definitionForVerb(lemma: string): PredicateDefinition | undefined {
  return byVerb.get(lemma.toLowerCase());
}

/** The definition for an event noun ("talks", "protest", "invasion"), if any. */
export function definitionForNoun(noun: string): PredicateDefinition | undefined {
  return byNoun.get(noun.toLowerCase());
}

export function definitionOf(predicate: string): PredicateDefinition | undefined {
  return byName.get(predicate);
}

/** Canonical predicate for a verb lemma: the ontology's, or the lemma in UPPER_SNAKE. */
export function predicateForVerb(lemma: string): string {
  return definitionForVerb(lemma)?.predicate ?? toUpperSnake(lemma);
}

export function isSymmetricPredicate(predicate: string): boolean {
  return byName.get(predicate)?.symmetric === true;
}
