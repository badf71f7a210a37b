/**
 * The few pages browser mode serves itself, in French, when a tab cannot be let in. Plain HTML
 * under the same strict CSP (no script, no inline style): they must read well unstyled.
 * Nothing in them comes from the request.
 */

const page = (title: string, body: string) => `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — Binôme</title>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

const HOW_TO_GET_A_NEW_ADDRESS = `<p>Pour obtenir une nouvelle adresse : dans la fenêtre où Binôme a été lancé (le terminal),
appuyez sur <kbd>Entrée</kbd>. Une nouvelle adresse à usage unique s'affiche, et s'ouvre dans le navigateur.</p>
<p>Vous pouvez aussi arrêter Binôme dans cette fenêtre (<kbd>Ctrl</kbd>+<kbd>C</kbd>) puis le relancer
avec <code>npm run start:web</code>.</p>`;

/** A one-time address opened a second time, or one a newer address replaced. */
export function addressUsedPage(alreadyConnected: boolean): string {
  return page(
    'Adresse déjà utilisée',
    `<h1>Cette adresse a déjà servi</h1>
<p>Par sécurité, chaque adresse d'ouverture de Binôme ne fonctionne qu'une seule fois. Celle-ci a déjà été
ouverte, ou une adresse plus récente l'a remplacée.</p>
${alreadyConnected ? '<p>Ce navigateur est déjà relié à Binôme : <a href="/">continuer dans Binôme</a>.</p>' : '<p>Si Binôme est déjà ouvert dans un autre onglet, revenez simplement à cet onglet.</p>'}
${HOW_TO_GET_A_NEW_ADDRESS}`,
  );
}

/** A code this launch never printed: an address kept from an earlier launch, or mistyped. */
export function addressUnknownPage(): string {
  return page(
    'Adresse non valable',
    `<h1>Cette adresse n'est pas valable</h1>
<p>Elle ne correspond pas à ce lancement de Binôme : elle vient peut-être d'un lancement précédent,
ou elle a été mal recopiée.</p>
${HOW_TO_GET_A_NEW_ADDRESS}`,
  );
}

/** A tab without a session: opened by hand, or kept open across a restart of Binôme. */
export function notConnectedPage(): string {
  return page(
    'Onglet non relié',
    `<h1>Cet onglet n'est pas relié à Binôme</h1>
<p>Binôme s'ouvre dans le navigateur par l'adresse à usage unique affichée au lancement. Si vous avez fermé
l'onglet, ou si Binôme a été relancé depuis, il en faut une nouvelle.</p>
${HOW_TO_GET_A_NEW_ADDRESS}`,
  );
}
