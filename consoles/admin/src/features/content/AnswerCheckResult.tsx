import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { AnswerCheckFieldsFragment } from '../../__generated__/graphql';

type Detail = AnswerCheckFieldsFragment['details'][number];

/** What the checker matched for one field (or proposal): the variant and the tolerance, or why not. */
function DetailVerdict({ detail, choice }: { detail: Detail; choice: boolean }) {
  const { t } = useTranslation();
  if (detail.reason) return <>{t(`console.content.check.reason.${detail.reason}`)}</>;
  if (choice) return <>{t(detail.matched ? 'console.content.check.choiceRight' : 'console.content.check.choiceWrong')}</>;
  if (!detail.matched) return <>{t('console.content.check.noVariant')}</>;
  return (
    <>
      {t('console.content.check.matched', { variant: detail.variant ?? '' })} — {t(`console.content.check.tolerance.${detail.tolerance ?? 'EXACT'}`)}
    </>
  );
}

/** The checker's verdict on one value, with its details field by field (or proposal by proposal). */
export function AnswerCheckResult({ check, value, choice }: { check: AnswerCheckFieldsFragment; value: string; choice: boolean }) {
  const { t } = useTranslation();
  const accepted = check.result === 'OK';
  return (
    <Box sx={{ mt: 2 }}>
      <Alert severity={accepted ? 'success' : 'error'} role="status" sx={{ mb: 1 }}>
        {t(`console.content.check.result.${check.result}`)} — {t('console.content.check.valueSent', { value })}
        {check.problem && <> {t(`console.content.check.problem.${check.problem}`)}</>}
      </Alert>
      {check.details.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('console.content.check.detailsLabel')}>
            <TableHead>
              <TableRow>
                <TableCell component="th">{t(choice ? 'console.content.check.proposal' : 'console.content.check.field')}</TableCell>
                <TableCell component="th">{t('console.content.check.given')}</TableCell>
                <TableCell component="th">{t('console.content.check.expected')}</TableCell>
                <TableCell component="th">{t('console.content.check.verdict')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {check.details.map((detail) => (
                <TableRow key={detail.field}>
                  <TableCell>{detail.label?.trim() || detail.field}</TableCell>
                  <TableCell>
                    {choice ? t(detail.answer ? 'console.content.check.checked' : 'console.content.check.notChecked') : (detail.answer ?? '—')}
                  </TableCell>
                  <TableCell>
                    {choice
                      ? t(detail.expected.length ? 'console.content.check.checked' : 'console.content.check.notChecked')
                      : [detail.group ? t('console.content.check.group', { group: detail.group }) : '', detail.expected.join(' | ')].filter(Boolean).join(' ')}
                  </TableCell>
                  <TableCell sx={{ fontWeight: 500, color: detail.matched ? 'success.dark' : 'error.dark' }}>
                    <DetailVerdict detail={detail} choice={choice} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
}
