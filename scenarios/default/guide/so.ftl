### The guide's own words in Somali (so): the exercise panel, the catalogue, the result page and the certificate
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

language_name = Soomaali
panel = Layli
story = Akhri sheekada
step = Tallaabada { $n } ee { $total }
show_hint = Tus tilmaan
hide_panel = Qari hagaha
show_panel = Tus hagaha
hint = Tilmaan
skip = Ka bood tallaabadan
stop = Jooji laylka
finished = Waxaad dhammaysay tallaabooyinka oo dhan.
see_result = Eeg natiijadaada
catalogue = Laylisyo
catalogue_intro = Dooro layli. Waxaad helaysaa sheeko gaaban, kadibna tallaabo-tallaabo ayaad u socon doontaa. Haddii aad u baahato, caawimaad ayaad heli kartaa. Laylku wuu ogaanayaa marka aad samayso waxa uu kaa codsaday.
start = Bilow
minutes = daq.
level_begynder = Bilaabe
level_oevet = Khibrad leh
audience_borger = Loogu talagalay muwaadiniinta
audience_hjaelper = Loogu talagalay caawiyayaasha
audience_underviser = Loogu talagalay macallimiinta
theme_nemid = NemID iyo MitID
theme_digital_post = Digital Post
theme_help = Caawinta dadka kale
theme_security = Amniga
start_note = Marka aad bilowdo layli, waxaad helaysaa goob tababar oo cusub. Wixii aad ku samaysay tii hore waa tirtirmayaan.
done_title = Hambalyo, si fiican baad u samaysay!
done_text = Waxaad dhammaysay laylka
alone = Tallaabooyinka aad caawimaad la'aan ku samaysay: { $n } ee { $total }
nickname = Naanays (haddii aad rabto)
nickname_hint = Qor naanays haddii aad rabto inuu ku qornaado shahaadada. Uma baahnid inaad qorto magacaaga dhabta ah.
certificate = Shahaadada koorsada
make_certificate = Samee shahaadada
print = Daabac
print_hint = Ka daabac liiska browser-ka: Ctrl+P (Cmd+P haddii uu yahay Mac).
certificate_text = ayaa dhammeeyay laylka
date = Taariikhda
language = Luqadda
change_language = Beddel luqadda
stopped = Laylka waa la joojiyay.
other_exercises = Dooro layli kale
no_exercise = Hadda layli ma socdo. Marka hore dooro layli.
learner = Ka-qaybgale
read_aloud = Kor u akhri
no_voice = Ma jiro cod ku hadla luqaddaada. Taa beddelkeed, dhageyso qoraalka af-Deenishka:

# Safety drills: the debrief and each drill's signs.
drill_title = Maxaa dhacay?
drill_intro = Tani waxay ku dhacdaa dad badan. Kuwani waa calaamadaha.
drill_fooled = Waxaad wax ku qortay bogga been abuurka ah. Nolosha dhabta ah, dadka khiyaanada sameeya hadda waxay haysan karaan macluumaadkaaga. Layligan waxba laguma kaydiyo – lama kaydiyo waxa aad qortay, lamana kaydiyo in adigu ahayd.
drill_spotted = Si fiican ayaad u aragtay! Waxaad tirtirtay fariinta adigoon waxba qorin.
drill_opened = Waxaad riixday link-ga, laakiin waxba ma aadan qorin. Weligaa ha riixin link-yada ku jira fariimaha noocan oo kale ah.
drill_waiting = Fariintu weli waxay ku jirtaa taleefanka. Tirtir marka aad aragto calaamadaha.
drill_message = Fariinta kuu timid
drill_signs = Calaamadaha
drill_next = Marka xigta
drill_next_1 = Ha riixin link-ga. Tirtir fariinta, ama sheeg inay khiyaano tahay ("Rapportér som svindel").
drill_next_2 = Haddii aad shaki qabto, adigu ka raadi lambarka taleefanka borger.dk ama skat.dk, kadibna wac.
drill_next_3 = Hay'adaha dowladdu waxay kuugu soo qoraan Digital Post. Weligood SMS ama e-mail kaaga ma weydiiyaan aqoonsigaaga isticmaalaha (bruger-id), ereyga sirta ah ama koodh.
drill_back = Ku laabo layliga
drill-skat-sms-sign-1 = Cidda soo dirtay waa magac, ee maaha lambar ka yimid Hay'adda Canshuurta (Skattestyrelsen). Fariintuna way ku degdegsiinaysaa: "inden 24 timer" (24 saac gudahood).
drill-skat-sms-sign-2 = Link-gu uma socdo skat.dk, balse wuxuu u socdaa cinwaan u eg.
drill-skat-sms-sign-3 = Af-Deenishka fariintu waa qariib, waxaana ku jira khaladaad higaad.
drill-skat-sms-sign-4 = Waxaa lagaa rabaa inaad gasho (log in) si aad "lacagta u hesho". Skat weligeed taas kuma weydiiso SMS.
drill-post-fuld-sign-1 = Cidda soo dirtay waa ciwaan e-mail oo u eg Digital Post. Laakiin Digital Post ma soo diro e-mail leh link aad ka gasho.
drill-post-fuld-sign-2 = Linkigu uma socdo borger.dk, balse wuxuu u socdaa ciwaan kale.
drill-post-fuld-sign-3 = E-mailku wuu ku hanjabayaa: warqadahaaga waa la tirtiri doonaa, oo waxaad haysataa 48 saacadood oo keliya.
drill-post-fuld-sign-4 = Digital Post ma buuxsami karo. Weligaa uma baahnid inaad gasho si aad u "ballaariso".
# A phone call (the fake MitID approval): the debrief's own words and the call's signs.
drill_call_fooled = Waad ansixisay codsiga. Nolosha dhabta ah, qofka khiyaanada sameeya hadda wuxuu ku soo geli lahaa magacaaga. Halkan laylka dhexdiisa waxba kuma dhicin.
drill_call_spotted = Si fiican ayaad u aragtay! Waxaad codsiga ku diiday app-ka MitID.
drill_call_waiting = Codsigu weli wuxuu ku sugayaa app-ka MitID. Jooji wicitaanka, oo diid codsiga.
drill_call_ignored = Ma aadan ansixin codsiga. Waqtigiisii wuu dhacay, qofna kuma soo gelin magacaaga. Marka xigta: isla markiiba diid codsiga.
drill_call_message = Wicitaanka kuu yimid
drill_call_request = App-ka MitID: codsi soo gelid ah oo aadan adigu bilaabin
drill_call_next_1 = Jooji wicitaanka. Weligaa waxba ha ku ansixin app-ka MitID sababtoo ah qof ayaa ku soo wacay oo kaa codsaday.
drill_call_next_3 = App-ka MitID wax ku ansixi oo keliya marka adigu aad soo gelayso oo aad arki karto meesha aad soo gelayso.
drill-opkald-borgerservice-sign-1 = Lambar aadan aqoon ayaa ku soo wacaya oo sheegaya inuu yahay Borgerservice (xafiiska adeegga muwaadiniinta). Borgerservice kuma soo wacdo si ay kaaga codsato inaad wax ansixiso.
drill-opkald-borgerservice-sign-2 = Codsi ayaa yimaada app-ka MitID, inkastoo aadan adigu soo gelayn. Waa qofka khiyaanada sameeya oo isku dayaya inuu magacaaga ku soo galo.
drill-opkald-borgerservice-sign-3 = Waa la kugu degdegsiinayaa, waana lagu hanjabayaa: MitID-gaaga waa "spærret i dag" (maanta waa la xannibayaa).
drill-opkald-borgerservice-sign-4 = Waxaa lagaa codsanayaa inaad ansixiso. Haddii aad ansixiso, qofka khiyaanada sameeya wuxuu ku soo geli karaa magacaaga – tusaale ahaan wuxuu qaadan karaa deyn ama akhrin karaa boostadaada.
drill_reported = Si fiican ayaad u aragtay! Waxaad sheegtay in fariintu khiyaano tahay, adigoon waxba qorin.
drill_ignored = Fariinta waad iska dhaaftay oo ma aadan riixin link-ga. Taasi sidoo kale waa sax: waqtigii kama dambaysta ahaa wuu dhaafay, waxbana ma dhicin.
# The result page: how each drill of the exercise ended.
drill_result_spotted = Waad aragtay ("Klaret"): laguma khiyaanin.
drill_result_fooled = Waa lagu khiyaaneeyay ("Snydt"): tani waxay ku dhacdaa dad badan. Halkan layliga dhexdiisa waxba kuma dhicin.
drill_result_link = Eeg calaamadaha lagu garan karay
# "Kig væk": the box under the step while a helper sits next to the owner.
watch_title = Meel kale eeg
watch_ask = Waxaad fadhidaa agta qofka aad caawinayso. Iyadu waa inay qudheedu qortaa erayga sirta ah, koodhadheeda iyo PIN-keeda. Meel kale eeg ka hor inta aysan qorin.
watch_away = Meel kale ayaad eegaysaa. Hadda iyadu qudheedu ayaa qoraysa koodhadheeda. Adigu waa inaadan ogaan.
watch_away_button = Meel kale ayaan eegayaa
watch_back_button = Mar kale ayaan eegayaa
watch_saw = Waad eegaysay markay qoraysay koodh. Ka bax oo mar kale isku day. Meel kale eeg ka hor inta aysan qorin.
watch_done = Waa fiican tahay. Way soo gashay, adiguna ma aadan arkin koodhadheeda.
watch_right_way = Ma waxaad iyada caawin doontaa marar badan? Markaas jidka saxda ah waa oggolaanshaha akhriska (læseadgang) ama wakaalad (fuldmagt). Waxaad ku soo galaysaa login-kaaga gaarka ah, waxaadna akhrin kartaa boostadeeda ama wax u qaban kartaa – adigoon ogaan koodhadheeda.
# Bogga hore (/) iyo "Om øvemiljøet" (/om).
landing_title = Ku tababar adeegyada dawladda ee internetka
landing_intro = Halkan waxaad ku tababaran kartaa adeegyada dawladda Denmark ee internetka adigoon ka baqayn inaad khalad samayso. Waxaad helaysaa tababar adiga kuu gaar ah oo ay ku jiraan dad aan dhab ahayn, oo cid kale ma arki karto.
landing_can = Waxaad ku tababaran kartaa sidaad:
landing_item_1 = ugu gasho NemID iyo kaarka furaha ee warqadda ah – ama MitID
landing_item_2 = u akhrido Digital Post una kala dhigto waraaqaha galal
landing_item_3 = qof ku caawiya u siiso ogolaansho uu ku akhriyo boostadaada (læseadgang)
landing_item_4 = u bixiso ama u codsato wakaalad dijitaal ah (fuldmagt)
landing_item_5 = u garato fariimaha iyo wicitaannada been abuurka ah
landing_nothing = Waxa aad halkan ku samayso nolosha dhabta ah wax saamayn ah kuma leh. Mar walba dib ayaad u bilaabi kartaa.
landing_lifetime = Tababarkaaga waa la kaydiyaa inta aad isticmaalayso. Haddii aadan isticmaalin { $idle }, waa la tirtirayaa – waxaa lagu ogeysiinayaa { $warning } ka hor. Kadib { $absolute } si kasta oo ay ahaataba waa la tirtirayaa.
landing_start = Bilow tababarka
landing_ended = Tababarkaagii wuu dhammaaday, wax kasta oo ku jirayna waa la tirtiray. Waxaad bilaabi kartaa mid cusub markaad rabto.
landing_guided = Ma rabtaa hawl leh caawimaad tallaabo tallaabo ah?
landing_guided_link = Dooro layli la hagayo
landing_languages = Hagitaan luqaddaada ah
landing_join = Ku biir koox
landing_teacher = Loogu talagalay macallimiinta
span_hours = { $n ->
    [one] { $n } saac
   *[other] { $n } saacadood
}
span_minutes = { $n ->
    [one] { $n } daqiiqo
   *[other] { $n } daqiiqo
}
span_seconds = { $n ->
    [one] { $n } ilbiriqsi
   *[other] { $n } ilbiriqsi
}
about_title = Ku saabsan goobta tababarka
about_1 = Demoborger waa goob tababar oo loogu talagalay qof kasta oo doonaya inuu barto adeegyada dawladda Denmark ee internetka: muwaadiniinta, caawiyayaasha, bydelsmødre (hooyooyinka xaafadda) iyo macallimiinta kombiyuutarka.
about_2 = Waxa halkan ku jira oo dhan ma aha wax dhab ah. Lambarada CPR waxay leeyihiin maalin u dhaxaysa 32 iyo 60 bishii, sidaa darteed weligood ma noqon karaan kuwo qof dhab ah. Warqad lama diro, hay'ad dawladeedna waxba lama ogeysiiyo.
about_3 = Tababar kasta waa mid gaar ah. Waxaa lagu hayaa oo keliya xusuusta server-ka, waxaana la tirtiraa marka aan la isticmaalin { $idle }, marka uu jiro { $absolute }, ama marka aad riixdo "Afslut øvelse" (dhammee tababarka).
about_4 = Waxaan isticmaalnaa oo keliya cookies-ka lagama maarmaanka ah: lambar aan kala sooc lahayn oo tababarkaaga ah (iyo kooxdaada ama taleefankaaga tababarka, haddii aad isticmaasho). Ma jiraan tirakoob, xayeysiis ama xog la siiyo dad kale.

## The library kiosk (the start page, and "Er du her stadig?")
kiosk_note = Kombuyuutarkan waxaa loo diyaariyey in lagu tababarto. Markaad ka tagto, tababarkaaga waa la tirtirayaa dhowr daqiiqo kadib, si qofka xiga uusan u arkin.
kiosk_ended = Tababarkii wuu dhammaaday, wax kasta oo ku jirayna waa la tirtiray. Hadda qofka xiga wuu bilaabi karaa.
kiosk_still_here = Weli ma joogtaa?
kiosk_explain = Muddo ayaadan waxba samayn. Marka waqtigu dhammaado, tababarku wuu dhammaanayaa, wax kasta oo ku jirana waa la tirtirayaa, si qofka xiga u bilaabo.
kiosk_seconds_left = ilbiriqsi ayaa haray
kiosk_keep = Haa, sii wad
kiosk_seconds = Tababarku wuxuu dhammaanayaa { $n } ilbiriqsi kadib.
