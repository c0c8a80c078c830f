/**
 * Closed-class word lists used by mention detection and relation framing. Every list holds
 * general English vocabulary (titles, organisation heads, geographic words …), never names
 * taken from particular articles.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Role/title words that, before a name, make it a PERSON (lower case). */
export const TITLE_WORDS = set(`
  president vice-president minister secretary governor spokesperson spokesman spokeswoman leader
  chancellor king queen prince princess senator mayor ceo cfo coo cto chairman chairwoman chairperson chair
  director general commander ambassador envoy chief premier dictator head founder co-founder judge
  inspector superintendent commissioner constable
  pope emperor sheikh emir sultan lawmaker congressman congresswoman representative rep. sen. gov. gen.
  lt. col. capt. adm. sgt. mr. mrs. ms. dr. prof. rev. reverend professor coach manager captain admiral colonel
  lieutenant sergeant marshal officer official deputy undersecretary attorney prosecutor editor
  correspondent analyst economist researcher scientist counterpart dictator tsar czar monarch
  ruler strongman chief-executive executive president-elect councillor councilor mp adviser advisor aide candidate
  midfielder striker defender goalkeeper forward winger fullback full-back playmaker quarterback pitcher
  actor actress singer rapper guitarist drummer bassist pianist violinist composer songwriter conductor
  novelist author poet playwright screenwriter filmmaker photographer architect designer chef
`);

/** Titles that make their holder the leader of the country/organisation named with them. */
export const LEADER_TITLES = set(`
  president premier leader chancellor king queen emperor dictator ruler governor mayor ceo chairman
  chairwoman chairperson chair head monarch tsar czar sultan emir strongman founder president-elect
`);

/** Honorifics that are dropped from names without making a role fact. */
export const HONORIFICS = set(`mr. mrs. ms. dr. mr mrs ms dr prof. sir dame rev. rev reverend`);

/** Words that qualify a title ("Foreign Minister", "Chief Cabinet Secretary"): part of the role, not an organisation. */
export const PORTFOLIO_WORDS = set(`
  prime deputy vice acting former senior top chief executive first general attorney press foreign
  defense defence finance interior home health education trade energy justice economy economic agriculture
  transport transportation culture labor labour environment cabinet state treasury resources natural
  affairs security national public internal external development industry science technology
  communications information digital commerce tourism sports youth women family social welfare
  housing infrastructure water fisheries mining oil petroleum emergency emergencies disaster
  military armed forces navy army air war peace foreign-affairs immigration climate budget fiscal
  monetary culture heritage regional local federal provincial assistant associate managing
  principal special junior supreme grand lord high
`);

/** Kinship nouns for "A, B's grandfather" style facts. */
export const KINSHIP_WORDS = set(`
  father mother son daughter brother sister wife husband grandfather grandmother grandson
  granddaughter uncle aunt nephew niece cousin spouse widow widower partner fiance fiancee
  stepfather stepmother stepson stepdaughter father-in-law mother-in-law son-in-law daughter-in-law
  sibling child parent grandparent grandchild
`);

/** Heads that make a capitalised chunk an ORGANIZATION (lower case). */
export const ORG_HEADS = set(`
  ministry agency party guard staff inc inc. corp corp. corporation university college council
  committee commission bank company co co. ltd ltd. llc plc group association army navy force forces
  police department office institute institution foundation union court parliament congress senate
  assembly organization organisation authority bureau service services network broadcasting fund
  church club league board administration government command airlines airline motors technologies
  labs laboratories media press times post journal tribune herald news agency chiefs cabinet
  federation alliance coalition movement front brigade brigades battalion regiment corps fleet
  directorate secretariat observatory exchange holdings partners capital ventures industries
  systems solutions reserve treasury commune academy school hospital-group team
  brewing brewery ales securities energy pharmaceuticals pharma foods logistics steel telecom
  insurance analytics robotics dynamics aerospace biotech therapeutics studios records entertainment
  games software electronics semiconductor semiconductors chemicals shipping railways airways hotels
  resorts brands retail stores markets lab research consulting bancorp financial trust fc united
  orchestra festival theatre theater institute agency commission tribunal
  mining minerals metals resources petroleum utilities bio biosciences biologics sciences healthcare
  investments finance payments fintech automotive construction engineering beverages textiles
  apparel cosmetics agro agri fisheries foundry manufacturing networks communications telecoms
  devices instruments materials packaging freight properties realty developments assurance
  pictures films publishing interactive mobility robotics semiconductors bioscience diagnostics
  homes estates builders developers contractors airports ports
  rovers wanderers athletic rangers hotspur
`);

/** Lower-case nouns that, next to a name, say it is an organisation ("broadcaster NHK"). */
export const ORG_CUE_NOUNS = set(`
  broadcaster agency newspaper daily outlet network company firm carrier group giant maker
  manufacturer operator startup start-up lender bank insurer retailer publisher channel tabloid
  wire broadcaster party militia union council regulator watchdog ministry
  developer producer supplier chipmaker drugmaker carmaker automaker brewer airline club side
  conglomerate utility insurer miner exporter importer distributor contractor consortium
  charity organisation organization institute university court court-house label studio
  band orchestra choir ensemble duo trio quartet squad federation association league foundation
  alliance coalition cartel gang syndicate journal magazine periodical
`);

/** Heads of institutions whose people are staff, not members: "a curator at the Royal Ontario Museum", "X of the University of Y". */
export const INSTITUTION_HEADS = set(`museum hospital school college library observatory zoo theatre theater gallery clinic prison university institute laboratory laboratories centre center academy`);

/** Whether a name's head ("University" in "University of Cape Town", else its last word) is an institution head. */
export function isInstitutionName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  return head !== undefined && INSTITUTION_HEADS.has(head);
}

/** Verbs that hold a person to a deed named by their of/for/with-phrase ("convicted of Ana Ruiz's killing", "charged with the murder of X"). */
export const LEGAL_VERBS = set(`convict charge accuse suspect indict jail sentence arrest prosecute blame try imprison execute hang detain extradite investigate`);

/** Words before a leadership title that make it no leadership ("deputy leader", "opposition leader"). */
export const NON_LEADING_WORDS = set(`vice deputy opposition assistant`);

/** Genre nouns that refer back to a named work ("the series", "the film", "the novel"). */
export const WORK_NOUNS = set(`series film movie drama show documentary novel book album song play opera miniseries sitcom memoir`);

/** Heads that make a chunk a FACILITY. */
export const FACILITY_HEADS = set(`
  cosmodrome spaceport airport airbase base station port harbor harbour plant reactor stadium arena
  hospital bridge dam palace tower centre center building prison jail embassy consulate mine
  refinery factory complex terminal house hall museum cathedral mosque temple shrine university-campus
  school campus headquarters hq pier dock shipyard railway-station site facility compound
  square park monument memorial landmark gate gates street avenue boulevard highway ground velodrome
`);

/** Facility heads too generic to start a definite reference on their own. */
export const GENERIC_FACILITY_NOUNS = set(`site facility compound venue spaceport premises`);

/** Heads that make a chunk an EVENT (tournaments, races, summits …). */
/** Heads that make a name an award (typed OTHER: "Grand Jury Prize", "Fields Medal"). */
export const AWARD_HEADS = set(`prize medal trophy award honour honor`);

/** Heads that make a name a craft or instrument in space ("James Webb Space Telescope", "Perseverance Rover"). */
export const CRAFT_HEADS = set(`telescope probe rover lander orbiter spacecraft satellite`);

export const EVENT_HEADS = set(`
  marathon open cup championship championships games olympics olympiad festival slam league summit
  conference election elections war tournament race prix series expo fair forum awards gala
  biennale congress-meeting derby classic masters
`);

/** Lower-case particles inside personal and institutional names ("Ilse de Graaf"). */
export const NAME_PARTICLES = set(`de van von der den da di du del della la le dos das bin ibn al el ter`);

/** Heads that make a chunk a LOCATION (natural or vague regions). */
export const LOCATION_HEADS = set(`
  sea ocean river lake gulf bay strait channel peninsula mountains mountain mount mt. island islands
  valley desert plateau coast shore basin zone corridor delta canyon forest plain plains cape hill hills
  east west north south arctic antarctic pole waters border frontier beach
`);

/** First words that make a name a natural place ("Lake Constance", "Mount Kenya", "Cape Cod"). */
export const LOCATION_FIRST_WORDS = set(`lake mount mt. cape river isle`);

/** Continents and world regions: places, never organisations (matched on the whole name, lower case). */
export const REGION_NAMES: ReadonlySet<string> = new Set([
  'africa', 'europe', 'asia', 'oceania', 'antarctica', 'north america', 'south america', 'central america', 'latin america',
  'middle east', 'the middle east', 'caribbean', 'scandinavia', 'balkans', 'sahel', 'southeast asia', 'south-east asia', 'east asia',
  'south asia', 'central asia', 'west africa', 'east africa', 'north africa', 'southern africa', 'sub-saharan africa', 'horn of africa',
  'eastern europe', 'western europe', 'central europe', 'siberia', 'patagonia', 'arctic', 'amazon', 'himalayas', 'alps', 'andes',
  'mediterranean', 'baltic', 'persian gulf', 'indo-pacific', 'asia-pacific', 'maghreb', 'levant', 'caucasus',
]);

/** Holidays and festivals of the calendar: events, never organisations or people (whole name, lower case). */
export const HOLIDAY_NAMES: ReadonlySet<string> = new Set([
  'christmas', 'christmas eve', 'easter', 'ramadan', 'eid', 'eid al-fitr', 'eid al-adha', 'thanksgiving', 'diwali', 'hanukkah',
  'passover', 'new year', "new year's eve", "new year's day", 'halloween', 'lent', 'yom kippur', 'rosh hashanah', 'lunar new year',
]);

/** Heads that make a chunk a GPE (administrative areas). */
export const GPE_HEADS = set(`
  region krai oblast province state county district territory prefecture city town village
  republic kingdom emirate municipality governorate canton department borough parish township
`);

/** Nouns for weapons (lemma form). */
export const WEAPON_NOUNS = set(`
  missile rocket submarine drone tank warhead bomb artillery ammunition weapon icbm slbm torpedo
  warship destroyer frigate cruiser bomber fighter interceptor munition shell grenade rifle
  gun howitzer launcher mine nuke arsenal
`);

/** Nouns for vehicles (lemma form). */
export const VEHICLE_NOUNS = set(`
  train aircraft jet plane airplane airliner ship vessel helicopter car truck bus boat ferry tanker
  satellite spacecraft
`);

/** Adjectives that describe a particular mention rather than the kind ("unspecified missile"). */
export const VAGUE_MODIFIERS = set(`
  unspecified unidentified suspected second first third another new other special several some
  recent recently unknown alleged so-called possible latest last next many much-needed much needed
  more most two three four five few any all both such same additional further sophisticated
`);

/** Personal pronouns that may stand for people. */
export const PERSON_PRONOUNS = set(`he she him her his hers himself herself`);
export const THING_PRONOUNS = set(`it its itself`);

/** Verbs that introduce reported speech or thought. */
export const SPEECH_VERBS = set(`
  say state tell report claim confirm note add announce argue suggest cite warn insist deny
  accuse allege believe think write post tweet explain stress emphasize emphasise reiterate
  declare assert indicate acknowledge admit reveal disclose predict quote
`);

/** Verbs that wrap a following infinitive and lend it modality ("is expected to meet"). */
export const CONTROL_VERBS: ReadonlyMap<string, 'planned' | 'reported' | 'possible'> = new Map([
  ['poise', 'planned'], ['expect', 'planned'], ['set', 'planned'], ['plan', 'planned'], ['intend', 'planned'],
  ['want', 'planned'], ['hope', 'planned'], ['seek', 'planned'], ['try', 'planned'], ['aim', 'planned'],
  ['decide', 'planned'], ['prepare', 'planned'], ['schedule', 'planned'], ['agree', 'planned'],
  ['promise', 'planned'], ['pledge', 'planned'], ['vow', 'planned'], ['threaten', 'planned'], ['offer', 'planned'],
  ['due', 'planned'], ['going', 'planned'], ['go', 'planned'], ['begin', 'planned'], ['start', 'planned'],
  ['continue', 'planned'], ['attempt', 'planned'], ['wish', 'planned'], ['need', 'planned'], ['have', 'planned'],
  ['believe', 'reported'], ['think', 'reported'], ['say', 'reported'], ['report', 'reported'], ['allege', 'reported'],
  ['understand', 'reported'], ['know', 'reported'], ['rumor', 'reported'], ['rumour', 'reported'],
  ['likely', 'possible'], ['appear', 'possible'], ['seem', 'possible'], ['able', 'possible'],
]);

/** Modal auxiliaries and their modality. */
export const MODAL_AUX: ReadonlyMap<string, 'planned' | 'possible'> = new Map([
  ['will', 'planned'], ["'ll", 'planned'], ['shall', 'planned'], ['would', 'possible'], ['could', 'possible'],
  ['might', 'possible'], ['may', 'possible'], ['can', 'possible'], ['should', 'possible'], ['must', 'planned'],
]);

/** Adverbs that hedge a statement. */
export const HEDGE_ADVERBS: ReadonlyMap<string, 'reported' | 'possible'> = new Map([
  ['reportedly', 'reported'], ['allegedly', 'reported'], ['purportedly', 'reported'], ['apparently', 'possible'],
  ['likely', 'possible'], ['possibly', 'possible'], ['probably', 'possible'], ['perhaps', 'possible'],
]);

/** Nouns of quantity/collection skipped before "of" when looking for an argument ("a couple of missiles"). */
export const QUANTITY_NOUNS = set(`
  couple pair number series string batch volley salvo barrage set group lot dozen dozens hundreds
  thousands millions kind type variety range wave round flurry handful total majority part
  firing launch launching test testing delivery shipment supply supplies sale purchase use deployment
  tonne tonnes ton tons kilogram kilograms kilo kilos pound pounds litre litres liter liters barrel
  barrels gallon gallons unit units piece pieces item items bag bags box boxes crate crates sack sacks
  percent per-cent percentage proportion fraction portion half bulk remainder
`);

/** Units of measure: a "1.2-gigawatt farm" or "300 kilometres" names no thing. */
export const UNIT_NOUNS = set(`
  watt watts kilowatt kilowatts megawatt megawatts gigawatt gigawatts kilometre kilometres kilometer
  kilometers mile miles metre metres meter meters hectare hectares acre acres percent per-cent
  tonne tonnes ton tons kilogram kilograms litre litres liter liters barrel barrels hour hours
  minute minutes second seconds day days week weeks month months year years
`);

/** Month names and abbreviations → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['jan.', 1], ['february', 2], ['feb', 2], ['feb.', 2], ['march', 3], ['mar', 3], ['mar.', 3],
  ['april', 4], ['apr', 4], ['apr.', 4], ['may', 5], ['june', 6], ['jun', 6], ['jun.', 6], ['july', 7], ['jul', 7], ['jul.', 7],
  ['august', 8], ['aug', 8], ['aug.', 8], ['september', 9], ['sept', 9], ['sept.', 9], ['sep', 9], ['sep.', 9],
  ['october', 10], ['oct', 10], ['oct.', 10], ['november', 11], ['nov', 11], ['nov.', 11], ['december', 12], ['dec', 12], ['dec.', 12],
]);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

/** Words that put an office in the past ("former chairman", "ex-president", "the late king"). */
export const PAST_OFFICE_WORDS = set(`former ex ex- late`);

/** Capitalised words that never start a name by themselves. */
export const NON_NAME_WORDS = set(`
  the a an this that these those i we you they he she it my our your their his her its
  mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
  january february march april june july august september october november december sept
  according read more also however meanwhile but and or so yet
  gmt utc est edt cst cdt pst pdt cet cest bst
  former late acting interim outgoing incoming
`);

/** Offices held in a state: with a demonym ("the Iranian minister") they name a role in that state, other titles a nationality. */
export const STATE_TITLES = set(`
  president vice-president minister secretary governor leader chancellor king queen prince princess
  senator mayor premier dictator ambassador envoy monarch emperor sultan emir sheikh tsar czar ruler
  general admiral commander marshal lawmaker congressman congresswoman mp diplomat spokesperson
  spokesman spokeswoman official prosecutor attorney-general president-elect strongman
`);

/** Titles held in an organisation: without an owner they belong to the organisation in view. */
export const CORPORATE_TITLES = set(`
  executive ceo cfo coo cto chairman chairwoman chairperson chair founder co-founder director
  coach manager spokesperson spokesman spokeswoman
`);

/** Titles only an organisation can confer ("X's chief executive"): a weakly typed owner is an organisation. */
export const ORG_OWNED_TITLES = set(`
  executive ceo cfo coo cto chairman chairwoman chairperson chair director coach manager president
  head chief founder co-founder captain researcher scientist analyst economist treasurer
`);

/** Common nouns for people by occupation or activity ("the Mexican actress Ana Lima"). */
export const PERSON_NOUNS = set(`
  actor actress architect artist player runner striker midfielder defender goalkeeper athlete
  writer author novelist poet singer musician composer painter sculptor photographer filmmaker
  journalist reporter doctor surgeon nurse teacher student farmer worker lawyer activist
  businessman businesswoman entrepreneur investor banker engineer designer chef dancer climber
  cyclist swimmer boxer driver rider skier sprinter champion veteran candidate politician
  historian scholar physicist chemist biologist diplomat soldier pilot astronaut inventor
`);

/**
 * Common nouns too general to name what a story is about, even when repeated (time, quantity,
 * talk and document words, people in general, places and organisations in general).
 */
export const GENERIC_NOUNS = set(`
  year month week day hour minute second time period decade century season morning afternoon
  evening night weekend quarter date today tomorrow yesterday moment age
  percent cent per number amount total figure rate level majority half third quarter share
  people person official spokesperson spokesman spokeswoman source sources statement report
  thing way part lot end start side case issue point place area region home world
  country nation state government company firm group organisation organization agency ministry
  city town village capital island province party team club union
  word comment interview news story article question answer reason result fact view term
  plan effort move step attempt decision process matter problem situation use need deal
  member head leader chief director minister president
  million billion thousand hundred dozen euro dollar pound yen kilometre kilometer mile metre meter
  kilogram tonne ton litre liter
`);
