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
