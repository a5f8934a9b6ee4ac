### قوائم الرموز، بالعربية. `codelist-<القائمة>` عنوان القائمة، و`code-<القائمة>-<الرمز>` تسمية
### القيمة (`.description`: وصفها). لا تُترجَم الرموز نفسها.

## origin: official (الاتحاد الدولي للاتصالات، دليل المندوبين إلى قطاع تنمية الاتصالات: "المناطق الست لقطاع تنمية الاتصالات")

code-ituRegion-AFR = إفريقيا
    .description = منطقة إفريقيا في قطاع تنمية الاتصالات.
code-ituRegion-AMS = الأمريكتان
    .description = منطقة الأمريكتين في قطاع تنمية الاتصالات.
code-ituRegion-ARB = الدول العربية
    .description = منطقة الدول العربية في قطاع تنمية الاتصالات.
code-ituRegion-ASP = آسيا والمحيط الهادئ
    .description = منطقة آسيا والمحيط الهادئ في قطاع تنمية الاتصالات.
code-ituRegion-CIS = كومنولث الدول المستقلة
    .description = منطقة كومنولث الدول المستقلة (CIS) في قطاع تنمية الاتصالات.
code-ituRegion-EUR = أوروبا
    .description = منطقة أوروبا في قطاع تنمية الاتصالات.

## origin: official (مصطلحات الأمم المتحدة UNTERM: أقل البلدان نمواً، البلدان النامية غير الساحلية، الدول الجزرية الصغيرة النامية؛ لم تُطابَق مع نسخة محفوظة في هذه الجلسة)

code-countryGroup-ldc = أقل البلدان نمواً
    .description = قائمة الأمم المتحدة لأقل البلدان نمواً؛ تخرج منها البلدان مع مرور الوقت.
code-countryGroup-lldc = البلدان النامية غير الساحلية
    .description = قائمة الأمم المتحدة للبلدان النامية غير الساحلية.
code-countryGroup-sids = الدول الجزرية الصغيرة النامية
    .description = قائمة مكتب الممثل السامي للأمم المتحدة (UN-OHRLLS) للدول الجزرية الصغيرة النامية.

## origin: p2c (ترجمات أُعدّت لـ p2c؛ لم يُعثر على صيغة رسمية)

codelist-focusArea = مجال التركيز
codelist-pillar = الركيزة
codelist-pledgeType = نوع التعهد
codelist-stakeholderType = نوع صاحب المصلحة
codelist-stakeholderSubtype = النوع الفرعي لصاحب المصلحة
codelist-beneficiaryGroup = فئة المستفيدين
codelist-reviewState = حالة المراجعة
codelist-implementationStatus = حالة التنفيذ
codelist-challenge = التحدي
codelist-solution = الحل
codelist-relationType = نوع العلاقة
codelist-ituRegion = منطقة قطاع تنمية الاتصالات
codelist-countryGroup = مجموعة البلدان
codelist-p2cTarget = غاية P2C

code-focusArea-access = النفاذ
    .description = توصيل الناس في كل مكان: البنية التحتية والقدرة على تحمّل التكلفة والأمن السيبراني.
    .tagline = توصيل الناس في كل مكان
code-focusArea-adoption = الاعتماد
    .description = تمكين المجتمعات: المهارات والشمول والمحتوى والخدمات المحلية.
    .tagline = تمكين المجتمعات
code-focusArea-value_creation = خلق القيمة
    .description = بناء النظم الإيكولوجية الرقمية: الابتكار والتطبيقات والاقتصاد الرقمي.
    .tagline = بناء النظم الإيكولوجية الرقمية
code-focusArea-accelerate = التسريع
    .description = تحفيز الاستثمار: التمويل المبتكر وجدوى المشاريع والمستثمرون.
    .tagline = تحفيز الاستثمار

code-pillar-infrastructure = البنية التحتية
    .description = ركيزة النفاذ: الشبكات والمرافق التي توصل الناس.
code-pillar-affordability = القدرة على تحمّل التكلفة
    .description = ركيزة النفاذ: جعل التوصيلية والأجهزة في المتناول.
code-pillar-cybersecurity = الأمن السيبراني
    .description = ركيزة النفاذ: توصيلية آمنة ومأمونة.
code-pillar-skills = المهارات
    .description = ركيزة الاعتماد: المهارات الرقمية ومحو الأمية الرقمية.
code-pillar-inclusion = الشمول
    .description = ركيزة الاعتماد: توصيل الفئات المحرومة من الخدمات بالإنترنت.
code-pillar-local_content = المحتوى والخدمات المحلية
    .description = ركيزة الاعتماد: محتوى وخدمات باللغات المحلية وفي السياقات المحلية.
code-pillar-innovation_entrepreneurship = الابتكار وريادة الأعمال
    .description = ركيزة خلق القيمة: المبتكرون والشركات الناشئة ورواد الأعمال.
code-pillar-apps_services = التطبيقات والخدمات
    .description = ركيزة خلق القيمة: التطبيقات والخدمات الرقمية.
code-pillar-digital_economy = الاقتصاد الرقمي
    .description = ركيزة خلق القيمة: التحول الرقمي للاقتصاد.
code-pillar-innovative_financing = التمويل المبتكر
    .description = ركيزة التسريع: نماذج تمويل جديدة للتوصيلية.
code-pillar-project_viability = جدوى المشاريع
    .description = ركيزة التسريع: جعل مشاريع التوصيلية قابلة للتمويل.
code-pillar-investor_constellation = تجمّع المستثمرين
    .description = ركيزة التسريع: جمع المستثمرين معاً.

code-pledgeType-financial = مالي
    .description = مساهمة نقدية في تحقيق أهداف التحالف.
code-pledgeType-policy = سياساتي
    .description = إصلاح تشريعي أو تنظيمي أو تغيير في السياسات، مقترح أو معتمد.
code-pledgeType-advocacy = دعوي
    .description = دعم أو ترويج علني: بحوث ومذكرات تفاهم وفعاليات ومنشورات.
code-pledgeType-programmatic = برنامجي
    .description = إنشاء برامج أو توسيعها بما يتماشى مع مجالات التركيز.

code-stakeholderType-government = حكومة
    .description = الحكومات الوطنية أو المحلية والبلديات والهيئات التنظيمية.
code-stakeholderType-private_sector = القطاع الخاص
    .description = الشركات، بما فيها المنظمات الخيرية.
code-stakeholderType-un_agency = وكالة تابعة للأمم المتحدة
    .description = وكالات منظومة الأمم المتحدة وصناديقها وبرامجها.
code-stakeholderType-international_organization = منظمة دولية أو إقليمية
    .description = المنظمات الدولية أو الإقليمية الأخرى، بما فيها المصارف الإنمائية المتعددة الأطراف.
code-stakeholderType-civil_society = المجتمع المدني والأوساط الأكاديمية والبحثية
    .description = منظمات المجتمع المدني والمؤسسات الأكاديمية والجمعيات البحثية.
code-stakeholderType-youth_media = الشباب والإعلام والترفيه
    .description = مجموعات الشباب ومنظمات الإعلام والترفيه.
code-stakeholderType-other = غير ذلك
    .description = أي جهة متعهدة لا تندرج تحت أي نوع آخر.

code-stakeholderSubtype-national_government = حكومة وطنية
    .description = حكومة وطنية أو إحدى وزاراتها.
code-stakeholderSubtype-local_government = حكومة محلية
    .description = حكومة إقليمية أو ولائية أو محلية.
code-stakeholderSubtype-municipality = بلدية
    .description = مدينة أو سلطة بلدية.
code-stakeholderSubtype-regulator = هيئة تنظيمية
    .description = هيئة تنظيمية للاتصالات أو لتكنولوجيا المعلومات والاتصالات.
code-stakeholderSubtype-company = شركة
    .description = شركة تجارية.
code-stakeholderSubtype-philanthropic_organization = منظمة خيرية
    .description = مؤسسة أو منظمة خيرية أخرى.
code-stakeholderSubtype-multilateral_development_bank = مصرف إنمائي متعدد الأطراف
    .description = مصرف إنمائي تملكه عدة دول.
code-stakeholderSubtype-regional_organization = منظمة إقليمية
    .description = منظمة حكومية دولية في منطقة واحدة.
code-stakeholderSubtype-ngo = منظمة غير حكومية
    .description = منظمة غير ربحية من منظمات المجتمع المدني.
code-stakeholderSubtype-academia = مؤسسة أكاديمية
    .description = جامعة أو مؤسسة أكاديمية أخرى.
code-stakeholderSubtype-research_association = جمعية بحثية
    .description = معهد أو جمعية للبحوث.
code-stakeholderSubtype-youth_group = مجموعة شبابية
    .description = منظمة يقودها الشباب.
code-stakeholderSubtype-media = إعلام
    .description = منظمة إعلامية.
code-stakeholderSubtype-entertainment = ترفيه
    .description = منظمة في مجال الترفيه.

code-beneficiaryGroup-women_and_girls = النساء والفتيات
    .description = النساء والفتيات.
code-beneficiaryGroup-youth = الشباب
    .description = الشباب.
code-beneficiaryGroup-children = الأطفال
    .description = الأطفال، بمن فيهم تلاميذ المدارس.
code-beneficiaryGroup-older_persons = كبار السن
    .description = كبار السن.
code-beneficiaryGroup-persons_with_disabilities = الأشخاص ذوو الإعاقة
    .description = الأشخاص ذوو الإعاقة.
code-beneficiaryGroup-refugees_and_displaced = اللاجئون والنازحون
    .description = اللاجئون وملتمسو اللجوء والنازحون داخلياً.
code-beneficiaryGroup-indigenous_peoples = الشعوب الأصلية
    .description = الشعوب الأصلية.
code-beneficiaryGroup-rural_communities = المجتمعات الريفية
    .description = الأشخاص الذين يعيشون في المناطق الريفية أو النائية.
code-beneficiaryGroup-poor_communities = المجتمعات الفقيرة
    .description = الأشخاص الذين يعيشون في فقر أو في مجتمعات ضعيفة.
code-beneficiaryGroup-smes = المنشآت الصغرى والصغيرة والمتوسطة
    .description = المنشآت الصغرى والصغيرة والمتوسطة ورواد الأعمال.
code-beneficiaryGroup-students = الطلاب
    .description = الطلاب في جميع المراحل.
code-beneficiaryGroup-teachers = المعلمون
    .description = المعلمون والمربّون.
code-beneficiaryGroup-schools = المدارس
    .description = المدارس بوصفها مؤسسات.
code-beneficiaryGroup-households = الأسر المعيشية
    .description = الأسر المعيشية.
code-beneficiaryGroup-public_institutions = المؤسسات العامة
    .description = المكاتب الحكومية والمؤسسات المجتمعية والعيادات والمكتبات.
code-beneficiaryGroup-general = عامة السكان
    .description = السكان عموماً، دون تحديد فئة بعينها.

code-reviewState-draft = مسودة
    .description = قيد الكتابة من الجهة المتعهدة؛ لم يُقدَّم بعد.
code-reviewState-submitted = مقدَّم
    .description = قدّمته الجهة المتعهدة وهو في انتظار المراجعة.
code-reviewState-under_review = قيد المراجعة
    .description = تتحقق منه أمانة P2C.
code-reviewState-published = منشور
    .description = تم التحقق منه وهو متاح للعموم.
code-reviewState-rejected = مرفوض
    .description = لم تقبله الأمانة.
code-reviewState-withdrawn = مسحوب
    .description = سحبته الجهة المتعهدة.

code-implementationStatus-planning_phase = مرحلة التخطيط
    .description = لم يبدأ العمل بعد؛ يجري التخطيط له.
code-implementationStatus-in_progress = قيد التنفيذ
    .description = بدأ العمل.
code-implementationStatus-completed = مكتمل
    .description = تم الوفاء بالالتزام.
code-implementationStatus-delayed = متأخر
    .description = العمل متأخر عن خطته.
code-implementationStatus-cancelled = ملغى
    .description = لن يُنفَّذ الالتزام.

code-challenge-natural_disasters = الكوارث الطبيعية
    .description = العواصف والفيضانات والزلازل وغيرها من المخاطر الطبيعية.
code-challenge-administrative = إدارية
    .description = العقبات الإدارية والتراخيص والإجراءات.
code-challenge-financial = مالية
    .description = نقص التمويل والاستثمار.
code-challenge-technical = تقنية
    .description = مشكلات في التكنولوجيا أو المعدات أو البنية التحتية.
code-challenge-regulatory = تنظيمية
    .description = عوائق قانونية أو تنظيمية.
code-challenge-security = أمنية
    .description = النزاعات أو انعدام الأمن أو التهديدات السيبرانية.
code-challenge-political = سياسية
    .description = تغيّر الحكومات أو عدم الاستقرار السياسي.
code-challenge-health_emergency = طوارئ صحية
    .description = الجوائح وغيرها من حالات الطوارئ الصحية العامة.
code-challenge-supply_chain = سلسلة الإمداد
    .description = نقص المعدات والمواد أو تأخرها.
code-challenge-capacity = القدرات
    .description = نقص الكوادر المؤهلة أو القدرات المؤسسية.
code-challenge-other = غير ذلك
    .description = أي تحدٍّ آخر.

code-solution-partnerships = الشراكات
    .description = التعاون مع الاتحاد الدولي للاتصالات أو أعضاء P2C أو شركاء آخرين.
code-solution-funding = التمويل
    .description = تمويل جديد أو مُعاد توجيهه.
code-solution-capacity_building = بناء القدرات
    .description = التدريب وتعزيز المؤسسات.
code-solution-policy_reform = إصلاح السياسات
    .description = تعديل القوانين أو اللوائح أو السياسات.
code-solution-technology = التكنولوجيا
    .description = تكنولوجيا مختلفة أو جديدة.
code-solution-community_engagement = إشراك المجتمع
    .description = العمل مع المجتمعات المحلية.
code-solution-rescheduling = إعادة الجدولة
    .description = تمديد المواعيد النهائية أو إعادة تقسيم مراحل العمل.
code-solution-other = غير ذلك
    .description = أي حل آخر.

code-relationType-supersedes = يحل محل
    .description = يحل هذا التعهد محل الآخر؛ فلا يُحتسب الآخر بعد الآن.
code-relationType-part_of = جزء من
    .description = هذا التعهد جزء من الآخر؛ وأمواله مشمولة في أموال الآخر.
code-relationType-same_funds_as = الأموال نفسها مثل
    .description = يعلن هذا التعهد عن أموال أعلن عنها الآخر أيضاً؛ فتُحتسب مرة واحدة.

## origin: p2c (غايات P2C مترجمة لـ p2c؛ يستشهد الوصف بالمصدر الإنكليزي)

code-p2cTarget-ACCESS-01 = 100% من الأفراد البالغين 15 عاماً فأكثر يستخدمون الإنترنت
code-p2cTarget-ACCESS-02 = 100% من الأفراد البالغين 15 عاماً فأكثر يملكون هاتفاً متنقلاً
code-p2cTarget-ACCESS-03 = 100% من الأسر المعيشية موصولة بالإنترنت
code-p2cTarget-ACCESS-04 = 100% من المؤسسات التجارية موصولة بالإنترنت
code-p2cTarget-ACCESS-05 = 100% من المدارس موصولة بالإنترنت
code-p2cTarget-ACCESS-06 = لكل مدرسة سرعة تنزيل لا تقل عن 20 Mbit/s
code-p2cTarget-ACCESS-07 = لكل مدرسة 50 كيلوبتاً في الثانية (kbit/s) لكل طالب
code-p2cTarget-ACCESS-08 = ينبغي أن يتوفر لكل مدرسة حجم بيانات لا يقل عن 200 غيغابايت (GB)
code-p2cTarget-ACCESS-09 = بلوغ نسبة انتشار مستخدمي الإنترنت عريض النطاق: (1) 75% على الصعيد العالمي؛ (2) 65% في البلدان المنخفضة والمتوسطة الدخل؛ (3) 35% في أقل البلدان نمواً
code-p2cTarget-ACCESS-10 = جميع اشتراكات النطاق العريض الثابت بسرعة 10 ميغابت في الثانية (Mbit/s) أو أكثر
code-p2cTarget-ACCESS-11 = وضع خطة أو استراتيجية وطنية للنطاق العريض على مستوى البلد
code-p2cTarget-ACCESS-12 = بحلول عام 2025، ينبغي أن تكون خدمات النطاق العريض الأساسية في متناول البلدان المنخفضة والمتوسطة الدخل بأقل من 2% من نصيب الفرد الشهري من الدخل القومي الإجمالي
code-p2cTarget-ACCESS-13 = تحسين التأهب والصمود في مجال الأمن السيبراني بقدرات أساسية (مثل: وجود استراتيجية وفرق وطنية للاستجابة للحوادث الحاسوبية وتشريعات)
code-p2cTarget-ADOPTION-01 = بحلول عام 2025، يبلغ 60% من الشباب والبالغين على الأقل حداً أدنى من الإتقان في المهارات الرقمية المستدامة
code-p2cTarget-ADOPTION-02 = بحلول عام 2030، يمتلك 70% من الأفراد الموصولين مهارات رقمية أساسية (مثل: إرسال البريد الإلكتروني)
code-p2cTarget-ADOPTION-03 = بحلول عام 2050، يمتلك 50% من الأفراد الموصولين مهارات رقمية متوسطة (مثل: تثبيت برامج أو تطبيقات جديدة)
code-p2cTarget-ADOPTION-04 = بحلول عام 2030، التكافؤ [...] (النص مقتطع في المصدر)
code-p2cTarget-ROUNDTABLE-1 = بحلول عام 2030، 100% من الأفراد البالغين 15 عاماً فأكثر يستخدمون الإنترنت ويملكون هاتفاً متنقلاً
code-p2cTarget-ROUNDTABLE-2 = بحلول عام 2025، يبلغ 60% من الشباب والبالغين على الأقل حداً أدنى من الإتقان في المهارات الرقمية المستدامة
code-p2cTarget-ROUNDTABLE-3 = بحلول عام 2030، 100% من الأسر المعيشية والمؤسسات التجارية موصولة بالإنترنت

## origin: official (العناوين المختصرة الرسمية لأهداف التنمية المستدامة للأمم المتحدة بالعربية؛ انظر data/SOURCES.md)

codelist-sdgGoal = هدف من أهداف التنمية المستدامة
code-sdgGoal-1 = القضاء على الفقر
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)
code-sdgGoal-2 = القضاء التام على الجوع
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)
code-sdgGoal-3 = الصحة الجيدة والرفاه
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)
code-sdgGoal-4 = التعليم الجيد
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)
code-sdgGoal-5 = المساواة بين الجنسين
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)
code-sdgGoal-6 = المياه النظيفة والنظافة الصحية
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)
code-sdgGoal-7 = طاقة نظيفة وبأسعار معقولة
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)
code-sdgGoal-8 = العمل اللائق ونمو الاقتصاد
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)
code-sdgGoal-9 = الصناعة والابتكار والهياكل الأساسية
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)
code-sdgGoal-10 = الحد من أوجه عدم المساواة
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)
code-sdgGoal-11 = مدن ومجتمعات محلية مستدامة
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)
code-sdgGoal-12 = الاستهلاك والإنتاج المسؤولان
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)
code-sdgGoal-13 = العمل المناخي
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)
code-sdgGoal-14 = الحياة تحت الماء
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)
code-sdgGoal-15 = الحياة في البر
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)
code-sdgGoal-16 = السلام والعدل والمؤسسات القوية
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)
code-sdgGoal-17 = عقد الشراكات لتحقيق الأهداف
    .description = هدف من أهداف التنمية المستدامة للأمم المتحدة (خطة عام 2030، A/RES/70/1)

## origin: official (الأسماء الرسمية لمؤتمرات الأمم المتحدة والاتحاد الدولي للاتصالات بالعربية؛ أسماء الفعاليات العلم، MWC Barcelona وSDG Digital، واحدة في كل اللغات)

code-p2cEvent-PP-22 = مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات لعام 2022
code-p2cEvent-LDC5 = مؤتمر الأمم المتحدة الخامس المعني بأقل البلدان نمواً
code-p2cEvent-WSIS-2024 = الحدث الرفيع المستوى لمنتدى القمة العالمية لمجتمع المعلومات+20 لعام 2024
code-p2cEvent-WSIS-2025 = الحدث الرفيع المستوى للقمة العالمية لمجتمع المعلومات+20 لعام 2025
code-p2cEvent-GLOBAL-REFUGEE-FORUM-2023 = المنتدى العالمي للاجئين 2023
code-p2cEvent-MWC-2024 = MWC Barcelona 2024
code-p2cEvent-MWC-2025 = MWC Barcelona 2025
code-p2cEvent-MWC-2026 = MWC Barcelona 2026
code-p2cEvent-SDG-DIGITAL-2023 = SDG Digital

## origin: p2c (ترجمات أُعدّت لـ p2c؛ لم يُعثر على صيغة رسمية)

codelist-p2cEvent = فعالية أو حملة P2C
code-p2cEvent-P2C-WEB-DIALOGUES-2022 = سلسلة الحوارات الشبكية لـ Partner2Connect بشأن التنمية الرقمية
code-p2cEvent-P2C-ROUNDTABLE-KIGALI-2022 = المائدة المستديرة لـ Partner2Connect بشأن التنمية الرقمية في WTDC-22
code-p2cEvent-P2C-ANNUAL-MEETING-2022 = الاجتماع السنوي الأول لـ Partner2Connect
code-p2cEvent-P2C-ANNUAL-MEETING-2023 = الاجتماع السنوي الثاني لـ Partner2Connect
code-p2cEvent-REGIONAL-DEVELOPMENT-FORUMS-2023 = منتديات التنمية الإقليمية للاتحاد الدولي للاتصالات 2023
code-p2cEvent-AI-PLEDGE-DRIVE-2024 = حملة تعهدات Partner2Connect والذكاء الاصطناعي من أجل الصالح العام

code-focusArea-unknown = غير معروف
    .description = لا يذكر المصدر أي مجال تركيز؛ ويُدرج وحده، ولا يُدرج أبداً بجانب مجال تركيز فعلي.
    .tagline = لم يذكره المصدر
code-stakeholderType-unknown = غير معروف
    .description = لا يذكر المصدر نوع صاحب المصلحة الذي تنتمي إليه الجهة المتعهدة.
code-relationType-same_announcement = الإعلان نفسه
    .description = أُعلن هذا التعهد والتعهد الآخر معاً (بيان واحد، عدة تعهدات)؛ وأموالهما منفصلة ويُحتسب كل منهما.

codelist-partnerRole = دور الشريك
code-partnerRole-funder = جهة التمويل
    .description = تقدم الأموال للتعهد.
code-partnerRole-implementer = جهة التنفيذ
    .description = تنفذ العمل المتعهد به.
code-partnerRole-technical_partner = شريك تقني
    .description = يقدم التكنولوجيا أو المعدات أو الخبرة التقنية.
code-partnerRole-knowledge_partner = شريك معرفي
    .description = يقدم البحوث أو البيانات أو المشورة.
code-partnerRole-in_kind_provider = مقدم مساهمات عينية
    .description = يقدم سلعاً أو خدمات (وقت البث، أجهزة، تدريب) بدلاً من المال.
code-partnerRole-coordinator = المنسق
    .description = يجمع الشركاء أو ينسق بينهم.
code-partnerRole-endorser = جهة مؤيدة
    .description = تؤيد التعهد علناً دون دور آخر معلن.

codelist-amountBasis = أساس المبلغ
code-amountBasis-total = الإجمالي
    .description = المبلغ هو التعهد كله، على مدى فترة التعهد كلها.
code-amountBasis-per_year = سنوياً
    .description = يُتعهد بالمبلغ كل سنة؛ والإجمالي هو المبلغ مضروباً في عدد السنوات (`years`، أو السنوات التقويمية لفترة التعهد).

codelist-beneficiaryUnit = وحدة المستفيدين
code-beneficiaryUnit-households = الأسر المعيشية
    .description = الأسر المعيشية (المساكن) الموصولة أو المخدومة.
code-beneficiaryUnit-subscribers = المشتركون
    .description = الاشتراكات أو المشتركون في شبكة أو خدمة.
code-beneficiaryUnit-schools = المدارس
    .description = المدارس الموصولة أو المخدومة.
code-beneficiaryUnit-institutions = المؤسسات
    .description = المؤسسات العامة أو المجتمعية: المكاتب الحكومية، والعيادات، والمكتبات، والمراكز المجتمعية.
code-beneficiaryUnit-communities = المجتمعات المحلية
    .description = القرى أو المحليات أو المجتمعات المحلية.
code-beneficiaryUnit-enterprises = المؤسسات التجارية
    .description = الشركات أو المنشآت الصغيرة والمتوسطة أو رواد الأعمال.
