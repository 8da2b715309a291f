import type { InvitationFieldsFragment, TeamMembersQuery } from '../../__generated__/graphql';

/** An organisation's members and invitations, as the shared "Équipe" page (consoles/shared) shows them. */
export type TeamMember = TeamMembersQuery['organization']['memberships'][number];
export type TeamInvitation = InvitationFieldsFragment;
export { fullName, sortMembers } from '@pix-libre/ui-shared';
