import { SavedTutorialsView } from './SavedTutorialsView';

/** Route entry of `/mes-tutos` (protected). */
export function SavedTutorialsRoute() {
  return <SavedTutorialsView />;
}
