import { DayNumber, dayFromCivil } from "./civil";

/**
 * The Japanese eras a ledger still holds dates of, with their first day. Year 1 of an era is written 元年
 * ("first year") as often as 1. Sources: Cabinet Order on the era name 令和 (2019-04-01, in force
 * 2019-05-01); 平成 from 1989-01-08 (Act on Era Names, Cabinet Order of 1989-01-07); 昭和 from 1926-12-25.
 */
const ERAS: { names: string[]; first: [number, number, number] }[] = [
  { names: ["令和", "R"], first: [2019, 5, 1] },
  { names: ["平成", "H"], first: [1989, 1, 8] },
  { names: ["昭和", "S"], first: [1926, 12, 25] },
];

/** 令和4年3月4日, 平成30年1月1日, 令和元年5月1日, R4.3.4, H30/1/1 (after NFKC: half-width digits). */
const ERA_DATE =
  /^(令和|平成|昭和|R|H|S)\s*(元|\d{1,2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[./-](\d{1,2})[./-](\d{1,2}))$/i;

/**
 * The Gregorian year, month and day of a Japanese era date, or undefined when the text is not one; a date
 * before its era began (平成1年1月1日 was still 昭和) is undefined too, so it is reported, never shifted.
 * @example civilOfEraDate("令和4年3月4日") //=> [2022, 3, 4]
 * @example civilOfEraDate("平成元年1月8日") //=> [1989, 1, 8]
 */
export function civilOfEraDate(text: string): [number, number, number] | undefined {
  const match = ERA_DATE.exec(text.trim());
  if (!match) return undefined;
  const era = ERAS.find((candidate) =>
    candidate.names.some((name) => name.toLowerCase() === match[1].toLowerCase())
  );
  if (!era) return undefined;
  const eraYear = match[2] === "元" ? 1 : Number(match[2]);
  const year = era.first[0] + eraYear - 1;
  const month = Number(match[3] ?? match[5]);
  const day = Number(match[4] ?? match[6]);
  if (eraYear < 1) return undefined;
  const first: DayNumber = dayFromCivil(...era.first);
  if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && dayFromCivil(year, month, day) < first)
    return undefined;
  return [year, month, day];
}
