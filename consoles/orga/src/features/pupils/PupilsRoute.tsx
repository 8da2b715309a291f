import { useParams } from 'react-router';
import { PupilsView } from './PupilsView';

/** Route entry of `/organisations/:organizationId/eleves` (protected): "Élèves". */
export function PupilsRoute() {
  const { organizationId = '' } = useParams();
  return <PupilsView key={organizationId} organizationId={organizationId} />;
}
