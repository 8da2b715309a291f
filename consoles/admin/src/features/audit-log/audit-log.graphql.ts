import { graphql } from '../../__generated__';

export const AuditLogQuery = graphql(`
  query AdminAuditLog($first: Int, $offset: Int, $filter: AuditLogFilterInput) {
    auditLog(first: $first, offset: $offset, filter: $filter) {
      totalCount
      edges {
        node {
          id
          occurredAt
          action
          targetType
          targetId
          targetName
          organizationId
          before
          after
          comment
          actor {
            id
            firstName
            lastName
          }
        }
      }
    }
  }
`);
