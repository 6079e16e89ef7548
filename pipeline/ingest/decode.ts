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
/** UTF-8 read as Windows-1252 (or saved twice as UTF-8): æ ø å Æ Ø Å become these pairs. */
const MOJIBAKE = /Ã[¦¸¥†˜…]/;

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

function decodeAs(bytes: Uint8Array, encoding: Encoding, file: string): string {
  const body = bytes.subarray(bomLength(bytes, encoding));
  try {
    if (encoding === "utf-16le") {
      if (body.length % 2 !== 0) throw new Error("odd number of bytes");
      return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf16le");
    }
    if (encoding === "windows-1252") {
      const text = iconv.decode(
        Buffer.from(body.buffer, body.byteOffset, body.byteLength),
        "windows-1252",
      );
      // The five bytes Windows-1252 leaves undefined come out as U+FFFD.
      if (text.includes("\uFFFD")) throw new Error("undefined Windows-1252 byte");
      return text;
    }
    return strictUtf8.decode(body);
  } catch (cause) {
    throw new ItipError(FileCode.undecodable, fileMessage.undecodable(encoding), {
      location: { file },
      cause,
    });
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
  const detected = encoding ?? detectEncoding(bytes);
  const text = decodeAs(bytes, detected, file);
  refuseNulCharacters(text, file);
  if (text.trim() === "")
    throw new ItipError(FileCode.empty, fileMessage.empty(), { location: { file } });
  refuseMojibake(text, file);
  return { text, encoding: detected };
}
