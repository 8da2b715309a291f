import type { TeamKind } from '../domain/team';

/**
 * Where the members and invitations of a kind of team are stored: the adapter that lets one
 * implementation of memberships and invitations serve organisations and certification centres.
 * Table and column names are ours, never user input. `teams` is read for the team's name only.
 */
export interface TeamStore {
  kind: TeamKind;
  memberships: string;
  invitations: string;
  teamColumn: string;
  teams: string;
}

export const TEAM_STORES: Record<TeamKind, TeamStore> = {
  ORGANIZATION: {
    kind: 'ORGANIZATION',
    memberships: 'memberships',
    invitations: 'organization_invitations',
    teamColumn: 'organization_id',
    teams: 'organizations',
  },
  CERTIFICATION_CENTER: {
    kind: 'CERTIFICATION_CENTER',
    memberships: 'certification_center_memberships',
    invitations: 'certification_center_invitations',
    teamColumn: 'certification_center_id',
    teams: 'certification_centers',
  },
};
