/**
 * The key under which an address is throttled, pure. One IPv6 subscriber gets a whole /64 (often far
 * more), so rotating addresses inside it must not give fresh counters: IPv6 addresses are grouped by
 * their /64 prefix. An IPv4 address stays whole, also when written IPv4-mapped (`::ffff:192.0.2.1`, how a
 * dual-stack server sees IPv4 clients).
 */
export function throttledAddress(ip: string | undefined | null): string {
  const address = (ip ?? '').trim().toLowerCase().replace(/%.*$/, '');
  if (!address) return 'unknown';
  if (!address.includes(':')) return address;
  const groups = ipv6Groups(address);
  if (!groups) return address.slice(0, 64);
  // ::ffff:a.b.c.d (IPv4-mapped): the IPv4 address itself.
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
  }
  return `${groups.slice(0, 4).map((group) => group.toString(16)).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address (`::` expanded, a trailing dotted IPv4 read), or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address;
  const tail: number[] = [];
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted) {
    const bytes = dotted.slice(1).map(Number);
    if (bytes.some((byte) => byte > 255)) return null;
    tail.push((bytes[0] << 8) | bytes[1], (bytes[2] << 8) | bytes[3]);
    text = text.slice(0, dotted.index);
    // "::ffff:" keeps its "::"; "1:2:3:4:5:6:" loses the colon that stood before the IPv4 part.
    if (!text.endsWith('::')) text = text.replace(/:$/, '');
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => (/^[0-9a-f]{1,4}$/.test(group) ? parseInt(group, 16) : NaN)));
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  const known = head.length + rest.length + tail.length;
  if ([...head, ...rest].some(Number.isNaN)) return null;
  if (halves.length === 1 && known !== 8) return null;
  if (halves.length === 2 && known > 7) return null;
  const zeros = new Array(8 - known).fill(0);
  return halves.length === 2 ? [...head, ...zeros, ...rest, ...tail] : [...head, ...tail];
}
