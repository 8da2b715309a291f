import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUserFieldsFragment } from '../../__generated__/graphql';
import { formatDate } from '../../components/server-data-grid';

/** A titled table of one section of the user's page (props only); "Aucune." when empty. */
export function SectionTable({ id, title, headers, rows }: { id: string; title: string; headers: string[]; rows: ReactNode[][] }) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 4 }}>
      <Typography variant="h2" id={id} sx={{ fontSize: '1.25rem', mb: 1 }}>
        {title}
      </Typography>
      {rows.length === 0 ? (
        <Typography>{t('console.user.empty')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-labelledby={id}>
            <TableHead>
              <TableRow>
                {headers.map((header) => (
                  <TableCell key={header} component="th" scope="col" sx={{ fontWeight: 700 }}>
                    {header}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((cells, index) => (
                <TableRow key={index}>
                  {cells.map((cell, column) => (
                    <TableCell key={column}>{cell}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
}

/** The account's links: organisations, records, centres, participations, certifications (props only). */
export function UserLinks({ user }: { user: AdminUserFieldsFragment }) {
  const { t } = useTranslation();
  const u = (key: string) => t(`console.user.${key}`);
  return (
    <>
      <SectionTable
        id="user-organizations"
        title={u('organizations')}
        headers={[u('organization'), u('type'), u('memberRole')]}
        rows={user.organizationMemberships.map((m) => [m.organizationName, m.organizationType, m.role])}
      />
      <SectionTable
        id="user-learners"
        title={u('learners')}
        headers={[u('organization'), u('learnerName'), u('division')]}
        rows={user.organizationLearners.map((l) => [
          l.organizationName,
          `${l.lastName} ${l.firstName}${l.isDisabled ? ` (${u('disabled')})` : ''}`,
          l.division ?? '',
        ])}
      />
      <SectionTable
        id="user-centers"
        title={u('centers')}
        headers={[u('center'), u('memberRole')]}
        rows={user.certificationCenterMemberships.map((m) => [m.certificationCenterName, m.role])}
      />
      <SectionTable
        id="user-participations"
        title={u('participations')}
        headers={[u('campaign'), u('organization'), u('status'), u('date')]}
        rows={user.campaignParticipations.map((p) => [
          `${p.campaignName} (${p.campaignCode})`,
          p.organizationName,
          t(`console.user.participationStatus.${p.status}`, { defaultValue: p.status }),
          formatDate(p.createdAt),
        ])}
      />
      <SectionTable
        id="user-courses"
        title={u('courses')}
        headers={[u('session'), u('center'), u('date'), u('state')]}
        rows={user.certificationCourses.map((c) => [
          `n° ${c.sessionId}`,
          c.certificationCenterName,
          formatDate(c.sessionDate),
          t(`console.user.courseState.${c.state}`, { defaultValue: c.state }),
        ])}
      />
    </>
  );
}
