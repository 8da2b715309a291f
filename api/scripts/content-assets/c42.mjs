// Assets of competence 4.2 (content release 3): SVG illustrations and a CSV written from the data below.
// Run: node api/scripts/content-assets/c42.mjs  (writes api/content/assets/4.2-*.svg|csv)
import { ASSETS, bar, rect, svg, t, write } from './svg.mjs';

// --- @donneesPersonnelles2: sign-up forms (one required field is not needed) ---
function form(name, service, intro, fields, button) {
  const w = 440;
  let y = 78;
  const rows = fields.map(([label, required, value]) => {
    const r = `${t(24, y, label + (required ? ' *' : ' (facultatif)'), required ? 'font-weight="bold"' : '')}${rect(24, y + 8, 392, 30, '#fff', 'stroke="#767676"')}${t(34, y + 28, value, 'fill="#3d3d3d"')}`;
    y += 62;
    return r;
  }).join('\n');
  const h = y + 70;
  write(name, svg(w, h, `Formulaire : ${service}`, `${bar(w, service)}
${t(24, 58, intro)}
${rows}
${t(24, y - 6, '* champ obligatoire', 'font-size="13" fill="#3d3d3d"')}
${rect(24, y + 8, 180, 36, '#2f4f8f', 'rx="4"')}${t(40, y + 31, button, 'fill="#fff" font-weight="bold"')}`));
}
form('4.2-formulaire-recettes.svg', 'Miam · créer un compte', 'Pour publier et commenter des recettes de cuisine :', [
  ['Pseudo', true, 'chef_lou'], ['Adresse e-mail', true, 'lou@exemple.fr'], ['Mot de passe', true, '••••••••••••'],
  ['Numéro de téléphone', true, '06 .. .. .. ..'], ['Photo de profil', false, 'Choisir une image'],
], 'Créer mon compte');
form('4.2-formulaire-cinema.svg', 'Cinéma Le Lumière · lettre d\'information', 'Recevez chaque mercredi le programme de la semaine :', [
  ['Adresse e-mail', true, 'sam@exemple.fr'], ['Date de naissance', true, 'JJ/MM/AAAA'],
  ['Prénom', false, 'Sam'], ['Salle préférée', false, 'Salle 1'],
], 'M\'abonner');

// --- @donneesPersonnelles3: information notices (GDPR) ---
function notice(name, org, lines) {
  const w = 600;
  const body = lines.map((l, i) => t(20, 66 + i * 24, l, l.startsWith('•') ? '' : 'font-weight="bold"')).join('\n');
  write(name, svg(w, 80 + lines.length * 24, `Mentions d'information sur les données personnelles : ${org}`, `${bar(w, `${org} · Vos données personnelles`, '#2d6a4f')}
${body}`));
}
notice('4.2-mention-ludotheque.svg', 'Ludothèque municipale de Valmont', [
  'Pourquoi nous collectons vos données',
  '• Gérer votre carte d\'adhérent et vos emprunts de jeux.',
  'Combien de temps nous les conservons',
  '• 24 mois après votre dernier emprunt, puis elles sont supprimées.',
  'Vos droits',
  '• Accès, rectification, effacement, limitation et opposition.',
  '• Pour les exercer, écrivez à notre délégué à la protection des données :',
  '  dpo@ludotheque-valmont.fr',
  '• En cas de désaccord, vous pouvez saisir la CNIL (www.cnil.fr).',
]);
notice('4.2-mention-club.svg', 'Club de natation Les Dauphins', [
  'Pourquoi nous collectons vos données',
  '• Gérer votre licence, les entraînements et les inscriptions aux compétitions.',
  'Combien de temps nous les conservons',
  '• 36 mois après la fin de votre dernière licence.',
  'Vos droits',
  '• Accès, rectification, effacement, limitation, portabilité et opposition.',
  '• Pour les exercer, écrivez à notre référente données personnelles :',
  '  donnees@dauphins-natation.fr',
  '• En cas de désaccord, vous pouvez saisir la CNIL (www.cnil.fr).',
]);

// --- @donneesPersonnelles5: dated situations ---
function mail(name, title, headers, lines) {
  const w = 600;
  const head = headers.map(([k, v], i) => `${t(20, 62 + i * 24, `${k} :`, 'font-weight="bold"')}${t(120, 62 + i * 24, v)}`).join('\n');
  const y0 = 62 + headers.length * 24 + 16;
  const body = lines.map((l, i) => t(20, y0 + 10 + i * 24, l)).join('\n');
  write(name, svg(w, y0 + 30 + lines.length * 24, title, `${bar(w, title)}
${head}
<line x1="20" y1="${y0 - 8}" x2="580" y2="${y0 - 8}" stroke="#999"/>
${body}`));
}
mail('4.2-courriel-demande-acces.svg', 'Message envoyé', [
  ['De', 'Noa Girard <noa.girard@exemple.fr>'], ['À', 'dpo@boutique-exemple.fr'],
  ['Date', 'mardi 4 mars 2025, 10 h 12'], ['Objet', 'Demande d\'accès à mes données'],
], [
  'Bonjour,',
  'En application de l\'article 15 du RGPD, je vous demande une copie',
  'de toutes les données personnelles que vous détenez sur moi.',
  'Accusé de réception : votre demande a été reçue le jour même.',
]);
mail('4.2-rapport-fuite.svg', 'Registre des incidents · Association Culture Plus', [
  ['Incident', 'n° 2025-07'], ['Constaté le', 'jeudi 12 juin 2025, à 16 h 30'],
  ['Par', 'le responsable informatique'], ['Nature', 'fichier des adhérents mis en ligne par erreur'],
], [
  'Données exposées : nom, adresse e-mail, téléphone de 820 adhérents.',
  'Risque pour les personnes : oui (hameçonnage possible).',
  'Notification à la CNIL : à faire.',
]);

// --- @donneesPersonnelles6: an "anonymised" survey file ---
write('4.2-enquete-sportive.csv', [
  'numero;date_naissance;code_postal;sexe;sport;blessure_2024',
  '1;14/02/2009;05350;F;escalade;entorse de la cheville',
  '2;03/11/2008;05350;M;football;aucune',
  '3;27/06/2009;05600;F;natation;aucune',
  '4;09/09/2008;05350;M;ski;fracture du poignet',
  '5;30/01/2009;05470;F;handball;tendinite',
  '6;18/05/2008;05600;M;judo;aucune',
  '7;22/12/2009;05350;F;équitation;commotion',
  '8;05/04/2008;05470;M;cyclisme;aucune',
].join('\r\n') + '\r\n');

// --- @tracesNumeriques2: a shared computer ---
write('4.2-mot-de-passe-navigateur.svg', svg(520, 250, 'Message du navigateur sur un ordinateur du CDI', `${bar(520, 'ent.college-exemple.fr · Espace numérique de travail')}
${rect(40, 60, 440, 170, '#f4f5f7', 'stroke="#767676" rx="6"')}
${t(60, 92, 'Enregistrer le mot de passe pour ent.college-exemple.fr ?', 'font-weight="bold"')}
${t(60, 120, 'Nom d\'utilisateur : lea.martin')}
${t(60, 144, 'Mot de passe : ••••••••••')}
${rect(60, 168, 120, 36, '#2f4f8f', 'rx="4"')}${t(82, 191, 'Enregistrer', 'fill="#fff" font-weight="bold"')}
${rect(196, 168, 170, 36, '#fff', 'stroke="#2f4f8f" rx="4"')}${t(212, 191, 'Jamais pour ce site', 'fill="#2f4f8f" font-weight="bold"')}`));
write('4.2-connexion-mediatheque.svg', svg(460, 330, 'Page de connexion sur un ordinateur de la médiathèque', `${bar(460, 'Médiathèque · ordinateur en libre accès n° 3', '#6b3e26')}
${t(30, 70, 'Connexion à votre messagerie', 'font-weight="bold" font-size="16"')}
${t(30, 104, 'Adresse e-mail')}${rect(30, 112, 400, 30, '#fff', 'stroke="#767676"')}${t(40, 132, 'yanis.b@exemple.fr')}
${t(30, 170, 'Mot de passe')}${rect(30, 178, 400, 30, '#fff', 'stroke="#767676"')}${t(40, 198, '••••••••••')}
${rect(30, 226, 18, 18, '#2f4f8f')}<path d="M33 235 l4 5 l8 -10" stroke="#fff" stroke-width="3" fill="none"/>${t(58, 240, 'Rester connecté (cochée)')}
${t(58, 262, 'Mémorise votre connexion pendant 30 jours', 'font-size="13" fill="#3d3d3d"')}
${rect(30, 280, 150, 36, '#2f4f8f', 'rx="4"')}${t(62, 303, 'Se connecter', 'fill="#fff" font-weight="bold"')}`));

// --- @tracesNumeriques4: cookies stored while visiting a site ---
function cookies(name, site, rows) {
  const w = 600;
  const body = rows.map(([domain, cname, purpose], i) => {
    const y = 118 + i * 30;
    return `${rect(20, y - 20, 560, 30, i % 2 ? '#f4f5f7' : '#fff')}${t(28, y, domain)}${t(250, y, cname)}${t(400, y, purpose)}`;
  }).join('\n');
  write(name, svg(w, 140 + rows.length * 30, `Cookies et données de site enregistrés pendant la visite de ${site}`, `${bar(w, `Cookies enregistrés · visite de ${site}`)}
${t(20, 60, `Page consultée : https://www.${site}/`)}
${t(28, 92, 'Domaine', 'font-weight="bold"')}${t(250, 92, 'Nom', 'font-weight="bold"')}${t(400, 92, 'Durée', 'font-weight="bold"')}
${body}`));
}
cookies('4.2-cookies-meteo.svg', 'meteo-exemple.fr', [
  ['www.meteo-exemple.fr', 'session_id', 'fin de session'], ['meteo-exemple.fr', 'ville_favorite', '1 an'],
  ['cdn.meteo-exemple.fr', 'equilibrage', '1 heure'], ['regie-annonces.net', 'uid', '13 mois'],
]);
cookies('4.2-cookies-boutique.svg', 'boutique-exemple.fr', [
  ['boutique-exemple.fr', 'panier', '7 jours'], ['pixel-mesure.com', '_pm_id', '13 mois'],
  ['www.boutique-exemple.fr', 'langue', '6 mois'], ['reseau-partage.com', 'visiteur', '6 mois'],
  ['retargeting-pub.io', 'rtg', '13 mois'], ['paiement.boutique-exemple.fr', 'csrf', 'fin de session'],
]);
cookies('4.2-cookies-sport.svg', 'sport-exemple.fr', [
  ['sport-exemple.fr', 'consentement', '6 mois'], ['videos.sport-exemple.fr', 'lecteur_volume', '1 an'],
  ['www.sport-exemple.fr', 'session', 'fin de session'], ['mesure-visites.io', 'visitor_id', '13 mois'],
  ['sport-exemple.fr', 'theme', '1 an'],
]);

// --- @tracesNumeriques5: cookie banners with a defect ---
function banner(name, site, lines, buttons) {
  const w = 600;
  const text = lines.map((l, i) => t(36, 104 + i * 22, l)).join('\n');
  let x = 36;
  const by = 110 + lines.length * 22;
  const btns = buttons.map(([label, style]) => {
    const bw = Math.max(110, label.length * 8 + 28);
    const out = style === 'primary'
      ? `${rect(x, by, bw, 38, '#1f7a3a', 'rx="4"')}${t(x + 14, by + 24, label, 'fill="#fff" font-weight="bold"')}`
      : style === 'link'
        ? `${t(x, by + 24, label, 'fill="#1a4f9c" text-decoration="underline" font-size="13"')}`
        : `${rect(x, by, bw, 38, '#fff', 'stroke="#1f7a3a" rx="4"')}${t(x + 14, by + 24, label, 'fill="#1f7a3a" font-weight="bold"')}`;
    x += bw + 16;
    return out;
  }).join('\n');
  write(name, svg(w, by + 70, `Bandeau cookies du site ${site}`, `${bar(w, site, '#444')}
${rect(20, 60, 560, by + 50 - 60, '#fdfdf5', 'stroke="#999" rx="6"')}
${t(36, 82, 'Nous respectons votre vie privée', 'font-weight="bold" font-size="16"')}
${text}
${btns}`));
}
banner('4.2-bandeau-cookies-recettes.svg', 'recettes-exemple.fr', [
  'Nous et nos 143 partenaires utilisons des cookies pour mesurer',
  'l\'audience et vous montrer des publicités personnalisées.',
], [['Tout accepter', 'primary'], ['Personnaliser mes choix', 'link']]);
banner('4.2-bandeau-cookies-voyages.svg', 'voyages-exemple.fr', [
  'Nous utilisons des cookies publicitaires et de mesure d\'audience.',
  'En poursuivant votre navigation sur ce site, vous acceptez',
  'leur dépôt sur votre appareil.',
], [['Tout accepter', 'primary'], ['Tout refuser', 'primary']]);

// --- @confidentialiteReseaux3: group photos (who is recognisable) ---
// person: [x, kind] kind = 'face' (visible face), 'back' (seen from behind), 'blur' (face blurred)
function photo(name, caption, people) {
  const w = 600;
  const figs = people.map(([x, kind, label], i) => {
    const head = kind === 'face'
      ? `<circle cx="${x}" cy="120" r="26" fill="#f2c9a0" stroke="#333" stroke-width="2"/><circle cx="${x - 9}" cy="114" r="3" fill="#222"/><circle cx="${x + 9}" cy="114" r="3" fill="#222"/><path d="M${x - 10} 130 q10 9 20 0" stroke="#222" stroke-width="2" fill="none"/>`
      : kind === 'back'
        ? `<circle cx="${x}" cy="120" r="26" fill="#5a3b22" stroke="#333" stroke-width="2"/>`
        : `<circle cx="${x}" cy="120" r="26" fill="#f2c9a0" stroke="#333" stroke-width="2"/>${rect(x - 22, 104, 44, 32, '#9aa0a6')}${rect(x - 22, 104, 11, 8, '#c4c8cc')}${rect(x, 112, 11, 8, '#c4c8cc')}${rect(x - 11, 124, 11, 8, '#c4c8cc')}`;
    return `${head}${rect(x - 30, 150, 60, 90, ['#3a6ea5', '#b5523b', '#4b8b3b', '#7a4e9a', '#c08a1e', '#2d7d7d'][i % 6], 'rx="10"')}${t(x, 262, label, 'text-anchor="middle" font-size="13"')}`;
  }).join('\n');
  write(name, svg(w, 300, `Photo à publier : ${caption}`, `${bar(w, `Photo à publier · ${caption}`, '#444')}
${rect(10, 46, 580, 230, '#dfeef7')}
${figs}
${t(20, 292, 'Visage dessiné : de face · cercle foncé : de dos · carré gris : visage flouté', 'font-size="13"')}`));
}
photo('4.2-photo-fete-college.svg', 'fête du collège', [[60, 'face', 'A'], [150, 'back', 'B'], [240, 'face', 'C'], [330, 'blur', 'D'], [420, 'face', 'E'], [520, 'back', 'F']]);
photo('4.2-photo-randonnee.svg', 'randonnée du club', [[70, 'back', 'A'], [170, 'face', 'B'], [270, 'blur', 'C'], [370, 'back', 'D'], [470, 'face', 'E']]);

// --- @confidentialiteReseaux4: permissions granted to an app ---
function permissions(name, app, description, rows) {
  const w = 440;
  const list = rows.map(([label, on], i) => {
    const y = 110 + i * 44;
    return `${t(24, y, label)}${rect(340, y - 18, 56, 26, on ? '#1f7a3a' : '#9aa0a6', 'rx="13"')}<circle cx="${on ? 382 : 354}" cy="${y - 5}" r="10" fill="#fff"/>${t(300, y, on ? 'oui' : 'non', 'font-size="13" text-anchor="end"')}`;
  }).join('\n');
  write(name, svg(w, 130 + rows.length * 44, `Autorisations de l'application ${app}`, `${bar(w, `Autorisations · ${app}`, '#1f5f5f')}
${t(24, 62, description, 'font-size="13"')}
${t(24, 84, 'Autorisation', 'font-weight="bold"')}${t(300, 84, 'Accordée', 'font-weight="bold" text-anchor="end"')}
${list}`));
}
permissions('4.2-autorisations-lampe.svg', 'Lampe de poche', 'Allume le flash du téléphone comme une lampe.', [
  ['Appareil photo (flash)', true], ['Position précise', true], ['Contacts', true], ['Microphone', true], ['Vibreur', false],
]);
permissions('4.2-autorisations-reveil.svg', 'Réveil Matin', 'Sonne à l\'heure choisie pour vous réveiller.', [
  ['Notifications et alarmes', true], ['Contacts', true], ['Position précise', true], ['SMS', true], ['Appareil photo', true], ['Journal d\'appels', false],
]);

// --- @confidentialiteReseaux5: a photo and its file information ---
write('4.2-photo-infos.svg', svg(620, 330, 'Photo prise devant chez soi et informations du fichier', `${bar(620, 'IMG_2041.jpg · aperçu et informations', '#444')}
${rect(16, 48, 290, 266, '#dfeef7')}
${rect(40, 110, 170, 190, '#e8d8c0', 'stroke="#555"')}${rect(100, 220, 50, 80, '#7a4e2a')}${rect(60, 140, 40, 40, '#bcd7ee', 'stroke="#555"')}${rect(150, 140, 40, 40, '#bcd7ee', 'stroke="#555"')}
${rect(160, 226, 40, 24, '#1a4f9c')}${t(180, 244, '12', 'fill="#fff" font-weight="bold" text-anchor="middle"')}
${rect(222, 70, 74, 44, '#1a4f9c', 'stroke="#fff" stroke-width="2"')}${t(259, 88, 'Rue des', 'fill="#fff" font-size="13" text-anchor="middle"')}${t(259, 105, 'Lilas', 'fill="#fff" font-size="13" text-anchor="middle"')}
<circle cx="250" cy="280" r="26" fill="none" stroke="#2d7d2d" stroke-width="6"/>${t(250, 316, 'vélo', 'font-size="13" text-anchor="middle"')}
${t(326, 72, 'Informations du fichier', 'font-weight="bold"')}
${t(326, 100, 'Date de prise de vue : 6 avril 2025')}
${t(326, 124, 'Appareil : téléphone')}
${t(326, 148, 'Dimensions : 4 000 × 3 000 pixels')}
${t(326, 172, 'Position GPS : 47,2184 N ; 1,5536 O')}
${t(326, 196, 'Taille : 3,2 Mo')}
${t(326, 234, 'Sur la photo : une maison, le numéro', 'font-size="13"')}
${t(326, 254, '12 sur la porte, une plaque « Rue des', 'font-size="13"')}
${t(326, 274, 'Lilas » en haut à droite, un vélo vert.', 'font-size="13"')}`));

console.log('4.2 assets written to', ASSETS);
