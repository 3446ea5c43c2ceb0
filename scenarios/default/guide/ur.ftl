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
theme_nemid = NemID
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
