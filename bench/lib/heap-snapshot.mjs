// Summarises a V8 heap snapshot (measurement only): self size by constructor or, for plain objects, by
// their first property names, a backing store (elements, properties, a Decimal's digits) counted with
// the object that owns it. PATHS="{id,title,kind,status,reduction}|Decimal" also prints the shortest path
// from the roots to one instance of each (who keeps it). Written for docs/performance.md, session 6:
//   node --max-old-space-size=6000 bench/lib/heap-snapshot.mjs FILE.heapsnapshot [rows]
// DECIMAL_OWNERS=1 counts Decimals with the object and field that hold them.
import { readFileSync } from "node:fs";
const file = process.argv[2];
const top = Number(process.argv[3] ?? 40);
const buf = readFileSync(file);
const headEnd = buf.indexOf('"nodes":[');
const head = JSON.parse(buf.toString("utf8", 0, headEnd).replace(/,\s*$/, "") + "}");
const meta = head.snapshot.meta;
const NF = meta.node_fields.length,
  EF = meta.edge_fields.length;
const nodeTypes = meta.node_types[0],
  edgeTypes = meta.edge_types[0];
const nT = meta.node_fields.indexOf("type"),
  nN = meta.node_fields.indexOf("name"),
  nS = meta.node_fields.indexOf("self_size"),
  nE = meta.node_fields.indexOf("edge_count");
const eT = meta.edge_fields.indexOf("type"),
  eN = meta.edge_fields.indexOf("name_or_index"),
  eTo = meta.edge_fields.indexOf("to_node");
const nodeCount = head.snapshot.node_count,
  edgeCount = head.snapshot.edge_count;
function parseInts(start, count) {
  const out = new Float64Array(count);
  let i = start,
    k = 0,
    v = 0,
    inNum = false;
  for (; k < count; i++) {
    const c = buf[i];
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      inNum = true;
    } else if (inNum) {
      out[k++] = v;
      v = 0;
      inNum = false;
    }
  }
  return { out, end: i };
}
const nodesStart = headEnd + 9;
const { out: nodes, end: nEnd } = parseInts(nodesStart, nodeCount * NF);
const edgesStart = buf.indexOf('"edges":[', nEnd) + 9;
const { out: edges, end: eEnd } = parseInts(edgesStart, edgeCount * EF);
const sStart = buf.indexOf('"strings":[', eEnd) + 10;
let sEnd = buf.lastIndexOf("]");
const strings = JSON.parse(buf.toString("utf8", sStart, sEnd + 1));
console.error(`${file}: ${nodeCount} nodes, ${edgeCount} edges`);
const firstEdge = new Uint32Array(nodeCount + 1);
for (let n = 0, e = 0; n < nodeCount; n++) {
  firstEdge[n] = e;
  e += nodes[n * NF + nE];
  firstEdge[n + 1] = e;
}
const type = (n) => nodeTypes[nodes[n * NF + nT]];
const name = (n) => strings[nodes[n * NF + nN]];
const self = (n) => nodes[n * NF + nS];
const WEAK = edgeTypes.indexOf("weak"),
  SHORTCUT = edgeTypes.indexOf("shortcut");
// owner: first strong retainer
const owner = new Int32Array(nodeCount).fill(-1),
  ownerEdge = new Int32Array(nodeCount).fill(-1);
for (let n = 0; n < nodeCount; n++)
  for (let e = firstEdge[n]; e < firstEdge[n + 1]; e++) {
    const t = edges[e * EF + eT];
    if (t === WEAK || t === SHORTCUT) continue;
    const to = edges[e * EF + eTo] / NF;
    if (owner[to] === -1) {
      owner[to] = n;
      ownerEdge[to] = e;
    }
  }
const edgeName = (e) => {
  const t = edgeTypes[edges[e * EF + eT]];
  const v = edges[e * EF + eN];
  return t === "element" || t === "hidden" ? "[]" : strings[v];
};
const PROP = edgeTypes.indexOf("property");
const label = (n) => {
  const t = type(n);
  if (t === "object" && name(n) === "Object") {
    const props = [];
    for (let e = firstEdge[n]; e < firstEdge[n + 1] && props.length < 5; e++)
      if (edges[e * EF + eT] === PROP) props.push(strings[edges[e * EF + eN]]);
    return "{" + props.join(",") + "}";
  }
  if (t === "object" || t === "closure" || t === "regexp") return name(n);
  return `(${t})`;
};
const isObj = (n) => {
  const t = type(n);
  return (t === "object" && name(n) !== "Array") || t === "closure";
};
// group
const groups = new Map();
const add = (k, n) => {
  let g = groups.get(k);
  if (!g) groups.set(k, (g = { size: 0, count: 0 }));
  g.size += self(n);
  g.count++;
};
for (let n = 0; n < nodeCount; n++) {
  const t = type(n);
  if (isObj(n) && !(name(n) === "Decimal" && process.env.DECIMAL_OWNERS)) {
    add(label(n), n);
    continue;
  }
  const o = owner[n];
  let k;
  if (o >= 0) {
    let oo = o,
      chain = edgeName(ownerEdge[n]);
    // fold array-of-array (e.g. elements → FixedArray) up to an object
    for (let d = 0; d < 3 && oo >= 0 && !isObj(oo); d++) {
      chain = edgeName(ownerEdge[oo]) + "." + chain;
      oo = owner[oo];
    }
    k = `${t === "hidden" || t === "array" || t === "object shape" || t === "object" ? t + ":" + name(n).slice(0, 30) : t} in ${oo >= 0 ? label(oo) : "?"}.${chain}`;
  } else k = `${t}:${name(n).slice(0, 30)} (no owner)`;
  add(k, n);
}
const total = [...groups.values()].reduce((s, g) => s + g.size, 0);
console.log(`total self ${(total / 1048576).toFixed(1)} MB`);
const mb = (x) => (x / 1048576).toFixed(1);
for (const [k, g] of [...groups].sort((a, b) => b[1].size - a[1].size).slice(0, top))
  console.log(
    `${mb(g.size).padStart(8)} MB ${String(g.count).padStart(9)}  ${(g.size / g.count).toFixed(0).padStart(5)} B  ${k}`
  );
// Retainer paths: shortest strong path from the root to one instance of each of the largest groups.
if (process.env.PATHS) {
  const dist = new Int32Array(nodeCount).fill(-1);
  const queue = new Uint32Array(nodeCount);
  let qh = 0,
    qt = 0;
  dist[0] = 0;
  queue[qt++] = 0;
  const via = new Int32Array(nodeCount).fill(-1),
    viaEdge = new Int32Array(nodeCount).fill(-1);
  while (qh < qt) {
    const n = queue[qh++];
    for (let e = firstEdge[n]; e < firstEdge[n + 1]; e++) {
      const t = edges[e * EF + eT];
      if (t === WEAK || (t === SHORTCUT && n !== 0)) continue;
      const to = edges[e * EF + eTo] / NF;
      if (dist[to] === -1) {
        dist[to] = dist[n] + 1;
        via[to] = n;
        viaEdge[to] = e;
        queue[qt++] = to;
      }
    }
  }
  const wanted = process.env.PATHS.split("|");
  for (const w of wanted) {
    let found = -1;
    for (let n = 0; n < nodeCount && found < 0; n++)
      if (isObj(n) && label(n) === w && dist[n] >= 0) found = n;
    if (found < 0) {
      console.log(`\n${w}: not found`);
      continue;
    }
    const chain = [];
    for (let n = found; n > 0 && chain.length < 30; n = via[n])
      chain.push(`${label(n).slice(0, 50)} <-${edgeName(viaEdge[n])}-`);
    console.log(`\n${w}:\n  ` + chain.join("\n  "));
  }
}
