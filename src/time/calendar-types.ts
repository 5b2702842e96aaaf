/** What a language's calendar words look like when the element has to carry them itself. */
export interface CarriedCalendar {
  monthsLong: readonly string[];
  monthsLongGenitive: readonly string[];
  monthsShort: readonly string[];
  eraBce: string;
  /** Between groups of three digits in a whole number. */
  groupSeparator: string;
  /** CLDR's minimumGroupingDigits: 2 writes 1234 ungrouped, and 12 345 grouped. */
  minimumGroupingDigits: number;
  decimalSeparator: string;
  /** Short counts for thousands, millions, billions and trillions, `{n}` the number: "{n} հզր". */
  compactPatterns: readonly string[];
  /**
   * Patterns by style name (`month-year-long`, with `-bce` for years before 1). Fields: `{y}` year,
   * `{e}` era, `{MMMM}` month, `{MMMMg}` month in the genitive, `{MMM}` short month, `{d}` day,
   * `{H}` hour (0-23, unpadded), `{mm}` minute, `{ss}` second.
   */
  patterns: Readonly<Record<string, string>>;
}
