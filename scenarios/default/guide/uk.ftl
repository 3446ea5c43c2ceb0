### The guide's own words in Ukrainian (uk): the exercise panel, the catalogue, the result page and the certificate.
### produced-by: machine draft (AI language model) from the Danish and English texts, 2026-12-02
### reviewed: no

language_name = Українська
panel = Вправа
story = Прочитайте історію
step = Крок { $n } з { $total }
show_hint = Показати підказку
hide_panel = Сховати інструкцію
show_panel = Показати інструкцію
hint = Підказка
skip = Пропустити крок
stop = Зупинити вправу
finished = Ви виконали всі кроки.
see_result = Подивитися свій результат
catalogue = Вправи
catalogue_intro = Виберіть вправу. Ви отримаєте коротку історію і по одному кроку за раз, а якщо треба — допомогу. Вправа сама побачить, коли ви зробите те, що вона просить.
start = Почати
minutes = хв
level_begynder = Для початківців
level_oevet = Для досвідчених
audience_borger = Для громадян
audience_hjaelper = Для помічників
audience_underviser = Для викладачів
theme_nemid = NemID і MitID
theme_digital_post = Digital Post
theme_help = Допомога іншим
theme_security = Безпека
start_note = Коли ви починаєте вправу, ви отримуєте новий світ для вправ. Усе, що ви зробили в попередньому, зникне.
done_title = Чудова робота!
done_text = Ви виконали вправу
alone = Кроків виконано без допомоги: { $n } з { $total }
nickname = Псевдонім (необов’язково)
nickname_hint = Напишіть псевдонім, якщо хочете, щоб він був у сертифікаті. Не обов’язково писати своє справжнє ім’я.
certificate = Сертифікат про курс
make_certificate = Створити сертифікат
print = Надрукувати
print_hint = Друкуйте через меню браузера: Ctrl+P (Cmd+P на Mac).
certificate_text = виконав(-ла) вправу
date = Дата
language = Мова
change_language = Змінити мову
stopped = Вправу зупинено.
other_exercises = Виберіть іншу вправу
no_exercise = Зараз жодна вправа не виконується. Спочатку виберіть вправу.
learner = Учасник курсу
read_aloud = Прочитати вголос
no_voice = Немає голосу вашою мовою. Натомість послухайте текст данською:

# Safety drills: the debrief and each drill's signs.
drill_title = Що сталося?
drill_intro = Таке трапляється з багатьма. Ось ознаки.
drill_fooled = Ви щось ввели на фальшивій сторінці. У реальному житті шахраї тепер могли б мати ваші дані. Тут, у вправі, нічого не зберігається – ні те, що ви ввели, ні те, що це були ви.
drill_spotted = Чудово, ви це помітили! Ви видалили повідомлення й нічого не ввели.
drill_opened = Ви натиснули на посилання, але нічого не ввели. Ніколи не натискайте на посилання в таких повідомленнях.
drill_waiting = Повідомлення досі в телефоні. Видаліть його, коли побачите ознаки.
drill_message = Повідомлення, яке ви отримали
drill_signs = Ознаки
drill_next = Наступного разу
drill_next_1 = Не натискайте на посилання. Видаліть повідомлення.
drill_next_2 = Якщо сумніваєтеся, самі знайдіть номер телефону на borger.dk або skat.dk і зателефонуйте.
drill_next_3 = Державні установи пишуть вам у Digital Post. Вони ніколи не просять у SMS чи електронному листі ваш ідентифікатор користувача, пароль або код.
drill_back = Назад до вправи
drill-skat-sms-sign-1 = Відправник – це ім'я, а не номер Податкової служби (Skattestyrelsen). І повідомлення підганяє: "inden 24 timer" (протягом 24 годин).
drill-skat-sms-sign-2 = Посилання веде не на skat.dk, а на схожу адресу.
drill-skat-sms-sign-3 = Данська мова дивна, і є орфографічні помилки.
drill-skat-sms-sign-4 = Вам треба увійти в систему, щоб "отримати гроші". Skat ніколи не просить про це в SMS.
drill-post-fuld-sign-1 = Відправник — це адреса електронної пошти, схожа на Digital Post. Але Digital Post не надсилає електронних листів із посиланнями, через які треба входити.
drill-post-fuld-sign-2 = Посилання веде не на borger.dk, а на іншу адресу.
drill-post-fuld-sign-3 = Електронний лист погрожує: ваші листи буде видалено, і у вас є лише 48 годин.
drill-post-fuld-sign-4 = Digital Post не може переповнитися. Вам ніколи не потрібно входити, щоб її "розширити".
# A phone call (the fake MitID approval): the debrief's own words and the call's signs.
drill_call_fooled = Ви схвалили запит. У реальному житті шахрай тепер увійшов би в систему як ви. Тут, у вправі, нічого не сталося.
drill_call_spotted = Чудово, ви це помітили! Ви відхилили запит у застосунку MitID.
drill_call_waiting = Запит досі чекає в застосунку MitID. Покладіть слухавку й відхиліть запит.
drill_call_message = Дзвінок, який ви отримали
drill_call_request = Застосунок MitID: запит на вхід, який ви не починали самі
drill_call_next_1 = Покладіть слухавку. Ніколи нічого не схвалюйте в застосунку MitID лише тому, що хтось телефонує і просить про це.
drill_call_next_3 = Схвалюйте в застосунку MitID тільки тоді, коли ви самі входите в систему і бачите, куди саме входите.
drill-opkald-borgerservice-sign-1 = Телефонує невідомий вам номер, і людина каже, що це Borgerservice (служба обслуговування громадян). Borgerservice не телефонує вам із проханням щось схвалити.
drill-opkald-borgerservice-sign-2 = У застосунку MitID з’являється запит, хоча ви самі не входите в систему. Це шахрай намагається увійти як ви.
drill-opkald-borgerservice-sign-3 = Це терміново, і є погроза: ваш MitID буде "spærret i dag" (заблоковано сьогодні).
drill-opkald-borgerservice-sign-4 = Вас просять схвалити. Якщо ви схвалите, шахрай зможе увійти як ви – і, наприклад, оформити кредит або читати вашу пошту.
# The result page: how each drill of the exercise ended.
drill_result_spotted = Помічено ("Klaret"): вас не обдурили.
drill_result_fooled = Обдурено ("Snydt"): таке трапляється з багатьма. Тут, у вправі, нічого не сталося.
drill_result_link = Подивіться, що видало обман
# "Kig væk": the box under the step while a helper sits next to the owner.
watch_title = Відверніться
watch_ask = Ви сидите поруч із людиною, якій допомагаєте. Вона має сама ввести свій пароль, свої коди і свій PIN. Відверніться, перш ніж вона почне вводити.
watch_away = Ви відвернулися. Тепер вона сама вводить свої коди. Ви не повинні їх знати.
watch_away_button = Я відвертаюся
watch_back_button = Я знову дивлюся
watch_saw = Ви дивилися, коли вона вводила код. Вийдіть із системи і спробуйте ще раз. Відверніться, перш ніж вона почне вводити.
watch_done = Добре. Вона увійшла, а ви не бачили її кодів.
watch_right_way = Ви допомагатимете їй знову і знову? Тоді правильний шлях – доступ для читання (læseadgang) або довіреність (fuldmagt). Ви входите зі своїм власним логіном і можете читати її пошту або діяти від її імені – не знаючи її кодів.
