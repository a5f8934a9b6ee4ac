### نصوص التقارير ولوحة المتابعة، بالعربية. المصدر: i18n/en/report.ftl.

## origin: official (مصطلحات الأمم المتحدة: أقل البلدان نمواً، البلدان النامية غير الساحلية، الدول الجزرية الصغيرة النامية)

group-abbr-ldc = أقل البلدان نمواً
group-abbr-lldc = البلدان النامية غير الساحلية
group-abbr-sids = الدول الجزرية الصغيرة النامية

## origin: p2c (ترجمات أُعدّت لـ p2c)

report-none = (لا شيء)
report-count = العدد
report-share = النسبة
report-key = الرمز
report-label = التسمية
report-pledges = التعهدات
report-pledge = التعهد
report-kind = النوع
report-amount = المبلغ
report-date = التاريخ
report-reason = السبب
report-relation = العلاقة
report-counted-in = محتسب في
report-detail = التفاصيل
report-unspecified = غير محدد
report-global = عالمي

dashboard-title = لوحة متابعة Partner2Connect في { $asOf } ({ $currency })
dashboard-rates = أسعار الصرف: الجدول { $table }؛ القاعدة { $policy }
dashboard-rate-source = المصدر: { $source }
dashboard-note = ملاحظة: { $note }
dashboard-pledges = التعهدات
dashboard-entities = الكيانات
dashboard-pledger-countries = بلدان الجهات المتعهدة
dashboard-total-value = القيمة الإجمالية ({ $currency })
dashboard-pledges-counted = تعهدات احتُسبت قيمتها
dashboard-floors = منها حدود دنيا ("أكثر من")
dashboard-derived = منها مشتقة (نطاقات، سنوي × سنوات)
dashboard-converted = منها محوَّلة
dashboard-unconverted = مبالغ لم تُحوَّل
dashboard-not-counted = مبالغ لم تُحتسب مرتين
dashboard-not-derived = مبالغ سنوية غير مشتقة (بلا سنوات ولا فترة)
dashboard-counted-once = مبالغ احتُسبت مرة واحدة (مستبعدة هنا)
dashboard-excluded = التعهدات المستبعدة
dashboard-filtered-out = استبعدتها عوامل التصفية
dashboard-goal = الهدف ({ $currency } { $goal })
dashboard-goal-reached = تحقق { $share }
dashboard-goal-remaining = المتبقي
dashboard-entities-by-type = الكيانات حسب نوع صاحب المصلحة
dashboard-entities-by-region = الكيانات حسب منطقة قطاع تنمية الاتصالات لمقرها

note-as-of = في { $asOf }: التعهدات المنشورة التي جرى التحقق منها (وإلا قُدّمت، وإلا أُعلنت، وإلا قُيّمت) في ذلك التاريخ أو قبله، ويُحتسب الشهر أو السنة من يومه الأخير؛ والتقارير المؤرخة في ذلك التاريخ أو قبله
note-double-counting = الاحتساب المزدوج: تُستبعد التعهدات التي حلّ محلها غيرها؛ وتُحتسب مبالغ part_of وsame_funds_as مرة واحدة؛ ويُحتسب كل كيان في التعهد المشترك مرة واحدة
note-attribution-full = الإسناد: القيمة كاملة لكل قيمة من قيم البُعد المتعدد القيم؛ وهذه التصنيفات متداخلة ولا يجوز جمعها
note-attribution-equal-split = الإسناد: تُقسم القيمة بالتساوي بين قيم البُعد المتعدد القيم؛ ومجموع التصنيفات يساوي الإجمالي
note-attribution-declared-shares = الإسناد: تأخذ البلدان والمناطق الحصص المعلنة للتعهد (بالتساوي حيث لا تصلح الحصص)، والأبعاد الأخرى بالتساوي؛ ومجموع التصنيفات يساوي الإجمالي
note-regions-primary-or-any = المناطق: يُحتسب التعهد في منطقته الرئيسية وفي كل منطقة أخرى يذكرها أو يقتضيها (الرئيسية أو أي منطقة)
note-regions-primary-only = المناطق: يُحتسب التعهد في منطقته الرئيسية فقط
note-country-groups = مجموعات البلدان: يُحتسب التعهد في مجموعة إذا سمّى المجموعة أو إذا كان أحد بلدان تنفيذه على الأقل عضواً فيها في التاريخ المرجعي (مع افتراض حدوث الخروج المقرر)
note-amounts = المبالغ: يُحتسب النطاق بحده الأدنى؛ ويُضرب المبلغ السنوي في عدد السنوات المذكور، وإلا في السنوات التقويمية لفترته، وإلا لا يُحتسب (ويُدرج على أنه غير مشتق)؛ وتُحتسب المبالغ الدنيا والقصوى والتقريبية والعينية كما ذُكرت ويُشار إليها
note-new-between = الجديدة بين { $from } و{ $to }، مع احتساب اليومين: لا تُحتسب إلا التعهدات التي جرى التحقق منها (وإلا قُدّمت، وإلا أُعلنت) في تلك الفترة؛ وتُدرج التعهدات التي لا يتيح تاريخها الحكم على أنها newness_undetermined

breakdown-title = حسب { $dimension } ({ $additivity }؛ عدد التعهدات المحتسبة في أكثر من صف: { $overlap })
breakdown-additive = قابل للجمع
breakdown-overlapping = متداخل بمقدار { $amount } { $currency }
breakdown-share-fallbacks = عدد التعهدات المقسومة بالتساوي لعدم صلاحية حصصها المعلنة: { $count }
dimension-focusArea = مجال التركيز
dimension-pillar = الركيزة
dimension-pledgeType = نوع التعهد
dimension-stakeholderType = نوع صاحب المصلحة
dimension-ituRegion = منطقة قطاع تنمية الاتصالات
dimension-country = البلد
dimension-countryGroup = مجموعة البلدان
dimension-beneficiaryGroup = فئة المستفيدين
dimension-implementationStatus = حالة التنفيذ
dimension-endDate = تاريخ الانتهاء
dimension-target = غاية P2C
dimension-sdg = هدف التنمية المستدامة
dimension-sdgTarget = غاية من غايات التنمية المستدامة
dimension-event = الحدث أو الحملة
dimension-pledgerRegion = منطقة مقر الجهات المتعهدة
dimension-pledgerCountry = بلد مقر الجهات المتعهدة
pledger-international = دولية (بلا بلد منشأ)
pledger-unknown = المقر غير معروف
pledger-no_itu_region = خارج مناطق قطاع تنمية الاتصالات
end-ended = يُقدَّر أنه انتهى
end-ends_this_year = ينتهي في السنة المرجعية
end-later = ينتهي لاحقاً
end-unknown = تاريخ الانتهاء غير معروف

reporting-title = الإبلاغ
reporting-reports = التقارير
reporting-reported = تعهدات أُبلغ عنها
reporting-entities = كيانات قدمت تقارير
reporting-ended = تعهدات منتهية لها تقارير
reporting-overdue = متأخرة (بلا تقرير منذ { $days } يوماً)
reporting-overdue-undetermined = تأخر غير محدد (بلا تاريخ)
reporting-by-type = التعهدات التي أُبلغ عنها حسب نوع صاحب المصلحة
reporting-challenges = التحديات
reporting-solutions = الحلول
delivery-title = التنفيذ
delivery-pledges = تعهدات صُرفت منها مبالغ
delivery-delivered = المصروف ({ $currency })
delivery-pledged = المتعهد به ({ $currency })
delivery-ratio = المصروف / المتعهد به

amount-kind-pledged = متعهد به
amount-kind-delivered = مصروف
relation-supersedes = يحل محل
relation-part_of = جزء من
relation-same_funds_as = الأموال نفسها مثل
excluded-invalid = غير صالح
excluded-not_published = غير منشور
excluded-not_yet_known = غير معروف بعد
excluded-superseded = حلّ محله غيره
excluded-newness_undetermined = الجِدّة غير محددة

profile-title = { $name } ({ $code }) في { $asOf }
profile-groups = المجموعات: { $groups }
profile-group-provisional = { $group } (خروج مقرر، غير مؤكد)
profile-reported = أُبلغ عنها
profile-ended = يُقدَّر أنها انتهت
profile-ended-value = { $ended } (منها { $withReports } لها تقارير)
profile-ends-this-year = تنتهي هذا العام
profile-ends-later = تنتهي لاحقاً
profile-end-unknown = الانتهاء غير معروف
profile-status = الحالة
profile-top-targets = أبرز غايات P2C
profile-top-challenges = أبرز التحديات
profile-top-solutions = أبرز الحلول
