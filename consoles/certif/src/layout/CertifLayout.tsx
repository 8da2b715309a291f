import { skipToken, useQuery } from '@apollo/client/react';
import { Layout, useAuth } from '@pix-libre/ui-shared';
import { useMatch, useNavigate } from 'react-router';
import { CertifMembershipsQuery } from '../centers/centers.graphql';
import { centerMemberships, rememberCenter } from '../centers/current-center';
import { paths, switchCenterPath } from '../urls';
import { CertifNav } from './CertifNav';

/** The shared layout with Pix Certif's navigation and centre switcher (logged-in users). */
export function CertifLayout() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const match = useMatch({ path: paths.center, end: false });
  const currentCenterId = match?.params.centerId ?? null;
  const { data } = useQuery(CertifMembershipsQuery, user ? {} : skipToken);
  const memberships = user ? centerMemberships(data) : [];
  const switchTo = (centerId: string) => {
    rememberCenter(centerId);
    navigate(switchCenterPath(centerId));
  };
  const showNav = Boolean(user) && (currentCenterId !== null || memberships.length > 1);
  return (
    <Layout
      consoleName="Certif"
      loginPath={paths.logIn}
      nav={showNav ? <CertifNav memberships={memberships} currentCenterId={currentCenterId} onSwitch={switchTo} /> : undefined}
    />
  );
}
