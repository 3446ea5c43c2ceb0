### Every exercise's texts in Somali (so): title, description, story, and per step the instruction with three hints
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

## fuldmagt-betroet-medarbejder
fuldmagt-betroet-medarbejder-title = Shaqaale la aamini karo: u ansixi muwaadin
fuldmagt-betroet-medarbejder-description = Shaqaale la aamini karo ayaa codsi u ansixin kara muwaadin aan isticmaali karin "Digital Post" (boosta dhijitaalka ah).
fuldmagt-betroet-medarbejder-story = Mette waxay ayeeyadeed Erna ka codsatay "fuldmagt" (wakaalad). Erna waxay ku nooshahay xarun daryeel, mana awoodo inay si dhijitaal ah uga jawaabto. Lone oo ka shaqaysa "Borgerservice" (xafiiska adeegga muwaadiniinta) ayaa caawinaysa.
fuldmagt-betroet-medarbejder-step-1 = Soo gal adigoo ah Lone Madsen. Isticmaal "NemID" iyo "nøglekort" (kaarka furayaasha).
    .hint-1 = Tag bogga "Din øvelse" (laylkaaga). Halkaas waxaa ku qoran dadka oo dhan.
    .hint-2 = Guji "Log på som Lone Madsen" (soo gal adigoo ah Lone Madsen). Erayga sirta ah wuxuu ku qoran yahay kaarka qofka.
    .hint-3 = Qor erayga sirta ah oo guji "Næste" (xiga). Guji "Vis nøglekort" (tus kaarka furayaasha), oo "nøglekort" ka raadi "nøglenummer" (lambarka furaha) ee shaashadda ku qoran. Qor 6-da lambar ee agtiisa ku qoran, kadibna guji "Log på" (soo gal).
fuldmagt-betroet-medarbejder-step-2 = Marka hore hubi aqoonsiga Erna Holm. Kadib ansixi codsiga Mette adigoo matalaya Erna Holm.
    .hint-1 = Lone waxay kiisaska ku aragtaa "Digital fuldmagt" (wakaalad dhijitaal ah).
    .hint-2 = Calaamadee "Jeg har kontrolleret borgerens identitet" (waan hubiyay aqoonsiga muwaadinka) ka hor intaadan ansixin.
    .hint-3 = Tag "Digital fuldmagt", calaamadee sanduuqa aqoonsiga ee ka hooseeya Erna Holm, oo guji "Godkend" (ansixi).

## fuldmagt-giv
fuldmagt-giv-title = Sii "fuldmagt" (wakaalad) dhijitaal ah
fuldmagt-giv-description = Haddii aad bixiso "fuldmagt" (wakaalad), qof kale ayaa adiga kuu qaban kara adeegyo is-adeeg ah oo aad dooratay.
fuldmagt-giv-story = Karen waxay rabtaa inay gabadheeda Mette u oggolaato inay dhakhtarka u beddesho.
fuldmagt-giv-step-1 = Soo gal adigoo ah Karen Jensen. Isticmaal "NemID" iyo "nøglekort" (kaarka furayaasha).
    .hint-1 = Tag bogga "Din øvelse" (laylkaaga). Halkaas waxaa ku qoran dadka oo dhan.
    .hint-2 = Guji "Log på som Karen Jensen" (soo gal adigoo ah Karen Jensen). Erayga sirta ah wuxuu ku qoran yahay kaarka qofka.
    .hint-3 = Qor erayga sirta ah oo guji "Næste" (xiga). Guji "Vis nøglekort" (tus kaarka furayaasha), oo "nøglekort" ka raadi "nøglenummer" (lambarka furaha) ee shaashadda ku qoran. Qor 6-da lambar ee agtiisa ku qoran, kadibna guji "Log på" (soo gal).
fuldmagt-giv-step-2 = Sii Mette "fuldmagt" (wakaalad) oo loogu talagalay "Skift læge" (beddel dhakhtarka), kadibna saxiix.
    .hint-1 = Bogaaga hore ka dooro "Digital fuldmagt" (wakaalad dhijitaal ah).
    .hint-2 = Guji "Giv fuldmagt" (sii wakaalad) oo calaamadee "Skift læge".
    .hint-3 = Qor Mette Jensen Holm iyo 551077-2344, calaamadee "Skift læge", dooro "Indtil den slettes" (ilaa la tirtiro), guji "Næste" (xiga), kadibna guji "Underskriv" (saxiix) oo isticmaal furaha.

## fuldmagt-skift-laege
fuldmagt-skift-laege-title = Codso "fuldmagt" (wakaalad) oo hooyadaa u beddel dhakhtarka
fuldmagt-skift-laege-description = Caawiyuhu wuxuu codsadaa wakaaladda, qofka bixinaya ayaa ansixiya, kadibna caawiyuhu wuu isticmaalaa.
fuldmagt-skift-laege-story = Mette waxay rabtaa inay hooyadeed Karen ka caawiso beddelidda dhakhtarka. Labada doorba adiga ayaa qaadanaya.
fuldmagt-skift-laege-step-1 = Adigoo ah Mette: Karen ka codso "fuldmagt" (wakaalad) oo loogu talagalay "Skift læge" (beddel dhakhtarka). Adigoo ah Karen: ansixi.
    .hint-1 = Ku bilow adigoo ah Mette, gudaha "Digital fuldmagt" (wakaalad dhijitaal ah).
    .hint-2 = "Anmod om fuldmagt" (codso wakaalad) wuxuu diraa codsi, oo Mette ku saxiixdo furaheeda. Karen waxay ku ansixisaa "Digital fuldmagt".
    .hint-3 = Mette: guji "Anmod om fuldmagt", qor Karen Jensen iyo 420348-1236, calaamadee "Skift læge", guji "Næste" (xiga), kadibna "Underskriv" (saxiix) oo isticmaal furaha Mette. Guji "Log af" (ka bax). Karen: guji "Godkend" (ansixi) iyo "Underskriv" (saxiix) oo isticmaal furaha Karen.
fuldmagt-skift-laege-step-2 = Soo gal adigoo ah Mette, oo Karen u beddel dhakhtarka.
    .hint-1 = Adeegga "Skift læge" (beddel dhakhtarka) wuxuu ku yaal bogga hore.
    .hint-2 = Ka dooro Karen Jensen meesha ku qoran "Hvem skifter du læge for?" (yaad u beddelaysaa dhakhtarka?).
    .hint-3 = Soo gal adigoo ah Mette, guji "Skift læge", dooro Karen Jensen iyo dhakhtar cusub, kadibna guji "Skift læge".

## hjaelp-anmod-laes
hjaelp-anmod-laes-title = Adigoo caawiye ah: codso oggolaansho oo akhri boosta
hjaelp-anmod-laes-description = Caawiyuhu wuxuu codsadaa oggolaansho, milkiiluhu wuu ansixiyaa, kadibna caawiyuhu wuxuu u wareegaa sanduuqa boostada ee qofka kale.
hjaelp-anmod-laes-story = Mette waxay jeclaan lahayd inay hooyadeed Karen ka caawiso boostada. Labada doorba adiga ayaa qaadanaya.
hjaelp-anmod-laes-step-1 = Soo gal adigoo ah Mette, oo Karen ka codso "læseadgang" (oggolaanshaha akhriska).
    .hint-1 = Mette ayaa ah caawiyaha. Marka hore soo gal adigoo ah iyada.
    .hint-2 = Gudaha "Digital Post", qaybta "Læse- og skriveadgang" (oggolaanshaha akhriska iyo qorista) waxaad ka helaysaa "Anmod om adgang" (codso oggolaansho).
    .hint-3 = Qor Karen Jensen iyo 420348-1236, dooro "Læseadgang" (oggolaanshaha akhriska) oo guji "Send anmodning" (dir codsiga).
hjaelp-anmod-laes-step-2 = Ka bax, soo gal adigoo ah Karen, oo codsiga ku ansixi fure.
    .hint-1 = Hadda waxaa jawaabaya qofka sanduuqa boostada leh.
    .hint-2 = Soo gal adigoo ah Karen. Codsiga wuxuu ku jiraa "Læse- og skriveadgang" (oggolaanshaha akhriska iyo qorista).
    .hint-3 = Codsiga agtiisa ku guji "Godkend" (ansixi), kadibna ku saxiix fure ka mid ah "nøglekort" (kaarka furayaasha) ee Karen.
hjaelp-anmod-laes-step-3 = Mar kale soo gal adigoo ah Mette, oo fur sanduuqa boostada ee Karen.
    .hint-1 = Caawiyuhu waa inuu u wareego sanduuqa boostada ee qofka kale.
    .hint-2 = Doorashada "Skift postkasse" (beddel sanduuqa boostada) waxay ku taal meesha ugu sarreysa "Digital Post".
    .hint-3 = Soo gal adigoo ah Mette, liiska "Skift postkasse" ka dooro Karen Jensen, oo guji "Skift" (beddel).

## hjaelp-laeseadgang-mappe
hjaelp-laeseadgang-mappe-title = Sii gabadhaada "læseadgang" (oggolaanshaha akhriska) hal gal oo keliya
hjaelp-laeseadgang-mappe-description = Haddii caawiye leeyahay "læseadgang" (oggolaanshaha akhriska), wuxuu akhrin karaa boostadaada – halkan galka "Sundhed" oo keliya.
hjaelp-laeseadgang-mappe-story = Karen waxay rabtaa in gabadheeda Mette ay ka caawiso warqadaheeda ku saabsan caafimaadka, laakiin aanay ka caawin warqadaha kale.
hjaelp-laeseadgang-mappe-step-1 = Soo gal adigoo ah Karen Jensen. Isticmaal "NemID" iyo "nøglekort" (kaarka furayaasha).
    .hint-1 = Tag bogga "Din øvelse" (laylkaaga). Halkaas waxaa ku qoran dadka oo dhan.
    .hint-2 = Guji "Log på som Karen Jensen" (soo gal adigoo ah Karen Jensen). Erayga sirta ah wuxuu ku qoran yahay kaarka qofka.
    .hint-3 = Qor erayga sirta ah oo guji "Næste" (xiga). Guji "Vis nøglekort" (tus kaarka furayaasha), oo "nøglekort" ka raadi "nøglenummer" (lambarka furaha) ee shaashadda ku qoran. Qor 6-da lambar ee agtiisa ku qoran, kadibna guji "Log på" (soo gal).
hjaelp-laeseadgang-mappe-step-2 = Sii Mette Jensen Holm "læseadgang" (oggolaanshaha akhriska) ee galka "Sundhed". Ku ansixi fure.
    .hint-1 = Gudaha "Digital Post" ka raadi "Læse- og skriveadgang" (oggolaanshaha akhriska iyo qorista).
    .hint-2 = Guji "Giv adgang" (sii oggolaansho). Lambarka CPR-ka ee Mette wuxuu ku qoran yahay bogga "Din øvelse" (laylkaaga).
    .hint-3 = Qor Mette Jensen Holm iyo 551077-2344, dooro "Læseadgang" iyo "Udvalgte mapper" (galal la doortay), calaamadee "Sundhed", guji "Næste" (xiga) oo ku saxiix furaha.

## nemid-foerste-login
nemid-foerste-login-title = Soo gelitaankii ugu horreeyay adigoo isticmaalaya "nøglekort" (kaarka furayaasha)
nemid-foerste-login-description = Ku soo gal "NemID": aqoonsiga isticmaalaha, erayga sirta ah iyo fure ka mid ah "nøglekort" (kaarka furayaasha).
nemid-foerste-login-story = Karen waa 78 jir. Waxay heshay "NemID" iyo "nøglekort" (kaarka furayaasha) oo warqad ah. Waxay jeclaan lahayd inay keligeed soo gasho.
nemid-foerste-login-step-1 = Soo gal adigoo ah Karen Jensen. Isticmaal "NemID" iyo "nøglekort" (kaarka furayaasha).
    .hint-1 = Tag bogga "Din øvelse" (laylkaaga). Halkaas waxaa ku qoran dadka oo dhan.
    .hint-2 = Guji "Log på som Karen Jensen" (soo gal adigoo ah Karen Jensen). Erayga sirta ah wuxuu ku qoran yahay kaarka qofka.
    .hint-3 = Qor erayga sirta ah oo guji "Næste" (xiga). Guji "Vis nøglekort" (tus kaarka furayaasha), oo "nøglekort" ka raadi "nøglenummer" (lambarka furaha) ee shaashadda ku qoran. Qor 6-da lambar ee agtiisa ku qoran, kadibna guji "Log på" (soo gal).
nemid-foerste-login-step-2 = Fur "Digital Post" (boosta dhijitaalka ah) oo akhri warqadda cisbitaalka ka timid.
    .hint-1 = Markaad soo gasho, waxaad aadi kartaa "Digital Post".
    .hint-2 = Bogaaga hore ku guji badhanka "Digital Post".
    .hint-3 = Gudaha "Indbakke" (fariimaha soo galay), guji mawduuca "Indkaldelse til ambulant undersøgelse i Hjertemedicinsk Ambulatorium".

## nemid-spaerret
nemid-spaerret-title = "NemID" la xannibay iyo eray sir ah oo ku-meel-gaar ah
nemid-spaerret-description = Marka "NemID" la xannibo, waxaa imanaya warqad leh eray sir ah oo ku-meel-gaar ah. Ku soo gal, kadibna dooro eray sir ah oo cusub.
nemid-spaerret-story = Poul wuxuu khalad ku qoray marar badan, "NemID"-giisana waa la xannibay. Boostadiisa caadiga ah (warqadaha) waxaa ku jira warqad leh eray sir ah oo ku-meel-gaar ah.
nemid-spaerret-step-1 = Hel erayga sirta ah ee ku-meel-gaarka ah, ku soo gal adigoo ah Poul, kadibna dooro eray sir ah oo cusub.
    .hint-1 = Eeg boostada caadiga ah ee Poul.
    .hint-2 = Bogga "Din øvelse" (laylkaaga) ku guji Poul Nielsen. Warqadda waxay ku jirtaa "Fysisk post" (boostada caadiga ah).
    .hint-3 = Ku soo gal aqoonsiga isticmaalaha iyo erayga sirta ah ee ku-meel-gaarka ah ee warqadda ku qoran, qor furaha, kadibna laba jeer qor eray sir ah oo cusub, tusaale ahaan Solsikke42.

## post-besvar-brev
post-besvar-brev-title = Ka jawaab warqad
post-besvar-brev-description = Warqadaha qaarkood waxaa looga jawaabi karaa badhanka "Besvar" (ka jawaab). Kadib jawaabtu waxay ku jirtaa "Sendt" (la diray).
post-besvar-brev-story = Cisbitaalku wuxuu Karen ka codsanayaa inay u sheegto haddii waqtigu aanu ku habboonayn. Waxay rabtaa inay uga jawaabto inay imanayso.
post-besvar-brev-step-1 = Soo gal adigoo ah Karen Jensen. Isticmaal "NemID" iyo "nøglekort" (kaarka furayaasha).
    .hint-1 = Tag bogga "Din øvelse" (laylkaaga). Halkaas waxaa ku qoran dadka oo dhan.
    .hint-2 = Guji "Log på som Karen Jensen" (soo gal adigoo ah Karen Jensen). Erayga sirta ah wuxuu ku qoran yahay kaarka qofka.
    .hint-3 = Qor erayga sirta ah oo guji "Næste" (xiga). Guji "Vis nøglekort" (tus kaarka furayaasha), oo "nøglekort" ka raadi "nøglenummer" (lambarka furaha) ee shaashadda ku qoran. Qor 6-da lambar ee agtiisa ku qoran, kadibna guji "Log på" (soo gal).
post-besvar-brev-step-2 = Ka jawaab warqadda cisbitaalka, oo qor inaad imanayso.
    .hint-1 = Fur warqadda cisbitaalka ka timid.
    .hint-2 = Badhanka waxaa la yiraahdaa "Besvar" (ka jawaab). Wax ku qor sanduuqa "Besked" (fariin).
    .hint-3 = Fur warqadda, guji "Besvar", ku qor "Besked" wax sida "Tak. Jeg kommer gerne." (Mahadsanid. Waan imanayaa.), kadibna guji "Send" (dir).

## post-forsvarets-dag
post-forsvarets-dag-title = Ha seegin warqaddan muhiimka ah
post-forsvarets-dag-description = Dhallinyaradu waxay helaan "Digital Post" marka ay 15 jir noqdaan. Hel warqadda ugu yeerista Forsvarets Dag (Maalinta Difaaca).
post-forsvarets-dag-story = Ahmed wuxuu dhawaan noqday 15 jir, wuxuuna helay "Digital Post". Waxaa ku jira warqad muhiim ah, waana inuusan seegin.
post-forsvarets-dag-step-1 = Soo gal adigoo ah Ahmed Abdi Yusuf. Isticmaal "NemID" iyo "nøglekort" (kaarka furayaasha).
    .hint-1 = Tag bogga "Din øvelse" (laylkaaga). Halkaas waxaa ku qoran dadka oo dhan.
    .hint-2 = Guji "Log på som Ahmed Abdi Yusuf" (soo gal adigoo ah Ahmed Abdi Yusuf). Erayga sirta ah wuxuu ku qoran yahay kaarka qofka.
    .hint-3 = Qor erayga sirta ah oo guji "Næste" (xiga). Guji "Vis nøglekort" (tus kaarka furayaasha), oo "nøglekort" ka raadi "nøglenummer" (lambarka furaha) ee shaashadda ku qoran. Qor 6-da lambar ee agtiisa ku qoran, kadibna guji "Log på" (soo gal).
post-forsvarets-dag-step-2 = Hel oo akhri warqadda ugu yeerista Forsvarets Dag.
    .hint-1 = Warqadaha aan weli la akhrin waxay leeyihiin dhibic.
    .hint-2 = Qofka soo diray waa Forsvarsministeriets Personalestyrelse.
    .hint-3 = Gudaha "Indbakke" (fariimaha soo galay), guji "Indkaldelse til Forsvarets Dag".

## post-laes-brev
post-laes-brev-title = Akhri warqad iyo lifaaqeeda
post-laes-brev-description = Ka fur warqad "Digital Post" (boosta dhijitaalka ah), oo u fur lifaaqa sida PDF.
post-laes-brev-story = Karen waxay cisbitaalka ka heshay warqad leh lifaaq. Waxay rabtaa inay dhammaan akhrido.
post-laes-brev-step-1 = Soo gal adigoo ah Karen Jensen. Isticmaal "NemID" iyo "nøglekort" (kaarka furayaasha).
    .hint-1 = Tag bogga "Din øvelse" (laylkaaga). Halkaas waxaa ku qoran dadka oo dhan.
    .hint-2 = Guji "Log på som Karen Jensen" (soo gal adigoo ah Karen Jensen). Erayga sirta ah wuxuu ku qoran yahay kaarka qofka.
    .hint-3 = Qor erayga sirta ah oo guji "Næste" (xiga). Guji "Vis nøglekort" (tus kaarka furayaasha), oo "nøglekort" ka raadi "nøglenummer" (lambarka furaha) ee shaashadda ku qoran. Qor 6-da lambar ee agtiisa ku qoran, kadibna guji "Log på" (soo gal).
post-laes-brev-step-2 = Fur warqadda cisbitaalka. Sidoo kale fur lifaaqa ku jira "Dokumenter i brevet" (dukumentiyada warqadda).
    .hint-1 = Warqaddu waxay ku jirtaa "Indbakke" (fariimaha soo galay).
    .hint-2 = Liiska warqadaha ku guji mawduuca. Lifaaqu waa link (xiriiriye) ku dhammaada .pdf.
    .hint-3 = Guji "Indkaldelse til ambulant undersøgelse …", kadibna guji "Indkaldelse og praktisk information.pdf".

## post-mappe-sundhed
post-mappe-sundhed-title = Samee gal, oo warqad u guuri
post-mappe-sundhed-description = Galalku waxay fududeeyaan helitaanka boostada – waxayna kuu suurageliyaan inaad caawiye u oggolaato hal gal oo keliya.
post-mappe-sundhed-story = Hooyadaa Karen waxay cisbitaalka ka heshay warqad. Waxay rabtaa inay warqadaheeda caafimaadka ku ururiso gal la yiraahdo "Sundhed".
post-mappe-sundhed-step-1 = Soo gal adigoo ah Karen Jensen. Isticmaal "NemID" iyo "nøglekort" (kaarka furayaasha).
    .hint-1 = Tag bogga "Din øvelse" (laylkaaga). Halkaas waxaa ku qoran dadka oo dhan.
    .hint-2 = Guji "Log på som Karen Jensen" (soo gal adigoo ah Karen Jensen). Erayga sirta ah wuxuu ku qoran yahay kaarka qofka.
    .hint-3 = Qor erayga sirta ah oo guji "Næste" (xiga). Guji "Vis nøglekort" (tus kaarka furayaasha), oo "nøglekort" ka raadi "nøglenummer" (lambarka furaha) ee shaashadda ku qoran. Qor 6-da lambar ee agtiisa ku qoran, kadibna guji "Log på" (soo gal).
post-mappe-sundhed-step-2 = Samee gal la yiraahdo "Sundhed".
    .hint-1 = Eeg dhinaca bidix ee "Digital Post".
    .hint-2 = Sanduuqa qoraalka waxaa la yiraahdaa "Navn på mappen" (magaca galka), badhankana "Opret mappe" (samee gal).
    .hint-3 = Ku qor Sundhed sanduuqa "Navn på mappen", oo guji "Opret mappe".
post-mappe-sundhed-step-3 = U guuri warqadda cisbitaalka galka "Sundhed".
    .hint-1 = Ku noqo "Indbakke" (fariimaha soo galay).
    .hint-2 = Calaamadee warqadda, oo isticmaal "Flyt til" (u guuri) ee ka hooseeya liiska.
    .hint-3 = Calaamadee "Indkaldelse til ambulant undersøgelse …", liiska "Flyt til" ka dooro Sundhed, oo guji "Flyt" (guuri).

## post-skriv-skat
post-skriv-skat-title = U qor Skattestyrelsen
post-skriv-skat-description = U qor fariin cusub hay'ad dowladeed: dooro hay'adda, qor mawduuca iyo fariinta, kadibna dir.
post-skriv-skat-story = Poul wuxuu su'aal ka qabaa xisaab-celinta canshuurtiisa ee sannadka, wuxuuna rabaa inuu u qoro Skattestyrelsen (Hay'adda Canshuuraha).
post-skriv-skat-step-1 = Soo gal adigoo ah Poul Nielsen. Isticmaal "NemID" iyo "nøglekort" (kaarka furayaasha).
    .hint-1 = Tag bogga "Din øvelse" (laylkaaga). Halkaas waxaa ku qoran dadka oo dhan.
    .hint-2 = Guji "Log på som Poul Nielsen" (soo gal adigoo ah Poul Nielsen). Erayga sirta ah wuxuu ku qoran yahay kaarka qofka.
    .hint-3 = Qor erayga sirta ah oo guji "Næste" (xiga). Guji "Vis nøglekort" (tus kaarka furayaasha), oo "nøglekort" ka raadi "nøglenummer" (lambarka furaha) ee shaashadda ku qoran. Qor 6-da lambar ee agtiisa ku qoran, kadibna guji "Log på" (soo gal).
post-skriv-skat-step-2 = U qor fariin cusub Skattestyrelsen, oo dir.
    .hint-1 = Ka bilow "Digital Post".
    .hint-2 = Badhanka waxaa la yiraahdaa "Skriv ny besked" (qor fariin cusub). Skattestyrelsen waxay ku jirtaa qaybta "Staten" (dowladda).
    .hint-3 = Guji "Skriv ny besked", dooro Skattestyrelsen, qor mawduuc iyo fariin, kadibna guji "Send" (dir).

## post-slet-gendan
post-slet-gendan-title = Tirtir warqad, kadibna soo celi
post-slet-gendan-description = Warqadaha la tirtiray waxay ku jiraan "Papirkurv" (qashin-qubka) ilaa laga faaruqiyo. Halkaas ayaa laga soo celin karaa.
post-slet-gendan-story = Karen waxay si khalad ah u tirtirtay warqad ku saabsan tallaalka hargabka. Waa inay dib ugu noqotaa "Indbakke" (fariimaha soo galay).
post-slet-gendan-step-1 = Soo gal adigoo ah Karen Jensen. Isticmaal "NemID" iyo "nøglekort" (kaarka furayaasha).
    .hint-1 = Tag bogga "Din øvelse" (laylkaaga). Halkaas waxaa ku qoran dadka oo dhan.
    .hint-2 = Guji "Log på som Karen Jensen" (soo gal adigoo ah Karen Jensen). Erayga sirta ah wuxuu ku qoran yahay kaarka qofka.
    .hint-3 = Qor erayga sirta ah oo guji "Næste" (xiga). Guji "Vis nøglekort" (tus kaarka furayaasha), oo "nøglekort" ka raadi "nøglenummer" (lambarka furaha) ee shaashadda ku qoran. Qor 6-da lambar ee agtiisa ku qoran, kadibna guji "Log på" (soo gal).
post-slet-gendan-step-2 = Tirtir warqadda "Tilbud om gratis influenzavaccination".
    .hint-1 = Marka hore fur warqadda.
    .hint-2 = Badhanka waxaa la yiraahdaa "Slet" (tirtir), wuxuuna ku yaal warqadda hoosteeda.
    .hint-3 = Gudaha "Indbakke" ku guji warqadda, kadibna guji "Slet".
post-slet-gendan-step-3 = Ka hel warqadda "Papirkurv" (qashin-qubka), oo soo celi.
    .hint-1 = Warqadaha la tirtiray waxay ku jiraan gal gooni ah.
    .hint-2 = Galka waxaa la yiraahdaa "Papirkurv", badhankana "Gendan" (soo celi).
    .hint-3 = Guji "Papirkurv", fur warqadda, oo guji "Gendan".

## sikkerhed-log-af
sikkerhed-log-af-title = Had iyo jeer ka bax markaad dhammayso
sikkerhed-log-af-description = Haddii aad isticmaasho kombiyuutar la wadaago, ka bax si qofka xiga uusan u arkin boostadaada.
sikkerhed-log-af-story = Amina waxay isticmaashaa kombiyuutarka maktabadda. Waxay rabtaa inay akhrido boostadeeda, kadibna si sax ah uga baxdo.
sikkerhed-log-af-step-1 = Soo gal adigoo ah Amina Abdi Yusuf. Isticmaal "NemID" iyo "nøglekort" (kaarka furayaasha).
    .hint-1 = Tag bogga "Din øvelse" (laylkaaga). Halkaas waxaa ku qoran dadka oo dhan.
    .hint-2 = Guji "Log på som Amina Abdi Yusuf" (soo gal adigoo ah Amina Abdi Yusuf). Erayga sirta ah wuxuu ku qoran yahay kaarka qofka.
    .hint-3 = Qor erayga sirta ah oo guji "Næste" (xiga). Guji "Vis nøglekort" (tus kaarka furayaasha), oo "nøglekort" ka raadi "nøglenummer" (lambarka furaha) ee shaashadda ku qoran. Qor 6-da lambar ee agtiisa ku qoran, kadibna guji "Log på" (soo gal).
sikkerhed-log-af-step-2 = Hadda ka bax.
    .hint-1 = Badhanku wuxuu ku yaal meesha ugu sarreysa bogga.
    .hint-2 = Waxaa la yiraahdaa "Log af" (ka bax).
    .hint-3 = Guji "Log af" oo ku yaal dhinaca midig ee sare.

## mitid-app-log-paa
mitid-app-log-paa-title = Ku soo gal app-ka "MitID"
mitid-app-log-paa-description = Kombiyuutarka ka soo gal, kadibna telefoonka ku ansixi app-ka "MitID".
mitid-app-log-paa-story = Mette had iyo jeer waxay ku soo gashaa app-ka "MitID" ee telefoonkeeda. Waxay rabtaa inay Demoborger ka soo gasho kombiyuutarka.
mitid-app-log-paa-step-1 = Soo gal adigoo ah Mette Jensen Holm. Isticmaal "MitID", kadibna ku ansixi app-ka "MitID" ee telefoonkeeda laylinta.
    .hint-1 = Tag bogga "Din øvelse" (laylkaaga). Mette agteeda waxaa ku qoran xogteeda "MitID".
    .hint-2 = Guji "Log på med MitID" (ku soo gal MitID), kadibna guji "Fortsæt" (sii wad). Markaas guji "Åbn telefon" (fur telefoonka).
    .hint-3 = Telefoonka: hubi in koodku la mid yahay kan kombiyuutarka, qor koodka PIN-ka ee ku qoran kaarka Mette, oo guji "Godkend" (ansixi). Kadib ku noqo kombiyuutarka.

## mitid-kodeviser
mitid-kodeviser-title = Ku soo gal "MitID kodeviser" (qalab yar oo koodh tusa)
mitid-kodeviser-description = "kodeviser" waa qalab yar oo koodh cusub tusa mar kasta oo aad riixdo badhankiisa. Koodku wuxuu shaqeeyaa 30 ilbiriqsi oo keliya.
mitid-kodeviser-story = Poul ma haysto telefoon casri ah. Wuxuu haystaa "MitID kodeviser" (qalab yar oo koodh tusa), wuxuuna rabaa inuu soo galo.
mitid-kodeviser-step-1 = Soo gal adigoo ah Poul Nielsen. Isticmaal "MitID" iyo "kodeviser" (qalab yar oo koodh tusa).
    .hint-1 = Tag bogga "Din øvelse" (laylkaaga). Poul agtiisa waxaa ku qoran "Bruger-ID" (aqoonsiga isticmaalaha) iyo erayga sirta ah ee "MitID".
    .hint-2 = Guji "Log på med MitID" (ku soo gal MitID) iyo "Fortsæt" (sii wad). Kadib riix badhanka ku yaal qalabka "kodeviser".
    .hint-3 = 6-da lambar ee "kodeviser" ku qor meesha "Engangskode" (koodka hal mar la isticmaalo), oo guji "Fortsæt" (sii wad). Qor erayga sirta ah, oo guji "Fortsæt".

## mitid-kodeoplaeser
mitid-kodeoplaeser-title = Caawi qof isticmaalaya "MitID kodeoplæser" (qalab koodka kor u akhriya)
mitid-kodeoplaeser-description = "kodeoplæser" waa qalab koodka kor u akhriya. Waxaa loogu talagalay dadka aragtidoodu daciifka tahay.
mitid-kodeoplaeser-story = Erna aragtideedu waa daciif, waxayna haysataa "MitID kodeoplæser" (qalab koodka kor u akhriya). Waxaad ka caawinaysaa inay soo gasho, laakiin iyada ayaa qoraysa.
mitid-kodeoplaeser-step-1 = Soo gal adigoo ah Erna Holm. Isticmaal "MitID" iyo "kodeoplæser" (qalab koodka kor u akhriya).
    .hint-1 = Tag bogga "Din øvelse" (laylkaaga). Erna agteeda waxaa ku qoran "Bruger-ID" (aqoonsiga isticmaalaha) iyo erayga sirta ah ee "MitID".
    .hint-2 = Guji "Log på med MitID" (ku soo gal MitID) iyo "Fortsæt" (sii wad). Kadib riix badhanka cas, oo dhageyso koodka.
    .hint-3 = 6-da lambar ku qor meesha "Engangskode" (koodka hal mar la isticmaalo), oo guji "Fortsæt" (sii wad). Qor erayga sirta ah, oo guji "Fortsæt".

## mitid-afvis
mitid-afvis-title = Diid codsi aadan adigu bilaabin
mitid-afvis-description = Ansixi oo keliya wixii adigu bilowday. Haddii uu yimaado codsi aadan aqoon, waa inaad diiddaa.
mitid-afvis-story = Telefoonka Karen waxaa ka muuqda codsi soo gelid. Laakiin Karen ma isku dayin inay soo gasho.
mitid-afvis-step-1 = Fur telefoonka laylinta ee Karen, oo ku diid codsiga app-ka "MitID".
    .hint-1 = Tag bogga "Din øvelse" (laylkaaga). Karen agteeda waxaa ku yaal badhan loogu talagalay telefoonkeeda.
    .hint-2 = Guji "Åbn telefon" (fur telefoonka). Codsigu wuxuu ku jiraa app-ka "MitID".
    .hint-3 = Guji "Afvis" (diid). Weligaa ha ansixin wax aadan adigu bilaabin.

## mitid-underskriv
mitid-underskriv-title = Ku saxiix "læseadgang" (oggolaanshaha akhriska) "MitID"
mitid-underskriv-description = Markaad caawiye siiso oggolaansho uu ku galo boostadaada, waa inaad saxiixdaa. Taas waxaad ku samayn kartaa "MitID".
mitid-underskriv-story = Poul wuxuu rabaa in deriskiisa Karen ay akhrin karto boostadiisa inta uu fasax ku maqan yahay. Wuxuu isticmaalaa "MitID kodeviser" (qalab yar oo koodh tusa).
mitid-underskriv-step-1 = Soo gal adigoo ah Poul Nielsen. Isticmaal "MitID" iyo "kodeviser" (qalab yar oo koodh tusa).
    .hint-1 = Tag bogga "Din øvelse" (laylkaaga). Poul agtiisa waxaa ku qoran "Bruger-ID" (aqoonsiga isticmaalaha) iyo erayga sirta ah ee "MitID".
    .hint-2 = Guji "Log på med MitID" (ku soo gal MitID) iyo "Fortsæt" (sii wad). Kadib riix badhanka ku yaal qalabka "kodeviser".
    .hint-3 = 6-da lambar ku qor meesha "Engangskode" (koodka hal mar la isticmaalo), oo guji "Fortsæt" (sii wad). Qor erayga sirta ah, oo guji "Fortsæt".
mitid-underskriv-step-2 = Sii Karen Jensen "læseadgang" (oggolaanshaha akhriska) ee boostada Poul, oo ku saxiix "MitID".
    .hint-1 = Tag "Digital Post", oo guji "Læse- og skriveadgang" (oggolaanshaha akhriska iyo qorista).
    .hint-2 = Guji "Giv adgang" (sii oggolaansho). Qor magaca Karen iyo lambarkeeda CPR-ka sida ay ugu qoran yihiin bogga "Din øvelse" (laylkaaga).
    .hint-3 = Dooro "Læseadgang" (oggolaanshaha akhriska), guji "Næste" (xiga), kadibna guji "Underskriv med MitID" (ku saxiix MitID). Riix badhanka qalabka "kodeviser", oo qor koodka iyo erayga sirta ah.

## fidus-skat-sms
fidus-skat-sms-title = Aqoonso SMS been abuur ah oo sheeganaysa inay ka timid "Skat"
fidus-skat-sms-description = Dadka khiyaanada sameeya waxay diraan SMS-yo u eg fariimaha hay'adaha dowladda. Baro calaamadaha, kadibna tirtir fariinta.
fidus-skat-sms-story = Karen waxaa u timid SMS sheegaysa in canshuur ahaan lacag loo celinayo. Waxa kaliya ee laga rabo waa inay riixdo link.
fidus-skat-sms-step-1 = Fur taleefanka layliga ee Karen, oo akhri SMS-ka ku jira "Beskeder" (Fariimaha). Haddii uu been abuur yahay, tirtir.
    .hint-1 = Tag bogga "Din øvelse" (Layligaaga). Karen agteeda waxaa ku yaal badhan furaya taleefankeeda.
    .hint-2 = Riix "Beskeder" (Fariimaha). Eeg cidda soo dirtay, link-ga iyo luqadda.
    .hint-3 = Skat weligeed SMS kuuguma soo dirto link aad ku gasho (log in). Riix "Slet" (Tirtir).

## fidus-post-fuld
fidus-post-fuld-title = Garo e-mail been ah oo sheegaysa in Digital Post-kaagu buuxo
fidus-post-fuld-description = Dadka khiyaanada sameeya waxay qoraan in Digital Post-kaagu buuxo oo warqadahaaga la tirtiri doono. Baro calaamadaha, kadibna tirtir e-mailka.
fidus-post-fuld-story = Mette waxay heshay e-mail sheegaya in Digital Post-keedu buuxo. Waxaa laga codsaday inay gasho si ay u ballaariso.
fidus-post-fuld-step-1 = Fur taleefanka tababarka ee Mette, oo akhri e-mailka ku jira "E-mail". Haddii uu been yahay, tirtir.
    .hint-1 = Tag bogga "Din øvelse" (Layligaaga). Mette agteeda waxaa ku yaal badhan u furaya taleefankeeda.
    .hint-2 = Guji "E-mail". Eeg cidda soo dirtay, linkiga iyo hanjabaadda ah in warqadahaaga la tirtiri doono.
    .hint-3 = Digital Post ma buuxsami karo, mana soo diro link aad ka gasho. Guji "Slet" (Tirtir).

## fidus-aegte-brev
fidus-aegte-brev-title = Warqad dhab ah oo ka timid Skattestyrelsen (Hay'adda Canshuuraha)
fidus-aegte-brev-description = Wax walba khiyaano ma aha. Warqadaha Digital Post waxay ka yimaadaan hay'ado dowladeed oo dhab ah. Waa inaad akhrido, ee ha ka baqin.
fidus-aegte-brev-story = Karen waxay noqotay mid taxaddar leh kadib SMS been ah. Hadda waxay warqad ka heshay Skattestyrelsen, waxayna ku jirtaa Digital Post. Ma dhab baa?
fidus-aegte-brev-step-1 = U gal sida Karen Jensen adigoo isticmaalaya NemID iyo kaarka furaha.
    .hint-1 = Tag bogga "Din øvelse" (Layligaaga). Halkaas waxaa ku qoran dhammaan dadka.
    .hint-2 = Guji "Log på som Karen Jensen" (Gal sida Karen Jensen). Erayga sirta ah wuxuu ku qoran yahay kaarka qofka.
    .hint-3 = Qor erayga sirta ah, guji "Næste" (Xiga), lambarka furaha ka raadi kaarka furaha ("Vis nøglekort", Tus kaarka furaha), kuna qor 6-da tiro ee ku xiga. Guji "Log på" (Gal).
fidus-aegte-brev-step-2 = Fur warqadda Skattestyrelsen ee ku jirta Digital Post. Waa dhab: waxay ku jirtaa Digital Post, mana kaa codsanayso wax koodh ah.
    .hint-1 = Warqaddu waxay ku jirtaa "Indbakke" (Sanduuqa fariimaha soo gala).
    .hint-2 = Waxaa soo diray Skattestyrelsen. Warqadaha Digital Post waxay ka yimaadaan hay'ado dowladeed oo dhab ah.
    .hint-3 = Guji "Din forskudsopgørelse for 2027 er klar" (Qiyaasta hore ee canshuurtaada 2027 waa diyaar).

## fidus-opkald
fidus-opkald-title = Qof ayaa ku soo wacaya oo kaa codsanaya inaad wax ku ansixiso app-ka MitID
fidus-opkald-description = Dadka khiyaanada sameeya waxay soo wacaan oo sheegaan inay ka yimaadeen Borgerservice (xafiiska adeegga muwaadiniinta) ama bangiga. Waxay kaa codsadaan inaad ansixiso codsi ku jira app-ka MitID. Baro inaad tiraahdo maya.
fidus-opkald-story = Telefoonka Karen ayaa dhacaya. Nin ayaa sheegaya inuu ka yimid Borgerservice, iyo in MitID-geeda la xannibi doono. Isla markiiba codsi ayaa yimaada app-ka MitID.
fidus-opkald-step-1 = Fur telefoonka laylinta ee Karen, oo akhri waxa ninku ku leeyahay "Opkald" (Wicitaannada). Kadibna ku diid codsiga "MitID app" (app-ka MitID).
    .hint-1 = Karen iyadu ma isku dayin inay soo gasho. Markaa codsigu maaha mid iyada leedahay.
    .hint-2 = Tag bogga "Din øvelse" (laylkaaga), oo fur telefoonka Karen. Wicitaanku wuxuu ku jiraa "Opkald" (Wicitaannada), codsiguna wuxuu ku jiraa "MitID app" (app-ka MitID).
    .hint-3 = Guji "Læg på" (jooji wicitaanka) ee ku jira "Opkald". Kadib guji "MitID app", oo codsiga agtiisa ku guji "Afvis" (diid).

## hjaelp-kig-vaek
hjaelp-kig-vaek-title = Meel kale eeg marka ay qorayso koodhadheeda
hjaelp-kig-vaek-description = Haddii aad qof kale ka caawinayso arrimaha dhijitaalka ah, waa inaadan ogaan aqoonsigeeda isticmaalaha, erayga sirta ah ama koodhadheeda. Meel kale eeg inta ay qorayso.
hjaelp-kig-vaek-story = Amina waa bydelsmor (hooyo xaafadeed oo dadka xaafadda caawisa). Waxay fadhidaa agta Karen, oo u baahan inay soo gasho. Labada doorba adiga ayaa qaadanaya: marka hore Amina oo meel kale eegaysa, kadibna Karen oo wax qoraysa.
hjaelp-kig-vaek-step-1 = Meel kale eeg adigoo riixaya badhanka Meel kale ayaan eegayaa ee halkan hagaha ku jira. Kadib soo gal adigoo ah Karen.
    .hint-1 = Karen waa inay iyadu qortaa koodhadheeda. Amina waa inaysan arkin.
    .hint-2 = Badhanka Meel kale ayaan eegayaa wuxuu ku yaal hagaha, tallaabadan hoosteeda. Riix ka hor inta aysan Karen waxba qorin.
    .hint-3 = Riix Meel kale ayaan eegayaa. Kadib tag bogga "Din øvelse" (laylkaaga), guji "Log på som Karen Jensen" (soo gal adigoo ah Karen Jensen), oo qor erayga sirta ah iyo furaha Karen.
