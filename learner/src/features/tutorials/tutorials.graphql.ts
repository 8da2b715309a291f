import { graphql } from '../../__generated__';

export const TutorialFieldsFragment = graphql(`
  fragment TutorialFields on Tutorial {
    id
    title
    source
    format
    duration
    link
    isSaved
    isLiked
  }
`);

export const SaveTutorialMutation = graphql(`
  mutation SaveTutorial($tutorialId: ID!) {
    saveTutorial(tutorialId: $tutorialId) {
      id
      isSaved
    }
  }
`);

export const UnsaveTutorialMutation = graphql(`
  mutation UnsaveTutorial($tutorialId: ID!) {
    unsaveTutorial(tutorialId: $tutorialId) {
      id
      isSaved
    }
  }
`);

export const LikeTutorialMutation = graphql(`
  mutation LikeTutorial($tutorialId: ID!) {
    likeTutorial(tutorialId: $tutorialId) {
      id
      isLiked
    }
  }
`);

export const UnlikeTutorialMutation = graphql(`
  mutation UnlikeTutorial($tutorialId: ID!) {
    unlikeTutorial(tutorialId: $tutorialId) {
      id
      isLiked
    }
  }
`);
