import type { Page } from 'playwright-core';
import { auditAccessibility } from '../support/accessibility';

/** Page object of Pix Admin's "Profils cibles": the content team builds a parcours and attaches it to organisations. */
export class AdminTargetProfiles {
  constructor(readonly page: Page) {}

  async openFromNavigation(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Profils cibles', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Profils cibles', level: 1 }).waitFor();
    await auditAccessibility(this.page, 'target profiles list');
  }

  /** "Créer un profil cible": details, then a level cap for each tube (named by its title); returns the totals shown. */
  async create(profile: { name: string; description: string; tubes: Record<string, number> }): Promise<string> {
    await this.page.getByRole('link', { name: 'Créer un profil cible' }).click();
    await this.page.getByRole('heading', { name: 'Créer un profil cible', level: 1 }).waitFor();
    await this.page.getByLabel('Nom', { exact: false }).first().fill(profile.name);
    await this.page.getByLabel('Catégorie').selectOption('CUSTOM');
    await this.page.getByLabel('Description').fill(profile.description);
    for (const [title, level] of Object.entries(profile.tubes)) await this.page.getByLabel(`Niveau maximum : ${title}`, { exact: true }).selectOption(String(level));
    const totals = (await this.page.getByRole('status').filter({ hasText: 'acquis' }).textContent()) ?? '';
    await auditAccessibility(this.page, 'target profile builder, filled in');
    await this.page.getByRole('button', { name: 'Créer le profil cible' }).click();
    await this.page.getByRole('heading', { name: profile.name, level: 1 }).waitFor();
    await auditAccessibility(this.page, 'target profile page');
    return totals;
  }

  /** On the profile's page: finds the organisation by name and attaches the profile to it. */
  async attachTo(organizationName: string): Promise<void> {
    await this.page.getByLabel("Nom de l'organisation").fill(organizationName);
    await this.page.getByRole('search', { name: 'Rechercher une organisation à rattacher' }).getByRole('button', { name: 'Rechercher' }).click();
    await this.page.getByRole('button', { name: `Rattacher à ${organizationName}` }).click();
    await this.page.getByRole('table', { name: 'Organisations rattachées' }).getByRole('link', { name: organizationName }).waitFor();
    await auditAccessibility(this.page, 'target profile attached to a school');
  }
}
