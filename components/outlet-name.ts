/**
 * The outlet's name without the note in brackets that follows it ("Popular Resistance
 * (republishing The Cradle)" → "Popular Resistance"): where the name has been given whole just
 * before, or where room is short (a timeline's labels, whose tooltip and table give it whole; a
 * card's "why it disagrees" line, under the source's full name).
 */
export function shortOutlet(outlet: string): string {
  const cut = outlet.indexOf(' (');
  return cut > 0 ? outlet.slice(0, cut) : outlet;
}
