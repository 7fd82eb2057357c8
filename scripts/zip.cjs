/* A minimal ZIP writer and reader (PKWARE APPNOTE 6.3: local headers, central directory, end record;
 * methods 0 "stored" and 8 "deflate" through node:zlib; UTF-8 names; no ZIP64, no encryption). Enough for
 * an app package of a few small files. Entries carry a fixed date (1980-01-01) so that the same input
 * gives the same bytes. */
"use strict";

const { deflateRawSync, inflateRawSync } = require("node:zlib");

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 0x0800;
const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const MAX_32 = 0xffffffff;

/** A ZIP archive of entries [{ name, data: Buffer }], deflated where that is smaller. */
function writeZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const names = new Set();
  for (const { name, data } of entries) {
    if (!name || name.startsWith("/") || name.includes("\\") || names.has(name))
      throw new Error(`bad or repeated ZIP entry name: ${name}`);
    names.add(name);
    const nameBytes = Buffer.from(name, "utf8");
    const deflated = deflateRawSync(data, { level: 9 });
    const method = deflated.length < data.length ? 8 : 0;
    const body = method === 8 ? deflated : data;
    if (offset + body.length > MAX_32) throw new Error("archive too large for a ZIP without ZIP64");
    const crc = crc32(data);
    const common = (header, at) => {
      header.writeUInt16LE(UTF8_NAMES, at);
      header.writeUInt16LE(method, at + 2);
      header.writeUInt16LE(0, at + 4); // time 00:00:00
      header.writeUInt16LE(DOS_DATE_1980_01_01, at + 6);
      header.writeUInt32LE(crc, at + 8);
      header.writeUInt32LE(body.length, at + 12);
      header.writeUInt32LE(data.length, at + 16);
      header.writeUInt16LE(nameBytes.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    common(local, 6);
    local.writeUInt16LE(0, 28); // extra field length
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    common(central, 8);
    // extra, comment, disk number, internal and external attributes: all 0
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The entries [{ name, data, method }] of a ZIP archive; throws on a damaged one (CRC, sizes). */
function readZip(zip) {
  let endAt = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END) {
      endAt = i;
      break;
    }
  }
  if (endAt < 0) throw new Error("not a ZIP archive: no end of central directory");
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error("damaged central directory");
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    at += 46 + nameLength + skip;

    if (zip.readUInt32LE(localAt) !== LOCAL) throw new Error(`damaged local header of ${name}`);
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    const body = zip.subarray(dataAt, dataAt + compressed);
    let data;
    if (method === 0) data = Buffer.from(body);
    else if (method === 8) data = inflateRawSync(body);
    else throw new Error(`${name}: compression method ${method} is not supported`);
    if (data.length !== size || crc32(data) !== crc)
      throw new Error(`${name}: CRC or size mismatch`);
    entries.push({ name, data, method });
  }
  return entries;
}

module.exports = { writeZip, readZip, crc32 };
