import type { Page } from 'playwright-core';
import { auditAccessibility } from '../support/accessibility';

/** Page object of the learner app: what a learner sees and does, by accessible names. */
export class LearnerApp {
  constructor(private readonly page: Page, private readonly baseUrl: string) {}

  async openSignUp(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/inscription`);
  }

  async signUp(person: { firstName: string; lastName: string; email: string; password: string }): Promise<void> {
    await this.page.getByLabel('Prénom').fill(person.firstName);
    await this.page.getByLabel('Nom', { exact: true }).fill(person.lastName);
    await this.page.getByLabel('Adresse e-mail').fill(person.email);
    await this.page.getByLabel('Mot de passe', { exact: true }).fill(person.password);
    await this.page.getByRole('checkbox', { name: /J'accepte les conditions d'utilisation/ }).check();
    await this.page.getByRole('button', { name: "Je m'inscris" }).click();
  }

  async logIn(login: string, password: string): Promise<void> {
    await this.page.getByLabel('Adresse e-mail ou identifiant').fill(login);
    await this.page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Je me connecte' }).click();
  }

  async logOut(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Menu de ${name}` }).click();
    await this.page.getByRole('menuitem', { name: 'Se déconnecter' }).waitFor();
    await auditAccessibility(this.page, 'user menu, open');
    await this.page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  }

  greeting(firstName: string) {
    return this.page.getByRole('heading', { name: `Bonjour ${firstName}` });
  }

  /** The area rows of the dashboard (sections named by their heading). */
  areaRows() {
    return this.page.locator('main section[aria-labelledby^="area-"]');
  }

  competenceCards() {
    return this.page.locator('main section[aria-labelledby^="area-"] li');
  }

  competenceLink(name: string) {
    return this.page.getByRole('link', { name, exact: true });
  }
}
