import type { Page } from 'playwright-core';
import { auditAccessibility } from '../support/accessibility';

/** Page object of Pix Admin: what a member of the platform team sees and does, by accessible names. */
export class AdminConsole {
  constructor(readonly page: Page, private readonly baseUrl: string) {}

  async logIn(login: string, password: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/admin/connexion`);
    await this.page.getByLabel('Adresse e-mail ou identifiant').fill(login);
    await this.page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Je me connecte' }).click();
  }

  /** From the home page's links. */
  async open(section: 'Utilisateurs' | "Journal d'audit"): Promise<void> {
    await this.page.getByRole('link', { name: section, exact: true }).click();
    await this.page.getByRole('heading', { name: section, level: 1 }).waitFor();
  }

  async searchUser(words: string): Promise<void> {
    await this.page.getByLabel('Rechercher un compte').fill(words);
    await this.page.getByRole('button', { name: 'Rechercher' }).click();
  }

  /** Does a staff action: its button, then the dialog that asks for the reason. */
  async act(button: string, dialogName: string, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: dialogName });
    await dialog.waitFor();
    await auditAccessibility(this.page, `${button} dialog`);
    await dialog.getByLabel(/Commentaire \(raison de l'action\)/).fill(reason);
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
