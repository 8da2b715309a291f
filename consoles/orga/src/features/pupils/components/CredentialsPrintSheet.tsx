import GlobalStyles from '@mui/material/GlobalStyles';
import Portal from '@mui/material/Portal';
import { useTranslation } from 'react-i18next';
import type { PupilCredentials } from '../pupil-types';

const SHEET_CLASS = 'pix-orga-credentials-print';

// On paper, the sheet alone; on screen, never.
const printStyles = {
  [`.${SHEET_CLASS}`]: { display: 'none' },
  '@page': { margin: '1.5cm' },
  '@media print': {
    [`body > *:not(.${SHEET_CLASS})`]: { display: 'none !important' },
    [`.${SHEET_CLASS}`]: { display: 'block', color: '#000', background: '#fff', font: '11pt/1.4 Arial, Helvetica, sans-serif' },
    [`.${SHEET_CLASS} article`]: { breakInside: 'avoid', border: '1px dashed #000', padding: '0.4cm 0.6cm', marginBottom: '0.5cm' },
    [`.${SHEET_CLASS} h1`]: { fontSize: '14pt', margin: '0 0 0.5cm' },
    [`.${SHEET_CLASS} h2`]: { fontSize: '12pt', margin: '0 0 0.2cm' },
    [`.${SHEET_CLASS} dl`]: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: '0.4cm', margin: '0 0 0.2cm' },
    [`.${SHEET_CLASS} dd`]: { margin: 0, fontFamily: '"Courier New", monospace', fontSize: '12pt', fontWeight: 700 },
    [`.${SHEET_CLASS} p`]: { margin: 0, fontSize: '10pt' },
  },
} as const;

export interface CredentialsPrintSheetProps {
  organizationName: string;
  credentials: PupilCredentials[];
}

/**
 * The sheet "Imprimer" prints (props only): one block per pupil, to cut out and hand over, with
 * the class, the name, the username and the temporary password. Shown by print only (window.print).
 */
export function CredentialsPrintSheet({ organizationName, credentials }: CredentialsPrintSheetProps) {
  const { t } = useTranslation();
  return (
    <Portal>
      <GlobalStyles styles={printStyles} />
      <div className={SHEET_CLASS} aria-hidden="true">
        <h1>{t('console.pupils.print.title', { organizationName })}</h1>
        {credentials.map((item) => (
          <article key={item.learner.id}>
            <h2>
              {item.learner.lastName} {item.learner.firstName}
              {item.learner.division ? ` — ${t('console.pupils.print.division', { division: item.learner.division })}` : ''}
            </h2>
            <dl>
              <dt>{t('console.pupils.credentials.username')}</dt>
              <dd>{item.username}</dd>
              <dt>{t('console.pupils.credentials.temporaryPassword')}</dt>
              <dd>{item.temporaryPassword}</dd>
            </dl>
            <p>{t('console.pupils.print.instructions')}</p>
          </article>
        ))}
      </div>
    </Portal>
  );
}
