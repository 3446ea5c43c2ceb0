### Fact sheets: one A4 page per theme, in Turkish (tr).
### produced-by: machine draft (AI language model) from the Danish text, 2026-12-02
### reviewed: no

handouts-title = Bilgi sayfaları
handouts-intro = Her konu için bir sayfa. Yazdırıp evinize götürebilirsiniz. Ekrandaki kelimeler, ekranda gördüğünüz gibi Danca yazılıdır.
handout-nemid-title = NemID ve "nøglekort" (kod kartı)
handout-nemid-1 = Giriş yapmak için şunları kullanırsınız: "Bruger-id" (kullanıcı kimliği), "Adgangskode" (şifre) ve "nøglekort" (kod kartı) üzerindeki bir anahtar kod.
handout-nemid-2 = Ekranda dört rakamlı bir "Nøglenummer" (anahtar numarası) görürsünüz. Bu numarayı kod kartında bulun. Yanında yazan altı rakamı yazın.
handout-nemid-3 = Her anahtar kod yalnızca bir kez kullanılır. Kartınız bitmek üzereyken postayla yeni bir kart gelir.
handout-nemid-4 = Çok kez yanlış yazarsanız NemID'niz kilitlenir. O zaman Borgerservice (belediyenin vatandaş hizmetleri) size yardım edebilir.
handout-nemid-5 = Kod kartınızı ya da şifrenizi asla başkasına vermeyin. Belediyeden ya da bankadan aradığını söyleyen birine bile vermeyin.
handout-nemid-6 = Bugün MitID kullanılıyor. Ama dikkat etmeniz gereken şey aynı: kodlarınız yalnızca size aittir.
handout-mitid-title = MitID
handout-mitid-1 = "Bruger-id" (kullanıcı kimliği) ile giriş yaparsınız. Sonra telefonunuzdaki MitID uygulamasıyla, küçük bir kod cihazıyla (kodeviser) ya da sesli bir kod cihazıyla (kodeoplæser) onaylarsınız.
handout-mitid-2 = Uygulamada yalnızca az önce kendiniz başlattığınız şeyi onaylayın. Onaylamadan önce ekranda yazanı okuyun.
handout-mitid-3 = Kendiniz bir şey başlatmadıysanız "Afvis" (Reddet) düğmesine basın. Biri sizi aradı ya da size yazdı diye asla onay vermeyin.
handout-mitid-4 = Akıllı telefonunuz yoksa küçük bir kod cihazı (kodeviser) alabilirsiniz. Görme engelliyseniz ya da az görüyorsanız sesli bir kod cihazı (kodeoplæser) alabilirsiniz.
handout-mitid-5 = Kullanıcı kimliğinizi mi unuttunuz ya da telefonunuzu mu kaybettiniz? mitid.dk adresine gidin ya da Borgerservice'ten yardım alın.
handout-mitid-6 = Resmî kurumlar MitID bilgilerinizi asla e-postayla, SMS ile ya da telefonla sormaz.
handout-post-title = Digital Post
handout-post-1 = Digital Post, internetteki posta kutunuzdur. Belediye, hastane, Skattestyrelsen (Vergi Dairesi) ve diğer resmî kurumlar size buradan yazar.
handout-post-2 = Yeni mektuplar "Indbakke" (Gelen Kutusu) klasörüne gelir. Henüz okumadığınız bir mektup kalın yazıyla görünür.
handout-post-3 = Mektubu okumak için konusuna tıklayın. Ek (bilag), mektubun içindeki bir dosyadır. Bu dosyayı açabilirsiniz.
handout-post-4 = Birbiriyle ilgili mektuplar için "Opret mappe" (klasör oluştur) ile bir klasör yapın. Mektupları "Flyt" (Taşı) ile bu klasöre taşıyın.
handout-post-5 = Sildiğiniz bir mektup bir süre "Papirkurv" (Çöp Kutusu) içinde kalır. Mektubu oradan geri alabilirsiniz.
handout-post-6 = Postanızı her hafta okuyun. Resmî kurumlardan gelen mektupların bir son tarihi olabilir.
handout-help-title = Başkalarına yardım edin – ve yardım alın
handout-help-1 = "læseadgang" (okuma izni) ile güvendiğiniz biri Digital Post'unuzu okuyabilir. Tüm klasörler mi, yoksa yalnızca bazıları mı? Buna siz karar verirsiniz.
handout-help-2 = "fuldmagt" (vekâlet) ile güvendiğiniz biri internette sizin adınıza belirli işleri yapabilir, örneğin doktorunuzu değiştirebilir.
handout-help-3 = Okuma iznini ya da vekâleti kendi sayfanızdan verirsiniz ve kendi giriş bilgilerinizle onaylarsınız. Bu izni her zaman geri alabilirsiniz.
handout-help-4 = Size yardım eden kişi kendi giriş bilgileriyle giriş yapar – asla sizinkilerle değil.
handout-help-5 = Dijital hizmetleri hiç kullanamıyorsanız Borgerservice size yardım edebilir. Digital Post'tan muaf da tutulabilirsiniz.
handout-safety-title = İnternette kendinizi koruyun
handout-safety-1 = Resmî kurumlar size Digital Post üzerinden yazar. Sizden asla e-postayla ya da SMS ile kullanıcı kimliğinizi, şifrenizi veya kodlarınızı istemezler.
handout-safety-2 = Para iadesi, dolu bir posta kutusu ya da bir paket hakkındaki SMS'lerde ve e-postalarda bağlantılara tıklamayın. borger.dk sitesine kendiniz girin.
handout-safety-3 = Biri sizi arayıp bir şeyi onaylamanızı ya da bir kodu okumanızı isterse telefonu kapatın.
handout-safety-4 = İşiniz bitince her zaman "Log af" (Çıkış yap) ile çıkış yapın – özellikle başkalarının da kullandığı bir bilgisayarda.
handout-safety-5 = Kodlarınızı birine mi verdiniz? Hemen Borgerservice'i ya da bankanızı arayın.
