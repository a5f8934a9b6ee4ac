### Шаблон электронной таблицы (лист README, раскрывающиеся списки, книга проблем), русский.
### Источник: английский текст в p2c-core/src/sheets/text.rs (`sheet.readme.title` → `template-sheet-readme-title`).
### Имена листов, пути столбцов и коды не переводятся.

## origin: p2c (переводы, сделанные для p2c)

template-sheet-readme-title = Обязательства Partner2Connect: как заполнить эту книгу
template-sheet-readme-intro1 = Каждый лист — это таблица. На листе pledges одна строка на обязательство; на каждом другом листе одна строка на элемент списка обязательства (страну, партнёра, отчёт о ходе работы), а его первый столбец — идентификатор обязательства, к которому относится строка. Строки сохраняют свой порядок.
template-sheet-readme-intro2 = Строка 1 каждого листа содержит названия столбцов, а строка 2 — технические пути; не изменяйте их. Начинайте данные со строки 3. Столбцы можно переставлять; столбец, который обязательству не нужен, можно оставить пустым.
template-sheet-readme-intro3 = Суммы — это текстовые ячейки, чтобы ни одна цифра не округлялась: вводите их как простые числа, например 5600000000 или 258.8, без разделителей разрядов и знаков валют. Даты — это ячейки дат; неполные даты (2021, 2021-06) и метки времени — текст.
template-sheet-readme-intro4 = Столбцы со списком кодов предлагают раскрывающийся список; коды и их названия находятся на листе codes. В ячейке с несколькими значениями разделяйте их точкой с запятой (;).
template-sheet-readme-intro5 = Проверьте заполненную книгу с помощью p2c: каждая проблема указывается с листом, строкой и ячейкой.
template-sheet-readme-sheet = Лист
template-sheet-readme-column = Название столбца
template-sheet-readme-path = Путь
template-sheet-readme-type = Тип
template-sheet-readme-required = Обязательно
template-sheet-readme-codes = Коды
template-sheet-readme-description = Описание
template-sheet-readme-yes = да
template-sheet-readme-key = Идентификатор обязательства, к которому относится эта строка (идентификатор обязательства с листа pledges).
template-sheet-readme-list = Несколько значений через ;
template-sheet-readme-json = Текст JSON
template-sheet-codes-code = код
template-sheet-codes-label = название
template-sheet-input-codes = Выберите код из списка; названия находятся на листе codes.
template-sheet-input-open = Другие правильно составленные коды тоже принимаются.
template-sheet-error-title = Не код этого списка
template-sheet-error-message = Выберите значение из раскрывающегося списка; на листе codes они перечислены с названиями.
template-sheet-pledges-title = Обязательства
template-sheet-issues-cell = Ячейка
template-sheet-issues-sheet = Лист
template-sheet-issues-row = Строка
template-sheet-issues-column = Столбец
template-sheet-issues-path = Указатель JSON
template-sheet-issues-code = Код
template-sheet-issues-severity = Серьёзность
template-sheet-issues-message = Сообщение
template-sheet-issues-guidance = Что делать
template-sheet-issues-original = Ячейка в полученном файле
template-sheet-type-text = текст
template-sheet-type-code = код
template-sheet-type-decimal = десятичное число
template-sheet-type-date = дата
template-sheet-type-partialDate = неполная дата
template-sheet-type-timestamp = метка времени
template-sheet-type-integer = целое число
template-sheet-type-boolean = логическое значение
