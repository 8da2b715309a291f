// Assets of competence 4.3 (content release 3): SVG illustrations written from the data below.
// Run: node api/scripts/content-assets/c43.mjs  (writes api/content/assets/4.3-*.svg)
import { ASSETS, bar, rect, svg, t, write } from './svg.mjs';
const fr = (n, d = 1) => n.toFixed(d).replace('.', ',');

// --- @bienEtreNumerique3: a group chat (who reacts well?) ---
function chat(name, group, messages) {
  const w = 600;
  let y = 56;
  const body = messages.map(([who, lines]) => {
    const h = 30 + lines.length * 20;
    const out = `${rect(16, y, 568, h - 6, '#eef2f7', 'rx="8"')}${t(28, y + 20, who, 'font-weight="bold"')}${lines.map((l, i) => t(28, y + 40 + i * 20, l)).join('')}`;
    y += h;
    return out;
  }).join('\n');
  write(name, svg(w, y + 10, `Groupe de discussion « ${group} »`, `${bar(w, `Groupe « ${group} »`, '#0b6e4f')}\n${body}`));
}
chat('4.3-discussion-classe.svg', '3e B', [
  ['Lucas', ['[photo de Théo endormi en cours]', 'Partagez partout, trop drôle !']],
  ['Inès', ['Mdr, je la mets en story tout de suite.']],
  ['Yanis', ['Lucas, supprime-la, ce n\'est pas drôle pour Théo.', 'Théo, je suis avec toi. J\'en parle à la CPE demain.']],
  ['Chloé', ['Hahaha, il va être célèbre dans tout le collège !']],
  ['Mehdi', ['Je quitte le groupe, ça ne me regarde pas.']],
]);
chat('4.3-discussion-club.svg', 'Hand U15', [
  ['Sarah', ['[montage photo de Jade avec une tête de cochon]', 'Regardez notre gardienne, mdr']],
  ['Noé', ['Je la transfère au groupe des U17 !']],
  ['Tom', ['Moi, je n\'ai rien vu, je ne dis rien.']],
  ['Maëlle', ['Sarah, retire ça tout de suite, c\'est humiliant.', 'Jade, je t\'écris en privé, et je préviens le coach.']],
  ['Lina', ['Pareil que Noé, je partage.']],
]);

// --- @bienEtreNumerique4: screen time dashboards ---
const hm = (m) => `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')}`;
function screenTime(name, apps, en = false) {
  const w = 560;
  const max = Math.max(...apps.map((a) => a[1]));
  const rows = apps.map(([app, m], i) => {
    const y = 96 + i * 52;
    return `${t(20, y, app, 'font-weight="bold"')}${rect(20, y + 8, Math.round((m / max) * 380), 20, '#3a6ea5')}${t(20 + Math.round((m / max) * 380) + 10, y + 24, hm(m))}`;
  }).join('\n');
  write(name, svg(w, 110 + apps.length * 52, en ? 'Screen time: daily average per app' : "Temps d'écran : moyenne quotidienne par application", `${bar(w, en ? 'Screen time · last 7 days' : "Temps d'écran · 7 derniers jours", '#5b2a86')}
${t(20, 64, en ? 'Daily average per app (hours and minutes)' : 'Moyenne quotidienne par application (heures et minutes)')}
${rows}`));
}
screenTime('4.3-temps-ecran-a.svg', [['Messagerie', 65], ['Vidéos courtes', 160], ['Jeu de cartes', 50], ['Musique', 35]]);
screenTime('4.3-temps-ecran-b.svg', [['Réseau photo', 90], ['Vidéos courtes', 45], ['Jeu de stratégie', 110], ['Messagerie', 40]]);
screenTime('4.3-temps-ecran-a.en.svg', [['Messaging', 65], ['Short videos', 160], ['Card game', 50], ['Music', 35]], true);
screenTime('4.3-temps-ecran-b.en.svg', [['Photo network', 90], ['Short videos', 45], ['Strategy game', 110], ['Messaging', 40]], true);
screenTime('4.3-temps-ecran-c.svg', [['Musique', 60], ['Vidéos courtes', 175], ['Messagerie', 30], ['Réseau photo', 190]]);
screenTime('4.3-temps-ecran-d.svg', [['Vidéos courtes', 130], ['Jeu de cartes', 75], ['Messagerie', 140], ['Actualités', 20]]);

// --- @bienEtreNumerique5: an app screen with numbered elements ---
function appScreen(name, app, items) {
  const w = 420;
  const rows = items.map((label, i) => {
    const y = 70 + i * 62;
    return `${rect(56, y, 344, 48, '#f4f5f7', 'stroke="#999" rx="8"')}${t(70, y + 30, label)}<circle cx="28" cy="${y + 24}" r="16" fill="#b00020"/>${t(28, y + 30, String(i + 1), 'fill="#fff" font-weight="bold" text-anchor="middle" font-size="16"')}`;
  }).join('\n');
  write(name, svg(w, 90 + items.length * 62, `Écran de l'application ${app}, éléments numérotés de 1 à ${items.length}`, `${bar(w, app, '#8a2d5c')}
${t(20, 56, 'Éléments numérotés de l\'écran d\'accueil :', 'font-size="13"')}
${rows}`));
}
appScreen('4.3-application-clips.svg', 'Clips · écran d\'accueil', [
  'Série : 12 jours d\'affilée, ne la perdez pas !', 'Bouton « Faire une pause »', 'Vidéo suivante dans 3 s…', 'Pastille rouge « 99+ » sur la cloche', 'Taille du texte : A− A+',
]);
appScreen('4.3-application-photos.svg', 'Photogram · écran d\'accueil', [
  'Aujourd\'hui : 45 min d\'utilisation', 'Chargement de nouvelles publications…', 'Coffre surprise : plus que 2 h pour l\'ouvrir !', 'Mode sombre : activé', '3 personnes ont vu votre profil : voir qui',
]);

// --- @ergonomieEcran2: a workstation seen from the side ---
function posture(name, title, { screenTop, feetDown }) {
  const w = 520;
  const floor = 330;
  const seat = feetDown ? 210 : 240; // seat height (y of the seat)
  const eye = seat - 110;
  const body = `${rect(0, floor, w, 4, '#555')}
${rect(300, 200, 190, 12, '#8b5a2b')}${rect(470, 212, 12, floor - 212, '#8b5a2b')}
${rect(440, screenTop, 10, 80, '#222')}${rect(430, 180, 30, 20, '#444')}${rect(441, screenTop + 80, 8, 180 - screenTop - 80, '#444')}
${rect(150, seat, 110, 12, '#444')}${rect(150, seat - 120, 12, 120, '#444')}${rect(200, seat + 12, 8, floor - seat - 12, '#444')}
<circle cx="215" cy="${eye}" r="24" fill="#f2c9a0" stroke="#333" stroke-width="2"/><circle cx="228" cy="${eye - 4}" r="3" fill="#222"/>
<path d="M205 ${eye + 24} L190 ${seat}" stroke="#3a6ea5" stroke-width="14" stroke-linecap="round"/>
<path d="M198 ${eye + 40} L215 ${eye + 90} L300 ${eye + 92}" stroke="#3a6ea5" stroke-width="9" fill="none" stroke-linecap="round"/>
<path d="M190 ${seat} L262 ${seat}" stroke="#2d4a6b" stroke-width="14" stroke-linecap="round"/>
<path d="M262 ${seat} L262 ${feetDown ? seat + 80 : floor - 4}" stroke="#2d4a6b" stroke-width="12" stroke-linecap="round"/>
<path d="M262 ${feetDown ? seat + 80 : floor - 4} L290 ${feetDown ? seat + 80 : floor - 4}" stroke="#222" stroke-width="8" stroke-linecap="round"/>
${rect(300, 192, 70, 8, '#666')}
<line x1="240" y1="${eye - 4}" x2="500" y2="${eye - 4}" stroke="#b00020" stroke-width="2" stroke-dasharray="6 4"/>
${t(300, eye - 12, 'hauteur des yeux', 'fill="#b00020" font-size="13"')}
${t(310, 232, 'bureau et clavier', 'font-size="13"')}${t(380, screenTop - 6, 'écran', 'font-size="13"')}
${feetDown ? t(300, seat + 86, 'pieds', 'font-size="13"') : ''}`;
  write(name, svg(w, 350, title, `${bar(w, title, '#444')}\n${body}`));
}
posture('4.3-poste-ecran.svg', 'Poste de travail vu de côté (1)', { screenTop: 50, feetDown: false });
posture('4.3-poste-pieds.svg', 'Poste de travail vu de côté (2)', { screenTop: 116, feetDown: true });

// --- @ergonomieEcran4: four desk plans seen from above ---
function plans(name) {
  const w = 620;
  // window: 'top' (in front of the user, behind the screen), 'bottom' (behind the user), 'left' (on the side)
  const plan = (x, y, letter, windowSide, facing = 'up') => {
    const win = windowSide === 'top' ? rect(x + 40, y + 34, 200, 8, '#4aa3df') : windowSide === 'bottom' ? rect(x + 40, y + 232, 200, 8, '#4aa3df') : rect(x + 6, y + 80, 8, 120, '#4aa3df');
    return `${rect(x + 6, y + 34, 268, 206, '#fff', 'stroke="#333" stroke-width="2"')}${win}
${t(x + 14, y + 24, `Plan ${letter}`, 'font-weight="bold" font-size="15"')}
${rect(x + 90, y + 90, 110, 40, '#c8a27a')}${rect(x + 110, y + 94, 70, 8, '#222')}
<circle cx="${x + 145}" cy="${y + 160}" r="18" fill="#f2c9a0" stroke="#333"/>
<path d="M${x + 145} ${y + 140} L${x + 145} ${y + 108}" stroke="#b00020" stroke-width="3" marker-end="url(#arrow)"/>`;
  };
  const body = `<defs><marker id="arrow" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#b00020"/></marker></defs>
${plan(10, 40, 'A', 'top')}${plan(320, 40, 'B', 'bottom')}${plan(10, 290, 'C', 'left')}
${rect(326, 324, 268, 206, '#fff', 'stroke="#333" stroke-width="2"')}${t(334, 314, 'Légende', 'font-weight="bold" font-size="15"')}
${rect(340, 350, 40, 8, '#4aa3df')}${t(392, 360, 'fenêtre')}
${rect(340, 380, 40, 20, '#c8a27a')}${rect(346, 382, 28, 6, '#222')}${t(392, 396, 'bureau et écran')}
<circle cx="360" cy="432" r="14" fill="#f2c9a0" stroke="#333"/>${t(392, 437, 'vous')}
<path d="M350 470 L380 470" stroke="#b00020" stroke-width="3" marker-end="url(#arrow)"/>${t(392, 475, 'direction du regard')}`;
  write(name, svg(w, 550, 'Trois plans de bureau vus de dessus (A, B, C) et leur légende', `${bar(w, 'Trois plans de bureau vus de dessus', '#444')}\n${body}`));
}
plans('4.3-plans-bureau.svg');

// --- @numeriqueResponsable2: annual footprint of a smartphone by length of use ---
{
  const w = 560;
  const data = [[2, 32], [3, 22], [4, 17], [5, 14]];
  const bars = data.map(([y, kg], i) => {
    const x = 90 + i * 110;
    const h = kg * 7;
    return `${rect(x, 300 - h, 70, h, '#2d7d4f')}${t(x + 35, 292 - h, `${kg} kg`, 'text-anchor="middle" font-weight="bold"')}${t(x + 35, 322, `${y} ans`, 'text-anchor="middle"')}`;
  }).join('\n');
  write('4.3-duree-smartphone.svg', svg(w, 380, "Empreinte carbone annuelle d'un smartphone selon sa durée d'utilisation", `${bar(w, 'Empreinte carbone par année d\'utilisation', '#2d6a4f')}
${t(20, 60, 'Fabrication + utilisation, divisées par le nombre d\'années (en kg équivalent CO₂ par an)', 'font-size="13"')}
<line x1="70" y1="300" x2="540" y2="300" stroke="#333"/>
${bars}
${t(20, 352, 'Durée d\'utilisation du smartphone avant son remplacement', 'font-size="13"')}
${t(20, 372, 'Valeurs d\'exemple, arrondies.', 'font-size="13" fill="#3d3d3d"')}`));
}

// --- @numeriqueResponsable4: EU energy labels (simplified) ---
function label(name, model, { energy, hours, cycles, fall, repair, ip }, en = false) {
  const L = en ? { title: `EU energy label of a smartphone (simplified): ${model}`, maker: `Manufacturer: Ardoise Mobile · model ${model}`, cls: 'Class', auto: 'Battery endurance: ', cyc: 'Charge cycles: ', fall: 'Repeated falls:', rep: 'Repairability:', ip: 'Water and dust protection: ', reg: 'Regulation (EU) 2023/1669' } : { title: `Étiquette énergie européenne d'un smartphone (simplifiée) : ${model}`, maker: `Fabricant : Ardoise Mobile · modèle ${model}`, cls: 'Classe', auto: 'Autonomie : ', cyc: 'Cycles de charge : ', fall: 'Chutes répétées :', rep: 'Réparabilité :', ip: 'Protection eau et poussière : ', reg: 'Règlement (UE) 2023/1669' };
  const letters = 'ABCDEFG';
  const colors = ['#00a651', '#50b848', '#bed630', '#fff200', '#fdb913', '#f37021', '#ed1c24'];
  const scale = letters.split('').map((l, i) => `${rect(14, 70 + i * 23, 70 + i * 20, 20, colors[i])}${t(20, 85 + i * 23, l, `fill="${i === 3 || i === 4 ? '#222' : '#fff'}" font-weight="bold"`)}`).join('');
  const k = letters.indexOf(energy);
  const y = 70 + k * 23;
  write(name, svg(300, 420, L.title, `${rect(1, 1, 298, 34, '#0a4aa8')}${t(150, 24, 'ÉNERGIE · ENERGY', 'fill="#fff" font-size="16" text-anchor="middle"')}
${t(14, 56, L.maker, 'font-size="13"')}
${scale}
<path d="M226 ${y} h58 v20 h-58 l-10 -10 z" fill="#222"/>${t(250, y + 15, energy, 'fill="#fff" font-weight="bold"')}
${t(226, y - 6, L.cls, 'font-size="13"')}
<line x1="14" y1="240" x2="286" y2="240" stroke="#222"/>
${t(14, 262, L.auto + hours, 'font-size="13"')}${t(160, 262, L.cyc + cycles, 'font-size="13"')}
${t(14, 300, L.fall, 'font-size="13"')}${rect(122, 284, 26, 24, '#fff', 'stroke="#222"')}${t(129, 301, fall, 'font-weight="bold"')}
${t(160, 300, L.rep, 'font-size="13"')}${rect(250, 284, 26, 24, '#fff', 'stroke="#222"')}${t(257, 301, repair, 'font-weight="bold"')}
${t(14, 340, L.ip + ip, 'font-size="13"')}
${t(14, 380, L.reg, 'font-size="13"')}`));
}
label('4.3-etiquette-am5.svg', 'AM-5', { energy: 'C', hours: '38 h 40 min', cycles: '800', fall: 'B', repair: 'A', ip: 'IP54' });
label('4.3-etiquette-am5.en.svg', 'AM-5', { energy: 'C', hours: '38 h 40 min', cycles: '800', fall: 'B', repair: 'A', ip: 'IP54' }, true);
label('4.3-etiquette-am7.en.svg', 'AM-7', { energy: 'B', hours: '45 h 12 min', cycles: '1,000', fall: 'D', repair: 'C', ip: 'IP68' }, true);
label('4.3-etiquette-am9.svg', 'AM-9 Pro', { energy: 'A', hours: '52 h 05 min', cycles: '1 200', fall: 'C', repair: 'D', ip: 'IP68' });

// --- @numeriqueResponsable5: the appliances of a home ---
function appliances(name, home, rows) {
  const w = 600;
  const body = rows.map(([app, watts, hours], i) => {
    const y = 118 + i * 34;
    return `${rect(20, y - 22, 560, 34, i % 2 ? '#f4f5f7' : '#fff')}${t(30, y, app)}${t(330, y, `${fr(watts, 0)} W`)}${t(450, y, `${fr(hours, hours % 1 ? 1 : 0)} h`)}`;
  }).join('\n');
  write(name, svg(w, 140 + rows.length * 34, `Appareils du foyer ${home} : puissance moyenne et durée de fonctionnement par jour`, `${bar(w, `Foyer ${home} · appareils numériques`, '#2d6a4f')}
${t(20, 64, 'Chaque appareil fonctionne ainsi tous les jours de l\'année (365 jours).', 'font-size="13"')}
${t(30, 90, 'Appareil', 'font-weight="bold"')}${t(330, 90, 'Puissance moyenne', 'font-weight="bold"')}${t(450, 90, '', '')}${t(470, 90, 'Par jour', 'font-weight="bold"')}
${body}`));
}
appliances('4.3-foyer-a.svg', 'Martin', [['Box Internet', 10, 24], ['Télévision', 90, 3], ['Console de jeux', 120, 2], ['Ordinateur portable', 30, 5]]);
appliances('4.3-foyer-b.svg', 'Diallo', [['Box Internet', 12, 24], ['Télévision', 100, 2], ['Console de jeux', 150, 1.5], ['Écran d\'ordinateur', 25, 8]]);
appliances('4.3-foyer-c.svg', 'Nguyen', [['Box Internet', 8, 24], ['Télévision', 60, 4], ['Console de jeux', 200, 1], ['Ordinateur fixe', 65, 5]]);
appliances('4.3-foyer-d.svg', 'Petit', [['Box Internet', 15, 24], ['Télévision', 110, 3], ['Console de jeux', 90, 3], ['Enceinte connectée', 5, 24]]);

// --- @numeriqueResponsable6: what a web page downloads ---
{
  const w = 600;
  const rows = [['Scripts de suivi et de publicité (14 fichiers)', '5,1 Mo'], ['Scripts du site (3 fichiers)', '1,9 Mo'], ['Images au format WebP (8 fichiers)', '1,9 Mo'], ['Polices de caractères (3 fichiers)', '0,4 Mo'], ['HTML et feuilles de style', '0,3 Mo']];
  const body = rows.map(([k, v], i) => `${rect(20, 96 + i * 34 - 22, 560, 34, i % 2 ? '#f4f5f7' : '#fff')}${t(30, 96 + i * 34, k)}${t(570, 96 + i * 34, v, 'text-anchor="end"')}`).join('\n');
  write('4.3-poids-page.svg', svg(w, 300, "Ressources téléchargées par la page d'accueil d'un site de recettes", `${bar(w, 'Page d\'accueil · ressources téléchargées', '#444')}
${t(20, 62, 'Type de ressource', 'font-weight="bold"')}${t(570, 62, 'Poids', 'font-weight="bold" text-anchor="end"')}
${body}
<line x1="20" y1="258" x2="580" y2="258" stroke="#333"/>${t(30, 282, 'Total', 'font-weight="bold"')}${t(570, 282, '9,6 Mo', 'font-weight="bold" text-anchor="end"')}`));
}

// --- @accessibiliteNumerique4: images that need a text alternative ---
write('4.3-affiche-portes-ouvertes.svg', svg(420, 300, 'Affiche des portes ouvertes du lycée Jean-Jaurès', `${rect(10, 10, 400, 280, '#fff4d6')}
${t(210, 70, 'PORTES OUVERTES', 'font-size="30" font-weight="bold" text-anchor="middle" fill="#8a2d00"')}
${t(210, 112, 'Lycée Jean-Jaurès', 'font-size="20" text-anchor="middle"')}
${t(210, 170, 'Samedi 14 mars 2026', 'font-size="24" font-weight="bold" text-anchor="middle"')}
${t(210, 208, 'de 9 h à 12 h', 'font-size="22" text-anchor="middle"')}
${t(210, 256, 'Entrée libre', 'font-size="18" text-anchor="middle" fill="#8a2d00"')}`));
{
  const data = [['Vélo', 38], ['Bus', 31], ['Voiture', 19], ['À pied', 12]];
  const bars = data.map(([k, v], i) => `${t(20, 96 + i * 50, k, 'font-weight="bold"')}${rect(110, 80 + i * 50, v * 9, 24, '#3a6ea5')}${t(120 + v * 9, 98 + i * 50, `${v} %`)}`).join('\n');
  write('4.3-graphique-transport.svg', svg(520, 300, 'Graphique : comment les élèves viennent au collège en 2025', `${bar(520, 'Comment les élèves viennent au collège (2025)', '#444')}
${bars}
${t(20, 284, 'Part des élèves, en pourcentage', 'font-size="13"')}`));
}

// --- @accessibiliteNumerique5: colour pairs and their contrast ratio ---
function contrasts(name, rows) {
  const w = 600;
  const body = rows.map(([fg, bg, size, ratio], i) => {
    const y = 70 + i * 50;
    return `${t(20, y + 24, `${i + 1}.`, 'font-weight="bold"')}${rect(46, y, 40, 36, bg, 'stroke="#333"')}${rect(58, y + 12, 16, 12, fg)}${t(100, y + 16, `Texte ${size === 'normal' ? 'de taille normale (16 px)' : 'en grand (24 px, gras)'}`)}${t(100, y + 34, `Rapport de contraste : ${fr(ratio)}:1`, 'font-size="13"')}`;
  }).join('\n');
  write(name, svg(w, 90 + rows.length * 50, 'Cinq couples de couleurs texte et fond avec leur rapport de contraste', `${bar(w, 'Couleurs texte / fond de la charte du site', '#444')}
${t(20, 56, 'Carré extérieur : fond · petit carré : texte', 'font-size="13"')}
${body}`));
}
contrasts('4.3-contrastes-a.svg', [['#767676', '#ffffff', 'normal', 4.6], ['#8a8a8a', '#ffffff', 'normal', 3.5], ['#2e8540', '#eef7ee', 'grand', 3.2], ['#f08c00', '#ffffff', 'grand', 3.0], ['#1a4f9c', '#ffffff', 'normal', 7.1]]);
contrasts('4.3-contrastes-b.svg', [['#7a7a7a', '#ffffff', 'normal', 4.4], ['#7a7a7a', '#ffffff', 'grand', 4.4], ['#2d6a4f', '#ffffff', 'normal', 5.2], ['#f0a000', '#ffffff', 'grand', 2.9], ['#909090', '#ffffff', 'normal', 3.2]]);

// --- @accessibiliteNumerique6: three greys for a text on white ---
{
  const greys = [['A', '#7f7f7f', '0,22'], ['B', '#767676', '0,18'], ['C', '#5f5f5f', '0,12']];
  const body = greys.map(([k, c, l], i) => `${rect(30 + i * 190, 70, 150, 90, c)}${t(105 + i * 190, 190, `Gris ${k}`, 'font-weight="bold" text-anchor="middle"')}${t(105 + i * 190, 212, `luminance ${l}`, 'text-anchor="middle"')}`).join('\n');
  write('4.3-nuancier-gris.svg', svg(600, 250, 'Trois gris candidats pour un texte sur fond blanc, avec leur luminance relative', `${bar(600, 'Gris candidats pour le texte (fond blanc, luminance 1)', '#444')}\n${body}`));
}
console.log('4.3 assets written to', ASSETS);
