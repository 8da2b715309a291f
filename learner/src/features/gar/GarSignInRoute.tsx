import { useLocation, useSearchParams } from 'react-router';
import { GarSignInView } from './GarSignInView';

/**
 * Route entry of `/connexion/gar` (anyone): a pupil's first sign-in through the ENT (GAR). The GAR's
 * signed token is in the fragment (never sent to a server), the campaign code of the link, if any, in
 * `?campagne=`.
 */
export function GarSignInRoute() {
  const location = useLocation();
  const [search] = useSearchParams();
  const garToken = location.hash.replace(/^#/, '');
  return <GarSignInView garToken={garToken} initialCode={search.get('campagne') ?? ''} />;
}
