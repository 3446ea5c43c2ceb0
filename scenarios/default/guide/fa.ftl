### The guide's own words in Persian (Farsi) (fa): the exercise panel, the catalogue, the result page and the certificate. The service itself stays in Danish.
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

language_name = فارسی
panel = تمرین
story = داستان را بخوانید
step = مرحله { $n } از { $total }
show_hint = نشان دادن راهنمایی
hide_panel = پنهان کردن راهنما
show_panel = نشان دادن راهنما
hint = راهنمایی
skip = رد شدن از این مرحله
stop = توقف تمرین
finished = همه مرحله‌ها را انجام دادید.
see_result = نتیجه خود را ببینید
catalogue = تمرین‌ها
catalogue_intro = یک تمرین انتخاب کنید. یک داستان کوتاه می‌خوانید و هر بار یک مرحله را انجام می‌دهید. در طول کار هم می‌توانید کمک بگیرید. تمرین خودش می‌فهمد که کاری را که خواسته انجام داده‌اید.
start = شروع
minutes = دقیقه
level_begynder = مبتدی
level_oevet = باتجربه
audience_borger = برای شهروندان
audience_hjaelper = برای کمک‌کننده‌ها
audience_underviser = برای معلم‌ها
theme_nemid = NemID و MitID
theme_digital_post = Digital Post
theme_help = کمک به دیگران
theme_security = امنیت
start_note = وقتی یک تمرین را شروع می‌کنید، یک محیط تمرینی تازه می‌گیرید. کارهایی که در محیط قبلی انجام داده بودید پاک می‌شوند.
done_title = آفرین!
done_text = این تمرین را تمام کردید:
alone = مرحله‌هایی که بدون کمک انجام دادید: { $n } از { $total }
nickname = نام مستعار (اختیاری)
nickname_hint = اگر می‌خواهید نامی روی گواهی باشد، یک نام مستعار بنویسید. لازم نیست نام واقعی خود را بنویسید.
certificate = گواهی دوره
make_certificate = ساختن گواهی دوره
print = چاپ
print_hint = از منوی مرورگر چاپ کنید: Ctrl+P (در Mac: Cmd+P).
certificate_text = این تمرین را با موفقیت تمام کرده است:
date = تاریخ
language = زبان
change_language = تغییر زبان
stopped = تمرین متوقف شد.
other_exercises = یک تمرین دیگر انتخاب کنید
no_exercise = الان هیچ تمرینی در جریان نیست. اول یک تمرین انتخاب کنید.
learner = یک شرکت‌کننده
read_aloud = خواندن با صدای بلند
no_voice = برای زبان شما صدایی وجود ندارد. به جای آن به متن دانمارکی گوش دهید:

# Safety drills: the debrief and each drill's signs.
drill_title = چه اتفاقی افتاد؟
drill_intro = این برای خیلی‌ها پیش می‌آید. نشانه‌ها این‌ها هستند.
drill_fooled = شما در صفحهٔ جعلی چیزی نوشتید. در دنیای واقعی، ممکن بود اطلاعات شما حالا دست کلاهبرداران باشد. اینجا در تمرین هیچ چیز ذخیره نمی‌شود – نه آنچه نوشتید و نه اینکه آن شخص شما بودید.
drill_spotted = آفرین، خوب متوجه شدید! پیام را پاک کردید، بدون اینکه چیزی بنویسید.
drill_opened = روی لینک کلیک کردید، اما چیزی ننوشتید. هرگز روی لینک‌های پیام‌هایی مثل این کلیک نکنید.
drill_waiting = پیام هنوز روی تلفن است. وقتی نشانه‌ها را دیدید، آن را پاک کنید.
drill_message = پیامی که دریافت کردید
drill_signs = نشانه‌ها
drill_next = دفعهٔ بعد
drill_next_1 = روی لینک کلیک نکنید. پیام را پاک کنید.
drill_next_2 = اگر مطمئن نیستید، خودتان شماره تلفن را در borger.dk یا skat.dk پیدا کنید و تماس بگیرید.
drill_next_3 = ادارات دولتی از طریق Digital Post برای شما پیام می‌فرستند. آن‌ها هرگز در پیامک یا ایمیل، شناسهٔ کاربری، رمز عبور یا کدی از شما نمی‌خواهند.
drill_back = بازگشت به تمرین
drill-skat-sms-sign-1 = فرستنده یک نام است، نه شماره‌ای از ادارهٔ مالیات (Skattestyrelsen). و پیام شما را به عجله وا می‌دارد: "inden 24 timer" (ظرف ۲۴ ساعت).
drill-skat-sms-sign-2 = لینک به skat.dk نمی‌رود، بلکه به نشانی‌ای می‌رود که شبیه آن است.
drill-skat-sms-sign-3 = زبان دانمارکی پیام عجیب است و غلط املایی دارد.
drill-skat-sms-sign-4 = از شما خواسته می‌شود وارد حساب شوید تا "پول را بگیرید". Skat هرگز چنین چیزی را در پیامک نمی‌خواهد.
drill-post-fuld-sign-1 = فرستنده یک آدرس ایمیل است که شبیه Digital Post است. اما Digital Post ایمیلی با لینک برای ورود نمی‌فرستد.
drill-post-fuld-sign-2 = لینک به borger.dk نمی‌رود، بلکه به آدرس دیگری می‌رود.
drill-post-fuld-sign-3 = ایمیل تهدید می‌کند: نامه‌هایتان پاک می‌شوند و فقط 48 ساعت وقت دارید.
drill-post-fuld-sign-4 = Digital Post پر نمی‌شود. هرگز لازم نیست برای "بزرگ‌تر کردن" آن وارد شوید.
# A phone call (the fake MitID approval): the debrief's own words and the call's signs.
drill_call_fooled = شما درخواست را تأیید کردید. در دنیای واقعی، کلاهبردار حالا با هویت شما وارد شده بود. اینجا در تمرین هیچ اتفاقی نیفتاد.
drill_call_spotted = آفرین، خوب متوجه شدید! درخواست را در اپ MitID رد کردید.
drill_call_waiting = درخواست هنوز در اپ MitID منتظر است. تماس را قطع کنید و درخواست را رد کنید.
drill_call_message = تماسی که دریافت کردید
drill_call_request = اپ MitID: درخواست ورودی که خودتان شروع نکرده‌اید
drill_call_next_1 = تماس را قطع کنید. هرگز فقط به این دلیل که کسی زنگ می‌زند و از شما می‌خواهد، چیزی را در اپ MitID تأیید نکنید.
drill_call_next_3 = فقط وقتی در اپ MitID تأیید کنید که خودتان در حال ورود هستید و می‌بینید کجا وارد می‌شوید.
drill-opkald-borgerservice-sign-1 = شماره‌ای که نمی‌شناسید زنگ می‌زند و می‌گوید از Borgerservice (ادارهٔ خدمات شهروندی) است. Borgerservice به شما زنگ نمی‌زند تا از شما بخواهد چیزی را تأیید کنید.
drill-opkald-borgerservice-sign-2 = در اپ MitID درخواستی می‌آید، در حالی که خودتان در حال ورود نیستید. این کلاهبردار است که می‌خواهد با هویت شما وارد شود.
drill-opkald-borgerservice-sign-3 = عجله در کار است و تهدید می‌کنند: MitID شما "spærret i dag" (امروز مسدود) می‌شود.
drill-opkald-borgerservice-sign-4 = از شما خواسته می‌شود تأیید کنید. اگر تأیید کنید، کلاهبردار می‌تواند با هویت شما وارد شود – و مثلاً وام بگیرد یا نامه‌هایتان را بخواند.
# The result page: how each drill of the exercise ended.
drill_result_spotted = متوجه شدید ("Klaret"): فریب نخوردید.
drill_result_fooled = فریب خوردید ("Snydt"): این برای خیلی‌ها پیش می‌آید. اینجا در تمرین هیچ اتفاقی نیفتاد.
drill_result_link = ببینید چه چیزی آن را لو داد
# "Kig væk": the box under the step while a helper sits next to the owner.
watch_title = به جای دیگری نگاه کنید
watch_ask = شما کنار کسی نشسته‌اید که به او کمک می‌کنید. او باید رمز عبور، کدها و PIN خود را خودش بنویسد. قبل از اینکه بنویسد، به جای دیگری نگاه کنید.
watch_away = شما به جای دیگری نگاه می‌کنید. حالا او خودش کدهایش را می‌نویسد. شما نباید آن‌ها را بدانید.
watch_away_button = به جای دیگری نگاه می‌کنم
watch_back_button = دوباره نگاه می‌کنم
watch_saw = وقتی او یک کد را می‌نوشت، شما نگاه می‌کردید. از سیستم خارج شوید و دوباره امتحان کنید. قبل از اینکه بنویسد، به جای دیگری نگاه کنید.
watch_done = خوب است. او وارد شد و شما کدهایش را ندیدید.
watch_right_way = قرار است بارها و بارها به او کمک کنید؟ در این صورت اجازهٔ خواندن (læseadgang) یا وکالت‌نامه (fuldmagt) راه درست است. شما با حساب کاربری خودتان وارد می‌شوید و می‌توانید نامه‌های او را بخوانید یا به جای او کار انجام دهید – بدون اینکه کدهایش را بدانید.
