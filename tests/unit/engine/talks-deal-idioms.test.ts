/**
 * How the press says the 2024 talks, the deal and the plan's dates (idiomA, session 41): idioms and
 * phrasal verbs in their common forms ("put the brakes on", "ground to a halt", "nailed down",
 * "run its course", "shrugged off the vote", "wheels up", "a feather in his cap", "emerged
 * stronger", "bragging rights"), a consensus reached, a deal sealed, "administration official",
 * "framework pact", a negation put first ("Not once did …", "At no point did …").
 * Each sentence is our own; the second table holds the same words about other bodies, which get
 * no card.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, describeWordings, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'talks-suspended: Washington has hit the pause button on its talks w',
    "Washington has hit the pause button on its talks with Baghdad over the coalition's future, fearing a regional war.",
    '2024-08-20',
    'talks-suspended',
  ],
  [
    'talks-suspended: The US put the brakes on the troop withdrawal nego',
    'The US put the brakes on the troop withdrawal negotiations with Iraq as the risk of a wider war grew.',
    '2024-08-20',
    'talks-suspended',
  ],
  [
    "talks-suspended: Talks on the coalition's exit from Iraq have groun",
    "Talks on the coalition's exit from Iraq have ground to a halt, with Washington citing the danger of regional escalation.",
    '2024-08-20',
    'talks-suspended',
  ],
  [
    'agreement-reached: Iraq and the United States have inked a deal on th',
    "Iraq and the United States have inked a deal on the coalition's withdrawal.",
    '2024-09-25',
    'agreement-reached',
  ],
  [
    'agreement-reached: It is a done deal: the coalition will leave Iraq o',
    'It is a done deal: the coalition will leave Iraq on an agreed schedule, officials said.',
    '2024-09-25',
    'agreement-reached',
  ],
  [
    'agreement-reached: Baghdad and Washington signed off on a timetable f',
    'Baghdad and Washington signed off on a timetable for the coalition to leave.',
    '2024-09-25',
    'agreement-reached',
  ],
  [
    'agreement-reached: The two governments have nailed down a timeline fo',
    'The two governments have nailed down a timeline for the US-led forces to exit Iraq.',
    '2024-09-25',
    'agreement-reached',
  ],
  [
    'agreement-reached: Iraq and the US see eye to eye on when the coaliti',
    'Iraq and the US see eye to eye on when the coalition will leave, officials said.',
    '2024-09-25',
    'agreement-reached',
  ],
  [
    'announcement-delayed: The rollout of the coalition withdrawal deal has b',
    'The rollout of the coalition withdrawal deal has been put on the back burner because of the Gaza war.',
    '2024-09-25',
    'announcement-delayed',
  ],
  [
    'announcement-expected-this-month: The coalition exit deal could be made official lat',
    'The coalition exit deal could be made official later this month, an Iraqi source said.',
    '2024-09-03',
    'announcement-expected-this-month',
  ],
  [
    'technical-talks-concluded: Negotiators have wrapped up the technical side of ',
    "Negotiators have wrapped up the technical side of the Iraq talks on the coalition's departure.",
    '2024-08-20',
    'technical-talks-concluded',
  ],
  [
    'technical-talks-concluded: The technical round of talks on the US withdrawal ',
    'The technical round of talks on the US withdrawal from Iraq has run its course.',
    '2024-08-20',
    'technical-talks-concluded',
  ],
  [
    'withdrawal-never-discussed: A US withdrawal from Iraq never came up in the tal',
    'A US withdrawal from Iraq never came up in the talks, a Pentagon spokeswoman said.',
    '2024-02-20',
    'withdrawal-never-discussed',
  ],
  [
    'withdrawal-never-discussed: Pulling US troops out of Iraq was never part of th',
    'Pulling US troops out of Iraq was never part of the discussions with Baghdad, Washington insists.',
    '2024-02-20',
    'withdrawal-never-discussed',
  ],
  [
    'us-calls-it-transition: The Pentagon prefers to call it a transition rathe',
    'The Pentagon prefers to call it a transition rather than a withdrawal from Iraq.',
    '2024-09-28',
    'us-calls-it-transition',
  ],
  [
    'us-refused-to-withdraw: Washington has flatly refused to pull its troops o',
    'Washington has flatly refused to pull its troops out of Iraq despite the 2020 parliament vote.',
    '2024-01-10',
    'us-refused-to-withdraw',
  ],
  [
    "us-refused-to-withdraw: The US has shrugged off the 2020 vote by Iraq's pa",
    "The US has shrugged off the 2020 vote by Iraq's parliament and kept its forces in the country.",
    '2024-01-10',
    'us-refused-to-withdraw',
  ],
  [
    "baghdad-seeks-end-of-presence: Iraq's government is pushing to close the coalitio",
    "Iraq's government is pushing to close the coalition's mission and send foreign troops home.",
    '2024-01-10',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'bilateral-transition: The coalition will make way for bilateral security',
    'The coalition will make way for bilateral security ties between Iraq and its members.',
    '2024-09-28',
    'bilateral-transition',
  ],
  [
    'bilateral-transition: The coalition mission will be replaced by bilatera',
    'The coalition mission will be replaced by bilateral security relationships with each member country, Iraq said.',
    '2024-09-28',
    'bilateral-transition',
  ],
  [
    'leaders-to-decide-end: Biden and al-Sudani will decide, based on conditio',
    'Biden and al-Sudani will decide, based on conditions on the ground, when the coalition mission in Iraq winds up.',
    '2024-04-16',
    'leaders-to-decide-end',
  ],
  [
    'first-phase-sept-2025: The first tranche of coalition troops is to leave ',
    'The first tranche of coalition troops is to leave Ain al-Asad and Baghdad by September 2025.',
    '2024-09-28',
    'first-phase-sept-2025',
  ],
  [
    'first-phase-sept-2025: By next September, several hundred coalition soldi',
    'By next September, several hundred coalition soldiers will have pulled out of Baghdad and the Ain al-Asad base.',
    '2024-09-28',
    'first-phase-sept-2025',
  ],
  [
    'full-exit-2026: The last coalition soldier will be out of Iraq by ',
    'The last coalition soldier will be out of Iraq by the end of 2026.',
    '2024-09-28',
    'full-exit-2026',
  ],
  [
    'full-exit-2026: It will be wheels up for the last US troops in Ira',
    'It will be wheels up for the last US troops in Iraq in September 2026.',
    '2025-03-01',
    'full-exit-2026',
  ],
  [
    'full-exit-end-2025: Every last coalition soldier will have left Iraq b',
    'Every last coalition soldier will have left Iraq by December 2025, an Iraqi source said.',
    '2024-01-30',
    'full-exit-end-2025',
  ],
  [
    "two-year-timetable: The coalition's pullout from Iraq will play out ov",
    "The coalition's pullout from Iraq will play out over two years in two phases.",
    '2024-09-28',
    'two-year-timetable',
  ],
  [
    'two-year-timetable: The exit from Iraq is a two-year affair, carried o',
    'The exit from Iraq is a two-year affair, carried out in stages.',
    '2024-09-28',
    'two-year-timetable',
  ],
  [
    'withdrawal-begins-2024: The first coalition troops will pack up and leave ',
    'The first coalition troops will pack up and leave Iraq before the year is out, with more to follow in stages.',
    '2024-09-28',
    'withdrawal-begins-2024',
  ],
  [
    'mission-end-sept-2026: The coalition mission in Iraq, Kurdistan included,',
    'The coalition mission in Iraq, Kurdistan included, will be wound up in September 2026.',
    '2025-10-01',
    'mission-end-sept-2026',
  ],
  [
    'advisers-remain: A small contingent of US military advisers will st',
    'A small contingent of US military advisers will stay behind in Iraq after the drawdown.',
    '2024-09-28',
    'advisers-remain',
  ],
  [
    'advisers-remain: Some US trainers will be kept on in Iraq once the ',
    'Some US trainers will be kept on in Iraq once the drawdown is done.',
    '2024-09-28',
    'advisers-remain',
  ],
  [
    "sudani-political-win: The coalition deal is a big win for Iraq's prime m",
    "The coalition deal is a big win for Iraq's prime minister, who has to keep both Washington and Tehran happy.",
    '2024-09-28',
    'sudani-political-win',
  ],
  [
    'military-commission-leads-talks: Iraq and the US hold their coalition talks through',
    'Iraq and the US hold their coalition talks through the Higher Military Commission.',
    '2024-02-12',
    'military-commission-leads-talks',
  ],
  [
    'agreement-reached: Baghdad and Washington have reached a deal under w',
    'Baghdad and Washington have reached a deal under which the coalition will wind down its mission in Iraq.',
    '2024-09-25',
    'agreement-reached',
  ],
  [
    'talks-began-january-2024: The first round of talks between Iraq and the Unit',
    "The first round of talks between Iraq and the United States on ending the coalition's mission was held on Saturday.",
    '2024-01-28',
    'talks-began-january-2024',
  ],
  [
    'talks-began-january-2024: Iraq and the US launched a dialogue last month on ',
    'Iraq and the US launched a dialogue last month on the future of the coalition.',
    '2024-02-05',
    'talks-began-january-2024',
  ],
  [
    'plan-awaits-final-approval: The withdrawal deal is all but finalised but still',
    'The withdrawal deal is all but finalised but still awaits sign-off from the two governments.',
    '2024-09-01',
    'plan-awaits-final-approval',
  ],
  [
    'us-official-confirms-agreement: A senior US official said the deal with Iraq had b',
    'A senior US official said the deal with Iraq had been reached and that the announcement date was still being worked out.',
    '2024-09-08',
    'us-official-confirms-agreement',
  ],
  [
    'leaks-serve-election: Critics in Baghdad called the withdrawal leaks a g',
    'Critics in Baghdad called the withdrawal leaks a gift to the Harris campaign.',
    '2024-09-15',
    'leaks-serve-election',
  ],
  [
    'framework-agreement-governs-ties: US-Iraqi security ties will rest on the Strategic ',
    'US-Iraqi security ties will rest on the Strategic Framework Agreement once the coalition leaves.',
    '2024-10-08',
    'framework-agreement-governs-ties',
  ],
  [
    'framework-agreement-keeps-us-forces: Under the Strategic Framework Agreement, US forces',
    'Under the Strategic Framework Agreement, US forces can stay in Iraq indefinitely, critics say.',
    '2024-10-08',
    'framework-agreement-keeps-us-forces',
  ],
  [
    'framework-agreement-democracy-clause: The Strategic Framework Agreement obliges the Unit',
    "The Strategic Framework Agreement obliges the United States to protect Iraq's democracy, a lawmaker argued.",
    '2024-10-08',
    'framework-agreement-democracy-clause',
  ],
];

describeWordings('the talks, the deal and the plan in common press wording', cases);

const more: WordingCase[] = [
  [
    'withdrawal-never-discussed: Not once did the two sides touch on a US pullout f',
    'Not once did the two sides touch on a US pullout from Iraq, the Pentagon said.',
    '2024-02-20',
    'withdrawal-never-discussed',
  ],
  [
    'withdrawal-never-discussed: "We have not discussed withdrawal," a US official ',
    '"We have not discussed withdrawal," a US official said of the talks with Iraq.',
    '2024-02-20',
    'withdrawal-never-discussed',
  ],
  [
    'first-phase-sept-2025: Coalition to Quit Baghdad, Ain al-Asad by Sept. 20',
    'Coalition to Quit Baghdad, Ain al-Asad by Sept. 2025',
    '2024-09-28',
    'first-phase-sept-2025',
  ],
  [
    'first-phase-sept-2025: Several hundred troops should be gone from Ain al-',
    'Several hundred troops should be gone from Ain al-Asad by the end of next September.',
    '2024-09-28',
    'first-phase-sept-2025',
  ],
  [
    'full-exit-2026: US-Led Coalition Out of Iraq by End-2026',
    'US-Led Coalition Out of Iraq by End-2026',
    '2024-09-28',
    'full-exit-2026',
  ],
  [
    'full-exit-2026: Iraq Says Last Foreign Troops Gone by 2026',
    'Iraq Says Last Foreign Troops Gone by 2026',
    '2024-09-28',
    'full-exit-2026',
  ],
  [
    'full-exit-end-2025: The foreign forces are to be out of Iraq altogethe',
    'The foreign forces are to be out of Iraq altogether by late 2025, Rudaw said.',
    '2024-01-30',
    'full-exit-end-2025',
  ],
  [
    "mission-end-sept-2026: The coalition's mission in Iraq expires in Septemb",
    "The coalition's mission in Iraq expires in September 2026.",
    '2025-10-01',
    'mission-end-sept-2026',
  ],
  [
    "mission-end-sept-2026: Come September 2026, the coalition's mission in Ir",
    "Come September 2026, the coalition's mission in Iraq and the Kurdistan Region will be over.",
    '2025-10-01',
    'mission-end-sept-2026',
  ],
  [
    'two-year-timetable: The coalition will draw down gradually over the ne',
    'The coalition will draw down gradually over the next two years.',
    '2024-09-28',
    'two-year-timetable',
  ],
  [
    'two-year-timetable: It will take some two years for the coalition to l',
    'It will take some two years for the coalition to leave Iraq.',
    '2024-09-28',
    'two-year-timetable',
  ],
  [
    'withdrawal-begins-2024: The drawdown begins before the end of this year.',
    'The drawdown begins before the end of this year.',
    '2024-09-28',
    'withdrawal-begins-2024',
  ],
  [
    'advisers-remain: Washington will keep a few hundred advisers in Ira',
    'Washington will keep a few hundred advisers in Iraq after the drawdown.',
    '2024-09-28',
    'advisers-remain',
  ],
  [
    'advisers-remain: Some US personnel will stay on in an advisory role',
    'Some US personnel will stay on in an advisory role.',
    '2024-09-28',
    'advisers-remain',
  ],
  [
    'baghdad-seeks-end-of-presence: Sudani says the time has come to end the coalition',
    "Sudani says the time has come to end the coalition's mission in Iraq.",
    '2024-01-10',
    'baghdad-seeks-end-of-presence',
  ],
  [
    "baghdad-seeks-end-of-presence: Iraq's government says there is no longer any need",
    "Iraq's government says there is no longer any need for the coalition.",
    '2024-01-10',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'bilateral-transition: Iraq will shift to bilateral defence ties with the',
    "Iraq will shift to bilateral defence ties with the coalition's members.",
    '2024-09-28',
    'bilateral-transition',
  ],
  [
    'us-calls-it-transition: Washington is calling it a transition, not a withd',
    'Washington is calling it a transition, not a withdrawal.',
    '2024-09-28',
    'us-calls-it-transition',
  ],
  [
    'us-calls-it-transition: "What we are doing is a transition, not a withdrawal," a ',
    '"What we are doing is a transition, not a withdrawal," a senior US defence official said.',
    '2024-09-28',
    'us-calls-it-transition',
  ],
  [
    'presence-continues: American forces will stay in Iraq well beyond the ',
    'American forces will stay in Iraq well beyond the announced dates, the columnist wrote.',
    '2024-10-10',
    'presence-continues',
  ],
  [
    'sudani-political-win: The deal gives Sudani bragging rights at home.',
    'The deal gives Sudani bragging rights at home.',
    '2024-09-28',
    'sudani-political-win',
  ],
  [
    'sudani-political-win: Al-Sudani comes out of the deal a winner.',
    'Al-Sudani comes out of the deal a winner.',
    '2024-09-28',
    'sudani-political-win',
  ],
  [
    'leaders-to-decide-end: The leaders will weigh conditions before deciding ',
    "The leaders will weigh conditions before deciding the mission's end date.",
    '2024-04-16',
    'leaders-to-decide-end',
  ],
  [
    'talks-began-january-2024: Iraq and the US opened talks on Saturday on the co',
    "Iraq and the US opened talks on Saturday on the coalition's future.",
    '2024-01-29',
    'talks-began-january-2024',
  ],
  [
    'talks-began-january-2024: Talks on the coalition began a year ago this month',
    'Talks on the coalition began a year ago this month.',
    '2025-01-29',
    'talks-began-january-2024',
  ],
  [
    'talks-suspended: Washington has suspended the coalition talks with ',
    'Washington has suspended the coalition talks with Iraq for now, citing the threat of a regional war.',
    '2024-08-20',
    'talks-suspended',
  ],
  [
    "military-commission-leads-talks: The HMC is leading the talks on the coalition's fu",
    "The HMC is leading the talks on the coalition's future.",
    '2024-02-12',
    'military-commission-leads-talks',
  ],
  [
    'us-official-confirms-agreement: "There is an agreement; it\'s just a question of wh',
    '"There is an agreement; it\'s just a question of when we announce it," a senior US official said.',
    '2024-09-08',
    'us-official-confirms-agreement',
  ],
  [
    'announcement-expected-this-month: The deal could be announced within weeks, probably',
    'The deal could be announced within weeks, probably this month.',
    '2024-09-03',
    'announcement-expected-this-month',
  ],
  [
    'announcement-delayed: The coalition exit announcement keeps slipping as ',
    'The coalition exit announcement keeps slipping as the region burns.',
    '2024-09-25',
    'announcement-delayed',
  ],
  [
    'plan-awaits-final-approval: The drawdown plan is agreed in principle but await',
    'The drawdown plan is agreed in principle but awaits the green light from both governments.',
    '2024-09-01',
    'plan-awaits-final-approval',
  ],
  [
    "us-refused-to-withdraw: Washington never acted on the Iraqi parliament's 2",
    "Washington never acted on the Iraqi parliament's 2020 call for US troops to leave.",
    '2024-01-10',
    'us-refused-to-withdraw',
  ],
  [
    'withdrawal-never-discussed: The two sides never touched on a US pullout from I',
    'The two sides never touched on a US pullout from Iraq, the Pentagon said.',
    '2024-02-20',
    'withdrawal-never-discussed',
  ],
  [
    'withdrawal-never-discussed: At no point did the talks with Baghdad deal with a',
    'At no point did the talks with Baghdad deal with a US withdrawal, the Pentagon said.',
    '2024-02-20',
    'withdrawal-never-discussed',
  ],
];

describeWordings('headlines, fronted negations, hedges and numbers in words', more);

const plain: WordingCase[] = [
  [
    'agreement-reached: After months of back-and-forth, Iraq and the Unite',
    'After months of back-and-forth, Iraq and the United States have settled on when the coalition will go.',
    '2024-09-27',
    'agreement-reached',
  ],
  [
    'agreement-reached: Washington and Baghdad have signed an agreement se',
    "Washington and Baghdad have signed an agreement setting out the coalition's departure from Iraq.",
    '2024-09-27',
    'agreement-reached',
  ],
  [
    'agreement-reached: The two sides have reached a deal on winding down ',
    "The two sides have reached a deal on winding down the coalition's military mission in Iraq.",
    '2024-09-27',
    'agreement-reached',
  ],
  [
    'agreement-reached: Iraq and the US have worked out a timetable for th',
    'Iraq and the US have worked out a timetable for the exit of coalition forces.',
    '2024-09-27',
    'agreement-reached',
  ],
  [
    'talks-suspended: The withdrawal talks between Iraq and the US are o',
    'The withdrawal talks between Iraq and the US are on hold because of the threat of a regional war.',
    '2024-08-12',
    'talks-suspended',
  ],
  [
    'talks-suspended: The US has frozen talks with Iraq on ending the co',
    'The US has frozen talks with Iraq on ending the coalition mission, as fears of a regional war mount.',
    '2024-08-12',
    'talks-suspended',
  ],
  [
    'announcement-delayed: The formal announcement of the coalition withdrawa',
    'The formal announcement of the coalition withdrawal has been held up by the fighting in Lebanon.',
    '2024-09-18',
    'announcement-delayed',
  ],
  [
    'plan-awaits-final-approval: The plan to withdraw the coalition is ready and is',
    'The plan to withdraw the coalition is ready and is waiting for the leaders of both countries to sign it.',
    '2024-08-28',
    'plan-awaits-final-approval',
  ],
  [
    'technical-talks-concluded: Iraqi and American negotiators have completed the ',
    "Iraqi and American negotiators have completed the technical talks on the coalition's withdrawal.",
    '2024-08-14',
    'technical-talks-concluded',
  ],
  [
    'military-commission-leads-talks: The Higher Military Commission, a joint body of Ir',
    'The Higher Military Commission, a joint body of Iraqi and American officers, is handling the talks on the coalition.',
    '2024-02-12',
    'military-commission-leads-talks',
  ],
  [
    "leaders-to-decide-end: When the coalition's mission ends will be up to th",
    "When the coalition's mission ends will be up to the two leaders, after a review of the conditions on the ground.",
    '2024-04-16',
    'leaders-to-decide-end',
  ],
  [
    'leaks-serve-election: Iraqi critics say the withdrawal news was leaked t',
    'Iraqi critics say the withdrawal news was leaked to help Kamala Harris win the election.',
    '2024-09-10',
    'leaks-serve-election',
  ],
  [
    'sudani-political-win: The deal is a political boost for al-Sudani, who h',
    'The deal is a political boost for al-Sudani, who has to balance ties with Washington and Tehran.',
    '2024-09-28',
    'sudani-political-win',
  ],
  [
    'us-official-confirms-agreement: An agreement has been reached and the only open qu',
    'An agreement has been reached and the only open question is when to announce it, a senior American official said.',
    '2024-09-08',
    'us-official-confirms-agreement',
  ],
  [
    'withdrawal-never-discussed: A Pentagon official said the talks with Iraq were ',
    'A Pentagon official said the talks with Iraq were never about withdrawing US troops.',
    '2024-02-14',
    'withdrawal-never-discussed',
  ],
  [
    'us-calls-it-transition: Washington describes the change in Iraq as a shift',
    "Washington describes the change in Iraq as a shift in the coalition's mission, not a pullout.",
    '2024-09-28',
    'us-calls-it-transition',
  ],
  [
    'us-refused-to-withdraw: The United States kept its troops in Iraq in defia',
    'The United States kept its troops in Iraq in defiance of the 2020 parliamentary vote.',
    '2024-01-10',
    'us-refused-to-withdraw',
  ],
  [
    "baghdad-seeks-end-of-presence: Iraq's prime minister wants the foreign troops to ",
    "Iraq's prime minister wants the foreign troops to leave the country.",
    '2024-01-10',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'bilateral-transition: In place of the coalition, Iraq will forge bilater',
    'In place of the coalition, Iraq will forge bilateral security partnerships with its former members.',
    '2024-09-28',
    'bilateral-transition',
  ],
  [
    'framework-agreement-keeps-us-forces: The Strategic Framework Agreement gives American t',
    'The Strategic Framework Agreement gives American troops a way to stay in Iraq for years.',
    '2024-10-20',
    'framework-agreement-keeps-us-forces',
  ],
  [
    "two-year-timetable: The coalition's exit from Iraq is to be completed ",
    "The coalition's exit from Iraq is to be completed in two phases over a two-year period.",
    '2024-09-28',
    'two-year-timetable',
  ],
  [
    'full-exit-2026: The coalition will be fully out of Iraq by Septemb',
    'The coalition will be fully out of Iraq by September 2026.',
    '2024-09-28',
    'full-exit-2026',
  ],
  [
    'mission-end-sept-2026: The coalition mission will formally conclude in Se',
    'The coalition mission will formally conclude in September 2026, including in the Kurdistan Region.',
    '2025-10-01',
    'mission-end-sept-2026',
  ],
  [
    'advisers-remain: After the pullout, a residual force of US advisers',
    'After the pullout, a residual force of US advisers will remain in Iraq.',
    '2024-09-28',
    'advisers-remain',
  ],
  [
    'withdrawal-begins-2024: The pullout of coalition troops from Iraq starts t',
    'The pullout of coalition troops from Iraq starts this year and will be done in phases.',
    '2024-09-28',
    'withdrawal-begins-2024',
  ],
  [
    'first-phase-sept-2025: The first stage of the withdrawal, due by Septembe',
    'The first stage of the withdrawal, due by September 2025, takes the coalition out of Baghdad and Ain al-Asad.',
    '2024-09-28',
    'first-phase-sept-2025',
  ],
];

describeWordings('plain wire wording, and a vote defied or a plan waiting to be signed', plain);

const others: [sentence: string, published: string][] = [
  ['Baghdad and Ankara sealed an accord on water releases from the Tigris.', '2024-09-27'],
  ['Iraq and Saudi Arabia struck a deal on electricity links.', '2024-09-27'],
  ['The US suspended talks with Iran on a prisoner swap amid the regional tension.', '2024-08-12'],
  ['Negotiations on the Gaza hostages were suspended after the strike.', '2024-08-12'],
  ['The US is expected to announce new sanctions on Iraqi banks this month.', '2024-09-03'],
  ['Washington delayed announcing its decision on arms sales to Iraq.', '2024-09-18'],
  ["Talks on Iraq's new oil law began in January.", '2024-01-29'],
  ['Iraq and Kuwait began talks in January on the Khor Abdullah waterway.', '2024-01-29'],
  ['A joint committee of Iraqi and Jordanian officials met to discuss trade.', '2024-02-12'],
  ['Washington calls the Niger drawdown a transition, not a withdrawal.', '2024-09-28'],
  ['The Pentagon said it had never discussed withdrawing from Syria with Damascus.', '2024-02-20'],
  ['The US embassy in Baghdad will remain open for years.', '2024-10-10'],
  [
    'Turkey has refused to withdraw its troops from northern Iraq despite repeated protests.',
    '2024-01-10',
  ],
  ["NATO advisers will remain in Iraq after the coalition's departure.", '2024-09-28'],
  ['US troops will withdraw from Syria in two phases over two years.', '2024-09-28'],
  ['The French pullout from Niger began in 2023 and ended within months.', '2024-09-28'],
  ["The UN's mission in Iraq will end in December 2025.", '2025-10-01'],
  ['The oil deal is broadly agreed but awaits final approval from both governments.', '2024-09-01'],
  [
    'A senior US official said there is an agreement with Israel on aid and only the timing is open.',
    '2024-09-08',
  ],
  ["Critics said Harris's Gaza remarks were aimed at voters in Michigan.", '2024-09-10'],
  ['Iraq and Kuwait agreed a timetable for demarcating their maritime border.', '2024-09-27'],
  [
    "Iraq's Kurdistan Region and Baghdad reached a deal on oil exports through Turkey.",
    '2024-09-27',
  ],
  [
    "Talks between Iraq's political blocs on a new speaker were suspended amid the regional tension.",
    '2024-08-12',
  ],
  ["The announcement of Iraq's census results was postponed.", '2024-09-18'],
  [
    "Iraq's electoral commission is expected to announce the date of the vote this month.",
    '2024-09-03',
  ],
  ['Iraq and the IMF began talks in January on a new loan.', '2024-01-29'],
  [
    'Technical talks on the Development Road project between Iraq and Turkey concluded in Ankara.',
    '2024-08-14',
  ],
  ['The Kurdish parties hailed the budget deal as a political win for Erbil.', '2024-09-28'],
  ['Turkish troops will stay in northern Iraq for years to come, analysts say.', '2024-10-10'],
  [
    'Iranian advisers will remain with the Popular Mobilisation Forces in Iraq, officials say.',
    '2024-10-10',
  ],
  ['Britain and Iraq signed a bilateral deal on migrant returns.', '2024-09-28'],
  ['The UN mission in Iraq will end in December 2025 after two decades.', '2024-09-28'],
  ['France will pull its last troops out of Chad by the end of January.', '2024-09-28'],
  ['Germany plans to keep a small training mission in Iraq under NATO.', '2024-09-28'],
  ["Iraq's two-year plan to rebuild Mosul's airport is behind schedule.", '2024-09-28'],
  ['The first phase of the Basra water project is due by September 2025.', '2024-09-28'],
  ['Is the coalition deal a win for al-Sudani? Not everyone in Baghdad thinks so.', '2024-09-28'],
  [
    "Critics say the Strategic Framework Agreement has done little for Iraq's economy.",
    '2024-09-28',
  ],
  [
    "Iraq's parliament voted in 2020 on a new election law, which the courts later upheld.",
    '2024-01-10',
  ],
  ['Washington refused to comment on the strikes in Iraq.', '2024-01-10'],
  [
    'A US official said the talks with Iraq covered oil and electricity, not security.',
    '2024-02-20',
  ],
  [
    'Iraq and Iran agreed to deepen their bilateral security partnership along the border.',
    '2024-09-28',
  ],
  ["Iraq's oil talks with Turkey have ground to a halt over unpaid fees.", '2024-08-20'],
  ["The budget debate in Iraq's parliament has run its course.", '2024-08-20'],
  ['Iraq and Jordan nailed down a deal on electricity imports.', '2024-09-25'],
  ["Iraq's prime minister shrugged off the criticism of his budget.", '2024-01-10'],
  ['The Gaza ceasefire talks hit the pause button again.', '2024-09-25'],
  ['The court ruled that the 2020 vote was binding, Iraqi lawyers said.', '2024-01-10'],
  ["Wheels up for Iraq's national football team, heading to the Asian Cup.", '2025-03-01'],
  [
    'Iraq and Iran agreed on a timetable to disarm Kurdish opposition groups near the border.',
    '2024-09-25',
  ],
  ['France and Chad agreed a timetable for French troops to leave the country.', '2024-09-25'],
  ["Iran's advisers will remain in Iraq for years, Western officials say.", '2024-10-10'],
  ["Iraq's central bank is expected to announce new exchange rules in September.", '2024-09-03'],
  ['The first phase of the Baghdad metro is to be finished by September 2025.', '2024-09-28'],
  ["NATO's mission in Iraq is set to continue beyond 2026.", '2024-09-28'],
  ['Technical talks with Kuwait on the maritime border have concluded.', '2024-08-20'],
  ['Iraq and Turkey began talks in January on water sharing.', '2024-01-29'],
];

describe('the same words about other bodies get no card', () => {
  for (const [sentence, published] of others)
    it(sentence, () => {
      expect(claimsOf(sentence, published)).toEqual([]);
    });
});
