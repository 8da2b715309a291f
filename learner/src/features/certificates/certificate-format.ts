/** 2026-11-20 → 20/11/2026 (the day as stored: no time zone to apply). */
export function frenchDay(isoDay: string): string {
  return isoDay.slice(0, 10).split('-').reverse().join('/');
}

export type CertificateStatus = 'PENDING' | 'VALIDATED' | 'REJECTED' | 'CANCELLED';
