"""Blind development set d15 for the PHI scanner: tests/data/phi_dev15.jsonl.

The organisation is Bayou Teche Regional Medical Center (phi_dev15_org.json): a
community hospital in New Iberia, Louisiana, with a rural clinic in Jeanerette and
a cardiac center (Teche Heart & Vascular Center). Its communications team posts to
X and Facebook for Cajun and Creole families of Iberia, St. Mary, St. Martin and
Vermilion parishes and for a growing Honduran community.

Focus: Cajun and Creole surnames (Boudreaux, Thibodeaux, Guidry, Broussard,
LeBlanc...) and nicknames ("Tee-Joe", "Boo", "Sugar", "Nonc Nez"), French phrases,
kinship titles (Mawmaw, Pawpaw, Nonc, Tante, Parrain), shrimpers, fishermen and
offshore workers hurt on boats, docks and lease blocks, storm and flood updates,
church fairs, festivals and Mardi Gras with their dates, local priests, mayors and
parish officials (public figures, sometimes patients), town and street names that
look like people's names (Lydia, Olivier, Baldwin, Franklin, Cade), storms named
like people, the joke characters Boudreaux and Thibodeaux, and Spanish posts from
the Honduran community (diminutives, "doña", "el 3 de mayo", Honduran towns).
Language mix: about 85% English, 15% Spanish. Written blind, by hand, one post at
a time, without looking at the scanner or at any other set.

Labelling conventions (those of build_phi_eval.py, strict HIPAA Safe Harbor):
- A post is patient-specific iff it carries at least one labelled identifier of a
  patient or of a patient's relative / household member. Anonymous stories, staff,
  doctors, volunteers, staff members' own families, donors, named funds and
  buildings, public or historical figures, pets and therapy dogs, eponymous
  conditions, campaign hashtags and the hospital's own phones, addresses, domains
  and handles are never labelled, unless that person is the patient or a
  patient's relative.
- NAME: name tokens only; honorifics and titles outside ("Capt.", "Mr.", "Miss",
  "Father", "doña", "don"); possessive 's outside; family surnames ("the Landry
  crew" -> "Landry"); nicknames and lower-case names as written; initials; a name
  hashtag is one span with its '#'. A quoted nickname inside a full name is one
  span ('Dorothy "Dot" Thibodeaux').
- DATE: every date element except a bare year tied to the patient (birth,
  admission, injury, surgery, discharge, death...), as written with an attached
  year; a month alone tied to the patient; a holiday on which the patient's
  event happened (both expressions when the same day is named twice). Articles
  ("the", "el") left out. Weekdays, relative expressions and event dates are not
  labelled.
- AGE: only ages over 89, the token as written, plus "centenarian",
  "nonagenarian", "centenaria".
- GEO: places smaller than a state tied to the patient or family (home town,
  street, ZIP, birthplace, a relative's city, the place of an injury, the town a
  patient works in). Countries, states, regions and the hospital's own sites are
  not GEO.
- PHONE / FAX / EMAIL / URL / IP of the patient or family as written; MRN, SSN,
  HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE: the value only; OTHER_ID: room
  / bed numbers with their keyword, patients' and families' social handles;
  PHOTO: the cue word only, when the picture shows the patient.
- Every occurrence of a labelled string is labelled; ok=(...) lists deliberate
  exceptions.

Decisions of this set:
- Cajun and Spanish kinship words used as titles (Mawmaw, Pawpaw, Nonc, Tante,
  Parrain, Nannan, "Miss" before a first name, "doña", "don") stay outside the
  span; a patient called only "Mawmaw" or "Nonc", with no name, is not named.
  The "Tee"/"T-" prefix of a nickname ("Tee-Joe", "T-Boy") is part of the name.
- Parishes and Honduran departamentos are smaller than a state: GEO when tied to
  the patient (the span includes the word "Parish" when written: "Cameron
  Parish"); a parish named as a service area, a closure or an event venue is not.
- Offshore lease blocks, bays, lakes and islands where a patient was hurt or
  works ("Eugene Island 330", "Marsh Island", "Vermilion Bay") are GEO as the place of the injury; "the Gulf" is a
  region and is not.
- A patient's boat is a vehicle: its name as written ("Lady Lorena") and its
  registration number are VEHICLE, without "the", "F/V" or "M/V". A boat's
  name keeps its "Miss" / "Lady" / "Sainte" ("Miss Nita"): that is part of the
  vessel's name, not a title.
- Hurricanes and tropical storms (Audrey, Rita, Laura, Ida, Francine...),
  festival and Carnival royalty titles, krewes, the joke characters Boudreaux
  and Thibodeaux, the heroine Evangeline and things named for her, brands
  (Boudreaux's Butt Paste, Zatarain's, Kawasaki) and church, school and business
  names are not labelled as names. Exceptions: a business that carries the
  patient's own name ("Josie's Creole Kitchen" in a post about Josie) is NAME,
  and the place-name part of a school, employer or department name that gives
  the town a patient works in is GEO ("Jeanerette" in "Jeanerette Elementary",
  "Vermilion Parish" in "Vermilion Parish Sheriff's Office").
- New Iberia and Jeanerette are the hospital's towns: "our Jeanerette clinic"
  is not GEO, but the same town as a patient's home or workplace is.
- A public figure (mayor, priest, parish official, legislator, festival king,
  radio host, coach) or a staff member who is the patient or a patient's
  relative is labelled like anyone else; the same person in a public role is
  not.
- A patient who is born the year of a storm gets no DATE (a bare year); a
  visit month, a follow-up appointment date and a transfer date are DATE.
  A holiday phrase repeated in other wording or case ("Día del Trabajador" and
  "día del trabajador") is labelled each time; "Valentine baby" -> "Valentine".
- "casi centenaria" is AGE ("centenaria"), as the word states an age over 89;
  a building's "90th" birthday and counts such as "96 babies" or "97 days" are
  not ages.
- A unit-and-bed code ("4W-12") is OTHER_ID like "bed 14"; an IT ticket
  number about one patient is OTHER_ID (value only).
- A lower-case plural family surname is labelled as written ("broussards").
- Care facilities a patient is sent to (nursing homes, other hospitals) are not
  GEO; the town they are in is GEO only when the text ties it to the patient's
  home or family.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev15.jsonl"), os.path.join(HERE, "phi_dev15_org.json"), "d15")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

p(
    "en",
    "discharge",
    "tee-joe is HOME 🏠🎣 after 3 weeks on 3 North the first thing he asked for was a boudin ball. laissez les bons temps rouler, tee-joe! #TeeJoeStrong",
    [("NAME", "tee-joe", "*"), ("NAME", "#TeeJoeStrong")],
    note="lower-case hyphenated Cajun nickname; name hashtag; 3 North is a unit",
)

n(
    "en",
    "health_tip",
    "Boudreaux's Butt Paste is a Louisiana classic, but a diaper rash that lasts more than 3 days or blisters needs a call to your pediatrician. Our Jeanerette clinic sees walk-ins weekdays: (337) 555-0127.",
    "a brand named for a Cajun surname; the clinic's own number",
)

p(
    "en",
    "patient_story",
    'Capt. Dudley "Boo" Guidry has run shrimp out of Delcambre for 41 years. On Aug. 14 a winch cable snapped on the Lady Lorena and caught him across the chest. Boo spent 9 days in our ICU and says the first thing he\'s doing is checking on his boat. See you at the Blessing of the Fleet, Capt. Boo! 🦐⚓',
    [
        ("NAME", 'Dudley "Boo" Guidry'),
        ("NAME", "Boo", "*"),
        ("GEO", "Delcambre"),
        ("DATE", "Aug. 14"),
        ("VEHICLE", "Lady Lorena"),
    ],
    note="title outside the nickname; boat name is the patient's vessel; 41 years of work is not an age; the Blessing is an event",
)

n(
    "en",
    "event",
    "Blessing of the Fleet is Sunday, Aug. 18 at the Delcambre docks 🛥️ Our Teche Heart team will be at the tent doing free blood pressure checks from 10 to 2. Bring your crew!",
    "event date and venue; no patient",
)

p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Génesis Yamileth! 💗 Nació el 3 de febrero, Día de la Virgen de Suyapa, y sus papás Nahún y Dunia dicen que es su milagrito catracho. ¡Felicidades a toda la familia Maradiaga!",
    [
        ("NAME", "Génesis Yamileth"),
        ("DATE", "3 de febrero"),
        ("DATE", "Día de la Virgen de Suyapa"),
        ("NAME", "Nahún"),
        ("NAME", "Dunia"),
        ("NAME", "Maradiaga"),
    ],
    note="'Génesis' looks like the book; the birth day named twice (date and Honduran feast day); parents and family surname",
)

n(
    "es",
    "crisis_update",
    "AVISO: Por la tormenta tropical Francine, la clínica de Jeanerette cierra hoy a mediodía. Urgencias en New Iberia sigue abierta las 24 horas. Información en español: (337) 555-0166.",
    "a storm named like a woman; the hospital's own sites and Spanish line",
)

p(
    "en",
    "memorial",
    'Rest easy, Mawmaw Dot. 🕊️ Dorothy "Dot" Thibodeaux volunteered in our gift shop for 22 years before she became our patient on 4 West this spring. She passed peacefully Nov. 2, All Souls\' Day, with her grandchildren singing Jolie Blonde. We will miss your pralines, Dot.',
    [
        ("NAME", 'Dorothy "Dot" Thibodeaux'),
        ("NAME", "Dot", "*"),
        ("DATE", "Nov. 2"),
        ("DATE", "All Souls' Day"),
    ],
    note="a long-time volunteer who became the patient; kinship title outside; death date named twice; 'Jolie Blonde' is a song",
)

n(
    "en",
    "staff_spotlight",
    "Meet Boo! No, not the dog 🐶 — Boo Romero has been the unit clerk on 3 North since 1998, and she knows every patient's coffee order by day two. Happy 25 years... ok 26, Boo! #BTRMCFamily",
    "a staff member with the same nickname as patients elsewhere; 'Meet X' opening",
)

p(
    "en",
    "pasted_record",
    "ADMIT NOTE 10/03 0214 — BROUSSARD, ALCIDE J. DOB 04/19/1938. MRN 00731582. Rm 214-B. Fisherman, fell from dock at Cypremort Point, R hip fx. Wife Ursule at bedside, cell 337-555-8841.",
    [
        ("DATE", "10/03"),
        ("NAME", "BROUSSARD, ALCIDE J"),
        ("DATE", "04/19/1938"),
        ("MRN", "00731582"),
        ("OTHER_ID", "Rm 214-B"),
        ("GEO", "Cypremort Point"),
        ("NAME", "Ursule"),
        ("PHONE", "337-555-8841"),
    ],
    note="pasted chart line: admission date, DOB, MRN, room, place of the fall, wife and her cell",
)

n(
    "en",
    "public_figure",
    "Mayor Lionel Viator stopped by the Teche Heart & Vascular Center today to cut the ribbon on our new cath lab 🎀 Thank you, Mayor, and thank you to the Guidry Family Heart Fund for making it possible.",
    "a mayor at a ribbon cutting; a family name on a donor fund",
)

p(
    "en",
    "public_figure",
    'Parish President Jolene Dupuis asked us to share this: "Six weeks ago I was the one on the stretcher. The cath lab team at Bayou Teche Regional opened my artery in 38 minutes. Please get your chest pain checked." Thank you for trusting us, Madam President ❤️ #HeartMonth',
    [("NAME", "Jolene Dupuis")],
    note="a public official who is herself the patient",
)

n(
    "en",
    "anonymous_story",
    "One of our Jeanerette clinic nurses noticed a shrimper in his 60s rubbing his left arm in the waiting room. He was having a heart attack. He's home now and back on the water. Know the signs. ❤️ #HeartMonth",
    "anonymous patient, age under 90, hospital clinic only",
)

p(
    "en",
    "anonymous_story",
    "Last night a 96-year-old gentleman from Loreauville told our ER nurses he'd survived Audrey in '57 and Rita in '05, so a broken wrist wasn't going to slow him down 😂💪",
    [("AGE", "96-year-old"), ("GEO", "Loreauville")],
    note="no name, but a 90+ age and home town; Audrey and Rita are hurricanes, not people",
)

n(
    "en",
    "crisis_update",
    "Flood update 6 pm: Hwy 182 between Jeanerette and Baldwin is under water. Patients of our Jeanerette clinic can be seen at the main campus, 1200 Teche Park Drive. Call (337) 555-0100 before you drive. Stay safe, y'all.",
    "road closure between towns ('Baldwin' looks like a surname); hospital address and number",
)

p(
    "en",
    "thank_you",
    "To the Landry crew who brought us 40 lbs of boiled crawfish to say thanks for taking care of Pawpaw Nolan — y'all didn't have to do that, but 3 North is NOT complaining 🦞😋",
    [("NAME", "Landry"), ("NAME", "Nolan")],
    note="family surname as 'crew'; the patient named only by kinship title and first name",
)

n(
    "en",
    "eponymous_condition",
    "Bell's palsy can look like a stroke: one side of the face droops. Don't guess — call 911. Our stroke team would rather see you and send you home. #BEFAST",
    "eponymous condition; national line",
)

p(
    "en",
    "milestone_birthday",
    "JOYEUX ANNIVERSAIRE MISS ODILE!!! 🎂 101 TODAY AND STILL BEATING EVERYBODY AT BOURRÉ ON 2 WEST. HER SON CLAUDE DROVE IN FROM LAKE CHARLES WITH A KING CAKE.",
    [("NAME", "ODILE"), ("AGE", "101"), ("NAME", "CLAUDE"), ("GEO", "LAKE CHARLES")],
    note="ALL CAPS; French greeting; 90+ age; son's city",
)

n(
    "en",
    "statistic",
    "In 2024 our cath lab cared for 412 heart attack patients from 6 parishes — Iberia, St. Mary, St. Martin, Vermilion, Lafayette and Assumption. Median door-to-balloon time: 61 minutes.",
    "parishes as a service area; aggregate numbers",
)

p(
    "en",
    "patient_story",
    'Sugar is back behind the counter at her snowball stand on Center Street 🍧 Three weeks after her bypass, Sugar Fontenot told us she\'s been "sneaking" sugar-free syrup ever since. Keep that heart happy, Miss Sugar! 💜',
    [("NAME", "Sugar Fontenot"), ("NAME", "Sugar", "*"), ("GEO", "Center Street")],
    note="first name is an ordinary word (lower-case 'sugar-free' is not); street of the patient's own business",
)

n(
    "en",
    "health_tip",
    "Sugar cane season = long days in the field. Drink water before you're thirsty, take shade breaks, and know the signs of heat stroke. 🌾☀️ #SugarCaneSeason",
    "'Sugar' as an ordinary word at sentence start",
)

p(
    "en",
    "discharge",
    "He came in by helicopter from Eugene Island 330 with burns on both arms. Eleven days later, Rusty walked out of our wound care unit on his own. Rusty, tell the rig crew we said hey 🛢️🚁",
    [("GEO", "Eugene Island 330"), ("NAME", "Rusty", "*")],
    note="offshore lease block named like a person is the place of injury; nickname only",
)

n(
    "en",
    "recruitment",
    "Now hiring: RNs for our Teche Heart & Vascular Center, nights & weekends, $10K sign-on. Bilingual English/Spanish a plus. Apply at btrmc.org/careers or call (337) 555-0188.",
    "recruitment; hospital domain and number",
)

p(
    "es",
    "patient_story",
    "Darwin tiene 19 años y trabaja en la construcción en Lafayette. El 14 de julio se cayó de un andamio y llegó a nuestra sala de emergencias con la pierna rota. Hoy ya camina con muletas y su mamá, doña Reina, nos trajo baleadas a todo el piso 🙏🇭🇳",
    [("NAME", "Darwin"), ("GEO", "Lafayette"), ("DATE", "14 de julio"), ("NAME", "Reina")],
    note="'Darwin' looks like the scientist and 'Reina' like 'queen'; town where he works; injury date",
)

n(
    "es",
    "eponymous_condition",
    "¿Sabía que la enfermedad de Chagas se puede transmitir de madre a hijo? Si usted nació en Honduras, pida la prueba en la clínica de Jeanerette. Llame al (337) 555-0166. #SaludLatina",
    "eponymous condition; country of birth of a population",
)

p(
    "en",
    "birth_announcement",
    "first baby of Mardi Gras 2025!! 🎭💜💛💚 little Beau arrived at 6:12 am while the Krewe of Sucrè was still lining up on Main Street. mom Kayla says his middle name is gonna be Rex 😂",
    [("DATE", "Mardi Gras 2025"), ("NAME", "Beau"), ("NAME", "Kayla"), ("NAME", "Rex")],
    note="birth on a holiday with attached year; 'Rex' is also the king of Carnival; parade route is not GEO",
)

n(
    "en",
    "event",
    "Courir de Mardi Gras in Tee Mamou is Saturday 🐔 Capitaines, please send your riders by our booth for free helmets. Our trauma team has seen enough falls off horses for one century.",
    "event in a place whose name starts like a Cajun nickname",
)

p(
    "en",
    "thank_you",
    "Shoutout to Pastor Wendell Batiste of Mt. Zion Baptist in Franklin, who spent every evening of his wife Gloria's stay with us singing hymns in room 318 🙌🎶",
    [
        ("NAME", "Wendell Batiste"),
        ("GEO", "Franklin"),
        ("NAME", "Gloria"),
        ("OTHER_ID", "room 318"),
    ],
    note="a pastor who is the patient's husband is labelled; 'Franklin' is the family's town; room number",
)

n(
    "en",
    "public_figure",
    "Father Ambrose Dugas blessed our new chapel this morning. Merci, Father! The chapel is open 24/7 to patients, families and staff on the first floor of the main campus.",
    "a local priest at a hospital event",
)

p(
    "en",
    "patient_story",
    "When Lydia's dad got hurt at the sugar mill in October, she was the one who drove him here in the cane truck. Lydia, you're 14 and a hero in our book.",
    [("NAME", "Lydia", "*"), ("DATE", "October")],
    note="the patient is unnamed but his daughter is named ('Lydia' is also a town); month of the injury",
)

p(
    "en",
    "discharge",
    "Raised in Lydia, married in Olivier, and now home in Coteau: after 71 days on our rehab unit, Mr. Theriot is finally going back to his garden. Bon courage, Mr. T! 🌱",
    [("GEO", "Lydia"), ("GEO", "Olivier"), ("GEO", "Coteau"), ("NAME", "Theriot"), ("NAME", "T")],
    note="three towns that look like people's names; surname and initial after 'Mr.'",
)

n(
    "en",
    "health_tip",
    "Hurricane prep for heart patients: pack a 2-week supply of meds, a copy of your med list, and your cardiologist's number. Don't wait for Ida 2.0. 🌀",
    "a hurricane named like a woman",
)

p(
    "en",
    "pasted_record",
    "Per family request pls update: pt Thibodeaux, Ernest 'Nonc Nez' — rm 402 — transferring to Iberia Nursing & Rehab 11/18. Daughter Colette 337-555-4410 is primary contact. — 4W charge",
    [
        ("NAME", "Thibodeaux, Ernest"),
        ("NAME", "Nez"),
        ("OTHER_ID", "rm 402"),
        ("DATE", "11/18"),
        ("NAME", "Colette"),
        ("PHONE", "337-555-4410"),
    ],
    note="pasted handoff; nickname after the kinship title 'Nonc'; transfer date; daughter and her phone",
)

n(
    "en",
    "campaign_hashtag",
    "Every heartbeat on the bayou counts 💓 Share your #TecheStrong story with us and tag @TecheHeart — we'll feature a few this month (with permission!).",
    "campaign hashtag and hospital handle",
)

p(
    "en",
    "patient_story",
    "#PrayersForBoudreaux 🙏 Our friend Nick Boudreaux (yes, THAT Boudreaux, like every joke you ever heard) is in our ICU after his boat flipped near Marsh Island. His daughter Ashlyn says keep the jokes coming, he'd want it.",
    [
        ("NAME", "#PrayersForBoudreaux"),
        ("NAME", "Nick Boudreaux"),
        ("NAME", "Boudreaux", "*"),
        ("GEO", "Marsh Island"),
        ("NAME", "Ashlyn"),
    ],
    note="the patient shares the joke character's surname; name hashtag; place of the accident; daughter",
)

n(
    "en",
    "public_figure",
    "Boudreaux and Thibodeaux walk into a cardiology clinic... 😂 Okay, we'll spare you. But if you haven't had your cholesterol checked since the last joke you heard, it's time. Free screening Sept. 27 at the Sugar Cane Festival.",
    "the joke characters; an event date",
)

p(
    "es",
    "discharge",
    "¡Chepito ya se fue a casa! 🎉 Después de 3 semanas en la UCI pediátrica por un dengue que agarró visitando a sus tíos en Choluteca, el niño José Armando regresó con sus abuelos a su casita en la calle Hopkins. ¡Te queremos, Chepito!",
    [
        ("NAME", "Chepito", "*"),
        ("GEO", "Choluteca"),
        ("NAME", "José Armando"),
        ("GEO", "calle Hopkins"),
    ],
    note="diminutive of José; relatives' Honduran city; home street without number",
)

n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Lesly Mejía, nuestra nueva médica de familia en Jeanerette. Nació en La Ceiba, creció en Morgan City y habla español, inglés y un poquito de francés cajún 😄",
    "a staff doctor's birthplace and home town are not PHI",
)

p(
    "en",
    "milestone_birthday",
    "nonagenarian alert 🚨 mr. clovis hebert turns 94 today and he wants everyone to know he still has all his own teeth and a better cast net than you",
    [("AGE", "nonagenarian"), ("NAME", "clovis hebert"), ("AGE", "94")],
    note="all lower case, no punctuation; age word and number",
)

n(
    "en",
    "anonymous_story",
    "A woman drove 40 miles with her husband's chest pain 'just being indigestion.' It wasn't. He's recovering on our cardiac floor, and she wanted other wives to hear it: don't wait.",
    "anonymous couple, no identifier",
)

p(
    "en",
    "eponymous_condition",
    "Graves' disease is named for a doctor. Graves is also Monique's last name, which she says makes her thyroid visits 'a whole comedy show.' Monique Graves, thank you for letting us share your story 💜",
    [("NAME", "Graves", 2), ("NAME", "Monique Graves"), ("NAME", "Monique", "*")],
    note="the eponym and the patient's surname are the same word; only the surname uses are labelled",
    ok=("Graves",),
)

p(
    "en",
    "patient_story",
    "Lolo Mouton worked 28 years on the rigs out of Port Fourchon. In March he ignored his 'heartburn' for two days. Now he has three stents and a new job: telling every roughneck he knows to get checked. Pictured: Lolo with his grandson Kade and a 14-lb redfish 🎣",
    [
        ("NAME", "Lolo Mouton"),
        ("NAME", "Lolo", "*"),
        ("GEO", "Port Fourchon"),
        ("DATE", "March"),
        ("PHOTO", "Pictured"),
        ("NAME", "Kade"),
    ],
    note="nickname; the port he works out of; month of the heart attack; photo shows the patient with his grandson",
)

n(
    "en",
    "research",
    "Our Teche Heart team is enrolling adults 40-75 in a study of heart attack symptoms in women in rural Acadiana. Participants get a free echo and a $50 gift card. Questions: research@btrmc.org or (337) 555-0139.",
    "research recruitment; hospital email and number; Acadiana is a region",
)

p(
    "en",
    "discharge",
    "Look who's going home! 🏠 Pictured: baby Evangeline with her parents Trey & Brandi Guidry outside our Women's & Children's entrance. Follow her journey on Instagram @littleevangelinejourney 💕",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Evangeline"),
        ("NAME", "Trey"),
        ("NAME", "Brandi Guidry"),
        ("OTHER_ID", "@littleevangelinejourney"),
    ],
    note="a baby named like the poem's heroine; family's social handle; hospital entrance is not GEO",
)

n(
    "en",
    "event",
    "Evangeline would be proud 🌳 Our annual picnic under the Evangeline Oak in St. Martinville is Oct. 12. Free flu shots, zydeco by the Creole Kings, and boudin till it runs out.",
    "the poem's heroine and the landmark named for her; event date and venue",
)

p(
    "es",
    "thank_you",
    "Gracias, familia Zelaya 💙 Don Ovidio estuvo con nosotros en el cuarto 227 casi un mes, y cada día su esposa Marlen llegaba con café y pan de coco para las enfermeras. ¡Que Dios los bendiga!",
    [("NAME", "Zelaya"), ("NAME", "Ovidio"), ("OTHER_ID", "cuarto 227"), ("NAME", "Marlen")],
    note="family surname; title 'Don' outside; room number with its Spanish keyword; wife",
)

n(
    "es",
    "event",
    "Feria de salud en la Iglesia San Judas Tadeo, sábado 5 de abril, 9 a 1. Presión, azúcar y vacunas gratis. Trae a tu familia. Más info: (337) 555-0166 📢",
    "event date in Spanish form; a saint's name on a church",
)

p(
    "en",
    "memorial",
    "We lost a legend. Alphonse 'Bébé' Arceneaux, who played accordion at our staff Christmas party for 30 years, died in our care on Jan. 6, Twelfth Night. He was 92. Rest in peace, Bébé. 🪗",
    [
        ("NAME", "Alphonse 'Bébé' Arceneaux"),
        ("NAME", "Bébé", "*"),
        ("DATE", "Jan. 6"),
        ("DATE", "Twelfth Night"),
        ("AGE", "92"),
    ],
    note="a musician the staff knew who died as a patient; death day named twice; 90+ age; the Christmas party is an event",
)

n(
    "en",
    "staff_spotlight",
    "Our own Tee-Ray Savoy, RT, just got his 20-year pin! Tee-Ray has probably done a breathing treatment on half of Iberia Parish 😄 Congratulations from the whole respiratory team.",
    "a staff member with a 'Tee-' nickname; parish as a figure of speech",
)

p(
    "en",
    "anonymous_story",
    "Still thinking about the little girl in bed 6 of our pediatric ER last night who gave every nurse a sticker. Whoever you are, sweet pea, you made our shift 💛",
    [("OTHER_ID", "bed 6")],
    note="no name ('sweet pea' is an endearment) but a bed number tied to the patient",
)

n(
    "en",
    "crisis_update",
    "Boil water advisory for Jeanerette and Ward 8 of Iberia Parish. Our Jeanerette clinic at 318 Main Street is open and using bottled water. Questions about dialysis or wound care: (337) 555-0127.",
    "advisory area; the clinic's own address and number",
)

p(
    "en",
    "patient_story",
    "Please share 🙏 Our nurse Misty Hebert's husband Jace was hurt in a wreck on the Atchafalaya Basin Bridge Tuesday night and is in our ICU. Fundraiser: gofundme.com/f/jace-hebert-recovery. Misty has taken care of so many of you — let's take care of her family. #HebertStrong",
    [
        ("NAME", "Misty Hebert"),
        ("NAME", "Jace"),
        ("GEO", "Atchafalaya Basin Bridge"),
        ("URL", "gofundme.com/f/jace-hebert-recovery"),
        ("NAME", "Misty", 2),
        ("NAME", "#HebertStrong"),
    ],
    note="a staff nurse is labelled because she is the patient's wife; place of the crash; fundraiser URL; family-name hashtag",
)

n(
    "en",
    "sponsor",
    "Thanks to Broussard's Rice Mill and the LeBlanc family, sponsors of the Teche Heart 5K 🏃 Every dollar goes to the Alcide & Ursule Broussard Cardiac Rehab Fund.",
    "sponsors and a named fund; family names of donors are not labelled",
)

p(
    "en",
    "milestone_birthday",
    "Ms. Ophelia Domingue turned one hundred on the Fourth of July and says the fireworks were for her 🎆 Our 2 West nurses threw her a party with a sheet cake and a second line. Happy 100th, Ms. Ophelia!",
    [
        ("NAME", "Ophelia Domingue"),
        ("NAME", "Ophelia", "*"),
        ("AGE", "one hundred"),
        ("DATE", "Fourth of July"),
        ("AGE", "100th"),
    ],
    note="birthday on a holiday; age in words and as an ordinal",
)

n(
    "en",
    "health_tip",
    "Crawfish season tip from our cardiologists: the boil isn't the problem, it's the salt. Go easy on the Zatarain's, skip the extra sausage, and fill up on corn and potatoes 🌽🦞",
    "a brand named for a surname",
)

n(
    "en",
    "hospital_contact",
    "Looking for a patient? Call our information desk at (337) 555-0114. We can't give out room numbers or updates on social media — please don't ask in the comments 💙",
    "hospital contact line; no patient",
)

p(
    "en",
    "crisis_update",
    "WHEN THE WATER CAME UP ON BAYOU SALE ROAD, MR. EUGENE LANDRY WOULDN'T LEAVE WITHOUT HIS OXYGEN CONCENTRATOR. THE CAJUN NAVY BROUGHT BOTH OF THEM TO US BY BOAT. HE'S DOING GREAT ON 3 NORTH.",
    [("GEO", "BAYOU SALE ROAD"), ("NAME", "EUGENE LANDRY")],
    note="ALL CAPS flood story; home road; the Cajun Navy is a volunteer group",
)

n(
    "en",
    "crisis_update",
    "Storm update 8 am: Hurricane Francine made landfall overnight near Morgan City. All BTRMC campuses are on generator power and open. The Jeanerette clinic will reopen when Hwy 182 is clear. Please don't come to the ER for oxygen refills — call (337) 555-0100 and we'll help.",
    "storm named like a woman; landfall town and road closure are not tied to a patient",
)

p(
    "es",
    "patient_story",
    "Doña Chepa (así le dicen todos en el barrio) tiene 91 años y llegó de Olancho hace apenas dos años para vivir con su nieta Keila en Loreauville. Ayer la dimos de alta después de una neumonía. ¡Qué fuerza la de doña Chepa! 💐",
    [
        ("NAME", "Chepa", "*"),
        ("AGE", "91"),
        ("GEO", "Olancho"),
        ("NAME", "Keila"),
        ("GEO", "Loreauville"),
    ],
    note="nickname after 'doña'; 90+ age; Honduran departamento of origin; granddaughter and home town",
)

n(
    "es",
    "anonymous_story",
    "Una señora hondureña de 60 y tantos años nos dijo: 'Yo no sabía que la presión alta no duele.' Ahora toma su medicina todos los días. Chequéese la presión, es gratis en la clínica de Jeanerette.",
    "anonymous patient in her 60s",
)

p(
    "en",
    "thank_you",
    "merci beaucoup to the broussards for the king cake!! 3 north ate the whole thing before shift change 😅 we hope papa alcide is resting good at home 👑",
    [("NAME", "broussards"), ("NAME", "alcide")],
    note="lower-case plural family surname; first name after a kinship title",
)

n(
    "en",
    "public_figure",
    "Congratulations to Sheriff Wade Romero and the Iberia Parish Sheriff's Office on 50 hours of CPR training this year 🚔❤️ Those skills saved a life last month.",
    "public official; anonymous life saved",
)

p(
    "en",
    "pasted_record",
    "FWD from front desk: pt LeBlanc, Terrence, DOB 7/22/1961, Medicaid ID 8830145572, pacemaker SN PJN448120H, needs device check before he goes back offshore Mon. Cb 337-555-9027. pls don't post this lol",
    [
        ("NAME", "LeBlanc, Terrence"),
        ("DATE", "7/22/1961"),
        ("HEALTH_PLAN", "8830145572"),
        ("DEVICE", "PJN448120H"),
        ("PHONE", "337-555-9027"),
    ],
    note="forwarded front-desk note: DOB, Medicaid number, pacemaker serial, callback number",
)

n(
    "en",
    "sponsor",
    "Huge thanks to our friends on Avery Island and to Teche Federal Credit Union for sponsoring the Cardiac Rehab Crawfish Boil 🌶️🦞",
    "'Avery Island' looks like a person's name; sponsors",
)

p(
    "en",
    "discharge",
    "Avery was born at 27 weeks on Avery Island — well, in an ambulance on the way off of it. 🚑 Four months later she's 9 lbs and headed home to New Iberia. Happy going-home day, Avery!",
    [("GEO", "Avery Island"), ("NAME", "Avery", "*"), ("GEO", "New Iberia")],
    note="the baby's name is also the first word of her birthplace; home town is the hospital's town",
)

n(
    "en",
    "statistic",
    "Our Jeanerette clinic saw 3,114 visits last year — 38% in Spanish. ¡Gracias por confiar en nosotros! 💙",
    "aggregate numbers",
)

p(
    "en",
    "discharge",
    "From Erath to the NICU and back: Baby Tucker is home with mom Sadie and dad Cody after 58 days 💙 Tucker's big sister Josie made a sign that said 'WELCOME HOME BRUDDER' and we are not ok 😭",
    [
        ("GEO", "Erath"),
        ("NAME", "Tucker", "*"),
        ("NAME", "Sadie"),
        ("NAME", "Cody"),
        ("NAME", "Josie"),
    ],
    note="home town; parents and sibling with no surname",
)

n(
    "en",
    "health_tip",
    "Shrimpers & deckhands: a fish fin puncture that turns red and hot overnight is not something to 'work through.' Vibrio is real. Come see us. Our ER is at 1200 Teche Park Drive.",
    "health tip; hospital address",
)

p(
    "en",
    "patient_story",
    "Pictured: Deputy Ronnie Dartez of the Vermilion Parish Sheriff's Office on his first day back after his motorcycle crash on Hwy 14 in Kaplan. Ronnie, we're so glad you're back on patrol.",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Ronnie Dartez"),
        ("GEO", "Vermilion Parish"),
        ("GEO", "Hwy 14"),
        ("GEO", "Kaplan"),
        ("NAME", "Ronnie", 2),
    ],
    note="a deputy who is the patient; the parish he works in; road and town of the crash; photo of him",
)

n(
    "en",
    "public_figure",
    "Sheriff's deputies from Iberia and St. Martin parishes donated 60 units of blood at our drive on Friday. Thank you, Sheriff Romero, for challenging the whole department! 🩸",
    "public official; donors",
)

p(
    "en",
    "thank_you",
    "To whoever left the pot of gumbo at the 4 West desk with a note that said 'from Mr. Earl's family, room 409' — merci, merci, merci. Mr. Earl is doing better every day. 🍲",
    [("NAME", "Earl", "*"), ("OTHER_ID", "room 409")],
    note="first name after 'Mr.'; room number quoted from a note",
)

n(
    "en",
    "event",
    "Join us Friday, Feb. 14 for 'Sweethearts & Hearts,' a free heart health talk with Dr. Celeste Arceneaux in the Foundation community room, 415 East Main Street. Valentine's cookies provided 💕",
    "event on a holiday; staff doctor with a Cajun surname; hospital address",
)

p(
    "en",
    "birth_announcement",
    "Our first Valentine baby! 💘 Josephine Marie arrived Feb. 14 at 12:03 am to Aimee and Lucas Fontenot of Broussard. Yes, she was born in Broussard. Yes, her mawmaw's maiden name is Broussard. Cajun country, y'all 😂",
    [
        ("DATE", "Valentine"),
        ("NAME", "Josephine Marie"),
        ("DATE", "Feb. 14"),
        ("NAME", "Aimee"),
        ("NAME", "Lucas Fontenot"),
        ("GEO", "Broussard", 1),
        ("GEO", "Broussard", 2),
        ("NAME", "Broussard", 3),
    ],
    note="birth day named by holiday and date; 'Broussard' is both the home town and the grandmother's maiden name",
)

n(
    "en",
    "campaign_hashtag",
    "#ProudToBeCajun #TecheStrong — thank you to every nurse, tech and housekeeper who worked through Francine. We see you. 💪",
    "campaign hashtags; storm name",
)

p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 90, don Fito! 🎂 Adolfo Banegas nació en San Pedro Sula el 21 de marzo de 1935 y hoy lo celebró en nuestro piso de cardiología con mariachi (sí, mariachi, aunque él es catracho 😄).",
    [
        ("AGE", "90"),
        ("NAME", "Fito"),
        ("NAME", "Adolfo Banegas"),
        ("GEO", "San Pedro Sula"),
        ("DATE", "21 de marzo de 1935"),
    ],
    note="diminutive 'Fito' of Adolfo; 90+ age; foreign birthplace; full birth date",
)

n(
    "es",
    "public_figure",
    "El padre Wilmer Cruz celebrará una misa en español por los enfermos el domingo 12 de octubre en la capilla del hospital. Todos son bienvenidos 🙏",
    "a priest (public figure); event date",
)

p(
    "en",
    "patient_story",
    "shout out to mr thibodeuax in rm 312 who taught our whole night shift how to play bourre, we r broke now 😭 #3NorthNights",
    [("NAME", "thibodeuax"), ("OTHER_ID", "rm 312")],
    note="misspelt lower-case surname; room number",
)

n(
    "en",
    "staff_spotlight",
    "Nurse Practitioner Cade Thibodeaux grew up in Cade (yes, really) and now runs our Jeanerette clinic's diabetes program. Ask him about the time he delivered a calf. 🐄",
    "staff member whose first name is also his home town",
)

p(
    "en",
    "crisis_update",
    "Update on the Hwy 90 bus crash: we received 9 patients and 7 have been released. Family of Maria Elena Cárcamo, please call our information desk at (337) 555-0114 — we have not been able to reach you.",
    [("GEO", "Hwy 90"), ("NAME", "Maria Elena Cárcamo")],
    note="a patient named in a mass-casualty update; road of the crash; hospital number",
)

n(
    "en",
    "research",
    "New from our Teche Heart researchers: shrimpers and offshore workers in Iberia and St. Mary parishes had higher rates of untreated high blood pressure than other workers. Read the paper: bayoutecheregional.org/research",
    "population research; hospital domain",
)

p(
    "en",
    "memorial",
    "Today we lowered the flag for Chief Raymond 'Ray-Ray' Comeaux of the Jeanerette Fire Department, who died here Sunday surrounded by the men he trained. Chief, your crew is our crew. 🚒",
    [("NAME", "Raymond 'Ray-Ray' Comeaux"), ("GEO", "Jeanerette")],
    note="a fire chief (local figure) who died as a patient; the town he worked in; weekday not labelled",
)

p(
    "en",
    "patient_story",
    "Peanut is 4, weighs 31 pounds, and just beat RSV for the second time this winter 🥜💪 Her mom asked us to call her Peanut online, so Peanut it is. Go home and rest, little one!",
    [("NAME", "Peanut", "*")],
    note="a nickname chosen to hide the real name is still the name the patient is called by",
)

n(
    "en",
    "staff_spotlight",
    "Gumbo the therapy dog turns 7 today! 🐕 He has visited every floor every week since 2019 and has accepted roughly 4,000 belly rubs. Happy birthday, Gumbo!",
    "therapy dog's name and birthday",
)

p(
    "en",
    "thank_you",
    "Jolie, Mason and Tante Rosalie — y'all sat with your daddy every night for 3 weeks and never once forgot to bring the night shift coffee. We're going to miss the Savoie crew on 4 West ☕💛",
    [("NAME", "Jolie"), ("NAME", "Mason"), ("NAME", "Rosalie"), ("NAME", "Savoie")],
    note="the patient is unnamed; his children, his sister and the family surname are named with no cue; 'Jolie' is also a French word",
)

n(
    "en",
    "event",
    "Sugar Cane Festival is Sept. 25-28 🎉 Stop by our first aid tent on Main Street across from the Shadows-on-the-Teche. Queen Sugar and King Sucrose will hand out free water bottles Saturday at noon.",
    "festival dates, venue and royalty titles",
)

p(
    "en",
    "public_figure",
    "King Sucrose LXXXIII himself, Mr. Horace Delahoussaye, was our patient this week after a fall at home — he asked us to tell everyone he'll be back on the float to wave next year 👑🎉",
    [("NAME", "Horace Delahoussaye")],
    note="festival royalty who is the patient; the royal title is not a name",
)

n(
    "en",
    "public_figure",
    "Congratulations to Queen Sugar LXXXIII, Miss Avery Delahoussaye of Loreauville, who toured our pediatric unit in full crown and gown 👑 The kids (and the nurses) were starstruck.",
    "festival queen visiting, not a patient: her name and town are not labelled",
)

p(
    "es",
    "discharge",
    "Juanito nació el 3 de mayo, Día de la Cruz, con apenas 29 semanas. Hoy, después de 11 semanas en la NICU, se fue a casa en Abbeville con su mami Lupita y su papi Kevin. ¡Bendiciones, Juanito! 👶🏽💙",
    [
        ("NAME", "Juanito", "*"),
        ("DATE", "3 de mayo"),
        ("DATE", "Día de la Cruz"),
        ("GEO", "Abbeville"),
        ("NAME", "Lupita"),
        ("NAME", "Kevin"),
    ],
    note="diminutives; birth day named by date and feast day; home town; parents",
)

n(
    "es",
    "health_tip",
    "Trabajadores de la caña y de la construcción: el golpe de calor mata. Tomen agua cada 15 minutos, descansen en la sombra y cuiden a sus compañeros. Si alguien se desmaya, llamen al 911. ☀️",
    "health tip; national line",
)

p(
    "en",
    "pasted_record",
    "Billing note (internal): Acct# 44018823 — GUIDRY, MAE L. — dispute on ER visit 06/11. Son Brent asked for an itemized bill by email: brentguidry.cajun@gmail.com. Do not reply on FB.",
    [
        ("ACCOUNT", "44018823"),
        ("NAME", "GUIDRY, MAE L"),
        ("DATE", "06/11"),
        ("NAME", "Brent"),
        ("EMAIL", "brentguidry.cajun@gmail.com"),
    ],
    note="internal billing note: account number, visit date, son and his email",
)

n(
    "en",
    "sponsor",
    "The Odile Broussard Women's Pavilion turns 10 this year 🎀 Thank you to the Broussard family, whose gift built it, and to the 11,000 mamas who have delivered there since.",
    "a building and a donor family",
)

p(
    "en",
    "hospital_contact",
    "Found in the 3 North family lounge: a brown wallet with a Louisiana driver's license #008841276. It belongs to the family of a patient who went home Tuesday. Call (337) 555-0114 to claim it 🙏",
    [("LICENSE", "008841276")],
    note="no name, but a family member's license number",
)

n(
    "en",
    "hospital_contact",
    "Parking note: if you drive a white F-150, please move it out of the ambulance bay. Thank you 🙏",
    "a vehicle with no plate and no patient",
)

p(
    "en",
    "hospital_contact",
    "Will the owner of the silver Silverado, Louisiana plate Y482 617, please come to the ER desk? Your dad is asking for his truck keys and his dentures 😅",
    [("VEHICLE", "Y482 617")],
    note="the plate of a patient's son's truck",
)

n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease (ALS) support group meets the first Tuesday of every month in the Foundation community room. Caregivers welcome. Info: (337) 555-0152.",
    "eponymous condition named for a public figure",
)

p(
    "en",
    "eponymous_condition",
    "Kawasaki disease sounds like a motorcycle, but for 3-year-old Brody from Franklin it meant a week of fevers and a heart scan. Brody is home and back on his own Kawasaki — the plastic kind 🏍️",
    [("NAME", "Brody", "*"), ("GEO", "Franklin")],
    note="eponymous condition and a brand; child's first name and home town",
)

n(
    "en",
    "anonymous_story",
    "A deckhand in his 20s came to our ER after a stingray barb went straight through his boot. He wanted to go back to the boat the same night. (He didn't.) Stingray wounds need a doctor.",
    "anonymous patient",
)

p(
    "en",
    "patient_story",
    "big day for nonc pete thibodeaux 80 years old first time ever in a hospital bed and he is NOT happy about the jello lol we love you nonc pete get home soon",
    [("NAME", "pete thibodeaux"), ("NAME", "pete", "*")],
    note="all lower case, no punctuation; kinship title outside; age under 90",
)

n(
    "en",
    "staff_spotlight",
    "Congrats to our ER director Dr. Paul Guidry, whose son Eli just signed to pitch at LSU! ⚾ Geaux Tigers — and Eli, ice that elbow.",
    "a staff member's own son, not a patient",
)

p(
    "en",
    "memorial",
    'Shared with the family\'s permission: "Our daddy, Claude Olivier, spent his last 8 days in your hospice suite. He was born in Olivier, married in Olivier, and went listening to Cajun French radio by your window. Thank you for that window." 💛',
    [("NAME", "Claude Olivier"), ("GEO", "Olivier", 2), ("GEO", "Olivier", 3)],
    note="the patient's surname is also his birthplace and wedding town",
)

n(
    "en",
    "hospital_contact",
    "Need a ride to your heart appointment? The Teche Heart van picks up in Jeanerette, Franklin, Baldwin and Charenton every Tuesday and Thursday. Call (337) 555-0139 by noon the day before.",
    "towns of a van route; 'Franklin' and 'Baldwin' look like names",
)

p(
    "en",
    "memorial",
    "Fair winds, Capt. Leonce 'Pop' Dugas. He shrimped Vermilion Bay for 70 years on the Miss Nita and made our cardiac rehab team laugh at every single session. Pop, the coffee pot on 2 West is off in your honor ☕⚓",
    [
        ("NAME", "Leonce 'Pop' Dugas"),
        ("NAME", "Pop", "*"),
        ("GEO", "Vermilion Bay"),
        ("VEHICLE", "Miss Nita"),
    ],
    note="nickname; the bay he worked; the name of his boat",
)

n(
    "es",
    "crisis_update",
    "Actualización: las inundaciones cerraron la carretera 83 cerca de Cypremort Point. Si usted tiene cita de diálisis mañana, llame al (337) 555-0166 y le ayudamos con el transporte.",
    "road closure; hospital line",
)

p(
    "es",
    "pasted_record",
    "Nota de la recepción (¡no publicar!): Paciente Yessenia Lagos, fecha de nacimiento 12/09/1992, cel 337-555-6620, vive en 1407 calle Julia, apto 3, New Iberia 70563. Necesita intérprete de garífuna.",
    [
        ("NAME", "Yessenia Lagos"),
        ("DATE", "12/09/1992"),
        ("PHONE", "337-555-6620"),
        ("GEO", "1407 calle Julia"),
        ("OTHER_ID", "apto 3"),
        ("GEO", "New Iberia"),
        ("GEO", "70563"),
    ],
    note="pasted front-desk note: DOB, cell, street address with apartment, town and ZIP",
)

n(
    "en",
    "public_figure",
    "Before he played with Louis Armstrong, Bunk Johnson taught trumpet right here in New Iberia. Join us Saturday for the Bunk Johnson Jazz Brunch benefiting our cardiac rehab program 🎺",
    "historical musicians; an event",
)

p(
    "en",
    "patient_story",
    "Bunk is what everybody at the sugar mill called him, and Bunk is what we called him too for the 6 weeks he spent with us after the boiler accident at Enterprise Plantation. Today Bunk walked out. 🙌",
    [("NAME", "Bunk", "*"), ("GEO", "Enterprise Plantation")],
    note="nickname shared with a historical musician; the place of the accident",
)

n(
    "en",
    "event",
    "Mark your calendars: cardiac screenings at the Delcambre Shrimp Festival, Aug. 15-18, and at Festivals Acadiens et Créoles in Lafayette, Oct. 10-12. 🦐🎻 #TecheHeart",
    "event dates and towns",
)

p(
    "en",
    "milestone_birthday",
    "Happy 102nd to Mrs. Azelie Romero of St. Martinville, our oldest cardiac rehab graduate! 🎂 She told us the secret is 'a little coffee, a little bourré, and no worrying about what Tante Lise thinks.'",
    [("AGE", "102nd"), ("NAME", "Azelie Romero"), ("GEO", "St. Martinville"), ("NAME", "Lise")],
    note="ordinal 90+ age; home town; an aunt named only in a quote",
)

n(
    "en",
    "recruitment",
    "We're hiring CNAs in Jeanerette! 🇺🇸🇭🇳 Se habla español. Walk-in interviews Thursday, March 13, 9 to 3, at 318 Main Street.",
    "hiring event date; the clinic's own address",
)

p(
    "en",
    "birth_announcement",
    "TWINS! 👶👶 Remy and Rhett LeBlanc arrived 11/30 at 3:02 and 3:09 am — right in the middle of the Thanksgiving leftovers. Congrats to mom Danielle and big brother T-Boy!",
    [
        ("NAME", "Remy"),
        ("NAME", "Rhett LeBlanc"),
        ("DATE", "11/30"),
        ("NAME", "Danielle"),
        ("NAME", "T-Boy"),
    ],
    note="birth date; Thanksgiving is not the birth day; sibling's 'T-' nickname",
)

n(
    "en",
    "campaign_hashtag",
    "Tag someone who taught you to make a roux 👩‍🍳 Then tag someone who needs their cholesterol checked. #TecheHeart #RouxResponsibly",
    "campaign hashtags",
)

p(
    "en",
    "patient_story",
    "Miss Claudette, lunch lady at Jeanerette Elementary for 34 years, is now on the other side of the tray 😄 She's recovering from knee surgery on 2 West and already critiquing our red beans. Get well, Miss Claudette! Your kids miss you.",
    [("NAME", "Claudette", "*"), ("GEO", "Jeanerette")],
    note="'Miss' + first name; the town she works in appears inside a school name",
)

n(
    "en",
    "health_tip",
    "Mardi Gras safety from your ER: eat before you drink, stay hydrated, don't climb on floats, and keep the little ones behind the ladders. See you on the route (not in the trauma bay) 🎭",
    "holiday safety tip",
)

p(
    "es",
    "discharge",
    "Después de 40 días, Wilmer regresa a su casa en Baldwin. 🚶🏽‍♂️ Se cayó de un techo el Jueves Santo, trabajando para ayudar a su hija Dayana, que vive en Tegucigalpa. ¡Fuerza, Wilmer!",
    [
        ("NAME", "Wilmer", "*"),
        ("GEO", "Baldwin"),
        ("DATE", "Jueves Santo"),
        ("NAME", "Dayana"),
        ("GEO", "Tegucigalpa"),
    ],
    note="home town that looks like a surname; injury on a holy day; daughter and her city",
)

n(
    "es",
    "statistic",
    "En 2024 atendimos a 1,240 pacientes que prefieren hablar español. El 61% son de Honduras, el 22% de México y el 9% de Guatemala. ¡Aquí estamos para servirles! 🇭🇳🇲🇽🇬🇹",
    "aggregate numbers; countries",
)

p(
    "en",
    "pasted_record",
    "Records release (scanned): Pt Ozenne, Wallace T. MRN 00519937. Per patient request, fax results to his daughter Renée at (337) 555-7719, NOT to the clinic.",
    [
        ("NAME", "Ozenne, Wallace T"),
        ("MRN", "00519937"),
        ("NAME", "Renée"),
        ("FAX", "(337) 555-7719"),
    ],
    note="pasted release form: MRN, daughter's name and fax number",
)

n(
    "en",
    "event",
    "Blood drive at St. Peter's Church hall on Monday, Jan. 20 (MLK Day), 8 to 4 🩸 Every donor gets a po-boy coupon.",
    "event on a holiday; church named for a saint",
)

p(
    "en",
    "anonymous_story",
    "To the young couple from Delcambre who welcomed their baby girl in the back of a shrimp truck on our ER ramp at 2 am — congratulations, and please come get your ice chest 😂🦐",
    [("GEO", "Delcambre")],
    note="no names, but the family's home town",
)

n(
    "en",
    "anonymous_story",
    "Somebody's mawmaw left a whole pan of bread pudding at the 3 North nurses' station with a note that just said 'merci.' We don't know who you are, but we know you can cook. 🍮",
    "kinship word only, no identifier",
)

p(
    "en",
    "thank_you",
    "#FaithForFaith 🙏 Our transport team wants Faith Comeaux to know they're still wearing the bracelets she made them during her chemo. Faith, you're in every elevator ride ❤️",
    [("NAME", "#FaithForFaith"), ("NAME", "Faith Comeaux"), ("NAME", "Faith", "*")],
    note="name hashtag built from an ordinary word; full name",
)

n(
    "en",
    "staff_spotlight",
    "Meet Chance, our newest NICU nurse! Chance grew up in Catahoula and says he picked nursing 'because my Mawmaw told me to.' Welcome to the team, Chance! 🍼",
    "staff member with a common-word name and his home town",
)

p(
    "en",
    "patient_story",
    "Laura was born the year Hurricane Laura hit, so of course that's her name 🌀 Five years and two heart surgeries later, Laura Bergeron rang our cardiac clinic's bell today. Her grandpa drove in from Cameron Parish to see it.",
    [("NAME", "Laura", 1), ("NAME", "Laura Bergeron"), ("GEO", "Cameron Parish")],
    note="patient named after a hurricane: the storm's 'Laura' is not labelled; bare year; grandfather's parish",
    ok=("Laura",),
)

n(
    "en",
    "crisis_update",
    "Laura, Delta, Ida, Francine — our teams have weathered them all. This year's storm drills start June 1. Staff, check your email for your team assignment. 🌀",
    "hurricane names that look like women's names; drill date",
)

p(
    "es",
    "patient_story",
    "La Nena tiene 7 años y ya le ganó a la leucemia 💛 Su mamá, doña Toña, nos pidió que la llamáramos 'la Nena' en redes, pero toda la calle Lewis sabe quién es. ¡Tocaste la campana, Nena!",
    [("NAME", "Nena", "*"), ("NAME", "Toña"), ("GEO", "calle Lewis")],
    note="'Nena' (little girl) used as the patient's name; mother after 'doña'; home street",
)

n(
    "es",
    "staff_spotlight",
    "¡Felicidades a nuestra enfermera Nena Castellanos por sus 15 años en la clínica de Jeanerette! Nena nació en Comayagua y es la primera en llegar cada mañana ☀️",
    "staff nurse with the same nickname; her birthplace is not PHI",
)

p(
    "en",
    "patient_story",
    "Dr. Marcus Fontenot has put in hundreds of stents in our cath lab. Last month he needed one himself. 🫀 He's back at work this week and says he'll never again tell a patient 'it's a quick procedure.' Welcome back, Dr. Fontenot.",
    [("NAME", "Marcus Fontenot"), ("NAME", "Fontenot", 2)],
    note="a staff cardiologist who is the patient",
)

n(
    "en",
    "staff_spotlight",
    "Dr. Marguerite Fontenot has delivered more than 4,000 babies in Iberia Parish. This Friday she delivers her last one 😭 Happy retirement, Dr. Fontenot!",
    "staff doctor; parish as a figure of speech",
)

p(
    "en",
    "memorial",
    "Msgr. Jules Guidry baptized half of Loreauville and buried the other half. On the morning of Ash Wednesday he went home to God from our hospice floor, with the Altar Society praying the rosary in the hall. Repose en paix, Monseigneur. 🙏",
    [("NAME", "Jules Guidry"), ("GEO", "Loreauville"), ("DATE", "Ash Wednesday")],
    note="a priest (public figure) who is the patient; the town of his parish; death on a holy day",
)

n(
    "en",
    "event",
    "Our diabetes class meets in Msgr. Jules Guidry Hall at St. Joseph's every Wednesday in Lent. Ash Wednesday is March 5 — fasting? Talk to your doctor first if you're on insulin.",
    "a hall named for a priest; holy-day date of an event",
)

p(
    "en",
    "patient_story",
    "If you've eaten a plate lunch on Hopkins Street, you've eaten Miss Bernadette's smothered pork chops 🍽️ After her stroke in January, Bernadette Lewis is cooking again — one-handed, for now. Go see her on Hopkins!",
    [
        ("GEO", "Hopkins Street"),
        ("NAME", "Bernadette", 1),
        ("NAME", "Bernadette Lewis"),
        ("DATE", "January"),
        ("GEO", "Hopkins", "*"),
    ],
    note="street of her own restaurant, also shortened; month of the stroke; 'Hopkins' and 'Lewis' look alike as surnames and streets",
)

n(
    "en",
    "eponymous_condition",
    "Alzheimer's doesn't always start with forgetting names. Sometimes it's getting lost on a road you've driven for 40 years. Our memory clinic takes referrals: (337) 555-0100.",
    "eponymous condition",
)

p(
    "en",
    "birth_announcement",
    "Baby Isaac came early — right in the middle of Sunday Mass at St. Edward's 😅 Congrats to Yolani y Marvin Reyes! Bienvenido al mundo, Isaac 💙 #BabyReyes",
    [("NAME", "Isaac", "*"), ("NAME", "Yolani"), ("NAME", "Marvin Reyes"), ("NAME", "#BabyReyes")],
    note="English post with Spanish phrases; parents; family-name hashtag; weekday not labelled",
)

n(
    "en",
    "statistic",
    "#BabyBoom at Bayou Teche Regional: 96 babies in September! 🍼 Must have been that December ice storm... 😏",
    "'96' counts babies, it is not an age; the months are not tied to a patient",
)

p(
    "en",
    "pasted_record",
    "IT ticket #5521 (do not post): patient portal user 'cajunqueen61' (pt Thibodeaux, Rhonda) locked out after 5 failed logins from IP 73.214.88.19. Pt called from 337-555-3382.",
    [
        ("OTHER_ID", "5521"),
        ("OTHER_ID", "cajunqueen61"),
        ("NAME", "Thibodeaux, Rhonda"),
        ("IP", "73.214.88.19"),
        ("PHONE", "337-555-3382"),
    ],
    note="ticket number about the patient, portal user name, IP address and phone",
)

n(
    "en",
    "statistic",
    "Offshore injuries by the numbers (2024): 212 workers flown to our ER by helicopter, 64% from platforms in the Eugene Island and Ship Shoal areas. Please, wear the harness.",
    "lease areas of a population, not of one patient",
)

p(
    "en",
    "discharge",
    "Broke both legs when a crab trap line wrapped around him off Cypremort Point in June. 4 surgeries. 97 days. And today, Donnie Ray walks out the front door on his own two feet 👏👏👏",
    [("GEO", "Cypremort Point"), ("DATE", "June"), ("NAME", "Donnie Ray")],
    note="'97 days' is a stay, not an age; place and month of the injury; double first name",
)

n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for pitchers — our orthopedic team does UCL repairs for welders and mechanics too. Talk to your doctor about elbow pain that won't quit.",
    "procedure named for a ballplayer",
)

p(
    "en",
    "milestone_birthday",
    "Centenarian in the house! 🎉 Mr. Octave Champagne turned 100 on Saturday on 4 West. Yes, that's his real name. Yes, we toasted with sparkling grape juice. 🥂",
    [("AGE", "Centenarian"), ("NAME", "Octave Champagne"), ("AGE", "100")],
    note="surname that is also a drink; age word and number; weekday not labelled",
)

n(
    "en",
    "event",
    "Champagne's Supermarket in Breaux Bridge is hosting our free diabetes cooking demo Thursday, Nov. 6 at 11. 🍲",
    "a store named for a surname; event date",
)

p(
    "es",
    "memorial",
    "Con tristeza despedimos a don Santos Mejía, de 93 años, que falleció en nuestro piso de hospicio el 12 de diciembre, día de la Virgen de Guadalupe, rodeado de sus 11 nietos. Descanse en paz, don Santos 🕯️",
    [
        ("NAME", "Santos Mejía"),
        ("AGE", "93"),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("NAME", "Santos", 2),
    ],
    note="'Santos' looks like 'saints'; 90+ age; death day named twice",
)

n(
    "es",
    "event",
    "Misa de sanación el domingo 2 de noviembre, Día de los Muertos, en la capilla del hospital. Habrá un altar para recordar a nuestros seres queridos 🕯️",
    "event date and holiday",
)

p(
    "en",
    "patient_story",
    "Coach Darnell Batiste has led the Franklin High Hornets for 19 seasons. Friday night he collapsed on the sideline and an athletic trainer with an AED saved his life. Coach is recovering in our CVICU, and his wife Sharon and son Darius flew in from Houston.",
    [
        ("NAME", "Darnell Batiste"),
        ("GEO", "Franklin"),
        ("NAME", "Sharon"),
        ("NAME", "Darius"),
        ("GEO", "Houston"),
    ],
    note="a local figure who is the patient; the town he works in, inside a school name; relatives and their city",
)

n(
    "en",
    "thank_you",
    "Shoutout to athletic trainer Kayla Romero, who grabbed the AED at Friday's game and did everything right. Kayla, you're a hero. Want to learn CPR? Classes every month: btrmc.org/cpr",
    "the rescuer is named, the patient is not",
)

p(
    "en",
    "thank_you",
    "A letter came in the mail today addressed to 'the angels on 3 North' from Miss Pearl in room 306. She's 99 and asked us to post it because 'that's where everybody reads things now.' 💌 Miss Pearl, we read it. We cried.",
    [("NAME", "Pearl", "*"), ("OTHER_ID", "room 306"), ("AGE", "99")],
    note="first name that is a common word; room number; 90+ age",
)

n(
    "en",
    "health_tip",
    "Pearl of wisdom from our pharmacists: keep a list of every medicine you take — even the fish oil and the fig tea — in your wallet. 📝",
    "'Pearl' as an ordinary word",
)

p(
    "en",
    "crisis_update",
    "FLOOD CHECK-IN: our dialysis team has reached every patient on the list except Mr. Alvin Guidry on Duperier Avenue. If you're his neighbor, please knock on his door and have him call (337) 555-0100.",
    [("NAME", "Alvin Guidry"), ("GEO", "Duperier Avenue")],
    note="a patient named in a storm check-in with his street; hospital number",
)

n(
    "en",
    "crisis_update",
    "Shelter update: the Iberia Parish special-needs shelter at the Sugar Cane Festival building is open for residents on oxygen. Bring your meds, your concentrator and your cord. Questions: (337) 555-0100.",
    "shelter location; no patient",
)

p(
    "en",
    "birth_announcement",
    "Born on the Fourth of July in the middle of a thunderstorm: welcome, Liberty Grace Melancon! 🇺🇸⛈️ Mom Shelby says the fireworks were for her daughter.",
    [("DATE", "Fourth of July"), ("NAME", "Liberty Grace Melancon"), ("NAME", "Shelby")],
    note="birth on a holiday; a first name that is a common word",
)

n(
    "en",
    "health_tip",
    "Fourth of July fireworks safety: keep a bucket of water nearby, never relight a dud, and please, no bottle rockets off the bayou dock 🎆 Our ER saw 14 burns last year.",
    "holiday safety tip",
)

p(
    "en",
    "patient_story",
    "pray for boo boo 🙏 he's 6 and got stung by a jellyfish at Holly Beach, we promise he's ok, he's just very mad. #BooBooStrong",
    [("NAME", "boo boo"), ("GEO", "Holly Beach"), ("NAME", "#BooBooStrong")],
    note="lower-case pet name of a child; place of the injury; name hashtag",
)

n(
    "en",
    "staff_spotlight",
    "It's Nurses Week! 💙 Shoutout to our night crew on 3 North: Boo, Misty, Chance, Shay-Shay and RT Tee-Ray. Y'all are the best crew on the bayou.",
    "staff nicknames that match patient nicknames elsewhere",
)

p(
    "en",
    "pasted_record",
    "Discharge summary excerpt — Pt: Fontenot, Jean-Baptiste 'J.B.' — Admit 2/28 (Lundi Gras) — Discharge 3/6 — Dx: NSTEMI — F/u w/ Dr. Arceneaux 3/20 — Home: 212 Rue Fleur, Breaux Bridge 70517",
    [
        ("NAME", "Fontenot, Jean-Baptiste"),
        ("NAME", "J.B."),
        ("DATE", "2/28"),
        ("DATE", "Lundi Gras"),
        ("DATE", "3/6"),
        ("DATE", "3/20"),
        ("GEO", "212 Rue Fleur"),
        ("GEO", "Breaux Bridge"),
        ("GEO", "70517"),
    ],
    note="admission day named twice; discharge and follow-up dates; home address; the doctor is staff",
)

n(
    "en",
    "statistic",
    "Lundi Gras to Ash Wednesday, our ER treated 287 patients — 41 falls from floats or ladders, 3 horse injuries from the courir, and 1 (one!) alligator bite. 🐊",
    "holiday range of an aggregate count",
)

p(
    "en",
    "thank_you",
    "To Nonc Boy and Tante Ti-Ti, who drove from Pierre Part every day for 6 weeks to sit with their nephew in our ICU: your nephew is home, and we miss your cracklins. 💛",
    [("NAME", "Boy"), ("NAME", "Ti-Ti"), ("GEO", "Pierre Part")],
    note="relatives named by kinship title and nickname ('Boy'); their town looks like a first name",
)

n(
    "en",
    "public_figure",
    "Dudley LeBlanc sold Hadacol to half of Louisiana as a cure-all. 💊 Today's lesson: if a bottle says it cures everything, it cures nothing. Ask your pharmacist.",
    "historical figure with a Cajun surname",
)

p(
    "es",
    "thank_you",
    "Gracias a la familia Amaya por el pastel 🎂 Su papá, don Nery, salió del hospital el 1 de mayo, Día del Trabajador, y según él fue 'el mejor día del trabajador de su vida.'",
    [
        ("NAME", "Amaya"),
        ("NAME", "Nery"),
        ("DATE", "1 de mayo"),
        ("DATE", "Día del Trabajador"),
        ("DATE", "día del trabajador"),
    ],
    note="discharge day named by date and by holiday, twice",
)

n(
    "es",
    "recruitment",
    "¿Eres bilingüe? Buscamos intérpretes médicos de español para New Iberia y Jeanerette. Llama al (337) 555-0188 o visita btrmc.org/empleos 💼",
    "recruitment; hospital towns, number and domain",
)

p(
    "en",
    "discharge",
    "FINALLY going home!!!! mr jessie 'tiger' broussard, 3 wks in ICU after his 4 wheeler flipped on the levee by Lake Catahoula, ya boi is OUTTA HERE 🐯🎉 — sent by his grandson who wont stop texting us",
    [("NAME", "jessie 'tiger' broussard"), ("GEO", "Lake Catahoula")],
    note="lower-case name with nickname; place of the crash; typos",
)

n(
    "en",
    "event",
    "Cardiac rehab graduation is Thursday, Oct. 16 at 2 pm in the Teche Heart lobby. Graduates, bring your families! 🎓❤️",
    "event date",
)

p(
    "en",
    "anonymous_story",
    "On March 3, around 4 am, a man walked into our ER carrying his wife, who was in labor. The baby arrived 11 minutes later. Dad, you dropped your hat 🤠",
    [("DATE", "March 3")],
    note="no names, but the exact birth date",
)

n(
    "en",
    "anonymous_story",
    "Around 4 one morning this spring, a man walked into our ER carrying his wife in labor. Baby arrived 11 minutes later. We still have his hat 🤠",
    "no names and no date element (a season is not a date)",
)

p(
    "en",
    "patient_story",
    "Some of y'all know Kenny Melancon as the voice of the Saturday morning Cajun hour on KBTE. 📻\n\nWhat you might not know: in April, Kenny had a stroke on the air. His co-host, Lil' Joe Savoy, heard him slurring and called 911 from the studio on Railroad Street.\n\nKenny spent 3 weeks with our stroke and rehab teams. This Saturday he's back behind the mic — a little slower, he says, \"but still better-looking than Joe.\"\n\nTune in, and learn the signs of stroke: BE FAST. 💙",
    [
        ("NAME", "Kenny Melancon"),
        ("NAME", "Kenny", "*"),
        ("DATE", "April"),
        ("GEO", "Railroad Street"),
    ],
    note="a radio host who is the patient; the street where the stroke happened; the co-host is a coworker, not a relative",
)

n(
    "en",
    "public_figure",
    "Weather or not 🌀 TV meteorologist Rhonda Guidry will be at our hurricane prep fair on Saturday, May 31 in the Foundation community room. Bring your questions about generators and oxygen.",
    "a local TV figure at an event; event date",
)

p(
    "es",
    "patient_story",
    "#FuerzaKevin 💪🇭🇳 Kevin Josué tiene 23 años y trabaja en un barco camaronero de Delcambre. El 15 de septiembre, Día de la Independencia de Honduras, se cortó la mano con un cable. Gracias a Dios y al equipo de cirugía, ya mueve los dedos.",
    [
        ("NAME", "#FuerzaKevin"),
        ("NAME", "Kevin Josué"),
        ("GEO", "Delcambre"),
        ("DATE", "15 de septiembre"),
        ("DATE", "Día de la Independencia de Honduras"),
    ],
    note="name hashtag; the town he works out of; injury day named by date and national holiday",
)

n(
    "es",
    "event",
    "¡Celebramos el Día de la Independencia de Honduras el 15 de septiembre con una feria de salud en el parque de Jeanerette! 🇭🇳 Habrá pruebas de azúcar, presión y vacunas.",
    "the same holiday and date as an event",
)

p(
    "en",
    "sponsor",
    "Thank you to Greg and Lynette Hebert, who gave our NICU three new isolettes in memory of their son Tyler, who spent all 19 days of his life with us. Tyler's name is on every one of them. 💙",
    [("NAME", "Greg"), ("NAME", "Lynette Hebert"), ("NAME", "Tyler", "*")],
    note="donors introduced as the parents of a patient are labelled",
)

n(
    "en",
    "sponsor",
    "Thank you to the Hebert Family Foundation for three new NICU isolettes! 💙 Our smallest patients (and their nurses) are grateful.",
    "a family name on a foundation",
)

p(
    "en",
    "discharge",
    "Ti-Paul went home!!! 🏠💚",
    [("NAME", "Ti-Paul")],
    note="a single Cajun nickname is the whole post",
)

n(
    "en",
    "campaign_hashtag",
    "💚 #GoGreenForTeche this Friday for organ donor awareness! Post a pic in green and tag @BayouTecheRMC.",
    "campaign hashtag and hospital handle",
)

p(
    "en",
    "pasted_record",
    "shift report pasted by accident 😬: bed 14 — Comeaux, Lisette, 67F, CHF exac, lives alone on Bayou Tigre Rd in Erath, niece Gabby checks on her, DNR on chart",
    [
        ("OTHER_ID", "bed 14"),
        ("NAME", "Comeaux, Lisette"),
        ("GEO", "Bayou Tigre Rd"),
        ("GEO", "Erath"),
        ("NAME", "Gabby"),
    ],
    note="bed number, name, home road and town, niece; age under 90",
)

n(
    "en",
    "crisis_update",
    "We are aware of a post circulating with patient information. It has been removed. Protecting your privacy is our responsibility and we take it seriously. Questions: (337) 555-0175.",
    "statement about a privacy incident; media line",
)

p(
    "en",
    "milestone_birthday",
    "Mawmaw turned 90 today!!! 🎂 Her grandkids decorated her room on 2 West with Saints flags and Mardi Gras beads. Happy birthday from all of us, Mawmaw! ⚜️",
    [("AGE", "90")],
    note="kinship word only, but a 90+ age",
)

n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to the Evangeline Theatre! 🎭 Our cardiac rehab class is taking a field trip to the anniversary show on Friday.",
    "a building's 90th anniversary is not a person's age",
)

p(
    "en",
    "patient_story",
    "The men of the Holy Ghost men's club have been taking turns driving Mr. Wilfred Dartez from Loreauville to dialysis 3 times a week for 2 years. This week they drove him one last time — he got his new kidney on Tuesday! 🙌",
    [("NAME", "Wilfred Dartez"), ("GEO", "Loreauville")],
    note="home town; a church club is not labelled; weekday",
)

n(
    "en",
    "research",
    "Our kidney transplant outreach program has helped 31 patients from Iberia, St. Mary and Vermilion parishes get on the transplant list since 2021. Talk to your nephrologist.",
    "aggregate; parishes as a service area",
)

p(
    "en",
    "eponymous_condition",
    "Isabella was born with Down syndrome and a heart defect. Yesterday, at 9 months old, she had her heart repaired. Her big brothers Luke and Gavin want everybody to know she's 'the toughest Guillory.' 💛 #WorldDownSyndromeDay",
    [("NAME", "Isabella"), ("NAME", "Luke"), ("NAME", "Gavin"), ("NAME", "Guillory")],
    note="eponymous condition and awareness hashtag are not labelled; brothers and family surname",
)

n(
    "en",
    "eponymous_condition",
    "March 21 is World Down Syndrome Day 💛💙 Rock your socks! Our pediatric cardiology team cares for dozens of kids with Down syndrome every year.",
    "awareness-day date; eponymous condition",
)

p(
    "es",
    "discharge",
    "Toñito ya está en casa 🏠 Después del accidente en la carretera 182 cerca de Jeanerette el domingo pasado, pasó 5 días en la UCI. Su abuela, doña Marta, vino desde Yoro para cuidarlo. ¡Recupérate pronto, Toñito!",
    [
        ("NAME", "Toñito", "*"),
        ("GEO", "carretera 182"),
        ("GEO", "Jeanerette"),
        ("NAME", "Marta"),
        ("GEO", "Yoro"),
    ],
    note="diminutive; road and town of the crash (the clinic's town); grandmother's Honduran departamento",
)

n(
    "es",
    "health_tip",
    "¿Dolor en el pecho? No espere. En Bayou Teche Regional tenemos intérpretes las 24 horas. Llame al 911 o venga a urgencias en 1200 Teche Park Drive. ❤️",
    "hospital address; national line",
)

p(
    "en",
    "patient_story",
    "Three generations of Thibodeaux women were in our Women's & Children's at the same time this week: Grandma Cheryl (here for her hip), daughter Amber (here having a baby), and granddaughter Kaylee (here to hold her mama's hand). Welcome to the world, baby Wren! 🐦",
    [
        ("NAME", "Thibodeaux"),
        ("NAME", "Cheryl"),
        ("NAME", "Amber"),
        ("NAME", "Kaylee"),
        ("NAME", "Wren"),
    ],
    note="two patients and their family in one post; 'Amber' and 'Wren' are common words",
)

n(
    "en",
    "staff_spotlight",
    "Three generations of nurses! Grandma Cheryl Hebert (retired), daughter Amber Hebert (Labor & Delivery) and granddaughter Kaylee Hebert (nursing student) all trained right here. Nursing runs in the family. 💙",
    "staff and a student, not patients; mirrors a patient post",
)

p(
    "en",
    "public_figure",
    "Prayers for the family of state Rep. Anthony Romero, whose mother, Mrs. Evelina Romero, is in our ICU after a fall at her home in Jeanerette. Rep. Romero thanks everyone for the calls and asks for privacy.",
    [
        ("NAME", "Anthony Romero"),
        ("NAME", "Evelina Romero"),
        ("NAME", "Romero", "*"),
        ("GEO", "Jeanerette"),
    ],
    note="a public official labelled because he is the patient's son; her home town",
)

n(
    "en",
    "public_figure",
    "State Rep. Anthony Romero toured our new behavioral health unit today and talked with staff about rural access to mental health care in Iberia Parish.",
    "the same official, not a patient or relative here",
)

p(
    "en",
    "thank_you",
    "THANK YOU ST. MARY PARISH FIRE DISTRICT 5 FOR GETTING MR. HAYWOOD HERE IN 14 MINUTES FROM CHARENTON. HE'S SITTING UP AND COMPLAINING ABOUT THE COFFEE. THAT'S A GOOD SIGN.",
    [("NAME", "HAYWOOD"), ("GEO", "CHARENTON")],
    note="ALL CAPS; surname after 'MR.'; the town he was brought from; the fire district is the responders'",
)

n(
    "en",
    "event",
    "🎣 SAVE THE DATE 🎣\nThe 12th annual Teche Heart Fishing Rodeo is Saturday, June 14 at Cypremort Point State Park.\nWeigh-in closes at 4. Proceeds benefit the Nolan & Odile Landry Cardiac Rehab Scholarship.\nRegister: btrmc.org/rodeo",
    "event date and venue; people's names on a scholarship",
)

p(
    "en",
    "patient_story",
    "Josie's Creole Kitchen in St. Martinville is closed this week — because Josie is with us on 3 North after gallbladder surgery 🍲 She says they'll open back up Monday, and the first 20 nurses who come by eat free.",
    [("NAME", "Josie", "*"), ("GEO", "St. Martinville")],
    note="the patient's own business carries her name; the town she works in",
)

n(
    "en",
    "sponsor",
    "Thanks to Josie's Creole Kitchen for feeding our night shift during Francine! 🍲🙏",
    "a business named for a person who is not a patient here",
)

p(
    "en",
    "pasted_record",
    "PLEASE DELETE — Pt Savoie, Hubert, SSN 438-71-2290, DOB 09/14/1950, admitted 8/2 via ER after fall from deer stand in Grand Coteau.",
    [
        ("NAME", "Savoie, Hubert"),
        ("SSN", "438-71-2290"),
        ("DATE", "09/14/1950"),
        ("DATE", "8/2"),
        ("GEO", "Grand Coteau"),
    ],
    note="SSN, DOB, admission date, place of the fall",
)

n(
    "en",
    "health_tip",
    "Deer season is here 🦌 Every year our trauma team sees falls from tree stands. Wear a harness, use a haul line for your rifle, and tell someone where you're hunting.",
    "seasonal safety tip",
)

p(
    "en",
    "anonymous_story",
    "Our oldest patient this year was a 104-year-old shrimper's widow who still makes her own fig preserves. She sent a jar to every nurse on 2 West. 🍯 #Grateful",
    [("AGE", "104-year-old")],
    note="no name, but a 90+ age",
)

n(
    "en",
    "statistic",
    "Adults over 90 are the fastest-growing group we care for in Iberia Parish. Our geriatric team helps families plan for falls, medications and caregiving. 💙",
    "population age, not a patient's",
)

p(
    "en",
    "discharge",
    "Happy trails, Colt! 🤠 After 2 weeks with us for a broken femur from a bull at the Erath rodeo, 12-year-old Colt Broussard is headed home to Abbeville with his mom Tiffany. Cowboy up!",
    [
        ("NAME", "Colt Broussard"),
        ("NAME", "Colt", "*"),
        ("GEO", "Erath"),
        ("GEO", "Abbeville"),
        ("NAME", "Tiffany"),
    ],
    note="first name that is also a common noun; town of the injury inside an event name; home town; mother",
)

n(
    "en",
    "event",
    "The Erath 4th of July rodeo medical tent is staffed by our ER nurses again this year. 🤠 Come say hey — and wear your helmet, cowboys.",
    "event town and holiday",
)

p(
    "en",
    "birth_announcement",
    "New Year's baby! 🎉 At 12:41 am on Jan. 1, Maverick James Istre made his debut, just in time for his mom Brooke's black-eyed peas. He's our first baby of 2026!",
    [
        ("DATE", "New Year's"),
        ("DATE", "Jan. 1"),
        ("NAME", "Maverick James Istre"),
        ("NAME", "Brooke"),
    ],
    note="birth day named by holiday and date; bare year not labelled",
)

n(
    "en",
    "health_tip",
    "New Year's resolution idea: know your numbers. 🩺 Blood pressure, cholesterol, A1C. Free screenings every first Saturday at the Jeanerette clinic.",
    "holiday in a tip",
)

p(
    "es",
    "birth_announcement",
    "¡Llegó la primera bebé del año a Bayou Teche Regional! 🎉 Se llama Ashly Nicol y nació el 1 de enero a las 3:15 de la madrugada. Sus papás, Erlin y Maryuri, son de La Lima y viven en New Iberia desde 2019.",
    [
        ("NAME", "Ashly Nicol"),
        ("DATE", "1 de enero"),
        ("NAME", "Erlin"),
        ("NAME", "Maryuri"),
        ("GEO", "La Lima"),
        ("GEO", "New Iberia"),
    ],
    note="birth date; parents' Honduran home town and current town",
)

n(
    "es",
    "statistic",
    "Este año nacieron 214 bebés de familias hondureñas en nuestro hospital. ¡Bienvenidos todos! 👶🏽💙",
    "aggregate count",
)

p(
    "en",
    "thank_you",
    'Sharing a comment from a family, with permission: "thank u to whoever prayed over my pawpaw in the chapel last night he woke up this morning asking for his coffee and his boat — the daughter of mr ancil in 4W-12"',
    [("NAME", "ancil"), ("OTHER_ID", "4W-12")],
    note="lower-case first name; a unit-and-bed code is a bed number",
)

n(
    "en",
    "staff_spotlight",
    "Pictured: our 4 West nurses with the quilt made for them by the Altar Society of St. Peter's. Thank you, ladies! 🧵",
    "photo of staff, not of a patient",
)

p(
    "en",
    "public_figure",
    "We were honored to care for Senator Remy Trahan's granddaughter, Sophie, after her car accident near Cecilia this summer. The senator asked us to share his thanks to the trauma team and to remind everyone: buckle up.",
    [("NAME", "Remy Trahan"), ("NAME", "Sophie"), ("GEO", "Cecilia")],
    note="a senator labelled as the patient's grandfather; place of the crash looks like a woman's name",
)

n(
    "en",
    "public_figure",
    "Sen. Remy Trahan announced $2 million in state funding for rural clinics, including our Jeanerette clinic. Thank you, Senator!",
    "the same senator in his public role",
)

p(
    "en",
    "research",
    "Meet Rosalind Istre, one of the first 10 women from Acadiana enrolled in our women's heart attack symptoms study. Rosalind, a retired schoolteacher from Jeanerette, says she joined 'so my granddaughters' doctors take them seriously.'",
    [("NAME", "Rosalind Istre"), ("NAME", "Rosalind", 2), ("GEO", "Jeanerette")],
    note="a named study participant; home town is the clinic's town; Acadiana is a region",
)

n(
    "en",
    "research",
    "Thank you to the 212 women who joined our heart symptom study! Results will be presented at a national cardiology meeting in November. 🫀",
    "aggregate; the month is an event's",
)

p(
    "es",
    "patient_story",
    "En la foto: don Memo con su nieto Jefferson, el día que le quitaron el yeso 📸 Guillermo Paz trabajó 30 años en los cañaverales de Patoutville y dice que ya está listo para la zafra.",
    [
        ("PHOTO", "En la foto"),
        ("NAME", "Memo"),
        ("NAME", "Jefferson"),
        ("NAME", "Guillermo Paz"),
        ("GEO", "Patoutville"),
    ],
    note="photo of the patient; diminutive 'Memo' of Guillermo; grandson named like a president; where he works",
)

n(
    "es",
    "public_figure",
    "El cónsul de Honduras en Nueva Orleans, Óscar Funes, visitó nuestra clínica de Jeanerette para conocer el programa de salud para trabajadores de la caña. ¡Gracias por su visita! 🇭🇳",
    "a consul (public figure) visiting",
)

p(
    "en",
    "thank_you",
    "Got a sweet email from Marcelle Broussard (marcellebroussard1958@yahoo.com) thanking 4 West for taking care of her husband, Mr. Gene. Marcelle, we answered you privately — and yes, we'd love the gumbo recipe! 🥘",
    [
        ("NAME", "Marcelle Broussard"),
        ("EMAIL", "marcellebroussard1958@yahoo.com"),
        ("NAME", "Gene"),
        ("NAME", "Marcelle", 2),
    ],
    note="patient's wife and her email address; patient by first name after 'Mr.'",
)

n(
    "en",
    "hospital_contact",
    "Want to say thanks to a nurse? Email kudos@bayoutecheregional.org or drop a card at the front desk. We share every single one with the team. 💌",
    "hospital email address",
)

p(
    "en",
    "thank_you",
    "@ShrimpBoatShay thank you for tagging us!! So glad your dad is home from 3 North and back on the dock 🦐❤️",
    [("OTHER_ID", "@ShrimpBoatShay")],
    note="a patient's daughter's social handle is the only identifier",
)

n(
    "en",
    "campaign_hashtag",
    "Tag us @BayouTecheRMC with #TecheStrong and your story could be next! Please don't share other patients' info in the comments. 🙏",
    "hospital handle and campaign hashtag",
)

p(
    "en",
    "memorial",
    "fais do-do, miss yvonne 🕊️ our sweet lady from isle labbe who taught every nurse on 2 west to say 'ça c'est bon.' she passed sunday with her sister ida holding her hand.",
    [("NAME", "yvonne"), ("GEO", "isle labbe"), ("NAME", "ida")],
    note="all lower case; home place; sister named like a hurricane; weekday not labelled",
)

n(
    "en",
    "crisis_update",
    "Ida anniversary: 4 years ago our generators ran 9 days straight. This year we added a second fuel tank and a water well. We're ready. 💪🌀",
    "hurricane name",
)

p(
    "en",
    "discharge",
    "Jean-Luc Hebert, 19, fell 30 feet from a platform at the Port of Iberia on Oct. 3. Today — 6 weeks, 2 surgeries and a lot of his mama's boudin later — he walked out of our rehab unit. His mama, Chantel, says he's not going up anything taller than a ladder again. ⚓",
    [
        ("NAME", "Jean-Luc Hebert"),
        ("GEO", "Port of Iberia"),
        ("DATE", "Oct. 3"),
        ("NAME", "Chantel"),
    ],
    note="place and date of the injury; mother; age under 90",
)

n(
    "en",
    "staff_spotlight",
    "Our trauma surgeon Dr. Jean-Luc Arceneaux was named Acadiana's Physician of the Year! 🏆 Congratulations, Dr. A — your patients from the rigs and the docks thank you.",
    "staff with the same first name as a patient; initial of a doctor",
)

p(
    "en",
    "pasted_record",
    "From the Coast Guard radio log shared by the family: F/V Sainte Anne, LA 7712 FX, 2 crew, capt. Troy Dugas injured 1430 hrs, medevac to BTRMC. Troy's wife Nicole asks that everyone keep praying 🙏",
    [
        ("VEHICLE", "Sainte Anne"),
        ("VEHICLE", "LA 7712 FX"),
        ("NAME", "Troy Dugas"),
        ("NAME", "Troy", "*"),
        ("NAME", "Nicole"),
    ],
    note="boat name that looks like a saint, and its registration number; captain and wife",
)

n(
    "en",
    "event",
    "Feast of St. Anne, July 26 🙏 Father Ambrose Dugas will bless the fleet and our rescue boats at the Delcambre docks at 10 am.",
    "saint's feast as an event date; priest",
)

p(
    "en",
    "patient_story",
    "Mr. Lucien Thibodeaux has ridden in the Courir de Mardi Gras in Eunice for 40 years. This year, on Feb. 12, he got thrown from his horse chasing the chicken. 🐔 3 broken ribs later, he says next year he's riding a four-wheeler like 'the young ones.'",
    [("NAME", "Lucien Thibodeaux"), ("GEO", "Eunice"), ("DATE", "Feb. 12")],
    note="place of the injury looks like a woman's name; injury date",
)

n(
    "en",
    "public_figure",
    "Clifton Chenier, the King of Zydeco, was born just up the road near Opelousas. 🪗 Celebrate his music with us at the Zydeco for Your Heart dance, Saturday, Aug. 9.",
    "historical figure's birthplace; event date",
)

p(
    "es",
    "milestone_birthday",
    "¡Nuestra paciente más querida cumple 95! 🎂 Doña Tomasa Rivera, casi centenaria, nació en Santa Rosa de Copán y hoy celebró con sus bisnietos en el cuarto 210.",
    [
        ("AGE", "95"),
        ("NAME", "Tomasa Rivera"),
        ("AGE", "centenaria"),
        ("GEO", "Santa Rosa de Copán"),
        ("OTHER_ID", "cuarto 210"),
    ],
    note="90+ age as number and word; Honduran birthplace; room number",
)

n(
    "es",
    "health_tip",
    "Las personas mayores de 90 años tienen más riesgo de deshidratación en el verano. Llame a sus abuelitos, llévenles agua y revise que tengan aire acondicionado. 🥵",
    "population age",
)

p(
    "en",
    "patient_story",
    "Bobby Joe LeBlanc has been the crossing guard on Admiral Doyle Drive for 26 years. On Monday he got hit by a car doing that job. He's going to be ok, and the kids at his school made him 300 get-well cards. 💛 #BobbyJoeStrong",
    [("NAME", "Bobby Joe LeBlanc"), ("GEO", "Admiral Doyle Drive"), ("NAME", "#BobbyJoeStrong")],
    note="the street where he works and was hurt; name hashtag",
)

n(
    "en",
    "health_tip",
    "School's back! 🚸 Slow down in the school zones on Admiral Doyle Drive, Center Street and Hopkins Street. Our ER would love a quiet September.",
    "streets that are GEO in patient posts, here with no patient",
)

p(
    "en",
    "thank_you",
    "This one's for the Guidry family of Coteau Holmes: thank you for the 200 pounds of crawfish for our Nurses Week boil. Y'all said it was 'for taking care of Daddy in May' — Daddy, we'd do it again 🦞💛",
    [("NAME", "Guidry"), ("GEO", "Coteau Holmes"), ("DATE", "May")],
    note="family surname and community; month of the stay; 'Daddy' is not a name",
)

n(
    "en",
    "event",
    "Nurses Week crawfish boil is Wednesday, May 7, 4-7 pm on the back lawn. 🦞 Thanks to Guidry's Seafood for the crawfish!",
    "event date; business named for a surname",
)

p(
    "en",
    "anonymous_story",
    "A baby boy was born on our ER ramp on Christmas Eve at 11:58 pm. Two minutes later and he'd have been a Christmas baby! 🎄 Congrats to the family from Baldwin.",
    [("DATE", "Christmas Eve"), ("GEO", "Baldwin")],
    note="no names, but the birth day (a holiday) and the family's town; 'Christmas baby' is not his birth day",
)

n(
    "en",
    "event",
    "Christmas Eve Mass in the hospital chapel at 6 pm with Father Ambrose Dugas. Patients who can't come down can watch on channel 3. 🎄",
    "holiday event",
)

p(
    "en",
    "pasted_record",
    "Copied from the whiteboard in room 221: 'Your nurse today: Jess 💙 Your goal: walk to the window! Family contact: son Dwayne 337-555-2046. Patient prefers: Mr. Ed.'",
    [("OTHER_ID", "room 221"), ("NAME", "Dwayne"), ("PHONE", "337-555-2046"), ("NAME", "Ed")],
    note="room number, son and his phone, preferred name; the nurse is staff",
)

n(
    "en",
    "health_tip",
    "Whiteboard tip for families: ask the nurse to write down the plan for the day. Your questions are welcome — write them on the board too. 📝",
    "general tip",
)

p(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma hits young adults hardest. Our patient Marisol Reyes-Broussard, 24, finished her last round of chemo Friday and asked us to tell other young people: get that lump checked. 🎗️ #MarisolMonday",
    [("NAME", "Marisol Reyes-Broussard"), ("NAME", "#MarisolMonday")],
    note="eponymous condition; hyphenated surname; name hashtag; age under 90",
)

n(
    "en",
    "campaign_hashtag",
    "#MotivationMonday from our cardiac rehab crew: 30 minutes of walking, 5 days a week. The levee counts. 🚶‍♀️",
    "generic hashtag",
)

p(
    "es",
    "anonymous_story",
    "A la señora del cuarto 412 que nos enseñó a hacer tortillas en el microondas: ¡gracias! Le deseamos una pronta recuperación. 🫓",
    [("OTHER_ID", "cuarto 412")],
    note="no name, but a room number",
)

n(
    "es",
    "anonymous_story",
    "Una familia de Honduras nos trajo pupusas y baleadas para todo el turno de noche. No sabemos sus nombres, pero nunca los vamos a olvidar. 💙",
    "anonymous family; a country is not GEO",
)

p(
    "en",
    "milestone_birthday",
    "Mr. Alton Viator — no relation to the mayor, he wants y'all to know — turned 91 on Saturday in our cardiac step-down unit. 🎂 His wife of 68 years, Miss Lorraine, baked the cake herself.",
    [("NAME", "Alton Viator"), ("AGE", "91"), ("NAME", "Lorraine")],
    note="patient shares the mayor's surname; 90+ age; wife; '68 years' is a marriage length",
)

n(
    "en",
    "public_figure",
    "Mayor Viator declared Feb. 7 'Wear Red Day' in New Iberia ❤️ Our staff will be wearing red and offering free BP checks downtown from 11 to 1.",
    "public figure; event date",
)

p(
    "en",
    "patient_story",
    "We get asked a lot: what does a rural clinic actually do?\n\nHere's one answer. On a Tuesday in August, a cane farmer named Roland Segura walked into our Jeanerette clinic because his feet 'felt funny.' His sugar was 512.\n\nOur nurse practitioner started insulin that afternoon. Roland's daughter Tammy drove him back every week for a month.\n\nToday Roland's A1C is 6.8, he's still farming 400 acres outside of Charenton, and he wants everyone to know the clinic is right there on Main Street. 🌾",
    [
        ("DATE", "August"),
        ("NAME", "Roland Segura"),
        ("NAME", "Roland", "*"),
        ("NAME", "Tammy"),
        ("GEO", "Charenton"),
    ],
    note="month of the visit; daughter; the town he farms near; the clinic's own street is not GEO",
)

n(
    "en",
    "hospital_contact",
    "Jeanerette Rural Health Clinic 📍 318 Main Street, Jeanerette, LA 70544 ☎️ (337) 555-0127 🕗 Mon-Fri 7:30-5:30, walk-ins welcome. Se habla español.",
    "the clinic's own address, ZIP and number",
)

p(
    "en",
    "discharge",
    "Sgt. Darryl Comeaux (Ret.) served 22 years in the Army and 0 days in a hospital — until a gator-hunting trip on Lake Fausse Pointe in September ended with 40 stitches. 🐊 He's home, Sgt., and the gator is in the freezer.",
    [("NAME", "Darryl Comeaux"), ("GEO", "Lake Fausse Pointe"), ("DATE", "September")],
    note="rank outside the name; place and month of the injury",
)

n(
    "en",
    "health_tip",
    "Gator season opens the last Wednesday of August. 🐊 If you're going out, take a buddy, a first aid kit and a charged phone. And please don't try to 'just check' if it's dead.",
    "season dates, no patient",
)

p(
    "en",
    "thank_you",
    "merci to the LeBlanc boys for the fresh figs 🍈 y'all's mama is doing great on 4 West.",
    [("NAME", "LeBlanc")],
    note="the patient is only 'mama'; her sons' family surname",
)

n(
    "en",
    "staff_spotlight",
    "The LeBlanc sisters — Dr. Anne LeBlanc (cardiology) and Dr. Claire LeBlanc (pediatrics) — are our first sister physicians. 👩‍⚕️👩‍⚕️ Their mama must be proud!",
    "staff and a staff member's own mother",
)

p(
    "es",
    "crisis_update",
    "todo el piso 3 norte está orando por yeni 🙏 tiene 16 años y el agua del huracán entró a su casa en la calle Lee mientras dormía. #FuerzaYeni",
    [("NAME", "yeni"), ("GEO", "calle Lee"), ("NAME", "#FuerzaYeni")],
    note="lower-case name; home street named like a person; name hashtag",
)

n(
    "es",
    "crisis_update",
    "Refugio abierto en el gimnasio de la escuela de Loreauville para familias afectadas por las inundaciones. Traigan sus medicinas. Si necesita oxígeno, llame al (337) 555-0166.",
    "shelter venue; hospital line",
)

if __name__ == "__main__":
    S.main("phi_dev15_source")
