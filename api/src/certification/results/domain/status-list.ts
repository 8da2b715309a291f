import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * The credentials' revocation list (W3C Bitstring Status List v1.0), pure: a certificate's credential
 * has a position (`credential_status_index`, drawn once); its bit is 1 when the certificate no longer
 * stands (cancelled or rejected by the jury after publication, or its session unpublished).
 * - Bit 0 is the left-most bit of the first byte (the specification's order).
 * - A list holds 131 072 positions (16 KiB, the specification's minimum, for group privacy);
 *   position p is bit p mod 131 072 of list ⌊p / 131 072⌋ + 1.
 * - `encodedList` is the multibase base64url (prefix `u`, no padding) of the GZIP of the bitstring.
 */
export const STATUS_LIST_SIZE = 131_072;

export interface StatusListPosition {
  /** The list's number, from 1 (its URL: /credentials/status/<list>). */
  list: number;
  /** The bit in that list. */
  bit: number;
}

export function statusListPosition(index: number): StatusListPosition {
  if (!Number.isInteger(index) || index < 0) throw new Error(`invalid status list index ${index}`);
  return { list: Math.floor(index / STATUS_LIST_SIZE) + 1, bit: index % STATUS_LIST_SIZE };
}

/** The first and last indexes of a list (inclusive). */
export function statusListRange(list: number): { first: number; last: number } {
  return { first: (list - 1) * STATUS_LIST_SIZE, last: list * STATUS_LIST_SIZE - 1 };
}

/** A bitstring of `size` bits, those given set to 1. */
export function bitstringOf(setBits: Iterable<number>, size = STATUS_LIST_SIZE): Uint8Array {
  const bytes = new Uint8Array(size / 8);
  for (const bit of setBits) {
    if (!Number.isInteger(bit) || bit < 0 || bit >= size) throw new Error(`bit ${bit} outside the list`);
    bytes[bit >> 3] |= 0x80 >> (bit & 7);
  }
  return bytes;
}

export function isBitSet(bitstring: Uint8Array, bit: number): boolean {
  if (!Number.isInteger(bit) || bit < 0 || bit >= bitstring.length * 8) throw new Error(`bit ${bit} outside the list`);
  return (bitstring[bit >> 3] & (0x80 >> (bit & 7))) !== 0;
}

export function encodeBitstring(bitstring: Uint8Array): string {
  return `u${Buffer.from(gzipSync(bitstring)).toString('base64url')}`;
}

/** Refuses what is not a multibase base64url GZIP of at least 16 KiB. */
export function decodeBitstring(encodedList: string): Uint8Array {
  if (typeof encodedList !== 'string' || !encodedList.startsWith('u')) throw new Error('encodedList is not multibase base64url (prefix "u")');
  const bitstring = new Uint8Array(gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), { maxOutputLength: 16 * 1024 * 1024 }));
  if (bitstring.length * 8 < STATUS_LIST_SIZE) throw new Error(`the status list holds ${bitstring.length * 8} entries, fewer than ${STATUS_LIST_SIZE}`);
  return bitstring;
}

export interface StatusListIssuer {
  /** The issuer's DID (did:web:…). */
  did: string;
  /** The platform's public URL (no trailing slash). */
  publicUrl: string;
}

export const STATUS_LIST_PATH = '/credentials/status';

export function statusListUrl(publicUrl: string, list: number): string {
  return `${publicUrl}${STATUS_LIST_PATH}/${list}`;
}

/** The entry a credential carries (`credentialStatus`). */
export function statusListEntry(publicUrl: string, index: number) {
  const { list, bit } = statusListPosition(index);
  const url = statusListUrl(publicUrl, list);
  return {
    id: `${url}#${bit}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: String(bit),
    statusListCredential: url,
  };
}

/** The status list's credential, before its proof. */
export function buildStatusListCredential(issuer: StatusListIssuer, list: number, revokedBits: Iterable<number>, validFrom: Date) {
  const url = statusListUrl(issuer.publicUrl, list);
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuer.did,
    validFrom: xsdDateTime(validFrom),
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: encodeBitstring(bitstringOf(revokedBits)),
    },
  };
}

/** `2026-12-07T10:00:00Z`: an XML Schema dateTimeStamp without milliseconds. */
export function xsdDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
