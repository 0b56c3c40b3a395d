/**
 * The story's vocabulary: each concept lists the phrasings that express it. Claim recognizers in
 * data/claims.json name these concept ids, so a reviewer can read a rule as words.
 *
 * Pattern syntax (matched against folded tokens, see tokenize.ts):
 *   word     exact word            word*   any word starting with "word"
 *   =Word    exact, case-sensitive (to tell "US" from "us")
 *   a|b      either alternative    ~       up to three words of anything
 */
import type { ConceptId } from './types';

export const LEXICON: Record<ConceptId, string[]> = {
  // Actors
  us: [
    '=US',
    '=U.S',
    '=U.S.',
    '=USA',
    'united states',
    'america|american|americans',
    'washington',
    'pentagon',
    'state department',
    'white house',
    'biden',
  ],
  iraq: ['iraq*', 'baghdad'],
  coalition: [
    'coalition*',
    'international|foreign|western|allied|multinational forces|troops|alliance|partners',
    'operation inherent resolve',
    'alliance',
  ],
  troops: [
    'troop*',
    'forces',
    'force',
    'soldier*',
    'personnel',
    'military',
    'service members',
    'contingent',
    'boots',
  ],
  foreign: ['foreign', 'international', 'occupation'],
  isis: [
    'isis',
    'isil',
    'daesh',
    'islamic state',
    '=IS',
    'takfiri',
    'jihadist*',
    'the|terror|terrorist|extremist|jihadist|militant group',
  ],
  syria: ['syria|syrian'],
  kirkuk: ['kirkuk'],
  harris: ['harris', 'kamala'],
  // Actions
  withdraw: [
    'withdraw*',
    'withdrew',
    'pull* out|back|troops|forces',
    'pullout',
    'leav*',
    'left iraq|baghdad',
    'left the country',
    'have|has|had left',
    'exit*',
    'depart*',
    'drawdown|draw-down',
    'draw* down',
    'wind* down',
    'out of iraq',
    'out of the country',
    'be out',
    'end* ~ presence|deployment',
    'presence|deployment ~ end|ends|ending|ended',
    'evacuat*',
    'redeploy*',
    'bring|brought|bringing ~ home',
    'come|coming|go|going|return|returning home',
    'be|are|were gone',
  ],
  relocate: ['redeploy*', 'relocat*', 'shift* ~ to', 'mov* ~ to', 'consolidat*'],
  ongoing: [
    'still',
    'continu*',
    'remain*',
    'persist*',
    'recent',
    'recently',
    'resurg*',
    'again',
    'keeps',
  ],
  attack: ['attack*', 'bombing*', 'ambush*'],
  terrorism: ['terroris*'],
  refuse: ['refus*'],
  remain: [
    'remain*',
    'stay*',
    'retain*',
    'keep* ~ troops|forces|presence',
    'left behind',
    'continue to be present',
  ],
  continue: ['continu*', 'maintain*', 'keep*', 'go on', 'stay connected', 'beyond', 'after'],
  agreement: [
    'agree|agreed|agrees|agreement|agreements',
    'deal',
    'accord',
    'understanding',
    'settle* on',
    'agreed-upon',
  ],
  announce: ['announc*'],
  /** Reports that something is unknown; what follows is asked, not asserted. */
  uncertain: [
    'unclear',
    'uncertain',
    'whether',
    'not ~ clear',
    "isn't|wasn't|aren't|weren't ~ clear",
    'remains to be seen',
    'declined|refused to say|specify|confirm',
    'would|did not say|specify|confirm',
  ],
  official: ['official|officials', 'spokes*', 'diplomat*', 'administration', 'envoy'],
  /** Earlier US–Iraq pacts, not the 2024 withdrawal deal. */
  'earlier-pact': ['status of forces', '=SOFA', 'security agreement of 2008'],
  plan: ['plan|plans|planned', 'outline', 'timetable', 'timeline', 'roadmap'],
  'final-details': [
    'final approval|go-ahead|details|sign-off|decision|signoff',
    'final go ahead',
    'ironed out',
    'largely|broadly agreed',
    'awaits|awaiting|requires ~ approval',
    'be|being|yet finalis*|finaliz*',
    'remaining details',
  ],
  discuss: ['discuss*', 'agenda', 'addressed', 'raised', 'talked about', 'on|off the table'],
  talks: [
    'talk|talks',
    'negotiat*',
    'dialogue',
    'discussions',
    'higher military commission',
    'hmc',
  ],
  begin: [
    'begin*',
    'began',
    'begun',
    'start*',
    'launch*',
    'initiat*',
    'restart*',
    'opened',
    'kick* off',
    'first meeting|round|session',
  ],
  concluded: ['conclud*', 'conclusion', 'finish*', 'wrapped up', 'completed', 'ended'],
  delay: ['delay*', 'postpon*', 'on hold', 'suspend*', 'pushed back', 'held up'],
  expel: [
    'expel*',
    'expulsion',
    'kick* ~ out',
    'force* ~ out',
    'end* ~ foreign ~ presence',
    'oust*',
    'demand*|call*|urg* ~ departure|withdrawal|exit|expulsion|ouster',
  ],
  kill: ['kill*', 'assassinat*', 'martyr*', 'slain', 'died'],
  strike: ['strike*', 'airstrike*', 'drone*', 'attack'],
  reinforce: ['reinforc*', 'bolster*', 'beef* up', 'expand* ~ presence'],
  formed: [
    'form|formed|forming|formation',
    'created',
    'established',
    'set up',
    'founded',
    'assembled',
  ],
  // Shapes of the deal
  all: ['all', 'every', 'entire*', 'whole', 'fully', 'completely', 'full', 'total*', 'final exit'],
  complete: ['complet*', 'full', 'fully', 'final', 'entirely', 'totally'],
  /** Leaving the country as such ("withdraw from Iraq", "a US troop withdrawal"), not one base. */
  'leave-iraq': [
    'leav*|exit*|depart*|withdraw*|withdrew|pull* ~ iraq',
    'withdraw*|withdrew|depart*|exit* ~ ~ from iraq',
    'out of iraq',
    'coalition|us|american|troop|troops|forces withdrawal|exit|departure|pullout',
    '=US|=U.S withdrawal|exit|departure|pullout',
  ],
  remainder: ['remainder', 'the rest', 'remaining', 'others', 'last'],
  hundreds: [
    'hundreds',
    'first|initial phase|stage',
    'certain|some bases',
    'ain al asad|assad|asad',
  ],
  'mission-end': [
    'end|ending|conclude|concluding|wind|winding ~ mission',
    'mission ~ end|ends|conclude|concludes|over|wrap',
    'mission ~ ~ end|ends|conclude|concludes|over',
  ],
  'when-how': ['when and how'],
  mission: ['mission'],
  'two-years': ['two years', 'two-year', '2 years', 'two year'],
  // The relationship after the drawdown
  bilateral: ['bilateral'],
  transition: ['transition*', 'shift*', 'mov* to|toward|towards', 'evolv*'],
  security: ['security', 'defense', 'defence', 'military'],
  partnership: ['partnership*', 'partner*'],
  relationship: ['relationship*', 'relations', 'ties', 'arrangement*', 'cooperation'],
  advisory: [
    'advisory',
    'advise and|& assist',
    'advise',
    'advising',
    'advisers',
    'advisors',
    'training',
    'train',
    'trainers',
    'capacity building',
    'consulting',
    'logistical support',
  ],
  'advise-assist': [
    'advise and|& assist',
    'advisory and|& assistance',
    'advise ~ assist',
    'advisory role|mission|capacity',
    'end* ~ combat mission',
  ],
  presence: ['presence', 'present', 'footprint'],
  'long-term': [
    'long|longer period|time',
    'foreseeable future',
    'long-term|long term',
    'indefinitely',
    'exactly where it is',
    'for years',
    'quite a while',
  ],
  // Judgements
  threat: ['threat*', 'danger*', 'challenge*', 'menace'],
  defeated: ['defeat*', 'vanquish*'],
  leaks: ['leak*'],
  victory: ['victory', 'win'],
  // Iraqi parliament
  parliament: ['parliament*', 'lawmakers', 'legislat*', '=MPs', 'council of representatives'],
  law: ['law', 'resolution', 'legislation'],
  vote: ['vote|voted|votes|voting', 'law', 'resolution', 'adopted|passed ~ law|resolution|bill'],
};

/**
 * Names whose spellings vary across outlets; matched fuzzily (engine/find-entities.ts) and
 * reported as concepts. Aliases are written the way outlets print them.
 */
export const ENTITIES: Record<ConceptId, string[]> = {
  'ain-al-asad': ['Ain al-Asad', 'Ayn al-Asad', 'Al-Asad', 'Ain al-Assad', 'Ain Al-Asad airbase'],
  erbil: ['Erbil', 'Irbil', 'Arbil', 'Harir'],
  kurdistan: ['Kurdistan', 'Kurdistan Region', 'Kurdish region', 'Iraqi Kurdistan', 'KRG'],
  sudani: ['al-Sudani', 'Sudani', 'Mohammed Shia al-Sudani', 'Soudani'],
  soleimani: ['Soleimani', 'Suleimani', 'Qassem Soleimani', 'Qasem Soleimani'],
  muhandis: ['al-Muhandis', 'Muhandis', 'Abu Mahdi al-Muhandis'],
  baghdad: ['Baghdad'],
};

/** Other theatres: a sentence about them is not about this story unless it also names Iraq. */
export const OTHER_THEATRES: string[] = [
  'afghanistan',
  'afghan',
  'kabul',
  'taliban',
  'vietnam',
  'libya',
  'somalia',
  'niger',
];

/** Words that negate what follows them in the same clause. */
export const NEGATION_CUES: string[] = [
  'not',
  'no',
  'never',
  'neither',
  'nor',
  'without',
  'deny',
  'denied',
  'denies',
  'denying',
  'rejected',
  'dismissed',
  'failed',
  'fails',
];

/** The years this story covers: dates outside them belong to other withdrawals (2008, 2011…). */
export const STORY_YEARS = { from: 2014, to: 2027 };
