### Every exercise's texts in Turkish (tr): title, description, story, and per step its instruction with three hints.
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

## fuldmagt-betroet-medarbejder
fuldmagt-betroet-medarbejder-title = Güvenilir çalışan: bir vatandaş adına onay verin
fuldmagt-betroet-medarbejder-description = Güvenilir bir belediye çalışanı, "Digital Post" kullanamayan bir vatandaş adına bir isteği onaylayabilir.
fuldmagt-betroet-medarbejder-story = Mette, babaannesi Erna'dan "fuldmagt" (vekâlet) istedi. Erna bir bakımevinde yaşıyor ve dijital olarak yanıt veremiyor. "Borgerservice" (belediyenin vatandaş hizmetleri) biriminden Lone yardım ediyor.
fuldmagt-betroet-medarbejder-step-1 = Lone Madsen olarak "NemID" ve "nøglekort" (kod kartı) ile giriş yapın.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Tüm kişiler orada yazılı.
    .hint-2 = "Log på som Lone Madsen" (Lone Madsen olarak giriş yap) düğmesine tıklayın. Şifre, kişinin kartında yazılı.
    .hint-3 = Şifreyi yazın ve "Næste" (İleri) düğmesine tıklayın. Ekranda bir "nøglenummer" (anahtar numarası) görürsünüz. Kartı görmek için "Vis nøglekort" (kod kartını göster) düğmesine tıklayın. Bu numarayı "nøglekort" üzerinde bulun ve yanındaki 6 rakamı yazın. "Log på" (Giriş yap) düğmesine tıklayın.
fuldmagt-betroet-medarbejder-step-2 = Erna Holm'un kimliğini kontrol ettikten sonra, onun adına Mette'nin isteğini onaylayın.
    .hint-1 = Lone, talepleri "Digital fuldmagt" (dijital vekâlet) bölümünde görür.
    .hint-2 = Onaylamadan önce "Jeg har kontrolleret borgerens identitet" (vatandaşın kimliğini kontrol ettim) kutusunu işaretleyin.
    .hint-3 = "Digital fuldmagt" bölümüne gidin. Erna Holm'un altındaki kimlik kutusunu işaretleyin ve "Godkend" (Onayla) düğmesine tıklayın.

## fuldmagt-giv
fuldmagt-giv-title = Dijital bir "fuldmagt" (vekâlet) verin
fuldmagt-giv-description = "fuldmagt" (vekâlet) ile başka biri, seçtiğiniz bazı dijital hizmetlerde sizin adınıza işlem yapabilir.
fuldmagt-giv-story = Karen, kızı Mette'nin kendisi adına doktor değiştirmesine izin vermek istiyor.
fuldmagt-giv-step-1 = Karen Jensen olarak "NemID" ve "nøglekort" (kod kartı) ile giriş yapın.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Tüm kişiler orada yazılı.
    .hint-2 = "Log på som Karen Jensen" (Karen Jensen olarak giriş yap) düğmesine tıklayın. Şifre, kişinin kartında yazılı.
    .hint-3 = Şifreyi yazın ve "Næste" (İleri) düğmesine tıklayın. Ekranda bir "nøglenummer" (anahtar numarası) görürsünüz. Kartı görmek için "Vis nøglekort" (kod kartını göster) düğmesine tıklayın. Bu numarayı "nøglekort" üzerinde bulun ve yanındaki 6 rakamı yazın. "Log på" (Giriş yap) düğmesine tıklayın.
fuldmagt-giv-step-2 = Mette'ye "Skift læge" (doktor değiştirme) için "fuldmagt" (vekâlet) verin ve imzalayın.
    .hint-1 = Ana sayfanızdan "Digital fuldmagt" (dijital vekâlet) bölümüne gidin.
    .hint-2 = "Giv fuldmagt" (vekâlet ver) düğmesine tıklayın ve "Skift læge" (doktor değiştirme) kutusunu işaretleyin.
    .hint-3 = Mette Jensen Holm adını ve 551077-2344 numarasını yazın. "Skift læge" kutusunu işaretleyin, "Indtil den slettes" (silinene kadar) seçeneğini seçin ve "Næste" (İleri) düğmesine tıklayın. Sonra anahtar kodu yazıp "Underskriv" (İmzala) düğmesine tıklayın.

## fuldmagt-skift-laege
fuldmagt-skift-laege-title = "fuldmagt" (vekâlet) isteyin ve annenizin doktorunu değiştirin
fuldmagt-skift-laege-description = Yardım eden kişi "fuldmagt" (vekâlet) ister, veren kişi onaylar ve yardım eden kişi bunu kullanır.
fuldmagt-skift-laege-story = Mette, annesi Karen'in doktorunu değiştirmesine yardım etmek istiyor. İki rolü de siz oynuyorsunuz.
fuldmagt-skift-laege-step-1 = Mette olarak: Karen'den "Skift læge" (doktor değiştirme) için "fuldmagt" (vekâlet) isteyin. Karen olarak: bu isteği onaylayın.
    .hint-1 = Önce Mette olarak "Digital fuldmagt" (dijital vekâlet) bölümünden başlayın.
    .hint-2 = "Anmod om fuldmagt" (vekâlet iste) bir istek gönderir. Mette bu isteği kendi anahtar koduyla imzalar. Karen isteği "Digital fuldmagt" bölümünde onaylar.
    .hint-3 = Mette: "Anmod om fuldmagt" (vekâlet iste), Karen Jensen, 420348-1236, "Skift læge", "Næste" (İleri), sonra Mette'nin anahtar koduyla "Underskriv" (İmzala). "Log af" (Çıkış yap) düğmesine tıklayın. Karen: "Godkend" (Onayla), sonra Karen'in anahtar koduyla "Underskriv" (İmzala).
fuldmagt-skift-laege-step-2 = Mette olarak giriş yapın ve Karen için doktor değiştirin.
    .hint-1 = "Skift læge" (doktor değiştirme) hizmeti ana sayfada.
    .hint-2 = "Hvem skifter du læge for?" (Kimin için doktor değiştiriyorsunuz?) sorusunun altında Karen Jensen'i seçin.
    .hint-3 = Mette olarak giriş yapın ve "Skift læge" (doktor değiştir) düğmesine tıklayın. Karen Jensen'i ve yeni bir doktor seçin, sonra yine "Skift læge" düğmesine tıklayın.

## hjaelp-anmod-laes
hjaelp-anmod-laes-title = Yardım eden olarak: erişim isteyin ve postaları okuyun
hjaelp-anmod-laes-description = Yardım eden kişi erişim ister, posta kutusunun sahibi onaylar ve yardım eden kişi onun posta kutusuna geçer.
hjaelp-anmod-laes-story = Mette, annesi Karen'e postalarında yardım etmek istiyor. İki rolü de siz oynuyorsunuz.
hjaelp-anmod-laes-step-1 = Mette olarak giriş yapın ve Karen'den "læseadgang" (okuma izni) isteyin.
    .hint-1 = Yardım eden kişi Mette. Önce onun olarak giriş yapın.
    .hint-2 = "Digital Post" içinde, "Læse- og skriveadgang" (okuma ve yazma izni) bölümünde "Anmod om adgang" (erişim iste) seçeneği var.
    .hint-3 = Karen Jensen adını ve 420348-1236 numarasını yazın, "Læseadgang" (okuma izni) seçeneğini seçin ve "Send anmodning" (isteği gönder) düğmesine tıklayın.
hjaelp-anmod-laes-step-2 = Çıkış yapın, Karen olarak giriş yapın ve isteği bir anahtar kodla onaylayın.
    .hint-1 = Şimdi posta kutusunun sahibi yanıt vermeli.
    .hint-2 = Karen olarak giriş yapın. İstek "Læse- og skriveadgang" (okuma ve yazma izni) bölümünde.
    .hint-3 = İsteğin yanındaki "Godkend" (Onayla) düğmesine tıklayın ve Karen'in kod kartındaki anahtar kodla imzalayın.
hjaelp-anmod-laes-step-3 = Tekrar Mette olarak giriş yapın ve Karen'in posta kutusunu açın.
    .hint-1 = Yardım eden kişinin diğer posta kutusuna geçmesi gerekiyor.
    .hint-2 = "Skift postkasse" (posta kutusunu değiştir) seçeneği "Digital Post" sayfasının en üstünde.
    .hint-3 = Mette olarak giriş yapın. "Skift postkasse" (posta kutusunu değiştir) listesinden Karen Jensen'i seçin ve "Skift" (Değiştir) düğmesine tıklayın.

## hjaelp-laeseadgang-mappe
hjaelp-laeseadgang-mappe-title = Kızınıza tek bir klasör için "læseadgang" (okuma izni) verin
hjaelp-laeseadgang-mappe-description = "læseadgang" (okuma izni) ile yardım eden kişi postanızı okuyabilir – burada yalnızca Sundhed (Sağlık) klasöründeki postanızı.
hjaelp-laeseadgang-mappe-story = Karen, sağlıkla ilgili mektupları için kızı Mette'den yardım almak istiyor, ama diğer mektupları için değil.
hjaelp-laeseadgang-mappe-step-1 = Karen Jensen olarak "NemID" ve "nøglekort" (kod kartı) ile giriş yapın.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Tüm kişiler orada yazılı.
    .hint-2 = "Log på som Karen Jensen" (Karen Jensen olarak giriş yap) düğmesine tıklayın. Şifre, kişinin kartında yazılı.
    .hint-3 = Şifreyi yazın ve "Næste" (İleri) düğmesine tıklayın. Ekranda bir "nøglenummer" (anahtar numarası) görürsünüz. Kartı görmek için "Vis nøglekort" (kod kartını göster) düğmesine tıklayın. Bu numarayı "nøglekort" üzerinde bulun ve yanındaki 6 rakamı yazın. "Log på" (Giriş yap) düğmesine tıklayın.
hjaelp-laeseadgang-mappe-step-2 = Mette Jensen Holm'a Sundhed (Sağlık) klasörü için "læseadgang" (okuma izni) verin. Bir anahtar kodla onaylayın.
    .hint-1 = "Digital Post" içinde "Læse- og skriveadgang" (okuma ve yazma izni) bölümünü arayın.
    .hint-2 = "Giv adgang" (erişim ver) düğmesine tıklayın. Mette'nin CPR numarası "Din øvelse" (Alıştırmanız) sayfasında yazılı.
    .hint-3 = Mette Jensen Holm adını ve 551077-2344 numarasını yazın. "Læseadgang" (okuma izni) ve "Udvalgte mapper" (seçilen klasörler) seçeneklerini seçin, Sundhed kutusunu işaretleyin, "Næste" (İleri) düğmesine tıklayın ve anahtar kodla imzalayın.

## nemid-foerste-login
nemid-foerste-login-title = "nøglekort" (kod kartı) ile ilk giriş
nemid-foerste-login-description = "NemID" ile giriş yapın: "bruger-id" (kullanıcı kimliği), şifre ve "nøglekort" (kod kartı) üzerindeki bir anahtar kod.
nemid-foerste-login-story = Karen 78 yaşında. Kâğıttan bir "nøglekort" (kod kartı) ile "NemID" aldı. Kendi başına giriş yapabilmek istiyor.
nemid-foerste-login-step-1 = Karen Jensen olarak "NemID" ve "nøglekort" (kod kartı) ile giriş yapın.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Tüm kişiler orada yazılı.
    .hint-2 = "Log på som Karen Jensen" (Karen Jensen olarak giriş yap) düğmesine tıklayın. Şifre, kişinin kartında yazılı.
    .hint-3 = Şifreyi yazın ve "Næste" (İleri) düğmesine tıklayın. Ekranda bir "nøglenummer" (anahtar numarası) görürsünüz. Kartı görmek için "Vis nøglekort" (kod kartını göster) düğmesine tıklayın. Bu numarayı "nøglekort" üzerinde bulun ve yanındaki 6 rakamı yazın. "Log på" (Giriş yap) düğmesine tıklayın.
nemid-foerste-login-step-2 = "Digital Post" bölümünü açın ve hastaneden gelen mektubu okuyun.
    .hint-1 = Giriş yaptıktan sonra "Digital Post" bölümüne gidebilirsiniz.
    .hint-2 = Ana sayfanızdaki "Digital Post" düğmesine tıklayın.
    .hint-3 = "Indbakke" (Gelen Kutusu) içinde "Indkaldelse til ambulant undersøgelse i Hjertemedicinsk Ambulatorium" (kardiyoloji polikliniğine muayene çağrısı) konulu mektuba tıklayın.

## nemid-spaerret
nemid-spaerret-title = Kilitlenen "NemID" ve geçici şifre
nemid-spaerret-description = "NemID" kilitlendiğinde, geçici bir şifre içeren bir mektup gelir. Bu şifreyle giriş yapın ve yeni bir şifre seçin.
nemid-spaerret-story = Poul çok kez yanlış tuşladı ve "NemID" hesabı kilitlendi. Kâğıt postasının arasında geçici şifre içeren bir mektup var.
nemid-spaerret-step-1 = Geçici şifreyi bulun, bu şifreyle Poul olarak giriş yapın ve yeni bir şifre seçin.
    .hint-1 = Poul'un kâğıt postasına bakın.
    .hint-2 = "Din øvelse" (Alıştırmanız) sayfasında Poul Nielsen'e tıklayın. Mektup "Fysisk post" (kâğıt posta) bölümünde.
    .hint-3 = Mektuptaki "bruger-id" (kullanıcı kimliği) ve geçici şifreyle giriş yapın, anahtar kodu yazın. Sonra yeni bir şifreyi iki kez yazın, örneğin Solsikke42.

## post-besvar-brev
post-besvar-brev-title = Bir mektubu yanıtlayın
post-besvar-brev-description = Bazı mektuplar "Besvar" (Yanıtla) ile yanıtlanabilir. Yanıtınız sonra "Sendt" (Gönderilenler) klasöründe durur.
post-besvar-brev-story = Hastane, randevu saati uygun değilse Karen'den haber vermesini istiyor. Karen geleceğini yazmak istiyor.
post-besvar-brev-step-1 = Karen Jensen olarak "NemID" ve "nøglekort" (kod kartı) ile giriş yapın.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Tüm kişiler orada yazılı.
    .hint-2 = "Log på som Karen Jensen" (Karen Jensen olarak giriş yap) düğmesine tıklayın. Şifre, kişinin kartında yazılı.
    .hint-3 = Şifreyi yazın ve "Næste" (İleri) düğmesine tıklayın. Ekranda bir "nøglenummer" (anahtar numarası) görürsünüz. Kartı görmek için "Vis nøglekort" (kod kartını göster) düğmesine tıklayın. Bu numarayı "nøglekort" üzerinde bulun ve yanındaki 6 rakamı yazın. "Log på" (Giriş yap) düğmesine tıklayın.
post-besvar-brev-step-2 = Hastaneden gelen mektubu yanıtlayın ve geleceğinizi yazın.
    .hint-1 = Hastaneden gelen mektubu açın.
    .hint-2 = Düğmenin adı "Besvar" (Yanıtla). "Besked" (Mesaj) alanına yazın.
    .hint-3 = Mektubu açın ve "Besvar" (Yanıtla) düğmesine tıklayın. "Besked" (Mesaj) alanına örneğin "Tak. Jeg kommer gerne." (Teşekkürler. Memnuniyetle gelirim.) yazın ve "Send" (Gönder) düğmesine tıklayın.

## post-forsvarets-dag
post-forsvarets-dag-title = Gözden kaçmaması gereken mektubu bulun
post-forsvarets-dag-description = Gençler 15 yaşına girince "Digital Post" almaya başlar. Forsvarets Dag (Savunma Günü) çağrısını bulun.
post-forsvarets-dag-story = Ahmed 15 yaşına yeni girdi ve artık "Digital Post" alıyor. Gözden kaçırmaması gereken önemli bir mektup var.
post-forsvarets-dag-step-1 = Ahmed Abdi Yusuf olarak "NemID" ve "nøglekort" (kod kartı) ile giriş yapın.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Tüm kişiler orada yazılı.
    .hint-2 = "Log på som Ahmed Abdi Yusuf" (Ahmed Abdi Yusuf olarak giriş yap) düğmesine tıklayın. Şifre, kişinin kartında yazılı.
    .hint-3 = Şifreyi yazın ve "Næste" (İleri) düğmesine tıklayın. Ekranda bir "nøglenummer" (anahtar numarası) görürsünüz. Kartı görmek için "Vis nøglekort" (kod kartını göster) düğmesine tıklayın. Bu numarayı "nøglekort" üzerinde bulun ve yanındaki 6 rakamı yazın. "Log på" (Giriş yap) düğmesine tıklayın.
post-forsvarets-dag-step-2 = Forsvarets Dag (Savunma Günü) çağrısını bulun ve okuyun.
    .hint-1 = Okunmamış mektupların yanında bir nokta vardır.
    .hint-2 = Gönderen: Forsvarsministeriets Personalestyrelse (Savunma Bakanlığı Personel Dairesi).
    .hint-3 = "Indbakke" (Gelen Kutusu) içinde "Indkaldelse til Forsvarets Dag" (Savunma Günü çağrısı) mektubuna tıklayın.

## post-laes-brev
post-laes-brev-title = Bir mektubu ve ekini okuyun
post-laes-brev-description = "Digital Post" içinde bir mektup açın ve ekini PDF olarak açın.
post-laes-brev-story = Karen'e hastaneden ekli bir mektup geldi. Hepsini okumak istiyor.
post-laes-brev-step-1 = Karen Jensen olarak "NemID" ve "nøglekort" (kod kartı) ile giriş yapın.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Tüm kişiler orada yazılı.
    .hint-2 = "Log på som Karen Jensen" (Karen Jensen olarak giriş yap) düğmesine tıklayın. Şifre, kişinin kartında yazılı.
    .hint-3 = Şifreyi yazın ve "Næste" (İleri) düğmesine tıklayın. Ekranda bir "nøglenummer" (anahtar numarası) görürsünüz. Kartı görmek için "Vis nøglekort" (kod kartını göster) düğmesine tıklayın. Bu numarayı "nøglekort" üzerinde bulun ve yanındaki 6 rakamı yazın. "Log på" (Giriş yap) düğmesine tıklayın.
post-laes-brev-step-2 = Hastaneden gelen mektubu açın. "Dokumenter i brevet" (mektuptaki belgeler) bölümündeki eki de açın.
    .hint-1 = Mektup "Indbakke" (Gelen Kutusu) içinde.
    .hint-2 = Mektup listesinde konu satırına tıklayın. Ek, sonu .pdf ile biten bir bağlantıdır.
    .hint-3 = Önce "Indkaldelse til ambulant undersøgelse …" mektubuna, sonra "Indkaldelse og praktisk information.pdf" bağlantısına tıklayın.

## post-mappe-sundhed
post-mappe-sundhed-title = Bir klasör oluşturun ve bir mektubu taşıyın
post-mappe-sundhed-description = Klasörler postalarınızı bulmayı kolaylaştırır. Ayrıca yardım eden birine yalnızca tek bir klasör için erişim verebilirsiniz.
post-mappe-sundhed-story = Anneniz Karen'e hastaneden bir mektup geldi. Karen, sağlıkla ilgili mektuplarını "Sundhed" (Sağlık) adlı bir klasörde toplamak istiyor.
post-mappe-sundhed-step-1 = Karen Jensen olarak "NemID" ve "nøglekort" (kod kartı) ile giriş yapın.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Tüm kişiler orada yazılı.
    .hint-2 = "Log på som Karen Jensen" (Karen Jensen olarak giriş yap) düğmesine tıklayın. Şifre, kişinin kartında yazılı.
    .hint-3 = Şifreyi yazın ve "Næste" (İleri) düğmesine tıklayın. Ekranda bir "nøglenummer" (anahtar numarası) görürsünüz. Kartı görmek için "Vis nøglekort" (kod kartını göster) düğmesine tıklayın. Bu numarayı "nøglekort" üzerinde bulun ve yanındaki 6 rakamı yazın. "Log på" (Giriş yap) düğmesine tıklayın.
post-mappe-sundhed-step-2 = Sundhed (Sağlık) adında bir klasör oluşturun.
    .hint-1 = "Digital Post" sayfasının sol tarafına bakın.
    .hint-2 = Alanın adı "Navn på mappen" (klasörün adı), düğmenin adı "Opret mappe" (klasör oluştur).
    .hint-3 = "Navn på mappen" (klasörün adı) alanına Sundhed yazın ve "Opret mappe" (klasör oluştur) düğmesine tıklayın.
post-mappe-sundhed-step-3 = Hastaneden gelen mektubu Sundhed klasörüne taşıyın.
    .hint-1 = "Indbakke" (Gelen Kutusu) klasörüne geri dönün.
    .hint-2 = Mektubun kutusunu işaretleyin ve listenin altındaki "Flyt til" (şuraya taşı) seçeneğini kullanın.
    .hint-3 = "Indkaldelse til ambulant undersøgelse …" mektubunun kutusunu işaretleyin. "Flyt til" (şuraya taşı) listesinden Sundhed klasörünü seçin ve "Flyt" (Taşı) düğmesine tıklayın.

## post-skriv-skat
post-skriv-skat-title = Skattestyrelsen'e (Vergi Dairesi) yazın
post-skriv-skat-description = Bir kuruma yeni bir mesaj yazın: kurumu seçin, konuyu ve mesajı yazın, gönderin.
post-skriv-skat-story = Poul'un yıllık vergi hesabıyla ilgili bir sorusu var. Skattestyrelsen'e (Vergi Dairesi) yazmak istiyor.
post-skriv-skat-step-1 = Poul Nielsen olarak "NemID" ve "nøglekort" (kod kartı) ile giriş yapın.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Tüm kişiler orada yazılı.
    .hint-2 = "Log på som Poul Nielsen" (Poul Nielsen olarak giriş yap) düğmesine tıklayın. Şifre, kişinin kartında yazılı.
    .hint-3 = Şifreyi yazın ve "Næste" (İleri) düğmesine tıklayın. Ekranda bir "nøglenummer" (anahtar numarası) görürsünüz. Kartı görmek için "Vis nøglekort" (kod kartını göster) düğmesine tıklayın. Bu numarayı "nøglekort" üzerinde bulun ve yanındaki 6 rakamı yazın. "Log på" (Giriş yap) düğmesine tıklayın.
post-skriv-skat-step-2 = Skattestyrelsen'e yeni bir mesaj yazın ve gönderin.
    .hint-1 = "Digital Post" içinden başlayın.
    .hint-2 = Düğmenin adı "Skriv ny besked" (yeni mesaj yaz). Skattestyrelsen, "Staten" (Devlet) başlığının altında.
    .hint-3 = "Skriv ny besked" (yeni mesaj yaz) düğmesine tıklayın. Skattestyrelsen'i seçin, bir konu ve bir mesaj yazın ve "Send" (Gönder) düğmesine tıklayın.

## post-slet-gendan
post-slet-gendan-title = Bir mektubu silin ve geri yükleyin
post-slet-gendan-description = Silinen mektuplar, "Papirkurv" (Çöp Kutusu) boşaltılana kadar orada kalır. Oradan geri yüklenebilirler.
post-slet-gendan-story = Karen, grip aşısıyla ilgili bir mektubu yanlışlıkla sildi. Mektubun "Indbakke" (Gelen Kutusu) klasörüne geri dönmesi gerekiyor.
post-slet-gendan-step-1 = Karen Jensen olarak "NemID" ve "nøglekort" (kod kartı) ile giriş yapın.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Tüm kişiler orada yazılı.
    .hint-2 = "Log på som Karen Jensen" (Karen Jensen olarak giriş yap) düğmesine tıklayın. Şifre, kişinin kartında yazılı.
    .hint-3 = Şifreyi yazın ve "Næste" (İleri) düğmesine tıklayın. Ekranda bir "nøglenummer" (anahtar numarası) görürsünüz. Kartı görmek için "Vis nøglekort" (kod kartını göster) düğmesine tıklayın. Bu numarayı "nøglekort" üzerinde bulun ve yanındaki 6 rakamı yazın. "Log på" (Giriş yap) düğmesine tıklayın.
post-slet-gendan-step-2 = "Tilbud om gratis influenzavaccination" (ücretsiz grip aşısı teklifi) mektubunu silin.
    .hint-1 = Önce mektubu açın.
    .hint-2 = Düğmenin adı "Slet" (Sil). Düğme mektubun altında.
    .hint-3 = "Indbakke" (Gelen Kutusu) içinde mektuba tıklayın, sonra "Slet" (Sil) düğmesine tıklayın.
post-slet-gendan-step-3 = Mektubu "Papirkurv" (Çöp Kutusu) içinde bulun ve geri yükleyin.
    .hint-1 = Silinen mektuplar ayrı bir klasörde durur.
    .hint-2 = Klasörün adı "Papirkurv" (Çöp Kutusu), düğmenin adı "Gendan" (Geri yükle).
    .hint-3 = "Papirkurv" (Çöp Kutusu) klasörüne tıklayın, mektubu açın ve "Gendan" (Geri yükle) düğmesine tıklayın.

## sikkerhed-log-af
sikkerhed-log-af-title = İşiniz bitince her zaman çıkış yapın
sikkerhed-log-af-description = Ortak kullanılan bir bilgisayarda işiniz bitince çıkış yapın. Böylece sonraki kişi postanızı göremez.
sikkerhed-log-af-story = Amina kütüphanedeki bilgisayarı kullanıyor. Postasını okumak ve sonra düzgünce çıkış yapmak istiyor.
sikkerhed-log-af-step-1 = Amina Abdi Yusuf olarak "NemID" ve "nøglekort" (kod kartı) ile giriş yapın.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Tüm kişiler orada yazılı.
    .hint-2 = "Log på som Amina Abdi Yusuf" (Amina Abdi Yusuf olarak giriş yap) düğmesine tıklayın. Şifre, kişinin kartında yazılı.
    .hint-3 = Şifreyi yazın ve "Næste" (İleri) düğmesine tıklayın. Ekranda bir "nøglenummer" (anahtar numarası) görürsünüz. Kartı görmek için "Vis nøglekort" (kod kartını göster) düğmesine tıklayın. Bu numarayı "nøglekort" üzerinde bulun ve yanındaki 6 rakamı yazın. "Log på" (Giriş yap) düğmesine tıklayın.
sikkerhed-log-af-step-2 = Şimdi çıkış yapın.
    .hint-1 = Düğme sayfanın en üstünde.
    .hint-2 = Düğmenin adı "Log af" (Çıkış yap).
    .hint-3 = Sağ üstteki "Log af" (Çıkış yap) düğmesine tıklayın.

## mitid-app-log-paa
mitid-app-log-paa-title = "MitID" uygulamasıyla giriş yapın
mitid-app-log-paa-description = Bilgisayarda giriş yapın ve telefonda "MitID" uygulamasıyla onaylayın.
mitid-app-log-paa-story = Mette her zaman telefonundaki "MitID" uygulamasıyla giriş yapıyor. Demoborger'e bilgisayardan giriş yapmak istiyor.
mitid-app-log-paa-step-1 = Mette Jensen Holm olarak "MitID" ile giriş yapın ve onun alıştırma telefonundaki "MitID" uygulamasında onaylayın.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Mette'nin "MitID" bilgileri onun yanında yazılı.
    .hint-2 = "Log på med MitID" (MitID ile giriş yap) düğmesine tıklayın, sonra "Fortsæt" (Devam) düğmesine tıklayın. Ardından "Åbn telefon" (Telefonu aç) düğmesine tıklayın.
    .hint-3 = Telefonda: kodun bilgisayardaki kodla aynı olduğunu kontrol edin, Mette'nin kartındaki PIN kodunu yazın ve "Godkend" (Onayla) düğmesine tıklayın. Sonra bilgisayara geri dönün.

## mitid-kodeviser
mitid-kodeviser-title = "MitID kodeviser" (kod cihazı) ile giriş yapın
mitid-kodeviser-description = "kodeviser" (kod cihazı), düğmesine her bastığınızda yeni bir kod gösterir. Kod yalnızca 30 saniye geçerlidir.
mitid-kodeviser-story = Poul'un akıllı telefonu yok. Onun bir "MitID kodeviser" (kod cihazı) var ve giriş yapmak istiyor.
mitid-kodeviser-step-1 = Poul Nielsen olarak "MitID" ve "kodeviser" (kod cihazı) ile giriş yapın.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Poul'un yanında onun "MitID" bilgileri yazılı: "Bruger-ID" (kullanıcı kimliği) ve şifre.
    .hint-2 = "Log på med MitID" (MitID ile giriş yap) ve "Fortsæt" (Devam) düğmelerine tıklayın. Sonra kod cihazının düğmesine basın.
    .hint-3 = Kod cihazındaki 6 rakamı "Engangskode" (tek kullanımlık kod) alanına yazın ve "Fortsæt" (Devam) düğmesine tıklayın. Şifreyi yazın ve "Fortsæt" düğmesine tıklayın.

## mitid-kodeoplaeser
mitid-kodeoplaeser-title = "MitID kodeoplæser" (sesli kod cihazı) ile girişe yardım edin
mitid-kodeoplaeser-description = "kodeoplæser" (sesli kod cihazı), kodu yüksek sesle okur. Az gören kişiler içindir.
mitid-kodeoplaeser-story = Erna az görüyor ve onun bir "MitID kodeoplæser" (sesli kod cihazı) var. Giriş yapmasına siz yardım ediyorsunuz, ama kodu kendisi yazıyor.
mitid-kodeoplaeser-step-1 = Erna Holm olarak "MitID" ve "kodeoplæser" (sesli kod cihazı) ile giriş yapın.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Erna'nın yanında onun "MitID" bilgileri yazılı: "Bruger-ID" (kullanıcı kimliği) ve şifre.
    .hint-2 = "Log på med MitID" (MitID ile giriş yap) ve "Fortsæt" (Devam) düğmelerine tıklayın. Sonra kırmızı düğmeye basın ve kodu dinleyin.
    .hint-3 = 6 rakamı "Engangskode" (tek kullanımlık kod) alanına yazın ve "Fortsæt" (Devam) düğmesine tıklayın. Şifreyi yazın ve "Fortsæt" düğmesine tıklayın.

## mitid-afvis
mitid-afvis-title = Kendiniz başlatmadığınız bir isteği reddedin
mitid-afvis-description = Yalnızca kendiniz başlattığınız şeyi onaylayın. Tanımadığınız bir istek gelirse, onu reddetmelisiniz.
mitid-afvis-story = Karen'in telefonunda bir giriş isteği görünüyor. Ama Karen giriş yapmayı denemedi.
mitid-afvis-step-1 = Karen'in alıştırma telefonunu açın ve "MitID" uygulamasındaki isteği reddedin.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Karen'in yanında telefonu için bir düğme var.
    .hint-2 = "Åbn telefon" (Telefonu aç) düğmesine tıklayın. İstek "MitID" uygulamasında.
    .hint-3 = "Afvis" (Reddet) düğmesine tıklayın. Kendiniz başlatmadığınız hiçbir şeyi asla onaylamayın.

## mitid-underskriv
mitid-underskriv-title = "MitID" ile "læseadgang" (okuma izni) imzalayın
mitid-underskriv-description = Yardım eden bir kişiye postanız için erişim verdiğinizde imzalamanız gerekir. Bunu "MitID" ile yapabilirsiniz.
mitid-underskriv-story = Poul, tatildeyken komşusu Karen'in postasını okuyabilmesini istiyor. Poul bir "MitID kodeviser" (kod cihazı) kullanıyor.
mitid-underskriv-step-1 = Poul Nielsen olarak "MitID" ve "kodeviser" (kod cihazı) ile giriş yapın.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Poul'un yanında onun "MitID" bilgileri yazılı: "Bruger-ID" (kullanıcı kimliği) ve şifre.
    .hint-2 = "Log på med MitID" (MitID ile giriş yap) ve "Fortsæt" (Devam) düğmelerine tıklayın. Sonra kod cihazının düğmesine basın.
    .hint-3 = 6 rakamı "Engangskode" (tek kullanımlık kod) alanına yazın ve "Fortsæt" (Devam) düğmesine tıklayın. Şifreyi yazın ve "Fortsæt" düğmesine tıklayın.
mitid-underskriv-step-2 = Karen Jensen'e Poul'un postası için "læseadgang" (okuma izni) verin ve "MitID" ile imzalayın.
    .hint-1 = "Digital Post" bölümüne gidin ve "Læse- og skriveadgang" (okuma ve yazma izni) bölümüne tıklayın.
    .hint-2 = "Giv adgang" (erişim ver) düğmesine tıklayın. Karen'in adını ve CPR numarasını "Din øvelse" (Alıştırmanız) sayfasında yazdığı gibi yazın.
    .hint-3 = "Læseadgang" (okuma izni) seçeneğini seçin, "Næste" (İleri) düğmesine tıklayın, sonra "Underskriv med MitID" (MitID ile imzala) düğmesine tıklayın. Kod cihazının düğmesine basın, kodu ve şifreyi yazın.

## fidus-skat-sms
fidus-skat-sms-title = "Skat" adına gelen sahte SMS'i tanıyın
fidus-skat-sms-description = Dolandırıcılar, resmi kurumlardan gelmiş gibi görünen SMS'ler gönderir. İşaretleri tanımayı öğrenin ve mesajı silin.
fidus-skat-sms-story = Karen'a, vergiden para iadesi alacağını söyleyen bir SMS gelir. Tek yapması gereken bir bağlantıya tıklamaktır.
fidus-skat-sms-step-1 = Karen'ın alıştırma telefonunu açın ve "Beskeder" (Mesajlar) bölümündeki SMS'i okuyun. Sahteyse silin.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Karen'ın yanında, telefonunu açan bir düğme var.
    .hint-2 = "Beskeder" (Mesajlar) düğmesine tıklayın. Gönderene, bağlantıya ve dile bakın.
    .hint-3 = Skat, SMS ile asla giriş yapmanız gereken bir bağlantı göndermez. "Slet" (Sil) düğmesine tıklayın.

## fidus-post-fuld
fidus-post-fuld-title = Digital Post'unuzun dolduğunu söyleyen sahte bir e-postayı tanıyın
fidus-post-fuld-description = Dolandırıcılar, Digital Post'unuzun dolduğunu ve mektuplarınızın silineceğini yazar. İşaretleri tanımayı öğrenin ve e-postayı silin.
fidus-post-fuld-story = Mette'ye, Digital Post'unun dolduğunu söyleyen bir e-posta geliyor. E-postaya göre, Digital Post'unu genişletmek için giriş yapması gerekiyor.
fidus-post-fuld-step-1 = Mette'nin alıştırma telefonunu açın ve "E-mail" bölümündeki e-postayı okuyun. Sahteyse silin.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Mette'nin yanında, telefonunu açan bir düğme var.
    .hint-2 = "E-mail" (E-posta) düğmesine tıklayın. Gönderene, bağlantıya ve mektuplarınızın silineceği tehdidine bakın.
    .hint-3 = Digital Post dolmaz ve giriş yapmanız için bağlantı göndermez. "Slet" (Sil) düğmesine tıklayın.

## fidus-aegte-brev
fidus-aegte-brev-title = Skattestyrelsen'den (Vergi Dairesi) gerçek bir mektup
fidus-aegte-brev-description = Her şey dolandırıcılık değildir. Digital Post'taki mektuplar gerçek resmi kurumlardan gelir. Bu mektupları okumalısınız, onlardan korkmanıza gerek yok.
fidus-aegte-brev-story = Karen, sahte bir SMS'ten sonra dikkatli olmaya başladı. Şimdi Digital Post'ta Skattestyrelsen'den bir mektup aldı. Bu mektup gerçek mi?
fidus-aegte-brev-step-1 = NemID ve anahtar kartı ile Karen Jensen olarak giriş yapın.
    .hint-1 = "Din øvelse" (Alıştırmanız) sayfasına gidin. Tüm kişiler orada yazıyor.
    .hint-2 = "Log på som Karen Jensen" (Karen Jensen olarak giriş yap) düğmesine tıklayın. Şifre, kişinin kartında yazıyor.
    .hint-3 = Şifreyi yazın, "Næste" (İleri) düğmesine tıklayın, anahtar kartında ("Vis nøglekort", Anahtar kartını göster) anahtar numarasını bulun ve yanındaki 6 rakamı yazın. "Log på" (Giriş yap) düğmesine tıklayın.
fidus-aegte-brev-step-2 = Digital Post'ta Skattestyrelsen'den gelen mektubu açın. Bu mektup gerçek: Digital Post'ta duruyor ve sizden hiçbir kod istemiyor.
    .hint-1 = Mektup "Indbakke" (Gelen kutusu) bölümünde.
    .hint-2 = Gönderen Skattestyrelsen. Digital Post'taki mektuplar gerçek resmi kurumlardan gelir.
    .hint-3 = "Din forskudsopgørelse for 2027 er klar" (2027 yılı ön vergi hesaplamanız hazır) başlığına tıklayın.

## fidus-opkald
fidus-opkald-title = Biri arayıp MitID uygulamasında onay vermenizi istiyor
fidus-opkald-description = Dolandırıcılar arayıp Borgerservice'ten ya da bankadan olduklarını söyler. MitID uygulamasında bir isteği onaylamanızı isterler. Hayır demeyi öğrenin.
fidus-opkald-story = Karen'in telefonu çalıyor. Bir adam Borgerservice'ten aradığını ve Karen'in MitID'sinin engelleneceğini söylüyor. Hemen ardından MitID uygulamasına bir istek geliyor.
fidus-opkald-step-1 = Karen'in alıştırma telefonunu açın ve adamın ne dediğini "Opkald" (Aramalar) bölümünde okuyun. Sonra "MitID app" (MitID uygulaması) içindeki isteği reddedin.
    .hint-1 = Karen kendisi giriş yapmayı denemedi. Yani bu istek onun değil.
    .hint-2 = "Din øvelse" (Alıştırmanız) sayfasına gidin ve Karen'in telefonunu açın. Arama "Opkald" (Aramalar) bölümünde, istek "MitID app" (MitID uygulaması) bölümünde.
    .hint-3 = "Opkald" bölümünde "Læg på" (Kapat) düğmesine tıklayın. Sonra "MitID app" düğmesine tıklayın ve isteğin yanındaki "Afvis" (Reddet) düğmesine tıklayın.

## hjaelp-kig-vaek
hjaelp-kig-vaek-title = Kodlarını yazarken başka yere bakın
hjaelp-kig-vaek-description = Başka birine dijital işlerinde yardım ediyorsanız, onun kullanıcı kimliğini, şifresini ya da kodlarını bilmemelisiniz. O bunları yazarken başka yere bakın.
hjaelp-kig-vaek-story = Amina bir bydelsmor (mahalle annesi). Giriş yapması gereken Karen'in yanında oturuyor. İkisini de siz oynuyorsunuz: önce başka yere bakan Amina'yı, sonra yazan Karen'i.
hjaelp-kig-vaek-step-1 = Buradaki rehberde bulunan Başka yere bakıyorum düğmesiyle başka yere bakın. Sonra Karen olarak giriş yapın.
    .hint-1 = Karen kodlarını kendisi yazmalı. Amina onları görmemeli.
    .hint-2 = Başka yere bakıyorum düğmesi rehberde, bu adımın altında. Karen bir şey yazmadan önce ona basın.
    .hint-3 = Başka yere bakıyorum düğmesine basın. Sonra "Din øvelse" (Alıştırmanız) sayfasına gidin, "Log på som Karen Jensen" (Karen Jensen olarak giriş yap) düğmesine tıklayın ve onun şifresini ve anahtar kodunu yazın.
