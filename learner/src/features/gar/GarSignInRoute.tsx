import { useEffect, useState } from 'react';
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
  // Kept in memory only: the address loses it at once (a shared computer's history keeps no token).
  const [garToken] = useState(() => location.hash.replace(/^#/, ''));
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }, []);
  return <GarSignInView garToken={garToken} initialCode={search.get('campagne') ?? ''} />;
}
