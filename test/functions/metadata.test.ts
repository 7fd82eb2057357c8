import functionFiles from "../../scripts/function-files.cjs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

// The contract users and the README rely on: ids, parameter names and which are optional. The plugin
// generates functions.json from the JSDoc of src/functions/functions.ts at build time; this test runs the
// same generator, so a renamed parameter or a lost description fails here before it reaches Excel.
const CONTRACT: Record<string, string[]> = {
  CN_ANNUITY: ["filingDate", "year", "kind?", "reduction?"],
  CN_LATEFEE: ["amount", "monthsLate"],
  CN_LATEFEE_ON: ["amount", "dueDate", "paidDate"],
  CN_DUEDATE: ["filingDate", "year", "shiftToWorkday?"],
  CN_GRACE_END: ["filingDate", "year", "shiftToWorkday?"],
  CN_ANNUITY_YEAR: ["filingDate", "date"],
  CN_TERM_END: ["filingDate", "kind?"],
  CN_SCHEDULE: ["filingDate", "kind?", "grantDate?", "reduction?"],
  CN_COST_TO_EXPIRY: ["filingDate", "kind?", "asOf?", "grantDate?", "reduction?"],
  SUBSIDY: ["programme", "event", "jurisdiction?", "date?"],
  EP_RENEWAL: ["year", "paymentDate?", "micro?"],
  EP_DUEDATE: ["filingDate", "year", "priorityDate?"],
  UP_RENEWAL: ["year", "licenceOfRight?", "paymentDate?"],
  RENEWAL: ["office", "year", "paymentDate?"],
  JP_ANNUITY: ["year", "claims?", "kind?", "reduction?", "paymentDate?", "examRequestDate?"],
  JP_DUEDATE: ["registrationDate", "year", "kind?"],
  US_MAINTENANCE: ["stage", "entity?", "paymentDate?", "late?"],
  US_DUEDATE: ["grantDate", "stage"],
  KR_ANNUITY: ["year", "claims?", "paymentDate?"],
  LPR: ["date", "tenor?", "rule?", "strict?"],
  LOAN_INTEREST: ["principal", "annualRate", "startDate", "endDate", "dayCount?"],
  LOAN_INTEREST_SUBSIDY: [
    "principal",
    "annualRate",
    "startDate",
    "endDate",
    "programme",
    "ipShare?",
    "contractDate?",
    "usedThisYear?",
    "dayCount?",
    "ratio?",
    "fees?",
    "insured?",
  ],
  FEE_SUBSIDY: ["fee", "feeType", "programme", "principal?", "usedThisYear?", "ratio?"],
  RISK_SHARE: ["outstanding", "recovered", "party", "scheme?", "balance?"],
  PLEDGE_CAPACITY: ["appraisedValue", "kind", "ltv?", "profile?"],
  VALUE_SCORE: ["legal", "technical", "economic", "wLegal?", "wTechnical?", "wEconomic?"],
  SCHEDULE: ["office", "filingDate", "kind?", "grantDate?", "claims?", "entity?"],
  LATEFEE: ["office", "fee", "dueDate", "paidDate", "entity?"],
  CN_NEXT_PAYMENT: [
    "filingDate",
    "lastYearPaid",
    "asOf?",
    "kind?",
    "grantDate?",
    "reduction?",
    "shiftToWorkday?",
  ],
};

interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: {
    name: string;
    type: string;
    description: string;
    optional?: boolean;
    dimensionality?: string;
  }[];
  result: { type: string; dimensionality?: string };
}

describe("generated functions.json", () => {
  let functions: FunctionMetadata[];
  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(functionFiles, true);
    expect(generated.errors).toEqual([]);
    functions = JSON.parse(generated.metadataJson).functions;
  }, 60_000);

  it("has exactly the functions of the contract, named as their ids", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(CONTRACT).sort());
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  it("has every parameter, in order, with its optional flag, a description and type any", () => {
    for (const f of functions) {
      const shown = f.parameters.map((p) => p.name + (p.optional ? "?" : ""));
      expect(shown).toEqual(CONTRACT[f.id]);
      for (const p of f.parameters) {
        expect(p.type).toBe("any"); // untouched by Excel, so our coercion gives the messages
        expect(p.description.length).toBeGreaterThan(10);
        expect(p.dimensionality ?? "scalar").toBe("scalar");
      }
      expect(f.description.length).toBeGreaterThan(20);
    }
  });

  it("links every function to its help page (@helpurl)", () => {
    for (const f of functions as (FunctionMetadata & { helpUrl?: string })[]) {
      expect(f.helpUrl).toBe(`https://localhost:3000/help/en/${f.id}.html`);
    }
  });

  it("returns numbers, a matrix from CN_SCHEDULE, and mixed matrices from CN_NEXT_PAYMENT, SCHEDULE and RISK_SHARE", () => {
    const mixed = ["CN_NEXT_PAYMENT", "SCHEDULE", "RISK_SHARE"];
    for (const f of functions) {
      expect(f.result.type ?? "any").toBe(mixed.includes(f.id) ? "any" : "number");
      expect(f.result.dimensionality ?? "scalar").toBe(
        ["CN_SCHEDULE", ...mixed].includes(f.id) ? "matrix" : "scalar"
      );
    }
  });

  it("returns a matrix of any from SCHEDULE (numbers, the currency code, a blank last day)", () => {
    const spilled = functions.find((f) => f.id === "SCHEDULE")!;
    expect(spilled.result.type ?? "any").toBe("any");
    expect(spilled.result.dimensionality).toBe("matrix");
  });

  it('returns a matrix of any from RISK_SHARE (one number, or a party-and-share table for "all")', () => {
    const riskShare = functions.find((f) => f.id === "RISK_SHARE")!;
    expect(riskShare.result.type ?? "any").toBe("any");
    expect(riskShare.result.dimensionality).toBe("matrix");
  });

  it("keeps ids within the unified-manifest limit of 64 characters", () => {
    for (const f of functions) expect(f.id.length).toBeLessThanOrEqual(64);
  });
});
