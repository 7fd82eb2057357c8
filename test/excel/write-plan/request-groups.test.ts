import { requestGroups } from "../../../src/excel/write-plan";

// Each request is a round trip to Excel: small blocks share one while their estimated bytes (rows with
// the header, against the rows a request of that block may hold) add up to at most one request.
const block = (dataRows: number, rowsPerRequest: number) => ({ dataRows, rowsPerRequest });

describe("requestGroups", () => {
  it("puts small blocks of several sheets in one request", () => {
    // Shares 10/100 + 50/100 + 30/100 = 0.9: one request.
    const groups = requestGroups([
      { blocks: [block(9, 100), block(49, 100)] },
      { blocks: [block(29, 100)] },
    ]);
    expect(groups).toEqual([
      [
        { sheet: 0, block: 0 },
        { sheet: 0, block: 1 },
        { sheet: 1, block: 0 },
      ],
    ]);
  });

  it("starts a new request when the next block would pass one request's bytes", () => {
    // 0.6 + 0.5 > 1: the second block starts the next request; 0.5 + 0.4 = 0.9 shares it with the third.
    const groups = requestGroups([{ blocks: [block(59, 100), block(49, 100), block(39, 100)] }]);
    expect(groups).toEqual([
      [{ sheet: 0, block: 0 }],
      [
        { sheet: 0, block: 1 },
        { sheet: 0, block: 2 },
      ],
    ]);
  });

  it("keeps a block of several requests alone, with the small blocks around it grouped", () => {
    // 250 data rows + header at 100 rows a request: three requests of its own.
    const groups = requestGroups([
      { blocks: [block(4, 100), block(250, 100), block(4, 100)] },
      { blocks: [block(4, 100)] },
    ]);
    expect(groups).toEqual([
      [{ sheet: 0, block: 0 }],
      [{ sheet: 0, block: 1 }],
      [
        { sheet: 0, block: 2 },
        { sheet: 1, block: 0 },
      ],
    ]);
  });

  it("groups a block that exactly fills a request with nothing else", () => {
    // 99 rows + header = 100 = one whole request: the next small block cannot join it.
    const groups = requestGroups([{ blocks: [block(99, 100), block(0, 100)] }]);
    expect(groups).toEqual([[{ sheet: 0, block: 0 }], [{ sheet: 0, block: 1 }]]);
  });

  it("gives nothing for no blocks", () => {
    expect(requestGroups([{ blocks: [] }])).toEqual([]);
  });
});
