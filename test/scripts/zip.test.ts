import { readFileSync } from "node:fs";

const { writeZip, readZip, crc32 } = require("../../scripts/zip.cjs");

// The app package's ZIP writer, read back by its reader (which checks every CRC and size). unzip -t and
// Python's zipfile accept the same archives; these tests need neither.
const manifest = readFileSync("manifest.xml");
const icon = readFileSync("assets/outline-32.png");

describe("zip", () => {
  test("CRC-32 of the standard check string", () => {
    expect(crc32(Buffer.from("123456789")).toString(16)).toBe("cbf43926");
  });

  test("entries come back byte for byte, deflated where that is smaller, stored otherwise", () => {
    const tiny = Buffer.from([1, 2, 3]);
    const zip = writeZip([
      { name: "manifest.xml", data: manifest },
      { name: "outline.png", data: icon },
      { name: "目录/説明.txt", data: tiny },
    ]);
    const entries = readZip(zip);
    expect(entries.map((e: { name: string }) => e.name)).toEqual([
      "manifest.xml",
      "outline.png",
      "目录/説明.txt",
    ]);
    expect(entries[0].data.equals(manifest)).toBe(true);
    expect(entries[0].method).toBe(8);
    expect(entries[1].data.equals(icon)).toBe(true);
    expect(entries[2].data.equals(tiny)).toBe(true);
    expect(entries[2].method).toBe(0);
    expect(zip.length).toBeLessThan(manifest.length);
  });

  test("the same entries give the same bytes", () => {
    const entries = [{ name: "a.json", data: Buffer.from('{"a":1}') }];
    expect(writeZip(entries).equals(writeZip(entries))).toBe(true);
  });

  test("a damaged archive is refused", () => {
    const zip = writeZip([{ name: "a.txt", data: Buffer.from("stored text") }]);
    const damaged = Buffer.from(zip);
    damaged[30 + "a.txt".length] ^= 0xff; // first byte of the stored data
    expect(() => readZip(damaged)).toThrow(/a\.txt: CRC or size mismatch/);
    expect(() => readZip(Buffer.from("not a zip at all, just some text"))).toThrow(/not a ZIP/);
  });

  test("repeated or absolute names are refused", () => {
    const data = Buffer.from("x");
    expect(() =>
      writeZip([
        { name: "a", data },
        { name: "a", data },
      ])
    ).toThrow(/repeated/);
    expect(() => writeZip([{ name: "/etc/a", data }])).toThrow(/bad/);
  });
});
