import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { currentLanguage } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { formatRate } from '../campaign-results-types';
import { RateBar } from './SectionParts';

export interface CompetenceResultRow {
  key: string;
  /** The area's name: a column when any row has one. */
  area?: string;
  /** Code and name, e.g. "1.1 Mener une recherche et une veille d'information". */
  competence: string;
  masteryRate: number;
  /** Already formatted (an average has a decimal). */
  validated: string;
  targeted: number;
}

/** Mastery per competence (props only): a table named by `labelledBy`, each rate as a bar and its value. */
export function CompetenceResultsTable({ labelledBy, rows }: { labelledBy: string; rows: CompetenceResultRow[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const withArea = rows.some((row) => row.area);
  const column = (key: string) => t(`console.campaignResults.collective.columns.${key}`);
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-labelledby={labelledBy}>
        <TableHead>
          <TableRow>
            {withArea && <TableCell sx={{ fontWeight: 700 }}>{column('area')}</TableCell>}
            <TableCell sx={{ fontWeight: 700 }}>{column('competence')}</TableCell>
            <TableCell sx={{ fontWeight: 700, minWidth: 200 }}>{column('mastery')}</TableCell>
            <TableCell sx={{ fontWeight: 700 }} align="right">
              {column('skills')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              {withArea && <TableCell>{row.area}</TableCell>}
              <TableCell component="th" scope="row" sx={{ fontWeight: 400 }}>
                {row.competence}
              </TableCell>
              <TableCell>
                <RateBar rate={row.masteryRate} text={formatRate(row.masteryRate, language)} />
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                {t('console.campaignResults.collective.skillsValue', { validated: row.validated, targeted: row.targeted })}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
