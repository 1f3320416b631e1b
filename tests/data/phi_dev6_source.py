"""Build tests/data/phi_dev6.jsonl: blind development set 6 for the PHI scanner.

Hospital: Sycamore Valley Hospital (Sycamore Valley Health), a large suburban
community hospital in Harlan Grove, Illinois, with a very active Facebook page.
Its own contacts are in phi_dev6_org.json and are never labelled.

Focus: long, chatty Facebook posts and short replies in the voice of a social-media
manager; first responders who are patients versus first responders honoured as
heroes (police, firefighters, EMS, teachers and coaches introduced by their job);
nicknames and names that are ordinary words (Hope, Will, Sunny, River, Rocky...);
thank-you notes from families; community fundraisers. Plus drafts into which staff
pasted internal details. Language mix: about 85% English, 15% Spanish.

Written blind, by hand, one post at a time: without reading the scanner, its word
lists or its tests, and without running it.

Labelling conventions (those of build_phi_eval.py, strict HIPAA Safe Harbor):
  * A post is patient_specific iff it carries at least one labelled identifier of a
    patient or of a patient's relative / household member. Anonymous stories,
    staff, doctors, volunteers, staff members' own families, donors, sponsors,
    public and historical figures, pets, eponymous conditions, campaign hashtags
    and the hospital's own contacts are never labelled.
  * NAME: name tokens only; honorifics and job titles (Mr., Mrs., Officer, Deputy,
    Lt., Captain, Coach, don, doña...) and descriptive words (little, baby,
    Grandma) stay outside; possessive 's excluded; a nickname in quotes inside a
    full name is part of one span ('Ray "Doc" Holloway'); initials used for a
    patient are NAME; a hashtag containing a patient's name is one NAME span
    including '#'.
  * DATE: any date element other than a bare year tied to the patient, as written,
    without a leading article ("9th", not "the 9th"; "2 de noviembre", not
    "el 2 de noviembre"); a month alone tied to the patient counts; weekdays and
    relative expressions are not labelled.
  * AGE: only ages over 89 (the number token, "100th", "centenarian").
  * GEO: places smaller than a state tied to the patient or family (home street,
    town, ZIP, road of a crash); the hospital's own places are not GEO.
  * PHONE / EMAIL / URL: the family's, as written. A family's social-media or
    payment handle is OTHER_ID (with its '@').
  * MRN / ACCOUNT / HEALTH_PLAN etc.: the value only. OTHER_ID: room / bed numbers
    with their keyword ("room 214", "rm 612", "bed 6").
  * PHOTO: only the cue word when the text says the photo shows the patient.
  * Every occurrence of a labelled string is labelled; `ok=` lists the few strings
    that also occur as ordinary words.

Run:  cd /work/main && python3 tests/data/phi_dev6_source.py
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev6.jsonl"), os.path.join(HERE, "phi_dev6_org.json"), "d6")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- batch 1

p(
    "en",
    "discharge",
    "Tiny is home!! 🎉💙\n\nIf you've followed along since February you know this little guy came into the world at 1 lb 9 oz and has been fighting like a champ in our NICU for 112 days. This morning his mom and dad buckled him into a car seat for the very first time and our nurses lined the hallway to cheer him out.\n\nTiny, we are going to miss those eyebrows. Go be huge. 💪\n\n#NICUgrad #SycamoreStrong",
    [("NAME", "Tiny", "*"), ("DATE", "February")],
    note="nickname alone at the start of the post, no cue; birth month implied by 'since February'",
)
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight 🌟 Meet Jordan, our new night charge nurse on 4 West!\n\nJordan spent 9 years as a paramedic with Ostrander Fire before going back to school for his BSN, so if you've ever been wheeled into our ED at 3 AM, there's a decent chance he was holding the other end of the stretcher. 🚑\n\nHe says the ER-to-floor handoff is his favorite puzzle, his go-to night-shift snack is cold pizza, and his secret weapon is \"never, ever saying the Q-word out loud.\" (Quiet. He means quiet.) 🤫\n\nSay hi if you see him — and welcome to the team, Jordan! 👋 #NursesWeek",
    "staff spotlight: Jordan is a nurse, not a patient",
)
p(
    "en",
    "patient_story",
    "Officer Daniels is back on his feet! 🚔💙\n\nMany of you reached out after one of Harlan Grove PD's own was hit by a car during a traffic stop on Route 59 back on the 9th. Today, after two surgeries and a LOT of physical therapy, Officer Mike Daniels walked (yes WALKED) out our front doors to a row of squad cars with lights going.\n\nHis wife Renee asked us to share: \"We can't thank the trauma team and 5 North enough. You gave him back to us.\"\n\nGet well, Mike. We'll keep the coffee on. ☕",
    [
        ("NAME", "Daniels", 1),
        ("NAME", "Mike Daniels"),
        ("NAME", "Mike", 2),
        ("NAME", "Renee"),
        ("GEO", "Route 59"),
        ("DATE", "9th"),
    ],
    note="police officer introduced by his job who IS the patient; crash road is GEO; the agency name (Harlan Grove PD) is his employer, not GEO",
)
n(
    "en",
    "anonymous_story",
    "Coach Tony Barrera, this one's for you. 🏈\n\nFriday night at the Harlan Grove vs. Wexford game, a spectator in the stands collapsed. Coach Barrera — who also happens to be a volunteer EMT — ran up the bleachers, started CPR, and had the AED on before the ambulance pulled in.\n\nWe're not able to share anything about the person he helped, but we CAN say this: bystander CPR doubles or triples the chance of survival. Want to learn? Free Hands-Only CPR classes every 2nd Tuesday. Call (630) 555-0193.\n\n#CPRSavesLives",
    "the named coach is the bystander hero, not the patient; the patient is anonymous; the number is the hospital's",
)
p(
    "en",
    "thank_you",
    "A note from the Okafor family, shared with their permission 💛\n\n\"To everyone on 3 South — the nurses who braided Mama's hair, the night tech who sang with her at 3am, the chaplain who prayed in Igbo with us. Mama Grace went home to God on October 2nd surrounded by her children and grandchildren, and she went peacefully because of you. We will never forget your kindness.\" — Chidi, Ngozi & Emeka\n\nWe're holding you all in our hearts. 🕊️",
    [
        ("NAME", "Okafor"),
        ("NAME", "Grace"),
        ("DATE", "October 2nd"),
        ("NAME", "Chidi"),
        ("NAME", "Ngozi"),
        ("NAME", "Emeka"),
    ],
    note="family thank-you; 'Mama' is a descriptor, 'Grace' the patient's name; children signing are relatives",
)
n(
    "en",
    "sponsor",
    "Faith, hope & a whole lot of coffee. ☕ Thank you to Harlan Grove Fire Dept. Station 2 for dropping off breakfast for our night shift ED crew this morning! #FirstRespondersRock",
    "'Faith' and 'hope' are ordinary words here; the fire station is a donor",
)
p(
    "en",
    "patient_story",
    "@RenataK_ we are SO happy to hear Hunter is home and already bossing his little sister around 😂 Give him a fist bump from the whole peds team! 👊",
    [("OTHER_ID", "@RenataK_"), ("NAME", "Hunter")],
    note="reply to the mother's handle; the child's name is an ordinary word",
)
n(
    "en",
    "recruitment",
    "Hunter, Ranger, Scout… our K9 visitors from Harlan Grove PD have better names than most of us. 🐾 Want to work somewhere with therapy-dog Tuesdays? We're hiring RNs for 4 West & the ED: careers.sycamorevalley.org",
    "Hunter, Ranger and Scout are police dogs, not patients",
)
p(
    "en",
    "pasted_record",
    'DRAFT – do NOT post until Kelsey gets consent form back!!\n\nFF Lt. Aaron Whitfield (Ostrander FPD), adm 11/14 smoke inhalation + 2nd degree burns L forearm, Burn ICU bed 6. DOB 7/22/1979. MRN 4471-0982. Wife Jenna cell 815-555-3016, wants to be the one to announce.\n\nProposed caption: "Our thoughts are with Lt. Whitfield and his family tonight..."',
    [
        ("NAME", "Aaron Whitfield"),
        ("NAME", "Whitfield", 2),
        ("DATE", "11/14"),
        ("OTHER_ID", "bed 6"),
        ("DATE", "7/22/1979"),
        ("MRN", "4471-0982"),
        ("NAME", "Jenna"),
        ("PHONE", "815-555-3016"),
    ],
    note="pasted chart line for a firefighter patient; Kelsey is staff",
)
n(
    "en",
    "health_tip",
    "It's Heat Safety Week, and our ED sees it every summer: the landscaper who kept going, the grandpa mowing at noon, the toddler left in a car \"just for a minute.\"\n\nA few reminders from our emergency team:\n☀️ Drink water before you're thirsty\n☀️ Take breaks in the shade every hour\n☀️ Look before you lock — ALWAYS\n☀️ Check on older neighbors who don't have AC\n\nSigns of heat stroke (confusion, hot dry skin, fainting) = call 911.\n\nStay cool out there, Harlan Grove! 🌡️",
    "generic tip; the people mentioned are hypothetical types, not patients",
)
p(
    "es",
    "discharge",
    '¡Don Chuy ya está en casa! 🎉\n\nDespués de 3 semanas en nuestra unidad de cuidados intensivos por COVID, don Jesús "Chuy" Ramírez salió hoy caminando con su andadera y con toda su familia esperándolo afuera con globos y mariachi. 🎺\n\nSu hija Lupita nos pidió compartir: "Gracias a todas las enfermeras que le hablaban en español y le ponían sus rancheras. Nunca lo dejaron solo."\n\n¡Que viva don Chuy! 💚',
    [("NAME", 'Jesús "Chuy" Ramírez'), ("NAME", "Chuy", "*"), ("NAME", "Lupita")],
    note="nickname with 'don'; full name with quoted nickname is one span",
)
n(
    "es",
    "event",
    "📣 Clínica de vacunas GRATIS este sábado 14 de septiembre, de 9 a. m. a 1 p. m., en el Centro Ambulatorio, 415 Commerce Drive. Sin cita. Más info: (630) 555-0193. #SaludParaTodos",
    "event date and the hospital's own address and phone",
)
p(
    "en",
    "milestone_birthday",
    'Our 4 West nurses threw a surprise party today for a VERY special patient: Mrs. Evelyn Marsh turned 100! 🎂🎈\n\nEvelyn was a switchboard operator right here in town in the 1940s, raised five kids on Poplar Street, and still beats our charge nurse at gin rummy. Her secret to a long life? "Butter, and minding my own business."\n\nHappy 100th birthday, Evelyn! 💐',
    [
        ("NAME", "Evelyn Marsh"),
        ("NAME", "Evelyn", "*"),
        ("AGE", "100"),
        ("AGE", "100th"),
        ("GEO", "Poplar Street"),
    ],
)
n(
    "en",
    "eponymous_condition",
    "Our Rock Steady Boxing class for people with Parkinson's is back! 🥊 Coach Gus Petrakis (a retired Golden Gloves champ) runs Mon/Wed 10am in the Wellness Center. No experience needed, just gloves & grit. Sign up: 630-555-0193 #ParkinsonsAwareness",
    "eponymous condition; the coach is the class instructor; hospital phone",
)
p(
    "en",
    "patient_story",
    "Round 4 of chemo ✅ 2 to go. The whole infusion crew wore purple today because it's our girl's favorite color 💜 Keep fighting, kiddo! #JourneyStrong",
    [("NAME", "#JourneyStrong")],
    note="the patient's name (an ordinary word) appears only inside a hashtag",
)
n(
    "en",
    "campaign_hashtag",
    "This #FirstResponderFriday we're celebrating the folks who bring our patients to us. 🚑\n\nLast year EMS crews from 11 agencies brought more than 14,200 patients through our ambulance bay. Every one of those runs started with someone's worst day — and a crew that showed up.\n\nDrop a 🚒 🚓 or 🚑 in the comments and tag a first responder who deserves a thank-you today!\n\n#SycamoreStrong #ThankAFirstResponder",
    "campaign hashtags and aggregate numbers only",
)
p(
    "en",
    "memorial",
    'It is with heavy hearts that we share the passing of Captain Ray "Doc" Holloway, 31-year veteran of the Wexford Junction Fire Department and, for the last few weeks, one of our own patients on 5 North.\n\nDoc got his nickname from patching up half the town\'s scraped knees at the firehouse open house every summer. Our staff who cared for him said he was telling stories and flirting with the nurses right up until the end.\n\nRay died peacefully on Sunday with his wife Carol and their daughters at his side. Services will be held on the 21st.\n\nRest easy, Cap. We have the watch from here. 🔔❤️',
    [
        ("NAME", 'Ray "Doc" Holloway'),
        ("NAME", "Doc", "*"),
        ("NAME", "Ray", "*"),
        ("NAME", "Carol"),
        ("DATE", "21st"),
    ],
    note="fire captain who was our patient; nickname 'Doc' looks like a title; funeral date labelled as a date tied to the patient; 'Cap' is a form of address (title), not a name",
)
n(
    "en",
    "staff_spotlight",
    'Staff Spotlight 🌟 Meet Paramedic-turned-ED-tech Brianna "Bree" Kowalczyk!\n\nBy day Bree is the calmest person in our trauma bay. By night (and weekends, and holidays...) she\'s a paid-on-call firefighter with Ostrander Fire. Last month she was honored by the Illinois Fire Chiefs for pulling a driver from a burning car on I-55.\n\nAsked how she does it all, Bree shrugged: "Coffee and a really understanding husband, Matt." 😂\n\nThank you for everything you do, Bree! #StaffSpotlight #FirstResponders',
    "staff member honoured as a firefighter hero, and her own husband; the rescued driver is anonymous",
)
p(
    "en",
    "patient_story",
    'Meet the youngest philanthropist in Harlan Grove. 🍋💙\n\nWill (age 9) spent a week on our pediatric unit last spring with a nasty case of pneumonia. He noticed that the playroom had "only baby toys," and he decided to do something about it.\n\nSince then, Will has raised $2,340 selling friendship bracelets at his lemonade stand. He dropped off the check at the Foundation office this week along with a list of the exact video games he thinks the big kids need.\n\nWill, you are a legend. Stop by anytime, buddy — the games will be waiting! 🎮',
    [("NAME", "Will", "*")],
    note="patient-run fundraiser; the name is also a common verb",
)
n(
    "en",
    "recruitment",
    "Will you be our next volunteer? 🙋 Teen volunteer applications for summer open March 1. Ages 15-18. Apply at sycamorevalley.org/volunteer or call 630-555-0148.",
    "'Will' is a verb; dates and numbers belong to the volunteer program",
)
p(
    "es",
    "thank_you",
    'Un mensaje muy especial de la familia Villalobos 💐\n\n"Queremos agradecer al equipo de Labor y Parto y a la Dra. Chen por cuidar a nuestra Esperanza cuando nació antes de tiempo el 2 de noviembre. Hoy cumple un año, está sana y ya camina. ¡Son ángeles!" — Marco y Daniela\n\nFeliz primer cumpleaños, Esperanza. 🎂💕',
    [
        ("NAME", "Villalobos"),
        ("NAME", "Esperanza", "*"),
        ("DATE", "2 de noviembre"),
        ("NAME", "Marco"),
        ("NAME", "Daniela"),
    ],
    note="family thank-you; 'Esperanza' is also the word for hope; Dra. Chen is staff",
)
n(
    "es",
    "anonymous_story",
    "Anoche nació un bebé en el estacionamiento de Urgencias 🚗👶\n\nSu papá llamó al 911 desde el carro, y en menos de dos minutos nuestras enfermeras de Urgencias y de Maternidad ya estaban afuera con cobijas, guantes y mucha calma. El bebé llegó al mundo en el asiento de atrás, llorando fuerte y con muchas ganas.\n\nMamá y bebé están muy bien y descansando en nuestro Centro de Maternidad.\n\n¡Bienvenido al mundo, pequeñito! Y gracias a nuestro equipo por su rapidez. 💙",
    "anonymous birth story; 'anoche' is a relative expression",
)
p(
    "en",
    "patient_story",
    "Many of you know Sunny from our cafeteria — the one who remembers everybody's coffee order and calls every doctor \"baby.\" ☀️\n\nWhat you might not know is that Sunny spent the last two weeks on the OTHER side of the hospital after a stroke in the dish room on June 3rd. Our stroke team had her clot out in 38 minutes.\n\nToday Sunny came back to visit the kitchen crew (on a walker, in full lipstick) and told us she'll be back behind that register before Labor Day. We believe her. 💛\n\n#StrokeAwareness #BEFAST",
    [("NAME", "Sunny", "*"), ("DATE", "June 3rd")],
    note="employee who became a patient; name is an ordinary word",
)
n(
    "en",
    "staff_spotlight",
    "Happy retirement, Summer! 🎉🧪\n\nAfter 34 years in our lab, Summer Ng is trading pipettes for a pontoon boat. Summer started here in 1990, when blood counts were still done partly by hand, trained at least 60 of our current lab techs, and has never once — not ONCE — lost a specimen.\n\nHer daughter Autumn (yes, really 😂) flew in from Denver to surprise her at the party, and her husband Glenn gave a speech that had the whole conference room in tears.\n\nEnjoy the lake, Summer. We'll miss you more than we can say. 💙",
    "retiring employee and her own family; none of them is a patient",
)
p(
    "en",
    "thank_you",
    "Thank you SO much for sharing this, Marisol 💙 Our 3 South team read your note at huddle this morning and there wasn't a dry eye. Hugs to your dad!",
    [("NAME", "Marisol")],
    note="short reply; only the patient's daughter is named",
)
n(
    "en",
    "hospital_contact",
    "📞 Quick reminder on who to call:\n• Main switchboard: (630) 555-0100\n• Billing questions: 630.555.0186\n• Patient Relations (compliments & concerns): 630-555-0161\n• Media inquiries: media@sycamorevalley.org\n\nFor emergencies always call 911. Please don't send medical questions through Facebook Messenger — we can't answer them here for your privacy!",
    "the hospital's own phone numbers and email",
)
p(
    "en",
    "birth_announcement",
    "We have a NEW little Sycamore! 👶💙\n\nOur own 4 West nurse Kayla Brandt delivered her son Theo in our Family Birth Center on the 3rd — 8 lbs 2 oz of pure cheeks. Kayla worked a 12-hour shift two days before, went home, and came back 36 hours later as a patient. (Her coworkers say this is \"the most Kayla thing ever.\")\n\nKayla's husband, Derek, reports that Theo has already mastered the night shift. 😴\n\nKayla, we can't wait for you to bring him to huddle! 🥰",
    [
        ("NAME", "Kayla Brandt"),
        ("NAME", "Kayla", "*"),
        ("NAME", "Theo", "*"),
        ("DATE", "3rd"),
        ("NAME", "Derek"),
    ],
    note="a staff member who delivered here is a patient (and the baby's mother); staff framing hides it",
)
n(
    "en",
    "staff_spotlight",
    'Congrats to Dr. Hollis from our ED, who welcomed baby girl Wren with her wife Dana this week! 🐣💕\n\nFor the record: Wren was born at home with a midwife, very calmly, on the living room floor. Dr. Hollis insists she\'s the only ER doc in history who has "planned a home birth on purpose." 😂 Her ED colleagues have already delivered a mountain of diapers, three casseroles and a onesie that says "My Mom Runs Codes."\n\nWelcome to the world, little one! We can\'t wait to meet you at the next department picnic. 🧺',
    "a doctor's own family; the baby was born at home, not a patient here",
)
n(
    "en",
    "crisis_update",
    "UPDATE 9:40 PM: We have received 7 patients from the multi-vehicle crash on I-88 near the Eola Rd exit. 2 are in critical condition, 5 are stable. We are NOT able to release names or conditions of individual patients. Families looking for loved ones, please call our Family Information Line at (630) 555-0161. Please avoid the ED entrance on Sycamore Valley Pkwy — use the Main Entrance.",
    "crisis update about a group; the crash location is not tied to an identified patient",
)
p(
    "en",
    "patient_story",
    "To J.R. in room 214: the 2nd shift nurses say you are officially the best Uno cheater we've ever met 🃏 Get some sleep tonight, Coach! 😉",
    [("NAME", "J.R."), ("OTHER_ID", "room 214")],
    note="initials plus room number; 'Coach' is his title used as address, not labelled",
)
n(
    "en",
    "public_figure",
    "Honored to host Illinois State Fire Marshal Dana Whitcomb today as she presented our EMS coordinators with the 2024 Partner in Safety award. 🚒 #FirstResponders",
    "a public official at a hospital event",
)
p(
    "en",
    "patient_story",
    "Room 12 at Lincoln Elementary has a sub this month because Mrs. Petersen is busy being a rock star in cardiac rehab. 💓\n\nHer fourth graders made a 20-foot banner (and about 400 paper hearts) and their parents dropped it off at our front desk yesterday. It's now hanging in the rehab gym where she does her laps.\n\nMrs. P, your class says please come back before the spelling bee. No pressure. 😅",
    [("NAME", "Petersen"), ("NAME", "P")],
    note="teacher introduced by her job who is the patient; 'Room 12' is her classroom, not a patient room",
)
n(
    "en",
    "anonymous_story",
    "A huge shout-out to Mr. Okonkwo, the Lincoln Elementary PE teacher who spotted the signs of a stroke in a visiting grandparent at the school carnival and called 911 right away. ⏱️ Time is brain — and his quick call made all the difference. Know the signs: B.E. F.A.S.T. #StrokeAwareness",
    "the teacher is the bystander hero; the patient is an anonymous grandparent",
)
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 95, doña Refugio! 🎂🌹 Nuestras enfermeras del 4 Oeste le cantaron Las Mañanitas esta mañana y ella les cantó de regreso... ¡con todo y gritos! 💃 Nos dice que el secreto es un cafecito con pan dulce todos los días.",
    [("AGE", "95"), ("NAME", "Refugio")],
    note="age over 89; 'Refugio' is also an ordinary word",
)
n(
    "es",
    "eponymous_condition",
    "Este mes es el Mes de Concientización sobre el Alzheimer 💜 Si a su ser querido le cuesta recordar cosas recientes o se pierde en lugares conocidos, hable con su médico. Grupo de apoyo para cuidadores en español: último jueves de cada mes, 6 p. m., Sala de Conferencias B. Info: 630-555-0193.",
    "eponymous condition and a support-group schedule",
)
p(
    "en",
    "thank_you",
    "To Hector — the husband in the Cubs hat who's been in our ICU waiting room every single night for three weeks:\n\nWe see you. We see you reading the box scores out loud at her bedside, even the boring innings. We see you bringing donuts for the night shift every Friday and pretending you \"just happened to have extra.\" We see you asking our nurses how THEY are doing.\n\nThe night shift wanted you to know: we're rooting for your girl, and we're rooting for you. 💙⚾\n\n(And yes, we'll keep the game on for her.)",
    [("NAME", "Hector")],
    note="only the patient's husband is named; the patient is unnamed",
)
n(
    "en",
    "anonymous_story",
    'One of our NICU grads came back today for his 5th birthday. 🧸💙\n\nInstead of presents, he asked his party guests to bring stuffed animals "for the babies who are too small to play yet." He collected 50 of them, and he personally handed each one to a NICU nurse with instructions on which baby it was for ("the one who needs a friend").\n\nWe won\'t share his name — but we will share that five years ago he weighed less than one of those teddy bears.\n\nWe are not crying, you\'re crying. #NICUgrad',
    "anonymous former patient, deliberately not named",
)
p(
    "en",
    "patient_story",
    "Peanut update 🥜: off the vent, tolerating feeds, and already giving the respiratory therapists attitude. Keep the prayers coming, friends! #PrayersForPeanut",
    [("NAME", "Peanut"), ("NAME", "#PrayersForPeanut")],
    note="nickname that is a food word, and a name hashtag",
)
n(
    "en",
    "event",
    "Peanut, Biscuit & Moose — our therapy dog team — are taking the summer off to rest their paws 🐕 Visits resume after Labor Day. Thank you to our amazing Paws for Healing volunteers!",
    "therapy dogs' names; pets are never labelled",
)
p(
    "en",
    "pasted_record",
    "hey can someone on the social team post a get-well for our security guard Luis Ortega? he's a pt on 6N rm 612 after his MVC on Orchard Rd Tuesday. his daughter Ana (ana.ortega22@gmail.com) said the fam is ok with it. thx - Deb in HR",
    [
        ("NAME", "Luis Ortega"),
        ("OTHER_ID", "rm 612"),
        ("GEO", "Orchard Rd"),
        ("NAME", "Ana"),
        ("EMAIL", "ana.ortega22@gmail.com"),
    ],
    note="internal request pasted as a draft; employee who is a patient; Deb is staff",
)
n(
    "en",
    "sponsor",
    "THANK YOU, Harlan Grove Firefighters Local 4127! 🚒❤️\n\nFor three weekends in a row, our firefighters stood at intersections all over town with their boots out, and YOU filled them. The final total from this year's Boot Drive: $18,650 for the Sycamore Valley Foundation's Pediatric Comfort Fund.\n\nThat means:\n🎮 new tablets for kids on 2 West\n🛏️ weighted blankets for kids with anxiety\n🍦 a LOT of popsicles\n\nUnion president Mike Santangelo says they're already planning next year's. Want to give now? svhfoundation.org/comfort",
    "firefighters and their union president as donors; hospital foundation URL",
)
p(
    "en",
    "patient_story",
    'Harlan Grove, you showed UP. 🙌\n\nThe pancake breakfast at Station 3 for firefighter/paramedic Jake "Moose" Lindqvist raised over $9,000 toward his family\'s bills while he recovers from his spinal cord injury. Jake is still with us in the Rehab Institute and got to watch the whole thing on FaceTime.\n\nMoose, your crew flipped 2,100 pancakes for you. Now get back to work on those parallel bars. 💪🥞\n\nStill want to help? Venmo @MooseStrong4127 (run by his brother Erik).',
    [
        ("NAME", 'Jake "Moose" Lindqvist'),
        ("NAME", "Jake", 2),
        ("NAME", "Moose", 2),
        ("OTHER_ID", "@MooseStrong4127"),
        ("NAME", "Erik"),
    ],
    note="community fundraiser for a firefighter who is our patient; payment handle run by his brother",
)
n(
    "en",
    "research",
    "New from our Cardiology team: patients who got a 12-lead ECG from paramedics in the field reached the cath lab 22 minutes faster on average (2019-2023, n=611). Proof that our EMS partners are part of the care team. 🫀 Full abstract at sycamorevalley.org/research",
    "aggregate research result",
)
p(
    "en",
    "patient_story",
    "Awww Grandma Faith is the BEST. Tell her the whole 5th floor says hi and that the pudding cup she hid in her purse is safe with us 🤫🍮",
    [("NAME", "Faith")],
    note="comment-style reply; 'Grandma' is a descriptor and 'Faith' an ordinary word",
)
n(
    "es",
    "recruitment",
    "¿Eres bilingüe y te apasiona ayudar? 🙌 Buscamos intérpretes médicos de español para todos los turnos. Beneficios completos desde el primer día. Aplica en careers.sycamorevalley.org o llama al (630) 555-0175. #Empleos",
    "recruitment with the hospital's own contacts",
)
p(
    "en",
    "discharge",
    'Pictured: River, age 7, ringing our bell after his final radiation treatment on Friday, with his mom Keisha and big sister Nia cheering him on. 🔔🎉 River asked us to tell everyone that he is "officially cancer-done." Go get \'em, River!',
    [("PHOTO", "Pictured"), ("NAME", "River", "*"), ("NAME", "Keisha"), ("NAME", "Nia")],
)
n(
    "en",
    "event",
    "Down by the Fox River this morning, our Cardiac Rehab walking club logged their 1,000th group mile! 🏞️👟\n\nThe club started three years ago with four people and a thermos of decaf. Today there are 38 regulars, ranging from their 40s to their 80s, and they've walked in rain, snow, and one memorable hailstorm.\n\nTheir rules are simple: nobody gets left behind, and whoever's slowest picks the coffee shop afterward. ☕\n\nThe club is open to anyone who's completed cardiac rehab with us. Meets Saturdays 8am at the Riverwalk pavilion. Questions? Call our Wellness Center at 630-555-0193.",
    "'River' is part of a place name, the group is anonymous",
)
p(
    "en",
    "memorial",
    "Our flags fly at half-staff today. 🇺🇸💙🖤\n\nDeputy Sarah Kline of the county sheriff's office died in our care on March 8 after being struck by a car while helping a stranded motorist on the shoulder of the highway. She was 34, a mother of two, and a 9-year veteran of the department.\n\nOur trauma team, ICU nurses and chaplains were with Deputy Kline and her family through every hour of her last four days. Many of them knew her from the countless times she walked patients into our ED.\n\nDeputy Kline, thank you for your service. We have the watch from here.\n\nPlease slow down and move over for flashing lights. 🚨",
    [("NAME", "Sarah Kline"), ("NAME", "Kline", "*"), ("DATE", "March 8")],
    note="honoured as a hero but she was our patient, so labelled",
)
n(
    "en",
    "public_figure",
    '"Look for the helpers." — Fred Rogers 💙 Today and every day, we are grateful for the police officers, firefighters, dispatchers and EMTs of our community. #FirstRespondersDay',
    "quote from a public figure",
)
p(
    "es",
    "patient_story",
    "¡Fuerza, Rocky! 💪 Nuestro pequeño boxeador de 6 años ya salió de terapia intensiva y hoy se comió dos paletas de hielo. Su mamá, Yesenia, dice que ya quiere regresar al kínder. #FuerzaRocky",
    [("NAME", "Rocky"), ("NAME", "Yesenia"), ("NAME", "#FuerzaRocky")],
)

# ---------------------------------------------------------------- batch 2

p(
    "en",
    "birth_announcement",
    "Merry Christmas from the Family Birth Center! 🎄 Our first Christmas Eve baby, Noelle Grace, arrived at 11:52 PM — 8 minutes shy of being a Christmas baby, which her dad Trevor says is 'fine, more presents spread out.' 🎁",
    [("DATE", "Christmas Eve"), ("NAME", "Noelle Grace"), ("NAME", "Trevor")],
    note="holiday birth date; the plain 'Christmas' greeting is not the patient's event",
)
n(
    "en",
    "statistic",
    "We had 3 babies born on Christmas Day this year and 1 on New Year's Day at 12:04 AM 🎆 Congrats to all our new families! #FamilyBirthCenter",
    "counts of births on holidays, no individual",
)
p(
    "en",
    "patient_story",
    'Field trip! 🚌🎶\n\nOur Geriatric Behavioral Health team partnered with the residents of Maple Court Senior Living for a sing-along this week, and we have to give a special shout-out to two of our former patients who stole the show:\n\n🎤 Walt, 93, who played the harmonica with ONE hand because the other one is still healing from his hip surgery with us in April\n🎤 Miss Dorothy, who knew every word of every Sinatra song and told our social worker she "dated a guy who looked just like him in 1951"\n\nWalt and Dorothy, you\'re welcome to come back and sing for the 6th floor any time. 💛',
    [("NAME", "Walt", "*"), ("AGE", "93"), ("DATE", "April"), ("NAME", "Dorothy", "*")],
    note="care-home residents who are former patients; the care home's name is not treated as GEO; bare year 1951 and Sinatra not labelled",
)
n(
    "en",
    "staff_spotlight",
    "Volunteer of the Month: Hope Castellano! 🌸 Hope has given 2,000+ hours at our Information Desk since 2016 and knows the shortest route to every department (even the new tower). If you've ever been lost in our halls, there's a good chance Hope walked you there herself. Thank you, Hope!",
    "volunteer, not a patient, although her name is an ordinary word",
)
p(
    "en",
    "patient_story",
    "Hope rang the bell today. 🔔\n\nFourteen months ago, our Hope came to us with a diagnosis no 7-year-old should ever hear. Since then she's had 41 chemo infusions, 3 surgeries, more pokes than she can count (she tried — she got to 300 and gave up), and exactly zero days without a sparkly headband.\n\nThis morning she rang the bell in our Cancer Center lobby so hard her mom had to hold the rope steady. She is officially in remission. 💛\n\nWe honestly don't know a better name for a kid who never once gave up.\n\n#HopeWins",
    [("NAME", "Hope", "*"), ("NAME", "#HopeWins")],
    note="ordinary-word name at the start; the pun hashtag contains her name, so it is a NAME span",
)
n(
    "es",
    "health_tip",
    "🚒 Semana de Prevención de Incendios: revise las alarmas de humo de su casa hoy mismo. Cambie las pilas dos veces al año y tenga un plan de escape con sus hijos. Nuestro departamento de Educación Comunitaria instala alarmas GRATIS junto con los bomberos: llame al 630-555-0193 para apuntarse.",
    "fire-safety tip with the hospital's phone",
)
p(
    "es",
    "pasted_record",
    "BORRADOR (no publicar aún) — Paciente: Gómez Herrera, Maricela. F. nac.: 03/09/1958. Núm. de expediente: 20-551-873. Hab. 407. Ingreso: 12 de enero. Contacto: su hijo Rubén, tel. (331) 555-7420. La familia quiere dar las gracias a Urgencias.",
    [
        ("NAME", "Gómez Herrera, Maricela"),
        ("DATE", "03/09/1958"),
        ("MRN", "20-551-873"),
        ("OTHER_ID", "Hab. 407"),
        ("DATE", "12 de enero"),
        ("NAME", "Rubén"),
        ("PHONE", "(331) 555-7420"),
    ],
)
n(
    "en",
    "hospital_contact",
    "Hey Harlan Grove! 👋 Our new Outpatient Pavilion parking garage opens Monday at 415 Commerce Drive. Free for patients & visitors, 400+ spots, EV chargers on level 2. 🚗⚡",
    "the hospital's own address",
)
p(
    "en",
    "thank_you",
    'Shared with permission from Tamara Brooks 💙\n\n"On August 17th my husband Dale had a heart attack in his squad car at the end of a double shift. His partner Officer Nguyen did CPR until the ambulance got there, and your cath lab team had his artery open in under an hour.\n\nDale is home now, annoyed that he can\'t have bacon, and alive. ALIVE. To the ED nurses, Dr. Farouk, the cath lab, and especially Jess on 3 South who let me cry on her shoulder at 4 in the morning — thank you for giving our boys their dad back."\n\nTamara, thank YOU for letting us share. Sgt. Brooks, stay off the bacon. 🥓🚫',
    [
        ("NAME", "Tamara Brooks"),
        ("NAME", "Tamara", 2),
        ("DATE", "August 17th"),
        ("NAME", "Dale", "*"),
        ("NAME", "Brooks", 2),
    ],
    note="wife's thank-you for a police sergeant who was the patient; his partner (the CPR hero), the doctor and the nurse are not labelled",
)
n(
    "en",
    "anonymous_story",
    "Join us in congratulating Officer Linh Nguyen of Harlan Grove PD, who received the department's Lifesaving Award last night for performing CPR on a fellow officer until paramedics arrived. 🏅 Officer Nguyen is also an instructor in our community CPR classes! Sign up: 630-555-0193",
    "the honoured officer is the rescuer; the patient is an unnamed 'fellow officer'",
)
p(
    "en",
    "patient_story",
    "omg journey!!! look at you walking the halls w/ your IV pole like a runway model 💅 the 2 west crew is obsessed. see you at clinic on the 28th, girl",
    [("NAME", "journey"), ("DATE", "28th")],
    note="lower-case ordinary-word name; follow-up appointment date",
)
n(
    "en",
    "event",
    "life is a journey, not a race 🏃‍♀️ but our Turkey Trot 5K IS a race!! Nov 28, 8am, starts at the main campus. proceeds to the Pediatric Comfort Fund. register: svhfoundation.org/trot",
    "'journey' is an ordinary word; event date",
)
p(
    "en",
    "memorial",
    "In loving memory of Coach Bill Sorensen 🏀\n\nFor 38 years Coach Sorensen ran the boys' basketball program at Harlan Grove North. When he came to us for his cancer care, the nurses in our infusion center quickly learned two things: he'd always ask about THEIR kids first, and he would not stop drawing plays on the whiteboard.\n\nBill passed away on May 30. His family has set up the Coach Sorensen Memorial Scholarship in his name, and has asked that in lieu of flowers, gifts be made to our Cancer Center's patient assistance fund.\n\nThank you, Coach. 🏀💙",
    [
        ("NAME", "Bill Sorensen"),
        ("NAME", "Sorensen", "*"),
        ("NAME", "Bill", "*"),
        ("DATE", "May 30"),
    ],
    note="coach introduced by his job who was our patient; the memorial scholarship is named after the patient, so his name is labelled there too",
)
n(
    "en",
    "sponsor",
    'Big news for the littlest patients in our community! 🏗️💛\n\nThanks to a $2 million gift from the Albrecht Family Foundation, construction starts this spring on the Albrecht Pediatric Emergency Department — a 14-bed ED designed just for kids, with smaller equipment, a separate waiting room and a LOT fewer scary noises.\n\nRuth Albrecht, a retired pediatrician and the foundation\'s chair, told us: "Kids deserve an ER built for kids. I spent 40 years wishing we had one."\n\nThe new department is scheduled to open in summer 2026. Thank you, Albrecht family! 💙',
    "donor family naming a building",
)
p(
    "en",
    "patient_story",
    "Officer Tom Garrity and his K9 partner Rocky are a team on and off duty — so when Tom was admitted to our ICU after being injured during an arrest on the 2nd, Rocky wouldn't stop whining at the door of the squad car. 🐕‍🦺\n\nWith special permission from our infection prevention team (and a LOT of lint rollers), Rocky got a supervised visit in the courtyard yesterday. Tom's wife Amanda said it's the first time she's seen him smile since the accident.\n\nHeal up, Officer Garrity. Your partner is waiting. 💙",
    [
        ("NAME", "Tom Garrity"),
        ("NAME", "Tom", "*"),
        ("NAME", "Garrity", 2),
        ("DATE", "2nd"),
        ("NAME", "Amanda"),
    ],
    note="police officer patient; his K9 Rocky is a dog and not labelled",
)
n(
    "es",
    "event",
    "🚑 ¡Conozca a nuestros héroes! El sábado 5 de octubre, de 10 a 2, los paramédicos y bomberos de la zona estarán en el estacionamiento norte del hospital con ambulancias, camiones de bomberos y un helicóptero. Habrá pintacaritas y hot dogs gratis. 🌭🚒",
    "event date; first responders as a group",
)
p(
    "en",
    "patient_story",
    "Sarge is back!!! 🫡\n\nIf you've parked in our visitor garage in the last decade, you know Sarge — our favorite parking lot attendant, Vietnam vet, and self-appointed enforcer of the \"no parking in the fire lane\" rule.\n\nSix weeks ago, Sarge had triple bypass surgery with our cardiothoracic team. The whole parking staff signed a get-well card the size of a windshield.\n\nHe's home now, and he's already texting his coworkers about who's parking in the wrong spots. We missed you, Sarge. The fire lane missed you too. 🚗",
    [("NAME", "Sarge", "*")],
    note="employee who was a patient, known only by a rank-like nickname used as his name",
)
n(
    "en",
    "sponsor",
    "Shout-out to Sgt. Maria Delacroix and the Harlan Grove PD for escorting our 4th annual Blood Drive donors across Route 59 all morning 🩸🚓 Sarge, you're a legend. 582 units collected!",
    "police sergeant honoured for helping an event; 'Sarge' is her rank used as address; donors are not patients",
)
p(
    "en",
    "patient_story",
    "So many of you have asked how to help Coach Andre Whitley's family while he recovers from the car accident on Wexford Rd. His wife Simone set up a fundraiser: gofundme.com/f/whitley-family-strong 💙 (We don't usually share these, but Coach has taught half the kids in Harlan Grove to swim.)",
    [
        ("NAME", "Andre Whitley"),
        ("GEO", "Wexford Rd"),
        ("NAME", "Simone"),
        ("URL", "gofundme.com/f/whitley-family-strong"),
    ],
    note="community fundraiser for a coach who is the patient; 'Coach' alone is a title",
)
n(
    "en",
    "sponsor",
    "The Harlan Grove Swim Club's annual Swim-a-thon raised $6,200 for our Pediatric Rehab gym! 🏊 Thank you to Coach Andrea Mills and her 140 swimmers who logged a combined 1,900 laps. You make waves. 🌊",
    "coach and swimmers as donors",
)
p(
    "es",
    "discharge",
    '¡Nuestro bombero favorito se va a casa! 🚒\n\nEl bombero Javier "Javi" Montoya, de la estación de Ostrander, pasó 19 días en nuestra Unidad de Quemados después del incendio del 3 de marzo en la calle Elm. Hoy salió por la puerta principal con su esposa Carmen y sus gemelas, y sus compañeros lo recibieron con las sirenas prendidas. 🚨\n\nJavi, gracias por cuidar a nuestra comunidad. Ahora te toca descansar. 💙',
    [
        ("NAME", 'Javier "Javi" Montoya'),
        ("NAME", "Javi", 2),
        ("DATE", "3 de marzo"),
        ("GEO", "calle Elm"),
        ("NAME", "Carmen"),
    ],
    note="firefighter patient; the street of the fire where he was hurt is GEO",
)
n(
    "es",
    "statistic",
    "En 2023, nuestros paramédicos y los equipos de Urgencias atendieron a más de 300 bomberos y policías lesionados en servicio. Gracias por cuidarnos; nosotros los cuidamos a ustedes. 💙 #HéroesDeHarlanGrove",
    "aggregate count of injured first responders",
)
p(
    "en",
    "pasted_record",
    "Internal – Patient Experience: caller wants to thank ICU for her mother's care; OK to post a thank-you w/o diagnosis. Pt: Bernadette Kowalski, DOB 1/2/45, acct# 7734-22, BCBS IL member ID XOF884120337. Daughter Lisa Kowalski-Ruiz, lisakr@yahoo.com, +1 630 555 8834.",
    [
        ("NAME", "Bernadette Kowalski"),
        ("DATE", "1/2/45"),
        ("ACCOUNT", "7734-22"),
        ("HEALTH_PLAN", "XOF884120337"),
        ("NAME", "Lisa Kowalski-Ruiz"),
        ("EMAIL", "lisakr@yahoo.com"),
        ("PHONE", "+1 630 555 8834"),
    ],
)
n(
    "en",
    "statistic",
    "PSA from our ED: those e-scooters are fun until they aren't. 🛴 We've treated 41 scooter injuries since June — wrists, collarbones, and a few concussions. Helmets, people!! #HeadsUpHarlanGrove",
    "aggregate count",
)
p(
    "en",
    "milestone_birthday",
    "Fireworks AND birthday cake on 5 South today! 🇺🇸🎂 Mr. Clarence Odom turns 102 — born on the 4th of July (he'll tell you the fireworks have always been for him). Clarence served as a medic in WWII and is recovering from a hip replacement with us this week. Happy 102nd, Mr. Odom! 🎆",
    [
        ("NAME", "Clarence Odom"),
        ("NAME", "Clarence", 2),
        ("NAME", "Odom", 2),
        ("AGE", "102"),
        ("AGE", "102nd"),
        ("DATE", "4th of July"),
    ],
)
n(
    "en",
    "public_figure",
    'On this Veterans Day, we remember Clara Barton. 🇺🇸\n\nDuring the Civil War, Barton carried supplies to the front lines and nursed wounded soldiers on the battlefield — earning the nickname "Angel of the Battlefield." In 1881 she founded the American Red Cross, which still shows up in every disaster our community faces.\n\nToday, 212 veterans work at Sycamore Valley Hospital as nurses, techs, security officers, engineers and doctors. To each of them, and to every veteran who has ever walked through our doors: thank you for your service. 💙\n\n#VeteransDay',
    "historical figure and her nickname; staff as a count",
)
p(
    "en",
    "patient_story",
    "Tell Bear we said congrats on the new cast color 😂💚 Lime green is a bold choice. See you at ortho follow-up, big guy!",
    [("NAME", "Bear")],
    note="comment reply; nickname that is an animal word",
)
n(
    "en",
    "hospital_contact",
    "Bear with us! 🐻 Our online bill pay is down for maintenance tonight 11pm-2am. Need help? Billing: 630-555-0186 (M-F 8-5).",
    "'Bear' is a verb; hospital phone",
)
p(
    "es",
    "thank_you",
    "Gracias, familia Treviño, por los tamales que le trajeron al turno de noche 🫔❤️ Nos alegra mucho que don Ernesto ya esté en casa. ¡Saludos a todos en Aurora!",
    [("NAME", "Treviño"), ("NAME", "Ernesto"), ("GEO", "Aurora")],
    note="family's home town, which is also a first name",
)
n(
    "en",
    "eponymous_condition",
    "Graves' disease, Hashimoto's, and everything in between — our Endocrinology clinic is now seeing new patients at the Outpatient Pavilion, 415 Commerce Drive. Dr. Priya Raman joins us from Rush. Appointments: (630) 555-0100 🦋 #ThyroidAwarenessMonth",
    "eponymous conditions, a new doctor and the hospital's contacts",
)
p(
    "en",
    "patient_story",
    "We need to talk about Ms. Patterson. 🍎\n\nLast Tuesday, one of her kindergartners — 5-year-old Kai — started choking on a grape at snack time. Ms. Patterson did the Heimlich, called 911, and rode with him in the ambulance holding his hand because his mom Leilani couldn't get there fast enough from work.\n\nKai spent one night with us for observation and went home the next morning with a sticker and a new favorite person. His family asked us to say thank you publicly, so: THANK YOU, Ms. Patterson. 🦸\u200d♀️\n\nParents: grapes, hot dogs and popcorn are top choking hazards for little ones. Cut grapes lengthwise!",
    [("NAME", "Kai", "*"), ("NAME", "Leilani")],
    note="the teacher-hero is named but not labelled; the child patient and his mother are",
)
n(
    "en",
    "anonymous_story",
    "A kindergarten teacher in Harlan Grove saved a life this week with the Heimlich maneuver. 🙌 Want to learn it yourself? Our free Family First Aid class is Sat. Oct 12, 9am. Register: sycamorevalley.org/classes",
    "anonymous rescue; class date",
)
p(
    "en",
    "pasted_record",
    "FYI for social — family of the pt in ED bay 9 (Dominic Rossi, DOB 02/14/2001) is asking us to NOT share anything. Also his truck (silver F-150, IL plate CK 48213) is still in the ambulance lane, security says towing at 6. Please don't post pics of the lot.",
    [
        ("OTHER_ID", "bay 9"),
        ("NAME", "Dominic Rossi"),
        ("DATE", "02/14/2001"),
        ("VEHICLE", "CK 48213"),
    ],
    note="internal note pasted into a draft; ED bay treated like a bed number",
)
n(
    "en",
    "crisis_update",
    "⚠️ WEATHER UPDATE: Due to the tornado warning, all outpatient appointments at our Wexford Junction Immediate Care (88 Depot Street) are cancelled this afternoon. The main hospital ED remains open. Patients will be called to reschedule, or call (630) 555-0114.",
    "hospital's own clinic address and phone",
)
p(
    "en",
    "thank_you",
    'The new rocking chairs in our NICU have a story. 🪑💙\n\nThey\'re a gift from Dan & Priya Mehta, whose twins spent 61 days with us in 2021. Priya says she remembers the chair more than almost anything else from those two months: "It squeaked. Every time I rocked them, it squeaked, and I was terrified I\'d wake up every baby in the room."\n\nThis week, Dan and Priya delivered eight brand-new, whisper-quiet gliders — and their twins, now 3, supervised the unboxing.\n\n"We rocked them in a borrowed chair for two months," Dan said. "We wanted the next parents to have a better one." 💕',
    [("NAME", "Priya Mehta"), ("NAME", "Priya", "*"), ("NAME", "Dan", "*")],
    note="donors introduced as the parents of patients, so they are labelled",
)
n(
    "en",
    "sponsor",
    "Thank you to Harlan Grove Rotary for the 12 new rocking chairs in our Family Birth Center! 🪑💕\n\nRotary president Dan Whitaker and his team of volunteers assembled all 12 on a Saturday morning — with only one leftover screw, which we've decided not to think about. 😅\n\nThe chairs are the same glider model our NICU parents voted for last year: wide arms, a footrest, and a smooth, quiet rock that won't wake a sleeping baby.\n\nNow THAT's service above self. Thank you, Rotarians!",
    "donors, not relatives of patients",
)
p(
    "es",
    "milestone_birthday",
    "¡Cien años de vida! 🎉🌸\n\nHoy visitamos la residencia Casa Guadalupe para celebrar a doña Herminia, que estuvo con nosotros en el verano después de una fractura de cadera y ahora cumple 100 años. Llegó a la fiesta caminando con su andadera, con un vestido rosa y sus aretes de oro.\n\nSu nieta Paola le organizó una fiesta con mariachi, pastel de tres leches y más de 40 familiares. Nuestras enfermeras del 5 Sur le llevaron una tarjeta firmada por todo el equipo.\n\n¡Felicidades, doña Herminia! Que Dios le dé muchos años más. 💐",
    [("AGE", "Cien"), ("NAME", "Herminia", "*"), ("AGE", "100"), ("NAME", "Paola")],
    note="care-home resident and former patient; the age is written both as a word and as a number; the residence name is not GEO",
)
n(
    "en",
    "staff_spotlight",
    "Meet Coach Dee! 🏋️ Deanna Cho leads our cardiac rehab classes and was a D1 volleyball coach for 12 years before that. Her motto: 'Nobody sits on the bench in my gym.' #StaffSpotlight",
    "staff member introduced as 'Coach'",
)
p(
    "en",
    "birth_announcement",
    "Some kids grow into their names. This one's name came with a mission. 💙\n\nWhen Chance was born at 24 weeks last winter, one of our neonatologists told his parents he'd \"need every chance we can give him.\" They took it literally. Two hundred and three days later, Chance Alvarado-Kim is home in Naperville, eating everything in sight and terrorizing the family cat.\n\nHis parents, Rosa and Jin, came back this week to drop off 40 handmade preemie hats for the babies still fighting. Chance supervised. 🧢\n\n#NICUgrad #PreemiePower",
    [
        ("NAME", "Chance Alvarado-Kim"),
        ("NAME", "Chance", "*"),
        ("GEO", "Naperville"),
        ("NAME", "Rosa"),
        ("NAME", "Jin"),
    ],
    note="ordinary-word name next to the lower-case word 'chance'",
)
n(
    "en",
    "recruitment",
    "Any chance you've got 2 hours a month? 🙋 Our Cuddler program needs volunteers to hold & rock NICU babies. Background check + training required. Call Volunteer Services: (630) 555-0148",
    "volunteer recruitment",
)
p(
    "en",
    "patient_story",
    "Chief Harmon, the whole ED is cheering for you. 💪🚒\n\nFor those who haven't heard: Wexford Junction's fire chief was admitted to our hospital this weekend, and his family has given us the OK to send a public get-well.\n\nChief, your guys have been by every single shift to check on you. Tell them to stop bringing donuts — we can't fit in our scrubs anymore. 🍩😂 And tell your wife Denise that the nurses on 5 North have officially adopted her.\n\nGet well soon. The firehouse isn't the same without you.",
    [("NAME", "Harmon"), ("NAME", "Denise")],
    note="fire chief addressed by his title who is the patient; the town in his job description is not GEO",
)
n(
    "en",
    "staff_spotlight",
    "Volunteer Spotlight 🚒☕\n\nRetired Harlan Grove Fire Chief Ed Kaminski has volunteered at our Emergency Department front desk every Thursday for 10 years. This week he hit 2,000 hours.\n\nChief Kaminski spent 33 years on the fire department, and he says the ED desk is \"the same job with less smoke.\" He greets every family who walks in, knows where every restroom and vending machine is, and has been known to walk nervous parents all the way back to their child's room.\n\nChief, the coffee's on us — for the next 2,000 hours too. ☕ #VolunteerSpotlight",
    "retired fire chief who is a volunteer",
)
p(
    "en",
    "discharge",
    "Welcome home, little man! 🏠 Sending the biggest hugs from the NICU night crew. Follow his journey at @thelittlestlindgren 💙",
    [("OTHER_ID", "@thelittlestlindgren")],
    note="the family's handle is the only identifier",
)
n(
    "en",
    "campaign_hashtag",
    "Follow @SVHFoundation for this year's #GivingTuesday match! Every $1 you give on Dec 3 is doubled up to $50,000 for our Pediatric Comfort Fund 💙 #SycamoreStrong",
    "hospital's own handle, campaign hashtags, campaign date",
)
p(
    "en",
    "discharge",
    "Justice is served… a cheeseburger. 🍔\n\nThat's what 16-year-old Justice asked for the minute her trauma surgeon cleared her to eat after eleven days on 4 North. Justice was hit by a car while crossing Ogden Avenue on her way to cross-country practice on September 9th, and her team hasn't missed a day of visiting since.\n\nToday she went home with her mom, Tanisha, a walking boot, and a double cheeseburger from the cafeteria grill (thanks, Luis!).\n\nRun fast, Justice. Look both ways. 💜",
    [
        ("NAME", "Justice", "*"),
        ("GEO", "Ogden Avenue"),
        ("DATE", "September 9th"),
        ("NAME", "Tanisha"),
    ],
    note="ordinary-word name in a pun at the start; Luis is cafeteria staff",
)
n(
    "en",
    "event",
    "Thank you to Judge Elena Marquez and the Harlan Grove County Courthouse staff for hosting our Stop the Bleed training this week! 🩸 40 courthouse employees can now pack a wound and apply a tourniquet. Justice AND first aid. ⚖️",
    "public official and trainees; 'Justice' is an ordinary word",
)
p(
    "en",
    "milestone_birthday",
    "pls add to the 'thank you wall' post: pt id 88124 - Mrs. Hollings (room 330) wants to thank Nurse Ana & Nurse Rick for the best birthday of her life on the 19th. she's 91 🎂",
    [
        ("MRN", "88124"),
        ("NAME", "Hollings"),
        ("OTHER_ID", "room 330"),
        ("DATE", "19th"),
        ("AGE", "91"),
    ],
    note="pasted internal note; 'pt id' treated as a medical record number; the nurses are staff",
)
n(
    "en",
    "recruitment",
    "Nurse Ana, Nurse Rick, Nurse Jo… our 5 South team is the BEST and we want you on it. 💙 Hiring RNs, nights, $15K sign-on bonus. Apply: careers.sycamorevalley.org #NowHiring",
    "staff names in recruitment",
)
p(
    "es",
    "discharge",
    "Sol ya está en casa ☀️ Después de 9 días en pediatría por neumonía, nuestra pequeña Sol se fue hoy con su abuelita Chela. ¡Que brille mucho, Sol! #SolBrilla",
    [("NAME", "Sol", "*"), ("NAME", "Chela"), ("NAME", "#SolBrilla")],
    note="name that means 'sun'; name hashtag",
)
n(
    "es",
    "event",
    "¡Día de sol y de salud! ☀️ Acompáñenos a la caminata 'Pasos por tu Corazón' el domingo 22 de septiembre, 8 a. m., parque Riverwalk. Inscripción gratuita: sycamorevalley.org/pasos",
    "'sol' is an ordinary word; event date",
)

# ---------------------------------------------------------------- batch 3

p(
    "en",
    "birth_announcement",
    "Congrats to Archer, our very first Pi Day baby of the year! 🥧 Born 3/14 at 3:14 PM (we are NOT making this up) weighing 7 lb 1 oz. Mom Kendra says he's already irrational. 😂 #PiDay",
    [("NAME", "Archer"), ("DATE", "Pi Day"), ("DATE", "3/14"), ("NAME", "Kendra")],
    note="the birth date is named twice (holiday and numeric); the time of birth is not a date element",
)
n(
    "en",
    "statistic",
    "Happy Pi Day! 🥧 Fun fact: our Family Birth Center has welcomed 3,141 babies since the new wing opened. Coincidence? Yes. But we'll take it.",
    "awareness day and an aggregate count",
)
p(
    "en",
    "patient_story",
    "Some of you may have seen the ambulance rollover on Highway 30 Wednesday night. We can now share — with his family's blessing — that one of the crew members injured was our friend and longtime partner, EMT Brandon Tate of Wexford Junction Fire.\n\nBrandon has brought hundreds (thousands?) of patients through our ambulance bay over the years. This week, the roles were reversed, and our trauma team got to take care of HIM for a change. He's stable, he's cracking jokes, and he has already asked when he can get back on the truck.\n\nHis fiancée, Alexis, asked us to pass along: \"Please keep the notes and cards coming — he reads every one. No more casseroles, though. We're good on casseroles.\" 😂\n\nCards can be dropped at our Main Entrance front desk. 💙🚑",
    [
        ("GEO", "Highway 30"),
        ("NAME", "Brandon Tate"),
        ("NAME", "Brandon", 2),
        ("NAME", "Alexis"),
    ],
    note="EMT introduced by his job who is the patient; the crash road is GEO; the agency is not",
)
n(
    "en",
    "public_figure",
    "Congratulations to Paramedic Lt. Keisha Monroe of Ostrander Fire, named Illinois EMS Provider of the Year! 🏅🚑\n\nIn 2023, Lt. Monroe ran more than 1,100 calls, trained 60 new EMTs, and helped launch Ostrander's community paramedic program, which checks in on older residents after they go home from the hospital.\n\nOur ED nurses voted unanimously that she gives the best handoff report in the county — clear, calm and always with the exact time of the last dose. 😄\n\nKeisha, we're so proud to work alongside you. #EMSWeek",
    "paramedic honoured as a hero; not a patient",
)
p(
    "es",
    "thank_you",
    'Compartimos esta carta de la familia Morales Cruz, con su permiso 💌\n\n"Queridos doctores y enfermeras de la Unidad de Cuidados Intensivos: Nuestro papá, don Aurelio, llegó el 14 de marzo muy grave por un derrame cerebral. Ustedes nos explicaron todo en español, nos dejaron rezar junto a su cama, y nunca nos apuraron. Papá falleció el 2 de abril, pero se fue tranquilo y acompañado. Nunca olvidaremos a la enfermera Rosa ni al Dr. Ibáñez."\n\nCon cariño, Lety, Memo y Araceli\n\nQue en paz descanse don Aurelio. 🕊️',
    [
        ("NAME", "Morales Cruz"),
        ("NAME", "Aurelio", "*"),
        ("DATE", "14 de marzo"),
        ("DATE", "2 de abril"),
        ("NAME", "Lety"),
        ("NAME", "Memo"),
        ("NAME", "Araceli"),
    ],
    note="family letter; the nurse and doctor thanked are staff",
)
n(
    "es",
    "research",
    "📊 Nuevo estudio: los pacientes que recibieron educación sobre diabetes en español en nuestra clínica bajaron su A1c un promedio de 1.2 puntos en 6 meses (n=284). ¡Gracias a nuestras educadoras bilingües! Más información: sycamorevalley.org/investigacion",
    "aggregate research result",
)
p(
    "en",
    "milestone_birthday",
    "lil dusty is 1 today!!! 🎂 a year ago this guy was the tiniest thing in our nicu and now look at him. happy birthday dusty, from all your nicu aunties 💙",
    [("NAME", "dusty", "*")],
    note="lower-case nickname; 'today' and 'a year ago' are relative expressions",
)
n(
    "en",
    "event",
    "dusty old textbooks? 📚 donate them to our Nursing Education library drive, all month at the Main Entrance. Anatomy, pharm, NCLEX prep — we'll take it all!",
    "'dusty' is an adjective",
)
p(
    "en",
    "pasted_record",
    "For the 'Heroes in Scrubs' post — DO NOT use pt info below, just for Marketing to call the family:\nPatient: Hunter Bryce Callahan, 17 y/o, MRN 00-448-120, Rm 5W-22\nFather: Patrick Callahan, work 612.555.8834 ext 4\nMother: Colleen, colleen.callahan@outlook.com\nAdmit date: 14 March",
    [
        ("NAME", "Hunter Bryce Callahan"),
        ("MRN", "00-448-120"),
        ("OTHER_ID", "Rm 5W-22"),
        ("NAME", "Patrick Callahan"),
        ("PHONE", "612.555.8834 ext 4"),
        ("NAME", "Colleen"),
        ("EMAIL", "colleen.callahan@outlook.com"),
        ("DATE", "14 March"),
    ],
)
n(
    "en",
    "staff_spotlight",
    "Meet Tyler! 💙 Tyler has worked in our Environmental Services department for six years, and he's the reason the 3rd floor nurses' station always smells like lemons. 🍋 This World Down Syndrome Day (3/21), Tyler wants you to know: 'I love my job and my job loves me.' We sure do, Tyler. #WDSD #LotsOfSocks",
    "employee with Down syndrome, not a patient; awareness-day date",
)
p(
    "en",
    "memorial",
    "3 years ago this week we said goodbye to a little girl with a big laugh. 💗 Since then, her parents, Mark and Jenny Sato, have raised more than $60,000 for our pediatric unit through #LilysLegacy — this year's gift is a brand-new sensory room. We think Lily would have loved the bubble wall most of all. 🫧",
    [("NAME", "Mark"), ("NAME", "Jenny Sato"), ("NAME", "#LilysLegacy"), ("NAME", "Lily")],
    note="memorial fundraiser by the parents of a former patient; donors who are relatives are labelled",
)
n(
    "en",
    "sponsor",
    "Our new sensory room is open! 🫧 Thank you to Harlan Grove Rotary, Wexford Junction Lions Club, and the employees of Brennan Logistics, whose donations covered the bubble wall, light panels and weighted lap pads. Come see it on 2 West!",
    "donor organisations",
)
p(
    "en",
    "patient_story",
    "Mr. C in room 418 wanted us to post this: 'The food here is better than my wife's. Don't tell her.' 🤐 Sorry Mr. C, it's on the internet now. 😂",
    [("NAME", "C", "*"), ("OTHER_ID", "room 418")],
    note="single-letter initial used as the patient's name",
)
n(
    "en",
    "event",
    "C is for Coffee, and Coffee is for Caregivers ☕ Free coffee cart for family caregivers every Friday 2-4pm in the Main Lobby, courtesy of our Auxiliary volunteers.",
    "the letter C is not an initial of anyone",
)
p(
    "en",
    "patient_story",
    "If you've driven past Jefferson Middle School at 7:45 AM any time in the last 22 years, you know Miss Bea. 🦺\n\nBeatrice \"Bea\" Lockhart has been the crossing guard at the corner of Jefferson and 5th since before some of our nurses were born. Last month she was hit by a driver who ran the stop sign, and she's been with us on 4 North ever since.\n\nThe Jefferson kids have sent 600+ cards. SIX HUNDRED. Our unit clerk had to get a second bulletin board.\n\nMiss Bea goes home this week, and she says she'll be back in her vest by spring. The kids say they'll wait. 💛",
    [
        ("NAME", 'Beatrice "Bea" Lockhart'),
        ("NAME", "Bea", "*"),
        ("GEO", "Jefferson and 5th"),
    ],
    note="crossing guard introduced by her job who is the patient; the intersection where she was hit is GEO, the school is not",
)
n(
    "en",
    "anonymous_story",
    "Crossing guard appreciation day! 🦺💛\n\nShout-out to Mr. Frank Delgado at Lincoln Elementary, who spotted a toddler wandering toward Route 59 last week and scooped him up before anything happened. The little guy had slipped out of a neighbor's house during nap time — nobody was hurt, and he was back with his family within minutes.\n\nFrank has worked that corner for 11 years and says it's the first time he's ever had to run. \"I'm 71,\" he told us. \"I didn't know I still could.\"\n\nFrank, you're a hero. Parents: childproof those door locks and check the latches on your screen doors! #SafeKids",
    "the crossing guard is the hero; the toddler is anonymous and was not a patient",
)
p(
    "es",
    "birth_announcement",
    "¡Felicidades a Milagros y a su mamá Rocío! 👶💕 Milagros nació el Día de las Madres y ya está lista para irse a casa. ¡Qué mejor regalo!",
    [("NAME", "Milagros", "*"), ("NAME", "Rocío"), ("DATE", "Día de las Madres")],
    note="name that means 'miracles'; birth on a named holiday",
)
n(
    "es",
    "statistic",
    "Los milagros existen, pero el cinturón de seguridad también 🚗 El 90% de los niños que atendemos después de un choque iban sin silla de auto adecuada. Revise la suya GRATIS: 630-555-0193.",
    "'milagros' is an ordinary word; aggregate percentage",
)
p(
    "en",
    "patient_story",
    "So proud of our girl Ivy ❤️ Spotted her in the hallway today doing laps with PT — 8 days post-op and already faster than our charge nurse. Go Ivy!!",
    [("NAME", "Ivy", "*")],
)
n(
    "en",
    "health_tip",
    "Leaves of three, let it be! 🍃 Poison ivy rashes are up in our Immediate Care clinics this month. Wash skin within 30 min of contact & see us if it's near your eyes. Wexford Junction Immediate Care: 630-555-0114.",
    "'ivy' is a plant; hospital phone",
)
p(
    "en",
    "patient_story",
    "Meet the 15-year-old who turned her chemo into a CAUSE. 🧦\n\nWhen Maddie Kowal was diagnosed with Hodgkin lymphoma last fall, the thing she hated most (besides the nausea) was how cold her feet got in the infusion chairs. So she started #MaddiesSocks — and this week she and her friends from Harlan Grove High delivered 1,200 pairs of fuzzy socks to our Cancer Center. 🎁\n\nMaddie finished treatment in January and her scans are clear. She says she's not stopping at 1,200. We believe her.\n\nWant to donate? Drop new socks at 415 Commerce Drive, Suite 100.",
    [
        ("NAME", "Maddie Kowal"),
        ("NAME", "Maddie", 2),
        ("NAME", "#MaddiesSocks"),
        ("DATE", "January"),
    ],
    note="patient-run fundraiser; Hodgkin is an eponym; the drop-off address is the hospital's",
)
n(
    "en",
    "research",
    "Our Cancer Center is now enrolling adults with relapsed or refractory Hodgkin lymphoma in a Phase II immunotherapy trial. 🔬 Thomas Hodgkin first described the disease in 1832 — nearly 200 years later, we're still learning. Ask your oncologist or call 630-555-0100.",
    "eponymous condition, historical figure, research enrolment",
)
p(
    "en",
    "birth_announcement",
    "Sending so much love to you, Brittany! 💕 So glad your scheduled C-section went smoothly this morning. Tell that handsome new guy his Birth Center fan club says hi!",
    [("NAME", "Brittany")],
    note="comment reply to the mother, who is herself the patient",
)
n(
    "en",
    "staff_spotlight",
    'Brittany from our Billing team just ran her first marathon — 26.2 miles in 4:12! 🏃‍♀️🏅\n\nShe trained for 18 weeks on her lunch breaks, doing laps around the Outpatient Pavilion parking lot (the security team started timing her). On race day, her coworkers from Patient Financial Services lined up at mile 20 with a sign that said "YOUR BALANCE IS $0 — KEEP GOING!" 😂\n\nCongrats, Brittany! Now please sit down for at least a week.',
    "employee's personal achievement",
)
p(
    "en",
    "patient_story",
    "Night shift lit up the 3rd floor windows blue tonight for our favorite Harlan Grove football lineman. Keep fighting, big man. 💙🏈 #PrayForTank",
    [("NAME", "#PrayForTank")],
    note="the patient appears only in a nickname hashtag",
)
n(
    "en",
    "health_tip",
    "Fill up the tank ⛽ before winter storms hit! Our ED sees carbon monoxide poisoning every year from people running cars in closed garages. Never warm up a car in the garage. #WinterSafety",
    "'tank' is an ordinary word",
)
p(
    "en",
    "pasted_record",
    "Pasting from the intake form so Comms has the right spelling — pt ELLISON, MARGARET A., SSN 318-44-9021, DOB 09/30/1937, lives at 1422 Birchwood Ln, Downers Grove 60515. Daughter (POA) Karen Ellison-Webb 630-555-2741. She's the one who wrote the lovely letter about 5 South!",
    [
        ("NAME", "ELLISON, MARGARET A."),
        ("SSN", "318-44-9021"),
        ("DATE", "09/30/1937"),
        ("GEO", "1422 Birchwood Ln"),
        ("GEO", "Downers Grove"),
        ("GEO", "60515"),
        ("NAME", "Karen Ellison-Webb"),
        ("PHONE", "630-555-2741"),
    ],
)
n(
    "en",
    "hospital_contact",
    "Want to send a card to someone staying with us? 💌 Mail it to: Sycamore Valley Hospital, Attn: Patient Mail, 2200 Sycamore Valley Parkway, Harlan Grove, IL 60587. Include the patient's full name & room number if you know it, and our volunteers will deliver it!",
    "the hospital's own mailing address; patients mentioned in general",
)
p(
    "en",
    "discharge",
    "Storm's coming... home! ⛈️➡️🏠\n\nWe've been waiting MONTHS to post this one. Storm Jackson, 11, has been with our pediatric team on and off since his heart transplant in October, and this morning he finally got the all-clear to go home to Bolingbrook for good.\n\nStorm's dad, Marcus, told us the first thing on the list is \"pizza, Xbox, and sleeping in my own bed without anyone checking my vitals at 4 a.m.\" Fair enough, Storm. Fair enough. 😂\n\nThank you to our partners at Lurie Children's for the transplant care, and to every nurse who ever lost to Storm at Mario Kart. 🏎️💙",
    [
        ("NAME", "Storm Jackson"),
        ("NAME", "Storm", "*"),
        ("DATE", "October"),
        ("GEO", "Bolingbrook"),
        ("NAME", "Marcus"),
    ],
    note="ordinary-word name that opens the post as a weather pun",
)
n(
    "en",
    "crisis_update",
    "⛈️ Storm update, 6:15 PM: Sycamore Valley Hospital is running on generator power after the storm knocked out power lines along Sycamore Valley Parkway. All patient care areas are unaffected. Please avoid non-emergency visits tonight. Updates here & on X @SycValleyHosp.",
    "weather and the hospital's own street and handle",
)
p(
    "es",
    "patient_story",
    'La oficial Guadalupe "Lupe" Sandoval, de la policía de Aurora, sigue recuperándose en nuestro 5 Norte después de ser atropellada mientras dirigía el tráfico en la avenida Lake el 20 de julio. 🚓💙 Su esposo Ramiro nos pidió agradecer a todos por las oraciones. ¡Ánimo, Lupe!',
    [
        ("NAME", 'Guadalupe "Lupe" Sandoval'),
        ("NAME", "Lupe", 2),
        ("GEO", "avenida Lake"),
        ("DATE", "20 de julio"),
        ("NAME", "Ramiro"),
    ],
    note="police officer who is the patient; the street where she was hit is GEO, her department is not",
)
n(
    "es",
    "anonymous_story",
    "¡Gracias, maestra Ofelia! 🍎 La maestra de tercer grado de la escuela Lincoln usó el desfibrilador de la escuela para ayudar a un papá que se desmayó en la junta de padres. Su rapidez salvó una vida. ¿Quiere aprender RCP? Clases gratis en español: 630-555-0193.",
    "the teacher is the hero; the patient is an anonymous father",
)
p(
    "en",
    "patient_story",
    '📸 Photo shared with permission from his mom! 🐻\n\nThat\'s Ace, 4, proudly showing off the "brave badge" our Pediatric ED nurses gave him after 6 stitches on his chin Saturday. According to Ace, he was "fighting a bear." According to his mom Jasmine, he fell off the couch while pretending to be a bear. We\'re choosing to believe Ace.\n\nOur Pediatric ED gives brave badges to every kid who gets stitches, a cast or a shot — and trust us, they\'re earned. 💪\n\n#AceOfHearts #BraveBadge',
    [("PHOTO", "Photo"), ("NAME", "Ace", "*"), ("NAME", "Jasmine"), ("NAME", "#AceOfHearts")],
    note="photo of the patient; the hashtag contains his name",
)
n(
    "en",
    "event",
    "ACE inhibitors, beta blockers, statins... confused about your heart meds? 💊 Bring your pill bottles to our free Brown Bag Med Review, Thurs 10/17, 1-3pm, Wellness Center. Pharmacists on hand!",
    "'ACE' is a drug class; event date",
)
p(
    "en",
    "memorial",
    "Our Sycamore Valley family lost one of its brightest lights. 🕯️\n\nNancy Dwyer worked in our Medical Records department for 41 years. She knew every doctor's handwriting, every shortcut in the basement, and every employee's birthday. After she retired, she came back as a patient more times than she liked — and every time, half the building found an excuse to stop by her room.\n\nNancy passed away peacefully on Thanksgiving morning, with her husband Gerald and her sister Pat at her side. Gerald asked that memorial gifts go to the Sycamore Valley Foundation's Employee Hardship Fund, which Nancy helped start in 1998.\n\nThank you for everything, Nancy. 💐",
    [
        ("NAME", "Nancy Dwyer"),
        ("NAME", "Nancy", "*"),
        ("DATE", "Thanksgiving"),
        ("NAME", "Gerald", "*"),
        ("NAME", "Pat"),
    ],
    note="retired employee who was also our patient; holiday as the date of death",
)
n(
    "en",
    "memorial",
    "We are heartbroken to share that Dr. Alan Whitford, who delivered more than 6,000 babies at Sycamore Valley over a 35-year career, passed away last week in Arizona. 💙 Dr. Whitford's family has asked that gifts go to the Family Birth Center. Rest well, Doc.",
    "a former doctor who died elsewhere, not our patient",
)
p(
    "en",
    "thank_you",
    "Sometimes the shortest notes hit the hardest. 🤍\n\nThis one came from the Nguyen family, addressed to the 3rd shift in our Emergency Department:\n\n\"Thank you for holding Grandpa's hand when we couldn't get there in time. The nurse told us he wasn't alone and he wasn't scared. That means everything to us.\"\n\nWe'll make sure every single person who worked that night sees this. To the Nguyens: we're so sorry for your loss, and we're honored you trusted us with him.",
    [("NAME", "Nguyen"), ("NAME", "Nguyens")],
    note="family surname (singular and plural) is the only identifier; 'Grandpa' is a descriptor",
)
n(
    "en",
    "statistic",
    "In 2023 our ED cared for 71,412 patients — that's 195 a day, or about one every 7 minutes. ⏱️ Thank you to every nurse, doc, tech, registrar, EVS team member & security officer who made that happen. #SycamoreStrong",
    "aggregate volume",
)
p(
    "es",
    "birth_announcement",
    "¡Qué bonito mensaje, Yadira! 💕 Le pasamos sus saludos a todo el equipo de Maternidad. Un abrazo para usted y para el pequeño Santiago. 👶",
    [("NAME", "Yadira"), ("NAME", "Santiago")],
    note="comment reply to a mother who gave birth here",
)
n(
    "es",
    "staff_spotlight",
    "Conozcan a Yadira, nuestra nueva coordinadora de intérpretes 🌎 Yadira habla español, inglés y náhuatl, y lleva 8 años ayudando a familias a entender a sus doctores. ¡Bienvenida!",
    "staff member",
)
p(
    "en",
    "discharge",
    "Congratulations, Major! 🎖️ 30 days seizure-free and headed home today. The 2 West crew will miss your dance moves. Mom & Dad — thank you for trusting us with him.",
    [("NAME", "Major")],
    note="first name that looks like a military rank",
)
n(
    "en",
    "staff_spotlight",
    "Major shout-out to our EVS team 🧽 who turned over 84 patient rooms yesterday during a record census day. You keep this place running!",
    "'Major' is an adjective",
)
p(
    "en",
    "pasted_record",
    "DRAFT caption for the LVAD anniversary story — need to scrub before posting!!\nPatient Ronald \"Ronnie\" Pruitt, implant date 4/3/2019, HeartMate 3 serial #HM3-0078812, follow-up clinic pt portal username rpruitt_1962. Wife Sharon says he wants to be called 'Ronnie the Bionic Man' in the post 🤖",
    [
        ("NAME", 'Ronald "Ronnie" Pruitt'),
        ("NAME", "Ronnie", 2),
        ("DATE", "4/3/2019"),
        ("DEVICE", "HM3-0078812"),
        ("OTHER_ID", "rpruitt_1962"),
        ("NAME", "Sharon"),
    ],
    note="device serial number and patient-portal user name",
)
n(
    "en",
    "eponymous_condition",
    "Bell's palsy, Lou Gehrig's disease, Tourette syndrome — what do they have in common? All are named after the doctors (or patients!) who made them famous. 🧠 Our Neurology team answers your questions in a Facebook Live Thursday at noon. Drop them below!",
    "eponymous conditions and a public figure",
)
p(
    "en",
    "thank_you",
    "The Harlan Grove Little League doesn't mess around. ⚾\n\nWhen they heard that Coach Ricky Fuentes' newborn daughter would be spending her first weeks in our NICU, the 10U Tigers organized a car wash, a bake sale AND a home-run derby in one weekend. Total raised for the Fuentes family: $11,480.\n\nRicky and his wife, Brianna, stopped by the Foundation office to say thank you — and to tell us their girl is now up to 4 lbs 6 oz. 💪\n\nYou can still help: Venmo @FuentesNICUfund 💙",
    [
        ("NAME", "Ricky Fuentes"),
        ("NAME", "Fuentes", 2),
        ("NAME", "Ricky", 2),
        ("NAME", "Brianna"),
        ("OTHER_ID", "@FuentesNICUfund"),
    ],
    note="the coach is the patient's father, so a relative; the baby is unnamed",
)
n(
    "en",
    "event",
    "Public Safety Appreciation Night 🚓🚒🚑 Wed 8/21, 5-8pm at our Main Campus, 2200 Sycamore Valley Parkway. Free dinner for all police, fire, EMS and dispatch personnel & their families. RSVP 630-555-0122.",
    "event date and the hospital's own address and phone",
)
p(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to our friend G.W. on 6 South! 🎂 He asked for 'a root beer float and no singing.' He got the float. He did not get the no singing. 😂",
    [("AGE", "90th"), ("NAME", "G.W.")],
    note="initials and an age over 89",
)
n(
    "en",
    "sponsor",
    "Happy 90th birthday to the Harlan Grove Volunteer Fire Department! 🚒 Since 1934 they've protected our town — and trained many of the medics and nurses working in our ED today. Here's to 90 more!",
    "anniversary of an organisation, not a person's age",
)
p(
    "es",
    "birth_announcement",
    "¡Bienvenido, Guadalupe Emiliano! 💙 Nació el 12 de diciembre, Día de la Virgen de Guadalupe, y sus papás Lorena y Octavio no dudaron ni un segundo con el nombre. 😇",
    [
        ("NAME", "Guadalupe Emiliano"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Lorena"),
        ("NAME", "Octavio"),
    ],
    note="birth day named twice (date and feast day)",
)
n(
    "es",
    "event",
    "🌹 El 12 de diciembre celebramos el Día de la Virgen de Guadalupe en la capilla del hospital con mañanitas a las 6 a. m. Todos son bienvenidos: pacientes, familias y personal.",
    "feast-day event, not a patient's date",
)

# ---------------------------------------------------------------- batch 4

p(
    "en",
    "patient_story",
    '"I don\'t remember any of it. My crew remembers all of it." 🚒❤️\n\nOn June 12th, Engineer Luke Brandvold of the Harlan Grove Fire Department went into cardiac arrest during a hose drill behind Station 1. His crew started CPR within seconds, shocked him twice with the engine\'s AED, and had him at our door in 9 minutes.\n\nThree stents, five days in our cardiac ICU and a whole lot of cardiac rehab later, Luke came back this week — with his wife Kristen and their three boys — to meet the ED and cath lab teams who took the handoff.\n\n"My crew did the hard part," Luke told us. "You all finished it."\n\nThis is the chain of survival, folks. Learn CPR. Know where your AED is. 💙\n\n#ChainOfSurvival #HeartStrong',
    [
        ("DATE", "June 12th"),
        ("NAME", "Luke Brandvold"),
        ("NAME", "Luke", "*"),
        ("NAME", "Kristen"),
    ],
    note="firefighter introduced by his rank who is the patient",
)
n(
    "en",
    "anonymous_story",
    "Tonight the Harlan Grove City Council honored the crew of Engine 3 — Lt. Mark Sorrell, Engineer Dave Ochoa, and Firefighter/Paramedics Jess Lund and Andre Pike — with the city's Medal of Valor. 🏅\n\nIn March, they pulled a resident from a fully involved house fire on the north side and kept working on him all the way to our ED. Because of privacy laws we can't say anything about the patient, but we CAN say that our trauma and burn teams have never seen a better handoff.\n\nCongrats, Engine 3. Your town is proud of you, and so are we. 🚒\n\n#FirstResponders #HarlanGroveFD",
    "firefighters honoured as heroes; the rescued patient is anonymous, so 'In March' is not tied to an identified patient",
)
p(
    "en",
    "discharge",
    "Joy to the world — and to 3 West! 🎄\n\nOur Joy has been with us for five weeks, and yesterday she finally got the news she's been waiting for: she goes home on December 20th. 🎁\n\nIf you've walked past room 306 this month, you've seen the paper snowflakes. Joy made 214 of them (she counted) and taped one to every door on the unit. Her grandma Loretta keeps a box of tissues in her purse for \"happy crying\" and she has used every single one.\n\nMerry Christmas, Joy. Thank you for bringing a little of your name to everyone on 3 West. ❄️💚",
    [
        ("NAME", "Joy", 2),
        ("NAME", "Joy", 3),
        ("NAME", "Joy", 4),
        ("DATE", "December 20th"),
        ("OTHER_ID", "room 306"),
        ("NAME", "Loretta"),
    ],
    note="the first 'Joy' is the carol title, the others are the patient",
    ok=("Joy",),
)
n(
    "en",
    "campaign_hashtag",
    "Our 12th annual Joy to the Wards toy drive is ON! 🎁🎄\n\nEvery year, Harlan Grove fills our lobby with toys for kids who'll spend the holidays in the hospital. This year we need:\n🧸 New, unwrapped toys for ages 0-17\n🎮 Gift cards (teens love these!)\n📚 Books in English & Spanish\n🖍️ Art supplies\n\nDrop-off: Main Lobby, Dec 1-18, 7am-7pm. Questions? Call the Foundation at (630) 555-0137.\n\nSpread a little Joy! 💚 #JoyToTheWards",
    "campaign name and hashtag; 'Joy' is not a person",
)
p(
    "en",
    "memorial",
    "Tonight the radio went quiet for a moment across three counties. 📻\n\nRita Szymanski was the voice on the other end of the line for 35 years as a 911 dispatcher for Harlan Grove and Wexford Junction. Ask any cop, firefighter or medic around here and they'll tell you: when things went sideways, Rita's voice was the one you wanted in your ear.\n\nRita spent her final days in our hospice suite, surrounded by her sons Paul and Greg and a steady parade of first responders who came to say goodbye. She died on the evening of November 3rd.\n\nAt 7:00 PM, dispatch centers across the region will broadcast her last call. We'll be listening. 🖤\n\nRita, we copy. Rest easy.",
    [
        ("NAME", "Rita Szymanski"),
        ("NAME", "Rita", "*"),
        ("NAME", "Paul"),
        ("NAME", "Greg"),
        ("DATE", "November 3rd"),
    ],
    note="911 dispatcher honoured like a hero, who was our hospice patient; the towns she served are not her address",
)
n(
    "en",
    "anonymous_story",
    "It's National Public Safety Telecommunicators Week! 🎧\n\nBefore the sirens, before the ambulance bay, before our ED team ever meets a patient, there's a dispatcher who answered the phone. Last year Harlan Grove dispatchers walked 212 callers through CPR over the phone.\n\nA special thank-you to dispatchers Tasha Greene and Omar Haddad, who coached a 12-year-old through delivering his baby sister on a kitchen floor in January. (Mom and baby are doing great — and no, we won't tell you who they are. 😉)\n\n#NPSTW #ThinGoldLine 💛",
    "dispatchers honoured; the mother and baby are anonymous",
)
p(
    "es",
    "patient_story",
    'Hoy queremos contarles la historia de Paloma. 🕊️\n\nPaloma Rentería tiene 34 años, es maestra de kínder en Aurora, y el 8 de marzo — sí, el Día de la Mujer — le diagnosticaron cáncer de mama en nuestro Centro de Mama. En vez de esconderse, decidió contarle a sus alumnos la verdad "con palabras de kínder".\n\nSus alumnos le hicieron una bufanda gigante de papel para cuando se le cayera el pelo. Hoy terminó su última quimioterapia y tocó la campana con la bufanda puesta. 🔔\n\nSu esposo Adrián y su hija Camila la esperaban con flores. ¡Eres una guerrera, Paloma! 💗\n\n#OctubreRosa',
    [
        ("NAME", "Paloma Rentería"),
        ("NAME", "Paloma", "*"),
        ("GEO", "Aurora"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día de la Mujer"),
        ("NAME", "Adrián"),
        ("NAME", "Camila"),
    ],
    note="teacher who is the patient; name means 'dove'; diagnosis day named twice; the town where she works is GEO",
)
n(
    "es",
    "health_tip",
    "🎀 Octubre es el Mes de la Concientización sobre el Cáncer de Mama.\n\n¿Sabía que 1 de cada 8 mujeres en Estados Unidos tendrá cáncer de mama en su vida? La detección temprana salva vidas.\n\n✅ Mamografía cada año a partir de los 40\n✅ Conozca su historial familiar\n✅ Si nota un bulto o cambio, no espere\n\nMamografías sin cita todos los sábados de octubre en el Pabellón Ambulatorio, 415 Commerce Drive. Hay intérpretes. Llame al (630) 555-0100.\n\n#OctubreRosa",
    "awareness month, statistics and the hospital's address and phone",
)
p(
    "en",
    "patient_story",
    'Plot twist: the student saved the coach. 🏐\n\nOn September 26th, Coach Renée Dubois collapsed during volleyball practice at Wexford Junction High. Senior captain Ava Lindholm — who learned Hands-Only CPR in health class two years ago — started compressions while a teammate ran for the AED.\n\nCoach Dubois spent a week in our Cardiac ICU and got an implanted defibrillator. This week she was back in the gym (sitting down, under orders!) to watch her team win their regional semifinal.\n\n"Ava gave me my life back," Renée said. "I taught her how to serve. She taught me what it means to be a teammate."\n\nEvery student in Illinois learns CPR before graduation. THIS is why. 💜',
    [
        ("DATE", "September 26th"),
        ("NAME", "Renée Dubois"),
        ("NAME", "Dubois", 2),
        ("NAME", "Renée", 2),
    ],
    note="the coach is the patient; the student who did CPR is the hero and is not labelled; the school is her workplace, not GEO",
)
n(
    "en",
    "staff_spotlight",
    'Meet the Harlan Grove High Health Occupations class of 2024! 🩺\n\nThese 28 seniors spent their spring semester shadowing in our ED, Birth Center, Lab and Rehab departments. Three of them — Marisol Vega, Dev Patel and Caleb Ostrowski — will start nursing school this fall, and Caleb has already applied to be a CNA on 4 West. 😉\n\nOne of our ED nurses put it best: "These kids are going to take care of US someday. We\'d better be nice to them."\n\nCongratulations, grads! 🎓',
    "students who shadowed staff; not patients",
)
p(
    "en",
    "milestone_birthday",
    "Summer ☀️ turned 6 on the 4th — and spent it in chemo. So 2 West brought the party to her. 🎂\n\nOur Child Life team hung streamers from every IV pole on the unit, our nurses built a piñata out of IV tubing boxes (don't ask), and Summer's favorite firefighters from Station 2 showed up in full gear with a cake shaped like a fire truck. 🚒\n\nSummer's dad says she announced it was \"the best birthday ever, even better than the one at the trampoline park.\" High praise.\n\nHappy birthday, Summer! #StrongLikeSummer",
    [("NAME", "Summer", "*"), ("DATE", "4th"), ("NAME", "#StrongLikeSummer")],
    note="season-word name; the firefighters are visitors, not patients",
)
n(
    "en",
    "health_tip",
    'Summer safety, courtesy of the folks who see what happens when it goes wrong. ☀️🏊\n\nOur ED team treated 37 near-drownings and 112 fireworks injuries between Memorial Day and Labor Day last year. A few asks for this summer:\n\n🌊 Watch kids in the water — no phones. Designate a "water watcher."\n🎆 Leave fireworks to the professionals (Harlan Grove\'s show is July 4th at Veterans Park!)\n🚲 Helmets on every ride, every time\n🍔 Keep raw meat cold and cook it through\n\nHave a safe and happy summer, friends! 💛',
    "statistics, holidays and a public event date",
)
p(
    "en",
    "pasted_record",
    "Comms — here's what the family sent for the birthday post. I haven't edited anything yet, pls clean up before it goes live:\n\n\"Our mom Lorraine Kuba turns 99 on Saturday the 23rd and she's still in 5 South after her fall at home (1117 Willow Ct, Wexford Junction). She was born in Krakow and came here in 1949. Her great-grandkids want to sing to her through the window at 2pm. My cell is (708) 555-2291 if anyone has questions. — Diane Kuba-Hart\"\n\nCan we do a small cake? She's diabetic so check w/ dietary.",
    [
        ("NAME", "Lorraine Kuba"),
        ("AGE", "99"),
        ("DATE", "23rd"),
        ("GEO", "1117 Willow Ct"),
        ("GEO", "Wexford Junction"),
        ("GEO", "Krakow"),
        ("PHONE", "(708) 555-2291"),
        ("NAME", "Diane Kuba-Hart"),
    ],
    note="family message pasted into a draft; home address in the hospital's own clinic town is still the patient's GEO; foreign birthplace",
)
n(
    "en",
    "hospital_contact",
    "We get a lot of messages asking how to reach a patient's room. Here's how it works! ☎️\n\n📞 Call our main switchboard at (630) 555-0100 and give the operator the patient's full name. If the patient has agreed to be listed, we'll connect you.\n🔒 If a patient has asked to be private, we can't confirm they're here — even to family. Please don't take it personally!\n💌 Cards and letters: Attn: Patient Mail, 2200 Sycamore Valley Parkway, Harlan Grove, IL 60587.\n🎈 Balloons: latex-free only, please.\n\nAnd please don't post patients' names or room numbers in the comments — help us protect everyone's privacy. 💙",
    "the hospital's own phone and address; patients in general",
)
p(
    "en",
    "discharge",
    "BUBBA IS GOING HOME!!!!! 🎉🎉🎉 4 North is officially too quiet now. Don't miss us too much, and stay OFF the ladders, sir. 🪜🚫",
    [("NAME", "BUBBA")],
    note="all-caps nickname",
)
n(
    "en",
    "health_tip",
    "Ladder safety 101 🪜 Fall is gutter season and our ED is about to get busy. Keep 3 points of contact, don't reach past your belt buckle, and have a buddy hold it. Your ortho team thanks you.",
    "generic safety tip",
)
p(
    "en",
    "patient_story",
    '🏍️ 300 bikes. $41,000. One very stubborn Marine.\n\nLast October, retired Marine Gunnery Sgt. Dwayne "Gunny" Hollister spent three weeks in our ICU after a motorcycle crash on Route 47. He told our nurses that when he got out, he was going to "ride for the people who saved my life."\n\nThis Saturday he kept his promise. Gunny led 300 riders from the Harlan Grove VFW Post 1187 to our front entrance, where he presented a check to the Sycamore Valley Foundation for our Trauma Center. His wife Charlene rode on the back. 💙\n\nThank you, Gunny — and thank you to every rider who showed up. Semper Fi. 🇺🇸',
    [
        ("DATE", "October"),
        ("NAME", 'Dwayne "Gunny" Hollister'),
        ("NAME", "Gunny", "*"),
        ("GEO", "Route 47"),
        ("NAME", "Charlene"),
    ],
    note="patient-run fundraiser; rank-like nickname used as his name; admission month",
)
n(
    "en",
    "sponsor",
    "Thank you, Harlan Grove VFW Post 1187! 🇺🇸\n\nFor the 15th year in a row, the post's Ladies Auxiliary knitted lap blankets for every veteran admitted to our hospital during Veterans Day week — 96 blankets this year, each with a handwritten card.\n\nPost Commander Jim Beaudry told us: \"Nobody who served should be cold and alone in a hospital bed.\" We couldn't agree more.\n\nIf you're a veteran and need help connecting with VA benefits, our social work team can help: (630) 555-0161. 💙",
    "donor organisation and its commander; patients only as a group",
)
p(
    "en",
    "patient_story",
    "@gracie.mae.rn girl we are SO proud of you. from night shift nurse to 6 weeks of cardiac rehab and now back on the floor?? legend behavior. 4 north missed you 💙",
    [("OTHER_ID", "@gracie.mae.rn")],
    note="employee who was a patient, identified only by her own handle",
)
n(
    "en",
    "recruitment",
    "Calling all night-shift RNs 🌙 4 North has openings with a $10K sign-on bonus + shift differentials. Apply at careers.sycamorevalley.org or DM @SVH_Careers! #NurseLife",
    "recruitment with the hospital's own handle",
)
p(
    "en",
    "discharge",
    "Not every angel has wings. Some have a rolling walker with tennis balls on the feet. 👼\n\nAngel Ruiz, 87, has been coming to our Wound Care clinic twice a week since May. Every visit, he brings a bag of peppermints for the front desk and tells the same joke about the chicken and the ambulance (we still don't get it). This week, his last visit — his wound is fully healed! 🎉\n\nHis daughter Marisela told us he's already asked if he can still come by to drop off the peppermints. Angel, the answer is YES.\n\nThank you for making our Mondays and Thursdays, sir. 🍬",
    [
        ("NAME", "Angel Ruiz"),
        ("NAME", "Angel", "*"),
        ("DATE", "May"),
        ("NAME", "Marisela"),
    ],
    note="ordinary-word name next to the lower-case word; age 87 is not labelled",
)
n(
    "en",
    "staff_spotlight",
    "Our 'Angels in Aprons' volunteer auxiliary just wrapped its 50th year! 👼 Founded in 1974 by a group of Harlan Grove moms, the Auxiliary has raised over $3.2 million for patient comfort. Current president Angela Whitman (a nurse here for 30 years before retiring!) says they're 'just getting started.' Join: (630) 555-0148",
    "volunteer group and its president",
)
p(
    "en",
    "patient_story",
    "Update on Deputy Chris Young 🚔💙\n\nThank you to everyone who has asked about the DuPage County deputy who was injured in the crash on I-355 on the night of the 11th. Chris's family has given us permission to share that he is out of the ICU and talking up a storm on our step-down unit.\n\nHis mom, Barbara Young, wanted everyone to know: \"He is young and he is stubborn and he is going to be just fine.\"\n\nWe'll keep you posted. Please keep respecting the family's privacy. 🙏",
    [
        ("NAME", "Chris Young"),
        ("NAME", "Chris", 2),
        ("GEO", "I-355"),
        ("DATE", "11th"),
        ("NAME", "Barbara Young"),
    ],
    note="deputy who is the patient; surname is an ordinary word also used lower-case; the county in his agency's name is not GEO",
)
n(
    "en",
    "statistic",
    "Young at heart ❤️ Our Silver Sneakers fitness class at the Wellness Center now has 140 members — the oldest is a retired teacher who says she's 'never missing leg day.' Ages 65+, free with most Medicare Advantage plans.",
    "anonymous member; population ages",
)
p(
    "en",
    "memorial",
    "A message from the family of Beau Carlsen, who we lost in our PICU on February 9th, 2022:\n\n\"Beau was 8 and he loved three things: bowling, Spider-Man, and the nurses on 2 West who let him 'bowl' with IV bags down the hallway. This year's Bowl for Beau at Harlan Lanes raised $22,350 for the PICU family lounge. Thank you to everyone who came, bowled badly, and cried with us.\" — Erin & Josh Carlsen\n\nBeau, your nurses still talk about your strikes. 💙🎳",
    [
        ("NAME", "Beau Carlsen"),
        ("NAME", "Beau", "*"),
        ("DATE", "February 9th, 2022"),
        ("NAME", "Erin"),
        ("NAME", "Josh Carlsen"),
    ],
    note="memorial fundraiser by the parents; the event name contains the patient's name",
)
n(
    "en",
    "event",
    "Join us for the 10th annual Officer Ken Maddox Memorial 5K on Saturday, May 18! 🏃‍♂️ Officer Maddox served Harlan Grove PD for 19 years, and since his passing the race has raised $310,000 for local first responder mental health. Register at maddox5k.org. Our Wellness team will be at the finish line with water & stretching!",
    "namesake of a public memorial event, never presented as our patient",
)
p(
    "es",
    "discharge",
    "¡Ya se fue a casa Chayito! 🌸 Nuestra paciente más consentida del 3 Sur cumplió 92 años aquí con nosotros y hoy regresó a Cicero con sus nietos. ¡La vamos a extrañar!",
    [("NAME", "Chayito"), ("AGE", "92"), ("GEO", "Cicero")],
)
n(
    "es",
    "statistic",
    "¿Sabía que? 🩺 En Illinois, las personas mayores de 90 años son el grupo de población que más rápido crece. Nuestro programa de Geriatría ofrece consultas en español: (630) 555-0100.",
    "population age, not a patient's age",
)
p(
    "en",
    "discharge",
    "When Theo's boyfriend Sam called 911 at 2 AM on New Year's Day, he didn't know that the \"bad headache\" was a brain bleed. 🧠\n\nTheo Marchetti, 29, spent 16 days in our Neuro ICU and 3 weeks in inpatient rehab. Today he walked out the front door with Sam on one side and his roommate/best friend Priya on the other — and a handmade \"I beat the bleed\" crown on his head. 👑\n\nTheo wants everyone to know: sudden, worst-headache-of-your-life pain is an EMERGENCY. Don't wait it out. Call 911.\n\nWe're so proud of you, Theo. 💜",
    [
        ("NAME", "Theo Marchetti"),
        ("NAME", "Theo", "*"),
        ("NAME", "Sam", "*"),
        ("DATE", "New Year's Day"),
        ("NAME", "Priya"),
    ],
    note="partner and roommate are household members and labelled",
)
n(
    "en",
    "health_tip",
    '"Worst headache of my life." 🧠\n\nIf you hear those words — from yourself, your partner, your roommate, your mom — call 911. A sudden, severe headache can be a sign of a brain bleed (subarachnoid hemorrhage), and every minute counts.\n\nOther red flags:\n⚠️ Stiff neck\n⚠️ Vomiting\n⚠️ Confusion or passing out\n⚠️ Vision changes\n\nOur Comprehensive Stroke Center is ready 24/7. Don\'t drive yourself — paramedics can alert us before you even arrive.\n\n#StrokeAwareness #KnowTheSigns',
    "generic health tip",
)
p(
    "en",
    "thank_you",
    'Happy Father\'s Day to Marco. 💙\n\nFor 52 nights, Marco slept in a NICU recliner next to his daughter\'s isolette so she would never wake up alone. He learned to change a diaper through porthole doors, to read her monitor better than some of our new grads, and to sing "Cielito Lindo" at exactly the volume that made her oxygen numbers go up.\n\nOur nurses have a name for dads like Marco: "the night shift regulars."\n\nYour little girl goes home Tuesday. We are going to miss you both so much. #NICUdad',
    [("NAME", "Marco", "*")],
    note="only the patient's father is named; Father's Day is not the patient's event",
)
n(
    "en",
    "staff_spotlight",
    "Happy Father's Day to all the dads on our staff working today 💙 — especially the 23 who are ALSO volunteer firefighters, EMTs or reserve officers in our community. Double duty, double thanks. 🚒🚓",
    "staff as a group",
)
p(
    "en",
    "patient_story",
    "Here's one for the Sycamore family. 💙\n\nYou know Big Ron — 6'5\", security officer at the ED entrance for 14 years, gives the best fist bumps in the building. What most people don't know is that Ron's son, Deshawn, spent the last month on our pediatric oncology unit.\n\nThis morning Deshawn finished his final round of chemo, and Big Ron rang the bell so hard the clapper came loose. (Facilities is on it.) 🔔\n\nDeshawn, your dad's coworkers have been praying for you every single shift. Now go home and beat him at Madden. 🏈",
    [("NAME", "Ron", "*"), ("NAME", "Deshawn", "*")],
    note="a staff member who is also a patient's father is labelled as the patient's relative",
)
n(
    "en",
    "staff_spotlight",
    "Congratulations to Officer Luther Grant, our ED security lead, whose son Malik just signed a letter of intent to play football at NIU! 🏈🎉\n\nLuther has been keeping our Emergency Department safe for 12 years, and if you've ever seen a tall guy in a navy blazer walking a lost grandma to the cafeteria, that was probably him.\n\nMalik was an all-conference linebacker at Harlan Grove North, and Luther says he'll be at every home game in DeKalb — wearing his Sycamore Valley lanyard, of course.\n\nSo proud of you both! Go Huskies! 🐾",
    "staff member and his own son, not a patient",
)
p(
    "en",
    "pasted_record",
    "ok so the family approved the post but make sure u dont put his last name!! its Ernest 'Ernie' Vasquez, 3rd floor rm 322, hes the retired Harlan Grove fire capt that everyone keeps asking about. born 6/8/52. grandaughter Mia set up the meal train at mealtrain.com/ernie-vasquez-family 🙏",
    [
        ("NAME", "Ernest 'Ernie' Vasquez"),
        ("OTHER_ID", "rm 322"),
        ("DATE", "6/8/52"),
        ("NAME", "Mia"),
        ("URL", "mealtrain.com/ernie-vasquez-family"),
    ],
    note="sloppy internal message; retired fire captain who is the patient; family's meal-train URL",
)
n(
    "en",
    "public_figure",
    "We had a VERY special visitor today! 🚒\n\nRetired Harlan Grove Fire Captain Leo Marchand helped design our very first ambulance bay back in 1979, when the ED had six beds and a single phone line to the firehouse.\n\nCaptain Marchand toured our new Emergency Department with our trauma team, admired the helipad, and told a few stories about \"the blizzard of '79\" that we are not allowed to repeat on Facebook. 😂 He also informed us that the coffee hasn't improved in 45 years.\n\nFair. ☕ Thank you for everything, Captain!",
    "retired fire captain as a visitor, not a patient",
)
p(
    "en",
    "birth_announcement",
    "Firefighters are used to running toward emergencies. Captain Nick Ferraro says nothing prepared him for the one that happened in his own family. 🚒👶\n\nNick's twins arrived at 27 weeks on the night of April 2nd. For 71 days he split his time between 24-hour shifts at Station 4 and the recliner between their two isolettes in our NICU. His crew covered his shifts without being asked. His wife, Gianna, kept a journal of every milestone.\n\nToday, both babies went home. The crew from Station 4 was waiting in the parking lot with the ladder truck raised and a flag hanging off the end. 🇺🇸\n\nWelcome home, little Ferraros. Your dad is a hero in more ways than one. ❤️",
    [
        ("NAME", "Nick Ferraro"),
        ("NAME", "Nick", 2),
        ("DATE", "April 2nd"),
        ("NAME", "Gianna"),
        ("NAME", "Ferraros"),
    ],
    note="fire captain framed as a hero who is the patients' father; the babies are named only by the family surname",
)
n(
    "en",
    "recruitment",
    'From the back of an ambulance to the bedside. 🚑➡️🏥\n\nDid you know that 1 in 5 nurses in our Emergency Department started out as an EMT or paramedic? Our Medic-to-RN Bridge program pays for your nursing degree while you work part-time as an ED tech — and you keep your shifts with your fire department.\n\nED nurse Carlos Mendez went through the program in 2021: "I still work Saturdays on the engine. But now when I hand off a patient, I know what happens next."\n\nInfo session: Tuesday, Feb. 6, 6 PM, Conference Room A. RSVP: careers.sycamorevalley.org/bridge 🎓',
    "staff nurse quoted in recruitment; event date",
)
p(
    "en",
    "milestone_birthday",
    "Pop-Pop, the entire 5 South crew is sending you birthday wishes today!!! 🎂 97 looks good on you. (Tell your granddaughter we got her message and your room's all decorated 🎈)",
    [("AGE", "97")],
    note="'Pop-Pop' is a kinship term, treated like 'Grandpa' and not labelled; the age over 89 is the identifier",
)
n(
    "en",
    "event",
    "Nothing like a Pop-Up Flu Clinic 💉 Free flu shots for first responders and their families this Friday 7a-7p at Station 1, 310 Main St. Bring your department ID!",
    "event at a fire station",
)
p(
    "en",
    "patient_story",
    "Mr. Gutierrez's 8th grade science class has a question for you: \"How many paper cranes does it take to heal a teacher?\" 🕊️\n\nThe answer, apparently, is 1,000 — and they folded every one of them in three weeks while their teacher, Manny Gutierrez, recovered from open-heart surgery with our cardiothoracic team.\n\nThe cranes arrived yesterday in 14 shoeboxes. Our volunteers strung them across the windows of his room on 5 North, and his wife Alma says he hasn't stopped smiling.\n\nMr. G, your students say the science fair is in 6 weeks. They're counting on you. 🔬💚",
    [
        ("NAME", "Gutierrez", 1),
        ("NAME", "Manny Gutierrez"),
        ("NAME", "Alma"),
        ("NAME", "G"),
    ],
    note="teacher introduced by his job who is the patient; 'Mr. G' is an initial",
)
n(
    "es",
    "anonymous_story",
    "¡Orgullo Sycamore! 💙\n\nNuestra enfermera de Urgencias, Araceli Montes, estaba en la fila del supermercado el domingo cuando un señor se desplomó frente a ella. Sin pensarlo, comenzó RCP, pidió que alguien llamara al 911 y siguió hasta que llegaron los paramédicos.\n\nPor privacidad no podemos compartir nada sobre el paciente, pero sí podemos decirle a Araceli: ¡eres una heroína!\n\n¿Usted sabría qué hacer? Clases gratuitas de RCP en español el primer sábado de cada mes. Llame al 630-555-0193. 🫀",
    "off-duty nurse as the hero; the patient is anonymous",
)
p(
    "en",
    "birth_announcement",
    "All hail King Tobias, 3 weeks old, who has decided the 2 AM feeding is non-negotiable 👑😂 His parents Shay & Andre say the NICU nurses spoiled him. We have no regrets.",
    [("NAME", "Tobias"), ("NAME", "Shay"), ("NAME", "Andre")],
    note="'King' is a joking title, kept outside the NAME span",
)
n(
    "en",
    "public_figure",
    "Happy MLK Day. 'Life's most persistent and urgent question is, what are you doing for others?' — Dr. Martin Luther King Jr. 💙 Our staff volunteered 600 hours at local food pantries today.",
    "historical figure",
)
p(
    "en",
    "birth_announcement",
    "Well, THAT was fast. 🚓👶\n\nAt 4:52 AM on Tuesday the 8th, Harlan Grove Officer Kyle Becker pulled over a speeding minivan on Route 59 — and found Tiffany and Marcus Delaney on their way to us, very much in labor. Officer Becker called it in, escorted them the last two miles with lights and sirens, and helped Tiffany into a wheelchair at our ED doors.\n\nBaby Kyla Delaney arrived 11 minutes later. Yes, she's named after him. 😭\n\nOfficer Becker visited the family in our Birth Center yesterday with a tiny police teddy bear. Best traffic stop ever. 🧸💙",
    [
        ("DATE", "8th"),
        ("GEO", "Route 59"),
        ("NAME", "Tiffany", "*"),
        ("NAME", "Marcus Delaney"),
        ("NAME", "Kyla Delaney"),
    ],
    note="the police officer is the hero, the mother and baby are the patients; the road where the labouring mother was stopped is treated like a crash road",
)
n(
    "en",
    "event",
    "Babies born in squad cars, ambulances and one memorable Costco parking lot... 🚗 Our Birth Center team teaches a FREE 'Precipitous Birth' class for police & fire personnel every quarter. Next session: Jan 16, 9am-noon. Register: 630-555-0159.",
    "class for first responders; anonymous births",
)
p(
    "es",
    "pasted_record",
    'Borrador para Facebook — confirmar con la familia antes de publicar:\n"Felicidades a Rosalinda Pérez, del 4 Oeste, que cumple 101 años el 30 de agosto. Nació en Zacatecas y llegó a Chicago en 1961." Contacto: nieto Héctor Pérez, hectorp.77@hotmail.com, 773-555-6120. Núm. de cuenta 55-901-3 (facturación pidió no incluirlo 🙃)',
    [
        ("NAME", "Rosalinda Pérez"),
        ("AGE", "101"),
        ("DATE", "30 de agosto"),
        ("GEO", "Zacatecas"),
        ("GEO", "Chicago"),
        ("NAME", "Héctor Pérez"),
        ("EMAIL", "hectorp.77@hotmail.com"),
        ("PHONE", "773-555-6120"),
        ("ACCOUNT", "55-901-3"),
    ],
    note="birthplace and city where she settled are GEO; bare year not labelled",
)
n(
    "es",
    "event",
    "Celebramos 101 años de la Cruz Roja en nuestra comunidad 🩸 Done sangre este viernes en la cafetería del hospital, de 10 a 4. Cada donación puede salvar hasta tres vidas.",
    "age of an organisation, not of a patient",
)
p(
    "en",
    "discharge",
    "Precious cargo on board 🚗💕 Baby Precious went home today in the car seat her big brother Jaylen picked out (it has dinosaurs). Congrats to the whole Washington family!",
    [("NAME", "Precious", 2), ("NAME", "Jaylen"), ("NAME", "Washington")],
    note="the first 'Precious' is a phrase, the second the baby's name; the family surname is also a state name",
    ok=("Precious",),
)
n(
    "en",
    "health_tip",
    "Precious cargo? Get your car seat checked for FREE by our certified techs 🚗 Every 2nd Saturday, 9-noon, Outpatient Pavilion garage, 415 Commerce Drive. Call 630-555-0193.",
    "'Precious' is an adjective; hospital address and phone",
)

# ---------------------------------------------------------------- batch 5

p(
    "en",
    "patient_story",
    'If you grew up in Harlan Grove in the \'90s, you probably met "Officer Friendly" at a school assembly. 👮\u200d♂️\n\nThat was Officer Walt Nowicki — 28 years with Harlan Grove PD, DARE instructor, and the guy who let every kid in town turn on the squad car siren exactly once.\n\nWalt has been with us in the Cancer Center since spring. Last weekend, his former DARE students (now cops, nurses, teachers and parents themselves) threw a "Friendly Fest" at the VFW and raised $14,600 to help with his treatment costs. 💙\n\nWalt asked us to share one message: "Tell those kids I said thank you, and to stay off drugs." 😂\n\nWe love you, Officer Friendly.',
    [
        ("NAME", "Walt Nowicki"),
        ("NAME", "Walt", "*"),
        ("NAME", "Friendly", "*"),
    ],
    note="police officer who is the patient; his persona nickname (after 'Officer') and the fundraiser named after it are NAME",
)
n(
    "en",
    "event",
    "Our pediatric ED nurses teamed up with Harlan Grove PD's school resource officers this week to teach 400 second graders about 911, bike helmets and 'stranger danger.' 🚓🚲 Officer Tasha Reed's puppet show was a big hit. Thanks for keeping our kids safe!",
    "police officer as community educator; children as a group",
)
p(
    "en",
    "thank_you",
    "Thank you, Mrs. Okonkwo! 💙 We'll pass your note along to the night team. So happy Emmanuel is home and back to his trumpet 🎺",
    [("NAME", "Okonkwo"), ("NAME", "Emmanuel")],
    note="comment reply to a patient's mother",
)
n(
    "en",
    "sponsor",
    "Trumpets, drums and a whole lot of heart 🎺🥁 Thank you to the Wexford Junction High Marching Band for serenading our ED staff during National EMS Week!",
    "school band as a group",
)
p(
    "en",
    "patient_story",
    'Coach Destiny is on the sideline again! ⚽🙌\n\nIn May, Harlan Grove Fury U12 coach Destiny Harper was diagnosed with a brain tumor after collapsing at a tournament in Rockford. Dr. Levin and our neurosurgery team removed it on June 3rd, and she spent the summer in our outpatient rehab gym relearning how to jog, kick and — her words — "yell at refs properly."\n\nSaturday, she coached her first game back. Her players wore purple headbands with "DH" on them and beat their rivals 4-1. 💜\n\nDestiny, your rehab team is SO proud. Now please take it easy on the refs.',
    [
        ("NAME", "Destiny Harper"),
        ("NAME", "Destiny", "*"),
        ("DATE", "May"),
        ("GEO", "Rockford"),
        ("DATE", "June 3rd"),
        ("NAME", "DH"),
    ],
    note="coach introduced by her job who is the patient; word-name; initials on the headbands; city where she collapsed",
)
n(
    "en",
    "anonymous_story",
    "Coaches don't just teach the game. Sometimes they save a life. 🏀\n\nThis month's Sycamore Valley Community Hero is Coach Darnell Price of the Harlan Grove Park District youth basketball league. When a parent in the stands went into cardiac arrest during a Saturday game in February, Coach Price grabbed the gym's AED, cleared the court and started CPR while his assistant called 911.\n\nOur Cardiology team can't share anything about the patient — but we can share this: Coach Price took our CPR class last fall. ✅\n\nNominate your own Community Hero at sycamorevalley.org/heroes. 💙",
    "coach honoured as the rescuer; the patient is anonymous",
)
p(
    "es",
    "patient_story",
    'Comunidad, ¡gracias! 🫔💙\n\nEl domingo, más de 500 personas llegaron a la tamalada en la iglesia San José para apoyar al paramédico Esteban "Teby" Lozano, que se lastimó la espalda el 15 de enero mientras cargaba a un paciente en la nieve. Teby sigue en terapia en nuestro Instituto de Rehabilitación, y su esposa Liliana nos contó que se recaudaron $8,300.\n\nTeby, ¡te esperamos de vuelta en la ambulancia! Y gracias a las señoras que hicieron 3,000 tamales. 👏',
    [
        ("NAME", 'Esteban "Teby" Lozano'),
        ("NAME", "Teby", "*"),
        ("DATE", "15 de enero"),
        ("NAME", "Liliana"),
    ],
    note="community fundraiser for a paramedic who is our patient; the church is the event venue",
)
n(
    "es",
    "crisis_update",
    "⚠️ AVISO: Debido a la tormenta de nieve, nuestras clínicas de Wexford Junction y Ostrander cerrarán hoy a las 2 p. m. La sala de Urgencias del hospital principal sigue abierta las 24 horas. Para reprogramar su cita, llame al (630) 555-0100. ¡Manéjese con cuidado! ❄️",
    "the hospital's own clinics and phone",
)
p(
    "en",
    "pasted_record",
    "Can someone from Comms loop in IT? A patient is upset that her photo from the 'Bell Ringers' post showed up on Google. Ticket notes: portal user kmorrow88, last login from IP 73.112.45.201, pt Katherine Morrow, DOB 10/04/1979, MRN 00913562. She wants the post down ASAP. Her husband Scott is calling every hour (630-555-7718).",
    [
        ("OTHER_ID", "kmorrow88"),
        ("IP", "73.112.45.201"),
        ("NAME", "Katherine Morrow"),
        ("DATE", "10/04/1979"),
        ("MRN", "00913562"),
        ("NAME", "Scott"),
        ("PHONE", "630-555-7718"),
    ],
    note="IT ticket pasted into a draft: portal user name and IP address",
)
n(
    "en",
    "hospital_contact",
    "Our patient portal will be down for upgrades Sunday 1-5am. Need to reach your care team? Call (630) 555-0100. Never share your portal password — we will never ask for it by phone, text or DM. 🔒",
    "hospital phone and maintenance window",
)
p(
    "en",
    "thank_you",
    'The gift of a grandson. 💙\n\nWhen 12-year-old Mateo Gallardo\'s grandfather spent his last weeks in our hospice unit last winter, Mateo noticed something: the family room didn\'t have any games. "Grandpa loved checkers," he told us. "People were just sitting there being sad."\n\nSo Mateo spent his summer mowing lawns in his Plainfield neighborhood, and this week he delivered 8 board games, 2 puzzles, a checkers set and a card to our hospice team that says, "For the families. Play one for my grandpa."\n\nThank you, Mateo. We will. ♟️',
    [("NAME", "Mateo Gallardo"), ("NAME", "Mateo", "*"), ("GEO", "Plainfield")],
    note="the patient (grandfather) is unnamed; his grandson, a relative and donor, is named with his town",
)
n(
    "en",
    "sponsor",
    'Big news for our littlest patients! 🎮\n\nThanks to the Harlan Grove Gamers Guild, every room on 2 West now has a Nintendo Switch and a tablet loaded with games, books and movies. The Guild raised $24,000 through a 48-hour charity livestream in March — and founder Tyler Moss (a.k.a. @TMossPlays) personally installed every console.\n\n"Nobody should be bored while they\'re sick," Tyler said.\n\nGG, Tyler. 🏆',
    "donor and his public handle; not a patient or relative",
)
p(
    "en",
    "milestone_birthday",
    "Happy 1st birthday to our miracle girl Aria! 🎂 Born at 25 weeks on 11/9 — and look at her now. 💕 Love, your NICU family",
    [("NAME", "Aria"), ("DATE", "11/9")],
)
n(
    "en",
    "statistic",
    "November is Prematurity Awareness Month 💜 1 in 10 babies in the US is born too early. Our Level III NICU cared for 412 babies last year. #WorldPrematurityDay is 11/17.",
    "statistics and an awareness-day date",
)
p(
    "en",
    "discharge",
    "We've been asked a LOT about Trooper Derek Malone, and we're happy to finally share some good news. 🚔\n\nTrooper Malone was struck by a semi while assisting a disabled vehicle on I-80 near Minooka on the night of October 14th. He arrived at our Trauma Center with injuries that, frankly, many people don't survive.\n\nSeven surgeries and 46 days later, Derek walked (with a cane and a LOT of attitude) to a waiting line of troopers, deputies and firefighters who saluted as he left. His wife Heather and daughters Addison and Brooklyn were right there with him.\n\nMOVE OVER for flashing lights, Illinois. It's the law — and it's the reason Derek is still with us. 💙\n\n#ScottsLaw #MoveOver",
    [
        ("NAME", "Derek Malone"),
        ("NAME", "Malone", 2),
        ("NAME", "Derek", "*"),
        ("GEO", "I-80"),
        ("GEO", "Minooka"),
        ("DATE", "October 14th"),
        ("NAME", "Heather"),
        ("NAME", "Addison"),
        ("NAME", "Brooklyn"),
    ],
    note="state trooper who is the patient; a daughter's name is also a place name; the law hashtag is not a patient's name",
)
n(
    "en",
    "public_figure",
    "What is Scott's Law? 🚨 Named for Chicago Fire Lt. Scott Gillen, who was killed by a driver in 2000, it requires Illinois drivers to slow down and move over for ANY vehicle with flashing lights. Fines up to $10,000. Our ED sees why it matters. Please move over.",
    "law named after a public figure",
)
p(
    "en",
    "pasted_record",
    "DM reply draft: hi Kristy! so sorry for the wait — yes, we'd love to feature Ollie's NICU reunion pic 📸 can you sign the consent form? grandpa Walt can also send it from the email we have on file, wkessler52@comcast.net 👍",
    [("NAME", "Kristy"), ("NAME", "Ollie"), ("NAME", "Walt"), ("EMAIL", "wkessler52@comcast.net")],
    note="draft DM exposing the grandfather's email; the photo is requested, not attached, so no PHOTO span",
)
n(
    "en",
    "hospital_contact",
    "📸 Want to share your NICU reunion pics with us? Send them to socialmedia@sycamorevalley.org with a signed consent form (download at sycamorevalley.org/share). We love seeing our grads grow up! 💙",
    "hospital's own email and site",
)
p(
    "en",
    "patient_story",
    "Everyone on our Geri-Psych unit knows Buddy. 📬\n\nFor 32 years, Buddy Kowalewski delivered mail on the same route on the east side of town. He knew every dog's name and every kid's birthday.\n\nAfter a rough few months with dementia, Buddy moved this week from our unit to Willow Crest Memory Care in Ostrander, where his wife Phyllis can visit every day. Our staff made him a mail carrier's bag full of letters from the whole unit to \"deliver\" on his first morning there. 💌\n\nWe'll miss you, Buddy. Thanks for always getting it there. 📦",
    [
        ("NAME", "Buddy Kowalewski"),
        ("NAME", "Buddy", "*"),
        ("GEO", "Ostrander"),
        ("NAME", "Phyllis"),
    ],
    note="nickname that is an ordinary word; the town of his new care home is GEO, the care home's name is not",
)
n(
    "en",
    "recruitment",
    "Looking for a buddy? 🤝 Our Buddy Program pairs volunteers with older adults on our inpatient units for card games, letter-writing and just plain conversation. Loneliness is a health risk — one hour a week makes a difference. Training is free. Apply: (630) 555-0148 or sycamorevalley.org/volunteer",
    "'Buddy' is a programme name",
)
p(
    "en",
    "thank_you",
    'WE HAVE TO SHARE THIS ONE. 😭\n\nThis card came to 5 South from the family of Beverly "Bev" Stroud, who was with us for three weeks in January:\n\n"Nana Bev told everyone who came to visit that her nurses were \'the nicest girls and boys in Illinois.\' She went home on the 30th and is back to bossing all 14 grandkids around from her recliner in Yorkville. Thank you for taking such good care of our matriarch. — The Strouds"\n\nNana Bev, the nicest girls and boys in Illinois say hi. 💕',
    [
        ("NAME", 'Beverly "Bev" Stroud'),
        ("NAME", "Bev", "*"),
        ("DATE", "January"),
        ("DATE", "30th"),
        ("GEO", "Yorkville"),
        ("NAME", "Strouds"),
    ],
    note="'Nana' is a kinship descriptor outside the NAME span",
)
n(
    "en",
    "staff_spotlight",
    "Grandparents Day brunch 🥞💕\n\nThis morning we honored all of our volunteers over 80 — and we have 31 of them! Together they've given more than 90,000 hours to Sycamore Valley, from the gift shop to the information desk to the NICU cuddle program.\n\nOur oldest volunteer is still folding gowns every Tuesday at 94, and she'd like everyone to know that she \"doesn't need help with the stairs, thank you very much.\"\n\nThank you for everything you do, grandparents. We'd be lost without you. 💐",
    "age over 89 of an anonymous volunteer, not a patient",
)
p(
    "en",
    "pasted_record",
    "For the release — the patient's daughter wants the signed media consent faxed to her office, not emailed. Pt: Harold Jenks, Rm 410, DOB 3/3/1941. Daughter: Linda Jenks-Moreau, fax (815) 555-0934, office (815) 555-0930. She says 'no photos of Dad in the gown, please!'",
    [
        ("NAME", "Harold Jenks"),
        ("OTHER_ID", "Rm 410"),
        ("DATE", "3/3/1941"),
        ("NAME", "Linda Jenks-Moreau"),
        ("FAX", "(815) 555-0934"),
        ("PHONE", "(815) 555-0930"),
    ],
)
n(
    "en",
    "hospital_contact",
    "Physicians' offices: our Central Scheduling line is changing! ☎️ Effective Monday, please send all outpatient imaging and lab orders through the referral portal at sycamorevalley.org/referrals or call the main switchboard at (630) 555-0100 for routing. Questions? Patient Relations: 630-555-0161.",
    "hospital's own contacts",
)
p(
    "es",
    "discharge",
    "¡Felicidades, Estrella! ⭐ Cumpliste un año sin convulsiones y hoy te dimos de alta de la clínica de neurología. Tus enfermeras te van a extrañar. Saludos a tu mamá Maribel.",
    [("NAME", "Estrella"), ("NAME", "Maribel")],
    note="name that means 'star'",
)
n(
    "es",
    "statistic",
    "⭐ ¡Somos un hospital de 5 estrellas! Por tercer año consecutivo recibimos la calificación máxima de CMS en seguridad del paciente. Gracias a nuestro equipo. #OrgulloSycamore",
    "hospital rating",
)
p(
    "en",
    "patient_story",
    "If you've had a baby at Sycamore Valley in the last 20 years, there's a good chance Tink was one of your labor nurses. 🧚\n\nTina \"Tink\" Lindahl has been a Birth Center nurse since 2004, and she's delivered more babies than some of our doctors (shh). In August, Tink was diagnosed with ovarian cancer, and she's been getting her chemo right across the parking lot at our Cancer Center.\n\nHer Birth Center family has been busy: 85 #TeamTink shirts sold, a meal train booked through Christmas, and a Birth Center \"wall of babies\" with photos from families she helped — more than 300 so far.\n\nTink, you've held all of our hands. Now we're holding yours. 💙",
    [
        ("NAME", 'Tina "Tink" Lindahl'),
        ("NAME", "Tink", "*"),
        ("DATE", "August"),
        ("NAME", "#TeamTink"),
    ],
    note="nurse who became a patient; colleagues' fundraiser; the photos are of other families' babies, not PHOTO",
)
n(
    "en",
    "staff_spotlight",
    'Congratulations to our latest DAISY Award honoree, Birth Center nurse Colleen Haskins! 🌼\n\nColleen was nominated by a family who wrote: "She stayed two hours past her shift because she promised she\'d be there when our son was born. She kept her promise."\n\nThe DAISY Award was created by the family of J. Patrick Barnes, who died of an autoimmune disease in 1999, to thank nurses for the care they give every day. More than 5,000 hospitals now take part.\n\nThank you, Colleen! 💛 #DAISYAward',
    "nurse honoured; the nominating family is anonymous; the award's namesake is a public figure, not our patient",
)
p(
    "en",
    "milestone_birthday",
    "Happy 95th birthday, Sister Mary Agnes! 🎂🙏\n\nSister Mary Agnes taught third grade for 51 years before \"retiring\" to run a food pantry, which she still does three days a week. This week she's recovering on 4 West after a fall, and this morning six of her fellow Franciscan sisters from St. Clare's came to sing to her.\n\nWhen our nurse asked what she wanted for her birthday, she said: \"A Cubs World Series. I'm praying for it, but it's not looking good.\" ⚾\n\nHappy birthday, Sister! We're praying with you. 💙",
    [("AGE", "95th"), ("NAME", "Mary Agnes", "*")],
    note="'Sister' is a title; age over 89",
)
n(
    "en",
    "public_figure",
    "Happy 95th birthday to the Franciscan Sisters of St. Clare, who opened the hospital's first nursing school in 1929! 🙏 Their legacy lives on in every nurse who trained here.",
    "anniversary of a religious order, not a person's age",
)
p(
    "en",
    "patient_story",
    'Sometimes a name says it all. 💪\n\nFirefighter/paramedic Kayla Strong of Wexford Junction Fire was burned on both hands during a garage fire on Wexford Road on the 17th. Since then she\'s been with our Burn Unit team for skin grafts and about a thousand hours of hand therapy.\n\nToday Kayla gripped a coffee cup for the first time without help. Her OT cried. Her fiancé Tyler cried. Kayla told them both to "be strong." 😂\n\nStay Strong, Kayla. Your crew at Station 6 is holding your spot. #SycamoreStrong',
    [
        ("NAME", "Kayla Strong"),
        ("NAME", "Kayla", "*"),
        ("GEO", "Wexford Road"),
        ("DATE", "17th"),
        ("NAME", "Tyler"),
    ],
    note="firefighter who is the patient; her surname is an ordinary word, reused as a pun ('Stay Strong') and in a campaign hashtag",
)
n(
    "en",
    "campaign_hashtag",
    "#SycamoreStrong is more than a hashtag. 💚\n\nIt's the 4,200 employees, 600 volunteers and 900 physicians who showed up through a pandemic, a tornado, a cyberattack and a record flu season. It's the firefighters who bring us breakfast and the neighbors who bring us cards.\n\nThis week we're launching our 2025 Sycamore Strong campaign to raise $5 million for a new Behavioral Health Pavilion. Learn more at svhfoundation.org/strong.\n\nStay strong, Harlan Grove. 💪",
    "campaign hashtag and aggregate numbers",
)
p(
    "en",
    "discharge",
    "Triple the diapers, triple the love 💙💙💙 The Hoang triplets are headed home after 44 days in our NICU! Their big sister made a banner. It says WELCOME HOME BABYS. We're framing it.",
    [("NAME", "Hoang")],
    note="family surname is the only identifier",
)
n(
    "en",
    "statistic",
    "Twins, triplets & more: our NICU cared for 61 sets of multiples last year, including 2 sets of quadruplets! 👶👶👶👶 #NICUAwareness",
    "aggregate count",
)
p(
    "en",
    "thank_you",
    "We got a letter. 📝\n\n\"To the ED nurse with the purple stethoscope, the respiratory therapist who kept making me laugh, and the doctor who held my wife's hand when she got there:\n\nThree weeks ago I was on the other end of a call I've run a hundred times. Chest pain, sweaty, gray. This time it was me. You all moved like a crew I'd be proud to ride with.\n\nI'm back home, I'm walking every day, and I'm going to be back on the engine by summer. Thank you for treating me like family.\n\n— FF/EMT Curtis Bell, Ostrander Fire Station 2\"\n\nCurtis, you ARE family. 🚒❤️",
    [("NAME", "Curtis Bell"), ("NAME", "Curtis", 2)],
    note="thank-you letter from a firefighter who was the patient, named only in the signature",
)
n(
    "en",
    "anonymous_story",
    "Why do patients ring a bell when they finish treatment? 🔔\n\nThe tradition started in 1996 when a Navy admiral being treated for head and neck cancer brought a bell to his last radiation session, following a Navy custom of ringing a bell to signal 'job done.' Today, you'll find bells in cancer centers all over the country — including ours, in the lobby at 415 Commerce Drive.\n\nNot everyone chooses to ring, and that's OK too. Every ending is different. 💜",
    "history of a tradition; unnamed historical patient elsewhere; hospital address",
)
p(
    "es",
    "patient_story",
    'Hace un año, el 2 de febrero, Valentina llegó a nuestra Unidad de Cuidados Intensivos Pediátricos después de que un carro la atropelló frente a su casa en la calle Fulton, en West Chicago. 🚑\n\nHoy, Valentina regresó — caminando — para traerle flores a las enfermeras que la cuidaron. Su mamá, Soledad, nos dijo: "Ustedes no solo salvaron a mi hija. Me salvaron a mí también."\n\nValentina quiere ser enfermera cuando sea grande. ¡Aquí te esperamos, mija! 💕',
    [
        ("DATE", "2 de febrero"),
        ("NAME", "Valentina", "*"),
        ("GEO", "calle Fulton"),
        ("GEO", "West Chicago"),
        ("NAME", "Soledad"),
    ],
    note="home street and town; the mother's name is also the word for solitude",
)
n(
    "es",
    "eponymous_condition",
    "Hoy es el Día Mundial del Síndrome de Down 🧦💙 Las personas con síndrome de Down trabajan, estudian, se enamoran y cambian el mundo. En nuestra clínica de Pediatría ofrecemos apoyo a familias en español. Pregunte por nuestro grupo de padres: (630) 555-0193. #CalcetinesDisparejos",
    "eponymous condition, awareness day, hospital phone",
)
p(
    "en",
    "milestone_birthday",
    "Bug is 2 today!!! 🐞 Our littlest heart warrior had her 3rd surgery here on Valentine's Day and is now the boss of her daycare. Happy birthday from the Peds Cardiology crew! 💗",
    [("NAME", "Bug"), ("DATE", "Valentine's Day")],
    note="nickname that is an ordinary word; surgery on a named holiday",
)
n(
    "en",
    "health_tip",
    "Stomach bug season is HERE. 🤢 Wash hands with soap (hand sanitizer doesn't kill norovirus), stay home 48 hrs after symptoms stop, and sip fluids. Signs of dehydration in kids? Call us or come in.",
    "'bug' is an ordinary word",
)
p(
    "en",
    "discharge",
    "Lifeguards Jenna Park and Luis Romero, you are the reason Cooper Flynn went home today. 🏊\u200d♂️🛟\n\nOn July 9th, 7-year-old Cooper was pulled from the deep end of the Harlan Grove Aquatic Center. Jenna and Luis had him out of the water and started rescue breaths in under a minute. By the time he got to our Pediatric ED, he was crying — which, in this case, was the best sound in the world.\n\nAfter 2 nights with us, Cooper went home with his parents, Meghan and Sean, and a new goal: learning to swim. The Aquatic Center is giving him free lessons for life. 💙\n\nParents: drowning is silent and fast. Designate a water watcher every time.",
    [
        ("NAME", "Cooper Flynn"),
        ("NAME", "Cooper", "*"),
        ("DATE", "July 9th"),
        ("NAME", "Meghan"),
        ("NAME", "Sean"),
    ],
    note="the lifeguards are the heroes and not labelled; the pool where he was hurt is a facility, not GEO",
)
n(
    "en",
    "event",
    "Splash into safety! 💦 Join our Pediatric Trauma team and the Harlan Grove Park District for Water Safety Day on Saturday, June 15, 10 AM–2 PM at the Harlan Grove Aquatic Center.\n\n🛟 Free life jacket fittings\n🏊 Mini swim lessons for ages 3-8\n🚒 Meet the Fire Department's dive team\n🍦 Free ice cream (obviously)\n\nNo registration needed. See you there! ☀️",
    "public event date and venue",
)
p(
    "en",
    "discharge",
    "Sonny and Cher went home today. 😂🎤\n\nYes, really. Our Birth Center nurses had to double-check the name cards on the twins' bassinets. Mom Tara says the names were Dad's idea. Dad says they were Mom's. Grandma says she's \"staying out of it.\"\n\nSonny (6 lbs 1 oz) is the loud one. Cher (5 lbs 11 oz) is, according to our nurses, \"already a diva, in the best way.\"\n\nCongrats to the Albright family on your twins! 💕 May you get at least four consecutive hours of sleep sometime this year.",
    [("NAME", "Sonny", "*"), ("NAME", "Cher", "*"), ("NAME", "Tara"), ("NAME", "Albright")],
    note="babies whose names echo celebrities",
)
n(
    "en",
    "public_figure",
    "🎶 'If I could turn back time…' — Cher. We can't, but we CAN remind you to set your clocks back this Sunday. Replace your smoke detector batteries too! 🔋 #FallBack",
    "celebrity quote",
)
p(
    "en",
    "pasted_record",
    "DRAFT — NOT FOR POSTING. Notes from ED charge RN for the 'Good Samaritan' story (Comms needs family consent first):\n• Pt: Gregory Alan Whitt, 54 y/o M, DOB 05/12/1970\n• IL DL# W300-4415-7712\n• Brought in after collapsing at Costco on Randall Rd, 3/18 ~1400\n• Wife: Cynthia Whitt (cwhitt70@gmail.com / 630.555.4409)\n• Bystander who did CPR: off-duty HGPD Officer Tamara Ellis — she's OK being named\n• Now in CVICU bed 4",
    [
        ("NAME", "Gregory Alan Whitt"),
        ("DATE", "05/12/1970"),
        ("LICENSE", "W300-4415-7712"),
        ("GEO", "Randall Rd"),
        ("DATE", "3/18"),
        ("NAME", "Cynthia Whitt"),
        ("EMAIL", "cwhitt70@gmail.com"),
        ("PHONE", "630.555.4409"),
        ("OTHER_ID", "bed 4"),
    ],
    note="driver's licence number; the off-duty officer who did CPR is the hero and not labelled",
)
n(
    "en",
    "anonymous_story",
    "Off duty doesn't mean off the clock for Officer Tamara Ellis. 🚓❤️\n\nWhile grocery shopping with her kids last month, Officer Ellis saw a man collapse near the checkout lanes. She started CPR immediately, directed a store employee to grab the AED, and kept going until Harlan Grove Fire arrived.\n\nThe patient was treated in our Emergency Department and we're not able to share any details about him — but Officer Ellis's actions gave him the best possible chance.\n\nTonight, our ED and Cardiology teams presented her with our Community Lifesaver award. Thank you, Officer Ellis! 🏅",
    "police officer honoured as the rescuer; the patient is anonymous",
)
p(
    "es",
    "thank_you",
    "¡Gracias, familia Ochoa! 🌮 Los tacos para todo el turno de noche estuvieron increíbles. Nos da mucho gusto que Memo ya esté jugando fútbol otra vez después de su cirugía de rodilla. ⚽",
    [("NAME", "Ochoa"), ("NAME", "Memo")],
)
n(
    "es",
    "event",
    "⚽ ¿Su hijo juega fútbol? Nuestra clínica de Medicina Deportiva ofrece exámenes físicos deportivos por $25 todos los sábados de julio. Sin cita. Pabellón Ambulatorio, 415 Commerce Drive.",
    "event and the hospital's own address",
)
p(
    "en",
    "patient_story",
    "Ha! Mr. Whiskers sounds like a VERY good boy 🐱 Please tell Gloria the whole 4 West crew says hi and that we hope her hip is feeling better every day! 💕",
    [("NAME", "Gloria")],
    note="comment reply; 'Mr. Whiskers' is a cat, the patient is Gloria",
)
n(
    "en",
    "hospital_contact",
    "No, Mr. Whiskers cannot visit. 😿 (We get asked a lot!) Only certified therapy animals are allowed on our units. Our Paws for Healing dogs visit Tues & Thurs. 🐕",
    "pet name with an honorific; no patient",
)

# ---------------------------------------------------------------- batch 6

p(
    "en",
    "discharge",
    "Chase is home. 🚑💙\n\nIf you follow Harlan Grove Fire, you already know the story: on the night of January 22nd, paramedic Chase Hartley was hit by a car that slid on black ice while he was loading a patient into the ambulance on Ogden Avenue. Chase took the hit. His patient didn't get a scratch.\n\nAfter 5 weeks with our trauma, ortho and rehab teams, Chase went home Friday to his wife Megan and their 2-year-old, Bodhi — who, we're told, immediately demanded a ride on Daddy's wheelchair.\n\nHere's to a full recovery, Chase. Your ambulance is waiting. 🚒",
    [
        ("NAME", "Chase Hartley"),
        ("NAME", "Chase", "*"),
        ("DATE", "January 22nd"),
        ("GEO", "Ogden Avenue"),
        ("NAME", "Megan"),
        ("NAME", "Bodhi"),
    ],
    note="paramedic introduced by his job who is the patient; the patient he was loading stays anonymous",
)
n(
    "en",
    "hospital_contact",
    "Paper chase? 📄 Our Medical Records office is going digital — request records online at sycamorevalley.org/records. Questions: (630) 555-0100, option 4.",
    "'chase' is an ordinary word; hospital contacts",
)
p(
    "en",
    "thank_you",
    "omg tell your mom we said CONGRATS on finishing radiation!!! 🎉 we miss her laugh in the waiting room already. big hugs to you too, kenzie 💜",
    [("NAME", "kenzie")],
    note="lower-case comment reply; only the patient's daughter is named",
)
n(
    "en",
    "recruitment",
    "We're hiring radiation therapists! ☢️ Join the team at our Cancer Center, 415 Commerce Drive. Day shift only, no weekends. careers.sycamorevalley.org",
    "recruitment with the hospital's own address",
)
p(
    "en",
    "memorial",
    "Last week, a very special ceremony took place in our hospice courtyard. 🇺🇸\n\nRetired Harlan Grove Police Sergeant Frank Dombrowski, who served 30 years on the force and 4 in the Army, received a pinning ceremony from the Harlan Grove PD Honor Guard and the VFW. Frank's granddaughter Honor — yes, that's really her name — read a letter she wrote him, and the Honor Guard presented him with a folded flag.\n\nFrank passed away peacefully on the 6th, with his family at his side.\n\nThank you for your service, Sergeant. 🫡",
    [
        ("NAME", "Frank Dombrowski"),
        ("NAME", "Frank", "*"),
        ("NAME", "Honor", 2),
        ("DATE", "6th"),
    ],
    note="retired police sergeant who was our hospice patient; his granddaughter's name also occurs as 'Honor Guard'",
    ok=("Honor",),
)
n(
    "en",
    "event",
    "Honor Flight Chicago returns tomorrow night! ✈️🇺🇸 Our staff will be at Midway to welcome home 100 veterans from their trip to the memorials in D.C. Want to join the welcome home crowd? Arrivals around 8:30 PM. Bring signs & flags!",
    "'Honor' is part of an organisation's name; veterans as a group",
)
p(
    "es",
    "patient_story",
    '¡El profe Chava regresó a la cancha! ⚽🙌\n\nSalvador "Chava" Medina, entrenador de fútbol juvenil en la liga de Harlan Grove desde hace 20 años, sufrió un infarto el 9 de septiembre durante un partido. Los papás del equipo le dieron RCP hasta que llegó la ambulancia.\n\nDespués de una semana en nuestra unidad de cardiología y dos meses de rehabilitación cardiaca, el profe Chava volvió este sábado a dirigir a sus Tigres. Su esposa Norma nos mandó una foto: él gritando, ellos ganando 3-0. 😂\n\n¡Cuídese mucho, profe!',
    [
        ("NAME", 'Salvador "Chava" Medina'),
        ("NAME", "Chava", "*"),
        ("DATE", "9 de septiembre"),
        ("NAME", "Norma"),
    ],
    note="coach introduced by his job ('profe' is a title) who is the patient; the photo is described, not attached, so no PHOTO span",
)
n(
    "es",
    "event",
    "¿Es usted entrenador de deportes juveniles? 🏅 Ofrecemos clases gratuitas de RCP y uso del desfibrilador para entrenadores y papás voluntarios. Próxima clase: sábado 12 de octubre, 9 a. m., Centro de Bienestar. Inscríbase: 630-555-0193.",
    "class date and hospital phone",
)
p(
    "en",
    "thank_you",
    'Our Mobile Geriatrics team makes house calls to three senior communities in town, and every once in a while, a patient makes a house call right back. 🏠\n\nThis week, Mrs. Ida Pemberton — one hundred and three years young and a resident of Fox Valley Terrace since 2012 — asked her caregivers to bring her to our Outpatient Pavilion so she could personally thank Dr. Amara Obi for "keeping my heart ticking." She brought a tin of her famous snickerdoodles and a handwritten note in perfect cursive.\n\nIda, our whole Geriatrics team read your note three times. And the cookies are already gone. 🍪',
    [
        ("NAME", "Ida Pemberton"),
        ("NAME", "Ida", 2),
        ("AGE", "one hundred and three"),
    ],
    note="age over 89 spelled out; care-home resident; the senior community's name is not GEO; the doctor is staff",
)
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Amara Obi, our new geriatrician! 🩺 Dr. Obi grew up in Lagos, trained at Northwestern, and says her favorite patients are 'the ones who tell me I'm too young to be a doctor.' She sees patients at the Outpatient Pavilion and makes house calls through our Mobile Geriatrics program. Call 630-555-0100 to schedule.",
    "doctor's own home town is not labelled",
)
p(
    "en",
    "patient_story",
    "Rusty's up and walking! 🚶‍♂️ Day 3 after his new knee and he's already asking when he can get back on his combine. Harvest can wait, Rusty. 🌽 (Family: call his daughter Jen at 815-555-2030 for visiting times!)",
    [("NAME", "Rusty", "*"), ("NAME", "Jen"), ("PHONE", "815-555-2030")],
    note="nickname that is an ordinary word; the daughter's phone number posted publicly",
)
n(
    "en",
    "event",
    "Rusty on CPR? 🫀 Our Community Education team offers BLS renewal classes every Tuesday night. $45, 3 hours, card same day. Sign up: 630-555-0193.",
    "'Rusty' is an adjective",
)
p(
    "en",
    "thank_you",
    "A thank-you note we received this week, shared with permission from the Delgado-Price family 💚\n\n\"Our son Julian was diagnosed with Crohn's disease at 13 after months of being told it was 'just a stomach bug.' Dr. Raman and the GI team at Sycamore Valley were the first people who really listened. Julian spent 9 days on 2 West in March, and the nurses taught him how to do his own injections — he calls them 'my superhero shots.'\n\nHe's 15 now, in remission, and just made the varsity soccer team. We can never thank you enough.\" — Carla & Dev\n\nJulian, go score some goals! ⚽",
    [
        ("NAME", "Delgado-Price"),
        ("NAME", "Julian", "*"),
        ("DATE", "March"),
        ("NAME", "Carla"),
        ("NAME", "Dev"),
    ],
    note="eponymous condition next to a real patient; the doctor is staff",
)
n(
    "en",
    "eponymous_condition",
    "World IBD Day 💜 More than 3 million Americans live with Crohn's disease or ulcerative colitis. If you've had belly pain, diarrhea or weight loss for more than a few weeks, talk to your doctor. Our GI clinic offers same-week appointments: (630) 555-0100. #WorldIBDDay",
    "eponymous condition and statistics",
)
p(
    "en",
    "pasted_record",
    "comms pls hold the 'baby born in the parking garage' post!! mom hasn't signed the release yet. for your notes only: MOM = Destinee Carter, DOB 8/19/2002, Medicaid ID 991042388, 1440 S. Ridgeland Ave Apt 3B, Berwyn. BABY = girl, born 06/02 @ 0317, NICU bed 14. boyfriend Tre on his way from work",
    [
        ("NAME", "Destinee Carter"),
        ("DATE", "8/19/2002"),
        ("HEALTH_PLAN", "991042388"),
        ("GEO", "1440 S. Ridgeland Ave Apt 3B"),
        ("GEO", "Berwyn"),
        ("DATE", "06/02"),
        ("OTHER_ID", "bed 14"),
        ("NAME", "Tre"),
    ],
    note="internal note with Medicaid number and home address",
)
n(
    "en",
    "anonymous_story",
    "Not every baby waits for the elevator. 🚗👶\n\nEarly this morning, one of our Birth Center nurses got a call from the parking garage: a mom was in labor in her car on level 2. Our team sprinted down with a delivery kit and welcomed a healthy baby girl in the back seat before security could even get the gate open.\n\nMom and baby are doing great, and we're told the car has been renamed. 😂\n\nHuge thanks to our Birth Center and security teams for their lightning-fast response! ⚡",
    "de-identified version of a birth story",
)
p(
    "es",
    "thank_you",
    "¡Muchas gracias por sus palabras, señora Lourdes! 🙏 Le vamos a pasar su mensaje al equipo de Cirugía. Nos da gusto saber que su esposo ya está mejor. Saludos hasta Joliet.",
    [("NAME", "Lourdes"), ("GEO", "Joliet")],
    note="reply to a patient's wife; her name is also a place name",
)
n(
    "es",
    "sponsor",
    "Gracias a la parroquia Nuestra Señora de Lourdes por donar 300 cobijas para nuestros pacientes de Oncología ❤️ ¡Qué bendición! #OrgulloSycamore",
    "parish as donor",
)
p(
    "en",
    "patient_story",
    "Who needs a hot tub? 🥶\n\nOn New Year's Day, 14-year-old Wade Kessler-Ong — who finished treatment for leukemia with our pediatric oncology team in the spring — convinced 212 people to jump into a frozen Lake Harlan for the first-ever Wade's Polar Plunge.\n\nThe total raised? $19,775 for the Pediatric Comfort Fund. That's a lot of popsicles, weighted blankets and video games for the kids still on 2 West.\n\nWade's mom, Jenny, says he's already planning next year's. We'll bring the towels. 🧊💙",
    [("NAME", "Wade Kessler-Ong"), ("NAME", "Wade", "*"), ("NAME", "Jenny")],
    note="patient-run fundraiser; the fundraiser's date and venue are a public event, not a medical date or his address",
)
n(
    "en",
    "event",
    "Brrr-illiant news! 🥶 The Harlan Grove Police & Fire Polar Plunge is back on Saturday, Feb. 1 at Lake Harlan Beach. Teams of cops, firefighters and ER nurses will be taking the plunge to raise money for Special Olympics Illinois. Come cheer (or jump)! Register: sycamorevalley.org/plunge",
    "public event",
)
p(
    "en",
    "patient_story",
    '70 years. 💍❤️\n\nCongratulations to Mr. and Mrs. Abernathy, who celebrated their 70th wedding anniversary today — in room 512, where Mr. Abernathy is recovering from pneumonia.\n\nOur 5 South team wasn\'t about to let a hospital stay get in the way. The kitchen sent up a small cake, their 9 grandchildren crowded in (we may have bent the visitor rules a little), and the whole family sang "Let Me Call You Sweetheart" loudly enough to be heard at the nurses\' station.\n\nMrs. Abernathy\'s secret to 70 years? "Separate bathrooms." 😂',
    [("NAME", "Abernathy", "*"), ("OTHER_ID", "room 512")],
    note="'70 years of marriage' is not an age; surname and room number",
)
n(
    "en",
    "statistic",
    "70 years ago this week, Sycamore Valley Hospital opened its doors with 48 beds and 6 nurses. 🏥 Today: 412 beds, 4,200 employees and 1 very big birthday cake in the cafeteria. Happy birthday to us! 🎂",
    "hospital anniversary",
)
p(
    "en",
    "patient_story",
    "Let's flood his mailbox! 📬\n\nWexford Junction firefighter Lt. Victor Salas is recovering at home after 3 weeks in our Burn Unit, and his kids, Mia and Leo, have set a goal: 1,000 cards before his birthday on March 30th.\n\nThe family has said it's OK to share their mailing address: Salas Family, 2719 Prairie Rose Lane, Oswego, IL 60543. 🏠\n\nLet's get Lt. Salas to 1,000! Send a card, a drawing, or a note from your own kids. 💙🚒",
    [
        ("NAME", "Victor Salas"),
        ("NAME", "Salas", "*"),
        ("NAME", "Mia"),
        ("NAME", "Leo"),
        ("DATE", "March 30th"),
        ("GEO", "2719 Prairie Rose Lane"),
        ("GEO", "Oswego"),
        ("GEO", "60543"),
    ],
    note="firefighter who was our patient; the family's home address (with consent) is still GEO",
)
n(
    "en",
    "staff_spotlight",
    "Double the first responders, double the love! 👮‍♀️🩺👶\n\nOur ED nurse Leo Brandauer and his wife, Officer Dana Brandauer of Harlan Grove PD, just became first-time parents! Baby Cora was born at St. Brigid's Hospital in Naperville on Sunday (we're not jealous — okay, a little).\n\nLeo's coworkers have already filled his locker with tiny police-and-nurse onesies, and the night shift is taking bets on whether Cora will grow up to be a cop, a nurse, or \"anything with regular hours.\" 😂\n\nCongrats, Brandauers! 💙",
    "a nurse's own family; the baby was born at another hospital and is not our patient",
)
p(
    "en",
    "patient_story",
    "Dawn's up before dawn 🌅 — our favorite 5 South early riser has been doing laps at 5am every day since her surgery. Go home soon, Dawn! We'll miss the wake-up calls. ☕",
    [("NAME", "Dawn", "*")],
    note="name next to the same lower-case word",
)
n(
    "en",
    "statistic",
    "From dawn to dusk (and dusk to dawn) 🌅🌙 our ED never closes. Thank you to the 112 people who staffed our Emergency Department over the holiday weekend!",
    "'dawn' is an ordinary word; staff count",
)
p(
    "en",
    "patient_story",
    'Principal Rodriguez has a new title: Patient. 🎓➡️🏥\n\nThe students of Harlan Grove North High School found out last week that their beloved principal, Dr. Hector Rodriguez, was admitted to our ICU with a severe case of pneumonia. Within 48 hours, the student council had organized a school-wide "Dress Like Doc Rod" day — sweater vests, bow ties and all — and sent us 200 photos to hang in his room.\n\nGreat news: Doc Rod is out of the ICU and on our medical floor, and he says the sweater vests were the best medicine. 👔\n\n#DocRodStrong',
    [
        ("NAME", "Rodriguez", 1),
        ("NAME", "Hector Rodriguez"),
        ("NAME", "Rod", "*"),
        ("NAME", "#DocRodStrong"),
    ],
    note="principal introduced by his job who is the patient; 'Dr.' and 'Doc' are titles, 'Rod' the nickname; the students' photos are not PHOTO",
)
n(
    "en",
    "public_figure",
    "Happy Teacher Appreciation Week! 🍎 Our Foundation delivered 1,500 cookies to every school in Harlan Grove District 212 this morning. District Superintendent Dr. Lisa Okafor-Grant says the teachers' lounges were 'emptied in eleven minutes.' We believe it. Thank you, teachers! 📚",
    "public official; teachers as a group",
)
p(
    "en",
    "pasted_record",
    "Hi team, family of the pt below asked us to share a 'thank you to our first responders' post and tag the fire dept. Pt: Keith Marlowe, D.O.B.: 2-11-1988, Acct 0043-118-72, adm via Harlan Grove FD Medic 5 on 9/14. Mom Deborah (deb.marlowe@icloud.com) will send the photo. Please tag @HarlanGroveFD not the pt!",
    [
        ("NAME", "Keith Marlowe"),
        ("DATE", "2-11-1988"),
        ("ACCOUNT", "0043-118-72"),
        ("DATE", "9/14"),
        ("NAME", "Deborah"),
        ("EMAIL", "deb.marlowe@icloud.com"),
    ],
    note="the fire department's handle and ambulance unit are not patient identifiers; the photo is not attached",
)
n(
    "en",
    "sponsor",
    "Thank you, @HarlanGroveFD, @WexfordJctFire and @OstranderFPD, for the 600+ patients you brought to our ED this month — and for the pizza. 🍕🚒 #FirstResponderFriday",
    "first-responder agencies' handles; patients as a count",
)
p(
    "en",
    "sponsor",
    'Shout-out to the ladies of the Fox Valley Terrace knitting circle! 🧶💕\n\nThis morning they dropped off 112 tiny preemie hats for our NICU babies — in every color of the rainbow, plus a few in Bears orange and navy. 🐻\n\nSpecial thanks to Mabel, 96, who knitted 40 of them herself. Mabel was our patient on 4 West last month, and she told our nurses she "owed them one." Mabel, we think you\'ve more than paid us back!\n\nWant to knit for our NICU? Patterns and yarn guidelines: (630) 555-0148.',
    [("NAME", "Mabel", "*"), ("AGE", "96")],
    note="donor who is herself a former patient; age over 89",
)
n(
    "en",
    "sponsor",
    "Thank you to the knitting circle at Fox Valley Terrace for 112 preemie hats! 🧶 The oldest knitter is 96 and says she 'can do 3 a day if the Cubs are losing.'",
    "age over 89 of an anonymous donor who is not a patient",
)
p(
    "en",
    "patient_story",
    "They call him Lucky now. ⚡\n\nIn July, Ray Castillo was struck by lightning while fishing near Montgomery. His fishing buddy — a retired EMT — started CPR right there on the riverbank. Ray spent 12 days in our ICU and another three weeks on 5 North.\n\nThis week he came back with a cooler full of walleye for the night shift and a new nickname courtesy of his grandkids. 🎣\n\nStay inside during storms, friends. And Lucky — maybe take up bowling?",
    [
        ("NAME", "Lucky", "*"),
        ("DATE", "July"),
        ("NAME", "Ray Castillo"),
        ("NAME", "Ray", 2),
        ("GEO", "Montgomery"),
    ],
    note="nickname that is an ordinary word; place of injury; the rescuer is anonymous",
)
n(
    "en",
    "health_tip",
    "When thunder roars, go indoors! ⛈️ Lightning can strike 10 miles from a storm. Our ED treats a few lightning injuries every summer — most from people who 'just wanted to finish the round.' Get inside. #LightningSafety",
    "generic tip",
)
p(
    "es",
    "memorial",
    "Con mucha tristeza compartimos que doña Esperanza Villaseñor, la voluntaria más querida de nuestra capilla por 22 años, falleció el 19 de noviembre aquí en nuestra unidad de cuidados paliativos, rodeada de sus hijos. 🕊️\n\nDoña Espe rezaba el rosario con cualquier paciente que lo pidiera, en español o en inglés, y siempre traía dulces de leche para las enfermeras.\n\nSu hijo Ramón nos pidió compartir que el rosario será en su casa en Aurora. Descanse en paz, doña Espe. 🙏",
    [
        ("NAME", "Esperanza Villaseñor"),
        ("DATE", "19 de noviembre"),
        ("NAME", "Espe", "*"),
        ("NAME", "Ramón"),
        ("GEO", "Aurora"),
    ],
    note="volunteer who died as our patient, so she is labelled",
)
n(
    "en",
    "statistic",
    "Our Chaplaincy team made 9,400 patient visits last year in 11 languages. 🙏 If you'd like a chaplain visit, just ask your nurse — any faith or no faith at all.",
    "aggregate count",
)
p(
    "en",
    "discharge",
    "Love this!! 😍 #LittleMissMaisie has officially graduated from PT — go show that playground who's boss! 💪",
    [("NAME", "#LittleMissMaisie")],
    note="the patient appears only in a name hashtag",
)
n(
    "en",
    "event",
    "Little Miss Harlan Grove pageant contestants visited our pediatric floor today with crowns for every kid (and a few nurses) 👑 Thank you, ladies!",
    "pageant title, visitors; patients as a group",
)
p(
    "en",
    "pasted_record",
    "Draft for tomorrow's #ThankfulThursday — need Legal to OK first:\n\n\"A huge thank you to the Moreno-Vega family for the beautiful mural in our Peds waiting room! 🎨 Their daughter Isabella (6) painted the sun after her tonsil surgery here on 10/3, and her uncle Rafael, a muralist from Pilsen, turned it into a 12-foot masterpiece.\"\n\n^ Rafael's # if we want a quote: 312-555-4471. Isabella's chart # is 7731094 if anyone needs to check consent.",
    [
        ("NAME", "Moreno-Vega"),
        ("NAME", "Isabella", "*"),
        ("DATE", "10/3"),
        ("NAME", "Rafael", "*"),
        ("GEO", "Pilsen"),
        ("PHONE", "312-555-4471"),
        ("MRN", "7731094"),
    ],
    note="the uncle is a relative (with his neighbourhood and phone); 'chart #' is a record number",
)
n(
    "en",
    "sponsor",
    "Meet the artist behind our new ED mural! 🎨\n\nChicago muralist Sofía Bautista spent three weeks on a lift outside our ambulance bay painting \"Guardians\" — a 40-foot tribute to the police officers, firefighters, paramedics and dispatchers who bring patients to our door every day.\n\nLook closely and you'll see real details: a Harlan Grove engine, an Ostrander ambulance, a dispatcher's headset, and a K9 that looks suspiciously like a certain German shepherd who visits our peds unit. 🐕\n\nThe mural was funded by the Sycamore Valley Foundation. Come see it from the Sycamore Valley Parkway sidewalk!",
    "artist, not a relative of a patient; hospital street",
)
p(
    "en",
    "patient_story",
    "Harmony, 8, sang the national anthem at our Memorial Day ceremony today — just 3 months after her kidney transplant here. 🇺🇸🎤 Goosebumps. Thank you, Harmony.",
    [("NAME", "Harmony", "*")],
    note="ordinary-word name; the ceremony date is a hospital event",
)
n(
    "en",
    "event",
    "Harmony in the halls 🎻 The Harlan Grove Youth Symphony performs in our Main Lobby every first Friday at noon. Free and open to all! Next show: Friday, Oct 4.",
    "'Harmony' is an ordinary word",
)
p(
    "en",
    "patient_story",
    "Sometimes the hero needs a hero. 💙\n\nHarlan Grove Officer Brent Yoder has spent 17 years showing up for other families on their worst days. In September, it was his own family's turn: his wife, Leah, was diagnosed with breast cancer.\n\nBrent's squad has driven Leah to every one of her 16 chemo appointments at our Cancer Center so he didn't have to miss a shift — and they've worn pink ribbons on their uniforms all October.\n\nToday, Leah rang the bell. Brent rang it with her. 🔔🎀\n\n#CopsWearPink #BreastCancerAwareness",
    [
        ("NAME", "Brent Yoder"),
        ("NAME", "Brent", "*"),
        ("DATE", "September"),
        ("NAME", "Leah", "*"),
    ],
    note="police officer framed as a hero who is the patient's husband; 'October' is the awareness month, not her event",
)
n(
    "en",
    "campaign_hashtag",
    "🎀 Harlan Grove PD, Wexford Junction PD and Ostrander PD are going pink this October! Look for pink patches on officers' uniforms — proceeds from patch sales ($10 each) support free mammograms at our Breast Center. Get yours at any police station lobby. #CopsWearPink",
    "campaign; agencies as donors",
)
p(
    "en",
    "patient_story",
    "Our Rock Steady Boxing family needs your prayers. 🥊\n\nCoach Gus Petrakis, who has been leading our Parkinson's boxing class for six years, had a heart attack on Monday — right after teaching class, of course, because he wouldn't let anyone miss a round. He's now recovering in our CVICU.\n\nHis boxers made him a giant card signed by all 40 members, and his wife Eleni taped it to the wall next to his bed. He says he's \"training for the comeback.\"\n\nGet well soon, Coach! 💪",
    [("NAME", "Gus Petrakis"), ("NAME", "Eleni")],
    note="class instructor introduced by his job who became a patient; Parkinson's is an eponym",
)
n(
    "en",
    "recruitment",
    "Our Rock Steady Boxing program is looking for volunteer coaches! 🥊 No boxing experience needed — just energy and patience. Training provided by Rock Steady Boxing. Classes help people living with Parkinson's disease improve balance, strength and confidence. Apply: (630) 555-0148.",
    "eponymous condition; volunteer recruitment",
)
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Luna! 🌙 Nació anoche a las 11:58 p. m. bajo la luna llena, y sus papás Iván y Jazmín dicen que no había otro nombre posible. 💜",
    [("NAME", "Luna"), ("NAME", "Iván"), ("NAME", "Jazmín")],
    note="name that means 'moon' next to the lower-case word; 'anoche' is relative",
)
n(
    "es",
    "anonymous_story",
    "🌙 Esta noche hay luna llena y... ¡sí, las enfermeras de Maternidad juran que nacen más bebés! (La ciencia dice que no, pero nosotros preparamos café extra por si acaso ☕)",
    "'luna' is an ordinary word",
)
p(
    "en",
    "discharge",
    "Will Hunter is going home. 🚔💙\n\nFor those who don't know him: Deputy Will Hunter has worked the overnight shift for the Kane County Sheriff's Office for 11 years. On the night of the 28th, he was dragged by a fleeing vehicle during a traffic stop on Orchard Road and arrived at our Trauma Center in critical condition.\n\nWill spent 19 days with us. His wife Shelby slept in the family lounge for most of them, and his fellow deputies took turns standing outside his door — not because they had to, but because they will always have his back.\n\nThis afternoon, Will walked out on his own two feet. Shelby asked us to share: \"We will never be able to thank the trauma team enough. Will and I will be back with cookies.\"\n\nWe will hold you to that, Shelby. 🍪",
    [
        ("NAME", "Will Hunter", "*"),
        ("NAME", "Will", "*"),
        ("DATE", "28th"),
        ("GEO", "Orchard Road"),
        ("NAME", "Shelby", "*"),
    ],
    note="deputy whose first name and surname are both ordinary words; the lower-case verb 'will' is not labelled; the county in his agency's name is not GEO",
)
n(
    "en",
    "campaign_hashtag",
    "Some of our favorite posts this year were about first responders — the ones who brought patients to us, and the ones who became our patients. 🚒🚓🚑\n\nIf a first responder in your life has made a difference, tell us about them! Send your story to socialmedia@sycamorevalley.org or message @SycamoreValleyHospital. Please don't include anyone's medical information without their permission. 💙\n\n#ThankAFirstResponder #SycamoreStrong",
    "call for stories; hospital's own email and handle",
)

if __name__ == "__main__":
    S.main("phi_dev6_source")
