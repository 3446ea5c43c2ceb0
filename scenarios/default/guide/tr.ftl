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
drill_next_1 = Bağlantıya tıklamayın. Mesajı silin ya da dolandırıcılık olarak bildirin ("Rapportér som svindel").
drill_next_2 = Emin değilseniz, telefon numarasını kendiniz borger.dk veya skat.dk sitesinde bulun ve arayın.
drill_next_3 = Resmi kurumlar size Digital Post üzerinden yazar. SMS'te veya e-postada asla kullanıcı kimliğinizi, şifrenizi ya da bir kodu istemezler.
drill_back = Alıştırmaya geri dön
drill-skat-sms-sign-1 = Gönderen bir isim; Vergi Dairesi'nin (Skattestyrelsen) bir numarası değil. Ayrıca mesaj sizi acele ettiriyor: "inden 24 timer" (24 saat içinde).
drill-skat-sms-sign-2 = Bağlantı skat.dk'ye değil, ona benzeyen bir adrese gidiyor.
drill-skat-sms-sign-3 = Danca tuhaf ve yazım hataları var.
drill-skat-sms-sign-4 = "Parayı almak" için giriş yapmanız isteniyor. Skat bunu asla SMS ile istemez.
drill-post-fuld-sign-1 = Gönderen, Digital Post'a benzeyen bir e-posta adresi. Ama Digital Post, giriş yapmanız için bağlantı içeren e-postalar göndermez.
drill-post-fuld-sign-2 = Bağlantı borger.dk'ye değil, başka bir adrese gidiyor.
drill-post-fuld-sign-3 = E-posta sizi tehdit ediyor: mektuplarınız silinecek ve yalnızca 48 saatiniz var.
drill-post-fuld-sign-4 = Digital Post dolmaz. Onu "genişletmek" için asla giriş yapmanız gerekmez.
# A phone call (the fake MitID approval): the debrief's own words and the call's signs.
drill_call_fooled = İsteği onayladınız. Gerçek hayatta dolandırıcı şimdi sizin adınıza giriş yapmış olurdu. Bu alıştırmada hiçbir şey olmadı.
drill_call_spotted = Çok iyi fark ettiniz! MitID uygulamasındaki isteği reddettiniz.
drill_call_waiting = İstek hâlâ MitID uygulamasında bekliyor. Telefonu kapatın ve isteği reddedin.
drill_call_ignored = İsteği onaylamadınız. İsteğin süresi doldu ve kimse sizin adınıza giriş yapmadı. Bir dahaki sefere: isteği hemen reddedin.
drill_call_message = Size gelen arama
drill_call_request = MitID uygulaması: sizin başlatmadığınız bir giriş isteği
drill_call_next_1 = Telefonu kapatın. Biri arayıp istedi diye MitID uygulamasında asla hiçbir şeyi onaylamayın.
drill_call_next_3 = MitID uygulamasında yalnızca kendiniz giriş yaparken ve nereye giriş yaptığınızı görebildiğinizde onay verin.
drill-opkald-borgerservice-sign-1 = Tanımadığınız bir numara arıyor ve Borgerservice (Vatandaş Hizmetleri) olduğunu söylüyor. Borgerservice sizi arayıp bir şeyi onaylamanızı istemez.
drill-opkald-borgerservice-sign-2 = Siz giriş yapmıyorken MitID uygulamasına bir istek geliyor. Bu, sizin adınıza giriş yapmaya çalışan dolandırıcıdır.
drill-opkald-borgerservice-sign-3 = Acele ettiriliyorsunuz ve tehdit ediliyorsunuz: MitID'niz "spærret i dag" (bugün engellenecek).
drill-opkald-borgerservice-sign-4 = Sizden onay vermeniz isteniyor. Onaylarsanız dolandırıcı sizin adınıza giriş yapabilir – ve örneğin kredi çekebilir ya da postanızı okuyabilir.
drill_reported = Çok iyi fark ettiniz! Hiçbir şey yazmadan mesajı dolandırıcılık olarak bildirdiniz.
drill_ignored = Mesajı olduğu gibi bıraktınız ve bağlantıya tıklamadınız. Bu da doğru: süre doldu ve hiçbir şey olmadı.
# The result page: how each drill of the exercise ended.
drill_result_spotted = Fark ettiniz ("Klaret"): kanmadınız.
drill_result_fooled = Kandırıldınız ("Snydt"): bu, birçok kişinin başına gelir. Bu alıştırmada hiçbir şey olmadı.
drill_result_link = Neyin ele verdiğini görün
# "Kig væk": the box under the step while a helper sits next to the owner.
watch_title = Başka yere bakın
watch_ask = Yardım ettiğiniz kişinin yanında oturuyorsunuz. Şifresini, kodlarını ve PIN'ini kendisi yazmalı. O yazmadan önce başka yere bakın.
watch_away = Başka yere bakıyorsunuz. Şimdi kodlarını kendisi yazıyor. Siz bu kodları bilmemelisiniz.
watch_away_button = Başka yere bakıyorum
watch_back_button = Tekrar bakıyorum
watch_saw = O bir kod yazarken siz bakıyordunuz. Çıkış yapın ve tekrar deneyin. O yazmadan önce başka yere bakın.
watch_done = Güzel. Giriş yaptı ve siz onun kodlarını görmediniz.
watch_right_way = Ona tekrar tekrar yardım edecek misiniz? O zaman doğru yol, okuma izni (læseadgang) ya da vekâlet (fuldmagt) kullanmaktır. Kendi bilgilerinizle giriş yaparsınız ve onun kodlarını bilmeden postasını okuyabilir ya da onun adına işlem yapabilirsiniz.
# Ana sayfa (/) ve "Om øvemiljøet" (/om).
landing_title = Dijital kamu hizmetlerini deneyin
landing_intro = Burada Danimarka'nın dijital kamu hizmetlerini hata yapmaktan korkmadan deneyebilirsiniz. Uydurma kişilerin olduğu, sizden başka kimsenin göremediği kendi alıştırmanızı alırsınız.
landing_can = Şunları deneyebilirsiniz:
landing_item_1 = NemID ve kâğıt anahtar kartıyla – ya da MitID ile – giriş yapmak
landing_item_2 = Digital Post'u okumak ve mektupları klasörlere ayırmak
landing_item_3 = bir yardımcıya postanızı okuma izni (læseadgang) vermek
landing_item_4 = dijital vekâlet (fuldmagt) vermek veya istemek
landing_item_5 = sahte mesajları ve aramaları tanımak
landing_nothing = Burada yaptığınız hiçbir şeyin gerçek hayatta bir etkisi yoktur. Her zaman baştan başlayabilirsiniz.
landing_lifetime = Alıştırmanız, kullandığınız sürece saklanır. { $idle } boyunca kullanmazsanız silinir – { $warning } önce size haber verilir. { $absolute } sonra her durumda silinir.
landing_start = Alıştırmayı başlat
landing_ended = Alıştırmanız bitti ve içindeki her şey silindi. İstediğiniz zaman yeni bir alıştırma başlatabilirsiniz.
landing_guided = Adım adım yardım alacağınız bir görev ister misiniz?
landing_guided_link = Rehberli bir alıştırma seçin
landing_languages = Kendi dilinizde rehber
landing_join = Bir gruba katılın
landing_teacher = Öğretmenler için
span_hours = { $n ->
    [one] { $n } saat
   *[other] { $n } saat
}
span_minutes = { $n ->
    [one] { $n } dakika
   *[other] { $n } dakika
}
span_seconds = { $n ->
    [one] { $n } saniye
   *[other] { $n } saniye
}
about_title = Alıştırma sitesi hakkında
about_1 = Demoborger, Danimarka'nın dijital kamu hizmetlerini tanımak isteyen herkes için bir alıştırma yeridir: vatandaşlar, yardımcılar, bydelsmødre (mahalle anneleri) ve bilgisayar öğretmenleri.
about_2 = Her şey uydurmadır. CPR numaralarında ayın günü 32 ile 60 arasındadır; bu yüzden hiçbir zaman gerçek bir kişiye ait olamazlar. Hiçbir mektup gönderilmez ve hiçbir kuruma bir şey bildirilmez.
about_3 = Her alıştırma size özeldir. Yalnızca sunucunun belleğinde tutulur ve { $idle } boyunca kullanılmadığında, { $absolute } dolduğunda ya da "Afslut øvelse" (alıştırmayı bitir) düğmesine bastığınızda silinir.
about_4 = Yalnızca gerekli çerezleri kullanıyoruz: alıştırmanız için rastgele bir numara (ve kullanıyorsanız grubunuz ya da alıştırma telefonunuz için). İstatistik yok, reklam yok, başkalarına veri yok.

## The library kiosk (the start page, and "Er du her stadig?")
kiosk_note = Bu bilgisayar alıştırma yapmak için ayarlandı. Bilgisayardan ayrıldığınızda, bir sonraki kişi görmesin diye alıştırmanız birkaç dakika sonra silinir.
kiosk_ended = Alıştırma bitti ve içindeki her şey silindi. Artık bir sonraki kişi baştan başlayabilir.
kiosk_still_here = Hâlâ burada mısınız?
kiosk_explain = Bir süredir hiçbir şey yapmadınız. Süre dolduğunda alıştırma biter ve bir sonraki kişi baştan başlayabilsin diye içindeki her şey silinir.
kiosk_seconds_left = saniye kaldı
kiosk_keep = Evet, devam et
kiosk_seconds = Alıştırma { $n } saniye sonra bitiyor.
