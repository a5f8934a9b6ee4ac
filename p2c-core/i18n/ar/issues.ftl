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

## origin: p2c (ترجمات أُعدّت لـ p2c: الصيغة 1.1 وجداول البيانات)

issue-structure-requires_version = يتطلب { $feature } قيمة formatVersion `{ $requires }`؛ وهذه الوثيقة تعلن `{ $declared }` (أعلن `{ $requires }`: كل وثيقة { $declared } وثيقة { $requires } صالحة)
    .title = تستخدم الوثيقة حقلاً أو رمزاً أو تاريخ قيمة جزئياً من إصدار صيغة أحدث من الإصدار الذي تعلنه.
    .guidance = أعلن في `formatVersion` الإصدار المذكور في `requires` (كل وثيقة 1.0 وثيقة 1.1 صالحة؛ ويفعل ذلك `migrate`)، أو احذف العنصر المذكور في `feature`.
issue-taxonomy-unknown_event = { $value } ليس فعالية أو حملة معروفة من فعاليات P2C
    .title = رمز فعالية سليم الشكل لكنه غير وارد في قائمة p2c لفعاليات P2C وحملاتها المعروفة.
    .guidance = تحقق من الرمز في قائمة الرموز `p2cEvent`؛ فقد تكون الفعالية الجديدة صحيحة، وسيتعرفها p2c في إصدار لاحق.
issue-taxonomy-unknown_beside_known = `unknown` مدرج بجانب قيم فعلية
    .title = قائمة تذكر `unknown` بجانب قيم فعلية.
    .guidance = تعني `unknown` أن المصدر لا يذكر أي قيمة: اتركها وحدها، أو احذفها واحتفظ بالقيم التي يذكرها المصدر.
issue-taxonomy-value_unknown = `{ $field }` غير معروف: لا يذكره المصدر
    .title = تصنيف إلزامي قيمته `unknown`: لا يذكره المصدر.
    .guidance = لا شيء يُصحَّح إذا سكت المصدر؛ تحتسب لوحات المتابعة التعهد تحت `unknown`، ولا تحتسبه أبداً تحت قيمة مفترضة. املأه عندما يذكره مصدر.
issue-sdgs-unknown_goal = { $value } ليس هدفاً من أهداف التنمية المستدامة (من 1 إلى 17)
    .title = رقم هدف من أهداف التنمية المستدامة ليس بين 1 و17.
    .guidance = أعطِ رقم أحد أهداف التنمية المستدامة السبعة عشر.
issue-sdgs-unknown_target = { $value } ليس غاية من غايات خطة عام 2030
    .title = غاية من غايات أهداف التنمية المستدامة ليست من الغايات الـ 169 لخطة التنمية المستدامة لعام 2030.
    .guidance = اكتب الغايات كما في خطة عام 2030: رقم الهدف، ثم نقطة، ثم رقم الغاية أو حرفها (`9.1`، `9.c`).
issue-sdgs-target_outside_goal = الغاية { $value } تنتمي إلى الهدف { $goal } من أهداف التنمية المستدامة، لا إلى الهدف { $listedUnder }
    .title = غاية من غايات أهداف التنمية المستدامة تنتمي إلى هدف غير الهدف المدرجة تحته.
    .guidance = أدرج الغاية تحت هدفها (`goal` في المعلمات)، مع إضافة ذلك الهدف إذا لزم.
issue-sdgs-duplicate_goal = الهدف { $goal } من أهداف التنمية المستدامة مدرج مرتين (أولاً عند الفهرس { $firstIndex })
    .title = الهدف نفسه من أهداف التنمية المستدامة مدرج أكثر من مرة.
    .guidance = أدرج كل هدف مرة واحدة، مع جميع غاياته.
issue-money-not_a_currency = `{ $currency }` رمز في ISO 4217 لكنه ليس عملة ({ $kind ->
        [precious_metal] معدن نفيس
        [bond_market_unit] وحدة سوق السندات
        [testing] رمز اختبار
       *[no_currency] لا عملة
    })
    .title = رمز عملة وارد في ISO 4217 لكنه ليس عملة: رمز اختبار، أو "لا عملة"، أو معدن نفيس، أو وحدة سوق السندات.
    .guidance = أعطِ العملة التي أُعلن بها المبلغ؛ فالرموز `XXX` و`XTS` و`XAU` و`XAG` و`XPD` و`XPT` و`XBA`–`XBD` ليست أبداً عملة تعهد.
issue-money-no_rate_at_date = لا يحوّل أي جدول أسعار مدمج `{ $currency }` إلى `{ $to }` في { $valueDate }
    .title = لا يستطيع أي جدول أسعار صرف مدمج تحويل المبلغ إلى الدولار الأمريكي في تاريخ قيمته.
    .guidance = سيُدرج التعهد غير محوَّل في المجاميع بالدولار الأمريكي: أضف `explicitRate` إلى الدولار أو `statedEquivalent` بالدولار إذا ذكره المصدر، أو حمِّل جدول أسعار يشمل العملة.
issue-money-per_year_without_period = يحتاج المبلغ السنوي إلى `years` أو إلى فترة لها سنة بداية وسنة نهاية
    .title = مبلغ سنوي لا يذكر عدد السنوات ولا فترة لها سنة بداية وسنة نهاية.
    .guidance = أعطِ `years` ("على مدى السنوات الخمس المقبلة": 5) أو `period` التعهد؛ فبدونهما لا يمكن استنتاج إجمالي، ولا يُختلق إجمالي.
issue-money-years_without_per_year = `years` مذكور لمبلغ ليس سنوياً
    .title = عدد سنوات مذكور لمبلغ ليس سنوياً.
    .guidance = اجعل `basis` مساوياً `per_year` إذا كان المبلغ سنوياً، أو احذف `years`.
issue-money-range_inverted = الحد الأقصى للنطاق { $maxAmount } أقل من حده الأدنى { $minAmount }
    .title = الحد الأقصى لنطاق أقل من حده الأدنى.
    .guidance = `amount` هو الحد الأدنى و`maxAmount` هو الحد الأعلى للنطاق.
issue-money-conflicting_bounds = وُصف المبلغ بأكثر من وصف واحد من بين الحد الأدنى والحد الأقصى والنطاق ({ $qualifiers })
    .title = مبلغ موصوف بأكثر من وصف واحد من بين الحد الأدنى والحد الأقصى والنطاق.
    .guidance = احتفظ بالوصف الذي يذكره المصدر: `isFloor` لعبارة "أكثر من"، و`isCeiling` لعبارة "حتى"، و`maxAmount` لعبارة "من … إلى …".
issue-money-approximate_floor = المبلغ حد أدنى وتقريبي في آن واحد
    .title = مبلغ هو حد أدنى وتقريبي في آن واحد.
    .guidance = عبارة "أكثر من نحو" ملتبسة: احتفظ بالوصف الذي يذكره المصدر.
issue-money-stated_equivalent_same_currency = المعادل المعلن بعملة المبلغ نفسها
    .title = المعادل المعلن بعملة المبلغ نفسها.
    .guidance = المعادل المعلن هو رقم الجهة المعلنة بعملة أخرى ("2 مليار دولار كندي (1.46 مليار دولار أمريكي)").
issue-money-components_exceed_amount = مجموع المكونات { $componentsSum }، وهو أكثر من المبلغ { $amount }
    .title = مجموع مكونات حزمة أكثر من مبلغها.
    .guidance = المكونات داخلة في المبلغ: تحقق من الأرقام، أو ارفع المبلغ (مع `isFloor` إذا لم يُعرف إلا بعضها).
issue-geography-unspecified_region_not_declared = `{ $region }` ليست من بين المناطق
    .title = بلدان غير مسماة مذكورة في منطقة ليست من بين المناطق المعلنة.
    .guidance = أضف المنطقة إلى `regions`، أو احذفها من `unspecifiedCountriesIn`.
issue-lifecycle-date_after_as_of = التاريخ { $value } لاحق للتاريخ المرجعي { $asOf }
    .title = تاريخ قيمة أو تاريخ إعلان لاحق للتاريخ المرجعي.
    .guidance = أرّخ المبلغ والإعلان بوقت صدورهما؛ فالتحويل في تاريخ مستقبلي ليس له سعر صرف.
issue-lifecycle-date_before_coalition = التاريخ { $value } سابق لإطلاق Partner2Connect (مارس 2021)
    .title = تاريخ قيمة أو تاريخ إعلان سابق لوجود Partner2Connect (مارس 2021).
    .guidance = تحقق من التاريخ: أُطلق P2C في مارس 2021. ويجوز للتعهد الذي يعيد ذكر التزام أقدم أن يحتفظ بتاريخ القيمة الأقدم، لكن عليه أن يذكر ذلك في الملاحظات.
issue-lifecycle-no_announcement_date = لا تاريخ إعلان: يُحتسب التعهد في أي تاريخ مرجعي
    .title = ليس للتعهد تاريخ إعلان.
    .guidance = أعطِ `announcedOn` بالدقة التي يذكرها المصدر (سنة أو شهر أو يوم)؛ فبدونه يُحتسب التعهد في أي تاريخ مرجعي.
issue-lifecycle-event_after_as_of = تبدأ الفعالية `{ $event }` في { $start }، بعد التاريخ المرجعي { $asOf }
    .title = تعهد يذكر فعالية تبدأ بعد التاريخ المرجعي.
    .guidance = لا يمكن أن يكون التعهد قد أُعلن في فعالية لم تحدث بعد: تحقق من رمز الفعالية ومن التاريخ المرجعي.

issue-sheet-unreadable = { $what ->
        [workbook] لا يمكن قراءة الملف كمصنف: { $reason }
        [sheet] لا يمكن قراءة الورقة `{ $sheet }`: { $reason }
        [chart] الورقة { $value } مخطط بياني، لا ورقة عمل
        [encoding] الملف `{ $sheet }` ليس نصاً بترميز UTF-8 (أول بايت غير صالح عند الموضع { $offset })؛ احفظه بصيغة CSV UTF-8
       *[csv] الملف `{ $sheet }` ليس ملف CSV صالحاً: { $reason }
    }
    .title = الملف ليس مصنفاً أو ملف CSV يستطيع p2c قراءته.
    .guidance = احفظ الملف مصنف Excel ‏(.xlsx) أو ملف CSV بترميز UTF-8؛ ولا يمكن قراءة ملفات .xls القديمة وملفات OpenDocument والملفات التالفة (`reason` في المعلمات يذكر السبب).
issue-sheet-encrypted = المصنف محمي بكلمة مرور
    .title = المصنف محمي بكلمة مرور، فلا يمكن قراءة محتواه.
    .guidance = أزل كلمة المرور (في Excel: ملف، معلومات، حماية المصنف، تشفير باستخدام كلمة مرور، ثم امسحها)، واحفظ الملف وأرسله مرة أخرى.
issue-sheet-limit_exceeded = { $scope ->
        [workbook] يتجاوز المصنف الحد `{ $limit }` البالغ { $max } (وُجد { $actual } على الأقل)؛ ولم يُقرأ
        [files] يتجاوز حجم ملفات CSV بالبايت الحد `{ $limit }` البالغ { $max } (وُجد { $actual })
       *[sheet] يتجاوز `{ $sheet }` الحد `{ $limit }` البالغ { $max } (وُجد { $actual } على الأقل)؛ ولم يُقرأ شيء بعده
    }
    .title = المصنف أكبر من حد مضبوط؛ ولم يُقرأ (أو لم يُقرأ بعد الحد).
    .guidance = قسّم البيانات إلى ملفات أصغر، أو ارفع الحد المذكور في `limit` (`sheetLimits.maxBytes`، `maxUncompressedBytes`، `maxParts`، `maxSharedStrings`، `maxRows`، `maxCells`) إذا كان الحجم متوقعاً.
issue-sheet-missing_sheet = { $table ->
        [pledges] ليس في المصنف ورقة `pledges`، فلا يحتوي على أي تعهد
       *[other] ليس في المصنف ورقة `{ $table }` ({ $title })، التي يحتاج إليها كل تعهد
    }
    .title = ورقة تحتاج إليها التعهدات مفقودة.
    .guidance = أضف الورقة المذكورة في `table` (انظر ورقة README في النموذج)، أو أعطِ قيمها في عمود واحد من ورقة التعهدات.
issue-sheet-unknown_sheet = الورقة { $value } ليست جزءاً من تخطيط التعهدات؛ ولم تُقرأ{ $suggested ->
        [yes] ؛ هل تقصد `{ $suggestion }`؟
       *[no] {""}
    }
    .title = ورقة ليست جزءاً من تخطيط التعهدات؛ ولم يُقرأ محتواها.
    .guidance = أعد تسمية الورقة إلى `suggestion` حين تعطيه المعلمات، أو احذفها.
issue-sheet-duplicate_sheet = الورقة { $value } تحتوي الجدول `{ $table }` مرة أخرى؛ ولم يُقرأ إلا الأول
    .title = ورقتان أو ملفان يحتويان الجدول نفسه؛ ولم يُقرأ إلا الأول.
    .guidance = ادمج الصفوف في ورقة واحدة مسماة كما في `table`.
issue-sheet-hidden_sheet = الورقة { $value } مخفية؛ وقد قُرئت صفوفها
    .title = ورقة مخفية تحتوي بيانات تعهدات؛ وقد قُرئت.
    .guidance = أظهر الورقة وتحقق من محتواها، أو احذفها إذا لم يكن المقصود استيراد صفوفها.
issue-sheet-misspelled_column = العمود { $value } ليس جزءاً من التخطيط؛ هل تقصد `{ $suggestion }`؟ ولم تُقرأ قيمه
    .title = عنوان عمود ليس جزءاً من التخطيط لكنه قريب من عنوان مفقود؛ ولم تُقرأ قيمه.
    .guidance = أعد تسمية العنوان إلى `suggestion` (مسار العمود أو عنوانه، كما في النموذج).
issue-sheet-unknown_column = { $kind ->
        [headless] عمود بلا عنوان يحتوي قيماً؛ ولم تُقرأ
       *[named] العمود { $value } ليس جزءاً من التخطيط؛ ولم تُقرأ قيمه
    }
    .title = عنوان عمود ليس جزءاً من التخطيط؛ ولم تُقرأ قيمه.
    .guidance = احذف العمود، أو أعد تسميته بأحد العناوين المدرجة في ورقة README في النموذج.
issue-sheet-duplicate_column = العمود { $value } يحتوي `{ $field }` مرة أخرى؛ ولم يُقرأ إلا أول عمود من هذا النوع
    .title = عمودان في ورقة يحتويان الحقل نفسه؛ ولم يُقرأ إلا الأول.
    .guidance = احتفظ بعمود واحد للحقل المذكور في `field`.
issue-sheet-missing_column = ليس في الورقة `{ $sheet }` عمود `{ $field }` ({ $title })، الذي يحتاج إليه كل صف
    .title = عمود حقل إلزامي مفقود، فلا يحتوي أي صف على ذلك الحقل.
    .guidance = أضف عموداً للحقل المذكور في `field` (عنوانه ومساره في النموذج) واملأه في كل صف.
issue-sheet-unknown_pledge = { $kind ->
        [no_id_column] لا يمكن ربط صفوف الورقة `{ $sheet }` بتعهدات: ليس في ورقة التعهدات عمود `id`
       *[unknown_id] التعهد { $value } ليس في ورقة التعهدات؛ ولم يُقرأ الصف { $row } من الورقة `{ $sheet }`
    }
    .title = صف يذكر معرّف تعهد ليس في ورقة التعهدات؛ ولم يُقرأ.
    .guidance = صحّح المعرّف في العمود الأول من الصف، أو أضف التعهد إلى ورقة التعهدات.
issue-sheet-missing_pledge_id = الصف { $row } من الورقة `{ $sheet }` لا يذكر تعهده؛ ولم يُقرأ
    .title = صف في ورقة قائمة لا يذكر تعهده؛ ولم يُقرأ.
    .guidance = املأ العمود الأول من الصف بمعرّف التعهد الذي ينتمي إليه.
issue-sheet-inexact_number = تحتوي الخلية الرقمية { $value }، وهو ليس عدداً عشرياً دقيقاً من { $digits } رقماً على الأكثر؛ اكتب القيمة المقصودة نصاً
    .title = خلية رقمية تحتوي كسراً ثنائياً ليس عدداً عشرياً قصيراً (مثل 0.1 + 0.2 = 0.30000000000000004)، فقيمتها المقصودة غير معروفة.
    .guidance = اكتب القيمة نصاً، أو قرّبها في الخلية إلى العدد العشري المقصود؛ فلا يقرّب p2c المبالغ أبداً.
issue-sheet-formula = { $withoutValue ->
        [0] في العمود { $column } خلايا صيغ عددها { $count } (أولاها { $first })؛ وقد قُرئت قيمها المحسوبة
       *[other] في العمود { $column } خلايا صيغ عددها { $count } (أولاها { $first })؛ وقد قُرئت قيمها المحسوبة، وقُرئت { $withoutValue } منها بلا قيمة على أنها فارغة
    }
    .title = خلايا عمود تحتوي صيغاً؛ وقد قُرئت القيم التي حسبها برنامج الجداول آخر مرة.
    .guidance = استبدل بالصيغ قيمها (انسخ، ثم الصق القيم فقط)؛ فالصيغة التي لم يحسبها البرنامج قط تُقرأ فارغة (`withoutValue` في المعلمات يعدّها).
issue-sheet-merged_cells = { $kind ->
        [more] نطاقات مدمجة أخرى غير مدرجة: { $count }
       *[range] الخلايا { $range } مدمجة؛ ولا يحتوي قيمة إلا { $first }
    }
    .title = خلايا مدمجة؛ لا تحتوي قيمة إلا الخلية الأولى من النطاق، وتُقرأ الأخرى فارغة.
    .guidance = ألغِ دمج الخلايا (`range` في المعلمات) واملأ كلاً منها.
issue-sheet-error_value = تحتوي الخلية الخطأ `{ $error }`
    .title = خلية تحتوي خطأ جدول بيانات مثل #N/A أو #DIV/0!.
    .guidance = استبدل بالخطأ القيمة التي ينبغي أن تكون فيها.
issue-sheet-invalid_date = الرقم التسلسلي للتاريخ { $value } في الخلية ليس تاريخاً تقويمياً
    .title = خلية تاريخ أو رقم تسلسلي لتاريخ ليس تاريخاً تقويمياً.
    .guidance = اكتب التاريخ بالصيغة YYYY-MM-DD، أو نسّق الخلية كتاريخ.
