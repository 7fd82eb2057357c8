import { annuityYearOf } from "../cn/annuity-year";
import { DayNumber, addMonthsClamped, civilFromDay, dayToIso } from "../dates/civil";
import { CellValue } from "../report/output-model";

/**
 * A realistic sample portfolio of 30 rights for the first-run experience and the store testers: mixed
 * kinds (named in English, Chinese and Japanese), filing dates from 2008 on, reductions, owners, one right
 * in its grace period, one lapsed for non-payment, one marked lapsed, one abandoned, one pending, one US
 * right (reported as unsupported) and one row with an impossible date (reported with its cell). Dates are
 * placed relative to `today` so the sample keeps showing those cases whenever it is inserted.
 */
export const SAMPLE_HEADER = [
  "ID",
  "Title",
  "Right type",
  "Filing date",
  "Grant date",
  "Status",
  "Fee reduction",
  "Last annuity year paid",
  "Owner",
  "Jurisdiction",
];

/** Columns written as text (IDs keep their check digit; dates stay ISO text the reader parses). */
export const SAMPLE_TEXT_COLUMNS = [0, 1, 3, 4];

const TITLES = [
  "Battery thermal management system",
  "无线充电线圈结构",
  "画像処理装置及び方法",
  "Drone landing gear",
  "智能门锁控制方法",
  "半導体パッケージ",
  "Bottle cap (design)",
  "Solar inverter topology",
  "散热片",
  "光学レンズユニット",
];
const KINDS = [
  "invention",
  "发明",
  "特許",
  "utility model",
  "实用新型",
  "実用新案",
  "design",
  "外观设计",
  "意匠",
];
const OWNERS = ["Tokyo HQ", "Osaka Lab", "Shenzhen Subsidiary", "Suzhou Plant"];
const REDUCTIONS: CellValue[] = ["", "", "", "85%", 0.7, ""];

/** A small deterministic generator (a linear congruential one), so the sample is the same every time. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * The sample rows, header first, as of `today`.
 * @example samplePortfolio(dayFromCivil(2026, 11, 23)).length //=> 31
 */
export function samplePortfolio(today: DayNumber): CellValue[][] {
  const random = sequence(20210601);
  const rows: CellValue[][] = [SAMPLE_HEADER];
  const iso = (day: DayNumber) => dayToIso(day);
  for (let n = 1; n <= 24; n += 1) {
    const kindText = KINDS[n % KINDS.length];
    const isInvention = n % KINDS.length < 3;
    const isDesign = n % KINDS.length >= 6;
    const ageMonths = 18 + Math.floor(random() * (isInvention ? 190 : 100));
    const filing = addMonthsClamped(today, -ageMonths) - Math.floor(random() * 28);
    const grant = addMonthsClamped(
      filing,
      isInvention ? 30 + Math.floor(random() * 20) : 8 + Math.floor(random() * 6)
    );
    const granted = grant < today;
    const reduction = REDUCTIONS[n % REDUCTIONS.length];
    const paidUp = granted && n % 5 !== 0 ? annuityYearOf(filing, today) : "";
    const year = civilFromDay(filing).year;
    rows.push([
      `CN${year}${isInvention ? 1 : isDesign ? 3 : 2}${String(10000000 + n * 7919).slice(1)}.${n % 10}`,
      TITLES[n % TITLES.length],
      kindText,
      iso(filing),
      granted ? iso(grant) : "",
      granted ? (n % 2 ? "granted" : "授权") : "pending",
      granted ? reduction : "",
      paidUp,
      OWNERS[n % OWNERS.length],
      "CN",
    ]);
  }
  // In the grace period: year 6 fell due about six weeks ago and is unpaid (surcharge month 2).
  const graceFiling = addMonthsClamped(today, -61) - 14;
  rows.push([
    "CN201910458812.3",
    "电池管理芯片",
    "发明",
    iso(graceFiling),
    iso(addMonthsClamped(graceFiling, 26)),
    "granted",
    "85%",
    5,
    "Shenzhen Subsidiary",
    "CN",
  ]);
  // Lapsed for non-payment: year 7 fell due 20 months ago; the grace period ended 14 months ago.
  const lapsedFiling = addMonthsClamped(today, -92);
  rows.push([
    "CN201820761234.5",
    "折叠支架",
    "utility model",
    iso(lapsedFiling),
    iso(addMonthsClamped(lapsedFiling, 9)),
    "granted",
    "",
    6,
    "Suzhou Plant",
    "CN",
  ]);
  rows.push([
    "CN201330112233.1",
    "包装瓶",
    "外观设计",
    "2013-04-18",
    "2013-11-02",
    "失效",
    "",
    "",
    "Suzhou Plant",
    "CN",
  ]);
  rows.push([
    "CN202210987654.2",
    "数据压缩方法",
    "发明",
    "2022-02-10",
    "",
    "放弃",
    "",
    "",
    "Tokyo HQ",
    "CN",
  ]);
  rows.push([
    "US17/123,456",
    "Image sensor",
    "invention",
    "2021-05-20",
    "2023-08-01",
    "granted",
    "",
    "",
    "Tokyo HQ",
    "US",
  ]);
  rows.push([
    "CN202010555555.0",
    "检测装置",
    "发明",
    "2020-02-30",
    "",
    "审查中",
    "",
    "",
    "Osaka Lab",
    "CN",
  ]);
  return rows;
}
