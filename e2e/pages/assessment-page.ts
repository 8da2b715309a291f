import type { Page } from 'playwright-core';
import { auditAccessibility } from '../support/accessibility';
import type { Challenge } from '../../api/src/learning-content/domain/learning-content';
import { exampleCorrectAnswer } from '../../api/src/evaluation/domain/answer-checking';

/** Page object of a test: answers the challenge on screen as a learner would, through its inputs. */
export class AssessmentPage {
  /** Challenge types already checked by axe: each type's screen once, answered, before "Je valide". */
  private readonly audited = new Set<string>();

  constructor(private readonly page: Page) {}

  /**
   * Answers and validates, then waits until the screen has moved on (next question, checkpoint or
   * end), so that the caller never reads the next state while the answered question is still shown.
   * `waitForNext: false` when the answer cannot reach the server (network cut).
   */
  async answerCorrectly(challenge: Challenge, { waitForNext = true } = {}): Promise<void> {
    const heading = await this.heading();
    const value = exampleCorrectAnswer(challenge);
    const main = this.page.locator('main');
    if (challenge.type === 'QCU') {
      await main.getByRole('radio').nth(Number(value) - 1).check();
    } else if (challenge.type === 'QCM') {
      for (const index of value.split(',')) await main.getByRole('checkbox').nth(Number(index) - 1).check();
    } else {
      const values: Record<string, string> = challenge.type === 'QROC' ? { [challenge.fields![0].name]: value } : JSON.parse(value);
      const single = challenge.fields!.length === 1;
      for (const [index, field] of challenge.fields!.entries()) {
        const label = field.label.trim() || (single ? 'Votre réponse' : `Réponse ${index + 1}`);
        if (field.format === 'select') {
          await main.getByRole('combobox', { name: label, exact: true }).selectOption(values[field.name]);
        } else {
          await main.getByLabel(label, { exact: true }).fill(values[field.name]);
        }
      }
    }
    if (!this.audited.has(challenge.type)) {
      this.audited.add(challenge.type);
      await auditAccessibility(this.page, `${challenge.type} challenge, answered`);
    }
    await this.validate();
    if (waitForNext) await this.untilMovedOn(heading);
  }

  async validate(): Promise<void> {
    await this.page.getByRole('button', { name: 'Je valide' }).click();
  }

  /** Skips the question and waits for the next screen. */
  async skip(): Promise<void> {
    const heading = await this.heading();
    await this.page.getByRole('button', { name: 'Je passe' }).click();
    await this.untilMovedOn(heading);
  }

  private async heading(): Promise<string> {
    return this.page.locator('main h1').first().evaluate((element) => (element.textContent ?? '').trim());
  }

  private async untilMovedOn(heading: string): Promise<void> {
    await this.page.waitForFunction((previous) => (document.querySelector('main h1')?.textContent ?? '').trim() !== previous, heading);
  }

  checkpointHeading() {
    return this.page.getByRole('heading', { name: 'Bilan intermédiaire' });
  }
}
