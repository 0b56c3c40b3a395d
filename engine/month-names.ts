/**
 * The English month names, in a module of their own: the date resolver and the clause reader
 * both need them, and the date resolver imports the clause reader (so the clause reader cannot
 * import the resolver for them without a cycle).
 */

/** English month names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
