import { useParams } from 'react-router';
import { TeamView } from './TeamView';

/** Route entry of `/organisations/:organizationId/equipe` (protected): "Équipe". */
export function TeamRoute() {
  const { organizationId = '' } = useParams();
  return <TeamView key={organizationId} organizationId={organizationId} />;
}
