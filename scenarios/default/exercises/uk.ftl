### Every exercise's texts in Ukrainian (uk): title, description, story, and per step its instruction with three hints.
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

## fuldmagt-betroet-medarbejder
fuldmagt-betroet-medarbejder-title = Довірений працівник: схваліть запит за громадянина
fuldmagt-betroet-medarbejder-description = Довірений працівник може схвалити запит за громадянина, який не може користуватися "Digital Post" (цифровою поштою).
fuldmagt-betroet-medarbejder-story = Mette попросила свою бабусю Erna дати їй "fuldmagt" (довіреність). Erna живе в будинку догляду і не може відповісти через інтернет. Їй допомагає Lone з "Borgerservice" (служби для громадян).
fuldmagt-betroet-medarbejder-step-1 = Увійдіть як Lone Madsen через "NemID" з "nøglekort" (карткою з кодами).
    .hint-1 = Відкрийте сторінку "Din øvelse" (Ваша вправа). Там є всі люди.
    .hint-2 = Натисніть "Log på som Lone Madsen" (Увійти як Lone Madsen). Пароль написаний на картці цієї людини.
    .hint-3 = Введіть пароль і натисніть "Næste" (Далі). Знайдіть "nøglenummer" (номер ключа) на "nøglekort" (картці з кодами) — кнопка "Vis nøglekort" (Показати картку з кодами) — і введіть 6 цифр, що стоять поруч із ним. Натисніть "Log på" (Увійти).
fuldmagt-betroet-medarbejder-step-2 = Схваліть запит Mette від імені Erna Holm, але спочатку перевірте її особу.
    .hint-1 = Lone бачить справи в розділі "Digital fuldmagt" (цифрова довіреність).
    .hint-2 = Перш ніж схвалити, поставте позначку біля "Jeg har kontrolleret borgerens identitet" (Я перевірила особу громадянина).
    .hint-3 = Відкрийте "Digital fuldmagt" (цифрова довіреність), поставте позначку в полі про перевірку особи під Erna Holm і натисніть "Godkend" (Схвалити).

## fuldmagt-giv
fuldmagt-giv-title = Надайте "digital fuldmagt" (цифрову довіреність)
fuldmagt-giv-description = З "fuldmagt" (довіреністю) інша людина може діяти за вас у вибраних онлайн-послугах.
fuldmagt-giv-story = Karen хоче дозволити своїй доньці Mette змінити для неї лікаря.
fuldmagt-giv-step-1 = Увійдіть як Karen Jensen через "NemID" з "nøglekort" (карткою з кодами).
    .hint-1 = Відкрийте сторінку "Din øvelse" (Ваша вправа). Там є всі люди.
    .hint-2 = Натисніть "Log på som Karen Jensen" (Увійти як Karen Jensen). Пароль написаний на картці цієї людини.
    .hint-3 = Введіть пароль і натисніть "Næste" (Далі). Знайдіть "nøglenummer" (номер ключа) на "nøglekort" (картці з кодами) — кнопка "Vis nøglekort" (Показати картку з кодами) — і введіть 6 цифр, що стоять поруч із ним. Натисніть "Log på" (Увійти).
fuldmagt-giv-step-2 = Надайте Mette "fuldmagt" (довіреність) на "Skift læge" (Змінити лікаря) і підпишіть її.
    .hint-1 = З головної сторінки перейдіть до "Digital fuldmagt" (цифрова довіреність).
    .hint-2 = Натисніть "Giv fuldmagt" (Надати довіреність) і поставте позначку біля "Skift læge" (Змінити лікаря).
    .hint-3 = Введіть Mette Jensen Holm і 551077-2344, поставте позначку біля "Skift læge", виберіть "Indtil den slettes" (Доки її не видалять), натисніть "Næste" (Далі) і "Underskriv" (Підписати) ключем з картки.

## fuldmagt-skift-laege
fuldmagt-skift-laege-title = Попросіть "fuldmagt" (довіреність) і змініть лікаря для своєї мами
fuldmagt-skift-laege-description = Помічник просить "fuldmagt" (довіреність). Людина, яка дає довіреність, схвалює її. Потім помічник нею користується.
fuldmagt-skift-laege-story = Mette хоче допомогти своїй мамі Karen змінити лікаря. Ви граєте обидві ролі.
fuldmagt-skift-laege-step-1 = Як Mette: попросіть у Karen "fuldmagt" (довіреність) на "Skift læge" (Змінити лікаря). Як Karen: схваліть її.
    .hint-1 = Почніть як Mette в розділі "Digital fuldmagt" (цифрова довіреність).
    .hint-2 = Кнопка "Anmod om fuldmagt" (Попросити довіреність) надсилає запит, який Mette підписує своїм ключем. Karen схвалює його в розділі "Digital fuldmagt".
    .hint-3 = Mette: "Anmod om fuldmagt", Karen Jensen, 420348-1236, "Skift læge", "Næste" (Далі) і "Underskriv" (Підписати) ключем Mette. Натисніть "Log af" (Вийти). Karen: "Godkend" (Схвалити) і "Underskriv" ключем Karen.
fuldmagt-skift-laege-step-2 = Увійдіть як Mette і змініть лікаря для Karen.
    .hint-1 = Послуга "Skift læge" (Змінити лікаря) є на головній сторінці.
    .hint-2 = Виберіть Karen Jensen у пункті "Hvem skifter du læge for?" (Для кого ви змінюєте лікаря?).
    .hint-3 = Увійдіть як Mette, натисніть "Skift læge", виберіть Karen Jensen і нового лікаря, а тоді натисніть "Skift læge".

## hjaelp-anmod-laes
hjaelp-anmod-laes-title = Як помічник: попросіть доступ і прочитайте пошту
hjaelp-anmod-laes-description = Помічник просить доступ, власник поштової скриньки схвалює, а потім помічник перемикається на скриньку власника.
hjaelp-anmod-laes-story = Mette хоче допомагати своїй мамі Karen з поштою. Ви граєте обидві ролі.
hjaelp-anmod-laes-step-1 = Увійдіть як Mette і попросіть у Karen "læseadgang" (доступ для читання).
    .hint-1 = Mette — помічниця. Спочатку увійдіть як вона.
    .hint-2 = У "Digital Post" в розділі "Læse- og skriveadgang" (Доступ для читання і письма) є "Anmod om adgang" (Попросити доступ).
    .hint-3 = Введіть Karen Jensen і 420348-1236, виберіть "Læseadgang" (Доступ для читання) і натисніть "Send anmodning" (Надіслати запит).
hjaelp-anmod-laes-step-2 = Вийдіть, увійдіть як Karen і схваліть запит ключем.
    .hint-1 = Тепер має відповісти власниця поштової скриньки.
    .hint-2 = Увійдіть як Karen. Запит є в розділі "Læse- og skriveadgang" (Доступ для читання і письма).
    .hint-3 = Натисніть "Godkend" (Схвалити) біля запиту і підпишіть ключем з "nøglekort" (картки з кодами), яка належить Karen.
hjaelp-anmod-laes-step-3 = Знову увійдіть як Mette і відкрийте поштову скриньку Karen.
    .hint-1 = Помічниці треба перемкнутися на іншу поштову скриньку.
    .hint-2 = Пункт "Skift postkasse" (Змінити поштову скриньку) є вгорі сторінки "Digital Post".
    .hint-3 = Увійдіть як Mette, виберіть Karen Jensen у "Skift postkasse" і натисніть "Skift" (Змінити).

## hjaelp-laeseadgang-mappe
hjaelp-laeseadgang-mappe-title = Дайте доньці "læseadgang" (доступ для читання) до однієї папки
hjaelp-laeseadgang-mappe-description = З "læseadgang" (доступом для читання) помічник може читати вашу пошту — тут тільки папку "Sundhed" (Здоров’я).
hjaelp-laeseadgang-mappe-story = Karen хоче, щоб донька Mette допомагала їй з листами про здоров’я, але не з рештою пошти.
hjaelp-laeseadgang-mappe-step-1 = Увійдіть як Karen Jensen через "NemID" з "nøglekort" (карткою з кодами).
    .hint-1 = Відкрийте сторінку "Din øvelse" (Ваша вправа). Там є всі люди.
    .hint-2 = Натисніть "Log på som Karen Jensen" (Увійти як Karen Jensen). Пароль написаний на картці цієї людини.
    .hint-3 = Введіть пароль і натисніть "Næste" (Далі). Знайдіть "nøglenummer" (номер ключа) на "nøglekort" (картці з кодами) — кнопка "Vis nøglekort" (Показати картку з кодами) — і введіть 6 цифр, що стоять поруч із ним. Натисніть "Log på" (Увійти).
hjaelp-laeseadgang-mappe-step-2 = Дайте Mette Jensen Holm "læseadgang" (доступ для читання) до папки "Sundhed" (Здоров’я). Підтвердьте ключем.
    .hint-1 = Шукайте "Læse- og skriveadgang" (Доступ для читання і письма) в "Digital Post".
    .hint-2 = Натисніть "Giv adgang" (Надати доступ). CPR-номер Mette є на сторінці "Din øvelse" (Ваша вправа).
    .hint-3 = Введіть Mette Jensen Holm і 551077-2344, виберіть "Læseadgang" (Доступ для читання) і "Udvalgte mapper" (Вибрані папки), поставте позначку біля "Sundhed", натисніть "Næste" (Далі) і підпишіть ключем.

## nemid-foerste-login
nemid-foerste-login-title = Перший вхід з "nøglekort" (карткою з кодами)
nemid-foerste-login-description = Увійдіть через "NemID": "bruger-id" (ім’я користувача), пароль і ключ з "nøglekort" (картки з кодами).
nemid-foerste-login-story = Karen 78 років. Вона отримала "NemID" і "nøglekort" (паперову картку з кодами). Вона хоче навчитися входити сама.
nemid-foerste-login-step-1 = Увійдіть як Karen Jensen через "NemID" з "nøglekort" (карткою з кодами).
    .hint-1 = Відкрийте сторінку "Din øvelse" (Ваша вправа). Там є всі люди.
    .hint-2 = Натисніть "Log på som Karen Jensen" (Увійти як Karen Jensen). Пароль написаний на картці цієї людини.
    .hint-3 = Введіть пароль і натисніть "Næste" (Далі). Знайдіть "nøglenummer" (номер ключа) на "nøglekort" (картці з кодами) — кнопка "Vis nøglekort" (Показати картку з кодами) — і введіть 6 цифр, що стоять поруч із ним. Натисніть "Log på" (Увійти).
nemid-foerste-login-step-2 = Відкрийте "Digital Post" і прочитайте лист з лікарні.
    .hint-1 = Коли ви увійдете, можна перейти до "Digital Post".
    .hint-2 = Натисніть кнопку "Digital Post" на своїй головній сторінці.
    .hint-3 = У "Indbakke" (Вхідні) натисніть на тему "Indkaldelse til ambulant undersøgelse i Hjertemedicinsk Ambulatorium" (запрошення на обстеження в кардіології).

## nemid-spaerret
nemid-spaerret-title = Заблокований "NemID" і тимчасовий пароль
nemid-spaerret-description = Коли "NemID" заблоковано, приходить лист із тимчасовим паролем. Увійдіть з ним і виберіть новий пароль.
nemid-spaerret-story = Poul забагато разів ввів неправильні дані, і його "NemID" заблоковано. У його паперовій пошті лежить лист із тимчасовим паролем.
nemid-spaerret-step-1 = Знайдіть тимчасовий пароль, увійдіть з ним як Poul і виберіть новий пароль.
    .hint-1 = Подивіться паперову пошту, яку отримав Poul.
    .hint-2 = Натисніть на Poul Nielsen на сторінці "Din øvelse" (Ваша вправа). Лист лежить у "Fysisk post" (Паперова пошта).
    .hint-3 = Увійдіть з "bruger-id" (ім’ям користувача) і тимчасовим паролем з листа, введіть ключ з картки і двічі введіть новий пароль, наприклад Solsikke42.

## post-besvar-brev
post-besvar-brev-title = Дайте відповідь на лист
post-besvar-brev-description = На деякі листи можна відповісти кнопкою "Besvar" (Відповісти). Потім відповідь буде в "Sendt" (Надіслані).
post-besvar-brev-story = Лікарня просить Karen повідомити, якщо час їй не підходить. Вона хоче відповісти, що прийде.
post-besvar-brev-step-1 = Увійдіть як Karen Jensen через "NemID" з "nøglekort" (карткою з кодами).
    .hint-1 = Відкрийте сторінку "Din øvelse" (Ваша вправа). Там є всі люди.
    .hint-2 = Натисніть "Log på som Karen Jensen" (Увійти як Karen Jensen). Пароль написаний на картці цієї людини.
    .hint-3 = Введіть пароль і натисніть "Næste" (Далі). Знайдіть "nøglenummer" (номер ключа) на "nøglekort" (картці з кодами) — кнопка "Vis nøglekort" (Показати картку з кодами) — і введіть 6 цифр, що стоять поруч із ним. Натисніть "Log på" (Увійти).
post-besvar-brev-step-2 = Дайте відповідь на лист з лікарні і напишіть, що ви прийдете.
    .hint-1 = Відкрийте лист з лікарні.
    .hint-2 = Кнопка називається "Besvar" (Відповісти). Пишіть у полі "Besked" (Повідомлення).
    .hint-3 = Відкрийте лист, натисніть "Besvar", напишіть у полі "Besked", наприклад, "Tak. Jeg kommer gerne." (Дякую. Я охоче прийду.) і натисніть "Send" (Надіслати).

## post-forsvarets-dag
post-forsvarets-dag-title = Знайдіть лист, який не можна пропустити
post-forsvarets-dag-description = Молоді люди отримують "Digital Post", коли їм виповнюється 15 років. Знайдіть повістку на Forsvarets Dag (День оборони).
post-forsvarets-dag-story = Ahmed щойно відсвяткував 15-річчя, і тепер у нього є "Digital Post". Там лежить важливий лист, який він не повинен пропустити.
post-forsvarets-dag-step-1 = Увійдіть як Ahmed Abdi Yusuf через "NemID" з "nøglekort" (карткою з кодами).
    .hint-1 = Відкрийте сторінку "Din øvelse" (Ваша вправа). Там є всі люди.
    .hint-2 = Натисніть "Log på som Ahmed Abdi Yusuf" (Увійти як Ahmed Abdi Yusuf). Пароль написаний на картці цієї людини.
    .hint-3 = Введіть пароль і натисніть "Næste" (Далі). Знайдіть "nøglenummer" (номер ключа) на "nøglekort" (картці з кодами) — кнопка "Vis nøglekort" (Показати картку з кодами) — і введіть 6 цифр, що стоять поруч із ним. Натисніть "Log på" (Увійти).
post-forsvarets-dag-step-2 = Знайдіть і прочитайте повістку на Forsvarets Dag (День оборони).
    .hint-1 = Непрочитані листи позначені крапкою.
    .hint-2 = Відправник — Forsvarsministeriets Personalestyrelse (кадрова служба Міністерства оборони).
    .hint-3 = У "Indbakke" (Вхідні) натисніть на "Indkaldelse til Forsvarets Dag".

## post-laes-brev
post-laes-brev-title = Прочитайте лист і додаток до нього
post-laes-brev-description = Відкрийте лист у "Digital Post" і відкрийте додаток як PDF-файл.
post-laes-brev-story = Karen отримала лист з лікарні з додатком. Вона хоче прочитати все.
post-laes-brev-step-1 = Увійдіть як Karen Jensen через "NemID" з "nøglekort" (карткою з кодами).
    .hint-1 = Відкрийте сторінку "Din øvelse" (Ваша вправа). Там є всі люди.
    .hint-2 = Натисніть "Log på som Karen Jensen" (Увійти як Karen Jensen). Пароль написаний на картці цієї людини.
    .hint-3 = Введіть пароль і натисніть "Næste" (Далі). Знайдіть "nøglenummer" (номер ключа) на "nøglekort" (картці з кодами) — кнопка "Vis nøglekort" (Показати картку з кодами) — і введіть 6 цифр, що стоять поруч із ним. Натисніть "Log på" (Увійти).
post-laes-brev-step-2 = Відкрийте лист з лікарні. Відкрийте також додаток у розділі "Dokumenter i brevet" (Документи в листі).
    .hint-1 = Лист лежить у "Indbakke" (Вхідні).
    .hint-2 = Натисніть на тему листа в списку. Додаток — це посилання, яке закінчується на .pdf.
    .hint-3 = Натисніть на "Indkaldelse til ambulant undersøgelse …", а потім на "Indkaldelse og praktisk information.pdf".

## post-mappe-sundhed
post-mappe-sundhed-title = Створіть папку і перемістіть у неї лист
post-mappe-sundhed-description = У папках легше знаходити пошту — і можна дати помічникові доступ тільки до однієї папки.
post-mappe-sundhed-story = Ваша мама Karen отримала лист з лікарні. Вона хоче збирати свої листи про здоров’я в папці "Sundhed" (Здоров’я).
post-mappe-sundhed-step-1 = Увійдіть як Karen Jensen через "NemID" з "nøglekort" (карткою з кодами).
    .hint-1 = Відкрийте сторінку "Din øvelse" (Ваша вправа). Там є всі люди.
    .hint-2 = Натисніть "Log på som Karen Jensen" (Увійти як Karen Jensen). Пароль написаний на картці цієї людини.
    .hint-3 = Введіть пароль і натисніть "Næste" (Далі). Знайдіть "nøglenummer" (номер ключа) на "nøglekort" (картці з кодами) — кнопка "Vis nøglekort" (Показати картку з кодами) — і введіть 6 цифр, що стоять поруч із ним. Натисніть "Log på" (Увійти).
post-mappe-sundhed-step-2 = Створіть папку з назвою "Sundhed".
    .hint-1 = Подивіться на ліву частину сторінки "Digital Post".
    .hint-2 = Поле називається "Navn på mappen" (Назва папки), а кнопка — "Opret mappe" (Створити папку).
    .hint-3 = Напишіть Sundhed у полі "Navn på mappen" і натисніть "Opret mappe".
post-mappe-sundhed-step-3 = Перемістіть лист з лікарні в папку "Sundhed".
    .hint-1 = Поверніться до "Indbakke" (Вхідні).
    .hint-2 = Поставте позначку біля листа і скористайтеся "Flyt til" (Перемістити до) під списком.
    .hint-3 = Поставте позначку біля "Indkaldelse til ambulant undersøgelse …", виберіть Sundhed у "Flyt til" і натисніть "Flyt" (Перемістити).

## post-skriv-skat
post-skriv-skat-title = Напишіть до Skattestyrelsen (податкової служби)
post-skriv-skat-description = Напишіть нове повідомлення державній установі: виберіть установу, напишіть тему і текст, надішліть.
post-skriv-skat-story = Poul має запитання про свій річний податковий розрахунок і хоче написати до Skattestyrelsen.
post-skriv-skat-step-1 = Увійдіть як Poul Nielsen через "NemID" з "nøglekort" (карткою з кодами).
    .hint-1 = Відкрийте сторінку "Din øvelse" (Ваша вправа). Там є всі люди.
    .hint-2 = Натисніть "Log på som Poul Nielsen" (Увійти як Poul Nielsen). Пароль написаний на картці цієї людини.
    .hint-3 = Введіть пароль і натисніть "Næste" (Далі). Знайдіть "nøglenummer" (номер ключа) на "nøglekort" (картці з кодами) — кнопка "Vis nøglekort" (Показати картку з кодами) — і введіть 6 цифр, що стоять поруч із ним. Натисніть "Log på" (Увійти).
post-skriv-skat-step-2 = Напишіть нове повідомлення до Skattestyrelsen і надішліть його.
    .hint-1 = Почніть у "Digital Post".
    .hint-2 = Кнопка називається "Skriv ny besked" (Написати нове повідомлення). Skattestyrelsen є в розділі "Staten" (Держава).
    .hint-3 = Натисніть "Skriv ny besked", виберіть Skattestyrelsen, напишіть тему і повідомлення, а тоді натисніть "Send" (Надіслати).

## post-slet-gendan
post-slet-gendan-title = Видаліть лист і відновіть його
post-slet-gendan-description = Видалені листи лежать у "Papirkurv" (Кошик), доки його не очистять. Звідти їх можна відновити.
post-slet-gendan-story = Karen випадково видалила лист про щеплення від грипу. Його треба повернути до "Indbakke" (Вхідні).
post-slet-gendan-step-1 = Увійдіть як Karen Jensen через "NemID" з "nøglekort" (карткою з кодами).
    .hint-1 = Відкрийте сторінку "Din øvelse" (Ваша вправа). Там є всі люди.
    .hint-2 = Натисніть "Log på som Karen Jensen" (Увійти як Karen Jensen). Пароль написаний на картці цієї людини.
    .hint-3 = Введіть пароль і натисніть "Næste" (Далі). Знайдіть "nøglenummer" (номер ключа) на "nøglekort" (картці з кодами) — кнопка "Vis nøglekort" (Показати картку з кодами) — і введіть 6 цифр, що стоять поруч із ним. Натисніть "Log på" (Увійти).
post-slet-gendan-step-2 = Видаліть лист "Tilbud om gratis influenzavaccination" (Пропозиція безкоштовного щеплення від грипу).
    .hint-1 = Спочатку відкрийте лист.
    .hint-2 = Кнопка називається "Slet" (Видалити), вона під листом.
    .hint-3 = Натисніть на лист у "Indbakke" (Вхідні), а потім на "Slet".
post-slet-gendan-step-3 = Знайдіть лист у "Papirkurv" (Кошик) і відновіть його.
    .hint-1 = Видалені листи лежать в окремій папці.
    .hint-2 = Папка називається "Papirkurv" (Кошик), а кнопка — "Gendan" (Відновити).
    .hint-3 = Натисніть на "Papirkurv", відкрийте лист і натисніть "Gendan".

## sikkerhed-log-af
sikkerhed-log-af-title = Завжди виходьте з системи, коли закінчите
sikkerhed-log-af-description = На спільному комп’ютері треба виходити з системи, щоб наступна людина не побачила вашу пошту.
sikkerhed-log-af-story = Amina користується комп’ютером у бібліотеці. Вона хоче прочитати свою пошту, а потім правильно вийти.
sikkerhed-log-af-step-1 = Увійдіть як Amina Abdi Yusuf через "NemID" з "nøglekort" (карткою з кодами).
    .hint-1 = Відкрийте сторінку "Din øvelse" (Ваша вправа). Там є всі люди.
    .hint-2 = Натисніть "Log på som Amina Abdi Yusuf" (Увійти як Amina Abdi Yusuf). Пароль написаний на картці цієї людини.
    .hint-3 = Введіть пароль і натисніть "Næste" (Далі). Знайдіть "nøglenummer" (номер ключа) на "nøglekort" (картці з кодами) — кнопка "Vis nøglekort" (Показати картку з кодами) — і введіть 6 цифр, що стоять поруч із ним. Натисніть "Log på" (Увійти).
sikkerhed-log-af-step-2 = Тепер знову вийдіть.
    .hint-1 = Кнопка є вгорі сторінки.
    .hint-2 = Вона називається "Log af" (Вийти).
    .hint-3 = Натисніть "Log af" угорі праворуч.

## mitid-app-log-paa
mitid-app-log-paa-title = Вхід через застосунок "MitID"
mitid-app-log-paa-description = Увійдіть на комп’ютері й схваліть вхід на телефоні в застосунку "MitID".
mitid-app-log-paa-story = Mette завжди входить через застосунок "MitID" на своєму телефоні. Вона хоче увійти в Demoborger з комп’ютера.
mitid-app-log-paa-step-1 = Увійдіть як Mette Jensen Holm через "MitID" і схваліть вхід у застосунку "MitID" на її тренувальному телефоні.
    .hint-1 = Відкрийте сторінку "Din øvelse" (Ваша вправа). Біля Mette є її дані для "MitID".
    .hint-2 = Натисніть "Log på med MitID" (Увійти з MitID), а потім "Fortsæt" (Продовжити). Далі натисніть "Åbn telefon" (Відкрити телефон).
    .hint-3 = На телефоні перевірте, що код такий самий, як на комп’ютері, введіть PIN-код з картки Mette і натисніть "Godkend" (Схвалити). Поверніться до комп’ютера.

## mitid-kodeviser
mitid-kodeviser-title = Вхід з "MitID kodeviser" (пристроєм, що показує код)
mitid-kodeviser-description = Пристрій "kodeviser" показує новий код щоразу, коли ви натискаєте на ньому кнопку. Код діє лише 30 секунд.
mitid-kodeviser-story = У Poul немає смартфона. У нього є "MitID kodeviser" (пристрій, що показує код), і він хоче увійти.
mitid-kodeviser-step-1 = Увійдіть як Poul Nielsen через "MitID" з пристроєм "kodeviser" (що показує код).
    .hint-1 = Відкрийте сторінку "Din øvelse" (Ваша вправа). Біля Poul є його "Bruger-ID" (ім’я користувача) і пароль для "MitID".
    .hint-2 = Натисніть "Log på med MitID" (Увійти з MitID) і "Fortsæt" (Продовжити). Потім натисніть кнопку на пристрої "kodeviser".
    .hint-3 = Введіть 6 цифр з пристрою "kodeviser" у поле "Engangskode" (Одноразовий код) і натисніть "Fortsæt" (Продовжити). Введіть пароль і натисніть "Fortsæt".

## mitid-kodeoplaeser
mitid-kodeoplaeser-title = Допомога з "MitID kodeoplæser" (пристроєм, що читає код уголос)
mitid-kodeoplaeser-description = Пристрій "kodeoplæser" читає код уголос. Він для людей, які погано бачать.
mitid-kodeoplaeser-story = Erna погано бачить, і в неї є "MitID kodeoplæser" (пристрій, що читає код уголос). Ви допомагаєте їй увійти, але вводить вона сама.
mitid-kodeoplaeser-step-1 = Увійдіть як Erna Holm через "MitID" з пристроєм "kodeoplæser" (що читає код уголос).
    .hint-1 = Відкрийте сторінку "Din øvelse" (Ваша вправа). Біля Erna є її "Bruger-ID" (ім’я користувача) і пароль для "MitID".
    .hint-2 = Натисніть "Log på med MitID" (Увійти з MitID) і "Fortsæt" (Продовжити). Потім натисніть червону кнопку й послухайте код.
    .hint-3 = Введіть 6 цифр у поле "Engangskode" (Одноразовий код) і натисніть "Fortsæt" (Продовжити). Введіть пароль і натисніть "Fortsæt".

## mitid-afvis
mitid-afvis-title = Відхиліть запит, який ви не починали самі
mitid-afvis-description = Схвалюйте тільки те, що ви почали самі. Якщо приходить запит, якого ви не впізнаєте, його треба відхилити.
mitid-afvis-story = Телефон Karen показує запит на вхід. Але Karen не намагалася увійти.
mitid-afvis-step-1 = Відкрийте тренувальний телефон Karen і відхиліть запит у застосунку "MitID".
    .hint-1 = Відкрийте сторінку "Din øvelse" (Ваша вправа). Біля Karen є кнопка для її телефону.
    .hint-2 = Натисніть "Åbn telefon" (Відкрити телефон). Запит є в застосунку "MitID".
    .hint-3 = Натисніть "Afvis" (Відхилити). Ніколи не схвалюйте те, чого ви самі не починали.

## mitid-underskriv
mitid-underskriv-title = Підпишіть "læseadgang" (доступ для читання) через "MitID"
mitid-underskriv-description = Коли ви даєте помічнику доступ до своєї пошти, треба підписати. Це можна зробити через "MitID".
mitid-underskriv-story = Poul хоче, щоб його сусідка Karen могла читати його пошту, поки він у відпустці. Він користується "MitID kodeviser" (пристроєм, що показує код).
mitid-underskriv-step-1 = Увійдіть як Poul Nielsen через "MitID" з пристроєм "kodeviser" (що показує код).
    .hint-1 = Відкрийте сторінку "Din øvelse" (Ваша вправа). Біля Poul є його "Bruger-ID" (ім’я користувача) і пароль для "MitID".
    .hint-2 = Натисніть "Log på med MitID" (Увійти з MitID) і "Fortsæt" (Продовжити). Потім натисніть кнопку на пристрої "kodeviser".
    .hint-3 = Введіть 6 цифр у поле "Engangskode" (Одноразовий код) і натисніть "Fortsæt" (Продовжити). Введіть пароль і натисніть "Fortsæt".
mitid-underskriv-step-2 = Дайте Karen Jensen "læseadgang" (доступ для читання) до пошти Poul і підпишіть через "MitID".
    .hint-1 = Відкрийте "Digital Post" і натисніть "Læse- og skriveadgang" (Доступ для читання і письма).
    .hint-2 = Натисніть "Giv adgang" (Надати доступ). Введіть ім’я і CPR-номер Karen так, як вони написані на сторінці "Din øvelse" (Ваша вправа).
    .hint-3 = Виберіть "Læseadgang" (Доступ для читання), натисніть "Næste" (Далі), а потім "Underskriv med MitID" (Підписати з MitID). Натисніть кнопку на пристрої "kodeviser" і введіть код та пароль.

## fidus-skat-sms
fidus-skat-sms-title = Розпізнайте фальшиве SMS від "Skat"
fidus-skat-sms-description = Шахраї надсилають SMS, схожі на повідомлення від державних установ. Навчіться розпізнавати ознаки й видаліть повідомлення.
fidus-skat-sms-story = Карен отримує SMS про те, що їй повернуть гроші з податків. Їй потрібно лише натиснути на посилання.
fidus-skat-sms-step-1 = Відкрийте навчальний телефон Карен і прочитайте SMS у розділі "Beskeder" (Повідомлення). Якщо воно фальшиве, видаліть його.
    .hint-1 = Перейдіть на сторінку "Din øvelse" (Ваша вправа). Біля Карен є кнопка, що відкриває її телефон.
    .hint-2 = Натисніть "Beskeder" (Повідомлення). Подивіться на відправника, посилання і мову.
    .hint-3 = Skat ніколи не надсилає в SMS посилання, за яким треба увійти в систему. Натисніть "Slet" (Видалити).

## fidus-post-fuld
fidus-post-fuld-title = Розпізнайте фальшивий електронний лист про те, що ваша Digital Post переповнена
fidus-post-fuld-description = Шахраї пишуть, що ваша Digital Post переповнена і ваші листи буде видалено. Навчіться розпізнавати ознаки й видаліть цей електронний лист.
fidus-post-fuld-story = Mette отримує електронний лист про те, що її Digital Post переповнена. У листі сказано, що їй треба увійти, щоб збільшити її.
fidus-post-fuld-step-1 = Відкрийте тренувальний телефон Mette і прочитайте лист у розділі "E-mail". Якщо він фальшивий, видаліть його.
    .hint-1 = Перейдіть на сторінку "Din øvelse" (Ваша вправа). Біля Mette є кнопка, яка відкриває її телефон.
    .hint-2 = Натисніть "E-mail" (Електронна пошта). Подивіться на відправника, посилання і погрозу, що ваші листи буде видалено.
    .hint-3 = Digital Post не може переповнитися і не надсилає посилань, через які треба входити. Натисніть "Slet" (Видалити).

## fidus-aegte-brev
fidus-aegte-brev-title = Справжній лист від Skattestyrelsen (Податкова служба Данії)
fidus-aegte-brev-description = Не все є шахрайством. Листи в Digital Post надходять від справжніх державних установ. Їх треба читати, а не боятися.
fidus-aegte-brev-story = Після фальшивого SMS Karen стала обережною. Тепер вона отримала лист від Skattestyrelsen у Digital Post. Чи він справжній?
fidus-aegte-brev-step-1 = Увійдіть як Karen Jensen за допомогою NemID і картки ключів.
    .hint-1 = Перейдіть на сторінку "Din øvelse" (Ваша вправа). Там є всі особи.
    .hint-2 = Натисніть "Log på som Karen Jensen" (Увійти як Karen Jensen). Пароль написано на картці цієї особи.
    .hint-3 = Введіть пароль, натисніть "Næste" (Далі), знайдіть номер ключа на картці ключів ("Vis nøglekort", Показати картку ключів) і введіть 6 цифр поруч із ним. Натисніть "Log på" (Увійти).
fidus-aegte-brev-step-2 = Відкрийте лист від Skattestyrelsen у Digital Post. Він справжній: він лежить у Digital Post і не просить у вас жодних кодів.
    .hint-1 = Лист лежить у розділі "Indbakke" (Вхідні).
    .hint-2 = Відправник — Skattestyrelsen. Листи в Digital Post надходять від справжніх державних установ.
    .hint-3 = Натисніть "Din forskudsopgørelse for 2027 er klar" (Ваш попередній податковий розрахунок на 2027 рік готовий).

## fidus-opkald
fidus-opkald-title = Хтось телефонує і просить вас схвалити запит у застосунку MitID
fidus-opkald-description = Шахраї телефонують і кажуть, що вони з Borgerservice (служби обслуговування громадян) або з банку. Вони просять вас схвалити запит у застосунку MitID. Навчіться казати ні.
fidus-opkald-story = Телефон Karen дзвонить. Чоловік каже, що він із Borgerservice і що її MitID заблокують. Одразу після цього в застосунку MitID з’являється запит.
fidus-opkald-step-1 = Відкрийте тренувальний телефон Karen і прочитайте в розділі "Opkald" (Дзвінки), що каже чоловік. Потім відхиліть запит у "MitID app" (застосунок MitID).
    .hint-1 = Karen сама не намагалася увійти. Отже, це не її запит.
    .hint-2 = Відкрийте сторінку "Din øvelse" (Ваша вправа) і відкрийте телефон Karen. Дзвінок є в розділі "Opkald" (Дзвінки), а запит — у "MitID app" (застосунок MitID).
    .hint-3 = Натисніть "Læg på" (Покласти слухавку) у розділі "Opkald". Потім натисніть "MitID app" і натисніть "Afvis" (Відхилити) біля запиту.

## hjaelp-kig-vaek
hjaelp-kig-vaek-title = Відверніться, коли вона вводить свої коди
hjaelp-kig-vaek-description = Коли ви допомагаєте комусь із цифровими послугами, ви не повинні знати її ідентифікатор користувача, пароль чи коди. Відверніться, поки вона їх вводить.
hjaelp-kig-vaek-story = Amina — bydelsmor (мати району, тобто жінка, яка допомагає людям у своєму районі). Вона сидить поруч із Karen, якій треба увійти. Ви граєте обидві ролі: спочатку Amina, яка відвертається, потім Karen, яка вводить.
hjaelp-kig-vaek-step-1 = Відверніться за допомогою кнопки Я відвертаюся тут, в інструкції. Потім увійдіть як Karen.
    .hint-1 = Karen має сама ввести свої коди. Amina не повинна їх бачити.
    .hint-2 = Кнопка Я відвертаюся є в інструкції під цим кроком. Натисніть її, перш ніж Karen щось введе.
    .hint-3 = Натисніть Я відвертаюся. Потім відкрийте сторінку "Din øvelse" (Ваша вправа), натисніть "Log på som Karen Jensen" (Увійти як Karen Jensen) і введіть її пароль і ключ.
