import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { JurySessionQuery } from '../../__generated__/graphql';
import { urls } from '../../urls';

type Session = JurySessionQuery['certificationSession'];

/** Every incident of the session's report form and every problem its candidates reported (props only). */
export function SessionEvents({ incidents, reports }: { incidents: Session['juryIncidents']; reports: Session['juryProblemReports'] }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography variant="h2" sx={{ fontSize: '1.25rem', mt: 3, mb: 1 }}>
        {t('console.jury.session.incidents', { count: incidents.length })}
      </Typography>
      {incidents.length === 0 ? (
        <Typography>{t('console.jury.session.noIncident')}</Typography>
      ) : (
        <Box component="ul" sx={{ pl: 3 }}>
          {incidents.map((incident) => (
            <li key={incident.id}>
              <strong>{incident.candidateName}</strong> — {t('console.jury.incidentCode', { code: incident.code })}
              {incident.questionNumber !== null && <> — {t('console.jury.questionNumber', { number: incident.questionNumber })}</>}
              {incident.comment && <> — « {incident.comment} »</>}
            </li>
          ))}
        </Box>
      )}
      <Typography variant="h2" sx={{ fontSize: '1.25rem', mt: 3, mb: 1 }}>
        {t('console.jury.session.reports', { count: reports.length })}
      </Typography>
      {reports.length === 0 ? (
        <Typography>{t('console.jury.session.noReport')}</Typography>
      ) : (
        <Box component="ul" sx={{ pl: 3 }}>
          {reports.map((report) => (
            <li key={report.id}>
              <Link component={RouterLink} to={urls.juryCertification(report.certificationCourseId)}>
                {report.candidateName}
              </Link>{' '}
              — {t('console.jury.questionNumber', { number: report.questionNumber })} — {t('console.jury.reportCategory', { category: report.category })} —{' '}
              {t(`console.jury.reportStatus.${report.status}`, { defaultValue: report.status })}
            </li>
          ))}
        </Box>
      )}
    </>
  );
}
