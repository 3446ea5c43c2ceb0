### Every exercise's texts in English (en): title, description, story, and per
### step its instruction with three hints (a nudge, a pointer, "show me").
### produced-by: Demoborger's developers (not native English speakers)
### reviewed: no

## fuldmagt-betroet-medarbejder
fuldmagt-betroet-medarbejder-title = Trusted employee: approve for a citizen
fuldmagt-betroet-medarbejder-description = A trusted municipal employee can approve a request for a citizen who cannot use Digital Post.
fuldmagt-betroet-medarbejder-story = Mette asked her grandmother Erna for a fuldmagt. Erna lives in a care home and cannot answer digitally. Lone from Borgerservice helps.
fuldmagt-betroet-medarbejder-step-1 = Log in as Lone Madsen with NemID and the key card.
    .hint-1 = Go to the page "Din øvelse". All the people are listed there.
    .hint-2 = Click "Log på som Lone Madsen". The password is on the person's card.
    .hint-3 = Type the password, click "Næste", find the key number on the key card ("Vis nøglekort") and type the 6 digits next to it. Click "Log på".
fuldmagt-betroet-medarbejder-step-2 = Approve Mette's request on behalf of Erna Holm after checking her identity.
    .hint-1 = Lone sees the cases under Digital fuldmagt.
    .hint-2 = Tick "Jeg har kontrolleret borgerens identitet" before you approve.
    .hint-3 = Go to Digital fuldmagt, tick the identity box under Erna Holm, and click "Godkend".

## fuldmagt-giv
fuldmagt-giv-title = Give a digital power of attorney
fuldmagt-giv-description = A fuldmagt lets someone act for you in chosen self-services.
fuldmagt-giv-story = Karen wants to let her daughter Mette change doctor for her.
fuldmagt-giv-step-1 = Log in as Karen Jensen with NemID and the key card.
    .hint-1 = Go to the page "Din øvelse". All the people are listed there.
    .hint-2 = Click "Log på som Karen Jensen". The password is on the person's card.
    .hint-3 = Type the password, click "Næste", find the key number on the key card ("Vis nøglekort") and type the 6 digits next to it. Click "Log på".
fuldmagt-giv-step-2 = Give Mette a fuldmagt for "Skift læge" and sign it.
    .hint-1 = Go to Digital fuldmagt from your front page.
    .hint-2 = Click "Giv fuldmagt" and tick Skift læge.
    .hint-3 = Type Mette Jensen Holm and 551077-2344, tick Skift læge, choose "Indtil den slettes", click "Næste" and "Underskriv" with the key.

## fuldmagt-skift-laege
fuldmagt-skift-laege-title = Ask for a fuldmagt and change your mother's doctor
fuldmagt-skift-laege-description = The helper asks, the giver approves, and the helper uses it.
fuldmagt-skift-laege-story = Mette wants to help her mother Karen change doctor. You play both roles.
fuldmagt-skift-laege-step-1 = As Mette: ask Karen for a fuldmagt for "Skift læge". As Karen: approve it.
    .hint-1 = Start as Mette under Digital fuldmagt.
    .hint-2 = "Anmod om fuldmagt" sends a request, which Mette signs with her key. Karen approves under Digital fuldmagt.
    .hint-3 = Mette: Anmod om fuldmagt, Karen Jensen, 420348-1236, Skift læge, "Næste", and "Underskriv" with Mette's key. Log out. Karen: "Godkend" and "Underskriv" with Karen's key.
fuldmagt-skift-laege-step-2 = Log in as Mette and change doctor for Karen.
    .hint-1 = The self-service "Skift læge" is on the front page.
    .hint-2 = Choose Karen Jensen under "Hvem skifter du læge for?".
    .hint-3 = Log in as Mette, click "Skift læge", choose Karen Jensen and a new doctor, and click "Skift læge".

## hjaelp-anmod-laes
hjaelp-anmod-laes-title = As a helper: ask for access and read the post
hjaelp-anmod-laes-description = The helper asks for access, the owner approves, and the helper switches mailbox.
hjaelp-anmod-laes-story = Mette wants to help her mother Karen with the post. You play both roles.
hjaelp-anmod-laes-step-1 = Log in as Mette and ask Karen for read access.
    .hint-1 = Mette is the helper. Log in as her first.
    .hint-2 = Under "Læse- og skriveadgang" in Digital Post there is "Anmod om adgang".
    .hint-3 = Type Karen Jensen and 420348-1236, choose Læseadgang and click "Send anmodning".
hjaelp-anmod-laes-step-2 = Log out, log in as Karen, and approve the request with a key.
    .hint-1 = Now the owner of the mailbox must answer.
    .hint-2 = Log in as Karen. The request is under "Læse- og skriveadgang".
    .hint-3 = Click "Godkend" at the request and sign with the key from Karen's key card.
hjaelp-anmod-laes-step-3 = Log in as Mette again and open Karen's mailbox.
    .hint-1 = The helper must switch mailbox.
    .hint-2 = "Skift postkasse" is at the top of Digital Post.
    .hint-3 = Log in as Mette, choose Karen Jensen in "Skift postkasse" and click "Skift".

## hjaelp-laeseadgang-mappe
hjaelp-laeseadgang-mappe-title = Give your daughter read access to one folder
hjaelp-laeseadgang-mappe-description = With read access a helper can read your post – here only the folder Sundhed.
hjaelp-laeseadgang-mappe-story = Karen wants her daughter Mette to help with her health letters, but not with the rest.
hjaelp-laeseadgang-mappe-step-1 = Log in as Karen Jensen with NemID and the key card.
    .hint-1 = Go to the page "Din øvelse". All the people are listed there.
    .hint-2 = Click "Log på som Karen Jensen". The password is on the person's card.
    .hint-3 = Type the password, click "Næste", find the key number on the key card ("Vis nøglekort") and type the 6 digits next to it. Click "Log på".
hjaelp-laeseadgang-mappe-step-2 = Give Mette Jensen Holm read access to the folder Sundhed. Confirm with a key.
    .hint-1 = Look for "Læse- og skriveadgang" in Digital Post.
    .hint-2 = Click "Giv adgang". Mette's CPR number is on the page "Din øvelse".
    .hint-3 = Type Mette Jensen Holm and 551077-2344, choose Læseadgang and Udvalgte mapper, tick Sundhed, click "Næste" and sign with the key.

## nemid-foerste-login
nemid-foerste-login-title = First login with the key card
nemid-foerste-login-description = Log in with NemID: user id, password and a key from the key card.
nemid-foerste-login-story = Karen is 78 and has NemID with a paper key card. She wants to be able to log in by herself.
nemid-foerste-login-step-1 = Log in as Karen Jensen with NemID and the key card.
    .hint-1 = Go to the page "Din øvelse". All the people are listed there.
    .hint-2 = Click "Log på som Karen Jensen". The password is on the person's card.
    .hint-3 = Type the password, click "Næste", find the key number on the key card ("Vis nøglekort") and type the 6 digits next to it. Click "Log på".
nemid-foerste-login-step-2 = Open Digital Post and read the letter from the hospital.
    .hint-1 = Once logged in, you can go to Digital Post.
    .hint-2 = Click the button "Digital Post" on your front page.
    .hint-3 = Click the subject "Indkaldelse til ambulant undersøgelse i Hjertemedicinsk Ambulatorium" in Indbakke.

## nemid-spaerret
nemid-spaerret-title = Locked NemID and a temporary password
nemid-spaerret-description = When NemID is locked, a letter with a temporary password arrives. Log in with it and choose a new one.
nemid-spaerret-story = Poul typed wrong too many times and his NemID is locked. A letter with a temporary password is in his paper post.
nemid-spaerret-step-1 = Find the temporary password, log in as Poul with it, and choose a new password.
    .hint-1 = Look for Poul's paper post.
    .hint-2 = Click Poul Nielsen on the page "Din øvelse". The letter is under "Fysisk post".
    .hint-3 = Log in with the user id and the temporary password from the letter, type the key, and choose a new password, e.g. Solsikke42, twice.

## post-besvar-brev
post-besvar-brev-title = Answer a letter
post-besvar-brev-description = Some letters can be answered with "Besvar". The answer is then in Sendt.
post-besvar-brev-story = The hospital asks Karen to tell them if the time does not suit her. She wants to answer that she will come.
post-besvar-brev-step-1 = Log in as Karen Jensen with NemID and the key card.
    .hint-1 = Go to the page "Din øvelse". All the people are listed there.
    .hint-2 = Click "Log på som Karen Jensen". The password is on the person's card.
    .hint-3 = Type the password, click "Næste", find the key number on the key card ("Vis nøglekort") and type the 6 digits next to it. Click "Log på".
post-besvar-brev-step-2 = Answer the letter from the hospital and say you will come.
    .hint-1 = Open the letter from the hospital.
    .hint-2 = The button is "Besvar". Write in the field "Besked".
    .hint-3 = Open the letter, click "Besvar", write e.g. "Tak. Jeg kommer gerne." in Besked and click "Send".

## post-forsvarets-dag
post-forsvarets-dag-title = Find the letter you must not miss
post-forsvarets-dag-description = Young people get Digital Post at 15. Find the call-up to Forsvarets Dag.
post-forsvarets-dag-story = Ahmed just turned 15 and has Digital Post. There is an important letter he must not miss.
post-forsvarets-dag-step-1 = Log in as Ahmed Abdi Yusuf with NemID and the key card.
    .hint-1 = Go to the page "Din øvelse". All the people are listed there.
    .hint-2 = Click "Log på som Ahmed Abdi Yusuf". The password is on the person's card.
    .hint-3 = Type the password, click "Næste", find the key number on the key card ("Vis nøglekort") and type the 6 digits next to it. Click "Log på".
post-forsvarets-dag-step-2 = Find and read the call-up to Forsvarets Dag.
    .hint-1 = Unread letters have a dot.
    .hint-2 = The sender is Forsvarsministeriets Personalestyrelse.
    .hint-3 = Click "Indkaldelse til Forsvarets Dag" in Indbakke.

## post-laes-brev
post-laes-brev-title = Read a letter and its attachment
post-laes-brev-description = Open a letter in Digital Post and open the attachment as a PDF.
post-laes-brev-story = Karen got a letter from the hospital with an attachment. She wants to read all of it.
post-laes-brev-step-1 = Log in as Karen Jensen with NemID and the key card.
    .hint-1 = Go to the page "Din øvelse". All the people are listed there.
    .hint-2 = Click "Log på som Karen Jensen". The password is on the person's card.
    .hint-3 = Type the password, click "Næste", find the key number on the key card ("Vis nøglekort") and type the 6 digits next to it. Click "Log på".
post-laes-brev-step-2 = Open the letter from the hospital. Also open the attachment under "Dokumenter i brevet".
    .hint-1 = The letter is in Indbakke.
    .hint-2 = Click the subject in the list. The attachment is a link ending in .pdf.
    .hint-3 = Click "Indkaldelse til ambulant undersøgelse …" and then "Indkaldelse og praktisk information.pdf".

## post-mappe-sundhed
post-mappe-sundhed-title = Make a folder and move a letter
post-mappe-sundhed-description = Folders make post easy to find – and let a helper see only one folder.
post-mappe-sundhed-story = Your mother Karen got a letter from the hospital. She wants to keep her health letters in a folder "Sundhed".
post-mappe-sundhed-step-1 = Log in as Karen Jensen with NemID and the key card.
    .hint-1 = Go to the page "Din øvelse". All the people are listed there.
    .hint-2 = Click "Log på som Karen Jensen". The password is on the person's card.
    .hint-3 = Type the password, click "Næste", find the key number on the key card ("Vis nøglekort") and type the 6 digits next to it. Click "Log på".
post-mappe-sundhed-step-2 = Create a folder called Sundhed.
    .hint-1 = Look at the left side of Digital Post.
    .hint-2 = The field is "Navn på mappen" and the button "Opret mappe".
    .hint-3 = Type Sundhed in "Navn på mappen" and click "Opret mappe".
post-mappe-sundhed-step-3 = Move the letter from the hospital to the folder Sundhed.
    .hint-1 = Go back to Indbakke.
    .hint-2 = Tick the letter and use "Flyt til" below the list.
    .hint-3 = Tick "Indkaldelse til ambulant undersøgelse …", choose Sundhed in "Flyt til" and click "Flyt".

## post-skriv-skat
post-skriv-skat-title = Write to Skattestyrelsen
post-skriv-skat-description = Write a new message to an authority: choose it, write subject and message, send.
post-skriv-skat-story = Poul has a question about his tax assessment and wants to write to Skattestyrelsen.
post-skriv-skat-step-1 = Log in as Poul Nielsen with NemID and the key card.
    .hint-1 = Go to the page "Din øvelse". All the people are listed there.
    .hint-2 = Click "Log på som Poul Nielsen". The password is on the person's card.
    .hint-3 = Type the password, click "Næste", find the key number on the key card ("Vis nøglekort") and type the 6 digits next to it. Click "Log på".
post-skriv-skat-step-2 = Write a new message to Skattestyrelsen and send it.
    .hint-1 = Start in Digital Post.
    .hint-2 = The button is "Skriv ny besked". Skattestyrelsen is listed under Staten.
    .hint-3 = Click "Skriv ny besked", choose Skattestyrelsen, write a subject and a message, and click "Send".

## post-slet-gendan
post-slet-gendan-title = Delete a letter and restore it
post-slet-gendan-description = Deleted letters stay in Papirkurv until it is emptied. They can be restored from there.
post-slet-gendan-story = Karen deleted a letter about the flu vaccination by mistake. It must go back to Indbakke.
post-slet-gendan-step-1 = Log in as Karen Jensen with NemID and the key card.
    .hint-1 = Go to the page "Din øvelse". All the people are listed there.
    .hint-2 = Click "Log på som Karen Jensen". The password is on the person's card.
    .hint-3 = Type the password, click "Næste", find the key number on the key card ("Vis nøglekort") and type the 6 digits next to it. Click "Log på".
post-slet-gendan-step-2 = Delete the letter "Tilbud om gratis influenzavaccination".
    .hint-1 = Open the letter first.
    .hint-2 = The button is "Slet", below the letter.
    .hint-3 = Click the letter in Indbakke, then "Slet".
post-slet-gendan-step-3 = Find the letter in Papirkurv and restore it.
    .hint-1 = Deleted letters are in a folder of their own.
    .hint-2 = The folder is Papirkurv and the button "Gendan".
    .hint-3 = Click Papirkurv, open the letter and click "Gendan".

## sikkerhed-log-af
sikkerhed-log-af-title = Always log out when you are done
sikkerhed-log-af-description = On a shared computer, log out so the next person cannot see your post.
sikkerhed-log-af-story = Amina uses the computer at the library. She wants to read her post and log out properly afterwards.
sikkerhed-log-af-step-1 = Log in as Amina Abdi Yusuf with NemID and the key card.
    .hint-1 = Go to the page "Din øvelse". All the people are listed there.
    .hint-2 = Click "Log på som Amina Abdi Yusuf". The password is on the person's card.
    .hint-3 = Type the password, click "Næste", find the key number on the key card ("Vis nøglekort") and type the 6 digits next to it. Click "Log på".
sikkerhed-log-af-step-2 = Log out again.
    .hint-1 = The button is at the top of the page.
    .hint-2 = It is called "Log af".
    .hint-3 = Click "Log af" at the top right.

## mitid-app-log-paa
mitid-app-log-paa-title = Log in with the MitID app
mitid-app-log-paa-description = Log in on the computer and approve on the phone with the MitID app.
mitid-app-log-paa-story = Mette always logs in with the MitID app on her phone. She wants to log in to Demoborger from the computer.
mitid-app-log-paa-step-1 = Log in as Mette Jensen Holm with MitID, and approve in the MitID app on her practice phone.
    .hint-1 = Go to the page "Din øvelse". Mette's MitID details are next to her.
    .hint-2 = Click "Log på med MitID" and click "Fortsæt". Then click "Åbn telefon".
    .hint-3 = On the phone: check that the code is the same as on the computer, type the PIN code from Mette's card and click "Godkend". Go back to the computer.

## mitid-kodeviser
mitid-kodeviser-title = Log in with a MitID code display (kodeviser)
mitid-kodeviser-description = A code display (kodeviser) shows a new code each time you press its button. The code only works for 30 seconds.
mitid-kodeviser-story = Poul has no smartphone. He has a MitID code display and wants to log in.
mitid-kodeviser-step-1 = Log in as Poul Nielsen with MitID and the code display.
    .hint-1 = Go to the page "Din øvelse". Poul's MitID user ID and password are next to him.
    .hint-2 = Click "Log på med MitID" and "Fortsæt". Then press the button on the code display.
    .hint-3 = Type the 6 digits from the code display in the field "Engangskode" and click "Fortsæt". Type the password and click "Fortsæt".

## mitid-kodeoplaeser
mitid-kodeoplaeser-title = Help with a MitID code reader (kodeoplæser)
mitid-kodeoplaeser-description = A code reader (kodeoplæser) reads the code aloud. It is for people who cannot see well.
mitid-kodeoplaeser-story = Erna cannot see well and has a MitID code reader. You help her log in, but she types herself.
mitid-kodeoplaeser-step-1 = Log in as Erna Holm with MitID and the code reader.
    .hint-1 = Go to the page "Din øvelse". Erna's MitID user ID and password are next to her.
    .hint-2 = Click "Log på med MitID" and "Fortsæt". Then press the red button and listen to the code.
    .hint-3 = Type the 6 digits in the field "Engangskode" and click "Fortsæt". Type the password and click "Fortsæt".

## mitid-afvis
mitid-afvis-title = Reject a request you did not start yourself
mitid-afvis-description = Only approve what you started yourself. If a request comes that you do not recognise, reject it.
mitid-afvis-story = Karen's phone shows a request to log in. But Karen has not tried to log in.
mitid-afvis-step-1 = Open Karen's practice phone and reject the request in the MitID app.
    .hint-1 = Go to the page "Din øvelse". Next to Karen there is a button for her phone.
    .hint-2 = Click "Åbn telefon". The request is in the MitID app.
    .hint-3 = Click "Afvis". Never approve anything you did not start yourself.

## mitid-underskriv
mitid-underskriv-title = Sign read access with MitID
mitid-underskriv-description = When you give a helper access to your post, you must sign. You can do that with MitID.
mitid-underskriv-story = Poul wants his neighbour Karen to be able to read his post while he is on holiday. He uses a MitID code display (kodeviser).
mitid-underskriv-step-1 = Log in as Poul Nielsen with MitID and the code display.
    .hint-1 = Go to the page "Din øvelse". Poul's MitID user ID and password are next to him.
    .hint-2 = Click "Log på med MitID" and "Fortsæt". Then press the button on the code display.
    .hint-3 = Type the 6 digits in the field "Engangskode" and click "Fortsæt". Type the password and click "Fortsæt".
mitid-underskriv-step-2 = Give Karen Jensen read access to Poul's post and sign with MitID.
    .hint-1 = Go to Digital Post and click "Læse- og skriveadgang".
    .hint-2 = Click "Giv adgang". Type Karen's name and CPR number as they are on the page "Din øvelse".
    .hint-3 = Choose "Læseadgang", click "Næste" and click "Underskriv med MitID". Press the button on the code display, then type the code and the password.

## fidus-skat-sms
fidus-skat-sms-title = Spot a fake text message from "Skat"
fidus-skat-sms-description = Scammers send text messages that look like messages from the authorities. Learn the signs, and delete the message.
fidus-skat-sms-story = Karen gets a text message saying she is due a tax refund. All she has to do is click a link.
fidus-skat-sms-step-1 = Open Karen's practice phone and read the text message under "Beskeder" (Messages). If it is fake, delete it.
    .hint-1 = Go to the "Din øvelse" (Your exercise) page. Next to Karen there is a button for her phone.
    .hint-2 = Click "Beskeder" (Messages). Look at the sender, the link and the language.
    .hint-3 = Skat never sends a text message with a link where you have to log in. Click "Slet" (Delete).

## fidus-post-fuld
fidus-post-fuld-title = Recognise a fake email saying your Digital Post is full
fidus-post-fuld-description = Scammers write that your Digital Post is full and that your letters will be deleted. Learn the warning signs, and delete the email.
fidus-post-fuld-story = Mette gets an email saying her Digital Post is full. She is told to log in to expand it.
fidus-post-fuld-step-1 = Open Mette's practice phone and read the email under "E-mail". If it is fake, delete it.
    .hint-1 = Go to the "Din øvelse" (Your exercise) page. Next to Mette there is a button for her phone.
    .hint-2 = Click "E-mail". Look at the sender, the link and the threat that your letters will be deleted.
    .hint-3 = Digital Post cannot get full, and it does not send links for you to log in from. Click "Slet" (Delete).

## fidus-aegte-brev
fidus-aegte-brev-title = A real letter from Skattestyrelsen (the Danish Tax Agency)
fidus-aegte-brev-description = Not everything is a scam. Letters in Digital Post come from real public authorities. They are there for you to read, not to fear.
fidus-aegte-brev-story = Karen has become careful after a fake text message (SMS). Now she has received a letter from Skattestyrelsen in Digital Post. Is it real?
fidus-aegte-brev-step-1 = Log in as Karen Jensen with NemID and the key card.
    .hint-1 = Go to the "Din øvelse" (Your exercise) page. All the people are listed there.
    .hint-2 = Click "Log på som Karen Jensen" (Log in as Karen Jensen). The password is on the person's card.
    .hint-3 = Type the password, click "Næste" (Next), find the key number on the key card ("Vis nøglekort", Show key card) and type the 6 digits next to it. Click "Log på" (Log in).
fidus-aegte-brev-step-2 = Open the letter from Skattestyrelsen in Digital Post. It is real: it is in Digital Post, and it does not ask you for any codes.
    .hint-1 = The letter is in "Indbakke" (Inbox).
    .hint-2 = The sender is Skattestyrelsen. Letters in Digital Post come from real public authorities.
    .hint-3 = Click "Din forskudsopgørelse for 2027 er klar" (Your preliminary tax assessment for 2027 is ready).

## fidus-opkald
fidus-opkald-title = Someone calls and asks you to approve in the MitID app
fidus-opkald-description = Scammers call and say they are from Borgerservice or the bank. They ask you to approve a request in the MitID app. Learn to say no.
fidus-opkald-story = Karen's phone rings. A man says he is from Borgerservice and that her MitID will be blocked. Right after, a request arrives in the MitID app.
fidus-opkald-step-1 = Open Karen's practice phone and read what the man says under "Opkald" (Calls). Then reject the request in "MitID app".
    .hint-1 = Karen has not tried to log in herself. So the request is not hers.
    .hint-2 = Go to the page "Din øvelse" (Your exercise) and open Karen's phone. The call is under "Opkald", the request under "MitID app".
    .hint-3 = Click "Læg på" (Hang up) under "Opkald". Then click "MitID app" and click "Afvis" (Reject) at the request.

## hjaelp-kig-vaek
hjaelp-kig-vaek-title = Look away while she types her codes
hjaelp-kig-vaek-description = When you help someone with digital services, you must not know her user ID, password or codes. Look away while she types them.
hjaelp-kig-vaek-story = Amina is a bydelsmor (neighbourhood mother). She is sitting next to Karen, who has to log in. You play both: first Amina, who looks away, then Karen, who types.
hjaelp-kig-vaek-step-1 = Look away with the button I am looking away here in the guide. Then log in as Karen.
    .hint-1 = Karen must type her codes herself. Amina must not see them.
    .hint-2 = The button I am looking away is in the guide under this step. Press it before Karen types anything.
    .hint-3 = Press I am looking away. Then go to the page "Din øvelse" (Your exercise), click "Log på som Karen Jensen" and type her password and key.
