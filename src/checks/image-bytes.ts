/**
 * What a JPEG or PNG file carries besides its pixels, read from its bytes:
 * its size, and whether it records where it was taken. Phones write the GPS
 * position of every photo into its EXIF data; published as is, a photo of a
 * child tells anyone where that child lives or goes to school. Files in
 * `public/` are published byte for byte, so the check reads them. Functions
 * over bytes, with Node's zlib for compressed PNG text; no packages.
 */
import { inflateSync } from 'node:zlib';

export interface ImageFacts {
  format: 'jpeg' | 'png';
  width?: number | undefined;
  height?: number | undefined;
  /** True when the file records a GPS position (EXIF GPS data, or GPS fields in XMP). */
  gps: boolean;
}

/** The facts of a JPEG or PNG file, or undefined when the bytes are neither. */
export function readImage(bytes: Uint8Array): ImageFacts | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return readJpeg(bytes);
  if (bytes.length > 8 && bytes[0] === 0x89 && ascii(bytes, 1, 3) === 'PNG') return readPng(bytes);
  return undefined;
}

const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function readJpeg(bytes: Uint8Array): ImageFacts {
  const facts: ImageFacts = { format: 'jpeg', gps: false };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) break;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break; // end of image, start of the pixels: no metadata after this
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = view.getUint16(at + 2);
    const body = bytes.subarray(at + 4, at + 2 + length);
    if (marker === 0xe1 && ascii(body, 0, 6) === 'Exif\0\0') facts.gps ||= tiffHasGps(body.subarray(6));
    else if (marker === 0xe1 && xmpHasGps(body)) facts.gps = true;
    else if (SOF.has(marker) && body.length >= 5) {
      facts.height = (body[1]! << 8) | body[2]!;
      facts.width = (body[3]! << 8) | body[4]!;
    }
    at += 2 + length;
  }
  return facts;
}

function readPng(bytes: Uint8Array): ImageFacts {
  const facts: ImageFacts = { format: 'png', gps: false };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = view.getUint32(at);
    const type = ascii(bytes, at + 4, 4);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR' && data.length >= 8) {
      facts.width = view.getUint32(at + 8);
      facts.height = view.getUint32(at + 12);
    } else if (type === 'eXIf') facts.gps ||= tiffHasGps(data);
    else if (type === 'iTXt' || type === 'tEXt' || type === 'zTXt') facts.gps ||= textChunkHasGps(textOfChunk(type, data));
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  return facts;
}

/** A PNG text chunk as `keyword\0text`, inflated when the chunk is compressed. */
function textOfChunk(type: string, data: Uint8Array): Uint8Array {
  const nul = data.indexOf(0);
  if (nul < 0 || type === 'tEXt') return data;
  const keyword = data.subarray(0, nul + 1);
  let text: Uint8Array;
  try {
    if (type === 'zTXt') text = inflateSync(data.subarray(nul + 2));
    else {
      const compressed = data[nul + 1] === 1;
      const language = data.indexOf(0, nul + 3);
      const translated = data.indexOf(0, language + 1);
      const rest = data.subarray(translated + 1);
      text = compressed ? inflateSync(rest) : rest;
    }
  } catch {
    return data;
  }
  const joined = new Uint8Array(keyword.length + text.length);
  joined.set(keyword);
  joined.set(text, keyword.length);
  return joined;
}

/** ImageMagick and others keep EXIF in a PNG text chunk as hex ("Raw profile type exif"); XMP goes in iTXt. */
function textChunkHasGps(data: Uint8Array): boolean {
  const text = latin1(data);
  if (xmpHasGps(data)) return true;
  const raw = /^Raw profile type (?:exif|APP1)\0/i.exec(text);
  if (!raw) return false;
  const hex = text.slice(raw[0].length).replace(/^[\s\S]*?\n\s*\d+\s*\n/, '').replace(/[^0-9a-f]/gi, '');
  const bytes = Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
  const start = ascii(bytes, 0, 6) === 'Exif\0\0' ? 6 : 0;
  return tiffHasGps(bytes.subarray(start));
}

function xmpHasGps(data: Uint8Array): boolean {
  return /exif:GPS(?:Latitude|Longitude)|GPSLatitude|GPSLongitude/.test(latin1(data));
}

const GPS_IFD_POINTER = 0x8825;

/**
 * True when a TIFF block (the body of EXIF) points at a GPS directory that
 * holds at least one field. Cameras without a fix sometimes write an empty
 * one; that reveals nothing.
 */
export function tiffHasGps(tiff: Uint8Array): boolean {
  if (tiff.length < 8) return false;
  const order = ascii(tiff, 0, 2);
  if (order !== 'II' && order !== 'MM') return false;
  const little = order === 'II';
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const u16 = (at: number) => (at + 2 <= tiff.length ? view.getUint16(at, little) : 0);
  const u32 = (at: number) => (at + 4 <= tiff.length ? view.getUint32(at, little) : 0);
  const ifd0 = u32(4);
  const count = u16(ifd0);
  for (let i = 0; i < count; i++) {
    const entry = ifd0 + 2 + i * 12;
    if (entry + 12 > tiff.length) break;
    if (u16(entry) !== GPS_IFD_POINTER) continue;
    const gps = u32(entry + 8);
    return gps > 0 && u16(gps) > 0;
  }
  return false;
}

function ascii(bytes: Uint8Array, from: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(from, from + length));
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}
