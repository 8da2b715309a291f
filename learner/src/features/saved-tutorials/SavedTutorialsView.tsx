import { useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { useTutorialActions } from '../tutorials/useTutorialActions';
import { SavedTutorialsPage } from './components/SavedTutorialsPage';
import { SavedTutorialsQuery } from './saved-tutorials.graphql';

/** Loads the learner's saved tutorials ("Mes tutos"). */
export function SavedTutorialsView() {
  const { t } = useTranslation();
  useDocumentTitle(t('learner.savedTutorials.documentTitle'));
  // Asked again on each visit: tutorials are saved from the checkpoints of a test.
  const { data, loading, error } = useQuery(SavedTutorialsQuery, { fetchPolicy: 'cache-and-network' });
  const tutorials = useTutorialActions();
  if (data?.me) return <SavedTutorialsPage tutorials={data.me.savedTutorials} actions={tutorials} />;
  if (loading) return <PageLoader />;
  return <ErrorAlert error={error} />;
}
