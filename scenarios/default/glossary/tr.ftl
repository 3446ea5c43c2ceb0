### Glossary: the Danish words a learner meets, explained in Turkish (tr).
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

glossary-title = Sözlük
glossary-intro = Ekranda karşınıza çıkan Danca kelimeler. Kelimeler ekrandaki gibi Danca yazılıdır. Her kelimenin altında ne anlama geldiği yazar.
word-nemid = Uzun yıllar boyunca devlet kurumlarına internetten girmek için kullandığınız giriş yolu: kullanıcı kimliği, şifre ve kâğıttan bir kod kartı. Bugün bunun yerine MitID kullanılıyor.
    .term = NemID
word-mitid = Bugün kullanılan giriş yolu. Telefonunuzdaki bir uygulamayla ya da küçük bir kod cihazıyla (kodeviser) onaylarsınız.
    .term = MitID
word-noeglekort = Kâğıttan bir kart. Üzerinde birçok anahtar vardır. Her anahtar, dört rakamlı bir numara ile altı rakamlı bir anahtar koddan oluşur.
    .term = nøglekort
word-noeglenummer = Giriş yaparken ekranda gördüğünüz numara. Bu numarayı kod kartında bulun ve yanında yazan altı rakamı yazın.
    .term = nøglenummer
word-bruger-id = Sistemdeki adınız. Kendi seçtiğiniz bir numara ya da bir kelimedir. CPR numaranız değildir.
    .term = bruger-id
word-adgangskode = Gizli kelimeniz (şifreniz). Bunu asla kimseye söylemeyin, sizi telefonla arayan birine bile.
    .term = adgangskode
word-log-paa = Giriş bilgilerinizle kendi sayfanıza girin (giriş yapın). "Log af" ise sayfadan tekrar çıkmak (çıkış yapmak) demektir.
    .term = Log på
word-cpr-nummer = Kişisel numaranız: doğum tarihiniz (altı rakam) ve dört rakam daha. Danimarka'da herkesin bir CPR numarası vardır.
    .term = CPR-nummer
word-digital-post = İnternetteki posta kutunuz. Belediye, hastane, Skattestyrelsen (Vergi Dairesi) ve diğer resmî kurumlar size buradan yazar.
    .term = Digital Post
word-indbakke = Yeni mektupların geldiği klasör (Gelen Kutusu).
    .term = Indbakke
word-papirkurv = Sildiğiniz mektupların durduğu klasör (Çöp Kutusu). Bir mektubu oradan geri alabilirsiniz.
    .term = Papirkurv
word-mappe = Birbiriyle ilgili mektuplar için bir yer (klasör), örneğin sağlığınızla ilgili tüm mektuplar.
    .term = mappe
word-bilag = Bir mektuptaki ek belge. Çoğu zaman açabileceğiniz bir PDF dosyasıdır.
    .term = bilag
word-myndighed = Resmî bir kurum, örneğin belediye, Skattestyrelsen (Vergi Dairesi) ya da Udbetaling Danmark (sosyal ödemeler kurumu).
    .term = myndighed
word-laeseadgang = Güvendiğiniz bir kişiye Digital Post'unuzu okuma izni verirsiniz. Bu izni sonra geri alabilirsiniz.
    .term = læseadgang
word-fuldmagt = Güvendiğiniz bir kişiye, internette sizin adınıza belirli işleri yapma izni (vekâlet) verirsiniz, örneğin doktorunuzu değiştirmek.
    .term = fuldmagt
word-borgerservice = Belediyenin vatandaş hizmetleri bürosu. Burada dijital işler için ve NemID ya da MitID'niz için yardım alabilirsiniz.
    .term = Borgerservice
word-underskriv = Giriş bilgilerinizle, izni verenin siz olduğunuzu onaylayın (imzalayın).
    .term = Underskriv
