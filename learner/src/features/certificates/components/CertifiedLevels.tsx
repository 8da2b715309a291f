import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CertifiedAreasFieldsFragment } from '../../../__generated__/graphql';

/**
 * The certified level of each competence, one table per area: the level is written out ("Niveau 3",
 * "Non certifiée"), never told by a colour alone.
 */
export function CertifiedLevels({ areas, headingLevel = 'h2' }: { areas: CertifiedAreasFieldsFragment[]; headingLevel?: 'h2' | 'h3' }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'grid', gap: 3, mt: 2 }}>
      {areas.map((area) => (
        <Box component="section" key={area.code} aria-labelledby={`area-${area.code}`}>
          <Typography variant="h3" component={headingLevel === 'h2' ? 'h3' : 'h4'} id={`area-${area.code}`} sx={{ fontSize: '1.125rem', fontWeight: 700, mb: 1 }}>
            {area.code}. {area.name}
          </Typography>
          <Table size="small" aria-labelledby={`area-${area.code}`}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  {t('learner.certificates.competence')}
                </TableCell>
                <TableCell component="th" scope="col" align="right">
                  {t('learner.certificates.level')}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {area.competences.map((competence) => (
                <TableRow key={competence.id}>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 400 }}>
                    {competence.code} {competence.name}
                  </TableCell>
                  <TableCell align="right" sx={{ fontWeight: competence.level > 0 ? 700 : 400, whiteSpace: 'nowrap' }}>
                    {competence.level > 0 ? t('learner.certificates.levelValue', { level: competence.level }) : t('learner.certificates.notCertified')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ))}
    </Box>
  );
}
