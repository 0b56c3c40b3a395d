/**
 * Ordinary local news that has nothing to do with what Claimlight looks for: council budgets,
 * weather, sport, markets, transport and culture. The browser benchmark needs pages a reader
 * visits every day, where the content script should find nothing and cost next to nothing.
 *
 * Everything is generated from templates with a seeded PRNG, so a page is identical on every
 * run, yet names, places, figures and phrasing vary the way they do in real prose (the same
 * words recur, whole sentences rarely do). Nothing here may mention the region, the conflict
 * or troop movements: `assertOfftopic` guards that.
 */

/** mulberry32: tiny, fast, good enough for picking words; the same seed gives the same page. */
export function createRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  /** Fisher–Yates on a copy. */
  const shuffle = (list) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { next, int, pick, shuffle };
}

/** A comma-separated list, so that word lists stay compact and easy to extend. */
const list = (text) =>
  text
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);

const FIRST = list(`
  Alice, Ben, Chloe, Daniel, Elena, Farid, Grace, Hugo, Ines, Jonah, Karin, Liam, Maya,
  Nikhil, Olivia, Pavel, Rosa, Samuel, Tessa, Victor, Wendy, Yusuf, Zoe, Martin, Helen,
  Oscar, Priya, Tomas, Lucy, Gareth, Nadia, Felix, Joanna, Callum, Bianca, Declan, Harriet,
  Ivan, Leila, Rhys
`);
const LAST = list(`
  Adams, Brennan, Castillo, Dawson, Ellery, Fischer, Gallagher, Hartley, Ivanova, Jensen,
  Kowalski, Lindqvist, Moreau, Nakamura, Okafor, Patel, Quinn, Rinaldi, Sorensen, Thackeray,
  Underwood, Vasquez, Whitfield, Yeung, Zielinski, Ashworth, Bellamy, Crowther, Delaney,
  Eastwood, Fairbairn, Greaves
`);
const TOWNS = list(`
  Ashbury, Millbrook, Kestrel Bay, Norwood, Eastfield, Brantley, Coldwater, Fairhaven,
  Linden Cross, Oakridge, Riverton, Stanmore, Westcombe, Thornbury, Glenmoor, Pemberton,
  Larkhill, Redcliffe, Whitmore, Harlow Vale
`);
const REGIONS = list(`
  the north coast, the valley, the eastern hills, the lowlands, the southern plain,
  the lakes district, the upland moors
`);
const STREETS = list(`
  Market Street, Station Road, Elm Avenue, Harbour Lane, Mill Road, Church Street,
  Victoria Terrace, Quarry Hill, Bridge Street, Orchard Way, Canal Walk, High Street,
  Foundry Lane, Parkside Drive, Beacon Road
`);
const WEEKDAYS = list(`Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday`);
// No September: it is the month of the story's deadline, so off-topic text stays clear of it.
const MONTHS = list(`
  January, February, March, April, May, June, July, August, October, November, December
`);
const ORDINALS = list(`second, third, fourth, fifth, sixth, seventh, eighth, ninth`);
const SERVICES = list(`
  adult social care, children’s services, street lighting, parks and open spaces,
  waste collection, the library service, housing support, school transport
`);
const CONCERNS = list(`
  the state of the pavements, late-night noise in the town centre, the cost of parking,
  overgrown verges on rural lanes, the closure of public toilets, flooding on low roads,
  bin collections being missed, the future of the swimming pool
`);
const CLUB_STEMS = list(`
  Rovers, Athletic, United, Wanderers, Town, Albion, Harriers, City, Rangers
`);
const STADIUMS = list(`Mill Lane, the Riverside Ground, Victoria Park, the Kingsway Stadium`);
const COMPANIES = list(`
  Harrow Foods, Bellweather Energy, Norcastle Textiles, Pinewood Homes, Corvid Software,
  Sable & Finch, Tidewater Logistics, Greyfield Motors, Lumen Pharmacy, Oakmere Brewing
`);
const BANKS = list(`
  Castleford Bank, the Mercer Group, Halden Securities, Ridgeway Capital,
  the Northern Building Society
`);
const PRODUCTS = list(`
  frozen ready meals, home insulation, small delivery vans, garden furniture,
  accounting software, craft beer, children’s clothing, cycling gear
`);
const LINES = list(`Orchard, Harbour, Crosstown, Valley, Riverside, Northern Loop`);
const STATIONS = list(`
  Central, Foxley Junction, Parkway, Old Market, Hillcrest, Canal Basin, University,
  Docklands, Southgate
`);
const VENUES = list(`
  the Civic Gallery, the Old Corn Exchange, the Harbour Arts Centre, the Kingsley Museum,
  the Lantern Theatre, the Assembly Rooms
`);
const COMPOSERS = list(`Brahms, Sibelius, Dvořák, Elgar, Mendelssohn, Schumann, Haydn`);
const BOOKSHOPS = list(`Quayside Books, the Paper Lantern, Hatch & Page, Willow Street Books`);

const money = (rng, min, max, unit) => `£${(rng.int(min * 10, max * 10) / 10).toFixed(1)}${unit}`;
const pounds = (rng, min, max) => `£${rng.int(min, max).toLocaleString('en-GB')}`;
const pct = (rng, min, max) => (rng.int(min * 10, max * 10) / 10).toFixed(1);
const count = (rng, min, max) => rng.int(min, max).toLocaleString('en-GB');
const person = (rng) => `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
const club = (rng, town) => `${town} ${rng.pick(CLUB_STEMS)}`;

/**
 * What stays the same within one section (the town, the teams, the mayor) so that its
 * paragraphs read as one story; figures are drawn fresh in every sentence.
 */
function sectionContext(rng) {
  const [town, town2, town3, town4] = rng.shuffle(TOWNS);
  return {
    town,
    town2,
    region: rng.pick(REGIONS),
    mayor: person(rng),
    chair: person(rng),
    forecaster: person(rng),
    teamA: club(rng, town),
    teamB: club(rng, town2),
    teamC: club(rng, town3),
    teamD: club(rng, town4),
    coach: person(rng),
    stadium: rng.pick(STADIUMS),
    company: rng.pick(COMPANIES),
    boss: person(rng),
    bank: rng.pick(BANKS),
    economist: person(rng),
    line: rng.pick(LINES),
    venue: rng.pick(VENUES),
    artist: person(rng),
  };
}

/**
 * Slots: `{name}` is looked up in the section context or drawn fresh by SLOTS;
 * `[a|b|c]` picks one alternative, so a template has several surface forms.
 */
const SLOTS = {
  person,
  weekday: (rng) => rng.pick(WEEKDAYS),
  month: (rng) => rng.pick(MONTHS),
  ordinal: (rng) => rng.pick(ORDINALS),
  street: (rng) => rng.pick(STREETS),
  service: (rng) => rng.pick(SERVICES),
  concern: (rng) => rng.pick(CONCERNS),
  product: (rng) => rng.pick(PRODUCTS),
  station: (rng) => rng.pick(STATIONS),
  composer: (rng) => rng.pick(COMPOSERS),
  bookshop: (rng) => rng.pick(BOOKSHOPS),
  budget: (rng) => money(rng, 40, 480, ' million'),
  millions: (rng) => money(rng, 1, 60, ' million'),
  grant: (rng) => `${pounds(rng, 20, 900)},000`,
  pct: (rng) => pct(rng, 1, 9),
  bigpct: (rng) => String(rng.int(12, 88)),
  pence: (rng) => String(rng.int(5, 60)),
  hours: (rng) => String(rng.int(2, 7)),
  few: (rng) => String(rng.int(2, 9)),
  dozen: (rng) => String(rng.int(11, 40)),
  hundreds: (rng) => count(rng, 120, 950),
  thousands: (rng) => count(rng, 1200, 48000),
  votesFor: (rng) => String(rng.int(21, 34)),
  votesAgainst: (rng) => String(rng.int(8, 20)),
  years: (rng) => String(rng.int(6, 52)),
  rain: (rng) => String(rng.int(8, 45)),
  bigRain: (rng) => String(rng.int(90, 210)),
  temp: (rng) => String(rng.int(14, 31)),
  low: (rng) => String(rng.int(-4, 3)),
  gust: (rng) => String(rng.int(55, 110)),
  swell: (rng) => (rng.int(25, 60) / 10).toFixed(1),
  wind: (rng) => rng.pick(['north', 'north-west', 'west', 'south-west', 'south', 'east']),
  season: (rng) => rng.pick(['spring', 'summer', 'autumn', 'winter']),
  score: (rng) => {
    const losing = rng.int(0, 3);
    return `${losing + rng.int(1, 3)}-${losing}`;
  },
  points: (rng) => String(rng.int(2, 14)),
  runs: (rng) => String(rng.int(140, 310)),
  time: (rng) =>
    `1:${String(rng.int(4, 19)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
  price: (rng) => pounds(rng, 12, 45),
  index: (rng) => count(rng, 6800, 8400),
  fuel: (rng) => `£1.${rng.int(38, 62)}`,
  minutes: (rng) => String(rng.int(10, 45)),
  works: (rng) => String(rng.int(40, 160)),
  films: (rng) => count(rng, 400, 3200),
  countries: (rng) => String(rng.int(18, 74)),
  century: (rng) => rng.pick(['18th', '19th', 'early 20th']),
};

const TOPICS = {
  council: {
    heads: [
      '{town} council signs off {budget} budget',
      'Tax rise capped at {pct} per cent in {town}',
      'Budget row in {town} over {service}',
      'What the new budget means for {town} residents',
    ],
    subheads: ['The budget', 'Where the money goes', 'Reserves and risks', 'What residents said'],
    lines: [
      '{town} council approved a {budget} budget for the coming year on {weekday}, after {hours} hours of debate.',
      'Councillor {chair}, who chairs the finance committee, said the plan would [keep|hold] the general tax rise to {pct} per cent.',
      'The largest single line is road maintenance, at {millions}, followed by {service} at {millions}.',
      'Opposition members argued that the allocation for {service} had not kept pace with [inflation|rising demand].',
      '“We have made difficult choices, but the books balance,” {chair} told the chamber.',
      'Residents who spoke during the public session raised concerns about {concern}.',
      'Parking charges in the town centre will rise by {pence}p an hour from {month}.',
      'The library will keep its current opening hours, reversing a proposal to close one branch on {weekday}s.',
      'Officials expect the new leisure centre on {street} to open in {month}, [later|a little later|several months later] than first planned.',
      'A motion to delay the vote until {month} was defeated by {votesFor} votes to {votesAgainst}.',
      'The council’s reserves stand at about {millions}, which [auditors|the finance officer] described as adequate.',
      'Spending on {service} will grow by {pct} per cent, largely because of higher energy and staff costs.',
      '{person}, who has lived in {town} for {years} years, asked why a pothole on {street} had been reported {few} times without repair.',
      'The mayor, {mayor}, said the budget protected frontline services while trimming administration.',
      'Council staff will present a revised capital plan to members in {month}.',
      'Grants to community groups are frozen at last year’s level of {grant}.',
      'The final budget passed with {votesFor} votes in favour and {votesAgainst} against.',
      'A consultation on a new bin collection schedule drew {hundreds} responses, [the most in a decade|far more than expected].',
      '[Separately|Elsewhere on the agenda], members agreed to sell a disused depot on {street} for {millions}.',
      'The cost of running the town hall has fallen by {pct} per cent since solar panels were fitted.',
      'Union representatives said [staff|care workers|bin crews] had not been consulted on the changes.',
    ],
  },
  weather: {
    heads: [
      'Wet weekend ahead for {region}',
      'Warm spell to end with storms on {weekday}',
      'Wind warning for the coast as temperatures drop',
      'Frost returns to {region} after a mild week',
    ],
    subheads: ['The forecast', 'Warnings', 'On the farms', 'The weekend outlook'],
    lines: [
      'Forecasters expect {rain} millimetres of rain across {region} by {weekday} evening.',
      'Temperatures will climb to {temp} degrees on {weekday} before a cooler front arrives.',
      'The weather service issued a yellow warning for wind, with gusts of up to {gust} kilometres an hour along the coast.',
      'Gardeners have been asked to water in the early morning as reservoir levels fall to {bigpct} per cent of capacity.',
      '{forecaster}, a meteorologist at the regional office, said the pattern was [typical|not unusual] for late {season}.',
      'Fog is likely in low-lying parts of {town} during the morning commute.',
      'Last month was the {ordinal} wettest on record at the {town} station, with {bigRain} millimetres of rain.',
      'Farmers in {region} welcomed the showers after a dry spell that lasted {few} weeks.',
      'Overnight frost is possible in rural areas, where lows may reach {low} degrees.',
      'The outlook for the weekend is mostly dry, with sunny spells and a light breeze from the {wind}.',
      'Ferry operators warned of possible cancellations if the swell exceeds {swell} metres.',
      'UV levels will be high around midday, and the pollen count is expected to be [moderate|high].',
      'Ice cream sellers on the {town} promenade reported their busiest {weekday} of the year.',
      'Thunderstorms could bring brief downpours and hail to inland areas late on {weekday}.',
      '“[Take a coat|Keep an umbrella handy] if you are heading out after lunch,” {forecaster} said.',
      'River levels on the lower reaches are being watched, but no flood alerts are in force.',
      'Snow is not expected below {hundreds} metres, even on the coldest nights.',
      'The long-range forecast suggests a [drier|more settled|changeable] end to the month.',
    ],
  },
  sport: {
    heads: [
      '{teamA} edge past {teamB} at {stadium}',
      'Late winner keeps {teamA} in the hunt',
      'Record field for the {town} half marathon',
      '{teamC} stay unbeaten as the season turns',
    ],
    subheads: ['Match report', 'Around the league', 'Team news', 'Elsewhere in sport'],
    lines: [
      '{teamA} beat {teamB} {score} at {stadium} on {weekday} night.',
      '{person} scored twice in the second half, the second a curling shot from the edge of the area.',
      'The result lifts {teamA} to {ordinal} in the table, {points} points behind the leaders.',
      '“We stayed patient and the chances came,” said {teamA} coach {coach}.',
      'A crowd of {thousands} watched the match, [the largest at the ground this season|a season high].',
      '{teamB} had the better of the opening half hour but could not turn possession into goals.',
      'Goalkeeper {person} made {few} saves, including a diving stop deep into stoppage time.',
      'The club confirmed that midfielder {person} will miss {few} weeks with a hamstring strain.',
      'In the women’s league, {teamC} stayed unbeaten with a {score} win away at {teamD}.',
      'The cricket club’s second eleven chased down {runs} with {few} overs to spare.',
      'Organisers of the {town} half marathon said {thousands} runners had registered, a record.',
      'The winner, {person}, finished in {time}, [well inside|just outside] the course record.',
      'Tickets for the cup tie against {teamD} go on sale on {weekday} at {price} each.',
      'The basketball side lost by {few} points after a late run from the visitors.',
      '{coach} said the squad would [rest|rotate] several players before the midweek fixture.',
      'The under-18s reached the county final for the first time in {years} years.',
      'Rain delayed the start of the tennis tournament by {hours} hours.',
      'The rowing club will host its regatta on the {town} reach in {month}.',
    ],
  },
  markets: {
    heads: [
      'Shares in {company} jump on strong sales',
      'Inflation eases for the {ordinal} month',
      'Main index closes higher as fuel prices fall',
      'Retailers report a steady {month}',
    ],
    subheads: ['Company news', 'The wider market', 'Prices', 'What analysts say'],
    lines: [
      'Shares in {company} rose {pct} per cent after the firm reported quarterly revenue of {millions}.',
      'The main index closed [up|down] {pct} per cent at {index} points.',
      'Analysts at {bank} said retail sales had been stronger than expected in {month}.',
      'The price of unleaded petrol fell to {fuel} a litre, the lowest since {month}.',
      '{company} announced plans to open {dozen} new stores and hire about {hundreds} staff.',
      'Bond yields edged [higher|lower] as investors weighed the latest inflation figures.',
      'Inflation eased to {pct} per cent in {month}, according to the statistics office.',
      'Copper and wheat prices were little changed, while coffee futures climbed {pct} per cent.',
      '{economist}, chief economist at {bank}, said household spending was holding up better than surveys suggested.',
      'Mortgage approvals rose for the {ordinal} month in a row.',
      'The pound slipped against the euro after weaker factory orders data.',
      'The chief executive of {company}, {boss}, said demand for {product} remained steady.',
      'Small businesses on {street} say footfall is up since the market hall reopened.',
      'Profits at {company} were hit by higher [shipping|energy|wage] costs, the firm said.',
      '“Consumers are cautious, not gloomy,” {economist} said.',
      'House prices in {town} rose {pct} per cent over the year, slightly above the national average.',
      'The annual results of {company} are due on {weekday}.',
    ],
  },
  transport: {
    heads: [
      '{line} line to close for weekend engineering work',
      'Fares to rise by {pct} per cent from {month}',
      'New cycle lane planned for {street}',
      'Electric buses ordered for {town} routes',
    ],
    subheads: ['Rail', 'Roads', 'Buses and trams', 'For commuters'],
    lines: [
      'The {line} line will close between {station} and {station} for {few} weekends of track work.',
      'Replacement buses will run every {minutes} minutes, and journeys may take up to {minutes} minutes longer.',
      'Passenger numbers on the {town} tram rose {pct} per cent last year.',
      'Work to resurface {street} begins on {weekday} and is expected to last {few} weeks.',
      'The regional transport authority has ordered {dozen} electric buses, due for delivery in {month}.',
      'Commuters reported delays of up to {minutes} minutes after a signal fault near {station}.',
      'A new cycle lane along {street} will link the station with the university campus.',
      'Fares will rise by an average of {pct} per cent from {month}, the operator said.',
      '{person}, who commutes daily from {town2}, said the changes would add time to an already long journey.',
      'The airport expects {thousands} passengers over the holiday weekend.',
      'Night services on the {line} line will run on Fridays and Saturdays from {month}.',
      'Roadworks at the {street} junction have been paused during the school holidays.',
      'A trial of contactless payment on rural bus routes will be extended to {dozen} more villages.',
      'The ferry timetable changes on {weekday}, with [an extra|one fewer] sailing in the evening.',
      'Drivers are advised to allow extra time near {station} while the car park is rebuilt.',
      'A petition calling for a later last train from {station} has gathered {thousands} signatures.',
    ],
  },
  culture: {
    heads: [
      '{artist} retrospective opens at {venue}',
      'Jazz festival sells out in {hours} hours',
      'A new play about a family bakery',
      'What’s on in {town} this week',
    ],
    subheads: ['Exhibitions', 'Music', 'Stage and screen', 'Books'],
    lines: [
      '{venue} opens a retrospective of the painter {artist} on {weekday}, with more than {works} works on show.',
      'Tickets for the {town} jazz festival sold out within {hours} hours.',
      'The city orchestra will perform symphonies by {composer} under guest conductor {person}.',
      'A new play by {person} about a family bakery runs at {venue} until {month}.',
      'Critics praised the production’s set design, though some found the second act [too long|slow].',
      'The library’s summer reading challenge has signed up {hundreds} children so far.',
      'Local author {person} will read from a new novel at {bookshop} on {weekday} evening.',
      'The film festival received {films} submissions from {countries} countries this year.',
      'Admission to the museum’s permanent collection remains free.',
      'A restored {century}-century organ will be played in public for the first time in {years} years.',
      'The choir is looking for tenors ahead of its winter concert.',
      'Volunteers spent {few} months cataloguing the town’s photographic archive.',
      '“It is the show I have wanted to make for years,” {artist} said at the preview.',
      'A pop-up cinema will screen classic comedies in the park on {weekday} nights.',
      '{bookshop} celebrates {years} years on {street} with a weekend of readings.',
      'Entry to the craft fair costs {price} for a family, with children under five free.',
    ],
  },
};

/** Topic-neutral sentences that any local story can carry. */
const GENERIC = [
  'Further details are expected later this week.',
  'A spokesperson said an update would be published on {weekday}.',
  'The figures were released on {weekday} morning.',
  '[Officials|Organisers|Staff] said they had received {hundreds} enquiries since the announcement.',
  'Not everyone is convinced.',
  'Similar schemes in {town2} have had [mixed|encouraging|modest] results.',
  'The decision will be reviewed in {month}.',
  '“We will keep listening to people,” a spokesperson said.',
  'Local businesses have [broadly|mostly|cautiously] welcomed the news.',
  'Anyone with questions can call the information desk at the town hall.',
  'It is the {ordinal} announcement of its kind this year.',
  'A full report will be published online in {month}.',
  'Readers can send their views to the letters page.',
  'Those plans are still at an early stage.',
  '{person}, who runs a café on {street}, said it was “about time”.',
  'The change affects an estimated {thousands} households.',
];

export const OFFTOPIC_TOPICS = Object.keys(TOPICS);

/** Words that would make an off-topic page not off-topic; checked on everything generated. */
const FORBIDDEN =
  /\b(iraq\w*|baghdad|erbil|kurd\w*|syria\w*|isis|islamic state|coalition|troops?|soldiers?|military|withdraw\w*|drawdown|pentagon|embassy|washington|militia\w*)\b/i;

export function assertOfftopic(text) {
  const hit = text.match(FORBIDDEN);
  if (hit) throw new Error(`off-topic text mentions "${hit[0]}": ${text.slice(0, 120)}`);
}

function fill(rng, template, context) {
  const text = template
    .replace(/\[([^\]]+)\]/g, (_, alts) => rng.pick(alts.split('|')))
    .replace(/\{(\w+)\}/g, (_, key) => {
      if (key in context) return context[key];
      if (key in SLOTS) return SLOTS[key](rng);
      throw new Error(`unknown slot {${key}}`);
    });
  return text[0].toUpperCase() + text.slice(1);
}

/**
 * A writer of off-topic news. `section(topic)` switches topic; `paragraph(n)` returns n
 * sentences. Every 3–5 paragraphs a new story starts (fresh town, people, teams), and within
 * a story no template is used twice, so repetition looks like a roundup, not a loop.
 */
export function createOfftopicWriter(seed = 1) {
  const rng = createRng(seed);
  let topic = OFFTOPIC_TOPICS[0];
  let context;
  let deck;
  let paragraphsLeft;
  const newStory = () => {
    context = sectionContext(rng);
    // Mostly the topic's own sentences, with a few stock ones, as in a real story.
    deck = rng.shuffle([...TOPICS[topic].lines, ...rng.shuffle(GENERIC).slice(0, 5)]);
    paragraphsLeft = rng.int(3, 5);
  };
  const out = (text) => {
    assertOfftopic(text);
    return text;
  };
  newStory();
  return {
    rng,
    section(next) {
      topic = next;
      newStory();
    },
    headline: () => out(fill(rng, rng.pick(TOPICS[topic].heads), context)),
    subhead: () => out(fill(rng, rng.pick(TOPICS[topic].subheads), context)),
    paragraph(sentences) {
      // A new story when this one has had its paragraphs or would have to repeat itself.
      if (paragraphsLeft === 0 || deck.length < sentences) newStory();
      paragraphsLeft -= 1;
      return Array.from({ length: sentences }, () => out(fill(rng, deck.pop(), context)));
    },
  };
}
