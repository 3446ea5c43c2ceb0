### Every exercise's texts in Urdu (ur): title, description, story, and per step its instruction with three hints (a nudge, a pointer, "show me").
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

## fuldmagt-betroet-medarbejder
fuldmagt-betroet-medarbejder-title = بااعتماد ملازم: کسی شہری کی طرف سے منظوری دیں
fuldmagt-betroet-medarbejder-description = ایک بااعتماد ملازم کسی ایسے شہری کی طرف سے درخواست منظور کر سکتا ہے جو "Digital Post" (ڈیجیٹل ڈاک) استعمال نہیں کر سکتا۔
fuldmagt-betroet-medarbejder-story = Mette نے اپنی دادی Erna سے "fuldmagt" (مختار نامہ) مانگا ہے۔ Erna ایک کیئر ہوم میں رہتی ہیں اور ڈیجیٹل طریقے سے جواب نہیں دے سکتیں۔ "Borgerservice" (شہری خدمات کا دفتر) سے Lone مدد کرتی ہیں۔
fuldmagt-betroet-medarbejder-step-1 = Lone Madsen کے طور پر "NemID" اور "nøglekort" (کلید کارڈ) سے لاگ اِن کریں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ وہاں سب لوگوں کے نام موجود ہیں۔
    .hint-2 = "Log på som Lone Madsen" (Lone Madsen کے طور پر لاگ اِن کریں) پر کلک کریں۔ پاس ورڈ اس شخص کے کارڈ پر لکھا ہے۔
    .hint-3 = پاس ورڈ لکھیں اور "Næste" (اگلا) پر کلک کریں۔ اسکرین پر جو "nøglenummer" (کلید نمبر) ہے، اسے "nøglekort" پر تلاش کریں ("Vis nøglekort" پر کلک کر کے کارڈ دیکھیں)، اور اس کے ساتھ لکھے 6 ہندسے لکھیں۔ پھر "Log på" (لاگ اِن کریں) پر کلک کریں۔
fuldmagt-betroet-medarbejder-step-2 = پہلے Erna Holm کی شناخت چیک کریں، پھر ان کی طرف سے Mette کی درخواست منظور کریں۔
    .hint-1 = Lone کو یہ معاملات "Digital fuldmagt" (ڈیجیٹل مختار نامہ) میں نظر آتے ہیں۔
    .hint-2 = منظور کرنے سے پہلے "Jeg har kontrolleret borgerens identitet" (میں نے شہری کی شناخت چیک کر لی ہے) کے خانے میں نشان لگائیں۔
    .hint-3 = "Digital fuldmagt" میں جائیں، Erna Holm کے نیچے شناخت والے خانے میں نشان لگائیں، اور "Godkend" (منظور کریں) پر کلک کریں۔

## fuldmagt-giv
fuldmagt-giv-title = ڈیجیٹل "fuldmagt" (مختار نامہ) دیں
fuldmagt-giv-description = "fuldmagt" (مختار نامہ) دینے سے کوئی دوسرا شخص کچھ چنی ہوئی آن لائن سروسز میں آپ کی طرف سے کام کر سکتا ہے۔
fuldmagt-giv-story = Karen اپنی بیٹی Mette کو اجازت دینا چاہتی ہیں کہ وہ ان کی طرف سے ان کا ڈاکٹر بدل سکے۔
fuldmagt-giv-step-1 = Karen Jensen کے طور پر "NemID" اور "nøglekort" (کلید کارڈ) سے لاگ اِن کریں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ وہاں سب لوگوں کے نام موجود ہیں۔
    .hint-2 = "Log på som Karen Jensen" (Karen Jensen کے طور پر لاگ اِن کریں) پر کلک کریں۔ پاس ورڈ اس شخص کے کارڈ پر لکھا ہے۔
    .hint-3 = پاس ورڈ لکھیں اور "Næste" (اگلا) پر کلک کریں۔ اسکرین پر جو "nøglenummer" (کلید نمبر) ہے، اسے "nøglekort" پر تلاش کریں ("Vis nøglekort" پر کلک کر کے کارڈ دیکھیں)، اور اس کے ساتھ لکھے 6 ہندسے لکھیں۔ پھر "Log på" (لاگ اِن کریں) پر کلک کریں۔
fuldmagt-giv-step-2 = Mette کو "Skift læge" (ڈاکٹر بدلیں) کے لیے "fuldmagt" دیں اور دستخط کریں۔
    .hint-1 = اپنے پہلے صفحے سے "Digital fuldmagt" (ڈیجیٹل مختار نامہ) میں جائیں۔
    .hint-2 = "Giv fuldmagt" (مختار نامہ دیں) پر کلک کریں اور "Skift læge" کے خانے میں نشان لگائیں۔
    .hint-3 = Mette Jensen Holm اور 551077-2344 لکھیں، "Skift læge" کے خانے میں نشان لگائیں، "Indtil den slettes" (جب تک ڈیلیٹ نہ کیا جائے) چنیں، "Næste" (اگلا) پر کلک کریں، اور کلید لکھ کر "Underskriv" (دستخط کریں) پر کلک کریں۔

## fuldmagt-skift-laege
fuldmagt-skift-laege-title = "fuldmagt" مانگیں اور اپنی والدہ کا ڈاکٹر بدلیں
fuldmagt-skift-laege-description = مدد کرنے والا "fuldmagt" (مختار نامہ) مانگتا ہے، دینے والا اسے منظور کرتا ہے، اور پھر مدد کرنے والا اسے استعمال کرتا ہے۔
fuldmagt-skift-laege-story = Mette اپنی والدہ Karen کا ڈاکٹر بدلنے میں ان کی مدد کرنا چاہتی ہے۔ دونوں کردار آپ خود ادا کریں گے۔
fuldmagt-skift-laege-step-1 = Mette بن کر: Karen سے "Skift læge" (ڈاکٹر بدلیں) کے لیے "fuldmagt" مانگیں۔ Karen بن کر: اسے منظور کریں۔
    .hint-1 = Mette بن کر "Digital fuldmagt" (ڈیجیٹل مختار نامہ) سے شروع کریں۔
    .hint-2 = "Anmod om fuldmagt" (مختار نامہ مانگیں) سے ایک درخواست جاتی ہے، جس پر Mette اپنی کلید سے دستخط کرتی ہے۔ Karen اسے "Digital fuldmagt" میں منظور کرتی ہیں۔
    .hint-3 = Mette: "Anmod om fuldmagt"، Karen Jensen، 420348-1236، "Skift læge"، "Næste"، اور Mette کی کلید سے "Underskriv"۔ پھر "Log af" (لاگ آؤٹ) کریں۔ Karen: "Godkend" (منظور کریں) اور Karen کی کلید سے "Underskriv" (دستخط کریں)۔
fuldmagt-skift-laege-step-2 = Mette کے طور پر لاگ اِن کریں اور Karen کا ڈاکٹر بدلیں۔
    .hint-1 = "Skift læge" (ڈاکٹر بدلیں) والی آن لائن سروس پہلے صفحے پر موجود ہے۔
    .hint-2 = "Hvem skifter du læge for?" (آپ کس کا ڈاکٹر بدل رہے ہیں؟) کے نیچے Karen Jensen چنیں۔
    .hint-3 = Mette کے طور پر لاگ اِن کریں، "Skift læge" پر کلک کریں، Karen Jensen اور کوئی نیا ڈاکٹر چنیں، اور "Skift læge" پر کلک کریں۔

## hjaelp-anmod-laes
hjaelp-anmod-laes-title = مدد کرنے والے کے طور پر: اجازت مانگیں اور ڈاک پڑھیں
hjaelp-anmod-laes-description = مدد کرنے والا اجازت مانگتا ہے، ڈاک کا مالک منظور کرتا ہے، اور پھر مدد کرنے والا میل باکس بدلتا ہے۔
hjaelp-anmod-laes-story = Mette اپنی والدہ Karen کی ڈاک میں ان کی مدد کرنا چاہتی ہے۔ دونوں کردار آپ خود ادا کریں گے۔
hjaelp-anmod-laes-step-1 = Mette کے طور پر لاگ اِن کریں اور Karen سے "læseadgang" (پڑھنے کی اجازت) مانگیں۔
    .hint-1 = Mette مدد کرنے والی ہے۔ پہلے اس کے طور پر لاگ اِن کریں۔
    .hint-2 = "Digital Post" (ڈیجیٹل ڈاک) میں "Læse- og skriveadgang" (پڑھنے اور لکھنے کی اجازت) کے نیچے "Anmod om adgang" (اجازت مانگیں) موجود ہے۔
    .hint-3 = Karen Jensen اور 420348-1236 لکھیں، "Læseadgang" (پڑھنے کی اجازت) چنیں اور "Send anmodning" (درخواست بھیجیں) پر کلک کریں۔
hjaelp-anmod-laes-step-2 = لاگ آؤٹ کریں، Karen کے طور پر لاگ اِن کریں، اور ایک کلید سے درخواست منظور کریں۔
    .hint-1 = اب میل باکس کے مالک کو جواب دینا ہے۔
    .hint-2 = Karen کے طور پر لاگ اِن کریں۔ درخواست "Læse- og skriveadgang" (پڑھنے اور لکھنے کی اجازت) کے نیچے ہے۔
    .hint-3 = درخواست کے ساتھ "Godkend" (منظور کریں) پر کلک کریں اور Karen کے "nøglekort" (کلید کارڈ) کی کلید سے دستخط کریں۔
hjaelp-anmod-laes-step-3 = دوبارہ Mette کے طور پر لاگ اِن کریں اور Karen کا میل باکس کھولیں۔
    .hint-1 = مدد کرنے والے کو میل باکس بدلنا ہے۔
    .hint-2 = "Skift postkasse" (میل باکس بدلیں) کا انتخاب "Digital Post" میں سب سے اوپر ہے۔
    .hint-3 = Mette کے طور پر لاگ اِن کریں، "Skift postkasse" میں Karen Jensen چنیں اور "Skift" (بدلیں) پر کلک کریں۔

## hjaelp-laeseadgang-mappe
hjaelp-laeseadgang-mappe-title = اپنی بیٹی کو صرف ایک فولڈر کی "læseadgang" (پڑھنے کی اجازت) دیں
hjaelp-laeseadgang-mappe-description = "læseadgang" (پڑھنے کی اجازت) ملنے پر مدد کرنے والا آپ کی ڈاک پڑھ سکتا ہے – یہاں صرف "Sundhed" (صحت) والا فولڈر۔
hjaelp-laeseadgang-mappe-story = Karen چاہتی ہیں کہ ان کی بیٹی Mette صحت سے متعلق خطوں میں ان کی مدد کرے، لیکن باقی ڈاک میں نہیں۔
hjaelp-laeseadgang-mappe-step-1 = Karen Jensen کے طور پر "NemID" اور "nøglekort" (کلید کارڈ) سے لاگ اِن کریں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ وہاں سب لوگوں کے نام موجود ہیں۔
    .hint-2 = "Log på som Karen Jensen" (Karen Jensen کے طور پر لاگ اِن کریں) پر کلک کریں۔ پاس ورڈ اس شخص کے کارڈ پر لکھا ہے۔
    .hint-3 = پاس ورڈ لکھیں اور "Næste" (اگلا) پر کلک کریں۔ اسکرین پر جو "nøglenummer" (کلید نمبر) ہے، اسے "nøglekort" پر تلاش کریں ("Vis nøglekort" پر کلک کر کے کارڈ دیکھیں)، اور اس کے ساتھ لکھے 6 ہندسے لکھیں۔ پھر "Log på" (لاگ اِن کریں) پر کلک کریں۔
hjaelp-laeseadgang-mappe-step-2 = Mette Jensen Holm کو "Sundhed" (صحت) فولڈر کی "læseadgang" (پڑھنے کی اجازت) دیں۔ ایک کلید سے تصدیق کریں۔
    .hint-1 = "Digital Post" (ڈیجیٹل ڈاک) میں "Læse- og skriveadgang" (پڑھنے اور لکھنے کی اجازت) تلاش کریں۔
    .hint-2 = "Giv adgang" (اجازت دیں) پر کلک کریں۔ Mette کا CPR نمبر "Din øvelse" (آپ کی مشق) والے صفحے پر لکھا ہے۔
    .hint-3 = Mette Jensen Holm اور 551077-2344 لکھیں، "Læseadgang" اور "Udvalgte mapper" (چنے ہوئے فولڈر) چنیں، "Sundhed" کے خانے میں نشان لگائیں، "Næste" (اگلا) پر کلک کریں اور کلید سے دستخط کریں۔

## nemid-foerste-login
nemid-foerste-login-title = "nøglekort" (کلید کارڈ) کے ساتھ پہلی بار لاگ اِن
nemid-foerste-login-description = "NemID" سے لاگ اِن کریں: یوزر آئی ڈی (bruger-id)، پاس ورڈ، اور "nøglekort" (کلید کارڈ) سے ایک کلید۔
nemid-foerste-login-story = Karen کی عمر 78 سال ہے۔ انہیں "NemID" کے ساتھ کاغذ کا ایک "nøglekort" (کلید کارڈ) ملا ہے۔ وہ چاہتی ہیں کہ خود لاگ اِن کر سکیں۔
nemid-foerste-login-step-1 = Karen Jensen کے طور پر "NemID" اور "nøglekort" (کلید کارڈ) سے لاگ اِن کریں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ وہاں سب لوگوں کے نام موجود ہیں۔
    .hint-2 = "Log på som Karen Jensen" (Karen Jensen کے طور پر لاگ اِن کریں) پر کلک کریں۔ پاس ورڈ اس شخص کے کارڈ پر لکھا ہے۔
    .hint-3 = پاس ورڈ لکھیں اور "Næste" (اگلا) پر کلک کریں۔ اسکرین پر جو "nøglenummer" (کلید نمبر) ہے، اسے "nøglekort" پر تلاش کریں ("Vis nøglekort" پر کلک کر کے کارڈ دیکھیں)، اور اس کے ساتھ لکھے 6 ہندسے لکھیں۔ پھر "Log på" (لاگ اِن کریں) پر کلک کریں۔
nemid-foerste-login-step-2 = "Digital Post" (ڈیجیٹل ڈاک) کھولیں اور ہسپتال کا خط پڑھیں۔
    .hint-1 = لاگ اِن ہونے کے بعد آپ "Digital Post" میں جا سکتے ہیں۔
    .hint-2 = اپنے پہلے صفحے پر "Digital Post" والے بٹن پر کلک کریں۔
    .hint-3 = "Indbakke" (آنے والی ڈاک) میں "Indkaldelse til ambulant undersøgelse i Hjertemedicinsk Ambulatorium" والے عنوان پر کلک کریں۔

## nemid-spaerret
nemid-spaerret-title = بند "NemID" اور عارضی پاس ورڈ
nemid-spaerret-description = جب "NemID" بند ہو جائے تو ایک خط آتا ہے جس میں عارضی پاس ورڈ ہوتا ہے۔ اس سے لاگ اِن کریں اور نیا پاس ورڈ چنیں۔
nemid-spaerret-story = Poul نے بہت بار غلط ٹائپ کیا، اس لیے ان کا "NemID" بند ہو گیا ہے۔ ان کی کاغذی ڈاک میں ایک خط ہے جس میں عارضی پاس ورڈ لکھا ہے۔
nemid-spaerret-step-1 = عارضی پاس ورڈ تلاش کریں، اس سے Poul کے طور پر لاگ اِن کریں، اور نیا پاس ورڈ چنیں۔
    .hint-1 = Poul کی کاغذی ڈاک دیکھیں۔
    .hint-2 = "Din øvelse" (آپ کی مشق) والے صفحے پر Poul Nielsen پر کلک کریں۔ خط "Fysisk post" (کاغذی ڈاک) کے نیچے ہے۔
    .hint-3 = یوزر آئی ڈی اور خط میں لکھے عارضی پاس ورڈ سے لاگ اِن کریں، کلید لکھیں، اور نیا پاس ورڈ چنیں، مثلاً Solsikke42، اور اسے دو بار لکھیں۔

## post-besvar-brev
post-besvar-brev-title = خط کا جواب دیں
post-besvar-brev-description = کچھ خطوں کا جواب "Besvar" (جواب دیں) سے دیا جا سکتا ہے۔ اس کے بعد جواب "Sendt" (بھیجی گئی ڈاک) میں ملتا ہے۔
post-besvar-brev-story = ہسپتال نے Karen سے کہا ہے کہ اگر وقت مناسب نہ ہو تو بتا دیں۔ وہ جواب دینا چاہتی ہیں کہ وہ آئیں گی۔
post-besvar-brev-step-1 = Karen Jensen کے طور پر "NemID" اور "nøglekort" (کلید کارڈ) سے لاگ اِن کریں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ وہاں سب لوگوں کے نام موجود ہیں۔
    .hint-2 = "Log på som Karen Jensen" (Karen Jensen کے طور پر لاگ اِن کریں) پر کلک کریں۔ پاس ورڈ اس شخص کے کارڈ پر لکھا ہے۔
    .hint-3 = پاس ورڈ لکھیں اور "Næste" (اگلا) پر کلک کریں۔ اسکرین پر جو "nøglenummer" (کلید نمبر) ہے، اسے "nøglekort" پر تلاش کریں ("Vis nøglekort" پر کلک کر کے کارڈ دیکھیں)، اور اس کے ساتھ لکھے 6 ہندسے لکھیں۔ پھر "Log på" (لاگ اِن کریں) پر کلک کریں۔
post-besvar-brev-step-2 = ہسپتال کے خط کا جواب دیں اور لکھیں کہ آپ آئیں گے۔
    .hint-1 = ہسپتال کا خط کھولیں۔
    .hint-2 = بٹن کا نام "Besvar" (جواب دیں) ہے۔ "Besked" (پیغام) والے خانے میں لکھیں۔
    .hint-3 = خط کھولیں، "Besvar" پر کلک کریں، "Besked" میں مثلاً "Tak. Jeg kommer gerne." (شکریہ، میں ضرور آؤں گی) لکھیں اور "Send" (بھیجیں) پر کلک کریں۔

## post-forsvarets-dag
post-forsvarets-dag-title = وہ خط تلاش کریں جسے نظرانداز نہیں کرنا چاہیے
post-forsvarets-dag-description = نوجوانوں کو 15 سال کی عمر میں "Digital Post" (ڈیجیٹل ڈاک) ملنا شروع ہو جاتی ہے۔ "Forsvarets Dag" (دفاع کا دن) میں حاضری کا بلاوا تلاش کریں۔
post-forsvarets-dag-story = Ahmed ابھی 15 سال کا ہوا ہے اور اسے "Digital Post" مل گئی ہے۔ اس میں ایک اہم خط ہے جسے اسے نظرانداز نہیں کرنا چاہیے۔
post-forsvarets-dag-step-1 = Ahmed Abdi Yusuf کے طور پر "NemID" اور "nøglekort" (کلید کارڈ) سے لاگ اِن کریں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ وہاں سب لوگوں کے نام موجود ہیں۔
    .hint-2 = "Log på som Ahmed Abdi Yusuf" (Ahmed Abdi Yusuf کے طور پر لاگ اِن کریں) پر کلک کریں۔ پاس ورڈ اس شخص کے کارڈ پر لکھا ہے۔
    .hint-3 = پاس ورڈ لکھیں اور "Næste" (اگلا) پر کلک کریں۔ اسکرین پر جو "nøglenummer" (کلید نمبر) ہے، اسے "nøglekort" پر تلاش کریں ("Vis nøglekort" پر کلک کر کے کارڈ دیکھیں)، اور اس کے ساتھ لکھے 6 ہندسے لکھیں۔ پھر "Log på" (لاگ اِن کریں) پر کلک کریں۔
post-forsvarets-dag-step-2 = "Forsvarets Dag" (دفاع کا دن) کا بلاوا تلاش کریں اور پڑھیں۔
    .hint-1 = جو خط ابھی نہیں پڑھے گئے، ان کے ساتھ ایک نقطہ لگا ہوتا ہے۔
    .hint-2 = بھیجنے والا Forsvarsministeriets Personalestyrelse (وزارتِ دفاع کا عملے کا محکمہ) ہے۔
    .hint-3 = "Indbakke" (آنے والی ڈاک) میں "Indkaldelse til Forsvarets Dag" پر کلک کریں۔

## post-laes-brev
post-laes-brev-title = خط اور اس کے ساتھ لگی فائل پڑھیں
post-laes-brev-description = "Digital Post" (ڈیجیٹل ڈاک) میں ایک خط کھولیں، اور اس کے ساتھ لگی فائل (اٹیچمنٹ) کو PDF کی شکل میں کھولیں۔
post-laes-brev-story = Karen کو ہسپتال سے ایک خط ملا ہے جس کے ساتھ ایک فائل بھی لگی ہے۔ وہ سب کچھ پڑھنا چاہتی ہیں۔
post-laes-brev-step-1 = Karen Jensen کے طور پر "NemID" اور "nøglekort" (کلید کارڈ) سے لاگ اِن کریں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ وہاں سب لوگوں کے نام موجود ہیں۔
    .hint-2 = "Log på som Karen Jensen" (Karen Jensen کے طور پر لاگ اِن کریں) پر کلک کریں۔ پاس ورڈ اس شخص کے کارڈ پر لکھا ہے۔
    .hint-3 = پاس ورڈ لکھیں اور "Næste" (اگلا) پر کلک کریں۔ اسکرین پر جو "nøglenummer" (کلید نمبر) ہے، اسے "nøglekort" پر تلاش کریں ("Vis nøglekort" پر کلک کر کے کارڈ دیکھیں)، اور اس کے ساتھ لکھے 6 ہندسے لکھیں۔ پھر "Log på" (لاگ اِن کریں) پر کلک کریں۔
post-laes-brev-step-2 = ہسپتال کا خط کھولیں۔ "Dokumenter i brevet" (خط میں موجود دستاویزات) کے نیچے لگی فائل بھی کھولیں۔
    .hint-1 = خط "Indbakke" (آنے والی ڈاک) میں ہے۔
    .hint-2 = خطوں کی فہرست میں عنوان پر کلک کریں۔ ساتھ لگی فائل ایک لنک ہے جس کے آخر میں .pdf لکھا ہے۔
    .hint-3 = "Indkaldelse til ambulant undersøgelse …" پر کلک کریں اور پھر "Indkaldelse og praktisk information.pdf" پر کلک کریں۔

## post-mappe-sundhed
post-mappe-sundhed-title = فولڈر بنائیں اور ایک خط اس میں منتقل کریں
post-mappe-sundhed-description = فولڈروں سے ڈاک ڈھونڈنا آسان ہو جاتا ہے – اور مدد کرنے والے کو صرف ایک فولڈر کی اجازت دینا بھی۔
post-mappe-sundhed-story = آپ کی والدہ Karen کو ہسپتال سے ایک خط ملا ہے۔ وہ صحت سے متعلق اپنے سب خط "Sundhed" (صحت) نام کے ایک فولڈر میں جمع کرنا چاہتی ہیں۔
post-mappe-sundhed-step-1 = Karen Jensen کے طور پر "NemID" اور "nøglekort" (کلید کارڈ) سے لاگ اِن کریں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ وہاں سب لوگوں کے نام موجود ہیں۔
    .hint-2 = "Log på som Karen Jensen" (Karen Jensen کے طور پر لاگ اِن کریں) پر کلک کریں۔ پاس ورڈ اس شخص کے کارڈ پر لکھا ہے۔
    .hint-3 = پاس ورڈ لکھیں اور "Næste" (اگلا) پر کلک کریں۔ اسکرین پر جو "nøglenummer" (کلید نمبر) ہے، اسے "nøglekort" پر تلاش کریں ("Vis nøglekort" پر کلک کر کے کارڈ دیکھیں)، اور اس کے ساتھ لکھے 6 ہندسے لکھیں۔ پھر "Log på" (لاگ اِن کریں) پر کلک کریں۔
post-mappe-sundhed-step-2 = "Sundhed" نام کا ایک فولڈر بنائیں۔
    .hint-1 = "Digital Post" (ڈیجیٹل ڈاک) میں بائیں طرف دیکھیں۔
    .hint-2 = خانے کا نام "Navn på mappen" (فولڈر کا نام) ہے، اور بٹن کا نام "Opret mappe" (فولڈر بنائیں) ہے۔
    .hint-3 = "Navn på mappen" والے خانے میں Sundhed لکھیں اور "Opret mappe" پر کلک کریں۔
post-mappe-sundhed-step-3 = ہسپتال کا خط "Sundhed" فولڈر میں منتقل کریں۔
    .hint-1 = واپس "Indbakke" (آنے والی ڈاک) میں جائیں۔
    .hint-2 = خط کے خانے میں نشان لگائیں، اور فہرست کے نیچے "Flyt til" (یہاں منتقل کریں) استعمال کریں۔
    .hint-3 = "Indkaldelse til ambulant undersøgelse …" کے خانے میں نشان لگائیں، "Flyt til" میں Sundhed چنیں اور "Flyt" (منتقل کریں) پر کلک کریں۔

## post-skriv-skat
post-skriv-skat-title = Skattestyrelsen (ٹیکس کا محکمہ) کو لکھیں
post-skriv-skat-description = کسی سرکاری ادارے کو نیا پیغام لکھیں: ادارہ چنیں، عنوان اور پیغام لکھیں، اور بھیج دیں۔
post-skriv-skat-story = Poul کا اپنے سالانہ ٹیکس حساب (årsopgørelse) کے بارے میں ایک سوال ہے، اور وہ Skattestyrelsen کو لکھنا چاہتے ہیں۔
post-skriv-skat-step-1 = Poul Nielsen کے طور پر "NemID" اور "nøglekort" (کلید کارڈ) سے لاگ اِن کریں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ وہاں سب لوگوں کے نام موجود ہیں۔
    .hint-2 = "Log på som Poul Nielsen" (Poul Nielsen کے طور پر لاگ اِن کریں) پر کلک کریں۔ پاس ورڈ اس شخص کے کارڈ پر لکھا ہے۔
    .hint-3 = پاس ورڈ لکھیں اور "Næste" (اگلا) پر کلک کریں۔ اسکرین پر جو "nøglenummer" (کلید نمبر) ہے، اسے "nøglekort" پر تلاش کریں ("Vis nøglekort" پر کلک کر کے کارڈ دیکھیں)، اور اس کے ساتھ لکھے 6 ہندسے لکھیں۔ پھر "Log på" (لاگ اِن کریں) پر کلک کریں۔
post-skriv-skat-step-2 = Skattestyrelsen کو نیا پیغام لکھیں اور بھیج دیں۔
    .hint-1 = "Digital Post" (ڈیجیٹل ڈاک) سے شروع کریں۔
    .hint-2 = بٹن کا نام "Skriv ny besked" (نیا پیغام لکھیں) ہے۔ Skattestyrelsen آپ کو "Staten" (حکومت) کے نیچے ملے گا۔
    .hint-3 = "Skriv ny besked" پر کلک کریں، Skattestyrelsen چنیں، ایک عنوان اور ایک پیغام لکھیں، اور "Send" (بھیجیں) پر کلک کریں۔

## post-slet-gendan
post-slet-gendan-title = خط ڈیلیٹ کریں اور اسے واپس لائیں
post-slet-gendan-description = ڈیلیٹ کیے گئے خط "Papirkurv" (ردی کی ٹوکری) میں رہتے ہیں، جب تک اسے خالی نہ کیا جائے۔ وہاں سے انہیں واپس لایا جا سکتا ہے۔
post-slet-gendan-story = Karen سے غلطی سے فلو کی ویکسین کے بارے میں ایک خط ڈیلیٹ ہو گیا۔ اسے واپس "Indbakke" (آنے والی ڈاک) میں لانا ہے۔
post-slet-gendan-step-1 = Karen Jensen کے طور پر "NemID" اور "nøglekort" (کلید کارڈ) سے لاگ اِن کریں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ وہاں سب لوگوں کے نام موجود ہیں۔
    .hint-2 = "Log på som Karen Jensen" (Karen Jensen کے طور پر لاگ اِن کریں) پر کلک کریں۔ پاس ورڈ اس شخص کے کارڈ پر لکھا ہے۔
    .hint-3 = پاس ورڈ لکھیں اور "Næste" (اگلا) پر کلک کریں۔ اسکرین پر جو "nøglenummer" (کلید نمبر) ہے، اسے "nøglekort" پر تلاش کریں ("Vis nøglekort" پر کلک کر کے کارڈ دیکھیں)، اور اس کے ساتھ لکھے 6 ہندسے لکھیں۔ پھر "Log på" (لاگ اِن کریں) پر کلک کریں۔
post-slet-gendan-step-2 = "Tilbud om gratis influenzavaccination" (فلو کی مفت ویکسین کی پیشکش) والا خط ڈیلیٹ کریں۔
    .hint-1 = پہلے خط کھولیں۔
    .hint-2 = بٹن کا نام "Slet" (ڈیلیٹ کریں) ہے، اور یہ خط کے نیچے ہے۔
    .hint-3 = "Indbakke" میں خط پر کلک کریں، پھر "Slet" پر کلک کریں۔
post-slet-gendan-step-3 = "Papirkurv" (ردی کی ٹوکری) میں خط تلاش کریں اور اسے واپس لائیں۔
    .hint-1 = ڈیلیٹ کیے گئے خط ایک الگ فولڈر میں ہوتے ہیں۔
    .hint-2 = فولڈر کا نام "Papirkurv" ہے، اور بٹن کا نام "Gendan" (واپس لائیں) ہے۔
    .hint-3 = "Papirkurv" پر کلک کریں، خط کھولیں اور "Gendan" پر کلک کریں۔

## sikkerhed-log-af
sikkerhed-log-af-title = کام ختم ہونے پر ہمیشہ لاگ آؤٹ کریں
sikkerhed-log-af-description = مشترکہ کمپیوٹر پر لاگ آؤٹ ضرور کریں، تاکہ اگلا شخص آپ کی ڈاک نہ دیکھ سکے۔
sikkerhed-log-af-story = Amina لائبریری کا کمپیوٹر استعمال کرتی ہے۔ وہ اپنی ڈاک پڑھنا چاہتی ہے اور اس کے بعد ٹھیک طرح سے لاگ آؤٹ کرنا چاہتی ہے۔
sikkerhed-log-af-step-1 = Amina Abdi Yusuf کے طور پر "NemID" اور "nøglekort" (کلید کارڈ) سے لاگ اِن کریں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ وہاں سب لوگوں کے نام موجود ہیں۔
    .hint-2 = "Log på som Amina Abdi Yusuf" (Amina Abdi Yusuf کے طور پر لاگ اِن کریں) پر کلک کریں۔ پاس ورڈ اس شخص کے کارڈ پر لکھا ہے۔
    .hint-3 = پاس ورڈ لکھیں اور "Næste" (اگلا) پر کلک کریں۔ اسکرین پر جو "nøglenummer" (کلید نمبر) ہے، اسے "nøglekort" پر تلاش کریں ("Vis nøglekort" پر کلک کر کے کارڈ دیکھیں)، اور اس کے ساتھ لکھے 6 ہندسے لکھیں۔ پھر "Log på" (لاگ اِن کریں) پر کلک کریں۔
sikkerhed-log-af-step-2 = اب لاگ آؤٹ کریں۔
    .hint-1 = بٹن صفحے میں سب سے اوپر ہے۔
    .hint-2 = اس کا نام "Log af" (لاگ آؤٹ) ہے۔
    .hint-3 = اوپر دائیں کونے میں "Log af" پر کلک کریں۔

## mitid-app-log-paa
mitid-app-log-paa-title = "MitID" ایپ سے لاگ اِن کریں
mitid-app-log-paa-description = کمپیوٹر پر لاگ اِن کریں، اور فون پر "MitID" ایپ میں منظور کریں۔
mitid-app-log-paa-story = Mette ہمیشہ اپنے فون کی "MitID" ایپ سے لاگ اِن کرتی ہے۔ وہ کمپیوٹر سے Demoborger میں لاگ اِن کرنا چاہتی ہے۔
mitid-app-log-paa-step-1 = Mette Jensen Holm کے طور پر "MitID" سے لاگ اِن کریں، اور اس کے مشق والے فون پر "MitID" ایپ میں منظور کریں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ Mette کے نام کے پاس اس کی "MitID" کی معلومات لکھی ہیں۔
    .hint-2 = "Log på med MitID" (MitID سے لاگ اِن کریں) پر کلک کریں، پھر "Fortsæt" (جاری رکھیں) پر کلک کریں۔ اس کے بعد "Åbn telefon" (فون کھولیں) پر کلک کریں۔
    .hint-3 = فون پر: دیکھیں کہ کوڈ وہی ہے جو کمپیوٹر پر ہے، Mette کے کارڈ سے PIN کوڈ لکھیں، اور "Godkend" (منظور کریں) پر کلک کریں۔ پھر کمپیوٹر پر واپس جائیں۔

## mitid-kodeviser
mitid-kodeviser-title = "MitID kodeviser" (کوڈ دکھانے والا آلہ) سے لاگ اِن کریں
mitid-kodeviser-description = "kodeviser" ایک چھوٹا آلہ ہے جو ہر بار بٹن دبانے پر نیا کوڈ دکھاتا ہے۔ یہ کوڈ صرف 30 سیکنڈ تک کام کرتا ہے۔
mitid-kodeviser-story = Poul کے پاس اسمارٹ فون نہیں ہے۔ ان کے پاس "MitID kodeviser" (کوڈ دکھانے والا آلہ) ہے، اور وہ لاگ اِن کرنا چاہتے ہیں۔
mitid-kodeviser-step-1 = Poul Nielsen کے طور پر "MitID" اور "kodeviser" (کوڈ دکھانے والا آلہ) سے لاگ اِن کریں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ Poul کے نام کے پاس "MitID" کے لیے ان کا "Bruger-ID" (یوزر آئی ڈی) اور پاس ورڈ لکھا ہے۔
    .hint-2 = "Log på med MitID" (MitID سے لاگ اِن کریں) اور "Fortsæt" (جاری رکھیں) پر کلک کریں۔ پھر "kodeviser" کا بٹن دبائیں۔
    .hint-3 = "kodeviser" پر نظر آنے والے 6 ہندسے "Engangskode" (ایک بار کا کوڈ) والے خانے میں لکھیں، اور "Fortsæt" (جاری رکھیں) پر کلک کریں۔ پاس ورڈ لکھیں، اور "Fortsæt" پر کلک کریں۔

## mitid-kodeoplaeser
mitid-kodeoplaeser-title = "MitID kodeoplæser" (کوڈ پڑھ کر سنانے والا آلہ) کے ساتھ مدد
mitid-kodeoplaeser-description = "kodeoplæser" کوڈ کو بلند آواز میں پڑھ کر سناتا ہے۔ یہ ان لوگوں کے لیے ہے جن کی نظر کمزور ہے۔
mitid-kodeoplaeser-story = Erna کی نظر کمزور ہے اور ان کے پاس "MitID kodeoplæser" (کوڈ پڑھ کر سنانے والا آلہ) ہے۔ آپ لاگ اِن کرنے میں ان کی مدد کرتے ہیں، لیکن ٹائپ وہ خود کرتی ہیں۔
mitid-kodeoplaeser-step-1 = Erna Holm کے طور پر "MitID" اور "kodeoplæser" (کوڈ پڑھ کر سنانے والا آلہ) سے لاگ اِن کریں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ Erna کے نام کے پاس "MitID" کے لیے ان کا "Bruger-ID" (یوزر آئی ڈی) اور پاس ورڈ لکھا ہے۔
    .hint-2 = "Log på med MitID" (MitID سے لاگ اِن کریں) اور "Fortsæt" (جاری رکھیں) پر کلک کریں۔ پھر سرخ بٹن دبائیں اور کوڈ سنیں۔
    .hint-3 = 6 ہندسے "Engangskode" (ایک بار کا کوڈ) والے خانے میں لکھیں، اور "Fortsæt" (جاری رکھیں) پر کلک کریں۔ پاس ورڈ لکھیں، اور "Fortsæt" پر کلک کریں۔

## mitid-afvis
mitid-afvis-title = ایسی درخواست رد کریں جو آپ نے خود شروع نہیں کی
mitid-afvis-description = صرف وہی چیز منظور کریں جو آپ نے خود شروع کی ہو۔ اگر کوئی ایسی درخواست آئے جسے آپ نہیں پہچانتے، تو اسے رد کر دیں۔
mitid-afvis-story = Karen کے فون پر لاگ اِن کی ایک درخواست نظر آ رہی ہے۔ لیکن Karen نے لاگ اِن کرنے کی کوشش نہیں کی۔
mitid-afvis-step-1 = Karen کا مشق والا فون کھولیں، اور "MitID" ایپ میں درخواست رد کریں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ Karen کے نام کے پاس ان کے فون کا ایک بٹن ہے۔
    .hint-2 = "Åbn telefon" (فون کھولیں) پر کلک کریں۔ درخواست "MitID" ایپ میں ہے۔
    .hint-3 = "Afvis" (رد کریں) پر کلک کریں۔ کبھی کوئی ایسی چیز منظور نہ کریں جو آپ نے خود شروع نہ کی ہو۔

## mitid-underskriv
mitid-underskriv-title = "MitID" سے "læseadgang" (پڑھنے کی اجازت) پر دستخط کریں
mitid-underskriv-description = جب آپ کسی مدد کرنے والے کو اپنی ڈاک تک رسائی دیتے ہیں تو آپ کو دستخط کرنے ہوتے ہیں۔ یہ آپ "MitID" سے کر سکتے ہیں۔
mitid-underskriv-story = Poul چاہتے ہیں کہ جب وہ چھٹیوں پر ہوں تو ان کی پڑوسن Karen ان کی ڈاک پڑھ سکے۔ وہ "MitID kodeviser" (کوڈ دکھانے والا آلہ) استعمال کرتے ہیں۔
mitid-underskriv-step-1 = Poul Nielsen کے طور پر "MitID" اور "kodeviser" (کوڈ دکھانے والا آلہ) سے لاگ اِن کریں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ Poul کے نام کے پاس "MitID" کے لیے ان کا "Bruger-ID" (یوزر آئی ڈی) اور پاس ورڈ لکھا ہے۔
    .hint-2 = "Log på med MitID" (MitID سے لاگ اِن کریں) اور "Fortsæt" (جاری رکھیں) پر کلک کریں۔ پھر "kodeviser" کا بٹن دبائیں۔
    .hint-3 = 6 ہندسے "Engangskode" (ایک بار کا کوڈ) والے خانے میں لکھیں، اور "Fortsæt" (جاری رکھیں) پر کلک کریں۔ پاس ورڈ لکھیں، اور "Fortsæt" پر کلک کریں۔
mitid-underskriv-step-2 = Karen Jensen کو Poul کی ڈاک کی "læseadgang" (پڑھنے کی اجازت) دیں، اور "MitID" سے دستخط کریں۔
    .hint-1 = "Digital Post" (ڈیجیٹل ڈاک) میں جائیں، اور "Læse- og skriveadgang" (پڑھنے اور لکھنے کی اجازت) پر کلک کریں۔
    .hint-2 = "Giv adgang" (اجازت دیں) پر کلک کریں۔ Karen کا نام اور CPR نمبر اسی طرح لکھیں جیسے وہ "Din øvelse" (آپ کی مشق) والے صفحے پر لکھے ہیں۔
    .hint-3 = "Læseadgang" (پڑھنے کی اجازت) چنیں، "Næste" (اگلا) پر کلک کریں، اور "Underskriv med MitID" (MitID سے دستخط کریں) پر کلک کریں۔ "kodeviser" کا بٹن دبائیں، اور کوڈ اور پاس ورڈ لکھیں۔

## fidus-skat-sms
fidus-skat-sms-title = "Skat" کے نام سے آنے والے جعلی SMS کو پہچانیں
fidus-skat-sms-description = دھوکے باز ایسے SMS بھیجتے ہیں جو سرکاری اداروں کے پیغامات جیسے لگتے ہیں۔ نشانیاں پہچاننا سیکھیں، اور پیغام ڈیلیٹ کر دیں۔
fidus-skat-sms-story = کیرن کو ایک SMS ملتا ہے کہ اسے ٹیکس کے کچھ پیسے واپس ملیں گے۔ اسے بس ایک لنک پر کلک کرنا ہے۔
fidus-skat-sms-step-1 = کیرن کا مشق والا فون کھولیں اور "Beskeder" (پیغامات) میں SMS پڑھیں۔ اگر یہ جعلی ہے تو اسے ڈیلیٹ کر دیں۔
    .hint-1 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں۔ کیرن کے نام کے ساتھ اس کے فون کا ایک بٹن ہے۔
    .hint-2 = "Beskeder" (پیغامات) پر کلک کریں۔ بھیجنے والے، لنک اور زبان کو غور سے دیکھیں۔
    .hint-3 = Skat کبھی بھی SMS میں ایسا لنک نہیں بھیجتا جس پر آپ کو لاگ اِن کرنا ہو۔ "Slet" (ڈیلیٹ) پر کلک کریں۔

## fidus-post-fuld
fidus-post-fuld-title = ایک جعلی ای میل پہچانیں جس میں کہا گیا ہے کہ Digital Post بھر گیا ہے
fidus-post-fuld-description = دھوکے باز لکھتے ہیں کہ آپ کا Digital Post بھر گیا ہے اور آپ کے خطوط حذف ہو جائیں گے۔ نشانیاں پہچاننا سیکھیں، اور ای میل کو حذف کر دیں۔
fidus-post-fuld-story = Mette کو ایک ای میل ملتی ہے کہ اس کا Digital Post بھر گیا ہے۔ اس سے کہا جاتا ہے کہ وہ اسے بڑا کرنے کے لیے لاگ ان کرے۔
fidus-post-fuld-step-1 = Mette کا مشق والا فون کھولیں، اور "E-mail" میں ای میل پڑھیں۔ اگر یہ جعلی ہے تو اسے حذف کر دیں۔
    .hint-1 = صفحہ "Din øvelse" (آپ کی مشق) پر جائیں۔ Mette کے ساتھ اس کے فون کا ایک بٹن ہے۔
    .hint-2 = "E-mail" (ای میل) پر کلک کریں۔ بھیجنے والے، لنک، اور اس دھمکی کو دیکھیں کہ آپ کے خطوط حذف ہو جائیں گے۔
    .hint-3 = Digital Post کبھی نہیں بھرتا، اور یہ ایسے لنک نہیں بھیجتا جن سے آپ کو لاگ ان کرنا ہو۔ "Slet" (حذف کریں) پر کلک کریں۔

## fidus-aegte-brev
fidus-aegte-brev-title = Skattestyrelsen (ٹیکس کا محکمہ) کی طرف سے ایک اصلی خط
fidus-aegte-brev-description = ہر چیز دھوکا نہیں ہوتی۔ Digital Post میں خطوط اصلی سرکاری اداروں کی طرف سے آتے ہیں۔ انہیں پڑھیں، ان سے ڈریں نہیں۔
fidus-aegte-brev-story = ایک جعلی SMS کے بعد Karen محتاط ہو گئی ہے۔ اب اسے Digital Post میں Skattestyrelsen کی طرف سے ایک خط ملا ہے۔ کیا یہ اصلی ہے؟
fidus-aegte-brev-step-1 = NemID اور کی کارڈ کے ساتھ Karen Jensen کے طور پر لاگ ان کریں۔
    .hint-1 = صفحہ "Din øvelse" (آپ کی مشق) پر جائیں۔ وہاں سب لوگ موجود ہیں۔
    .hint-2 = "Log på som Karen Jensen" (Karen Jensen کے طور پر لاگ ان کریں) پر کلک کریں۔ پاس ورڈ اس شخص کے کارڈ پر لکھا ہے۔
    .hint-3 = پاس ورڈ لکھیں، "Næste" (اگلا) پر کلک کریں، کی کارڈ ("Vis nøglekort"، کی کارڈ دکھائیں) پر کی نمبر تلاش کریں اور اس کے ساتھ لکھے 6 ہندسے لکھیں۔ "Log på" (لاگ ان) پر کلک کریں۔
fidus-aegte-brev-step-2 = Digital Post میں Skattestyrelsen کا خط کھولیں۔ یہ اصلی ہے: یہ Digital Post میں ہے، اور آپ سے کوئی کوڈ نہیں مانگتا۔
    .hint-1 = خط "Indbakke" (ان باکس) میں ہے۔
    .hint-2 = بھیجنے والا Skattestyrelsen ہے۔ Digital Post میں خطوط اصلی سرکاری اداروں کی طرف سے آتے ہیں۔
    .hint-3 = "Din forskudsopgørelse for 2027 er klar" (2027 کے لیے آپ کا پیشگی ٹیکس تخمینہ تیار ہے) پر کلک کریں۔

## fidus-opkald
fidus-opkald-title = کوئی کال کر کے MitID ایپ میں منظوری مانگتا ہے
fidus-opkald-description = دھوکے باز کال کر کے کہتے ہیں کہ وہ Borgerservice (شہری خدمات کا دفتر) یا بینک سے ہیں۔ وہ آپ سے MitID ایپ میں ایک درخواست منظور کرنے کو کہتے ہیں۔ انکار کرنا سیکھیں۔
fidus-opkald-story = Karen کا فون بجتا ہے۔ ایک آدمی کہتا ہے کہ وہ Borgerservice سے ہے، اور Karen کا MitID بلاک ہونے والا ہے۔ اس کے فوراً بعد MitID ایپ میں ایک درخواست آتی ہے۔
fidus-opkald-step-1 = Karen کا مشق والا فون کھولیں، اور "Opkald" (کالز) میں پڑھیں کہ آدمی کیا کہہ رہا ہے۔ پھر "MitID app" (MitID ایپ) میں درخواست رد کریں۔
    .hint-1 = Karen نے خود لاگ اِن کرنے کی کوشش نہیں کی۔ اس لیے یہ درخواست ان کی نہیں ہے۔
    .hint-2 = "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں، اور Karen کا فون کھولیں۔ کال "Opkald" (کالز) میں ہے، اور درخواست "MitID app" (MitID ایپ) میں۔
    .hint-3 = "Opkald" میں "Læg på" (کال ختم کریں) پر کلک کریں۔ پھر "MitID app" پر کلک کریں، اور درخواست کے ساتھ "Afvis" (رد کریں) پر کلک کریں۔

## hjaelp-kig-vaek
hjaelp-kig-vaek-title = جب وہ اپنے کوڈ لکھے تو نظر ہٹا لیں
hjaelp-kig-vaek-description = جب آپ کسی کی ڈیجیٹل کاموں میں مدد کرتے ہیں تو آپ کو اس کا یوزر آئی ڈی، پاس ورڈ یا کوڈ معلوم نہیں ہونے چاہییں۔ جب وہ انہیں لکھے تو نظر ہٹا لیں۔
hjaelp-kig-vaek-story = Amina ایک bydelsmor (محلے کی ماں؛ ایک خاتون جو اپنے محلے کے لوگوں کی مدد کرتی ہے) ہے۔ وہ Karen کے ساتھ بیٹھی ہے، جنہیں لاگ اِن کرنا ہے۔ دونوں کردار آپ خود ادا کریں گے: پہلے Amina، جو نظر ہٹاتی ہے، پھر Karen، جو لکھتی ہیں۔
hjaelp-kig-vaek-step-1 = یہاں رہنمائی میں بٹن میری نظر دوسری طرف ہے دبا کر نظر ہٹائیں۔ پھر Karen کے طور پر لاگ اِن کریں۔
    .hint-1 = Karen کو اپنے کوڈ خود لکھنے ہیں۔ Amina کو انہیں نہیں دیکھنا چاہیے۔
    .hint-2 = بٹن میری نظر دوسری طرف ہے رہنمائی میں اس مرحلے کے نیچے ہے۔ Karen کے کچھ لکھنے سے پہلے اسے دبائیں۔
    .hint-3 = میری نظر دوسری طرف ہے دبائیں۔ پھر "Din øvelse" (آپ کی مشق) والے صفحے پر جائیں، "Log på som Karen Jensen" (Karen Jensen کے طور پر لاگ اِن کریں) پر کلک کریں، اور ان کا پاس ورڈ اور کلید لکھیں۔
