### The guide's own words in Urdu (ur): the exercise panel, the catalogue, the result page and the certificate. The service itself stays in Danish.
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

language_name = اردو
panel = مشق
story = کہانی پڑھیں
step = مرحلہ { $n }، کل { $total } میں سے
show_hint = اشارہ دیکھیں
hide_panel = رہنمائی چھپائیں
show_panel = رہنمائی دکھائیں
hint = اشارہ
skip = یہ مرحلہ چھوڑ دیں
stop = مشق بند کریں
finished = آپ نے سارے مرحلے مکمل کر لیے ہیں۔
see_result = اپنا نتیجہ دیکھیں
catalogue = مشقیں
catalogue_intro = کوئی ایک مشق چنیں۔ آپ کو ایک چھوٹی سی کہانی ملے گی، اور ایک وقت میں ایک مرحلہ۔ ضرورت ہو تو بیچ میں مدد بھی مل سکتی ہے۔ جب آپ وہ کام کر لیں گے جو مشق کہتی ہے، تو مشق کو خود پتا چل جائے گا۔
start = شروع کریں
minutes = منٹ
level_begynder = ابتدائی
level_oevet = تجربہ کار
audience_borger = شہریوں کے لیے
audience_hjaelper = مدد کرنے والوں کے لیے
audience_underviser = اساتذہ کے لیے
theme_nemid = NemID اور MitID
theme_digital_post = Digital Post
theme_help = دوسروں کی مدد
theme_security = حفاظت
start_note = جب آپ کوئی مشق شروع کرتے ہیں تو آپ کو مشق کے لیے ایک نئی دنیا ملتی ہے۔ پرانی دنیا میں آپ نے جو کچھ کیا تھا، وہ ختم ہو جاتا ہے۔
done_title = شاباش!
done_text = آپ نے یہ مشق مکمل کر لی ہے
alone = بغیر مدد کے مکمل کیے گئے مرحلے: { $n }، کل { $total } میں سے
nickname = عرفی نام (اختیاری)
nickname_hint = اگر آپ سرٹیفکیٹ پر کوئی عرفی نام چاہتے ہیں تو یہاں لکھیں۔ اپنا اصل نام لکھنا ضروری نہیں۔
certificate = کورس سرٹیفکیٹ
make_certificate = کورس سرٹیفکیٹ بنائیں
print = پرنٹ کریں
print_hint = براؤزر کے مینو سے پرنٹ کریں: Ctrl+P (Mac پر Cmd+P)۔
certificate_text = نے یہ مشق مکمل کر لی ہے
date = تاریخ
language = زبان
change_language = زبان بدلیں
stopped = مشق بند کر دی گئی ہے۔
other_exercises = کوئی نئی مشق چنیں
no_exercise = ابھی کوئی مشق نہیں چل رہی۔ پہلے کوئی مشق چنیں۔
learner = ایک شرکت کنندہ
read_aloud = بلند آواز سے پڑھیں
no_voice = آپ کی زبان میں کوئی آواز موجود نہیں ہے۔ اس کے بجائے ڈینش متن سنیں:

# Safety drills: the debrief and each drill's signs.
drill_title = کیا ہوا؟
drill_intro = ایسا بہت سے لوگوں کے ساتھ ہوتا ہے۔ یہ رہیں نشانیاں۔
drill_fooled = آپ نے جعلی صفحے پر کچھ لکھا۔ حقیقی زندگی میں اب آپ کی معلومات دھوکے بازوں کے پاس ہو سکتی تھیں۔ یہاں مشق میں کچھ بھی محفوظ نہیں ہوتا – نہ وہ جو آپ نے لکھا، اور نہ یہ کہ لکھنے والے آپ تھے۔
drill_spotted = بہت خوب، آپ نے پہچان لیا! آپ نے کچھ لکھے بغیر پیغام ڈیلیٹ کر دیا۔
drill_opened = آپ نے لنک پر کلک کیا، لیکن کچھ نہیں لکھا۔ ایسے پیغامات میں موجود لنکس پر کبھی کلک نہ کریں۔
drill_waiting = پیغام ابھی تک فون میں موجود ہے۔ نشانیاں دیکھنے کے بعد اسے ڈیلیٹ کر دیں۔
drill_message = آپ کو ملنے والا پیغام
drill_signs = نشانیاں
drill_next = اگلی بار
drill_next_1 = لنک پر کلک نہ کریں۔ پیغام ڈیلیٹ کر دیں۔
drill_next_2 = اگر آپ کو شک ہو تو خود borger.dk یا skat.dk پر فون نمبر تلاش کریں، اور کال کریں۔
drill_next_3 = سرکاری ادارے آپ کو Digital Post میں لکھتے ہیں۔ وہ SMS یا ای میل میں کبھی بھی آپ کا یوزر آئی ڈی، پاس ورڈ یا کوئی کوڈ نہیں مانگتے۔
drill_back = مشق پر واپس جائیں
drill-skat-sms-sign-1 = بھیجنے والا ایک نام ہے، Skattestyrelsen (ٹیکس کا محکمہ) کا کوئی نمبر نہیں۔ اور پیغام جلدی کرنے پر زور دیتا ہے: "inden 24 timer" (24 گھنٹوں کے اندر)۔
drill-skat-sms-sign-2 = لنک skat.dk پر نہیں جاتا، بلکہ ایسے پتے پر جاتا ہے جو اس سے ملتا جلتا ہے۔
drill-skat-sms-sign-3 = ڈینش زبان عجیب ہے، اور اس میں ہجے کی غلطیاں ہیں۔
drill-skat-sms-sign-4 = "پیسے لینے" کے لیے آپ کو لاگ اِن کرنا ہوتا ہے۔ Skat کبھی بھی SMS میں یہ نہیں مانگتا۔
drill-post-fuld-sign-1 = بھیجنے والا ایک ای میل پتہ ہے جو Digital Post جیسا لگتا ہے۔ لیکن Digital Post ایسی ای میلز نہیں بھیجتا جن کے لنک سے آپ کو لاگ ان کرنا ہو۔
drill-post-fuld-sign-2 = لنک borger.dk پر نہیں جاتا، بلکہ کسی اور پتے پر جاتا ہے۔
drill-post-fuld-sign-3 = ای میل دھمکی دیتی ہے: آپ کے خطوط حذف ہو جائیں گے، اور آپ کے پاس صرف 48 گھنٹے ہیں۔
drill-post-fuld-sign-4 = Digital Post کبھی نہیں بھرتا۔ آپ کو اسے "بڑا کرنے" کے لیے کبھی لاگ ان کرنے کی ضرورت نہیں۔
# A phone call (the fake MitID approval): the debrief's own words and the call's signs.
drill_call_fooled = آپ نے درخواست منظور کر دی۔ حقیقی زندگی میں اب دھوکے باز آپ کے نام سے لاگ اِن ہو چکا ہوتا۔ یہاں مشق میں کچھ نہیں ہوا۔
drill_call_spotted = بہت خوب، آپ نے پہچان لیا! آپ نے MitID ایپ میں درخواست رد کر دی۔
drill_call_waiting = درخواست ابھی تک MitID ایپ میں انتظار کر رہی ہے۔ کال ختم کریں اور درخواست رد کر دیں۔
drill_call_message = آپ کو آنے والی کال
drill_call_request = MitID ایپ: لاگ اِن کی ایک درخواست جو آپ نے خود شروع نہیں کی
drill_call_next_1 = کال ختم کر دیں۔ صرف اس لیے کہ کوئی کال کر کے کہہ رہا ہے، MitID ایپ میں کبھی کچھ منظور نہ کریں۔
drill_call_next_3 = MitID ایپ میں صرف تب منظوری دیں جب آپ خود لاگ اِن کر رہے ہوں اور دیکھ سکیں کہ کہاں لاگ اِن کر رہے ہیں۔
drill-opkald-borgerservice-sign-1 = ایک ایسا نمبر کال کرتا ہے جسے آپ نہیں جانتے، اور کہتا ہے کہ یہ Borgerservice (شہری خدمات کا دفتر) ہے۔ Borgerservice آپ کو کال کر کے کچھ منظور کرنے کو نہیں کہتا۔
drill-opkald-borgerservice-sign-2 = MitID ایپ میں ایک درخواست آتی ہے، حالانکہ آپ خود لاگ اِن نہیں کر رہے۔ یہ دھوکے باز ہے جو آپ کے نام سے لاگ اِن کرنے کی کوشش کر رہا ہے۔
drill-opkald-borgerservice-sign-3 = جلدی کا دباؤ ہے اور دھمکی بھی: آپ کا MitID "spærret i dag" (آج بلاک) ہو جائے گا۔
drill-opkald-borgerservice-sign-4 = آپ سے منظوری مانگی جاتی ہے۔ اگر آپ منظور کر دیں تو دھوکے باز آپ کے نام سے لاگ اِن کر سکتا ہے – اور مثلاً قرض لے سکتا ہے یا آپ کی ڈاک پڑھ سکتا ہے۔
# The result page: how each drill of the exercise ended.
drill_result_spotted = پہچان لیا ("Klaret"): آپ دھوکے میں نہیں آئے۔
drill_result_fooled = دھوکا کھا گئے ("Snydt"): ایسا بہت سے لوگوں کے ساتھ ہوتا ہے۔ یہاں مشق میں کچھ نہیں ہوا۔
drill_result_link = دیکھیں کہ کن نشانیوں سے پہچانا جا سکتا تھا
# "Kig væk": the box under the step while a helper sits next to the owner.
watch_title = نظر ہٹا لیں
watch_ask = آپ اس شخص کے ساتھ بیٹھے ہیں جس کی آپ مدد کر رہے ہیں۔ اسے اپنا پاس ورڈ، اپنے کوڈ اور اپنا PIN خود لکھنا ہے۔ اس کے لکھنے سے پہلے نظر ہٹا لیں۔
watch_away = آپ نے نظر ہٹا لی ہے۔ اب وہ اپنے کوڈ خود لکھ رہی ہے۔ آپ کو یہ کوڈ معلوم نہیں ہونے چاہییں۔
watch_away_button = میری نظر دوسری طرف ہے
watch_back_button = میری نظر پھر اسکرین پر ہے
watch_saw = جب وہ کوڈ لکھ رہی تھی تو آپ دیکھ رہے تھے۔ لاگ آؤٹ کریں اور دوبارہ کوشش کریں۔ اس کے لکھنے سے پہلے نظر ہٹا لیں۔
watch_done = بہت اچھا۔ اس نے لاگ اِن کر لیا، اور آپ نے اس کے کوڈ نہیں دیکھے۔
watch_right_way = کیا آپ کو بار بار اس کی مدد کرنی ہے؟ تو صحیح طریقہ پڑھنے کی اجازت (læseadgang) یا مختار نامہ (fuldmagt) ہے۔ آپ اپنے لاگ اِن سے لاگ اِن کرتے ہیں اور اس کی ڈاک پڑھ سکتے ہیں یا اس کی طرف سے کام کر سکتے ہیں – اس کے کوڈ جانے بغیر۔
