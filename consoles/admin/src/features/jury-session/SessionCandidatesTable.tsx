import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { JurySessionQuery } from '../../__generated__/graphql';
import { frenchDay } from '../../components/format';
import { urls } from '../../urls';

type SessionCertification = JurySessionQuery['certificationSession']['juryCertifications'][number];

/** A session's candidates (props only): name (a link to the certification), birth date, status, pix. */
export function SessionCandidatesTable({ certifications }: { certifications: SessionCertification[] }) {
  const { t } = useTranslation();
  return (
    <Table size="small" sx={{ mb: 4 }}>
      <caption>{t('console.jury.session.candidatesCaption')}</caption>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">{t('console.jury.session.candidate')}</TableCell>
          <TableCell component="th" scope="col">{t('console.jury.session.birthdate')}</TableCell>
          <TableCell component="th" scope="col">{t('console.jury.session.status')}</TableCell>
          <TableCell component="th" scope="col" align="right">{t('console.jury.session.pix')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {certifications.map((certification) => {
          const name = `${certification.lastName} ${certification.firstName}`;
          return (
            <TableRow key={certification.candidateId}>
              <TableCell component="th" scope="row">
                {certification.certificationCourseId ? (
                  <Link component={RouterLink} to={urls.juryCertification(certification.certificationCourseId)}>
                    {name}
                  </Link>
                ) : (
                  name
                )}
              </TableCell>
              <TableCell>{frenchDay(certification.birthdate)}</TableCell>
              <TableCell>
                {certification.certificationCourseId === null
                  ? t('console.jury.session.absent')
                  : certification.status
                    ? t(`console.jury.status.${certification.status}`)
                    : t('console.jury.status.none')}
              </TableCell>
              <TableCell align="right">{certification.pixScore ?? '–'}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
