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
theme_nemid = NemID
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
