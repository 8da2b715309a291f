import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, hasErrorCode, useDocumentTitle } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CompetenceLevel } from '../../domain/level';
import { urls } from '../../urls';
import { CompetenceDetailsQuery, ResetCompetenceMutation, RetryCompetenceMutation } from './competence.graphql';
import { CompetenceNotFound } from './components/CompetenceNotFound';
import { CompetencePage, type CompetenceEvaluation } from './components/CompetencePage';

const NOT_STARTED: Omit<CompetenceLevel, 'maxLevel'> = { level: 0, pixScore: 0, pixToNextLevel: 8 };
const NO_EVALUATION: CompetenceEvaluation = {
  status: 'NOT_STARTED',
  assessmentId: null,
  canRetry: false,
  retryAvailableInDays: null,
  canReset: false,
  resetAvailableInDays: null,
};

/** Loads a competence and the learner's level and test in it; "Retenter" and "Remettre à zéro" open the new test. */
export function CompetenceView({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Always asked again: coming back from a test, the level, pix and state have changed.
  const { data, loading, error } = useQuery(CompetenceDetailsQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [retry, retrying] = useMutation(RetryCompetenceMutation);
  const [reset, resetting] = useMutation(ResetCompetenceMutation);
  const [actionError, setActionError] = useState<unknown>(null);
  const competence = data?.competence;
  const notFound = Boolean(data && !competence) || hasErrorCode(error, 'NOT_FOUND');
  useDocumentTitle(
    competence?.name ?? (notFound ? t('learner.competencePage.notFoundTitle') : error ? t('shared.errors.title') : null),
  );

  if (loading && !data) return <PageLoader />;
  if (notFound || !competence) return notFound ? <CompetenceNotFound /> : <ErrorAlert error={error} />;

  const profileEntries = data?.me.profile.competences ?? [];
  const entry = profileEntries.find((item) => item.competence.id === competence.id);
  const level: CompetenceLevel = entry ?? { ...NOT_STARTED, maxLevel: profileEntries[0]?.maxLevel ?? 6 };
  const evaluation: CompetenceEvaluation = entry
    ? {
        status: entry.status,
        assessmentId: entry.assessmentId,
        canRetry: entry.canRetry,
        retryAvailableInDays: entry.retryAvailableInDays,
        canReset: entry.canReset,
        resetAvailableInDays: entry.resetAvailableInDays,
      }
    : NO_EVALUATION;

  const openNewTest = async (request: () => Promise<string | undefined>) => {
    setActionError(null);
    try {
      const assessmentId = await request();
      if (assessmentId) navigate(urls.assessment(assessmentId));
    } catch (caught) {
      setActionError(caught);
    }
  };

  return (
    <CompetencePage
      competence={competence}
      level={level}
      evaluation={evaluation}
      busy={retrying.loading || resetting.loading}
      actionError={actionError}
      onRetry={() =>
        void openNewTest(async () => (await retry({ variables: { competenceId: competence.id } })).data?.retryCompetence.id)
      }
      onReset={() =>
        void openNewTest(async () => (await reset({ variables: { competenceId: competence.id } })).data?.resetCompetence.id)
      }
    />
  );
}
