import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { OrgaCertificationResultsQuery } from '../../../__generated__/graphql';

export type SchoolResult = NonNullable<OrgaCertificationResultsQuery['organization']['certificationResults']>[number];

const frenchDay = (isoDay: string) => isoDay.slice(0, 10).split('-').reverse().join('/');

/** A class's results (props only): one row per pupil, the level of each competence in its own column ("–": not certified). */
export function CertificationResultsTable({ results, caption }: { results: SchoolResult[]; caption: string }) {
  const { t } = useTranslation();
  const codes = results.find((result) => result.competences.length > 0)?.competences.map((c) => c.code) ?? [];
  return (
    <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={caption}>
      <Table size="small">
        <caption>{caption}</caption>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">{t('console.certificationResults.columns.lastName')}</TableCell>
            <TableCell component="th" scope="col">{t('console.certificationResults.columns.firstName')}</TableCell>
            <TableCell component="th" scope="col">{t('console.certificationResults.columns.birthdate')}</TableCell>
            <TableCell component="th" scope="col">{t('console.certificationResults.columns.status')}</TableCell>
            <TableCell component="th" scope="col" align="right">{t('console.certificationResults.columns.pix')}</TableCell>
            <TableCell component="th" scope="col">{t('console.certificationResults.columns.date')}</TableCell>
            <TableCell component="th" scope="col">{t('console.certificationResults.columns.code')}</TableCell>
            {codes.map((code) => (
              <TableCell component="th" scope="col" align="center" key={code}>
                <abbr title={t('console.certificationResults.columns.competence', { code })}>{code}</abbr>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {results.map((result) => {
            const levels = new Map(result.competences.map((c) => [c.code, c.level]));
            return (
              <TableRow key={result.id}>
                <TableCell component="th" scope="row">{result.lastName}</TableCell>
                <TableCell>{result.firstName}</TableCell>
                <TableCell>{frenchDay(result.birthdate)}</TableCell>
                <TableCell>{t(`console.certificationResults.status.${result.status}`)}</TableCell>
                <TableCell align="right">{result.status === 'VALIDATED' ? result.pixScore : '–'}</TableCell>
                <TableCell>{frenchDay(result.date)}</TableCell>
                <TableCell>{result.verificationCode ?? '–'}</TableCell>
                {codes.map((code) => {
                  const level = levels.get(code) ?? 0;
                  return (
                    <TableCell align="center" key={code}>
                      {level > 0 ? level : <span aria-label={t('console.certificationResults.notCertified')}>–</span>}
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
