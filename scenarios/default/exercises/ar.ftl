### Every exercise's texts in Arabic (ar): title, description, story, and per step its instruction with three hints (a nudge, a pointer, "show me").
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

## fuldmagt-betroet-medarbejder
fuldmagt-betroet-medarbejder-title = موظف موثوق: الموافقة نيابةً عن مواطن
fuldmagt-betroet-medarbejder-description = يستطيع الموظف الموثوق أن يوافق على طلب نيابةً عن مواطن لا يستطيع استخدام "Digital Post" (البريد الرقمي).
fuldmagt-betroet-medarbejder-story = طلبت Mette من جدتها لأبيها Erna "fuldmagt" (توكيلًا). تعيش Erna في دار رعاية، ولا تستطيع الرد إلكترونيًا. تساعد في ذلك Lone من "Borgerservice" (خدمة المواطنين).
fuldmagt-betroet-medarbejder-step-1 = سجّل الدخول باسم Lone Madsen باستخدام "NemID" و"nøglekort" (بطاقة المفاتيح).
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). ستجد هناك كل الأشخاص.
    .hint-2 = اضغط على "Log på som Lone Madsen" (تسجيل الدخول باسم Lone Madsen). كلمة المرور مكتوبة على بطاقة الشخص.
    .hint-3 = اكتب كلمة المرور، واضغط على "Næste" (التالي). اضغط على "Vis nøglekort" (أظهر بطاقة المفاتيح)، وابحث فيها عن "nøglenummer" (رقم المفتاح)، ثم اكتب الرمز المكوّن من 6 أرقام المكتوب بجانبه. ثم اضغط على "Log på" (تسجيل الدخول).
fuldmagt-betroet-medarbejder-step-2 = وافق على طلب Mette نيابةً عن Erna Holm، بعد أن تتحقق من هويتها.
    .hint-1 = تجد Lone الحالات في "Digital fuldmagt" (التوكيل الرقمي).
    .hint-2 = قبل أن توافق، ضع علامة في المربع بجانب "Jeg har kontrolleret borgerens identitet" (لقد تحققت من هوية المواطن).
    .hint-3 = اذهب إلى "Digital fuldmagt"، وضع علامة في مربع الهوية تحت اسم Erna Holm، ثم اضغط على "Godkend" (موافقة).

## fuldmagt-giv
fuldmagt-giv-title = امنح "fuldmagt" (توكيلًا) رقميًا
fuldmagt-giv-description = بواسطة "fuldmagt" (التوكيل) يستطيع شخص آخر أن يتصرّف نيابةً عنك في خدمات ذاتية تختارها أنت.
fuldmagt-giv-story = تريد Karen أن تسمح لابنتها Mette بأن تغيّر طبيبها نيابةً عنها.
fuldmagt-giv-step-1 = سجّل الدخول باسم Karen Jensen باستخدام "NemID" و"nøglekort" (بطاقة المفاتيح).
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). ستجد هناك كل الأشخاص.
    .hint-2 = اضغط على "Log på som Karen Jensen" (تسجيل الدخول باسم Karen Jensen). كلمة المرور مكتوبة على بطاقة الشخص.
    .hint-3 = اكتب كلمة المرور، واضغط على "Næste" (التالي). اضغط على "Vis nøglekort" (أظهر بطاقة المفاتيح)، وابحث فيها عن "nøglenummer" (رقم المفتاح)، ثم اكتب الرمز المكوّن من 6 أرقام المكتوب بجانبه. ثم اضغط على "Log på" (تسجيل الدخول).
fuldmagt-giv-step-2 = امنح Mette "fuldmagt" (توكيلًا) لخدمة "Skift læge" (تغيير الطبيب)، ثم وقّع.
    .hint-1 = من صفحتك الرئيسية، اذهب إلى "Digital fuldmagt" (التوكيل الرقمي).
    .hint-2 = اضغط على "Giv fuldmagt" (امنح توكيلًا)، وضع علامة بجانب "Skift læge".
    .hint-3 = اكتب Mette Jensen Holm والرقم 551077-2344، وضع علامة بجانب "Skift læge"، واختر "Indtil den slettes" (إلى أن يُحذف)، ثم اضغط على "Næste" (التالي) ثم على "Underskriv" (وقّع) باستخدام المفتاح.

## fuldmagt-skift-laege
fuldmagt-skift-laege-title = اطلب "fuldmagt" (توكيلًا) وغيّر الطبيب لأمك
fuldmagt-skift-laege-description = المساعد يطلب "fuldmagt" (توكيلًا)، والشخص الذي يعطي التوكيل يوافق، ثم يستخدمه المساعد.
fuldmagt-skift-laege-story = تريد Mette أن تساعد أمها Karen في تغيير طبيبها. ستقوم أنت بالدورين معًا.
fuldmagt-skift-laege-step-1 = بصفتك Mette: اطلب من Karen "fuldmagt" (توكيلًا) لخدمة "Skift læge" (تغيير الطبيب). بصفتك Karen: وافق عليه.
    .hint-1 = ابدأ بصفتك Mette في "Digital fuldmagt" (التوكيل الرقمي).
    .hint-2 = الخيار "Anmod om fuldmagt" (اطلب توكيلًا) يرسل طلبًا، وتوقّع Mette عليه بمفتاحها. ثم توافق Karen عليه في "Digital fuldmagt".
    .hint-3 = بصفتك Mette: اضغط على "Anmod om fuldmagt"، واكتب Karen Jensen والرقم 420348-1236، واختر "Skift læge"، واضغط على "Næste" (التالي)، ثم على "Underskriv" (وقّع) بمفتاح Mette. سجّل الخروج بالضغط على "Log af". بصفتك Karen: اضغط على "Godkend" (موافقة) ثم على "Underskriv" (وقّع) بمفتاح Karen.
fuldmagt-skift-laege-step-2 = سجّل الدخول باسم Mette، وغيّر طبيب Karen نيابةً عنها.
    .hint-1 = خدمة "Skift læge" (تغيير الطبيب) موجودة في الصفحة الرئيسية.
    .hint-2 = اختر Karen Jensen تحت السؤال "Hvem skifter du læge for?" (لمن تغيّر الطبيب؟).
    .hint-3 = سجّل الدخول باسم Mette، واضغط على "Skift læge"، واختر Karen Jensen وطبيبًا جديدًا، ثم اضغط على "Skift læge".

## hjaelp-anmod-laes
hjaelp-anmod-laes-title = بصفتك مساعدًا: اطلب الإذن واقرأ البريد
hjaelp-anmod-laes-description = المساعد يطلب الإذن، وصاحب صندوق البريد يوافق، ثم ينتقل المساعد إلى صندوق البريد الآخر.
hjaelp-anmod-laes-story = تريد Mette أن تساعد أمها Karen في بريدها. ستقوم أنت بالدورين معًا.
hjaelp-anmod-laes-step-1 = سجّل الدخول باسم Mette، واطلب من Karen "læseadgang" (إذن القراءة).
    .hint-1 = المساعِدة هي Mette. سجّل الدخول باسمها أولًا.
    .hint-2 = في "Digital Post"، تحت "Læse- og skriveadgang" (إذن القراءة والكتابة)، ستجد "Anmod om adgang" (اطلب الإذن).
    .hint-3 = اكتب Karen Jensen والرقم 420348-1236، واختر "Læseadgang" (إذن القراءة)، ثم اضغط على "Send anmodning" (أرسل الطلب).
hjaelp-anmod-laes-step-2 = سجّل الخروج، ثم سجّل الدخول باسم Karen، ووافق على الطلب بمفتاح.
    .hint-1 = الآن يجب أن يردّ صاحب صندوق البريد.
    .hint-2 = سجّل الدخول باسم Karen. ستجد الطلب تحت "Læse- og skriveadgang" (إذن القراءة والكتابة).
    .hint-3 = اضغط على "Godkend" (موافقة) بجانب الطلب، ثم وقّع بالمفتاح من "nøglekort" (بطاقة المفاتيح) الخاصة بـ Karen.
hjaelp-anmod-laes-step-3 = سجّل الدخول باسم Mette مرة أخرى، وافتح صندوق بريد Karen.
    .hint-1 = يجب على المساعد أن ينتقل إلى صندوق بريد آخر.
    .hint-2 = الخيار "Skift postkasse" (تبديل صندوق البريد) موجود في أعلى "Digital Post".
    .hint-3 = سجّل الدخول باسم Mette، واختر Karen Jensen في "Skift postkasse"، ثم اضغط على "Skift" (تبديل).

## hjaelp-laeseadgang-mappe
hjaelp-laeseadgang-mappe-title = امنح ابنتك "læseadgang" (إذن القراءة) لمجلد واحد فقط
hjaelp-laeseadgang-mappe-description = مع "læseadgang" (إذن القراءة) يستطيع المساعد أن يقرأ بريدك – وهنا مجلد Sundhed (الصحة) فقط.
hjaelp-laeseadgang-mappe-story = تريد Karen أن تساعدها ابنتها Mette في رسائلها عن الصحة، ولكن ليس في باقي الرسائل.
hjaelp-laeseadgang-mappe-step-1 = سجّل الدخول باسم Karen Jensen باستخدام "NemID" و"nøglekort" (بطاقة المفاتيح).
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). ستجد هناك كل الأشخاص.
    .hint-2 = اضغط على "Log på som Karen Jensen" (تسجيل الدخول باسم Karen Jensen). كلمة المرور مكتوبة على بطاقة الشخص.
    .hint-3 = اكتب كلمة المرور، واضغط على "Næste" (التالي). اضغط على "Vis nøglekort" (أظهر بطاقة المفاتيح)، وابحث فيها عن "nøglenummer" (رقم المفتاح)، ثم اكتب الرمز المكوّن من 6 أرقام المكتوب بجانبه. ثم اضغط على "Log på" (تسجيل الدخول).
hjaelp-laeseadgang-mappe-step-2 = امنح Mette Jensen Holm "læseadgang" (إذن القراءة) لمجلد Sundhed. أكّد ذلك بمفتاح.
    .hint-1 = ابحث عن "Læse- og skriveadgang" (إذن القراءة والكتابة) في "Digital Post".
    .hint-2 = اضغط على "Giv adgang" (امنح الإذن). رقم CPR الخاص بـ Mette مكتوب في صفحة "Din øvelse" (تمرينك).
    .hint-3 = اكتب Mette Jensen Holm والرقم 551077-2344، واختر "Læseadgang" (إذن القراءة) و"Udvalgte mapper" (مجلدات مختارة)، وضع علامة بجانب Sundhed، ثم اضغط على "Næste" (التالي) ووقّع بالمفتاح.

## nemid-foerste-login
nemid-foerste-login-title = أول تسجيل دخول باستخدام "nøglekort" (بطاقة المفاتيح)
nemid-foerste-login-description = سجّل الدخول باستخدام "NemID": تحتاج إلى "bruger-id" (اسم المستخدم)، وكلمة المرور، ومفتاح من "nøglekort" (بطاقة المفاتيح).
nemid-foerste-login-story = عمر Karen 78 سنة، وقد حصلت على "NemID" مع "nøglekort" (بطاقة مفاتيح من الورق). تريد أن تتمكّن من تسجيل الدخول بنفسها.
nemid-foerste-login-step-1 = سجّل الدخول باسم Karen Jensen باستخدام "NemID" و"nøglekort" (بطاقة المفاتيح).
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). ستجد هناك كل الأشخاص.
    .hint-2 = اضغط على "Log på som Karen Jensen" (تسجيل الدخول باسم Karen Jensen). كلمة المرور مكتوبة على بطاقة الشخص.
    .hint-3 = اكتب كلمة المرور، واضغط على "Næste" (التالي). اضغط على "Vis nøglekort" (أظهر بطاقة المفاتيح)، وابحث فيها عن "nøglenummer" (رقم المفتاح)، ثم اكتب الرمز المكوّن من 6 أرقام المكتوب بجانبه. ثم اضغط على "Log på" (تسجيل الدخول).
nemid-foerste-login-step-2 = افتح "Digital Post" (البريد الرقمي)، واقرأ الرسالة من المستشفى.
    .hint-1 = بعد أن تسجّل الدخول، يمكنك أن تذهب إلى "Digital Post".
    .hint-2 = اضغط على زر "Digital Post" في صفحتك الرئيسية.
    .hint-3 = في "Indbakke" (صندوق الوارد)، اضغط على عنوان الرسالة "Indkaldelse til ambulant undersøgelse i Hjertemedicinsk Ambulatorium".

## nemid-spaerret
nemid-spaerret-title = "NemID" مقفل وكلمة مرور مؤقتة
nemid-spaerret-description = عندما يُقفل "NemID"، تصلك رسالة فيها كلمة مرور مؤقتة. سجّل الدخول بها، ثم اختر كلمة مرور جديدة.
nemid-spaerret-story = أخطأ Poul في الكتابة مرات كثيرة، فأُقفل "NemID" الخاص به. في بريده الورقي رسالة فيها كلمة مرور مؤقتة.
nemid-spaerret-step-1 = ابحث عن كلمة المرور المؤقتة، وسجّل الدخول بها باسم Poul، ثم اختر كلمة مرور جديدة.
    .hint-1 = انظر في بريد Poul الورقي.
    .hint-2 = اضغط على Poul Nielsen في صفحة "Din øvelse" (تمرينك). الرسالة موجودة تحت "Fysisk post" (البريد الورقي).
    .hint-3 = سجّل الدخول بـ "bruger-id" (اسم المستخدم) وبكلمة المرور المؤقتة من الرسالة، ثم اكتب المفتاح من بطاقة المفاتيح، واختر كلمة مرور جديدة، مثلًا Solsikke42، واكتبها مرتين.

## post-besvar-brev
post-besvar-brev-title = ردّ على رسالة
post-besvar-brev-description = يمكنك الرد على بعض الرسائل بالضغط على "Besvar" (رد). بعد ذلك تجد ردّك في "Sendt" (المرسَل).
post-besvar-brev-story = يطلب المستشفى من Karen أن تخبره إذا كان الموعد لا يناسبها. تريد أن ترد بأنها ستحضر.
post-besvar-brev-step-1 = سجّل الدخول باسم Karen Jensen باستخدام "NemID" و"nøglekort" (بطاقة المفاتيح).
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). ستجد هناك كل الأشخاص.
    .hint-2 = اضغط على "Log på som Karen Jensen" (تسجيل الدخول باسم Karen Jensen). كلمة المرور مكتوبة على بطاقة الشخص.
    .hint-3 = اكتب كلمة المرور، واضغط على "Næste" (التالي). اضغط على "Vis nøglekort" (أظهر بطاقة المفاتيح)، وابحث فيها عن "nøglenummer" (رقم المفتاح)، ثم اكتب الرمز المكوّن من 6 أرقام المكتوب بجانبه. ثم اضغط على "Log på" (تسجيل الدخول).
post-besvar-brev-step-2 = ردّ على رسالة المستشفى، واكتب أنك ستحضر.
    .hint-1 = افتح الرسالة من المستشفى.
    .hint-2 = اسم الزر "Besvar" (رد). اكتب في خانة "Besked" (الرسالة).
    .hint-3 = افتح الرسالة، واضغط على "Besvar"، واكتب مثلًا "Tak. Jeg kommer gerne." (شكرًا، سأحضر بكل سرور) في خانة "Besked"، ثم اضغط على "Send" (إرسال).

## post-forsvarets-dag
post-forsvarets-dag-title = ابحث عن الرسالة التي يجب ألّا تفوتك
post-forsvarets-dag-description = يحصل الشباب على "Digital Post" عندما يبلغون 15 سنة. ابحث عن الاستدعاء إلى Forsvarets Dag (يوم الدفاع).
post-forsvarets-dag-story = بلغ Ahmed للتو 15 سنة، وأصبح لديه "Digital Post". هناك رسالة مهمة يجب ألّا تفوته.
post-forsvarets-dag-step-1 = سجّل الدخول باسم Ahmed Abdi Yusuf باستخدام "NemID" و"nøglekort" (بطاقة المفاتيح).
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). ستجد هناك كل الأشخاص.
    .hint-2 = اضغط على "Log på som Ahmed Abdi Yusuf" (تسجيل الدخول باسم Ahmed Abdi Yusuf). كلمة المرور مكتوبة على بطاقة الشخص.
    .hint-3 = اكتب كلمة المرور، واضغط على "Næste" (التالي). اضغط على "Vis nøglekort" (أظهر بطاقة المفاتيح)، وابحث فيها عن "nøglenummer" (رقم المفتاح)، ثم اكتب الرمز المكوّن من 6 أرقام المكتوب بجانبه. ثم اضغط على "Log på" (تسجيل الدخول).
post-forsvarets-dag-step-2 = ابحث عن الاستدعاء إلى Forsvarets Dag واقرأه.
    .hint-1 = الرسائل غير المقروءة عليها نقطة.
    .hint-2 = المُرسِل هو Forsvarsministeriets Personalestyrelse.
    .hint-3 = في "Indbakke" (صندوق الوارد)، اضغط على "Indkaldelse til Forsvarets Dag".

## post-laes-brev
post-laes-brev-title = اقرأ رسالة ومرفقها
post-laes-brev-description = افتح رسالة في "Digital Post"، ثم افتح المرفق كملف PDF.
post-laes-brev-story = وصلت إلى Karen رسالة من المستشفى ومعها مرفق. تريد أن تقرأ كل شيء.
post-laes-brev-step-1 = سجّل الدخول باسم Karen Jensen باستخدام "NemID" و"nøglekort" (بطاقة المفاتيح).
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). ستجد هناك كل الأشخاص.
    .hint-2 = اضغط على "Log på som Karen Jensen" (تسجيل الدخول باسم Karen Jensen). كلمة المرور مكتوبة على بطاقة الشخص.
    .hint-3 = اكتب كلمة المرور، واضغط على "Næste" (التالي). اضغط على "Vis nøglekort" (أظهر بطاقة المفاتيح)، وابحث فيها عن "nøglenummer" (رقم المفتاح)، ثم اكتب الرمز المكوّن من 6 أرقام المكتوب بجانبه. ثم اضغط على "Log på" (تسجيل الدخول).
post-laes-brev-step-2 = افتح الرسالة من المستشفى. وافتح أيضًا المرفق تحت "Dokumenter i brevet" (المستندات في الرسالة).
    .hint-1 = الرسالة موجودة في "Indbakke" (صندوق الوارد).
    .hint-2 = اضغط على عنوان الرسالة في قائمة الرسائل. المرفق رابط ينتهي بـ .pdf.
    .hint-3 = اضغط على "Indkaldelse til ambulant undersøgelse …"، ثم على "Indkaldelse og praktisk information.pdf".

## post-mappe-sundhed
post-mappe-sundhed-title = أنشئ مجلدًا وانقل إليه رسالة
post-mappe-sundhed-description = المجلدات تسهّل العثور على البريد – وتسمح لك بأن تعطي المساعد إذنًا لمجلد واحد فقط.
post-mappe-sundhed-story = وصلت إلى أمك Karen رسالة من المستشفى. تريد أن تجمع رسائلها عن الصحة في مجلد اسمه "Sundhed" (الصحة).
post-mappe-sundhed-step-1 = سجّل الدخول باسم Karen Jensen باستخدام "NemID" و"nøglekort" (بطاقة المفاتيح).
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). ستجد هناك كل الأشخاص.
    .hint-2 = اضغط على "Log på som Karen Jensen" (تسجيل الدخول باسم Karen Jensen). كلمة المرور مكتوبة على بطاقة الشخص.
    .hint-3 = اكتب كلمة المرور، واضغط على "Næste" (التالي). اضغط على "Vis nøglekort" (أظهر بطاقة المفاتيح)، وابحث فيها عن "nøglenummer" (رقم المفتاح)، ثم اكتب الرمز المكوّن من 6 أرقام المكتوب بجانبه. ثم اضغط على "Log på" (تسجيل الدخول).
post-mappe-sundhed-step-2 = أنشئ مجلدًا اسمه Sundhed.
    .hint-1 = انظر في الجهة اليسرى من "Digital Post".
    .hint-2 = اسم الخانة "Navn på mappen" (اسم المجلد)، واسم الزر "Opret mappe" (إنشاء مجلد).
    .hint-3 = اكتب Sundhed في خانة "Navn på mappen"، ثم اضغط على "Opret mappe".
post-mappe-sundhed-step-3 = انقل رسالة المستشفى إلى مجلد Sundhed.
    .hint-1 = ارجع إلى "Indbakke" (صندوق الوارد).
    .hint-2 = ضع علامة بجانب الرسالة، ثم استخدم "Flyt til" (نقل إلى) تحت القائمة.
    .hint-3 = ضع علامة بجانب "Indkaldelse til ambulant undersøgelse …"، واختر Sundhed في "Flyt til"، ثم اضغط على "Flyt" (نقل).

## post-skriv-skat
post-skriv-skat-title = اكتب إلى Skattestyrelsen (مصلحة الضرائب)
post-skriv-skat-description = اكتب رسالة جديدة إلى جهة حكومية: اختر الجهة، واكتب الموضوع والرسالة، ثم أرسلها.
post-skriv-skat-story = عند Poul سؤال عن كشف الضرائب السنوي (årsopgørelse)، ويريد أن يكتب إلى Skattestyrelsen.
post-skriv-skat-step-1 = سجّل الدخول باسم Poul Nielsen باستخدام "NemID" و"nøglekort" (بطاقة المفاتيح).
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). ستجد هناك كل الأشخاص.
    .hint-2 = اضغط على "Log på som Poul Nielsen" (تسجيل الدخول باسم Poul Nielsen). كلمة المرور مكتوبة على بطاقة الشخص.
    .hint-3 = اكتب كلمة المرور، واضغط على "Næste" (التالي). اضغط على "Vis nøglekort" (أظهر بطاقة المفاتيح)، وابحث فيها عن "nøglenummer" (رقم المفتاح)، ثم اكتب الرمز المكوّن من 6 أرقام المكتوب بجانبه. ثم اضغط على "Log på" (تسجيل الدخول).
post-skriv-skat-step-2 = اكتب رسالة جديدة إلى Skattestyrelsen وأرسلها.
    .hint-1 = ابدأ من "Digital Post".
    .hint-2 = اسم الزر "Skriv ny besked" (اكتب رسالة جديدة). ستجد Skattestyrelsen تحت "Staten" (الدولة).
    .hint-3 = اضغط على "Skriv ny besked"، واختر Skattestyrelsen، واكتب موضوعًا ورسالة، ثم اضغط على "Send" (إرسال).

## post-slet-gendan
post-slet-gendan-title = احذف رسالة ثم استرجعها
post-slet-gendan-description = الرسائل المحذوفة تبقى في "Papirkurv" (سلة المهملات) إلى أن يتم تفريغها. ومن هناك يمكن استرجاعها.
post-slet-gendan-story = حذفت Karen بالخطأ رسالة عن لقاح الإنفلونزا. يجب أن تعود الرسالة إلى "Indbakke" (صندوق الوارد).
post-slet-gendan-step-1 = سجّل الدخول باسم Karen Jensen باستخدام "NemID" و"nøglekort" (بطاقة المفاتيح).
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). ستجد هناك كل الأشخاص.
    .hint-2 = اضغط على "Log på som Karen Jensen" (تسجيل الدخول باسم Karen Jensen). كلمة المرور مكتوبة على بطاقة الشخص.
    .hint-3 = اكتب كلمة المرور، واضغط على "Næste" (التالي). اضغط على "Vis nøglekort" (أظهر بطاقة المفاتيح)، وابحث فيها عن "nøglenummer" (رقم المفتاح)، ثم اكتب الرمز المكوّن من 6 أرقام المكتوب بجانبه. ثم اضغط على "Log på" (تسجيل الدخول).
post-slet-gendan-step-2 = احذف الرسالة "Tilbud om gratis influenzavaccination" (عرض لقاح إنفلونزا مجاني).
    .hint-1 = افتح الرسالة أولًا.
    .hint-2 = اسم الزر "Slet" (حذف)، وهو تحت الرسالة.
    .hint-3 = اضغط على الرسالة في "Indbakke"، ثم على "Slet".
post-slet-gendan-step-3 = ابحث عن الرسالة في "Papirkurv" (سلة المهملات)، واسترجعها.
    .hint-1 = الرسائل المحذوفة موجودة في مجلد خاص بها.
    .hint-2 = اسم المجلد "Papirkurv"، واسم الزر "Gendan" (استرجاع).
    .hint-3 = اضغط على "Papirkurv"، وافتح الرسالة، ثم اضغط على "Gendan".

## sikkerhed-log-af
sikkerhed-log-af-title = سجّل الخروج دائمًا عندما تنتهي
sikkerhed-log-af-description = على كمبيوتر مشترك يجب أن تسجّل الخروج، حتى لا يرى الشخص التالي بريدك.
sikkerhed-log-af-story = تستخدم Amina الكمبيوتر في المكتبة. تريد أن تقرأ بريدها، ثم تسجّل الخروج بشكل صحيح.
sikkerhed-log-af-step-1 = سجّل الدخول باسم Amina Abdi Yusuf باستخدام "NemID" و"nøglekort" (بطاقة المفاتيح).
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). ستجد هناك كل الأشخاص.
    .hint-2 = اضغط على "Log på som Amina Abdi Yusuf" (تسجيل الدخول باسم Amina Abdi Yusuf). كلمة المرور مكتوبة على بطاقة الشخص.
    .hint-3 = اكتب كلمة المرور، واضغط على "Næste" (التالي). اضغط على "Vis nøglekort" (أظهر بطاقة المفاتيح)، وابحث فيها عن "nøglenummer" (رقم المفتاح)، ثم اكتب الرمز المكوّن من 6 أرقام المكتوب بجانبه. ثم اضغط على "Log på" (تسجيل الدخول).
sikkerhed-log-af-step-2 = والآن سجّل الخروج.
    .hint-1 = الزر في أعلى الصفحة.
    .hint-2 = اسمه "Log af" (تسجيل الخروج).
    .hint-3 = اضغط على "Log af" في أعلى الصفحة على اليمين.

## mitid-app-log-paa
mitid-app-log-paa-title = سجّل الدخول بتطبيق "MitID"
mitid-app-log-paa-description = سجّل الدخول على الكمبيوتر، ثم وافق على الهاتف في تطبيق "MitID".
mitid-app-log-paa-story = تسجّل Mette الدخول دائمًا بتطبيق "MitID" على هاتفها. تريد أن تسجّل الدخول إلى Demoborger من الكمبيوتر.
mitid-app-log-paa-step-1 = سجّل الدخول باسم Mette Jensen Holm باستخدام "MitID"، ثم وافق في تطبيق "MitID" على هاتف التمرين الخاص بها.
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). ستجد بيانات "MitID" الخاصة بـ Mette بجانب اسمها.
    .hint-2 = اضغط على "Log på med MitID" (تسجيل الدخول بـ MitID)، ثم اضغط على "Fortsæt" (متابعة). بعد ذلك اضغط على "Åbn telefon" (افتح الهاتف).
    .hint-3 = على الهاتف: تأكّد أن الرمز هو نفسه الظاهر على الكمبيوتر، واكتب رمز PIN المكتوب على بطاقة Mette، ثم اضغط على "Godkend" (موافقة). بعد ذلك ارجع إلى الكمبيوتر.

## mitid-kodeviser
mitid-kodeviser-title = سجّل الدخول باستخدام "MitID kodeviser" (جهاز صغير يُظهر الرموز)
mitid-kodeviser-description = جهاز "kodeviser" يُظهر رمزًا جديدًا في كل مرة تضغط فيها على زرّه. الرمز يعمل لمدة 30 ثانية فقط.
mitid-kodeviser-story = ليس لدى Poul هاتف ذكي. لديه "MitID kodeviser" (جهاز صغير يُظهر الرموز)، ويريد أن يسجّل الدخول.
mitid-kodeviser-step-1 = سجّل الدخول باسم Poul Nielsen باستخدام "MitID" وجهاز "kodeviser" (جهاز صغير يُظهر الرموز).
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). بجانب Poul تجد "Bruger-ID" (اسم المستخدم) وكلمة المرور الخاصة بـ "MitID".
    .hint-2 = اضغط على "Log på med MitID" (تسجيل الدخول بـ MitID) ثم على "Fortsæt" (متابعة). بعد ذلك اضغط على الزر الموجود على جهاز "kodeviser".
    .hint-3 = اكتب الرمز المكوّن من 6 أرقام الظاهر على جهاز "kodeviser" في خانة "Engangskode" (رمز لمرة واحدة)، ثم اضغط على "Fortsæt" (متابعة). اكتب كلمة المرور، ثم اضغط على "Fortsæt".

## mitid-kodeoplaeser
mitid-kodeoplaeser-title = ساعد في تسجيل الدخول بـ "MitID kodeoplæser" (جهاز يقرأ الرموز بصوت عالٍ)
mitid-kodeoplaeser-description = جهاز "kodeoplæser" يقرأ الرمز بصوت عالٍ. وهو مخصّص للأشخاص ضعاف البصر.
mitid-kodeoplaeser-story = Erna ضعيفة البصر، ولديها "MitID kodeoplæser" (جهاز يقرأ الرموز بصوت عالٍ). أنت تساعدها في تسجيل الدخول، لكنها تكتب بنفسها.
mitid-kodeoplaeser-step-1 = سجّل الدخول باسم Erna Holm باستخدام "MitID" وجهاز "kodeoplæser" (جهاز يقرأ الرموز بصوت عالٍ).
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). بجانب Erna تجد "Bruger-ID" (اسم المستخدم) وكلمة المرور الخاصة بـ "MitID".
    .hint-2 = اضغط على "Log på med MitID" (تسجيل الدخول بـ MitID) ثم على "Fortsæt" (متابعة). بعد ذلك اضغط على الزر الأحمر، واستمع إلى الرمز.
    .hint-3 = اكتب الرمز المكوّن من 6 أرقام في خانة "Engangskode" (رمز لمرة واحدة)، ثم اضغط على "Fortsæt" (متابعة). اكتب كلمة المرور، ثم اضغط على "Fortsæt".

## mitid-afvis
mitid-afvis-title = ارفض طلبًا لم تبدأه بنفسك
mitid-afvis-description = لا توافق إلا على ما بدأته أنت بنفسك. إذا وصلك طلب لا تعرفه، فيجب أن ترفضه.
mitid-afvis-story = يُظهر هاتف Karen طلبًا لتسجيل الدخول. لكن Karen لم تحاول تسجيل الدخول.
mitid-afvis-step-1 = افتح هاتف التمرين الخاص بـ Karen، وارفض الطلب في تطبيق "MitID".
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). بجانب Karen يوجد زر لهاتفها.
    .hint-2 = اضغط على "Åbn telefon" (افتح الهاتف). الطلب موجود في تطبيق "MitID".
    .hint-3 = اضغط على "Afvis" (رفض). لا توافق أبدًا على شيء لم تبدأه أنت بنفسك.

## mitid-underskriv
mitid-underskriv-title = وقّع على "læseadgang" (إذن القراءة) باستخدام "MitID"
mitid-underskriv-description = عندما تمنح مساعدًا إذنًا للوصول إلى بريدك، يجب أن توقّع. يمكنك أن تفعل ذلك باستخدام "MitID".
mitid-underskriv-story = يريد Poul أن تستطيع جارته Karen قراءة بريده أثناء إجازته. هو يستخدم "MitID kodeviser" (جهاز صغير يُظهر الرموز).
mitid-underskriv-step-1 = سجّل الدخول باسم Poul Nielsen باستخدام "MitID" وجهاز "kodeviser" (جهاز صغير يُظهر الرموز).
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). بجانب Poul تجد "Bruger-ID" (اسم المستخدم) وكلمة المرور الخاصة بـ "MitID".
    .hint-2 = اضغط على "Log på med MitID" (تسجيل الدخول بـ MitID) ثم على "Fortsæt" (متابعة). بعد ذلك اضغط على الزر الموجود على جهاز "kodeviser".
    .hint-3 = اكتب الرمز المكوّن من 6 أرقام في خانة "Engangskode" (رمز لمرة واحدة)، ثم اضغط على "Fortsæt" (متابعة). اكتب كلمة المرور، ثم اضغط على "Fortsæt".
mitid-underskriv-step-2 = امنح Karen Jensen "læseadgang" (إذن القراءة) لبريد Poul، ووقّع باستخدام "MitID".
    .hint-1 = اذهب إلى "Digital Post"، واضغط على "Læse- og skriveadgang" (إذن القراءة والكتابة).
    .hint-2 = اضغط على "Giv adgang" (امنح الإذن). اكتب اسم Karen ورقم CPR الخاص بها كما هما مكتوبان في صفحة "Din øvelse" (تمرينك).
    .hint-3 = اختر "Læseadgang" (إذن القراءة)، واضغط على "Næste" (التالي)، ثم اضغط على "Underskriv med MitID" (وقّع بـ MitID). اضغط على زر جهاز "kodeviser"، ثم اكتب الرمز وكلمة المرور.

## fidus-skat-sms
fidus-skat-sms-title = تعرّف على رسالة SMS مزيفة من "Skat"
fidus-skat-sms-description = يرسل المحتالون رسائل SMS تشبه رسائل الجهات الحكومية. تعلّم العلامات، ثم احذف الرسالة.
fidus-skat-sms-story = تصل إلى كارين رسالة SMS تقول إنها ستستردّ أموالًا من الضرائب. كل ما عليها هو أن تضغط على رابط.
fidus-skat-sms-step-1 = افتح هاتف التمرين الخاص بكارين، واقرأ الرسالة في "Beskeder" (الرسائل). إذا كانت مزيفة، فاحذفها.
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). بجانب كارين يوجد زر لهاتفها.
    .hint-2 = اضغط على "Beskeder" (الرسائل). انظر إلى المُرسِل والرابط واللغة.
    .hint-3 = مصلحة الضرائب Skat لا ترسل أبدًا في رسالة SMS رابطًا يُطلب منك فيه تسجيل الدخول. اضغط على "Slet" (حذف).

## fidus-post-fuld
fidus-post-fuld-title = تعرّف على رسالة بريد إلكتروني مزيفة تقول إن Digital Post ممتلئ
fidus-post-fuld-description = يكتب المحتالون أن Digital Post الخاص بك ممتلئ وأن خطاباتك ستُحذف. تعلّم العلامات، واحذف رسالة البريد الإلكتروني.
fidus-post-fuld-story = تصل إلى Mette رسالة بريد إلكتروني تقول إن Digital Post الخاص بها ممتلئ. ويُطلب منها تسجيل الدخول لتوسيعه.
fidus-post-fuld-step-1 = افتح هاتف التدريب الخاص بـ Mette، واقرأ رسالة البريد الإلكتروني في "E-mail". إذا كانت مزيفة، فاحذفها.
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). بجانب Mette يوجد زر لهاتفها.
    .hint-2 = اضغط على "E-mail" (البريد الإلكتروني). انظر إلى المرسل، والرابط، والتهديد بأن خطاباتك ستُحذف.
    .hint-3 = لا يمكن أن يمتلئ Digital Post، ولا يرسل روابط لتسجيل الدخول منها. اضغط على "Slet" (حذف).

## fidus-aegte-brev
fidus-aegte-brev-title = خطاب حقيقي من Skattestyrelsen (مصلحة الضرائب)
fidus-aegte-brev-description = ليس كل شيء احتيالًا. الخطابات في Digital Post تأتي من جهات حكومية حقيقية. عليك أن تقرأها، لا أن تخاف منها.
fidus-aegte-brev-story = أصبحت Karen حذرة بعد رسالة SMS مزيفة. والآن وصلها خطاب من Skattestyrelsen في Digital Post. هل هو حقيقي؟
fidus-aegte-brev-step-1 = سجّل الدخول باسم Karen Jensen باستخدام NemID وبطاقة الرموز.
    .hint-1 = اذهب إلى صفحة "Din øvelse" (تمرينك). هناك تجد جميع الأشخاص.
    .hint-2 = اضغط على "Log på som Karen Jensen" (تسجيل الدخول باسم Karen Jensen). كلمة المرور مكتوبة على بطاقة الشخص.
    .hint-3 = اكتب كلمة المرور، واضغط على "Næste" (التالي)، ثم ابحث عن رقم المفتاح في بطاقة الرموز ("Vis nøglekort" - عرض بطاقة الرموز) واكتب الأرقام الستة (6) المكتوبة بجانبه. اضغط على "Log på" (تسجيل الدخول).
fidus-aegte-brev-step-2 = افتح الخطاب من Skattestyrelsen في Digital Post. إنه حقيقي: فهو موجود في Digital Post، ولا يطلب منك أي رموز.
    .hint-1 = الخطاب موجود في "Indbakke" (صندوق الوارد).
    .hint-2 = المرسل هو Skattestyrelsen. الخطابات في Digital Post تأتي من جهات حكومية حقيقية.
    .hint-3 = اضغط على "Din forskudsopgørelse for 2027 er klar" (تقدير الضرائب المسبق لعام 2027 جاهز).

## fidus-opkald
fidus-opkald-title = شخص يتصل بك ويطلب منك الموافقة في تطبيق MitID
fidus-opkald-description = يتصل المحتالون ويقولون إنهم من Borgerservice (مكتب خدمة المواطنين) أو من البنك. يطلبون منك أن توافق على طلب في تطبيق MitID. تعلّم أن تقول لا.
fidus-opkald-story = يرنّ هاتف Karen. يقول رجل إنه من Borgerservice، وإن MitID الخاص بها سيُحظر. وبعد ذلك مباشرةً يصل طلب إلى تطبيق MitID.
fidus-opkald-step-1 = افتح هاتف التمرين الخاص بـ Karen، واقرأ ما يقوله الرجل في "Opkald" (المكالمات). ثم ارفض الطلب في "MitID app" (تطبيق MitID).
    .hint-1 = Karen لم تحاول تسجيل الدخول بنفسها. إذن هذا الطلب ليس طلبها.
    .hint-2 = اذهب إلى صفحة "Din øvelse" (تمرينك)، وافتح هاتف Karen. المكالمة موجودة في "Opkald" (المكالمات)، والطلب في "MitID app" (تطبيق MitID).
    .hint-3 = اضغط على "Læg på" (إنهاء المكالمة) في "Opkald". ثم اضغط على "MitID app"، واضغط على "Afvis" (رفض) بجانب الطلب.

## hjaelp-kig-vaek
hjaelp-kig-vaek-title = انظر بعيدًا عندما تكتب رموزها
hjaelp-kig-vaek-description = عندما تساعد شخصًا آخر في الأمور الرقمية، يجب ألّا تعرف معرّف المستخدم الخاص به ولا كلمة المرور ولا الرموز. انظر بعيدًا وهو يكتبها.
hjaelp-kig-vaek-story = Amina هي bydelsmor (أمّ الحيّ، أي امرأة تساعد الناس في حيّها). تجلس بجانب Karen التي يجب أن تسجّل الدخول. أنت تقوم بالدورين: أولًا Amina التي تنظر بعيدًا، ثم Karen التي تكتب.
hjaelp-kig-vaek-step-1 = انظر بعيدًا بالضغط على الزر أنا أنظر بعيدًا هنا في الإرشادات. ثم سجّل الدخول باسم Karen.
    .hint-1 = يجب أن تكتب Karen رموزها بنفسها. يجب ألّا تراها Amina.
    .hint-2 = الزر أنا أنظر بعيدًا موجود في الإرشادات تحت هذه الخطوة. اضغط عليه قبل أن تكتب Karen أي شيء.
    .hint-3 = اضغط على أنا أنظر بعيدًا. ثم اذهب إلى صفحة "Din øvelse" (تمرينك)، واضغط على "Log på som Karen Jensen" (تسجيل الدخول باسم Karen Jensen)، واكتب كلمة المرور والمفتاح الخاصين بها.
