### كلمات قالب جدول البيانات المأخوذة من مخطط JSON (عناوين الجداول والأعمدة، وأوصاف الأعمدة،
### وقوائم الرموز خارج التصنيف)، بالعربية.
### المصدر: en/template-fields.ftl (مولَّد)؛ المعرّفات نفسها. لا تُترجم المسارات ولا الرموز بين علامات الاقتباس المائلة.

## origin: p2c (ترجمات كُتبت لـ p2c؛ مصطلحات الأمم المتحدة وقطاع تنمية الاتصالات كما في codelists.ftl)

table-pledges = التعهدات
table-links = الروابط
table-events = الفعاليات
table-roles = الأدوار
table-partners = الشركاء
table-pledgeTypes = أنواع التعهد
table-focusAreas = مجالات التركيز
table-pillars = الركائز
table-sdgs = أهداف التنمية المستدامة
table-components = المكونات
table-regions = المناطق
table-countries = البلدان
table-countryGroups = مجموعات البلدان
table-unspecifiedCountriesIn = بلدان غير مسماة في
table-shares = الحصص المعلنة
table-groups = الفئات
table-counts = أعداد أخرى
table-targets = غايات P2C
table-progressReports = تقارير التقدم
table-relations = العلاقات

# sheet: pledges

field-formatVersion = إصدار النسق
    .description = إصدار نسق التعهدات الذي تتبعه هذه الوثيقة؛ يستعمله القارئ لقراءة الوثائق الأقدم.
field-id = معرّف التعهد
    .description = المعرّف الثابت للتعهد، وهو فريد داخل مجموعة البيانات.
field-title = العنوان
    .description = عنوان قصير للتعهد.
field-description = الوصف
    .description = ما يلتزم به التعهد، بكلمات الجهة المتعهدة.
field-notes = ملاحظات
    .description = ملاحظات الأمانة أو جامع البيانات، مثل الوثيقة المصدر لرقم ما.
field-submittedAt = تاريخ التقديم
    .description = وقت تقديم الجهة المتعهدة للتعهد (طابع زمني وفق RFC 3339).
field-validatedAt = تاريخ الاعتماد
    .description = وقت اعتماد الأمانة للتعهد (طابع زمني وفق RFC 3339).
field-announcedOn = تاريخ الإعلان
    .description = تاريخ الإعلان عن التعهد بالدقة التي يذكرها المصدر: سنة (`2022`) أو شهر (`2022-06`) أو يوم (`2022-06-07`). يُترك فارغاً إذا لم يؤرخ أي مصدر الإعلان (ويبلغ التحقق عن ذلك بدرجة `info`). النسق 1.1.
field-pledgers-lead-id = الجهات المتعهدة: الجهة المتعهدة الرئيسية: معرّف الكيان
    .description = معرّف ثابت للكيان عبر التعهدات (مثل معرّف المنظمة في منصة P2C). وعند غيابه يُعرَّف الكيان باسمه ومقره.
field-pledgers-lead-name = الجهات المتعهدة: الجهة المتعهدة الرئيسية: الاسم
    .description = اسم الكيان كما ينبغي نشره ("حكومة كينيا"، "Orange").
field-pledgers-lead-stakeholderType = الجهات المتعهدة: الجهة المتعهدة الرئيسية: نوع صاحب المصلحة
    .description = نوع صاحب المصلحة الذي ينتمي إليه الكيان، وفق تجميع الجهات المتعهدة في لوحات متابعة P2C.
field-pledgers-lead-subtype = الجهات المتعهدة: الجهة المتعهدة الرئيسية: النوع الفرعي
    .description = تصنيف أدق؛ يجب أن يندرج تحت نوع صاحب المصلحة.
field-pledgers-lead-headquarters = الجهات المتعهدة: الجهة المتعهدة الرئيسية: المقر
    .description = بلد مقر الكيان، أو `international`، أو `unknown` إذا لم يذكره المصدر (النسق 1.1؛ يُحسب غير معروف، ولا يُحسب أبداً بلداً مُخمَّناً).
field-financialValue-amount = القيمة المالية: المبلغ
    .description = المبلغ المعلن بوحدات العملة، في شكل سلسلة عشرية ("5600000000")؛ وفي حالة النطاق، حده الأدنى.
field-financialValue-maxAmount = القيمة المالية: المبلغ الأقصى
    .description = الحد الأعلى للنطاق ("من 10 إلى 15 مليون دولار أمريكي": `amount` تساوي 10 ملايين، و`maxAmount` تساوي 15 مليوناً). النسق 1.1.
field-financialValue-currency = القيمة المالية: العملة
    .description = رمز ISO 4217 للعملة التي أُعلن بها المبلغ.
field-financialValue-valueDate = القيمة المالية: تاريخ القيمة
    .description = التاريخ الذي يشير إليه المبلغ، وهو عادةً تاريخ الإعلان؛ ويُستعمل في التحويل سعر هذا التاريخ. يأخذ النسق 1.0 تاريخاً كاملاً؛ ويقبل النسق 1.1 أيضاً سنة (`2022`) أو شهراً (`2022-06`) بالدقة التي يذكرها المصدر، ويُحوَّل هذا التاريخ بمتوسط السنة التقويمية (ولا يُحوَّل أبداً بيوم مُختلَق).
field-financialValue-isFloor = القيمة المالية: حد أدنى
    .description = صحيح إذا كان الرقم المعلن حداً أدنى ("أكثر من 250 مليون دولار أمريكي")؛ ويُحتفظ بالمبلغ المذكور ويُحسب كما هو.
field-financialValue-isCeiling = القيمة المالية: حد أقصى
    .description = صحيح إذا كان الرقم المعلن حداً أقصى ("حتى 5 ملايين دولار أمريكي")؛ ويُحتفظ بالمبلغ المذكور ويُحسب كما هو. النسق 1.1.
field-financialValue-approximate = القيمة المالية: تقريبي
    .description = صحيح إذا أورد المصدر الرقم على أنه تقريبي ("تقريباً"، "نحو"، "قرابة"). النسق 1.1.
field-financialValue-basis = القيمة المالية: الأساس
    .description = الأساس الذي يُحسب عليه المبلغ: `total` (الافتراضي) أو `per_year` (يُلتزم به كل سنة؛ والمجموع المحسوب هو المبلغ مضروباً في `years`، أو في السنوات التقويمية لفترة التعهد). النسق 1.1.
field-financialValue-years = القيمة المالية: عدد السنوات
    .description = في المبلغ السنوي، عدد السنوات الذي يذكره المصدر ("سنوياً على مدى السنوات الخمس المقبلة": 5). النسق 1.1.
field-financialValue-inKind = القيمة المالية: عيني
    .description = صحيح إذا قُدِّمت القيمة عيناً (وقت البث، أجهزة، خدمات) وكان المبلغ قيمتها النقدية المعلنة. النسق 1.1.
field-financialValue-statedEquivalent-amount = القيمة المالية: المعادل المعلن: المبلغ
    .description = المبلغ بوحدات العملة (لا بوحداتها الفرعية)، في شكل سلسلة عشرية.
field-financialValue-statedEquivalent-currency = القيمة المالية: المعادل المعلن: العملة
    .description = رمز ISO 4217 للعملة.
field-financialValue-explicitRate-to = القيمة المالية: سعر صرف صريح: العملة المستهدفة
    .description = العملة التي يحوِّل إليها السعر.
field-financialValue-explicitRate-rate = القيمة المالية: سعر صرف صريح: السعر
    .description = عدد وحدات العملة المستهدفة مقابل وحدة واحدة من عملة التعهد، في شكل سلسلة عشرية.
field-financialValue-explicitRate-date = القيمة المالية: سعر صرف صريح: تاريخ السعر
    .description = التاريخ الذي ينطبق عليه السعر.
field-financialValue-explicitRate-source = القيمة المالية: سعر صرف صريح: المصدر
    .description = مصدر السعر ("التقرير السنوي للجهة المتعهدة لعام 2022").
field-implementation-global = التنفيذ: عالمي
    .description = صحيح إذا نُفِّذ التعهد على نطاق العالم لا في أماكن مسماة.
field-implementation-primaryRegion = التنفيذ: المنطقة الرئيسية
    .description = المنطقة التي سمّتها الجهة المتعهدة منطقة رئيسية، إن سمّت منطقة؛ ويمكن للوحات المتابعة أن تحسب التعهد تحت منطقته الرئيسية وحدها أو تحت كل منطقة.
field-period-start = الفترة: البداية
    .description = موعد بدء العمل، بدقة السنة أو الشهر أو اليوم.
field-period-end = الفترة: النهاية
    .description = الموعد المتوقع لانتهاء العمل، بدقة السنة أو الشهر أو اليوم.
field-beneficiaries-peopleReached = المستفيدون: عدد الأشخاص المستفيدين
    .description = العدد التقديري للأشخاص الذين سيصل إليهم التعهد.
field-beneficiaries-peopleReachedIsFloor = المستفيدون: عدد الأشخاص حد أدنى
    .description = صحيح إذا كان عدد الأشخاص حداً أدنى ("أكثر من 80 مليون شخص"). النسق 1.1.
field-beneficiaries-targetYear = المستفيدون: السنة المستهدفة
    .description = السنة التي يُراد الوصول إلى الأشخاص بحلولها.
field-contact-name = جهة الاتصال: اسم جهة الاتصال
    .description = اسم الشخص المسؤول عن الاتصال.
field-contact-email = جهة الاتصال: البريد الإلكتروني لجهة الاتصال
    .description = عنوان البريد الإلكتروني للشخص المسؤول عن الاتصال.
field-reviewState = حالة المراجعة
    .description = المرحلة التي بلغها التعهد في سير عمل المراجعة لدى الأمانة.
field-implementationStatus = حالة التنفيذ
    .description = مدى تقدم العمل المتعهد به.

# sheet: links

field-links-url = URL
    .description = عنوان الصفحة (http أو https).
field-links-title = العنوان
    .description = ماهية الصفحة.

# sheet: events

field-events = رمز فعالية P2C
    .description = فعاليات P2C وحملاتها التي أُعلن فيها التعهد أو جُمع من خلالها (`MWC-2024`، `AI-PLEDGE-DRIVE-2024`)؛ قائمة رموز مفتوحة، انظر قائمة الرموز `p2cEvent`. النسق 1.1.

# sheet: roles

field-pledgers-lead-roles = دور الشريك
    .description = ما يقوم به الكيان في التعهد (ممول، منفذ، …)، إذا ذكر المصدر ذلك. النسق 1.1.

# sheet: partners

field-pledgers-partners-id = معرّف الكيان
    .description = معرّف ثابت للكيان عبر التعهدات (مثل معرّف المنظمة في منصة P2C). وعند غيابه يُعرَّف الكيان باسمه ومقره.
field-pledgers-partners-name = الاسم
    .description = اسم الكيان كما ينبغي نشره ("حكومة كينيا"، "Orange").
field-pledgers-partners-stakeholderType = نوع صاحب المصلحة
    .description = نوع صاحب المصلحة الذي ينتمي إليه الكيان، وفق تجميع الجهات المتعهدة في لوحات متابعة P2C.
field-pledgers-partners-subtype = النوع الفرعي
    .description = تصنيف أدق؛ يجب أن يندرج تحت نوع صاحب المصلحة.
field-pledgers-partners-headquarters = المقر
    .description = بلد مقر الكيان، أو `international`، أو `unknown` إذا لم يذكره المصدر (النسق 1.1؛ يُحسب غير معروف، ولا يُحسب أبداً بلداً مُخمَّناً).
field-pledgers-partners-roles = الأدوار
    .description = ما يقوم به الكيان في التعهد (ممول، منفذ، …)، إذا ذكر المصدر ذلك. النسق 1.1.

# sheet: pledgeTypes

field-pledgeTypes = نوع التعهد
    .description = نوع الالتزام الذي يمثله التعهد: واحد أو أكثر من الأنواع المالي والسياساتي والدعوي والبرامجي.

# sheet: focusAreas

field-focusAreas = مجال التركيز
    .description = مجالات التركيز في إطار العمل التي يتناولها التعهد.

# sheet: pillars

field-pillars = الركيزة
    .description = ركائز إطار العمل التي يتناولها التعهد؛ وتنتمي كل ركيزة إلى مجال تركيز واحد.

# sheet: sdgs

field-sdgs-goal = الهدف
    .description = رقم الهدف، من 1 إلى 17 (انظر قائمة الرموز `sdgGoal`).
field-sdgs-targets = الغايات
    .description = غايات هذا الهدف، مكتوبة كما في خطة عام 2030: `9.1`، `9.c`.

# sheet: components

field-financialValue-components-name = اسم المكون
    .description = ماهية المكون ("AI Compute Access Fund").
field-financialValue-components-amount = مبلغ المكون
    .description = مبلغ المكون بعملة التعهد، في شكل سلسلة عشرية.
field-financialValue-components-inKind = عيني
    .description = صحيح إذا قُدِّم المكون عيناً.

# sheet: regions

field-implementation-regions = منطقة قطاع تنمية الاتصالات
    .description = مناطق قطاع تنمية الاتصالات التي يُنفَّذ فيها التعهد.

# sheet: countries

field-implementation-countries = رمز البلد
    .description = البلدان التي يُنفَّذ فيها التعهد (ISO 3166-1 alpha-3).

# sheet: countryGroups

field-implementation-countryGroups = مجموعة البلدان
    .description = مجموعات البلدان في الأمم المتحدة التي يُنفَّذ فيها التعهد دون تسمية البلدان ("لأقل البلدان نمواً والبلدان النامية غير الساحلية والدول الجزرية الصغيرة النامية"). ومع `regions`، أعضاء المجموعة في تلك المناطق ("أقل البلدان نمواً في أفريقيا"). النسق 1.1.

# sheet: unspecifiedCountriesIn

field-implementation-unspecifiedCountriesIn = منطقة قطاع تنمية الاتصالات
    .description = مناطق قطاع تنمية الاتصالات التي يُنفَّذ فيها التعهد في بلدان لا يسميها ("16 بلداً في الشرق الأوسط وأفريقيا"): تحسب المنطقة التعهد ولا يحسبه أي بلد. ويجب أن تكون كل منها ضمن `regions` متى ذُكرت `regions`. النسق 1.1.

# sheet: shares

field-implementation-shares-area = النطاق
    .description = رمز البلد أو رمز منطقة قطاع تنمية الاتصالات الذي تخصه الحصة؛ ويجب أن يكون أحد البلدان أو المناطق المعلنة.
field-implementation-shares-percent = النسبة المئوية
    .description = الحصة بالنسبة المئوية (0–100)، في شكل سلسلة عشرية.

# sheet: groups

field-beneficiaries-groups = فئة المستفيدين
    .description = الفئات التي يسميها التعهد مستفيدة.

# sheet: counts

field-beneficiaries-counts-count = العدد
    .description = كم العدد.
field-beneficiaries-counts-unit = الوحدة
    .description = ما الذي يُعدّ.
field-beneficiaries-counts-isFloor = حد أدنى
    .description = صحيح إذا كان العدد حداً أدنى ("أكثر من 5,8 ملايين أسرة معيشية").

# sheet: targets

field-targets = رمز غاية P2C
    .description = غايات التحالف التي يخدمها التعهد.

# sheet: progressReports

field-progressReports-date = تاريخ التقرير
    .description = تاريخ إعداد التقرير.
field-progressReports-status = الحالة
    .description = حالة التنفيذ وقت التقرير.
field-progressReports-narrative = السرد
    .description = ما تم إنجازه، بكلمات الجهة المتعهدة.
field-progressReports-amountDelivered-amount = المبلغ المصروف: المبلغ
    .description = المبلغ بوحدات العملة (لا بوحداتها الفرعية)، في شكل سلسلة عشرية.
field-progressReports-amountDelivered-currency = المبلغ المصروف: العملة
    .description = رمز ISO 4217 للعملة.
field-progressReports-peopleReached = عدد الأشخاص المستفيدين
    .description = عدد الأشخاص الذين تم الوصول إليهم حتى الآن، تراكمياً حتى تاريخ التقرير.
field-progressReports-challenges = التحديات
    .description = العقبات التي صودفت.
field-progressReports-solutions = الحلول
    .description = الحلول المقترحة أو المطبقة.
field-progressReports-targets = الغايات المعنية
    .description = غايات P2C التي خدمها العمل المبلَّغ عنه.

# sheet: relations

field-relations-type = نوع العلاقة
    .description = علاقة هذا التعهد بالتعهد الآخر.
field-relations-pledge = تعهد آخر
    .description = معرّف التعهد الآخر.

# codes

codes-FormatVersion = إصدار النسق
codes-FormatVersion-1_0 = النسق 1.0
codes-FormatVersion-1_1 = النسق 1.1
codes-Headquarters = المقر
codes-Headquarters-international = دولي
codes-Headquarters-unknown = غير معروف
codes-CurrencyCode = رمز العملة
codes-CountryCode = رمز البلد
