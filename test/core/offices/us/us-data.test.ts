import raw from "../../../../src/data/offices/us-fees.json";
import { loadUsData } from "../../../../src/core/offices/us/us-data";

// The loader rejects a malformed us-fees.json naming the file and the key.
function broken(edit: (data: any) => void): () => unknown {
  const data = structuredClone(raw);
  edit(data);
  return () => loadUsData(data);
}

describe("us-fees.json loader", () => {
  it("loads two maintenance schedules and one petition schedule", () => {
    const data = loadUsData(raw);
    expect([data.maintenance.length, data.petition.length]).toEqual([2, 1]);
  });

  it.each([
    [
      "a missing micro amount",
      (d: any) => delete d.maintenance[1].stages["2"].micro,
      "us-fees.json: maintenance[1].stages.2.micro",
    ],
    [
      "a number instead of a string",
      (d: any) => (d.maintenance[0].surcharge.large = 500),
      "maintenance[0].surcharge.large",
    ],
    [
      "verified false on a HIGH schedule",
      (d: any) => (d.maintenance[0].verified = false),
      "maintenance[0].verified",
    ],
    [
      "a petition figure with neither amount nor reason",
      (d: any) => (d.petition[0].pastThreshold.small = {}),
      "petition[0].pastThreshold.small has neither",
    ],
    [
      "a source link that is not http(s)",
      (d: any) => (d.maintenance[1].source.url = "ftp://x"),
      "maintenance[1].source.url",
    ],
    [
      "schedules out of order",
      (d: any) => (d.maintenance[1].from = "2020-01-01"),
      "entries must be in date order",
    ],
  ])("rejects %s", (_what, edit, message) => {
    expect(broken(edit)).toThrow(message);
  });
});
