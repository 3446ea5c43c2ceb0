### Glossary: the Danish words a learner meets, explained in Urdu (ur).
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

glossary-title = الفاظ کی فہرست
glossary-intro = یہ وہ ڈینش الفاظ ہیں جو آپ کو اسکرین پر نظر آتے ہیں۔ الفاظ ڈینش زبان میں لکھے ہیں، بالکل ویسے جیسے اسکرین پر ہوتے ہیں۔ ہر لفظ کے نیچے لکھا ہے کہ اس کا مطلب کیا ہے۔
word-nemid = بہت سالوں تک انٹرنیٹ پر سرکاری سروسز کے لیے آپ کا لاگ اِن: یوزر آئی ڈی (bruger-id)، پاس ورڈ اور کاغذ کا ایک کلید کارڈ (nøglekort)۔ آج کل لوگ MitID استعمال کرتے ہیں۔
    .term = NemID
word-mitid = وہ لاگ اِن جو آج کل استعمال ہوتا ہے۔ آپ فون کی ایک ایپ سے، یا کوڈ دکھانے والے ایک چھوٹے آلے (kodeviser) سے تصدیق کرتے ہیں۔
    .term = MitID
word-noeglekort = کاغذ کا ایک کارڈ جس پر بہت سی کلیدیں لکھی ہوتی ہیں۔ ہر کلید میں چار ہندسوں کا ایک نمبر اور چھ ہندسوں کی ایک کلید ہوتی ہے۔
    .term = nøglekort
word-noeglenummer = وہ نمبر جو لاگ اِن کرتے وقت اسکرین پر نظر آتا ہے۔ یہ نمبر کلید کارڈ (nøglekort) پر تلاش کریں، اور اس کے ساتھ لکھے چھ ہندسے لکھیں۔
    .term = nøglenummer
word-bruger-id = سسٹم میں آپ کا نام۔ یہ ایک نمبر یا ایک لفظ ہوتا ہے جو آپ نے خود چنا ہے۔ یہ آپ کا CPR نمبر نہیں ہے۔
    .term = bruger-id
word-adgangskode = آپ کا خفیہ لفظ (پاس ورڈ)۔ یہ کبھی کسی کو نہ بتائیں، اس شخص کو بھی نہیں جو آپ کو فون کرے۔
    .term = adgangskode
word-log-paa = اپنے لاگ اِن سے اپنے ذاتی صفحے میں داخل ہوں (لاگ اِن کریں)۔ "Log af" کا مطلب ہے کہ آپ دوبارہ باہر نکل جاتے ہیں (لاگ آؤٹ)۔
    .term = Log på
word-cpr-nummer = آپ کا ذاتی شناختی نمبر: آپ کی تاریخِ پیدائش (چھ ہندسے) اور اس کے بعد مزید چار ہندسے۔ ڈنمارک میں ہر شخص کا ایک CPR نمبر ہوتا ہے۔
    .term = CPR-nummer
word-digital-post = انٹرنیٹ پر آپ کا ڈاک خانہ (میل باکس)۔ یہاں بلدیہ (kommune)، ہسپتال، Skattestyrelsen (ٹیکس کا محکمہ) اور دوسرے سرکاری ادارے آپ کو خط لکھتے ہیں۔
    .term = Digital Post
word-indbakke = وہ فولڈر جس میں نئے خط آتے ہیں (آنے والی ڈاک)۔
    .term = Indbakke
word-papirkurv = وہ فولڈر جس میں وہ خط ہوتے ہیں جو آپ نے ڈیلیٹ کیے ہیں (ردی کی ٹوکری)۔ آپ وہاں سے کوئی خط واپس لا سکتے ہیں۔
    .term = Papirkurv
word-mappe = ایسے خطوں کے لیے ایک جگہ جو آپس میں تعلق رکھتے ہیں (فولڈر)، مثلاً آپ کی صحت کے بارے میں سب خط۔
    .term = mappe
word-bilag = خط کے ساتھ لگی ایک اضافی دستاویز (اٹیچمنٹ)، اکثر ایک PDF فائل، جسے آپ کھول سکتے ہیں۔
    .term = bilag
word-myndighed = ایک سرکاری دفتر یا ادارہ، مثلاً بلدیہ (kommune)، Skattestyrelsen یا Udbetaling Danmark۔
    .term = myndighed
word-laeseadgang = آپ کسی ایسے شخص کو جس پر آپ بھروسا کرتے ہیں، اپنی Digital Post پڑھنے کی اجازت دیتے ہیں۔ آپ یہ اجازت بعد میں واپس بھی لے سکتے ہیں۔
    .term = læseadgang
word-fuldmagt = آپ کسی ایسے شخص کو جس پر آپ بھروسا کرتے ہیں، اجازت دیتے ہیں کہ وہ انٹرنیٹ پر آپ کی طرف سے کچھ خاص کام کرے (مختار نامہ)، مثلاً آپ کا ڈاکٹر بدلنا۔
    .term = fuldmagt
word-borgerservice = بلدیہ (kommune) کا دفتر جہاں آپ کو ڈیجیٹل کاموں میں، اور اپنے NemID یا MitID کے لیے مدد مل سکتی ہے۔
    .term = Borgerservice
word-underskriv = اپنے لاگ اِن سے تصدیق کریں کہ اجازت دینے والے آپ ہی ہیں (دستخط کریں)۔
    .term = Underskriv
