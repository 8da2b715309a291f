import { graphql } from '../__generated__';

/**
 * The person behind a member of a team, the same for an organisation's (Pix Orga) and a centre's
 * (Pix Certif): their documents spread it (codegen.yml gives this file to both consoles' codegen).
 */
export const TeamMemberUserFragment = graphql(`
  fragment TeamMemberUser on User {
    id
    firstName
    lastName
    email
  }
`);
