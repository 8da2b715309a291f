import type { LearningContent } from '../../../learning-content';
import type { Clock } from '../../../shared/domain/clock';
import type { Mailer } from '../../../shared/infrastructure/mail/mailer';
import type { RandomInt } from '../domain/verification-code';

/** What the results need, made once at start (platform.ts). */
export interface ResultsDependencies {
  clock: Clock;
  content: () => LearningContent;
  /** E-mails at publication (the outbox, in the publication's transaction). */
  mailer: Mailer;
  /** The learner app's address, for the link in the e-mails. */
  publicUrl: string;
  /** Draws the verification codes (crypto's randomInt; tests may fix it). */
  randomInt: RandomInt;
}
