// The "Tạo báo cáo" button on Tổng hợp as PNG bytes, drawn here so the add-on needs no hosted
// image: a blue rounded button with a white report page. Its words sit in the cell beside it and in
// the image's alt text (a bitmap cannot carry Vietnamese text without a font renderer).

const W = 120;
const H = 44;
const BLUE = [0x1a, 0x73, 0xe8];
const WHITE = [0xff, 0xff, 0xff];

function crc32(bytes: readonly number[]): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

function chunk(type: string, data: readonly number[]): number[] {
  const body = [...type].map((ch) => ch.charCodeAt(0)).concat(data);
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** zlib stream of stored (uncompressed) deflate blocks. */
function zlibStored(raw: readonly number[]): number[] {
  const out = [0x78, 0x01];
  for (let i = 0; i < raw.length || i === 0; i += 65_535) {
    const part = raw.slice(i, i + 65_535);
    const last = i + 65_535 >= raw.length ? 1 : 0;
    out.push(last, part.length & 255, part.length >>> 8, ~part.length & 255, (~part.length >>> 8) & 255, ...part);
  }
  let a = 1;
  let b = 0;
  for (const x of raw) {
    a = (a + x) % 65_521;
    b = (b + a) % 65_521;
  }
  return out.concat(u32(((b << 16) | a) >>> 0));
}

function pixel(x: number, y: number): number[] | null {
  const r = 8;
  const cx = Math.min(Math.max(x, r), W - 1 - r);
  const cy = Math.min(Math.max(y, r), H - 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const inPage = x >= 50 && x < 70 && y >= 9 && y < 35;
  const onLine = inPage && x >= 54 && x < 66 && (y === 15 || y === 20 || y === 25 || y === 29);
  return inPage && !onLine ? WHITE : BLUE;
}

/** PNG bytes (0..255). */
export function reportButtonPng(): number[] {
  const raw: number[] = [];
  for (let y = 0; y < H; y++) {
    raw.push(0);
    for (let x = 0; x < W; x++) raw.push(...(pixel(x, y) ?? WHITE));
  }
  const header = [...u32(W), ...u32(H), 8, 2, 0, 0, 0];
  return [
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', header),
    ...chunk('IDAT', zlibStored(raw)),
    ...chunk('IEND', []),
  ];
}
