### The guide's own words in English (en): the exercise panel, the catalogue,
### the result page and the certificate. The service itself stays in Danish.
### produced-by: Demoborger's developers (not native English speakers)
### reviewed: no

language_name = English
panel = Exercise
story = Read the story
step = Step { $n } of { $total }
show_hint = Show hint
hide_panel = Hide the guide
show_panel = Show the guide
hint = Hint
skip = Skip step
stop = Stop the exercise
finished = You have done all the steps.
see_result = See your result
catalogue = Exercises
catalogue_intro = Choose an exercise. You get a short story and one step at a time, with help if you need it. The exercise notices when you have done what it asks.
start = Start
minutes = min.
level_begynder = Beginner
level_oevet = Practised
audience_borger = For citizens
audience_hjaelper = For helpers
audience_underviser = For teachers
theme_nemid = NemID and MitID
theme_digital_post = Digital Post
theme_help = Helping others
theme_security = Security
start_note = Starting an exercise gives you a new practice world. What you did in the old one is gone.
done_title = Well done!
done_text = You have completed the exercise
alone = Steps done without help: { $n } of { $total }
nickname = Nickname (optional)
nickname_hint = Type a nickname if you want it on the certificate. You do not need to give your real name.
certificate = Certificate
make_certificate = Make the certificate
print = Print
print_hint = Print from the browser's menu: Ctrl+P (Cmd+P on a Mac).
certificate_text = has completed the exercise
date = Date
language = Language
change_language = Change language
stopped = The exercise has stopped.
other_exercises = Choose another exercise
no_exercise = No exercise is running. Choose an exercise first.
learner = A participant
read_aloud = Read aloud
no_voice = There is no voice in your language. Listen to the Danish text instead:

# Safety drills: the debrief and each drill's signs.
drill_title = What happened?
drill_intro = This happens to many people. Here are the signs.
drill_fooled = You typed something on the fake page. In real life, scammers could now have your information. Here in the exercise nothing is saved – neither what you typed nor that it was you.
drill_spotted = Well spotted! You deleted the message without typing anything.
drill_opened = You clicked the link, but you did not type anything. Never click links in messages like this one.
drill_waiting = The message is still on the phone. Delete it once you have seen the signs.
drill_message = The message you received
drill_signs = The signs
drill_next = Next time
drill_next_1 = Do not click the link. Delete the message, or report it as a scam ("Rapportér som svindel").
drill_next_2 = If you are unsure, look up the phone number yourself on borger.dk or skat.dk, and call.
drill_next_3 = Public authorities write to you in Digital Post. They never ask for your user ID, your password or a code in a text message or an email.
drill_back = Back to the exercise
drill-skat-sms-sign-1 = The sender is a name, not a number from the Danish Tax Agency (Skattestyrelsen). And the message is in a hurry: "inden 24 timer" (within 24 hours).
drill-skat-sms-sign-2 = The link does not go to skat.dk, but to an address that looks similar.
drill-skat-sms-sign-3 = The Danish is strange, and there are spelling mistakes.
drill-skat-sms-sign-4 = You have to log in to "get the money". Skat never asks for that in a text message.
drill-post-fuld-sign-1 = The sender is an email address that looks like Digital Post. But Digital Post does not send emails with links for you to log in from.
drill-post-fuld-sign-2 = The link does not go to borger.dk, but to a different address.
drill-post-fuld-sign-3 = The email makes threats: your letters will be deleted, and you only have 48 hours.
drill-post-fuld-sign-4 = Digital Post cannot get full. You never need to log in to "expand" it.
# A phone call (the fake MitID approval): the debrief's own words and the call's signs.
drill_call_fooled = You approved the request. In real life the scammer would now be logged in as you. Here in the exercise nothing happened.
drill_call_spotted = Well spotted! You rejected the request in the MitID app.
drill_call_ignored = You did not approve the request. It expired, and nobody was logged in as you. Next time: reject it straight away.
drill_call_waiting = The request is still waiting in the MitID app. Hang up and reject it.
drill_call_message = The call you got
drill_call_request = The MitID app: a request to log in that you did not start yourself
drill_call_next_1 = Hang up. Never approve anything in the MitID app because someone calls and asks you to.
drill_call_next_3 = Only approve in the MitID app when you are logging in yourself and can see where you are logging in.
drill-opkald-borgerservice-sign-1 = A number you do not know calls and says it is Borgerservice. Borgerservice does not call you and ask you to approve anything.
drill-opkald-borgerservice-sign-2 = A request arrives in the MitID app although you are not logging in yourself. It is the scammer trying to log in as you.
drill-opkald-borgerservice-sign-3 = It is urgent, and there is a threat: your MitID will be "spærret i dag" (blocked today).
drill-opkald-borgerservice-sign-4 = You are asked to approve. If you approve, the scammer can log in as you – and for example take out a loan or read your post.
drill_reported = Well spotted! You reported the message as a scam without typing anything.
drill_ignored = You left the message alone and did not click the link. That is right too: the deadline passed, and nothing happened.
# The result page: how each drill of the exercise ended.
drill_result_spotted = Spotted ("Klaret"): you were not fooled.
drill_result_fooled = Fooled ("Snydt"): it happens to many people. Here in the exercise nothing happened.
drill_result_link = See what gave it away
# "Kig væk": the box under the step while a helper sits next to the owner.
watch_title = Look away
watch_ask = You are sitting next to the person you are helping. She must type her password, her codes and her PIN herself. Look away before she types.
watch_away = You are looking away. Now she types her codes herself. You must not know them.
watch_away_button = I am looking away
watch_back_button = I am looking again
watch_saw = You were watching when she typed a code. Log out and try again. Look away before she types.
watch_done = Good. She logged in, and you did not see her codes.
watch_right_way = Will you help her again and again? Then read access (læseadgang) or a power of attorney (fuldmagt) is the right way. You log in with your own login and can read her post or act for her – without knowing her codes.
# The landing page (/) and "Om øvemiljøet" (/om), in the guide's language.
landing_title = Practise digital self-service
landing_intro = Here you can practise the Danish public digital services without being afraid of making mistakes. You get your own practice world with made-up people that nobody else can see.
landing_can = You can practise how to:
landing_item_1 = log in with NemID and a paper key card – or with MitID
landing_item_2 = read Digital Post and sort the letters into folders
landing_item_3 = give a helper read access (læseadgang) to your post
landing_item_4 = give or ask for a digital power of attorney (fuldmagt)
landing_item_5 = recognise fake messages and calls
landing_nothing = Nothing you do here has any effect in real life. You can always start again.
landing_lifetime = Your practice world is kept as long as you use it. If you do not use it for { $idle }, it is deleted – you are told { $warning } before. After { $absolute } it is deleted in any case.
landing_start = Start practising
landing_ended = Your practice world has ended, and everything in it is deleted. You can start a new one whenever you like.
landing_guided = Would you like a task with help along the way?
landing_guided_link = Choose a guided exercise
landing_languages = Guide in your language
landing_join = Join a class
landing_teacher = For teachers
span_hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
span_minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
span_seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
about_title = About the practice site
about_1 = Demoborger is a place to practise for everyone who wants to get to know the Danish public digital self-service: citizens, helpers, bydelsmødre (neighbourhood mothers) and IT teachers.
about_2 = Everything is made up. The CPR numbers have a day between 32 and 60 in the month, so they can never belong to a real person. No letters are sent, and no authority is told anything.
about_3 = Every practice world is private. It is kept only in the server's memory and deleted when it has not been used for { $idle }, when it is { $absolute } old, or when you press "Afslut øvelse".
about_4 = We only use necessary cookies: a random number for your practice world (and for your class or your practice phone, if you use them). There are no statistics, no advertising and no data for anybody else.

## The library kiosk (the start page, and "Er du her stadig?")
kiosk_note = This computer is set up for practising. When you leave it, your practice is deleted after a few minutes, so the next person does not see it.
kiosk_ended = The practice has ended, and everything in it is deleted. Now the next person can start afresh.
kiosk_still_here = Are you still here?
kiosk_explain = You have not done anything for a while. When the time is up, the practice ends and everything in it is deleted, so the next person can start afresh.
kiosk_seconds_left = seconds left
kiosk_keep = Yes, continue
kiosk_seconds = { $n ->
    [one] The practice ends in { $n } second.
   *[other] The practice ends in { $n } seconds.
}
