/**
 * Wording the story's vocabulary reads in more of its common forms (data/vocabulary.json), each
 * pinned by a sentence we wrote: a verb's past tense beside its present ("remained
 * indispensable"), a phrasal verb with a quantified object between its parts ("pulled the majority
 * of their soldiers"), idioms ("beat the deadline", "packed up", "political capital"). Added when
 * fitting articles-blind-20 (session 39).
 */
import { describeWordings, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'a need told in the past tense: "remained indispensable"',
    'Kurdish leaders said this week that coalition support remained indispensable for Iraq in the fight against ISIS.',
    '2025-10-25',
    'kurdistan-still-needs-coalition',
  ],
  [
    '"beat the schedule" for coming early',
    'The American pullout from Ain al-Asad beat the schedule set in 2024.',
    '2025-10-02',
    'pullout-ahead-of-schedule',
  ],
  [
    '"beat the deadline by weeks", the margin after the object',
    "The coalition's pullout from the Baghdad bases beat the deadline by weeks, officers said.",
    '2025-09-25',
    'pullout-ahead-of-schedule',
  ],
  [
    '"pulled the majority of their soldiers": a quantified object inside the phrasal verb',
    'Italy and Germany pulled the majority of their soldiers from Erbil this week, officials said.',
    '2026-02-20',
    'partners-leave-erbil-feb-2026',
  ],
  [
    '"packed up" for leaving',
    'By December the coalition had packed up in federal Iraq and moved north.',
    '2026-01-05',
    'federal-mission-completed',
  ],
  [
    'work "on federal Iraqi soil" that is finished',
    'The coalition says its work on federal Iraqi soil is finished.',
    '2026-01-10',
    'federal-mission-completed',
  ],
  [
    '"made political capital out of" for a political gain',
    'Al-Sudani has made political capital out of the American pullout.',
    '2026-03-10',
    'sudani-political-win',
  ],
  [
    'handled "under" an agreement for governed by it',
    'From now on, security ties with Washington will be handled under the Strategic Framework Agreement, the minister said.',
    '2026-05-10',
    'framework-agreement-governs-ties',
  ],
  [
    'defence arrangements "of their own" for bilateral ones',
    'Once the mission ends, each ally will deal with Baghdad through defence arrangements of their own.',
    '2026-01-20',
    'bilateral-transition',
  ],
  [
    'a stage "moved … to" a place, the object between verb and particle',
    'The coalition shifted the final phase of its work to Syria this week, Iraqi officers said.',
    '2026-01-20',
    'second-phase-begins-in-syria',
  ],
  [
    'a headline with the object between "moves" and "to"',
    'Coalition moves last stage of IS fight to Syria, officers say',
    '2026-01-20',
    'second-phase-begins-in-syria',
  ],
  [
    'the government "presented" the exit as an achievement, past an aside ("for its part")',
    'The government, for its part, has presented the coalition drawdown as a milestone for the country.',
    '2026-04-06',
    'government-hails-drawdown',
  ],
  [
    'a purpose told "so they can back …" as "to back …" is',
    'Some American soldiers are expected to remain until September so they can support operations against IS cells inside Syria.',
    '2026-01-20',
    'erbil-stays-for-syria',
  ],
  [
    '"last chapter" for the last stage',
    "The plan's last chapter, a departure from the Kurdish region due in September, is for the next cabinet to oversee.",
    '2026-03-01',
    'full-exit-2026',
  ],
  [
    '"final chapter" for the last stage',
    'The final chapter, leaving the Kurdistan Region by September, will be overseen by the next cabinet.',
    '2026-03-01',
    'full-exit-2026',
  ],
  [
    '"insurgents" for the militants, "withered" for a fall',
    'Attacks by insurgents withered over 2025, Iraqi officials said.',
    '2026-02-10',
    'isis-attacks-fell-2025',
  ],
];

describeWordings('other forms of the wording a claim is read from', cases);
