"""Blind development set d35 for the PHI scanner: tests/data/phi_dev35.jsonl.

Organisation: Cascadia Children's Hospital & Puget University Medical Center, Seattle, WA
(phi_dev35_org.json): sites at Laurelhurst (children's), Yesler Terrace (university medical
center, trauma, transplant), a Bainbridge Island clinic and a Bothell clinic on "Bothell
Everett Hwy"; eight 555-01xx phones; domains cascadiakids.org and pugetumed.org; handles
@CascadiaKids, @PugetUMed, @CascadiaCares.
Focus: Vietnamese, Chinese, Filipino, Samoan, Ukrainian, Ethiopian and Coast Salish families;
ferry, water and mountain rescues; transplants and cancer research; tech employees and
executives as patients; lower-case casual comments and pasted chart, bed-board, billing,
portal and IT-ticket lines. Names that are ordinary words or places (Hope, Joy, River, Sage,
Juniper, Autumn, Dawn, Faith, Junior, Thu, An, Abril, Everett, Kent, Bethlehem), kinship titles
(Lola, Lolo, Tita, Ba, Ong, A-ma, po po, Tina, Auntie), and near-identical pairs where a staff
member, player, councilmember or CEO is the patient in one post and not in the other.
Language mix: 240 posts, 216 English and 24 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Kinship titles (Lola/Lolo, Tita, Auntie, Ba/Ong, A-ma, po po, Tina, Grandma, Mama, Aunt) are
  treated like honorifics: outside the NAME span, and not labelled when used alone.
- Tribal membership ("Swinomish Tribe", "Lummi Nation", "Suquamish canoe family", the insurer
  "Tulalip Tribes self-insured plan") is not GEO; a reservation or tribal town where the patient
  lives or where the patient's event happened ("home to Suquamish", "Lummi Reservation",
  "landing at Muckleshoot", "Tulalip WA 98271") is GEO.
- The place where a patient's injury, illness or birth happened (trail, peak, lake, bay, road,
  street corner, the city of the office where a CEO had her stroke, the neighbourhood of a
  heart attack) is GEO, like the road of a crash; so are places of a named patient's own life
  (the trail a trial participant hiked, the street where a barber worked for 62 years). Ferry
  and vessel names are neither GEO nor VEHICLE; a rescue unit's county is not the patient's.
  Fundraiser venues (the Green Lake 5K) and schools are not GEO; employers never.
- A crisis update naming the site of a multi-casualty incident (Colman Dock) and a measles
  exposure notice giving the date of a visit to our own ED, with no patient identified, are
  not patient-specific: the place and date describe a public event, not a person. Ages over
  89 of anonymous single patients are avoided in negatives; population ages are not labelled.
- Identifiers of third parties in a patient's record (the other driver's licence and plate,
  the referring clinic's fax, staff extensions) are not labelled. IT ticket and request
  numbers and printer asset tags are not labelled; encounter, wristband and refugee case
  numbers, portal user names, family social handles and a Venmo fund handle are OTHER_ID.
- Dates on billing, portal and device lines tied to the patient (date of service, lab date,
  next interrogation, appointment) are DATE. When the same day is named several ways (Genna /
  January 7; Sept. 11 / Enkutatash / Ethiopian New Year; Tet / Lunar New Year; Nochebuena /
  24 de diciembre) every expression is labelled. "the 12th" -> "12th"; "fifth day of the Lunar
  New Year" is one DATE span; an admission month ("in December") is DATE.
- Ages: "93y" and "101ST" include the attached suffix, "One hundred and one" and "Ninety-nine"
  are whole-phrase spans, "nonagenarian"/"centenarian" are AGE; a relative's age over 89 (a
  great-grandmother turning 90) is AGE. Ages of staff, volunteers and historical figures
  are not.
- A post naming only a patient's relative ("Luz Bautista-Macaraeg's son") or only a room and
  date ("the night nurse in room 5214 on 9/28") is patient-specific. "Mr. K" -> NAME "K". "the
  ID" (Chinatown-International District) as a patient's home is GEO.
- Ordinary-word names are labelled only where they name the patient or relative; the other
  occurrences (Ewing sarcoma beside Sadie Ewing, the nurse also named Grace, "An amazing") are
  declared ok. A liver nicknamed "Esperanza" and popular-baby-name statistics are not names.
- Public figures and executives are labelled only in posts saying they were our patients.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev35.jsonl"), os.path.join(HERE, "phi_dev35_org.json"), "d35")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "birth_announcement",
    "Our first baby of the Lunar New Year! 🧧 Welcome to the world, Trần Gia Bảo, born 12:04 a.m. "
    "on Tết to proud parents Linh and Khoa of Rainier Beach. Chúc mừng năm mới from the whole "
    "Mother-Baby unit!",
    [
        ("DATE", "Lunar New Year"),
        ("NAME", "Trần Gia Bảo"),
        ("DATE", "Tết"),
        ("NAME", "Linh"),
        ("NAME", "Khoa"),
        ("GEO", "Rainier Beach"),
    ],
    note="baby born on Tet (named twice: Lunar New Year / Tet); parents and neighbourhood",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Meet Tigist Alemu, RN, who has spent 14 years in our Cardiac ICU and speaks Amharic, Tigrinya "
    "and 'fluent toddler.' Tigist started our Friday 3 p.m. coffee ceremony for families on 6 West. "
    "Thank you, Tigist! #CascadiaStrong",
    "staff nurse spotlight; the name belongs to staff",
)

# 3
p(
    "en",
    "discharge",
    "going HOME!!! after 61 days in the PICU our sione is finally heading back to white center. "
    "thank u to every nurse who sang with him 🎶 #TeamSione",
    [("NAME", "sione"), ("GEO", "white center"), ("NAME", "#TeamSione")],
    note="lower-case first name, lower-case neighbourhood, name hashtag",
)

# 4
n(
    "en",
    "health_tip",
    "Heading to the San Juans by ferry this weekend? Pack motion-sickness medicine for kids over 2, "
    "keep little ones off the car-deck stairs, and know where the life jackets are. Questions? "
    "Our nurse advice line is open 24/7: (206) 555-0111.",
    "travel safety tip; islands are not tied to any patient; hospital nurse line",
)

# 5
p(
    "en",
    "pasted_record",
    "[pasted from transfer sheet, please delete] FALEOLO, MALIA T  DOB 09/23/2016  MRN 30418877  "
    "Dx: Kawasaki disease, day 6 fever  Bed PICU-14  Guardian: Losa Faleolo (253) 555-0147",
    [
        ("NAME", "FALEOLO, MALIA T"),
        ("DATE", "09/23/2016"),
        ("MRN", "30418877"),
        ("OTHER_ID", "Bed PICU-14"),
        ("NAME", "Losa Faleolo"),
        ("PHONE", "(253) 555-0147"),
    ],
    note="transfer sheet line; Kawasaki disease is eponymous and not labelled",
)

# 6
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is named for Dr. Tomisaku Kawasaki, who described it in 1967, and it is now "
    "the leading cause of acquired heart disease in children. Five days of fever plus red eyes, "
    "cracked lips or a rash? Call your pediatrician today.",
    "eponymous condition and the physician it is named after",
)

# 7
p(
    "en",
    "thank_you",
    "We can't thank 5 South enough. Mom (Oksana Kovalenko) came in Dec 28 with a stroke, barely "
    "speaking, and walked out yesterday saying 'дякую' to every nurse. Special thanks to Dr. Reyes "
    "and to Vika in interpreter services. — Taras & family, Kent",
    [("NAME", "Oksana Kovalenko"), ("DATE", "Dec 28"), ("NAME", "Taras"), ("GEO", "Kent")],
    note="patient, admission date, son and home city; Dr. Reyes and Vika are staff",
)

# 8
n(
    "en",
    "public_figure",
    "Seattle Kraken defenseman Mikko Rautanen and the Kraken ice crew skated into the lobby today "
    "(on sneakers, thankfully) to hand out 300 mini sticks. Thanks, Mikko! 🏒 #CascadiaStrong",
    "visiting athlete, not a patient",
)

# 9
p(
    "en",
    "public_figure",
    "Kraken defenseman Mikko Rautanen wants you to know he's fine 👍 Mikko was treated in our "
    "Emergency Department on Saturday for a cut above the eye from a puck, and posed for this photo "
    "with the nurses who stitched him up. Shared with his permission.",
    [("NAME", "Mikko Rautanen"), ("NAME", "Mikko", "*"), ("PHOTO", "photo")],
    note="athlete who was our ED patient; the attached photo shows him",
)

# 10
n(
    "en",
    "statistic",
    "Last year our Level I trauma team cared for 214 people rescued from the mountains and the "
    "water: hikers, climbers, kayakers and ferry passengers, including 19 people over 90. Thank you "
    "to King County Search & Rescue, the Coast Guard and our mountain rescue volunteers.",
    "aggregate statistic; population age",
)

# 11
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Lola Remedios Dela Cruz! 🎂 Lola Remy, a retired nurse from Pampanga, "
    "celebrated in her room on 4 West, where she's recovering from a hip repair, with pancit, "
    "lumpia and 23 great-grandchildren. Pictured with her daughter Marites.",
    [
        ("AGE", "100th"),
        ("NAME", "Remedios Dela Cruz"),
        ("NAME", "Remy"),
        ("GEO", "Pampanga"),
        ("PHOTO", "Pictured"),
        ("NAME", "Marites"),
    ],
    note="inpatient centenarian; Lola is a kinship title outside the span; foreign province",
)

# 12
n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to our longest-serving volunteer, Dolores 'Dee' Whitfield! Dee has folded "
    "blankets, rocked NICU babies and run the gift cart every Tuesday since 1987. Ninety and still "
    "faster than the elevators. 💐",
    "volunteer's birthday; her age is not a patient's",
)

# 13
p(
    "es",
    "patient_story",
    "Conozcan a Mateo Hernández Ruiz, de 7 años, de Wenatchee. Mateo recibió un trasplante de "
    "hígado el 14 de febrero —¡Día de San Valentín!— y hoy ya corre por los pasillos del piso 8 con "
    'su disfraz de Spider-Man. Su mamá, Guadalupe, dice que el hígado nuevo "se llama Esperanza".',
    [
        ("NAME", "Mateo Hernández Ruiz"),
        ("NAME", "Mateo", "*"),
        ("GEO", "Wenatchee"),
        ("DATE", "14 de febrero"),
        ("DATE", "Día de San Valentín"),
        ("NAME", "Guadalupe"),
    ],
    note="transplant date named twice; the liver's nickname Esperanza is not a person",
)

# 14
n(
    "es",
    "health_tip",
    "¿Sabía que nuestra Línea de Enfermería atiende en español las 24 horas? Llame al (206) 555-0111 "
    "y pida intérprete. Para emergencias, llame al 911. Para crisis de salud mental, al 988.",
    "hospital and national lines only",
)

# 15
p(
    "en",
    "pasted_record",
    "INC0048821 | Portal login failure | Caller: Kebede, Yonas (father of pt Kebede, Hanna) | "
    "MyCascadia user: yk_hanna2019 | callback 206-555-0193 | email yonas.kebede@outlook.com | "
    "last login IP 73.97.212.40 | resolved: password reset",
    [
        ("NAME", "Kebede, Yonas"),
        ("NAME", "Kebede, Hanna"),
        ("OTHER_ID", "yk_hanna2019"),
        ("PHONE", "206-555-0193"),
        ("EMAIL", "yonas.kebede@outlook.com"),
        ("IP", "73.97.212.40"),
    ],
    note="IT ticket: the ticket number is not labelled; family's portal user, phone, e-mail, IP",
)

# 16
n(
    "en",
    "recruitment",
    "We're hiring! Night-shift RNs for our Pediatric Cardiac ICU, Level IV NICU and Bothell urgent "
    "care. $15,000 sign-on bonus and ferry fare reimbursement for island commuters. Apply at "
    "careers.pugetumed.org or text JOBS to (206) 555-0100.",
    "job posting with hospital contacts",
)

# 17
p(
    "en",
    "memorial",
    "Rest easy, Auntie Leilani. 🌺 Leilani Sapolu Fa'alogo, 68, of Tukwila, passed peacefully on "
    "June 9 surrounded by her aiga after a long fight with Hodgkin lymphoma. Our oncology nurses "
    "will miss her ukulele and her panipopo. 💙",
    [
        ("NAME", "Leilani Sapolu Fa'alogo"),
        ("NAME", "Leilani", "*"),
        ("GEO", "Tukwila"),
        ("DATE", "June 9"),
    ],
    note="patient memorial; age 68 not labelled; Hodgkin is eponymous",
)

# 18
n(
    "en",
    "memorial",
    "Our hearts are heavy. Dr. Abebe Gebremedhin, pediatric surgeon, mentor and the reason a "
    "generation of residents learned to tie knots one-handed, died Tuesday at 91. He operated here "
    "from 1979 to 2014 and never once missed the Meskel bonfire at St. Gabriel's. Details to come.",
    "memorial for a staff surgeon; his age and name are not a patient's",
)

# 19
p(
    "en",
    "discharge",
    "From Mount Si to home sweet home 🏔️ 16-year-old Everett Lindgren fell 40 feet near the "
    "Haystack scramble on Aug. 3. After two surgeries and 19 days with us, Everett went home to "
    "Everett yesterday (yes, that's really his hometown). #EverettStrong",
    [
        ("GEO", "Mount Si"),
        ("NAME", "Everett Lindgren"),
        ("GEO", "Haystack"),
        ("DATE", "Aug. 3"),
        ("NAME", "Everett", 2),
        ("GEO", "Everett", 3),
        ("NAME", "#EverettStrong"),
    ],
    note="first name that is also his home city; place and date of the fall",
)

# 20
n(
    "en",
    "crisis_update",
    "UPDATE 6:40 p.m.: We have received 11 patients from this afternoon's collision between a ferry "
    "and Colman Dock. Nine are in fair condition and two in serious condition. Families looking for "
    "loved ones: call our Family Information line at (206) 555-0142, not the ED. We are not "
    "releasing names.",
    "multi-casualty update without any patient identifier; hospital line",
)

# 21
p(
    "en",
    "crisis_update",
    "With his family's permission: Bohdan Shevchuk, the deckhand who pulled two kids from the water "
    "during Tuesday's ferry collision, is out of surgery and in fair condition. His wife Iryna asked "
    "us to share: 'He is a hero but please stop bringing him borscht, we have four pots.'",
    [("NAME", "Bohdan Shevchuk"), ("NAME", "Iryna")],
    note="named injured deckhand and his wife",
)

# 22
n(
    "en",
    "research",
    "New from our Cancer Research Institute: the CAR-T trial for relapsed pediatric leukemia led by "
    "Dr. Wen-Li Chao now has a Bainbridge Island infusion chair, so island families can skip the "
    "6 a.m. ferry. 42 children enrolled so far, ages 1 to 25. Info: cascadiakids.org/cart",
    "research news; investigator is staff; enrolment counts",
)

# 23
p(
    "en",
    "patient_story",
    "'I wrote code for 20 years and never wrote a thank-you card.' After a heart attack during a "
    '7 a.m. standup in South Lake Union, Wei "Kevin" Zhang, a VP of engineering at a cloud company, '
    "spent 9 days in our cardiac unit. On Nov. 12 he came back with his whole team and 40 "
    "handwritten cards.",
    [("GEO", "South Lake Union"), ("NAME", 'Wei "Kevin" Zhang'), ("DATE", "Nov. 12")],
    note="tech executive patient; neighbourhood where the heart attack happened",
)

# 24
n(
    "en",
    "anonymous_story",
    "A dad flagged down a nurse in our parking garage at 2 a.m. last week: his daughter had just "
    "been born in the back seat of his car somewhere between the bridge and our front door. Both "
    "are doing great. He asked us to share one thing: 'Autopilot does not help with this.'",
    "anonymous birth story; no identifiers",
)

# 25
p(
    "en",
    "thank_you",
    "cant say enough abt the 7th floor nurses. my grandpa ông Tư (Nguyễn Văn Tư) is 93 and "
    "stubborn and they still got him to eat cháo lol. he goes home to beacon hill tmrw. cảm ơn "
    "nhiều 🙏",
    [("NAME", "Nguyễn Văn Tư"), ("NAME", "Tư", "*"), ("AGE", "93"), ("GEO", "beacon hill")],
    note="grandfather by given name and full name; age over 89; lower-case neighbourhood",
)

# 26
n(
    "en",
    "staff_spotlight",
    "Spotlight: Fetu 'Big Fetu' Aumua, our transport lead, has pushed an estimated 41,000 gurneys "
    "and wheelchairs since 2009, and sings the Samoan national anthem to any kid who asks. Fetu, "
    "you are the heartbeat of this building. 💙",
    "staff spotlight",
)

# 27
p(
    "en",
    "staff_spotlight",
    "Spotlight, but make it personal: our transport lead Fetu Aumua spent last month on the other "
    "side of the gurney. Fetu got a new kidney on March 18, from his little sister Mele, and he's "
    "back pushing wheelchairs this week. Alofa atu, Fetu!",
    [("NAME", "Fetu Aumua"), ("NAME", "Fetu", "*"), ("DATE", "March 18"), ("NAME", "Mele")],
    note="staff member who was a transplant patient; donor sister",
)

# 28
n(
    "en",
    "event",
    "Save the date! Our 12th annual Pacific Islander Health Fair is Saturday, July 19, 10 to 3 on "
    "the Laurelhurst campus lawn: free sports physicals, siva dancing, umu-cooked lunch and blood "
    "pressure checks for the grandparents.",
    "hospital event date",
)

# 29
p(
    "en",
    "birth_announcement",
    "🌸 Twins alert! Selam and Hiwot arrived on Ethiopian Christmas (Genna), January 7, at 4:12 "
    "and 4:19 a.m. Mom Meron is resting and dad Dawit has already posted the first pictures on the "
    "family's feed, @dawit_and_meron. እንኳን ደስ አላችሁ!",
    [
        ("NAME", "Selam"),
        ("NAME", "Hiwot"),
        ("DATE", "Ethiopian Christmas"),
        ("DATE", "Genna"),
        ("DATE", "January 7"),
        ("NAME", "Meron"),
        ("NAME", "Dawit"),
        ("OTHER_ID", "@dawit_and_meron"),
    ],
    note="twins born on Genna (named three ways); parents; family handle",
)

# 30
n(
    "en",
    "health_tip",
    "Selam! ሰላም! Our Amharic-language diabetes class meets the first Thursday of every month in "
    "the Yesler Family Resource Center. Bring your glucose meter and your questions; buna "
    "provided. ☕",
    "'Selam' is a greeting here, not a name",
)

# 31
p(
    "en",
    "pasted_record",
    "Huddle board 0700, 5 West: Rm 512-A Tran, B. (POD 2, walk x3) | Rm 512-B PAULO, S. | Rm 514 "
    "Mrs. Kuznetsova, Ukrainian interp @ 10 | Rm 516 empty | Rm 518 'Grandma Lu' (Lu Shufen) "
    "fall risk",
    [
        ("OTHER_ID", "Rm 512-A"),
        ("NAME", "Tran, B."),
        ("OTHER_ID", "Rm 512-B"),
        ("NAME", "PAULO, S."),
        ("OTHER_ID", "Rm 514"),
        ("NAME", "Kuznetsova"),
        ("OTHER_ID", "Rm 518"),
        ("NAME", "Lu Shufen"),
        ("NAME", "Lu", "*"),
    ],
    note="room board: rooms with patients, initials and surnames; empty room 516 not labelled",
)

# 32
n(
    "en",
    "hospital_contact",
    "Need us? 📞 Main: (206) 555-0100 · Patient Relations: (206) 555-0142 · Billing: "
    "(206) 555-0163 · Interpreter Services: (206) 555-0129. Laurelhurst campus: 4410 Laurelhurst "
    "Loop NE, Seattle, WA 98105. Yesler campus: 1701 Yesler Terrace Ave, Seattle, WA 98122.",
    "hospital's own numbers and addresses",
)

# 33
p(
    "en",
    "campaign_hashtag",
    "Day 100 of chemo for our girl 💛 #HopeForHana #HanaStrong thank u @CascadiaKids 3 North for "
    "the dance party. pls keep praying",
    [("NAME", "#HopeForHana"), ("NAME", "#HanaStrong")],
    note="patient named only in hashtags",
)

# 34
n(
    "en",
    "campaign_hashtag",
    "Thank you for making #HopeForHearts Week our biggest yet: $412,000 for the Pediatric Heart "
    "Center, 1,900 paper hearts on the lobby wall and one very tired mascot. #CascadiaStrong",
    "campaign hashtags, no names",
)

# 35
p(
    "en",
    "patient_story",
    '"Canoe Journey is medicine." After a liver transplant in January, 15-year-old Jaylen George '
    "pulled the final leg of this summer's Tribal Canoe Journey with his Suquamish canoe family, "
    "landing at Muckleshoot on July 28. His grandmother Vi George sang him ashore. 🛶",
    [
        ("DATE", "January"),
        ("NAME", "Jaylen George"),
        ("GEO", "Muckleshoot"),
        ("DATE", "July 28"),
        ("NAME", "Vi George"),
    ],
    note="transplant month, landing place and date; tribal canoe family is not GEO",
)

# 36
n(
    "en",
    "public_figure",
    "We were honored to welcome leaders from the Tulalip, Lummi and Muckleshoot tribes for the "
    "blessing of our new Family Longhouse room, with a song from Tulalip elder and storyteller "
    "Harriet Joe. Harriet, thank you for the cedar.",
    "community leader and tribes at a blessing; no patient",
)

# 37
p(
    "en",
    "milestone_birthday",
    "Ninety-nine candles 🎂 (well, 3: fire code). Happy birthday to our longest-staying rehab "
    "patient, Mr. Harold Ng, who turned ninety-nine on 9/9 and insists that's lucky in Cantonese. "
    "His son Raymond flew in from Hong Kong with egg tarts.",
    [
        ("AGE", "Ninety-nine"),
        ("NAME", "Harold Ng"),
        ("AGE", "ninety-nine"),
        ("DATE", "9/9"),
        ("NAME", "Raymond"),
        ("GEO", "Hong Kong"),
    ],
    note="spelled-out age over 89, birthday, son and his foreign city",
)

# 38
n(
    "en",
    "statistic",
    "Our Centenarian Club keeps growing: in 2024 our geriatric teams cared for 63 patients aged 100 "
    "or older, and nearly a third of them were still living at home. 👵👴",
    "population ages; 'Centenarian Club' names a group",
)

# 39
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Ximena! 💕 La primera bebé nacida en nuestro nuevo pabellón de maternidad llegó el "
    "1.º de mayo a las 3:33 a. m. Sus papás, Karla y Everardo Soto, de Burien, dicen que ya tiene "
    "el carácter de su abuela Chayo.",
    [
        ("NAME", "Ximena"),
        ("DATE", "1.º de mayo"),
        ("NAME", "Karla"),
        ("NAME", "Everardo Soto"),
        ("GEO", "Burien"),
        ("NAME", "Chayo"),
    ],
    note="baby, birth date, parents, city and grandmother's nickname",
)

# 40
n(
    "es",
    "event",
    "Feria de salud familiar: sábado 14 de junio, de 10 a 2, en el estacionamiento de la clínica de "
    "Bothell (18000 Bothell Everett Hwy). Vacunas, exámenes deportivos y tamales. ¡Los esperamos!",
    "hospital event and address",
)

# 41
p(
    "en",
    "thank_you",
    "To the Cascadia NICU team: 112 days ago our son Phuc (yes, pronounced 'fook,' yes, he will "
    "have opinions about that in middle school) was born at 24 weeks. Today he weighs 5 lb 2 oz and "
    "comes home to Renton. Thank you Jess, Marisol, Dr. Okafor and the night shift. — Thao & Minh "
    "Pham",
    [("NAME", "Phuc"), ("GEO", "Renton"), ("NAME", "Thao"), ("NAME", "Minh Pham")],
    note="baby and parents, home city; staff names not labelled",
)

# 42
n(
    "en",
    "staff_spotlight",
    "NICU nurse Marisol Ortega just hit 20 years with us! Marisol has taught more than 3,000 parents "
    "how to do kangaroo care, and she still cries at every graduation. Congrats, Marisol! 👶",
    "staff spotlight",
)

# 43
p(
    "en",
    "pasted_record",
    "Date of service 01/22/2025 | Guarantor: ABEBE, TESFAYE | Patient: ABEBE, KIDIST (DOB "
    "05/30/2019) | Acct 700-418-2291 | Apple Health ID 208834117WA | Balance due $0.00 | "
    "Questions: (206) 555-0163",
    [
        ("DATE", "01/22/2025"),
        ("NAME", "ABEBE, TESFAYE"),
        ("NAME", "ABEBE, KIDIST"),
        ("DATE", "05/30/2019"),
        ("ACCOUNT", "700-418-2291"),
        ("HEALTH_PLAN", "208834117WA"),
    ],
    note="billing statement line; hospital billing number not labelled",
)

# 44
n(
    "en",
    "pasted_record",
    "INC0051177 | Printer LAB-4W-02 jamming on wristband labels | Reported by: Kateryna Bondar, unit "
    "clerk, ext. 40117 | Location: 4 West nurses' station | Asset tag CCH-PRN-00871 | resolved: "
    "replaced fuser",
    "IT ticket about a printer; the reporter is staff; no patient",
)

# 45
p(
    "en",
    "discharge",
    "AND SHE'S OUT!!! 🎉 baby malia (our 'Coconut') rang the bell today after her last round for "
    "Wilms tumor. 8 months of this. thank u @PugetUMed & Cascadia 6 North, we love u. heading home "
    "to kent to nap for a year 😴",
    [("NAME", "malia"), ("NAME", "Coconut"), ("GEO", "kent")],
    note="lower-case name, nickname that is a word, lower-case city; Wilms is eponymous",
)

# 46
n(
    "en",
    "eponymous_condition",
    "Wilms tumor (nephroblastoma) is named for the German surgeon Max Wilms. It is the most common "
    "kidney cancer in children, usually found before age 5, and more than 9 in 10 children are "
    "cured. Swelling in the belly? Don't wait. #ChildhoodCancerAwareness",
    "eponymous condition",
)

# 47
p(
    "en",
    "memorial",
    "It is with love that the Marchenko family shares that Halyna Marchenko, 94, born in Kharkiv, "
    "passed away Feb. 24, three years to the day after she fled her city. She was cared for by our "
    "palliative team for six months. Вічна пам'ять.",
    [
        ("NAME", "Halyna Marchenko"),
        ("NAME", "Marchenko", "*"),
        ("AGE", "94"),
        ("GEO", "Kharkiv"),
        ("DATE", "Feb. 24"),
    ],
    note="family surname, age over 89, foreign birthplace, date of death",
)

# 48
n(
    "en",
    "crisis_update",
    "Smoke advisory: air quality in Seattle is 'unhealthy' today because of wildfire smoke and our "
    "EDs are busy with asthma visits. Keep windows closed, run a HEPA or box-fan filter, and save "
    "the ED for trouble breathing. Nurse line: (206) 555-0111.",
    "public advisory",
)

# 49
p(
    "en",
    "hospital_contact",
    "@CascadiaKids hi, we still haven't got the discharge papers for my son Andriy Melnyk (MRN "
    "30177265). can someone from records call me back at (425) 555-0138 or email "
    "olena.melnyk.sea@gmail.com? thank you",
    [
        ("NAME", "Andriy Melnyk"),
        ("MRN", "30177265"),
        ("PHONE", "(425) 555-0138"),
        ("EMAIL", "olena.melnyk.sea@gmail.com"),
    ],
    note="parent's public comment with child's name, MRN and her own contacts",
)

# 50
n(
    "en",
    "hospital_contact",
    "Hi there! Please don't post medical record numbers or your child's details here, this is a "
    "public page. 💙 Call our Health Information office at (206) 555-0142 (Mon to Fri, 8 to 5) or "
    "message us privately and we'll sort it out today.",
    "hospital reply with its own number",
)

# 51
p(
    "en",
    "patient_story",
    "Meet Joy. Not the emotion: the 9-year-old from Lynnwood who just became our 500th pediatric "
    "kidney transplant. Joy Bautista got her new kidney from her Tita Grace on April 2, and she "
    'wants everyone to know her favorite nurse "is also named Grace but a different Grace."',
    [
        ("NAME", "Joy Bautista"),
        ("NAME", "Joy", "*"),
        ("GEO", "Lynnwood"),
        ("NAME", "Grace", 1),
        ("DATE", "April 2"),
    ],
    note="word-name; donor aunt Grace labelled, the nurse Grace is staff (declared ok)",
    ok=("Grace",),
)

# 52
n(
    "en",
    "statistic",
    "2024 Transplant Center numbers: 148 kidneys, 61 livers, 37 hearts, 12 lungs. Youngest "
    "recipients: under 2 weeks old. Living donors: 88, including 14 siblings and one very "
    "determined grandma.",
    "aggregate statistic",
)

# 53
p(
    "en",
    "research",
    "Research that walks out the door: Mei-Ling Zhou, 4, was one of the first children enrolled in "
    "our SMA gene therapy trial in 2021. Today she hiked Rattlesnake Ledge with her dad, Jun. Shared "
    "with her parents' permission.",
    [("NAME", "Mei-Ling Zhou"), ("GEO", "Rattlesnake Ledge"), ("NAME", "Jun")],
    note="named trial participant, her father and where she hiked",
)

# 54
n(
    "en",
    "research",
    "Published this week: our team found that children on the Washington coast wait on average "
    "3.4 days longer for a neuroblastoma diagnosis than children in King County. Next step: "
    "tele-oncology clinics in Forks, Aberdeen and Neah Bay.",
    "research on populations; places not tied to a patient",
)

# 55
p(
    "es",
    "discharge",
    "¡Por fin a casa! 🏡 Después de 43 días en la UCI por un choque en la I-90 cerca de Snoqualmie "
    "Pass, don Aurelio Vázquez, de 91 años, regresa a Yakima. Su nieta Daniela dice que lo primero "
    "que pidió fue menudo.",
    [
        ("GEO", "I-90"),
        ("GEO", "Snoqualmie Pass"),
        ("NAME", "Aurelio Vázquez"),
        ("AGE", "91"),
        ("GEO", "Yakima"),
        ("NAME", "Daniela"),
    ],
    note="road and pass of the crash, age over 89, home city, granddaughter",
)

# 56
n(
    "es",
    "anonymous_story",
    "Una paciente de ochenta y tantos años nos dejó esta nota al salir: 'Gracias por hablarme en mi "
    "idioma.' Por eso existe Servicios de Intérpretes: más de 70 idiomas, gratis, las 24 horas. "
    "(206) 555-0129.",
    "anonymous patient under 90; hospital line",
)

# 57
p(
    "en",
    "pasted_record",
    "ED triage note (pasted by mistake): Pt SAUNOA, TAVITA, 34 y/o M, BIBA from Bainbridge ferry "
    "terminal after fall on car-deck stairs 1/18. WA DL SAUNOTJ482PB. Vehicle on board: silver "
    "Tacoma pickup, plate CFK 2291. Allergies: PCN. Wife Ana at bedside, cell 360-555-0126.",
    [
        ("NAME", "SAUNOA, TAVITA"),
        ("GEO", "Bainbridge"),
        ("DATE", "1/18"),
        ("LICENSE", "SAUNOTJ482PB"),
        ("VEHICLE", "CFK 2291"),
        ("NAME", "Ana"),
        ("PHONE", "360-555-0126"),
    ],
    note="triage line; 'Tacoma' is a truck model here, not GEO; place of the fall is GEO",
)

# 58
n(
    "en",
    "sponsor",
    "Huge thanks to Emerald City Credit Union and the Nakamura Family Foundation for funding our new "
    "ferry-terminal telehealth kiosks in Kingston and on Vashon. 💙 #CascadiaStrong",
    "sponsors; places are kiosk sites",
)

# 59
p(
    "en",
    "sponsor",
    "The new Sefo Family Playroom on 6 North opens today! Rev. Tavita and Losa Sefo gave it in "
    "memory of their grandson, Ioane Sefo, who spent his last summer with us in 2019 and loved "
    "nothing more than Uno and the fish tank.",
    [("NAME", "Sefo", 1), ("NAME", "Tavita"), ("NAME", "Losa Sefo"), ("NAME", "Ioane Sefo")],
    note="donors introduced as a patient's grandparents, so the playroom's family name is labelled",
)

# 60
n(
    "en",
    "sponsor",
    "This playroom exists because of the Hanh & David Lowe Family Foundation. Thank you, Hanh and "
    "David, for 20 years of Legos, art carts and the best fish tank in Seattle.",
    "donors who are not introduced as relatives of a patient",
)

# 61
p(
    "en",
    "birth_announcement",
    "A baby on the 5:30 boat 🚢 Little Lucia Pereira-Kealoha didn't wait for Seattle: she was born "
    "Oct. 9 aboard the MV Tokitae in the middle of Elliott Bay, delivered by a retired midwife and "
    "two deckhands. Our team met mom Kanani and baby at the dock.",
    [
        ("NAME", "Lucia Pereira-Kealoha"),
        ("DATE", "Oct. 9"),
        ("GEO", "Elliott Bay"),
        ("NAME", "Kanani"),
    ],
    note="double surname; place of birth is GEO, the vessel name is not",
)

# 62
n(
    "en",
    "birth_announcement",
    "Our Labor & Delivery team welcomed 14 babies yesterday, a record for a single Sunday, "
    "including two sets of twins and one baby born in the elevator between floors 2 and 3. "
    "Congratulations to every family! 👶👶",
    "anonymous births",
)

# 63
p(
    "en",
    "patient_story",
    "Taras, 12, arrived from Lviv with shrapnel in his leg and one word of English: 'okay.' Eighteen "
    "months and four surgeries later, he played his first full match for a Shoreline under-13 "
    "team. His mom, Nataliya Hnatiuk, says he has many more words now, 'mostly about Sounders.'",
    [("NAME", "Taras"), ("GEO", "Lviv"), ("GEO", "Shoreline"), ("NAME", "Nataliya Hnatiuk")],
    note="child by first name, foreign city, current town, mother",
)

# 64
n(
    "en",
    "public_figure",
    "Sounders midfielder Diego Alvarenga traded his boots for a reading chair this morning, reading "
    "'Where the Wild Things Are' in English and Spanish to our rehab kids. ¡Gracias, Diego! ⚽️📚",
    "visiting athlete, not a patient",
)

# 65
p(
    "en",
    "public_figure",
    "Sounders midfielder Diego Alvarenga is recovering well after ACL surgery at our Sports Medicine "
    "Center on Monday, and asked us to thank fans for more than 2,000 cards. Diego says he'll be "
    "back 'before the Cascadia Cup.'",
    [("NAME", "Diego Alvarenga"), ("NAME", "Diego", "*")],
    note="athlete who was our surgical patient; weekday not labelled",
)

# 66
n(
    "en",
    "health_tip",
    "Hiking Mailbox Peak or Mount Si this weekend? 🥾 Start early, carry the Ten Essentials, tell "
    "someone your route, and turn around at your turnaround time. Last year our trauma team treated "
    "37 hikers for falls on I-90 corridor trails.",
    "safety tip; places not tied to a patient",
)

# 67
p(
    "en",
    "thank_you",
    "Thank you, Snohomish County Helicopter Rescue and the trauma team at Puget. On Sept. 14 my "
    "husband, Vasyl Petrenko, slipped on ice near Lake 22. He is alive because of you. — Olha, Mill "
    "Creek",
    [
        ("DATE", "Sept. 14"),
        ("NAME", "Vasyl Petrenko"),
        ("GEO", "Lake 22"),
        ("NAME", "Olha"),
        ("GEO", "Mill Creek"),
    ],
    note="injury date and place, wife and her town; the rescue unit's county is not the patient's",
)

# 68
n(
    "en",
    "thank_you",
    "A note left at the 3 North desk, shared with permission: 'To the night nurse who sat with my "
    "son at 3 a.m. so I could shower for the first time in four days: you gave me my mind back.' We "
    "see you, night shift. 🌙",
    "anonymous note",
)

# 69
p(
    "en",
    "pasted_record",
    "Device clinic check: CHEN, WEI-JIE (DOB 11/02/1961), pacemaker model W1DR01, SN RNB337281H. "
    "Remote monitor on home WiFi, IP 24.18.77.203. Next interrogation 06/03. Lives alone in "
    "Bellevue; daughter Amy Chen is emergency contact, 425-555-0183.",
    [
        ("NAME", "CHEN, WEI-JIE"),
        ("DATE", "11/02/1961"),
        ("DEVICE", "RNB337281H"),
        ("IP", "24.18.77.203"),
        ("DATE", "06/03"),
        ("GEO", "Bellevue"),
        ("NAME", "Amy Chen"),
        ("PHONE", "425-555-0183"),
    ],
    note="device serial (not the model), home IP, appointment date, city, daughter",
)

# 70
n(
    "en",
    "recruitment",
    "Calling all Coast Salish students! Our Native Health Pathways summer internship pays $22/hr, "
    "includes housing, and pairs you with Native nurses, doctors and researchers. Apply by April 30 "
    "at cascadiakids.org/pathways. Questions: pathways@pugetumed.org",
    "recruitment; hospital deadline and e-mail",
)

# 71
p(
    "en",
    "memorial",
    "rip uncle bong 🕊️ you beat covid in 2020 but the cancer got you. thank u to the 9th floor at "
    "puget for treating him like family til the end. we miss u every day. #BongForever",
    [("NAME", "bong"), ("NAME", "#BongForever")],
    note="lower-case nickname and name hashtag; bare year not labelled",
)

# 72
n(
    "en",
    "campaign_hashtag",
    "Show us your #SalishSeaStrong! 🌊 Post a picture of your favorite beach cleanup, canoe or ferry "
    "sunset with the tag and we'll donate $1 to the Native Family Fund for every post through Earth "
    "Day.",
    "campaign hashtag",
)

# 73
p(
    "en",
    "discharge",
    "The Nguyen-Bekele family goes home! 🏠 After 4 months in the Cardiac ICU waiting for a heart, "
    "baby Liya got her transplant on Christmas Eve and was carried out the door Friday. Mom Thuy and "
    "dad Samuel, you were heroes. Go Liya!",
    [
        ("NAME", "Nguyen-Bekele"),
        ("NAME", "Liya", "*"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Thuy"),
        ("NAME", "Samuel"),
    ],
    note="double family surname, transplant on a holiday",
)

# 74
n(
    "en",
    "event",
    "Join us Dec. 24 for Christmas Eve caroling on every floor with choirs from St. Demetrios, a "
    "Samoan Adventist youth choir and the Ukrainian Bandura Chorus. 5 p.m. start in the Laurelhurst "
    "atrium.",
    "holiday of a hospital event",
)

# 75
p(
    "en",
    "milestone_birthday",
    "Centenarian alert! 🎉 Bà Nguyễn Thị Mai celebrated her 100th birthday in our Acute Care for "
    "Elders unit on 8 July with her five children, 17 grandchildren and one karaoke machine. She was "
    "born in Huế and came to Seattle in 1980.",
    [
        ("AGE", "Centenarian"),
        ("NAME", "Nguyễn Thị Mai"),
        ("AGE", "100th"),
        ("DATE", "8 July"),
        ("GEO", "Huế"),
    ],
    note="inpatient centenarian; 'Bà' is a title; year of arrival not labelled",
)

# 76
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Dr. Hoang Van Lam, who delivered an estimated 6,000 babies in 31 years, "
    "including, he likes to point out, about 40 of our current nurses. Dr. Lam, you are a legend.",
    "retiring staff physician",
)

# 77
p(
    "en",
    "patient_story",
    "'My calendar said I had a 2 p.m. with the board. My body said otherwise.' Ruth Ashby-Kaplan, "
    "CEO of a gaming studio, had a stroke in her Redmond office on May 6, and a coworker knew BE "
    "FAST. Ruth is back at work this month and paying for stroke training for her whole company.",
    [("NAME", "Ruth Ashby-Kaplan"), ("GEO", "Redmond"), ("DATE", "May 6"), ("NAME", "Ruth", "*")],
    note="executive patient; city where the stroke happened; employer not named",
)

# 78
n(
    "en",
    "research",
    "Stroke research update: our tele-stroke network now links 19 hospitals from Neah Bay to Walla "
    "Walla. Median door-to-needle time in 2024: 38 minutes, down from 61. Funded by the state "
    "Department of Health.",
    "network statistics; places are hospitals",
)

# 79
p(
    "en",
    "pasted_record",
    "From: tigist.worku88@gmail.com | To: Cascadia Hematology | Subject: Re: Eyerusalem's labs | "
    "Hi, this is Eyerusalem Tesfaye's mom. Her portal (user: eyerusalem_t) still shows the 2/27 "
    "results as pending. Her MRN is 30556120. Can the nurse call me at 206-555-0179? Thank you, "
    "Tigist",
    [
        ("EMAIL", "tigist.worku88@gmail.com"),
        ("NAME", "Eyerusalem Tesfaye"),
        ("NAME", "Eyerusalem", "*"),
        ("OTHER_ID", "eyerusalem_t"),
        ("DATE", "2/27"),
        ("MRN", "30556120"),
        ("PHONE", "206-555-0179"),
        ("NAME", "Tigist"),
    ],
    note="portal message: mother's e-mail, phone and name; child's name, portal user, lab date, MRN",
)

# 80
n(
    "en",
    "crisis_update",
    "Power update, 9:15 p.m.: the windstorm knocked out power at our Bothell clinic. Everyone there "
    "is safe; tomorrow's appointments move to Laurelhurst. Both main campuses are on normal power. "
    "Updates at cascadiakids.org/alerts.",
    "operational update",
)

# 81
p(
    "en",
    "crisis_update",
    "Update on the climber rescued from Mount Rainier's Disappointment Cleaver on Sunday: at his "
    "family's request, we can share that Daniel Okonkwo-Hale, 27, of Ballard is awake and in "
    "serious but stable condition. His brother Marcus thanks the NPS climbing rangers and aircrew.",
    [
        ("GEO", "Mount Rainier"),
        ("GEO", "Disappointment Cleaver"),
        ("NAME", "Daniel Okonkwo-Hale"),
        ("GEO", "Ballard"),
        ("NAME", "Marcus"),
    ],
    note="named climber, place of the accident, neighbourhood, brother",
)

# 82
n(
    "en",
    "crisis_update",
    "We are caring for a climber flown in this afternoon from high on the mountain. The patient is "
    "in critical condition. We will not share further details without the family's consent. Thank "
    "you to the NPS rangers and the aircrew.",
    "anonymous patient; no place named",
)

# 83
p(
    "en",
    "patient_story",
    "Yes, her last name really is Ewing. 😅 Nine-year-old Sadie Ewing of Port Orchard finished "
    "treatment for Ewing sarcoma on Feb. 3, and she'd like everyone to stop making the joke. The "
    "Ewing family is throwing a bell-ringing party Saturday.",
    [
        ("NAME", "Ewing", 1),
        ("NAME", "Sadie Ewing"),
        ("GEO", "Port Orchard"),
        ("DATE", "Feb. 3"),
        ("NAME", "Ewing", 4),
    ],
    note="surname equal to an eponymous condition; the condition's 'Ewing' is declared ok",
    ok=("Ewing",),
)

# 84
n(
    "en",
    "eponymous_condition",
    "Graves' disease, Hashimoto's, Addison's: why do so many thyroid and adrenal conditions carry a "
    "doctor's name? Our endocrinologist Dr. Lan Pham explains in this week's video (link in bio). "
    "Spoiler: Robert Graves was Irish.",
    "eponymous conditions; video of staff, not a patient",
)

# 85
p(
    "es",
    "pasted_record",
    "Nota de enfermería (copiada por error): Paciente RAMÍREZ LÓPEZ, JOSÉ ÁNGEL, FN 12/03/2015, "
    "expediente 30882104, habitación 412, alérgico a penicilina. Madre: Rosa López, tel. "
    "(509) 555-0161, domicilio calle Fruitvale 2210, Yakima.",
    [
        ("NAME", "RAMÍREZ LÓPEZ, JOSÉ ÁNGEL"),
        ("DATE", "12/03/2015"),
        ("MRN", "30882104"),
        ("OTHER_ID", "habitación 412"),
        ("NAME", "Rosa López"),
        ("PHONE", "(509) 555-0161"),
        ("GEO", "calle Fruitvale 2210"),
        ("GEO", "Yakima"),
    ],
    note="nursing note: name, birth date, MRN, room, mother, phone, street and city",
)

# 86
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a la Dra. Guadalupe Ríos, nueva jefa de Neonatología! Lupita llegó de Michoacán "
    "hace 25 años como intérprete y hoy dirige nuestra UCI neonatal. ¡Qué orgullo!",
    "staff promotion; her origin is not a patient's",
)

# 87
p(
    "en",
    "thank_you",
    "We want to thank the ED team who cared for our A-ma, Chan Yuk-Ying, after her fall on Jackson "
    "St on the 3rd of March. She is 96 and told the doctor she only fell because 'the sidewalk "
    "moved.' — the Chan family, Chinatown-International District",
    [
        ("NAME", "Chan Yuk-Ying"),
        ("GEO", "Jackson St"),
        ("DATE", "3rd of March"),
        ("AGE", "96"),
        ("NAME", "Chan", "*"),
        ("GEO", "Chinatown-International District"),
    ],
    note="grandmother (A-ma is a title), street and date of the fall, age, family, neighbourhood",
)

# 88
n(
    "en",
    "event",
    "Lunar New Year at Cascadia! 🐍 Lion dancers from the Chinatown-International District visit "
    "every unit on Jan. 29 at 11 a.m. Red envelopes (stickers, not cash) for every kid.",
    "hospital holiday event",
)

# 89
p(
    "en",
    "pasted_record",
    "ED tracking board screenshot 🙈 (please take down): Bed T3 – HAILE, S. – 88y F – fall | "
    "Bed T4 – FA'ATAUVAA, R. – ferry fall | Hall bed 2 – KOVAL, M. – 93y M – chest pain | Bed T7 – "
    "PAEPAE, L. – asthma | Bed T9 – open",
    [
        ("OTHER_ID", "Bed T3"),
        ("NAME", "HAILE, S."),
        ("OTHER_ID", "Bed T4"),
        ("NAME", "FA'ATAUVAA, R."),
        ("OTHER_ID", "Hall bed 2"),
        ("NAME", "KOVAL, M."),
        ("AGE", "93y"),
        ("OTHER_ID", "Bed T7"),
        ("NAME", "PAEPAE, L."),
    ],
    note="tracking board: beds, surnames with initials, 93y is over 89, 88y is not; empty bed T9",
)

# 90
n(
    "en",
    "hospital_contact",
    "Heads up: scammers are calling families pretending to be our billing office. We will NEVER ask "
    "for payment by gift card. Our only billing number is (206) 555-0163. Report suspicious calls "
    "to (206) 555-0142 or privacy@pugetumed.org.",
    "hospital contacts",
)

# 91
p(
    "en",
    "birth_announcement",
    "Say hello to River. 🌊 River James Charles-Williams arrived Nov. 21 at 7 lb 9 oz, just in time "
    "for his auntie's salmon bake. Parents Autumn and Cody are taking him home to the Lummi "
    "Reservation next week.",
    [
        ("NAME", "River James Charles-Williams"),
        ("NAME", "River", "*"),
        ("DATE", "Nov. 21"),
        ("NAME", "Autumn"),
        ("NAME", "Cody"),
        ("GEO", "Lummi Reservation"),
    ],
    note="word-names River and Autumn; reservation as home is GEO",
)

# 92
n(
    "en",
    "campaign_hashtag",
    "This #NativeHeritageMonth we honor the Coast Salish peoples on whose lands our hospitals stand: "
    "the Duwamish, Suquamish, Muckleshoot, Snoqualmie and Tulalip. Learn about our Native Patient "
    "Navigators at cascadiakids.org/native. #CascadiaStrong",
    "land acknowledgement; tribes, no patient",
)

# 93
p(
    "en",
    "thank_you",
    "Fa'afetai tele lava to the 8th floor!!! our dad Tui Leota is 90 today and home in Federal Way "
    "after his bypass. he told every nurse he was 75 lol. ofa atu 💙",
    [("NAME", "Tui Leota"), ("AGE", "90"), ("GEO", "Federal Way")],
    note="age over 89 labelled; the claimed 75 is not",
)

# 94
n(
    "en",
    "statistic",
    "Heart month by the numbers: 1,204 cardiac surgeries last year, 311 of them on babies under one "
    "and 58 on adults over 90. Age is a number; your heart is a muscle. 💓",
    "population ages",
)

# 95
p(
    "en",
    "pasted_record",
    "Pasted from MyCascadia by a parent (oops): Discharge Summary | LI, XIAOYU | MRN 30790315 | "
    "Admit 01/05/2025 | Discharge 01/11/2025 | Attending: Dr. Sarah Kim | Dx: Guillain-Barré "
    "syndrome | F/u neurology 2 wks | Home: 12405 NE 8th St Apt 311, Bellevue, WA 98005",
    [
        ("NAME", "LI, XIAOYU"),
        ("MRN", "30790315"),
        ("DATE", "01/05/2025"),
        ("DATE", "01/11/2025"),
        ("GEO", "12405 NE 8th St Apt 311"),
        ("GEO", "Bellevue"),
        ("GEO", "98005"),
    ],
    note="discharge summary header; attending is staff; eponymous diagnosis",
)

# 96
n(
    "en",
    "eponymous_condition",
    "Down syndrome is named for Dr. John Langdon Down. Happy World Down Syndrome Day (March 21)! "
    "🧦🧦 Wear mismatched socks and visit our Down Syndrome Clinic open house at Laurelhurst.",
    "eponymous condition; awareness day",
)

# 97
p(
    "en",
    "patient_story",
    "Swipe for the video of his first stairs 💪 6 weeks ago he couldn't lift his head after the crash "
    "on SR 520. Today: a whole flight. #TaviStrong #SamoanPride",
    [("PHOTO", "video"), ("GEO", "SR 520"), ("NAME", "#TaviStrong")],
    note="name only in a hashtag; road of the crash; video shows the patient",
)

# 98
n(
    "en",
    "campaign_hashtag",
    "#SamoanPride was everywhere at Saturday's Pacific Islander Health Fair 🇼🇸 Thank you to the 600 "
    "families who came for free screenings, and to the youth siva group from Kent for the show.",
    "community hashtag; the dance group's town is not a patient's",
)

# 99
p(
    "en",
    "memorial",
    "Our NICU family is grieving with Yonatan and Bethlehem Mulugeta, whose son Nahom lived for 11 "
    "beautiful days. Nahom was born on Meskel, Sept. 27, and died in his parents' arms on Oct. 8. "
    "His name means comfort. 🕯️",
    [
        ("NAME", "Yonatan"),
        ("NAME", "Bethlehem Mulugeta"),
        ("NAME", "Nahom", "*"),
        ("DATE", "Meskel"),
        ("DATE", "Sept. 27"),
        ("DATE", "Oct. 8"),
    ],
    note="parents (Bethlehem is a person here), baby, birth on Meskel named twice, death date",
)

# 100
n(
    "en",
    "memorial",
    "Every October 15 we light candles in the chapel for the babies we have lost and the families "
    "who carried them. Pregnancy and Infant Loss Remembrance service: 7 p.m., Laurelhurst chapel. "
    "All are welcome.",
    "remembrance day, no patient",
)

# 101
p(
    "en",
    "discharge",
    "Back to shipping code 🚀 Our patient Jason Tsai (yes, THE Jason Tsai from that drone-delivery "
    "startup) asked us to share that he's home after his appendix burst mid-keynote on Thursday. "
    "Jason, please rest. Your PR team is fine.",
    [("NAME", "Jason Tsai", "*"), ("NAME", "Jason", "*")],
    note="tech executive patient; employer not an identifier",
)

# 102
n(
    "en",
    "public_figure",
    "Thank you to Jason Tsai and the SkyDrop team for flying 400 pounds of donated toys from the "
    "Eastside to our Laurelhurst helipad (with FAA sign-off, we promise). 🚁🎁",
    "executive as donor, not a patient",
)

# 103
p(
    "en",
    "pasted_record",
    "RITM0093310 | Request: correct patient name in Epic. Current: NGUYEN, BAO. Requested: NGUYỄN, "
    "GIA BẢO (diacritics per mother Trần Thị Linh). Encounter 8830021474. Wristband reprint for PICU "
    "bed 6. Requested by: J. Alvarez, RN",
    [
        ("NAME", "NGUYEN, BAO"),
        ("NAME", "NGUYỄN, GIA BẢO"),
        ("NAME", "Trần Thị Linh"),
        ("OTHER_ID", "8830021474"),
        ("OTHER_ID", "bed 6"),
    ],
    note="IT request: request number and staff requester not labelled; names, encounter, bed",
)

# 104
n(
    "en",
    "staff_spotlight",
    "Meet our interpreter team! 🗣️ Vika (Ukrainian & Russian), Hoa (Vietnamese), Abeba (Amharic & "
    "Tigrinya), Lupe (Samoan & Tongan), Jun (Mandarin & Cantonese) and Carmen (Spanish) handled "
    "212,000 encounters last year. Say hi on 2 South!",
    "staff first names",
)

# 105
p(
    "en",
    "patient_story",
    "Eighteen months ago, on 17.03.2023, a mine blast in Kherson took both of Dmytro Savchenko's legs "
    "below the knee. Last week he walked his daughter Sofiia to her first day of school in Lake City "
    "on two prosthetic legs fitted by our rehab team.",
    [
        ("DATE", "17.03.2023"),
        ("GEO", "Kherson"),
        ("NAME", "Dmytro Savchenko"),
        ("NAME", "Sofiia"),
        ("GEO", "Lake City"),
    ],
    note="European date of injury, foreign city, daughter, home neighbourhood",
)

# 106
n(
    "en",
    "health_tip",
    "Ferry commuters: that 'just a headache' after a fall on wet stairs deserves a check. Concussion "
    "signs in kids: vomiting, confusion, unusual sleepiness, unequal pupils. When in doubt, come in "
    "or call our nurse line at (206) 555-0111.",
    "health tip",
)

# 107
p(
    "en",
    "milestone_birthday",
    "One hundred and one! 🎉 Grandpa Yaroslav Boyko celebrated his 101ST birthday in our rehab gym "
    "today doing what he does best: complaining about the coffee. Born in Ternopil, he survived two "
    "wars and one Seattle winter he'll never forgive. Great-grandson Maksym made the card.",
    [
        ("AGE", "One hundred and one"),
        ("NAME", "Yaroslav Boyko"),
        ("AGE", "101ST"),
        ("GEO", "Ternopil"),
        ("NAME", "Maksym"),
    ],
    note="age spelled out and with an upper-case suffix; foreign birthplace",
)

# 108
n(
    "en",
    "statistic",
    "Falls are the #1 reason adults over 90 come to our EDs. In 2024 we saw 2,310 fall injuries in "
    "people 65 and older. Three things that help: night lights, no throw rugs and a vision check. "
    "#FallsPreventionWeek",
    "population ages",
)

# 109
p(
    "en",
    "patient_story",
    "just wanna shout out 4 north for taking care of my lil bro kalani for 3 weeks w the RSV. hes 2 "
    "and he thinks nurse brandon is his dad now lmao. kalani's home in tacoma now and eating "
    "everything",
    [("NAME", "kalani", "*"), ("GEO", "tacoma")],
    note="lower-case name and city; nurse brandon is staff",
)

# 110
n(
    "en",
    "anonymous_story",
    "A grandmother from one of the islands rode three ferries and two buses to bring her grandson "
    "to his 8 a.m. appointment. She arrived at 6:15 and knitted our front-desk staff a scarf while "
    "she waited. This is why we're opening Saturday clinics on the peninsula.",
    "anonymous family; no specific place",
)

# 111
p(
    "en",
    "thank_you",
    'Salamat po to all the nurses of 5 East who took care of our Lolo Ernesto "Esting" Macaraeg '
    "after his heart attack last Jan 3rd!! He is 92 years young and dancing again at our family "
    "party in Shoreline. Lolo Ernsto says thank you 🙏",
    [
        ("NAME", 'Ernesto "Esting" Macaraeg'),
        ("DATE", "Jan 3rd"),
        ("AGE", "92"),
        ("GEO", "Shoreline"),
        ("NAME", "Ernsto"),
    ],
    note="name with quoted nickname, misspelt repeat, date, age, family town",
)

# 112
n(
    "en",
    "recruitment",
    "Now hiring: Samoan-, Tongan- and Marshallese-speaking Community Health Workers for our South "
    "King County diabetes program. Part-time with benefits. Info session Thursday 6 p.m. at our "
    "Federal Way pop-up clinic. #CascadiaCareers",
    "recruitment; hospital pop-up site",
)

# 113
p(
    "en",
    "pasted_record",
    "screenshot from the family group chat lol: 'mom is in room 7-214 at puget, bed by the window. "
    "visiting 11-8. her MRN if u call is 40122387. DON'T bring durian again' (posted w/ permission "
    "from my mom Hoa Trinh)",
    [("OTHER_ID", "room 7-214"), ("MRN", "40122387"), ("NAME", "Hoa Trinh")],
    note="room and MRN in a chat screenshot; patient named at the end",
)

# 114
n(
    "en",
    "crisis_update",
    "Measles exposure notice: a person with measles was in our Yesler campus ED waiting room on "
    "March 4 between 6 and 10 p.m. If you were there and are not vaccinated, call (206) 555-0111. "
    "No patient information will be shared.",
    "public exposure notice for a hospital site; no patient identified",
)

# 115
p(
    "en",
    "patient_story",
    "Kent Faleafa, 14, from Kent ('yes, Kent from Kent') has been coming to our diabetes clinic "
    "since he was 3. This summer he ran his first half-marathon wearing his new insulin pump.",
    [("NAME", "Kent Faleafa"), ("GEO", "Kent", 2), ("NAME", "Kent", 3), ("GEO", "Kent", 4)],
    note="first name equal to the home city; each occurrence typed by meaning",
)

# 116
n(
    "en",
    "staff_spotlight",
    "Say hi to Chaplain Everett Moana! Everett grew up in Everett, served 20 years in the Navy, and "
    "keeps a drawer of ukuleles for patients who want to play. Stop by the Laurelhurst chapel any "
    "afternoon.",
    "staff chaplain; his hometown is not a patient's",
)

# 117
p(
    "en",
    "public_figure",
    "King County Councilmember Rosa Iñiguez-Park thanks our trauma team after she was struck by an "
    "e-scooter on Second Avenue on June 2. Rosa is home, bruised and 'more committed than ever to "
    "protected bike lanes.' Shared with her permission.",
    [
        ("NAME", "Rosa Iñiguez-Park"),
        ("GEO", "Second Avenue"),
        ("DATE", "June 2"),
        ("NAME", "Rosa", "*"),
    ],
    note="official who was our patient; street and date of the injury",
)

# 118
n(
    "en",
    "public_figure",
    "King County Councilmember Rosa Iñiguez-Park toured our trauma center on June 2 and announced $3 "
    "million for protected bike lanes on Second Avenue. Thank you, Rosa, for listening to our "
    "nurses.",
    "official visiting, not a patient",
)

# 119
p(
    "en",
    "birth_announcement",
    "Year of the Dragon baby! 🐉 Meet Chen Yu-Xuan, born Feb. 10, Lunar New Year's Day itself, to "
    "Amy and Kevin Chen of Mercer Island. Grandma Chen says he'll be a CEO. Kevin says he'd settle "
    "for sleep.",
    [
        ("NAME", "Chen Yu-Xuan"),
        ("DATE", "Feb. 10"),
        ("DATE", "Lunar New Year's Day"),
        ("NAME", "Amy"),
        ("NAME", "Kevin Chen"),
        ("GEO", "Mercer Island"),
        ("NAME", "Chen", "*"),
        ("NAME", "Kevin", "*"),
    ],
    note="birth date named twice; parents, grandmother's surname, island",
)

# 120
n(
    "en",
    "event",
    "Mid-Autumn Festival lantern walk, Sept. 17 at 6 p.m. through the Laurelhurst garden! 🏮 "
    "Mooncakes from our friends at a Little Saigon bakery. All families welcome.",
    "hospital event",
)

# 121
p(
    "es",
    "thank_you",
    "Gracias infinitas al equipo de Trasplantes 💚 Mi esposo, Rigoberto Sánchez, recibió su riñón el "
    "22 de noviembre de 2024 y ya volvió a trabajar en su taller en Pasco. — Elvia Sánchez y familia",
    [
        ("NAME", "Rigoberto Sánchez"),
        ("DATE", "22 de noviembre de 2024"),
        ("GEO", "Pasco"),
        ("NAME", "Elvia Sánchez"),
    ],
    note="transplant date with year, town, wife",
)

# 122
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos asistentes médicos bilingües (español-inglés) para nuestras "
    "clínicas de Bothell y Federal Way. Bono de contratación de $5,000. Más información: "
    "empleos@pugetumed.org",
    "recruitment; hospital e-mail",
)

# 123
p(
    "en",
    "pasted_record",
    "Order: CT head w/o contrast | Pt: JAMES, WINONA R | DOB 07/04/1952 | MRN 30214459 | Ins: "
    "Indian Health Service / Tulalip Tribes self-insured plan #TT-0048817 | Address: 6700 Totem "
    "Beach Rd, Tulalip WA 98271 | Hx: fall at home",
    [
        ("NAME", "JAMES, WINONA R"),
        ("DATE", "07/04/1952"),
        ("MRN", "30214459"),
        ("HEALTH_PLAN", "TT-0048817"),
        ("GEO", "6700 Totem Beach Rd"),
        ("GEO", "Tulalip", 2),
        ("GEO", "98271"),
    ],
    note="order line; 'Tulalip' in the insurer's name is not GEO (declared ok), in the address it is",
    ok=("Tulalip",),
)

# 124
n(
    "en",
    "research",
    "Our Native Health Research Center is partnering with the Tulalip, Lummi and Swinomish tribes on "
    "a study of traditional foods and diabetes, designed, governed and owned by the tribes. Results "
    "go back to each community first. Recruitment begins in the fall.",
    "research partnership; tribes, no patient",
)

# 125
p(
    "en",
    "discharge",
    "WE'RE GOING HOME!!! 🎉 GRANDMA ZHANG LIHUA IS 97 AND SHE BEAT PNEUMONIA. THANK YOU 4 WEST FOR "
    "THE CONGEE AND THE PATIENCE. SHE SAYS HI TO NURSE JENNY. - FROM THE WHOLE ZHANG FAMILY, BEACON "
    "HILL",
    [("NAME", "ZHANG LIHUA"), ("AGE", "97"), ("NAME", "ZHANG", "*"), ("GEO", "BEACON HILL")],
    note="all-caps name, age, family surname and neighbourhood; the nurse is staff",
)

# 126
n(
    "en",
    "thank_you",
    "To the ER doc who held my hand and told me a terrible joke about pelicans while they reset my "
    "shoulder: I don't know your name, but thank you. — a grateful ferry commuter",
    "unsigned patient thank-you, no identifier",
)

# 127
p(
    "en",
    "patient_story",
    "An is 6, loves Pokémon, and just finished a year of chemo for leukemia. An Nguyen's big sister "
    "Vy shaved her head in solidarity, and their dad Quang made 300 bánh mì for the nurses. An "
    "amazing family, and a very fast Pikachu.",
    [("NAME", "An", 1), ("NAME", "An Nguyen"), ("NAME", "Vy"), ("NAME", "Quang")],
    note="name 'An' is also an English article; the article is declared ok",
    ok=("An",),
)

# 128
n(
    "en",
    "health_tip",
    "Tết is coming! 🧧 Enjoying bánh chưng and thịt kho? Our dietitians' tips for family members with "
    "diabetes: smaller slices, more pickled vegetables and a walk after the feast. Chúc mừng năm mới!",
    "holiday health tip",
)

# 129
p(
    "en",
    "memorial",
    "We honor Elder Marvin Jack, 89, of the Swinomish Tribe, who walked on Jan. 15 at home in La "
    "Conner with his grandchildren singing. Uncle Marv came to our dialysis unit three times a week "
    "for six years and taught half our staff to carve. 🪶",
    [("NAME", "Marvin Jack"), ("DATE", "Jan. 15"), ("GEO", "La Conner"), ("NAME", "Marv")],
    note="age 89 not labelled; tribe is not GEO; home town is",
)

# 130
n(
    "en",
    "memorial",
    "100 years ago this month, Dr. Mabel Hartwell opened a 12-bed children's hospital above a Pioneer "
    "Square hardware store. Dr. Hartwell died in 1961 at 96. Her rocking chair still sits in the "
    "Laurelhurst lobby. 🕯️ #Cascadia100",
    "historical founder; her age is not a patient's",
)

# 131
p(
    "en",
    "milestone_birthday",
    "Manuia lou aso fanau, Tinā! 🎂🌺 Faleaitu Tagaloa turns 95 on White Sunday this year, and the "
    "6 East nurses are ready with a sheet cake and an 'ie toga. Her granddaughters Sina and Pua are "
    "bringing the church choir.",
    [
        ("NAME", "Faleaitu Tagaloa"),
        ("AGE", "95"),
        ("DATE", "White Sunday"),
        ("NAME", "Sina"),
        ("NAME", "Pua"),
    ],
    note="inpatient's birthday falls on White Sunday; age; granddaughters",
)

# 132
n(
    "en",
    "event",
    "White Sunday (Lotu Tamaiti) is this weekend! Our Samoan chaplain, Rev. Iosefa Mauga, will lead "
    "a children's service in the Laurelhurst chapel at 10 a.m. White clothes optional, joy "
    "required. 🤍",
    "holiday of a hospital event; chaplain is staff",
)

# 133
p(
    "en",
    "hospital_contact",
    "@PugetUMed why does the patient portal say my dad is in room 9-406 when he's actually in room "
    "9-410?? his MRN is 40018834. this is the 2nd time 😤",
    [("OTHER_ID", "room 9-406"), ("OTHER_ID", "room 9-410"), ("MRN", "40018834")],
    note="no name, but rooms and MRN of a patient",
)

# 134
n(
    "en",
    "sponsor",
    "Thank you to Seattle's Samoan churches, a Ukrainian women's sewing circle in Shoreline and the "
    "Ethiopian Orthodox youth of Rainier Valley for the 1,200 hand-sewn quilts delivered this week. "
    "Every kid on 6 North now has one. 💙",
    "community donors; places are theirs, not patients'",
)

# 135
p(
    "en",
    "patient_story",
    "'I just wanted to see the marmots.' Eight-year-old Lucas Huang wandered off a trail near "
    "Snoqualmie Falls on Aug. 17 and spent a cold night in the woods before a search dog named Juno "
    "found him. Lucas was treated for hypothermia and went home to Issaquah. Juno got a cheeseburger.",
    [
        ("NAME", "Lucas Huang"),
        ("GEO", "Snoqualmie Falls"),
        ("DATE", "Aug. 17"),
        ("NAME", "Lucas", "*"),
        ("GEO", "Issaquah"),
    ],
    note="lost child: place and date, home city; the dog's name is not labelled",
)

# 136
n(
    "en",
    "health_tip",
    "Lost on a trail? Hug a tree 🌲: stay put, stay warm, make noise. Teach your kids before you hike "
    "this summer, and pack a whistle in every backpack. Tips from our trauma prevention team and "
    "King County Search & Rescue.",
    "safety tip",
)

# 137
p(
    "en",
    "discharge",
    "MYKOLA IS HOME!! 🇺🇦💙💛 after 5 weeks in Burn ICU from the house fire in Lynnwood on 2 February. "
    "thank you to every nurse. Mama Liudmyla says she will bring varenyky to 4 East every Friday "
    "forever",
    [("NAME", "MYKOLA"), ("GEO", "Lynnwood"), ("DATE", "2 February"), ("NAME", "Liudmyla")],
    note="all-caps name, fire town and date, mother",
)

# 138
n(
    "en",
    "crisis_update",
    "Our Burn Center is caring for 6 patients from last night's apartment fire. We are grateful to "
    "Seattle Fire and Medic One. To donate clothes or gift cards for affected families, contact the "
    "Red Cross; please don't bring items to the hospital.",
    "multi-patient update, no identifier",
)

# 139
p(
    "en",
    "thank_you",
    "Ameseginalehu! Thank you to the cleft team who fixed our daughter Rahel's smile. She was born "
    "06/12/2023 in Addis Ababa and came here at 8 months. Today she sang 'Happy Birthday' to her "
    "dad, Abraham, at his 40th. — Rahel's mom, Mekdes",
    [
        ("NAME", "Rahel", "*"),
        ("DATE", "06/12/2023"),
        ("GEO", "Addis Ababa"),
        ("NAME", "Abraham"),
        ("NAME", "Mekdes"),
    ],
    note="birth date and foreign birthplace; father's 40th is not an age over 89",
)

# 140
n(
    "en",
    "eponymous_condition",
    "Tetralogy of Fallot, Ebstein's anomaly, Kawasaki disease: our Heart Center sees all of these. "
    "Meet Dr. Nhung Vo, who has repaired more than 900 Fallot hearts and still sends every family a "
    "card on the anniversary. ❤️",
    "eponymous conditions and a staff surgeon",
)

# 141
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a doña Consuelo Ibarra, de 93 años, quien falleció el Día de "
    "Muertos, 2 de noviembre, en nuestra unidad de cuidados paliativos. Su nieto Julián le cantó "
    "'Cielito lindo' hasta el final. Descanse en paz.",
    [
        ("NAME", "Consuelo Ibarra"),
        ("AGE", "93"),
        ("DATE", "Día de Muertos"),
        ("DATE", "2 de noviembre"),
        ("NAME", "Julián"),
    ],
    note="death on a holiday named twice; age; grandson",
)

# 142
n(
    "es",
    "event",
    "Día de Muertos: del 31 de octubre al 2 de noviembre tendremos un altar en el vestíbulo de "
    "Laurelhurst. Traiga una foto de su ser querido y una flor de cempasúchil. Todos son "
    "bienvenidos.",
    "hospital event dates; 'foto' is not a patient photo",
)

# 143
p(
    "en",
    "pasted_record",
    "Registration error, two kids merged! (IT ticket) Pt A: TUPOU, SIONE, DOB 02/28/2018, MRN "
    "30631198, SSN 536-81-4402 | Pt B: TUPOU, SIONE, DOB 08/14/2015, MRN 30618840 (cousin, same "
    "name, same address 3321 S 144th St, Tukwila). Please unmerge ASAP.",
    [
        ("NAME", "TUPOU, SIONE", "*"),
        ("DATE", "02/28/2018"),
        ("MRN", "30631198"),
        ("SSN", "536-81-4402"),
        ("DATE", "08/14/2015"),
        ("MRN", "30618840"),
        ("GEO", "3321 S 144th St"),
        ("GEO", "Tukwila"),
    ],
    note="two cousins with the same name; SSN; shared address",
)

# 144
n(
    "en",
    "statistic",
    "Interpreter stats, 2024: 212,000 interpreted encounters. Top languages after Spanish: "
    "Vietnamese, Amharic, Cantonese, Ukrainian, Somali, Samoan, Tagalog, Russian, Mandarin and "
    "Tigrinya. 1 in 5 of our patients prefers a language other than English.",
    "aggregate statistic",
)

# 145
p(
    "en",
    "thank_you",
    "Six months ago today, on Valentine's Day, a stranger's family said yes to organ donation and "
    "our son got a new heart. We think of you every day. 💚 #ForeverGrateful #TeamKoa",
    [("DATE", "Valentine's Day"), ("NAME", "#TeamKoa")],
    note="transplant on a holiday; name only in a hashtag; relative expression not labelled",
)

# 146
n(
    "en",
    "campaign_hashtag",
    "April is Donate Life Month 💚 One donor can save 8 lives. Register at the DMV or online and "
    "tell your family. Wear green Friday and tag #DonateLifeCascadia #ForeverGrateful.",
    "campaign hashtags",
)

# 147
p(
    "en",
    "patient_story",
    "When Luz Bautista-Macaraeg's son was in our PICU for 73 days, she ran a 'coffee-and-lumpia' cart "
    "for every other family on the floor. Luz, the parents of 3 North named their group chat after "
    "you.",
    [("NAME", "Luz Bautista-Macaraeg"), ("NAME", "Luz", "*")],
    note="only the patient's mother is named, which is enough",
)

# 148
n(
    "en",
    "staff_spotlight",
    "When charge nurse Luz Ocampo isn't running the PICU, she runs the 'coffee-and-lumpia' cart at "
    "Filipino community bingo night. 20 years on 3 North this June! Congrats, Luz! 🎉",
    "staff spotlight, near-identical to a family post",
)

# 149
p(
    "en",
    "birth_announcement",
    "MEET HOPE 💕 Hope Tavai Leiataua, 6 lb 1 oz, born June 18 at 12:01 a.m., the exact minute her "
    "great-grandmother turned 90 in Apia. Welcome to the family, baby girl! 🇼🇸",
    [
        ("NAME", "HOPE"),
        ("NAME", "Hope Tavai Leiataua"),
        ("DATE", "June 18"),
        ("AGE", "90"),
        ("GEO", "Apia"),
    ],
    note="all-caps word-name; relative's age over 89 and foreign city",
)

# 150
n(
    "en",
    "campaign_hashtag",
    "Hope is a plan, not a feeling. 💙 This #GivingTuesday every dollar to the #HopeForHearts fund is "
    "matched up to $100,000 by the Lowe Family Foundation. Give at cascadiakids.org/give.",
    "'Hope' is a word here; campaign hashtags; donor foundation",
)

# 151
p(
    "en",
    "pasted_record",
    "Valet log: blue Honda Odyssey, WA plate BYT 4471 | Owner: Faith Moana (mother of PICU pt in "
    "bed 12) | cell (253) 555-0114 | Parked: Laurelhurst Lot 3 | Keys: hook 17",
    [
        ("VEHICLE", "BYT 4471"),
        ("NAME", "Faith Moana"),
        ("OTHER_ID", "bed 12"),
        ("PHONE", "(253) 555-0114"),
    ],
    note="mother's plate, name and phone; child's bed; hospital lot and key hook are not ids",
)

# 152
n(
    "en",
    "hospital_contact",
    "Parking at Laurelhurst? Families of inpatients park free in Lot 3; get your pass validated at "
    "the Family Resource Center. Valet: (206) 555-0100 ext 2. For GPS: 4410 Laurelhurst Loop NE, "
    "Seattle, WA 98105.",
    "hospital parking info",
)

# 153
p(
    "en",
    "patient_story",
    "Remember Tavita, aka 'Big T,' our linebacker patient from last fall with the shattered ankle? "
    "Tavitaa (sorry bro, autocorrect) just signed to play at UW! Thank u to our ortho and rehab "
    "teams. 🐺🏈",
    [("NAME", "Tavita"), ("NAME", "Big T"), ("NAME", "Tavitaa")],
    note="name, nickname and misspelling",
)

# 154
n(
    "en",
    "public_figure",
    "Thanks to Helena Sorvino, CEO of a certain Seattle coffee giant, for spending her birthday "
    "stocking our family kitchens with 800 pounds of beans. Helena, the night shift thanks you most "
    "of all. ☕",
    "executive as donor, not a patient",
)

# 155
p(
    "en",
    "public_figure",
    "Helena Sorvino, CEO, wanted her employees to hear it from her: she was diagnosed with breast "
    "cancer in March, finished treatment at our Breast Center on Sept. 30, and is cancer-free. 'Get "
    "your mammogram. That's the memo.' Shared at Helena's request.",
    [("NAME", "Helena Sorvino"), ("DATE", "March"), ("NAME", "Helena", "*"), ("DATE", "Sept. 30")],
    note="executive who was our patient; diagnosis month and end of treatment",
)

# 156
n(
    "en",
    "health_tip",
    "That's the memo: mammograms every 2 years from age 40. Book one at any of our 4 sites; walk-ins "
    "welcome Saturdays in Bothell. Call (425) 555-0110.",
    "screening tip with hospital number",
)

# 157
p(
    "en",
    "pasted_record",
    "Fwd: meal train for the Tran family! Baby Minh Khoa Tran had open-heart surgery on 10/15 and is "
    "in CICU bed 22. Mom (Kim) is staying at the family house across the street. Sign up: "
    "mealtrain.com/trains/tran-minh-khoa or text Kim at 206-555-0152. xoxo, Aunt Dao",
    [
        ("NAME", "Minh Khoa Tran"),
        ("NAME", "Tran", "*"),
        ("DATE", "10/15"),
        ("OTHER_ID", "bed 22"),
        ("NAME", "Kim", "*"),
        ("URL", "mealtrain.com/trains/tran-minh-khoa"),
        ("PHONE", "206-555-0152"),
        ("NAME", "Dao"),
    ],
    note="forwarded e-mail: surgery date, bed, mother, meal-train URL, phone, aunt",
)

# 158
n(
    "en",
    "event",
    "Meal trains, GoFundMes, CaringBridge: what actually helps a family with a child in the hospital? "
    "Join our social workers for a free Zoom talk Jan. 14 at noon. Register: "
    "cascadiakids.org/helping",
    "hospital event",
)

# 159
p(
    "es",
    "patient_story",
    '"Mi hija aprendió a caminar en el pasillo del piso 6." Valeria Cruz Domínguez nació con espina '
    "bífida el 15 de septiembre —Día de la Independencia de Guatemala, la tierra de su papá, Byron—. "
    "Hoy, a los 3 años, usa andadera y va al preescolar en White Center.",
    [
        ("NAME", "Valeria Cruz Domínguez"),
        ("DATE", "15 de septiembre"),
        ("DATE", "Día de la Independencia de Guatemala"),
        ("NAME", "Byron"),
        ("GEO", "White Center"),
    ],
    note="birth date named twice (country is not GEO); father; neighbourhood",
)

# 160
n(
    "es",
    "research",
    "Nuestro equipo de investigación busca familias hispanohablantes con niños de 2 a 5 años con asma "
    "para un estudio sobre la calidad del aire en el valle del Duwamish. Compensación de $150. Llame "
    "al (206) 555-0129 o escriba a estudios@pugetumed.org.",
    "study recruitment; region is not a patient's",
)

# 161
p(
    "en",
    "discharge",
    "Home for the First Salmon Ceremony! 🐟 Our friend 'Bear' (Tyson Sampson-Joe), 11, went home to "
    "Suquamish on Friday after 3 weeks of treatment for a ruptured appendix. His mom Dawn says the "
    "first thing he asked for was smoked salmon.",
    [("NAME", "Bear"), ("NAME", "Tyson Sampson-Joe"), ("GEO", "Suquamish"), ("NAME", "Dawn")],
    note="nickname and word-name mother; tribal town as home is GEO",
)

# 162
n(
    "en",
    "public_figure",
    "Honored to welcome Makah, Suquamish and Tulalip canoe families to our Laurelhurst beach landing "
    "on July 26, the first time a Tribal Canoe Journey has stopped at a hospital. Thank you to "
    "skipper Ray Sampson for the blessing.",
    "community leader at a hospital event",
)

# 163
p(
    "en",
    "pasted_record",
    "From the intake form (shared to the wrong FB group, sorry!!): Patient: Sofiia Bondarenko, 6 | "
    "Arrival from Poland 03.11.2024 | Guardian: Oleh Bondarenko, +48 512 555 017, "
    "oleh.bondarenko@ukr.net | US address: 1407 NE 65th St #12, Seattle 98115 | Case no. "
    "UA-2024-118342",
    [
        ("NAME", "Sofiia Bondarenko"),
        ("DATE", "03.11.2024"),
        ("NAME", "Oleh Bondarenko"),
        ("PHONE", "+48 512 555 017"),
        ("EMAIL", "oleh.bondarenko@ukr.net"),
        ("GEO", "1407 NE 65th St #12"),
        ("GEO", "Seattle"),
        ("GEO", "98115"),
        ("OTHER_ID", "UA-2024-118342"),
    ],
    note="refugee intake: foreign phone, arrival date, address, case number",
)

# 164
n(
    "en",
    "crisis_update",
    "Ferry service between Seattle and Bainbridge is suspended this morning. If you have an "
    "appointment at our Bainbridge Island clinic, we'll switch you to telehealth automatically. "
    "Questions: (206) 555-0100.",
    "service disruption",
)

# 165
p(
    "en",
    "thank_you",
    "To Mr. K in room 817: the night nurses already miss your harmonica. Thank you for letting us be "
    "part of your 98th trip around the sun. 🎵 — 8 North",
    [("NAME", "K"), ("OTHER_ID", "room 817"), ("AGE", "98th")],
    note="initial as name, room and age over 89",
)

# 166
n(
    "en",
    "anonymous_story",
    "One of our patients, a retired ferry captain in his 80s, asked to see the water one more time. "
    "Our nurses wheeled his bed to the 9th-floor window at sunset. He saluted every boat that went "
    "by. ⛴️",
    "anonymous patient in his 80s",
)

# 167
p(
    "en",
    "patient_story",
    "Xiaoming (Sam) Liu was 14 when he collapsed at a basketball game. Coach Wen started CPR; an AED "
    "did the rest. A year later Sam has an ICD, a 4.0 GPA and a message: 'Learn CPR.' Pictured with "
    "Coach Wen at our CPR Saturday.",
    [("NAME", "Xiaoming (Sam) Liu"), ("NAME", "Sam", "*"), ("PHOTO", "Pictured")],
    note="name with nickname in parentheses; photo shows him; the coach is not a patient",
)

# 168
n(
    "en",
    "event",
    "CPR Saturday is back! Free hands-only CPR and AED training for teens and families, March 8, 9 "
    "a.m. to noon at the Yesler campus. Coach Wen Zhao and our ED nurses will teach. Sign up: "
    "pugetumed.org/cpr",
    "hospital event; instructor named",
)

# 169
p(
    "en",
    "memorial",
    "we lost our dad captain pete halvorsen on nov 3. 40 yrs on the ferries, last 2 weeks with the "
    "amazing ICU team at puget. he was 91 and still knew every tide table. fair winds dad ⚓ "
    "#CaptainPete",
    [("NAME", "pete halvorsen"), ("DATE", "nov 3"), ("AGE", "91"), ("NAME", "#CaptainPete")],
    note="lower-case name and date, age, hashtag",
)

# 170
n(
    "en",
    "staff_spotlight",
    "Captain's log 🚢: ED nurse Pete Halvorsen Jr. worked 40 years on the ferries before nursing "
    "school at 52. Now he runs weekend urgent care at our Bainbridge clinic. Pete, you're the best "
    "kind of second act.",
    "staff spotlight",
)

# 171
p(
    "en",
    "birth_announcement",
    "It's a girl! 🎀 Please welcome Princess Joy Manalo-Santos (yes, Princess is her first name 👑), "
    "born 11.11 at 11:11 a.m. to Jericho and Aileen of Seattle's Beacon Hill. Lolo Ben says she's "
    "already the boss.",
    [
        ("NAME", "Princess Joy Manalo-Santos"),
        ("NAME", "Princess", 2),
        ("DATE", "11.11"),
        ("NAME", "Jericho"),
        ("NAME", "Aileen"),
        ("GEO", "Seattle"),
        ("GEO", "Beacon Hill"),
        ("NAME", "Ben"),
    ],
    note="word-names (Princess, Jericho); dotted date; grandfather (Lolo is a title)",
)

# 172
n(
    "en",
    "statistic",
    "2024 births at Cascadia: 4,812 babies. Most popular names: Olivia, Liam, Mateo, Amara, Bao, "
    "Sofiia and, for the third year, Hope. Busiest day: Sept. 19. Quietest: Christmas Day.",
    "popular names and busiest days are aggregate, not any patient's",
)

# 173
p(
    "en",
    "thank_you",
    "Щиро дякуємо! Thank you to the pediatric surgery team: our son Artem was operated on 05.06 for a "
    "burst appendix and went home 09.06. Special thanks to nurse Ivanna who spoke Ukrainian with "
    "him. — Svitlana & Roman Horbach, Mukilteo",
    [
        ("NAME", "Artem"),
        ("DATE", "05.06"),
        ("DATE", "09.06"),
        ("NAME", "Svitlana"),
        ("NAME", "Roman Horbach"),
        ("GEO", "Mukilteo"),
    ],
    note="day.month dates; parents; nurse Ivanna is staff",
)

# 174
n(
    "en",
    "recruitment",
    "Ukrainian- and Russian-speaking? Our Medical Interpreter Training Program is free, 12 weeks, and "
    "leads straight to a job. Classes start Oct. 6. Apply: cascadiakids.org/interpret. Дякуємо!",
    "recruitment",
)

# 175
p(
    "es",
    "discharge",
    "ya en casita 🏠💕 mi bebé itzel salió hoy de la UCIN después de 58 días. gracias a todas las "
    "enfermeras, sobre todo a la enfermera Marisol. nos vamos a auburn!! #ItzelGuerrera",
    [("NAME", "itzel"), ("GEO", "auburn"), ("NAME", "#ItzelGuerrera")],
    note="lower-case name and city (also a colour word); nurse is staff",
)

# 176
n(
    "es",
    "health_tip",
    "Temporada de gripe: la vacuna es gratis para niños en todas nuestras clínicas. Traiga la cartilla "
    "de vacunación. Horario: lunes a viernes de 8 a 6, sábados de 9 a 1 en Bothell.",
    "health tip",
)

# 177
p(
    "en",
    "pasted_record",
    "Label printout posted in the nurses' FB group (oops): WB# 3301-A77-4419 | PHAM, VAN LONG | 90 y "
    "| Rm 622-B | Fall risk ⚠ | Code status: DNR | Interpreter: Vietnamese",
    [
        ("OTHER_ID", "3301-A77-4419"),
        ("NAME", "PHAM, VAN LONG"),
        ("AGE", "90"),
        ("OTHER_ID", "Rm 622-B"),
    ],
    note="wristband label: band number, name, age, room",
)

# 178
n(
    "en",
    "pasted_record",
    "Pasted from our Epic downtime checklist, for everyone who asked: 1) Print census. 2) Switch to "
    "paper MAR. 3) Call (206) 555-0100 to page the house supervisor. 4) Do NOT post screenshots of "
    "the census. (Yes, this is why.)",
    "procedure text, no patient",
)

# 179
p(
    "en",
    "milestone_birthday",
    "Happy 104th, Grandma Tsige! 🎉 Tsige Haile-Mariam, our oldest dialysis patient, brought injera "
    "for the whole unit on her birthday, Sept. 11, which is also Enkutatash, Ethiopian New Year. Her "
    "son Getachew drove her in from SeaTac at 5 a.m.",
    [
        ("AGE", "104th"),
        ("NAME", "Tsige Haile-Mariam"),
        ("NAME", "Tsige", "*"),
        ("DATE", "Sept. 11"),
        ("DATE", "Enkutatash"),
        ("DATE", "Ethiopian New Year"),
        ("NAME", "Getachew"),
        ("GEO", "SeaTac"),
    ],
    note="birthday named three ways; age; son; home city",
)

# 180
n(
    "en",
    "event",
    "Enkutatash (Ethiopian New Year) celebration Sept. 11, 3 to 6 p.m. in the Yesler courtyard: coffee "
    "ceremony, adey abeba flowers and kids' crafts. Melkam Addis Amet! 🌼",
    "holiday of a hospital event",
)

# 181
p(
    "en",
    "patient_story",
    "SNOHOMISH COUNTY ROOTS 🌲 Logger Wade Thorsby, 58, of Darrington was pinned by a cedar on Oct. 2. "
    "His crew carried him 2 miles out. After 3 surgeries Wade is home and says he's 'switching to "
    "maple.' His wife Cheryl: 'Over my dead body, Wade.'",
    [
        ("GEO", "SNOHOMISH COUNTY"),
        ("NAME", "Wade Thorsby"),
        ("GEO", "Darrington"),
        ("DATE", "Oct. 2"),
        ("NAME", "Wade", "*"),
        ("NAME", "Cheryl"),
    ],
    note="all-caps county, town, injury date, wife",
)

# 182
n(
    "en",
    "research",
    "Our Transplant Immunology lab just received a $4.2M NIH grant to study why kidney transplants "
    "fail earlier in Pacific Islander patients, and what to do about it. Principal investigator: "
    "Dr. Faamoe Lealaiauloto.",
    "research grant; investigator is staff",
)

# 183
p(
    "en",
    "thank_you",
    "To the Fonoti family: your son Junior saved four lives on March 9. Our transplant team will "
    "never forget his 'Go Hawks' tattoo or your prayers in the hallway. 💚 Shared with permission, "
    "from the Donate Life team",
    [("NAME", "Fonoti"), ("NAME", "Junior"), ("DATE", "March 9")],
    note="organ donor patient (word-name Junior), family surname, date of donation",
)

# 184
n(
    "en",
    "sponsor",
    "Go Hawks! 💙💚 The Seahawks Women's Association and the Seattle Storm Foundation funded 40 new "
    "tablets for our teen lounge. Thank you to Storm guard Kiara Bell for the surprise delivery.",
    "sponsors and a visiting athlete",
)

# 185
p(
    "en",
    "public_figure",
    "Storm guard Kiara Bell is back on the court! 🏀 Kiara tore her Achilles on April 12 and rehabbed "
    "with our Sports Medicine team all summer. She asked us to thank the 14-year-olds in PT who "
    "out-planked her every day.",
    [("NAME", "Kiara Bell"), ("NAME", "Kiara", "*"), ("DATE", "April 12")],
    note="athlete who was our patient; Achilles is eponymous",
)

# 186
n(
    "en",
    "eponymous_condition",
    "Achilles tendon, Eustachian tube, Adam's apple: body parts with names! Our ENT team explains "
    "why toddlers get so many ear infections (spoiler: the Eustachian tube is tiny and flat). Video "
    "in bio.",
    "eponymous body parts; staff video",
)

# 187
p(
    "en",
    "pasted_record",
    "whoever printed this on the 4th floor printer: 'tuilagi-smith, ioane | 30551207 | adm 2/14 | "
    "ferry fall | wife: sina (206) 555-0134 | ins: premera blue cross id ZPB914472361' pls shred",
    [
        ("NAME", "tuilagi-smith, ioane"),
        ("MRN", "30551207"),
        ("DATE", "2/14"),
        ("NAME", "sina"),
        ("PHONE", "(206) 555-0134"),
        ("HEALTH_PLAN", "ZPB914472361"),
    ],
    note="lower-case printout: name, bare MRN, admission date, wife, phone, member id",
)

# 188
n(
    "en",
    "health_tip",
    "Heading out on the water this summer? In Washington, kids 12 and under must wear a life jacket "
    "on boats under 19 feet. Borrow a free one at our Bainbridge Island clinic. #WaterSafety",
    "safety tip",
)

# 189
p(
    "en",
    "crisis_update",
    "Update: the two kayakers rescued off Alki Point yesterday, brothers Thanh and Huy Dang of West "
    "Seattle, are warm, fed and going home today. Their mom asked us to say: 'They will be wearing "
    "life jackets forever now. FOREVER.'",
    [("GEO", "Alki Point"), ("NAME", "Thanh"), ("NAME", "Huy Dang"), ("GEO", "West Seattle")],
    note="rescue place, two named patients, neighbourhood",
)

# 190
n(
    "en",
    "event",
    "Join the Polar Bear Plunge at Alki Beach on New Year's Day! 🐻‍❄️ Our trauma nurses will be on the "
    "beach with blankets and cocoa. Proceeds support our water safety program.",
    "event venue and holiday, no patient",
)

# 191
p(
    "en",
    "discharge",
    'Exec summary 🫀: Manuel "Manny" Ocampo (staff engineer, 34, very online) was admitted '
    "2025-03-02 with myocarditis and discharged 2025-03-09. KPI: alive. Action items: thank the "
    "CICU. Posted by his partner, Jordan",
    [
        ("NAME", 'Manuel "Manny" Ocampo'),
        ("DATE", "2025-03-02"),
        ("DATE", "2025-03-09"),
        ("NAME", "Jordan"),
    ],
    note="tech employee; ISO dates; partner",
)

# 192
n(
    "en",
    "staff_spotlight",
    "Two nurses, one birthday: Abeba Tadesse and Rowena Castillo were born on the same day in 1984, "
    "on opposite sides of the world, and have worked side by side on 5 East for 15 years. Happy "
    "birthday! 🎂",
    "staff birthdays",
)

# 193
p(
    "en",
    "patient_story",
    "Three generations, one kidney story: Lan Vu gave a kidney to her husband in 2009. This spring "
    "their daughter Ngoc gave one to her dad. 'We are a very generous family,' says Lan. 'Mostly "
    "with kidneys.'",
    [("NAME", "Lan Vu"), ("NAME", "Lan", "*"), ("NAME", "Ngoc")],
    note="recipient unnamed; wife and daughter (both donors and relatives) named",
)

# 194
n(
    "en",
    "anonymous_story",
    "A mom told us her son, 7, asked if the hospital has a 'sleep room for worries.' So our child "
    "life team built one: a quiet, dim space on 6 North with weighted blankets and a fish tank. "
    "Worries welcome. 🐠",
    "anonymous child",
)

# 195
p(
    "es",
    "pasted_record",
    "Mensaje reenviado al grupo de la iglesia por error: 'Favor de orar por mi papá, Efraín Morales, "
    "cama 3 en la UCI de Puget. Su número de Apple Health es 209941872WA, por si alguien de la "
    "oficina puede ayudar. Mi cel: 253-555-0177. — Yesenia'",
    [
        ("NAME", "Efraín Morales"),
        ("OTHER_ID", "cama 3"),
        ("HEALTH_PLAN", "209941872WA"),
        ("PHONE", "253-555-0177"),
        ("NAME", "Yesenia"),
    ],
    note="forwarded message: bed, Medicaid id, daughter's phone and name",
)

# 196
n(
    "es",
    "crisis_update",
    "Actualización: debido a la nieve, las clínicas de Bothell y de la isla de Bainbridge abrirán a "
    "las 10 a. m. hoy. Las salas de emergencia funcionan con normalidad. Información: (206) 555-0100.",
    "operational update",
)

# 197
p(
    "en",
    "birth_announcement",
    "She's here! 💜 Skye Elizabeth Moses, born March 30 to Lauren and Tyler Moses of Marysville. "
    "Auntie already made her first cedar hat. #WelcomeSkye",
    [
        ("NAME", "Skye Elizabeth Moses"),
        ("DATE", "March 30"),
        ("NAME", "Lauren"),
        ("NAME", "Tyler Moses"),
        ("GEO", "Marysville"),
        ("NAME", "#WelcomeSkye"),
    ],
    note="baby, parents, town, name hashtag",
)

# 198
n(
    "en",
    "health_tip",
    "Big skies, big sun ☀️ The UV index hits 7+ in Seattle by June. Sunscreen every 2 hours for kids "
    "over 6 months; hats and shade for babies under 6 months.",
    "health tip",
)

# 199
p(
    "en",
    "pasted_record",
    "Referral fax cover (uploaded to our public album by a vendor!!): To: Cascadia Transplant, fax "
    "(206) 555-0175 | From: Dr. Alemayehu's clinic, fax (253) 555-0108 | Re: WOLDE, BIRTUKAN, DOB "
    "12/21/1970, MRN 30477019, ESRD, eval for kidney tx | Pt cell 206-555-0166 | Pt home fax "
    "206-555-0197",
    [
        ("NAME", "WOLDE, BIRTUKAN"),
        ("DATE", "12/21/1970"),
        ("MRN", "30477019"),
        ("PHONE", "206-555-0166"),
        ("FAX", "206-555-0197"),
    ],
    note="hospital fax and referring clinic's fax are not labelled; patient's own numbers are",
)

# 200
n(
    "en",
    "hospital_contact",
    "Referring a patient for transplant? Call our Transplant Referral Line at (206) 555-0175 (fax to "
    "the same number), 24/7. Outreach clinics: Yesler campus, 1701 Yesler Terrace Ave, and Bothell, "
    "18000 Bothell Everett Hwy.",
    "hospital line and addresses",
)

# 201
p(
    "en",
    "thank_you",
    "Sending love to the 3 North team from Vashon Island 🌲 Our twins, Juniper and Sage, were in for "
    "9 days with RSV in December. They're 4 months old today and finally sleeping. (Mom and dad are "
    "not.) — the Oduya-Park family",
    [
        ("GEO", "Vashon Island"),
        ("NAME", "Juniper"),
        ("NAME", "Sage"),
        ("DATE", "December"),
        ("NAME", "Oduya-Park"),
    ],
    note="word-names; admission month; family surname",
)

# 202
n(
    "en",
    "health_tip",
    "Sage, juniper and grass pollen season is here 🌾 If your child's allergies flare every May, ask "
    "about a daily nasal spray before symptoms start. Our allergy clinic has Saturday hours in "
    "Bothell.",
    "plant names, not people",
)

# 203
p(
    "en",
    "memorial",
    "Our condolences to the family of Mr. Lam Siu-Kee, 90, the Chinatown barber who cut hair on King "
    "Street for 62 years. Mr. Lam died peacefully on our palliative unit on the fifth day of the "
    "Lunar New Year, surrounded by grandchildren.",
    [
        ("NAME", "Lam Siu-Kee"),
        ("AGE", "90"),
        ("GEO", "Chinatown"),
        ("GEO", "King Street"),
        ("NAME", "Lam", "*"),
        ("DATE", "fifth day of the Lunar New Year"),
    ],
    note="age; where he worked for decades; death on a lunar-calendar date",
)

# 204
n(
    "en",
    "public_figure",
    "Seattle jazz singer Ernestine 'Teenie' Moore performed in our lobby every Christmas for 30 "
    "years. This year our Music Therapy program is named in her honor. 🎷",
    "public figure honoured; not a patient",
)

# 205
p(
    "en",
    "patient_story",
    "Follow Kai's journey! Our 5-year-old patient Kai Faumuina is waiting for a new heart on 6 West. "
    "His family posts updates at caringbridge.org/visit/kaifaumuina and answers messages at "
    "teamkai.faumuina@gmail.com. 💙 #TeamKai",
    [
        ("NAME", "Kai Faumuina"),
        ("NAME", "Kai", "*"),
        ("URL", "caringbridge.org/visit/kaifaumuina"),
        ("EMAIL", "teamkai.faumuina@gmail.com"),
        ("NAME", "#TeamKai"),
    ],
    note="name, family's URL and e-mail, hashtag",
)

# 206
n(
    "en",
    "campaign_hashtag",
    "#TeamCascadia ran the Seattle Marathon! 🏃 212 nurses, doctors and patient families raised "
    "$88,000 for the Family Housing Fund. Next stop: the Ferry-to-Ferry 10K.",
    "team hashtag, not a patient's name",
)

# 207
p(
    "en",
    "pasted_record",
    "MyCascadia text (screenshot shared by mistake): 'Your appointment for FA'AVAE, LUSIA on Tue 4/22 "
    "at 9:40 AM with Pediatric Neurology is confirmed. Account #: 800-331-5762. Reply STOP to "
    "(206) 555-0100.'",
    [("NAME", "FA'AVAE, LUSIA"), ("DATE", "4/22"), ("ACCOUNT", "800-331-5762")],
    note="appointment date; account number that looks like a toll-free phone",
)

# 208
n(
    "en",
    "hospital_contact",
    "Get appointment reminders by text! Reply YES to (206) 555-0100 or sign up in MyCascadia. We will "
    "never text you asking for passwords or payment.",
    "hospital number",
)

# 209
p(
    "en",
    "milestone_birthday",
    "Our favorite nonagenarian just became a centenarian! 🎉 Happy birthday, Auntie Fe (Felicidad "
    "Ramos), who spent her 100th on our ortho floor after a hip fracture at her daughter's house in "
    "Burien.",
    [
        ("AGE", "nonagenarian"),
        ("AGE", "centenarian"),
        ("NAME", "Fe"),
        ("NAME", "Felicidad Ramos"),
        ("AGE", "100th"),
        ("GEO", "Burien"),
    ],
    note="age words, nickname, place of the fall",
)

# 210
n(
    "en",
    "event",
    "Our 90+ Club met for tea this week: 14 former patients, all over 90, one harmonica and zero "
    "complaints about the cake. Next tea is the first Friday of April at the Yesler café.",
    "population age; hospital event",
)

# 211
p(
    "en",
    "patient_story",
    "Our little fighter Olexandr (Sasha) Tkachenko (sorry, Oleksandr, Mama corrected us!) is now 1 "
    "year cancer-free. Sasha was diagnosed with neuroblastoma in Odesa at 18 months and arrived here "
    "with his mom Yulia on Nov. 30.",
    [
        ("NAME", "Olexandr (Sasha) Tkachenko"),
        ("NAME", "Oleksandr"),
        ("NAME", "Sasha", "*"),
        ("GEO", "Odesa"),
        ("NAME", "Yulia"),
        ("DATE", "Nov. 30"),
    ],
    note="misspelt and corrected name, nickname, foreign city, arrival date",
)

# 212
n(
    "en",
    "research",
    "Neuroblastoma researchers from Kyiv and Seattle met in our Laurelhurst auditorium this week to "
    "share data on 1,100 children. The collaboration, begun in 2022, now includes 6 Ukrainian "
    "hospitals.",
    "research collaboration",
)

# 213
p(
    "en",
    "thank_you",
    "谢谢 thank u to Dr. Park and the 7 North nurses!! my po po (wu guizhen) is home in the ID after "
    "her gallbladder surgery on the 12th. she is 92 and says the hospital food is 'too healthy' 😂",
    [("NAME", "wu guizhen"), ("GEO", "ID"), ("DATE", "12th"), ("AGE", "92")],
    note="lower-case name; 'the ID' neighbourhood; surgery day; age",
)

# 214
n(
    "en",
    "anonymous_story",
    "A teen patient asked our IT team to help him livestream his chemo to prove to his friends it's "
    "'not that bad.' We said no to streaming the unit, but yes to a green screen in the teen lounge. "
    "Now everyone's chemo happens on the moon. 🌕",
    "anonymous teen",
)

# 215
p(
    "en",
    "crisis_update",
    "Car-deck incident update: the driver whose pickup rolled into the safety netting on the 7:05 "
    "ferry this morning, Ronald Tso, 67, of Kingston, was treated for minor injuries and released.",
    [("NAME", "Ronald Tso"), ("GEO", "Kingston")],
    note="named patient and home town; vessel not GEO",
)

# 216
n(
    "en",
    "crisis_update",
    "About the 7:05 ferry incident this morning: one person was treated and released from our Yesler "
    "ED. No other injuries. Please direct questions about the vessel to Washington State Ferries.",
    "anonymous patient",
)

# 217
p(
    "es",
    "birth_announcement",
    "llegó nuestro angelito!! 👶 Santiago Ángel Mejía nació el 24 de diciembre, Nochebuena, en "
    "Cascadia. 3.2 kg de puro amor. papás: Brenda y Luis, de Everett 💙",
    [
        ("NAME", "Santiago Ángel Mejía"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
        ("NAME", "Brenda"),
        ("NAME", "Luis"),
        ("GEO", "Everett"),
    ],
    note="birth on Nochebuena (named twice), parents, city",
)

# 218
n(
    "es",
    "event",
    "¡Posada navideña para familias! 18 de diciembre, 5 p. m., en el atrio de Laurelhurst: piñatas, "
    "ponche y villancicos. Habrá intérpretes de español, vietnamita y amhárico.",
    "hospital event",
)

# 219
p(
    "en",
    "discharge",
    "Tiny but mighty! 💪 After 97 days in our NICU (born at 23 weeks, 1 lb 3 oz), #BabyBinh is home "
    "in Rainier Valley. Parents Duc and Hanh Le, thank you for trusting us. 🍼",
    [("NAME", "#BabyBinh"), ("GEO", "Rainier Valley"), ("NAME", "Duc"), ("NAME", "Hanh Le")],
    note="baby named in hashtag; 97 days is a stay, not an age",
)

# 220
n(
    "en",
    "statistic",
    "NICU by the numbers: 812 babies cared for last year, 64 born before 25 weeks, and an average "
    "stay of 97 days for our smallest. NICU grad reunion is Sept. 20. See you there!",
    "aggregate statistic; event date",
)

# 221
p(
    "en",
    "pasted_record",
    "Incident report (pls remove from public page): 2/3, 07:50. Pedestrian SIMANU, LAGI, 10 y/o, "
    "struck in crosswalk at S Henderson St & MLK Jr Way S. Driver: K. Ostrowski, WA DL "
    "OSTROKJ391MS, plate BVN 6628, not injured. Pt transported to Yesler ED.",
    [
        ("DATE", "2/3"),
        ("NAME", "SIMANU, LAGI"),
        ("GEO", "S Henderson St"),
        ("GEO", "MLK Jr Way S"),
    ],
    note="crash date and roads; the uninjured driver's name, licence and plate are not labelled",
)

# 222
n(
    "en",
    "health_tip",
    "Dark mornings are back 🌒 Pedestrian injuries spike in November. Wear something bright, use "
    "crosswalks, and drivers, slow down near schools. Our trauma team would love to see less of "
    "you. 💛",
    "safety tip",
)

# 223
p(
    "en",
    "patient_story",
    "Two countries, one liver. Hiwot Gebre-Egziabher received part of her uncle Solomon's liver here "
    "on Nov. 4; he flew in from Bahir Dar for the surgery. Both are doing well, and Solomon has "
    "already booked a trip home for Timket.",
    [
        ("NAME", "Hiwot Gebre-Egziabher"),
        ("NAME", "Solomon", "*"),
        ("DATE", "Nov. 4"),
        ("GEO", "Bahir Dar"),
    ],
    note="living donor uncle; foreign city; Timket is not a patient's date",
)

# 224
n(
    "en",
    "eponymous_condition",
    "Hirschsprung's disease affects about 1 in 5,000 babies. Our colorectal team, led by Dr. Solomon "
    "Bekele, performed 31 pull-through surgeries last year. Signs: no stool in the first 48 hours, "
    "swollen belly.",
    "eponymous condition; staff surgeon",
)

# 225
p(
    "en",
    "thank_you",
    "to whoever was the night nurse in room 5214 on 9/28: you saved my dad. he's home now. i don't "
    "even know your name. 💙",
    [("OTHER_ID", "room 5214"), ("DATE", "9/28")],
    note="no name, but the patient's room and date",
)

# 226
n(
    "en",
    "thank_you",
    "to whoever was the night nurse on 5 West last weekend: you saved my dad. he's home now. i don't "
    "even know your name. 💙 (shared by Patient Relations, with permission)",
    "unit name and relative time only",
)

# 227
p(
    "en",
    "memorial",
    "FAREWELL OUR QUEEN 👑 SUSANA 'NANA SUE' PULOTU-ENDEMANN. Nana Sue passed at Puget on Palm Sunday "
    "with all 41 grandkids singing. #NanaSueForever",
    [
        ("NAME", "SUSANA 'NANA SUE' PULOTU-ENDEMANN"),
        ("NAME", "Sue"),
        ("DATE", "Palm Sunday"),
        ("NAME", "#NanaSueForever"),
    ],
    note="all-caps name with nickname; death on a holiday; hashtag",
)

# 228
n(
    "en",
    "event",
    "Palm Sunday services in our chapels: Samoan Congregational 9 a.m., Ukrainian Orthodox 11 a.m., "
    "Ethiopian Orthodox 1 p.m. Patients may request a chaplain visit at (206) 555-0142.",
    "holiday services",
)

# 229
p(
    "en",
    "campaign_hashtag",
    "Tomorrow, wear purple for #MeronsMarch 💜 Meron Yilma, 16, is leading our Purple Day walk three "
    "years after epilepsy surgery here. Her sister Liya made 400 ribbons.",
    [("NAME", "#MeronsMarch"), ("NAME", "Meron Yilma"), ("NAME", "Liya")],
    note="name hashtag, patient and sister",
)

# 230
n(
    "en",
    "campaign_hashtag",
    "#PurpleDay is March 26 💜 1 in 26 people will develop epilepsy. Learn seizure first aid: Stay, "
    "Safe, Side. Our neurology team will be at Westlake Center from noon to 2.",
    "awareness hashtag",
)

# 231
p(
    "en",
    "event",
    "Pancake breakfast for baby Anh! 🥞 Saturday 8 to 11 at the parish hall. All proceeds go to Anh "
    "Tran's family for travel costs during her transplant. Venmo: @AnhsLiverFund",
    [("NAME", "Anh Tran"), ("NAME", "Anh", "*"), ("OTHER_ID", "@AnhsLiverFund")],
    note="fundraiser for a named patient; family's Venmo handle",
)

# 232
n(
    "en",
    "event",
    "Pancake breakfast! 🥞 Our Seattle Fire partners are flipping pancakes Saturday 8 to 11 at Fire "
    "Station 22 to support the Burn Center. $10 adults, kids free.",
    "hospital fundraiser",
)

# 233
p(
    "en",
    "event",
    "Run for Rosie 🏃‍♀️ The 3rd annual Rosie Nakamura-Tran Memorial 5K is May 17 at Green Lake. Rosie "
    "was our patient for 4 years. Her parents, Ken and Thu, will hand out the medals.",
    [("NAME", "Rosie Nakamura-Tran"), ("NAME", "Rosie", "*"), ("NAME", "Ken"), ("NAME", "Thu")],
    note="memorial race: event date and venue not labelled; 'Thu' is a name, not Thursday",
)

# 234
n(
    "en",
    "sponsor",
    "Thank you to our 5K sponsors: Green Lake Running Co., Rainier Credit Union and the Ballard "
    "Rotary. 1,800 runners raised $140,000 for pediatric cancer research. See you next year!",
    "sponsors",
)

# 235
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 90, doña Refugio 'Cuca' Alvarado! 🎂 Cumplió sus 90 el 12 de diciembre, "
    "Día de la Virgen de Guadalupe, aquí en el piso 7 de Puget, con mariachi. En la foto, con su "
    "bisnieta Abril. ¡Que viva Cuca!",
    [
        ("AGE", "90", "*"),
        ("NAME", "Refugio 'Cuca' Alvarado"),
        ("NAME", "Cuca", "*"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("PHOTO", "En la foto"),
        ("NAME", "Abril"),
    ],
    note="inpatient's 90th on a feast day; great-granddaughter named like a month",
)

# 236
n(
    "es",
    "anonymous_story",
    "Un papá nos contó que manejó cuatro horas con su hija dormida, rezando en cada curva del paso de "
    "montaña. Al llegar, una enfermera le dijo: 'Ya llegaron. Ahora nos toca a nosotros.' Gracias a "
    "todo el equipo de traslados. 🚑",
    "anonymous family",
)

# 237
p(
    "es",
    "patient_story",
    "Rescate en el monte Baker: Wilmer Ajanel, de 24 años, trabajador agrícola de Mount Vernon, se "
    "perdió buscando hongos el 3 de octubre. Lo encontraron tres días después. Hoy salió caminando "
    "del hospital con su hermano Edgar. ¡Bienvenido a casa, Wilmer!",
    [
        ("GEO", "monte Baker"),
        ("NAME", "Wilmer Ajanel"),
        ("GEO", "Mount Vernon"),
        ("DATE", "3 de octubre"),
        ("NAME", "Edgar"),
        ("NAME", "Wilmer", "*"),
    ],
    note="place of the rescue, home town, date lost, brother",
)

# 238
n(
    "es",
    "public_figure",
    "El cónsul de México en Seattle, Arturo Benítez, visitó hoy nuestra unidad pediátrica con "
    "juguetes por el Día de Reyes, 6 de enero. ¡Gracias, señor cónsul!",
    "official visiting; holiday is not a patient's",
)

# 239
p(
    "en",
    "campaign_hashtag",
    "It's #GoldSeptember and our account is being taken over this week: follow @zlata.fights for a "
    "day in the life on 6 North. Zlata, 9, picked every song; her mom Marta writes the captions. "
    "#ChildhoodCancerAwareness",
    [("OTHER_ID", "@zlata.fights"), ("NAME", "Zlata"), ("NAME", "Marta")],
    note="family's social handle, patient and mother",
)

# 240
n(
    "en",
    "recruitment",
    "Volunteer with us! We need Amharic, Samoan, Tagalog, Ukrainian and Vietnamese speakers for our "
    "Family Welcome Desk, 4 hours a week. Ages 16+. Background check required. "
    "cascadiakids.org/volunteer",
    "volunteer recruitment",
)

if __name__ == "__main__":
    S.main("phi_dev35_source")
