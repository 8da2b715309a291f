import type { Page } from 'playwright-core';
import { auditAccessibility } from '../support/accessibility';

/** Page object of Pix Admin's certification jury: what a member of the certification team sees and does, by accessible names. */
export class AdminJury {
  constructor(readonly page: Page, private readonly baseUrl: string) {}

  async logIn(login: string, password: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/admin/connexion`);
    await this.page.getByLabel('Adresse e-mail ou identifiant').fill(login);
    await this.page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Je me connecte' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Pix Admin' }).waitFor();
  }

  async openSessionsToProcess(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Sessions à traiter' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Sessions à traiter' }).waitFor();
  }

  sessionsGrid() {
    return this.page.getByRole('grid', { name: 'Sessions à traiter' });
  }

  /** The grid's row of a session, found by its number's link. */
  sessionRow(number: string) {
    return this.sessionsGrid().getByRole('row').filter({ has: this.page.getByRole('link', { name: `Session ${number}`, exact: true }) });
  }

  /** One question's card on a certification's page. */
  question(number: number) {
    return this.page.getByRole('listitem', { name: new RegExp(`^Question ${number} — `) });
  }

  /** A definition in the "Dernière notation" list (e.g. "Taux de reproductibilité"). */
  async scoringFact(term: string): Promise<string> {
    const value = this.page.locator('dl').filter({ hasText: 'Taux de reproductibilité' }).locator(`dt:text-is("${term}") + dd`);
    return value.innerText();
  }

  /** Confirms the alert dialog opened by an action. */
  async confirm(title: string, button: string): Promise<void> {
    const dialog = this.page.getByRole('alertdialog', { name: title });
    await dialog.waitFor();
    await auditAccessibility(this.page, `confirmation: ${title}`);
    await dialog.getByRole('button', { name: button }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
