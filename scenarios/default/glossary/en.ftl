### Glossary: the Danish words a learner meets in the exercises, explained (English). Each
### word has its word as on screen (.term) and a short explanation.
### produced-by: Demoborger's developers (not native English speakers)
### reviewed: no

glossary-title = Glossary
glossary-intro = The Danish words you meet on the screen. The words are in Danish, as on the screen, and under each word is what it means.
word-nemid = Your login for public services on the internet for many years: user ID, password and a key card on paper. Today people use MitID.
    .term = NemID
word-mitid = The login people use today. You confirm with an app on your phone or with a code display.
    .term = MitID
word-noeglekort = A paper card with many keys. Each key is a number of four digits and a key of six digits.
    .term = nøglekort
word-noeglenummer = The number on the screen when you log in. Find it on the key card, and type the six digits next to it.
    .term = nøglenummer
word-bruger-id = Your name in the system. It is a number or a word you chose yourself. It is not your CPR number.
    .term = bruger-id
word-adgangskode = Your secret word. Never tell it to anyone, not even to someone who phones you.
    .term = adgangskode
word-log-paa = Go into your own page with your login. "Log af" means that you go out again.
    .term = Log på
word-cpr-nummer = Your personal number: your birthday (six digits) and four more digits. Everyone in Denmark has one.
    .term = CPR-nummer
word-digital-post = Your mailbox on the internet. The municipality, the hospital, Skattestyrelsen and other authorities write to you here.
    .term = Digital Post
word-indbakke = The folder where new letters come in.
    .term = Indbakke
word-papirkurv = The folder with the letters you have deleted. You can take a letter back from there.
    .term = Papirkurv
word-mappe = A place for letters that belong together, for example all letters about your health.
    .term = mappe
word-bilag = An extra document in a letter, often a PDF file you can open.
    .term = bilag
word-myndighed = A public office, for example the municipality, Skattestyrelsen or Udbetaling Danmark.
    .term = myndighed
word-laeseadgang = You allow someone you trust to read your Digital Post. You can take it back again.
    .term = læseadgang
word-fuldmagt = You allow someone you trust to do certain things on the internet for you, for example change doctor.
    .term = fuldmagt
word-borgerservice = The municipality's office where you can get help with digital things and with your NemID or MitID.
    .term = Borgerservice
word-underskriv = Confirm with your login that it is you who gives permission.
    .term = Underskriv
