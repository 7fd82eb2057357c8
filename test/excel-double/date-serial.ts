/**
 * Excel date serials ↔ civil dates, for the two date systems. In the 1900 system serial 1 is 1900-01-01 and
 * serial 60 is the nonexistent 1900-02-29 (kept from Lotus 1-2-3), so from serial 61 on the serial counts
 * days from 1899-12-30. In the 1904 system (old Mac workbooks) serial 0 is 1904-01-01.
 * All arithmetic is on UTC day numbers, so the host time zone never matters.
 */

const MS_PER_DAY = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A civil date and time of day taken from a serial. */
export interface CivilDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
}

/**
 * The civil date of a serial, or null outside Excel's date range (before day 0, after 9999-12-31).
 *
 * @example
 * serialToCivil(45352, false) //=> { year: 2024, month: 3, day: 1, … }
 * serialToCivil(60, false) //=> { year: 1900, month: 2, day: 29, … }  (Excel's phantom leap day)
 */
export function serialToCivil(serial: number, use1904: boolean): CivilDateTime | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= (use1904 ? 2957004 : 2958466))
    return null;
  const wholeDays = Math.floor(serial);
  const totalSeconds = Math.round((serial - wholeDays) * 86400);
  const time = {
    hours: Math.floor(totalSeconds / 3600) % 24,
    minutes: Math.floor(totalSeconds / 60) % 60,
    seconds: totalSeconds % 60,
  };
  if (!use1904 && wholeDays === 60) return { year: 1900, month: 2, day: 29, weekday: 3, ...time };
  if (!use1904 && wholeDays === 0) return { year: 1900, month: 1, day: 0, weekday: 6, ...time };
  const days = !use1904 && wholeDays < 60 ? wholeDays + 1 : wholeDays;
  const date = new Date((use1904 ? EPOCH_1904 : EPOCH_1900) + days * MS_PER_DAY);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    ...time,
  };
}

/**
 * The serial of a civil date, as Excel stores a typed date; null when the date is not real or is before
 * the epoch.
 *
 * @example
 * civilToSerial(2024, 3, 1, false) //=> 45352
 * civilToSerial(2024, 3, 1, true) //=> 43890
 */
export function civilToSerial(
  year: number,
  month: number,
  day: number,
  use1904: boolean
): number | null {
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || year > 9999)
    return null;
  if (use1904) {
    const serial = Math.round((utc - EPOCH_1904) / MS_PER_DAY);
    return serial >= 0 ? serial : null;
  }
  const serial = Math.round((utc - EPOCH_1900) / MS_PER_DAY);
  if (serial < 1) return null;
  // Dates before 1900-03-01 sit one below the phantom 1900-02-29.
  return serial < 61 ? serial - 1 : serial;
}
