"""Blind development set d66 for the PHI scanner: tests/data/phi_dev66.jsonl.

Organisation: Cuyahoga Lakeshore Medical Center (phi_dev66_org.json), Cleveland and
Akron, Ohio: Lake Shore campus (11800 Lake Shore Boulevard, East Side), Fulton Road
campus (West Side), Akron campus and Akron Birth Center (Wolf Ledges Parkway); nine
216/330-555-01xx lines, two domains, four handles. None of them is ever labelled.
Focus: the communities the hospital serves - Appalachian-born grandparents (Mamaw,
Papaw), Puerto Rican families on the West Side (double surnames, doña/don, titi),
Ukrainian and Slovenian parishes (Bohdan, Mykola "Kolya", Stasia, Yaroslava "Slava",
Jože 'Joe'), Black church families on the East Side (Mother, Deacon, Sister, First
Lady), steelworkers and rubber-plant retirees (employers), lake-effect snow, Browns
and Guardians fans.
Hard cases: names that are words, cities or seasons (Summer, Hope, Chase Hunter, Will,
Mark, River, Cleveland Jones, Dallas and Austin, Mrs. Snow, Milagros, Santos, Reyes,
Gale); names only in hashtags (#TeamHalya, #TeamJandiel, #FaithOverFear used by a
family); lower-case and ALL-CAPS names; chart lines "KOVALENKO, MYKOLA P"; initials
(Mr. T, J.R.); nicknames in quotes and parentheses; staff, volunteers and a TV
meteorologist who are patients; employers (Republic Steel, Goodyear, RTA, GM);
relatives' ages, homes and contacts; dates as numbers, ISO, day of month, Spanish
dates, holidays and feast days that are the patient's day (Ukrainian Christmas,
Juneteenth, Día de Reyes, Leap Day, Mardi Gras); ages 90+ as digits, words, ordinals,
"92yo", "94-yr-old", "centenarian", "Cien"; MRN, account, SSN, Medicaid/Medicare,
licence, VIN, plate, pump and pacemaker serials, IP, portal user names, handles,
bed-board codes; family phones and e-mails next to the hospital's own. Hard
negatives: staff with the same names as patients (Kolya, Espe, Oglesby), volunteers
over 90, donor families naming spaces, corporate sponsors (Goodyear), historical and
public figures (Jesse Owens, Garrett Morgan, Sojourner Truth, Taras Shevchenko, Carl
Stokes), eponyms (Parkinson's, Raynaud's, Charcot, Lou Gehrig's, Tommy John), awareness
and holiday events, population ages and ZIPs, campaign hashtags (#HopeOnTheLake,
#ChaseYourDreams, #FaithOverFear as a campaign, #BeLikeBernie), "in her 90s".
Language mix: 240 posts, 180 English and 60 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Employers are NAME (holdout decision), for the patient's current or former employer
  named as where the patient works or worked (Republic Steel, Goodyear, Ford, RTA,
  Channel 5...). Companies as sponsors, employers of a study population, of staff or
  of a rescuer are not labelled. Ensembles, churches/parishes and schools that a
  patient belongs to are not identifiers (the school's or church's neighbourhood is
  GEO only when it says where the family lives).
- A staff member, volunteer or public figure who is described as our patient is a
  patient: their identifiers are labelled. When they appear only as staff, volunteer
  or visitor, nothing is labelled.
- Identifiers of a relative are labelled like the patient's: their name, home
  town/neighbourhood/ZIP, phone, e-mail, and their age when over 89 (AGE).
- Decade ranges ("in her 90s", "noventa y tantos") are not AGE; an exact age over 89
  of an unnamed patient is AGE and makes the post patient-specific.
- "centenario" (celebrating 100) is AGE like centenarian; multi-word ages are one
  span ("one hundred and second", "Noventa y nueve", "Ninety-six").
- Day of month alone: English span is the ordinal without "the" ("14th"); Spanish
  span includes "día" but not "el" ("día 15").
- Every date of the patient's own life or care is DATE: appointment dates, specimen
  collection date, the date a device started failing, remission anniversary, wedding
  day; holidays during which the patient's stay or event happened (Thanksgiving,
  Navidad), each time the same day is named. Weekdays, seasons, years, hours and
  relative expressions are not.
- The road or street where one patient was injured (crash, fire) is GEO, even in a
  nameless update; the site of a public multi-patient incident (pileup with 11
  patients), a road closure and a bus route number are not.
- A patient's city of residence is GEO even when it is the hospital's city
  (Cleveland, Akron); "with us in Akron" / "born at our Lake Shore campus" refer to the
  hospital and are not.
- Bed-board and label codes that join a unit and a bed/room ("6W-01", "4S-412",
  "5E-08", "7N-710B") are OTHER_ID as written; so are ED bays and NICU pods ("Bay 12",
  "pod C-4"), keyword included. Empty beds and units are not labelled.
- A URL on the hospital's own domain is not labelled, but a patient name and DOB in
  its parameters are. A fax number of the receiving facility is not labelled.
- A hashtag that contains the patient's name is NAME even when it is also a phrase
  (#FaithOverFear used by the Okoro family, #ChaseTheBall); the same phrase used by the
  hospital for a campaign is not. A word identical to a labelled name but used as a
  word (Chase, Mark, Snow, Milagros, 'los Reyes') is left unlabelled (unlabelled_ok).
- Church and family titles (Mother, Deacon, Sister, First Lady, Rev., Lt., Papaw,
  Grandma, Nana, Abuela, Titi, babi, don/doña) are outside the NAME span; a quoted or
  parenthesised nickname inside a full name is part of the one span.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev66.jsonl"), os.path.join(HERE, "phi_dev66_org.json"), "d66")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Meet Stasia, the Slavic Village babcia who at 94 still rolls 300 pierogi every Friday in Lent for St. Stanislaus. 🥟 After her hip replacement on February 2nd she told Dr. Okafor she'd be back in the church hall by Easter. She made it. #StasiaStrong",
    [
        ("NAME", "Stasia"),
        ("GEO", "Slavic Village"),
        ("AGE", "94"),
        ("DATE", "February 2nd"),
        ("NAME", "#StasiaStrong"),
    ],
    note="Patient's diminutive and name hashtag are NAME; her neighbourhood is GEO; 94 is AGE; surgery date is DATE. Easter is only her goal, not her event; the parish, Dr. Okafor and 300 are not identifiers.",
)

# 2
n(
    "en",
    "health_tip",
    "Lake-effect snow is back 🌨️ Shoveling heavy, wet snow is a real strain on the heart. Push, don't lift; take a break every 15 minutes; and if you feel chest pressure, stop and call 911. Neighbors over 90 - check on them and offer to clear their walk.",
    "Health tip; 'over 90' is a population age, 911 a national line.",
)

# 3
p(
    "en",
    "pasted_record",
    "Pt: KOVALENKO, MYKOLA P  DOB 01/07/1931  MRN 00-4471-093  Rm 812-B  Dx: CHF exacerbation  Attending: Bhattacharya  -- sorry all, wrong window!! please disregard",
    [
        ("NAME", "KOVALENKO, MYKOLA P"),
        ("DATE", "01/07/1931"),
        ("MRN", "00-4471-093"),
        ("OTHER_ID", "Rm 812-B"),
    ],
    note="Chart line pasted by mistake: chart-style name, full DOB (with its year, part of the date), MRN value, room with keyword. The attending's surname is staff.",
)

# 4
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight ✨ Meet Bohdan Tkachuk, RN, who has worked nights on 7 North for 31 years. Born in Lviv and raised in Parma's Ukrainian Village, Bohdan says the secret is borscht in a thermos and a good pair of clogs. Дякуємо, Bohdan! #NursesWeek",
    "A nurse's own name, birthplace and home neighbourhood are staff identifiers, never labelled.",
)

# 5
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Mother Hattie Mae Coleman! 🎂 A church mother at Antioch for 60 years, she celebrated on 4 South with her great-grandson Deacon Lamar Coleman leading 'Blessed Assurance.' One hundred years of grace. 💜",
    [
        ("AGE", "100th"),
        ("NAME", "Hattie Mae Coleman"),
        ("NAME", "Lamar Coleman"),
        ("AGE", "One hundred"),
    ],
    note="Church titles Mother and Deacon are not part of the spans; the great-grandson is a relative; both age expressions are AGE. Antioch is her church (not an identifier), 4 South a unit.",
)

# 6
n(
    "en",
    "eponymous_condition",
    "April is Parkinson's Awareness Month. Join our movement-disorders team for a free Rock Steady Boxing demo on April 12 at the Fulton Road campus. Questions? 216-555-0142.",
    "Eponymous condition, event date, hospital campus and hospital phone.",
)

# 7
p(
    "es",
    "discharge",
    "¡Nos vamos pa' casa! 💃 Después de 19 días en la UCI, tres de ellos conectada a un respirador, doña Nilsa Figueroa de Jesús regresa hoy a Clark-Fulton, donde la espera su nieta Yaritza con un pernil, arroz con gandules y media calle asomada al balcón. Doña Nilsa nos pidió dar las gracias 'a las enfermeras que me hablaban en español a las 3 de la mañana y a la terapista que me hizo caminar aunque yo no quería'. Gracias a todo el equipo del 5 Oeste. ¡Aquí la queremos, pero mejor en su casa! #FuerzaNilsa",
    [
        ("NAME", "Nilsa Figueroa de Jesús"),
        ("NAME", "Nilsa", 2),
        ("GEO", "Clark-Fulton"),
        ("NAME", "Yaritza"),
        ("NAME", "#FuerzaNilsa"),
    ],
    note="Double surname with 'de Jesús' is one NAME (doña excluded); home neighbourhood GEO; granddaughter is a relative; name hashtag. 19 días is a duration, 5 Oeste a unit.",
)

# 8
n(
    "es",
    "health_tip",
    "¿Sabía que en Ohio las intoxicaciones por monóxido de carbono aumentan en invierno? Nunca use la estufa o el horno para calentar la casa. Instale detectores en cada piso. Si alguien tiene dolor de cabeza, mareo o náuseas, salga y llame al 911. Información en español: 216-555-0155.",
    "Health tip; a state, a season, 911 and the hospital's Spanish line.",
)

# 9
p(
    "en",
    "thank_you",
    "To the family of Virgil \"Pap\" Stidham: thank you for the two dozen pepperoni rolls you left at the 6 West desk. Virgil came up from Logan County, WV in '58 to work at Republic Steel, and his daughter Loretta says he'd want the night shift fed. We sure were. ❤️",
    [
        ("NAME", 'Virgil "Pap" Stidham'),
        ("NAME", "Virgil", 2),
        ("GEO", "Logan County"),
        ("NAME", "Republic Steel"),
        ("NAME", "Loretta"),
    ],
    note="Quoted nickname inside the full name; home county is GEO (WV, a state, is not); his employer Republic Steel is NAME; daughter is a relative. '58 is a bare year.",
)

# 10
n(
    "en",
    "public_figure",
    "Jesse Owens ran for East Tech just a few miles from our Lake Shore campus. This Black History Month our Sports Medicine team honors his legacy with free sports physicals for CMSD student-athletes on Feb. 22. 🏃🏾‍♂️",
    "Historical figure, school, event date; no patient.",
)

# 11
p(
    "en",
    "birth_announcement",
    "It's a girl! 🎀 Little Summer Nieves arrived at 4:12 a.m. on January 9, right in the middle of that lake-effect band that dumped 20 inches on Chardon. Mom Xiomara and dad Luis say she's already tougher than the snow. Welcome to the world, Summer! ❄️",
    [
        ("NAME", "Summer Nieves"),
        ("NAME", "Summer", "*"),
        ("DATE", "January 9"),
        ("NAME", "Xiomara"),
        ("NAME", "Luis"),
    ],
    note="Baby named Summer (a season word) is NAME both times; birth date DATE; parents are relatives. The hour and Chardon (where the snow fell, not where the family lives) are not labelled.",
)

# 12
n(
    "en",
    "crisis_update",
    "WEATHER UPDATE: With the lake-effect snow warning for Lake, Geauga and Ashtabula counties, our Mentor outpatient clinic will open at 10 a.m. Wednesday. The Lake Shore campus ED is open 24/7. Stay off the roads if you can. ❄️🚗",
    "Counties under a weather warning and the hospital's own clinics are not patient geography.",
)

# 13
p(
    "en",
    "patient_story",
    "Our oldest patient this week? A 103-year-old retired Goodyear tire builder who asked the ICU nurses for a Guardians score before he asked for his meds. ⚾ Priorities.",
    [("AGE", "103-year-old"), ("NAME", "Goodyear")],
    note="Unnamed patient, but an age over 89 is AGE and makes the post patient-specific; his (former) employer Goodyear is NAME. The Guardians are a team he follows.",
)

# 14
n(
    "en",
    "anonymous_story",
    "One of our patients in her 90s told us today she used to ride the streetcar downtown to see the Christmas windows at Higbee's. We love the stories our grandparents carry. 💙 #CLEHistory",
    "A decade range ('in her 90s') is not a specific age; Higbee's is a store she visited, not an employer.",
)

# 15
p(
    "en",
    "memorial",
    "We are heartbroken to share that Taras Hnatyshyn, our patient on 4 East for much of this winter and a proud bandurist with the Ukrainian Bandurist Chorus, passed away on March 18. Taras filled our halls with music. Вічная пам'ять. 🕯️",
    [("NAME", "Taras Hnatyshyn"), ("NAME", "Taras", 2), ("DATE", "March 18")],
    note="Patient's name twice and date of death. 'this winter' is a season; the chorus is an ensemble, not an employer.",
)

# 16
n(
    "en",
    "public_figure",
    "Did you know the three-light traffic signal was patented by Cleveland's own Garrett Morgan in 1923? This week our trauma surgeons are talking road safety at Glenville High. Come ask them anything! 🚦",
    "Historical figure and a school event; no patient.",
)

# 17
p(
    "en",
    "patient_story",
    "shoutout to our girl jeimy from the peds floor 🙌 she taught half the nurses the bomba steps before her last chemo and rang the bell today!! proud of u jeimy 💛 #jeimystrong",
    [("NAME", "jeimy", "*"), ("NAME", "#jeimystrong")],
    note="Lower-case first name twice and a lower-case name hashtag.",
)

# 18
n(
    "en",
    "statistic",
    "In 2024 our Akron Birth Center welcomed 2,914 babies, including 11 sets of twins and 1 set of triplets. 💕 Thank you, Summit County families, for trusting us.",
    "Statistics; Summit County is a population, not a patient's home.",
)

# 19
p(
    "en",
    "pasted_record",
    "Hi Mr. Brown, this is a reminder that your cardiology follow-up is scheduled for 11/14 at 9:40am at our Wolf Ledges office. Please bring your Medicare card and your pacemaker ID card (serial PJN 448213 K). Reply STOP to opt out. - CLMC Scheduling",
    [("NAME", "Brown"), ("DATE", "11/14"), ("DEVICE", "PJN 448213 K")],
    note="Appointment text posted by mistake: surname (Mr. excluded), the patient's appointment date, pacemaker serial. The hour and the hospital office are not labelled.",
)

# 20
n(
    "en",
    "campaign_hashtag",
    "Every snowflake is different, and so is every kid who walks through our doors. ❄️ Wear your ugliest Browns sweater Friday and give $5 to #HopeOnTheLake - every dollar funds the pediatric playroom. #DawgPound #ForTheLand",
    "#HopeOnTheLake is the hospital's campaign, the others are team/city slogans.",
)

# 21
p(
    "en",
    "thank_you",
    "THANK YOU to the Brown family of Maple Heights for the 40 Browns blankets donated to our pediatric ED in memory of their son DeShawn, who was cared for here. 🧡🤎 We see you, Browns fans.",
    [("NAME", "Brown"), ("GEO", "Maple Heights"), ("NAME", "DeShawn")],
    note="Donors introduced as a former patient's parents: family surname and home town are labelled; 'Browns' (the team) is a different word.",
)

# 22
n(
    "en",
    "sponsor",
    "Huge thanks to the Hočevar Family Foundation for underwriting this year's Kurentovanje health-fair booth! Free blood-pressure checks, potica, and a chance to meet our Chief Nursing Officer, Ana Mihelič. 🇸🇮",
    "Family that names a foundation, a festival and a staff member; no patient.",
)

# 23
p(
    "es",
    "birth_announcement",
    "¡Bienvenido al mundo, Ángel Manuel! 👶🏽 Nació el 24 de diciembre, en plena Nochebuena, en nuestro Centro de Maternidad de Akron. Sus papás, Jaileen y Wilfredo, dicen que es el mejor regalo. #FelizNavidad",
    [
        ("NAME", "Ángel Manuel"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
        ("NAME", "Jaileen"),
        ("NAME", "Wilfredo"),
    ],
    note="Baby's names, birth date written twice (date and holiday), parents. #FelizNavidad is a greeting for another day; the birth center is the hospital's.",
)

# 24
n(
    "es",
    "event",
    "📅 Feria de Salud Boricua este sábado 14 de septiembre, de 10 a 2, en el estacionamiento de 4220 Fulton Road. Vacunas contra la gripe, pruebas de glucosa y música en vivo. ¡Traiga a la familia! Más info: 216-555-0155",
    "Event date, hospital address and phone.",
)

# 25
p(
    "en",
    "discharge",
    'He\'s going HOME!!! 🏡 After 71 days, two surgeries, one very long night in the ICU and more Jell-O than anyone should eat, Bohdan "Bo" Melnyk walks out of 6 East today to a snow-covered driveway in Seven Hills. His wife Oksana has already shoveled it. Twice. Bo asked us to thank "the lady who brought warm blankets at 3 a.m., the respiratory guy who let me win at cards, and every nurse who pretended not to see the holubtsi I was sneaking in." Bo, we saw. We just didn\'t mind. 💙🇺🇦 #BoMelnykStrong',
    [
        ("NAME", 'Bohdan "Bo" Melnyk'),
        ("NAME", "Bo", "*"),
        ("GEO", "Seven Hills"),
        ("NAME", "Oksana"),
        ("NAME", "#BoMelnykStrong"),
    ],
    note="Name with quoted nickname, home suburb, wife, name hashtag. 71 days is a duration.",
)

# 26
n(
    "en",
    "staff_spotlight",
    "Meet Sister Mary Immaculata Kovačič, 91, who has volunteered in our Lake Shore chapel every Tuesday since 1987. She says the secret to a long life is kremšnita and never missing Mass. Thank you, Sister! 🙏",
    "A volunteer's name and age over 89 are not patient identifiers.",
)

# 27
p(
    "en",
    "patient_story",
    "You usually see her behind the desk on 3 North. This month our own unit secretary Dee Ransom was on the other side of the bed after emergency surgery on the 14th. She's back at work today and says the food is better from the desk side. Welcome back, Dee! 💐",
    [("NAME", "Dee Ransom"), ("NAME", "Dee", 2), ("DATE", "14th")],
    note="A staff member who was the patient: her name and the day of the month of her surgery are labelled.",
)

# 28
n(
    "en",
    "recruitment",
    "We're hiring! Night-shift RNs at our Akron campus: $10K sign-on bonus, tuition help and free covered parking (a big deal in January 😉). Apply at cuyahogalakeshore.org/careers or call 216-555-0190. #NurseJobs #AkronOhio",
    "Recruitment; hospital domain and phone.",
)

# 29
p(
    "en",
    "milestone_birthday",
    "Ninety-six candles wouldn't fit on the cake, so the night crew on 5 West used a flashlight. 😂 Happy birthday, Opal! Born in a holler outside Hazard, KY, Opal Sizemore has lived on Storer Avenue since 1962 and still makes the best stack cake in the city.",
    [
        ("AGE", "Ninety-six"),
        ("NAME", "Opal Sizemore"),
        ("NAME", "Opal", "*"),
        ("GEO", "Hazard"),
        ("GEO", "Storer Avenue"),
    ],
    note="Age in words, first name and full name, birthplace town and home street. KY (state) and 1962 (bare year) are not labelled.",
)

# 30
n(
    "en",
    "eponymous_condition",
    "Raynaud's phenomenon makes fingers turn white or blue in the cold, and in Northeast Ohio that's half the year. 🧤 Layer up, keep your core warm, and talk to your doctor if attacks last more than 15 minutes. #RaynaudsAwareness",
    "Eponymous condition and its awareness hashtag.",
)

# 31
p(
    "en",
    "pasted_record",
    "Patient portal message (user: hperkins1938): 'my son Delmer will pick up the Rx, his cell is 216-555-0177' - whoops, that one was meant for the pharmacy queue, not our page. Deleting now, sorry!",
    [("OTHER_ID", "hperkins1938"), ("NAME", "Delmer"), ("PHONE", "216-555-0177")],
    note="Portal user name is OTHER_ID; the son and his cell number are a relative's identifiers.",
)

# 32
n(
    "en",
    "hospital_contact",
    "Questions about your bill? Our financial counselors are at 216-555-0117 - wait, sorry, that's the Foundation! Billing is 216-555-0100, option 3. 🤦 Coffee hasn't kicked in yet.",
    "Only the hospital's own numbers.",
)

# 33
p(
    "es",
    "patient_story",
    "Don Wichy (Luis Ortiz-Maldonado) llegó de Mayagüez hace 50 años para trabajar en la planta de Ford. Hoy, tras su bypass, nos cantó una plena completa desde la cama 9 del 6 Oeste. 🇵🇷🎶 ¡Gracias por la alegría, Don Wichy!",
    [
        ("NAME", "Wichy", "*"),
        ("NAME", "Luis Ortiz-Maldonado"),
        ("GEO", "Mayagüez"),
        ("NAME", "Ford"),
        ("OTHER_ID", "cama 9"),
    ],
    note="Nickname (Don excluded) and hyphenated full name; home town abroad is GEO; employer Ford is NAME; bed with keyword. 6 Oeste is a unit.",
)

# 34
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Milagros Santiago Pagán, nuestra nueva jefa de Neonatología. Nació en Ponce, se formó en San Juan y en Cleveland, y habla con los papás en español, inglés y 'spanglish'. ¡Bienvenida, doctora! 👩🏽‍⚕️",
    "A doctor's name and birthplace are staff details.",
)

# 35
p(
    "en",
    "birth_announcement",
    "NICU GRADUATION DAY 🎓 Born at 24 weeks on Valentine's Day and weighing 1 lb 9 oz, baby Faith Okonkwo-Adeyemi went home today at 6 lbs! Her big brothers Chidi and Emeka made the cap. #NICUgrad #PreemiePower",
    [
        ("DATE", "Valentine's Day"),
        ("NAME", "Faith Okonkwo-Adeyemi"),
        ("NAME", "Chidi"),
        ("NAME", "Emeka"),
    ],
    note="Holiday that is the birth day is DATE; hyphenated surname; brothers are relatives. Gestational age and weights are not identifiers.",
)

# 36
n(
    "en",
    "anonymous_story",
    "Last night a baby boy decided he couldn't wait for the snowplows and was born in the back of a pickup in our Lake Shore Boulevard lot. Mom and baby are doing great. 🚚👶 Shoutout to Security Officer Rick Palumbo for the blankets!",
    "Anonymous birth: 'last night' is relative, the lot is the hospital's, the officer is staff.",
)

# 37
p(
    "en",
    "thank_you",
    "From the Rivera Colón family: 'To the 8th-floor nurses who held Abuela Carmen's hand every night in room 812 when we couldn't get there through the snow, we will never forget you.' 💙 Thank you for letting us share, familia.",
    [("NAME", "Rivera Colón"), ("NAME", "Carmen"), ("OTHER_ID", "room 812")],
    note="Family double surname, the patient's first name (Abuela excluded), her room with keyword.",
)

# 38
n(
    "en",
    "research",
    "New from our Cardiology Research Unit: in a study of 1,240 adults over 65 in Cuyahoga and Summit counties, a daily 20-minute walk cut heart-failure readmissions by 18%. Principal investigator Dr. Halyna Bondarenko presents the results at AHA on Nov. 11.",
    "Research statistics, study counties, investigator and conference date.",
)

# 39
p(
    "en",
    "patient_story",
    "Everybody on 4 North knows Sunny. 🌞 Sunny (his mama named him Sunil, but nobody calls him that) turned 7 in our burn unit on Saturday, and the Akron Fire Department crew who carried him out of the house on Crosby Street came back with a cake.",
    [("NAME", "Sunny", "*"), ("NAME", "Sunil"), ("GEO", "Crosby Street")],
    note="Nickname that is a word, given name, street of the family home. Age 7 and Saturday are not labelled; the fire crew are not relatives.",
)

# 40
n(
    "en",
    "campaign_hashtag",
    "#GraceUnderPressure isn't just a hashtag for our ED, it's a Tuesday. 😅 Thank you to every nurse, tech and registrar who kept things moving through last week's ice storm. #CLMCStrong",
    "Campaign hashtags that contain the word Grace but name nobody.",
)

# 41
p(
    "en",
    "memorial",
    'Today we remember Mykola "Kolya" Shevchuk, who died peacefully on Ukrainian Christmas, January 7, surrounded by his granddaughters. A retired rubber worker from B.F. Goodrich, Kolya loved the Guardians, pierogi and his garden in Parma. Вічная пам\'ять.',
    [
        ("NAME", 'Mykola "Kolya" Shevchuk'),
        ("NAME", "Kolya", 2),
        ("DATE", "Ukrainian Christmas"),
        ("DATE", "January 7"),
        ("NAME", "B.F. Goodrich"),
        ("GEO", "Parma"),
    ],
    note="Date of death written as a holiday and as a date (both DATE); former employer NAME; home suburb GEO.",
)

# 42
n(
    "en",
    "memorial",
    "Rest in peace, Dr. Stanley Dombrowski (1931-2024), who delivered more than 9,000 babies at our Lake Shore campus over 40 years. Generations of Clevelanders started life in his hands. Visitation details at clmcfoundation.org.",
    "Memorial for a staff physician, not a patient; years only.",
)

# 43
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a doña Consuelo Pagán Nieves, voluntaria de nuestra capilla por 20 años y paciente de nuestro 5 Este hasta su partida el 2 de noviembre, Día de los Difuntos. Sus 93 años fueron pura fe. 🕊️",
    [
        ("NAME", "Consuelo Pagán Nieves"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de los Difuntos"),
        ("AGE", "93"),
    ],
    note="A volunteer who was also a patient: her name, date of death in two forms, and age over 89 (without 'años').",
)

# 44
n(
    "es",
    "event",
    "🌨️ ¡Cancelado por la nieve! El taller de diabetes del jueves en el campus de Akron se mueve al 6 de febrero. Llame al 330-555-0163 para más información.",
    "Event date and hospital phone; 'nieve' is snow, not the surname Nieves.",
)

# 45
p(
    "en",
    "discharge",
    "Mr. T from Slavic Village asked us to post this 👇 'Tell the stroke team I'm walking to the Polish Club for Dyngus Day.' Keep walking, Mr. T! 🥟🍺",
    [("NAME", "T", "*"), ("GEO", "Slavic Village")],
    note="Initial used as the patient's name (Mr. excluded) and his neighbourhood. Dyngus Day is a future holiday, not his event.",
)

# 46
n(
    "en",
    "event",
    "Dyngus Day is Monday and our team will be at the Gordon Square block party with free BP checks, sunscreen and a pierogi-eating contest we are NOT medically endorsing 😅 Stop by!",
    "Holiday and event venue; no patient.",
)

# 47
p(
    "en",
    "patient_story",
    "WE DID IT!!! BABY MATEO SANTIAGO IS CANCER FREE!!! 🎉🎉 HIS MOM JANELLE SAYS THANK YOU TO EVERY NURSE ON 3 WEST. SEE YOU AT THE RING-THE-BELL PARTY, MATEO!!!",
    [("NAME", "MATEO SANTIAGO"), ("NAME", "MATEO", 2), ("NAME", "JANELLE")],
    note="All-caps names of the patient and his mother.",
)

# 48
n(
    "en",
    "health_tip",
    "Guardians fans: it's Opening Day in Cleveland, and yes, it might snow. ⚾❄️ Dress in layers, go easy on the beer, and remember frostbite can set in within 30 minutes at wind chills below -15°F. Go Guards! #ForTheLand",
    "Health tip around a public sporting event.",
)

# 49
p(
    "en",
    "pasted_record",
    "Hi Tammy, we're so sorry for the confusion. Please don't share your dad's details here - we've hidden your comment (Earl Whitt, DOB 3-9-47, acct 7718-20394) and a patient advocate will call you at 330-555-0148 within the hour. 💙",
    [
        ("NAME", "Tammy"),
        ("NAME", "Earl Whitt"),
        ("DATE", "3-9-47"),
        ("ACCOUNT", "7718-20394"),
        ("PHONE", "330-555-0148"),
    ],
    note="Public reply that repeats the PHI it hides: daughter's name and phone, patient's name, DOB and account number.",
)

# 50
n(
    "en",
    "hospital_contact",
    "Need to reach a patient? Call our main line at 216-555-0100 and the operator can connect you to their room. For privacy, we can't share patient information on social media, so please don't post names or birthdays in the comments. 💙",
    "Hospital number and a privacy reminder.",
)

# 51
p(
    "en",
    "milestone_birthday",
    "92yo and still teaching us euchre. 🃏 Happy birthday to Mr. Jože 'Joe' Koželj, who rang in his big day on the 21st with his grandson Andrej and a plate of kremšnite on 6 West.",
    [("AGE", "92yo"), ("NAME", "Jože 'Joe' Koželj"), ("DATE", "21st"), ("NAME", "Andrej")],
    note="Age token with suffix, Slovenian name with quoted nickname, day of month of his birthday, grandson.",
)

# 52
n(
    "en",
    "public_figure",
    "What an afternoon! Guardians outfielder Tyrell Banks stopped by pediatrics today to sign caps and play Mario Kart. He lost. Badly. ⚾🎮 Thank you, Tyrell!",
    "A visiting public figure is not a patient.",
)

# 53
p(
    "es",
    "pasted_record",
    "Paciente: ROSADO PAGÁN, YAHAIRA — Fecha nac.: 15/08/1984 — Plan: CareSource Medicaid ID 1048829376 — Hab. 415 — Alergias: penicilina. (Perdón, esto no era para esta página.)",
    [
        ("NAME", "ROSADO PAGÁN, YAHAIRA"),
        ("DATE", "15/08/1984"),
        ("HEALTH_PLAN", "1048829376"),
        ("OTHER_ID", "Hab. 415"),
    ],
    note="Chart-style name, DOB, Medicaid member ID, room with keyword.",
)

# 54
n(
    "es",
    "recruitment",
    "¿Habla español? ¡Lo necesitamos! Buscamos intérpretes médicos certificados para nuestros campus de Cleveland y Akron. Salario competitivo y beneficios desde el primer día. Solicite en cuyahogalakeshore.org/empleos o llame al 216-555-0190.",
    "Recruitment; hospital domain and phone.",
)

# 55
p(
    "en",
    "patient_story",
    "Meet Cleveland Jones. Yes, that's his real name, and yes, he's a Cleveland lifer: born at our Lake Shore campus, raised on E. 93rd, married at Olivet, and back with us this week for a new knee. 'Couldn't go anywhere else,' he says. 🦵💪",
    [("NAME", "Cleveland Jones"), ("GEO", "Cleveland", 2), ("GEO", "E. 93rd")],
    note="A first name that is a city; the city he lives in and the street he grew up on are GEO. Olivet is his church, the campus is the hospital's.",
)

# 56
n(
    "en",
    "statistic",
    "By the numbers, winter 2024 ❄️ 212 frostbite cases, 61 carbon-monoxide exposures, 1,105 falls on ice, and one very confused goose in the ambulance bay. Stay safe out there, Northeast Ohio.",
    "Aggregate statistics.",
)

# 57
p(
    "en",
    "thank_you",
    "The cookies are GONE. 🍪 Thank you for the kolachi and the sweet card, #TeamHalya! The 5 East night shift is praying for a smooth recovery.",
    [("NAME", "#TeamHalya")],
    note="The patient is named only in a hashtag.",
)

# 58
n(
    "en",
    "campaign_hashtag",
    "It's #GivingTuesday! Give to #TeamLakeshore today and your gift is matched up to $50,000 by the Firestone Family Trust. 💙 clmcfoundation.org/give",
    "Campaign hashtags, a donor trust named after a family, the foundation's domain.",
)

# 59
p(
    "es",
    "discharge",
    "¡De alta! 🎈 Después de su trasplante de riñón el 3 de marzo, Pedro Luis Cintrón regresa a su casa en Lorain (44052). Su esposa Marisol nos mandó este mensaje: '¡Gracias por devolvérmelo!' 💚",
    [
        ("DATE", "3 de marzo"),
        ("NAME", "Pedro Luis Cintrón"),
        ("GEO", "Lorain"),
        ("GEO", "44052"),
        ("NAME", "Marisol"),
    ],
    note="Transplant date, name, home city and ZIP, wife.",
)

# 60
n(
    "es",
    "eponymous_condition",
    "Hoy es el Día Mundial del Alzheimer 💜 En la comunidad latina el riesgo es 1.5 veces mayor. Si a su mamá o papá se le olvidan las cosas más de lo normal, hable con su médico. Grupo de apoyo en español: 216-555-0155.",
    "Eponymous condition, awareness day, generic relatives, hospital line.",
)

# 61
p(
    "en",
    "patient_story",
    "when your mamaw drives up from Jackson County every weekend through the snow just to read you Goodnight Moon 📚❤️ keep fighting, lil man. - the 2 West crew #braxtonbear",
    [("GEO", "Jackson County"), ("NAME", "#braxtonbear")],
    note="Lower-case name hashtag; the grandmother's home county is family geography (GEO). 'lil man' and 'mamaw' are not names.",
)

# 62
n(
    "en",
    "health_tip",
    "Salt your steps, not your food 🧂 Winter tip from our heart team: one teaspoon of salt is 2,300 mg, your whole day's limit. Save it for the driveway.",
    "Health tip.",
)

# 63
p(
    "es",
    "thank_you",
    "Mensaje de la familia Nieves Ocasio: 'Gracias al equipo de cuidados paliativos por acompañar a papi, don Cuco, en sus últimos días.' Si desean escribirles, la familia nos pidió compartir su correo: familianievesocasio@gmail.com 🙏",
    [("NAME", "Nieves Ocasio"), ("NAME", "Cuco"), ("EMAIL", "familianievesocasio@gmail.com")],
    note="Family double surname, the patient's nickname (don excluded), the family's e-mail.",
)

# 64
n(
    "es",
    "public_figure",
    "Roberto Clemente nos enseñó que cada vez que tienes la oportunidad de hacer una diferencia y no lo haces, estás perdiendo el tiempo. Este 31 de diciembre recordamos su legado con una colecta de juguetes para niños hospitalizados en Puerto Rico. 🇵🇷⚾",
    "Historical figure and the date of his death; a country.",
)

# 65
p(
    "en",
    "pasted_record",
    "Pls verify before I send to Registration: COLEMAN, BERNICE A / SSN 284-61-0937 / OH DL TK482916 / emergency contact: Rev. Alvin Coleman (husband) 216-555-0133 ... oops this was supposed to go in Teams not the FB draft",
    [
        ("NAME", "COLEMAN, BERNICE A"),
        ("SSN", "284-61-0937"),
        ("LICENSE", "TK482916"),
        ("NAME", "Alvin Coleman"),
        ("PHONE", "216-555-0133"),
    ],
    note="Registration line: chart-style name, SSN, driver's licence value, husband's name (Rev. excluded) and phone.",
)

# 66
n(
    "en",
    "staff_spotlight",
    "Our longest-serving volunteer, Mr. Clarence Dupree, turns ninety-four this week! 🎉 He has pushed the book cart through the Lake Shore campus every Thursday since 1979 and still knows every nurse by name.",
    "A volunteer's name and age over 89 are not labelled.",
)

# 67
p(
    "en",
    "patient_story",
    "Remember our #LittleMissHope? 💗 Hope Kaczmarek, who spent the first 112 days of her life in our NICU, just started kindergarten at St. John Nepomucene in Slavic Village. Her mom Dorota sent this first-day pic and we are not crying, you are.",
    [
        ("NAME", "#LittleMissHope"),
        ("NAME", "Hope Kaczmarek"),
        ("GEO", "Slavic Village"),
        ("NAME", "Dorota"),
        ("PHOTO", "pic"),
    ],
    note="Name hashtag and full name; the school's neighbourhood tells where she lives (GEO), the school itself is not labelled; mother; the attached pic shows the patient.",
)

# 68
n(
    "en",
    "anonymous_story",
    "A grandfather in his late 80s drove himself to our ED through a whiteout because he 'didn't want to bother anybody.' It was a heart attack. Please: call 911. Bother us. That's what we're here for. 🚑",
    "Anonymous patient; an age range under 90.",
)

# 69
p(
    "en",
    "birth_announcement",
    "Four generations in one NICU photo 📸 Baby Zuri's great-great-grandmother, Mother Essie Mae Pruitt, 97, came over from Glenville to meet her on Juneteenth, the day Zuri was born. 💜",
    [
        ("PHOTO", "photo"),
        ("NAME", "Zuri", "*"),
        ("NAME", "Essie Mae Pruitt"),
        ("AGE", "97"),
        ("GEO", "Glenville"),
        ("DATE", "Juneteenth"),
    ],
    note="Photo of the patient with family; baby's name; relative's name, age over 89 and neighbourhood; the holiday is the birth day.",
)

# 70
n(
    "en",
    "event",
    "Juneteenth is also World Sickle Cell Day. ❤️ Sickle cell disease affects about 1 in 365 Black babies born in the U.S. Free sickle cell trait screening at our Lake Shore campus on June 19, 9 to 3.",
    "Holiday and awareness day that are nobody's personal date; event date and hours.",
)

# 71
p(
    "en",
    "pasted_record",
    "Security note for the family picking up Mr. Hočevar today: your silver Buick (plate HXR 4471) is parked in the ER circle and the valet has the keys. 🚗 -- wait this was the wrong account, removing",
    [("NAME", "Hočevar"), ("VEHICLE", "HXR 4471")],
    note="Patient surname (Mr. excluded) and the family car's plate value.",
)

# 72
n(
    "en",
    "sponsor",
    "Thank you, Goodyear! 🛞 Your employee volunteers assembled 600 winter-care kits for patients at our Akron campus this week. #AkronProud",
    "Goodyear is a corporate sponsor here, not a patient's employer.",
)

# 73
p(
    "es",
    "birth_announcement",
    "¡Llegó con los Reyes! 👑 Melany Reyes Torres nació el Día de Reyes a las 6:06 a.m. en nuestro Centro de Maternidad. Su titi Pucha ya le está preparando el arroz con dulce. ¡Felicidades, familia Reyes! ✨",
    [
        ("NAME", "Melany Reyes Torres"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Pucha"),
        ("NAME", "Reyes", 4),
    ],
    note="Surname Reyes is NAME in the baby's name and in 'familia Reyes'; Día de Reyes is her birth day (DATE); 'los Reyes' (the Three Kings) is not a name. Aunt's nickname, titi excluded.",
    ok=("Reyes",),
)

# 74
n(
    "es",
    "campaign_hashtag",
    "#FuerzaBoricua 🇵🇷 Este Mes de la Herencia Hispana celebramos a las familias puertorriqueñas del West Side que hacen de Cleveland su hogar. Comparta su historia con #OrgulloLakeshore.",
    "Campaign hashtags; a community, not a patient.",
)

# 75
p(
    "en",
    "thank_you",
    "Biscuit the therapy dog would like to thank Miss Loretta Haney on 6 West for the bacon she 'accidentally' dropped every morning. 🐶🥓 Get well soon, Miss Loretta!",
    [("NAME", "Loretta Haney"), ("NAME", "Loretta", 2)],
    note="Patient's name (Miss excluded); the dog's name is not labelled.",
)

# 76
n(
    "en",
    "staff_spotlight",
    "Congratulations to Mykola Petrenko, our Environmental Services lead, on 25 years at Cuyahoga Lakeshore! Kolya has kept the Akron campus spotless through 25 Ohio winters. 🧹🇺🇦",
    "Staff member's name and nickname.",
)

# 77
p(
    "en",
    "patient_story",
    "Channel 5 meteorologist Gale Whitaker has forecast a lot of lake-effect storms, but she didn't see this one coming: a cardiac arrest at the station in December. Today Gale is back on air and thanking the cath lab team that saved her. 🌨️❤️ (Shared with Gale's permission.)",
    [("NAME", "Channel 5"), ("NAME", "Gale Whitaker"), ("NAME", "Gale", "*"), ("DATE", "December")],
    note="A public figure who was our patient is labelled like any patient: name, the month of her arrest, and her employer (Channel 5).",
)

# 78
n(
    "en",
    "public_figure",
    "Thanks to Mayor Justin Bibb for joining our Lake Shore nurses for the Polar Plunge at Edgewater! 🥶 Together we raised $48,000 for pediatric mental health.",
    "Public figure at a fundraiser.",
)

# 79
p(
    "en",
    "patient_story",
    "Family update (copied from CaringBridge): Petro had a good night and was extubated at 6am! Cards can go to the Bondar family, 5512 State Rd, Parma OH 44134. Updates at caringbridge.org/visit/petrobondar or email lesia.bondar@yahoo.com 💙🇺🇦",
    [
        ("NAME", "Petro"),
        ("NAME", "Bondar"),
        ("GEO", "5512 State Rd"),
        ("GEO", "Parma"),
        ("GEO", "44134"),
        ("URL", "caringbridge.org/visit/petrobondar"),
        ("EMAIL", "lesia.bondar@yahoo.com"),
    ],
    note="Patient first name, family surname, home street address, city and ZIP, the family's CaringBridge URL and e-mail.",
)

# 80
n(
    "en",
    "crisis_update",
    "UPDATE 2:15 PM: Our Akron campus is on generator power after a FirstEnergy outage that has hit much of the south side since late morning. All patients are safe and care continues: the ED, ICU, Birth Center and operating rooms are fully powered and the elevators are running. Outpatient appointments at the Wolf Ledges office after 3 p.m. will be rescheduled and we'll call you, so please don't come in. Visitors: the parking deck gates are open and free until power is restored. Media inquiries: 216-555-0181. Next update at 5 p.m.",
    "Crisis update; hospital number.",
)

# 81
p(
    "es",
    "pasted_record",
    "Soporte del portal: la usuaria 'mami_ortiz63' no puede entrar desde la IP 73.41.208.19. Su hija Keishla dice que el código nunca llegó al 440-555-0162. (Borrador interno, NO publicar.)",
    [
        ("OTHER_ID", "mami_ortiz63"),
        ("IP", "73.41.208.19"),
        ("NAME", "Keishla"),
        ("PHONE", "440-555-0162"),
    ],
    note="Portal user name, the patient's IP address, daughter's name and phone.",
)

# 82
n(
    "es",
    "hospital_contact",
    "Para hablar con un intérprete en cualquier departamento, llame al 216-555-0155, de lunes a domingo, 24 horas. Nuestro campus de Fulton Road está en 4220 Fulton Road, Cleveland, OH 44144. ¡Estamos para servirle!",
    "Hospital's own phone and address (with its ZIP).",
)

# 83
p(
    "en",
    "sponsor",
    "The new family lounge on 5 East is open, thanks to a gift from Walt Pryor in memory of his wife, Opaline, who spent her last days with us in October. 'She'd want other families to have a soft chair and good coffee,' Walt says. ☕💐",
    [("NAME", "Walt Pryor"), ("NAME", "Walt", 2), ("NAME", "Opaline"), ("DATE", "October")],
    note="A donor introduced as a patient's husband is a relative (NAME); the patient's name and the month of her death.",
)

# 84
n(
    "en",
    "sponsor",
    "The Dombrowski Family NICU Parent Suite is officially open! 🎀 Thank you to the Dombrowski family for three private rooms where parents can sleep steps from their babies.",
    "A donor family that names a space, not a patient's family.",
)

# 85
p(
    "en",
    "birth_announcement",
    "happy 1st birthday to our littlest snow baby, born in the middle of a whiteout on 12/23 🎂❄️ love, your 3 North nurses. (shared w/ permission from mom @kaylees.mama.bear)",
    [("DATE", "12/23"), ("OTHER_ID", "@kaylees.mama.bear")],
    note="Birth date and the mother's social handle (OTHER_ID).",
)

# 86
n(
    "en",
    "event",
    "Save the date! ❄️ Our 12th annual Frosty 5K is Saturday, January 25 at Edgewater Park. Register at clmcfoundation.org/frosty, proceeds support the Akron Birth Center. Questions? 216-555-0117",
    "Event date and venue, foundation domain and phone.",
)

# 87
p(
    "es",
    "patient_story",
    "Doña Caridad ('Cari') Santos, de 98 años, nos pidió que pusiéramos salsa de Héctor Lavoe en la sala de rehabilitación. Ahora todo el 4 Norte baila. 💃🏽 ¡Que viva doña Cari!",
    [("NAME", "Caridad ('Cari') Santos"), ("AGE", "98"), ("NAME", "Cari", 2)],
    note="Name with quoted nickname, age over 89 without 'años'. Héctor Lavoe is a public figure.",
)

# 88
n(
    "es",
    "anonymous_story",
    "Una paciente de noventa y tantos años nos dijo hoy: 'Yo llegué en avión en 1954 con una maleta y dos hijos.' Historias así nos recuerdan por qué hacemos este trabajo. 💛",
    "'noventa y tantos' is a decade range, not an age; 1954 a bare year.",
)

# 89
p(
    "en",
    "patient_story",
    "Lost & found 🧤: a pair of hand-knit mittens belonging to Mr. Anton Novak (room 614) was turned in at the Lake Shore front desk. His granddaughter can call us at 216-555-0100 or we'll try the number on file, 216-555-0126.",
    [("NAME", "Anton Novak"), ("OTHER_ID", "room 614"), ("PHONE", "216-555-0126")],
    note="Patient name, room, and the family phone on file; the main line is the hospital's.",
)

# 90
n(
    "en",
    "hospital_contact",
    "Our Akron Birth Center has a new direct line! 📞 330-555-0129 for tours, classes and questions. Main Akron campus: 330-555-0163. Follow @CLMC_Akron for updates.",
    "Hospital numbers and handle.",
)

# 91
p(
    "en",
    "discharge",
    "Discharge day for Jaylen 'Jay-Jay' Witherspoon! 🏀 Admitted the 2nd of Jan after a fall on the court at his school in East Cleveland, he's out today with a fresh cast signed by the whole 2 West crew. #JayJayStrong",
    [
        ("NAME", "Jaylen 'Jay-Jay' Witherspoon"),
        ("DATE", "2nd of Jan"),
        ("GEO", "East Cleveland"),
        ("NAME", "#JayJayStrong"),
    ],
    note="Name with nickname, admission date in an unusual form, the school's city (where he lives), name hashtag.",
)

# 92
n(
    "en",
    "research",
    "Our Rubber Workers Health Study has followed 3,800 retirees from Akron's Goodyear, Firestone and General Tire plants since 1998. New findings on bladder cancer risk are out in the Journal of Occupational Medicine this week. 🔬",
    "Employers of a study population, not of a patient.",
)

# 93
p(
    "en",
    "pasted_record",
    'Transport req: pt from ED Bay 12 -> 7N rm 7114, wristband # W-00388214, name on band JANKOWSKI, STANISLAWA ("STASIA"). Posting this to the page was an accident, sorry',
    [
        ("OTHER_ID", "Bay 12"),
        ("OTHER_ID", "rm 7114"),
        ("OTHER_ID", "W-00388214"),
        ("NAME", "JANKOWSKI, STANISLAWA"),
        ("NAME", "STASIA"),
    ],
    note="ED bay and room with keyword, wristband value, chart-style name and quoted nickname. 7N is a unit.",
)

# 94
n(
    "en",
    "anonymous_story",
    "A rubber-plant retiree in his 80s walked into our Akron ED today with a hand-written list of every medication he's taken since 1971. Sir, you are our hero. 📝",
    "Anonymous; no employer named, age under 90, bare year.",
)

# 95
p(
    "es",
    "milestone_birthday",
    "¡Cien años! 🎉 Hoy doña Paz Colón Rivera celebra su centenario en el 6 Oeste, rodeada de sus 14 nietos. Nació en Cayey el 11 de abril y llegó a la calle Clark hace 60 años. ¡Felicidades, abuela Paz!",
    [
        ("AGE", "Cien"),
        ("NAME", "Paz Colón Rivera"),
        ("AGE", "centenario"),
        ("GEO", "Cayey"),
        ("DATE", "11 de abril"),
        ("GEO", "calle Clark"),
        ("NAME", "Paz", 2),
    ],
    note="Age in words and 'centenario', double surname, birthplace, birth date, home street; 'abuela' and 'doña' excluded.",
)

# 96
n(
    "es",
    "memorial",
    "Hoy, 30 de abril, recordamos con cariño a todos los pacientes que nos dejaron este año en nuestra Misa anual de la memoria, en la capilla del campus de Lake Shore. Todos son bienvenidos. 🕯️",
    "Date of a hospital service, no individual patient.",
)

# 97
p(
    "en",
    "patient_story",
    "Thirty-one years at the Ford engine plant and Delphine Marbury never missed a shift. Then came the stroke. Eight weeks of rehab later, she walked out on her own two feet. 'Ford didn't stop me, this won't either.' 💪",
    [("NAME", "Ford", "*"), ("NAME", "Delphine Marbury")],
    note="Employer named twice (NAME) and the patient's name.",
)

# 98
n(
    "en",
    "campaign_hashtag",
    "This winter, #BeLikeBernie ❄️🐾 Bernie, our Lake Shore therapy St. Bernard, checks on every neighbor on his floor. Check on yours: older folks living alone, new moms, anyone without heat.",
    "A campaign hashtag named after the hospital's therapy dog; pets are not labelled.",
)

# 99
p(
    "en",
    "thank_you",
    "A note from Gena Wiśniewski's son, Ted: 'Mom was in room 5206 over Thanksgiving and your staff made her a plate of pierogi and kielbasa.' Ted would love to hear from the nurses at twisniewski@att.net 🥟🦃",
    [
        ("NAME", "Gena Wiśniewski"),
        ("NAME", "Ted", "*"),
        ("OTHER_ID", "room 5206"),
        ("DATE", "Thanksgiving"),
        ("EMAIL", "twisniewski@att.net"),
    ],
    note="Patient, son, room, the holiday of her stay (DATE) and the son's e-mail.",
)

# 100
n(
    "en",
    "health_tip",
    "Thanksgiving tip from our cardiology team: the average holiday plate has 3,000 calories. 🦃 Take a walk between dinner and pie, and if Uncle Stan says his chest feels 'heavy', that's a 911 call, not a nap.",
    "Hypothetical 'Uncle Stan' is not a patient; holiday is not a patient's date.",
)

# 101
p(
    "en",
    "pasted_record",
    "Note to scheduler re: HOLLOWAY, REGINALD - surg 2024-02-19, f/u 3 wks, pt wants a Sat appt bc he drives for RTA on weekdays. Cell 216-555-0152.",
    [
        ("NAME", "HOLLOWAY, REGINALD"),
        ("DATE", "2024-02-19"),
        ("NAME", "RTA"),
        ("PHONE", "216-555-0152"),
    ],
    note="Chart-style name, ISO surgery date, employer (RTA) as NAME, cell phone.",
)

# 102
n(
    "en",
    "staff_spotlight",
    "Meet the Marbury twins! 👯 Tonya and Tasha Marbury both started as nursing assistants on 4 South in 2009, and this spring both graduated as nurse practitioners. Their mom, Delores, was in the front row. 🎓",
    "Staff and a staff member's own mother are not labelled.",
)

# 103
p(
    "es",
    "discharge",
    "Después de 6 semanas, el pequeño Yadiel salió hoy del hospital caminando y con su gorra de los Guardians. Su mamá Keila y su papá Edgardo viajaron todos los días desde Painesville. 💙⚾ #YadielFuerte",
    [
        ("NAME", "Yadiel"),
        ("NAME", "Keila"),
        ("NAME", "Edgardo"),
        ("GEO", "Painesville"),
        ("NAME", "#YadielFuerte"),
    ],
    note="Patient (el pequeño excluded), parents, home town, name hashtag.",
)

# 104
n(
    "es",
    "health_tip",
    "Con temperaturas bajo cero, proteja a los niños y a los abuelos: gorro, guantes y bufanda. Los mayores de 90 años pierden calor más rápido. Si ve a alguien en la calle sin abrigo, llame al 211 para un refugio. ❄️",
    "Population age and a national line.",
)

# 105
p(
    "en",
    "birth_announcement",
    "Double trouble on St. Patrick's Day! ☘️☘️ Twins Colm and Brigid Gallagher were born at 11:58 p.m. and 12:03 a.m., so Colm's birthday is March 17 and Brigid's is March 18. Dad Seamus says they'll never share a cake.",
    [
        ("DATE", "St. Patrick's Day"),
        ("NAME", "Brigid Gallagher"),
        ("NAME", "Colm", "*"),
        ("NAME", "Brigid", "*"),
        ("DATE", "March 17"),
        ("DATE", "March 18"),
        ("NAME", "Seamus"),
    ],
    note="Two patients: names, birth dates (the holiday and both dates), father. Times are not labelled.",
)

# 106
n(
    "en",
    "event",
    "The St. Patrick's Day Parade is Sunday 🍀 Our EMS and trauma teams will be along Superior Ave. Hydrate, eat something, and please, no selfies on the Hope Memorial Bridge railings.",
    "Parade date and route; Hope Memorial Bridge is a landmark, not a person.",
)

# 107
p(
    "en",
    "patient_story",
    "If you're the family of the gentleman who left his cane and Browns hat in our Fulton Road lobby this morning: it's Mr. Wendell Booker, right? Your daughter called. Call her back at 216-555-0184, or us at 216-555-0100. 🧢",
    [("NAME", "Wendell Booker"), ("PHONE", "216-555-0184")],
    note="Patient named; the daughter's number is a relative's PHONE, next to the hospital's main line.",
)

# 108
n(
    "en",
    "statistic",
    "Hispanic Heritage Month by the numbers: 1 in 5 of our Fulton Road patients prefers care in Spanish; our interpreters handled 41,000 calls last year; 23 of our nurses were born in Puerto Rico. 🇵🇷 #HispanicHeritageMonth",
    "Statistics.",
)

# 109
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY, MISS ALBERTA!!! 🎉 Still the sharpest mind on 4 South, still beating everybody at bid whist, still asking when the Browns are going to win a Super Bowl. (Us too, Miss Alberta. Us too.)",
    [("AGE", "101ST"), ("NAME", "ALBERTA"), ("NAME", "Alberta")],
    note="All-caps ordinal age and name, then the name in mixed case.",
)

# 110
n(
    "en",
    "public_figure",
    "'Ain't I a Woman?' Sojourner Truth spoke those words in Akron in 1851. This Women's History Month our Akron campus honors the women who built our community, including our first Black chief of surgery, Dr. Evangeline Marsh. 💜",
    "Historical figure and a staff physician.",
)

# 111
p(
    "es",
    "patient_story",
    "Cuando la nieve cerró la I-71, el paramédico Luis y su equipo llevaron a doña Esperanza Nieves en trineo hasta la ambulancia. Hoy, ya recuperada, nos visitó con un flan para todos. 🛷🍮 ¡Gracias, doña Espe!",
    [("NAME", "Esperanza Nieves"), ("NAME", "Espe")],
    note="Patient's name and diminutive; the paramedic is staff; the closed highway is not where she was hurt.",
)

# 112
n(
    "es",
    "staff_spotlight",
    "Felicidades a la enfermera Esperanza Quiñones por sus 30 años en nuestra Sala de Emergencias del campus de Fulton Road. Su lema: 'Con calma y con café.' ☕ ¡Gracias, Espe!",
    "Staff nurse and her nickname.",
)

# 113
p(
    "en",
    "crisis_update",
    "A cyclist struck on Detroit Avenue near W. 65th last night is in critical but stable condition in our trauma ICU. Please, drivers: give bikes three feet. 🚲",
    [("GEO", "Detroit Avenue"), ("GEO", "W. 65th")],
    note="Road and cross street of one patient's crash are GEO, which makes this nameless update patient-specific.",
)

# 114
n(
    "en",
    "crisis_update",
    "We are treating 11 people from this morning's 40-car pileup on I-90 near Bratenahl. Family members looking for loved ones: please call 216-555-0100, not the ED. We will update here at noon.",
    "Site of a public multi-patient incident is not a patient's geography; hospital number.",
)

# 115
p(
    "en",
    "discharge",
    'Slava, Yaroslava! 🇺🇦 After a rough month on 6 East, Yaroslava "Slava" Tkachenko went home to her Ukrainian Village apartment on 8/24, Ukrainian Independence Day. Her sister Halyna tells us the varenyky are already boiling.',
    [
        ("NAME", 'Yaroslava "Slava" Tkachenko'),
        ("NAME", "Slava", 1),
        ("NAME", "Yaroslava", 1),
        ("GEO", "Ukrainian Village"),
        ("DATE", "8/24"),
        ("DATE", "Ukrainian Independence Day"),
        ("NAME", "Halyna"),
    ],
    note="Diminutive and given name in the greeting, full name with nickname, home neighbourhood, discharge date as number and holiday, sister.",
)

# 116
n(
    "en",
    "event",
    "Join us August 24 as our Ukrainian staff and neighbors from Parma mark Ukrainian Independence Day with a blood drive at the Fulton Road campus. 🇺🇦🩸 Every donor gets a vyshyvanka cookie.",
    "Event date and holiday; Parma is a community, not a patient's home.",
)

# 117
p(
    "en",
    "thank_you",
    "to the fam of baby boy okafor-reyes in pod C-4: the blanket ur grandma crocheted is the softest thing on the unit 😭 we made sure it went home with him. - ur NICU night nurses",
    [("NAME", "okafor-reyes"), ("OTHER_ID", "pod C-4")],
    note="Lower-case hyphenated surname ('baby boy' excluded); NICU pod is a bed location (OTHER_ID with keyword).",
)

# 118
n(
    "en",
    "research",
    "Enrolling now: our NICU is part of a national study on donor breast milk for babies born before 32 weeks. Parents can learn more at cuyahogalakeshore.org/research or by messaging @LakeshoreNICU. 🍼",
    "Research recruitment; hospital domain and handle.",
)

# 119
p(
    "en",
    "memorial",
    "One year ago today we lost our friend Deacon Roosevelt \"Rosie\" Gaines on 7 North. Every Sunday he sang 'Precious Lord' at 6 a.m. for whoever was awake. His wife, First Lady Ernestine Gaines, asked us to share: the Gaines family scholarship at East Tech is taking applications. 🎶",
    [("NAME", 'Roosevelt "Rosie" Gaines'), ("NAME", "Ernestine Gaines"), ("NAME", "Gaines", 3)],
    note="Patient with nickname (Deacon excluded), wife (First Lady is a church title), the family surname in the scholarship name. 'One year ago today' is relative.",
)

# 120
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for Guardians pitchers. ⚾ Our sports-medicine team repairs UCL injuries in high-school athletes too, and the best fix is prevention: pitch counts, rest, and no year-round throwing.",
    "Eponymous procedure.",
)

# 121
p(
    "en",
    "patient_story",
    "Chase the rainbow? 🌈 Nope. Chase Hunter chased a Guardians foul ball into a railing in August and ended up with us for 3 weeks. Today he's back in the bleachers at Progressive Field, glove ready. #ChaseTheBall",
    [("NAME", "Chase Hunter"), ("DATE", "August"), ("NAME", "#ChaseTheBall")],
    note="Name made of two ordinary words; the opening 'Chase' is the verb. The month of his injury is DATE; the pun hashtag contains his name. The ballpark is a public venue.",
    ok=("Chase",),
)

# 122
n(
    "en",
    "campaign_hashtag",
    "#ChaseYourDreams scholarship applications are open for CMSD seniors going into nursing! 🎓 $5,000 awards funded by the Lakeshore Nurses Alumni. Apply by March 1 at clmcfoundation.org/scholars",
    "A campaign hashtag with a word that can be a name; deadline date; foundation domain.",
)

# 123
p(
    "es",
    "pasted_record",
    "RECORDATORIO: Sra. Aponte, su cita de mamografía es el martes 4/3 a las 8:15 en Fulton Road. Número de expediente: 0093-2281-7. Si no puede venir, llame al 216-555-0155. (mensaje publicado por error)",
    [("NAME", "Aponte"), ("DATE", "4/3"), ("MRN", "0093-2281-7")],
    note="Appointment reminder: surname (Sra. excluded), appointment date, record number. The weekday, the hour, the campus and the hospital line are not labelled.",
)

# 124
n(
    "es",
    "event",
    "¡Clínica gratuita de vacunas para el regreso a clases! Sábado 9 de agosto, de 9:00 a 1:00, en el campus de Fulton Road. Traiga la tarjeta de vacunas de su hijo. No necesita seguro médico. 💉📚",
    "Event date and hospital campus.",
)

# 125
p(
    "en",
    "pasted_record",
    "Bed board 0700: 6W-01 ZUPANCIC F (fall, 91) / 6W-02 open / 6W-03 MIHELIC J / 6W-04 HOCEVAR A ... ignore, pasted into the wrong tab 🙈",
    [
        ("OTHER_ID", "6W-01"),
        ("NAME", "ZUPANCIC F"),
        ("AGE", "91"),
        ("OTHER_ID", "6W-03"),
        ("NAME", "MIHELIC J"),
        ("OTHER_ID", "6W-04"),
        ("NAME", "HOCEVAR A"),
    ],
    note="Bed board: each occupied bed code is a bed number tied to a patient (OTHER_ID), names with initials, an age over 89. The empty bed 6W-02 is nobody's.",
)

# 126
n(
    "en",
    "staff_spotlight",
    "Shoutout to Dr. Frances Zupančič, who just finished her 1,000th robotic surgery at our Akron campus! 🤖 Dr. Z was born and raised in Collinwood and still goes to St. Mary's every Sunday.",
    "A surgeon's name, initial and home neighbourhood; 1,000th is a count of surgeries.",
)

# 127
p(
    "en",
    "milestone_birthday",
    "Born June 9, 1929, on a farm outside Pikeville, Kentucky, Mr. Delbert Ray Coots turned 95 on 6 West today. 🎂 He spent 40 years at GM and 70 years married to his Nell. Happy birthday, Mr. Delbert!",
    [
        ("DATE", "June 9, 1929"),
        ("GEO", "Pikeville"),
        ("NAME", "Delbert Ray Coots"),
        ("AGE", "95"),
        ("NAME", "GM"),
        ("NAME", "Nell"),
        ("NAME", "Delbert", 2),
    ],
    note="Full birth date with its year, birthplace town (Kentucky is a state), name, age, employer GM, wife.",
)

# 128
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease (ALS) took a Yankee legend, but research is catching up. 🧬 Our ALS clinic at the Lake Shore campus is now enrolling in two national trials. Call 216-555-0142.",
    "Eponymous disease; hospital number.",
)

# 129
p(
    "en",
    "thank_you",
    "Shoutout to the 44105 grandma who brought a whole tray of pierogi to our ED waiting room while her husband was in surgery. 🥟 The triage nurses say thank you.",
    [("GEO", "44105")],
    note="The ZIP code of the patient's wife is family geography: a nameless post made patient-specific by one identifier.",
)

# 130
n(
    "en",
    "statistic",
    "Life expectancy in Cleveland's 44104 ZIP code is 24 years shorter than in neighboring suburbs. 📊 That's why our community health workers are going door to door in Central and Kinsman this summer. #HealthEquity",
    "Population ZIP and neighbourhoods.",
)

# 131
p(
    "es",
    "memorial",
    "Descansa en paz, Titi Mercedes. 🕊️ Mercedes 'Meche' Lugo fue paciente de nuestra unidad de diálisis por 11 años, y cada lunes nos traía pastelillos de guayaba. Falleció el día 15 en su casa de la calle Fulton, rodeada de su familia.",
    [
        ("NAME", "Mercedes 'Meche' Lugo"),
        ("NAME", "Mercedes", 1),
        ("DATE", "día 15"),
        ("GEO", "calle Fulton"),
    ],
    note="Patient's name (Titi excluded) and full name with nickname; day of month of her death ('el' excluded); her home street, which shares a name with the hospital's Fulton Road campus.",
)

# 132
n(
    "es",
    "staff_spotlight",
    "Nuestra voluntaria más querida, doña Mercedes Vélez, cumple 95 años este domingo y sigue repartiendo café en la sala de espera de Fulton Road todos los martes. ☕ ¡Felicidades, doña Meche!",
    "A volunteer's name, nickname and age over 89 are not labelled.",
)

# 133
p(
    "en",
    "patient_story",
    "Snow angel alert 👼❄️ To the neighbor on Lakeshore Blvd in Euclid who shoveled a path so our home-care nurse could reach Mrs. Snow (yes, really) this morning: thank you! Mrs. Virginia Snow, 90, says she'll bake you something.",
    [
        ("GEO", "Lakeshore Blvd"),
        ("GEO", "Euclid"),
        ("NAME", "Snow", 2),
        ("NAME", "Virginia Snow"),
        ("AGE", "90"),
    ],
    note="Home-care patient's street and city (not the hospital's Lake Shore Boulevard address), surname Snow (the opening 'Snow angel' is the word), name, age 90.",
    ok=("Snow",),
)

# 134
n(
    "en",
    "crisis_update",
    "Lake-effect snow update ❄️ The Lake Shore campus shuttle from the Euclid park-and-ride is suspended until 2 p.m. Staff: use the Ivanhoe Rd garage. Patients with appointments today can call 216-555-0100 to reschedule.",
    "Hospital shuttle and garage locations; hospital number.",
)

# 135
p(
    "en",
    "patient_story",
    "41 years at ArcelorMittal, and now Reuben 'Big Ru' Kowalczyk is learning to walk again after a spinal-cord injury on the job. His granddaughter Kasia made him a hard hat that says 'REHAB FOREMAN.' 👷‍♂️ #BigRuStrong",
    [
        ("NAME", "ArcelorMittal"),
        ("NAME", "Reuben 'Big Ru' Kowalczyk"),
        ("NAME", "Kasia"),
        ("NAME", "#BigRuStrong"),
    ],
    note="Employer, name with nickname, granddaughter, name hashtag.",
)

# 136
n(
    "en",
    "public_figure",
    "Cleveland was built by steelworkers. 🏗️ This Labor Day our occupational medicine team is at the United Steelworkers Local 979 picnic with free hearing tests. Thanks to Local President Ray Kowalski for the invite!",
    "Union and its president (public figure); holiday event.",
)

# 137
p(
    "en",
    "birth_announcement",
    "our first baby of 2025!!! 🎆 little miss nevaeh arrived at 12:07am on the 1st, 7 lbs 2 oz, to mom destiny and dad marcus of akron. welcome nevaeh!! 💕",
    [
        ("NAME", "nevaeh", "*"),
        ("DATE", "1st"),
        ("NAME", "destiny"),
        ("NAME", "marcus"),
        ("GEO", "akron"),
    ],
    note="Lower-case names of baby and parents, day of month of birth, the family's lower-case home city. 2025 is a bare year.",
)

# 138
n(
    "en",
    "health_tip",
    "New Year's resolution from our dietitians: add, don't subtract. 🥦 One more vegetable a day beats a crash diet every time. Happy 2025, Cleveland!",
    "Health tip; holiday and year.",
)

# 139
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Luz María! ✨ Nació el 12 de diciembre, día de la Virgen de Guadalupe, y sus papás, Rocío y Germán, no pudieron pensar en mejor nombre. Sus abuelos viajaron desde Toluca para conocerla. 🌹",
    [
        ("NAME", "Luz María"),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("NAME", "Rocío"),
        ("NAME", "Germán"),
        ("GEO", "Toluca"),
    ],
    note="Baby's name, birth date as date and feast day, parents, grandparents' city abroad.",
)

# 140
n(
    "es",
    "eponymous_condition",
    "Noviembre es el mes de la diabetes. ¿Sabía que el pie de Charcot puede deformar el pie sin causar dolor? Revise sus pies todos los días y pida a su médico un examen anual. 🦶",
    "Eponymous condition; awareness month.",
)

# 141
p(
    "en",
    "thank_you",
    "To Pastor Reggie and the whole Greater Abyssinia family: thank you for the 150 sandwiches you brought to the ICU waiting room while Sister Bernadette Oglesby was with us. 🙏 She's home now, and she wanted you to know.",
    [("NAME", "Bernadette Oglesby")],
    note="Patient (church title Sister excluded). The pastor and congregation are not relatives.",
)

# 142
n(
    "en",
    "staff_spotlight",
    "Chaplain's corner 🙏 Rev. Dr. Alfreda Oglesby has led our Lake Shore spiritual care team for 18 years. This Sunday she's preaching at Greater Abyssinia, and she says everyone from 7 North is invited.",
    "Staff chaplain.",
)

# 143
p(
    "en",
    "pasted_record",
    "Your results are ready! View them at mychart.cuyahogalakeshore.org/results?pt=Ramos_Julissa&dob=07-30-1992 📄 -- this link was posted here by mistake, please ignore.",
    [("NAME", "Ramos_Julissa"), ("DATE", "07-30-1992")],
    note="The link is on the hospital's own domain (not labelled), but the name and birth date in its parameters are.",
)

# 144
n(
    "en",
    "hospital_contact",
    "Check your test results anytime at mychart.cuyahogalakeshore.org, or call our help desk at 216-555-0100, option 6. Never share your MyChart password. We will never ask for it. 🔐",
    "Hospital domain and number.",
)

# 145
p(
    "en",
    "discharge",
    "Mardi Gras baby, Ash Wednesday discharge 😂 Little Frankie (Frančišek) Debevec was born on Fat Tuesday, February 13, and went home the next morning with a tiny Kurent hat knitted by his babi Štefka. 🇸🇮",
    [
        ("DATE", "Mardi Gras"),
        ("DATE", "Ash Wednesday"),
        ("NAME", "Frankie (Frančišek) Debevec"),
        ("DATE", "Fat Tuesday"),
        ("DATE", "February 13"),
        ("NAME", "Štefka"),
    ],
    note="Birth date as two holiday names and a date, discharge day as a holiday; name with given name in parentheses; grandmother (babi excluded). Kurent is a folk figure; 'the next morning' is relative.",
)

# 146
n(
    "en",
    "event",
    "Kurentovanje is this Saturday at the Slovenian National Home! 🇸🇮 Our Lake Shore community health team will be there with free flu shots, right next to the krofi stand. Scare away winter with us.",
    "Festival and venue.",
)

# 147
p(
    "en",
    "patient_story",
    "Papaw Everett says the Akron place wasn't half as friendly 😂 (we'll take it!). Everett Combs, a Kentucky-born retired trucker from Middleburg Heights, went home Tuesday after a triple bypass. His granddaughter Kayleigh drove him home in his own Peterbilt.",
    [
        ("NAME", "Everett Combs"),
        ("NAME", "Everett", 1),
        ("GEO", "Middleburg Heights"),
        ("NAME", "Kayleigh"),
    ],
    note="Patient's name (Papaw excluded), home suburb, granddaughter. Kentucky is a state; Tuesday a weekday; Peterbilt a truck brand.",
)

# 148
n(
    "en",
    "anonymous_story",
    "Somewhere on 3 North tonight a new dad is asleep in a recliner with a 7-lb baby on his chest, and our night nurse just tiptoed out. 💕 That's the whole post.",
    "Anonymous; a unit and a weight.",
)

# 149
p(
    "es",
    "thank_you",
    "A la familia de Don Pancho (habitación 408): encontramos la cadena de oro de su papá en el cuarto de ropa limpia. La enfermera Yesenia la tiene guardada. Llámenos al 216-555-0155 o le llamamos al 216-555-0139, el número que dejó su hija Vanessa.",
    [
        ("NAME", "Pancho"),
        ("OTHER_ID", "habitación 408"),
        ("PHONE", "216-555-0139"),
        ("NAME", "Vanessa"),
    ],
    note="Patient nickname (Don excluded), room, daughter's name and phone; the nurse and the hospital line are not labelled.",
)

# 150
n(
    "es",
    "crisis_update",
    "AVISO: Por la tormenta de nieve, el campus de Fulton Road cierra hoy a las 3:00 p.m. La Sala de Emergencias del campus de Lake Shore sigue abierta las 24 horas. Si tiene una cita, le llamaremos para cambiarla. ❄️",
    "Closure notice.",
)

# 151
p(
    "en",
    "pasted_record",
    "FAX to SNF intake (440-555-0196): DISCHARGE SUMMARY, pt PRYOR, OPHELIA M, DOB 05/02/1932, Medicare 1EG4-TE5-MK72, d/c 12/27. Pls confirm receipt. <- sorry, draft from the wrong screen",
    [
        ("NAME", "PRYOR, OPHELIA M"),
        ("DATE", "05/02/1932"),
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
        ("DATE", "12/27"),
    ],
    note="Name, DOB, Medicare number, discharge date. The fax number belongs to the receiving facility, not the patient or family.",
)

# 152
n(
    "en",
    "hospital_contact",
    "Physicians' offices: referrals to our Akron Birth Center can be faxed to 330-555-0129, ext. 2 (same number, press 2 for the fax tone). Questions: 330-555-0163.",
    "Hospital phone and fax.",
)

# 153
p(
    "en",
    "patient_story",
    "Meet Dallas and Austin, the Freeman twins, who spent their first month in our NICU and just celebrated their first Browns game at home in Bedford Heights. 🏈 (Mom Raven says Dallas is already the louder fan.)",
    [
        ("NAME", "Dallas", "*"),
        ("NAME", "Austin"),
        ("NAME", "Freeman"),
        ("GEO", "Bedford Heights"),
        ("NAME", "Raven"),
    ],
    note="Names that are city names, family surname, home suburb, mother.",
)

# 154
n(
    "en",
    "recruitment",
    "Dallas, Austin, Houston... our travel nurses come from everywhere, but they stay for the pierogi. 😉 We're hiring travel RNs for winter contracts at both campuses. cuyahogalakeshore.org/careers",
    "City names used as cities; recruitment.",
)

# 155
p(
    "es",
    "pasted_record",
    "Nota de enfermería 3:40: Sra. Milagros Acevedo, cama 22, Sala 5 Este. Su esposo Rubén pregunta si puede traerle sopa. Dirección en el expediente: 3716 W. 44th St, Cleveland 44102. ← ¿Esto se publicó? ¡Borrar YA!",
    [
        ("NAME", "Milagros Acevedo"),
        ("OTHER_ID", "cama 22"),
        ("NAME", "Rubén"),
        ("GEO", "3716 W. 44th St"),
        ("GEO", "Cleveland"),
        ("GEO", "44102"),
    ],
    note="Nursing note: name, bed, husband, home street address, city and ZIP. 'Sala 5 Este' is a unit.",
)

# 156
n(
    "es",
    "anonymous_story",
    "Anoche una abuelita de 87 años llegó a Emergencias con su nieto, que la cargó por la nieve hasta el carro. Ella está bien. Él, agotado. ❤️ Así son nuestras familias.",
    "Anonymous; age under 90; 'anoche' is relative.",
)

# 157
p(
    "en",
    "milestone_birthday",
    "Today Mrs. Ruby Jean Tolliver celebrates her one hundred and second birthday with us in Akron 🎂 She worked the line at Firestone during WWII, raised 6 kids on Wooster Ave, and has outlived three of her doctors (sorry, Dr. Patel). 💐",
    [
        ("NAME", "Ruby Jean Tolliver"),
        ("AGE", "one hundred and second"),
        ("NAME", "Firestone"),
        ("GEO", "Wooster Ave"),
    ],
    note="Name, ordinal age in words, employer, home street. 'with us in Akron' is the hospital's campus; Dr. Patel is staff.",
)

# 158
n(
    "en",
    "sponsor",
    "A century ago, Harvey Firestone built homes for his workers in Akron's Firestone Park. Today the Firestone Park Community Council sponsors our mobile mammography van at the Firestone Park library every 2nd Tuesday. 🚐💗",
    "Historical figure, a neighbourhood named after him, a sponsor; no patient.",
)

# 159
p(
    "en",
    "patient_story",
    "Will will walk again. 💪 That's what Will Brennan's wife Maureen told us the day he arrived from the I-480 crash on October 3rd. Yesterday he walked the whole 5 West hallway. 'Told ya,' Maureen says.",
    [
        ("NAME", "Will Brennan"),
        ("NAME", "Will", "*"),
        ("NAME", "Maureen", "*"),
        ("GEO", "I-480"),
        ("DATE", "October 3rd"),
    ],
    note="Name that is also a verb ('will' in lower case is the verb), wife, road of his crash, date of injury.",
)

# 160
n(
    "en",
    "crisis_update",
    "I-480 eastbound is closed at Tiedeman Rd after a crash. If you're heading to our Fulton Road campus for an appointment, allow extra time or use Ridge Rd. 🚗",
    "Traffic notice; no patient is tied to the crash.",
)

# 161
p(
    "es",
    "discharge",
    "¡Chacho ya se fue a casa! 🎉 Después de su accidente de moto en la Clark Ave el 2 de julio, Israel 'Chacho' Figueroa pasó 5 semanas con nosotros. Su mamá, doña Iris, nos dejó un pastelón de despedida.",
    [
        ("NAME", "Israel 'Chacho' Figueroa"),
        ("NAME", "Chacho", 1),
        ("GEO", "Clark Ave"),
        ("DATE", "2 de julio"),
        ("NAME", "Iris"),
    ],
    note="Nickname and full name, road of his crash, date of the accident, mother (doña excluded).",
)

# 162
n(
    "es",
    "research",
    "Nuevo estudio del Centro Lakeshore: los adultos hispanos de Cleveland con diabetes que recibieron llamadas de un trabajador de salud comunitaria redujeron su A1c en 0.8 puntos. Gracias a las 412 familias que participaron. 📊",
    "Research statistics.",
)

# 163
p(
    "en",
    "discharge",
    "Big day: Mr. Okonjo finally went home from 7 North today! 🎉",
    [("NAME", "Okonjo")],
    note="Short post; surname only.",
)

# 164
n(
    "en",
    "health_tip",
    "Stay warm, Cleveland. ❄️ Check on your neighbors tonight, please.",
    "Short tip; the city is everyone's.",
)

# 165
p(
    "en",
    "birth_announcement",
    "Pictured: Baby Ivy Marie Ruzic, born 3/30 at 8 lb 1 oz at our Akron Birth Center, with big sister Poppy and grandpa Branko, who drove in from Eastlake in the snow. 🌿🌼",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Ivy Marie Ruzic"),
        ("DATE", "3/30"),
        ("NAME", "Poppy"),
        ("NAME", "Branko"),
        ("GEO", "Eastlake"),
    ],
    note="Photo cue of the patient, baby's name, birth date, sister and grandfather, grandfather's town.",
)

# 166
n(
    "en",
    "staff_spotlight",
    "Pictured: our Akron Birth Center night team, who delivered 14 babies in 12 hours during last week's ice storm. 🧊👶 Thank you, Ivy, Rosa, Marguerite and Dr. Lind!",
    "Photo of staff, staff first names.",
)

# 167
p(
    "es",
    "thank_you",
    "Gracias, #FamiliaQuiñonesRosario, por las 200 alcapurrias para el equipo de la UCI pediátrica. Su princesa Genesis cumple un año sin cáncer este 19 de mayo. 💛🎀",
    [("NAME", "#FamiliaQuiñonesRosario"), ("NAME", "Genesis"), ("DATE", "19 de mayo")],
    note="Family-name hashtag, patient's name, the anniversary date of her remission.",
)

# 168
n(
    "es",
    "campaign_hashtag",
    "#FamiliaLakeshore 💙 Somos más de 6,000 empleados en Cleveland y Akron, y cada uno tiene una historia. Este mes compartimos las de nuestros empleados latinos. ¡Síganos!",
    "Campaign hashtag that looks like a family hashtag.",
)

# 169
p(
    "en",
    "patient_story",
    "Plot twist 🎭 Mrs. Bea Lindqvist has volunteered in our gift shop for 22 years. Last week she was a patient on 4 South for the first time. She says the gift shop prices are better than the food. Welcome back to the register, Bea!",
    [("NAME", "Bea Lindqvist"), ("NAME", "Bea", 2)],
    note="A volunteer who was our patient is labelled.",
)

# 170
n(
    "en",
    "staff_spotlight",
    "Bea, Frances and Dot (ages 91, 93 and 90) have knitted 3,412 baby hats for our NICU since 2009. 🧶 Meet our Wednesday Knitting Circle volunteers and grab a free pattern at the gift shop!",
    "Volunteers' names and ages over 89 are not labelled.",
)

# 171
p(
    "en",
    "pasted_record",
    "Biomed note: insulin pump s/n MMT-1780-NG492011 returned by pt Liliana Ocasio-Burgos, rm 3N-17, pump alarming since 9/4. Family contact cell 330-555-0171.",
    [
        ("DEVICE", "MMT-1780-NG492011"),
        ("NAME", "Liliana Ocasio-Burgos"),
        ("OTHER_ID", "rm 3N-17"),
        ("DATE", "9/4"),
        ("PHONE", "330-555-0171"),
    ],
    note="Device serial, hyphenated name, room, date of the patient's device event, family phone.",
)

# 172
n(
    "en",
    "health_tip",
    "Got a new insulin pump or CGM for Christmas? 🎄 Register the serial number with the manufacturer, keep a backup insulin pen, and bring the pump's ID card to every visit. Our diabetes educators: 216-555-0100, option 4.",
    "Tip about device ids in general; hospital number.",
)

# 173
p(
    "en",
    "thank_you",
    "Mark your calendars? Nope, Mark Kostelnik marked OUR calendars: every Friday since his transplant on April 5 he's brought donuts to 6 East. 🍩 Thank you, Mark!",
    [("NAME", "Mark Kostelnik"), ("NAME", "Mark", 3), ("DATE", "April 5")],
    note="Name that is a verb (the opening 'Mark' is the verb); transplant date.",
    ok=("Mark",),
)

# 174
n(
    "en",
    "event",
    "Mark your calendars! 📅 Our Heart Month Go Red luncheon is February 7 at the Lake Shore campus. Speaker: cardiologist Dr. Mark Ferrante. Tickets at clmcfoundation.org.",
    "Event date; staff speaker.",
)

# 175
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 90 a don Wilfredo 'Fello' Pagán! 🎂🇵🇷 Llegó a Lorain en 1952 para trabajar en la acería de U.S. Steel y hoy celebra en nuestro 5 Oeste con una parranda. ¡Wepa, don Fello!",
    [
        ("AGE", "90"),
        ("NAME", "Wilfredo 'Fello' Pagán"),
        ("GEO", "Lorain"),
        ("NAME", "U.S. Steel"),
        ("NAME", "Fello", 2),
    ],
    note="Age 90, name with nickname (don excluded), home city, employer.",
)

# 176
n(
    "es",
    "public_figure",
    "Hoy recordamos a Carl Stokes, el primer alcalde afroamericano de una gran ciudad de EE. UU., elegido en Cleveland en 1967. Su legado de salud pública vive en nuestras clínicas del East Side. ✊🏾",
    "Historical figure.",
)

# 177
p(
    "en",
    "patient_story",
    "Whoever is in room 619: your 'Amazing Grace' at 3 a.m. had the whole floor in tears (the good kind). 🎶 Keep singing.",
    [("OTHER_ID", "room 619")],
    note="Nameless, but the room number ties the post to one patient. 'Grace' is in a song title.",
)

# 178
n(
    "en",
    "anonymous_story",
    "A patient on 6 West sang 'Amazing Grace' at 3 a.m. last night and the whole unit stopped to listen. 🎶 Some nights are like that.",
    "A unit is not a room; 'last night' is relative.",
)

# 179
p(
    "en",
    "pasted_record",
    "ID scan for registration (delete after!!): Name: HNATIUK, OLENA  Addr: 6120 Ridge Rd Apt 4, Parma Hts OH 44130  DOB: 11/30/1958  License No: RS204417  - this went to the public page?!",
    [
        ("NAME", "HNATIUK, OLENA"),
        ("GEO", "6120 Ridge Rd Apt 4"),
        ("GEO", "Parma Hts"),
        ("GEO", "44130"),
        ("DATE", "11/30/1958"),
        ("LICENSE", "RS204417"),
    ],
    note="Driver's licence scan: name, street with apartment, city, ZIP, DOB, licence number.",
)

# 180
n(
    "en",
    "research",
    "Research spotlight: Dr. Oksana Hnatiuk and her team found that 62% of Ukrainian refugees treated at our Fulton Road clinic since 2022 had untreated hypertension. Her next study starts in Parma this fall. 🇺🇦",
    "Staff researcher, study population and place.",
)

# 181
p(
    "en",
    "birth_announcement",
    "New Year's Day tradition 🎆 Our Lake Shore campus welcomed its first baby of 2025 at 1:44 a.m.! Mom, dad and baby girl are healthy and asked for privacy, so no name this time, just a lot of joy. 💕",
    [("DATE", "New Year's Day")],
    note="Nameless birth, but the holiday is the birth day (DATE), which makes it patient-specific. 2025 is a bare year, 1:44 a.m. an hour.",
)

# 182
n(
    "en",
    "health_tip",
    "New Year's Eve safety 🎆 Our Lake Shore ED sees a spike in hand and eye injuries from fireworks every January 1. Leave it to the pros, and Uber home. Happy New Year from all of us!",
    "Holidays that are nobody's personal date.",
)

# 183
p(
    "en",
    "thank_you",
    "From the Jackson-Pettaway family 💜: 'Our son Marquis spent 9 days in your pediatric ICU after the fire on Kinsman Road. The night nurses read him Harry Potter, every single night.' Thank you for sharing, Tasha and Darnell.",
    [
        ("NAME", "Jackson-Pettaway"),
        ("NAME", "Marquis"),
        ("GEO", "Kinsman Road"),
        ("NAME", "Tasha"),
        ("NAME", "Darnell"),
    ],
    note="Hyphenated family surname, patient, the road where he was hurt, parents. Harry Potter is fictional.",
)

# 184
n(
    "en",
    "public_figure",
    "Harry Potter, Elsa and Spider-Man made their rounds on 2 West today 🦸‍♂️❄️ Thanks to the Cleveland Heights High drama club for the costume visit!",
    "Fictional characters and a school club.",
)

# 185
p(
    "es",
    "pasted_record",
    "Favor de verificar: ORTIZ VÉLEZ, JOSÉ A. | SS 591-33-0487 | Molina ID 8811493027 | Tel. casa 216-555-0124 | Contacto: hija, Damaris Ortiz | Ingreso 28/01. (Esto era para admisiones, perdón.)",
    [
        ("NAME", "ORTIZ VÉLEZ, JOSÉ A."),
        ("SSN", "591-33-0487"),
        ("HEALTH_PLAN", "8811493027"),
        ("PHONE", "216-555-0124"),
        ("NAME", "Damaris Ortiz"),
        ("DATE", "28/01"),
    ],
    note="Chart-style double surname, SSN, health-plan ID, home phone, daughter, admission date (day/month).",
)

# 186
n(
    "es",
    "hospital_contact",
    "¿Necesita una copia de su expediente médico? Llame al 216-555-0100 (opción 5) o escriba a registros@cuyahogalakeshore.org. Nunca comparta su número de Seguro Social en redes sociales. 🔒",
    "Hospital phone and e-mail on its own domain.",
)

# 187
p(
    "en",
    "milestone_birthday",
    "Our newest centenarian! 🎉 Ljudmila 'Millie' Hrovat was born in a village near Ribnica and came to St. Clair Avenue in 1949. She turned 100 on Sunday in our rehab gym, surrounded by button-box accordions. Vse najboljše, Millie! 🪗",
    [
        ("AGE", "centenarian"),
        ("NAME", "Ljudmila 'Millie' Hrovat"),
        ("GEO", "Ribnica"),
        ("GEO", "St. Clair Avenue"),
        ("AGE", "100"),
        ("NAME", "Millie", 2),
    ],
    note="'centenarian' and 100 are AGE; Slovenian name with nickname; birthplace town abroad and home street. Sunday is a weekday, 1949 a bare year.",
)

# 188
n(
    "en",
    "statistic",
    "Ohio is home to more than 2,400 centenarians, and a surprising number of them live in Cuyahoga County. 👵🏼👴🏿 Our geriatrics team shares their secrets: walk daily, stay curious, and keep your friends close.",
    "'centenarians' describes a population, not a patient.",
)

# 189
p(
    "en",
    "thank_you",
    "Thank you to Brooke and her mom for the Valentine's cards for every patient on 2 West 💌 Brooke was a patient here herself last spring. Follow her card project at @brookes_bravehearts!",
    [("NAME", "Brooke", "*"), ("OTHER_ID", "@brookes_bravehearts")],
    note="A former patient's name and her social handle. 'last spring' is a season; Valentine's is not her date.",
)

# 190
n(
    "en",
    "campaign_hashtag",
    "#BraveHearts Week ❤️ All February our pediatric cardiology team is sharing stories of kids born with heart defects (with their families' blessing). Follow along and wear red on Feb. 7!",
    "Campaign hashtag; event date.",
)

# 191
p(
    "en",
    "pasted_record",
    "re: your msg from lakeisha.tolbert84@gmail.com about your son's x-ray (Jalen, DOB 10/12/2016), dr. stein will call u back tmrw. - peds clinic",
    [("EMAIL", "lakeisha.tolbert84@gmail.com"), ("NAME", "Jalen"), ("DATE", "10/12/2016")],
    note="Mother's e-mail, patient's name and DOB; dr. stein is staff.",
)

# 192
n(
    "en",
    "staff_spotlight",
    "Questions for our new pediatric clinic manager, Lakeisha Brand? Email her at l.brand@cuyahogalakeshore.org or stop by the Fulton Road campus, 2nd floor. 👋",
    "Staff name and staff e-mail on the hospital domain.",
)

# 193
p(
    "en",
    "memorial",
    "Hazel Pennington fell asleep for the last time on Easter Sunday morning, with her 4 daughters singing 'I'll Fly Away' around her bed on 5 East. 🕊️ Miss Hazel, 93, came to Akron from Paintsville, Kentucky to build tires at General Tire and never lost her accent. We'll miss you.",
    [
        ("NAME", "Hazel Pennington"),
        ("DATE", "Easter Sunday"),
        ("NAME", "Hazel", 2),
        ("AGE", "93"),
        ("GEO", "Akron"),
        ("GEO", "Paintsville"),
        ("NAME", "General Tire"),
    ],
    note="Name, day of death as a holiday, age, home city and birthplace town, employer.",
)

# 194
n(
    "en",
    "health_tip",
    "Hazel eyes? Brown eyes? Either way, get them checked: glaucoma has no early symptoms. 👀 Free eye screenings in our Akron lobby all January for Glaucoma Awareness Month.",
    "Eye colours that look like names; awareness month.",
)

# 195
p(
    "es",
    "patient_story",
    "Milagros de verdad 🙏 La bebé Milagros Cruz nació a las 23 semanas el 15 de agosto, fiesta de la Asunción, y hoy, 4 meses después, se va a su casa en Elyria con sus papás, Nayeli y Ricardo. #MilagrosEsUnMilagro",
    [
        ("NAME", "Milagros Cruz"),
        ("DATE", "15 de agosto"),
        ("DATE", "fiesta de la Asunción"),
        ("GEO", "Elyria"),
        ("NAME", "Nayeli"),
        ("NAME", "Ricardo"),
        ("NAME", "#MilagrosEsUnMilagro"),
    ],
    note="Baby named Milagros (the opening 'Milagros' is the word 'miracles'), birth date as date and feast, home town, parents, name hashtag.",
    ok=("Milagros",),
)

# 196
n(
    "es",
    "campaign_hashtag",
    "#MilagrosDeInvierno ❄️ Este mes cada donación a nuestra UCI neonatal se duplica gracias a la Fundación Lakeshore. Done en clmcfoundation.org/milagros",
    "Campaign hashtag with the word milagros; foundation domain.",
)

# 197
p(
    "en",
    "patient_story",
    "Bohdan and Mariya Kushnir were married 64 years ago on the Feast of the Holy Protection, October 14, at St. Josaphat. Today Mariya renewed their vows at Bohdan's bedside on 7 North. 💍🇺🇦",
    [
        ("NAME", "Mariya Kushnir"),
        ("NAME", "Bohdan", "*"),
        ("NAME", "Mariya", "*"),
        ("DATE", "Feast of the Holy Protection"),
        ("DATE", "October 14"),
    ],
    note="Patient and wife; their wedding day (a personal date) written as a feast and a date. The cathedral is not labelled.",
)

# 198
n(
    "en",
    "public_figure",
    "Taras Shevchenko's statue stands in the Ukrainian Cultural Garden on MLK Drive. 🇺🇦 Join our Ukrainian-speaking nurses there Saturday for a Walk with a Doc and a reading of his poetry.",
    "Historical figure and an event venue.",
)

# 199
p(
    "en",
    "pasted_record",
    "Valet log (internal!!): 2011 Chevy Silverado, VIN 1GCRKSE37BZ114872, owner Roman Dudek (pt on 7N), keys at Lake Shore front desk until discharge.",
    [("VEHICLE", "1GCRKSE37BZ114872"), ("NAME", "Roman Dudek")],
    note="The patient's vehicle VIN and name; the model year is not an identifier.",
)

# 200
n(
    "en",
    "anonymous_story",
    "Hug your plow drivers. 🚜 One of them stopped to help a stranded dialysis patient get to our Lake Shore unit on time this week. That's Northeast Ohio.",
    "Anonymous patient, no identifier.",
)

# 201
p(
    "en",
    "patient_story",
    "J.R. is 9, loves the Cavs, and just beat leukemia. 🏀 After 2 years of treatment, J.R. rang the bell on 3 West yesterday while his grandpa Otis cried harder than anyone. #JRStrong",
    [("NAME", "J.R.", "*"), ("NAME", "Otis"), ("NAME", "#JRStrong")],
    note="Initials used as the patient's name, grandfather, initials hashtag. Age 9 is not labelled.",
)

# 202
n(
    "en",
    "research",
    "Childhood leukemia survival has climbed from 10% in the 1960s to about 90% today. 🎗️ Our pediatric oncology team is part of the Children's Oncology Group trials that made it happen. #ChildhoodCancerAwarenessMonth",
    "Statistics; 90% is not an age.",
)

# 203
p(
    "es",
    "milestone_birthday",
    "¡Noventa y nueve años y todavía baila! 💃 Doña Carmen Iris Maldonado celebró su cumpleaños este 16 de julio, día de la Virgen del Carmen (¡claro!), en nuestro 4 Norte. Su nieto Bryan le trajo flores de parte de toda la familia de Lorain.",
    [
        ("AGE", "Noventa y nueve"),
        ("NAME", "Carmen Iris Maldonado"),
        ("DATE", "16 de julio"),
        ("DATE", "día de la Virgen del Carmen"),
        ("NAME", "Bryan"),
        ("GEO", "Lorain"),
    ],
    note="Age in words, name, birthday as date and feast day (the feast's 'Carmen' is inside the DATE span), grandson, family's home city.",
)

# 204
n(
    "es",
    "event",
    "Este 16 de julio, día de la Virgen del Carmen, la capilla del campus de Lake Shore celebrará una misa en español a las 6 p.m. Todos los pacientes y familias son bienvenidos. 🙏",
    "Feast day of a hospital service, nobody's personal date.",
)

# 205
p(
    "en",
    "thank_you",
    "shoutout to bubba & sissy (aka Kyrie and Kenzie Walton) 👶👶 who graduated from our NICU today after 61 days!! your nurses will miss those cheeks. see y'all at the reunion picnic",
    [("NAME", "bubba"), ("NAME", "sissy"), ("NAME", "Kyrie"), ("NAME", "Kenzie Walton")],
    note="Lower-case nicknames used as the twins' names, their given names and surname.",
)

# 206
n(
    "en",
    "event",
    "NICU Reunion Picnic 🧺 Sunday, August 17, 1-4 p.m., Edgewater Park pavilion. All Cuyahoga Lakeshore NICU grads and their families are invited. RSVP: 216-555-0108 or @LakeshoreNICU.",
    "Event date and venue, hospital phone and handle.",
)

# 207
p(
    "en",
    "pasted_record",
    "sticky note on the 4S board (pls don't post this!): 'Mrs. Kuzma - 4S-412 - NPO after MN - surgery tmrw 7a (Thurs 6th) - dtr Olha cell 216 555 0147'",
    [
        ("NAME", "Kuzma"),
        ("OTHER_ID", "4S-412"),
        ("DATE", "6th"),
        ("NAME", "Olha"),
        ("PHONE", "216 555 0147"),
    ],
    note="Surname, room code, day of month of surgery (weekday not labelled), daughter's name and phone with spaces.",
)

# 208
n(
    "en",
    "crisis_update",
    "CODE ORANGE lifted ✅ Thanks to everyone who responded to this morning's hazmat drill at the Akron campus. No real patients were involved, and Dr. Ansel says the decon tent has never looked better.",
    "Drill; staff name.",
)

# 209
p(
    "en",
    "patient_story",
    "Grandma Nell always said the Lake Shore nurses were the best, so when her great-grandson Theo needed surgery on Memorial Day, there was only one choice. 💙 Theo's home now, and Grandma Nell is proud.",
    [("NAME", "Nell", "*"), ("NAME", "Theo", "*"), ("DATE", "Memorial Day")],
    note="Great-grandmother named in passing, patient, surgery day as a holiday.",
)

# 210
n(
    "en",
    "health_tip",
    "Memorial Day cookout? 🌭 Grill thermometers save lives: chicken to 165°F, burgers to 160°F. And sunscreen, Cleveland, the sun does come out eventually.",
    "Holiday tip.",
)

# 211
p(
    "es",
    "discharge",
    "¡Bendiciones, Santos! 🙏 Santos Rivera Cruz, de 91 años, ya está de regreso en su casa de la W. 47th después de dos semanas en el 6 Oeste por neumonía. Su hija Wanda nos manda este mensaje: 'Gracias por cuidar a papi como si fuera de ustedes.'",
    [
        ("NAME", "Santos Rivera Cruz"),
        ("NAME", "Santos", 1),
        ("AGE", "91"),
        ("GEO", "W. 47th"),
        ("NAME", "Wanda"),
    ],
    note="Name, age, home street, daughter.",
)

# 212
n(
    "es",
    "event",
    "El 1 de noviembre celebramos el Día de Todos los Santos con una ofrenda en el vestíbulo de Fulton Road. Traiga una foto de un ser querido que haya fallecido (¡no de pacientes, por favor!).",
    "Holiday of a hospital event; 'Santos' is part of the holiday; 'foto' is not of a patient.",
)

# 213
p(
    "en",
    "birth_announcement",
    "Born 2/29 on Leap Day, so little Jubilee Mensah will only have a 'real' birthday every 4 years. 🐸 Mom Akosua says they'll celebrate every year anyway.",
    [("DATE", "2/29"), ("DATE", "Leap Day"), ("NAME", "Jubilee Mensah"), ("NAME", "Akosua")],
    note="Birth date as a number and as Leap Day; baby's name (a word) and mother.",
)

# 214
n(
    "en",
    "event",
    "February 29 is Rare Disease Day 🦓 1 in 10 Americans lives with a rare disease, and it takes an average of 5 years to get a diagnosis. Our genetics clinic takes referrals at 216-555-0100.",
    "Awareness day; statistics; hospital number.",
)

# 215
p(
    "en",
    "patient_story",
    "Fun fact: our 94-yr-old hip patient in 5E-08 was the Ohio state polka dance champion in 1958 and gave PT a lesson today. 🪗 Ms. Dorothy, you're a legend.",
    [("AGE", "94-yr-old"), ("OTHER_ID", "5E-08"), ("NAME", "Dorothy")],
    note="Age token, bed code, first name (Ms. excluded). Ohio is a state, 1958 a bare year.",
)

# 216
n(
    "en",
    "staff_spotlight",
    "Fun fact: our 5 East physical therapist Dorothy Lisac was the Ohio state polka dance champion in 1998. 🪗 Ask her for a lesson.",
    "Staff member.",
)

# 217
p(
    "es",
    "pasted_record",
    "mensaje del portal: 'hola soy la mamá de kevin andrés, el niño del cuarto 212, mi correo es yaritzamarquez@hotmail.com y mi whatsapp +1 216 555 0193' — publicado por error, disculpen.",
    [
        ("NAME", "kevin andrés"),
        ("OTHER_ID", "cuarto 212"),
        ("EMAIL", "yaritzamarquez@hotmail.com"),
        ("PHONE", "+1 216 555 0193"),
    ],
    note="Lower-case child's name, room, mother's e-mail and WhatsApp number.",
)

# 218
n(
    "es",
    "health_tip",
    "¿Su hijo tiene fiebre? 🌡️ En bebés menores de 3 meses, una temperatura de 100.4°F o más es una emergencia: venga a la Sala de Emergencias. Para dudas, llame a la línea de enfermería en español: 216-555-0155.",
    "Health tip; a temperature, hospital line.",
)

# 219
p(
    "en",
    "memorial",
    "Our hearts are with the family of Lt. Marcus Greenlee, a firefighter and our patient in the burn unit since the Christmas Eve fire on E. 116th. Marcus died on New Year's Eve. His family asks that cards go to his mother, Mrs. Evelyn Greenlee, via greenleefamily2024@gmail.com.",
    [
        ("NAME", "Marcus Greenlee"),
        ("NAME", "Marcus", 2),
        ("DATE", "Christmas Eve"),
        ("GEO", "E. 116th"),
        ("DATE", "New Year's Eve"),
        ("NAME", "Evelyn Greenlee"),
        ("EMAIL", "greenleefamily2024@gmail.com"),
    ],
    note="Patient (Lt. excluded), injury date and street of the fire, date of death as holidays, mother, family e-mail.",
)

# 220
n(
    "en",
    "public_figure",
    "Thank you to the Cleveland Division of Fire for this year's burn-prevention visit to our pediatric unit. 🚒 Chief Dana Whitfield and Engine 30 brought the smoke trailer and a lot of stickers.",
    "Public officials and a fire company.",
)

# 221
p(
    "en",
    "patient_story",
    "#FaithOverFear has been the Okoro family's motto since Faith Okoro was diagnosed in March. Today Faith finished her last round of chemo on 3 West. 🎗️ Her dad Emeka says the motto stays.",
    [
        ("NAME", "#FaithOverFear"),
        ("NAME", "Faith Okoro"),
        ("NAME", "Okoro", 1),
        ("NAME", "Faith", 2),
        ("DATE", "March"),
        ("NAME", "Emeka"),
    ],
    note="The family's hashtag contains the patient's name (NAME); family surname, name, month of diagnosis, father.",
)

# 222
n(
    "en",
    "campaign_hashtag",
    "#FaithOverFear 🙏 Our chaplains are hosting an interfaith prayer service for healthcare workers this Thursday at 7 a.m. in the Lake Shore chapel. All faiths, and no faith, welcome.",
    "The same slogan used as a campaign hashtag, with no patient.",
)

# 223
p(
    "es",
    "thank_you",
    "A la familia Rosario de la calle Bosworth: ¡gracias por las 3 bandejas de arroz con gandules para la Navidad del 6 Este! Doña Tata, que pasó la Navidad con nosotros, ya está en casa. 🎄🇵🇷",
    [("NAME", "Rosario"), ("GEO", "calle Bosworth"), ("NAME", "Tata"), ("DATE", "Navidad", "*")],
    note="Family surname, home street, patient nickname (Doña excluded); Christmas was the day of her stay, named twice.",
)

# 224
n(
    "es",
    "event",
    "¡Parranda navideña en el vestíbulo de Fulton Road! 🎶🇵🇷 Viernes 20 de diciembre, 5 p.m., con el Grupo Bomba Lakeshore y coquito sin alcohol. Organiza: Oficina de Voluntarios, 216-555-0108.",
    "Event date and hospital phone.",
)

# 225
p(
    "en",
    "patient_story",
    "Meet River. 🌊 Yes, River Kowalski's parents named him after the Cuyahoga (the one that caught fire; his dad Ziggy is a firefighter, so...). River spent 3 weeks in our NICU and went home to Tremont on 7/4 with a tiny fireman's hat. 🎆",
    [
        ("NAME", "River Kowalski"),
        ("NAME", "River", "*"),
        ("NAME", "Ziggy"),
        ("GEO", "Tremont"),
        ("DATE", "7/4"),
    ],
    note="Name that is a word, father, home neighbourhood, discharge date. The Cuyahoga is a river.",
)

# 226
n(
    "en",
    "event",
    "June 22, 1969: the Cuyahoga River caught fire, and the nation noticed. 🔥 Today the river is home to 70 species of fish. This Earth Day our Lake Shore green team is cleaning up Wendy Park. 🌎",
    "Historical date and an event; no patient.",
)

# 227
p(
    "en",
    "patient_story",
    "Flowers for the pt in 5W-22 arrived with a card to 'Nana Sophie Brenner, c/o Lake Shore hosp, 11800 Lake Shore Boulevard' and her grandson Eli's return address, 2247 Lee Rd, Cleveland Heights. 💐 Volunteers, please walk them up!",
    [
        ("OTHER_ID", "5W-22"),
        ("NAME", "Sophie Brenner"),
        ("NAME", "Eli"),
        ("GEO", "2247 Lee Rd"),
        ("GEO", "Cleveland Heights"),
    ],
    note="Bed code, patient (Nana excluded), grandson and his address; the hospital's own address is not labelled.",
)

# 228
n(
    "en",
    "hospital_contact",
    "Sending flowers or cards to a patient? Address them to the patient's name, c/o Cuyahoga Lakeshore Medical Center, 11800 Lake Shore Boulevard, Cleveland, OH 44108. Our volunteers deliver twice a day. 💐 (No latex balloons, please!)",
    "Hospital address.",
)

# 229
p(
    "en",
    "patient_story",
    "Tonight's shoutout goes to Marvin 'Pops' Tate, who has driven an RTA bus for 29 years and was just discharged after his heart attack on the No. 26 route. His wife Gloria says he's already asking when he can drive again. Not yet, Pops. 🚌❤️",
    [("NAME", "Marvin 'Pops' Tate"), ("NAME", "RTA"), ("NAME", "Gloria"), ("NAME", "Pops", 2)],
    note="Name with nickname, employer RTA, wife. A bus route number is not a geographic unit.",
)

# 230
n(
    "en",
    "anonymous_story",
    "Bus drivers are heroes. 🚌 Last week an RTA driver noticed a rider slumped over, pulled over, started CPR and called 911. The rider is recovering with us. Thank you, RTA!",
    "RTA employs the rescuer, not the (anonymous) patient.",
)

# 231
p(
    "es",
    "memorial",
    "Hoy despedimos a Juan 'Cheo' Batista, paciente de nuestro programa de hospicio y el trompetista de todas las parrandas del barrio. Cheo partió la madrugada del 24 de junio, día de San Juan, como él quería. 🎺🌊",
    [
        ("NAME", "Juan 'Cheo' Batista"),
        ("NAME", "Cheo", 2),
        ("DATE", "24 de junio"),
        ("DATE", "día de San Juan"),
    ],
    note="Name with nickname, date of death as date and feast day (its 'Juan' is inside the DATE span).",
)

# 232
n(
    "es",
    "event",
    "Celebramos la Noche de San Juan con los niños de pediatría: ¡pa'trás al agua! 🌊 (bueno, con una piscinita inflable). Gracias a la Orquesta La Ley por la música.",
    "Feast and a band; no patient.",
)

# 233
p(
    "en",
    "pasted_record",
    "Lab label misprint - please reprint: PT: VUKOVICH, MILAN  ENC# 9000183342  DOB 12/6/1933  COLLECTED 03/11 0545  LOC: 7N-710B",
    [
        ("NAME", "VUKOVICH, MILAN"),
        ("OTHER_ID", "9000183342"),
        ("DATE", "12/6/1933"),
        ("DATE", "03/11"),
        ("OTHER_ID", "7N-710B"),
    ],
    note="Chart name, encounter number, DOB, collection date, room/bed code. The time is not labelled.",
)

# 234
n(
    "en",
    "research",
    "Our sleep lab is recruiting adults 40-75 with snoring or daytime sleepiness for a study of a new CPAP mask. Participants get $150. Info: cuyahogalakeshore.org/sleepstudy or 216-555-0100. Study ID: CLMC-2025-0417.",
    "A study's ID is not a patient's; hospital domain and phone.",
)

# 235
p(
    "en",
    "thank_you",
    "To the grandkids who threw Grandpa Ignatius a 90th-birthday polka party in the 6 West dayroom: the whole floor is still humming 'Who Stole the Kishka?' 🪗😂 Happy 90th, Mr. Iggy Pohorsky!",
    [("NAME", "Ignatius"), ("AGE", "90th", "*"), ("NAME", "Iggy Pohorsky")],
    note="Given name (Grandpa excluded), ordinal age twice, nickname with surname.",
)

# 236
n(
    "en",
    "event",
    "Polka Sunday! 🪗 A Polka Hall of Fame band plays our Lake Shore atrium this Sunday at 2 p.m. for patients, families and staff. Yes, they will play 'Who Stole the Kishka?' Yes, you can dance.",
    "Event.",
)

# 237
p(
    "es",
    "patient_story",
    "nuestro guerrerito #TeamJandiel cumplió 100 días sin convulsiones 💪🏽 su abuela doña Ceci viene cada día desde Lorain en la guagua de las 6. ¡Esa es la familia boricua!",
    [("NAME", "#TeamJandiel"), ("NAME", "Ceci"), ("GEO", "Lorain")],
    note="Patient named only in a hashtag, grandmother, her town. '100 días' is a duration, not an age.",
)

# 238
n(
    "es",
    "anonymous_story",
    "Una familia nos escribió: 'Gracias por tratar a mi abuelo con tanto respeto, hablándole en español hasta el final.' Mensajes así son para todo nuestro equipo de intérpretes. 💙",
    "Anonymous thank-you.",
)

# 239
p(
    "es",
    "birth_announcement",
    "Gemelas en el Día de las Madres 💐👶👶 Las hermanitas Amaya y Aitana Colón Vega nacieron el 12 de mayo, Día de las Madres, en nuestro Centro de Maternidad de Akron. ¡Mami Dariana recibió el mejor regalo! (Foto compartida con permiso.)",
    [
        ("DATE", "Día de las Madres", "*"),
        ("NAME", "Amaya"),
        ("NAME", "Aitana Colón Vega"),
        ("DATE", "12 de mayo"),
        ("NAME", "Dariana"),
        ("PHOTO", "Foto"),
    ],
    note="Birth day as a holiday (twice) and a date, twins' names, mother, photo of the babies.",
)

# 240
n(
    "es",
    "sponsor",
    "Este Día de las Madres, todas las mamás hospitalizadas recibirán una rosa y un desayuno especial. 🌹 Gracias a la Sociedad de Damas de Nuestra Señora de Guadalupe por el patrocinio.",
    "Holiday of a hospital event; a sponsoring society.",
)

if __name__ == "__main__":
    S.main("phi_dev66_source")
