"""Blind development set d84 for the PHI scanner: tests/data/phi_dev84.jsonl.

Organisation: Alum Creek Health (phi_dev84_org.json), a fictional health system in
Columbus, Ohio: Alum Creek Medical Center (main campus, 4800 Alum Creek Parkway), the Marion
campus with its Family Birth Center (1020 Mount Vernon Avenue, Marion) and the Morse Road
Clinic (3350 Morse Road); nine 555-01xx lines, three domains, four handles.
Focus: Somali families (patronymic names in which Abdi, Farah, Hassan are first names and
family names), Bhutanese-Nepali families (Gurung, Rai, Subba, Tamang; Dil, Hari, Bishnu,
Man), Appalachian Ohio families, Ohio State football fans, Mexican and Guatemalan families
(double and Maya surnames: Pop, Cux, Xol, Tzul); many replies to comments, Facebook threads,
short X posts, DMs / portal messages / fax sheets pasted by mistake, lower-case captions.
Hard cases: ages over 89 in digits, words, ordinals, "turned 100", "in his 90s",
"92yo", "102-year-old", nonagenarian, centenaria, an unnamed patient's age; person-tied
dates numeric (day-first Spanish too), written, day of the month alone ("the 28th",
"twelfth", "día 5"), feast days and holidays (Christmas Eve, Eid, Dashain, Laxmi Puja,
Día de Muertos, Nochebuena, Día de la Candelaria, Labor Day...), the same day named twice;
names that are words or places (Hazel, Pop, Man, Chase, Hunter, Abril, Marion, Odessa,
Dakota), lower-case and ALL CAPS names, initials (Mr. C, J.R.), nicknames, name hashtags,
family handles, relatives, employers and their towns, home towns, streets, ZIPs, camps
abroad; pasted bed boards, chart lines, fax covers, crib cards, census, IT tickets and
registration screens with MRN, phone, fax, e-mail, SSN, plan, account, device, licence,
plate, IP and URL values.
Hard negatives: staff and doctors with and without titles (some with the same names as
patients), volunteers and a donor aged over 89 with their birthdays, staff members' own
relatives (a grandmother turning 101, a grandchild), historical and public figures of the
region (Harding, Jesse Owens, Woody Hayes, John Glenn, Archie Griffin, Nicklaus), eponymous
conditions, awareness days and event dates, a stadium's and an organ's "100th"/"90th",
population ages and statistics, anonymous stories (an 89-year-old, an 88-year-old),
commenters not tied to care, campaign and mascot hashtags, pasted staff schedules and
blank templates, and the hospital's own phones (555.0100, 1-614-555-0178, ext.), addresses,
domains and handles.
Language mix: 240 posts, 200 English and 40 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- A hashtag that states a patient's age over 89 ("#100yearsyoung") is one AGE span, like a
  name hashtag; a hashtag with both name and age ("#DonChuy100") is one NAME span.
- Multi-word ages are labelled as the whole number phrase ("one hundred and second",
  "one hundred and four", "Noventa y cinco", "ninety-year-old"); "in his 90s" and "in her
  late 90s" label "90s"; "the 90s" as a decade is not an age. "Ninety-nine candles" on a
  patient's birthday states her age and is AGE.
- Festival and feast days of the communities are labelled like holidays when the patient's
  event fell on them (Dashain, Laxmi Puja, Vijaya Dashami, "10th day of Dashain" as a whole,
  Eid, Eid al-Adha, Buddha Jayanti, Jueves Santo, Día de la Candelaria, día de San Juan);
  so is the day of the Ohio State-Michigan game ("The Game") when a birth fell on it and the
  post also gives the date.
- Holiday periods in which the patient's event happened (Ramadan for a birth, Semana Santa
  for a stay) are labelled like a month; the same word used as a greeting in the same post
  ("Ramadan Kareem") stays unlabelled (ok=).
- Dates of services and paperwork tied to a patient are labelled: specimen collection,
  appointment, release signing, discharge goal, and a due date ("due on the 9th").
- "el día 5" is labelled "día 5" (without the article); a two-digit-year DOB ("3/3/34") is
  one DATE span.
- Employers are NAME (holdout decision), including a business the patient owns ("Odessa's
  Soul Food") and a school where the patient taught ("Pleasant Elementary"; a pupil's school
  would not be labelled); the employer's town or street is GEO (geography tied to the
  patient). Companies that are only sponsors, insurers or device makers are not labelled.
- A patient's home city is GEO even when it is Columbus or Marion; the hospital's sites
  ("Marion campus", "Morse Road Clinic", lower-case "marion" for the birth center) are not.
- A commenter's handle is OTHER_ID only when the post ties the commenter or their family
  to care (a patient's relative, a complaint about a father's wait); handles of commenters
  asking general questions, supporters, and a patient's neighbour are not labelled.
- Phone and fax numbers of other providers (a referring practice's fax on a fax cover) are
  not patient identifiers; a family's home fax is FAX.
- Kinship terms and honorifics are not part of NAME spans (Mama, Aabbo, Hooyo, Aama, Mamaw,
  Grandma, Abuelita, dai, Sheikh, Miss, Mrs., don/doña); "Big" in "Big Mike" is a descriptive
  word like "little".
- A living kidney donor named in a transplant story is treated as a patient (NAME); a
  relative's personal e-mail is labelled even when it suggests she is a nurse, because she
  writes as the patient's granddaughter.
- A unique telehealth visit link is URL; NICU "bay 4" and census "BED 1" are OTHER_ID with
  the keyword; family social handles that contain the patient's name are OTHER_ID with the
  possessive 's excluded.
- A nameless story is patient-specific when it carries an age over 89 or a home town (dev
  and holdout decisions); "today", weekdays, seasons and durations are never labelled.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev84.jsonl"), os.path.join(HERE, "phi_dev84_org.json"), "d84")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Hodan Abdi Farah was 31 weeks along when she came to our Marion campus on March 9. Today her twins, Ayaan and Sagal, are home in Hilltop 💛 Hodan says the best part was hearing the nurses speak Somali. #NICUgrads",
    [
        ("NAME", "Hodan Abdi Farah", 1),
        ("NAME", "Hodan", "*"),
        ("DATE", "March 9"),
        ("NAME", "Ayaan"),
        ("NAME", "Sagal"),
        ("GEO", "Hilltop"),
    ],
    note="mother and twins named; admission date; Columbus neighbourhood where the family lives. Patronymic full name labelled as one span; the Marion campus is the hospital's, not GEO",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Meet Farah Hassan, RN, our newest charge nurse on 5 West at the main campus. Farah grew up on the east side, speaks Somali, Arabic and English, and is the reason our night shift has a chai schedule. Welcome to the team! #AlumCreekProud",
    "staff nurse spotlight; Farah Hassan is staff (names that are also patient surnames elsewhere), 5 West is a unit",
)

# 3
p(
    "en",
    "milestone_birthday",
    "happy 100th to Mr. Dil Bahadur Gurung!! 🎂 he told our rehab team in Marion the secret is dal bhat twice a day and no elevators. #100yearsyoung",
    [
        ("AGE", "100th"),
        ("NAME", "Dil Bahadur Gurung"),
        ("AGE", "#100yearsyoung"),
    ],
    note="patient's 100th birthday; the age hashtag states the same age over 89 and is labelled as one AGE token (set decision); Marion = hospital campus",
)

# 4
n(
    "en",
    "milestone_birthday",
    "Our longest-serving volunteer, Wanda Mae Spurlock, turns 94 on Saturday, April 12! Wanda has pushed the book cart at the Marion campus since 1979 and still beats everybody at euchre. Stop by the lobby Friday for cake. 🎂",
    "a volunteer's age over 89 and birthday: volunteers are never labelled",
)

# 5
p(
    "en",
    "thank_you",
    "Replying to Nasra Hassan: Nasra, thank you for the kind words about Dr. Okafor and the 4 North team! We're so glad your father Hassan is back home in Northland. Give him a hug from all of us. 💙",
    [
        ("NAME", "Nasra Hassan", 1),
        ("NAME", "Nasra", "*"),
        ("NAME", "Hassan", "*"),
        ("GEO", "Northland"),
    ],
    note="reply to a patient's daughter; the father's first name Hassan is also the daughter's patronymic surname; home neighbourhood. Dr. Okafor is staff",
)

# 6
n(
    "en",
    "hospital_contact",
    "@buckeyemom614 Hi! The Morse Road Clinic walk-in opens at 8 a.m. weekdays. You can also book online at myalumcreek.org or call 614.555.0112. Interpreters in Somali, Nepali and Spanish: 1-614-555-0178.",
    "reply to a general question from the public: the commenter is not tied to any care; only hospital numbers and domain",
)

# 7
p(
    "en",
    "pasted_record",
    "Pt GURUNG, HARI B  MRN 40718226  DOB 02/11/1958  adm 10/03  Rm 614-A  dx CHF exac  son Bishnu Gurung (614) 555-0147 — ok to share w/ comms?",
    [
        ("NAME", "GURUNG, HARI B"),
        ("MRN", "40718226"),
        ("DATE", "02/11/1958"),
        ("DATE", "10/03"),
        ("OTHER_ID", "Rm 614-A"),
        ("NAME", "Bishnu Gurung"),
        ("PHONE", "(614) 555-0147"),
    ],
    note="chart line pasted by mistake: name, MRN, DOB, admission date, room, son's name and phone",
)

# 8
n(
    "en",
    "eponymous_condition",
    "November is Alzheimer's Awareness Month. If you're caring for a parent with Alzheimer's or Parkinson's, our Marion campus caregiver group meets the 2nd Tuesday of every month, 6 p.m., Room B. Questions? (740) 555-0156.",
    "eponymous conditions, awareness month, a support-group schedule and the Marion campus number",
)

# 9
p(
    "es",
    "birth_announcement",
    '¡Felicidades a la familia Xicay! 🎉 La pequeña Ixchel nació el 2 de noviembre, Día de Muertos, en nuestro Centro de Nacimiento de Marion. Su abuela Rosario dice que llegó "para acompañar a los que ya se fueron". 🌼',
    [
        ("NAME", "Xicay"),
        ("NAME", "Ixchel"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("NAME", "Rosario"),
    ],
    note="birth date written twice (date and the feast day it fell on), both labelled; family surname, baby and grandmother",
)

# 10
n(
    "es",
    "event",
    "Feria de salud el sábado 17 de mayo en la Clínica de Morse Road (3350 Morse Road). Vacunas, presión arterial y consultas con intérpretes. Información: (614) 555-0145. #SaludParaTodos",
    "event date, the clinic's own address and phone, campaign hashtag",
)

# 11
p(
    "en",
    "memorial",
    'We are heartbroken to share that Earl "Buddy" Pennington, our Marion rehab unit\'s favorite storyteller, passed away on Christmas Eve at 96. Buddy spent 40 years at the Whirlpool plant and never missed a Buckeyes game. Rest easy, Buddy. 🌰',
    [
        ("NAME", 'Earl "Buddy" Pennington'),
        ("NAME", "Buddy", "*"),
        ("DATE", "Christmas Eve"),
        ("AGE", "96"),
        ("NAME", "Whirlpool"),
    ],
    note="patient memorial: name with quoted nickname, date of death given as a holiday, age over 89, employer (NAME per the holdout decision)",
)

# 12
n(
    "en",
    "memorial",
    "Our Alum Creek family lost a legend this week. Dr. Ruth Ann Hollingsworth delivered more than 6,000 babies in Marion over 38 years before she retired in 2009. She died peacefully on May 3 at 91. Services Saturday at First Presbyterian, Marion.",
    "memorial for a retired staff physician: staff death date and age over 89 are not patient identifiers",
)

# 13
p(
    "en",
    "patient_story",
    "shoutout to lil man abdi who rang the bell today after his last round of chemo 🔔 #AbdiStrong",
    [
        ("NAME", "abdi"),
        ("NAME", "#AbdiStrong"),
    ],
    note="lower-case first name and a name hashtag",
)

# 14
n(
    "en",
    "campaign_hashtag",
    "Every stitch, every snack, every 3 a.m. rocking shift. Thank you, NICU cuddlers! 💛 #AlumCreekStrong #CuddleCrew #NICUNurses",
    "thanks to volunteers, campaign hashtags only",
)

# 15
p(
    "en",
    "pasted_record",
    'From MyAlumCreek inbox — Subject: refill. "Hi this is Loretta Blevins, DOB 7/22/1949, I need my metoprolol called to the Kroger by my house on Delaware Ave. My new cell is 740-555-0119 and email lblevins49@yahoo.com. Thank you"',
    [
        ("NAME", "Loretta Blevins"),
        ("DATE", "7/22/1949"),
        ("GEO", "Delaware Ave"),
        ("PHONE", "740-555-0119"),
        ("EMAIL", "lblevins49@yahoo.com"),
    ],
    note="portal message pasted by mistake: name, DOB, home street, cell, e-mail",
)

# 16
n(
    "en",
    "health_tip",
    "Buckeye fans: tailgating this Saturday? 🏈 Keep cold food under 40°F, hot food above 140°F, and don't let the potato salad sit out more than 2 hours (1 hour if it's over 90 outside). Go Bucks! #OhioState #FoodSafety",
    "food-safety tip; the numbers over 89 are temperatures",
)

# 17
p(
    "en",
    "milestone_birthday",
    "Ninety-nine candles and not one blown out on the first try 😂 Happy birthday to our friend Opal Kiser of Caledonia, who got an early party on the rehab unit today. (Her real birthday is the 28th, when the grandkids drive up from Portsmouth.)",
    [
        ("AGE", "Ninety-nine"),
        ("NAME", "Opal Kiser"),
        ("GEO", "Caledonia"),
        ("DATE", "28th"),
        ("GEO", "Portsmouth"),
    ],
    note="age in words, name that is a word, home town, birthday as a day of the month alone, the grandchildren's town (family GEO)",
)

# 18
n(
    "en",
    "milestone_birthday",
    "Our lab manager Jenna Whitt's grandma, Pearl, turned 101 on Sunday and Jenna made the whole lab wear party hats for the 6 a.m. draw 🎉 Happy birthday, Granny Pearl, from all of us at Alum Creek!",
    "a staff member's own grandmother (not a patient): her name and age over 89 are not labelled",
)

# 19
p(
    "en",
    "discharge",
    "After 58 days in our NICU, baby Chandra Maya Tamang is going HOME to Reynoldsburg! 🎓 Mom Sita and dad Bhim made her a tiny graduation cap. Born at 26 weeks on Dashain, discharged on Laxmi Puja. #NICUgrad",
    [
        ("NAME", "Chandra Maya Tamang"),
        ("GEO", "Reynoldsburg"),
        ("NAME", "Sita"),
        ("NAME", "Bhim"),
        ("DATE", "Dashain"),
        ("DATE", "Laxmi Puja"),
    ],
    note="NICU discharge: baby, parents, home town; birth and discharge dates given as Nepali festival days (Dashain, Laxmi Puja), labelled as holidays on which the event fell",
)

# 20
n(
    "en",
    "anonymous_story",
    "Last night one of our NICU grads came back to visit — now a 6-foot linebacker headed to Ohio State this fall. 23 years ago he weighed 1 lb 14 oz. We cried. He cried. Security cried. 🏈💛",
    "anonymous former patient: no name, date, place or age over 89",
)

# 21
p(
    "en",
    "thank_you",
    "@maria.cux.22 we are sending all the love to you and little mateo!! thank you for letting us share his story 💛",
    [
        ("OTHER_ID", "@maria.cux.22"),
        ("NAME", "mateo"),
    ],
    note="reply to a patient's mother: her social handle (OTHER_ID) and the child's lower-case name",
)

# 22
n(
    "en",
    "public_figure",
    "Warren G. Harding was born November 2, 1865, near Blooming Grove. Marion's most famous resident went from the Marion Star newsroom to the White House. Visit the Harding Home, just 2 miles from our Marion campus! #MarionOhio",
    "historical figure of the region and his birth date: not a patient",
)

# 23
p(
    "en",
    "patient_story",
    "When Darrell Dotson wrecked his truck on State Route 93 outside Jackson in January, he didn't think he'd walk again. Last week he walked his daughter Kaylee down the aisle. Darrell, you're an inspiration! 🙌 #RehabWorks",
    [
        ("NAME", "Darrell Dotson"),
        ("NAME", "Darrell", "*"),
        ("GEO", "State Route 93"),
        ("GEO", "Jackson"),
        ("DATE", "January"),
        ("NAME", "Kaylee"),
    ],
    note="road and town of the crash, injury month, daughter's name",
)

# 24
n(
    "en",
    "research",
    "New from our Refugee Health team: in a study of 412 Bhutanese-Nepali adults seen at the Morse Road Clinic, 38% had diabetes, and rates were highest in adults over 60. Read it at alumcreekhealth.org/research. #RefugeeHealth",
    "research statistic about a population; hospital domain",
)

# 25
p(
    "en",
    "pasted_record",
    "oops wrong window 🙈 → 4N BOARD: Rm 401 ABDI, FADUMO (94) fall risk | Rm 402 RAI, DIL K (67) d/c today | Rm 403 — | Rm 404 TZOC, JUAN (52) NPO after MN",
    [
        ("OTHER_ID", "Rm 401"),
        ("NAME", "ABDI, FADUMO"),
        ("AGE", "94"),
        ("OTHER_ID", "Rm 402"),
        ("NAME", "RAI, DIL K"),
        ("OTHER_ID", "Rm 404"),
        ("NAME", "TZOC, JUAN"),
    ],
    note="bed board pasted by mistake: rooms tied to patients, ALL-CAPS names, one age over 89 (67 and 52 are not labelled); empty Rm 403 is tied to nobody",
)

# 26
n(
    "en",
    "crisis_update",
    "UPDATE 3:40 PM: Power has been restored at the Marion campus after this morning's storm. All patients are safe. The Family Birth Center is accepting patients again. Media: (614) 555-0134. Please don't call 911 for non-emergencies.",
    "crisis update with hospital media line and 911",
)

# 27
p(
    "en",
    "birth_announcement",
    "Brooks Hatcher was born a Buckeye fan — literally. He arrived at 12:01 a.m. on November 25, the morning of The Game, wearing the scarlet-and-gray hat our L&D nurses knitted. Dad Cody says he'll be calling plays by Christmas. O-H! 👶🏈",
    [
        ("NAME", "Brooks Hatcher"),
        ("DATE", "November 25"),
        ("DATE", "The Game"),
        ("NAME", "Cody"),
    ],
    note="birth date written twice: the date and the day of the Ohio State-Michigan game it fell on (labelled like a holiday, set decision); Christmas is not the baby's event",
)

# 28
n(
    "en",
    "staff_spotlight",
    "Happy retirement, Hope Collins! 🎉 Hope started as a unit clerk at Morse Road in 1991 and leaves us as our director of patient access. Her last day is Friday, June 27 — come say goodbye in the cafeteria from 2–4.",
    "staff retirement: staff name that is a word, staff dates",
)

# 29
p(
    "es",
    "thank_you",
    "Gracias a doña Amparo Chavajay y a su hija Lucía por visitarnos hoy con tamales 🫔 para todo el equipo de 3 Sur. Doña Amparo estuvo con nosotros en diciembre después de su cirugía de cadera y dice que ya baila otra vez. 💃",
    [
        ("NAME", "Amparo Chavajay"),
        ("NAME", "Amparo", "*"),
        ("NAME", "Lucía"),
        ("DATE", "diciembre"),
    ],
    note="former patient and her daughter; month of the surgery; doña is not part of the span",
)

# 30
n(
    "es",
    "health_tip",
    "¿Sabía que la diabetes tipo 2 se puede prevenir? Camine 30 minutos al día, tome agua en vez de refresco y hágase la prueba de A1C. Clases gratis en español en la Clínica de Morse Road: llame al 614-555-0145, ext. 2.",
    "health tip with the clinic's own number and extension",
)

# 31
p(
    "en",
    "pasted_record",
    "FAX COVER — Alum Creek Marion Campus, Health Information Mgmt. TO: Dr. Patel, Marion Family Practice  FAX (740) 555-0133  RE: SUBBA, MAN BAHADUR  MRN 7720-1154  DOB 12/30/1939  Admit 03/02  Pt home ph 740-555-0162  Pages: 4. Questions: (740) 555-0156.",
    [
        ("NAME", "SUBBA, MAN BAHADUR"),
        ("MRN", "7720-1154"),
        ("DATE", "12/30/1939"),
        ("DATE", "03/02"),
        ("PHONE", "740-555-0162"),
    ],
    note="fax cover pasted by mistake: patient name (Man is a word), MRN, DOB, admission date, home phone. The receiving practice's fax number and the campus line are not the patient's and are not labelled (set decision)",
)

# 32
n(
    "en",
    "hospital_contact",
    "Reminder for referring offices: records requests for the Marion campus go to HIM, fax (740) 555-0156 option 3, or records@alumcreekhealth.org. Please don't send PHI by regular email! 📠",
    "hospital fax line and hospital e-mail only",
)

# 33
p(
    "en",
    "milestone_birthday",
    'Today we celebrated a very special birthday on 6 East. Mama Khadra Hassan Abdi turned 100 — or, as her great-grandson Liban put it, "one hundred and still the boss." Khadra was born in Beledweyne, raised eleven children, and came to Columbus in 2004. Her family brought sambuusa for the whole floor. Happy birthday, Mama Khadra! 🎉',
    [
        ("NAME", "Khadra Hassan Abdi", 1),
        ("NAME", "Khadra", "*"),
        ("AGE", "100"),
        ("NAME", "Liban"),
        ("AGE", "one hundred"),
        ("GEO", "Beledweyne"),
        ("GEO", "Columbus"),
    ],
    note="patient's 100th birthday in digits and words, great-grandson, foreign birth town and home city (GEO even though the hospital is also in Columbus); bare year not labelled",
)

# 34
n(
    "en",
    "statistic",
    "By the numbers, 2024 at Alum Creek Marion: 1,412 babies born, 96 sets of twins, 3 sets of triplets and 212 NICU grads. Thank you, Marion County, for trusting us. 💙",
    "yearly statistics; 96 is a count, not an age",
)

# 35
p(
    "en",
    "patient_story",
    'Meet Santiago Pop Caal! 🌽 Santiago, a roofer from Huehuetenango who now lives in Linden, fell from a ladder on a job for Buckeye State Roofing on August 8. Three surgeries and 11 weeks later, he walked out of our trauma unit on his own. "Gracias a Dios y a ustedes," he told us.',
    [
        ("NAME", "Santiago Pop Caal"),
        ("NAME", "Santiago", "*"),
        ("GEO", "Huehuetenango"),
        ("GEO", "Linden"),
        ("NAME", "Buckeye State Roofing"),
        ("DATE", "August 8"),
    ],
    note="Guatemalan double surname (Pop is also a word), home town abroad and Columbus neighbourhood, employer as NAME, injury date",
)

# 36
n(
    "en",
    "public_figure",
    "Jesse Owens won four gold medals in 1936 and learned to run on the streets of Cleveland before starring at Ohio State. This Black History Month, our Morse Road Clinic is hosting a youth track clinic in his honor on February 22. #JesseOwens",
    "historical figure, his hashtag, and an event date",
)

# 37
p(
    "en",
    "pasted_record",
    'DM from Facebook, pasting for the story team: "hi its Bishnu Subba, my dad Hari Subba was in room 512 in may for the heart thing. he wants to do the video!! you can call me 614 555 0153 or bishnu.subba@gmail.com"',
    [
        ("NAME", "Bishnu Subba"),
        ("NAME", "Hari Subba"),
        ("OTHER_ID", "room 512"),
        ("DATE", "may"),
        ("PHONE", "614 555 0153"),
        ("EMAIL", "bishnu.subba@gmail.com"),
    ],
    note="DM pasted: son and patient named, room number, lower-case admission month, son's phone with spaces and e-mail",
)

# 38
n(
    "en",
    "staff_spotlight",
    "Say namaste to Dr. Hari Prasad Rai, our new family medicine physician at the Morse Road Clinic! Dr. Rai came to Columbus as a teenager in 2009, went to Ohio State, and now sees patients in Nepali, Hindi and English. Book with him at (614) 555-0112.",
    "new physician (staff) with a Bhutanese-Nepali name; hospital scheduling line",
)

# 39
p(
    "es",
    "pasted_record",
    'Mensaje del portal (pegado por error): "Buenas tardes, soy Guadalupe Ramírez Ortiz, mamá de Emiliano, fecha de nacimiento 14/09/2019, expediente 55091736. ¿Me pueden llamar al 614-555-0181? Mi correo es lupita.ramirez.o@hotmail.com"',
    [
        ("NAME", "Guadalupe Ramírez Ortiz"),
        ("NAME", "Emiliano"),
        ("DATE", "14/09/2019"),
        ("MRN", "55091736"),
        ("PHONE", "614-555-0181"),
        ("EMAIL", "lupita.ramirez.o@hotmail.com"),
    ],
    note="portal message: mother with double surname, child, day-first DOB, record number, phone, e-mail",
)

# 40
n(
    "es",
    "anonymous_story",
    "Anoche nació un bebé en el estacionamiento de nuestro campus de Marion 🚗👶 Mamá y bebé están muy bien. ¡Gracias a los guardias de seguridad que corrieron por la silla de ruedas!",
    "anonymous birth; 'anoche' is a relative expression",
)

# 41
p(
    "en",
    "milestone_birthday",
    "92yo and still wearing her Archie Griffin jersey to every PT session. happy birthday Miss Hazel 🏈❤️",
    [
        ("AGE", "92yo"),
        ("NAME", "Hazel"),
    ],
    note="age over 89 with the suffix in the same token; first name that is a word; Archie Griffin is a public figure",
)

# 42
n(
    "en",
    "milestone_birthday",
    "Happy 95th birthday to Clarence Yoder, who gave the first gift to build our Marion Family Birth Center in 1987! Clarence turned 95 on June 3 and celebrated with a visit to the babies. Thank you, Clarence. @ACHFoundation",
    "a donor's age over 89 and birthday; donors are not labelled",
)

# 43
p(
    "en",
    "discharge",
    "SHE'S GOING HOME!!! 🎉🎉 AFTER 71 DAYS, MARISOL TZUL IS HEADED BACK TO WESTERVILLE. WE WILL MISS YOUR LAUGH, MARISOL!!! #MARISOLSTRONG",
    [
        ("NAME", "MARISOL TZUL"),
        ("NAME", "MARISOL", "*"),
        ("GEO", "WESTERVILLE"),
        ("NAME", "#MARISOLSTRONG"),
    ],
    note="ALL CAPS name, home town and name hashtag",
)

# 44
n(
    "en",
    "campaign_hashtag",
    "GAME DAY AT THE MORSE ROAD CLINIC!! 🏈 WEAR YOUR SCARLET & GRAY, GET YOUR FLU SHOT, GET A FREE BRUTUS STICKER. #BEATMICHIGAN #FLUSHOTSATURDAY",
    "ALL CAPS event promo; Brutus is the mascot; campaign hashtags",
)

# 45
p(
    "en",
    "memorial",
    "In loving memory of Bud Cottrill, who passed on Veterans Day with his Army cap on. Bud spent his last weeks on our hospice unit at the Marion campus and told every aide who'd listen about his 30 years at Marion Power Shovel. His wife, Ollie Mae, asked us to share: \"He loved y'all like family.\" 🇺🇸",
    [
        ("NAME", "Bud Cottrill"),
        ("NAME", "Bud", "*"),
        ("DATE", "Veterans Day"),
        ("NAME", "Marion Power Shovel"),
        ("NAME", "Ollie Mae"),
    ],
    note="date of death given as the holiday it fell on, employer (contains the campus town's name) as NAME, wife's double first name",
)

# 46
n(
    "en",
    "event",
    "This Veterans Day, Monday, November 11, we're honoring the 312 veterans on our staff with a flag ceremony at 11 a.m. at 4800 Alum Creek Pkwy. All are welcome. 🇺🇸 #VeteransDay",
    "holiday event date and the hospital's own address",
)

# 47
p(
    "en",
    "patient_story",
    "Eight-year-old Dakota Sparks from Delaware (the Ohio one 😉) got her cast off today just in time for Buckeye Bash. She broke her wrist on the monkey bars at Conger Elementary on October 2. Go get 'em, Dakota!",
    [
        ("NAME", "Dakota Sparks"),
        ("NAME", "Dakota", "*"),
        ("GEO", "Delaware"),
        ("DATE", "October 2"),
    ],
    note="first name and home town that are also state names; injury date. The school name is not an identifier (dev decision)",
)

# 48
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is the top cause of acquired heart disease in kids in the U.S. Watch for fever over 5 days, red eyes, cracked lips and swollen hands. Questions? Our pediatric line: (614) 555-0112. #KawasakiDiseaseAwarenessDay is January 26.",
    "eponymous condition, awareness day date, hospital line",
)

# 49
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 90 a don Refugio Hernández! 🎂 Don Cuco (así le dicen sus nietos) cumplió noventa años el 12 de diciembre, Día de la Virgen de Guadalupe, y lo festejamos con mariachi en la sala de rehabilitación de Marion.",
    [
        ("AGE", "90"),
        ("NAME", "Refugio Hernández"),
        ("NAME", "Cuco"),
        ("AGE", "noventa"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
    ],
    note="age in digits and in words, nickname, birthday written as a date and as the feast day (both labelled); first name that is a word",
)

# 50
n(
    "es",
    "event",
    "Hoy, 12 de diciembre, celebramos a la Virgen de Guadalupe con nuestras familias mexicanas. 🌹 Las misas en español de la capilla del campus principal serán a las 7 a.m. y 6 p.m. ¡Todos son bienvenidos!",
    "feast day and chapel schedule: not a patient's event",
)

# 51
p(
    "en",
    "pasted_record",
    'Security log pasted to the comms chat by mistake: "Vehicle left in ED ambulance bay 0215 — silver Honda Pilot, OH plate JHK 4471, owner per pt belongings: Tamang, Dhan (ED bed 14). Pt\'s OH DL # RT448120. Tow hold pending."',
    [
        ("VEHICLE", "JHK 4471"),
        ("NAME", "Tamang, Dhan"),
        ("OTHER_ID", "bed 14"),
        ("LICENSE", "RT448120"),
    ],
    note="security log: patient's plate, name, ED bed, driver's licence number",
)

# 52
n(
    "en",
    "hospital_contact",
    "Heads up, Marion campus visitors: the north lot is closed Thursday for repaving. Use the garage off Mount Vernon Ave; show your ticket at the desk for free parking. Shuttle questions: 740-555-0156.",
    "parking notice: hospital street and number",
)

# 53
p(
    "en",
    "thank_you",
    "A big ol' thank you to the Blevins family of Wheelersburg for the 40 quilts they brought to our NICU this week! 🧵 Mamaw Dot started making them after her grandson Tucker spent a month here in 2023. Tucker is now a wild 2-year-old. ❤️",
    [
        ("NAME", "Blevins"),
        ("GEO", "Wheelersburg"),
        ("NAME", "Dot"),
        ("NAME", "Tucker", "*"),
    ],
    note="donors introduced as the family of a former NICU patient: their names and town are labelled; Mamaw is a title",
)

# 54
n(
    "en",
    "sponsor",
    "Thank you to the Hatfield Family Foundation for a $250,000 gift to the Marion campus cancer center! The new Hatfield Infusion Suite opens this spring with 14 chairs and a view of the garden. 💐 @ACHFoundation",
    "family foundation naming a suite: donors are not labelled",
)

# 55
p(
    "en",
    "patient_story",
    'when "Peanut" came to us she weighed less than a bag of sugar. now she\'s running the hallways of the morse road clinic at her 2-year checkup 🥜💛 her mom Deeqa says she was born on eid and has been a gift ever since',
    [
        ("NAME", "Peanut"),
        ("NAME", "Deeqa"),
        ("DATE", "eid"),
    ],
    note="quoted nickname as the patient's name, mother's name, birth on a feast day written in lower case",
)

# 56
n(
    "en",
    "pasted_record",
    "pasted the interpreter dashboard instead of the graphic, sorry 🙈 \"Q3 VISITS — Somali 1,906 | Nepali 1,204 | Spanish 2,611 | K'iche' 88 | Mam 41 | avg connect time 4.2 min\" Behind every number is a family who got to ask their own questions. #LanguageAccess",
    "pasted dashboard with aggregate counts only: no patient",
)

# 57
p(
    "en",
    "patient_story",
    'One of our dialysis patients at the Marion campus is in his 90s and hasn\'t missed a single Tuesday-Thursday-Saturday session in six years. He asked us to post this: "Go Bucks, and take your blood pressure pills." 🩺',
    [
        ("AGE", "90s"),
    ],
    note="unnamed patient whose age is over 89: AGE (holdout decision), so patient-specific; weekdays are not dates",
)

# 58
n(
    "en",
    "anonymous_story",
    "An 89-year-old patient on 4 North taught our night nurses to play cribbage this week, and now there's a tournament bracket on the whiteboard. We love our patients. 🃏",
    "anonymous patient aged 89: ages of 89 and under are never labelled",
)

# 59
p(
    "es",
    "discharge",
    "¡Se fue a casa! 🏠 Después de 3 semanas en cuidados intensivos, el señor Tomás Ajú regresó a su casa en Grove City con su esposa Juana. Tomás ingresó el 1 de enero, después de un accidente en la planta de Worthington Foods donde trabaja. ¡Fuerza, don Tomás! #FuerzaTomás",
    [
        ("NAME", "Tomás Ajú"),
        ("NAME", "Tomás", "*"),
        ("GEO", "Grove City"),
        ("NAME", "Juana"),
        ("DATE", "1 de enero"),
        ("NAME", "Worthington Foods"),
        ("NAME", "#FuerzaTomás"),
    ],
    note="name, home town, wife, admission date, employer (NAME), name hashtag",
)

# 60
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos intérpretes médicos de español, somalí y nepalí para la Clínica de Morse Road y el campus de Marion. Solicite en alumcreekhealth.org/empleos o escriba a empleos@alumcreekhealth.org.",
    "recruitment with hospital domain and e-mail",
)

# 61
p(
    "en",
    "pasted_record",
    "Pasted from Epic by accident, sorry!! → HASSAN, ABDIRAHMAN FARAH | MRN: 00-912-447 | DOB: 01/01/1990 | Enc# 6602918 | Ins: CareSource Medicaid ID 10558237701 | Acct 88-0031-92",
    [
        ("NAME", "HASSAN, ABDIRAHMAN FARAH"),
        ("MRN", "00-912-447"),
        ("DATE", "01/01/1990"),
        ("OTHER_ID", "6602918"),
        ("HEALTH_PLAN", "10558237701"),
        ("ACCOUNT", "88-0031-92"),
    ],
    note="registration line: patronymic name in ALL CAPS, MRN with dashes, DOB (an assigned 01/01 date is still a date), encounter number, Medicaid ID, account number; the insurer's name is not labelled",
)

# 62
n(
    "en",
    "hospital_contact",
    "PSA: We will NEVER text you asking for your MRN, Social Security number or card number. If you get a text from a number that isn't 614-555-0100 or (614) 555-0123 asking you to pay a bill, don't click it. Report it to privacy@alumcreekhealth.org.",
    "scam warning naming identifier types but no values; hospital numbers and e-mail",
)

# 63
p(
    "en",
    "patient_story",
    "Replying to @OhioMamaT: yes, that's our friend Mr. C! He's been coming to the Morse Road Clinic since the day it opened, and he turned 97 on the 4th of July. We'll pass your birthday wishes along, neighbor! 🇺🇸",
    [
        ("NAME", "C"),
        ("AGE", "97"),
        ("DATE", "4th of July"),
    ],
    note="patient known by an initial, age over 89, birthday on a holiday. The commenter is a neighbour, not a patient or relative: her handle is not labelled (set decision)",
)

# 64
n(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to us! 🎂 The Marion campus opened its doors on July 4, 1925, as Marion City Hospital with 40 beds. A century later we're still here, still saying yes. Party on the lawn at 1020 Mount Vernon Avenue, Friday 4–7.",
    "the hospital's own centenary, opening date and address",
)

# 65
p(
    "en",
    "pasted_record",
    "Note to comms: before we post the pacemaker-clinic story, pls remove the device card from the photo — it shows Medtronic SN PJN418822S and the patient's name, Ruby Tackett. Also her husband Vernon's cell is on it: 740-555-0174.",
    [
        ("DEVICE", "PJN418822S"),
        ("NAME", "Ruby Tackett"),
        ("NAME", "Vernon"),
        ("PHONE", "740-555-0174"),
    ],
    note="internal note pasted: device serial, patient's name (a word), husband's name and cell. The photo shows a card, not the patient: no PHOTO span",
)

# 66
n(
    "en",
    "research",
    "Our cardiology team just enrolled the 100th patient in a national trial of leadless pacemakers. Patients 18 and older with slow heart rhythms may qualify; call (614) 555-0112 or visit alumcreekhealth.org/trials. #HeartHealth",
    "research enrolment count: '100th patient' is an ordinal count, not an age",
)

# 67
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY TO THE BIGGEST BUCKEYE FAN IN MARION COUNTY, MISS GLADYS PICKENS!!! 🌰🏈 She's seen every Michigan game since 1935 (she says we don't talk about the 90s).",
    [
        ("AGE", "101ST"),
        ("GEO", "MARION COUNTY"),
        ("NAME", "GLADYS PICKENS"),
    ],
    note="ALL CAPS ordinal age and name; county where she lives; 'the 90s' is a decade, not an age; bare year not labelled",
)

# 68
n(
    "en",
    "statistic",
    "Ohio has more than 90,000 adults age 90 and older, and 1 in 3 of them lives alone. This Older Americans Month, check on your neighbors. 💙 Need a ride to an appointment? 614-555-0100, ext. 7.",
    "population age and statistic; hospital number with extension",
)

# 69
p(
    "en",
    "birth_announcement",
    "Welcome to the world, baby Ilhan! 🌙 Born during the last ten nights of Ramadan to proud parents Muna Ahmed and Abdullahi Farah of Prospect, she's the first baby born in our new Marion birth suites. Ramadan Kareem from all of us!",
    [
        ("NAME", "Ilhan"),
        ("DATE", "Ramadan", 1),
        ("NAME", "Muna Ahmed"),
        ("NAME", "Abdullahi Farah"),
        ("GEO", "Prospect"),
    ],
    ok=("Ramadan",),
    note="birth month given as Ramadan (a month tied to the birth is a date element, set decision); the second Ramadan is a greeting, not the birth; parents and home village (a word)",
)

# 70
n(
    "en",
    "event",
    "Eid Mubarak! 🌙 Our Morse Road Clinic will close early at 1 p.m. on Eid al-Fitr so our staff can celebrate with their families. Urgent needs? Call (614) 555-0100 any time.",
    "holiday closing notice: not a patient's event",
)

# 71
p(
    "en",
    "patient_story",
    "Round 6 of 6 DONE. 💪 Our whole infusion team is wearing purple today for her. You know who you are. #BishnusArmy #AlumCreekStrong",
    [
        ("NAME", "#BishnusArmy"),
    ],
    note="the patient is named only in a hashtag",
)

# 72
n(
    "en",
    "campaign_hashtag",
    "Meet #HopeTheHeron, the new mascot of our pediatric unit! 🐦 Kids who finish their therapy goals get a Hope sticker. Stickers courtesy of the @ACHFoundation. #AlumCreekKids",
    "a mascot's name in a hashtag, hospital handle and campaign hashtag",
)

# 73
p(
    "es",
    "patient_story",
    "Don Lorenzo Cux Tzoc llegó de Totonicapán hace 20 años y trabaja en la cocina del restaurante La Michoacana de Cleveland Avenue. El 15 de septiembre, Día de la Independencia de Guatemala, sufrió un infarto en el trabajo. Hoy, gracias a sus compañeros que llamaron al 911, está en casa con su esposa Petrona. 🇬🇹",
    [
        ("NAME", "Lorenzo Cux Tzoc"),
        ("GEO", "Totonicapán"),
        ("NAME", "La Michoacana"),
        ("GEO", "Cleveland Avenue"),
        ("DATE", "15 de septiembre"),
        ("DATE", "Día de la Independencia de Guatemala"),
        ("NAME", "Petrona"),
    ],
    note="Guatemalan name, home town abroad, employer (NAME) and its street (GEO tied to the patient, set decision), date of the heart attack written as date and as the national holiday, wife",
)

# 74
n(
    "es",
    "public_figure",
    "Rigoberta Menchú, Premio Nobel de la Paz 1992, nació el 9 de enero de 1959 en Uspantán, Guatemala. Este mes de la herencia hispana honramos a las mujeres indígenas que cuidan a nuestras comunidades. #HerenciaHispana",
    "public figure, her birth date and town",
)

# 75
p(
    "en",
    "pasted_record",
    'IT ticket pasted into the wrong Teams channel: "Portal lockout for user dilmaya.rai77 (Dil Maya Rai, MRN 31150890). Login attempts from IP 73.145.22.198, last success 3 days ago. Pt\'s daughter Asha Rai called from 614-555-0126; reset link sent to ashrai.oh@outlook.com."',
    [
        ("OTHER_ID", "dilmaya.rai77"),
        ("NAME", "Dil Maya Rai"),
        ("MRN", "31150890"),
        ("IP", "73.145.22.198"),
        ("NAME", "Asha Rai"),
        ("PHONE", "614-555-0126"),
        ("EMAIL", "ashrai.oh@outlook.com"),
    ],
    note="IT ticket: portal user name, patient name, MRN, IP address, daughter's name, phone and e-mail",
)

# 76
n(
    "en",
    "hospital_contact",
    "Having trouble logging in to MyAlumCreek? Clear your cache, go to https://myalumcreek.org/reset, or call the help desk at (614) 555-0112 (press 4). We'll never ask for your password.",
    "portal help: hospital URL and number",
)

# 77
p(
    "en",
    "memorial",
    'The nurses of our Marion rehab unit are missing a dear friend. Ernestine "Teenie" Lykins, a nonagenarian with a laugh you could hear from the elevators, passed away peacefully on Good Friday. Teenie taught third grade at Pleasant Elementary for 34 years and kept a bowl of butterscotch candies at her bedside for the night shift. To her son Roger and her sister Mae in Ironton: she was loved here. 🕊️',
    [
        ("NAME", 'Ernestine "Teenie" Lykins'),
        ("NAME", "Teenie", "*"),
        ("AGE", "nonagenarian"),
        ("DATE", "Good Friday"),
        ("NAME", "Pleasant Elementary"),
        ("NAME", "Roger"),
        ("NAME", "Mae"),
        ("GEO", "Ironton"),
    ],
    note="memorial: name with nickname, 'nonagenarian' (AGE), death on a holiday, her employer (a school she taught at: NAME as employer, unlike a pupil's school), son, sister and the sister's town",
)

# 78
n(
    "en",
    "public_figure",
    "Rest in peace to a Buckeye legend. Coach Woody Hayes died on March 12, 1987, and was buried in Union Cemetery, just up Olentangy River Road. Our own Dr. Mike Salyers was a walk-on for Woody in '76 and still has the playbook. 🌰",
    "public figure's death date and burial place; a staff physician",
)

# 79
p(
    "en",
    "thank_you",
    "thank u to the kids on Weber Rd who raised $312 with a lemonade stand for their neighbor Maya Gurung's chemo 🍋💛 maya says hi!!",
    [
        ("GEO", "Weber Rd"),
        ("NAME", "Maya Gurung"),
        ("NAME", "maya"),
    ],
    note="patient's street (she is the kids' neighbour), name and lower-case repeat",
)

# 80
n(
    "en",
    "anonymous_story",
    "Some kids in Clintonville raised $418 at a lemonade stand for our children's unit, and delivered it in a pickle jar. 🍋 The pickle jar is now framed in the break room. Thank you, friends!",
    "young donors and their neighbourhood: no patient",
)

# 81
p(
    "en",
    "pasted_record",
    'Ugh, someone pasted the registration screen in the caption draft: "Guarantor: FARAH, AMINA  SSN 512-44-0938  Relation: Mother  Pt: FARAH, YUSUF  DOB 05/05/2016  Plan: Molina MyCare  Member # 882015634  Home: 2270 Maize Rd Apt 4, Columbus 43229"',
    [
        ("NAME", "FARAH, AMINA"),
        ("SSN", "512-44-0938"),
        ("NAME", "FARAH, YUSUF"),
        ("DATE", "05/05/2016"),
        ("HEALTH_PLAN", "882015634"),
        ("GEO", "2270 Maize Rd Apt 4"),
        ("GEO", "Columbus"),
        ("GEO", "43229"),
    ],
    note="registration screen: mother's name and SSN, child's name and DOB, plan member number, home street with apartment, city and ZIP",
)

# 82
n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is March 21 — 3/21, for the three copies of chromosome 21. 🧦 Rock your mismatched socks and tag us @AlumCreekKids! Our Down syndrome clinic at Morse Road sees kids from 40 Ohio counties.",
    "eponymous condition and its awareness day written two ways",
)

# 83
p(
    "en",
    "birth_announcement",
    "our first valentine's day baby of the year at the marion birth center!! 💘 welcome Scarlett Rose, born 2/14 at 3:12 am to mom brittany and dad cole of la rue. she's already got more hair than dad",
    [
        ("DATE", "valentine's day"),
        ("NAME", "Scarlett Rose"),
        ("DATE", "2/14"),
        ("NAME", "brittany"),
        ("NAME", "cole"),
        ("GEO", "la rue"),
    ],
    note="birth date as holiday and numeric, lower-case parents' names (cole is a word) and lower-case home village",
)

# 84
n(
    "en",
    "event",
    "Valentine's Day at the Marion Birth Center = tiny knitted hearts for every baby born Feb 14. 💘 Thank you to the Marion County Knitting Guild for 60 hand-knit hats! #ValentinesDay",
    "holiday programme for all babies born that day; volunteer guild",
)

# 85
p(
    "en",
    "patient_story",
    'Pictured: 94-year-old Harold "Hoot" McGlone of Kenton with the game ball the Buckeyes sent him after his heart surgery on October 19. Hoot has had season tickets since Woody\'s first year. The ball now sits on the TV at his house on Detroit Street. 🏈',
    [
        ("PHOTO", "Pictured"),
        ("AGE", "94-year-old"),
        ("NAME", 'Harold "Hoot" McGlone'),
        ("NAME", "Hoot", "*"),
        ("GEO", "Kenton"),
        ("DATE", "October 19"),
        ("GEO", "Detroit Street"),
    ],
    note="photo of the patient, hyphenated age token, name with nickname, home town and street, surgery date; Woody is a public figure",
)

# 86
n(
    "en",
    "staff_spotlight",
    'Pictured: Dr. Abdiaziz Warsame, our chief of pediatrics, and nurse Bonnie Sue Adkins cutting the ribbon on the new Morse Road pediatric wing. Bonnie Sue has been a nurse for 41 years and says she\'s "not even close" to done. ✂️',
    "photo of staff: not PHOTO, staff names not labelled",
)

# 87
p(
    "es",
    "pasted_record",
    "HOJA DE FAX (pegada por error en el borrador): Para: Sr. Arturo Moreno — Fax 614-555-0109. Asunto: resultados de laboratorio de Esperanza Saldaña de Moreno, fecha de nacimiento 3 de agosto de 1961, expediente 66-203-518. Teléfono de la paciente: 614-555-0115.",
    [
        ("NAME", "Arturo Moreno"),
        ("FAX", "614-555-0109"),
        ("NAME", "Esperanza Saldaña de Moreno"),
        ("DATE", "3 de agosto de 1961"),
        ("MRN", "66-203-518"),
        ("PHONE", "614-555-0115"),
    ],
    note="fax sheet pasted: husband's name and home fax, patient's married name (Esperanza is a word), Spanish DOB with year, record number, phone",
)

# 88
n(
    "es",
    "hospital_contact",
    "¿Necesita enviar documentos? Nuestro fax de registros médicos es (740) 555-0156, opción 3, o puede traerlos a 1020 Mount Vernon Avenue, Marion. Para intérprete en español llame al 1-614-555-0178. 📠",
    "hospital fax, address and interpreter line",
)

# 89
p(
    "en",
    "discharge",
    "Aabbo Yusuf Abdi Warsame turned 100 in our ICU last month and today he walked out the front door to a crowd of 30 grandchildren waving Somali flags 🇸🇴 His granddaughter Hibaaq says he's already planning her wedding menu. Nabad iyo caano, Aabbo!",
    [
        ("NAME", "Yusuf Abdi Warsame"),
        ("AGE", "100"),
        ("NAME", "Hibaaq"),
    ],
    note="patronymic name (Aabbo is a title), 'turned 100', granddaughter; 'last month' is relative",
)

# 90
n(
    "en",
    "discharge",
    "A grandfather went home from our ICU today after five weeks. On his way out he told us he once walked across three countries to get to Ohio, and that our stairs are nothing. ❤️ Every patient has a story. #AlumCreekStrong",
    "anonymous discharge; 'today' and durations are not identifiers, a state is not GEO",
)

# 91
p(
    "en",
    "pasted_record",
    'can someone delete this from the scheduled post queue?? it\'s a discharge summary: "SPURLOCK, JUNIOR RAY  MRN 20448193  Admit 11/28 (Thanksgiving)  Disch 12/06  Home w/ wife Norma, 1140 Bellefontaine Ave, Marion. F/u Dr. Nwosu 2 wks. Contact: norma.spurlock@aol.com / 740-555-0138"',
    [
        ("NAME", "SPURLOCK, JUNIOR RAY"),
        ("MRN", "20448193"),
        ("DATE", "11/28"),
        ("DATE", "Thanksgiving"),
        ("DATE", "12/06"),
        ("NAME", "Norma"),
        ("GEO", "1140 Bellefontaine Ave"),
        ("GEO", "Marion"),
        ("EMAIL", "norma.spurlock@aol.com"),
        ("PHONE", "740-555-0138"),
    ],
    note="discharge summary in a post queue: admission date written twice (numeric and holiday), discharge date, wife's name and e-mail, home street and city (here Marion is the patient's home, GEO), phone; Dr. Nwosu is staff",
)

# 92
n(
    "en",
    "patient_story",
    "Thanksgiving on 4 North: our night shift carved a turkey for 22 patients who couldn't go home this year. One gentleman asked for seconds of the green bean casserole three times. 🦃 Happy Thanksgiving from Alum Creek!",
    "anonymous patients on a holiday; the holiday is a greeting, no one is identified",
)

# 93
p(
    "en",
    "thank_you",
    "From our comments (we hid it to protect her privacy, but wanted to answer): Sagal Warsame wrote that her son Mohamed was born here on Eid al-Adha and she lost the footprint card. Sagal, we'd love to help! Please DM us rather than posting your email (sagal.w.columbus@gmail.com) publicly. 💛",
    [
        ("NAME", "Sagal Warsame"),
        ("NAME", "Sagal", "*"),
        ("NAME", "Mohamed"),
        ("DATE", "Eid al-Adha"),
        ("EMAIL", "sagal.w.columbus@gmail.com"),
    ],
    note="reply that repeats a mother's e-mail; son's birth on a feast day",
)

# 94
n(
    "en",
    "staff_spotlight",
    "Our night-shift house supervisor, Bishnu Tamang, became a grandpa on Saturday! 👶 Baby Anjali was born at another hospital in Cleveland, so we're sending our love up I-71. Congratulations, Bishnu!",
    "a staff member's own grandchild born elsewhere: staff family, not a patient",
)

# 95
p(
    "es",
    "milestone_birthday",
    "¡Nuestra paciente centenaria! 🎉 Doña Socorro Ixcot de Pop cumple hoy cien años y lo celebró en la Clínica de Morse Road con su bisnieta Yaretzi. Nació en San Pedro la Laguna un Jueves Santo, dice ella, y tiene más energía que todos nosotros.",
    [
        ("AGE", "centenaria"),
        ("NAME", "Socorro Ixcot de Pop"),
        ("AGE", "cien"),
        ("NAME", "Yaretzi"),
        ("GEO", "San Pedro la Laguna"),
        ("DATE", "Jueves Santo"),
    ],
    note="'centenaria' and 'cien' are AGE; married name with 'de'; great-granddaughter; birth town abroad; birth on a holy day; 'hoy' is relative",
)

# 96
n(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños 91 a doña Carmen Villalobos, voluntaria de nuestra recepción de Marion desde 1998! Cumplió 91 años el 8 de marzo, Día de la Mujer, y sigue llegando a las 7 en punto. 🌷",
    "a volunteer's age over 89 and birthday: not labelled",
)

# 97
p(
    "en",
    "patient_story",
    "Hari Bahadur Tamang spent 18 years in the Beldangi refugee camp in Nepal and 11 years packing boxes at the Amazon warehouse in Etna before a stroke on Memorial Day put him in our ICU. Today he said his first words in Nepali again — to his wife, Dhan Kumari. 🙏 #HariStrong",
    [
        ("NAME", "Hari Bahadur Tamang"),
        ("GEO", "Beldangi"),
        ("NAME", "Amazon"),
        ("GEO", "Etna"),
        ("DATE", "Memorial Day"),
        ("NAME", "Dhan Kumari"),
        ("NAME", "#HariStrong"),
    ],
    note="name, former camp (foreign place smaller than a country), employer (NAME) and its town, date of the stroke as a holiday, wife, name hashtag",
)

# 98
n(
    "en",
    "research",
    "Did you know? More than 20,000 Bhutanese-Nepali refugees have made central Ohio home since 2008, many after two decades in camps in eastern Nepal. Our Morse Road Clinic offers hepatitis B screening in Nepali every Wednesday. #WorldHepatitisDay",
    "population statistic and clinic schedule",
)

# 99
p(
    "en",
    "pasted_record",
    'LOL we almost posted the specimen label instead of the lab week graphic 😬 "CBC W/DIFF  SUBBA, TIKA  MRN 0031-7785  DOB 08-15-1947  COLL 06/02 0640  RM 3E-12"',
    [
        ("NAME", "SUBBA, TIKA"),
        ("MRN", "0031-7785"),
        ("DATE", "08-15-1947"),
        ("DATE", "06/02"),
        ("OTHER_ID", "RM 3E-12"),
    ],
    note="specimen label: name, MRN, DOB with dashes, collection date (a service date tied to the patient), room",
)

# 100
n(
    "en",
    "event",
    "Happy Medical Laboratory Professionals Week, April 21–27! 🧪 Our Marion and Columbus labs ran 1.2 million tests last year. Thank you to every tech who has ever labeled a tube at 3 a.m. #LabWeek",
    "awareness week dates and statistics",
)

# 101
p(
    "en",
    "patient_story",
    "y'all. jimmy dale from up in hardin county came in for his 6 month check and brought our front desk a mess of deer jerky again 😂 we love you jimmy dale but we can't eat all this",
    [
        ("NAME", "jimmy dale", "*"),
        ("GEO", "hardin county"),
    ],
    note="lower-case double first name and lower-case home county",
)

# 102
n(
    "en",
    "staff_spotlight",
    "y'all meet tammy, our morse road front desk queen for 22 years. she knows every regular by name, keeps a candy jar that never empties, and is retiring friday. we are not ok 😭 happy retirement tammy!!",
    "lower-case staff name",
)

# 103
p(
    "en",
    "memorial",
    "Inna lillahi wa inna ilayhi raji'un. Our Morse Road family mourns Sheikh Ahmed Nur Hassan, who died on April 2 at the age of ninety-three. He was a patient of our clinic for 15 years and blessed every nurse who took his blood pressure. Our condolences to his sons Abdi and Farah and to the whole Cedarwood community.",
    [
        ("NAME", "Ahmed Nur Hassan"),
        ("DATE", "April 2"),
        ("AGE", "ninety-three"),
        ("NAME", "Abdi"),
        ("NAME", "Farah"),
        ("GEO", "Cedarwood"),
    ],
    note="patient memorial: patronymic name, death date, age in words, sons whose first names are also common family names, home neighbourhood; Sheikh is a title",
)

# 104
n(
    "en",
    "memorial",
    "Columbus lost a giant this week. Our CEO joins the Somali community in mourning Abdirizak Osman, founder of the Northland Somali Youth League and a longtime member of our Community Advisory Board. He was 67. Janazah prayers are Friday after Jummah at the Abubakar Mosque.",
    "community leader and board member (not presented as a patient); age under 90",
)

# 105
p(
    "en",
    "pasted_record",
    'Pasted from Outlook 🤦 — "From: kayla.mcglone.rn@gmail.com — Hi team, my grandpa Harold McGlone (MRN 50913374) wants his surgery pics shared, he signed the release on 11/02. His cell is 937-555-0185, he doesn\'t do email."',
    [
        ("EMAIL", "kayla.mcglone.rn@gmail.com"),
        ("NAME", "Harold McGlone"),
        ("MRN", "50913374"),
        ("DATE", "11/02"),
        ("PHONE", "937-555-0185"),
    ],
    note="e-mail pasted: the granddaughter's personal address (labelled as a patient's relative even if she may be a nurse), patient name, MRN, release-signing date, cell",
)

# 106
n(
    "en",
    "hospital_contact",
    "Want to share your story with us? 🎥 Every patient story we post starts with a signed release. Email stories@alumcreekhealth.org or call Media Relations at 614-555-0134, and we'll walk you through it.",
    "invitation with hospital e-mail and number",
)

# 107
p(
    "en",
    "birth_announcement",
    'First baby of the year at Alum Creek Marion! 🎆 Ángel Gabriel Coc Xol arrived at 12:07 a.m. on New Year\'s Day, January 1, weighing 7 lb 3 oz. Mom Rosa Xol says he was due on the 9th but "he wanted to be first."',
    [
        ("NAME", "Ángel Gabriel Coc Xol"),
        ("DATE", "New Year's Day"),
        ("DATE", "January 1"),
        ("NAME", "Rosa Xol"),
        ("DATE", "9th"),
    ],
    note="birth date as holiday and date (both labelled), Guatemalan double surname, mother; the due date (day of month alone) is a person-tied date (set decision)",
)

# 108
n(
    "en",
    "birth_announcement",
    "Want to know who our first baby of the year is? So do we — mom asked us to keep it private, and we always respect that. 💛 Congratulations to all 1,412 families who welcomed babies at Marion last year!",
    "anonymous first baby, no date or name; statistic",
)

# 109
p(
    "es",
    "pasted_record",
    'Captura del DM (no publicar): "Hola, soy Yesenia Pérez, la hija de don Efraín Pérez que estuvo en la habitación 418 en Semana Santa. Mi papá cumplió 91 en el hospital y quiero darles las gracias. Mi número es 614-555-0192 y mi correo yesi.perez.cbus@gmail.com"',
    [
        ("NAME", "Yesenia Pérez"),
        ("NAME", "Efraín Pérez"),
        ("OTHER_ID", "habitación 418"),
        ("DATE", "Semana Santa"),
        ("AGE", "91"),
        ("PHONE", "614-555-0192"),
        ("EMAIL", "yesi.perez.cbus@gmail.com"),
    ],
    note="DM screenshot: daughter and patient, room, stay dated by Holy Week (labelled like Ramadan, set decision), age over 89, phone, e-mail",
)

# 110
n(
    "es",
    "crisis_update",
    "AVISO: Por la tormenta de nieve, la Clínica de Morse Road abrirá a las 10 a.m. el martes 14 de enero. Si tiene una cita, le llamaremos desde el (614) 555-0112. Emergencias: llame al 911. ❄️",
    "weather closing: clinic date, hospital number, 911",
)

# 111
p(
    "en",
    "milestone_birthday",
    "Today Mrs. Beulah Mae Pennington celebrates her one hundred and second birthday with us on the Marion rehab unit, and she wanted everyone to know three things: she was born in a holler outside of Pikeville on the Fourth of July, she has never once cheered for Michigan, and her daughter Connie's biscuits are better than ours. We can confirm all three. 🎂🇺🇸",
    [
        ("NAME", "Beulah Mae Pennington"),
        ("AGE", "one hundred and second"),
        ("GEO", "Pikeville"),
        ("DATE", "Fourth of July"),
        ("NAME", "Connie"),
    ],
    note="ordinal age in words (whole number phrase), birth town, birthday as a holiday, daughter",
)

# 112
n(
    "en",
    "public_figure",
    "Senator John Glenn, born July 18, 1921, grew up in New Concord and became the first American to orbit Earth. At 77 he flew again! 🚀 This week our Marion campus hosts the Glenn College public health fellows. #OhioProud",
    "public figure's birth date, home town and age",
)

# 113
p(
    "en",
    "patient_story",
    "sunny's new insulin pump (serial TND-88416-K if anyone from Tandem is reading 😂) came in the mail today and she's already named it Brutus. #T1D #SunnyDays",
    [
        ("NAME", "sunny"),
        ("DEVICE", "TND-88416-K"),
        ("NAME", "#SunnyDays"),
    ],
    note="lower-case name that is a word, device serial, a hashtag containing the patient's name (NAME); Brutus names the pump",
)

# 114
n(
    "en",
    "health_tip",
    "Sunny days ahead, Columbus! ☀️ If you use an insulin pump, keep it out of direct sun and don't leave insulin in a hot car — it breaks down above 86°F. Questions? Our diabetes educators: (614) 555-0112. #T1D",
    "health tip; 'Sunny' is a word here",
)

# 115
p(
    "en",
    "pasted_record",
    'sorry wrong screenshot!! 🙈 [DM] "Salaam, my mother Faadumo Abdi Hassan MRN 88104472 has an appointment at Morse Rd on 7/9, can the Somali interpreter please call my brother Abdiwali at 614-555-0164? He lives with her. — Ubah"',
    [
        ("NAME", "Faadumo Abdi Hassan"),
        ("MRN", "88104472"),
        ("DATE", "7/9"),
        ("NAME", "Abdiwali"),
        ("PHONE", "614-555-0164"),
        ("NAME", "Ubah"),
    ],
    note="DM: mother's patronymic name and MRN, appointment date (a service date, set decision), son's name and phone, sender's name (a word in Somali)",
)

# 116
n(
    "en",
    "hospital_contact",
    "Af-Soomaali? Nepali? Español? 🗣️ Free interpreters for every visit at every Alum Creek site. Ask at the desk or call 614-555-0178 before your appointment. #LanguageAccess",
    "interpreter line",
)

# 117
p(
    "en",
    "discharge",
    "Chase is headed home to Mount Gilead with a brand-new heart valve and a signed photo from the Buckeyes' O-line. 🏈 His surgery was on Halloween, so of course he wore his Brutus costume to the OR. See you in clinic, Chase!",
    [
        ("NAME", "Chase", "*"),
        ("GEO", "Mount Gilead"),
        ("DATE", "Halloween"),
    ],
    note="first name that is a word, home town, surgery on a holiday; the signed photo does not show the patient (no PHOTO)",
)

# 118
n(
    "en",
    "event",
    "Trick-or-treat on the children's unit! 🎃 Thursday, October 31, 4–6 p.m., staff will be going room to room with treats. Costume donations welcome at the front desk, 4800 Alum Creek Parkway. #Halloween",
    "holiday event and hospital address",
)

# 119
p(
    "en",
    "patient_story",
    "Ana Sofía García-Tzul, 16, from the Southside, spent her quinceañera weekend in our ICU after a car crash on I-70 near the Brice Road exit on March 15. This weekend she finally got her party — and danced with every one of her nurses. 👑 Feliz quince, Ana Sofía!",
    [
        ("NAME", "Ana Sofía García-Tzul"),
        ("NAME", "Ana Sofía", "*"),
        ("GEO", "Southside"),
        ("GEO", "I-70"),
        ("GEO", "Brice Road"),
        ("DATE", "March 15"),
    ],
    note="hyphenated double surname, neighbourhood, road of the crash, crash date; age 16 not labelled",
)

# 120
n(
    "en",
    "crisis_update",
    "Please slow down on I-70 this weekend. Our trauma team treated nine people from crashes between Brice Road and Reynoldsburg on Saturday night alone. 🚗 Buckle up, put the phone down, and get home safe.",
    "aggregate crash count: places not tied to any identifiable patient",
)

# 121
p(
    "es",
    "pasted_record",
    '¡Ups! Se pegó la hoja de ingreso en la publicación: "Paciente: HERNÁNDEZ LÓPEZ, MARÍA DE JESÚS · Expediente: 71-554-209 · F. nac.: 22/02/1952 · Ingreso: 28/09 · Cama 7 · Seguro: Buckeye Health Plan, póliza BHP-30417726 · Contacto: hijo Juan Carlos, 614-555-0197"',
    [
        ("NAME", "HERNÁNDEZ LÓPEZ, MARÍA DE JESÚS"),
        ("MRN", "71-554-209"),
        ("DATE", "22/02/1952"),
        ("DATE", "28/09"),
        ("OTHER_ID", "Cama 7"),
        ("HEALTH_PLAN", "BHP-30417726"),
        ("NAME", "Juan Carlos"),
        ("PHONE", "614-555-0197"),
    ],
    note="admission sheet: ALL CAPS double surname, record number, day-first DOB and admission date, bed, policy number (the plan's name is not labelled), son's name and phone",
)

# 122
n(
    "es",
    "eponymous_condition",
    "El síndrome de Guillain-Barré es raro, pero si siente debilidad que empieza en las piernas y sube, vaya a urgencias. 🧠 Más información en español: alumcreekhealth.org/es o al 614-555-0178.",
    "eponymous condition; hospital URL and interpreter line",
)

# 123
p(
    "es",
    "birth_announcement",
    "bienvenida al mundo, lupita 💕 nació el día 5 a las 4:40 de la mañana en marion. sus papás, chuy y maribel, no dejan de llorar de felicidad",
    [
        ("NAME", "lupita"),
        ("DATE", "día 5"),
        ("NAME", "chuy"),
        ("NAME", "maribel"),
    ],
    note="lower-case baby and parents (nicknames), birth day of the month alone ('día 5', without the article); lower-case 'marion' is the hospital campus, not GEO",
)

# 124
n(
    "es",
    "anonymous_story",
    "Esta semana, una mamá de Guatemala nos dijo que fue la primera vez que alguien le explicó el parto en su idioma, el k'iche'. 💛 Gracias a nuestros intérpretes de lenguas mayas. #AccesoAlIdioma",
    "anonymous mother; a country is not GEO",
)

# 125
p(
    "en",
    "thank_you",
    "@BuckeyeGrandpaRick we're so happy your grandson Jaxon is doing better!! tell him the whole 5th floor is still talking about his Marvin Harrison Jr. impression 😂 #GoBucks",
    [
        ("OTHER_ID", "@BuckeyeGrandpaRick"),
        ("NAME", "Jaxon"),
    ],
    note="reply to a patient's grandfather: his handle (OTHER_ID) and the patient's name; the football player is a public figure",
)

# 126
n(
    "en",
    "thank_you",
    "@BuckeyeFan1968 thank you for cheering on our nurses at the Columbus Marathon! 💙 We'll make sure they see this. If you ever need us, Morse Road walk-in is open till 8: (614) 555-0145.",
    "reply to a supporter not tied to any care: handle not labelled",
)

# 127
p(
    "en",
    "staff_spotlight",
    "Draft caption for the 'meet our PT team' photo — WAIT, the whiteboard behind them reads: \"Rm 207 — Earl Sizemore — goal: walk at d/c 5/17 for daughter Tonya's wedding — wife Bev's # 740-555-0151\". Need a reshoot. 📸",
    [
        ("OTHER_ID", "Rm 207"),
        ("NAME", "Earl Sizemore"),
        ("DATE", "5/17"),
        ("NAME", "Tonya"),
        ("NAME", "Bev"),
        ("PHONE", "740-555-0151"),
    ],
    note="patient whiteboard in a staff photo: room, name, discharge date, daughter, wife and her number; the photo shows staff, not the patient (no PHOTO)",
)

# 128
n(
    "en",
    "staff_spotlight",
    "Meet our Marion PT team! 📸 Left to right: Kelsey Bowers, DPT; Dil Ghising, PTA; Marcus Oyelaran, DPT; and Brenda Yates, rehab aide. Together they got 1,100 patients back on their feet last year.",
    "staff photo caption with staff names",
)

# 129
p(
    "en",
    "milestone_birthday",
    "Namaste! 🙏 Our Bhutanese-Nepali patients' favorite grandmother, Ganga Maya Ghimire, turned ninety-one on the 10th day of Dashain this year — Vijaya Dashami — and gave tika to every nurse on 5 South. Her grandson Sushil drove her from their home in Reynoldsburg to her clinic visit in a car covered in marigolds. 🌼",
    [
        ("NAME", "Ganga Maya Ghimire"),
        ("AGE", "ninety-one"),
        ("DATE", "10th day of Dashain"),
        ("DATE", "Vijaya Dashami"),
        ("NAME", "Sushil"),
        ("GEO", "Reynoldsburg"),
    ],
    note="age in words; birthday named twice as a festival day (both labelled); grandson and home town",
)

# 130
n(
    "en",
    "event",
    "Happy Dashain to our Bhutanese-Nepali neighbors! 🌼 On Vijaya Dashami, October 12, our Morse Road Clinic hosts a free blood pressure check and tika celebration, 10–2. Nepali interpreters on site. #Dashain2024",
    "festival event date, not a patient's event",
)

# 131
p(
    "en",
    "patient_story",
    "Meet Marion Fultz, who has been getting her infusions at our Marion campus every other Tuesday since 2019. 💉 Marion (yes, Marion from Marion!) grew up on Silver Street, worked 31 years at the Marion Correctional Institution kitchen, and never misses a chance to tell us about her grandkids.",
    [
        ("NAME", "Marion Fultz"),
        ("NAME", "Marion", 3),
        ("NAME", "Marion", 4),
        ("GEO", "Marion", 5),
        ("GEO", "Silver Street"),
        ("NAME", "Marion Correctional Institution"),
    ],
    ok=("Marion",),
    note="a patient named Marion from the town of Marion: first name (NAME), home town (GEO), employer (NAME) all contain 'Marion'; 'Marion campus' is the hospital's and stays unlabelled",
)

# 132
n(
    "en",
    "public_figure",
    "Florence Kling Harding, born August 15, 1860, in Marion, was one of the first First Ladies to vote. 🗳️ Our Marion campus volunteers will lead a walking tour from the Harding Home to the hospital's original 1925 doorway on Saturday.",
    "historical figure's birth date and town",
)

# 133
p(
    "en",
    "pasted_record",
    'Pasted in the wrong window — billing note: "Pt: Ayaan Mohamed Jama, acct 4400-118-27, MRN 63318205. Guarantor: Mohamed Jama (father), 5521 Cleveland Ave Apt B, Columbus 43224. Pay plan $50/mo. Father\'s email mjama.logistics@gmail.com"',
    [
        ("NAME", "Ayaan Mohamed Jama"),
        ("ACCOUNT", "4400-118-27"),
        ("MRN", "63318205"),
        ("NAME", "Mohamed Jama", 2),
        ("GEO", "5521 Cleveland Ave Apt B"),
        ("GEO", "Columbus"),
        ("GEO", "43224"),
        ("EMAIL", "mjama.logistics@gmail.com"),
    ],
    note="billing note: the child's patronymic name contains the father's full name; account, MRN, home address, city, ZIP, father's e-mail",
)

# 134
n(
    "en",
    "hospital_contact",
    "Questions about a bill? 💵 Our financial counselors can set up a payment plan or help you apply for financial assistance. Call 614-555-0123 (Mon–Fri, 8–5) or email billing@alumcreekhealth.org. Somali, Nepali and Spanish spoken.",
    "billing line and e-mail",
)

# 135
p(
    "en",
    "memorial",
    "rest easy, walt bledsoe. 100 years, four wars' worth of stories, and he left us on his birthday, the 19th. 🇺🇸",
    [
        ("NAME", "walt bledsoe"),
        ("AGE", "100"),
        ("DATE", "19th"),
    ],
    note="lower-case name; '100 years' (AGE is the number only); date of death and birthday as a day of the month alone",
)

# 136
n(
    "en",
    "milestone_birthday",
    "Ohio Stadium turned 100 this fall! 🏟️ The Horseshoe was dedicated on October 21, 1922, and our sports medicine docs have worked the sidelines there since 1988. Happy birthday, Shoe! #OhioState",
    "a stadium's centenary: 'turned 100' is not a person's age",
)

# 137
p(
    "en",
    "patient_story",
    "Travis Adkins was driving his coal truck for Buckeye Aggregates on US 23 near Chillicothe on June 30 when a tire blew. 6 weeks, 2 surgeries, and a whole lot of prayer later, he's home in Waverly with his wife Misty and their boys. 🙏",
    [
        ("NAME", "Travis Adkins"),
        ("NAME", "Buckeye Aggregates"),
        ("GEO", "US 23"),
        ("GEO", "Chillicothe"),
        ("DATE", "June 30"),
        ("GEO", "Waverly"),
        ("NAME", "Misty"),
    ],
    note="employer (NAME), road and town of the crash, crash date, home town, wife",
)

# 138
n(
    "en",
    "crisis_update",
    "Our trauma team is receiving patients from this morning's multi-vehicle crash on US 23 near Delaware. Families looking for loved ones, please call our family line at (614) 555-0100 — do not come to the ER. Updates here as we have them.",
    "mass-casualty update: no patient identified; hospital line",
)

# 139
p(
    "en",
    "thank_you",
    "Thank you, Velázquez family! 🌼 Every year on November 1, the anniversary of Abuelita Chela's passing on our oncology unit, her granddaughters bring pan de muerto and marigolds for our nurses. This year Itzel and Citlali made the ofrenda in our lobby. We remember her too. 💛",
    [
        ("NAME", "Velázquez"),
        ("DATE", "November 1"),
        ("NAME", "Chela"),
        ("NAME", "Itzel"),
        ("NAME", "Citlali"),
    ],
    note="family of a deceased patient: family surname, date of death (anniversary), patient's nickname (Abuelita is a title), granddaughters",
)

# 140
n(
    "en",
    "event",
    "Día de los Muertos ofrenda in the main lobby, October 28–November 2. 🌼 Staff and families are welcome to add a photo of a loved one. Organized by our Latino Employee Resource Group. #DiaDeLosMuertos",
    "event dates, holiday",
)

# 141
p(
    "en",
    "discharge",
    "bed 22 in the step-down unit is EMPTY today because Mr. Rai went home!!! 🥳 3 weeks of fighting COVID and he did it. #MrRaiStrong",
    [
        ("OTHER_ID", "bed 22"),
        ("NAME", "Rai"),
        ("NAME", "#MrRaiStrong"),
    ],
    note="bed number tied to the patient, surname with title, name hashtag",
)

# 142
n(
    "en",
    "staff_spotlight",
    "Congratulations to Sanjita Rai, RN, on passing her CCRN exam! 🎉 Sanjita came to Columbus from a refugee camp at age 9 and now precepts new grads in our step-down unit. #NursesWeek",
    "staff nurse",
)

# 143
p(
    "es",
    "patient_story",
    "Hoy despedimos con aplausos a Juan Tzoc, de 52 años, que trabajó 10 años en la empacadora de pollo de Marysville hasta su accidente del 3 de junio. Su esposa, Marta, nos pidió compartir el enlace de su campaña: gofundme.com/f/ayuda-para-juan-tzoc 🙏",
    [
        ("NAME", "Juan Tzoc"),
        ("GEO", "Marysville"),
        ("DATE", "3 de junio"),
        ("NAME", "Marta"),
        ("URL", "gofundme.com/f/ayuda-para-juan-tzoc"),
    ],
    note="name, the town of his workplace (GEO), accident date, wife, fundraising URL; age 52 not labelled",
)

# 144
n(
    "es",
    "sponsor",
    '¡Gracias a Supermercado La Guadalupana de Morse Road por donar 300 canastas de comida para las familias de la clínica! 🛒 Su dueña, la señora Elvira Santos, dice que "la salud empieza en la mesa".',
    "sponsor business and its owner",
)

# 145
p(
    "en",
    "pasted_record",
    'Caption draft had the crib card pasted in 🙃 "Baby Girl Gurung · Mother: Laxmi Gurung · DOB 4/28 · 1 lb 11 oz · Wristband # NB-77120 · MRN 9904-3318 · Peds: Dr. Amsalu"',
    [
        ("NAME", "Laxmi Gurung"),
        ("NAME", "Gurung", "*"),
        ("DATE", "4/28"),
        ("OTHER_ID", "NB-77120"),
        ("MRN", "9904-3318"),
    ],
    note="NICU crib card: baby's surname ('Baby Girl' is descriptive), mother, DOB, wristband, MRN; Dr. Amsalu is staff",
)

# 146
n(
    "en",
    "anonymous_story",
    "A 1 lb 11 oz baby girl is one of 40 micro-preemies we cared for last year. 💗 The smallest babies need the most milk: if you're a nursing mom, consider donating at our Marion milk depot. Info: (740) 555-0167.",
    "anonymous baby, statistic, hospital line",
)

# 147
p(
    "en",
    "milestone_birthday",
    "97 years young today!!! 🎉 Grandma Ruth Ann Whitt (yes, our Jenna's grandma's BFF) is getting her cake on 3 West. Happy birthday, Ruth Ann!",
    [
        ("AGE", "97"),
        ("NAME", "Ruth Ann Whitt"),
        ("NAME", "Ruth Ann", "*"),
    ],
    note="inpatient's age over 89 and name; Jenna is staff (not labelled)",
)

# 148
n(
    "en",
    "milestone_birthday",
    'Our gift shop volunteer Dolores "Dee" Kessler is in her 90s and still works every Monday. 🛍️ She says the secret is black coffee and Buckeye football. Come say hi to Dee at the Marion lobby shop!',
    "a volunteer 'in her 90s': volunteers' ages are not labelled",
)

# 149
p(
    "en",
    "patient_story",
    "Nasteexo (@nasteexo.runs) finished the Columbus Marathon this weekend — 14 months after her kidney transplant on August 2 at our main campus! 🏃🏾‍♀️ Her donor, her brother Mahad, ran the last mile with her. #TransplantStrong",
    [
        ("NAME", "Nasteexo"),
        ("OTHER_ID", "@nasteexo.runs"),
        ("DATE", "August 2"),
        ("NAME", "Mahad"),
    ],
    note="patient's name and social handle, transplant date, brother (donor and relative)",
)

# 150
n(
    "en",
    "campaign_hashtag",
    "Did you know one kidney donor can save a life? 💚 April is National Donate Life Month. Register at donatelife.net and share your decision with your family. #DonateLife #AlumCreekStrong",
    "awareness month, public URL, campaign hashtags",
)

# 151
p(
    "en",
    "thank_you",
    "A note from the family of J.R. (shared with permission): \"To the nurses of 4 North who sat with Dad every night after his surgery — you gave us back our father.\" J.R., we're so glad you're home in Bucyrus. ❤️",
    [
        ("NAME", "J.R.", "*"),
        ("GEO", "Bucyrus"),
    ],
    note="patient known by initials, home town",
)

# 152
n(
    "en",
    "thank_you",
    "Shoutout to J.T. in Environmental Services, who noticed a water leak above the NICU at 2 a.m. and had it fixed before a single baby was moved. 🦸 Heroes don't always wear scrubs. #EVSWeek",
    "staff member's initials",
)

# 153
p(
    "en",
    "pasted_record",
    'Whoops, the valet log got pasted into our parking-update post: "Tackett, Vernon — silver F-150, OH plate HXP-2291 — picking up wife (Rm 318) — cell 740-555-0174"',
    [
        ("NAME", "Tackett, Vernon"),
        ("VEHICLE", "HXP-2291"),
        ("OTHER_ID", "Rm 318"),
        ("PHONE", "740-555-0174"),
    ],
    note="valet log: a patient's husband's name, plate and cell, the patient's room",
)

# 154
n(
    "en",
    "hospital_contact",
    "Valet parking is back at the main entrance, 4800 Alum Creek Parkway, Mon–Fri 7 a.m.–6 p.m. Free for patients 90 and older and for NICU families. 🚗 Questions: (614) 555-0100.",
    "population age ('patients 90 and older'), hospital address and line",
)

# 155
p(
    "en",
    "milestone_birthday",
    "Don Chuy Medina turned 100 on Cinco de Mayo and his great-grandkids threw him a party in the Morse Road Clinic waiting room with a mariachi trio and a piñata shaped like a kidney (his idea). 🎉🌵 #DonChuy100",
    [
        ("NAME", "Chuy Medina"),
        ("AGE", "100"),
        ("DATE", "Cinco de Mayo"),
        ("NAME", "#DonChuy100"),
    ],
    note="'turned 100', birthday on a holiday, nickname with title (Don not in the span), a hashtag with the name and age (one NAME span)",
)

# 156
n(
    "es",
    "event",
    "¡Feliz 5 de mayo! 🇲🇽 Este domingo la Clínica de Morse Road estará en el festival de Cinco de Mayo en el parque Westgate con pruebas de glucosa gratis. ¡Los esperamos!",
    "holiday and event venue",
)

# 157
p(
    "es",
    "memorial",
    'Con mucho cariño recordamos a doña Dolores "Lolita" Ramírez, quien falleció el 24 de diciembre, Nochebuena, rodeada de sus hijos en nuestra unidad de cuidados paliativos. Tenía 98 años y nunca dejó de preguntar por las enfermeras por su nombre. Q.E.P.D. 🕯️',
    [
        ("NAME", 'Dolores "Lolita" Ramírez'),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena"),
        ("AGE", "98"),
    ],
    note="name with nickname, date of death as date and as holiday (both), age over 89 ('98 años' -> '98')",
)

# 158
n(
    "es",
    "public_figure",
    "Hoy recordamos a Frida Kahlo, nacida el 6 de julio de 1907 en Coyoacán. Vivió con dolor crónico toda su vida y lo convirtió en arte. 🎨 Nuestro grupo de apoyo para el dolor crónico se reúne en español los jueves.",
    "public figure's birth date and town",
)

# 159
p(
    "en",
    "patient_story",
    "Look who came back to visit the PICU! 💙 @tahlia.grace.rainbow's mom tells us she's been cancer-free for 5 years as of today. #TahliaGrace",
    [
        ("OTHER_ID", "@tahlia.grace.rainbow"),
        ("NAME", "#TahliaGrace"),
    ],
    note="patient named only in her family's handle (OTHER_ID, possessive excluded) and a name hashtag",
)

# 160
n(
    "en",
    "campaign_hashtag",
    "National Cancer Survivors Day is the first Sunday in June. 🎗️ To every survivor who has walked through our doors: we celebrate you. Share your story with #AlumCreekSurvivors and tag @AlumCreekHealth.",
    "awareness day, campaign hashtag, hospital handle",
)

# 161
p(
    "en",
    "pasted_record",
    "pls dont post!! huddle notes: mrs tamang rm 5 needs nepali interp 0800, mr dotson rm 9 (dob 3/3/34) family wants update — daughter kaylee 740-555-0131, baby abdi in nicu bay 4 going home sat",
    [
        ("NAME", "tamang"),
        ("OTHER_ID", "rm 5"),
        ("NAME", "dotson"),
        ("OTHER_ID", "rm 9"),
        ("DATE", "3/3/34"),
        ("NAME", "kaylee"),
        ("PHONE", "740-555-0131"),
        ("NAME", "abdi"),
        ("OTHER_ID", "bay 4"),
    ],
    note="lower-case huddle notes: surnames, rooms, NICU bay, DOB with two-digit year, daughter's name and phone; 'sat' is a weekday",
)

# 162
n(
    "en",
    "pasted_record",
    'oops, pasted the on-call grid instead of the caption 🙈 "ON CALL 6/14 — Peds: Dr. Amsalu pgr 4471 | OB Marion: Dr. Tzul x5512 | Hospitalist: Dr. Rai (614) 555-0100 x2231 | Charge RN 5S: Priya Ghale"',
    "pasted staff schedule: staff names, the schedule date, pager and hospital extensions, no patient",
)

# 163
p(
    "en",
    "birth_announcement",
    'TWINS! 👶👶 Congratulations to Farhiya and Abdikarim on the arrival of Hamza and Hanan, born 7/4 at 8:03 and 8:11 p.m. — right as the fireworks started over the Scioto. Big sister Sumaya (age 4) says she will be "the boss of both of them." Welcome to the world from your Alum Creek Marion family! 🎆',
    [
        ("NAME", "Farhiya"),
        ("NAME", "Abdikarim"),
        ("NAME", "Hamza"),
        ("NAME", "Hanan"),
        ("DATE", "7/4"),
        ("NAME", "Sumaya"),
    ],
    note="parents, twins, sister, numeric birth date",
)

# 164
n(
    "en",
    "health_tip",
    "Fourth of July fireworks send hundreds of Ohioans to the ER every year. 🎆 Leave it to the pros at Red, White & Boom on July 3 downtown, and keep sparklers away from kids under 5. #FireworkSafety",
    "holiday safety tip and a public event date",
)

# 165
p(
    "en",
    "discharge",
    'After a broken hip and 19 days with us, ninety-year-old Clyde "Scooter" Haines is back home on Cherry Street in Galion — and back in his recliner for the Penn State game. 🏈 Scooter, you were the best-dressed patient we\'ve ever had (that Buckeye bow tie!).',
    [
        ("AGE", "ninety-year-old"),
        ("NAME", 'Clyde "Scooter" Haines'),
        ("NAME", "Scooter", "*"),
        ("GEO", "Cherry Street"),
        ("GEO", "Galion"),
    ],
    note="hyphenated age in words, name with nickname, home street and town",
)

# 166
n(
    "en",
    "anonymous_story",
    "Falls are the #1 cause of injury for adults over 65. One of our patients, 88, broke her hip reaching for a light bulb. 💡 Keep a flashlight by the bed, add grab bars, and ask for help. Free home-safety checklist: alumcreekhealth.org/falls",
    "anonymous patient aged 88 and a population age",
)

# 167
p(
    "en",
    "thank_you",
    "A huge thank-you to the Honda Marysville plant team that collected $6,200 for their coworker Julio Batz and his family while Julio was in our burn unit this winter. 🔥💙 Julio's daughters Kimberly and Abril made the thank-you card in this photo.",
    [
        ("NAME", "Honda"),
        ("GEO", "Marysville"),
        ("NAME", "Julio Batz"),
        ("NAME", "Julio", "*"),
        ("NAME", "Kimberly"),
        ("NAME", "Abril"),
    ],
    note="the patient's employer (NAME) and its town, name, daughters (Abril is also 'April'); 'this winter' is a season; the photo shows a card",
)

# 168
n(
    "en",
    "sponsor",
    "Thank you, Honda of America, for sponsoring free sports physicals for 600 Marion County students this August! 🏈⚽ Sign up at alumcreekhealth.org/physicals or call 740-555-0156.",
    "corporate sponsor and an event month",
)

# 169
p(
    "es",
    "pasted_record",
    'Respondiendo a un comentario (¡ojo, borrar antes de publicar!): "Soy Maribel Cuxil, la mamá de Kevin, el niño del cuarto 604. Les mando fotos de su cumpleaños: maribel.cuxil84@yahoo.com. Kevin cumplió 9 el 30 de abril, Día del Niño, ¡en el hospital!"',
    [
        ("NAME", "Maribel Cuxil"),
        ("NAME", "Kevin", "*"),
        ("OTHER_ID", "cuarto 604"),
        ("EMAIL", "maribel.cuxil84@yahoo.com"),
        ("DATE", "30 de abril"),
        ("DATE", "Día del Niño"),
    ],
    note="comment pasted: mother and child, room, mother's e-mail, birthday as date and as the holiday; age 9 not labelled",
)

# 170
n(
    "es",
    "event",
    "¡Feliz Día del Niño! 🎈 El 30 de abril repartiremos libros en español en la sala de espera de pediatría de la Clínica de Morse Road. Donaciones: alumcreekgiving.org",
    "holiday event, hospital giving domain",
)

# 171
p(
    "en",
    "patient_story",
    "Ohio State's newest superfan 🌰 Our littlest patient on 4 East, Bryson Kinnaird, got a video call from Brutus Buckeye himself this morning. Video shared with his mom Amber's permission!",
    [
        ("NAME", "Bryson Kinnaird"),
        ("PHOTO", "Video"),
        ("NAME", "Amber"),
    ],
    note="attached video of the patient (PHOTO cue), name, mother (a word); Brutus is the mascot",
)

# 172
n(
    "en",
    "staff_spotlight",
    "Brutus Buckeye stopped by the children's unit today with the OSU cheer team! 🌰 Video below of our nurses attempting the O-H-I-O. (No patients were filmed — just very brave staff.)",
    "video of staff and the mascot: not PHOTO",
)

# 173
p(
    "en",
    "memorial",
    "Our Marion ICU nurses send their love to the family of Donnie Ray Caudill, who passed 1/9 after a long fight with COPD. Donnie, thank you for the fishing stories. Prayers for Darlene, Cody and little Macie. 🎣",
    [
        ("NAME", "Donnie Ray Caudill"),
        ("NAME", "Donnie", "*"),
        ("DATE", "1/9"),
        ("NAME", "Darlene"),
        ("NAME", "Cody"),
        ("NAME", "Macie"),
    ],
    note="memorial: name, numeric date of death, relatives",
)

# 174
n(
    "en",
    "eponymous_condition",
    "ALS is also called Lou Gehrig's disease, after the Yankees first baseman who was diagnosed in 1939. 💙 Our ALS clinic at the main campus sees patients from 30 Ohio counties. Walk to Defeat ALS is Saturday, September 28, at Scioto Mile.",
    "eponymous condition, public figure, event date and venue",
)

# 175
p(
    "en",
    "pasted_record",
    'Pasted by mistake from the release-form inbox: "Release received for Wanda Kay Sexton, DOB 10/10/1944, MRN 4418-0027, Medicare MBI 7TR4-KA9-MP33, signed by her son Rodney Sexton on 2/3. Rodney: rsexton.hvac@gmail.com, 740-555-0129"',
    [
        ("NAME", "Wanda Kay Sexton"),
        ("DATE", "10/10/1944"),
        ("MRN", "4418-0027"),
        ("HEALTH_PLAN", "7TR4-KA9-MP33"),
        ("NAME", "Rodney Sexton"),
        ("NAME", "Rodney", "*"),
        ("DATE", "2/3"),
        ("EMAIL", "rsexton.hvac@gmail.com"),
        ("PHONE", "740-555-0129"),
    ],
    note="release inbox: name, DOB, MRN, Medicare number, son's name, release-signing date, son's e-mail and phone",
)

# 176
n(
    "en",
    "pasted_record",
    'Pasted the release template into the draft by mistake: "Patient name: ________  DOB: __/__/____  MRN: ________  Photos/video of: ________  Expires: ________" Reminder: those fields NEVER go in a caption. Questions? media@alumcreekhealth.org',
    "template with placeholders only; hospital e-mail",
)

# 177
p(
    "en",
    "patient_story",
    "man bahadur dai is back at the morse road clinic garden every saturday growing mustard greens after his bypass in july 🌱 he says the doctors fixed his heart and the soil fixes the rest. #GardenOfHope",
    [
        ("NAME", "man bahadur"),
        ("DATE", "july"),
    ],
    note="lower-case name whose first token is an English word ('dai', elder brother, is an honorific), lower-case surgery month; the hashtag is a campaign",
)

# 178
n(
    "en",
    "event",
    "Our Morse Road Clinic community garden is open to all neighbors! 🌱 Plots are free. Sign-up day is Saturday, April 5, 9 a.m. Bring seeds, bring friends. Questions? 614-555-0145 or garden@alumcreekhealth.org #GardenOfHope",
    "event date, clinic number and e-mail",
)

# 179
p(
    "en",
    "discharge",
    "Home sweet home! 🏡 After 6 weeks in our NICU, little Santiago Morales Tuyuc is headed to his family's apartment off Karl Road (43224, represent! his dad Wilmer told us). Born at 28 weeks on Father's Day — best gift ever, Wilmer says. 💙",
    [
        ("NAME", "Santiago Morales Tuyuc"),
        ("GEO", "Karl Road"),
        ("GEO", "43224"),
        ("NAME", "Wilmer", "*"),
        ("DATE", "Father's Day"),
    ],
    note="double surname, home street and ZIP, father, birth on a holiday",
)

# 180
n(
    "en",
    "health_tip",
    "This Father's Day, give Dad the gift of a check-up. 👨‍👧 Men are 33% less likely than women to see a doctor each year. Book at myalumcreek.org or 614.555.0112. #MensHealthMonth",
    "holiday tip, hospital domain and number",
)

# 181
p(
    "es",
    "pasted_record",
    'Mensaje de MyAlumCreek pegado por error 😳: "Buen día, soy Rosario Villeda, expediente 8801-2273. Mi cirugía fue el 11 de febrero y todavía me duele. Mi esposo Heriberto no puede traerme porque trabaja de noche, ¿me llaman al 614-555-0106? Correo: rosvilleda@live.com"',
    [
        ("NAME", "Rosario Villeda"),
        ("MRN", "8801-2273"),
        ("DATE", "11 de febrero"),
        ("NAME", "Heriberto"),
        ("PHONE", "614-555-0106"),
        ("EMAIL", "rosvilleda@live.com"),
    ],
    note="portal message: name, record number, surgery date, husband, phone, e-mail",
)

# 182
n(
    "es",
    "hospital_contact",
    "¿Sabía que MyAlumCreek está en español? 📱 Vea sus resultados, pida citas y escriba a su médico. Regístrese en myalumcreek.org o pida ayuda al 614-555-0112. Nunca comparta su contraseña.",
    "portal promotion: hospital domain and number",
)

# 183
p(
    "en",
    "milestone_birthday",
    'Meet our newest 102-year-old! 🎄 Velma Jo Spriggs was born on Christmas Day in a farmhouse in Vinton County, and today she came to our Marion campus for a pacemaker check wearing a Santa hat in the middle of summer. Her son Dwight says she has "outlived three cardiologists and two Buicks."',
    [
        ("AGE", "102-year-old"),
        ("NAME", "Velma Jo Spriggs"),
        ("DATE", "Christmas Day"),
        ("GEO", "Vinton County"),
        ("NAME", "Dwight"),
    ],
    note="hyphenated age, birth on a holiday, birth county, son; a season is not a date",
)

# 184
n(
    "en",
    "public_figure",
    "Did you know? Clara Barton, founder of the American Red Cross, was born on Christmas Day, 1821. 🎄 Honor her legacy: give blood at our Red Cross drive, December 23, 4800 Alum Creek Parkway. Book at redcrossblood.org.",
    "historical figure's birthday, event date, hospital address, public URL",
)

# 185
p(
    "en",
    "thank_you",
    "@deeqa_the_mom hi deeqa! so glad Peanut is thriving 💛 we don't want your number out there, so we hid your comment — our NICU follow-up team will call you at 614-555-0142 tomorrow like you asked!",
    [
        ("OTHER_ID", "@deeqa_the_mom"),
        ("NAME", "deeqa"),
        ("NAME", "Peanut"),
        ("PHONE", "614-555-0142"),
    ],
    note="reply that repeats the mother's number: her handle, lower-case name, the patient's nickname, her phone",
)

# 186
p(
    "en",
    "hospital_contact",
    "@kiran_s_ohio we're so sorry your dad waited 3 hours in our Morse Road walk-in on Monday 😔 Please DM us or call our patient experience team at (614) 555-0100, ext. 3 so we can make it right.",
    [
        ("OTHER_ID", "@kiran_s_ohio"),
    ],
    note="reply to a complaint that confirms the commenter's father was a patient: the relative's handle is OTHER_ID (set decision: a commenter's handle is labelled when the post ties them or their family to care); hospital number not labelled",
)

# 187
n(
    "en",
    "hospital_contact",
    "@columbus_foodie22 great question! Yes, our Morse Road Clinic has free parking and COTA stops right out front. See you at the health fair! 🚌",
    "reply to a general question: the commenter is not tied to any care",
)

# 188
p(
    "en",
    "milestone_birthday",
    'One of our Morse Road patients celebrated one hundred and four years at her checkup today. 🎂 Her advice: "Walk every day, eat your greens, and never trust a Michigan fan."',
    [
        ("AGE", "one hundred and four"),
    ],
    note="unnamed patient's age over 89 in words: AGE (holdout decision)",
)

# 189
n(
    "en",
    "statistic",
    "Ohio is home to about 2,500 centenarians. 🎂 Want to join them? Walk daily, stay social, and get your screenings. Our Healthy Aging program at the Marion campus is free for adults 65+: (740) 555-0156.",
    "'centenarians' is a population here, not a patient's age",
)

# 190
p(
    "en",
    "pasted_record",
    'copied the wrong thread into the draft 🤦‍♀️ "[Text] 614-555-0117: namaste sister, this is Bishnu Kumari Rai\'s husband Dhan, she had her baby girl 9/21 at 3am!! we live at Sandpiper Apts #12 off Agler Rd. plz send photos to raidhan21@gmail.com"',
    [
        ("PHONE", "614-555-0117"),
        ("NAME", "Bishnu Kumari Rai"),
        ("NAME", "Dhan"),
        ("DATE", "9/21"),
        ("GEO", "Sandpiper Apts #12"),
        ("GEO", "Agler Rd"),
        ("EMAIL", "raidhan21@gmail.com"),
    ],
    note="text thread: husband's phone and name, mother's name, birth date, apartment and street, e-mail",
)

# 191
n(
    "en",
    "recruitment",
    "Now hiring: Nepali- and Somali-speaking patient navigators for our Morse Road Clinic! 💼 Full time, benefits day one, $22–26/hr. Apply at alumcreekhealth.org/careers or email talent@alumcreekhealth.org. #NowHiring",
    "recruitment with hospital domain and e-mail",
)

# 192
p(
    "en",
    "memorial",
    "TBDBITL forever. 🎺 We're saying goodbye to Ray Lee Holbrook of Marysville, who dotted the i in 1954 (the sousaphone story never got old) and died in our care on September 6. Ray Lee turned 92 on Labor Day. Our love to his wife of 66 years, Norma Jean.",
    [
        ("NAME", "Ray Lee Holbrook"),
        ("NAME", "Ray Lee", "*"),
        ("GEO", "Marysville"),
        ("DATE", "September 6"),
        ("AGE", "92"),
        ("DATE", "Labor Day"),
        ("NAME", "Norma Jean"),
    ],
    note="memorial: name, home town, death date, age over 89, birthday on a holiday, wife; bare year not labelled",
)

# 193
n(
    "en",
    "public_figure",
    "Jack Nicklaus, the Golden Bear, grew up in Upper Arlington and won his first Masters in 1963. ⛳ Our Memorial Tournament first-aid tent is staffed by 40 Alum Creek volunteers every June. Thank you, team! #MemorialTournament",
    "public figure and his home town; volunteers",
)

# 194
p(
    "es",
    "milestone_birthday",
    "¡Noventa y cinco años! 🎉 Feliz cumpleaños a doña Juana Sicay, que vino a su cita en Morse Road con su nieta Yoselin y un pastel de tres leches para todas. Doña Juana nació el 24 de junio, día de San Juan, y por eso se llama así.",
    [
        ("AGE", "Noventa y cinco"),
        ("NAME", "Juana Sicay"),
        ("NAME", "Juana", "*"),
        ("NAME", "Yoselin"),
        ("DATE", "24 de junio"),
        ("DATE", "día de San Juan"),
    ],
    note="age in Spanish words, name, granddaughter, birthday as date and feast day (both)",
)

# 195
n(
    "es",
    "milestone_birthday",
    "Nuestra enfermera Yadira Ochoa viajó a Michoacán para los 100 años de su abuelita Cata. 🎂 ¡Felicidades a la familia Ochoa desde el equipo de Marion!",
    "a nurse's own grandmother (not a patient); a state is not GEO",
)

# 196
p(
    "en",
    "discharge",
    "GOING HOME DAY FOR KHALID!!! 🎉 3 MONTHS ON 6 EAST AND HE'S OUT. SEE YOU AT THE CREW GAME, BUDDY. #KHALIDSTRONG",
    [
        ("NAME", "KHALID"),
        ("NAME", "#KHALIDSTRONG"),
    ],
    note="ALL CAPS first name and name hashtag",
)

# 197
n(
    "en",
    "campaign_hashtag",
    "GOING HOME DAY IS OUR FAVORITE DAY!!! 🎉 SHARE YOUR #GOINGHOMEDAY PICS WITH US AND TAG @AlumCreekKids. #ALUMCREEKSTRONG #GOBUCKS",
    "ALL CAPS campaign hashtags",
)

# 198
p(
    "en",
    "patient_story",
    "Ask anyone on Parsons Avenue about Miss Odessa Greene and they'll tell you she fed the whole block for 40 years from her kitchen at Odessa's Soul Food. After her stroke in February, her grandson Terrell reopened the restaurant for her — and last week she walked back in. 🍗❤️",
    [
        ("GEO", "Parsons Avenue"),
        ("NAME", "Odessa Greene"),
        ("NAME", "Odessa's Soul Food"),
        ("DATE", "February"),
        ("NAME", "Terrell"),
    ],
    note="home street, name that is a place, her own restaurant as employer (NAME), month of the stroke, grandson",
)

# 199
n(
    "en",
    "staff_spotlight",
    "Dr. Kenneth Greene grew up on Parsons Avenue and now runs our South Side mobile clinic, which parks at the corner of Parsons and Whittier every Thursday. 🚐 Free blood pressure checks, no appointment needed.",
    "staff physician and the clinic's route",
)

# 200
p(
    "en",
    "pasted_record",
    'deleting this in 5 min but here\'s what got pasted into the reply box 😩: "Financial assistance app — applicant: Misty D. Adkins, 88 Rural Route 2, McArthur OH 45651, acct# 5102-7734-0, CareSource ID 106618924, MRN 77610042, ph 740-555-0195, email mistyadkins82@gmail.com"',
    [
        ("NAME", "Misty D. Adkins"),
        ("GEO", "88 Rural Route 2"),
        ("GEO", "McArthur"),
        ("GEO", "45651"),
        ("ACCOUNT", "5102-7734-0"),
        ("HEALTH_PLAN", "106618924"),
        ("MRN", "77610042"),
        ("PHONE", "740-555-0195"),
        ("EMAIL", "mistyadkins82@gmail.com"),
    ],
    note="financial assistance application: name with initial, rural route address, town, ZIP, account, plan ID, MRN, phone, e-mail",
)

# 201
n(
    "en",
    "hospital_contact",
    "Worried about a medical bill? Families earning up to 400% of the poverty line may qualify for free or reduced-cost care. 💙 Apply at alumcreekhealth.org/help or call 1-614-555-0123. Applications in Somali, Nepali and Spanish.",
    "financial assistance notice: hospital URL and number",
)

# 202
p(
    "en",
    "thank_you",
    "Replying to Hari Gurung: Hari, thank you for bringing your mom back to see the nurses who cared for her in 2022! 🙏 We loved hearing that she's teaching your kids to make sel roti in Blacklick now. Please tell Aama we said namaste! 💛",
    [
        ("NAME", "Hari Gurung"),
        ("NAME", "Hari", "*"),
        ("GEO", "Blacklick"),
    ],
    note="reply to a former patient's son: his name and the family's town; Aama (mother) is a kinship term; bare year not labelled",
)

# 203
n(
    "en",
    "event",
    "Bhanu Jayanti celebrates the poet Bhanubhakta Acharya, born July 13, 1814. 📚 This year our Morse Road team is marking the day with a Nepali-language mental health workshop on July 13 at 5 p.m. Free; call 614-555-0178 to register.",
    "historical poet's birthday and an event date",
)

# 204
p(
    "es",
    "discharge",
    "¡ya se va a casa el pequeño dylan! 🚗 después de 12 días en la UCIN, sus papás kenia y brayan lo llevan a su casa en galloway con su sillita nueva 💙",
    [
        ("NAME", "dylan"),
        ("NAME", "kenia"),
        ("NAME", "brayan"),
        ("GEO", "galloway"),
    ],
    note="lower-case names (kenia is also a country's name) and lower-case home town",
)

# 205
n(
    "es",
    "health_tip",
    "¿Sabía que 3 de cada 4 sillas de auto están mal instaladas? 🚗 Revise la suya gratis en el campus de Marion el primer sábado de cada mes. Citas: (740) 555-0167. #SeguridadInfantil",
    "car-seat tip with the birth center's number",
)

# 206
p(
    "en",
    "patient_story",
    "After 31 years cleaning offices downtown for Capital City Janitorial, Consuelo Ajanel finally took a day off — for her hernia surgery on April 16. 😅 Her coworkers covered every shift so she could heal. Consuelo, we hope you're resting (we know you're not).",
    [
        ("NAME", "Capital City Janitorial"),
        ("NAME", "Consuelo Ajanel"),
        ("NAME", "Consuelo", "*"),
        ("DATE", "April 16"),
    ],
    note="employer (NAME), name that is a word, surgery date",
)

# 207
n(
    "en",
    "anonymous_story",
    "Night-shift workers are one in five of our ER patients after midnight. 🌙 A cleaner told us this week she waited two months for a hernia repair because she couldn't miss work. Our Saturday surgery clinic is now open — ask your doctor.",
    "anonymous worker and statistic",
)

# 208
p(
    "en",
    "birth_announcement",
    'Welcome, Archie Ray Skaggs! 🌰 Born 10/12 at 9 lb 2 oz, named after Archie Griffin because (says dad Dusty) "what else were we gonna name him?" Mom Shyanne and Archie are doing great. #BabyBuckeye #ArchieRay',
    [
        ("NAME", "Archie Ray Skaggs"),
        ("DATE", "10/12"),
        ("NAME", "Dusty"),
        ("NAME", "Shyanne"),
        ("NAME", "Archie", 3),
        ("NAME", "#ArchieRay"),
    ],
    ok=("Archie",),
    note="baby named after a public figure: the baby's Archie is labelled, Archie Griffin's is not; birth date, parents, name hashtag (#BabyBuckeye is a campaign tag)",
)

# 209
n(
    "en",
    "public_figure",
    "Two-time Heisman winner Archie Griffin read to the kids on our pediatric unit this morning! 📚🏈 Thank you, Archie, for 50 years of showing up for Columbus. #GoBucks",
    "public figure visiting; the children are anonymous",
)

# 210
p(
    "en",
    "patient_story",
    "At 99, Pauline Fenstermaker is the oldest graduate of our cardiac rehab program. 💪 She did 20 minutes on the treadmill at her last session on the 30th and then asked what was next. Her son Gary drove her in from Upper Sandusky every Monday and Wednesday.",
    [
        ("AGE", "99"),
        ("NAME", "Pauline Fenstermaker"),
        ("DATE", "30th"),
        ("NAME", "Gary"),
        ("GEO", "Upper Sandusky"),
    ],
    note="age over 89, name, last-session date as a day of the month alone, son, home town",
)

# 211
p(
    "es",
    "patient_story",
    "Don Aurelio Santos Mendoza, albañil de Construcciones Olentangy, se cayó de un andamio el 2 de febrero, Día de la Candelaria. 🙏 Hoy, después de 40 días, regresa caminando a su casa en la calle Tamarack, en Northland. ¡Ánimo, don Aure! #FuerzaDonAure",
    [
        ("NAME", "Aurelio Santos Mendoza"),
        ("NAME", "Construcciones Olentangy"),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
        ("GEO", "calle Tamarack"),
        ("GEO", "Northland"),
        ("NAME", "Aure"),
        ("NAME", "#FuerzaDonAure"),
    ],
    note="double surname, employer (NAME), injury date as date and feast day, home street ('calle' kept, as in the rules' example) and neighbourhood, nickname, name hashtag",
)

# 212
n(
    "es",
    "anonymous_story",
    "Un paciente de 70 años nos contó que su nieta le enseñó a usar el portal MyAlumCreek para ver sus resultados en español. 📱 ¡Nunca es tarde para aprender! Ayuda con el portal: 614-555-0112.",
    "anonymous patient aged 70; hospital number",
)

# 213
p(
    "es",
    "thank_you",
    "¡Gracias por tanto cariño, familia Ixcoy! 💐 Las flores que trajeron para celebrar que Gladys salió de terapia intensiva alegraron todo el piso. #GladysGuerrera",
    [
        ("NAME", "Ixcoy"),
        ("NAME", "Gladys"),
        ("NAME", "#GladysGuerrera"),
    ],
    note="family surname, patient's first name, name hashtag",
)

# 214
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Guadalupe Tzul, nuestra nueva ginecóloga en Marion. 👩🏽‍⚕️ La Dra. Tzul nació en Quetzaltenango, estudió en la Universidad Estatal de Ohio y atiende en español y k'iche'. Citas: (740) 555-0167.",
    "new physician (staff) and her birthplace",
)

# 215
p(
    "es",
    "pasted_record",
    "borrador con datos pegados, NO publicar: pte. Xol Coc, Mateo · exp. 49-907-331 · nac. 09/12/2021 · alergia a penicilina · papá Fredy Xol, tel. 614 555 0187",
    [
        ("NAME", "Xol Coc, Mateo"),
        ("MRN", "49-907-331"),
        ("DATE", "09/12/2021"),
        ("NAME", "Fredy Xol"),
        ("PHONE", "614 555 0187"),
    ],
    note="pasted record: surname-first name, record number, DOB, father's name and phone",
)

# 216
p(
    "en",
    "patient_story",
    "Big Mike Yoakum drove a COTA bus on the No. 2 line for 27 years. On December 9 he got a new kidney — from a passenger he'd driven to work every morning since 2011. 🚌💙 Mike and his donor, Tasha, rode the 2 together last week to say thank you.",
    [
        ("NAME", "Mike Yoakum"),
        ("NAME", "Mike", "*"),
        ("NAME", "COTA"),
        ("DATE", "December 9"),
        ("NAME", "Tasha"),
    ],
    note="nickname with a descriptive word ('Big' not in the span), employer (NAME), transplant date, living donor (also a patient here)",
)

# 217
n(
    "en",
    "thank_you",
    "Shoutout to the COTA drivers on the Morse Road line who helped our Refugee Health team hand out 2,000 flu vaccine flyers in Somali, Nepali and Spanish this month. 🚌 Teamwork makes the dream work!",
    "thanks to a partner organisation; no patient",
)

# 218
p(
    "en",
    "memorial",
    "we lost our sweet Mrs. Yoder on the twelfth. ninety-seven years of quilts and pie. the 3 West night crew will miss her.",
    [
        ("NAME", "Yoder"),
        ("DATE", "twelfth"),
        ("AGE", "ninety-seven"),
    ],
    note="surname with title, death date as a spelled-out day of the month, lower-case age in words",
)

# 219
n(
    "en",
    "memorial",
    "To the families we lost this year: we remember. 🕯️ Our annual Service of Remembrance is Sunday, December 8, at 3 p.m. in the Marion campus chapel. Bring a photo or just bring yourself.",
    "remembrance event date; no patient named",
)

# 220
p(
    "en",
    "pasted_record",
    "pasted the fax log into the wrong tab lol: \"Outgoing 14:02 to pt's home fax 740-555-0148 — PICKENS, GLADYS — visit note (Bell's palsy f/u) — 3 pgs — OK\"",
    [
        ("FAX", "740-555-0148"),
        ("NAME", "PICKENS, GLADYS"),
    ],
    note="fax log: the patient's home fax and name; Bell's palsy is an eponymous condition",
)

# 221
n(
    "en",
    "eponymous_condition",
    "Thyroid Awareness Month: Graves' disease and Hashimoto's thyroiditis are named for the doctors who described them in the 1800s. 🦋 Tired, cold, or heart racing? Ask about a TSH test at the Morse Road Clinic: 614-555-0145.",
    "eponymous conditions, clinic number",
)

# 222
p(
    "en",
    "thank_you",
    "Hooyo Sahra's famous bariis and suqaar arrived on 5 West again today, courtesy of her son Abdifatah, to say thanks for the care his mother got here in August. We are all going to need a nap. 🍚😂 Mahadsanid!",
    [
        ("NAME", "Sahra"),
        ("NAME", "Abdifatah"),
        ("DATE", "August"),
    ],
    note="former patient (Hooyo, 'mother', is a kinship title), her son, month of her stay",
)

# 223
n(
    "en",
    "thank_you",
    "Our unit secretary Hodan brought her mom's sambuusa for the whole night shift to celebrate the end of Ramadan. 🥟 Eid Mubarak, Hodan — and thank you, Hooyo!",
    "a staff member and her own mother; holiday greeting",
)

# 224
p(
    "en",
    "patient_story",
    "hunter (11) from circleville got his last chemo today and the @OhioStateFB walk-on who visits our peds floor brought him a signed helmet 🏈😭 he's already planning to wear it to the Pumpkin Show",
    [
        ("NAME", "hunter"),
        ("GEO", "circleville"),
    ],
    note="lower-case name that is a word, lower-case home town; the team handle and the festival are public",
)

# 225
n(
    "en",
    "event",
    "Headed to the Circleville Pumpkin Show, October 16–19? 🎃 Stop by our first-aid tent on Court Street for free blood pressure checks and a Brutus pumpkin photo op. #PumpkinShow",
    "event dates and venue",
)

# 226
p(
    "en",
    "milestone_birthday",
    "happy 90th birthday to the queen of the morse road clinic waiting room, grandma dolly!! 🎂 her granddaughter @kaylaann.rn says she still drives herself to every appointment (please don't tell her doctor 😂)",
    [
        ("AGE", "90th"),
        ("NAME", "dolly"),
        ("OTHER_ID", "@kaylaann.rn"),
    ],
    note="ordinal age, lower-case name (grandma is a title), granddaughter's handle (a relative's social handle is OTHER_ID)",
)

# 227
n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to our Marion campus chapel organ! 🎹 Installed in 1935 and still played every Sunday by volunteer Harold Fink, who is 93 himself. Come listen at the 11 a.m. service.",
    "an organ's 90th and a volunteer's age over 89: not labelled",
)

# 228
p(
    "en",
    "pasted_record",
    'Oh no — the screenshot for our new telehealth how-to still shows a real visit: "Video visit · ABDI, SAMIRA H · MRN 58842019 · joined from 174.103.66.21 · device iPad SN DMPX44R1KQ · link https://zoom.us/j/8830042217" Please use the demo account!',
    [
        ("NAME", "ABDI, SAMIRA H"),
        ("MRN", "58842019"),
        ("IP", "174.103.66.21"),
        ("DEVICE", "DMPX44R1KQ"),
        ("URL", "https://zoom.us/j/8830042217"),
    ],
    note="telehealth screenshot: name, MRN, IP, device serial, the visit's unique link (URL); 'Video visit' is not a PHOTO cue",
)

# 229
n(
    "en",
    "hospital_contact",
    "New: video visits from home! 💻 Log in to myalumcreek.org 15 minutes early, test your camera, and find a quiet spot. Tech help: 614.555.0112. Interpreters can join your video visit too — just ask: 614-555-0178.",
    "telehealth how-to, hospital domain and numbers",
)

# 230
p(
    "en",
    "discharge",
    "Dil Kumar Subba went back to his job at the Gorkha Grocery in Whitehall this week, 5 weeks after his gallbladder surgery on Buddha Jayanti. 🙏 His coworkers say he is the only one who can find the right spices. Welcome back, Dil!",
    [
        ("NAME", "Dil Kumar Subba"),
        ("NAME", "Gorkha Grocery"),
        ("GEO", "Whitehall"),
        ("DATE", "Buddha Jayanti"),
        ("NAME", "Dil", "*"),
    ],
    note="employer (NAME) and its town, surgery on a festival day",
)

# 231
n(
    "en",
    "event",
    "Buddha Jayanti falls on May 12 this year. 🪷 Our chaplains will lead an interfaith meditation in the main campus garden at noon. All patients, families and staff welcome.",
    "festival date and event",
)

# 232
p(
    "en",
    "birth_announcement",
    "A dad from Bellville drove through a snowstorm with his wife in labor and made it to our Marion Family Birth Center with eight minutes to spare. 👶❄️ Baby and mom are perfect. Dad may need a minute.",
    [
        ("GEO", "Bellville"),
    ],
    note="nameless birth story that carries the family's home town: patient-specific (dev decision)",
)

# 233
n(
    "en",
    "anonymous_story",
    "A dad drove through a snowstorm with his wife in labor and almost made it to our Marion Family Birth Center. 😅 Baby arrived in the car under our front canopy, delivered by a security officer and an ER nurse. Everyone is healthy!",
    "the same kind of story with no identifier",
)

# 234
n(
    "en",
    "statistic",
    "2024 in the Alum Creek NICU: 612 babies, 41 under 2 pounds, 9 sets of twins, 1 set of triplets, and 100% of them loved. 💛 Our oldest NICU reunion guest this year was a grad from 1992!",
    "NICU statistics; anonymous graduate, bare year",
)

# 235
n(
    "en",
    "research",
    "Published this month: our Morse Road team found that offering visits in Somali, Nepali and Spanish cut missed appointments by 28% among 3,100 patients. Read more at alumcreekhealth.org/news. #HealthEquity",
    "research result and hospital URL",
)

# 236
p(
    "en",
    "memorial",
    'Our Marion hospice team was honored to care for Loretta "Sis" Blankenship in her final days. Sis, who was in her late 90s, went home to Jesus on Easter Sunday, just like she\'d always said she would. Her nephew Doyle and niece Ruby asked us to thank the nurses who sang "How Great Thou Art" with her.',
    [
        ("NAME", 'Loretta "Sis" Blankenship'),
        ("NAME", "Sis", "*"),
        ("AGE", "90s"),
        ("DATE", "Easter Sunday"),
        ("NAME", "Doyle"),
        ("NAME", "Ruby"),
    ],
    note="name with nickname, 'in her late 90s' (AGE '90s'), death on a holiday, nephew and niece",
)

# 237
n(
    "en",
    "crisis_update",
    "⚠️ Water main break near the Marion campus. The hospital is on backup water and all patient care continues. Please use the Mount Vernon Avenue entrance until further notice. Updates: @AlumCreekMarion",
    "crisis update, hospital entrance and handle",
)

# 238
p(
    "en",
    "pasted_record",
    'CAPTION DRAFT v3 — ignore the text below, pasted from the census 🙈 "BED 1 PENNINGTON, BEULAH M (102 F) | BED 2 HAINES, CLYDE (90 M) | BED 3 SPRIGGS, VELMA J (102 F)"',
    [
        ("OTHER_ID", "BED 1"),
        ("NAME", "PENNINGTON, BEULAH M"),
        ("AGE", "102", "*"),
        ("OTHER_ID", "BED 2"),
        ("NAME", "HAINES, CLYDE"),
        ("AGE", "90"),
        ("OTHER_ID", "BED 3"),
        ("NAME", "SPRIGGS, VELMA J"),
    ],
    note="census pasted: beds, ALL CAPS names, ages over 89 (each occurrence of 102 labelled)",
)

# 239
n(
    "en",
    "health_tip",
    "Hospice isn't giving up — it's choosing comfort. 💜 Patients of any age with a serious illness may qualify. Talk to our Marion hospice team: (740) 555-0156, or learn more at alumcreekhealth.org/hospice.",
    "health tip, hospital number and URL",
)

# 240
n(
    "en",
    "staff_spotlight",
    "Shout out to Abdi Farah and Sabitri Tamang, our two newest ER physicians, who worked straight through the ice storm on Valentine's Day. ❄️ Doctors Farah and Tamang, you are the real MVPs.",
    "staff physicians without titles (names that are patient names elsewhere), a holiday that is not a patient's event",
)

if __name__ == "__main__":
    S.main("phi_dev84_source")
