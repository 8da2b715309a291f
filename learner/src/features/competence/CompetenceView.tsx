import { useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, hasErrorCode, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import type { CompetenceLevel } from '../../domain/level';
import { CompetenceDetailsQuery } from './competence.graphql';
import { CompetenceNotFound } from './components/CompetenceNotFound';
import { CompetencePage } from './components/CompetencePage';

const NOT_STARTED: Omit<CompetenceLevel, 'maxLevel'> = { level: 0, pixScore: 0, pixToNextLevel: 8 };

/** Loads a competence and the learner's level in it. */
export function CompetenceView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CompetenceDetailsQuery, { variables: { id } });
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
  return <CompetencePage competence={competence} level={level} />;
}
