### The guide's own words in Turkish (tr): the exercise panel, the catalogue, the result page and the certificate. The service itself stays in Danish.
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

language_name = Türkçe
panel = Alıştırma
story = Hikâyeyi okuyun
step = Adım { $n } / { $total }
show_hint = İpucunu göster
hide_panel = Rehberi gizle
show_panel = Rehberi göster
hint = İpucu
skip = Bu adımı atla
stop = Alıştırmayı durdur
finished = Tüm adımları tamamladınız.
see_result = Sonucunuzu görün
catalogue = Alıştırmalar
catalogue_intro = Bir alıştırma seçin. Önce kısa bir hikâye okursunuz, sonra adımları tek tek yaparsınız. Gerekirse yol boyunca yardım alabilirsiniz. İstenen şeyi yaptığınızda alıştırma bunu kendisi anlar.
start = Başla
minutes = dk.
level_begynder = Başlangıç
level_oevet = Deneyimli
audience_borger = Vatandaşlar için
audience_hjaelper = Yardım edenler için
audience_underviser = Öğretmenler için
theme_nemid = NemID ve MitID
theme_digital_post = Digital Post
theme_help = Başkalarına yardım
theme_security = Güvenlik
start_note = Bir alıştırmaya başladığınızda yeni bir alıştırma dünyası açılır. Öncekinde yaptıklarınız silinir.
done_title = Tebrikler!
done_text = Alıştırmayı tamamladınız:
alone = Yardımsız yapılan adımlar: { $n } / { $total }
nickname = Takma ad (isteğe bağlı)
nickname_hint = Belgede görünmesini istiyorsanız bir takma ad yazın. Gerçek adınızı yazmanız gerekmez.
certificate = Kurs belgesi
make_certificate = Kurs belgesini oluştur
print = Yazdır
print_hint = Tarayıcının menüsünden yazdırın: Ctrl+P (Mac'te Cmd+P).
certificate_text = şu alıştırmayı tamamlamıştır:
date = Tarih
language = Dil
change_language = Dili değiştir
stopped = Alıştırma durduruldu.
other_exercises = Yeni bir alıştırma seçin
no_exercise = Şu anda devam eden bir alıştırma yok. Önce bir alıştırma seçin.
learner = Bir katılımcı
read_aloud = Sesli oku
no_voice = Dilinizde ses yok. Bunun yerine Danca metni dinleyin:

# Safety drills: the debrief and each drill's signs.
drill_title = Ne oldu?
drill_intro = Bu, birçok kişinin başına gelir. İşte işaretler.
drill_fooled = Sahte sayfaya bir şey yazdınız. Gerçek hayatta dolandırıcılar artık bilgilerinizi ele geçirmiş olabilirdi. Bu alıştırmada hiçbir şey kaydedilmez – ne yazdıklarınız ne de bunu sizin yazdığınız.
drill_spotted = Çok iyi fark ettiniz! Hiçbir şey yazmadan mesajı sildiniz.
drill_opened = Bağlantıya tıkladınız ama bir şey yazmadınız. Böyle mesajlardaki bağlantılara asla tıklamayın.
drill_waiting = Mesaj hâlâ telefonda duruyor. İşaretleri gördükten sonra silin.
drill_message = Size gelen mesaj
drill_signs = İşaretler
drill_next = Bir dahaki sefere
drill_next_1 = Bağlantıya tıklamayın. Mesajı silin.
drill_next_2 = Emin değilseniz, telefon numarasını kendiniz borger.dk veya skat.dk sitesinde bulun ve arayın.
drill_next_3 = Resmi kurumlar size Digital Post üzerinden yazar. SMS'te veya e-postada asla kullanıcı kimliğinizi, şifrenizi ya da bir kodu istemezler.
drill_back = Alıştırmaya geri dön
drill-skat-sms-sign-1 = Gönderen bir isim; Vergi Dairesi'nin (Skattestyrelsen) bir numarası değil. Ayrıca mesaj sizi acele ettiriyor: "inden 24 timer" (24 saat içinde).
drill-skat-sms-sign-2 = Bağlantı skat.dk'ye değil, ona benzeyen bir adrese gidiyor.
drill-skat-sms-sign-3 = Danca tuhaf ve yazım hataları var.
drill-skat-sms-sign-4 = "Parayı almak" için giriş yapmanız isteniyor. Skat bunu asla SMS ile istemez.
