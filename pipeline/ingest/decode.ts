// Bytes → text, detecting the encoding the way SPEC §3.1 asks: a byte order mark wins; else the
// bytes are strict UTF-8; else Windows-1252 (never latin1, which would lose € and the quotes
// of 0x80–0x9F). NUL bytes and double-encoded UTF-8 are refused with a coded error.
import iconv from "iconv-lite";
import { ItipError } from "../errors.js";
import type { Encoding } from "./types.js";
import { FileCode, fileMessage } from "./messages.js";
import { positionAt } from "./text-position.js";

export interface Decoded {
  text: string;
  encoding: Encoding;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;
const UTF16BE_BOM = [0xfe, 0xff] as const;
/**
 * UTF-8 read as Windows-1252 (or saved twice as UTF-8): æ ø å Æ Ø Å become "Ã¦", "Ã¸", "Ã¥",
 * "Ã†", "Ã˜", "Ã…". Written as escapes: the bundle stays ASCII (scripts/bundle.mjs).
 */
const MOJIBAKE = /\u00c3[\u00a6\u00b8\u00a5\u2020\u02dc\u2026]/;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** The encoding the bytes announce (BOM) or prove (valid UTF-8); Windows-1252 otherwise. */
export function detectEncoding(bytes: Uint8Array): Encoding {
  if (startsWith(bytes, UTF16LE_BOM)) return "utf-16le";
  if (startsWith(bytes, UTF8_BOM)) return "utf-8-bom";
  try {
    strictUtf8.decode(bytes);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

function bomLength(bytes: Uint8Array, encoding: Encoding): number {
  if (encoding === "utf-16le") return startsWith(bytes, UTF16LE_BOM) ? 2 : 0;
  return startsWith(bytes, UTF8_BOM) ? 3 : 0;
}

/** Length of the UTF-8 sequence a lead byte starts, 0 if it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Range of the second byte: this rules out overlong forms, surrogates and > U+10FFFF. */
function secondByteRange(lead: number): readonly [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    const length = sequenceLength(lead);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      const [low, high] = k === 1 ? secondByteRange(lead) : [0x80, 0xbf];
      if (byte === undefined || byte < low || byte > high) return i;
    }
    i += length;
  }
  return bytes.length;
}

function undecodable(
  encoding: string,
  file: string,
  text: string,
  offset: number,
  cause?: unknown,
): ItipError {
  const { line, column } = positionAt(text, offset);
  return new ItipError(FileCode.undecodable, fileMessage.undecodable(encoding), {
    location: { file, line, column },
    cause,
  });
}

function decodeAs(bytes: Uint8Array, encoding: Encoding, file: string): string {
  const body = bytes.subarray(bomLength(bytes, encoding));
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (encoding === "utf-16le") {
    const text = buffer.toString("utf16le");
    if (body.length % 2 !== 0) throw undecodable(encoding, file, text, text.length);
    return text;
  }
  if (encoding === "windows-1252") {
    const text = iconv.decode(buffer, "windows-1252");
    // The five bytes Windows-1252 leaves undefined come out as U+FFFD.
    const bad = text.indexOf("\uFFFD");
    if (bad !== -1) throw undecodable(encoding, file, text, bad);
    return text;
  }
  try {
    return strictUtf8.decode(body);
  } catch (cause) {
    // Rare path: find the first bad byte and say where it is, counted in the text before it.
    const valid = body.subarray(0, firstInvalidUtf8(body));
    const before = strictUtf8.decode(valid);
    throw undecodable("UTF-8", file, before, before.length, cause);
  }
}

function refuseNulCharacters(text: string, file: string): void {
  const at = text.indexOf("\0");
  if (at === -1) return;
  const { line, column } = positionAt(text, at);
  throw new ItipError(FileCode.nulBytes, fileMessage.nulBytes(), {
    location: { file, line, column },
  });
}

/**
 * Bytes that fell back to Windows-1252 but read as UTF-8 pairs (Ã¸): the file is UTF-8 with a
 * damaged, cut or foreign stretch. Point at the first byte that is not UTF-8.
 */
function refuseBrokenUtf8(bytes: Uint8Array, file: string): never {
  const body = bytes.subarray(bomLength(bytes, "utf-8"));
  const before = strictUtf8.decode(body.subarray(0, firstInvalidUtf8(body)));
  const { line, column } = positionAt(before, before.length);
  throw new ItipError(FileCode.undecodable, fileMessage.brokenUtf8(), {
    location: { file, line, column },
  });
}

function refuseMojibake(text: string, file: string): void {
  const match = MOJIBAKE.exec(text);
  if (!match) return;
  const { line, column } = positionAt(text, match.index);
  throw new ItipError(FileCode.mojibake, fileMessage.mojibake(match[0]), {
    location: { file, line, column },
  });
}

/** Decodes a whole file; `encoding` overrides detection. The BOM is not part of the text. */
export function decodeBytes(bytes: Uint8Array, file: string, encoding?: Encoding): Decoded {
  if (encoding === undefined && startsWith(bytes, UTF16BE_BOM))
    throw new ItipError(FileCode.undecodable, fileMessage.utf16be(), {
      location: { file, line: 1, column: 1 },
    });
  const detected = encoding ?? detectEncoding(bytes);
  const text = decodeAs(bytes, detected, file);
  refuseNulCharacters(text, file);
  if (text.trim() === "")
    throw new ItipError(FileCode.empty, fileMessage.empty(), { location: { file } });
  if (encoding === undefined && detected === "windows-1252" && MOJIBAKE.test(text))
    refuseBrokenUtf8(bytes, file);
  refuseMojibake(text, file);
  return { text, encoding: detected };
}
