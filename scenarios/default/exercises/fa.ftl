### Every exercise's texts in Persian (Farsi) (fa): title, description, story, and per step its instruction with three hints (a nudge, a pointer, "show me").
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

## fuldmagt-betroet-medarbejder
fuldmagt-betroet-medarbejder-title = کارمند مورد اعتماد: تأیید به جای یک شهروند
fuldmagt-betroet-medarbejder-description = یک کارمند مورد اعتماد می‌تواند درخواستی را به جای شهروندی تأیید کند که نمی‌تواند از "Digital Post" (پست دیجیتال) استفاده کند.
fuldmagt-betroet-medarbejder-story = Mette از مادربزرگش Erna یک "fuldmagt" (وکالت‌نامه) خواسته است. Erna در خانه سالمندان زندگی می‌کند و نمی‌تواند به صورت دیجیتالی جواب بدهد. Lone از "Borgerservice" (خدمات شهروندی) کمک می‌کند.
fuldmagt-betroet-medarbejder-step-1 = با "NemID" و "nøglekort" (کارت کلید) به عنوان Lone Madsen وارد شوید.
    .hint-1 = به صفحه "Din øvelse" (تمرین شما) بروید. نام همه افراد آنجا آمده است.
    .hint-2 = روی "Log på som Lone Madsen" (ورود به عنوان Lone Madsen) کلیک کنید. رمز عبور روی کارت همان شخص نوشته شده است.
    .hint-3 = رمز عبور را بنویسید و روی "Næste" (بعدی) کلیک کنید. روی "Vis nøglekort" (نمایش کارت کلید) کلیک کنید، "nøglenummer" (شماره کلید) را روی "nøglekort" پیدا کنید و 6 رقمی را که کنار آن است بنویسید. روی "Log på" (ورود) کلیک کنید.
fuldmagt-betroet-medarbejder-step-2 = هویت Erna Holm را بررسی کنید و بعد درخواست Mette را به جای Erna تأیید کنید.
    .hint-1 = Lone پرونده‌ها را در بخش "Digital fuldmagt" (وکالت دیجیتال) می‌بیند.
    .hint-2 = قبل از تأیید، کنار "Jeg har kontrolleret borgerens identitet" (هویت شهروند را بررسی کرده‌ام) تیک بزنید.
    .hint-3 = به "Digital fuldmagt" بروید، زیر نام Erna Holm در کادر مربوط به هویت تیک بزنید و روی "Godkend" (تأیید) کلیک کنید.

## fuldmagt-giv
fuldmagt-giv-title = یک "fuldmagt" (وکالت‌نامه) دیجیتال بدهید
fuldmagt-giv-description = با یک "fuldmagt" (وکالت‌نامه)، شخص دیگری می‌تواند در خدمات آنلاینی که شما انتخاب می‌کنید، به جای شما کار انجام دهد.
fuldmagt-giv-story = Karen می‌خواهد به دخترش Mette اجازه بدهد که پزشک او را عوض کند.
fuldmagt-giv-step-1 = با "NemID" و "nøglekort" (کارت کلید) به عنوان Karen Jensen وارد شوید.
    .hint-1 = به صفحه "Din øvelse" (تمرین شما) بروید. نام همه افراد آنجا آمده است.
    .hint-2 = روی "Log på som Karen Jensen" (ورود به عنوان Karen Jensen) کلیک کنید. رمز عبور روی کارت همان شخص نوشته شده است.
    .hint-3 = رمز عبور را بنویسید و روی "Næste" (بعدی) کلیک کنید. روی "Vis nøglekort" (نمایش کارت کلید) کلیک کنید، "nøglenummer" (شماره کلید) را روی "nøglekort" پیدا کنید و 6 رقمی را که کنار آن است بنویسید. روی "Log på" (ورود) کلیک کنید.
fuldmagt-giv-step-2 = به Mette برای "Skift læge" (تغییر پزشک) یک "fuldmagt" بدهید و آن را امضا کنید.
    .hint-1 = از صفحه اصلی خود به "Digital fuldmagt" (وکالت دیجیتال) بروید.
    .hint-2 = روی "Giv fuldmagt" (دادن وکالت) کلیک کنید و کنار "Skift læge" (تغییر پزشک) تیک بزنید.
    .hint-3 = Mette Jensen Holm و 551077-2344 را بنویسید، کنار "Skift læge" تیک بزنید، "Indtil den slettes" (تا وقتی که حذف شود) را انتخاب کنید و روی "Næste" (بعدی) کلیک کنید. کلید را از "nøglekort" بنویسید و روی "Underskriv" (امضا) کلیک کنید.

## fuldmagt-skift-laege
fuldmagt-skift-laege-title = از مادرتان "fuldmagt" (وکالت‌نامه) بخواهید و پزشک او را عوض کنید
fuldmagt-skift-laege-description = کمک‌کننده "fuldmagt" را درخواست می‌کند، کسی که وکالت می‌دهد آن را تأیید می‌کند، و بعد کمک‌کننده از آن استفاده می‌کند.
fuldmagt-skift-laege-story = Mette می‌خواهد به مادرش Karen کمک کند تا پزشکش را عوض کند. شما نقش هر دو نفر را بازی می‌کنید.
fuldmagt-skift-laege-step-1 = در نقش Mette: از Karen برای "Skift læge" (تغییر پزشک) "fuldmagt" بخواهید. در نقش Karen: آن را تأیید کنید.
    .hint-1 = در نقش Mette به بخش "Digital fuldmagt" (وکالت دیجیتال) بروید و از آنجا شروع کنید.
    .hint-2 = "Anmod om fuldmagt" (درخواست وکالت) یک درخواست می‌فرستد که Mette آن را با کلید خودش امضا می‌کند. Karen آن را در "Digital fuldmagt" تأیید می‌کند.
    .hint-3 = در نقش Mette: روی "Anmod om fuldmagt" (درخواست وکالت) کلیک کنید، Karen Jensen و 420348-1236 را بنویسید، "Skift læge" را انتخاب کنید، روی "Næste" (بعدی) کلیک کنید و با کلید Mette روی "Underskriv" (امضا) کلیک کنید. روی "Log af" (خروج) کلیک کنید. در نقش Karen: روی "Godkend" (تأیید) کلیک کنید و با کلید Karen روی "Underskriv" کلیک کنید.
fuldmagt-skift-laege-step-2 = به عنوان Mette وارد شوید و پزشک Karen را عوض کنید.
    .hint-1 = خدمت آنلاین "Skift læge" (تغییر پزشک) در صفحه اصلی است.
    .hint-2 = زیر "Hvem skifter du læge for?" (پزشک چه کسی را عوض می‌کنید؟) نام Karen Jensen را انتخاب کنید.
    .hint-3 = به عنوان Mette وارد شوید، روی "Skift læge" کلیک کنید، Karen Jensen و یک پزشک جدید را انتخاب کنید و روی "Skift læge" کلیک کنید.

## hjaelp-anmod-laes
hjaelp-anmod-laes-title = در نقش کمک‌کننده: دسترسی بخواهید و نامه‌ها را بخوانید
hjaelp-anmod-laes-description = کمک‌کننده دسترسی می‌خواهد، صاحب صندوق پستی تأیید می‌کند، و کمک‌کننده صندوق پستی را عوض می‌کند.
hjaelp-anmod-laes-story = Mette می‌خواهد در کار نامه‌ها به مادرش Karen کمک کند. شما نقش هر دو نفر را بازی می‌کنید.
hjaelp-anmod-laes-step-1 = به عنوان Mette وارد شوید و از Karen "læseadgang" (اجازه خواندن) بخواهید.
    .hint-1 = Mette کمک‌کننده است. اول به عنوان او وارد شوید.
    .hint-2 = در "Digital Post" (پست دیجیتال)، زیر "Læse- og skriveadgang" (اجازه خواندن و نوشتن)، گزینه "Anmod om adgang" (درخواست دسترسی) را پیدا می‌کنید.
    .hint-3 = Karen Jensen و 420348-1236 را بنویسید، "Læseadgang" (اجازه خواندن) را انتخاب کنید و روی "Send anmodning" (ارسال درخواست) کلیک کنید.
hjaelp-anmod-laes-step-2 = از سیستم خارج شوید، به عنوان Karen وارد شوید و درخواست را با یک کلید تأیید کنید.
    .hint-1 = حالا صاحب صندوق پستی باید جواب بدهد.
    .hint-2 = به عنوان Karen وارد شوید. درخواست زیر "Læse- og skriveadgang" (اجازه خواندن و نوشتن) است.
    .hint-3 = کنار درخواست روی "Godkend" (تأیید) کلیک کنید و با یک کلید از "nøglekort" (کارت کلید) Karen امضا کنید.
hjaelp-anmod-laes-step-3 = دوباره به عنوان Mette وارد شوید و صندوق پستی Karen را باز کنید.
    .hint-1 = کمک‌کننده باید صندوق پستی را عوض کند.
    .hint-2 = گزینه "Skift postkasse" (تغییر صندوق پستی) بالای صفحه "Digital Post" است.
    .hint-3 = به عنوان Mette وارد شوید، در "Skift postkasse" نام Karen Jensen را انتخاب کنید و روی "Skift" (تغییر) کلیک کنید.

## hjaelp-laeseadgang-mappe
hjaelp-laeseadgang-mappe-title = به دخترتان فقط برای یک پوشه "læseadgang" (اجازه خواندن) بدهید
hjaelp-laeseadgang-mappe-description = با "læseadgang" (اجازه خواندن)، کمک‌کننده می‌تواند نامه‌های شما را بخواند – در اینجا فقط پوشه "Sundhed" (سلامت).
hjaelp-laeseadgang-mappe-story = Karen می‌خواهد دخترش Mette در نامه‌های مربوط به سلامتی به او کمک کند، اما در بقیه نامه‌ها نه.
hjaelp-laeseadgang-mappe-step-1 = با "NemID" و "nøglekort" (کارت کلید) به عنوان Karen Jensen وارد شوید.
    .hint-1 = به صفحه "Din øvelse" (تمرین شما) بروید. نام همه افراد آنجا آمده است.
    .hint-2 = روی "Log på som Karen Jensen" (ورود به عنوان Karen Jensen) کلیک کنید. رمز عبور روی کارت همان شخص نوشته شده است.
    .hint-3 = رمز عبور را بنویسید و روی "Næste" (بعدی) کلیک کنید. روی "Vis nøglekort" (نمایش کارت کلید) کلیک کنید، "nøglenummer" (شماره کلید) را روی "nøglekort" پیدا کنید و 6 رقمی را که کنار آن است بنویسید. روی "Log på" (ورود) کلیک کنید.
hjaelp-laeseadgang-mappe-step-2 = به Mette Jensen Holm برای پوشه "Sundhed" (سلامت) "læseadgang" (اجازه خواندن) بدهید. با یک کلید تأیید کنید.
    .hint-1 = در "Digital Post" (پست دیجیتال) دنبال "Læse- og skriveadgang" (اجازه خواندن و نوشتن) بگردید.
    .hint-2 = روی "Giv adgang" (دادن دسترسی) کلیک کنید. شماره CPR مربوط به Mette در صفحه "Din øvelse" (تمرین شما) نوشته شده است.
    .hint-3 = Mette Jensen Holm و 551077-2344 را بنویسید، "Læseadgang" (اجازه خواندن) و "Udvalgte mapper" (پوشه‌های انتخابی) را انتخاب کنید، کنار "Sundhed" تیک بزنید، روی "Næste" (بعدی) کلیک کنید و با کلید امضا کنید.

## nemid-foerste-login
nemid-foerste-login-title = اولین ورود با "nøglekort" (کارت کلید)
nemid-foerste-login-description = با "NemID" وارد شوید: با شناسه کاربری، رمز عبور و یک کلید از "nøglekort" (کارت کلید).
nemid-foerste-login-story = Karen 78 سال دارد و "NemID" را با یک "nøglekort" (کارت کلید) کاغذی گرفته است. او می‌خواهد بتواند خودش وارد شود.
nemid-foerste-login-step-1 = با "NemID" و "nøglekort" (کارت کلید) به عنوان Karen Jensen وارد شوید.
    .hint-1 = به صفحه "Din øvelse" (تمرین شما) بروید. نام همه افراد آنجا آمده است.
    .hint-2 = روی "Log på som Karen Jensen" (ورود به عنوان Karen Jensen) کلیک کنید. رمز عبور روی کارت همان شخص نوشته شده است.
    .hint-3 = رمز عبور را بنویسید و روی "Næste" (بعدی) کلیک کنید. روی "Vis nøglekort" (نمایش کارت کلید) کلیک کنید، "nøglenummer" (شماره کلید) را روی "nøglekort" پیدا کنید و 6 رقمی را که کنار آن است بنویسید. روی "Log på" (ورود) کلیک کنید.
nemid-foerste-login-step-2 = "Digital Post" (پست دیجیتال) را باز کنید و نامه بیمارستان را بخوانید.
    .hint-1 = وقتی وارد شدید، می‌توانید به "Digital Post" بروید.
    .hint-2 = در صفحه اصلی خود روی دکمه "Digital Post" کلیک کنید.
    .hint-3 = در "Indbakke" (صندوق ورودی) روی عنوان "Indkaldelse til ambulant undersøgelse i Hjertemedicinsk Ambulatorium" (دعوت‌نامه برای معاینه سرپایی در درمانگاه قلب) کلیک کنید.

## nemid-spaerret
nemid-spaerret-title = "NemID" مسدودشده و رمز عبور موقت
nemid-spaerret-description = وقتی "NemID" مسدود می‌شود، نامه‌ای با یک رمز عبور موقت می‌آید. با آن وارد شوید و یک رمز عبور جدید انتخاب کنید.
nemid-spaerret-story = Poul چند بار پشت سر هم رمز را اشتباه وارد کرده و "NemID" او مسدود شده است. در نامه‌های کاغذی او نامه‌ای با یک رمز عبور موقت هست.
nemid-spaerret-step-1 = رمز عبور موقت را پیدا کنید، با آن به عنوان Poul وارد شوید و یک رمز عبور جدید انتخاب کنید.
    .hint-1 = دنبال نامه‌های کاغذی Poul بگردید.
    .hint-2 = در صفحه "Din øvelse" (تمرین شما) روی Poul Nielsen کلیک کنید. نامه زیر "Fysisk post" (پست کاغذی) است.
    .hint-3 = با شناسه کاربری و رمز عبور موقتی که در نامه است وارد شوید، کلید را بنویسید، و یک رمز عبور جدید، مثلاً Solsikke42، را دو بار بنویسید.

## post-besvar-brev
post-besvar-brev-title = به یک نامه جواب بدهید
post-besvar-brev-description = به بعضی نامه‌ها می‌شود با "Besvar" (پاسخ) جواب داد. بعد از آن، جواب شما در "Sendt" (ارسال‌شده) است.
post-besvar-brev-story = بیمارستان از Karen خواسته است که اگر زمان قرار ملاقات برایش مناسب نیست، خبر بدهد. او می‌خواهد جواب بدهد که می‌آید.
post-besvar-brev-step-1 = با "NemID" و "nøglekort" (کارت کلید) به عنوان Karen Jensen وارد شوید.
    .hint-1 = به صفحه "Din øvelse" (تمرین شما) بروید. نام همه افراد آنجا آمده است.
    .hint-2 = روی "Log på som Karen Jensen" (ورود به عنوان Karen Jensen) کلیک کنید. رمز عبور روی کارت همان شخص نوشته شده است.
    .hint-3 = رمز عبور را بنویسید و روی "Næste" (بعدی) کلیک کنید. روی "Vis nøglekort" (نمایش کارت کلید) کلیک کنید، "nøglenummer" (شماره کلید) را روی "nøglekort" پیدا کنید و 6 رقمی را که کنار آن است بنویسید. روی "Log på" (ورود) کلیک کنید.
post-besvar-brev-step-2 = به نامه بیمارستان جواب بدهید و بنویسید که می‌آیید.
    .hint-1 = نامه بیمارستان را باز کنید.
    .hint-2 = اسم دکمه "Besvar" (پاسخ) است. در کادر "Besked" (پیام) بنویسید.
    .hint-3 = نامه را باز کنید، روی "Besvar" کلیک کنید، در "Besked" مثلاً "Tak. Jeg kommer gerne." (ممنون. حتماً می‌آیم.) را بنویسید و روی "Send" (ارسال) کلیک کنید.

## post-forsvarets-dag
post-forsvarets-dag-title = نامه‌ای را پیدا کنید که نباید نادیده بگیرید
post-forsvarets-dag-description = جوان‌ها وقتی 15 ساله می‌شوند، "Digital Post" (پست دیجیتال) می‌گیرند. دعوت‌نامه Forsvarets Dag (روز ارتش) را پیدا کنید.
post-forsvarets-dag-story = Ahmed تازه 15 ساله شده و "Digital Post" گرفته است. آنجا یک نامه مهم هست که نباید آن را نادیده بگیرد.
post-forsvarets-dag-step-1 = با "NemID" و "nøglekort" (کارت کلید) به عنوان Ahmed Abdi Yusuf وارد شوید.
    .hint-1 = به صفحه "Din øvelse" (تمرین شما) بروید. نام همه افراد آنجا آمده است.
    .hint-2 = روی "Log på som Ahmed Abdi Yusuf" (ورود به عنوان Ahmed Abdi Yusuf) کلیک کنید. رمز عبور روی کارت همان شخص نوشته شده است.
    .hint-3 = رمز عبور را بنویسید و روی "Næste" (بعدی) کلیک کنید. روی "Vis nøglekort" (نمایش کارت کلید) کلیک کنید، "nøglenummer" (شماره کلید) را روی "nøglekort" پیدا کنید و 6 رقمی را که کنار آن است بنویسید. روی "Log på" (ورود) کلیک کنید.
post-forsvarets-dag-step-2 = دعوت‌نامه Forsvarets Dag (روز ارتش) را پیدا کنید و بخوانید.
    .hint-1 = کنار نامه‌های خوانده‌نشده یک نقطه هست.
    .hint-2 = فرستنده Forsvarsministeriets Personalestyrelse (اداره کارکنان وزارت دفاع) است.
    .hint-3 = در "Indbakke" (صندوق ورودی) روی "Indkaldelse til Forsvarets Dag" (دعوت‌نامه روز ارتش) کلیک کنید.

## post-laes-brev
post-laes-brev-title = یک نامه و پیوست آن را بخوانید
post-laes-brev-description = یک نامه را در "Digital Post" (پست دیجیتال) باز کنید و پیوست آن را به صورت PDF باز کنید.
post-laes-brev-story = Karen از بیمارستان نامه‌ای با یک پیوست گرفته است. او می‌خواهد همه آن را بخواند.
post-laes-brev-step-1 = با "NemID" و "nøglekort" (کارت کلید) به عنوان Karen Jensen وارد شوید.
    .hint-1 = به صفحه "Din øvelse" (تمرین شما) بروید. نام همه افراد آنجا آمده است.
    .hint-2 = روی "Log på som Karen Jensen" (ورود به عنوان Karen Jensen) کلیک کنید. رمز عبور روی کارت همان شخص نوشته شده است.
    .hint-3 = رمز عبور را بنویسید و روی "Næste" (بعدی) کلیک کنید. روی "Vis nøglekort" (نمایش کارت کلید) کلیک کنید، "nøglenummer" (شماره کلید) را روی "nøglekort" پیدا کنید و 6 رقمی را که کنار آن است بنویسید. روی "Log på" (ورود) کلیک کنید.
post-laes-brev-step-2 = نامه بیمارستان را باز کنید. پیوست آن را هم که زیر "Dokumenter i brevet" (اسناد داخل نامه) است باز کنید.
    .hint-1 = نامه در "Indbakke" (صندوق ورودی) است.
    .hint-2 = در فهرست نامه‌ها روی عنوان نامه کلیک کنید. پیوست یک لینک است که آخرش .pdf دارد.
    .hint-3 = روی "Indkaldelse til ambulant undersøgelse …" کلیک کنید و بعد روی "Indkaldelse og praktisk information.pdf" کلیک کنید.

## post-mappe-sundhed
post-mappe-sundhed-title = یک پوشه بسازید و نامه‌ای را به آن ببرید
post-mappe-sundhed-description = با پوشه‌ها نامه‌ها را راحت‌تر پیدا می‌کنید – و می‌توانید به یک کمک‌کننده فقط برای یک پوشه دسترسی بدهید.
post-mappe-sundhed-story = مادرتان Karen از بیمارستان نامه‌ای گرفته است. او می‌خواهد نامه‌های مربوط به سلامتی‌اش را در پوشه‌ای به نام "Sundhed" (سلامت) جمع کند.
post-mappe-sundhed-step-1 = با "NemID" و "nøglekort" (کارت کلید) به عنوان Karen Jensen وارد شوید.
    .hint-1 = به صفحه "Din øvelse" (تمرین شما) بروید. نام همه افراد آنجا آمده است.
    .hint-2 = روی "Log på som Karen Jensen" (ورود به عنوان Karen Jensen) کلیک کنید. رمز عبور روی کارت همان شخص نوشته شده است.
    .hint-3 = رمز عبور را بنویسید و روی "Næste" (بعدی) کلیک کنید. روی "Vis nøglekort" (نمایش کارت کلید) کلیک کنید، "nøglenummer" (شماره کلید) را روی "nøglekort" پیدا کنید و 6 رقمی را که کنار آن است بنویسید. روی "Log på" (ورود) کلیک کنید.
post-mappe-sundhed-step-2 = یک پوشه به نام "Sundhed" (سلامت) بسازید.
    .hint-1 = به سمت چپ صفحه "Digital Post" (پست دیجیتال) نگاه کنید.
    .hint-2 = اسم کادر "Navn på mappen" (نام پوشه) و اسم دکمه "Opret mappe" (ساختن پوشه) است.
    .hint-3 = در کادر "Navn på mappen" کلمه Sundhed را بنویسید و روی "Opret mappe" کلیک کنید.
post-mappe-sundhed-step-3 = نامه بیمارستان را به پوشه "Sundhed" ببرید.
    .hint-1 = به "Indbakke" (صندوق ورودی) برگردید.
    .hint-2 = کنار نامه تیک بزنید و از "Flyt til" (انتقال به) در زیر فهرست استفاده کنید.
    .hint-3 = کنار "Indkaldelse til ambulant undersøgelse …" تیک بزنید، در "Flyt til" پوشه Sundhed را انتخاب کنید و روی "Flyt" (انتقال) کلیک کنید.

## post-skriv-skat
post-skriv-skat-title = به Skattestyrelsen (اداره مالیات) نامه بنویسید
post-skriv-skat-description = یک پیام جدید برای یک اداره دولتی بنویسید: اداره را انتخاب کنید، موضوع و متن پیام را بنویسید و آن را بفرستید.
post-skriv-skat-story = Poul درباره برگه حساب مالیات سالانه‌اش سؤالی دارد و می‌خواهد به Skattestyrelsen (اداره مالیات) نامه بنویسد.
post-skriv-skat-step-1 = با "NemID" و "nøglekort" (کارت کلید) به عنوان Poul Nielsen وارد شوید.
    .hint-1 = به صفحه "Din øvelse" (تمرین شما) بروید. نام همه افراد آنجا آمده است.
    .hint-2 = روی "Log på som Poul Nielsen" (ورود به عنوان Poul Nielsen) کلیک کنید. رمز عبور روی کارت همان شخص نوشته شده است.
    .hint-3 = رمز عبور را بنویسید و روی "Næste" (بعدی) کلیک کنید. روی "Vis nøglekort" (نمایش کارت کلید) کلیک کنید، "nøglenummer" (شماره کلید) را روی "nøglekort" پیدا کنید و 6 رقمی را که کنار آن است بنویسید. روی "Log på" (ورود) کلیک کنید.
post-skriv-skat-step-2 = یک پیام جدید به Skattestyrelsen بنویسید و آن را بفرستید.
    .hint-1 = از "Digital Post" (پست دیجیتال) شروع کنید.
    .hint-2 = اسم دکمه "Skriv ny besked" (نوشتن پیام جدید) است. Skattestyrelsen زیر "Staten" (دولت) است.
    .hint-3 = روی "Skriv ny besked" کلیک کنید، Skattestyrelsen را انتخاب کنید، یک موضوع و یک پیام بنویسید و روی "Send" (ارسال) کلیک کنید.

## post-slet-gendan
post-slet-gendan-title = یک نامه را پاک کنید و دوباره برگردانید
post-slet-gendan-description = نامه‌های پاک‌شده تا وقتی "Papirkurv" (سطل زباله) خالی نشده، آنجا می‌مانند. از آنجا می‌توانید آن‌ها را برگردانید.
post-slet-gendan-story = Karen یک نامه درباره واکسن آنفولانزا را اشتباهی پاک کرده است. این نامه باید به "Indbakke" (صندوق ورودی) برگردد.
post-slet-gendan-step-1 = با "NemID" و "nøglekort" (کارت کلید) به عنوان Karen Jensen وارد شوید.
    .hint-1 = به صفحه "Din øvelse" (تمرین شما) بروید. نام همه افراد آنجا آمده است.
    .hint-2 = روی "Log på som Karen Jensen" (ورود به عنوان Karen Jensen) کلیک کنید. رمز عبور روی کارت همان شخص نوشته شده است.
    .hint-3 = رمز عبور را بنویسید و روی "Næste" (بعدی) کلیک کنید. روی "Vis nøglekort" (نمایش کارت کلید) کلیک کنید، "nøglenummer" (شماره کلید) را روی "nøglekort" پیدا کنید و 6 رقمی را که کنار آن است بنویسید. روی "Log på" (ورود) کلیک کنید.
post-slet-gendan-step-2 = نامه "Tilbud om gratis influenzavaccination" (پیشنهاد واکسن رایگان آنفولانزا) را پاک کنید.
    .hint-1 = اول نامه را باز کنید.
    .hint-2 = اسم دکمه "Slet" (حذف) است و زیر نامه قرار دارد.
    .hint-3 = در "Indbakke" (صندوق ورودی) روی نامه کلیک کنید و بعد روی "Slet" کلیک کنید.
post-slet-gendan-step-3 = نامه را در "Papirkurv" (سطل زباله) پیدا کنید و آن را برگردانید.
    .hint-1 = نامه‌های پاک‌شده در یک پوشه جداگانه هستند.
    .hint-2 = اسم پوشه "Papirkurv" (سطل زباله) و اسم دکمه "Gendan" (بازگرداندن) است.
    .hint-3 = روی "Papirkurv" کلیک کنید، نامه را باز کنید و روی "Gendan" کلیک کنید.

## sikkerhed-log-af
sikkerhed-log-af-title = وقتی کارتان تمام شد، همیشه از سیستم خارج شوید
sikkerhed-log-af-description = در کامپیوتری که دیگران هم با آن کار می‌کنند، باید از سیستم خارج شوید تا نفر بعدی نتواند نامه‌های شما را ببیند.
sikkerhed-log-af-story = Amina با کامپیوتر کتابخانه کار می‌کند. او می‌خواهد نامه‌هایش را بخواند و بعد درست و کامل خارج شود.
sikkerhed-log-af-step-1 = با "NemID" و "nøglekort" (کارت کلید) به عنوان Amina Abdi Yusuf وارد شوید.
    .hint-1 = به صفحه "Din øvelse" (تمرین شما) بروید. نام همه افراد آنجا آمده است.
    .hint-2 = روی "Log på som Amina Abdi Yusuf" (ورود به عنوان Amina Abdi Yusuf) کلیک کنید. رمز عبور روی کارت همان شخص نوشته شده است.
    .hint-3 = رمز عبور را بنویسید و روی "Næste" (بعدی) کلیک کنید. روی "Vis nøglekort" (نمایش کارت کلید) کلیک کنید، "nøglenummer" (شماره کلید) را روی "nøglekort" پیدا کنید و 6 رقمی را که کنار آن است بنویسید. روی "Log på" (ورود) کلیک کنید.
sikkerhed-log-af-step-2 = حالا از سیستم خارج شوید.
    .hint-1 = دکمه آن بالای صفحه است.
    .hint-2 = اسم دکمه "Log af" (خروج) است.
    .hint-3 = بالای صفحه، سمت راست، روی "Log af" کلیک کنید.

## mitid-app-log-paa
mitid-app-log-paa-title = ورود با اپ "MitID"
mitid-app-log-paa-description = روی کامپیوتر وارد شوید و روی گوشی با اپ "MitID" تأیید کنید.
mitid-app-log-paa-story = Mette همیشه با اپ "MitID" روی گوشی‌اش وارد می‌شود. او می‌خواهد از کامپیوتر وارد Demoborger شود.
mitid-app-log-paa-step-1 = با "MitID" به عنوان Mette Jensen Holm وارد شوید و در اپ "MitID" روی گوشی تمرینی او تأیید کنید.
    .hint-1 = به صفحه "Din øvelse" (تمرین شما) بروید. اطلاعات "MitID" مربوط به Mette کنار نام او آمده است.
    .hint-2 = روی "Log på med MitID" (ورود با MitID) کلیک کنید و بعد روی "Fortsæt" (ادامه) کلیک کنید. سپس روی "Åbn telefon" (باز کردن گوشی) کلیک کنید.
    .hint-3 = روی گوشی: بررسی کنید که کد همان کدی باشد که روی کامپیوتر است، کد PIN را از کارت Mette بنویسید و روی "Godkend" (تأیید) کلیک کنید. بعد به کامپیوتر برگردید.

## mitid-kodeviser
mitid-kodeviser-title = ورود با "MitID kodeviser" (دستگاه نمایش کد)
mitid-kodeviser-description = دستگاه "kodeviser" هر بار که دکمه‌اش را فشار می‌دهید، یک کد جدید نشان می‌دهد. این کد فقط 30 ثانیه کار می‌کند.
mitid-kodeviser-story = Poul گوشی هوشمند ندارد. او یک "MitID kodeviser" (دستگاه نمایش کد) دارد و می‌خواهد وارد شود.
mitid-kodeviser-step-1 = با "MitID" و دستگاه "kodeviser" (دستگاه نمایش کد) به عنوان Poul Nielsen وارد شوید.
    .hint-1 = به صفحه "Din øvelse" (تمرین شما) بروید. "Bruger-ID" (شناسه کاربری) و رمز عبور "MitID" مربوط به Poul کنار نام او آمده است.
    .hint-2 = روی "Log på med MitID" (ورود با MitID) و "Fortsæt" (ادامه) کلیک کنید. بعد دکمه روی دستگاه "kodeviser" را فشار دهید.
    .hint-3 = 6 رقمی را که دستگاه "kodeviser" نشان می‌دهد در خانه "Engangskode" (کد یک‌بار مصرف) بنویسید و روی "Fortsæt" (ادامه) کلیک کنید. رمز عبور را بنویسید و روی "Fortsæt" کلیک کنید.

## mitid-kodeoplaeser
mitid-kodeoplaeser-title = کمک به ورود با "MitID kodeoplæser" (دستگاهی که کد را با صدا می‌خواند)
mitid-kodeoplaeser-description = دستگاه "kodeoplæser" کد را با صدای بلند می‌خواند. این دستگاه برای کسانی است که چشمشان کم می‌بیند.
mitid-kodeoplaeser-story = چشم Erna کم می‌بیند و او یک "MitID kodeoplæser" (دستگاهی که کد را با صدا می‌خواند) دارد. شما به او کمک می‌کنید وارد شود، اما تایپ کردن را خودش انجام می‌دهد.
mitid-kodeoplaeser-step-1 = با "MitID" و دستگاه "kodeoplæser" (دستگاهی که کد را با صدا می‌خواند) به عنوان Erna Holm وارد شوید.
    .hint-1 = به صفحه "Din øvelse" (تمرین شما) بروید. "Bruger-ID" (شناسه کاربری) و رمز عبور "MitID" مربوط به Erna کنار نام او آمده است.
    .hint-2 = روی "Log på med MitID" (ورود با MitID) و "Fortsæt" (ادامه) کلیک کنید. بعد دکمه قرمز را فشار دهید و به کد گوش دهید.
    .hint-3 = 6 رقم را در خانه "Engangskode" (کد یک‌بار مصرف) بنویسید و روی "Fortsæt" (ادامه) کلیک کنید. رمز عبور را بنویسید و روی "Fortsæt" کلیک کنید.

## mitid-afvis
mitid-afvis-title = درخواستی را که خودتان شروع نکرده‌اید رد کنید
mitid-afvis-description = فقط چیزی را تأیید کنید که خودتان شروع کرده‌اید. اگر درخواستی آمد که آن را نمی‌شناسید، باید آن را رد کنید.
mitid-afvis-story = گوشی Karen یک درخواست ورود نشان می‌دهد. اما Karen سعی نکرده است وارد شود.
mitid-afvis-step-1 = گوشی تمرینی Karen را باز کنید و درخواست را در اپ "MitID" رد کنید.
    .hint-1 = به صفحه "Din øvelse" (تمرین شما) بروید. کنار نام Karen یک دکمه برای گوشی او هست.
    .hint-2 = روی "Åbn telefon" (باز کردن گوشی) کلیک کنید. درخواست در اپ "MitID" است.
    .hint-3 = روی "Afvis" (رد کردن) کلیک کنید. هرگز چیزی را که خودتان شروع نکرده‌اید تأیید نکنید.

## mitid-underskriv
mitid-underskriv-title = یک "læseadgang" (اجازه خواندن) را با "MitID" امضا کنید
mitid-underskriv-description = وقتی به یک کمک‌کننده اجازه دسترسی به نامه‌هایتان را می‌دهید، باید امضا کنید. این کار را می‌توانید با "MitID" انجام دهید.
mitid-underskriv-story = Poul می‌خواهد همسایه‌اش Karen بتواند در مدتی که او در تعطیلات است، نامه‌هایش را بخواند. او از "MitID kodeviser" (دستگاه نمایش کد) استفاده می‌کند.
mitid-underskriv-step-1 = با "MitID" و دستگاه "kodeviser" (دستگاه نمایش کد) به عنوان Poul Nielsen وارد شوید.
    .hint-1 = به صفحه "Din øvelse" (تمرین شما) بروید. "Bruger-ID" (شناسه کاربری) و رمز عبور "MitID" مربوط به Poul کنار نام او آمده است.
    .hint-2 = روی "Log på med MitID" (ورود با MitID) و "Fortsæt" (ادامه) کلیک کنید. بعد دکمه روی دستگاه "kodeviser" را فشار دهید.
    .hint-3 = 6 رقم را در خانه "Engangskode" (کد یک‌بار مصرف) بنویسید و روی "Fortsæt" (ادامه) کلیک کنید. رمز عبور را بنویسید و روی "Fortsæt" کلیک کنید.
mitid-underskriv-step-2 = به Karen Jensen برای نامه‌های Poul "læseadgang" (اجازه خواندن) بدهید و با "MitID" امضا کنید.
    .hint-1 = به "Digital Post" (پست دیجیتال) بروید و روی "Læse- og skriveadgang" (اجازه خواندن و نوشتن) کلیک کنید.
    .hint-2 = روی "Giv adgang" (دادن دسترسی) کلیک کنید. نام و شماره CPR مربوط به Karen را همان‌طور که در صفحه "Din øvelse" (تمرین شما) نوشته شده است بنویسید.
    .hint-3 = "Læseadgang" (اجازه خواندن) را انتخاب کنید، روی "Næste" (بعدی) کلیک کنید و بعد روی "Underskriv med MitID" (امضا با MitID) کلیک کنید. دکمه دستگاه "kodeviser" را فشار دهید و کد و رمز عبور را بنویسید.

## fidus-skat-sms
fidus-skat-sms-title = پیامک جعلی از طرف "Skat" را تشخیص دهید
fidus-skat-sms-description = کلاهبرداران پیامک‌هایی می‌فرستند که شبیه پیام‌های ادارات دولتی است. نشانه‌ها را بشناسید و پیام را پاک کنید.
fidus-skat-sms-story = برای کارن پیامکی می‌آید که می‌گوید بخشی از مالیاتش به او برگردانده می‌شود. فقط کافی است روی یک لینک کلیک کند.
fidus-skat-sms-step-1 = تلفن تمرینی کارن را باز کنید و پیامک را در "Beskeder" (پیام‌ها) بخوانید. اگر جعلی است، آن را پاک کنید.
    .hint-1 = به صفحهٔ "Din øvelse" (تمرین شما) بروید. کنار نام کارن دکمه‌ای برای تلفن او هست.
    .hint-2 = روی "Beskeder" (پیام‌ها) کلیک کنید. به فرستنده، لینک و زبان پیام دقت کنید.
    .hint-3 = Skat هرگز در پیامک لینکی نمی‌فرستد که با آن وارد حساب شوید. روی "Slet" (حذف) کلیک کنید.

## fidus-post-fuld
fidus-post-fuld-title = ایمیل جعلی‌ای را بشناسید که می‌گوید Digital Post شما پر شده است
fidus-post-fuld-description = کلاهبرداران می‌نویسند که Digital Post شما پر شده و نامه‌هایتان پاک می‌شوند. نشانه‌ها را بشناسید و ایمیل را پاک کنید.
fidus-post-fuld-story = Mette ایمیلی دریافت می‌کند که می‌گوید Digital Post او پر شده است. در ایمیل از او خواسته‌اند وارد شود تا آن را بزرگ‌تر کند.
fidus-post-fuld-step-1 = تلفن تمرینی Mette را باز کنید و ایمیل را در بخش "E-mail" بخوانید. اگر جعلی است، آن را پاک کنید.
    .hint-1 = به صفحهٔ "Din øvelse" (تمرین شما) بروید. کنار Mette دکمه‌ای برای تلفن او هست.
    .hint-2 = روی "E-mail" (ایمیل) کلیک کنید. به فرستنده، لینک و تهدید به پاک شدن نامه‌هایتان نگاه کنید.
    .hint-3 = Digital Post پر نمی‌شود و لینکی برای ورود نمی‌فرستد. روی "Slet" (حذف) کلیک کنید.

## fidus-aegte-brev
fidus-aegte-brev-title = یک نامهٔ واقعی از Skattestyrelsen (ادارهٔ مالیات)
fidus-aegte-brev-description = همه چیز کلاهبرداری نیست. نامه‌های Digital Post از ادارات دولتی واقعی می‌آیند. باید آن‌ها را بخوانید، نه اینکه از آن‌ها بترسید.
fidus-aegte-brev-story = Karen بعد از یک پیامک (SMS) جعلی محتاط شده است. حالا نامه‌ای از Skattestyrelsen در Digital Post دریافت کرده است. آیا این نامه واقعی است؟
fidus-aegte-brev-step-1 = با NemID و کارت کلید، به‌عنوان Karen Jensen وارد شوید.
    .hint-1 = به صفحهٔ "Din øvelse" (تمرین شما) بروید. همهٔ افراد آنجا هستند.
    .hint-2 = روی "Log på som Karen Jensen" (ورود به‌عنوان Karen Jensen) کلیک کنید. رمز عبور روی کارت آن شخص نوشته شده است.
    .hint-3 = رمز عبور را بنویسید، روی "Næste" (بعدی) کلیک کنید، شمارهٔ کلید را در کارت کلید ("Vis nøglekort"، نمایش کارت کلید) پیدا کنید و 6 رقم کنار آن را بنویسید. روی "Log på" (ورود) کلیک کنید.
fidus-aegte-brev-step-2 = نامهٔ Skattestyrelsen را در Digital Post باز کنید. این نامه واقعی است: در Digital Post قرار دارد و از شما هیچ کدی نمی‌خواهد.
    .hint-1 = نامه در "Indbakke" (صندوق ورودی) است.
    .hint-2 = فرستنده Skattestyrelsen است. نامه‌های Digital Post از ادارات دولتی واقعی می‌آیند.
    .hint-3 = روی "Din forskudsopgørelse for 2027 er klar" (برآورد پیش‌پرداخت مالیات شما برای 2027 آماده است) کلیک کنید.

## fidus-opkald
fidus-opkald-title = کسی زنگ می‌زند و از شما می‌خواهد در اپ MitID تأیید کنید
fidus-opkald-description = کلاهبرداران زنگ می‌زنند و می‌گویند از Borgerservice (ادارهٔ خدمات شهروندی) یا بانک هستند. آن‌ها از شما می‌خواهند درخواستی را در اپ MitID تأیید کنید. یاد بگیرید نه بگویید.
fidus-opkald-story = گوشی Karen زنگ می‌زند. مردی می‌گوید از Borgerservice است و MitID او مسدود خواهد شد. بلافاصله بعد از آن، درخواستی در اپ MitID می‌آید.
fidus-opkald-step-1 = گوشی تمرینی Karen را باز کنید و در "Opkald" (تماس‌ها) بخوانید که مرد چه می‌گوید. سپس درخواست را در "MitID app" (اپ MitID) رد کنید.
    .hint-1 = Karen خودش سعی نکرده است وارد شود. پس این درخواست مال او نیست.
    .hint-2 = به صفحه "Din øvelse" (تمرین شما) بروید و گوشی Karen را باز کنید. تماس در "Opkald" (تماس‌ها) است و درخواست در "MitID app" (اپ MitID).
    .hint-3 = در "Opkald" روی "Læg på" (قطع تماس) کلیک کنید. سپس روی "MitID app" کلیک کنید و کنار درخواست روی "Afvis" (رد کردن) کلیک کنید.

## hjaelp-kig-vaek
hjaelp-kig-vaek-title = وقتی او کدهایش را می‌نویسد، به جای دیگری نگاه کنید
hjaelp-kig-vaek-description = اگر به کس دیگری در کارهای دیجیتالی کمک می‌کنید، نباید شناسهٔ کاربری، رمز عبور یا کدهای او را بدانید. وقتی آن‌ها را می‌نویسد، به جای دیگری نگاه کنید.
hjaelp-kig-vaek-story = Amina یک bydelsmor (مادر محله؛ زنی که به مردم محله‌اش کمک می‌کند) است. او کنار Karen نشسته است که باید وارد شود. شما نقش هر دو را بازی می‌کنید: اول Amina که به جای دیگری نگاه می‌کند، بعد Karen که می‌نویسد.
hjaelp-kig-vaek-step-1 = با دکمهٔ به جای دیگری نگاه می‌کنم در همین راهنما، به جای دیگری نگاه کنید. سپس به عنوان Karen وارد شوید.
    .hint-1 = Karen باید کدهایش را خودش بنویسد. Amina نباید آن‌ها را ببیند.
    .hint-2 = دکمهٔ به جای دیگری نگاه می‌کنم در راهنما، زیر همین مرحله است. قبل از اینکه Karen چیزی بنویسد، آن را بزنید.
    .hint-3 = دکمهٔ به جای دیگری نگاه می‌کنم را بزنید. سپس به صفحه "Din øvelse" (تمرین شما) بروید، روی "Log på som Karen Jensen" (ورود به عنوان Karen Jensen) کلیک کنید و رمز عبور و کلید او را بنویسید.
