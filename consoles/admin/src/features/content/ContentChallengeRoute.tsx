import { useApolloClient, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ChallengePreview, ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { urls } from '../../urls';
import { ContentChallengeQuery, TryChallengeAnswerQuery } from './content.graphql';
import { TriedAnswers, type TriedAnswer } from './TriedAnswers';

const pretty = (json: string | null) => {
  if (!json) return '';
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
};

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} variant="outlined" sx={{ p: { xs: 2, md: 3 }, mb: 3 }}>
      <Typography variant="h2" id={id} sx={{ fontSize: '1.25rem', mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

const codeSx = { m: 0, p: 1.5, bgcolor: 'grey.100', borderRadius: 1, overflowX: 'auto', fontSize: '0.875rem', whiteSpace: 'pre-wrap' } as const;

/** A challenge's page; going to an alternative starts afresh (its inputs and tries are its own). */
export function ContentChallengeRoute() {
  const { challengeId = '' } = useParams();
  return <ContentChallengePage key={challengeId} challengeId={challengeId} />;
}

/** A challenge of the release as the learner sees it, with its solution, tolerances, alternatives and tutorials; "Essayer" checks an answer. */
function ContentChallengePage({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data, loading, error } = useQuery(ContentChallengeQuery, { variables: { id: challengeId } });
  const challenge = data?.contentChallenge;
  useDocumentTitle(challenge ? t('console.content.challenge.title', { reference: challenge.reference }) : t('console.content.title'));
  const [value, setValue] = useState('');
  const [tries, setTries] = useState<TriedAnswer[]>([]);
  const [tryError, setTryError] = useState<unknown>(null);
  if (loading && !challenge) return <PageLoader />;
  if (error || !challenge) return <ErrorAlert error={error} />;
  const choice = challenge.type === 'QCU' || challenge.type === 'QCM';
  const tryIt = async () => {
    setTryError(null);
    try {
      const result = await client.query({ query: TryChallengeAnswerQuery, variables: { challengeId: challenge.id, value }, fetchPolicy: 'no-cache' });
      if (result.data) setTries((previous) => [{ key: previous.length + 1, value, check: result.data!.tryChallengeAnswer }, ...previous]);
    } catch (caught) {
      setTryError(caught);
    }
  };
  const { skill } = challenge;
  const sandboxLink = urls.sandbox({ type: challenge.type, solution: pretty(challenge.solution), fields: pretty(challenge.fields), tolerancesOff: challenge.tolerancesOff });
  return (
    <Box component="article" aria-labelledby="challenge-title">
      <Link component={RouterLink} to={urls.content()}>
        {t('console.content.challenge.back')}
      </Link>
      <Typography variant="h1" id="challenge-title" sx={{ mt: 1 }} gutterBottom>
        {t('console.content.challenge.title', { reference: challenge.reference })}
      </Typography>
      <Typography sx={{ mb: 3 }}>
        {skill.competence.code} {skill.competence.name} › {skill.tube.title} › {skill.name} ({t('console.content.challenge.level', { level: skill.level })})
      </Typography>

      <Section id="preview-title" title={t('console.content.challenge.preview')}>
        <ChallengePreview challenge={challenge.preview} onAnswerChange={setValue} />
        <Button variant="contained" sx={{ mt: 2 }} onClick={() => void tryIt()} disabled={value.trim() === ''}>
          {t('console.content.challenge.try')}
        </Button>
        {tryError != null && <ErrorAlert error={tryError} />}
        <TriedAnswers tries={tries} choice={choice} headingId="tries-title" />
      </Section>

      <Section id="solution-title" title={t('console.content.challenge.solution')}>
        <Typography component="h3" sx={{ fontWeight: 700 }}>
          {t('console.content.challenge.solutionJson')}
        </Typography>
        <Box component="pre" sx={codeSx}>
          {pretty(challenge.solution)}
        </Box>
        {challenge.fields && (
          <>
            <Typography component="h3" sx={{ fontWeight: 700, mt: 2 }}>
              {t('console.content.challenge.fields')}
            </Typography>
            <Box component="pre" sx={codeSx}>
              {pretty(challenge.fields)}
            </Box>
          </>
        )}
        <Typography sx={{ mt: 2 }}>
          {challenge.tolerancesOff.length
            ? t('console.content.challenge.tolerancesOff', { tolerances: challenge.tolerancesOff.join(', ') })
            : t('console.content.challenge.allTolerances')}
        </Typography>
        <Typography>{t('console.content.challenge.example', { value: challenge.exampleCorrectAnswer })}</Typography>
        <Link component={RouterLink} to={sandboxLink} sx={{ display: 'inline-block', mt: 1 }}>
          {t('console.content.challenge.openSandbox')}
        </Link>
      </Section>

      <Section id="metadata-title" title={t('console.content.challenge.metadata')}>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { sm: 'max-content 1fr' }, columnGap: 3, rowGap: 1, m: 0, '& dd': { m: 0 }, '& dt': { fontWeight: 700 } }}>
          <dt>{t('console.content.columns.type')}</dt>
          <dd>{t(`console.content.type.${challenge.type}`)}</dd>
          <dt>{t('console.content.columns.status')}</dt>
          <dd>{t(`console.content.status.${challenge.status.toUpperCase()}`)}</dd>
          <dt>{t('console.content.challenge.hint')}</dt>
          <dd>{skill.hint}</dd>
          <dt>{t('console.content.challenge.timer')}</dt>
          <dd>{challenge.timer ? t('console.content.traits.timer', { seconds: challenge.timer }) : t('console.content.filters.no')}</dd>
          <dt>{t('console.content.challenge.english')}</dt>
          <dd>{challenge.instructionEn ?? t('console.content.filters.no')}</dd>
          <dt>{t('console.content.challenge.publicId')}</dt>
          <dd>{challenge.id}</dd>
        </Box>
      </Section>

      <Section id="alternatives-title" title={t('console.content.challenge.alternatives')}>
        {challenge.alternatives.length === 0 ? (
          <Typography>{t('console.content.challenge.noAlternative')}</Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {challenge.alternatives.map((other) => (
              <li key={other.id}>
                <Link component={RouterLink} to={urls.contentChallenge(other.id)}>
                  {other.reference}
                </Link>{' '}
                ({t(`console.content.type.${other.type}`)}, {t(`console.content.status.${other.status}`)})
              </li>
            ))}
          </Box>
        )}
      </Section>

      <Section id="tutorials-title" title={t('console.content.challenge.tutorials')}>
        {challenge.tutorials.length === 0 ? (
          <Typography>{t('console.content.challenge.noTutorial')}</Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {challenge.tutorials.map((tutorial) => (
              <li key={`${tutorial.id}-${tutorial.learnMore}`}>
                {t(tutorial.learnMore ? 'console.content.challenge.learnMore' : 'console.content.challenge.understand')} :{' '}
                <Link href={tutorial.link} target="_blank" rel="noopener noreferrer" lang={tutorial.locale}>
                  {tutorial.title}
                </Link>{' '}
                ({tutorial.source}, {tutorial.format}, {t('console.content.challenge.minutes', { count: tutorial.duration })})
              </li>
            ))}
          </Box>
        )}
      </Section>
    </Box>
  );
}
