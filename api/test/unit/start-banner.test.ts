import { formatStartBanner } from '../../src/start-banner';
import { DEMO_ACCOUNTS } from '../../src/seeds/demo-data';

const URL = 'http://localhost:3000';
const links = [
  ['Apprenant', `${URL}/`],
  ['Pix Orga', `${URL}/orga/`],
  ['API GraphQL', `${URL}/graphql`],
  ['E-mails envoyés', `${URL}/dev/outbox`],
] as const;

/** The column (in characters) where `text` starts on each line that holds it. */
const columnOf = (lines: string[], texts: string[]) => texts.map((text) => [...lines.find((line) => line.includes(text))!.split(text)[0]].length);

describe('the start banner of npm start', () => {
  it('says how long the start took, in French', () => {
    expect(formatStartBanner({ seconds: 3.25, links })).toContain('Pix libre est prêt (3,3 s)');
  });

  it('starts every address at the same column, whatever the length of its label', () => {
    const lines = formatStartBanner({ seconds: 1, links }).split('\n');
    const columns = columnOf(lines, links.map(([, address]) => address));
    expect(new Set(columns).size).toBe(1);
    expect(columns[0]).toBe('  E-mails envoyés  '.length);
  });

  it('lines up the logins, passwords and roles of the demonstration accounts, even the longest role', () => {
    const lines = formatStartBanner({ seconds: 1, links, accounts: DEMO_ACCOUNTS }).split('\n');
    const passwordColumns = DEMO_ACCOUNTS.map((account) => {
      const line = lines.find((candidate) => candidate.includes(account.login))!;
      return [...line].length - [...line.slice(line.indexOf(account.password))].length;
    });
    expect(new Set(passwordColumns).size).toBe(1);
    const roleColumns = columnOf(lines, DEMO_ACCOUNTS.map((account) => account.role));
    expect(new Set(roleColumns).size).toBe(1);
    expect(lines).toContain('Comptes de démonstration :');
    expect(lines.every((line) => line === line.trimEnd())).toBe(true);
  });

  it('shows no account section without the demo data', () => {
    expect(formatStartBanner({ seconds: 1, links })).not.toContain('Comptes de démonstration');
  });
});
