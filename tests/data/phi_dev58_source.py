"""Blind development set d58 for the PHI scanner: tests/data/phi_dev58.jsonl.

Organisation: Cumberland Hollow Regional Medical Center, Hazard, Kentucky, with the Tug Valley Clinic
across the state line in Williamson, Mingo County, West Virginia, and the Bridge Recovery Clinic on Main
Street in Hazard (phi_dev58_org.json: ten 555-01xx lines including a records fax, three addresses, two
domains, three handles).
Focus: coal country. Miners and black lung (union health-fund and Medicare ids, employers), opioid
recovery, flash floods and boat rescues, mountain families with old-fashioned names, Mamaw and Papaw,
hollers, creeks and branches as home places, church homecomings and Decoration Days; Mexican and
Guatemalan farm and construction workers in the Spanish posts.
Hard cases: names that are words or places (Hope, Patience, Summer, Liberty, Harlan, Estill, Ruby, CRUZ),
home places that are words (Viper, Happy, Dwarf, Quicksand, Hell for Certain, Krypton), lower-case and
ALL-CAPS names and chart lines, "LAST, FIRST" with double and hyphenated surnames, initials (Mr. C),
quoted nicknames, names only in hashtags (#PrayForPaisley, #prayersforpapawdorsey), a name next to a
historical event that shares it (Pearl / Pearl Harbor), relatives named when the patient is not,
patients who are staff, a volunteer, a local official or a public figure; dates as numbers with
slashes, dashes and dots, ordinals, day of month alone, words, Spanish dates and feast days, holidays
that are the patient's day (Decoration Day, Veterans Day, the Fourth, Nochebuena); ages over 89 as
digits, words, ordinals, 94yo, 96-year-old, centenarian, nonagenarian, centenaria; family phones,
fax and e-mails (one obfuscated) beside the hospital's, portal user names, social handles, MRN,
SSN, Medicaid, MBI and union-fund ids, account, licence, plate, pacemaker serial, IP, room/bed codes.
Hard negatives: staff and doctors with the same names as patients, volunteers, donors and staff over
90, staff families, visiting officials and singers, historical figures and disasters, eponymous
conditions, awareness days, event dates, flooded areas and their population, "in her 90s" and
"más de 90 años", statistics with 90 and 100, campaign hashtags that look like names (#DaisyDay,
#RubyRedFriday, #CaudillCares, #PrayForMingo, #FuerzaHollow), the RUBY trial, conference rooms,
ambulance units, the hospital's own phones, fax, addresses, domains and handles.
Language mix: 240 posts, 170 English and 70 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- The patient's employer (or own business) is NAME, as in the holdout set: Elkhorn Ridge Coal,
  Blue Diamond, Leatherwood Fuel Co., Mountain Top Tire, Hollow Masonry, Bluegrass Framing.
- "In her 90s", "más de 90 años", "patients over 90" are the Safe Harbor 90-or-older aggregate, not
  an age: a nameless post with only that is not patient-specific. An exact age over 89 of an unnamed
  patient ("A 96-year-old patient", "de 91 años") is AGE and makes the post patient-specific.
- Hollers, creeks and branches named as the patient's or family's home place (or the place of one
  patient's rescue) are GEO, including short forms ("on Troublesome"). Creeks and towns that describe
  a flooded area or the origin of a group of patients in a crisis update are not GEO.
- The hospital's towns (Hazard, Williamson) are GEO when they are the patient's home; they are not
  when they name the hospital's own sites.
- Foreign departments and states (Huehuetenango, Zacatecas) are state-level and not GEO; the
  municipality or city named with them is GEO. A relative's city (a son in Dayton, a mother in
  Comitán) is GEO.
- A room and bed written as one code is one OTHER_ID span, and a unit-room-bed code such as 3W-314A
  is OTHER_ID without a keyword; a unit alone (3 West, 3W, 2 Sur) is not labelled.
- A day of the month alone is labelled as the ordinal or number only ("28th", "4th", "15"); Spanish
  "el día 5" is labelled "día 5". "Christmas miracle" for a baby born Dec. 25th labels "Christmas";
  "the Fourth" for July 4 labels "Fourth". Weekdays before a date are not part of the span.
- A staff member, volunteer, local official or public figure who is the patient is labelled. A staff
  member named as a patient's relative is labelled as a relative; staff families not said to be our
  patients are not. A famous ancestor (Devil Anse Hatfield) is a historical figure, not labelled.
- A family's donation in memory of a relative who was our patient labels the family surname, the
  family's town and the patient.
- An obfuscated e-mail ("name at yahoo dot com") is EMAIL as written.
- A vanity plate (COALDUST) is VEHICLE; a union health-fund id and a Medicare MBI are HEALTH_PLAN.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev58.jsonl"), os.path.join(HERE, "phi_dev58_org.json"), "d58")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Papaw Virgil Slone spent 31 years underground for Elkhorn Ridge Coal and the last 6 on oxygen. "
    "Thursday he walked the length of 3 West without stopping, first time since his pulmonary rehab "
    "started on August 4th. His granddaughter Kayla made the sign. #BlackLungAwareness",
    [
        ("NAME", "Virgil Slone"),
        ("NAME", "Elkhorn Ridge Coal"),
        ("DATE", "August 4th"),
        ("NAME", "Kayla"),
    ],
    note="patient's name; his employer is NAME (set decision); rehab start date; granddaughter's name. "
    "3 West is a unit, Thursday a weekday, #BlackLungAwareness a campaign tag",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Opal Hensley, our new pulmonologist at the Black Lung Clinic. Raised up Carr Fork, she came "
    "home after residency in Lexington to care for the miners she grew up around. Appointments: 606-555-0133.",
    "Opal Hensley is a staff doctor; her home place is not a patient's; the number is the clinic's",
)

# 3
p(
    "es",
    "patient_story",
    "Don Aurelio llegó de Chiantla, Huehuetenango, hace 20 años y ha trabajado en la construcción por todo "
    "el este de Kentucky. Después de su caída del andamio el 3 de octubre, hoy dio sus primeros pasos en "
    "terapia. ¡Fuerza, don Aurelio! #FuerzaAurelio",
    [
        ("NAME", "Aurelio", "*"),
        ("GEO", "Chiantla"),
        ("DATE", "3 de octubre"),
        ("NAME", "#FuerzaAurelio"),
    ],
    note="name (without 'don'), name hashtag, home town abroad (Chiantla; Huehuetenango is the department, "
    "state level, not GEO), injury date",
)

# 4
n(
    "en",
    "crisis_update",
    "Flash flood watch for Perry, Knott, Letcher and Breathitt counties through Friday night. Turn around, "
    "don't drown. If you are trapped by water call 911. Our ED stays open: 606-555-0122.",
    "counties of a weather watch, not of a patient; 911 and the hospital's ED number",
)

# 5
p(
    "en",
    "discharge",
    "she's HOME 🏠 after 19 days. ruby jean, you are the toughest 7 year old on troublesome creek. "
    "love, the 4 north nurses",
    [("NAME", "ruby jean"), ("GEO", "troublesome creek")],
    note="lower-case name and lower-case home creek; age 7 and '19 days' are not identifiers, 4 north is a unit",
)

# 6
p(
    "en",
    "memorial",
    'We lost a legend this week. Dorsey "Doc" Combs, 94, rode the mantrip underground for 40 years and then '
    "rode our hallways in his wheelchair telling every nurse she was the prettiest one on the floor. He "
    "passed on Decoration Day, the way he'd have wanted, with Mamaw Pearl holding his hand. He never let "
    "a respiratory therapist leave the room without a joke, never once complained about the oxygen, and "
    "told every new resident the same story about the time the mountain came down on his section and he "
    "walked out anyway. Rest easy, Doc.",
    [
        ("NAME", 'Dorsey "Doc" Combs'),
        ("NAME", "Doc", "*"),
        ("AGE", "94"),
        ("DATE", "Decoration Day"),
        ("NAME", "Pearl"),
    ],
    note="full name with quoted nickname, the nickname again, age 94, day of death (Decoration Day is the "
    "patient's day), wife's name after 'Mamaw'",
)

# 7
n(
    "en",
    "health_tip",
    "Decoration Day is coming up at a lot of our family cemeteries. If you're climbing a steep hill to a "
    "graveyard this Sunday, take water, wear real shoes and go slow in the heat. Our Hazard and Williamson "
    "urgent cares are open 8-8.",
    "Decoration Day here is a community custom, not a patient's date; Hazard and Williamson are the "
    "hospital's own sites",
)

# 8
n(
    "es",
    "health_tip",
    "Trabajadores del tabaco y de la construcción: el calor de julio es peligroso. Tomen agua cada 15 "
    "minutos, descansen en la sombra y llamen al 911 si alguien se confunde o deja de sudar. Clínica Tug "
    "Valley: 304-555-0188, hablamos español.",
    "health tip for a population; July is not a patient's date; clinic number is the hospital's",
)

# 9
p(
    "en",
    "pasted_record",
    "Great news from 3 West today!! CAUDILL, LONNIE R  DOB 11/02/1958  MRN 0048817-2  3W-314A  "
    "Dx: CWP complicated / PMF  Attending: O. Hensley MD",
    [
        ("NAME", "CAUDILL, LONNIE R"),
        ("DATE", "11/02/1958"),
        ("MRN", "0048817-2"),
        ("OTHER_ID", "3W-314A"),
    ],
    note="chart line pasted by mistake: LAST, FIRST name, DOB, MRN, room-bed code 3W-314A; the attending "
    "is staff",
)

# 10
n(
    "en",
    "thank_you",
    "To the family who left a thank-you card and a pan of apple stack cake at the 2 South desk on Sunday: "
    "we don't know your name, but we know your mamaw's favorite nurse was Brandy. She cried. We all did. 💛",
    "anonymous family; Brandy is a nurse; 'mamaw' is not a name",
)

# 11
p(
    "en",
    "milestone_birthday",
    "HAPPY 100TH BIRTHDAY to Miss Pearlie Mae Gayheart!! Born on the Fourth of July, she says the "
    "fireworks have always been for her. 🎆 Her son Estill drove in from Dayton to celebrate with her on "
    "our Skilled Nursing unit.",
    [
        ("AGE", "100TH"),
        ("NAME", "Pearlie Mae Gayheart"),
        ("DATE", "Fourth of July"),
        ("NAME", "Estill"),
        ("GEO", "Dayton"),
    ],
    note="age token 100TH, name, holiday birthday, son's name (also a county name) and the son's city",
)

# 12
n(
    "en",
    "recruitment",
    "Now hiring: RNs for our Tug Valley Clinic in Williamson, WV. Sign-on bonus, loan repayment, and you'll "
    "never eat better than at a Mingo County church potluck. Apply at cumberlandhollow.org/careers",
    "recruitment; the clinic's town and county and the hospital's domain",
)

# 13
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe! Nació el 12 de diciembre, Día de la Virgen de Guadalupe, y sus papás Rosa y "
    "Efraín dicen que el nombre ya estaba escogido. 3.2 kg de puro amor. 💕",
    [
        ("NAME", "Guadalupe", 1),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Rosa"),
        ("NAME", "Efraín"),
    ],
    note="baby's name, birth date twice (number and feast day, the second Guadalupe is inside the feast "
    "day span), parents' names",
)

# 14
n(
    "en",
    "anonymous_story",
    'A patient in her 90s asked our chaplain to sing "Amazing Grace" the old way, lined out, like they did '
    "at her church up the holler. Half of 5 East ended up singing along. Moments like this are why we do "
    "what we do.",
    "'in her 90s' is the Safe Harbor 90+ aggregate, not an age; no name, date, room or place",
)

# 15
n(
    "en",
    "crisis_update",
    "FLOOD UPDATE 7/28, 6 AM: Swift-water teams from Perry County EM brought 23 people to our ED overnight "
    "from the Lotts Creek and Troublesome Creek areas. Most are treated and released. Families looking for "
    "loved ones: call the Family Assistance Line, 606-555-0100, not the ED.",
    "date of the update, creeks of a flooded area and a count of people: no individual patient; "
    "hospital number",
)

# 16
p(
    "en",
    "patient_story",
    "Two years ago on Valentine's Day, Jessie Ritchie walked into our Bridge Clinic and said she was done. "
    "Today she's a peer recovery coach for us, and her little boy Bentley got his mama back. Jessie said we "
    "could share this. #RecoveryIsPossible",
    [
        ("DATE", "Valentine's Day"),
        ("NAME", "Jessie Ritchie"),
        ("NAME", "Jessie", "*"),
        ("NAME", "Bentley"),
    ],
    note="recovery patient who is now staff is still a patient: name, start date (holiday), son's name",
)

# 17
n(
    "es",
    "staff_spotlight",
    "Conozcan a Maricela Xol, intérprete de q'anjob'al y español en nuestra clínica de Williamson. Llegó "
    "de Guatemala en 2009 y hoy ayuda a cientos de familias a entender a sus médicos. ¡Gracias, Maricela!",
    "Maricela Xol is a staff interpreter",
)

# 18
p(
    "en",
    "milestone_birthday",
    "94yo and still beats us all at Rook 🃏 happy birthday Mr. Lonzo!!",
    [("AGE", "94yo"), ("NAME", "Lonzo")],
    note="age token 94yo, name after Mr.",
)

# 19
n(
    "en",
    "eponymous_condition",
    "Tremor? Stiffness? Shuffling walk? It might be Parkinson's disease. Our movement disorders clinic with "
    "Dr. Ruby Noble sees patients every Tuesday in Hazard. Ask your doctor about a referral.",
    "eponymous disease and a staff doctor",
)

# 20
n(
    "en",
    "public_figure",
    "Today is National Miners Day, December 6. On this date in 1907, 362 men died in the Monongah mine "
    "explosion in West Virginia. Loretta Lynn sang that she was a coal miner's daughter; so are a lot of us. "
    "We honor every miner who ever went underground.",
    "awareness day and historical event dates; Loretta Lynn is a public figure",
)

# 21
p(
    "en",
    "thank_you",
    "Thank you to the Fugate family of Buckhorn for the 40 quilts donated to our hospice suite in memory of "
    "their mother, Ollie, who was cared for here last spring.",
    [("NAME", "Fugate"), ("GEO", "Buckhorn"), ("NAME", "Ollie")],
    note="donors introduced as a patient's family: family surname and their town, the patient's first name; "
    "a season is not a date",
)

# 22
n(
    "en",
    "sponsor",
    "Huge thanks to the Combs Family Foundation and Tug Valley Ford for sponsoring Saturday's 5K for the "
    "Black Lung Clinic. 412 runners, $38,000 raised! 🏃",
    "sponsors, not patients; 412 is a count",
)

# 23
p(
    "es",
    "pasted_record",
    "Paciente: PÉREZ LÓPEZ, JOSÉ ANTONIO  Fecha nac.: 14/03/1987  Expediente: 2210-4471  Hab. 218  "
    "Alergias: penicilina — perdón, esto no iba aquí",
    [
        ("NAME", "PÉREZ LÓPEZ, JOSÉ ANTONIO"),
        ("DATE", "14/03/1987"),
        ("MRN", "2210-4471"),
        ("OTHER_ID", "Hab. 218"),
    ],
    note="pasted chart line: double surname LAST, FIRST, DOB, record number (expediente), room with keyword",
)

# 24
n(
    "en",
    "hospital_contact",
    "Questions about your bill? Call 606-555-0100 and choose option 4, or fax documents to 606-555-0199. "
    "Mail: 1200 Hollow Creek Parkway, Hazard, KY 41701. Portal help: help@cumberlandhollow.org",
    "the hospital's own phone, fax, address and e-mail",
)

# 25
p(
    "en",
    "patient_story",
    "When the water came up on Lost Creek on the 28th, Papaw Elmer Noble handed his great-grandbabies one "
    "at a time out the attic window to the Fish & Wildlife boat. Then he went back in for his dog. He's in "
    "our ICU with a crush injury, and he wants everybody to know Biscuit is fine. 🐕",
    [("GEO", "Lost Creek"), ("DATE", "28th"), ("NAME", "Elmer Noble")],
    note="home creek, day of month alone (injury day), name; Biscuit is a dog",
)

# 26
n(
    "en",
    "statistic",
    "In 2023, our Black Lung Clinic screened 1,204 current and former miners. 1 in 5 long-tenure miners in "
    "Central Appalachia now has black lung, the highest rate in 25 years. Screening is free for miners: "
    "606-555-0133.",
    "statistics and the clinic's number",
)

# 27
n(
    "en",
    "milestone_birthday",
    "Our longest-serving volunteer, Mrs. Hazel Stidham, turns 92 this week! She has pushed the book cart "
    "every Wednesday since 1988. Stop by the gift shop Thursday for cake. 🎂",
    "volunteer's name and age over 89 are not labelled",
)

# 28
p(
    "es",
    "thank_you",
    "Muchas gracias a la familia Choc Caal por los tamales que trajeron al 3 Oeste. Su papá, don Mateo, "
    "salió ayer después de 12 días con nosotros y ya está de vuelta en Jackson.",
    [("NAME", "Choc Caal"), ("NAME", "Mateo"), ("GEO", "Jackson")],
    note="double family surname, patient's first name, home town (Jackson, KY); 'ayer' is relative",
)

# 29
n(
    "en",
    "campaign_hashtag",
    "#HollowStrong #MingoMends #CoalCountryCares Thank you to every lineman, boat crew and church kitchen "
    "that kept our hospital running through the flood. We see you.",
    "campaign hashtags, no patient",
)

# 30
p(
    "en",
    "birth_announcement",
    "First baby born at Cumberland Hollow on New Year's Day! Welcome to the world, Journee Blair Amburgey, "
    "7 lb 2 oz, 12:04 a.m. Mom Kaylee and dad Tanner are over the moon 🌙",
    [
        ("DATE", "New Year's Day"),
        ("NAME", "Journee Blair Amburgey"),
        ("NAME", "Kaylee"),
        ("NAME", "Tanner"),
    ],
    note="birth date as a holiday, baby's name, parents' names; time of birth is not a date",
)

# 31
n(
    "en",
    "staff_spotlight",
    "Shoutout to RN Lonnie Hall, who rowed his own jon boat down Troublesome Creek Tuesday night to get to "
    "his shift when Highway 15 washed out. 30 years a nurse, zero missed shifts. Lonnie, you're one of a kind.",
    "staff nurse; his route to work is not a patient's place",
)

# 32
n(
    "es",
    "crisis_update",
    "AVISO: Por las inundaciones, la clínica de Williamson (410 Tug Fork Road) está cerrada hoy, 29 de "
    "julio. Si necesita sus medicinas, llame al 304-555-0188. En emergencias, llame al 911.",
    "the clinic's address, number and closing date",
)

# 33
p(
    "en",
    "discharge",
    "Going HOME to Grapevine Holler! After 41 days and two surgeries, Lonnie Ray Sizemore rang the bell "
    "this morning. His mamaw Ruby brought chicken and dumplins for the whole floor. #LonnieRayStrong",
    [
        ("GEO", "Grapevine Holler"),
        ("NAME", "Lonnie Ray Sizemore"),
        ("NAME", "Ruby"),
        ("NAME", "#LonnieRayStrong"),
    ],
    note="home holler, name, grandmother's name, name hashtag",
)

# 34
n(
    "en",
    "research",
    "New from our research team: in a study of 612 former miners, those who completed 12 weeks of "
    "pulmonary rehab walked 58 meters farther on average. Published this month in CHEST. Led by Dr. Virgil "
    "Turner and Ruby Jo Maggard, RRT.",
    "research statistics; researchers are staff",
)

# 35
p(
    "en",
    "memorial",
    "Fly high, Mamaw Opal. She was the first face every new nurse on 2 North saw, because she was here so "
    "often for her COPD that she knew everybody. Her daughter Glenna said 'Tell them she loved them.' We "
    "loved her too.",
    [("NAME", "Opal"), ("NAME", "Glenna")],
    note="patient's first name after Mamaw, daughter's name",
)

# 36
p(
    "es",
    "memorial",
    "Descansa en paz, Juanita Pérez de Cruz. Llegó a Hazard desde Jerez, Zacatecas, con sus siete hijos y "
    "cocinó para media cuadrilla de la obra. Murió el Día de Muertos, el 2 de noviembre, rodeada de su "
    "familia. Su hijo Rigoberto nos pidió compartir esto.",
    [
        ("NAME", "Juanita Pérez de Cruz"),
        ("GEO", "Hazard"),
        ("GEO", "Jerez"),
        ("DATE", "Día de Muertos"),
        ("DATE", "2 de noviembre"),
        ("NAME", "Rigoberto"),
    ],
    note="name, her home town Hazard (where she lived, not the hospital) and home town in Mexico (Zacatecas "
    "is a state), day of death twice, son's name",
)

# 37
n(
    "en",
    "health_tip",
    "Naloxone (Narcan) saves lives. Free kits, no questions asked, at our Bridge Clinic, 87 Main Street, "
    "Hazard, Mon-Fri 8-4:30. You could be the reason somebody's mamaw gets to see them come home.",
    "hospital clinic address; no patient",
)

# 38
n(
    "en",
    "anonymous_story",
    "Last night a baby decided not to wait for the bridge to reopen and was born in the back of Medic 7 "
    "somewhere between the washout and our ER doors. Mom and baby are doing great. Shoutout to our crew!",
    "nameless birth story: 'last night' is relative, Medic 7 is an ambulance unit",
)

# 39
p(
    "en",
    "pasted_record",
    "Reminder: the nurse line is 606-555-0111 Pt portal msg from tfugate_poa: hi its Tammy (Verl Fugate's "
    "daughter) can someone call me back about his meds at 606-555-0146, I'm his POA",
    [
        ("OTHER_ID", "tfugate_poa"),
        ("NAME", "Tammy"),
        ("NAME", "Verl Fugate"),
        ("PHONE", "606-555-0146"),
    ],
    note="portal message pasted by mistake: portal user name, daughter's and patient's names, family phone "
    "next to the hospital nurse line",
)

# 40
n(
    "es",
    "health_tip",
    "¿Tose desde hace semanas? ¿Trabajó en minas, canteras o cortando piedra? El polvo de sílice daña los "
    "pulmones. La clínica de pulmón negro atiende gratis a mineros: 606-555-0133. Atendemos en español los "
    "jueves.",
    "health tip; clinic number",
)

# 41
p(
    "en",
    "milestone_birthday",
    "Happy ninety-seventh birthday to Mrs. Ora Lee Napier of Cutshin! She was born on Christmas Eve and says "
    "that's why she's never once gotten a present of her own. So 3 South got her FOUR. 🎁",
    [
        ("AGE", "ninety-seventh"),
        ("NAME", "Ora Lee Napier"),
        ("GEO", "Cutshin"),
        ("DATE", "Christmas Eve"),
    ],
    note="age in words as an ordinal, name, home community, birthday as a holiday",
)

# 42
n(
    "en",
    "event",
    "Church homecoming season! Join our mobile health unit at Big Willard Freewill Baptist homecoming, "
    "Sunday June 9, for free blood pressure checks and dinner on the grounds. Bring a covered dish if you can.",
    "event date and venue",
)

# 43
p(
    "en",
    "thank_you",
    "A message we got this morning, shared with permission: 'Y'all saved my brother Delmer's life after the "
    "roof fall on the 17th. Tell that helicopter crew Aunt Pauline is making them a cake.' - Carla, "
    "Delmer's sister",
    [("NAME", "Delmer", "*"), ("DATE", "17th"), ("NAME", "Pauline"), ("NAME", "Carla")],
    note="patient's name twice (possessive excluded), injury day of month, aunt's and sister's names",
)

# 44
n(
    "en",
    "statistic",
    "By the numbers, 2024: 1,911 babies born, 90 NICU graduates, 14 patients over 100 years old cared for, "
    "6 boat rescues brought to our ED by Fish & Wildlife. Thank you, eastern Kentucky.",
    "counts; 'patients over 100' is a population",
)

# 45
p(
    "es",
    "birth_announcement",
    "¡Ya nació Kevin Ixcoy! El bebé de Lidia y Bartolo llegó el 15 de septiembre, Día de la Independencia "
    "de Guatemala, a las 3:14 de la madrugada. La familia es de San Juan Ostuncalco y ahora vive en Hyden. 🇬🇹",
    [
        ("NAME", "Kevin Ixcoy"),
        ("NAME", "Lidia"),
        ("NAME", "Bartolo"),
        ("DATE", "15 de septiembre"),
        ("DATE", "Día de la Independencia de Guatemala"),
        ("GEO", "San Juan Ostuncalco"),
        ("GEO", "Hyden"),
    ],
    note="baby's and parents' names, birth date twice, home town abroad and current town",
)

# 46
n(
    "en",
    "crisis_update",
    "Boil water advisory update: our Hazard campus is on its own water supply and all services are running. "
    "Williamson clinic is seeing patients by appointment only through Aug 2. Questions: 606-555-0100.",
    "hospital sites and service dates",
)

# 47
p(
    "en",
    "patient_story",
    "One of our own. ER nurse Brandy Couch was on the other side of the bed this month after a wreck on "
    "Route 80 on her way in to work at 5 a.m. on the 9th. She's back on light duty Monday and wanted to "
    "thank her coworkers for every shift they covered. 💙",
    [("NAME", "Brandy Couch"), ("GEO", "Route 80"), ("DATE", "9th")],
    note="staff member who was a patient: name, road of the crash, day of the month",
)

# 48
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Pearl Collins, unit clerk on 4 North for 41 years! Pearl has answered the phone "
    "'Four North, this is Pearl' approximately 1.2 million times. We'll miss you, Pearl! 🎉",
    "staff member",
)

# 49
p(
    "en",
    "discharge",
    "NICU GRADUATE 🎓 After 88 days, baby Ember Rose Hoskins went home to Viper today! She was born at 24 "
    "weeks on June 2nd weighing 1 lb 6 oz. Now 6 lbs of sass.",
    [("NAME", "Ember Rose Hoskins"), ("GEO", "Viper"), ("DATE", "June 2nd")],
    note="name, home community (a word), birth date",
)

# 50
n(
    "en",
    "eponymous_condition",
    "Caplan syndrome is a rare form of rheumatoid pneumoconiosis seen in miners with rheumatoid arthritis. "
    "Dr. Hensley explains the signs in this week's #AskTheBlackLungDoc video. ▶️",
    "eponymous condition, staff doctor, a video of staff",
)

# 51
p(
    "es",
    "patient_story",
    "“Yo solo quería trabajar”, dice Wilmer, de 19 años, que perdió dos dedos en una sierra de una obra en "
    "Whitesburg el 22 de abril. Hoy terminó su terapia ocupacional y ya puede escribirle a su mamá en "
    "Comitán. Wilmer nos dio permiso para contar su historia.",
    [("NAME", "Wilmer", "*"), ("GEO", "Whitesburg"), ("DATE", "22 de abril"), ("GEO", "Comitán")],
    note="name, town of the injury, injury date, mother's town; age 19 is not labelled",
)

# 52
n(
    "en",
    "health_tip",
    "Mamaws and Papaws: if you're 65+, you can get your flu shot and RSV shot the same day. Walk-in clinic "
    "at our Hazard campus Tuesday 9-3. Ask about transportation: 606-555-0100.",
    "health tip; Mamaws and Papaws are generic",
)

# 53
n(
    "en",
    "memorial",
    "Our hospital family is grieving Dr. Virgil Caudill, who delivered over 6,000 babies in Perry County "
    "from 1968 until he retired at 80. He passed peacefully on May 14th at 96. Visitation Friday at Engle "
    "Funeral Home.",
    "memorial for a staff doctor: his date of death and age are not a patient's",
)

# 54
p(
    "en",
    "pasted_record",
    "ADT: adm 10/14 0230 via ED - CORNETT, BUSTER (legal: CORNETT, WALLACE D) - DOB 06/30/1965 - "
    "Acct 88120344-01 - KY Medicaid ID 7719204338 - NOK: Darlene Cornett (wife) 606-555-0171",
    [
        ("DATE", "10/14"),
        ("NAME", "CORNETT, BUSTER"),
        ("NAME", "CORNETT, WALLACE D"),
        ("DATE", "06/30/1965"),
        ("ACCOUNT", "88120344-01"),
        ("HEALTH_PLAN", "7719204338"),
        ("NAME", "Darlene Cornett"),
        ("PHONE", "606-555-0171"),
    ],
    note="admission date, nickname and legal name, DOB, account, Medicaid id (health plan), next of kin "
    "name and phone",
)

# 55
n(
    "en",
    "recruitment",
    "Are you in recovery and want to help others? Our Bridge Clinic is hiring Peer Recovery Support "
    "Specialists. Lived experience required. Info: 606-555-0144 or careers@cumberlandhollow.org",
    "recruitment; hospital contacts",
)

# 56
n(
    "es",
    "thank_you",
    "Gracias a la Iglesia Cristo Rey de Hazard por los 300 kits de higiene para familias afectadas por la "
    "inundación. ¡Dios les bendiga!",
    "donor church, no patient",
)

# 57
p(
    "en",
    "milestone_birthday",
    "🎉 A CENTENARIAN ON 2 SOUTH 🎉 Mr. Claude Stacy turned 100 on the 4th and asked for only one thing: an "
    "Ale-8-One and a cold biscuit. Done and done. He grew up on Big Creek and loaded coal for Blue Diamond "
    "for 33 years.",
    [
        ("AGE", "CENTENARIAN"),
        ("NAME", "Claude Stacy"),
        ("AGE", "100"),
        ("DATE", "4th"),
        ("GEO", "Big Creek"),
        ("NAME", "Blue Diamond"),
    ],
    note="CENTENARIAN and 100 are ages, name, birthday as day of month, home creek, employer (NAME)",
)

# 58
n(
    "en",
    "public_figure",
    "Country singer Dusty Reynolds stopped by our pediatric floor Friday with his guitar and a truckload of "
    "stuffed animals. He grew up just down the road in Vicco. Thank you, Dusty! 🎸",
    "visiting public figure and his home town",
)

# 59
n(
    "es",
    "event",
    "Feria de salud gratuita el sábado 14 de septiembre en la Iglesia San Francisco de Asís de Hazard: "
    "presión arterial, azúcar, vacunas y consulta con intérprete. De 10 a 2. Información: 606-555-0100.",
    "event date and venue",
)

# 60
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit this week, now 5 and missing two front teeth. Her mom brought "
    "the tiny knit hat she wore on day one. We may have cried. 🧶",
    "nameless NICU grad; age 5 is not an identifier",
)

# 61
p(
    "en",
    "patient_story",
    "Hope Combs, 4, of Quicksand beat sepsis this week after 9 days in our PICU. Hope really does float. 🎈",
    [("NAME", "Hope Combs"), ("NAME", "Hope", "*"), ("GEO", "Quicksand")],
    note="a name that is a word (both uses refer to her), home community that is a word; age 4 not labelled",
)

# 62
n(
    "en",
    "campaign_hashtag",
    "It's #DaisyDay! Every spring our volunteers plant 1,000 daisies along the Hollow Creek Parkway entrance "
    "in honor of organ donors. #DonateLife #DaisyDay",
    "#DaisyDay is a campaign tag, not a person; the entrance is the hospital's",
)

# 63
p(
    "en",
    "pasted_record",
    "Copy of msg from pt daughter: 'Mom (Opaline Begley) got her new pacemaker serial PJN418822S on the 3rd, "
    "can you send the ID card to begleyfamily.ky@gmail.com'",
    [
        ("NAME", "Opaline Begley"),
        ("DEVICE", "PJN418822S"),
        ("DATE", "3rd"),
        ("EMAIL", "begleyfamily.ky@gmail.com"),
    ],
    note="patient's name, device serial, implant day of month, family e-mail",
)

# 64
p(
    "en",
    "discharge",
    "Went home in style! Papaw Dewey Turner's grandsons pulled up to the front doors in his old red '79 Ford "
    "with the COALDUST plate, and he told the whole lobby he'd drive it himself next time. 🛻",
    [("NAME", "Dewey Turner"), ("VEHICLE", "COALDUST")],
    note="name (possessive excluded) and vanity plate of his truck",
)

# 65
n(
    "en",
    "public_figure",
    "State Rep. Ashley Sizemore toured our new Bridge Clinic today and heard from our peer coaches about "
    "what recovery looks like in Perry County. Thank you for listening, Rep. Sizemore.",
    "visiting public official",
)

# 66
p(
    "en",
    "patient_story",
    "Bluegrass fiddler and Hall of Famer Boone Caudill has been our patient on 3 South since his fall on the "
    "11th. He wants his fans to know he's asked for his fiddle every day. We told him: after PT. 🎻",
    [("NAME", "Boone Caudill"), ("DATE", "11th")],
    note="a public figure who is the patient is labelled: name and day of his fall",
)

# 67
n(
    "en",
    "eponymous_condition",
    "June is Alzheimer's & Brain Awareness Month. If Mamaw is repeating the same story or getting lost on "
    "the road she's driven for 50 years, talk to her doctor. Our memory clinic: 606-555-0100.",
    "eponymous disease, awareness month; Mamaw is generic",
)

# 68
p(
    "en",
    "patient_story",
    "Prayers up for our little buddy tonight 🙏 #PrayForPaisley #HollowStrong",
    [("NAME", "#PrayForPaisley")],
    note="the patient is named only in a hashtag; #HollowStrong is the campaign tag",
)

# 69
n(
    "en",
    "campaign_hashtag",
    "#PrayForMingo. The Tug is over its banks in Williamson tonight and our clinic is running on generators. "
    "Stay off the roads. #MingoMends",
    "#PrayForMingo names the county, not a person",
)

# 70
p(
    "en",
    "pasted_record",
    "pls disregard previous post!! meant for records. RE: GAYHEART, OTIS W  SSN 401-68-2290  DOS 5/21  "
    "UMWA Funds ID 0917-33-812",
    [
        ("NAME", "GAYHEART, OTIS W"),
        ("SSN", "401-68-2290"),
        ("DATE", "5/21"),
        ("HEALTH_PLAN", "0917-33-812"),
    ],
    note="chart name, SSN, date of service, miners' union health fund member id (health plan)",
)

# 71
p(
    "en",
    "milestone_birthday",
    "Ninety-one years young and Mamaw Bessie Ritchie just finished her last round of radiation! She rang the "
    "bell so hard the clapper came loose. Her great-grandson Colt (age 6) says she's 'a bad mamma jamma.'",
    [("AGE", "Ninety-one"), ("NAME", "Bessie Ritchie"), ("NAME", "Colt")],
    note="age in words, name, great-grandson's name",
)

# 72
n(
    "en",
    "anonymous_story",
    "An 89-year-old retired miner told our respiratory therapist today that he'd been waiting 40 years for "
    "someone to listen to his lungs properly. Get screened: 606-555-0133.",
    "age 89 is not an identifier; no name; clinic number",
)

# 73
p(
    "en",
    "anonymous_story",
    "A 96-year-old patient on 2 North asked for a pen pal. If you'd like to write, mail cards to the "
    "Volunteer Office, 1200 Hollow Creek Parkway, Hazard, KY 41701 ❤️",
    [("AGE", "96-year-old")],
    note="an exact age over 89 of an unnamed patient is AGE and makes the post patient-specific; the "
    "address is the hospital's",
)

# 74
n(
    "en",
    "birth_announcement",
    "Congratulations to our CFO Dwight Hall and his wife Opal on the birth of their granddaughter, Magnolia "
    "Jane, born May 1st in Lexington! 🌸",
    "a staff member's own family is never labelled (the baby is not said to be our patient)",
)

# 75
p(
    "en",
    "thank_you",
    "The Mullins family asked us to share: cards for Pastor Arville Mullins can be sent to "
    "arvillemullinscards@gmail.com, or dropped at our front desk. Questions about visiting: "
    "info@cumberlandhollow.org.",
    [
        ("NAME", "Mullins", 1),
        ("NAME", "Arville Mullins"),
        ("EMAIL", "arvillemullinscards@gmail.com"),
    ],
    note="family surname, patient's name (Pastor excluded), family e-mail; the hospital e-mail is not",
)

# 76
p(
    "en",
    "patient_story",
    "Please share: the Blevins family lost everything on Right Beaver Creek in Thursday's flood while their "
    "son Kaden was in our PICU. gofundme.com/f/blevins-flood-recovery",
    [
        ("NAME", "Blevins"),
        ("GEO", "Right Beaver Creek"),
        ("NAME", "Kaden"),
        ("URL", "gofundme.com/f/blevins-flood-recovery"),
    ],
    note="family surname, home creek, patient's name, family fundraiser URL",
)

# 77
n(
    "en",
    "sponsor",
    "At 97, retired schoolteacher Miss Edna Holbrook just made her 50th gift to the Cumberland Hollow "
    "Foundation. Thank you, Miss Edna! chrmcfoundation.org @CHRMC_Foundation",
    "donor's name and age are not labelled; foundation domain and handle",
)

# 78
p(
    "en",
    "discharge",
    "WELCOME HOME SGT. RAYBURN 'TUFFY' NAPIER!!! 3 TOURS OVERSEAS AND NOW A NEW HIP. DISCHARGED 11/11, "
    "VETERANS DAY, AND HEADED BACK TO RED FOX. 🇺🇸",
    [
        ("NAME", "RAYBURN 'TUFFY' NAPIER"),
        ("DATE", "11/11"),
        ("DATE", "VETERANS DAY"),
        ("GEO", "RED FOX"),
    ],
    note="all caps: name with nickname (SGT. excluded), discharge date twice, home community",
)

# 79
n(
    "en",
    "anonymous_story",
    "Tuesday a man in his 70s walked into our ED and said, 'I need help, I'm tired of pills.' He's in "
    "treatment today. If that's you, we're here: 606-555-0144.",
    "nameless; weekday and age range are not identifiers",
)

# 80
p(
    "en",
    "thank_you",
    "A huge thank you to Brenda Sexton, who drove her daddy 3 hours around the flood detour to make his "
    "dialysis on time. That's mountain love.",
    [("NAME", "Brenda Sexton")],
    note="the patient is unnamed but his daughter is named: a relative's name",
)

# 81
n(
    "en",
    "crisis_update",
    "Update 8/1: 4 flood patients remain hospitalized, 2 in ICU. We have reunited 31 families. Donations: "
    "chrmcfoundation.org/flood",
    "date of the update and counts; foundation domain",
)

# 82
p(
    "en",
    "patient_story",
    "Shoutout to Mr. C on 5 East, who finished his 1,000th lap of the hallway today. 😂 He says 'Tell the "
    "boys at the Hardee's table I ain't dead yet.'",
    [("NAME", "C")],
    note="initial used as the patient's name; 5 East is a unit",
)

# 83
n(
    "en",
    "statistic",
    "Overdose deaths in Perry County fell 31% from 2022 to 2023. Recovery works. Our Bridge Clinic has "
    "welcomed 1,100 patients since opening in 2019.",
    "population statistic",
)

# 84
p(
    "en",
    "milestone_birthday",
    "She's ONE! 🎂 Our tiniest NICU grad ever, Wren Adalyn Hall, weighed 14.5 ounces when she was born here "
    "on 9.14.23. Today she weighs 19 pounds and bosses around her big brothers Ridge and Ryker.",
    [("NAME", "Wren Adalyn Hall"), ("DATE", "9.14.23"), ("NAME", "Ridge"), ("NAME", "Ryker")],
    note="name, birth date with dots, brothers' names (Ridge is also a word)",
)

# 85
p(
    "en",
    "pasted_record",
    "Login alert for portal user dorseyb1948 (BEGLEY, DORSEY) from IP 98.142.17.206, 3 failed attempts, "
    "account locked. Reset: 606-555-0177",
    [("OTHER_ID", "dorseyb1948"), ("NAME", "BEGLEY, DORSEY"), ("IP", "98.142.17.206")],
    note="portal user name, chart name, IP address; the help-desk number is the hospital's",
)

# 86
n(
    "en",
    "health_tip",
    "Former miners: you may qualify for federal black lung benefits. Bring your work history, your Social "
    "Security card and your UMWA card to our Black Lung Clinic. Free help filing. 606-555-0133.",
    "health tip; no identifiers",
)

# 87
p(
    "en",
    "pasted_record",
    "Patient belongings: the Kentucky driver's license of RUBY D. HOSKINS (H12-404-188) was left in ED "
    "room 9. Ruby, call Security at 606-555-0100.",
    [
        ("NAME", "RUBY D. HOSKINS"),
        ("LICENSE", "H12-404-188"),
        ("OTHER_ID", "room 9"),
        ("NAME", "Ruby"),
    ],
    note="patient's name twice, licence number, ED room with keyword; hospital number",
)

# 88
n(
    "en",
    "event",
    "Black Lung Clinic Open House, Friday October 4, 1-4 pm, 1200 Hollow Creek Pkwy. Meet Dr. Opal Hensley "
    "and our respiratory therapists.",
    "event date, hospital address, staff doctor",
)

# 89
p(
    "en",
    "memorial",
    "In memory of Lucille 'Cile' Adams Fugate, 3/3 - 7/30. Cile volunteered at our gift shop for 22 years "
    "before she became our patient. Her daughters Wanda and Renee thank 2 North for loving her to the end.",
    [
        ("NAME", "Lucille 'Cile' Adams Fugate"),
        ("NAME", "Cile", "*"),
        ("DATE", "3/3"),
        ("DATE", "7/30"),
        ("NAME", "Wanda"),
        ("NAME", "Renee"),
    ],
    note="a volunteer who became a patient is labelled: name with nickname, birth and death dates, "
    "daughters' names",
)

# 90
n(
    "en",
    "staff_spotlight",
    "Volunteer of the Month: Virgil 'Junior' Baker, 91, who has driven our van to the Cornettsville senior "
    "center every Monday for 18 years. Thank you, Junior!",
    "volunteer over 90 is not labelled",
)

# 91
p(
    "en",
    "patient_story",
    "To whoever in room 418 keeps requesting 'Rocky Top' on the hallway piano: we love you, but we're from "
    "Kentucky. 😂",
    [("OTHER_ID", "room 418")],
    note="a room number tied to a patient",
)

# 92
n(
    "en",
    "event",
    "Blood drive Thursday 10-4 in Room 200 (the Pine Mountain Conference Room). Every donor gets a "
    "Cumberland Hollow t-shirt and a free Ale-8. Sign up: 606-555-0166.",
    "a conference room is not a patient's room",
)

# 93
p(
    "en",
    "discharge",
    "Papaw Hobert Combs got the best Father's Day present: his heart cath Friday came back clean and he "
    "went home to Ary on Father's Day morning. ❤️",
    [("NAME", "Hobert Combs"), ("DATE", "Father's Day", "*"), ("GEO", "Ary")],
    note="name, discharge on Father's Day (both mentions are that day), home community; Friday is a weekday",
)

# 94
n(
    "en",
    "health_tip",
    "Happy Father's Day to every papaw who ever taught a grandbaby to fish at Carr Fork Lake. Wear your "
    "life jacket out there, and sunscreen on those ears!",
    "a holiday that is not a patient's event; a lake as a general place",
)

# 95
p(
    "en",
    "patient_story",
    "Congrats to Aubree Slone-Bentley on finishing chemo! 🎉 Aubree's mom Misty says they're going straight "
    "to the Dairy Queen to celebrate.",
    [("NAME", "Aubree Slone-Bentley"), ("NAME", "Aubree", "*"), ("NAME", "Misty")],
    note="hyphenated surname, first name again (possessive excluded), mother's name",
)

# 96
n(
    "en",
    "eponymous_condition",
    "Graves' disease, Hashimoto's, Addison's: January is Thyroid Awareness Month. Dr. Lonnie Gayheart "
    "explains the difference in tonight's Facebook Live at 7.",
    "eponymous conditions, awareness month, staff doctor",
)

# 97
n(
    "en",
    "research",
    "Our Tug Valley Clinic is part of a new WVU study on hepatitis C cure rates in rural patients. 240 "
    "participants enrolled so far. Interested? Call 304-555-0188.",
    "research news and the clinic's number",
)

# 98
p(
    "en",
    "birth_announcement",
    "congradulations to laken and cody on there baby boy!!! Bristol Ray was born 3-17 at 4:12pm, 8lbs 1oz, "
    "21 in. st paddys day baby ☘️",
    [
        ("NAME", "laken"),
        ("NAME", "cody"),
        ("NAME", "Bristol Ray"),
        ("DATE", "3-17"),
        ("DATE", "st paddys day"),
    ],
    note="lower-case parents' names, baby's name, birth date in numbers and as a misspelled holiday",
)

# 99
p(
    "en",
    "milestone_birthday",
    "It's Aunt Pearl's 102nd! 🎂 Pearl Maggard of Lick Branch has been coming to our Tug Valley Clinic since "
    "it opened. Aunt Pearl was 19 and working the switchboard at the phone company when she heard about "
    "Pearl Harbor.",
    [
        ("NAME", "Pearl", 1),
        ("AGE", "102nd"),
        ("NAME", "Pearl Maggard"),
        ("GEO", "Lick Branch"),
        ("NAME", "Pearl", 3),
    ],
    note="name three times but not in 'Pearl Harbor' (historical event), ordinal age, home branch; "
    "age 19 not labelled",
    ok=("Pearl",),
)

# 100
n(
    "en",
    "event",
    "Merry Christmas from all of us at Cumberland Hollow! Our chaplains will hold a service in the chapel on "
    "Christmas Eve at 7 pm. All are welcome.",
    "holidays that are not a patient's event",
)

# 101
p(
    "en",
    "patient_story",
    "Bed 6 in the PICU, better known as 'Tater Bug', wanted y'all to see his Spider-Man cape. 🦸 Pic shared "
    "with his mama's permission. Your prayers are working.",
    [("OTHER_ID", "Bed 6"), ("NAME", "Tater Bug"), ("PHOTO", "Pic")],
    note="bed number, quoted nickname used as his name, the photo shows the patient",
)

# 102
n(
    "en",
    "staff_spotlight",
    "Pictured: our 5 East night shift after their 14th straight 12-hour shift during the flood. Heroes. 📸",
    "photo of staff; '14th' counts shifts",
)

# 103
p(
    "es",
    "milestone_birthday",
    "¡Felices 90 años, doña Refugio Tzul! Nació un 19 de marzo, día de San José, en San Cristóbal "
    "Totonicapán, y hoy lo celebró con mole y mariachi en el 2 Sur. 🎺",
    [
        ("AGE", "90"),
        ("NAME", "Refugio Tzul"),
        ("DATE", "19 de marzo"),
        ("DATE", "día de San José"),
        ("GEO", "San Cristóbal Totonicapán"),
    ],
    note="age 90, name (doña excluded), birthday twice, birthplace",
)

# 104
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a la enfermera Guadalupe Ortiz por 25 años en nuestro piso de maternidad! Más de 3,000 "
    "bebés han pasado por sus manos. 👶",
    "staff nurse",
)

# 105
p(
    "es",
    "pasted_record",
    "Mensaje de WhatsApp: 'Soy Marleny, la esposa de Fredy Coc, cuarto 305, por favor llámenme al "
    "606-555-0128 que no me contestan en el piso'",
    [
        ("NAME", "Marleny"),
        ("NAME", "Fredy Coc"),
        ("OTHER_ID", "cuarto 305"),
        ("PHONE", "606-555-0128"),
    ],
    note="wife's and patient's names, room with keyword, family phone (a 555-01xx number not the hospital's)",
)

# 106
n(
    "es",
    "health_tip",
    "El golpe de calor mata. Si un compañero en el campo tiene piel caliente y seca, confusión o vómito, "
    "llévelo a la sombra, mójelo con agua y llame al 911. No espere.",
    "health tip",
)

# 107
p(
    "es",
    "discharge",
    "Después de tres semanas en la UCI por un golpe de calor en los campos de tabaco de Clay County el 8 de "
    "julio, don Eleuterio Mazariegos se fue hoy a casa caminando. ¡Gracias a Dios y a su equipo de "
    "rehabilitación!",
    [("GEO", "Clay County"), ("DATE", "8 de julio"), ("NAME", "Eleuterio Mazariegos")],
    note="county where he was injured, injury date, name",
)

# 108
n(
    "es",
    "event",
    "Misa por el Día de la Virgen de Guadalupe el 12 de diciembre a las 6 pm en nuestra capilla, con "
    "mañanitas y pan dulce. Todos son bienvenidos.",
    "feast day as an event date, not a patient's",
)

# 109
p(
    "es",
    "discharge",
    "gracias a dios mi papá salió hoy del hospital, don chepe les manda saludos a todas las enfermeras 🙏 "
    "#fuerzachepe",
    [("NAME", "chepe"), ("NAME", "#fuerzachepe")],
    note="lower-case nickname and lower-case name hashtag",
)

# 110
n(
    "es",
    "statistic",
    "En 2024 atendimos a 1,350 pacientes que hablan español en nuestras clínicas de Hazard y Williamson. "
    "El 40% llegó por lesiones de trabajo.",
    "statistic",
)

# 111
p(
    "es",
    "birth_announcement",
    "¡Doble bendición! Nacieron los gemelos Ángel y Gabriel Chávez Morales el Jueves Santo, 28 de marzo, y "
    "ya están en casa con su hermana Yaretzi. 👶👶",
    [
        ("NAME", "Ángel"),
        ("NAME", "Gabriel Chávez Morales"),
        ("DATE", "Jueves Santo"),
        ("DATE", "28 de marzo"),
        ("NAME", "Yaretzi"),
    ],
    note="twins' names with double surname, birth date as holy day and as a date, sister's name",
)

# 112
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas se transmite por la chinche besucona y puede dañar el corazón años después. Si "
    "creció en una casa de adobe en Centroamérica, pida la prueba gratis en la Clínica Tug Valley.",
    "eponymous disease; a region",
)

# 113
p(
    "es",
    "memorial",
    "En memoria de don Rosendo Ajú, de 93 años, albañil, abuelo y amigo. Trabajó 30 años con Hollow "
    "Masonry y sus nietos lo recordarán siempre en Williamson. Descanse en paz.",
    [("NAME", "Rosendo Ajú"), ("AGE", "93"), ("NAME", "Hollow Masonry"), ("GEO", "Williamson")],
    note="name, age, employer (NAME), the family's town (the clinic's town is GEO when it is their home)",
)

# 114
n(
    "es",
    "recruitment",
    "Buscamos intérpretes médicos de español, k'iche' y mam para Hazard y Williamson. Escriba a "
    "empleos@cumberlandhollow.org o llame al 606-555-0100.",
    "recruitment; hospital e-mail and number",
)

# 115
p(
    "es",
    "patient_story",
    "Buscamos a la familia del conductor de una camioneta Chevrolet blanca, placas de Kentucky 7KX-229, que "
    "llegó a urgencias anoche después de un choque. Está estable. Llame al 606-555-0122.",
    [("VEHICLE", "7KX-229")],
    note="unnamed patient identified by his vehicle's plate; the ED number is the hospital's",
)

# 116
n(
    "es",
    "crisis_update",
    "Inundación: recibimos a 17 personas de Neon, Fleming y Jenkins durante la noche. Si busca a un familiar, "
    "llame a la línea de familias, 606-555-0100.",
    "towns of a flooded area and a count, no individual patient",
)

# 117
p(
    "es",
    "thank_you",
    "La familia Gómez Tzoc de Harlan nos mandó esta carta: 'Gracias por cuidar a nuestra Yeni cuando se "
    "quemó en la cocina del restaurante. Nunca los vamos a olvidar.'",
    [("NAME", "Gómez Tzoc"), ("GEO", "Harlan"), ("NAME", "Yeni")],
    note="family's double surname and town, patient's first name",
)

# 118
n(
    "es",
    "anonymous_story",
    "Una paciente de más de 90 años nos enseñó hoy a hacer tortillas a mano en la cocina del 2 Sur. ¡Las "
    "nuestras salieron cuadradas! 😂",
    "'más de 90 años' is the Safe Harbor 90+ aggregate; no name",
)

# 119
p(
    "es",
    "milestone_birthday",
    "Hoy celebramos a doña Chayo, centenaria y la alegría del 3 Sur. Sus bisnietos le cantaron Las Mañanitas "
    "por videollamada desde Oaxaca de Juárez. 🎂",
    [("NAME", "Chayo"), ("AGE", "centenaria"), ("GEO", "Oaxaca de Juárez")],
    note="nickname, centenaria as age, great-grandchildren's city",
)

# 120
n(
    "es",
    "hospital_contact",
    "Línea de enfermería en español, las 24 horas: 606-555-0111. Portal del paciente: "
    "cumberlandhollow.org/portal. Fax de expedientes: 606-555-0199.",
    "the hospital's own phone, domain and fax",
)

# 121
p(
    "en",
    "crisis_update",
    "Fish & Wildlife officer Dale Sturgill pulled 8-month-old Sawyer and his mamaw, Inez Combs, out of a "
    "second-story window on Troublesome at 3 a.m. July 28. Both were treated in our ED and are doing fine. "
    "Officer Sturgill, you are a hero.",
    [("NAME", "Sawyer"), ("NAME", "Inez Combs"), ("GEO", "Troublesome"), ("DATE", "July 28")],
    note="baby's and grandmother's names, home creek (short form), date of the rescue; the rescuer is not "
    "a patient",
)

# 122
p(
    "en",
    "patient_story",
    "1,000 days clean today for Dakota 'Kody' Ison from Dwarf, Ky. 🙌 Kody started at our Bridge Clinic "
    "with a duffel bag and a bus ticket. Now he's got his CDL and his kids back.",
    [("NAME", "Dakota 'Kody' Ison"), ("NAME", "Kody", "*"), ("GEO", "Dwarf")],
    note="name with nickname, nickname again, home town (a word); '1,000 days' is a duration",
)

# 123
p(
    "en",
    "patient_story",
    "Billy Joe and Bobby Joe Noble, twin brothers who ran a continuous miner side by side for 28 years, got "
    "their lung transplants six weeks apart. Now they do rehab together in our gym every Tuesday and "
    "Thursday, and argue the whole time. 😂",
    [("NAME", "Billy Joe"), ("NAME", "Bobby Joe Noble")],
    note="two patients sharing a surname",
)

# 124
p(
    "en",
    "pasted_record",
    "ROI request: send records for STACY, CLAUDETTE to her son Darrell, fax 859-555-0142. (Our records fax "
    "is 606-555-0199.)",
    [("NAME", "STACY, CLAUDETTE"), ("NAME", "Darrell"), ("FAX", "859-555-0142")],
    note="patient's chart name, son's name and fax; the records fax is the hospital's",
)

# 125
p(
    "en",
    "memorial",
    "Rest in peace, Mr. Hiram 'Pistol' Pennington, Korea vet and our oldest dialysis patient at 98. Born "
    "Jan. 8th, he passed on his birthday, surrounded by his family and half of our dialysis staff.",
    [("NAME", "Hiram 'Pistol' Pennington"), ("AGE", "98"), ("DATE", "Jan. 8th")],
    note="name with nickname, age, birth date; 'on his birthday' only points back",
)

# 126
p(
    "en",
    "milestone_birthday",
    "Our housekeeper Darlene's mama, Mrs. Wilma Jean Slone, turned 99 on the 21st while recovering on 3 "
    "South, so Darlene's whole crew threw a surprise party on their lunch break. 🎈",
    [("NAME", "Darlene", "*"), ("NAME", "Wilma Jean Slone"), ("AGE", "99"), ("DATE", "21st")],
    note="a staff member named as the patient's daughter is a patient's relative: labelled; patient's "
    "name, age, birthday",
)

# 127
p(
    "en",
    "patient_story",
    "Sharing for the family: PLEASE PRAY FOR MY PAPAW EULAS HE IS IN ICU BED 4 SINCE SATURDAY. UPDATES AT "
    "eulasupdates@outlook.com THANK YOU ALL",
    [("NAME", "EULAS"), ("OTHER_ID", "BED 4"), ("EMAIL", "eulasupdates@outlook.com")],
    note="all-caps name, bed with keyword, family e-mail",
)

# 128
p(
    "en",
    "birth_announcement",
    "Welcome, Harlan Boyd Hensley! Born 6/6 at 6:06 a.m., 6 lb 6 oz. 😈 Mom Kenzie says he's an angel "
    "anyway.",
    [("NAME", "Harlan Boyd Hensley"), ("DATE", "6/6"), ("NAME", "Kenzie")],
    note="a first name that is a county name, birth date, mother's name; time and weight are not dates",
)

# 129
p(
    "en",
    "thank_you",
    "Shout out to the crew at Mountain Top Tire, who showed up on day one to sit with their boss, Jimmy "
    "Roark, in the ICU waiting room. They've taken turns every night since.",
    [("NAME", "Mountain Top Tire"), ("NAME", "Jimmy Roark")],
    note="patient's own business (employer) is NAME; patient's name",
)

# 130
p(
    "en",
    "birth_announcement",
    "Born on Thanksgiving Day and already eating like a Combs! Welcome, baby Oakley, 9 lb 4 oz of pure "
    "gravy. 🦃",
    [("DATE", "Thanksgiving Day"), ("NAME", "Combs"), ("NAME", "Oakley")],
    note="birth holiday, family surname, baby's name",
)

# 131
p(
    "en",
    "patient_story",
    "One hundred and one years old, and Mrs. Vertie Hall still won't go to PT without her lipstick on. 💄 "
    "Never change, Miss Vertie.",
    [("AGE", "One hundred and one"), ("NAME", "Vertie Hall"), ("NAME", "Vertie", "*")],
    note="age in words, name, first name again",
)

# 132
p(
    "en",
    "pasted_record",
    "Encounter #E2024-118834 / pt Lilly Dawn Miniard / wristband 44819 / please route to L&D triage",
    [("OTHER_ID", "E2024-118834"), ("NAME", "Lilly Dawn Miniard"), ("OTHER_ID", "44819")],
    note="encounter number and wristband number (values only), name",
)

# 133
p(
    "en",
    "thank_you",
    "Mr. and Mrs. Shepherd, thank you for trusting us with your boy's heart. He was the bravest one in the "
    "room.",
    [("NAME", "Shepherd")],
    note="the parents' surname identifies the patient's family",
)

# 134
p(
    "en",
    "patient_story",
    "#kaysonsjourney day 47 🙏 still fighting, still smiling",
    [("NAME", "#kaysonsjourney")],
    note="lower-case name hashtag only",
)

# 135
p(
    "en",
    "patient_story",
    "So many of you have asked about Jaxon! His mama posts updates at @jaxons_journey_ky. He's off the "
    "ventilator and asking for Mountain Dew. 💪",
    [("NAME", "Jaxon"), ("OTHER_ID", "@jaxons_journey_ky")],
    note="name and the family's social handle",
)

# 136
p(
    "en",
    "discharge",
    "Magnolia 'Maggie' Fields went home to Hell for Certain on the fifth of May, and yes, that's a real "
    "place in Leslie County. Maggie says it's heaven.",
    [
        ("NAME", "Magnolia 'Maggie' Fields"),
        ("NAME", "Maggie", "*"),
        ("GEO", "Hell for Certain"),
        ("DATE", "fifth of May"),
        ("GEO", "Leslie County"),
    ],
    note="name with nickname, home community and its county, discharge date in words",
)

# 137
p(
    "en",
    "crisis_update",
    "FLOOD UPDATE: the teenager pulled from Lotts Creek near Cornettsville at 2 a.m. is in stable condition "
    "in our ICU. We ask for privacy for the family.",
    [("GEO", "Lotts Creek"), ("GEO", "Cornettsville")],
    note="one specific patient: the creek and town of his rescue are GEO (unlike a flooded area's "
    "population)",
)

# 138
p(
    "en",
    "birth_announcement",
    "Our Christmas miracle: Noelle Grace Caudill arrived Dec. 25th at 11:58 p.m., two minutes before "
    "Santa would've had to share. 🎄",
    [("DATE", "Christmas"), ("NAME", "Noelle Grace Caudill"), ("DATE", "Dec. 25th")],
    note="birth day twice (holiday and date), name",
)

# 139
p(
    "en",
    "patient_story",
    "Volunteers from First Baptist built a wheelchair ramp at 114 Big Branch Road, Chavies, so Mr. Estel "
    "Couch can come home from rehab Friday. That's church. ⛪",
    [("GEO", "114 Big Branch Road"), ("GEO", "Chavies"), ("NAME", "Estel Couch")],
    note="patient's street address and town, name",
)

# 140
p(
    "en",
    "pasted_record",
    "Pt address on file: MINIARD, JOETTA / 22 Coon Branch Rd, Hindman KY 41822 / verify ins at reg",
    [
        ("NAME", "MINIARD, JOETTA"),
        ("GEO", "22 Coon Branch Rd"),
        ("GEO", "Hindman"),
        ("GEO", "41822"),
    ],
    note="name, street, town, ZIP; the state is not GEO",
)

# 141
p(
    "en",
    "patient_story",
    "Two Virgils, one OR! Dr. Virgil Turner repaired the hip of 88-year-old Virgil Sexton of Krypton on "
    "Tuesday. Mr. Sexton says he's sticking with his own name, thank you.",
    [("NAME", "Virgil Sexton"), ("NAME", "Sexton", "*"), ("GEO", "Krypton")],
    note="patient shares a first name with his surgeon (staff, not labelled); 88 is not an age to label",
)

# 142
n(
    "en",
    "health_tip",
    "Cleaning up after the flood? Floodwater carries sewage. Wear boots and gloves, wash cuts right away, "
    "and if it's been 10 years since your last tetanus shot, get one. Free at our Hazard campus this week.",
    "health tip",
)

# 143
n(
    "en",
    "staff_spotlight",
    "Dr. Pearl Ison grew up on Second Creek, went to Hazard High, and today became our first woman Chief "
    "of Surgery. Welcome home, Dr. Ison!",
    "staff doctor; her home place and school are not a patient's",
)

# 144
n(
    "en",
    "event",
    "Come see us at the Black Gold Festival in downtown Hazard, September 20-22! Free blood pressure checks, "
    "naloxone kits and fried pies at our booth.",
    "event dates and venue",
)

# 145
n(
    "en",
    "statistic",
    "94 percent of our Black Lung Clinic patients live within 30 miles of a mine they worked in. 100 percent "
    "of them deserve to breathe.",
    "94 and 100 are percentages, not ages",
)

# 146
n(
    "en",
    "public_figure",
    "Mother Jones told miners to 'pray for the dead and fight like hell for the living.' She'd have liked "
    "our Black Lung Clinic. Screening is free: 606-555-0133.",
    "historical figure",
)

# 147
n(
    "en",
    "eponymous_condition",
    "Sudden drooping on one side of the face? It could be Bell's palsy, but it could also be a stroke. Don't "
    "wait to find out. Call 911.",
    "eponymous condition",
)

# 148
n(
    "en",
    "sponsor",
    "Construction begins Monday on the Virgil & Opal Caudill Cancer Center, made possible by a $4 million "
    "gift from the Caudill family. Thank you for investing in eastern Kentucky.",
    "donors naming a building are not labelled",
)

# 149
n(
    "en",
    "anonymous_story",
    "One of our dialysis patients has now been cared for by four generations of the same nursing family. "
    "That's eastern Kentucky for you. 💙",
    "nameless; a region is not GEO",
)

# 150
n(
    "en",
    "recruitment",
    "Travel nurses: spend 13 weeks in the mountains! Housing stipend, a view you won't believe, and the best "
    "soup beans in Kentucky. Apply: cumberlandhollow.org/travel",
    "recruitment",
)

# 151
n(
    "en",
    "hospital_contact",
    "Follow us for updates during the storm: @CumberlandHollowRMC (Hazard) and @TugValleyClinic (Williamson). "
    "For emergencies call 911, not Facebook.",
    "the hospital's own handles",
)

# 152
n(
    "en",
    "crisis_update",
    "Generator test Tuesday 8/13 from 5 to 6 a.m. Lights may flicker. Patients and visitors do not need to "
    "do anything.",
    "hospital event date",
)

# 153
n(
    "en",
    "thank_you",
    "Thank you to the Hazard Lions Club for 200 pairs of reading glasses for our waiting rooms. 👓",
    "donor club",
)

# 154
n(
    "en",
    "anonymous_story",
    "A papaw from the mountains told our ER doc he didn't need an ambulance because he 'only' cut his hand "
    "with a chainsaw. He drove himself. With the other hand. Please call 911, y'all.",
    "nameless story; no place smaller than a state",
)

# 155
n(
    "en",
    "memorial",
    "We are heartbroken to share that Gladys Combs, housekeeper on 3 West for 37 years, passed away "
    "Saturday at 90. Gladys knew every patient's name. Service Thursday at Hazard First Church of God.",
    "memorial for a staff member; her age is not a patient's",
)

# 156
n(
    "en",
    "campaign_hashtag",
    "#CaudillCares, our employee giving campaign named for our founder Dr. Virgil Caudill, raised $212,000 "
    "this year for patients who can't afford their medicines. #CaudillCares",
    "campaign hashtag named for a founder (staff), not a patient",
)

# 157
n(
    "en",
    "research",
    "Our cardiology team is enrolling in the RUBY trial, testing a new blood thinner for people with atrial "
    "fibrillation. Ask Dr. Sturgill if you qualify.",
    "RUBY is a trial acronym, not a person",
)

# 158
n(
    "en",
    "staff_spotlight",
    "Nurse practitioner Ruby Hall drives 2 hours each way to run our Tug Valley Clinic on Thursdays. "
    "Pictured: Ruby with her famous thermos.",
    "photo of a staff member",
)

# 159
n(
    "en",
    "health_tip",
    "Running a generator after the storm? NEVER inside, not in the garage, not by a window. Carbon monoxide "
    "has no smell. Get a CO alarm: free at our front desk while they last.",
    "health tip",
)

# 160
n(
    "en",
    "event",
    "Save the date: Cumberland Hollow's NICU Reunion picnic is Saturday, August 17, at Bobby Davis Park. "
    "All NICU grads and families welcome!",
    "event date and venue; no patient",
)

# 161
p(
    "es",
    "patient_story",
    "La pequeña Xiomara, de Booneville, tiene 6 años y ya venció la leucemia. Hoy tocó la campana con su "
    "mamá Griselda y su abuela Chonita. 🔔",
    [("NAME", "Xiomara"), ("GEO", "Booneville"), ("NAME", "Griselda"), ("NAME", "Chonita")],
    note="name (la pequeña excluded), home town, mother's and grandmother's names",
)

# 162
p(
    "es",
    "pasted_record",
    "Nombre: Tomás Ixchop Ramírez | Fecha de ingreso: 2 de agosto de 2024 | Cama 12 | Seguro: Medicaid KY "
    "8812009934",
    [
        ("NAME", "Tomás Ixchop Ramírez"),
        ("DATE", "2 de agosto de 2024"),
        ("OTHER_ID", "Cama 12"),
        ("HEALTH_PLAN", "8812009934"),
    ],
    note="name, admission date with year, bed with keyword, Medicaid number",
)

# 163
p(
    "es",
    "milestone_birthday",
    "¡Noventa y cinco años cumple hoy don Evaristo Yac! Llegó a Kentucky en 1987 a pizcar tabaco y nunca se "
    "fue. Sus 14 nietos le trajeron pastel al 2 Norte.",
    [("AGE", "Noventa y cinco"), ("NAME", "Evaristo Yac")],
    note="age in words (años excluded), name; the year he arrived is a bare year",
)

# 164
p(
    "es",
    "birth_announcement",
    "Nació en la madrugada del Año Nuevo: ¡bienvenida, Itzel Camila! Sus papás, Yesenia y Óscar, no "
    "alcanzaron a ver los fuegos artificiales. 🎆",
    [("DATE", "Año Nuevo"), ("NAME", "Itzel Camila"), ("NAME", "Yesenia"), ("NAME", "Óscar")],
    note="birth day as a holiday, baby's and parents' names",
)

# 165
p(
    "es",
    "patient_story",
    "Dilan, de 8 años, se quemó con aceite en la cocina. Su familia publica su recuperación en TikTok: "
    "@fuerza_para_dilan. ¡Eres un campeón, Dilan!",
    [("NAME", "Dilan", "*"), ("OTHER_ID", "@fuerza_para_dilan")],
    note="name twice, family's social handle; age 8 not labelled",
)

# 166
p(
    "es",
    "thank_you",
    "La familia Xuncax pide que las tarjetas para su papá, don Pascual, se manden a familiaxuncax@gmail.com. "
    "Para visitas, llame al 606-555-0100.",
    [("NAME", "Xuncax"), ("NAME", "Pascual"), ("EMAIL", "familiaxuncax@gmail.com")],
    note="family surname, patient's first name, family e-mail; hospital number",
)

# 167
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a doña Herminia Saquic, que se fue en Nochebuena, como ella quería, "
    "cantando villancicos con sus hijas Rosa Elvira y Marta. QEPD.",
    [
        ("NAME", "Herminia Saquic"),
        ("DATE", "Nochebuena"),
        ("NAME", "Rosa Elvira"),
        ("NAME", "Marta"),
    ],
    note="name, day of death as a holiday, daughters' names",
)

# 168
p(
    "es",
    "patient_story",
    "Rosa María le donó un riñón a su hermano Julio el 14 de febrero. 'Mi regalo de San Valentín', dice. "
    "Los dos se recuperan en el 4 Norte. ❤️",
    [
        ("NAME", "Rosa María"),
        ("NAME", "Julio"),
        ("DATE", "14 de febrero"),
        ("DATE", "San Valentín"),
    ],
    note="living donor and recipient are both patients: names, surgery date twice",
)

# 169
p(
    "es",
    "patient_story",
    "Llegó el día 5 con quemaduras en el 40% del cuerpo después de la explosión en la obra. Hoy Brayan "
    "caminó solo hasta la ventana. Poco a poco. 🙏",
    [("DATE", "día 5"), ("NAME", "Brayan")],
    note="day of the month alone (arrival), name",
)

# 170
p(
    "es",
    "thank_you",
    "Don Chuy trabajó 15 años poniendo techos y ahora necesita nuestra ayuda: "
    "gofundme.com/f/ayuda-para-don-chuy. ¡Gracias a todos los que han compartido!",
    [("NAME", "Chuy"), ("URL", "gofundme.com/f/ayuda-para-don-chuy")],
    note="patient's nickname (don excluded) and family fundraiser URL",
)

# 171
n(
    "es",
    "staff_spotlight",
    "Les presentamos al Dr. José Luis Hernández, cardiólogo, que ahora atiende los miércoles en Williamson. "
    "Nació en Puebla y estudió en la UNAM. ¡Bienvenido, doctor!",
    "staff doctor and his birthplace",
)

# 172
n(
    "es",
    "event",
    "Clínica móvil en el campamento de trabajadores agrícolas de Clay County el 20 de mayo, de 4 a 8 pm: "
    "vacunas, presión y pruebas de azúcar.",
    "event date and venue; the county of an event",
)

# 173
n(
    "es",
    "health_tip",
    "Después de la inundación: no deje que los niños jueguen en el agua, lávese las manos y póngase la "
    "vacuna del tétanos si ya pasaron 10 años. Es gratis.",
    "health tip",
)

# 174
n(
    "es",
    "public_figure",
    "El viernes cantamos 'Volver, volver' de Vicente Fernández en la sala de espera de urgencias y hasta "
    "los guardias lloraron. ¡Gracias, Chente!",
    "public figure",
)

# 175
n(
    "es",
    "statistic",
    "Uno de cada cuatro trabajadores de la construcción en Kentucky nació fuera de Estados Unidos. En 2024 "
    "atendimos 212 lesiones por caídas en obras.",
    "statistic",
)

# 176
n(
    "es",
    "crisis_update",
    "La clínica Tug Valley (410 Tug Fork Road, Williamson) abre de nuevo el 30 de julio después de la "
    "inundación. Gracias por su paciencia.",
    "the clinic's address and reopening date",
)

# 177
n(
    "es",
    "sponsor",
    "¡Gracias a la Taquería El Paisano de Hazard por darle de comer a todo el turno de noche durante la "
    "inundación! 🌮",
    "sponsor business",
)

# 178
n(
    "es",
    "anonymous_story",
    "Anoche un bebé nació en la ambulancia en plena tormenta. Mamá y bebé están muy bien. ¡Felicidades al "
    "equipo de la Unidad 12!",
    "nameless birth; 'anoche' is relative, Unidad 12 an ambulance",
)

# 179
n(
    "es",
    "campaign_hashtag",
    "#JuntosHollow: este mes recaudamos 8,000 dólares para familias afectadas por la inundación. "
    "#JuntosHollow #HollowStrong",
    "campaign hashtags",
)

# 180
n(
    "es",
    "eponymous_condition",
    "El 21 de marzo es el Día Mundial del Síndrome de Down. Celebramos a las familias que nos enseñan que "
    "cada vida cuenta. 💛💙",
    "eponymous condition and awareness day",
)

# 181
p(
    "en",
    "discharge",
    "Mamaw Ruby Gayle Stacy, ninety years young, made it to homecoming at her home church on Lotts Creek "
    "after all: discharged at 10, dinner on the grounds by noon. 🍗",
    [("NAME", "Ruby Gayle Stacy"), ("AGE", "ninety"), ("GEO", "Lotts Creek")],
    note="name, age 90 in words, home creek; clock times are not dates",
)

# 182
p(
    "en",
    "discharge",
    "#NICUGrad #TeamTucker 🎓 Tucker Lee went home today after 71 days! His nurses are not crying, you're "
    "crying.",
    [("NAME", "#TeamTucker"), ("NAME", "Tucker Lee")],
    note="name hashtag and name; #NICUGrad is generic",
)

# 183
p(
    "en",
    "pasted_record",
    "hall, ruby d  dob 3/9/71  rm 212  npo after mn",
    [("NAME", "hall, ruby d"), ("DATE", "3/9/71"), ("OTHER_ID", "rm 212")],
    note="lower-case chart line: name, DOB, room",
)

# 184
p(
    "en",
    "patient_story",
    "Patience is a virtue, and Patience Couch has had plenty of it: 63 days on 4 North waiting for a new "
    "heart. Tonight the call came. 🫀",
    [("NAME", "Patience Couch")],
    note="a name that is also a word; the first 'Patience' is the word",
)

# 185
p(
    "en",
    "discharge",
    "Summer Napier spent her whole summer with us after the accident, and today she walked out on her own "
    "two feet. Go get 'em, Summer! ☀️",
    [("NAME", "Summer Napier"), ("NAME", "Summer", "*")],
    note="a name that is also a season; the lower-case season is not labelled (and not a date)",
)

# 186
p(
    "en",
    "milestone_birthday",
    "Papaw Lonnie Hatfield of Matewan turns 92 today at our Tug Valley Clinic, and yes, he's kin to Devil "
    "Anse Hatfield. He says the feud is over as long as nobody touches his cake.",
    [("NAME", "Lonnie Hatfield"), ("GEO", "Matewan"), ("AGE", "92")],
    note="name, home town (WV), age; Devil Anse Hatfield is a historical figure, not labelled",
)

# 187
p(
    "en",
    "thank_you",
    "We got this sweet note: 'Thank u to nurse Kim and evryone on 2 south for takin care of my mamaw Opal "
    "Jean Hoskins, she went home wensday to Happy and is already bossing papaw again.'",
    [("NAME", "Opal Jean Hoskins"), ("GEO", "Happy")],
    note="patient's name, home community (a word); nurse Kim is staff, papaw unnamed",
)

# 188
p(
    "en",
    "milestone_birthday",
    "Sending love to our friend in Rm. 3112-B who turns 8 today! 🎂 Happy birthday, buddy!",
    [("OTHER_ID", "Rm. 3112-B")],
    note="room-bed with keyword; age 8 and 'today' are not identifiers",
)

# 189
p(
    "en",
    "crisis_update",
    "Kentucky State Police asked us to share: a gray Ford F-150, plate 415-RBX, was found in Troublesome "
    "Creek near Dwarf. The owner, Garnet Cornett, is safe in our care.",
    [
        ("VEHICLE", "415-RBX"),
        ("GEO", "Troublesome Creek"),
        ("GEO", "Dwarf"),
        ("NAME", "Garnet Cornett"),
    ],
    note="patient's truck plate, where it was swept (creek and community), name",
)

# 190
p(
    "en",
    "pasted_record",
    "Billing note: OSBORNE, DELPHIA  MBI 4TQ9-WR2-KH61  acct# 0770-2281-5  bal $0.00  ok to close",
    [("NAME", "OSBORNE, DELPHIA"), ("HEALTH_PLAN", "4TQ9-WR2-KH61"), ("ACCOUNT", "0770-2281-5")],
    note="chart name, Medicare beneficiary id, account number",
)

# 191
p(
    "en",
    "birth_announcement",
    "Liberty Ann Ritchie arrived on the Fourth with a bang! 🎇 Her big sister Raylee picked the name.",
    [("NAME", "Liberty Ann Ritchie"), ("DATE", "Fourth"), ("NAME", "Raylee")],
    note="name that is a word, birth day as 'the Fourth' (July 4), sister's name",
)

# 192
p(
    "en",
    "patient_story",
    "Surgery went great and he's already asking for biscuits and gravy. Keep 'em coming, y'all. "
    "#prayersforpapawdorsey",
    [("NAME", "#prayersforpapawdorsey")],
    note="patient named only in a lower-case hashtag",
)

# 193
p(
    "en",
    "thank_you",
    "Magistrate Roy Dale Combs wants to thank our cardiac team after his heart attack at the courthouse on "
    "the 2nd. 'Y'all had me in the cath lab in 38 minutes.'",
    [("NAME", "Roy Dale Combs"), ("DATE", "2nd")],
    note="a local official who is the patient: name (title excluded), day of the heart attack",
)

# 194
p(
    "en",
    "memorial",
    "Remembering little Gracie Lynn Bowling, who earned her wings the 3rd of March. Her daddy Clint asks "
    "that you hug your babies tonight. 🕊️",
    [("NAME", "Gracie Lynn Bowling"), ("DATE", "3rd of March"), ("NAME", "Clint")],
    note="name, date of death, father's name",
)

# 195
p(
    "en",
    "pasted_record",
    "QUICK Q for IT: why does the portal show MRN# 00-771-934 for HUFF, ALMA as inactive?? she's on 3W",
    [("MRN", "00-771-934"), ("NAME", "HUFF, ALMA")],
    note="MRN in an odd format, chart name; 3W is a unit",
)

# 196
p(
    "en",
    "anonymous_story",
    "A patient on our rehab unit got to go home on her 60th wedding anniversary, June 18th. Her husband "
    "brought the same kind of bouquet he carried in 1964. 💐",
    [("DATE", "June 18th")],
    note="nameless, but a person-tied date (discharge and anniversary) makes it patient-specific; 1964 is "
    "a bare year",
)

# 197
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST, MISS IDA!!! 🎉🎉 3 SOUTH LOVES YOU",
    [("AGE", "101ST"), ("NAME", "IDA")],
    note="all-caps ordinal age and name",
)

# 198
p(
    "en",
    "patient_story",
    "Our favorite nonagenarian, Mr. Arlie Combs, flirted his way through 36 sessions of cardiac rehab and "
    "graduated today. The ladies at Tuesday chair yoga are devastated.",
    [("AGE", "nonagenarian"), ("NAME", "Arlie Combs")],
    note="nonagenarian states an age over 89; name",
)

# 199
p(
    "en",
    "patient_story",
    "Irene Caudill, 91, came to us by ambulance Sunday. We're trying to reach her nephew Ricky; the number "
    "we have, 606-555-0192, is disconnected. If you know him, please call our ED at 606-555-0122.",
    [("NAME", "Irene Caudill"), ("AGE", "91"), ("NAME", "Ricky"), ("PHONE", "606-555-0192")],
    note="name, age, nephew's name and phone; the ED number is the hospital's",
)

# 200
p(
    "en",
    "discharge",
    "Sherman 'Shug' Begley spent 41 years at Leatherwood Fuel Co. and never missed a Sunday at church. He "
    "got his black lung award letter the same day he went home from our hospital, September 30th. 🙏",
    [
        ("NAME", "Sherman 'Shug' Begley"),
        ("NAME", "Leatherwood Fuel Co."),
        ("DATE", "September 30th"),
    ],
    note="name with nickname, employer (NAME), discharge date",
)

# 201
p(
    "en",
    "thank_you",
    "Wanda Gayheart's sister asked us to share: cards can go to wanda.gayheart52 at yahoo dot com. Wanda "
    "says thank you for every prayer.",
    [
        ("NAME", "Wanda Gayheart"),
        ("NAME", "Wanda", "*"),
        ("EMAIL", "wanda.gayheart52 at yahoo dot com"),
    ],
    note="name, obfuscated e-mail labelled as written",
)

# 202
p(
    "en",
    "discharge",
    "Papaw Fred Eversole, Vietnam vet, came in on Memorial Day and went home on the Fourth of July. He says "
    "next year he's spending his holidays at the lake. 🇺🇸",
    [("NAME", "Fred Eversole"), ("DATE", "Memorial Day"), ("DATE", "Fourth of July")],
    note="name, admission and discharge holidays",
)

# 203
n(
    "en",
    "event",
    "Decoration Days this month: Slone Cemetery (June 2), Combs Graveyard on Lotts Creek (June 9), Hall "
    "Family Cemetery (June 16). Our mobile unit will have water and shade tents at each one.",
    "event dates; cemeteries named for families are places, not patients",
)

# 204
n(
    "en",
    "staff_spotlight",
    "Dr. Lonnie Stacy retired in 1999, turned 90 last month, and still volunteers every Friday at our free "
    "clinic. 'I'm not done yet,' he says.",
    "retired doctor and volunteer: his age is not labelled",
)

# 205
n(
    "en",
    "public_figure",
    "Miss Kentucky stopped by our pediatric unit today to read books and hand out crowns. Thank you for "
    "bringing so many smiles! 👑",
    "visiting public figure",
)

# 206
n(
    "en",
    "anonymous_story",
    "A couple married 70 years asked to share a room on our hospice unit. We pushed two beds together. "
    "Some days this job is holy.",
    "nameless couple; 70 years is a duration",
)

# 207
n(
    "en",
    "health_tip",
    "Short of breath climbing the porch steps? Coughing up black? Worked underground or on a strip job? "
    "Those are signs of black lung. Free screening: 606-555-0133.",
    "health tip",
)

# 208
n(
    "en",
    "research",
    "In our new study of 310 patients aged 90 and older who had hip surgery, 8 in 10 went home within two "
    "weeks. Age alone shouldn't decide who gets surgery.",
    "population ages are not labelled",
)

# 209
n(
    "en",
    "statistic",
    "Last year we cared for 212 patients over 90 and 9 patients who were 100 or older. Eastern Kentucky "
    "raises them tough. 💪",
    "population counts with ages",
)

# 210
n(
    "en",
    "campaign_hashtag",
    "Wear red this Friday for heart month! Post your pic with #RubyRedFriday and #CumberlandHeart. Winner "
    "gets lunch for their unit. ❤️",
    "#RubyRedFriday is a campaign tag",
)

# 211
n(
    "en",
    "memorial",
    "On December 30, 1970, 38 men died in the Hurricane Creek mine explosion near Hyden. We remember them "
    "and every family who waited at the portal.",
    "historical event, not a patient",
)

# 212
n(
    "en",
    "public_figure",
    "Happy birthday to Dolly Parton! Thanks to her Imagination Library, every baby born at Cumberland "
    "Hollow goes home signed up for free books. 📚",
    "public figure's birthday",
)

# 213
n(
    "en",
    "recruitment",
    "We're hiring respiratory therapists for our Black Lung Clinic and Tug Valley Clinic. Call 606-555-0100 "
    "or visit cumberlandhollow.org/careers. #HollowStrong",
    "recruitment",
)

# 214
n(
    "en",
    "sponsor",
    "Thank you, Napier Tire & Auto, for donating 4 new tires for our mobile health unit after the flood "
    "took out our last set on KY-80!",
    "sponsor; the road is where the hospital's van was, not a patient",
)

# 215
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease, also called ALS, affects about 30,000 Americans. Our neurology team runs a "
    "monthly ALS support group in the Whitesburg Room. All are welcome.",
    "eponymous disease; a conference room",
)

# 216
n(
    "en",
    "crisis_update",
    "ED wait times are long tonight because of the ice storm. If it's not an emergency, call our nurse line "
    "at 606-555-0111 or visit urgent care on Main Street, Hazard.",
    "hospital contacts and sites",
)

# 217
n(
    "en",
    "staff_spotlight",
    "Meet Candelaria Xicay, our first Guatemalan-born RN! She came to Hazard as a teenager picking tobacco "
    "and now works nights in our ICU. Orgullo! 🇬🇹",
    "staff nurse",
)

# 218
n(
    "en",
    "thank_you",
    "To the anonymous donor who paid off every outstanding pharmacy bill on our oncology unit this "
    "Christmas: you have no idea how many families you've helped. Thank you.",
    "anonymous donor; Christmas is not a patient's date",
)

# 219
n(
    "en",
    "hospital_contact",
    "Our Mingo County patients: the Tug Valley Clinic is at 410 Tug Fork Road, Williamson, WV 25661. "
    "Call 304-555-0188. Se habla español.",
    "the clinic's own address and number",
)

# 220
n(
    "en",
    "anonymous_story",
    "Somebody's mamaw in the waiting room just taught three teenagers how to play Rook. This is eastern "
    "Kentucky. ❤️",
    "nameless; a region is not GEO",
)

# 221
n(
    "en",
    "event",
    "Naloxone training Thursday, March 14, 6 pm at the Bridge Clinic, 87 Main Street. Bring a friend. "
    "Walk out with a kit.",
    "event date and hospital address",
)

# 222
p(
    "es",
    "birth_announcement",
    "¡Qué regalo! La bebé Maribel Tiu nació el Día de las Madres, 10 de mayo, y su mamá Ofelia dice que fue "
    "el mejor de su vida. 🌹",
    [
        ("NAME", "Maribel Tiu"),
        ("DATE", "Día de las Madres"),
        ("DATE", "10 de mayo"),
        ("NAME", "Ofelia"),
    ],
    note="baby's name (la bebé excluded), birth date twice, mother's name",
)

# 223
p(
    "es",
    "pasted_record",
    "RODRÍGUEZ-TZUL, MARÍA DE LOS ÁNGELES  FN 02-11-1990  Hab 410-B  interp: mam",
    [
        ("NAME", "RODRÍGUEZ-TZUL, MARÍA DE LOS ÁNGELES"),
        ("DATE", "02-11-1990"),
        ("OTHER_ID", "Hab 410-B"),
    ],
    note="hyphenated surname chart name, date of birth, room-bed with keyword",
)

# 224
p(
    "es",
    "milestone_birthday",
    "¡FELICIDADES A DON CRUZ POR SUS 100 AÑOS! 🎉 EL 2 NORTE TE QUIERE",
    [("NAME", "CRUZ"), ("AGE", "100")],
    note="all-caps name that is also a word, age (años excluded)",
)

# 225
p(
    "es",
    "patient_story",
    "Rigoberto es de Cuilco y trabajaba para Bluegrass Framing cuando se cayó del techo. Su esposa en "
    "Guatemala puede llamar al +502 4412 0193 para hablar con él. ¡Ánimo, Rigo!",
    [
        ("NAME", "Rigoberto"),
        ("GEO", "Cuilco"),
        ("NAME", "Bluegrass Framing"),
        ("PHONE", "+502 4412 0193"),
        ("NAME", "Rigo"),
    ],
    note="name and nickname, home town abroad, employer (NAME), wife's phone abroad",
)

# 226
p(
    "es",
    "anonymous_story",
    "Una abuelita de 91 años nos trajo tamales de chipilín para todo el piso el día que le dieron de alta. "
    "¡Qué bendición!",
    [("AGE", "91")],
    note="an exact age over 89 of an unnamed patient is AGE",
)

# 227
p(
    "es",
    "thank_you",
    "Los hijos de doña Amalia Chen nos escribieron: 'Gracias por cuidar a mamá. Si alguien quiere mandarle "
    "una tarjeta: amaliachen.tarjetas@gmail.com'",
    [("NAME", "Amalia Chen"), ("EMAIL", "amaliachen.tarjetas@gmail.com")],
    note="name and family e-mail",
)

# 228
p(
    "es",
    "patient_story",
    "Fredy llegó el 15 con una herida de motosierra y hoy ya está de regreso en la casa de sus tíos en "
    "Beattyville. ¡Cuídate mucho, Fredy!",
    [("NAME", "Fredy", "*"), ("DATE", "15"), ("GEO", "Beattyville")],
    note="name, day of the month alone (arrival), town where he lives",
)

# 229
p(
    "es",
    "discharge",
    "noemí se fue a casa con su bebé!! 💕 gracias a las enfermeras del 2 sur, dice su esposo leonel",
    [("NAME", "noemí"), ("NAME", "leonel")],
    note="lower-case patient's and husband's names",
)

# 230
p(
    "es",
    "memorial",
    "Descanse en paz Baltazar Ordóñez, de Ixtahuacán, quien murió el sábado 7 de septiembre después de "
    "trabajar 22 años en las minas de carbón de Kentucky. Sus compañeros lo llamaban 'Balta'.",
    [
        ("NAME", "Baltazar Ordóñez"),
        ("GEO", "Ixtahuacán"),
        ("DATE", "7 de septiembre"),
        ("NAME", "Balta"),
    ],
    note="name and nickname, home town abroad, date of death (weekday not part of the span)",
)

# 231
n(
    "es",
    "staff_spotlight",
    "Gracias a la enfermera Rosa Elena Puac, que da clases de inglés gratis a las familias los martes en "
    "la cafetería. ¡Es un ángel!",
    "staff nurse",
)

# 232
n(
    "es",
    "event",
    "Pongan su ofrenda: tendremos un altar de Día de Muertos en el lobby el 1 y 2 de noviembre. Traigan "
    "una foto de sus seres queridos.",
    "event dates; photos of relatives of the public, not patients",
)

# 233
n(
    "es",
    "health_tip",
    "¿Mucha sed, mucho cansancio, heridas que no sanan? Puede ser diabetes. Hágase la prueba gratis en la "
    "Clínica Tug Valley. Llame al 304-555-0188.",
    "health tip",
)

# 234
n(
    "es",
    "public_figure",
    "El cónsul de México en Indianápolis visitó hoy nuestra clínica de Hazard para hablar con trabajadores "
    "sobre sus derechos. ¡Gracias por venir!",
    "visiting official",
)

# 235
n(
    "es",
    "recruitment",
    "¿Habla español y quiere trabajar en salud? Buscamos asistentes de enfermería bilingües. Más información: "
    "cumberlandhollow.org/empleos",
    "recruitment",
)

# 236
n(
    "es",
    "anonymous_story",
    "Anoche atendimos a un trabajador guatemalteco de unos 30 años que se cortó con una máquina. Recuerde: "
    "usted tiene derecho a atención médica sin importar su estatus.",
    "nameless; age range and nationality are not identifiers",
)

# 237
n(
    "es",
    "campaign_hashtag",
    "#FuerzaHollow: 400 voluntarios limpiaron casas después de la inundación. ¡Gracias, comunidad! "
    "#FuerzaHollow #JuntosHollow",
    "campaign tags that look like a #Fuerza-name tag",
)

# 238
n(
    "es",
    "statistic",
    "En nuestra clínica de pulmón negro, 1 de cada 10 pacientes nuevos en 2024 habló español. Ya tenemos "
    "intérprete todos los días.",
    "statistic",
)

# 239
n(
    "es",
    "eponymous_condition",
    "El Parkinson no es solo temblor: también causa rigidez, caídas y tristeza. El Dr. Martín Sosa atiende "
    "en español los jueves en Hazard.",
    "eponymous disease and staff doctor",
)

# 240
n(
    "es",
    "hospital_contact",
    "Clínica Tug Valley: 410 Tug Fork Road, Williamson, WV 25661. Tel. 304-555-0188. Síganos en "
    "@TugValleyClinic.",
    "the clinic's own address, number and handle",
)

if __name__ == "__main__":
    S.main("phi_dev58_source")
