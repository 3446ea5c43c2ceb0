### Fact sheets: one A4 page per theme, in Somali (so).
### produced-by: machine draft (AI language model) from the Danish text, 2026-12-02
### reviewed: no

handouts-title = Xaashiyaha macluumaadka
handouts-intro = Hal xaashi mawduuc kasta, si aad u daabacato oo guriga ugu qaadato. Erayada shaashadda waxay ku qoran yihiin af-Deenish, sida aad u aragto.
handout-nemid-title = NemID iyo kaarka furayaasha (nøglekort)
handout-nemid-1 = Waxaad ku soo gashaa "Bruger-id" (aqoonsiga isticmaalaha), "Adgangskode" (erayga sirta ah) iyo fure ka mid ah "nøglekort" (kaarka furayaasha).
handout-nemid-2 = Shaashaddu waxay tusaysaa "Nøglenummer" (lambarka furaha) oo afar tiro ah. Ka raadi kaarka furayaasha, oo qor lixda tiro ee agtiisa ku qoran.
handout-nemid-3 = Fure kasta hal mar oo keliya ayaa la isticmaalaa. Marka kaarku ku dhow yahay inuu dhammaado, mid cusub ayaa boostada kuugu imanaya.
handout-nemid-4 = Haddii aad khalad ku qorto marar badan, NemID-gaaga waa la xannibayaa. Markaas Borgerservice (xafiiska adeegga muwaadiniinta) ayaa ku caawin karta.
handout-nemid-5 = Weligaa kaarka furayaasha ama erayga sirta ah qof kale ha siin – xitaa qof sheegaya inuu ka soo wacayo degmada (kommunen) ama bangiga.
handout-nemid-6 = Maanta dadku waxay isticmaalaan MitID. Laakiin ilaalintu waa isku mid: koodhadhkaaga adiga oo keliya ayaa iska leh.
handout-mitid-title = MitID
handout-mitid-1 = Waxaad ku soo gashaa "Bruger-id" (aqoonsiga isticmaalaha). Kadib waxaad ku xaqiijisaa app-ka MitID ee telefoonkaaga, kodeviser (qalab yar oo koodh tusa) ama kodeoplæser (qalab koodka kor u akhriya).
handout-mitid-2 = App-ka dhexdiisa, ansixi oo keliya wixii adigu hadda bilowday. Akhri waxa ku qoran ka hor intaadan ansixin.
handout-mitid-3 = Haddii aadan adigu waxba bilaabin, riix "Afvis" (diid). Weligaa wax ha ansixin sababta oo ah qof ayaa ku soo wacay ama kuu soo qoray.
handout-mitid-4 = Haddii aadan haysan telefoon casri ah (smartphone), waxaad heli kartaa kodeviser. Haddii aad indhoole tahay ama aragtidaadu daciif tahay, waxaad heli kartaa kodeoplæser.
handout-mitid-5 = Ma ilowday aqoonsiga isticmaalaha, mise telefoonka ayaad lumisay? Tag bogga mitid.dk, ama caawimaad ka hel Borgerservice (xafiiska adeegga muwaadiniinta).
handout-mitid-6 = Hay'adaha dowladdu weligood kuma weydiiyaan macluumaadkaaga MitID, ha ahaato iimayl, SMS ama wicitaan telefoon.
handout-post-title = Digital Post
handout-post-1 = Digital Post waa sanduuqaaga boostada ee internetka. Halkan waxaa kuu soo qora degmada (kommunen), cisbitaalka, Skattestyrelsen iyo hay'adaha kale ee dowladda.
handout-post-2 = Warqadaha cusubi waxay yimaadaan "Indbakke" (fariimaha soo galay). Warqad aadan weli akhrin waxay ku qoran tahay xarfo madow oo qaro weyn.
handout-post-3 = Guji mawduuca si aad u akhrido warqadda. Lifaaq (bilag) waa fayl ku jira warqadda oo aad furi karto.
handout-post-4 = Samee gal loogu talagalay warqadaha isku xiriira: guji "Opret mappe" (samee gal). Kadib warqadaha galkaas u guuri: guji "Flyt" (guuri).
handout-post-5 = Warqad aad tirtirto waxay muddo ku jirtaa "Papirkurv" (qashin-qubka). Halkaas ayaad dib uga soo celin kartaa.
handout-post-6 = Akhri boostadaada toddobaad kasta. Warqadaha hay'adaha dowladda waxay yeelan karaan waqti kama dambays ah (frist).
handout-help-title = Caawi dadka kale – adiguna caawimaad hel
handout-help-1 = Marka aad bixiso "læseadgang" (oggolaanshaha akhriska), qof aad aamintay ayaa akhrin kara boostadaada Digital Post. Adiga ayaa dooranaya: galalka oo dhan ama qaar keliya.
handout-help-2 = Marka aad bixiso "fuldmagt" (wakaalad), qof aad aamintay ayaa adiga kuu qaban kara waxyaabo go'an oo internetka ah, tusaale ahaan inuu dhakhtarkaaga beddelo.
handout-help-3 = Oggolaanshaha ama wakaaladda waxaad ka bixisaa boggaaga gaarka ah, waxaadna ku xaqiijisaa soo-gelitaankaaga. Had iyo jeer waad ka noqon kartaa.
handout-help-4 = Qofka ku caawinaya wuxuu isticmaalaa soo-gelitaankiisa gaarka ah – weligiis ma isticmaalo kaaga.
handout-help-5 = Haddii aadan gabi ahaanba isticmaali karin adeegyada dhijitaalka ah, Borgerservice (xafiiska adeegga muwaadiniinta) ayaa ku caawin karta, waxaana lagaa dhaafi karaa Digital Post.
handout-safety-title = Is ilaali marka aad internetka ku jirto
handout-safety-1 = Hay'adaha dowladdu waxay kuu soo qoraan Digital Post. Weligood kuma weydiiyaan aqoonsiga isticmaalaha, erayga sirta ah ama koodhadhkaaga, ha ahaato iimayl ama SMS.
handout-safety-2 = Ha riixin linkiyada (xiriiriyeyaasha) ku jira SMS ama iimayl ku saabsan lacag laguu celinayo, sanduuq boosto oo buuxa ama xirmo (baakad). Adigu qudhaadu tag bogga borger.dk.
handout-safety-3 = Haddii qof ku soo waco oo kaa codsado inaad wax ansixiso ama aad koodh kor ugu akhriso, xir wicitaanka.
handout-safety-4 = Had iyo jeer ka bax adigoo gujinaya "Log af" (ka bax) marka aad dhammayso – gaar ahaan kombiyuutar ay dad kale sidoo kale isticmaalaan.
handout-safety-5 = Ma siisay qof koodhadhkaaga? Isla markiiba wac Borgerservice (xafiiska adeegga muwaadiniinta) ama bangigaaga.
