import { graphql } from '../../__generated__';

export const CertificationCentersQuery = graphql(`
  query AdminCertificationCenters($first: Int, $offset: Int, $filter: CertificationCentersFilter) {
    certificationCenters(first: $first, offset: $offset, filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
          type
          uai
          externalId
          archivedAt
        }
      }
    }
  }
`);

export const CertificationCenterQuery = graphql(`
  query AdminCertificationCenter($id: ID!, $sessionsFirst: Int, $sessionsOffset: Int) {
    certificationCenter(id: $id) {
      id
      name
      type
      uai
      externalId
      archivedAt
      school {
        id
        name
      }
      members {
        id
        role
        user {
          id
          firstName
          lastName
          email
        }
      }
      sessions(first: $sessionsFirst, offset: $sessionsOffset) {
        totalCount
        edges {
          node {
            id
            number
            address
            room
            date
            time
            examiner
            state
            candidateCount
          }
        }
      }
    }
  }
`);

export const CreateCertificationCenterMutation = graphql(`
  mutation AdminCreateCertificationCenter($input: CreateCertificationCenterInput!) {
    createCertificationCenter(input: $input) {
      id
    }
  }
`);

export const UpdateCertificationCenterMutation = graphql(`
  mutation AdminUpdateCertificationCenter($input: UpdateCertificationCenterInput!) {
    updateCertificationCenter(input: $input) {
      id
      name
      type
      uai
      externalId
    }
  }
`);

export const ArchiveCertificationCenterMutation = graphql(`
  mutation AdminArchiveCertificationCenter($id: ID!) {
    archiveCertificationCenter(id: $id) {
      id
      archivedAt
    }
  }
`);

export const AddCertificationCenterMemberMutation = graphql(`
  mutation AdminAddCertificationCenterMember($input: AddCertificationCenterMemberInput!) {
    addCertificationCenterMember(input: $input) {
      id
      role
      certificationCenter {
        id
      }
    }
  }
`);

export const ChangeCertificationCenterMemberRoleMutation = graphql(`
  mutation AdminChangeCertificationCenterMemberRole($input: ChangeCertificationCenterMemberRoleInput!) {
    changeCertificationCenterMemberRole(input: $input) {
      id
      role
    }
  }
`);

export const RemoveCertificationCenterMemberMutation = graphql(`
  mutation AdminRemoveCertificationCenterMember($input: RemoveCertificationCenterMemberInput!) {
    removeCertificationCenterMember(input: $input)
  }
`);
