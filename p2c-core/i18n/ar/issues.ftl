### رسائل مشكلات التحقق، بالعربية. المتغيرات موصوفة في i18n/en/issues.ftl.

## origin: p2c (ترجمات أُعدّت لـ p2c)

redacted-value = القيمة

issue-input-malformed_json = المُدخَل ليس JSON سليم البنية: { $reason ->
        [eof_list] انتهى المُدخَل داخل قائمة
        [eof_object] انتهى المُدخَل داخل كائن
        [eof_string] انتهى المُدخَل داخل سلسلة نصية
        [eof_value] انتهى المُدخَل قبل قيمة
        [expected_colon] كان المتوقع `:`
        [expected_list_comma_or_end] كان المتوقع `,` أو `]`
        [expected_object_comma_or_end] كان المتوقع `,` أو `{"}"}`
        [expected_ident] كان المتوقع معرِّفاً
        [expected_value] كان المتوقع قيمة
        [expected_double_quote] كان المتوقع `"`
        [invalid_escape] تسلسل هروب غير صالح
        [invalid_number] رقم غير صالح
        [number_out_of_range] رقم خارج النطاق
        [invalid_unicode_code_point] نقطة رمز يونيكود غير صالحة
        [control_character] حرف تحكم (U+0000 إلى U+001F) داخل سلسلة نصية
        [key_must_be_a_string] يجب أن يكون المفتاح سلسلة نصية
        [lone_leading_surrogate] بديل أمامي منفرد في تسلسل هروب سداسي عشري
        [trailing_comma] فاصلة زائدة في النهاية
        [trailing_characters] أحرف بعد نهاية المستند
        [unexpected_end_of_hex_escape] تسلسل هروب سداسي عشري غير مكتمل
        [repeated_key] كائن يكرر مفتاحاً
       *[other] { $detail }
    } (السطر { $line }، العمود { $column })
    .title = المُدخَل ليس JSON سليم البنية.
    .guidance = أرسل مستند JSON واحداً (UTF-8، بلا أحرف بعد نهايته)؛ تحدد المعلمات السطر والعمود.
issue-input-invalid_utf8 = المُدخَل ليس UTF-8 صالحاً (بايت غير صالح عند الموضع { $offset })
    .title = بايتات المُدخَل ليست UTF-8 صالحاً.
    .guidance = رمّز المستند بـ UTF-8؛ تحدد المعلمات موضع أول بايت غير صالح.
issue-input-too_large = حجم المُدخَل بالبايت يتجاوز الحد { $max } (الفعلي { $actual })
    .title = المُدخَل أكبر من الحجم الأقصى المضبوط.
    .guidance = قسّم البيانات إلى مستندات أصغر، أو ارفع `limits.maxBytes` إذا كان هذا الحجم متوقعاً.
issue-input-too_deep = { $reason ->
        [parser] يتداخل في المُدخَل مصفوفات أو كائنات بأكثر من { $max } مستوى
       *[max_depth] عمق التداخل يتجاوز الحد { $max } (الفعلي { $actual })
    }
    .title = يتداخل في المُدخَل مصفوفات أو كائنات بعمق يتجاوز الحد الأقصى المضبوط.
    .guidance = لا يتجاوز التعهد بضعة مستويات من التداخل؛ احذف المحتوى المتداخل بعمق.
issue-input-array_too_long = طول مصفوفة يتجاوز الحد { $max } (الفعلي { $actual })
    .title = في مصفوفة عناصر أكثر من الحد الأقصى المضبوط.
    .guidance = احذف بعض العناصر، أو ارفع `limits.maxArrayLen` إذا كان هذا الطول متوقعاً.
issue-input-string_too_long = طول سلسلة نصية بالبايت يتجاوز الحد { $max } (الفعلي { $actual })
    .title = سلسلة نصية أطول من الحد الأقصى المضبوط.
    .guidance = اختصر النص، أو ارفع `limits.maxStringLen` إذا كان هذا الطول متوقعاً.

issue-structure-wrong_type = النوع المتوقع: { $expected }؛ النوع الموجود: { $actual }
    .title = قيمة من نوع JSON غير صحيح.
    .guidance = أعطِ قيمة من النوع المذكور في `expected` (مثل سلسلة نصية أو مصفوفة أو كائن).
issue-structure-missing_field = الحقل الإلزامي `{ $field }` مفقود
    .title = حقل إلزامي مفقود.
    .guidance = أضف الحقل المذكور في المعلمات.
issue-structure-unknown_field = حقل غير معروف `{ $field }`{ $suggested ->
        [yes] ؛ هل تقصد `{ $suggestion }`؟
       *[no] {""}
    }
    .title = حقل ليس جزءاً من صيغة التعهدات.
    .guidance = احذف الحقل، أو غيّر اسمه إلى `suggestion` حين تقترحه المعلمات (أسماء الحقول بصيغة camelCase وتميّز حالة الأحرف).
issue-structure-empty_list = تحتاج القائمة إلى قيمة واحدة على الأقل
    .title = قائمة تحتاج إلى عنصر واحد على الأقل فارغة.
    .guidance = أعطِ قيمة واحدة على الأقل.
issue-structure-unknown_code = { $codelist ->
        [formatVersion] { $value } ليس إصدار صيغة مدعوماً
       *[other] { $value } ليس رمزاً في القائمة `{ $codelist }`{ $suggested ->
            [yes] ؛ هل تقصد `{ $suggestion }`؟
           *[no] {""}
        }
    }
    .title = قيمة ليست رمزاً في قائمة رموزها.
    .guidance = استخدم أحد رموز القائمة المذكورة في `codelist` (انظر قوائم الرموز المنشورة).
issue-structure-malformed_code = { $value } ليس { $kind ->
        [country] رمز بلد (ثلاثة أحرف كبيرة)
        [currency] رمز عملة (ثلاثة أحرف كبيرة)
        [headquarters] مقراً صالحاً (ثلاثة أحرف كبيرة أو `international` أو `unknown`)
        [event] رمز فعالية P2C (أحرف كبيرة وأرقام وشرطات)
       *[target] رمز غاية P2C (أحرف كبيرة وأرقام وشرطات)
    }
    .title = رمز لا يتخذ الشكل المطلوب.
    .guidance = رموز البلدان والعملات ثلاثة أحرف كبيرة (`KEN`، `EUR`)؛ ورموز غايات P2C أحرف كبيرة وأرقام وشرطات (`ACCESS-01`).
issue-structure-malformed_date = { $value } ليس { $format ->
        [partial] تاريخاً مكتوباً بالصيغة YYYY أو YYYY-MM أو YYYY-MM-DD
       *[full] تاريخاً مكتوباً بالصيغة YYYY-MM-DD
    }
    .title = تاريخ غير مكتوب كما تقتضي الصيغة.
    .guidance = اكتب التواريخ الكاملة بالصيغة YYYY-MM-DD؛ ويجوز أن تكون تواريخ الفترة YYYY أو YYYY-MM.
issue-structure-malformed_timestamp = { $value } ليس طابعاً زمنياً بصيغة RFC 3339 مثل `2022-06-07T10:00:00Z`
    .title = طابع زمني ليس تاريخاً ووقتاً بصيغة RFC 3339.
    .guidance = اكتب الطوابع الزمنية بصيغة RFC 3339 مع المنطقة الزمنية، مثل `2022-06-07T10:00:00Z`.
issue-structure-malformed_decimal = { $value } ليس عدداً عشرياً مثل "1250.50"
    .title = مبلغ ليس عدداً عشرياً بسيطاً.
    .guidance = اكتب المبالغ سلاسل نصية عشرية مثل "5600000000" أو "258.8": بلا أس ولا مسافات ولا رموز عملات ولا فواصل آلاف.
issue-structure-inexact_number = ربما فقد العدد { $value } بعض أرقامه؛ اكتبه سلسلة نصية عشرية
    .title = مبلغ معطى عدداً في JSON بكسر أو أس، وربما فقد بعض أرقامه.
    .guidance = اكتب المبلغ سلسلة نصية عشرية ("258.8")؛ ويجوز أن تبقى الأعداد الصحيحة أعداداً في JSON.
issue-structure-integer_out_of_range = { $kind ->
        [year] السنة خارج النطاق
        [goal] لا يمكن أن يكون رقم هدف التنمية المستدامة سالباً
       *[count] العدد الصحيح خارج النطاق 0..={ $max }
    }
    .title = عدد صحيح خارج النطاق الذي يتسع له الحقل.
    .guidance = أعطِ عدداً صحيحاً ضمن نطاق الحقل.

issue-text-empty = النص فارغ
    .title = نص إلزامي فارغ أو لا يحتوي إلا على مسافات.
    .guidance = املأ النص.
issue-text-blank = النص فارغ؛ املأه أو احذف الحقل
    .title = نص اختياري موجود لكنه فارغ أو لا يحتوي إلا على مسافات.
    .guidance = املأ النص أو احذف الحقل.
issue-text-too_long = عدد أحرف النص: { $actual }؛ والحد الأقصى المسموح به: { $max }
    .title = نص أطول مما تسمح به الصيغة لهذا الحقل.
    .guidance = اختصر النص إلى عدد الأحرف `max` المذكور في المعلمات.
issue-text-control_character = يحتوي النص على حرف التحكم { $codePoint }
    .title = نص يحتوي على أحرف تحكم.
    .guidance = احذف أحرف التحكم؛ لا يُسمح بفواصل الأسطر وعلامات الجدولة إلا في النصوص الطويلة (الوصف والملاحظات والسرد).
issue-text-bidi_control = يحتوي النص على حرف التحكم الثنائي الاتجاه { $codePoint }
    .title = نص يحتوي على أحرف تضمين أو تجاوز أو عزل ثنائية الاتجاه قد تجعله يُعرض على غير ما يقول.
    .guidance = احذف الأحرف U+202A–U+202E وU+2066–U+2069؛ فالكتابة من اليمين إلى اليسار تُعرض صحيحة من دونها.
issue-identity-unusual_id = يحتوي المعرِّف { $value } على أحرف غير الحروف والأرقام و`-_.:/`
    .title = معرِّف يحتوي على مسافات أو أحرف غير الحروف والأرقام و`-_.:/`.
    .guidance = استخدم معرِّفات مكونة من الحروف والأرقام و`-_.:/` حتى تبقى سليمة في عناوين URL وملفات CSV وجداول البيانات.
issue-identity-malformed_email = { $value } ليس عنوان بريد إلكتروني
    .title = عنوان البريد الإلكتروني لجهة الاتصال ليس بالشكل `name@domain.tld`.
    .guidance = أعطِ عنوان بريد إلكتروني بسيطاً واحداً، بلا اسم عرض ولا أقواس زاوية.
issue-identity-malformed_url = { $value } ليس عنوان URL من نوع http أو https
    .title = رابط ليس عنوان URL مطلقاً من نوع http أو https.
    .guidance = أعطِ العنوان كاملاً، مبتدئاً بـ `https://`.
issue-identity-duplicate_partner = هذا الكيان مذكور من قبل في `{ $duplicateOf }`
    .title = الكيان نفسه مذكور أكثر من مرة بين الجهات المتعهدة.
    .guidance = اذكر كل كيان مرة واحدة؛ ولا يجوز أن يكون الكيان الرئيسي شريكاً أيضاً.
issue-identity-self_relation = تشير العلاقة إلى التعهد نفسه
    .title = علاقة تشير إلى التعهد نفسه.
    .guidance = تذكر العلاقة معرِّف تعهد آخر.

issue-taxonomy-pillar_outside_focus_areas = الركيزة `{ $pillar }` تنتمي إلى مجال التركيز `{ $focusArea }` الذي لم يعلنه التعهد
    .title = ركيزة تنتمي إلى مجال تركيز لم يعلنه التعهد.
    .guidance = أضف مجال التركيز المذكور في `focusArea` إلى `focusAreas`، أو احذف الركيزة.
issue-taxonomy-duplicate_code = { $value } مذكور مرتين (أول مرة عند الفهرس { $firstIndex })
    .title = رمز يرد أكثر من مرة في قائمة.
    .guidance = اذكر كل رمز مرة واحدة.
issue-taxonomy-subtype_mismatch = النوع الفرعي `{ $subtype }` ينتمي إلى نوع صاحب المصلحة `{ $expectedStakeholderType }` لا إلى `{ $stakeholderType }`
    .title = النوع الفرعي لكيان ينتمي إلى نوع آخر من أصحاب المصلحة.
    .guidance = اختر نوعاً فرعياً من نوع صاحب المصلحة لهذا الكيان (تذكر المعلمات النوع الذي ينتمي إليه).
issue-taxonomy-unknown_target = { $value } ليس غاية معروفة من غايات P2C
    .title = رمز غاية P2C سليم الشكل لكنه غير موجود في قائمة الغايات المعروفة لدى p2c.
    .guidance = تحقق من الرمز؛ فالقائمة المنشورة للغايات غير مكتملة، وقد تكون الغاية الجديدة صحيحة.

issue-money-missing_value = يحتاج التعهد المالي إلى قيمة مالية
    .title = تعهد مالي بلا قيمة مالية.
    .guidance = أعطِ `financialValue` بالمبلغ المعلن والعملة وتاريخ القيمة، أو احذف نوع التعهد `financial`.
issue-money-non_positive_value = المبلغ { $value } ليس موجباً
    .title = قيمة مالية صفرية أو سالبة.
    .guidance = أعطِ المبلغ المعلن عدداً موجباً.
issue-money-value_on_non_financial = للتعهد قيمة مالية لكنه ليس من النوع `financial`
    .title = تعهد ليس من النوع `financial` له قيمة مالية.
    .guidance = أضف نوع التعهد `financial` إذا كانت القيمة التزاماً مالياً؛ وهي تُحتسب في المجاميع في الحالتين.
issue-money-negative_amount = المبلغ المصروف { $value } سالب
    .title = مبلغ مصروف سالب.
    .guidance = أبلغ عن المبلغ التراكمي المصروف صفراً أو أكثر.
issue-money-unknown_currency = { $value } ليس رمز عملة في ISO 4217
    .title = رمز عملة غير موجود في ISO 4217.
    .guidance = استخدم رمزاً أبجدياً من ISO 4217 مثل `USD` أو `EUR`.
issue-money-currency_not_in_use = سُحبت `{ $currency }` من التداول في { $withdrawnOn }، قبل { $date }
    .title = كانت العملة قد سُحبت من التداول قبل تاريخ القيمة.
    .guidance = أعطِ المبلغ بالعملة التي حلت محلها (مثل EUR بدلاً من HRK ابتداءً من 2023)، محوَّلاً بالسعر الرسمي.
issue-money-excess_precision = عدد المنازل العشرية في المبلغ: { $decimals }؛ وللعملة `{ $currency }`: { $minorUnits }
    .title = مبلغ فيه منازل عشرية أكثر من الوحدة الفرعية للعملة.
    .guidance = قرّب المبلغ إلى الوحدة الفرعية للعملة (`minorUnits` في المعلمات).
issue-money-implausible_amount = المبلغ { $value } كبير على نحو غير معقول لتعهد واحد
    .title = مبلغ كبير على نحو غير معقول لتعهد واحد.
    .guidance = تحقق من عدم وجود أصفار زائدة، أو مبالغ مكتوبة بالوحدات الفرعية (السنتات).
issue-money-invalid_explicit_rate = { $reason ->
        [same_currency] سعر الصرف يحوّل `{ $currency }` إلى نفسها
       *[non_positive] سعر الصرف ليس موجباً
    }
    .title = سعر صرف معلن صفري أو سالب، أو يحوّل عملة إلى نفسها.
    .guidance = أعطِ سعراً موجباً إلى عملة أخرى، أو احذف `explicitRate`.

issue-geography-unknown_country = { $value } ليس رمز بلد بصيغة ISO 3166-1 alpha-3
    .title = رمز بلد ليس رمزاً بصيغة ISO 3166-1 alpha-3 معروفاً لدى p2c.
    .guidance = استخدم رمز البلد بصيغة ISO 3166-1 alpha-3 (`KEN` لكينيا).
issue-geography-duplicate_country = البلد { $value } مذكور مرتين (أول مرة عند الفهرس { $firstIndex })
    .title = بلد مذكور أكثر من مرة.
    .guidance = اذكر كل بلد مرة واحدة، حتى لا تحتسب الأرقام حسب البلد التعهد مرتين.
issue-geography-country_outside_regions = { $value } يقع في منطقة قطاع تنمية الاتصالات `{ $region }` وهي ليست بين المناطق المذكورة
    .title = بلد لا يقع في أي من مناطق قطاع تنمية الاتصالات المعلنة.
    .guidance = أضف منطقة البلد (`region` في المعلمات) إلى `regions`، أو تحقق من رمز البلد.
issue-geography-primary_region_not_declared = المنطقة الرئيسية `{ $region }` ليست بين المناطق المذكورة
    .title = المنطقة الرئيسية ليست من المناطق المعلنة.
    .guidance = أضف المنطقة الرئيسية إلى `regions`.
issue-geography-no_location = لا يذكر التعهد أي بلد أو منطقة وليس موسوماً بأنه عالمي
    .title = لا يذكر التعهد أي بلد أو منطقة وليس موسوماً بأنه عالمي.
    .guidance = اذكر البلدان أو مناطق قطاع تنمية الاتصالات التي يُنفَّذ فيها التعهد، أو اضبط `global`.
issue-geography-share_area_not_declared = { $value } ليس بلداً معلناً ولا منطقة معلنة
    .title = حصة معلنة لمنطقة ليست بلداً معلناً ولا منطقة معلنة.
    .guidance = لا تعطِ حصصاً إلا للبلدان والمناطق المذكورة في `countries` و`regions`.
issue-geography-duplicate_share = حصة { $value } معلنة من قبل عند الفهرس { $firstIndex }
    .title = أُعلنت حصتان للمنطقة نفسها.
    .guidance = أعطِ حصة واحدة لكل منطقة.
issue-geography-share_out_of_range = الحصة { $value } ليست بين 0 و100
    .title = حصة أقل من 0 أو أكثر من 100 في المائة.
    .guidance = أعطِ كل حصة نسبةً مئوية بين 0 و100.
issue-geography-shares_not_hundred = مجموع الحصص { $sum } وليس 100
    .title = مجموع الحصص المعلنة لا يساوي 100 في المائة.
    .guidance = صحّح الحصص بحيث يكون مجموعها 100 تماماً (`sum` في المعلمات هو المجموع الحالي).

issue-lifecycle-end_before_start = تنتهي الفترة قبل أن تبدأ
    .title = تنتهي الفترة قبل أن تبدأ.
    .guidance = تحقق من تاريخي البداية والنهاية.
issue-lifecycle-implausible_period = { $reason ->
        [too_long] تمتد الفترة أكثر من { $maxYears } سنة
       *[out_of_range] تبدأ الفترة قبل عام 2000 أو تنتهي بعد عام 2100
    }
    .title = فترة طويلة على نحو غير معقول.
    .guidance = تحقق من التواريخ؛ فالتعهدات لا تمتد عادةً أكثر من عقد.
issue-lifecycle-value_date_outside_period = يبعد تاريخ القيمة عن فترة التعهد أكثر من سنتين
    .title = تاريخ القيمة بعيد جداً عن فترة التعهد.
    .guidance = تاريخ القيمة هو عادةً تاريخ الإعلان، قريباً من بداية الفترة؛ تحقق منه، لأن التحويلات تستخدم سعر ذلك اليوم.
issue-lifecycle-published_without_validation = التعهد منشور لكن ليس له طابع زمني للتحقق
    .title = تعهد منشور ليس له طابع زمني للتحقق.
    .guidance = سجّل `validatedAt` عندما تتحقق الأمانة من التعهد.
issue-lifecycle-validated_before_submitted = جرى التحقق من التعهد قبل تقديمه
    .title = جرى التحقق من التعهد قبل تقديمه.
    .guidance = تحقق من `submittedAt` و`validatedAt`.
issue-lifecycle-timestamp_in_future = الطابع الزمني لاحق للتاريخ المرجعي { $asOf }
    .title = طابع زمني للتقديم أو للتحقق لاحق للتاريخ المرجعي.
    .guidance = تحقق من الطابع الزمني ومن منطقته الزمنية.
issue-lifecycle-completed_before_end = التعهد موسوم بأنه مكتمل لكنه ينتهي في { $end }، بعد { $asOf }
    .title = التعهد موسوم بأنه مكتمل بينما لم يحل تاريخ نهايته بعد.
    .guidance = تحقق من الحالة، أو قدّم تاريخ النهاية إلى تاريخ اكتمال العمل.
issue-lifecycle-illegal_transition = لا يمكن أن تتغير حالة المراجعة من `{ $from }` إلى `{ $to }`
    .title = لا يمكن أن تنتقل حالة المراجعة من الحالة السابقة إلى الجديدة.
    .guidance = اتبع مسار المراجعة؛ وانظر `can_transition` للتغييرات المسموح بها.
issue-lifecycle-id_changed = تغيّر المعرِّف من { $old } إلى { $new }
    .title = تحديث يغيّر معرِّف التعهد.
    .guidance = أبقِ معرِّف التعهد ثابتاً؛ وأنشئ بدلاً من ذلك تعهداً جديداً بعلاقة `supersedes`.

issue-beneficiaries-negative_count = العدد { $value } سالب
    .title = عدد أشخاص سالب.
    .guidance = أعطِ عدد الأشخاص صفراً أو أكثر.
issue-beneficiaries-exceeds_world_population = عدد الأشخاص { $value } أكبر من عدد سكان العالم ({ $max })
    .title = عدد أشخاص يتجاوز عدد سكان العالم.
    .guidance = تحقق من عدم وجود أرقام زائدة؛ فالمقصود أشخاص، لا ساعات عمل ولا توصيلات.
issue-beneficiaries-implausible_target_year = السنة المستهدفة { $value } قبل عام 2000 أو بعد عام 2100 أو خارج فترة التعهد
    .title = السنة المستهدفة للمستفيدين قبل عام 2000 أو بعد عام 2100 أو خارج فترة التعهد.
    .guidance = أعطِ السنة التي يُراد بلوغ هؤلاء الأشخاص بحلولها.

issue-reports-before_submission = تاريخ التقرير سابق لتقديم التعهد ({ $submittedAt })
    .title = تقرير مرحلي بتاريخ سابق لتقديم التعهد.
    .guidance = تحقق من تاريخ التقرير ومن `submittedAt`.
issue-reports-after_as_of = تاريخ التقرير لاحق للتاريخ المرجعي { $asOf }
    .title = تقرير مرحلي بتاريخ لاحق للتاريخ المرجعي (في المستقبل).
    .guidance = أرّخ التقرير بيوم إعداده.
issue-reports-out_of_order = تاريخ التقرير سابق للتقرير السابق ({ $previousDate })
    .title = التقارير المرحلية ليست مرتبة حسب التاريخ.
    .guidance = رتّب التقارير المرحلية من الأقدم إلى الأحدث.
issue-reports-people_decreased = انخفض عدد الأشخاص الذين تم بلوغهم عن { $previous } في التقرير { $previousIndex }
    .title = العدد التراكمي للأشخاص الذين تم بلوغهم في تقرير أقل منه في تقرير سابق.
    .guidance = عدد الأشخاص الذين تم بلوغهم تراكمي حتى تاريخ التقرير؛ تحقق من الأرقام.
issue-reports-delivered_exceeds_value = المبلغ المصروف يتجاوز المبلغ المعلن { $announced }
    .title = المبلغ المصروف في تقرير يتجاوز القيمة المعلنة للتعهد بالعملة نفسها.
    .guidance = تحقق من المبلغ، أو حدّث قيمة التعهد إذا زادت (اضبط `isFloor` للحدود الدنيا المعلنة).

issue-batch-duplicate_id = المعرِّف { $value } مستخدم من قبل في التعهد { $firstIndex }
    .title = تعهدان في الدفعة لهما المعرِّف نفسه.
    .guidance = أعطِ كل تعهد معرِّفاً فريداً؛ و`firstIndex` في المعلمات هو التعهد الأسبق.
issue-batch-likely_duplicate = للتعهد { $firstIndex } الكيان الرئيسي والعنوان والمبلغ أنفسهم
    .title = تعهدان لهما الكيان الرئيسي والعنوان والمبلغ أنفسهم: على الأرجح التعهد نفسه قُدّم مرتين.
    .guidance = احتفظ بأحدهما، أو اربط بينهما بعلاقة إذا كان كلاهما حقيقياً.
issue-batch-unknown_relation_target = لا يوجد في الدفعة تعهد معرِّفه { $value }
    .title = علاقة تذكر معرِّف تعهد غير موجود في الدفعة.
    .guidance = تحقق من المعرِّف، أو تحقق من الدفعة مع التعهد المرتبط.

## Format 1.1 texts not translated yet: English is shown in their place (README.md:
## "Adding an issue code or a report text").

# p2c-fallback: issue-geography-unspecified_region_not_declared
# p2c-fallback: issue-lifecycle-date_after_as_of
# p2c-fallback: issue-lifecycle-date_before_coalition
# p2c-fallback: issue-lifecycle-event_after_as_of
# p2c-fallback: issue-lifecycle-no_announcement_date
# p2c-fallback: issue-money-approximate_floor
# p2c-fallback: issue-money-components_exceed_amount
# p2c-fallback: issue-money-conflicting_bounds
# p2c-fallback: issue-money-no_rate_at_date
# p2c-fallback: issue-money-not_a_currency
# p2c-fallback: issue-money-per_year_without_period
# p2c-fallback: issue-money-range_inverted
# p2c-fallback: issue-money-stated_equivalent_same_currency
# p2c-fallback: issue-money-years_without_per_year
# p2c-fallback: issue-sdgs-duplicate_goal
# p2c-fallback: issue-sdgs-target_outside_goal
# p2c-fallback: issue-sdgs-unknown_goal
# p2c-fallback: issue-sdgs-unknown_target
# p2c-fallback: issue-structure-requires_version
# p2c-fallback: issue-taxonomy-unknown_beside_known
# p2c-fallback: issue-taxonomy-unknown_event
# p2c-fallback: issue-taxonomy-value_unknown

# sheet: English until translated
# p2c-fallback: issue-sheet-unreadable
# p2c-fallback: issue-sheet-encrypted
# p2c-fallback: issue-sheet-limit_exceeded
# p2c-fallback: issue-sheet-missing_sheet
# p2c-fallback: issue-sheet-unknown_sheet
# p2c-fallback: issue-sheet-duplicate_sheet
# p2c-fallback: issue-sheet-hidden_sheet
# p2c-fallback: issue-sheet-misspelled_column
# p2c-fallback: issue-sheet-unknown_column
# p2c-fallback: issue-sheet-duplicate_column
# p2c-fallback: issue-sheet-missing_column
# p2c-fallback: issue-sheet-unknown_pledge
# p2c-fallback: issue-sheet-missing_pledge_id
# p2c-fallback: issue-sheet-inexact_number
# p2c-fallback: issue-sheet-formula
# p2c-fallback: issue-sheet-merged_cells
# p2c-fallback: issue-sheet-error_value
# p2c-fallback: issue-sheet-invalid_date
