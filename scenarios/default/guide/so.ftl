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
theme_nemid = NemID
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
