/** What the session's documents (attendance sheet, incident report form) print: the session's header and its candidates in French order. */
export interface SessionSheet {
  centerName: string;
  sessionNumber: number;
  address: string;
  room: string;
  /** yyyy-mm-dd */
  date: string;
  /** hh:mm */
  time: string;
  examiner: string;
  candidates: { lastName: string; firstName: string; birthdate: string; extraTimePercentage: number }[];
}

/** The header's lines, as both documents print them. */
export function sessionHeaderLines(sheet: SessionSheet): [label: string, value: string][] {
  return [
    ['Centre de certification', sheet.centerName],
    ['N° de session', String(sheet.sessionNumber)],
    ['Nom du site', sheet.address],
    ['Salle', sheet.room],
    ['Date', sheet.date.split('-').reverse().join('/')],
    ['Heure de début (heure locale)', sheet.time.replace(':', ' h ')],
    ['Surveillant(s)', sheet.examiner],
  ];
}

export const extraTimeLabel = (percentage: number) => (percentage > 0 ? `${percentage} %` : '—');

export const documentFileName = (kind: 'feuille-emargement' | 'pv-incident', sessionNumber: number) =>
  kind === 'feuille-emargement' ? `feuille-d-emargement-session-${sessionNumber}.pdf` : `pv-d-incident-session-${sessionNumber}.pdf`;
