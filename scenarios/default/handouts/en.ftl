### Fact sheets: one A4 page per theme, in English (en).
### produced-by: machine draft (AI language model) from the Danish text, 2026-12-02
### reviewed: no

handouts-title = Fact sheets
handouts-intro = One page per theme to print and take home. The words from the screen are in Danish, as you see them.
handout-nemid-title = NemID and the key card
handout-nemid-1 = You log in with your "Bruger-id" (user ID), your "Adgangskode" (password) and a key from your "nøglekort" (key card).
handout-nemid-2 = The screen shows a "Nøglenummer" (key number) with four digits. Find it on the key card, and type the six digits next to it.
handout-nemid-3 = Each key is used only once. When the card is almost used up, a new one comes in the post.
handout-nemid-4 = If you type wrong too many times, your NemID is locked. Then Borgerservice can help you.
handout-nemid-5 = Never give your key card or your password to anyone else. Not even to someone who says they are calling from the municipality or the bank.
handout-nemid-6 = Today people use MitID. But you must be just as careful: your codes are only yours.
handout-mitid-title = MitID
handout-mitid-1 = You log in with your "Bruger-id" (user ID) and confirm with the MitID app on your phone, with a code display or with a code reader.
handout-mitid-2 = In the app, only approve what you have just started yourself. Read what it says before you approve.
handout-mitid-3 = If you did not start anything yourself, press "Afvis" (reject). Never approve because someone calls you or writes to you.
handout-mitid-4 = If you do not have a smartphone, you can get a code display. If you are blind or have poor sight, you can get a code reader.
handout-mitid-5 = Forgot your user ID or lost your phone? Go to mitid.dk, or get help at Borgerservice.
handout-mitid-6 = Authorities never ask for your MitID details in an email, a text message or a phone call.
handout-post-title = Digital Post
handout-post-1 = Digital Post is your mailbox on the internet. The municipality, the hospital, Skattestyrelsen and other authorities write to you here.
handout-post-2 = New letters come in "Indbakke" (inbox). A letter you have not read is shown in bold.
handout-post-3 = Click the subject to read the letter. An attachment is a file in the letter that you can open.
handout-post-4 = Make a folder for letters that belong together with "Opret mappe" (create folder), and move the letters there with "Flyt" (move).
handout-post-5 = A letter you delete stays in "Papirkurv" (recycle bin) for some time. From there you can get it back.
handout-post-6 = Read your post every week. Letters from authorities can have a deadline.
handout-help-title = Help others – and get help
handout-help-1 = With "læseadgang" (read access), someone you trust can read your Digital Post. You choose if it is all folders or only some.
handout-help-2 = With a "fuldmagt" (power of attorney), someone you trust can do certain things on the internet for you, for example change doctor.
handout-help-3 = You give access or a fuldmagt from your own page, and you confirm with your login. You can always take it back.
handout-help-4 = The person who helps you logs in with their own login – never with yours.
handout-help-5 = If you cannot use digital things at all, Borgerservice can help you, and you can be exempted from Digital Post.
handout-safety-title = Stay safe on the internet
handout-safety-1 = Authorities write to you in Digital Post. They never ask for your user ID, your password or your codes in an email or a text message.
handout-safety-2 = Do not press links in a text message or an email about money back, a full mailbox or a parcel. Go to borger.dk yourself.
handout-safety-3 = If someone calls and asks you to approve something or read a code out loud, hang up.
handout-safety-4 = Always log out with "Log af" (log out) when you are done – especially on a computer that other people also use.
handout-safety-5 = Have you given your codes to someone? Call Borgerservice or your bank at once.
