### Glossary: the Danish words a learner meets, explained in Arabic (ar).
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

glossary-title = قائمة الكلمات
glossary-intro = هذه هي الكلمات الدنماركية التي تراها على الشاشة. الكلمات مكتوبة بالدنماركية كما تظهر على الشاشة، وتحت كل كلمة تجد معناها.
word-nemid = تسجيل دخولك إلى الخدمات الحكومية على الإنترنت لسنوات كثيرة: اسم المستخدم، وكلمة المرور، وبطاقة مفاتيح من الورق. اليوم يستخدم الناس MitID.
    .term = NemID
word-mitid = تسجيل الدخول الذي يستخدمه الناس اليوم. تؤكّد دخولك بتطبيق على هاتفك أو بجهاز صغير يُظهر الرموز (kodeviser).
    .term = MitID
word-noeglekort = بطاقة من الورق فيها مفاتيح كثيرة. كل مفتاح هو رقم من أربعة أرقام، ومعه رمز من ستة أرقام.
    .term = nøglekort
word-noeglenummer = الرقم الذي يظهر على الشاشة عندما تسجّل الدخول. ابحث عنه في بطاقة المفاتيح، واكتب الأرقام الستة المكتوبة بجانبه.
    .term = nøglenummer
word-bruger-id = اسمك في النظام. هو رقم أو كلمة اخترتها أنت بنفسك. وهو ليس رقم CPR الخاص بك.
    .term = bruger-id
word-adgangskode = كلمتك السرية (كلمة المرور). لا تقلها لأي أحد أبدًا، ولا حتى لشخص يتصل بك بالهاتف.
    .term = adgangskode
word-log-paa = ادخل إلى صفحتك الخاصة باستخدام بيانات الدخول الخاصة بك. "Log af" (تسجيل الخروج) يعني أن تخرج مرة أخرى.
    .term = Log på
word-cpr-nummer = رقمك الشخصي: تاريخ ميلادك (ستة أرقام) وأربعة أرقام أخرى. كل شخص في الدنمارك لديه هذا الرقم.
    .term = CPR-nummer
word-digital-post = صندوق بريدك على الإنترنت. هنا تكتب إليك البلدية والمستشفى وSkattestyrelsen (مصلحة الضرائب) وجهات حكومية أخرى.
    .term = Digital Post
word-indbakke = المجلد الذي تصل إليه الرسائل الجديدة.
    .term = Indbakke
word-papirkurv = المجلد الذي فيه الرسائل التي حذفتها. يمكنك أن تسترجع رسالة من هناك.
    .term = Papirkurv
word-mappe = مكان للرسائل التي تتعلّق بموضوع واحد، مثلًا كل الرسائل عن صحتك.
    .term = mappe
word-bilag = مستند إضافي داخل رسالة، وغالبًا يكون ملف PDF يمكنك أن تفتحه.
    .term = bilag
word-myndighed = مكتب حكومي (جهة حكومية)، مثلًا البلدية أو Skattestyrelsen (مصلحة الضرائب) أو Udbetaling Danmark (جهة صرف المعاشات والإعانات).
    .term = myndighed
word-laeseadgang = تعطي شخصًا تثق به الإذن بأن يقرأ Digital Post (بريدك الرقمي). ويمكنك أن تسحب هذا الإذن مرة أخرى.
    .term = læseadgang
word-fuldmagt = تعطي شخصًا تثق به الإذن بأن يقوم بأمور محددة على الإنترنت نيابةً عنك، مثلًا أن يغيّر طبيبك.
    .term = fuldmagt
word-borgerservice = مكتب البلدية الذي تحصل فيه على مساعدة في الأمور الرقمية وفي NemID أو MitID الخاص بك.
    .term = Borgerservice
word-underskriv = أكّد باستخدام بيانات الدخول الخاصة بك أنك أنت الذي يعطي الإذن.
    .term = Underskriv
