import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { SessionFieldsFragment } from '../../../__generated__/graphql';
import { frenchDay, localTime } from '../../../components/format';

/** "Détails": the session's number, codes and details, as a description list (props only). */
export function SessionDetails({ session }: { session: SessionFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const rows: [string, string, boolean?][] = [
    [t('console.session.details.number'), String(session.number), true],
    [t('console.session.details.accessCode'), session.accessCode, true],
    [t('console.session.details.invigilatorPassword'), session.invigilatorPassword, true],
    [t('console.session.details.state'), t(`console.sessions.states.${session.state}`)],
    [t('console.sessionForm.address'), session.address],
    [t('console.sessionForm.room'), session.room],
    [t('console.sessionForm.date'), frenchDay(session.date)],
    [t('console.sessionForm.time'), localTime(session.time, i18n.language)],
    [t('console.sessionForm.examiner'), session.examiner],
    [t('console.sessionForm.description'), session.description || '—'],
  ];
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(180px, max-content) 1fr' }, columnGap: 3, rowGap: { xs: 0.5, sm: 1 }, m: 0 }}>
      {rows.map(([label, value, code]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" sx={{ fontWeight: 700, mt: { xs: 1, sm: 0 } }}>
            {label}
          </Typography>
          <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere', ...(code ? { fontFamily: 'monospace', fontSize: '1.1rem', letterSpacing: '0.08em' } : {}) }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
