import { checkBirthdate, formatBirthdate, splitBirthdate } from './birthdate';

const today = new Date(2026, 10, 23);

describe('birth date typed as JJ / MM / AAAA', () => {
  it('gives AAAA-MM-JJ, padding the day and the month', () => {
    expect(checkBirthdate({ day: '5', month: '3', year: '2010' }, today)).toEqual({ ok: true, value: '2010-03-05' });
    expect(checkBirthdate({ day: '29', month: '02', year: '2012' }, today)).toEqual({ ok: true, value: '2012-02-29' });
  });

  it('names the field to fix', () => {
    expect(checkBirthdate({ day: '', month: '3', year: '2010' }, today)).toEqual({ ok: false, problem: 'required', field: 'day' });
    expect(checkBirthdate({ day: '5', month: '', year: '2010' }, today)).toEqual({ ok: false, problem: 'required', field: 'month' });
    expect(checkBirthdate({ day: '5', month: '3', year: '' }, today)).toEqual({ ok: false, problem: 'required', field: 'year' });
    expect(checkBirthdate({ day: '32', month: '3', year: '2010' }, today)).toMatchObject({ problem: 'day', field: 'day' });
    expect(checkBirthdate({ day: '5', month: '13', year: '2010' }, today)).toMatchObject({ problem: 'month', field: 'month' });
    expect(checkBirthdate({ day: '5', month: '3', year: '10' }, today)).toMatchObject({ problem: 'year', field: 'year' });
  });

  it('refuses impossible and future dates', () => {
    expect(checkBirthdate({ day: '31', month: '04', year: '2010' }, today)).toMatchObject({ problem: 'impossible' });
    expect(checkBirthdate({ day: '29', month: '02', year: '2011' }, today)).toMatchObject({ problem: 'impossible' });
    expect(checkBirthdate({ day: '24', month: '11', year: '2026' }, today)).toMatchObject({ problem: 'future' });
    expect(checkBirthdate({ day: '23', month: '11', year: '2026' }, today)).toMatchObject({ ok: true });
  });

  it('gives the three fields back, and shows the date as JJ/MM/AAAA', () => {
    expect(splitBirthdate('2010-03-05')).toEqual({ day: '05', month: '03', year: '2010' });
    expect(splitBirthdate(null)).toEqual({ day: '', month: '', year: '' });
    expect(formatBirthdate('2010-03-05')).toBe('05/03/2010');
  });
});
