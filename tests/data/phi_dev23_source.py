"""Blind development set d23 for the PHI scanner: tests/data/phi_dev23.jsonl.

Organisation: Turquoise Mesa Regional Medical Center (phi_dev23_org.json), a regional
hospital in Gallup, New Mexico, serving the Navajo Nation and Zuni Pueblo, with the
Crownpoint Health Clinic, the Zuni Family Clinic and the Window Rock Area Clinic
(St. Michaels, AZ). Its numbers, addresses, domains and handles are never PHI.
Focus: Diné, Zuni, Hispanic and Anglo names (many of them ordinary words: Hope, Rain,
Blue, Hawk, Long, Joe, Largo...), clan introductions, chapter communities, sheep camps,
rodeo and powwow injuries, long rural drives, elders over 90 (ages as digits, words,
"centenarian"), code talkers and their descendants, uranium miners, traditional
practitioners working beside staff; pasted internal notes (census lists, wristbands,
PRC/billing lines, EMS handoffs, security logs); hard negatives with staff, volunteers
aged 90+, donors, historical figures, eponymous conditions, event dates and the
hospital's own contact data.
Language mix: 204 English, 36 Spanish (15%); 121 patient-specific, 119 not.
Labelling decisions taken in this set (where the rules leave room):
- Tribe, people and language words (Diné, Navajo, Zuni as a people or a language),
  "Navajo Nation", "the rez" are not GEO. A chapter, town or community where a patient
  or relative lives (Tohatchi, Naschitti, Black Rock, Smith Lake...) is GEO; a chapter
  house used as an event venue is not.
- The town where a patient's injury happened (rodeo, powwow, house fire) is GEO, like
  the road of a crash; named public events (Navajo Nation Fair, Inter-Tribal
  Ceremonial) are not. A hospital clinic named after its town ("our Crownpoint
  clinic") is the hospital, never GEO.
- Clan names in a clan introduction (Tó'aheedlíinii, born for Tábąąhá) are not
  identifiers and are never labelled, for patients or staff.
- Kinship words and honorifics are outside NAME spans: Grandma, Grandpa, Nana, Auntie,
  Uncle, shimásání, Shimá, Hastiin/Hosteen (= Mr.), don/doña, Sra., Dr., Lt. Col.
- A staff member, public figure or code-talker descendant who is the patient is
  labelled. A staff member introduced as the relative of a patient is labelled (like a
  donor who is a patient's relative). A traditional practitioner (hataałii) on staff
  who blesses a patient is staff and is not labelled.
- An otherwise anonymous post becomes patient-specific when it gives the patient's age
  over 89, home town or an admission date ("A 96-year-old grandmother", "A rancher
  from Ramah", "admitted on Jan. 4").
- Ages: spelled ages are labelled whole ("one hundred and two", "Ninety-one",
  "NOVENTA Y NUEVE"); a patient's past age over 89 ("the same as 104") is AGE too.
  Ages of volunteers, staff and their families are never labelled.
- Dates: a day of the month alone is DATE without the article ("the 9th" -> "9th");
  a month tied to the stay is DATE even in "last November" / "in october"; a holiday
  the patient only spent somewhere (went home "for Christmas") is not DATE. Time of
  day, weekdays and durations are not labelled.
- Room-like places assigned to a patient take the keyword: "Rm 5W-09", "bay 3",
  "hab. 312", "cama 9"; a room listed as empty is not labelled. Hospital units
  (3 West, 4 North, 2 East) are not labelled.
- Tribal census / enrollment numbers and portal user names are OTHER_ID; an SSN is
  labelled as written; a family social handle is OTHER_ID including its "@".
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev23.jsonl"), os.path.join(HERE, "phi_dev23_org.json"), "d23")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "discharge",
    "little shandiin went home to Tohatchi today after 19 days with us 💙 her masani drove 2 hrs each "
    "way every single day. ahéhee' to the whole peds team! #TurquoiseMesaStrong",
    [("NAME", "shandiin"), ("GEO", "Tohatchi")],
    note="lower-case Diné first name and home chapter; masani is a kin word; campaign tag not labelled",
)

# 2
n(
    "en",
    "health_tip",
    "Heading out to sheep camp this week? Pack extra water, your meds for the whole stay, and let "
    "someone know your route. Cell service drops fast past the mesa. 🐑☀️ #HozhoHealth",
    "generic seasonal tip; campaign hashtag",
)

# 3
p(
    "en",
    "birth_announcement",
    "Yá'át'ééh, baby Ahiga! 👶 Born on Valentine's Day at 6:12 am for proud parents Dezbah and Marcus. "
    "Welcome to the world, little one!",
    [("NAME", "Ahiga"), ("DATE", "Valentine's Day"), ("NAME", "Dezbah"), ("NAME", "Marcus")],
    note="baby's and parents' first names; birth on a named holiday is DATE",
)

# 4
n(
    "en",
    "staff_spotlight",
    "Meet Loretta Benally, RN, who has worked at our Crownpoint clinic for 31 years. She's Tódích'íinii, "
    "born for Kinyaa'áanii, and still drives 70 miles round trip every shift. Ahéhee', Loretta! "
    "#NurseSpotlight",
    "staff nurse with clan introduction; hospital clinic",
)

# 5
p(
    "en",
    "milestone_birthday",
    "HAPPY 100TH BIRTHDAY GRANDMA ELSIE!!! 🎂🎉 the 3 West crew threw her a party with blue corn mush "
    "and she beat everyone at cards",
    [("AGE", "100TH"), ("NAME", "ELSIE")],
    note="ALL CAPS first name and age; 3 West is a unit",
)

# 6
n(
    "en",
    "eponymous_condition",
    "April is Parkinson's Awareness Month. Our movement clinic in Gallup now has a Diné-speaking nurse "
    "navigator — call (505) 555-0100 and ask for neurology. #ParkinsonsAwareness",
    "eponymous condition, awareness month, hospital phone",
)

# 7
p(
    "en",
    "patient_story",
    "After getting bucked off at the Crownpoint rodeo, bull rider Tyrel Manygoats spent 9 days with our "
    "ortho team. He's already asking when he can ride again (not yet, Tyrel 😅). #RodeoStrong",
    [("NAME", "Tyrel Manygoats"), ("NAME", "Tyrel", "*"), ("GEO", "Crownpoint")],
    note="surname that is ordinary words; town of the rodeo injury is GEO",
)

# 8
n(
    "en",
    "statistic",
    "In 2023 our teams cared for 212 patients aged 90 and older, and 6 who were over 100. Our elders "
    "carry our history — thank you for trusting us with their care.",
    "population ages, no individual",
)

# 9
p(
    "en",
    "pasted_record",
    "3W census 0600: Rm 304 YAZZIE, WILBERT - CHF, O2 2L; Rm 305 empty; Rm 306 LUCERO, ANA M - "
    "post-op day 2 hip. family at bedside. pls disregard, wrong window 🙃",
    [
        ("OTHER_ID", "Rm 304"),
        ("NAME", "YAZZIE, WILBERT"),
        ("OTHER_ID", "Rm 306"),
        ("NAME", "LUCERO, ANA M"),
    ],
    note="pasted census list; the empty room 305 is not tied to a patient",
)

# 10
n(
    "es",
    "health_tip",
    "¿Va a manejar a Albuquerque para su cita? Salga temprano, lleve agua y sus medicamentos. Si necesita "
    "transporte, llame al (505) 555-0100. 🚐 #SaludFamiliar",
    "generic travel tip, hospital phone",
)

# 11
p(
    "en",
    "thank_you",
    "Ahéhee' to the Bitsui family for the beautiful Pendleton blanket you left on 4 North after your dad "
    "went home. It's hanging in the break room and we smile every time we walk by 💛",
    [("NAME", "Bitsui")],
    note="family surname of a patient; 4 North is a unit",
)

# 12
n(
    "en",
    "campaign_hashtag",
    "Every dollar raised during #GiveHozho goes to our mobile van that reaches families in the most "
    "remote chapters. Help us hit $50K by Friday! tmrmcfoundation.org 🚐",
    "campaign hashtag and hospital foundation domain",
)

# 13
p(
    "en",
    "memorial",
    "We are heartbroken to share that Code Talker Frank Peshlakai, 97, passed peacefully at our hospital "
    "on the evening of May 9 surrounded by family. He told our nurses stories of the war until his "
    "last day. Rest now, grandfather. 🇺🇸",
    [("NAME", "Frank Peshlakai"), ("AGE", "97"), ("DATE", "May 9")],
    note="public figure who died as our patient: name, age over 89, date of death",
)

# 14
n(
    "en",
    "public_figure",
    "On Navajo Code Talkers Day (Aug. 14) we honor Chester Nez and the original 29 Marines whose "
    "unbreakable code helped win WWII. 🇺🇸 Our Window Rock Area Clinic will close at noon for the parade.",
    "historical figure and an awareness day",
)

# 15
p(
    "en",
    "patient_story",
    "Uranium miner for 22 years, now fighting for his lungs. Mr. Joe from Church Rock asked us to share "
    "his story so other miners get screened early: 'I waited too long. Don't be like me.' "
    "RECA screenings: (505) 555-0100.",
    [("NAME", "Joe"), ("GEO", "Church Rock")],
    note="surname that is a common first name; home community; hospital phone not labelled",
)

# 16
n(
    "en",
    "research",
    "New study from our pulmonary team with UNM: former uranium workers on the Navajo Nation had twice "
    "the rate of restrictive lung disease. Free screenings continue every 2nd Tuesday at our Crownpoint "
    "Health Clinic.",
    "research finding about a population",
)

# 17
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Xiomara! 🎀 Nació el 3 de enero a las 2:40 am, pesando 7 libras. Muchas "
    "felicidades a sus papás Yesenia y Rogelio Archuleta de Gamerco. 💕",
    [
        ("NAME", "Xiomara"),
        ("DATE", "3 de enero"),
        ("NAME", "Yesenia"),
        ("NAME", "Rogelio Archuleta"),
        ("GEO", "Gamerco"),
    ],
    note="baby and parents, birth date, family's town",
)

# 18
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Guadalupe Ortega, nuestra nueva pediatra. Creció en Grants, habla español e "
    "inglés y está aprendiendo navajo con sus pacientes. ¡Bienvenida, doctora! 🩺",
    "new doctor and her home town",
)

# 19
p(
    "en",
    "discharge",
    "Hope is going home! 🌈 After 6 weeks, 2 surgeries and more popsicles than we could count, Hope rang "
    "the bell this morning. Her big brother Kaden made the sign. We hope we only see you at the parade "
    "from now on!",
    [("NAME", "Hope", "*"), ("NAME", "Kaden")],
    note="first name that is an ordinary word; lower-case 'hope' is the verb; brother's name",
)

# 20
n(
    "en",
    "event",
    "Join us Saturday, June 7, 9am–1pm at Red Rock Park for our Family Health Fair: free blood pressure "
    "checks, diabetes screening, car seat installs, and frybread (in moderation 😉).",
    "event date and venue",
)

# 21
p(
    "en",
    "milestone_birthday",
    "Today our oldest patient on 2 East turned one hundred and two! 🎉 Mrs. Nakai says the secret is "
    "mutton stew and never missing a sunrise. Happy birthday, shimásání! 💐",
    [("AGE", "one hundred and two"), ("NAME", "Nakai")],
    note="spelled-out age over 89; surname after honorific; shimásání is a kin word",
)

# 22
n(
    "en",
    "anonymous_story",
    "A grandpa in his 80s drove himself 90 miles with chest pain because he 'didn't want to bother "
    "anyone.' He's okay — but please, call 911. You are never a bother. ❤️",
    "anonymous; age range under 90; 90 is a distance",
)

# 23
p(
    "en",
    "pasted_record",
    "ED tracking: bed 12 - BEGAY, R (MRN 00917734) - horse kick L chest, CT pending. bed 14 - open.",
    [("OTHER_ID", "bed 12"), ("NAME", "BEGAY, R"), ("MRN", "00917734")],
    note="pasted tracking board; empty bed 14 not labelled",
)

# 24
n(
    "en",
    "hospital_contact",
    "Our Zuni Family Clinic at 12 Shalako Way is open late Thursdays until 7pm. Call (505) 555-0156 to "
    "book. Walk-ins welcome for flu shots! 💉",
    "hospital clinic address and phone",
)

# 25
p(
    "en",
    "patient_story",
    "When Nizhoni was admitted on Christmas Eve with RSV, she was 3 weeks old. Today she's a chunky "
    "4-month-old who gives the best gummy smiles 😍 #NizhoniStrong",
    [("NAME", "Nizhoni"), ("DATE", "Christmas Eve"), ("NAME", "#NizhoniStrong")],
    note="first name, admission on a holiday, name hashtag",
)

# 26
n(
    "en",
    "eponymous_condition",
    "Graves' disease, Hashimoto's, thyroid nodules — our endocrinology clinic sees them all. New patients "
    "can now be seen in Zuni once a month. Ask your provider for a referral.",
    "eponymous conditions; clinic location",
)

# 27
p(
    "en",
    "thank_you",
    "Shoutout to Auntie Velma who brought 3 dozen blue corn muffins for night shift after her nephew's "
    "surgery 🥹 we see you, Velma! (and yes we ate them all)",
    [("NAME", "Velma", "*")],
    note="patient's aunt named; the patient is unnamed",
)

# 28
n(
    "en",
    "recruitment",
    "Now hiring: travel RNs, a Diné-speaking patient navigator, and a CDL driver for our mobile health "
    "van. Sign-on bonus + housing stipend. Apply at tmrmc.org/careers 🏜️",
    "recruitment, hospital domain",
)

# 29
n(
    "en",
    "crisis_update",
    "Due to the winter storm, our Crownpoint and Zuni clinics are closed today. The Gallup ED is open "
    "24/7. If you rely on oxygen or dialysis and can't get in, call (505) 555-0111. Stay safe, "
    "relatives. ❄️",
    "closure notice, hospital phone",
)

# 30
p(
    "en",
    "patient_story",
    "Six weeks ago Darnell Tsosie rolled his truck on Indian Route 9 coming home from a basketball game. "
    "Today he walked out of our rehab gym on his own two feet. 🏀💪 #TeamDarnell",
    [("NAME", "Darnell Tsosie"), ("GEO", "Indian Route 9"), ("NAME", "#TeamDarnell")],
    note="name, road of the crash, name hashtag",
)

# 31
n(
    "en",
    "public_figure",
    "Council Delegate Rosalind Tohannie toured our new dialysis unit Tuesday and heard from our nurses "
    "about rural staffing. Thank you for advocating for care close to home!",
    "public official visiting, not a patient",
)

# 32
p(
    "en",
    "public_figure",
    "Council Delegate Marvin Largo thanks our cardiac team after his stent procedure last week — and yes, "
    "he gave us permission to share! He's back at the chapter house already. 😄 Get your heart "
    "checked, relatives.",
    [("NAME", "Marvin Largo")],
    note="public figure who is our patient",
)

# 33
n(
    "en",
    "eponymous_condition",
    "Navajo neurohepatopathy is a rare inherited liver and nerve disease found mostly in Diné families. "
    "Our genetics counselor explains what it is and why early testing matters 👇",
    "condition named after a people",
)

# 34
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 95 a doña Cleofas! 🎂 Nuestras enfermeras del tercer piso le cantaron Las "
    "Mañanitas y ella les enseñó a bailar. ¡Que Dios la bendiga!",
    [("AGE", "95"), ("NAME", "Cleofas")],
    note="age over 89 and first name after doña",
)

# 35
n(
    "es",
    "statistic",
    "En Nuevo México, 1 de cada 4 adultos mayores de 65 años vive con diabetes. En nuestra región, la "
    "cifra es aún mayor. Hágase la prueba gratis este mes en cualquiera de nuestras clínicas.",
    "population statistic",
)

# 36
p(
    "en",
    "birth_announcement",
    "first baby born at our hospital on New Year's Day!!! 🎆 welcome Kai Yellowhorse, 8 lb 1 oz, 12:09am. "
    "mom Sheena says he's already got his grandpa's ears lol",
    [("DATE", "New Year's Day"), ("NAME", "Kai Yellowhorse"), ("NAME", "Sheena")],
    note="holiday birth date, baby and mother",
)

# 37
n(
    "en",
    "staff_spotlight",
    "Dr. Walter Yellowhair retires after 38 years as our family physician. He delivered more than 2,000 "
    "babies — some of whom now work here as nurses! Happy retirement, Doc. 🌵",
    "retiring doctor",
)

# 38
p(
    "en",
    "anonymous_story",
    "A 96-year-old grandmother came into our ED last night after a fall at her sheep camp. She refused a "
    "wheelchair and walked out on her cane, insisting her sheep needed her. Respect. 🐑",
    [("AGE", "96-year-old")],
    note="otherwise anonymous, but the patient's age over 89 is an identifier",
)

# 39
n(
    "en",
    "anonymous_story",
    "A young mom from one of our rural chapters told us she drove 3 hours with her baby because the "
    "nearest clinic had no one who spoke Diné. That's why we're hiring interpreters. 💬",
    "anonymous, no place named",
)

# 40
p(
    "en",
    "hospital_contact",
    "Replying to Rachel: We're so sorry about the billing mix-up from your mom's stay. We'll call you at "
    "(505) 555-0187 like you asked, or you can reach Patient Financial Services at (505) 555-0123. 💙",
    [("NAME", "Rachel"), ("PHONE", "(505) 555-0187")],
    note="patient's daughter and her phone; the second number is the hospital's",
)

# 41
n(
    "en",
    "hospital_contact",
    "Questions about a bill? Patient Financial Services: (505) 555-0123, Mon–Fri 8–5, or stop by "
    "301 W Coal Ave. We also have Navajo and Zuni interpreters: (505) 555-0134.",
    "hospital phones and address",
)

# 42
p(
    "en",
    "patient_story",
    "Rain came to us with a broken arm from falling off the corral fence and left with a purple cast "
    "signed by half the peds floor. Rain or shine, we're cheering for you, Rain! ☔",
    [("NAME", "Rain", 1), ("NAME", "Rain", 3)],
    note="first name that is an ordinary word; 'Rain or shine' is the idiom",
    ok=("Rain",),
)

# 43
n(
    "en",
    "health_tip",
    "Monsoon season is here ⛈️ Flash floods can turn a dry wash into a river in minutes. Never drive "
    "through running water, and keep a charged phone and water in the truck.",
    "generic tip",
)

# 44
p(
    "en",
    "pasted_record",
    "PFS note - acct 2024-118830 / CHEE, MARLENE / NM Medicaid ID 4410029871 / PRC referral pending, "
    "call dtr at 505-555-0192 re: balance",
    [
        ("ACCOUNT", "2024-118830"),
        ("NAME", "CHEE, MARLENE"),
        ("HEALTH_PLAN", "4410029871"),
        ("PHONE", "505-555-0192"),
    ],
    note="pasted billing line: account, name, Medicaid id, daughter's phone",
)

# 45
n(
    "en",
    "sponsor",
    "Huge thanks to the Gallup Lions Club and Ruiz Brothers Trucking for sponsoring 400 winter coats for "
    "kids across McKinley County! 🧥❄️",
    "sponsors; county not tied to a patient",
)

# 46
p(
    "en",
    "memorial",
    "Our hearts are with the Etsitty family. Grandma Lena was a weaver, a sheepherder, and for the last "
    "3 years a Tuesday regular at our dialysis unit who taught every nurse at least one Navajo word. "
    "Hágoónee', Lena. 🕊️",
    [("NAME", "Etsitty"), ("NAME", "Lena", "*")],
    note="family surname and patient's first name",
)

# 47
n(
    "en",
    "memorial",
    "Today we remember Joyce Attakai, RN, who served our patients for 27 years. Her laugh could be heard "
    "from one end of 2 West to the other. Services will be held Saturday at the Tohatchi Chapter House.",
    "staff memorial; chapter house is the service venue",
)

# 48
p(
    "en",
    "milestone_birthday",
    "Ninety-one years young and still hauling water! 💧 Happy birthday to Mr. Hoskie Cly, who told our "
    "Crownpoint clinic nurses he only came in because his granddaughter Alicia made him. Thank you, "
    "Alicia! 😂",
    [("AGE", "Ninety-one"), ("NAME", "Hoskie Cly"), ("NAME", "Alicia", "*")],
    note="spelled age, patient and granddaughter; hospital clinic not GEO",
)

# 49
n(
    "en",
    "statistic",
    "Nationally, adults over 90 are the fastest-growing age group. At Turquoise Mesa, we've added "
    "geriatric-trained nurses at every clinic to keep up. 👵🏽👴🏽",
    "population age",
)

# 50
p(
    "en",
    "patient_story",
    "Plot twist: our own ED charge nurse Brandon Whitehorse spent last week on the OTHER side of the bed "
    "after his appendix decided to quit. Welcome back, Brandon — and please stop trying to check your "
    "own vitals. 😂",
    [("NAME", "Brandon Whitehorse"), ("NAME", "Brandon", "*")],
    note="staff member who was the patient",
)

# 51
n(
    "es",
    "event",
    "Feria de salud gratuita este sábado 14 de septiembre en el Centro Comunitario de Gallup, de 9 a 1. "
    "Vacunas, presión arterial y pruebas de azúcar. ¡Traiga a toda la familia! 🎉",
    "event date and venue",
)

# 52
p(
    "es",
    "patient_story",
    "Don Ramón Gallegos llegó a urgencias el 2 de febrero con un infarto. Hoy, después de rehabilitación "
    "cardiaca, volvió a bailar con su esposa Irene en su aniversario. ❤️ ¡Gracias por dejarnos "
    "compartir su historia!",
    [("NAME", "Ramón Gallegos"), ("DATE", "2 de febrero"), ("NAME", "Irene")],
    note="patient, admission date, wife",
)

# 53
n(
    "en",
    "eponymous_condition",
    "Crohn's disease doesn't always look the same. Our GI team now offers telehealth visits from the "
    "Window Rock Area Clinic so you don't have to drive to Gallup for every follow-up.",
    "eponymous condition; hospital clinic",
)

# 54
p(
    "en",
    "discharge",
    'Room 214 is quiet today — our buddy "Bear" finally went home after 3 weeks of antibiotics. The '
    "nurses already miss his dinosaur roars. 🦖",
    [("OTHER_ID", "Room 214"), ("NAME", "Bear")],
    note="patient's room and quoted nickname",
)

# 55
n(
    "en",
    "event",
    "Thank you to everyone who ran the Hózhó 5K on Sunday! 312 runners, one very brave mascot, and "
    "$18,400 raised for our cancer center. See you next year! 🏃‍♀️",
    "fundraising event",
)

# 56
p(
    "en",
    "thank_you",
    '"My grandpa Leonard was in room 402 for two weeks and every nurse treated him like family" — '
    "comment from Tasha B. We're printing this out for the 4th floor. Thank you, Tasha! 💙",
    [("NAME", "Leonard"), ("OTHER_ID", "room 402"), ("NAME", "Tasha B"), ("NAME", "Tasha", "*")],
    note="quoted comment: patient, his room, granddaughter",
)

# 57
n(
    "en",
    "campaign_hashtag",
    "Wear turquoise on Friday for #TurquoiseMesaStrong and snap a pic with your team! Best photo wins "
    "lunch from Earl's. 📸💙",
    "campaign; photo of staff",
)

# 58
p(
    "en",
    "milestone_birthday",
    "103 winters! ❄️ Zuni elder Grandma Ida Laate celebrated her birthday at our Zuni Family Clinic today "
    "with her great-great-grandkids. Elahkwa for letting us share, Ida!",
    [("AGE", "103"), ("NAME", "Ida Laate"), ("NAME", "Ida", "*")],
    note="age in winters; Zuni as a people and the clinic are not GEO",
)

# 59
n(
    "en",
    "staff_spotlight",
    "Meet our longest-serving volunteer, Betty Lucero — 93 years old and still at the gift shop every "
    "Wednesday. She's knitted over 1,500 baby hats for our nursery! 🧶",
    "volunteer's name and age are not PHI",
)

# 60
p(
    "en",
    "pasted_record",
    "pt: HARVEY, DELBERT J  DOB 11/03/1962  admit 3/28 via ED  census # 312-774  ph (928) 555-0147 "
    "(wife Marilyn)",
    [
        ("NAME", "HARVEY, DELBERT J"),
        ("DATE", "11/03/1962"),
        ("DATE", "3/28"),
        ("OTHER_ID", "312-774"),
        ("PHONE", "(928) 555-0147"),
        ("NAME", "Marilyn"),
    ],
    note="pasted chart line; tribal census number is OTHER_ID",
)

# 61
n(
    "en",
    "health_tip",
    "Hantavirus is spread by mouse droppings in sheds, hogans and storage rooms. Before sweeping out that "
    "shed this spring, spray it down with bleach water and wear a mask. 🐭",
    "generic tip",
)

# 62
p(
    "en",
    "patient_story",
    "Meet Shimá Rose (she insisted we call her that 😊). At 90, she herds 40 sheep by herself near "
    "Coyote Canyon and came to us only because her knee 'stopped listening.' New knee, same Rose. 🐑",
    [("NAME", "Rose", "*"), ("AGE", "90"), ("GEO", "Coyote Canyon")],
    note="Shimá is a kin word; age 90; home chapter",
)

# 63
n(
    "en",
    "public_figure",
    "Annie Dodge Wauneka spent her life fighting tuberculosis on the Navajo Nation and received the "
    "Presidential Medal of Freedom in 1963. Our new Wauneka Wellness Wing opens in her honor this fall. 🏥",
    "historical figure; building named after her",
)

# 64
p(
    "en",
    "discharge",
    "our lil rodeo cowgirl jolene is finaly going home after her barrel horse fell on her at the ramah "
    "rodeo 🐎 see u at the next one jolene!! (with a helmet pls)",
    [("NAME", "jolene", "*"), ("GEO", "ramah")],
    note="lower case, typo; town of the injury",
)

# 65
n(
    "en",
    "recruitment",
    "Are you a CNA who speaks Zuni or Diné? Our elder care unit needs you. $2/hr language differential. "
    "Apply: tmrmc.org/careers or call (505) 555-0100. 💬",
    "recruitment; languages",
)

# 66
p(
    "en",
    "patient_story",
    "Big thank you to Marcus Bahe, who drove his grandmother 140 miles in a snowstorm to get her to our "
    "dialysis chair on time. She didn't miss a single session. Family is everything. 🌨️",
    [("NAME", "Marcus Bahe")],
    note="only the patient's grandson is named",
)

# 67
n(
    "en",
    "sponsor",
    "Thank you, Four Corners Electric Co-op, for donating backup generators to families who rely on home "
    "oxygen! ⚡",
    "sponsor",
)

# 68
p(
    "en",
    "birth_announcement",
    "Born on the 4th of July at 11:58 pm — two minutes to spare! 🎆 Welcome, Liberty Rose Dishta, and "
    "congrats to mom Cheyenne and dad Orlando. 🇺🇸",
    [
        ("DATE", "4th of July"),
        ("NAME", "Liberty Rose Dishta"),
        ("NAME", "Cheyenne"),
        ("NAME", "Orlando"),
    ],
    note="holiday birth date; names that are also places",
)

# 69
n(
    "en",
    "event",
    "November 14 is World Diabetes Day. 💙 Stop by our Gallup lobby for free A1C checks and a cooking "
    "demo with traditional foods — blue corn, squash, and mutton (lean cuts!).",
    "awareness day",
)

# 70
p(
    "en",
    "thank_you",
    "So happy to see Jaylen's GoFundMe reached its goal! 🙌 If you want to follow his recovery, his "
    "family posts updates at @JaylensJourney_NM. Keep healing, Jaylen!",
    [("NAME", "Jaylen", "*"), ("OTHER_ID", "@JaylensJourney_NM")],
    note="first name and the family's social handle",
)

# 71
n(
    "en",
    "eponymous_condition",
    "Bell's palsy can look like a stroke. If one side of the face droops suddenly, don't guess — call "
    "911. Time matters. ⏱️",
    "eponymous condition; national number",
)

# 72
p(
    "es",
    "memorial",
    "Con mucha tristeza despedimos a doña Amalia Trujillo, quien falleció el 17 de octubre a los 98 años "
    "en nuestra unidad de cuidados paliativos. Su hija Rosalinda nos pidió compartir su "
    "agradecimiento. Descanse en paz. 🕯️",
    [("NAME", "Amalia Trujillo"), ("DATE", "17 de octubre"), ("AGE", "98"), ("NAME", "Rosalinda")],
    note="name, date of death, age over 89, daughter",
)

# 73
n(
    "es",
    "anonymous_story",
    "Una paciente de unos 70 años nos dijo que tenía miedo de venir porque no hablaba inglés. Hoy tenemos "
    "intérpretes de español, navajo y zuni en todas nuestras clínicas. Nadie debe tener miedo de pedir "
    "ayuda. 💬",
    "anonymous, age under 90",
)

# 74
p(
    "en",
    "pasted_record",
    "@TMRMC_Gallup can someone pull the chart for MRN 40082217 before the 2pm huddle? thx",
    [("MRN", "40082217")],
    note="bare MRN posted by mistake; hospital handle not labelled",
)

# 75
n(
    "en",
    "hospital_contact",
    "Lost? 🧭 The main entrance at 2100 Nizhoni Blvd is under construction. Please use the east entrance "
    "off Boardman Ave; free parking in Lot C. Info desk: (505) 555-0100.",
    "hospital address and entrances",
)

# 76
p(
    "en",
    "discharge",
    "From our ICU on Nizhoni Blvd all the way home to Naschitti: after 51 days, Ashkii Benally is heading "
    "back to his sheep with a brand-new heart valve. 💙 Drive safe, Ashkii!",
    [("NAME", "Ashkii Benally"), ("NAME", "Ashkii", "*"), ("GEO", "Naschitti")],
    note="home chapter is GEO; the hospital's street (also a Diné name) is not",
)

# 77
n(
    "en",
    "staff_spotlight",
    "Meet Leonard Tsinnijinnie, our hataałii (traditional practitioner), who offers blessings and "
    "consultations in our Native Medicine Room alongside our medical teams. Requests: ask your nurse or "
    "call (505) 555-0134.",
    "staff traditional practitioner",
)

# 78
p(
    "en",
    "patient_story",
    "Before her surgery, Grace's family asked for a blessing in room 318. Our hataałii, Mr. Tsinnijinnie, "
    "sang with them for nearly an hour while the OR team waited respectfully. Grace is recovering "
    "well. 🌄",
    [("NAME", "Grace", "*"), ("OTHER_ID", "room 318")],
    note="patient and her room; the staff hataałii is not labelled",
)

# 79
n(
    "en",
    "event",
    "Our Diabetes Prevention graduation is Thursday, March 20 at the Crownpoint Chapter House. Emcee: "
    "Dr. Rena Begay. Speakers: program coaches Wanda Yazzie and Phil Montoya. 🎓",
    "event date, venue, staff names",
)

# 80
p(
    "en",
    "hospital_contact",
    "Replying to @sandy_tso: Hi Sandy, yes — your grandpa's belongings from the ICU are at the security "
    "desk. We tried emailing you at sandytso88@gmail.com but it bounced. Can you DM us a better "
    "address? 🙏",
    [("OTHER_ID", "@sandy_tso"), ("NAME", "Sandy"), ("EMAIL", "sandytso88@gmail.com")],
    note="patient's granddaughter: handle, name, e-mail",
)

# 81
n(
    "en",
    "statistic",
    "Did you know? 1 in 3 people over 85 will have a fall this year. Our free balance classes at the "
    "Gallup Senior Center can cut that risk by a third. 👵🏽",
    "population statistic",
)

# 82
p(
    "es",
    "discharge",
    "¡Se fue a casa! 🎉 Después de 3 semanas en la UCI neonatal, la pequeña Marisol regresó a Thoreau con "
    "sus papás. Gracias, familia Esquibel, por confiar en nosotros. 💕",
    [("NAME", "Marisol"), ("GEO", "Thoreau"), ("NAME", "Esquibel")],
    note="baby's first name, home town, family surname",
)

# 83
n(
    "es",
    "eponymous_condition",
    "El mal de Parkinson no es solo temblor: también puede causar rigidez, caídas y problemas para "
    "dormir. Pregunte por nuestra clínica de neurología en Gallup. 🧠",
    "eponymous condition",
)

# 84
p(
    "en",
    "milestone_birthday",
    "Our favorite nonagenarian, Mr. Willie Skeet, celebrated another trip around the sun in the cardiac "
    "rehab gym — 20 minutes on the bike and then cake. 🚴‍♂️🎂",
    [("AGE", "nonagenarian"), ("NAME", "Willie Skeet")],
    note="'nonagenarian' states an age over 89",
)

# 85
n(
    "en",
    "health_tip",
    "Cold nights on the rez 🥶 If you heat with wood or coal, make sure your stove pipe is clean and you "
    "have a working carbon monoxide detector. Free detectors at any of our clinics while supplies last.",
    "generic tip",
)

# 86
p(
    "en",
    "memorial",
    "Happy heavenly birthday to our little warrior Mason — born April 2nd, gone too soon. His mom Krystal "
    "asked us to light a candle on the unit today. We remember. 🕯️💙",
    [("NAME", "Mason"), ("DATE", "April 2nd"), ("NAME", "Krystal")],
    note="child's name, birth date, mother",
)

# 87
n(
    "en",
    "memorial",
    "We join the Pueblo of Zuni in mourning former Governor Elroy Panteah, a tireless advocate for the "
    "Zuni clinic. Our flags fly at half-staff today.",
    "public figure, not described as a patient",
)

# 88
p(
    "en",
    "thank_you",
    '"THANK U TURQUOISE MESA FOR SAVING MY SON DEVONTE AFTER THE CRASH ON HWY 602 NEAR VANDERWAGEN. '
    "GOD BLESS THE ER TEAM\" 🙏 — Devonte's mom, we are so glad he's home safe. 💙",
    [("NAME", "DEVONTE"), ("GEO", "HWY 602"), ("GEO", "VANDERWAGEN"), ("NAME", "Devonte")],
    note="ALL CAPS quoted comment: name, crash road and place",
)

# 89
n(
    "en",
    "research",
    "Our team is enrolling adults 18+ with type 2 diabetes in a study of traditional foods and blood "
    "sugar. Participants get free CGMs. Info: research@tmrmc.org or (505) 555-0100 ext. 4.",
    "study recruitment; hospital e-mail and phone",
)

# 90
p(
    "en",
    "pasted_record",
    "Peds rounding list: Rm 201 Kaya (RSV) / Rm 202 Ethan T (fx femur) / Rm 204 baby girl Wyaco "
    "(jaundice) / Rm 205 d/c pending",
    [
        ("OTHER_ID", "Rm 201"),
        ("NAME", "Kaya"),
        ("OTHER_ID", "Rm 202"),
        ("NAME", "Ethan T"),
        ("OTHER_ID", "Rm 204"),
        ("NAME", "Wyaco"),
        ("OTHER_ID", "Rm 205"),
    ],
    note="pasted room list; Rm 205 holds a patient pending discharge",
)

# 91
n(
    "en",
    "campaign_hashtag",
    "#RezStrong isn't just a hashtag. It's the grandma hauling water, the teenager translating for her "
    "parents, the nurse driving 2 hours to work. Tell us who makes your community strong 👇",
    "campaign hashtag, generic people",
)

# 92
p(
    "en",
    "patient_story",
    "Autumn Long came in this fall with a rattlesnake bite on her ankle while hauling hay outside "
    "Vanderwagen. 14 vials of antivenom later, she's back in the saddle. 🐍🐴",
    [("NAME", "Autumn Long"), ("GEO", "Vanderwagen")],
    note="name made of ordinary words; place of the injury; 'this fall' is not a date",
)

# 93
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is the top cause of acquired heart disease in kids. Fever 5+ days, red eyes, "
    "cracked lips, rash? Call your pediatrician. (It's named after Dr. Tomisaku Kawasaki — not the "
    "motorcycle. 🏍️)",
    "eponymous condition and its namesake",
)

# 94
p(
    "en",
    "milestone_birthday",
    "Mrs. Juanita Baca turned 100 on March 12 — the same day she was admitted with pneumonia! 💐 She's "
    "now back home in Gamerco and we hear she's planning a second party. 🎉",
    [("NAME", "Juanita Baca"), ("AGE", "100"), ("DATE", "March 12"), ("GEO", "Gamerco")],
    note="age 100, birthday/admission date, home town",
)

# 95
n(
    "en",
    "crisis_update",
    "Update 4:30 pm: Water has been restored at our Gallup campus. Scheduled surgeries will resume "
    "tomorrow. Thank you to the City of Gallup crews who worked through the night. 💧",
    "operations update",
)

# 96
p(
    "es",
    "thank_you",
    "Gracias a la familia Romero por las tamales que trajeron al piso de maternidad después del "
    "nacimiento de su nieta Valentina. ¡Estaban deliciosas! 🫔",
    [("NAME", "Romero"), ("NAME", "Valentina")],
    note="family surname and newborn granddaughter",
)

# 97
n(
    "es",
    "recruitment",
    "¿Habla español y navajo? ¡Lo necesitamos! Buscamos recepcionistas bilingües para nuestras clínicas "
    "de Crownpoint y Zuni. Solicite en tmrmc.org/empleos. 💼",
    "recruitment; hospital clinics",
)

# 98
p(
    "en",
    "patient_story",
    "Since he was admitted in January, Grandpa Tom has been teaching our respiratory therapists a new "
    "Diné word every day. He's off oxygen today! 🎈",
    [("DATE", "January"), ("NAME", "Tom")],
    note="month of admission; first name after kin word",
)

# 99
n(
    "en",
    "staff_spotlight",
    "Our lab manager Teresa Chavez spent her vacation at her grandma's 99th birthday in Cuba, NM — "
    "4 generations, 1 giant cake. Welcome back, Teresa! 🎂",
    "staff member's own family, not a patient",
)

# 100
p(
    "en",
    "pasted_record",
    "EMS handoff, Unit 14: 67M found down at sheep camp off N-7050, name per family ETSITTY, CHARLIE. "
    "his truck (plate NN 8842B) left at scene.",
    [("GEO", "N-7050"), ("NAME", "ETSITTY, CHARLIE"), ("VEHICLE", "NN 8842B")],
    note="road where patient was found, name, plate; age 67 and ambulance unit not labelled",
)

# 101
n(
    "en",
    "event",
    "Powwow season is back! 🪶 Our first aid tent will be at the Gallup Inter-Tribal Ceremonial all week. "
    "Stop by for water, sunscreen and a blood pressure check between grand entries.",
    "public event",
)

# 102
p(
    "en",
    "patient_story",
    "Fancy dancer Keanu Silversmith twisted his knee mid-spin at the Shiprock powwow last weekend. Our "
    "sports med team says he'll be back in regalia by the Navajo Nation Fair. 🪶 #TeamKeanu",
    [("NAME", "Keanu Silversmith"), ("GEO", "Shiprock"), ("NAME", "#TeamKeanu")],
    note="name, town of the powwow injury, name hashtag; the fair is a public event",
)

# 103
n(
    "en",
    "eponymous_condition",
    "June 21 is Global ALS Day. ALS, also called Lou Gehrig's disease, affects nerve cells that control "
    "movement. Our neurology clinic hosts a caregiver support circle the last Monday of every month.",
    "eponymous condition and awareness day",
)

# 104
p(
    "en",
    "birth_announcement",
    "Double the blessings! 👶👶 Twins Sihasin and Hózhó arrived on the 9th, just 4 minutes apart. Mom "
    "Tiana and grandma Evelyn are over the moon. #TwinTuesday",
    [
        ("NAME", "Sihasin"),
        ("NAME", "Hózhó"),
        ("DATE", "9th"),
        ("NAME", "Tiana"),
        ("NAME", "Evelyn"),
    ],
    note="twins, day of birth, mother and grandmother",
)

# 105
n(
    "en",
    "statistic",
    "Navajo Nation residents drive an average of 60+ miles to reach a hospital. That's why 40% of our "
    "visits now happen at our 3 outlying clinics and our mobile van. 🚐",
    "population statistic",
)

# 106
p(
    "en",
    "milestone_birthday",
    "We've got a centenarian on 3 West! 🎉 Mr. Eugene Tohannie, uranium miner, rodeo clown and proud "
    "grandfather of 31, says he's 'not done yet.' Neither are we, Eugene. 💪",
    [("AGE", "centenarian"), ("NAME", "Eugene Tohannie"), ("NAME", "Eugene", "*")],
    note="'centenarian' is AGE",
)

# 107
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit this week — now a tall, shy 7-year-old who brought "
    "drawings for the nurses who cared for him. This job. 🥹",
    "anonymous NICU graduate",
)

# 108
p(
    "en",
    "thank_you",
    'To the family of "Peanut" — thank you for the pizza party and the handwritten cards. Watching your '
    "tiny fighter grow from 1 lb 9 oz to 5 lbs was the privilege of our year. 🥜💙",
    [("NAME", "Peanut")],
    note="quoted nickname used as the patient's name",
)

# 109
n(
    "en",
    "sponsor",
    "With gratitude to the Castillo Family Foundation, whose gift built our new Ruth Castillo Birthing "
    "Center. Tours for expecting families every Sunday at 2pm. 🤰🏽",
    "donor family and building named after a person",
)

# 110
p(
    "en",
    "sponsor",
    "The new NICU reading nook was donated by Darlene and Eddie Bowekaty in memory of their granddaughter "
    "Aria, who spent her short life in our care in 2019. Aria's Corner is open. 📚💛",
    [("NAME", "Darlene"), ("NAME", "Eddie Bowekaty"), ("NAME", "Aria", "*")],
    note="donors are the relatives of a patient; the nook is named after the patient",
)

# 111
n(
    "en",
    "hospital_contact",
    "Follow our Zuni clinic for local updates: @TMRMC_ZuniClinic. Appointments: (505) 555-0156. Address: "
    "12 Shalako Way, Zuni, NM 87327. Keshi! 👋",
    "hospital handle, phone, address",
)

# 112
p(
    "es",
    "patient_story",
    "El joven Alonso Trujillo sufrió un accidente en la carretera 118 cerca de Mentmore el 30 de "
    "noviembre. Después de 5 semanas en rehabilitación, ¡hoy salió caminando! 💪 #FuerzaAlonso",
    [
        ("NAME", "Alonso Trujillo"),
        ("GEO", "carretera 118"),
        ("GEO", "Mentmore"),
        ("DATE", "30 de noviembre"),
        ("NAME", "#FuerzaAlonso"),
    ],
    note="crash road and place, date of injury, name hashtag",
)

# 113
n(
    "es",
    "health_tip",
    "Con el calor del verano, revise a sus abuelitos: ¿están tomando suficiente agua? ¿Tienen sombra o un "
    "lugar fresco? Un golpe de calor puede ser mortal. ☀️",
    "generic tip",
)

# 114
p(
    "en",
    "pasted_record",
    "Reminder: flu clinic Friday in the lobby! 💉\nalso - pls call back Yolanda Chimoni's daughter re: "
    "Mom's MRN 60033149, she's at 505-555-0116",
    [("NAME", "Yolanda Chimoni"), ("MRN", "60033149"), ("PHONE", "505-555-0116")],
    note="internal note pasted under a real post",
)

# 115
n(
    "en",
    "staff_spotlight",
    "Congrats to Dr. Samuel Parkinson (yes, really) on 20 years in our neurology department. He's heard "
    "every joke. 😄 Thank you for your care, Dr. P!",
    "staff doctor whose surname is an eponym",
)

# 116
p(
    "en",
    "patient_story",
    "Nothing like a reunion 🐕 Shadow waited by the ER doors every day while his human, Mr. Alvin Nez, "
    "recovered from a stroke. Security even made Shadow a bed. Alvin's home now — and so is Shadow.",
    [("NAME", "Alvin Nez"), ("NAME", "Alvin", "*")],
    note="patient named; the dog's name is not labelled",
)

# 117
n(
    "en",
    "event",
    "Chapter house health days this month: Tohatchi (Tue 10/8), Naschitti (Thu 10/10), Coyote Canyon "
    "(Tue 10/15). Bring your IHS card and meds list. 🩺",
    "event dates and chapter venues",
)

# 118
p(
    "en",
    "discharge",
    "Ho ho HOME! 🎄 Raelynn was discharged 12/22, just in time to make it to her grandma's house in Twin "
    "Lakes for Christmas. Merry Christmas, sweet girl!",
    [("NAME", "Raelynn"), ("DATE", "12/22"), ("GEO", "Twin Lakes")],
    note="discharge date; relative's home; Christmas is not the patient's event",
)

# 119
n(
    "en",
    "public_figure",
    "Thanks to Gallup-born country singer Tanya Lovato for visiting our pediatric floor and singing with "
    "the kids! 🎤 Her tour stops at Red Rock Park on Saturday.",
    "public figure visiting, not a patient",
)

# 120
p(
    "en",
    "public_figure",
    "Miss Navajo Nation Shaylene Todacheeny stopped by our pediatric ward — and ended up as our patient! "
    "😅 She tripped on the stairs in her moccasins and got 4 stitches from Dr. Ortega. Crown still "
    "perfect. 👑",
    [("NAME", "Shaylene Todacheeny")],
    note="public figure who became a patient; the doctor is staff",
)

# 121
n(
    "en",
    "anonymous_story",
    "A patient in her 60s told us she'd never had a mammogram because the van never came to her chapter. "
    "This spring it will. 🎗️ Schedule: tmrmc.org/mobile",
    "anonymous, unnamed chapter",
)

# 122
p(
    "en",
    "anonymous_story",
    "A rancher from Ramah came in with a chainsaw cut last week and asked us to stitch fast because his "
    "cattle were waiting. 11 stitches and one lecture about chaps later, he was gone. 🤠",
    [("GEO", "Ramah")],
    note="otherwise anonymous, but the patient's home town is GEO",
)

# 123
n(
    "en",
    "health_tip",
    "Poison Control is free, confidential and open 24/7: 1-800-222-1222. Save it in your phone now — "
    "especially if you keep sheep dip or pesticides at home.",
    "national line",
)

# 124
p(
    "en",
    "milestone_birthday",
    "Happy 1st birthday, Dakota! 🎈 Born June 30 at just 26 weeks, she now crawls faster than her dad "
    "Wesley can chase her. NICU grad, forever family. 💙",
    [("NAME", "Dakota"), ("DATE", "June 30"), ("NAME", "Wesley")],
    note="name that is also a place, birth date, father",
)

# 125
n(
    "en",
    "eponymous_condition",
    "Alzheimer's and other dementias affect more than 1 in 10 elders over 65. Our memory care navigator "
    "offers home visits in Diné and English. 📞 (505) 555-0100",
    "eponymous condition; population age",
)

# 126
p(
    "en",
    "pasted_record",
    "specimen label: TODACHEENY-BAHE, K / DOB 08/19/2001 / enc# E4471902 / collected 9/3 0715",
    [
        ("NAME", "TODACHEENY-BAHE, K"),
        ("DATE", "08/19/2001"),
        ("OTHER_ID", "E4471902"),
        ("DATE", "9/3"),
    ],
    note="lab label: name, DOB, encounter id, collection date",
)

# 127
n(
    "en",
    "recruitment",
    "Travel nurses: come for 13 weeks, stay for the sunsets. 🌅 Housing in Gallup, $2K sign-on, and the "
    "best frybread in the Southwest. DM @TurquoiseMesaMC or apply at tmrmc.org/careers.",
    "recruitment; hospital handle",
)

# 128
p(
    "en",
    "thank_you",
    "Shoutout to @the_cheama_crew for the 200 homemade face masks and the sweetest note about your "
    "grandpa's stay on 2 East. Elahkwa, Cheama family! 🙏",
    [("OTHER_ID", "@the_cheama_crew"), ("NAME", "Cheama")],
    note="patient's family handle and surname",
)

# 129
n(
    "en",
    "event",
    "Save the date: our Uranium Health Summit is Oct. 24 at the Crownpoint Chapter House, with talks from "
    "miners' families and the RECA legal clinic. 🗓️",
    "event date and venue",
)

# 130
p(
    "en",
    "patient_story",
    "Lt. Col. (ret.) Harrison Begay is the grandson of a Navajo Code Talker and a 24-year Army veteran — "
    "and this week, a new hip patient on 4 North. He saluted his surgical team on the way out. 🫡🇺🇸",
    [("NAME", "Harrison Begay")],
    note="code talker descendant who is the patient; title excluded",
)

# 131
n(
    "en",
    "public_figure",
    "Descendants of the Navajo Code Talkers will lead the grand entry at our Veterans Day health fair on "
    "Nov. 11. Free flu shots and PTSD resources for all veterans and their families. 🇺🇸",
    "group of descendants, event date",
)

# 132
p(
    "es",
    "milestone_birthday",
    "¡NOVENTA Y NUEVE AÑOS! 🎂 Don Filiberto Montoya celebró su cumpleaños en nuestra clínica de Zuni con "
    "mariachi y pastel de tres leches. ¡Felicidades, don Fili!",
    [("AGE", "NOVENTA Y NUEVE"), ("NAME", "Filiberto Montoya"), ("NAME", "Fili")],
    note="ALL CAPS spelled age, name and nickname",
)

# 133
n(
    "es",
    "event",
    "Día del Niño 🎈 Este 30 de abril tendremos juegos, pintacaritas y revisiones de vista gratis en el "
    "lobby principal de Gallup. ¡Los esperamos!",
    "event date",
)

# 134
p(
    "en",
    "birth_announcement",
    "she's here!!! 💕 baby girl Tsosie made her debut at 4:47am, 7lb 9oz. mama alyssa did AMAZING. "
    "#tsosiebaby",
    [("NAME", "Tsosie"), ("NAME", "alyssa"), ("NAME", "#tsosiebaby")],
    note="family surname, lower-case mother's name, lower-case name hashtag",
)

# 135
p(
    "en",
    "statistic",
    "Last year our mobile van drove 48,000 miles, visited 42 chapters and gave 3,100 vaccines. Our "
    "oldest vaccine recipient? A grandma who just turned 101. 💉",
    [("AGE", "101")],
    note="statistics post that gives one patient's age over 89",
)

# 136
n(
    "en",
    "statistic",
    "Our elders are living longer: the number of patients over 90 we serve has doubled since 2015. 🌄 "
    "That's why our new geriatric clinic opens in Gallup this spring.",
    "population age",
)

# 137
p(
    "en",
    "memorial",
    'We lost a bright light on Thanksgiving morning. Darius "DJ" Kallestewa, 17, fought leukemia with '
    "humor and grace for 2 years on our peds unit. Fly high, DJ. #DJStrong 💛",
    [
        ("DATE", "Thanksgiving"),
        ("NAME", 'Darius "DJ" Kallestewa'),
        ("NAME", "DJ", "*"),
        ("NAME", "#DJStrong"),
    ],
    note="date of death on a holiday, name with nickname, name hashtag",
)

# 138
n(
    "en",
    "memorial",
    "Today, on our Day of Remembrance, we honor every patient we lost this year and the families who "
    "trusted us with their final days. A candle will burn in our chapel all day. 🕯️",
    "no individual",
)

# 139
p(
    "en",
    "hospital_contact",
    "Replying to a comment: Ma'am, we've forwarded your message about your father Ernest's lost hearing "
    "aids to our patient advocate. She'll call you back at the number you left, 928-555-0175, by end "
    "of day.",
    [("NAME", "Ernest"), ("PHONE", "928-555-0175")],
    note="patient's first name and the daughter's phone",
)

# 140
n(
    "en",
    "hospital_contact",
    "Media inquiries: (505) 555-0190 or media@turquoisemesa.org. For patient condition updates, we need "
    "the patient's full name and their permission to share. 📰",
    "hospital contacts",
)

# 141
p(
    "en",
    "pasted_record",
    "CHR route sheet (do NOT post!!): Tso, Herman – 14 Mesa Rd, Thoreau NM 87323 – BKA L, needs meals "
    "M/W/F",
    [("NAME", "Tso, Herman"), ("GEO", "14 Mesa Rd"), ("GEO", "Thoreau"), ("GEO", "87323")],
    note="pasted home-visit sheet with street, town and ZIP",
)

# 142
n(
    "en",
    "campaign_hashtag",
    "#ZuniStrong 💪 Thank you to every Zuni family who came out to get vaccinated at Saturday's clinic at "
    "the Zuni Wellness Center. 287 shots in one day!",
    "community campaign; venue",
)

# 143
p(
    "en",
    "discharge",
    "Uncle Rocky is OUT! 🥳 After 23 days in the ICU with COVID, Rocky Lee walked out to a parking lot "
    "full of honking trucks and half his chapter cheering. Ahéhee', nurses!",
    [("NAME", "Rocky Lee"), ("NAME", "Rocky", "*")],
    note="first name after kin word, full name",
)

# 144
n(
    "en",
    "staff_spotlight",
    "Happy 70th birthday to our environmental services legend, Mr. Herbert Yazzie, who's kept our floors "
    "shining for 41 years! 🧹🎂",
    "staff birthday",
)

# 145
p(
    "en",
    "patient_story",
    "On March 3, Kendra Begaye drove her grandmother Edith 3 hours through a dust storm to make it to her "
    "chemo appointment. Edith finished her last treatment yesterday. Ring that bell! 🔔",
    [("DATE", "March 3"), ("NAME", "Kendra Begaye"), ("NAME", "Edith", "*")],
    note="treatment date, granddaughter, patient",
)

# 146
n(
    "en",
    "eponymous_condition",
    "Guillain-Barré syndrome is rare, but sudden leg weakness that spreads upward after an infection "
    "needs urgent care. Learn the signs from our neurology team 👇",
    "eponymous condition",
)

# 147
p(
    "es",
    "pasted_record",
    "NOTA INTERNA – no publicar: Sra. Beatriz Lucero, hab. 312, ingresó el 5/11; su hijo Ernesto pide "
    "que le llamen al 505-555-0129.",
    [
        ("NAME", "Beatriz Lucero"),
        ("OTHER_ID", "hab. 312"),
        ("DATE", "5/11"),
        ("NAME", "Ernesto"),
        ("PHONE", "505-555-0129"),
    ],
    note="internal note: name, room, admission date, son and his phone",
)

# 148
n(
    "es",
    "campaign_hashtag",
    "Gracias a todos los que participaron en #JuntosPorLaSalud. Recaudamos $12,000 para transporte de "
    "pacientes de zonas rurales. 🚐💙",
    "campaign hashtag",
)

# 149
p(
    "en",
    "milestone_birthday",
    "ninety-six candles was a fire hazard so we went with one big one 🕯️😂 happy birthday to grandma "
    "louise from all of us on 3 west!",
    [("AGE", "ninety-six"), ("NAME", "louise")],
    note="lower-case spelled age and name",
)

# 150
n(
    "en",
    "event",
    "Shalako is coming up and our Zuni clinic will have adjusted hours Dec. 6–8. For urgent needs call "
    "(505) 555-0156 or come to the Gallup ED. 🙏",
    "community ceremony dates, hospital phone",
)

# 151
p(
    "en",
    "patient_story",
    "#BabyBlueStrong 💙 Little Blue was born 8 weeks early on a snowy night at our Crownpoint clinic and "
    "flown out by air ambulance. Today her family brought her back to meet the nurses who caught "
    "her! 🚁",
    [("NAME", "#BabyBlueStrong"), ("NAME", "Blue")],
    note="nickname that is an ordinary word, and its hashtag",
)

# 152
n(
    "en",
    "anonymous_story",
    "Last night a baby girl was born in the back of a pickup on the way to our ED. Mom and baby are doing "
    "great, and dad says he's buying a bigger truck. 🛻👶",
    "anonymous birth, relative time only",
)

# 153
p(
    "en",
    "thank_you",
    'From our inbox: "Please thank the night nurses who took care of my husband Gilbert in ICU bed 6. '
    'You can reach me at gilbertandruth.w@yahoo.com if they want copies of the pictures." 💌 Done, '
    "Ruth!",
    [
        ("NAME", "Gilbert"),
        ("OTHER_ID", "bed 6"),
        ("EMAIL", "gilbertandruth.w@yahoo.com"),
        ("NAME", "Ruth"),
    ],
    note="patient, his bed, wife's e-mail and name",
)

# 154
n(
    "en",
    "research",
    "Our Navajo neuropathy registry has enrolled 40 families since it started. Findings will be shared "
    "with chapter leaders first, then published. Thank you for trusting us. 🧬",
    "research, no individual",
)

# 155
p(
    "en",
    "public_figure",
    "Our hometown Olympic boxer Marisa Ortega-Tsinajinnie had her wrist surgery with us Tuesday and asked "
    "us to share: 'Tell the kids to wear their wraps!' 🥊 Back in the ring by spring.",
    [("NAME", "Marisa Ortega-Tsinajinnie")],
    note="athlete who is our patient",
)

# 156
n(
    "en",
    "sponsor",
    "Big thanks to Rico's Tire & Auto for donating 20 new tires for our CHR trucks. Those washboard roads "
    "don't stand a chance. 🛞",
    "sponsor business named after a person",
)

# 157
p(
    "en",
    "pasted_record",
    "DC summary draft: Pt Renée Quam, 34F, admitted 01/07, DC'd 01/12 to home in Black Rock. F/u Zuni "
    "Family Clinic 1 wk. Husband Darren to transport.",
    [
        ("NAME", "Renée Quam"),
        ("DATE", "01/07"),
        ("DATE", "01/12"),
        ("GEO", "Black Rock"),
        ("NAME", "Darren"),
    ],
    note="admission and discharge dates, home community, husband",
)

# 158
n(
    "en",
    "health_tip",
    "Snake season 🐍 If you're bitten: stay calm, keep the limb still and at heart level, remove rings "
    "and boots, and get to an ED. Don't cut, suck or ice the bite.",
    "generic tip",
)

# 159
p(
    "es",
    "discharge",
    '¡Nuestro campeón "Chato" ya está en casa! 🏆 Después de su cirugía del corazón, regresó a Milan con '
    "su mamá Lorena. ¡Te extrañaremos, Chato!",
    [("NAME", "Chato", "*"), ("GEO", "Milan"), ("NAME", "Lorena")],
    note="nickname, home village (also a foreign city name), mother",
)

# 160
n(
    "es",
    "anonymous_story",
    "Un abuelito de 85 años vino a la clínica solo para darnos las gracias por haber cuidado a su esposa "
    "el año pasado. Esos momentos nos recuerdan por qué hacemos este trabajo. 🙏",
    "anonymous, age under 90",
)

# 161
p(
    "en",
    "patient_story",
    "Ahéhee' to our Crownpoint CHR team for checking on Mrs. Ella Manuelito at her sheep camp near "
    "Standing Rock every day of the blizzard. She's 92 and, in her words, 'not going anywhere.' ❄️🐑",
    [("NAME", "Ella Manuelito"), ("GEO", "Standing Rock"), ("AGE", "92")],
    note="name, chapter of the sheep camp, age over 89; hospital team not GEO",
)

# 162
n(
    "en",
    "hospital_contact",
    "Road closure alert: Manuelito St. between Aztec and Coal is closed for repairs this week. Use "
    "Boardman Ave to reach our outpatient rehab at 301 W Coal Ave. 🚧",
    "street named after a historical figure; hospital address",
)

# 163
p(
    "en",
    "birth_announcement",
    "Our Christmas Eve baby has a name: Noelle Grace Platero 🎄 7 lb 4 oz of pure joy, born at 11:41 pm "
    "on Dec. 24. Congrats, Jeremiah & Kassandra!",
    [
        ("DATE", "Christmas Eve"),
        ("NAME", "Noelle Grace Platero"),
        ("DATE", "Dec. 24"),
        ("NAME", "Jeremiah"),
        ("NAME", "Kassandra"),
    ],
    note="same birth day named twice; baby and parents",
)

# 164
n(
    "en",
    "event",
    "Join us Dec. 24 at 6pm for carols in the main lobby with the Gallup High choir. Patients and "
    "families welcome! 🎄🎶",
    "event date",
)

# 165
p(
    "en",
    "patient_story",
    "update from the peds floor: tj and his lil sis amaya made 40 get-well cards for the other kids while "
    "tj waited for his cast to come off 🥹 best siblings ever",
    [("NAME", "tj", "*"), ("NAME", "amaya")],
    note="lower-case initials nickname and sister's name",
)

# 166
n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma is one of the most curable cancers when caught early. Swollen lymph nodes that "
    "don't go away? Get them checked. 🎗️ #WorldCancerDay",
    "eponymous condition",
)

# 167
p(
    "en",
    "memorial",
    "Mr. Samuel Wyaco, Zuni silversmith and grandfather of 22, passed on the second of August at age "
    "ninety-four in our hospice suite. His granddaughter Marisela sang to him in Zuni. 🕊️",
    [
        ("NAME", "Samuel Wyaco"),
        ("DATE", "second of August"),
        ("AGE", "ninety-four"),
        ("NAME", "Marisela"),
    ],
    note="date of death in words, spelled age, granddaughter; Zuni as people/language",
)

# 168
n(
    "en",
    "staff_spotlight",
    "Yá'át'ééh! I'm Kristin Nez, your new night charge nurse on 4 North. I'm Kinyaa'áanii, born for "
    "Bilagáana, from Lukachukai. Come say hi! 👋 #MeetTheTeam",
    "staff clan introduction and home town",
)

# 169
p(
    "en",
    "thank_you",
    "Mr. C, if you're reading this: the 2 East nurses still talk about your harmonica concerts. Thank you "
    "for making our night shifts brighter. 🎶",
    [("NAME", "C")],
    note="initial used for a patient",
)

# 170
n(
    "en",
    "statistic",
    "Each year we transfer about 600 critically ill patients by air to Albuquerque or Phoenix. Our new "
    "helipad cuts transfer time by up to 40 minutes. 🚁",
    "aggregate statistic",
)

# 171
p(
    "en",
    "hospital_contact",
    "Replying to Dana: Of course! Your mom's surgery is still on for the 15th and she'll be in Pre-Op bay "
    "3. Bring her med list and her Medicare card. 💙",
    [("NAME", "Dana"), ("DATE", "15th"), ("OTHER_ID", "bay 3")],
    note="daughter's name, surgery day, pre-op bay",
)

# 172
n(
    "en",
    "crisis_update",
    "Air quality alert 🔥 Smoke from the Chuska Mountains fire is drifting into Gallup. If you have "
    "asthma or COPD, stay indoors and keep your rescue inhaler close.",
    "public alert",
)

# 173
p(
    "es",
    "milestone_birthday",
    "¡Tenemos una centenaria en el segundo piso! 🎉 La señora Eufemia Chávez cumplió 100 años el domingo "
    "y dice que el secreto es el chile verde. ¡Feliz cumpleaños, doña Eufemia! 🌶️",
    [
        ("AGE", "centenaria"),
        ("NAME", "Eufemia Chávez"),
        ("NAME", "Eufemia", "*"),
        ("AGE", "100"),
    ],
    note="'centenaria' and the number are both AGE",
)

# 174
n(
    "es",
    "staff_spotlight",
    "Felicidades a nuestra enfermera Marisol Gutiérrez, nombrada Enfermera del Año de Nuevo México. "
    "¡Orgullo de Gallup! 🏅",
    "staff award",
)

# 175
p(
    "en",
    "patient_story",
    "Our oldest cardiac rehab grad this year? Mae Attakai, born Sept. 9th, 1938 — and she still beat the "
    "20-somethings on the treadmill. 🏃‍♀️",
    [("NAME", "Mae Attakai"), ("DATE", "Sept. 9th, 1938")],
    note="full birth date of a patient under 90",
)

# 176
n(
    "en",
    "health_tip",
    "Uranium in well water? 💧 Many unregulated livestock wells on the Navajo Nation aren't safe to drink. "
    "Ask your CHR about free water testing and where to haul safe water.",
    "generic tip",
)

# 177
p(
    "en",
    "discharge",
    "Keshi, Tayshawn! 👋 Our Zuni Family Clinic team is so proud of you for finishing 6 months of TB "
    "treatment. Your grandma Delphine says you're allowed to play basketball again. 🏀",
    [("NAME", "Tayshawn"), ("NAME", "Delphine")],
    note="patient and grandmother",
)

# 178
n(
    "en",
    "event",
    "Diné Family Night at Crownpoint Chapter House, Thursday 5-8pm: storytelling, a diabetes cooking "
    "demo and clan-introduction practice for kids. Dinner served! 🍲",
    "community event",
)

# 179
p(
    "en",
    "pasted_record",
    "Wristband reprint: LASILOO, MARCUS T | MRN 50072281 | DOB 12/30/1988 | ALLERGY: PCN | Rm 5W-09",
    [
        ("NAME", "LASILOO, MARCUS T"),
        ("MRN", "50072281"),
        ("DATE", "12/30/1988"),
        ("OTHER_ID", "Rm 5W-09"),
    ],
    note="wristband data",
)

# 180
n(
    "en",
    "recruitment",
    "Our hataałii program is growing! We're looking for a second traditional practitioner to work "
    "alongside our medical staff. Contact our Office of Native Medicine: (505) 555-0134.",
    "recruitment",
)

# 181
p(
    "es",
    "patient_story",
    "Nuestro paciente Joaquín, de 16 años, se fracturó la pierna en el rodeo de Grants el sábado. ¡Ya "
    "está en casa y promete usar casco la próxima vez! 🤠 #FuerzaJoaquín",
    [("NAME", "Joaquín"), ("GEO", "Grants"), ("NAME", "#FuerzaJoaquín")],
    note="name, town of the rodeo injury, name hashtag",
)

# 182
n(
    "es",
    "public_figure",
    "Hoy recordamos a César Chávez, quien luchó por la salud y la dignidad de los trabajadores del campo. "
    "Nuestra clínica móvil visitará los ranchos de la zona este mes. 🌾",
    "historical figure",
)

# 183
p(
    "es",
    "birth_announcement",
    "¡Bienvenido, Santiago! 👶 Nació el Día de los Reyes, 6 de enero, y pesó 8 libras. Felicidades a la "
    "familia Gallegos-Yazzie de Tohatchi. 👑",
    [
        ("NAME", "Santiago"),
        ("DATE", "Día de los Reyes"),
        ("DATE", "6 de enero"),
        ("NAME", "Gallegos-Yazzie"),
        ("GEO", "Tohatchi"),
    ],
    note="birth day named twice; family surname and town",
)

# 184
n(
    "es",
    "hospital_contact",
    "¿Necesita un intérprete? Llame a nuestra línea de idiomas al (505) 555-0134. Tenemos intérpretes de "
    "español, navajo y zuni las 24 horas. También puede escribirnos a ayuda@turquoisemesa.org.",
    "hospital phone and e-mail",
)

# 185
p(
    "es",
    "memorial",
    'Descanse en paz, Rosario "Chayo" Sandoval. Fue paciente de nuestra clínica de diálisis por 8 años '
    "y siempre traía bizcochitos para todos. Nuestro más sentido pésame a su esposo Rubén. 🕊️",
    [("NAME", 'Rosario "Chayo" Sandoval'), ("NAME", "Rubén")],
    note="name with nickname, husband",
)

# 186
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Crohn y la colitis ulcerosa pueden controlarse con el tratamiento adecuado. Nuestro "
    "gastroenterólogo atiende en Gallup y por telemedicina en Zuni. 🩺",
    "eponymous condition",
)

# 187
p(
    "es",
    "thank_you",
    'Comentario de una seguidora: "Mi papá Heriberto estuvo en la cama 9 de urgencias y todos fueron muy '
    'amables." ¡Gracias por compartir! Le deseamos una pronta recuperación a don Heriberto. 💙',
    [("NAME", "Heriberto", "*"), ("OTHER_ID", "cama 9")],
    note="quoted comment: patient and his bed",
)

# 188
n(
    "es",
    "statistic",
    "En 2024 atendimos a más de 300 pacientes mayores de 90 años. 👵🏽👴🏽 Nuestros mayores merecen "
    "atención en su idioma y cerca de casa.",
    "population age",
)

# 189
p(
    "es",
    "discharge",
    "Después de 40 días en cuidados intensivos, la señora Graciela Baca fue dada de alta el 3 de marzo. "
    "Su nieta Ashley nos mandó esta foto de su llegada a casa en Bluewater. 🏡",
    [
        ("NAME", "Graciela Baca"),
        ("DATE", "3 de marzo"),
        ("NAME", "Ashley"),
        ("PHOTO", "foto"),
        ("GEO", "Bluewater"),
    ],
    note="discharge date, granddaughter, photo of the patient, home town",
)

# 190
n(
    "es",
    "event",
    "Clínica gratuita de vacunas para el regreso a clases: 2 de agosto, de 10 a 3, en nuestra clínica de "
    "Crownpoint. Traiga la cartilla de vacunación. 📚💉",
    "event date; hospital clinic",
)

# 191
p(
    "es",
    "pasted_record",
    "Lista de cirugías de mañana (NO PUBLICAR): 7:30 – Peña, José A – colecistectomía – Medicaid "
    "7730018824 – tel. familia 505-555-0138.",
    [("NAME", "Peña, José A"), ("HEALTH_PLAN", "7730018824"), ("PHONE", "505-555-0138")],
    note="pasted OR list: name, Medicaid id, family phone",
)

# 192
n(
    "es",
    "health_tip",
    "Los frijoles, la calabaza y el maíz — las tres hermanas — son comida tradicional y saludable. Pruebe "
    "nuestra receta de estofado de las tres hermanas en tmrmc.org/recetas. 🌽",
    "generic tip",
)

# 193
p(
    "es",
    "patient_story",
    "Nuestra querida recepcionista Lupita Esquibel fue paciente de nuestro equipo de cardiología esta "
    "semana. ¡Ya está mejor y nos manda decir que extraña el chisme de la oficina! 😂 Recupérate "
    "pronto, Lupita.",
    [("NAME", "Lupita Esquibel"), ("NAME", "Lupita", "*")],
    note="staff member who was the patient",
)

# 194
p(
    "en",
    "patient_story",
    "Faith's first steps after her spinal surgery happened on 5 East this morning, with her big brother "
    "Storm cheering from the hallway. Have a little faith, people. 💪",
    [("NAME", "Faith"), ("NAME", "Storm")],
    note="names that are ordinary words; lower-case 'faith' is the noun",
)

# 195
n(
    "en",
    "campaign_hashtag",
    "#HopeHeals is back! 🌱 Share how our cancer center helped your family and tag a nurse who made a "
    "difference. Every story shared = $5 from our sponsors to patient travel funds.",
    "campaign hashtag with an ordinary word, not a name",
)

# 196
p(
    "en",
    "milestone_birthday",
    "101ST BIRTHDAY PARTY IN THE DIALYSIS UNIT!!! 🎉🎉 GRANDPA HOSTEEN ALFRED BEGAY DID NOT WANT A FUSS, "
    "SO OF COURSE WE MADE ONE",
    [("AGE", "101ST"), ("NAME", "ALFRED BEGAY")],
    note="ALL CAPS; Hosteen (= Mr.) is an honorific outside the span",
)

# 197
n(
    "en",
    "staff_spotlight",
    "At 91, chaplain volunteer Rev. Harold Sheyka still visits every floor on Sundays. 'Somebody has to "
    "keep these young nurses honest,' he says. 🙏",
    "volunteer's age is not PHI",
)

# 198
p(
    "en",
    "thank_you",
    "replying to lorna: thank u for the kind words!! your dad was one of our favorites back in october, "
    "tell him the 2 west gang says hi 👋",
    [("NAME", "lorna"), ("DATE", "october")],
    note="lower-case daughter's name; month of the stay",
)

# 199
n(
    "en",
    "health_tip",
    "What's an Apgar score? It's a quick check of your newborn's color, heart rate, reflexes, muscle tone "
    "and breathing at 1 and 5 minutes after birth. Named after Dr. Virginia Apgar. 👶",
    "eponymous score and its namesake",
)

# 200
p(
    "en",
    "pasted_record",
    "PRC auth request: NEZ, DOROTHY L / SSN 585-00-4471 / tribal enrollment # NN-204419 / referral to "
    "outside cardiology / contact son Lyle (505) 555-0164",
    [
        ("NAME", "NEZ, DOROTHY L"),
        ("SSN", "585-00-4471"),
        ("OTHER_ID", "NN-204419"),
        ("NAME", "Lyle"),
        ("PHONE", "(505) 555-0164"),
    ],
    note="pasted referral: name, SSN, enrollment number, son and his phone",
)

# 201
n(
    "en",
    "event",
    "Register now for the Annie Wauneka Memorial Fun Run on May 18! All proceeds support TB screening in "
    "rural chapters. 🏃🏽‍♀️ tmrmcfoundation.org/run",
    "event named after a historical figure",
)

# 202
p(
    "en",
    "milestone_birthday",
    "When we asked Mrs. Agnes Lalio how it feels to be one hundred and five, she said 'the same as 104, "
    "just with more visitors.' 😂 Happy birthday from your Zuni clinic family! 🎂",
    [("NAME", "Agnes Lalio"), ("AGE", "one hundred and five"), ("AGE", "104")],
    note="spelled age and her previous age, both over 89",
)

# 203
n(
    "en",
    "statistic",
    "Fun fact: New Mexico has more than 400 centenarians, and a growing number live on tribal lands. Our "
    "elder care team is ready. 💬",
    "population of centenarians",
)

# 204
p(
    "en",
    "discharge",
    "Thursday the 14th was the day! 🎉 Kiona Bitsui was discharged after 5 months of treatment for her "
    "burns, and the whole burn team lined the hallway. Proud of you, Kiona.",
    [("DATE", "14th"), ("NAME", "Kiona Bitsui"), ("NAME", "Kiona", "*")],
    note="discharge day of month (weekday not labelled), name",
)

# 205
n(
    "en",
    "hospital_contact",
    "New address for our Window Rock Area Clinic: 88 Fort Defiance Rd, St. Michaels, AZ 86511. Same great "
    "team, bigger waiting room! Call (928) 555-0163.",
    "hospital clinic address and phone",
)

# 206
p(
    "en",
    "patient_story",
    "#LittleHawkStrong 🦅 3-year-old Hawk was airlifted from his family's home in Smith Lake after "
    "swallowing his grandpa's heart pills. He's doing great now — please lock up your meds.",
    [("NAME", "#LittleHawkStrong"), ("NAME", "Hawk"), ("GEO", "Smith Lake")],
    note="name that is an ordinary word, its hashtag, home community",
)

# 207
n(
    "en",
    "eponymous_condition",
    "Fatigue, weight changes and dark skin patches can be signs of Addison's disease or Cushing's "
    "syndrome. Our endocrinology clinic now takes self-referrals. ☎️ (505) 555-0100",
    "eponymous conditions",
)

# 208
p(
    "en",
    "thank_you",
    "Our own Dr. Rena Begay wants to thank the 4 North team for caring for her father, Raymond, after his "
    "fall last month. 'You treated him like your own grandpa.' 💙",
    [("NAME", "Rena Begay"), ("NAME", "Raymond")],
    note="staff doctor introduced as the patient's daughter is labelled",
)

# 209
n(
    "en",
    "staff_spotlight",
    "Congrats to our L&D nurse Shania Chee and her husband Tyler on the arrival of their baby boy, born "
    "in Albuquerque near her parents! Welcome to the Turquoise Mesa family, little one 👶",
    "staff member's own family, not our patients",
)

# 210
p(
    "en",
    "birth_announcement",
    "Role reversal! 🔄 Our L&D charge nurse Whitney Largo delivered her daughter Juniper right here on our "
    "unit on Aug. 2, with her own coworkers as her nurses. Welcome, Juniper! 🌿",
    [("NAME", "Whitney Largo"), ("NAME", "Juniper", "*"), ("DATE", "Aug. 2")],
    note="staff member who was the patient; baby and birth date",
)

# 211
n(
    "en",
    "sponsor",
    "Thank you to the Yazzie Family Ranch for donating 30 lambs to our Diabetes Prevention Program's "
    "traditional foods harvest. 🐑",
    "donor family",
)

# 212
p(
    "en",
    "patient_story",
    "We met Dorothea when she came in from Pinedale with a bad cough last November. Turns out she'd "
    "worked 14 years in a uranium mill. She's now part of our RECA clinic, and with her daughter "
    "Evangeline's help, she filed her compensation claim. Dorothea wants every miner's family to know: "
    "it's not too late. Call (505) 555-0100.",
    [("NAME", "Dorothea", "*"), ("GEO", "Pinedale"), ("DATE", "November"), ("NAME", "Evangeline")],
    note="long post: name, home community, month of first visit, daughter",
)

# 213
n(
    "en",
    "anonymous_story",
    "Last winter, a Zuni grandfather in his late 80s walked 2 miles in the snow to reach our clinic "
    "because his truck wouldn't start. Our CHRs now do wellness checks on every elder during storms. 🌨️",
    "anonymous, age under 90",
)

# 214
p(
    "en",
    "pasted_record",
    "Security log 0215: pt family vehicle, blue Ford F-150, NM plate BKR 442, parked in ambulance bay. "
    "Owner = pt's brother Curtis Lente, DL# 051177392 on file. Moved to Lot C.",
    [("VEHICLE", "BKR 442"), ("NAME", "Curtis Lente"), ("LICENSE", "051177392")],
    note="brother's plate, name, driver's licence",
)

# 215
n(
    "en",
    "event",
    "Healthy Hooves 4-H Clinic 🐎 Saturday at the Gallup Rodeo Grounds: helmet fittings, first aid for "
    "riders and free sports physicals for ages 8-18. Sponsored by the McKinley County Cattlemen.",
    "event",
)

# 216
p(
    "en",
    "patient_story",
    "Follow Tobias's journey through his bone marrow transplant on his family's blog: "
    "www.tobiasfightsback.org 💪 We're honored to be part of his story. #TobiasFightsBack",
    [("NAME", "Tobias"), ("URL", "www.tobiasfightsback.org"), ("NAME", "#TobiasFightsBack")],
    note="name, family blog URL, name hashtag",
)

# 217
n(
    "en",
    "research",
    "Congrats to Dr. Anita Yazzie and Dr. Paul Henderson, whose study on hantavirus awareness in rural "
    "chapters was published in the Journal of Rural Health this month! 📑",
    "staff researchers",
)

# 218
p(
    "en",
    "milestone_birthday",
    "90 years young! 🎂 Grandma Ruby Sam spent her birthday at our Crownpoint clinic getting her eyes "
    "checked, then her granddaughters Tori and Brianna took her out for mutton sandwiches. 🥪",
    [("AGE", "90"), ("NAME", "Ruby Sam"), ("NAME", "Tori"), ("NAME", "Brianna")],
    note="age 90, patient and granddaughters",
)

# 219
n(
    "en",
    "crisis_update",
    "Update: we are seeing a rise in RSV among babies under 6 months. Our pediatric unit is near "
    "capacity. Please keep sick visitors away from newborns and call (505) 555-0111 before coming in "
    "with a baby who is struggling to breathe.",
    "public health update",
)

# 220
p(
    "en",
    "thank_you",
    "Dr. Lawrence Tsethlikai spent 30 years caring for our patients — and this month, we got to care for "
    "him in room 406. Thank you for trusting us, Dr. T. Home you go! 🏡",
    [("NAME", "Lawrence Tsethlikai"), ("OTHER_ID", "room 406"), ("NAME", "T")],
    note="retired doctor who was the patient; initial",
)

# 221
n(
    "en",
    "health_tip",
    "Flu shots are free for everyone 6 months+ at all our clinics this week. Find times near you at "
    "turquoisemesa.org/flu or DM @TurquoiseMesaMC. 💉",
    "hospital domain and handle",
)

# 222
p(
    "en",
    "patient_story",
    "📸 Pictured: Lucy Chimoni and her great-grandson Eli, who came with her to every single radiation "
    "appointment this spring. Lucy rang the bell yesterday! 🔔",
    [("PHOTO", "Pictured"), ("NAME", "Lucy Chimoni"), ("NAME", "Eli"), ("NAME", "Lucy", "*")],
    note="photo of the patient, her name, great-grandson",
)

# 223
n(
    "en",
    "staff_spotlight",
    "Pictured: our amazing EVS team during Hospital Week. Clean hands, clean rooms, big hearts. 🧽✨",
    "photo of staff",
)

# 224
p(
    "en",
    "anonymous_story",
    "A young dad admitted on Jan. 4 with frostbite after his truck got stuck on a dirt road is going home "
    "today with all 10 toes. 🦶 Keep a winter kit in your vehicle, relatives!",
    [("DATE", "Jan. 4")],
    note="otherwise anonymous, but the admission date is a date element",
)

# 225
n(
    "en",
    "statistic",
    "Between Jan. 1 and March 31, our ED treated 42 patients for cold exposure. Most were over 60. ❄️ "
    "Check on your elders.",
    "aggregate dates and ages",
)

# 226
p(
    "en",
    "pasted_record",
    "Fax req to records: pls send ROI for WILLETO, GRACE A (DOB 04/09/1975) to pt's home fax "
    "505-555-0183. Thx - HIM",
    [("NAME", "WILLETO, GRACE A"), ("DATE", "04/09/1975"), ("FAX", "505-555-0183")],
    note="name, DOB, patient's home fax",
)

# 227
n(
    "en",
    "eponymous_condition",
    "March 21 is World Down Syndrome Day 🧦🧦 Rock your mismatched socks and learn about our developmental "
    "pediatrics clinic, now taking referrals from all three clinics.",
    "eponymous condition, awareness day",
)

# 228
p(
    "en",
    "patient_story",
    "Hastiin Benjamin Tsinajinnie introduced himself to his surgeon the traditional way — Tó'aheedlíinii, "
    "born for Tábąąhá — before his bypass. 'Now you know who my people are,' he said. Recovering well "
    "on 4 North! 💙",
    [("NAME", "Benjamin Tsinajinnie")],
    note="Hastiin is an honorific; clan names not labelled",
)

# 229
n(
    "en",
    "staff_spotlight",
    "Meet Grandma Clara, our 94-year-old volunteer who makes baby moccasins for every newborn on our "
    "unit. 🥹 Ahéhee', Clara!",
    "volunteer's name and age are not PHI",
)

# 230
p(
    "en",
    "memorial",
    "It is with deep sadness that we share the passing of our longtime unit clerk, Verna Deschenie, who "
    "was cared for by her coworkers in our ICU until the end. She was 66. We love you, Verna. 💔",
    [("NAME", "Verna Deschenie"), ("NAME", "Verna", "*")],
    note="staff member who died as our patient",
)

# 231
n(
    "en",
    "memorial",
    "We honor the 29 original Navajo Code Talkers, whose last member passed in 2014. Their courage lives "
    "on in every Diné family we serve. 🇺🇸",
    "historical group",
)

# 232
p(
    "en",
    "crisis_update",
    "Update on the Tohatchi house fire: with his family's permission, we can share that 8-year-old Isaiah "
    "Joe is in stable condition and was flown to the burn center this morning. Please keep the Joe family "
    "in your prayers. 🙏",
    [("GEO", "Tohatchi"), ("NAME", "Isaiah Joe"), ("NAME", "Joe", "*")],
    note="place of the fire at the family home, name, family surname",
)

# 233
n(
    "en",
    "crisis_update",
    "Power is back on at our Crownpoint Health Clinic. Thank you for your patience during this morning's "
    "outage — all appointments will be honored today. ⚡",
    "operations update",
)

# 234
p(
    "en",
    "patient_story",
    "Nana Tootsie is back on her feet! 👵🏽💃 After her hip fracture in August, she just two-stepped her way "
    "out of our rehab gym. #TootsieStrong",
    [("NAME", "Tootsie"), ("DATE", "August"), ("NAME", "#TootsieStrong")],
    note="nickname, month of injury, name hashtag",
)

# 235
n(
    "en",
    "sponsor",
    "Thank you to the Gallup-McKinley County Schools nurses for hosting our summer sports physicals — and "
    "to Joe's Café for feeding 200 kids! 🥪",
    "sponsors; business named after a person",
)

# 236
p(
    "en",
    "thank_you",
    "SHOUTOUT TO THE LOVATO FAMILY 🙌 FOR BRINGING GREEN CHILE STEW TO THE ICU EVERY FRIDAY WHILE THEIR "
    "DAD WAS WITH US. WE ARE NOT CRYING, YOU'RE CRYING.",
    [("NAME", "LOVATO")],
    note="ALL CAPS family surname of a patient",
)

# 237
n(
    "en",
    "anonymous_story",
    "A teenager in his first year of high school was thrown from a horse at a local rodeo last weekend. "
    "He's going to be fine, but his mom wants every parent to hear this: helmets aren't just for bikes. 🐴",
    "anonymous, no place",
)

# 238
p(
    "en",
    "pasted_record",
    "Biomed ticket: home O2 concentrator SN 7Z-448120 for pt YAZZIE, MARY ANN (Rm 221) failing alarm "
    "check, swap before DC Fri.",
    [("DEVICE", "7Z-448120"), ("NAME", "YAZZIE, MARY ANN"), ("OTHER_ID", "Rm 221")],
    note="device serial, name, room",
)

# 239
n(
    "en",
    "hospital_contact",
    "Our main switchboard (505) 555-0100 is answered 24/7 in English, Diné and Zuni. Mailing address: "
    "2100 Nizhoni Blvd, Gallup, NM 87301. Email: info@turquoisemesa.org",
    "hospital contacts",
)

# 240
p(
    "en",
    "discharge",
    "Before you go home, Marcus: your MyMesa portal username is mbegay_1988 — log in to see your "
    "discharge papers from 6/18! 👋 (ugh, this was supposed to be a DM 🤦)",
    [("NAME", "Marcus"), ("OTHER_ID", "mbegay_1988"), ("DATE", "6/18")],
    note="name, portal user name, discharge date",
)

if __name__ == "__main__":
    S.main("phi_dev23_source")
