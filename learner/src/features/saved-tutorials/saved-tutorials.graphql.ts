import { graphql } from '../../__generated__';

export const SavedTutorialsQuery = graphql(`
  query SavedTutorials {
    me {
      id
      savedTutorials {
        ...TutorialFields
      }
    }
  }
`);
