### Glossary: the Danish words a learner meets, explained in Persian (Farsi) (fa).
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

glossary-title = واژه‌نامه
glossary-intro = کلمه‌های دانمارکی که روی صفحه می‌بینید. کلمه‌ها مثل روی صفحه به دانمارکی نوشته شده‌اند، و زیر هر کلمه معنی آن آمده است.
word-nemid = راه ورود شما به سایت‌های دولتی در اینترنت، برای سال‌های زیاد: شناسه کاربری، رمز عبور و یک کارت کلید کاغذی. امروز مردم از MitID استفاده می‌کنند.
    .term = NemID
word-mitid = راه ورودی که امروز از آن استفاده می‌شود. با یک برنامه (اپ) روی گوشی، یا با یک دستگاه کوچک که کد نشان می‌دهد (kodeviser)، تأیید می‌کنید.
    .term = MitID
word-noeglekort = یک کارت کاغذی با تعداد زیادی کلید. هر کلید دو بخش دارد: یک شماره چهاررقمی و یک کلید شش‌رقمی.
    .term = nøglekort
word-noeglenummer = شماره‌ای که وقتی وارد می‌شوید روی صفحه می‌بینید. آن را روی کارت کلید (nøglekort) پیدا کنید و شش رقمی را که کنارش نوشته شده بنویسید.
    .term = nøglenummer
word-bruger-id = نام شما در سیستم. یک شماره یا یک کلمه است که خودتان انتخاب کرده‌اید. این شماره CPR شما نیست.
    .term = bruger-id
word-adgangskode = کلمه رمز شما. هرگز آن را به هیچ‌کس نگویید، حتی به کسی که به شما تلفن می‌زند.
    .term = adgangskode
word-log-paa = با اطلاعات ورود خودتان به صفحه شخصی‌تان بروید. "Log af" (خروج) یعنی دوباره از آنجا بیرون می‌روید.
    .term = Log på
word-cpr-nummer = شماره شخصی شما: تاریخ تولدتان (شش رقم) و چهار رقم دیگر. هر کسی در دانمارک یک شماره CPR دارد.
    .term = CPR-nummer
word-digital-post = صندوق پستی شما در اینترنت. اینجا شهرداری (kommune)، بیمارستان، Skattestyrelsen (اداره مالیات) و اداره‌های دولتی دیگر برای شما نامه می‌فرستند.
    .term = Digital Post
word-indbakke = پوشه‌ای که نامه‌های تازه به آن می‌رسند.
    .term = Indbakke
word-papirkurv = پوشه نامه‌هایی که پاک کرده‌اید. می‌توانید یک نامه را از آنجا دوباره برگردانید.
    .term = Papirkurv
word-mappe = جایی برای نامه‌هایی که به هم مربوط هستند، مثلاً همه نامه‌های مربوط به سلامتی شما.
    .term = mappe
word-bilag = یک سند اضافه همراه یک نامه، معمولاً یک فایل PDF که می‌توانید آن را باز کنید.
    .term = bilag
word-myndighed = یک اداره دولتی، مثلاً شهرداری (kommune)، Skattestyrelsen یا Udbetaling Danmark.
    .term = myndighed
word-laeseadgang = به کسی که به او اعتماد دارید اجازه می‌دهید Digital Post شما را بخواند. می‌توانید این اجازه را دوباره پس بگیرید.
    .term = læseadgang
word-fuldmagt = به کسی که به او اعتماد دارید اجازه می‌دهید بعضی کارها را در اینترنت به جای شما انجام دهد، مثلاً پزشک شما را عوض کند.
    .term = fuldmagt
word-borgerservice = اداره‌ای در شهرداری (kommune) که آنجا می‌توانید برای کارهای دیجیتالی و برای NemID یا MitID خود کمک بگیرید.
    .term = Borgerservice
word-underskriv = با اطلاعات ورود خودتان تأیید کنید که این خود شما هستید که اجازه می‌دهید.
    .term = Underskriv
