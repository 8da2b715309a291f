import { throttledAddress } from '../../src/shared/domain/client-address';

describe('the address a throttle counts', () => {
  it('keeps an IPv4 address whole, also when a dual-stack server sees it IPv4-mapped', () => {
    expect(throttledAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(throttledAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(throttledAddress('::FFFF:cb00:7107')).toBe('203.0.113.7');
  });

  it('groups IPv6 addresses by /64, however they are written', () => {
    expect(throttledAddress('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(throttledAddress('2001:0db8:0001:0002:ffff:0000:0000:0042')).toBe('2001:db8:1:2::/64');
    expect(throttledAddress('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(throttledAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(throttledAddress('::1')).toBe('0:0:0:0::/64');
    expect(throttledAddress('64:ff9b::192.0.2.33')).toBe('64:ff9b:0:0::/64');
  });

  it('names an unknown or malformed address without failing', () => {
    expect(throttledAddress(undefined)).toBe('unknown');
    expect(throttledAddress('')).toBe('unknown');
    expect(throttledAddress('1:2:3')).toBe('1:2:3');
  });
});
