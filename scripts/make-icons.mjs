// Draws the add-in icons (a white "¥" on an Office-blue rounded square, transparent corners) and writes
// them as PNG files into assets/. Pure Node: the PNG encoder below uses only node:zlib.
//   node scripts/make-icons.mjs          (writes assets/)
//   node scripts/make-icons.mjs <dir>    (writes <dir>/; the icon test compares that with assets/)
// The PNGs are committed; rerun this after changing the drawing.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { deflateSync } from "node:zlib";

const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];

// ---- PNG encoder (8-bit RGBA, no interlace) ----

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

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** rgba: Uint8Array of width*height*4 bytes, rows top to bottom. */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method 0
  header[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---- Drawing (unit square, x to the right, y down) ----

function inRoundedRect(x, y, inset, radius) {
  const lo = inset;
  const hi = 1 - inset;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + radius), hi - radius);
  const cy = Math.min(Math.max(y, lo + radius), hi - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The "¥" mark: two arms meeting at a vertex, a stem and one or two cross bars. */
function inYen(x, y, style) {
  const { stroke, top, vertexY, bottom, armX, barHalf, bars } = style;
  const half = stroke / 2;
  if (y >= top && y <= vertexY + half) {
    if (distanceToSegment(x, y, 0.5 - armX, top, 0.5, vertexY) <= half) return true;
    if (distanceToSegment(x, y, 0.5 + armX, top, 0.5, vertexY) <= half) return true;
  }
  if (Math.abs(x - 0.5) <= half && y >= vertexY && y <= bottom) return true;
  for (const barY of bars) {
    if (Math.abs(y - barY) <= style.barStroke / 2 && Math.abs(x - 0.5) <= barHalf) return true;
  }
  return false;
}

function yenStyle(size) {
  // Small sizes use whole-pixel stems and bars so that they stay crisp.
  if (size <= 16) {
    // Too small for two bars: one bar, heavier strokes.
    return {
      stroke: 2 / 16,
      barStroke: 2 / 16,
      top: 3 / 16,
      vertexY: 8 / 16,
      bottom: 13 / 16,
      armX: 0.27,
      barHalf: 4 / 16,
      bars: [10 / 16],
    };
  }
  if (size <= 32) {
    return {
      stroke: 4 / 32,
      barStroke: 2 / 32,
      top: 6 / 32,
      vertexY: 16 / 32,
      bottom: 27 / 32,
      armX: 0.25,
      barHalf: 7 / 32,
      bars: [19 / 32, 23 / 32],
    };
  }
  return {
    stroke: 0.1,
    barStroke: 0.075,
    top: 0.2,
    vertexY: 0.5,
    bottom: 0.82,
    armX: 0.24,
    barHalf: 0.2,
    bars: [0.56, 0.68],
  };
}

/** Without `outline`: the mark on a blue rounded square. With it: the white mark alone on transparency
 * (the outline icon of the unified manifest must be white on a transparent background). */
function render(size, { inset, radius, outline = false }) {
  const samples = 8; // 8x8 supersampling for anti-aliased edges
  const style = yenStyle(size);
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          const onMark = inYen(x, y, style);
          if (outline ? !onMark : !inRoundedRect(x, y, inset, radius)) continue;
          const colour = onMark ? WHITE : BLUE;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (samples * samples));
      }
    }
  }
  return rgba;
}

const outDir = process.argv[2]
  ? pathToFileURL(`${resolve(process.argv[2])}/`)
  : new URL("../assets/", import.meta.url);
mkdirSync(outDir, { recursive: true });

const icons = [
  { file: "icon-16.png", size: 16, inset: 0.03, radius: 0.2 },
  { file: "icon-32.png", size: 32, inset: 0.03, radius: 0.2 },
  { file: "icon-64.png", size: 64, inset: 0.04, radius: 0.2 },
  { file: "icon-80.png", size: 80, inset: 0.04, radius: 0.2 },
  { file: "icon-128.png", size: 128, inset: 0.04, radius: 0.2 },
  // The filled logo for the task pane header: the same mark, edge to edge.
  { file: "logo-filled.png", size: 128, inset: 0, radius: 0.18 },
  // The unified manifest's app icons (manifest.json "icons"): colour 192x192 on a full square (the stores
  // round the corners themselves), outline 32x32 white on transparency.
  { file: "color-192.png", size: 192, inset: 0, radius: 0 },
  { file: "outline-32.png", size: 32, inset: 0, radius: 0, outline: true },
];

for (const icon of icons) {
  const png = encodePng(icon.size, icon.size, render(icon.size, icon));
  writeFileSync(new URL(icon.file, outDir), png);
  console.log(`${icon.file}  ${icon.size}x${icon.size}  ${png.length} bytes`);
}
