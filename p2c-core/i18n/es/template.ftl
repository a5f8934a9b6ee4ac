### La plantilla de hoja de cálculo (hoja README, listas desplegables, libro de problemas), español.
### Fuente: el inglés de p2c-core/src/sheets/text.rs (`sheet.readme.title` → `template-sheet-readme-title`).
### Los nombres de hojas, las rutas de columnas y los códigos no se traducen.

## origin: p2c (traducciones escritas para p2c)

template-sheet-readme-title = Compromisos de Partner2Connect: cómo rellenar este libro
template-sheet-readme-intro1 = Cada hoja es una tabla. La hoja pledges tiene una fila por compromiso; cada una de las demás hojas tiene una fila por elemento de una lista de un compromiso (un país, un socio, un informe de avance), y su primera columna es el identificador del compromiso al que pertenece la fila. Las filas conservan su orden.
template-sheet-readme-intro2 = La fila 1 de cada hoja contiene los títulos de las columnas y la fila 2 las rutas técnicas; no las modifique. Empiece sus datos en la fila 3. Las columnas pueden reordenarse; una columna que un compromiso no necesita puede quedar vacía.
template-sheet-readme-intro3 = Los importes son celdas de texto, para que no se redondee ningún dígito: escríbalos como números simples, por ejemplo 5600000000 o 258.8, sin separadores de miles ni símbolos de moneda. Las fechas son celdas de fecha; las fechas parciales (2021, 2021-06) y las marcas de tiempo son texto.
template-sheet-readme-intro4 = Las columnas con una lista de códigos ofrecen una lista desplegable; los códigos y sus etiquetas están en la hoja codes. En una celda con varios valores, sepárelos con punto y coma (;).
template-sheet-readme-intro5 = Valide el libro rellenado con p2c: cada problema se indica con su hoja, su fila y su celda.
template-sheet-readme-sheet = Hoja
template-sheet-readme-column = Título de la columna
template-sheet-readme-path = Ruta
template-sheet-readme-type = Tipo
template-sheet-readme-required = Obligatorio
template-sheet-readme-codes = Códigos
template-sheet-readme-description = Descripción
template-sheet-readme-yes = sí
template-sheet-readme-key = El identificador del compromiso al que pertenece esta fila (un identificador de compromiso de la hoja pledges).
template-sheet-readme-list = Varios valores separados por ;
template-sheet-readme-json = Texto JSON
template-sheet-codes-code = código
template-sheet-codes-label = etiqueta
template-sheet-input-codes = Elija un código de la lista; las etiquetas están en la hoja codes.
template-sheet-input-open = También se aceptan otros códigos bien formados.
template-sheet-error-title = No es un código de esta lista
template-sheet-error-message = Elija un valor de la lista desplegable; la hoja codes los enumera con sus etiquetas.
template-sheet-pledges-title = Compromisos
template-sheet-issues-cell = Celda
template-sheet-issues-sheet = Hoja
template-sheet-issues-row = Fila
template-sheet-issues-column = Columna
template-sheet-issues-path = Puntero JSON
template-sheet-issues-code = Código
template-sheet-issues-severity = Gravedad
template-sheet-issues-message = Mensaje
template-sheet-issues-guidance = Qué hacer
template-sheet-issues-original = Celda del archivo recibido
template-sheet-type-text = texto
template-sheet-type-code = código
template-sheet-type-decimal = decimal
template-sheet-type-date = fecha
template-sheet-type-partialDate = fecha parcial
template-sheet-type-timestamp = marca de tiempo
template-sheet-type-integer = entero
template-sheet-type-boolean = booleano
