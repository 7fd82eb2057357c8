import { annuityYearOf } from "../offices/cn/annuity-year";
import { DayNumber, addMonthsClamped, civilFromDay, dayToIso } from "../dates/civil";
import { CellValue } from "../table/table-schema";

/**
 * A realistic sample portfolio of 30 rights for the first-run experience and the store testers: mixed
 * kinds (named in English, Chinese and Japanese), filing dates from 2008 on, reductions, owners, one right
 * in its grace period, one lapsed for non-payment, one marked lapsed, one abandoned, one pending, rights
 * of other offices (reported as unsupported for fees) and one row with an impossible date (reported with
 * its cell). Dates of the fee cases are placed relative to `today` so the sample keeps showing them
 * whenever it is inserted.
 *
 * For subsidies every row names its applicant and where the applicant is: a Japanese parent (Tokyo HQ,
 * Osaka Lab), a Shenzhen subsidiary and a Suzhou plant. The Shenzhen applicant's family has fixed dates
 * in 2021, when the Shenzhen 2021 programme paid (JETRO Hong Kong 2021 report, table 2): a US and a JP grant (40,000 each), a
 * PCT application and a CN priority application with international publications (0 each: CNIPA ended
 * filing-stage subsidies on 2021-06-30, and the Subsidy offsets sheet says so), an EU
 * trademark registration (3,000), a CN invention grant (2,500); and a PCT publication of 2024, after the
 * programme ended (0, with the reason). These are history: they show on the Subsidy offsets sheet, not
 * in the budget, as the built-in programmes have ended.
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
  "Applicant",
  "Applicant location",
  "PCT publication date",
  "Claims",
];

/** Columns written as text (IDs keep their check digit; dates stay ISO text the reader parses). */
export const SAMPLE_TEXT_COLUMNS = [0, 1, 3, 4, 10, 11, 12];

/** The legal entity behind each owner, and where it is (matched against a programme's region). */
const APPLICANTS: Record<string, [string, string]> = {
  "Tokyo HQ": ["Sample Holdings K.K.", "Japan"],
  "Osaka Lab": ["Sample Holdings K.K.", "Japan"],
  "Shenzhen Subsidiary": ["Sample Technology (Shenzhen) Co., Ltd.", "Shenzhen"],
  "Suzhou Plant": ["Sample Manufacturing (Suzhou) Co., Ltd.", "Suzhou"],
};
const SHENZHEN = APPLICANTS["Shenzhen Subsidiary"];

/** A row's applicant, location and PCT publication date after its owner and jurisdiction. */
const withApplicant = (row: CellValue[], pctPublication = ""): CellValue[] => [
  ...row,
  ...APPLICANTS[String(row[8])],
  pctPublication,
];

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
  for (let n = 1; n <= 17; n += 1) {
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
    rows.push(
      withApplicant([
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
      ])
    );
  }
  // In the grace period: year 6 fell due about six weeks ago and is unpaid (surcharge month 2).
  const graceFiling = addMonthsClamped(today, -61) - 14;
  rows.push(
    withApplicant([
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
    ])
  );
  // Lapsed for non-payment: year 7 fell due 20 months ago; the grace period ended 14 months ago.
  const lapsedFiling = addMonthsClamped(today, -92);
  rows.push(
    withApplicant([
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
    ])
  );
  rows.push(
    withApplicant([
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
    ])
  );
  rows.push(
    withApplicant([
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
    ])
  );
  // The Shenzhen applicant's family and trademark (fixed dates: the Shenzhen 2021 programme's year).
  rows.push(
    [
      "CN201910876543.2",
      "锂电池极片涂布方法",
      "发明",
      "2019-11-05",
      "2021-08-20",
      "granted",
      "85%",
      "",
      "Shenzhen Subsidiary",
      "CN",
      SHENZHEN[0],
      SHENZHEN[1],
      "",
    ],
    [
      "CN202010234567.8",
      "无线充电线圈结构",
      "发明",
      "2020-04-02",
      "2022-10-18",
      "授权",
      "",
      "",
      "Shenzhen Subsidiary",
      "CN",
      SHENZHEN[0],
      "深圳市",
      "2021-10-14",
    ],
    [
      "PCT/CN2020/081234",
      "Battery thermal management system",
      "invention",
      "2020-03-25",
      "",
      "pending",
      "",
      "",
      "Shenzhen Subsidiary",
      "PCT",
      SHENZHEN[0],
      SHENZHEN[1],
      "2021-09-30",
    ],
    [
      "US11,135,246",
      "Wireless charging coil structure",
      "invention",
      "2020-09-28",
      "2021-10-05",
      "granted",
      "",
      "",
      "Shenzhen Subsidiary",
      "US",
      SHENZHEN[0],
      SHENZHEN[1],
      "",
    ],
    [
      "JP6987654",
      "ワイヤレス充電コイル構造",
      "特許",
      "2020-09-30",
      "2021-12-24",
      "登録",
      "",
      "",
      "Shenzhen Subsidiary",
      "日本",
      SHENZHEN[0],
      SHENZHEN[1],
      "",
    ],
    [
      "EUTM018234567",
      "SAMPLE (word mark)",
      "商标",
      "2020-05-11",
      "2021-02-16",
      "registered",
      "",
      "",
      "Shenzhen Subsidiary",
      "EUIPO",
      SHENZHEN[0],
      SHENZHEN[1],
      "",
    ],
    [
      "PCT/CN2023/098765",
      "智能门锁控制方法",
      "发明",
      "2023-06-08",
      "",
      "pending",
      "",
      "",
      "Shenzhen Subsidiary",
      "PCT",
      SHENZHEN[0],
      SHENZHEN[1],
      "2024-12-12",
    ]
  );
  rows.push(
    withApplicant([
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
    ])
  );
  rows.push(
    withApplicant([
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
    ])
  );
  // The claims column: the JP patent's fee depends on it (docs/offices/jp.md); other rows leave it blank.
  return rows.map((row, index) =>
    index === 0 ? row : [...row, row[0] === "JP6987654" ? SAMPLE_JP_CLAIMS : ""]
  );
}

/** Claims of the sample's JP patent (JP6987654): its annual fee is a base plus an amount per claim (docs/offices/jp.md). */
export const SAMPLE_JP_CLAIMS = 8;
