### Le modèle de tableur (feuille README, listes déroulantes, classeur des problèmes), français.
### Source : l'anglais de p2c-core/src/sheets/text.rs (`sheet.readme.title` → `template-sheet-readme-title`).
### Les noms de feuilles, les chemins de colonnes et les codes ne se traduisent pas.

## origin: p2c (traductions écrites pour p2c)

template-sheet-readme-title = Engagements Partner2Connect : comment remplir ce classeur
template-sheet-readme-intro1 = Chaque feuille est une table. La feuille pledges a une ligne par engagement ; chaque autre feuille a une ligne par élément d'une liste d'un engagement (un pays, un partenaire, un rapport d'avancement), et sa première colonne est l'identifiant de l'engagement auquel la ligne appartient. Les lignes gardent leur ordre.
template-sheet-readme-intro2 = La ligne 1 de chaque feuille contient les titres des colonnes et la ligne 2 les chemins techniques ; ne les modifiez pas. Commencez vos données à la ligne 3. Les colonnes peuvent être réordonnées ; une colonne dont un engagement n'a pas besoin peut rester vide.
template-sheet-readme-intro3 = Les montants sont des cellules de texte, afin qu'aucun chiffre ne soit arrondi : saisissez-les comme de simples nombres tels que 5600000000 ou 258.8, sans séparateur de milliers ni symbole monétaire. Les dates sont des cellules de date ; les dates partielles (2021, 2021-06) et les horodatages sont du texte.
template-sheet-readme-intro4 = Les colonnes contenant une liste de codes proposent une liste déroulante ; les codes et leurs libellés figurent sur la feuille codes. Dans une cellule qui contient plusieurs valeurs, séparez-les par un point-virgule (;).
template-sheet-readme-intro5 = Validez le classeur rempli avec p2c : chaque problème est signalé avec sa feuille, sa ligne et sa cellule.
template-sheet-readme-sheet = Feuille
template-sheet-readme-column = Titre de la colonne
template-sheet-readme-path = Chemin
template-sheet-readme-type = Type
template-sheet-readme-required = Obligatoire
template-sheet-readme-codes = Codes
template-sheet-readme-description = Description
template-sheet-readme-yes = oui
template-sheet-readme-key = L'identifiant de l'engagement auquel appartient cette ligne (un identifiant d'engagement de la feuille pledges).
template-sheet-readme-list = Plusieurs valeurs séparées par ;
template-sheet-readme-json = Texte JSON
template-sheet-codes-code = code
template-sheet-codes-label = libellé
template-sheet-input-codes = Choisissez un code dans la liste ; les libellés figurent sur la feuille codes.
template-sheet-input-open = D'autres codes bien formés sont aussi acceptés.
template-sheet-error-title = Pas un code de cette liste
template-sheet-error-message = Choisissez une valeur dans la liste déroulante ; la feuille codes les donne avec leurs libellés.
template-sheet-pledges-title = Engagements
template-sheet-issues-cell = Cellule
template-sheet-issues-sheet = Feuille
template-sheet-issues-row = Ligne
template-sheet-issues-column = Colonne
template-sheet-issues-path = Pointeur JSON
template-sheet-issues-code = Code
template-sheet-issues-severity = Gravité
template-sheet-issues-message = Message
template-sheet-issues-guidance = Que faire
template-sheet-issues-original = Cellule du fichier reçu
template-sheet-type-text = texte
template-sheet-type-code = code
template-sheet-type-decimal = décimal
template-sheet-type-date = date
template-sheet-type-partialDate = date partielle
template-sheet-type-timestamp = horodatage
template-sheet-type-integer = entier
template-sheet-type-boolean = booléen
