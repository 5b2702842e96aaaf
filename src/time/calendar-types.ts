/** What a language's calendar words look like when the element has to carry them itself. */
export interface CarriedCalendar {
  monthsLong: readonly string[];
  monthsLongGenitive: readonly string[];
  monthsShort: readonly string[];
  eraBce: string;
  /**
   * Patterns by style name (`month-year-long`, with `-bce` for years before 1). Fields: `{y}` year,
   * `{e}` era, `{MMMM}` month, `{MMMMg}` month in the genitive, `{MMM}` short month, `{d}` day,
   * `{HH}` hour, `{mm}` minute.
   */
  patterns: Readonly<Record<string, string>>;
}
