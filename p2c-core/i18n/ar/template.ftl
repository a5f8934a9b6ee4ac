### نموذج جدول البيانات (ورقة README، والقوائم المنسدلة، ومصنف المشكلات)، بالعربية.
### المصدر: النص الإنكليزي في p2c-core/src/sheets/text.rs (`sheet.readme.title` → `template-sheet-readme-title`).
### لا تُترجم أسماء الأوراق ولا مسارات الأعمدة ولا الرموز.

## origin: p2c (ترجمات أُعدّت لـ p2c)

template-sheet-readme-title = تعهدات Partner2Connect: كيف يُملأ هذا المصنف
template-sheet-readme-intro1 = كل ورقة جدول. لورقة pledges صف واحد لكل تعهد؛ ولكل ورقة أخرى صف واحد لكل عنصر من قائمة في تعهد (بلد، أو شريك، أو تقرير تقدم)، وعمودها الأول هو معرّف التعهد الذي ينتمي إليه الصف. وتحتفظ الصفوف بترتيبها.
template-sheet-readme-intro2 = يحتوي الصف 1 من كل ورقة عناوين الأعمدة والصف 2 المسارات الآلية؛ فلا تغيّرهما. ابدأ بياناتك في الصف 3. ويجوز إعادة ترتيب الأعمدة؛ ويجوز ترك العمود الذي لا يحتاج إليه التعهد فارغاً.
template-sheet-readme-intro3 = المبالغ خلايا نصية، كي لا يُقرَّب أي رقم: اكتبها أعداداً بسيطة مثل 5600000000 أو 258.8، بلا فواصل آلاف ولا رموز عملات. والتواريخ خلايا تاريخ؛ أما التواريخ الجزئية (2021، 2021-06) والطوابع الزمنية فنصوص.
template-sheet-readme-intro4 = تعرض الأعمدة التي فيها قائمة رموز قائمة منسدلة؛ والرموز وتسمياتها في ورقة codes. وفي الخلية التي فيها عدة قيم، افصل بينها بفاصلة منقوطة (;).
template-sheet-readme-intro5 = تحقق من المصنف بعد ملئه باستخدام p2c: يُبلَّغ عن كل مشكلة مع ورقتها وصفها وخليتها.
template-sheet-readme-sheet = الورقة
template-sheet-readme-column = عنوان العمود
template-sheet-readme-path = المسار
template-sheet-readme-type = النوع
template-sheet-readme-required = إلزامي
template-sheet-readme-codes = الرموز
template-sheet-readme-description = الوصف
template-sheet-readme-yes = نعم
template-sheet-readme-key = معرّف التعهد الذي ينتمي إليه هذا الصف (معرّف تعهد من ورقة pledges).
template-sheet-readme-list = عدة قيم يفصل بينها ;
template-sheet-readme-json = نص JSON
template-sheet-codes-code = الرمز
template-sheet-codes-label = التسمية
template-sheet-input-codes = اختر رمزاً من القائمة؛ والتسميات في ورقة codes.
template-sheet-input-open = تُقبل أيضاً رموز أخرى سليمة الشكل.
template-sheet-error-title = ليس رمزاً في هذه القائمة
template-sheet-error-message = اختر قيمة من القائمة المنسدلة؛ وتسردها ورقة codes مع تسمياتها.
template-sheet-pledges-title = التعهدات
template-sheet-issues-cell = الخلية
template-sheet-issues-sheet = الورقة
template-sheet-issues-row = الصف
template-sheet-issues-column = العمود
template-sheet-issues-path = مؤشر JSON
template-sheet-issues-code = الرمز
template-sheet-issues-severity = الخطورة
template-sheet-issues-message = الرسالة
template-sheet-issues-guidance = ما العمل
template-sheet-issues-original = الخلية في الملف الوارد
template-sheet-type-text = نص
template-sheet-type-code = رمز
template-sheet-type-decimal = عدد عشري
template-sheet-type-date = تاريخ
template-sheet-type-partialDate = تاريخ جزئي
template-sheet-type-timestamp = طابع زمني
template-sheet-type-integer = عدد صحيح
template-sheet-type-boolean = قيمة منطقية
