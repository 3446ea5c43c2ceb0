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
theme_nemid = NemID
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
