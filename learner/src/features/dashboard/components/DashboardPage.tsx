import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { DashboardQuery } from '../../../__generated__/graphql';
import { areaColor } from '../../../domain/area-color';
import { groupByArea } from '../../../domain/group-by-area';
import { urls } from '../../../urls';
import { AreaRow } from './AreaRow';
import { CompetenceCard } from './CompetenceCard';
import { MyCampaigns } from './MyCampaigns';

export type DashboardUser = DashboardQuery['me'];
type CompetenceEntry = DashboardUser['profile']['competences'][number];

/** The competences still to test: a test ended (even at level 0) or pix earned makes a competence tested. */
export function competencesToTest(competences: ReadonlyArray<Pick<CompetenceEntry, 'status' | 'pixScore'>>): number {
  return competences.filter((item) => item.status !== 'COMPLETED' && item.pixScore === 0).length;
}

/** The learner's dashboard (props only): greeting, total pix, "Mes parcours", areas as rows of competence cards. */
export function DashboardPage({ user }: { user: DashboardUser }) {
  const { t } = useTranslation();
  const { profile } = user;
  const toTest = competencesToTest(profile.competences);
  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3, alignItems: 'center', justifyContent: 'space-between', mb: 4 }}>
        <Box sx={{ flex: '1 1 320px' }}>
          <Typography variant="h1" gutterBottom>
            {t('learner.dashboard.greeting', { firstName: user.firstName })}
          </Typography>
          {toTest > 0 && <Typography sx={{ fontSize: '1.125rem' }}>{t('learner.dashboard.toTest', { count: toTest })}</Typography>}
        </Box>
        <Paper variant="outlined" component="section" aria-labelledby="pix-score-label" sx={{ px: 3, py: 2, textAlign: 'center', minWidth: 180 }}>
          <Typography id="pix-score-label" variant="body2" color="text.secondary">
            {t('learner.dashboard.pixScoreLabel')}
          </Typography>
          <Typography sx={{ fontSize: '2.5rem', fontWeight: 700, color: 'primary.main', lineHeight: 1.2 }}>
            {t('learner.dashboard.pixScore', { count: profile.pixScore })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('learner.dashboard.pixScoreMax', { max: profile.maxPixScore })}
          </Typography>
        </Paper>
      </Box>
      <MyCampaigns participations={user.campaignParticipations} />
      {groupByArea(profile.competences).map(({ area, items }) => {
        const color = areaColor(area);
        return (
          <AreaRow key={area.id} code={area.code} name={area.name} color={color}>
            {items.map((item) => (
              <li key={item.competence.id}>
                <CompetenceCard
                  code={item.competence.code}
                  name={item.competence.name}
                  href={urls.competence(item.competence.id)}
                  areaColor={color}
                  level={item}
                  status={item.status}
                />
              </li>
            ))}
          </AreaRow>
        );
      })}
    </>
  );
}

