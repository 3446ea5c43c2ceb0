### Glossary: the Danish words a learner meets, explained in Somali (so).
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

glossary-title = Liiska erayada
glossary-intro = Erayada Deenishka ah ee aad shaashadda ku aragto. Erayadu waxay ku qoran yihiin af-Deenish, sida shaashadda. Eray kasta hoostiisa waxaa ku qoran waxa uu ka dhigan yahay.
word-nemid = Soo-gelitaankaaga adeegyada dowladda ee internetka muddo sannado badan ah: aqoonsiga isticmaalaha, erayga sirta ah iyo kaar warqad ah oo furayaal leh (nøglekort). Maanta dadku waxay isticmaalaan MitID.
    .term = NemID
word-mitid = Soo-gelitaanka dadku maanta isticmaalaan. Waxaad ku xaqiijisaa app ku jira telefoonkaaga ama kodeviser (qalab yar oo koodh tusa).
    .term = MitID
word-noeglekort = Kaarka furayaasha: kaar warqad ah oo furayaal badan leh. Fure kastaa wuxuu ka kooban yahay lambar afar tiro ah iyo fure lix tiro ah.
    .term = nøglekort
word-noeglenummer = Lambarka furaha: lambarka shaashadda ka muuqda marka aad soo gelayso. Ka raadi kaarka furayaasha, oo qor lixda tiro ee agtiisa ku qoran.
    .term = nøglenummer
word-bruger-id = Aqoonsiga isticmaalaha: magacaaga nidaamka dhexdiisa. Waa lambar ama eray aad adigu dooratay. Ma aha lambarkaaga CPR-ka.
    .term = bruger-id
word-adgangskode = Eraygaaga sirta ah. Weligaa qofna ha u sheegin, xitaa qof ku soo wacay.
    .term = adgangskode
word-log-paa = Soo gal: ku gal boggaaga gaarka ah adigoo isticmaalaya soo-gelitaankaaga. "Log af" (ka bax) macnaheedu waa inaad mar kale ka baxdo.
    .term = Log på
word-cpr-nummer = Lambarkaaga shakhsiga ah: taariikhda dhalashadaada (lix tiro) iyo afar tiro oo kale. Qof kasta oo Danmark jooga wuu leeyahay mid.
    .term = CPR-nummer
word-digital-post = Sanduuqaaga boostada ee internetka. Halkan waxaa kuu soo qora degmada (kommunen), cisbitaalka, Skattestyrelsen iyo hay'adaha kale ee dowladda.
    .term = Digital Post
word-indbakke = Fariimaha soo galay: galka ay warqadaha cusubi ku yimaadaan.
    .term = Indbakke
word-papirkurv = Qashin-qubka: galka warqadaha aad tirtirtay. Halkaas ayaad warqad dib uga soo celin kartaa.
    .term = Papirkurv
word-mappe = Gal: meel loogu talagalay warqadaha isku xiriira, tusaale ahaan dhammaan warqadaha ku saabsan caafimaadkaaga.
    .term = mappe
word-bilag = Lifaaq: dukumenti dheeraad ah oo warqad ku jira, badanaa fayl PDF ah oo aad furi karto.
    .term = bilag
word-myndighed = Hay'ad dowladeed: xafiis dowladeed, tusaale ahaan degmada (kommunen), Skattestyrelsen ama Udbetaling Danmark.
    .term = myndighed
word-laeseadgang = Oggolaanshaha akhriska: waxaad qof aad aamintay u oggolaanaysaa inuu akhriyo boostadaada Digital Post. Mar dambe waad ka noqon kartaa.
    .term = læseadgang
word-fuldmagt = Wakaalad: waxaad qof aad aamintay u oggolaanaysaa inuu adiga kuu qabto waxyaabo go'an oo internetka ah, tusaale ahaan inuu dhakhtarkaaga beddelo.
    .term = fuldmagt
word-borgerservice = Xafiiska adeegga muwaadiniinta ee degmada (kommunen). Halkaas waxaad caawimaad ka heli kartaa arrimaha dhijitaalka ah iyo NemID ama MitID.
    .term = Borgerservice
word-underskriv = Saxiix: ku xaqiiji soo-gelitaankaaga in adigu aad tahay qofka oggolaanshaha bixinaya.
    .term = Underskriv
