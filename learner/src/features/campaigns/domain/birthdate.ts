/** A birth date typed as three fields (JJ / MM / AAAA), as the API wants it: AAAA-MM-JJ. Pure. */
export interface TypedBirthdate {
  day: string;
  month: string;
  year: string;
}

export type BirthdateProblem = 'required' | 'day' | 'month' | 'year' | 'impossible' | 'future';

export type BirthdateCheck = { ok: true; value: string } | { ok: false; problem: BirthdateProblem; field: keyof TypedBirthdate };

const digits = (value: string) => value.trim();

/** Checks the three fields and gives AAAA-MM-JJ; `today` for tests. */
export function checkBirthdate(typed: TypedBirthdate, today: Date = new Date()): BirthdateCheck {
  const day = digits(typed.day);
  const month = digits(typed.month);
  const year = digits(typed.year);
  if (!day) return { ok: false, problem: 'required', field: 'day' };
  if (!month) return { ok: false, problem: 'required', field: 'month' };
  if (!year) return { ok: false, problem: 'required', field: 'year' };
  if (!/^\d{1,2}$/.test(day) || Number(day) < 1 || Number(day) > 31) return { ok: false, problem: 'day', field: 'day' };
  if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) return { ok: false, problem: 'month', field: 'month' };
  if (!/^\d{4}$/.test(year) || Number(year) < 1900) return { ok: false, problem: 'year', field: 'year' };
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { ok: false, problem: 'impossible', field: 'day' };
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  if (date.getTime() > todayUtc) return { ok: false, problem: 'future', field: 'year' };
  return { ok: true, value: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** AAAA-MM-JJ back into the three fields (to fill the form again), or empty fields. */
export function splitBirthdate(value: string | null | undefined): TypedBirthdate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  return match ? { day: match[3], month: match[2], year: match[1] } : { day: '', month: '', year: '' };
}

/** AAAA-MM-JJ as the pupil typed it: JJ/MM/AAAA (no time zone involved). */
export function formatBirthdate(value: string): string {
  const { day, month, year } = splitBirthdate(value);
  return day ? `${day}/${month}/${year}` : value;
}
