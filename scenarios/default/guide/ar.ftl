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
theme_nemid = NemID
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
