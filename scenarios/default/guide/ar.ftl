### The guide's own words in Arabic (ar): the exercise panel, the catalogue, the result page and the certificate. The service itself stays in Danish.
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

language_name = العربية
panel = تمرين
story = اقرأ القصة
step = الخطوة { $n } من { $total }
show_hint = أظهر تلميحًا
hide_panel = أخفِ الإرشادات
show_panel = أظهر الإرشادات
hint = تلميح
skip = تخطَّ هذه الخطوة
stop = أوقف التمرين
finished = لقد أنجزت كل الخطوات.
see_result = شاهد نتيجتك
catalogue = التمارين
catalogue_intro = اختر تمرينًا. ستحصل على قصة قصيرة وعلى خطوة واحدة في كل مرة، ويمكنك أن تحصل على مساعدة أثناء التمرين. التمرين يعرف بنفسه متى قمت بما يطلبه منك.
start = ابدأ
minutes = دقيقة
level_begynder = مبتدئ
level_oevet = متقدّم
audience_borger = للمواطنين
audience_hjaelper = للمساعدين
audience_underviser = للمعلّمين
theme_nemid = NemID و MitID
theme_digital_post = Digital Post
theme_help = مساعدة الآخرين
theme_security = الأمان
start_note = عندما تبدأ تمرينًا، تحصل على عالم تدريب جديد. كل ما فعلته في العالم القديم سيختفي.
done_title = أحسنت!
done_text = لقد أكملت التمرين
alone = خطوات أنجزتها دون مساعدة: { $n } من { $total }
nickname = اسم مستعار (اختياري)
nickname_hint = اكتب اسمًا مستعارًا إذا أردت أن يظهر على الشهادة. لا داعي لأن تكتب اسمك الحقيقي.
certificate = شهادة الدورة
make_certificate = أنشئ شهادة الدورة
print = اطبع
print_hint = اطبع من قائمة المتصفح: Ctrl+P (أو Cmd+P على جهاز Mac).
certificate_text = أكمل التمرين
date = التاريخ
language = اللغة
change_language = تغيير اللغة
stopped = تم إيقاف التمرين.
other_exercises = اختر تمرينًا جديدًا
no_exercise = لا يوجد تمرين جارٍ الآن. اختر تمرينًا أولًا.
learner = أحد المشاركين
read_aloud = قراءة بصوت عالٍ
no_voice = لا يوجد صوت بلغتك. استمع إلى النص باللغة الدنماركية بدلاً من ذلك:

# Safety drills: the debrief and each drill's signs.
drill_title = ماذا حدث؟
drill_intro = هذا يحدث لكثير من الناس. إليك العلامات.
drill_fooled = لقد كتبت شيئًا في الصفحة المزيفة. في الحياة الحقيقية، قد تكون معلوماتك الآن عند المحتالين. هنا في التمرين لا يُحفظ أي شيء – لا ما كتبته، ولا أنك أنت من كتبه.
drill_spotted = أحسنت، لقد انتبهت! حذفت الرسالة دون أن تكتب أي شيء.
drill_opened = لقد ضغطت على الرابط، لكنك لم تكتب شيئًا. لا تضغط أبدًا على الروابط في رسائل مثل هذه.
drill_waiting = الرسالة ما زالت في الهاتف. احذفها بعد أن ترى العلامات.
drill_message = الرسالة التي وصلتك
drill_signs = العلامات
drill_next = في المرة القادمة
drill_next_1 = لا تضغط على الرابط. احذف الرسالة، أو أبلغ عنها على أنها احتيال ("Rapportér som svindel").
drill_next_2 = إذا لم تكن متأكدًا، فابحث بنفسك عن رقم الهاتف في borger.dk أو skat.dk، ثم اتصل.
drill_next_3 = الجهات الحكومية تراسلك عبر Digital Post. ولا تطلب منك أبدًا معرّف المستخدم أو كلمة المرور أو أي رمز في رسالة SMS أو بريد إلكتروني.
drill_back = العودة إلى التمرين
drill-skat-sms-sign-1 = المُرسِل اسم، وليس رقمًا من مصلحة الضرائب (Skattestyrelsen). والرسالة تستعجلك: "inden 24 timer" (خلال 24 ساعة).
drill-skat-sms-sign-2 = الرابط لا يذهب إلى skat.dk، بل إلى عنوان يشبهه.
drill-skat-sms-sign-3 = اللغة الدنماركية في الرسالة غريبة، وفيها أخطاء إملائية.
drill-skat-sms-sign-4 = يُطلب منك تسجيل الدخول لكي "تحصل على المال". مصلحة الضرائب Skat لا تطلب ذلك أبدًا في رسالة SMS.
drill-post-fuld-sign-1 = المرسل عنوان بريد إلكتروني يشبه Digital Post. لكن Digital Post لا يرسل رسائل بريد إلكتروني فيها روابط لتسجيل الدخول منها.
drill-post-fuld-sign-2 = الرابط لا يؤدي إلى borger.dk، بل إلى عنوان آخر.
drill-post-fuld-sign-3 = رسالة البريد الإلكتروني تهدد: خطاباتك ستُحذف، ولديك 48 ساعة فقط.
drill-post-fuld-sign-4 = لا يمكن أن يمتلئ Digital Post. لا تحتاج أبدًا إلى تسجيل الدخول من أجل "توسيعه".
# A phone call (the fake MitID approval): the debrief's own words and the call's signs.
drill_call_fooled = لقد وافقت على الطلب. في الحياة الحقيقية، كان المحتال سيكون الآن قد سجّل الدخول باسمك. هنا في التمرين لم يحدث أي شيء.
drill_call_spotted = أحسنت، لقد انتبهت! رفضت الطلب في تطبيق MitID.
drill_call_waiting = الطلب ما زال ينتظر في تطبيق MitID. أنهِ المكالمة، ثم ارفض الطلب.
drill_call_ignored = لم توافق على الطلب. انتهت صلاحيته، ولم يسجّل أحد الدخول باسمك. في المرة القادمة: ارفضه فورًا.
drill_call_message = المكالمة التي وصلتك
drill_call_request = تطبيق MitID: طلب لتسجيل الدخول لم تبدأه أنت بنفسك
drill_call_next_1 = أنهِ المكالمة. لا توافق أبدًا على أي شيء في تطبيق MitID لمجرد أن شخصًا اتصل بك وطلب منك ذلك.
drill_call_next_3 = لا توافق في تطبيق MitID إلا عندما تكون أنت من يسجّل الدخول، وترى أين تسجّل الدخول.
drill-opkald-borgerservice-sign-1 = رقم لا تعرفه يتصل بك ويقول إنه Borgerservice (مكتب خدمة المواطنين). Borgerservice لا يتصل بك ليطلب منك الموافقة على أي شيء.
drill-opkald-borgerservice-sign-2 = يصل طلب إلى تطبيق MitID مع أنك لا تسجّل الدخول بنفسك. إنه المحتال يحاول أن يسجّل الدخول باسمك.
drill-opkald-borgerservice-sign-3 = الأمر مستعجل، وهناك تهديد: MitID الخاص بك سيصبح "spærret i dag" (محظورًا اليوم).
drill-opkald-borgerservice-sign-4 = يُطلب منك أن توافق. إذا وافقت، يستطيع المحتال أن يسجّل الدخول باسمك – وأن يأخذ مثلًا قرضًا أو يقرأ بريدك.
drill_reported = أحسنت، لقد انتبهت! أبلغت عن الرسالة على أنها احتيال دون أن تكتب أي شيء.
drill_ignored = تركت الرسالة ولم تضغط على الرابط. وهذا صحيح أيضًا: انتهى الموعد النهائي، ولم يحدث أي شيء.
# The result page: how each drill of the exercise ended.
drill_result_spotted = انتبهت ("Klaret"): لم تنخدع.
drill_result_fooled = انخدعت ("Snydt"): هذا يحدث لكثير من الناس. هنا في التمرين لم يحدث أي شيء.
drill_result_link = انظر العلامات التي كشفت الخدعة
# "Kig væk": the box under the step while a helper sits next to the owner.
watch_title = انظر بعيدًا
watch_ask = أنت تجلس بجانب الشخص الذي تساعده. يجب أن تكتب هي بنفسها كلمة المرور والرموز ورمز PIN الخاص بها. انظر بعيدًا قبل أن تكتب.
watch_away = أنت تنظر بعيدًا. الآن تكتب هي رموزها بنفسها. يجب ألّا تعرفها.
watch_away_button = أنا أنظر بعيدًا
watch_back_button = أنا أنظر مرة أخرى
watch_saw = كنت تنظر عندما كتبت رمزًا. سجّل الخروج وحاول مرة أخرى. انظر بعيدًا قبل أن تكتب.
watch_done = أحسنت. لقد سجّلت الدخول، ولم ترَ رموزها.
watch_right_way = هل ستساعدها مرة بعد مرة؟ عندئذٍ فالطريق الصحيح هو إذن القراءة (læseadgang) أو التوكيل (fuldmagt). أنت تسجّل الدخول بحسابك الخاص، وتستطيع أن تقرأ بريدها أو تتصرّف نيابةً عنها – دون أن تعرف رموزها.
# الصفحة الأولى (/) و"Om øvemiljøet" (/om).
landing_title = تدرّب على الخدمات الرقمية العامة
landing_intro = هنا يمكنك أن تتدرّب على الخدمات الرقمية العامة في الدنمارك دون خوف من الخطأ. تحصل على تمرين خاص بك فيه أشخاص غير حقيقيين، ولا يستطيع أحد غيرك أن يراه.
landing_can = يمكنك أن تتدرّب على:
landing_item_1 = تسجيل الدخول باستخدام NemID وبطاقة المفاتيح الورقية – أو باستخدام MitID
landing_item_2 = قراءة Digital Post (البريد الرقمي) وترتيب الرسائل في مجلدات
landing_item_3 = إعطاء مساعدٍ إذنًا بقراءة بريدك (læseadgang)
landing_item_4 = إعطاء توكيل رقمي أو طلبه (fuldmagt)
landing_item_5 = التعرّف على الرسائل والمكالمات المزيّفة
landing_nothing = لا شيء مما تفعله هنا له أثر في الحياة الحقيقية. يمكنك دائمًا أن تبدأ من جديد.
landing_lifetime = يُحفظ تمرينك ما دمت تستخدمه. إذا لم تستخدمه مدة { $idle } يُحذف – وتصلك رسالة قبل ذلك بـ { $warning }. وبعد { $absolute } يُحذف في كل الأحوال.
landing_start = ابدأ التمرين
landing_ended = انتهى تمرينك، وحُذف كل ما فيه. يمكنك أن تبدأ تمرينًا جديدًا متى شئت.
landing_guided = هل تريد مهمة مع مساعدة خطوة بخطوة؟
landing_guided_link = اختر تمرينًا موجَّهًا
landing_languages = الإرشادات بلغتك
landing_join = انضمّ إلى مجموعة
landing_teacher = للمعلّمين
span_hours = { $n ->
    [zero] { $n } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $n } ساعات
    [many] { $n } ساعة
   *[other] { $n } ساعة
}
span_minutes = { $n ->
    [zero] { $n } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $n } دقائق
    [many] { $n } دقيقة
   *[other] { $n } دقيقة
}
span_seconds = { $n ->
    [zero] { $n } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $n } ثوانٍ
    [many] { $n } ثانية
   *[other] { $n } ثانية
}
about_title = عن موقع التدريب
about_1 = Demoborger مكان للتدريب لكل من يريد أن يتعرّف على الخدمات الرقمية العامة في الدنمارك: المواطنون والمساعدون والـ bydelsmødre (أمهات الحيّ) ومعلّمو الحاسوب.
about_2 = كل شيء هنا مختلَق. أرقام CPR فيها يوم بين 32 و60 في الشهر، فلا يمكن أن تكون لشخص حقيقي. لا تُرسَل أي رسائل، ولا تعرف أي جهة رسمية شيئًا.
about_3 = كل تمرين خاص بصاحبه. يُحفظ فقط في ذاكرة الخادم، ويُحذف إذا لم يُستخدم مدة { $idle }، أو بعد مرور { $absolute } على بدئه، أو عندما تضغط على "Afslut øvelse" (إنهاء التمرين).
about_4 = نستخدم فقط ملفات تعريف الارتباط (cookies) الضرورية: رقمًا عشوائيًا لتمرينك (ولمجموعتك أو لهاتف التدريب إن استخدمتهما). لا إحصاءات ولا إعلانات ولا بيانات لأي أحد آخر.

## The library kiosk (the start page, and "Er du her stadig?")
kiosk_note = هذا الحاسوب مُعدّ للتمرين. عندما تغادره، يُحذف تمرينك بعد بضع دقائق، حتى لا يراه الشخص التالي.
kiosk_ended = انتهى التمرين وحُذف كل ما فيه. يمكن للشخص التالي الآن أن يبدأ من جديد.
kiosk_still_here = هل ما زلت هنا؟
kiosk_explain = لم تفعل شيئًا منذ فترة. عندما ينتهي الوقت، ينتهي التمرين ويُحذف كل ما فيه، حتى يتمكن الشخص التالي من البدء من جديد.
kiosk_seconds_left = ثانية متبقية
kiosk_keep = نعم، تابع
kiosk_seconds = ينتهي التمرين بعد { $n } ثانية.
