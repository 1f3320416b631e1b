"""Blind development set d81 for the PHI scanner: tests/data/phi_dev81.jsonl.

Organisation: Cumberland Bend Health (phi_dev81_org.json), a fictional health system in
Nashville, Tennessee: the Nashville campus (2400 Riverbend Parkway), the Murfreesboro
campus (1850 Stones River Commons Drive) and the Nolensville Pike Clinic / Clínica
Nolensville Pike (4410 Nolensville Pike); phones (615)/(629) 555-01xx written in many
forms (615.555.0100 ext. 4, 1-615-555-0100, (615) 555-0136), domains cumberlandbend.org,
mycbhealth.org (MyCB portal), cbfoundation.org, handles @CumberlandBend, @CBHealthMboro,
@ClinicaCBNolensville, @CBKidsNashville.
Focus: Kurdish families of Nolensville Pike (Kurmanji/Sorani names, Newroz/Nowruz),
Egyptian Coptic families (Coptic Christmas on January 7, Coptic Easter, St. Mina church),
Somali, Lao, Mexican and Honduran families (Virgen de Guadalupe, Virgen de Suyapa, Día de
Reyes, Garífuna day); country-music nicknames and stage names of patients; rural Middle
Tennessee families and towns; academic ("professor of ...") staff; tornado, flood,
ice-storm and farm injuries.
Hard cases: ages over 89 in every form (100th, 101ST, "one hundred", "ninety-four-year-old",
"92yo", "91y", "93F", "96 yo", "in his 90s", "nonagenarian", "centenarian", "cien",
"centenaria", "Noventa y cinco", "hundred-and-fourth", "birthday #99", unnamed 97-year-old);
person-tied dates as numbers, words, day of month alone ("on the 14th", "the 3rd"), months
alone, feast days and holidays on which the event fell (Coptic Christmas, Newroz,
Nochebuena, día de la Virgen de Suyapa, Día de Reyes, Valentine's Day, Easter Sunday,
Labor Day, first night of Ramadan, first day of pi mai), Spanish dates; names that are
words or places (Autumn, River, Paris, Shelby, Tennessee, Memphis, Jackson, Lava, Dulce,
Abril, Crystal, Ever, Liban); lower-case and ALL-CAPS names; initials (K.R., J.W., MR. S);
quoted nicknames and stage names (Tater, Memo, Lady Lonesome, Fiddlin' Frankie, Catfish,
el Chele, KK, Bud, bubba); name hashtags and family handles; relatives; employers (Nissan,
Kroger, Tyson, Amazon, Fisk, Belmont, family restaurants and a dairy); home towns,
streets, crash roads and injury sites; pasted chart lines, bed boards, ED tracker rows,
portal messages, fax sheets, billing rows and release logs with MRN, phone, e-mail,
account, plan, SSN, device, licence, plate, VIN, IP, wristband and encounter values.
Hard negatives: staff and academic doctors with and without titles (including staff who
share a patient's first name), volunteers and donors over 89 with their birthdays, staff
members' own relatives, public and historical figures of the region (Dolly Parton, Patsy
Cline, Minnie Pearl, Wilma Rudolph, Alvin York, Davy Crockett, Andrew Jackson, DeFord
Bailey, Pope Shenouda III, Lempira, Selena, Jimmy Carter), eponymous conditions
(Parkinson, Down syndrome, Behçet's, Chagas, Tommy John, Norwood), awareness days, holidays
and event dates, population ages and statistics, anonymous stories, crisis updates with
place names, campaign hashtags, and the hospital's own phones, addresses, domains and
handles.
Language mix: 240 posts, 190 English and 50 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Seasonal greetings are not dates even in a post about a patient whose event fell on
  that holiday ("Newroz pîroz be!", "Christ is risen!"); a baby named after the holiday
  (Newroz) is NAME and the greeting is declared unlabelled (ok=).
- A feast day on which the patient's event fell is one DATE span including "día de" and
  the saint's name ("día de la Virgen de Suyapa", "día de Santiago Apóstol", "Día de la
  Etnia Negra"), labelled beside the numeric date; a saint's or Virgin's name inside such a
  span is not a NAME.
- Holiday phrases that fix one day are labelled whole: "first night of Ramadan", "night
  before Coptic Easter", "first day of pi mai", "April Fools'" (with the apostrophe),
  "4TH OF JULY", "Easter Sunday".
- A holiday on which the patient was an inpatient ("spent Christmas on our ortho floor",
  "spent Eid al-Adha with us", "his 100th Newroz, and his first in a hospital bed") is a
  date of the stay and is labelled DATE.
- The date or month of a public disaster is DATE when it is given as the patient's
  injury date ("the tornado ... on March 3", "the December tornado"); disaster dates in
  anniversaries and crisis updates are not.
- The place of the patient's injury is GEO: town, road or highway (Highway 70, I-24,
  I-440, Carters Creek Pike), creek or river (Mill Creek, Harpeth River), park or grounds
  (Fall Creek Falls, Celebration grounds) and the patient's nursing home (Stones River
  Manor). Places in crisis updates about unnamed casualties are not labelled.
- Employers are NAME (holdout decision), including the patient's own business (Zagros
  Grill, Lao Kitchen), a dairy, and a retired patient's former employer (Belmont); the
  town or street of the patient's workplace is GEO (Smyrna, Nolensville Pike, Franklin,
  Bedford County, Shelbyville). The same companies as sponsors are not labelled.
- A patient's street is GEO even when the hospital's clinic is on the same road
  (Nolensville Pike); only the clinic's own address "4410 Nolensville Pike" is never GEO.
- Kinship words and honorifics from the community languages are outside the NAME span and
  are not labelled alone: Kak, Mam, Dayê, Mamoste (Kurdish); Ayeeyo, Aabo, hooyo, Sheikh
  (Somali); Tasoni, Tante (Coptic/Arabic); Grandpa, Grandma, don, doña, Sra., abuelita,
  "la pequeña"; titles of patients and relatives who are not our staff (Dr. Nermeen Tadros,
  Professor Hawre Mustafa Rashid, Prof. Miriam Friedman, Dr. Ozell Banks) are likewise
  outside the span, and those names ARE labelled.
- Stage names and quoted nicknames of patients are NAME as written, including words such
  as "Lady" or "Fiddlin'" that belong to the stage name; a quoted nickname inside a full
  name is one span with its quotes ('Dewayne "Tater" Bratcher'), and later bare uses are
  labelled separately; "el Chele" is labelled "Chele" (article excluded).
- Age tokens: "92yo", "91y", "93F", "ninety-four-year-old", "101ST", "103rd",
  "hundred-and-fourth" are single AGE tokens; "90 y/o" and "96 yo" label the number only;
  a patient "in his/her 90s" is AGE "90s"; "birthday #99" labels "99"; "Noventa y cinco
  velitas" (candles) labels "Noventa y cinco"; "his 100th Newroz" labels "100th".
- Unit-prefixed room codes (4N-401, Rm 5W-12) and ED track positions (T3, T4) are
  OTHER_ID, as are release-form, encounter and wristband numbers and portal user names.
- An outside provider's fax number on a pasted fax sheet is not labelled (not the
  patient's or family's); the hospital's own numbers on the same sheet are not labelled.
- A commenter's handle is OTHER_ID only when the post ties it to a patient (a relative
  replying about the patient); a commenter asking a general question is not labelled.
- Church, temple and school names (St. Mina, Cane Ridge High, MTSU, Sinking Creek
  Baptist) are not identifiers; the town of the church where the baby is baptised is GEO.
- Appointment dates, a portal log-in date and a release-signing date tied to the patient
  are DATE.
- Towns where the patient's relatives live (San Pedro Sula, Lewisburg) and the patient's
  birthplace abroad (Asyut, Santa Rosa de Copán, Mogadishu, Duhok) are GEO; states and
  countries (Jalisco, Tennessee, Honduras) are not.
- A weekday attached to a date is outside the span ("sábado 15 de marzo" -> "15 de
  marzo"); "the '98 flood" is a bare year and is not labelled.
- When a patient shares a name with a staff member in the same post (baby Adaeze named
  after Dr. Adaeze Okafor), only the patient's occurrences are labelled (ok=).
- A photo cue is PHOTO only when the post says the attached image shows the patient
  ("Pictured:", "aquí está el video"); a staff photo or a pet's picture is not.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev81.jsonl"), os.path.join(HERE, "phi_dev81_org.json"), "d81")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "birth_announcement",
    "Newroz pîroz be! 🌸 Our first Kurdish New Year baby arrived at 6:12 a.m. on March 20 at our Nashville campus, and her parents, Shirin and Rebaz Barzani, named her for the day: Newroz. 7 lb 2 oz of pure joy. #CBBabies",
    [
        ("DATE", "Kurdish New Year"),
        ("DATE", "March 20"),
        ("NAME", "Shirin"),
        ("NAME", "Rebaz Barzani"),
        ("NAME", "Newroz", 2),
    ],
    note="baby named Newroz, born on the Kurdish New Year: birth date twice; the opening greeting is not labelled",
    ok=("Newroz",),
)

# 2
n(
    "en",
    "event",
    "Join us Saturday, March 21, for a Nowruz family health fair at our Nolensville Pike Clinic, 4410 Nolensville Pike. Free blood pressure checks, dengbêj music, and Kurdish- and Arabic-speaking nurses. Questions? (615) 555-0148. Newroz pîroz be! #Nowruz",
    "community event date, the clinic's own address and interpreter line; no patient",
)

# 3
p(
    "en",
    "milestone_birthday",
    'Happy 100th birthday to Miss Opal Stovall of Readyville! 🎂 Opal came in for a hip repair last week and the 4 West nurses threw her a party with banana pudding. She says the secret is "hard work and minding your own business." #CBFamily',
    [
        ("AGE", "100th"),
        ("NAME", "Opal Stovall"),
        ("NAME", "Opal", "*"),
        ("GEO", "Readyville"),
    ],
    note="inpatient's 100th birthday, name and home town",
)

# 4
n(
    "en",
    "staff_spotlight",
    "Our longest-serving volunteer, Mr. Clovis Nance, turns 95 on Friday, and he'll still be at the Murfreesboro info desk at 7 a.m. sharp, like every Tuesday and Friday since 1988. Happy birthday, Mr. Nance! 🎉",
    "a volunteer's age over 89 and birthday are not a patient's",
)

# 5
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Suyapa! 💕 Nació el 3 de febrero, día de la Virgen de Suyapa, en nuestro campus de Murfreesboro. Sus papás, Kenia Maradiaga y Osmín Zelaya, dicen que no había otro nombre posible. Felicidades a toda la familia, desde La Vergne hasta Choluteca 🇭🇳",
    [
        ("NAME", "Suyapa", 1),
        ("DATE", "3 de febrero"),
        ("DATE", "día de la Virgen de Suyapa"),
        ("NAME", "Kenia Maradiaga"),
        ("NAME", "Osmín Zelaya"),
        ("GEO", "La Vergne"),
        ("GEO", "Choluteca"),
    ],
    note="baby Suyapa born on the feast of the Virgen de Suyapa: feast day is a DATE span (the saint's name inside it is not a NAME); parents and family towns",
)

# 6
n(
    "es",
    "event",
    "Este domingo 2 de febrero celebramos a la Virgen de Suyapa con la comunidad hondureña en la Clínica Nolensville Pike: vacunas contra la gripe, presión arterial y pruebas de glucosa gratis. Información en español: (615) 555-0136. 🇭🇳",
    "community feast-day event at the clinic; the Virgin's name is not a person; hospital line",
)

# 7
p(
    "en",
    "pasted_record",
    "Pt: HASSAN, FARHIYA A  DOB 04/11/1987  MRN 60318824  Rm 512-B  Dx: G2P1 @ 34wk, preeclampsia. Interp: Somali. Contact husband Abdirahman 615-555-0109 ... sorry, pasted the wrong thing! Meant to say: a healthy baby girl arrived this morning 💙",
    [
        ("NAME", "HASSAN, FARHIYA A"),
        ("DATE", "04/11/1987"),
        ("MRN", "60318824"),
        ("OTHER_ID", "Rm 512-B"),
        ("NAME", "Abdirahman"),
        ("PHONE", "615-555-0109"),
    ],
    note="chart line pasted by accident: name, DOB, MRN, room, husband's name and phone",
)

# 8
n(
    "en",
    "hospital_contact",
    "Need your records? Call Health Information Management at 615.555.0100 ext. 4, fax requests to (615) 555-0199, or download them anytime at mycbhealth.org. Please never post your MRN, date of birth or phone number in the comments — we'll DM you! 🙏",
    "hospital's own numbers and portal domain; the words MRN and date of birth carry no value",
)

# 9
p(
    "en",
    "patient_story",
    'Two years ago, the tornado that tore through Cookeville on March 3 put Dewayne "Tater" Bratcher in our trauma bay with a crushed pelvis. This spring, Tater walked his daughter Kaylee down the aisle at Sinking Creek Baptist. 🤍 Thank you, Tater, for letting us share your story.',
    [
        ("GEO", "Cookeville"),
        ("DATE", "March 3"),
        ("NAME", 'Dewayne "Tater" Bratcher'),
        ("NAME", "Tater", "*"),
        ("NAME", "Kaylee"),
    ],
    note="tornado date as the patient's injury date, injury town, nickname, daughter; the church and the season are not labelled",
)

# 10
n(
    "en",
    "crisis_update",
    "Five years ago tonight, on March 3, 2020, an EF-3 tornado cut through North Nashville, Germantown, East Nashville, Donelson and Mt. Juliet. Our ED cared for dozens of people that night. Today we remember the Tennesseans who were lost and thank every first responder. #NashvilleStrong",
    "anniversary of a public disaster: its date and neighbourhoods belong to no patient",
)

# 11
p(
    "es",
    "thank_you",
    "Gracias infinitas al equipo de la UCIN 💚 Nuestro Mateo llegó el 12 de diciembre, día de la Virgencita de Guadalupe, con solo 29 semanas. Hoy, después de 61 días, por fin está en casa en Smyrna. — Familia Ramírez Ochoa",
    [
        ("NAME", "Mateo"),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgencita de Guadalupe"),
        ("GEO", "Smyrna"),
        ("NAME", "Ramírez Ochoa"),
    ],
    note="family thank-you: baby's name, birth date written twice, home town, family surname",
)

# 12
n(
    "es",
    "birth_announcement",
    "Anoche nació un bebé en el estacionamiento de nuestro campus de Murfreesboro 🚗👶. Mamá y bebé están sanos y felices. ¡Gracias a los guardias de seguridad y a la enfermera que salió corriendo con una cobija!",
    "anonymous birth; 'anoche' is relative and the parking lot is the hospital's",
)

# 13
p(
    "en",
    "memorial",
    "With heavy hearts we share that Mr. Girgis Wassef Tadros, a beloved father of the St. Mina Coptic Orthodox Church family, passed away peacefully on January 7, Coptic Christmas, at 96. His daughter, Dr. Nermeen Tadros, asked us to thank the palliative care team on 6 North. 🕊️",
    [
        ("NAME", "Girgis Wassef Tadros"),
        ("DATE", "January 7"),
        ("DATE", "Coptic Christmas"),
        ("AGE", "96"),
        ("NAME", "Nermeen Tadros"),
    ],
    note="death date written twice, age over 89; the daughter is a physician but not our staff, so her name is labelled (title excluded)",
)

# 14
n(
    "en",
    "event",
    "Merry Christmas to our Coptic Orthodox neighbors celebrating today, January 7! 🎄 Fr. Bishoy Awad of St. Mina church will lead a short prayer in Arabic and English in the Nashville campus chapel at noon. All are welcome.",
    "holiday greeting and chapel event; the priest is not a patient",
)

# 15
p(
    "en",
    "patient_story",
    "shoutout to mr. ernest hensley, 92yo, who just rang the bell on 5 west after his last round of chemo 🔔 and then asked if anybody had a pinochle deck lol. go ernie!!",
    [
        ("NAME", "ernest hensley"),
        ("AGE", "92yo"),
        ("NAME", "ernie"),
    ],
    note="lower-case name and nickname, age token 92yo",
)

# 16
n(
    "en",
    "anonymous_story",
    "a patient in his 80s rang our bell on 5 west today after his last round of chemo, then asked who wanted to play pinochle 😂 we love this job 🔔❤️",
    "anonymous patient, age under 90, unit only",
)

# 17
p(
    "en",
    "discharge",
    "Sabaidee! 🙏 Grandpa Khamphoui Sisouphanh, in his 90s and the oldest member of his temple, went home to Antioch yesterday after a tough bout of pneumonia — just in time for Lao New Year. His granddaughter Noy brought khao niew for the whole 3rd floor.",
    [
        ("NAME", "Khamphoui Sisouphanh"),
        ("AGE", "90s"),
        ("GEO", "Antioch"),
        ("NAME", "Noy"),
    ],
    note="'in his 90s' labelled AGE '90s'; home town; granddaughter; Lao New Year is not his discharge date",
)

# 18
n(
    "en",
    "staff_spotlight",
    "Our pharmacist Vilayvanh Phommachanh flew home to Vientiane this week for her grandmother's 100th birthday 🎂🇱🇦 Safe travels, Vila — and happy 100th to Grandma from all of us in Murfreesboro pharmacy!",
    "a staff member's own grandmother: her age and city are not a patient's",
)

# 19
p(
    "es",
    "pasted_record",
    'Mensaje del portal MyCB — De: Dayana Mejía Reyes <dayana.mejia87@gmail.com> — Asunto: cita de mi hijo Josué. "Buenas tardes, mi hijo Josué Mejía (fecha de nac. 09/08/2016, MRN 71045362) tiene cita el 14 de octubre con el Dr. Alvarado, pero no tengo carro. ¿Pueden llamarme al 629-555-0117? Gracias."',
    [
        ("NAME", "Dayana Mejía Reyes"),
        ("EMAIL", "dayana.mejia87@gmail.com"),
        ("NAME", "Josué Mejía"),
        ("NAME", "Josué", "*"),
        ("DATE", "09/08/2016"),
        ("MRN", "71045362"),
        ("DATE", "14 de octubre"),
        ("PHONE", "629-555-0117"),
    ],
    note="portal message pasted: mother's name, e-mail and phone, child's name, DOB, MRN and appointment date (staff doctor not labelled)",
)

# 20
n(
    "es",
    "hospital_contact",
    "¿Necesita cambiar su cita? Llame a nuestra línea en español al 615-555-0136 o escríbanos por mensaje a @ClinicaCBNolensville. Por favor, nunca publique su número de expediente ni su fecha de nacimiento en los comentarios. 🙏",
    "hospital's Spanish line and handle",
)

# 21
p(
    "en",
    "discharge",
    "The whole Pediatric ICU is cheering for our little fighter 💪 After 3 weeks, 2 surgeries and more Elmo videos than we can count, she's heading home today! #HodanStrong @CBKidsNashville",
    [
        ("NAME", "#HodanStrong"),
    ],
    note="the patient's name appears only in a hashtag",
)

# 22
n(
    "en",
    "campaign_hashtag",
    "Every day in our Pediatric ICU is a fight worth winning. This #GivingTuesday, help us keep #CBKidsStrong 💙 Every gift to the CB Foundation is matched up to $50,000 by the Harold and Jean Whitcomb family. cbfoundation.org/give",
    "campaign hashtags, donors, the foundation's domain",
)

# 23
p(
    "en",
    "patient_story",
    "You might know her as \"Lady Lonesome\" from the Thursday writers' nights on Music Row, but on our stroke unit she's Darlene Pugh, 67, working hard to get her picking hand back. Lady Lonesome, we can't wait to hear you play again 🎸 (shared with Darlene's permission)",
    [
        ("NAME", "Lady Lonesome", "*"),
        ("NAME", "Darlene Pugh"),
        ("NAME", "Darlene", "*"),
    ],
    note="patient's stage name (whole stage name incl. 'Lady') and legal name; age 67 not labelled",
)

# 24
n(
    "en",
    "public_figure",
    "Minnie Pearl (Sarah Ophelia Colley Cannon) was diagnosed with breast cancer in 1985 and spent the rest of her life urging Tennessee women to get screened. How-DEE! 👒 Book your mammogram at our Murfreesboro campus: 615-555-0112. #BreastCancerAwareness",
    "public figure's stage and legal name, bare year; hospital phone",
)

# 25
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY TO MISS LORETTA JEAN GENTRY!!! 🎉🎂 SHE WAS BORN ON THE 4TH OF JULY AND SAYS THE FIREWORKS HAVE ALWAYS BEEN FOR HER. OUR REHAB TEAM IN MURFREESBORO LOVES YOU, MISS LORETTA!",
    [
        ("AGE", "101ST"),
        ("NAME", "LORETTA JEAN GENTRY"),
        ("NAME", "LORETTA", "*"),
        ("DATE", "4TH OF JULY"),
    ],
    note="ALL CAPS name, ordinal age, birthday as a holiday",
)

# 26
n(
    "en",
    "sponsor",
    "At 93, Mrs. Eula Mae Whitcomb is still the first one on the Foundation gala dance floor. 💃 Her gift this year funds a second NICU transport isolette. Thank you, Miss Eula Mae — and happy early birthday (it's June 18th, we checked!).",
    "a donor's age over 89 and birthday are not a patient's",
)

# 27
p(
    "en",
    "pasted_record",
    "FAX — Cumberland Bend Health, Medical Records. To: Dr. K. Osei, Rutherford Family Practice. Fax: 615-555-0171. From: HIM, fax (615) 555-0199. RE: VONGSA, SENGDARA  DOB 11/02/1958  MRN 58720316  Acct# 900441237. Pages: 6. Please confirm receipt. ← wrong window, deleting 😬",
    [
        ("NAME", "VONGSA, SENGDARA"),
        ("DATE", "11/02/1958"),
        ("MRN", "58720316"),
        ("ACCOUNT", "900441237"),
    ],
    note="fax cover pasted: patient name, DOB, MRN, account; the outside physician's fax and the hospital's fax are not labelled",
)

# 28
n(
    "en",
    "hospital_contact",
    "Physicians: send referrals to our Nolensville Pike Clinic by fax at 615.555.0124 or through the referral portal at cumberlandbend.org/refer. Questions? Call 1-615-555-0100 and ask for the transfer center. 📠",
    "hospital fax, phone and domain",
)

# 29
p(
    "es",
    "patient_story",
    '¡Memo ya está de vuelta en la cancha! ⚽ Guillermo "Memo" Ortiz, de 14 años, se rompió la tibia en un partido en Shelbyville el 9 de agosto. Tres cirugías después, aquí está el video de su primer gol, que nos mandó su mamá, doña Rocío. ¡Vamos, Memo! #FuerzaMemo',
    [
        ("NAME", 'Guillermo "Memo" Ortiz'),
        ("NAME", "Memo", "*"),
        ("GEO", "Shelbyville"),
        ("DATE", "9 de agosto"),
        ("PHOTO", "video"),
        ("NAME", "Rocío"),
        ("NAME", "#FuerzaMemo"),
    ],
    note="nickname, injury town and date, attached video of the patient, mother, name hashtag",
)

# 30
n(
    "es",
    "eponymous_condition",
    "Hoy, 11 de abril, es el Día Mundial del Parkinson. La enfermedad de Parkinson afecta a casi un millón de personas en EE. UU. Nuestro grupo de apoyo en español se reúne el primer martes de cada mes en la Clínica Nolensville Pike. 💙",
    "eponymous condition and awareness day",
)

# 31
p(
    "en",
    "discharge",
    'Baran is going home! 🌧️➡️☀️ His name means "rain" in Kurdish, and after 19 days in our burn unit following the apartment fire on Paragon Mills Road, his mom Berivan says the sun is finally out. Get well soon, Baran — and thank you, Nashville Fire Engine 18.',
    [
        ("NAME", "Baran", "*"),
        ("NAME", "Berivan"),
        ("GEO", "Paragon Mills Road"),
    ],
    note="patient and mother named; the street of the home fire; the fire engine is not labelled",
)

# 32
n(
    "en",
    "health_tip",
    "Winter fire season is here. 🔥 Our burn unit sees more space-heater injuries in January than in any other month. Keep heaters 3 feet from anything that can burn, and never use the oven to heat your apartment. Questions? Nurse line 24/7: 555.0187.",
    "safety tip, aggregate month, hospital nurse line",
)

# 33
p(
    "en",
    "pasted_record",
    "oops. BED BOARD 06:12 — 4N-401 SOURIYA K. (NPO, fall risk) | 4N-402 McMINN, BILLY RAY (d/c 1400) | 4N-405 ABDI, HAWO (interp Somali) — please disregard, wrong tab 🙈",
    [
        ("OTHER_ID", "4N-401"),
        ("NAME", "SOURIYA K"),
        ("OTHER_ID", "4N-402"),
        ("NAME", "McMINN, BILLY RAY"),
        ("OTHER_ID", "4N-405"),
        ("NAME", "ABDI, HAWO"),
    ],
    note="bed board pasted: unit-room codes are OTHER_ID, names with initial",
)

# 34
n(
    "en",
    "recruitment",
    "Now hiring: night-shift RNs for 4 North and 5 West at our Nashville campus! $15K sign-on bonus plus tuition help through our university partners. Apply at cumberlandbend.org/careers or text NURSE to 615-555-0100. 🩺",
    "recruitment; hospital units, domain and phone",
)

# 35
p(
    "en",
    "discharge",
    "NICU GRADUATION DAY 🎓 Ximena Reyes-Zelaya came to us at 26 weeks on Nochebuena, weighing 1 lb 14 oz. 97 days later she's 5 lb 3 oz and headed home to Antioch with mom Yesenia and big brother Ángel. ¡Felicidades, Ximena!",
    [
        ("NAME", "Ximena Reyes-Zelaya"),
        ("NAME", "Ximena", "*"),
        ("DATE", "Nochebuena"),
        ("GEO", "Antioch"),
        ("NAME", "Yesenia"),
        ("NAME", "Ángel"),
    ],
    note="hyphenated surname, birth on Nochebuena, home town, relatives; '97 days' is a duration, not an age",
)

# 36
n(
    "en",
    "anonymous_story",
    'One of our tiniest NICU grads came back to visit today — 1 lb 9 oz at birth, now a kindergartner who wants to be a "baby doctor." 😭💜 We can\'t share names, but we can share happy tears. #NICUAwarenessMonth',
    "anonymous NICU graduate, no identifier",
)

# 37
p(
    "en",
    "memorial",
    "Ten years ago this May, the floodwaters of Mill Creek took Jackson Tidwell, 19, from his family in Whites Creek. Our ED cared for Jackson that night. His mother, Sherry, has spent every year since raising money for swift-water rescue training, and today she brought our team lunch. Thank you, Sherry. 💙",
    [
        ("DATE", "May"),
        ("GEO", "Mill Creek"),
        ("NAME", "Jackson Tidwell"),
        ("NAME", "Jackson", "*"),
        ("GEO", "Whites Creek"),
        ("NAME", "Sherry", "*"),
    ],
    note="month of death, creek where he drowned, home community, mother; 'Jackson' is a name here",
)

# 38
n(
    "en",
    "crisis_update",
    "FLOOD UPDATE 5:40 PM: Our Nashville campus is open and the Riverbend Parkway entrance is clear. The Murfreesboro campus is taking overflow patients from Rutherford County. If you are in danger, call 911. Non-emergency questions: 615-555-0100. Please don't drive through standing water. #TurnAroundDontDrown",
    "crisis update; hospital entrance, county of a public event, hospital phone",
)

# 39
p(
    "es",
    "milestone_birthday",
    '¡Feliz cumpleaños número cien a doña Guadalupe "Lupita" Sánchez! 🎂🌹 Nació un 12 de diciembre, día de la Virgen de Guadalupe, y por eso se llama así. Hoy celebra rodeada de sus bisnietos en la sala de rehabilitación de Murfreesboro. ¡Que viva la centenaria más bonita de Tennessee!',
    [
        ("AGE", "cien"),
        ("NAME", 'Guadalupe "Lupita" Sánchez'),
        ("DATE", "12 de diciembre"),
        ("DATE", "día de la Virgen de Guadalupe"),
        ("AGE", "centenaria"),
    ],
    note="age in words and 'centenaria', nickname, birthday written twice (feast day)",
)

# 40
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a nuestra enfermera Maricela Fuentes, que hoy cumple 25 años en la Clínica Nolensville Pike! 🎉 Maricela empezó como intérprete y hoy dirige el equipo de enfermería. ¡Gracias por todo, Mari!",
    "staff anniversary",
)

# 41
p(
    "en",
    "thank_you",
    "@kurdishmama_rojin we're so glad Zana is feeling better!! 💛 Please tell him the whole 3rd floor misses his drawings. And thank you for the kind words about Nurse Amanda — we'll make sure she sees this.",
    [
        ("OTHER_ID", "@kurdishmama_rojin"),
        ("NAME", "Zana"),
    ],
    note="reply to the patient's mother: her handle is OTHER_ID, child named; the nurse is staff",
)

# 42
n(
    "en",
    "staff_spotlight",
    "@amanda_rn_615 you're the reason our 3rd floor runs! 💛 Congratulations on your DAISY Award, Amanda Whitfield, RN — nominated by three different families this quarter.",
    "a staff nurse's handle and name",
)

# 43
p(
    "en",
    "pasted_record",
    'Portal msg from wanda.hensley62@yahoo.com: "My husband Earl Hensley (MRN 44190257) needs his oxygen concentrator serviced, serial INV-5C-22817. We live out past Bradyville at 1188 Short Mountain Rd. Call 931-555-0156 anytime." — ugh, sorry, this was supposed to go to the DME team, not the page!',
    [
        ("EMAIL", "wanda.hensley62@yahoo.com"),
        ("NAME", "Earl Hensley"),
        ("MRN", "44190257"),
        ("DEVICE", "INV-5C-22817"),
        ("GEO", "Bradyville"),
        ("GEO", "1188 Short Mountain Rd"),
        ("PHONE", "931-555-0156"),
    ],
    note="portal message pasted: wife's e-mail, patient name, MRN, device serial, home, phone",
)

# 44
n(
    "en",
    "health_tip",
    "Home oxygen safety 🔥🚭 No smoking, candles or gas stoves within 10 feet of your concentrator. Keep your supplier's phone number and your device's serial number handy, and call our respiratory therapists at (615) 555-0100 ext. 7 with questions.",
    "safety tip; hospital extension",
)

# 45
p(
    "en",
    "birth_announcement",
    'Born on Coptic Christmas 🎄✨ Baby Mina Boutros arrived on January 7 at 12:03 a.m., just as the midnight liturgy ended at St. George church. Dad Fady says he drove from Hermitage "faster than Santa." Congratulations to the Boutros family!',
    [
        ("DATE", "Coptic Christmas"),
        ("NAME", "Mina Boutros"),
        ("DATE", "January 7"),
        ("NAME", "Fady"),
        ("GEO", "Hermitage"),
        ("NAME", "Boutros", "*"),
    ],
    note="birth on Coptic Christmas (both forms), father, home town, family surname",
)

# 46
n(
    "en",
    "event",
    "Our Nolensville Pike Clinic will close at noon on Tuesday, January 7, so our Coptic staff can celebrate Christmas with their families. Eid Milad Majid! 🎄 Urgent care at the Nashville campus stays open 24/7: 615-555-0100.",
    "hospital closing date and holiday greeting",
)

# 47
p(
    "en",
    "patient_story",
    "Our oldest patient on 3 South this week is ninety-four-year-old Ayeeyo Fadumo Warsame, who came to Tennessee from Mogadishu in 1999 and still recites poetry for every nurse who checks her blood pressure. Mahadsanid, Ayeeyo, for the lesson in Somali gabay! 🌙",
    [
        ("AGE", "ninety-four-year-old"),
        ("NAME", "Fadumo Warsame"),
        ("GEO", "Mogadishu"),
    ],
    note="age in words as one token, name (the kin word Ayeeyo is not part of it), foreign home city; bare year not labelled",
)

# 48
n(
    "en",
    "public_figure",
    "Wilma Rudolph was born on June 23, 1940, in St. Bethlehem, Tennessee, and was told as a child she would never walk without a brace after polio. She became the fastest woman in the world. 🏅 This Women's History Month, our pediatric rehab team dedicates its new gait lab to her spirit.",
    "historical figure's birth date and birthplace",
)

# 49
p(
    "en",
    "patient_story",
    "Twelve-hour shifts at the Nissan plant in Smyrna didn't prepare Soran Ahmed for a 12-hour brain surgery. Six weeks after his aneurysm, he's back on the line, and his co-workers from Paint Shop B came to cheer at his last rehab session. 👏 Bijî Soran!",
    [
        ("NAME", "Nissan"),
        ("GEO", "Smyrna"),
        ("NAME", "Soran Ahmed"),
        ("NAME", "Soran", "*"),
    ],
    note="patient's employer is NAME and its town GEO",
)

# 50
n(
    "en",
    "sponsor",
    "Thank you to our friends at the Nissan plant in Smyrna, whose employees gave 412 units of blood at our Murfreesboro drive this summer! 🩸 Next drive: Sept. 14 at 1850 Stones River Commons Drive.",
    "company as a sponsor, event date, the hospital's address",
)

# 51
p(
    "en",
    "pasted_record",
    "Security log pasted in error: '02:14 vehicle towed from ED bay — silver Silverado, TN plate 8H7-2K4, registered to Bobby Joe Crabtree (ED pt, bed 14). Driver's license TN 112845390. Pt's wife Carla notified at 615-555-0191.'",
    [
        ("VEHICLE", "8H7-2K4"),
        ("NAME", "Bobby Joe Crabtree"),
        ("OTHER_ID", "bed 14"),
        ("LICENSE", "112845390"),
        ("NAME", "Carla"),
        ("PHONE", "615-555-0191"),
    ],
    note="security log: plate, name, bed, licence, wife's name and phone",
)

# 52
n(
    "en",
    "hospital_contact",
    "Visiting our Nashville campus? Free valet at the Riverbend Parkway main entrance, 6 a.m.–9 p.m. Please don't leave cars in the ED ambulance bay — they will be towed. Lost your car? Security: (615) 555-0100, option 3. 🚗",
    "hospital entrance and phone",
)

# 53
p(
    "es",
    "discharge",
    "¡Ever ya se va a casa! 🏠 Ever Josué Maradiaga se cayó de un andamio el 22 de mayo mientras trabajaba para Hermitage Roofing en Franklin. Hoy, después de dos cirugías, salió caminando con su andadera y con su esposa Marlen a su lado. ¡Fuerza, Ever!",
    [
        ("NAME", "Ever Josué Maradiaga"),
        ("NAME", "Ever", "*"),
        ("DATE", "22 de mayo"),
        ("NAME", "Hermitage Roofing"),
        ("GEO", "Franklin"),
        ("NAME", "Marlen"),
    ],
    note="name that is a word, injury date, employer NAME, worksite town GEO, wife",
)

# 54
n(
    "es",
    "health_tip",
    "🥵 Calor extremo esta semana en Nashville. Si trabaja en construcción o en techos: tome agua cada 15 minutos, descanse en la sombra y aprenda los síntomas del golpe de calor. Emergencias: 911. Línea de enfermería 24/7: (629) 555-0187.",
    "heat tip; national and hospital lines",
)

# 55
p(
    "en",
    "patient_story",
    "Autumn Dotson was 8 when a drunk driver hit her family's truck on Highway 70 near Watertown. This fall she came back to our trauma unit — as a nursing student on her first clinical rotation. 🍂 Welcome home, Autumn.",
    [
        ("NAME", "Autumn Dotson"),
        ("NAME", "Autumn", "*"),
        ("GEO", "Highway 70"),
        ("GEO", "Watertown"),
    ],
    note="former patient named like a season; crash road and town; 'this fall' is a season, not a date",
)

# 56
n(
    "en",
    "statistic",
    "This autumn, Tennessee saw a 14% rise in alcohol-related crashes on rural highways. 🍂 Our trauma surgeons ask: plan a sober ride. And book a free car-seat check at either campus: 615-555-0100.",
    "statistic; season; hospital phone",
)

# 57
p(
    "en",
    "thank_you",
    "Khop jai lai lai to Mr. and Mrs. Inthavong for the sticky rice and sai oua they brought the 5 West night shift after Mr. Inthavong's bypass! 🙏 Their son @bounmy.inthavong tells us his dad is already back in the garden in La Vergne.",
    [
        ("NAME", "Inthavong", "*"),
        ("OTHER_ID", "@bounmy.inthavong"),
        ("GEO", "La Vergne"),
    ],
    note="family surname, the son's handle, home town",
)

# 58
n(
    "en",
    "event",
    "Sabaidee Pi Mai! 🌸 Join our Lao-speaking nurses at the April 13 Lao New Year festival in Smyrna for free blood pressure and diabetes screenings — booth 12, next to the khao piak stand. Info: 615-555-0148.",
    "community event date and venue; a booth is not a room",
)

# 59
p(
    "en",
    "pasted_record",
    "Pasted from an IT ticket 🙃: 'Patient Phonsavanh Keomany (MRN 30981776) can't log in to MyCB from home; user name pkeomany58, last attempt from IP 73.112.48.201 on 2/09. Her daughter Lily (lily.keomany@outlook.com) is her proxy.' Sorry all, please ignore!",
    [
        ("NAME", "Phonsavanh Keomany"),
        ("MRN", "30981776"),
        ("OTHER_ID", "pkeomany58"),
        ("IP", "73.112.48.201"),
        ("DATE", "2/09"),
        ("NAME", "Lily"),
        ("EMAIL", "lily.keomany@outlook.com"),
    ],
    note="IT ticket: MRN, portal user name, IP, log-in date, daughter's name and e-mail",
)

# 60
n(
    "en",
    "hospital_contact",
    "Trouble logging in to MyCB? 🔐 Reset your password at mycbhealth.org/help or call the portal help desk at 1-615-555-0100, ext. 2. We will NEVER ask for your password by DM, text or e-mail.",
    "portal help; hospital domain and phone",
)

# 61
p(
    "en",
    "patient_story",
    "When Dr. Adaeze Okafor, associate professor of pediatric cardiology, met baby K.R. at 2 days old, his heart had only one working pumping chamber. Three surgeries later, K.R. turned one on Valentine's Day. ❤️ Dr. Okafor's team shared his case at this month's national congress, with his parents' blessing.",
    [
        ("NAME", "K.R.", "*"),
        ("DATE", "Valentine's Day"),
    ],
    note="patient's initials, birthday as a holiday; the professor is staff",
)

# 62
n(
    "en",
    "research",
    "New from our Department of Pediatric Cardiology: Dr. Adaeze Okafor and Prof. Henry L. Caldwell, PhD, report 91% five-year survival after the Norwood procedure in 212 infants treated 2012–2022. Read more at cumberlandbend.org/research. #CHDAwareness",
    "research statistics, staff, eponymous procedure",
)

# 63
p(
    "en",
    "milestone_birthday",
    "He turned 100 in our Murfreesboro ICU on Sunday, and Don Lempira Castillo wasn't about to miss his own party: a mariachi trio, tres leches cake and 23 grandchildren on FaceTime from San Pedro Sula. 🎺 Happy birthday, Don Lempira!",
    [
        ("AGE", "100"),
        ("NAME", "Lempira Castillo"),
        ("NAME", "Lempira", "*"),
        ("GEO", "San Pedro Sula"),
    ],
    note="'turned 100', name without 'Don', relatives' city",
)

# 64
n(
    "en",
    "statistic",
    "Tennessee now has more than 1,400 residents aged 100 or older, and about 20,000 in their 90s. 👵👴 Our geriatric medicine clinic in Murfreesboro sees patients 90+ every weekday — referrals: 615-555-0112.",
    "population ages",
)

# 65
p(
    "en",
    "patient_story",
    "If you've been to the Friday night jam in Kingston Springs, you've heard \"Fiddlin' Frankie\" — Frances Ann McCrary, 74. After her heart attack on the bandstand on June 6, her bandmate did CPR until Medic 12 arrived. Seven weeks of cardiac rehab later, last night Fiddlin' Frankie played \"Orange Blossom Special\" for the whole class, and nobody sat still. 🎻 Thank you, Frankie's band, for bringing the jam to us!",
    [
        ("GEO", "Kingston Springs"),
        ("NAME", "Fiddlin' Frankie", "*"),
        ("NAME", "Frances Ann McCrary"),
        ("DATE", "June 6"),
        ("NAME", "Frankie", "*"),
    ],
    note="stage name and legal name, place and date of the heart attack; the ambulance unit is not labelled",
)

# 66
n(
    "en",
    "public_figure",
    "Happy birthday to the Queen of Country, Dolly Parton, born January 19, 1946, in a one-room cabin on the Little Pigeon River! 🦋 Every baby born at our hospitals goes home with a free book from her Imagination Library.",
    "public figure's birthday and birthplace",
)

# 67
p(
    "es",
    "pasted_record",
    "Copiado por error del sistema: Paciente: FLORES ACOSTA, MARITZA — F. nac. 21/03/1979 — Exp. 55031729 — TennCare ID 7730419985 — Tel. 615-555-0128 — Dirección: 2907 Edmondson Pike apt 14, 37013.",
    [
        ("NAME", "FLORES ACOSTA, MARITZA"),
        ("DATE", "21/03/1979"),
        ("MRN", "55031729"),
        ("HEALTH_PLAN", "7730419985"),
        ("PHONE", "615-555-0128"),
        ("GEO", "2907 Edmondson Pike apt 14"),
        ("GEO", "37013"),
    ],
    note="registration line: double surname, DOB, record number, plan ID, phone, street and ZIP",
)

# 68
n(
    "es",
    "hospital_contact",
    "¿Tiene preguntas sobre TennCare o CoverKids? Nuestros consejeros financieros le ayudan en español, sin costo, de lunes a viernes en la Clínica Nolensville Pike (4410 Nolensville Pike). Llame al 615.555.0150.",
    "clinic's own address and billing phone",
)

# 69
p(
    "en",
    "discharge",
    "twin update!! 💙💙 ayaan and ikran farah, born at 31 weeks on eid al-fitr, are finally home in antioch after 6 weeks in our nicu. hooyo ubah says thank you to every nurse who learned to say 'mahadsanid' 🥹",
    [
        ("NAME", "ayaan"),
        ("NAME", "ikran farah"),
        ("DATE", "eid al-fitr"),
        ("GEO", "antioch"),
        ("NAME", "ubah"),
    ],
    note="lower-case names, birth on Eid al-Fitr, home town, mother (the kin word hooyo is not labelled)",
)

# 70
n(
    "en",
    "event",
    "Eid Mubarak to everyone celebrating today! 🌙 Our Nolensville Pike Clinic will open at noon for Eid al-Adha, and halal meal trays are always available for inpatients at both campuses — just ask.",
    "holiday hours, no patient",
)

# 71
p(
    "en",
    "memorial",
    "We lost a legend this week. ROY LEE SUMMAR of Cannon County, a retired sheriff's deputy and a patient of our cardiology team for 20 years, died on Thanksgiving morning surrounded by his bluegrass family. Rest easy, Roy Lee. 🙏🏻",
    [
        ("NAME", "ROY LEE SUMMAR"),
        ("GEO", "Cannon County"),
        ("DATE", "Thanksgiving"),
        ("NAME", "Roy Lee"),
    ],
    note="ALL CAPS name, county, death on Thanksgiving",
)

# 72
n(
    "en",
    "memorial",
    'Our hearts are heavy: Dr. Walter "Doc" Blevins, who delivered more than 9,000 babies in Rutherford County over 41 years, died Monday at 94. Many of you were born into his hands. Visitation Thursday at Woodfin Chapel, Murfreesboro.',
    "memorial for a former staff physician: his age and nickname are not a patient's",
)

# 73
p(
    "en",
    "thank_you",
    "Thank you, Kak Azad! 🥙 Azad Doski, who owns Zagros Grill on Nolensville Pike, spent 3 nights with us on 4 North in March after gallbladder surgery — and today he sent 60 dolma wraps to say spas. His daughter Jiyan even drew the nurses a card.",
    [
        ("NAME", "Azad Doski"),
        ("NAME", "Azad", "*"),
        ("NAME", "Zagros Grill"),
        ("GEO", "Nolensville Pike"),
        ("DATE", "March"),
        ("NAME", "Jiyan"),
    ],
    note="patient's own restaurant is his employer (NAME) and its street GEO; admission month; 'Kak' honorific excluded",
)

# 74
n(
    "en",
    "staff_spotlight",
    "Meet Rojda Barwari, RN, our first Kurmanji-speaking nurse navigator at the Nolensville Pike Clinic. 🌿 Rojda grew up two blocks from the clinic and will help Kurdish families through every appointment. Her line: (615) 555-0148.",
    "staff member; hospital line",
)

# 75
p(
    "es",
    "birth_announcement",
    "¡El primer bebé del 2025 en Cumberland Bend! 🎆 Itzel Guadalupe Hernández nació a las 12:07 a.m. del 1 de enero en nuestro campus de Nashville. Su mamá, Xóchitl, y su papá, Chuy, son de Lebanon, Tennessee. ¡Bienvenida, Itzel!",
    [
        ("NAME", "Itzel Guadalupe Hernández"),
        ("NAME", "Itzel", "*"),
        ("DATE", "1 de enero"),
        ("NAME", "Xóchitl"),
        ("NAME", "Chuy"),
        ("GEO", "Lebanon"),
    ],
    note="birth date, parents (one nickname), home town Lebanon TN (a town, not the country)",
)

# 76
n(
    "es",
    "health_tip",
    "Antes de Año Nuevo 🎆: cada año atendemos quemaduras en manos y ojos por cohetes. Deje los fuegos artificiales a los profesionales y, si hay una emergencia, llame al 911.",
    "holiday safety tip",
)

# 77
p(
    "en",
    "patient_story",
    "FINAL SCAN IS CLEAR!!! 🎉🎉 Three years of chemo, 41 hospital nights and one very stubborn 7-year-old. #TeamBrantley thanks every nurse on 6 North. WE DID IT.",
    [
        ("NAME", "#TeamBrantley"),
    ],
    note="the patient's name only in a hashtag",
)

# 78
n(
    "en",
    "campaign_hashtag",
    "Wear gold this Friday for #ChildhoodCancerAwarenessMonth 💛 Every gold ribbon sold in our gift shops funds family rooms on 6 North. #CBKidsStrong #GoGold @CBKidsNashville",
    "campaign hashtags and the hospital's handle",
)

# 79
p(
    "en",
    "pasted_record",
    "[Draft — DO NOT POST] Family contacts for the Demiana Girgis story: mom Marina Girgis, marina.girgis@gmail.com, cell 615-555-0183; dad Mena at 615-555-0107. Demiana's discharge was 8/29, and she'd love a shout-out from Dr. Patel.",
    [
        ("NAME", "Demiana Girgis"),
        ("NAME", "Demiana", "*"),
        ("NAME", "Marina Girgis"),
        ("EMAIL", "marina.girgis@gmail.com"),
        ("PHONE", "615-555-0183"),
        ("NAME", "Mena"),
        ("PHONE", "615-555-0107"),
        ("DATE", "8/29"),
    ],
    note="internal draft: parents' names, e-mail, phones, discharge date",
)

# 80
n(
    "en",
    "hospital_contact",
    "Journalists: for interviews about this week's tornado response, contact media relations at media@cumberlandbend.org or (615) 555-0163. After hours, call 615-555-0100 and ask for the PIO on call.",
    "hospital e-mail and phones",
)

# 81
p(
    "en",
    "milestone_birthday",
    'Miss Ruby "Granny" Hollins turned one hundred on the 14th, right here in our Murfreesboro transitional care unit. She was born in a farmhouse outside Bell Buckle, taught school for 38 years and can still beat any of us at Rook. 💐',
    [
        ("NAME", 'Ruby "Granny" Hollins'),
        ("AGE", "one hundred"),
        ("DATE", "14th"),
        ("GEO", "Bell Buckle"),
    ],
    note="age in words, birthday as a day of the month alone, birthplace",
)

# 82
n(
    "en",
    "staff_spotlight",
    "Our CFO, Martha Lindqvist, is in Minnesota this week for her grandfather's 100th birthday on the 14th. 🎂 Happy birthday, Grandpa Sven, from everyone at Cumberland Bend!",
    "a staff member's own grandfather: age and date are not a patient's",
)

# 83
p(
    "en",
    "patient_story",
    "Keo, thank you for trusting us. 🌼 After the EF-2 tornado flattened his trailer in Christiana on December 9, Keo Chanthavong, 58, spent 11 days in our ICU. Today he walked out to his nephew Somphone's pickup with a cane and a big smile.",
    [
        ("NAME", "Keo Chanthavong"),
        ("NAME", "Keo", "*"),
        ("GEO", "Christiana"),
        ("DATE", "December 9"),
        ("NAME", "Somphone"),
    ],
    note="home town and injury date from a tornado, nephew",
)

# 84
n(
    "en",
    "crisis_update",
    "TORNADO WARNING for Rutherford County until 4:45 PM. Patients and visitors at our Murfreesboro campus: move to interior hallways away from windows, and staff will guide you. Our ED remains open. #tnwx",
    "weather warning; county of a public event",
)

# 85
p(
    "en",
    "patient_story",
    "Shelby from Shelbyville 😂 — that's what the ER nurses called her all night. Shelby Tackett, 16, was thrown from her horse at the Celebration grounds on August 28, and our trauma team had her pelvis pinned by morning. Thanks for the cookies, Shelby! 🐴",
    [
        ("NAME", "Shelby Tackett"),
        ("NAME", "Shelby", "*"),
        ("GEO", "Shelbyville"),
        ("GEO", "Celebration grounds"),
        ("DATE", "August 28"),
    ],
    note="name that is a place, home town, injury site and date",
)

# 86
n(
    "en",
    "event",
    "Shout-out to our partner trauma centers in Jackson, Franklin and Memphis for this week's tornado mutual-aid drill! 🚑 More than 300 staff from 14 counties took part. #TNTrauma",
    "cities of partner hospitals, not of patients",
)

# 87
p(
    "es",
    "memorial",
    "En este Día de Muertos, la familia Cervantes Lugo colocó en nuestra capilla una ofrenda para don Refugio, que falleció en nuestra UCI el 30 de octubre. 🕯️🌼 Gracias por compartir con nosotros su pan de muerto y su memoria.",
    [
        ("NAME", "Cervantes Lugo"),
        ("NAME", "Refugio"),
        ("DATE", "30 de octubre"),
    ],
    note="family surname, patient's first name, death date; Día de Muertos is not his date",
)

# 88
n(
    "es",
    "event",
    "Del 31 de octubre al 2 de noviembre, la Clínica Nolensville Pike tendrá un altar comunitario de Día de Muertos. Traiga la foto de un ser querido y acompáñenos con café y pan dulce. 🌼💀",
    "community event dates",
)

# 89
p(
    "en",
    "pasted_record",
    "Wrong paste 😩 (should have been the Heart Month graphic): 'Device check — ELLIS, VERNON T, DOB 2/19/1951, dual-chamber pacemaker SN RNB428816H, implanted 12/03 by Dr. Raman; next remote check 3/15. Home: 4017 Lebanon Pike, Hermitage.'",
    [
        ("NAME", "ELLIS, VERNON T"),
        ("DATE", "2/19/1951"),
        ("DEVICE", "RNB428816H"),
        ("DATE", "12/03"),
        ("DATE", "3/15"),
        ("GEO", "4017 Lebanon Pike"),
        ("GEO", "Hermitage"),
    ],
    note="device clinic line: DOB, pacemaker serial, implant and check dates, home address",
)

# 90
n(
    "en",
    "health_tip",
    "February is American Heart Month ❤️ If you have a pacemaker or ICD, bring your device ID card to every appointment and keep your home monitor plugged in by your bed. Questions? Our device clinic: (615) 555-0100 ext. 5.",
    "awareness month tip; hospital extension",
)

# 91
p(
    "en",
    "patient_story",
    "Khadra Yusuf Ali scored two goals for the Cane Ridge High girls' varsity on Friday — eleven weeks after we removed her appendix on the first night of Ramadan. 💪⚽ Go Ravens!",
    [
        ("NAME", "Khadra Yusuf Ali"),
        ("DATE", "first night of Ramadan"),
    ],
    note="surgery date given as a holiday phrase; the school is not an identifier",
)

# 92
n(
    "en",
    "event",
    "Ramadan Kareem 🌙 During Ramadan our Nolensville Pike Clinic offers evening appointments until 9 p.m., and our pharmacists can help you adjust medication times around your fast. Call 615-555-0124.",
    "holiday hours",
)

# 93
p(
    "en",
    "discharge",
    "Our favorite nonagenarian is going home! 🙌 Tasoni Mariam Shenouda Iskander, who turns 91 next month, recovered from her hip fracture in record time and taught half of 3 West to make koshari. Her grandson Abanoub drove her home to Antioch this afternoon.",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Mariam Shenouda Iskander"),
        ("AGE", "91"),
        ("NAME", "Abanoub"),
        ("GEO", "Antioch"),
    ],
    note="'nonagenarian' and 91; triple name without the honorific Tasoni; grandson; home town",
)

# 94
n(
    "en",
    "eponymous_condition",
    "Did you know? Familial Mediterranean fever is more common in families of Armenian, Arab, Turkish and Jewish heritage, and Behçet's disease is most common along the old Silk Road. Our rheumatology clinic offers visits in Arabic and Kurdish: 615-555-0148.",
    "eponymous conditions and population groups",
)

# 95
p(
    "en",
    "birth_announcement",
    "Triplets!!! 👶👶👶 Rojin, Rozhan and Rezan Haji were born at our Nashville campus on the 1st — the first Kurdish triplets we've ever delivered. Proud dad Dilshad says they'll all be Titans fans. Mom Hêvî is resting and doing great. 💚",
    [
        ("NAME", "Rojin"),
        ("NAME", "Rozhan"),
        ("NAME", "Rezan Haji"),
        ("DATE", "1st"),
        ("NAME", "Dilshad"),
        ("NAME", "Hêvî"),
    ],
    note="names, birth day of the month alone, parents",
)

# 96
n(
    "en",
    "statistic",
    "Last year our two campuses welcomed 6,482 babies, including 71 sets of twins and 3 sets of triplets. 🍼 Our busiest day was September 9 — nine months after the holidays, naturally. 😉",
    "aggregate statistics; a date tied to no one",
)

# 97
p(
    "en",
    "patient_story",
    'Songwriter Cody "Catfish" Ledbetter (@catfishledbetter) lost two fingers to a table saw in Walter Hill on April 2. Our hand surgery team reattached them, and last night he posted his first chord in 10 weeks. 🎸 Keep picking, Catfish!',
    [
        ("NAME", 'Cody "Catfish" Ledbetter'),
        ("NAME", "Catfish", "*"),
        ("OTHER_ID", "@catfishledbetter"),
        ("GEO", "Walter Hill"),
        ("DATE", "April 2"),
    ],
    note="stage nickname, personal handle, injury town (a place that looks like a name) and date",
)

# 98
n(
    "en",
    "public_figure",
    'Patsy Cline survived a head-on car crash on Old Hickory Boulevard in 1961 and recorded "Crazy" on crutches weeks later. 🚗 Today our trauma team remembers her with a seat-belt safety drive at both campuses. Buckle up, Nashville.',
    "historical figure's crash road and year",
)

# 99
p(
    "es",
    "patient_story",
    "Compartimos, con permiso, el mensaje de Dania Reyes 🙏: \"Mi papá, Santos Efraín Reyes, 'el Chele', tuvo un accidente en la I-24 cerca de La Vergne el sábado 15 de marzo. Hoy ya habla y pide baleadas. Somos de Olanchito, pero Tennessee ya es nuestra casa. Gracias a Dios y a ustedes.\"",
    [
        ("NAME", "Dania Reyes"),
        ("NAME", "Santos Efraín Reyes"),
        ("NAME", "Chele"),
        ("GEO", "I-24"),
        ("GEO", "La Vergne"),
        ("DATE", "15 de marzo"),
        ("GEO", "Olanchito"),
    ],
    note="daughter, patient and nickname, crash road and town, crash date (weekday excluded), home town abroad",
)

# 100
n(
    "es",
    "public_figure",
    "El 20 de julio Honduras recuerda al cacique Lempira, héroe de la resistencia lenca. 🇭🇳 Ese día la Clínica Nolensville Pike celebrará con la comunidad hondureña: vacunas, presión arterial y baleadas. ¡Los esperamos!",
    "historical figure and national day",
)

# 101
p(
    "en",
    "pasted_record",
    "Posted from the ED tracker by mistake and removed within 2 minutes — we're reporting it. 'T3 | NGUYEN-SOUKHASEUM, L. | 58y | MRN 81264409 | chest pain ▪ T4 | BAMARNI, AVIN | 91y | MRN 81264517 | fall'",
    [
        ("OTHER_ID", "T3"),
        ("NAME", "NGUYEN-SOUKHASEUM, L"),
        ("MRN", "81264409"),
        ("OTHER_ID", "T4"),
        ("NAME", "BAMARNI, AVIN"),
        ("AGE", "91y"),
        ("MRN", "81264517"),
    ],
    note="tracker rows: track positions, names, MRNs, age token 91y (58y not labelled)",
)

# 102
n(
    "en",
    "statistic",
    "Our Nashville ED saw 312 patients yesterday, our busiest day since the 2020 tornado. Median wait: 38 minutes. 14% of patients were over 65 and 2% over 90. Thank you for your patience! ⏱️",
    "population ages and statistics",
)

# 103
p(
    "en",
    "pasted_record",
    "Story pitch (internal — please don't publish yet): Nimco Abdi's mom, Sahra Mohamud, is happy to talk about Nimco's kidney transplant on 10/14. Reach her at sahra.mohamud@icloud.com or 615-555-0142 (Somali preferred; book through the interpreter line, 615-555-0148).",
    [
        ("NAME", "Nimco Abdi"),
        ("NAME", "Nimco", "*"),
        ("NAME", "Sahra Mohamud"),
        ("DATE", "10/14"),
        ("EMAIL", "sahra.mohamud@icloud.com"),
        ("PHONE", "615-555-0142"),
    ],
    note="story pitch: patient, mother, transplant date, mother's e-mail and phone; the interpreter line is the hospital's",
)

# 104
n(
    "en",
    "staff_spotlight",
    "Meet Abdiaziz Warsame, our lead Somali medical interpreter, who has supported more than 11,000 patient visits since 2015. Reach the interpreter team at interpreters@cumberlandbend.org or (615) 555-0148. Mahadsanid, Abdiaziz! 💙",
    "staff; hospital e-mail and phone",
)

# 105
p(
    "en",
    "milestone_birthday",
    'Today we celebrated a 102-year-old heart patient who insisted on walking her own laps around 5 West. Happy birthday, Mrs. Beulah Stroud! 🎈 (She asked us to add: "And I still drive myself to church in Rockvale.")',
    [
        ("AGE", "102-year-old"),
        ("NAME", "Beulah Stroud"),
        ("GEO", "Rockvale"),
    ],
    note="age, name, the community she lives in",
)

# 106
n(
    "en",
    "anonymous_story",
    "Today an 89-year-old heart patient walked 12 laps around 5 West before breakfast. 🏃‍♀️ If she can do it, so can you: our free cardiac rehab walking club meets Tuesdays at the Murfreesboro campus.",
    "anonymous patient aged 89: not over 89",
)

# 107
p(
    "en",
    "anonymous_story",
    'A 97-year-old WWII Navy veteran became the oldest patient ever to receive a TAVR valve at our Nashville campus this week. 🇺🇸 He told the cath lab team he has "a few more fishing seasons" in him. Fair winds, sailor!',
    [
        ("AGE", "97-year-old"),
    ],
    note="unnamed patient, but an age over 89 is an identifier (holdout decision)",
)

# 108
n(
    "en",
    "public_figure",
    "Sgt. Alvin C. York, born December 13, 1887, in Pall Mall, Tennessee, was one of the most decorated American soldiers of WWI. 🇺🇸 This Veterans Day, our Murfreesboro campus honors the 1,200 veterans who work at Cumberland Bend.",
    "historical figure; staff count",
)

# 109
p(
    "es",
    "milestone_birthday",
    "¡Noventa y cinco velitas! 🎂 Don Cirilo Mendoza Paz cumplió 95 años el 25 de julio, día de Santiago Apóstol, en nuestra unidad de diálisis de Murfreesboro. Sus hijas Yolanda y Rosario le trajeron mariachi y tamales de elote. ¡Felicidades, don Cirilo!",
    [
        ("AGE", "Noventa y cinco"),
        ("NAME", "Cirilo Mendoza Paz"),
        ("NAME", "Cirilo", "*"),
        ("AGE", "95"),
        ("DATE", "25 de julio"),
        ("DATE", "día de Santiago Apóstol"),
        ("NAME", "Yolanda"),
        ("NAME", "Rosario"),
    ],
    note="age in words and digits, birthday written twice, daughters",
)

# 110
n(
    "es",
    "milestone_birthday",
    "Nuestra jefa de cocina, Rosa Elvira Cantú, celebró los 90 años de su mamá, doña Chayo, con un pastel de tres leches para todo el turno de noche 🎂 ¡Gracias, Rosa, y felicidades a doña Chayo!",
    "a staff member's own mother aged 90",
)

# 111
p(
    "en",
    "thank_you",
    "@the_real_dilan_b hi Dilan! so sorry your mom's apointment got moved 😞 please don't post her info here — we've removed the comment with her MRN. our Kurdish nurse navigator will call you today from 615-555-0148.",
    [
        ("OTHER_ID", "@the_real_dilan_b"),
        ("NAME", "Dilan"),
    ],
    note="reply to a patient's son: his handle and name identify the patient's family; the navigator line is the hospital's",
)

# 112
n(
    "en",
    "hospital_contact",
    "@nashvillemom2019 great question! Visitor parking in Garage B at our Nashville campus is free for the first 30 minutes and $5 for the day. 🚗 The Riverbend Parkway entrance is the closest to Labor & Delivery.",
    "a commenter's general question: no tie to a patient",
)

# 113
p(
    "en",
    "pasted_record",
    "Internal test post — please ignore!! Copied row: 'TADROS, BISHOY M | SSN 412-55-0193 | DOB 07/01/1983 | BCBST member ID ZXP882104417 | Rm 618'",
    [
        ("NAME", "TADROS, BISHOY M"),
        ("SSN", "412-55-0193"),
        ("DATE", "07/01/1983"),
        ("HEALTH_PLAN", "ZXP882104417"),
        ("OTHER_ID", "Rm 618"),
    ],
    note="pasted row: SSN, DOB, plan member ID, room",
)

# 114
n(
    "en",
    "hospital_contact",
    "⚠️ SCAM ALERT: Callers pretending to be from Cumberland Bend are asking patients for Social Security and insurance numbers. We will never call to ask for these. Our billing office only calls from (615) 555-0150. Report scams to the Tennessee Attorney General.",
    "scam warning; hospital phone",
)

# 115
p(
    "en",
    "thank_you",
    "Thank-you card of the week 💌 'To the 7 West nurses: thank you for taking care of my mother, Chanthaly Malaythong, after her stroke on New Year's Eve. She still cooks every day at her restaurant, Lao Kitchen in Smyrna — please come visit! Toui Malaythong, toui.m@laokitchentn.com'",
    [
        ("NAME", "Chanthaly Malaythong"),
        ("DATE", "New Year's Eve"),
        ("NAME", "Lao Kitchen"),
        ("GEO", "Smyrna"),
        ("NAME", "Toui Malaythong"),
        ("EMAIL", "toui.m@laokitchentn.com"),
    ],
    note="stroke on New Year's Eve, patient's own restaurant (employer), its town, son's name and e-mail",
)

# 116
n(
    "en",
    "event",
    "Ring in the New Year safely 🥂 On New Year's Eve our Nashville ED sees more falls, burns and crashes than on any other night. Use ride-share, stay off ladders and leave the fireworks to the pros. Happy New Year from all of us at @CumberlandBend!",
    "holiday safety; hospital handle",
)

# 117
p(
    "en",
    "memorial",
    "Xatirê te, Mamoste Hazhar. 🕊️ Hazhar Sindi, a poet and former teacher from Duhok who became everyone's grandfather on our dialysis unit, died peacefully on the 3rd with his wife Gulistan and his 11 grandchildren near. Sersaxî to the Sindi family.",
    [
        ("NAME", "Hazhar Sindi"),
        ("NAME", "Hazhar", "*"),
        ("GEO", "Duhok"),
        ("DATE", "3rd"),
        ("NAME", "Gulistan"),
        ("NAME", "Sindi", "*"),
    ],
    note="name (honorific Mamoste excluded), home city abroad, day of death alone, wife, family surname",
)

# 118
n(
    "en",
    "event",
    "Tonight the public library hosts a reading of Sherko Bekas, the Kurdish poet born in Sulaymaniyah in 1940. 🌹 Our community health workers will be there with free flu shots and blood-pressure checks. See you there!",
    "historical poet and his city",
)

# 119
p(
    "en",
    "discharge",
    "We see you, @baby_sagal_journey 💛 Thank you for letting us share this: 128 days, 4 surgeries and one incredible mama. Pictured: our little warrior on her last day on 4 South. #NICUgrad",
    [
        ("OTHER_ID", "@baby_sagal_journey"),
        ("PHOTO", "Pictured"),
    ],
    note="family's handle and an attached photo of the patient",
)

# 120
n(
    "en",
    "staff_spotlight",
    "Pictured: our 4 South NICU night crew, who just marked 1,000 days without a central-line infection! 🏆 From left: Tameka Boyd, RN; Dr. Luis Ferrer; Hodan Jama, RN; and respiratory therapist Chris Yates.",
    "photo of staff",
)

# 121
p(
    "en",
    "pasted_record",
    "ugh, pasted the wrong text into the scheduler 🤦 'D/C summary — Pt: Odell Pruitt, 90 y/o M, MRN 20573318, admitted 11/22 via ED after fall at home (6621 Cainsville Rd, Lebanon). Son Darrell Pruitt: darrell.pruitt@wilsonfarmsupply.com, 615-555-0168, fax 615-555-0169 (farm office).'",
    [
        ("NAME", "Odell Pruitt"),
        ("AGE", "90"),
        ("MRN", "20573318"),
        ("DATE", "11/22"),
        ("GEO", "6621 Cainsville Rd"),
        ("GEO", "Lebanon"),
        ("NAME", "Darrell Pruitt"),
        ("EMAIL", "darrell.pruitt@wilsonfarmsupply.com"),
        ("PHONE", "615-555-0168"),
        ("FAX", "615-555-0169"),
    ],
    note="discharge summary: age 90, MRN, admission date, home address, son's name, e-mail, phone and fax",
)

# 122
n(
    "en",
    "event",
    'Grand Rounds this Thursday, 7:30 a.m., Whitcomb Auditorium: Professor Emerita Lillian Crowder, MD, 91, who founded our neonatal program in 1962, on "Sixty Years of Tiny Hearts." CME credit available. Stream it at cumberlandbend.org/grandrounds.',
    "a retired staff professor's age; event",
)

# 123
p(
    "es",
    "pasted_record",
    "Mensaje recibido por Messenger (lo pasamos a Atención al Paciente y lo borramos de la página): 'Hola, soy Yadira Castro, mamá de Brayan Castro Funes, expediente 66104287. Lo operaron el 2 de abril y le sigue doliendo. Mi correo es yadi.castro.f@hotmail.com y mi cel 615-555-0115.'",
    [
        ("NAME", "Yadira Castro"),
        ("NAME", "Brayan Castro Funes"),
        ("MRN", "66104287"),
        ("DATE", "2 de abril"),
        ("EMAIL", "yadi.castro.f@hotmail.com"),
        ("PHONE", "615-555-0115"),
    ],
    note="message pasted: mother and son, record number, surgery date, e-mail, phone",
)

# 124
n(
    "es",
    "hospital_contact",
    "Por su privacidad, no comparta su número de expediente, su fecha de nacimiento ni detalles médicos en los comentarios ni por Messenger. Para preguntas sobre su cuenta, llame al 615-555-0150 o escriba a facturacion@cumberlandbend.org.",
    "privacy reminder; hospital phone and e-mail",
)

# 125
p(
    "en",
    "milestone_birthday",
    '90th birthday on the cardiac step-down unit?! Mr. Harlan "Bud" Vickers said yes to cake and no to candles (oxygen, y\'all 😂). Bud farmed tobacco near Auburntown for 60 years and still calls every nurse "sugar." Happy birthday, Bud!',
    [
        ("AGE", "90th"),
        ("NAME", 'Harlan "Bud" Vickers'),
        ("NAME", "Bud", "*"),
        ("GEO", "Auburntown"),
    ],
    note="ordinal age, nickname, farm community",
)

# 126
n(
    "en",
    "health_tip",
    "Falls are the #1 cause of injury for Tennesseans over 65, and adults over 90 are three times more likely to be hospitalized after one. 🧓 Get our free home-safety checklist: cumberlandbend.org/falls",
    "population ages",
)

# 127
p(
    "en",
    "patient_story",
    'They call him "Memphis" because that\'s where he was born, but Marcus Bell has called Madison home for 40 years. After the December tornado ripped the roof off his house on Neelys Bend Road, Memphis spent Christmas on our ortho floor — and still found a way to play Santa for the kids on 6 North. 🎅',
    [
        ("NAME", "Memphis", "*"),
        ("NAME", "Marcus Bell"),
        ("GEO", "Madison"),
        ("DATE", "December"),
        ("GEO", "Neelys Bend Road"),
        ("DATE", "Christmas"),
    ],
    note="nickname that is a city, home town and street, injury month, holiday spent as an inpatient",
)

# 128
n(
    "en",
    "public_figure",
    "Fun fact for Presidents' Day: Andrew Jackson carried a bullet near his heart for almost 40 years after an 1806 duel. 🇺🇸 The Hermitage, his home, is just minutes from our Nashville campus. Heart surgery is a lot gentler now — learn more at cumberlandbend.org/heart.",
    "historical figure and his home",
)

# 129
p(
    "en",
    "thank_you",
    'A note we just had to share 💌 "To Nurse Brittany and Dr. Chen on the Murfreesboro labor floor: on October 3 you delivered our rainbow baby, Luz Amparo, after three losses. You held my hand and prayed with my mother in Spanish. We drove home to Eagleville crying happy tears. Forever grateful, Araceli & Tomás Villalobos."',
    [
        ("DATE", "October 3"),
        ("NAME", "Luz Amparo"),
        ("GEO", "Eagleville"),
        ("NAME", "Araceli"),
        ("NAME", "Tomás Villalobos"),
    ],
    note="birth date, baby, home town, parents; the staff are not labelled",
)

# 130
n(
    "en",
    "event",
    "Today, October 15, is Pregnancy and Infant Loss Remembrance Day. 🕯️ At 7 p.m. our labor and delivery nurses will light candles in the Murfreesboro chapel for every family who has lost a baby. You are not alone. #WaveOfLight",
    "awareness day",
)

# 131
p(
    "es",
    "discharge",
    "¡Qué mejor regalo de Día del Niño! 🎈 Santiago Alcántar, de 6 años, se fue a casa el 30 de abril después de su trasplante de médula ósea. Sus abuelitos Nicolás y Teresa lo esperaban en su casa de Murfreesboro con globos y una piñata de Spider-Man. ¡Bravo, Santi!",
    [
        ("DATE", "Día del Niño"),
        ("NAME", "Santiago Alcántar"),
        ("DATE", "30 de abril"),
        ("NAME", "Nicolás"),
        ("NAME", "Teresa"),
        ("GEO", "Murfreesboro"),
        ("NAME", "Santi"),
    ],
    note="discharge on Día del Niño (both forms), grandparents, family home town (also a campus city)",
)

# 132
n(
    "es",
    "event",
    "¡Feliz Día del Niño! 🎈 Este 30 de abril habrá cuentos, pintacaritas y revisión de asientos de seguridad en el patio de la Clínica Nolensville Pike, de 10 a 2. ¡Traigan a los niños!",
    "event date",
)

# 133
p(
    "en",
    "pasted_record",
    "Pasted from the trauma registry by mistake: 'MVC 09/17, I-440 at Nolensville Pike — driver HIRSI, MOHAMED A, TN DL 094731662, 2014 Toyota Camry, TN tag BKR-4417, VIN 4T1BF1FK5EU812274; passenger (wife) HIRSI, FAADUMO.'",
    [
        ("DATE", "09/17"),
        ("GEO", "I-440"),
        ("GEO", "Nolensville Pike"),
        ("NAME", "HIRSI, MOHAMED A"),
        ("LICENSE", "094731662"),
        ("VEHICLE", "BKR-4417"),
        ("VEHICLE", "4T1BF1FK5EU812274"),
        ("NAME", "HIRSI, FAADUMO"),
    ],
    note="registry row: crash date and roads, names, licence, plate, VIN",
)

# 134
n(
    "en",
    "crisis_update",
    "Multi-vehicle crash on I-440 near Nolensville Pike this morning: our Nashville trauma center has received 5 patients. We have no further information to share; families can call 615.555.0100. Please avoid the area. 🚧",
    "crisis update about unnamed casualties of a public incident",
)

# 135
p(
    "en",
    "milestone_birthday",
    'Our first centenarian of the year is a Kurdish grandmother who says she was born "on Newroz, when the fires were lit on the mountains." Dayê Xecê Berwari turned 100 on March 21 in our Murfreesboro rehab gym, with her great-grandson Aram dancing govend beside her. 🔥💃',
    [
        ("AGE", "centenarian"),
        ("DATE", "Newroz"),
        ("NAME", "Xecê Berwari"),
        ("AGE", "100"),
        ("DATE", "March 21"),
        ("NAME", "Aram"),
    ],
    note="'centenarian' and 100, birthday as Newroz and as March 21, great-grandson; Dayê excluded",
)

# 136
n(
    "en",
    "health_tip",
    "Jumping over the Newroz fire tonight? 🔥 Keep kids at a safe distance, wear cotton instead of polyester and keep a bucket of water nearby. Our burn team wishes everyone a safe and joyful Kurdish New Year!",
    "holiday safety tip",
)

# 137
p(
    "en",
    "discharge",
    "bubba's going home y'all!!! 🚜 after 23 days on 5 west, billy wayne \"bubba\" caldwell is headed back to the farm in lascassas. the nurses say they'll miss his stories about the '98 flood. #bubbastrong",
    [
        ("NAME", 'billy wayne "bubba" caldwell'),
        ("NAME", "bubba", "*"),
        ("GEO", "lascassas"),
        ("NAME", "#bubbastrong"),
    ],
    note="lower-case name and nickname, home community, name hashtag; '98 is a bare year",
)

# 138
n(
    "en",
    "campaign_hashtag",
    "Five years after the tornado, we're still #NashvilleStrong 💙 and #MboroStrong. Thank you to every nurse, tech and EMS crew who showed up that night. Share your own story of resilience with #CBStrong.",
    "campaign hashtags",
)

# 139
p(
    "es",
    "thank_you",
    "¡Dulce ya terminó su última quimio! 🍭🔔 Gracias a todo el equipo de oncología pediátrica por cuidar a nuestra niña como si fuera suya. La Sra. Patricia Galván, mamá de Dulce, dice que hoy sí hay pastel. #FuerzaDulce #CBKidsStrong",
    [
        ("NAME", "Dulce", "*"),
        ("NAME", "Patricia Galván"),
        ("NAME", "#FuerzaDulce"),
    ],
    note="name that is a word, mother, name hashtag beside a campaign hashtag",
)

# 140
n(
    "es",
    "eponymous_condition",
    "El 21 de marzo es el Día Mundial del Síndrome de Down 🧦🧦 Use calcetines disparejos y conozca nuestra clínica de síndrome de Down en Murfreesboro, con pediatras, terapeutas y trabajadoras sociales que hablan español.",
    "eponymous condition and awareness day",
)

# 141
p(
    "en",
    "pasted_record",
    "PLEASE DELETE — posted from the billing queue: 'Guarantor: SOUVANNAVONG, BOUAKHAM; Acct 3318800572; Medicare MBI 5EG4-TE5-MK73; pt DOB 10/30/1949; phone (615) 555-0194; email bouakham.s@gmail.com'",
    [
        ("NAME", "SOUVANNAVONG, BOUAKHAM"),
        ("ACCOUNT", "3318800572"),
        ("HEALTH_PLAN", "5EG4-TE5-MK73"),
        ("DATE", "10/30/1949"),
        ("PHONE", "(615) 555-0194"),
        ("EMAIL", "bouakham.s@gmail.com"),
    ],
    note="billing row: account, Medicare number, DOB, phone, e-mail",
)

# 142
n(
    "en",
    "hospital_contact",
    "Questions about a bill? Have your 10-digit account number ready and call Patient Financial Services at (615) 555-0150, Monday to Friday, 8 to 5. Pay online anytime at mycbhealth.org/pay. 💳",
    "billing contact; no account value",
)

# 143
p(
    "en",
    "patient_story",
    'Youssef "Joe" Hanna, 17, was bagging groceries at the Kroger on Nolensville Pike when he collapsed on September 30. A co-worker started CPR, and our cardiology team found a rare heart rhythm disorder and implanted a defibrillator. Today Joe is back at school — and back at Kroger. ❤️‍🩹',
    [
        ("NAME", 'Youssef "Joe" Hanna'),
        ("NAME", "Joe", "*"),
        ("NAME", "Kroger", "*"),
        ("GEO", "Nolensville Pike"),
        ("DATE", "September 30"),
    ],
    note="nickname, employer (NAME) and its street (GEO), collapse date",
)

# 144
n(
    "en",
    "sponsor",
    "Thank you, Kroger! 🛒 Shoppers at 14 Middle Tennessee stores rounded up $48,210 for our pediatric cardiology program this September. Every penny stays right here at 2400 Riverbend Parkway.",
    "company as a sponsor; the hospital's address",
)

# 145
p(
    "en",
    "memorial",
    "In memory of J.W., our longtime dialysis patient from Woodbury, who passed away on Easter Sunday. He brought the unit a sack of Goo Goo Clusters every Tuesday for 9 years. We'll miss you, J.W. 🌷",
    [
        ("NAME", "J.W.", "*"),
        ("GEO", "Woodbury"),
        ("DATE", "Easter Sunday"),
    ],
    note="initials, home town, death on Easter Sunday",
)

# 146
n(
    "en",
    "research",
    "Congratulations to J.W. Harrell, MD, PhD, and A.K. Sethi, PhD, whose study of 4,800 dialysis patients across Tennessee found that home dialysis cut hospital stays by 22%. 🧪 Full paper at cumberlandbend.org/research.",
    "staff initials and research statistics",
)

# 147
p(
    "en",
    "pasted_record",
    "Fax (incoming), pasted into the wrong field 🙈: 'FROM: Antioch Family Clinic, fax 615-555-0132. RE: Nazdar Hasan Mizuri, DOB 5/12/1995, G1 at 38w, MRN 7712-44-09, pt cell 629-555-0178, husband Nechirvan. Please schedule NST.'",
    [
        ("NAME", "Nazdar Hasan Mizuri"),
        ("DATE", "5/12/1995"),
        ("MRN", "7712-44-09"),
        ("PHONE", "629-555-0178"),
        ("NAME", "Nechirvan"),
    ],
    note="incoming fax: patient, DOB, MRN, cell, husband; the sending clinic and its fax are not the patient's",
)

# 148
n(
    "en",
    "hospital_contact",
    "Fax numbers for referring offices 📠: Nashville campus scheduling (615) 555-0199; Murfreesboro campus 615-555-0112 ext. 9; Nolensville Pike Clinic 615.555.0124. Include two patient identifiers on every page — and never post a fax on social media!",
    "hospital fax numbers in several forms",
)

# 149
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a Marvin Orellana, de 34 años, quien falleció el 8 de junio tras el derrumbe en la obra de Murfreesboro Road. Su esposa, Gloria, y sus hijos lo llevarán a descansar a Tocoa. Que en paz descanse. 🕊️",
    [
        ("NAME", "Marvin Orellana"),
        ("DATE", "8 de junio"),
        ("GEO", "Murfreesboro Road"),
        ("NAME", "Gloria"),
        ("GEO", "Tocoa"),
    ],
    note="death date, road of the fatal accident, wife, home town abroad",
)

# 150
n(
    "es",
    "crisis_update",
    "Actualización: esta mañana recibimos a tres trabajadores heridos en un accidente de construcción en el centro de Nashville. Por respeto a las familias no daremos nombres. Las familias pueden llamar al (615) 555-0136.",
    "crisis update, anonymous casualties",
)

# 151
p(
    "en",
    "discharge",
    "Little Adaeze was born at 24 weeks on Labor Day, and her parents, Chika and Emeka Nwosu, named her after the doctor who saved her big brother's life: our own Dr. Adaeze Okafor. 😭💛 Baby Adaeze went home to Bellevue this weekend.",
    [
        ("NAME", "Adaeze", 1),
        ("NAME", "Adaeze", 3),
        ("DATE", "Labor Day"),
        ("NAME", "Chika"),
        ("NAME", "Emeka Nwosu"),
        ("GEO", "Bellevue"),
    ],
    note="baby shares the staff doctor's first name: only the baby's occurrences labelled; birth on Labor Day, parents, home",
    ok=("Adaeze",),
)

# 152
n(
    "en",
    "staff_spotlight",
    "Please welcome Ngozi Ibekwe-Sutton, MD, MPH, the inaugural Eula Mae Whitcomb Professor of Global Health and associate chief of Infectious Diseases. 🌍 Dr. Ibekwe-Sutton trained in Ibadan and Atlanta and speaks Igbo, Yoruba and French.",
    "new faculty; a donor-named chair",
)

# 153
p(
    "en",
    "thank_you",
    "A BIG KHOP JAI TO THE SENGSOURIYA FAMILY 🙏 FOR THE 200 SPRING ROLLS! MR. SOMSACK SENGSOURIYA WAS OUR PATIENT ON 4 NORTH FOR 2 WEEKS, AND HIS KIDS CAME BACK TO FEED THE WHOLE FLOOR. GET WELL SOON, MR. S!",
    [
        ("NAME", "SOMSACK SENGSOURIYA"),
        ("NAME", "SENGSOURIYA", "*"),
        ("NAME", "S"),
    ],
    note="ALL CAPS name, family surname and initial",
)

# 154
n(
    "en",
    "health_tip",
    "REMINDER: FLU SHOTS ARE FREE FOR EVERYONE 6 MONTHS AND OLDER AT OUR NOLENSVILLE PIKE CLINIC THIS SATURDAY, 9 AM TO 1 PM. NO APPOINTMENT NEEDED. QUESTIONS? CALL 555-0124. 💉",
    "ALL CAPS clinic event; hospital phone",
)

# 155
p(
    "en",
    "discharge",
    "Mahadsanid to the 3 South team! 🌙 Our 94-year-old patient Xaliimo Cabdi Nuur spent Eid al-Adha with us after a bad fall, so the nurses brought henna and sambuusa to her room 302. She goes home to her grandson's apartment in Cane Ridge tomorrow.",
    [
        ("AGE", "94-year-old"),
        ("NAME", "Xaliimo Cabdi Nuur"),
        ("DATE", "Eid al-Adha"),
        ("OTHER_ID", "room 302"),
        ("GEO", "Cane Ridge"),
    ],
    note="age, name, holiday spent as an inpatient, room, neighbourhood",
)

# 156
n(
    "en",
    "statistic",
    "Middle Tennessee is home to one of the largest Somali communities in the South, and 1 in 4 of our Somali-speaking patients is over 65. 💙 That's why our Somali interpreters are on call 24/7: (615) 555-0148.",
    "population statistic",
)

# 157
p(
    "en",
    "discharge",
    "NICU grad alert 🎓💜 Born 4/1 (no joke!) at 25 weeks, Jaylen Okonkwo-Hughes is going home to Hendersonville today with moms Tasha and Renee. Our April Fools' baby is nobody's fool — just our hero. #JaylensJourney",
    [
        ("DATE", "4/1"),
        ("NAME", "Jaylen Okonkwo-Hughes"),
        ("GEO", "Hendersonville"),
        ("NAME", "Tasha"),
        ("NAME", "Renee"),
        ("DATE", "April Fools'"),
        ("NAME", "#JaylensJourney"),
    ],
    note="birth date numeric and as a holiday, hyphenated name, home town, parents, name hashtag",
)

# 158
n(
    "en",
    "event",
    "No joke: on April 1 our new Murfreesboro NICU opens with 32 private family rooms. 🎉 Tours for expecting families every Saturday in April at 10 a.m., 1850 Stones River Commons Drive. RSVP: 615-555-0112.",
    "hospital event date and address",
)

# 159
p(
    "es",
    "patient_story",
    "El 15 de septiembre, Día de la Independencia de Honduras, Wilmer Caballero iba a bailar punta en el desfile de Nolensville Pike cuando sufrió un infarto. Gracias a su hermano Osman, que le dio RCP, hoy Wilmer ya está en rehabilitación. 🇭🇳💙",
    [
        ("DATE", "15 de septiembre"),
        ("DATE", "Día de la Independencia de Honduras"),
        ("NAME", "Wilmer Caballero"),
        ("NAME", "Wilmer", "*"),
        ("GEO", "Nolensville Pike"),
        ("NAME", "Osman"),
    ],
    note="date of the heart attack written twice, where it happened, brother",
)

# 160
n(
    "es",
    "event",
    "¡Feliz Día de la Independencia, Honduras! 🇭🇳 Este 15 de septiembre estaremos en el desfile de Nolensville Pike con agua fría, protector solar y chequeos de presión. Busque la carpa azul de Cumberland Bend.",
    "national day and hospital event",
)

# 161
p(
    "en",
    "milestone_birthday",
    'Happy 103rd, Tante Wadida! 🎂 Wadida Morcos Guirguis was born in Asyut and has outlived two husbands, one revolution and "every doctor who told me to stop eating sugar." The Murfreesboro 2 East team sang to her in English and Arabic this morning.',
    [
        ("AGE", "103rd"),
        ("NAME", "Wadida Morcos Guirguis"),
        ("NAME", "Wadida", "*"),
        ("GEO", "Asyut"),
    ],
    note="ordinal age, name (Tante excluded), birthplace abroad",
)

# 162
n(
    "en",
    "public_figure",
    "Today Coptic Christians remember Pope Shenouda III, who led the church for 40 years and died on March 17, 2012, at 88. 🕯️ Our chaplains can arrange prayer in Arabic at both campuses — just ask your nurse.",
    "public figure's death date",
)

# 163
p(
    "en",
    "pasted_record",
    "Copied from the release tracker, not for posting: 'Release R-2291 signed 6/03 by Khalid Doski (father) for Shilan Doski, 8. Signed electronically from IP 98.204.17.66; email khalid.doski@comcast.net; phone +1 615 555 0139.'",
    [
        ("OTHER_ID", "R-2291"),
        ("DATE", "6/03"),
        ("NAME", "Khalid Doski"),
        ("NAME", "Shilan Doski"),
        ("IP", "98.204.17.66"),
        ("EMAIL", "khalid.doski@comcast.net"),
        ("PHONE", "+1 615 555 0139"),
    ],
    note="release log: form number, signing date, father and child, IP, e-mail, phone",
)

# 164
n(
    "en",
    "hospital_contact",
    "Want to share your story with us? 💬 We'd love to hear it. Email stories@cumberlandbend.org or call (615) 555-0163, and our team will walk you through the release form. Nothing is posted without your written OK.",
    "hospital e-mail and phone",
)

# 165
p(
    "en",
    "patient_story",
    "When flash floods hit Columbia on August 21, Trey Willoughby, 22, was swept off Carters Creek Pike in his pickup. A neighbor pulled him out through the window. Trey spent 9 days with us, and today he's training with the same swift-water team that searched for him. 🌊",
    [
        ("GEO", "Columbia"),
        ("DATE", "August 21"),
        ("NAME", "Trey Willoughby"),
        ("NAME", "Trey", "*"),
        ("GEO", "Carters Creek Pike"),
    ],
    note="flood date as the injury date, town and road of the accident",
)

# 166
n(
    "en",
    "crisis_update",
    "FLASH FLOOD WARNING for Maury and Williamson counties. ⚠️ Our Nashville and Murfreesboro campuses are open. Turn around, don't drown: just 12 inches of moving water can carry away a car. Emergency? Call 911.",
    "weather warning",
)

# 167
p(
    "en",
    "patient_story",
    "Huge thanks to Professor Hawre Mustafa Rashid, a chemist at Fisk, who gave his sister Shno a kidney on November 12. 💚 Both siblings are home and doing great, and Shno's kids made our transplant team a giant card.",
    [
        ("NAME", "Hawre Mustafa Rashid"),
        ("NAME", "Fisk"),
        ("NAME", "Shno", "*"),
        ("DATE", "November 12"),
    ],
    note="living donor (a patient and the recipient's brother) with his employer; transplant date",
)

# 168
n(
    "en",
    "sponsor",
    "Thank you to Dr. Ellen and Robert Hargrove, whose $2 million gift names the Hargrove Transplant Center at our Nashville campus. 💚 Dr. Hargrove taught chemistry at Fisk for 35 years.",
    "donors naming a building",
)

# 169
p(
    "es",
    "birth_announcement",
    "¡El mejor regalo del Día de las Madres! 💐 Camila Yaretzi nació el 10 de mayo a las 5:10 a.m. en nuestro campus de Murfreesboro. Su mamá, Brenda Solís, dice que ya no necesita otro regalo en su vida. 😍 #BebésCB",
    [
        ("DATE", "Día de las Madres"),
        ("NAME", "Camila Yaretzi"),
        ("DATE", "10 de mayo"),
        ("NAME", "Brenda Solís"),
    ],
    note="birth on Mother's Day (Mexican date), baby and mother",
)

# 170
n(
    "es",
    "health_tip",
    "Este 10 de mayo, regálele salud a mamá 💐: agende su mamografía en la Clínica Nolensville Pike. Personal que habla español, estacionamiento gratis y citas los sábados. Llame al 615-555-0136.",
    "holiday campaign",
)

# 171
p(
    "en",
    "pasted_record",
    "🚫 not the newsletter — the 10 a.m. clinic list got copied: '10:00 PHOMMASACK, NOUANTA (MRN 90214466) f/u DM2 · 10:20 ARIAS DE LEÓN, MIRNA (MRN 90215103) new OB · 10:40 SHWAN AHMED, R. (MRN 90216688) post-op'",
    [
        ("NAME", "PHOMMASACK, NOUANTA"),
        ("MRN", "90214466"),
        ("NAME", "ARIAS DE LEÓN, MIRNA"),
        ("MRN", "90215103"),
        ("NAME", "SHWAN AHMED, R"),
        ("MRN", "90216688"),
    ],
    note="clinic schedule: three names and MRNs",
)

# 172
n(
    "en",
    "event",
    "New Saturday hours! Starting March 1, our Nolensville Pike Clinic (4410 Nolensville Pike, Nashville, TN 37211) is open 8 a.m. to noon for diabetes follow-ups, new OB visits and post-op checks. Book at mycbhealth.org or call 615-555-0124.",
    "clinic address with ZIP, event date",
)

# 173
p(
    "en",
    "patient_story",
    "Some stories you just have to tell the long way. 🧗\n\nCrockett Sims, 11, was climbing the bluffs at Fall Creek Falls with his Scout troop when he slipped and fell 30 feet. His scoutmaster, a retired paramedic, kept him still for two hours until rangers could reach him, and LifeFlight brought him to our Nashville trauma center on the 4th of October with a broken back and a broken wrist.\n\nSix weeks, one spinal fusion and roughly 400 games of Uno later, Crockett walked out of 6 North on his own two feet. His mom Ivy says he's already asking when he can climb again (her answer: \"We'll talk about it when you're 30\").\n\nThank you to our pediatric spine, rehab and child life teams, and hang in there, Crockett! 💙",
    [
        ("NAME", "Crockett Sims"),
        ("NAME", "Crockett", "*"),
        ("GEO", "Fall Creek Falls"),
        ("DATE", "4th of October"),
        ("NAME", "Ivy"),
    ],
    note="long Facebook post: name (also a historical surname), injury site and date, mother",
)

# 174
n(
    "en",
    "public_figure",
    "Davy Crockett was born on August 17, 1786, in Greene County, Tennessee. 🦝 Like him, Tennessee kids love the outdoors, so we're giving away 500 free bike helmets at our Murfreesboro campus this Saturday.",
    "historical figure's birth date and county",
)

# 175
p(
    "en",
    "discharge",
    'Snow day discharge ❄️ Berfin, whose name means "snowdrop" in Kurdish, was born here during the January ice storm and went home today, in the first snow of the year, to her big sisters Zeytun and Lava in Antioch. Bi xêr hatî, Berfin!',
    [
        ("NAME", "Berfin", "*"),
        ("DATE", "January"),
        ("NAME", "Zeytun"),
        ("NAME", "Lava"),
        ("GEO", "Antioch"),
    ],
    note="birth month, sisters (Lava is a word), home town",
)

# 176
n(
    "en",
    "crisis_update",
    "ICE STORM UPDATE ❄️ All Cumberland Bend outpatient clinics will open at 10 a.m. Wednesday. Our Nashville and Murfreesboro EDs are open 24/7. If you depend on home oxygen and lose power, call our nurse line: (629) 555-0187. Stay safe, y'all.",
    "crisis update; hospital line",
)

# 177
p(
    "en",
    "pasted_record",
    "Forwarded to the page by mistake, sorry! ——— From: Suyapa Lagos <suyapa.lagos@yahoo.com> To: patientrelations@cumberlandbend.org Subject: my son Darwin — My son Darwin Lagos (DOB 02/03/2011) was seen in your ED on 1/28 and we still have no results. Please call me at (615) 555-0126.",
    [
        ("NAME", "Suyapa Lagos"),
        ("EMAIL", "suyapa.lagos@yahoo.com"),
        ("NAME", "Darwin Lagos"),
        ("NAME", "Darwin", "*"),
        ("DATE", "02/03/2011"),
        ("DATE", "1/28"),
        ("PHONE", "(615) 555-0126"),
    ],
    note="family e-mail forwarded: mother's name, e-mail, phone; child's name, DOB, ED date; the hospital address is not labelled",
)

# 178
n(
    "en",
    "hospital_contact",
    "Have feedback about your visit? We want to hear it. 📝 Email patientrelations@cumberlandbend.org, call (615) 555-0100 option 6, or stop by the Patient Relations office off the Riverbend Parkway lobby. We respond within 2 business days.",
    "hospital contacts",
)

# 179
p(
    "es",
    "discharge",
    'Después de 3 semanas en la unidad de quemados, Rigoberto Salas regresa a trabajar a la lechería Lonesome Oak Dairy, en Bedford County. 🐄 Su esposa Ana y sus hijas, Fer y Xime, vinieron por él con un letrero: "¡Te amamos, papi!" Pa\'lante, Rigo. 💪',
    [
        ("NAME", "Rigoberto Salas"),
        ("NAME", "Lonesome Oak Dairy"),
        ("GEO", "Bedford County"),
        ("NAME", "Ana"),
        ("NAME", "Fer"),
        ("NAME", "Xime"),
        ("NAME", "Rigo"),
    ],
    note="employer (NAME) and its county, wife and daughters' nicknames, patient's nickname",
)

# 180
n(
    "es",
    "eponymous_condition",
    "¿Sabía que la enfermedad de Chagas afecta a miles de personas nacidas en México y Centroamérica que viven en EE. UU.? 🪲 Muchas no tienen síntomas. Pregunte por la prueba gratuita en la Clínica Nolensville Pike.",
    "eponymous condition",
)

# 181
p(
    "en",
    "milestone_birthday",
    'She told us she\'s "99 and a half, and not a day more." 😂 Mrs. Verna Lee Puckett celebrated birthday #99 with us on 2 East this week, with her grandson Caleb and a framed picture of her cat, Biscuit. Happy birthday, Miss Verna!',
    [
        ("AGE", "99", "*"),
        ("NAME", "Verna Lee Puckett"),
        ("NAME", "Verna", "*"),
        ("NAME", "Caleb"),
    ],
    note="age twice ('99 and a half', 'birthday #99'), grandson; the cat is not labelled",
)

# 182
n(
    "en",
    "milestone_birthday",
    "Miss Inez Hardaway turned 100 on May 2 and marked 40 years as a Cumberland Bend Auxiliary volunteer the same week! 🌸 Inez still knits a cap for every baby born at our Murfreesboro campus: 11,000 and counting.",
    "volunteer's age and birthday",
)

# 183
p(
    "en",
    "patient_story",
    'Souksavanh "Souk" Phetsarath had worked the night line at the Tyson plant in Shelbyville for 18 years when a forklift pinned his leg on the 22nd. After 3 surgeries and 6 weeks of rehab, he walked into our lobby today holding his granddaughter Manivone\'s hand. 💪🇱🇦',
    [
        ("NAME", 'Souksavanh "Souk" Phetsarath'),
        ("NAME", "Tyson"),
        ("GEO", "Shelbyville"),
        ("DATE", "22nd"),
        ("NAME", "Manivone"),
    ],
    note="nickname, employer and its town, injury day of the month, granddaughter",
)

# 184
n(
    "en",
    "eponymous_condition",
    "Spring training is here ⚾ and so are elbow injuries. Our sports medicine team performed 64 Tommy John surgeries last year, mostly on high-school pitchers. Pitch counts matter! Free arm-care clinic Jan. 18 at our Murfreesboro campus.",
    "eponymous procedure, statistic, event date",
)

# 185
p(
    "en",
    "thank_you",
    "hi tammy! 💙 we removed your comment because it had your dad's room 418 and your cell 615.555.0147 in it. we've passed your message about mr. hubert lusk's hearing aids to his nurse, and she'll call you this aftenoon.",
    [
        ("NAME", "tammy"),
        ("OTHER_ID", "room 418"),
        ("PHONE", "615.555.0147"),
        ("NAME", "hubert lusk"),
    ],
    note="reply that repeats the daughter's name and cell and the patient's room and name",
)

# 186
n(
    "en",
    "hospital_contact",
    "hi there! 💙 for privacy we can't discuss anyone's care on social media, but our patient relations team can help: call 615-555-0100 (option 6) or email patientrelations@cumberlandbend.org.",
    "generic reply; hospital contacts",
)

# 187
p(
    "es",
    "pasted_record",
    "FAX – Clínica Nolensville Pike – Para: Dra. Salgado – De: Admisión – Paciente: Rosa Idalia Fuentes Paz – Fecha de nac.: 3 de mayo de 1962 – Exp.: 40387125 – Tel.: 629-555-0102 – Correo: rosaidalia62@gmail.com – Seguro: Ambetter, ID U90177215 – Fax de respuesta: (615) 555-0199",
    [
        ("NAME", "Rosa Idalia Fuentes Paz"),
        ("DATE", "3 de mayo de 1962"),
        ("MRN", "40387125"),
        ("PHONE", "629-555-0102"),
        ("EMAIL", "rosaidalia62@gmail.com"),
        ("HEALTH_PLAN", "U90177215"),
    ],
    note="fax sheet: name, DOB with year, record number, phone, e-mail, plan ID; the return fax is the hospital's",
)

# 188
n(
    "es",
    "hospital_contact",
    "Para médicos y clínicas: envíen sus referencias por fax al (615) 555-0199 o al 615.555.0124. Incluyan siempre dos identificadores del paciente en cada hoja y nunca los publiquen en redes sociales. 📠",
    "hospital fax numbers",
)

# 189
p(
    "en",
    "patient_story",
    'Heatstroke at Bonnaroo nearly took Kaitlyn "KK" Marchetti, 19, on June 14. Her friends got her to the medical tent in Manchester, and our Murfreesboro ICU did the rest. KK is back at MTSU and wants every festivalgoer to DRINK WATER. 🎪💧',
    [
        ("NAME", 'Kaitlyn "KK" Marchetti'),
        ("NAME", "KK", "*"),
        ("DATE", "June 14"),
        ("GEO", "Manchester"),
    ],
    note="nickname, date and town of the heatstroke; the university is not labelled",
)

# 190
n(
    "en",
    "event",
    "Headed to Bonnaroo this weekend? 🎶 Find the Cumberland Bend medical tent near Centeroo, open 24/7, June 12–15. Drink water, wear sunscreen and use the buddy system. #Bonnaroo #CBStrong",
    "public event dates",
)

# 191
p(
    "en",
    "memorial",
    "Inna lillahi wa inna ilayhi raji'un. Our dialysis family mourns Aabo Sheikh Nur Ahmed Jama, ninety, who passed away at home in Antioch on Friday. He blessed every nurse on every shift for 7 years. Our prayers are with his sons Abdullahi and Cumar. 🤲",
    [
        ("NAME", "Nur Ahmed Jama"),
        ("AGE", "ninety"),
        ("GEO", "Antioch"),
        ("NAME", "Abdullahi"),
        ("NAME", "Cumar"),
    ],
    note="name without Aabo and Sheikh, age in words, home town, sons; Friday not labelled",
)

# 192
n(
    "en",
    "staff_spotlight",
    "Meet Sheikh Abdiwali Hersi, our Muslim chaplain, who leads Jumu'ah prayer every Friday at 1:15 p.m. in the Nashville campus chapel. 🕌 He also visits patients of any faith on request; just ask your nurse.",
    "staff chaplain",
)

# 193
p(
    "en",
    "patient_story",
    'Grandma Pearl Haskins is somewhere in her 90s ("a lady never tells") and was the first patient in our new hospital-at-home program in Cannon County. 🏡 Nurses visit her farmhouse off Hollow Springs Road twice a day, and she\'s thrilled to recover in her own recliner.',
    [
        ("NAME", "Pearl Haskins"),
        ("AGE", "90s"),
        ("GEO", "Cannon County"),
        ("GEO", "Hollow Springs Road"),
    ],
    note="'in her 90s', county and road of her home",
)

# 194
n(
    "en",
    "health_tip",
    "Our hospital-at-home program now serves patients in 6 rural counties. 🏡 Eligible patients get daily nurse visits, a tablet for video check-ins and same-day lab draws. Ask your doctor, or call 615-555-0112.",
    "program information",
)

# 195
p(
    "en",
    "pasted_record",
    "posting this to the wrong page, sorry 😬: 'Wristband reprint for ZAXO, SHERZAD: enc # E55-0093317, wristband 2B-77410, allergy PCN. Family contact: sister Lana Zaxo, lana.zaxo91@gmail.com.'",
    [
        ("NAME", "ZAXO, SHERZAD"),
        ("OTHER_ID", "E55-0093317"),
        ("OTHER_ID", "2B-77410"),
        ("NAME", "Lana Zaxo"),
        ("EMAIL", "lana.zaxo91@gmail.com"),
    ],
    note="encounter and wristband numbers, sister's name and e-mail",
)

# 196
n(
    "en",
    "health_tip",
    "Why do we check your wristband every single time? 🔍 Two identifiers, your name and your date of birth, before every medication and every test. It's the #1 way we keep you safe. Questions about patient safety: safety@cumberlandbend.org.",
    "safety tip; hospital e-mail",
)

# 197
p(
    "es",
    "thank_you",
    "¡Seremein! (gracias, en garífuna) 💛 La familia Álvarez Castillo agradece al equipo de cardiología por cuidar a doña Fidelina, operada del corazón el 12 de abril, Día de la Etnia Negra. Ya está en casa en Hermitage y pronto visitará su pueblo natal, Trujillo.",
    [
        ("NAME", "Álvarez Castillo"),
        ("NAME", "Fidelina"),
        ("DATE", "12 de abril"),
        ("DATE", "Día de la Etnia Negra"),
        ("GEO", "Hermitage"),
        ("GEO", "Trujillo"),
    ],
    note="surgery date written twice (feast day), home town and home town abroad",
)

# 198
n(
    "es",
    "public_figure",
    "El 12 de abril Honduras celebra el Día de la Etnia Negra, en recuerdo de la llegada del pueblo garífuna a Trujillo en 1797. 🥁 Nuestro equipo estará en el festival garífuna de Antioch con pruebas de presión y glucosa.",
    "historical date and places; community event",
)

# 199
p(
    "en",
    "discharge",
    "Thank you to everyone who followed @prayers4kirollos and gave at gofundme.com/f/kirollos-fanous-heart 🙏 Kirollos Fanous, 13, came home from our pediatric ICU this week after 41 days. His church family filled the hallway with hymns as he left. #KirollosStrong",
    [
        ("OTHER_ID", "@prayers4kirollos"),
        ("URL", "gofundme.com/f/kirollos-fanous-heart"),
        ("NAME", "Kirollos Fanous"),
        ("NAME", "#KirollosStrong"),
    ],
    note="family prayer handle, fundraiser URL, name, name hashtag",
)

# 200
n(
    "en",
    "campaign_hashtag",
    "#HopeForHazel isn't about one child: it's our annual NICU fundraiser, named for founding nurse Hazel Whitt, RN (1924–2019). 💜 Join the Hope for Hazel 5K on Oct. 4 in Murfreesboro! cbfoundation.org/hazel",
    "campaign hashtag named for a late staff nurse",
)

# 201
p(
    "en",
    "pasted_record",
    "Oops, the transport list instead of the flu-shot graphic 🙈 '0900 Rm 5W-12 SAYAVONG, K. (MRN 31770524) → MRI | 0915 Rm 5W-20 BATES, ORVILLE (MRN 12066459), 96 yo → CT'",
    [
        ("OTHER_ID", "Rm 5W-12"),
        ("NAME", "SAYAVONG, K"),
        ("MRN", "31770524"),
        ("OTHER_ID", "Rm 5W-20"),
        ("NAME", "BATES, ORVILLE"),
        ("MRN", "12066459"),
        ("AGE", "96"),
    ],
    note="transport list: rooms, names, MRNs, age 96",
)

# 202
n(
    "en",
    "health_tip",
    "Getting an MRI? 🧲 Leave jewelry at home, tell us about any implants or pacemakers, and arrive 30 minutes early. Need to reschedule? Radiology scheduling: (615) 555-0100, ext. 8.",
    "tip; hospital extension",
)

# 203
p(
    "es",
    "milestone_birthday",
    "¡101 años! 🎉 Doña Eustaquia Mejía de Flores celebró su cumpleaños en la sala de cardiología con sus nietos de Lewisburg y una canción de Vicente Fernández. Nació en Santa Rosa de Copán un 19 de marzo, día de San José. ¡Felicidades, abuelita Taquita!",
    [
        ("AGE", "101"),
        ("NAME", "Eustaquia Mejía de Flores"),
        ("GEO", "Lewisburg"),
        ("GEO", "Santa Rosa de Copán"),
        ("DATE", "19 de marzo"),
        ("DATE", "día de San José"),
        ("NAME", "Taquita"),
    ],
    note="age, married name with 'de', grandchildren's town, birthplace, birthday twice, nickname; the singer is a public figure",
)

# 204
n(
    "es",
    "public_figure",
    "Hoy recordamos a Selena Quintanilla, nacida el 16 de abril de 1971 en Lake Jackson, Texas. 🌹 En su honor, este sábado habrá música y pruebas de presión gratis en la Clínica Nolensville Pike.",
    "public figure's birth date and town",
)

# 205
p(
    "en",
    "patient_story",
    "Paris Whitaker went to Paris, Tennessee, for a fish fry and came home in a helicopter 🚁 (a fishhook in the eye!). Our ophthalmology team saved her sight on July 19, and now she's Paris, the girl who fought a catfish and won. 😎",
    [
        ("NAME", "Paris Whitaker"),
        ("GEO", "Paris", 2),
        ("NAME", "Paris", 3),
        ("DATE", "July 19"),
    ],
    note="a name that is also the town where she was injured: NAME and GEO occurrences of the same word; surgery date",
)

# 206
n(
    "en",
    "statistic",
    "From Paris, Tennessee, to Athens, Tennessee (and yes, Lebanon, Tennessee, too), our LifeFlight crews flew 9,400 miles last year. 🚁 Thank you to every 911 dispatcher in Middle Tennessee!",
    "towns tied to no patient",
)

# 207
p(
    "en",
    "birth_announcement",
    "lao new year baby!! 🌸💦 little ketsana sayasith arrived at 3:14 a.m. on april 14, the very first day of pi mai, and dad khamla says she'll get a water blessing every birthday. welcome, ketsana! #babiesofcb",
    [
        ("NAME", "ketsana sayasith"),
        ("NAME", "ketsana", "*"),
        ("DATE", "april 14"),
        ("DATE", "first day of pi mai"),
        ("NAME", "khamla"),
    ],
    note="lower-case names, birth date written twice",
)

# 208
n(
    "en",
    "staff_spotlight",
    "meet our newest lao-speaking nurse, souphaphone keovilay, rn! 🌸 she grew up in smyrna, graduated from mtsu last may and joined 3 north this month. sabaidee, souphaphone!",
    "lower-case staff name and her home town",
)

# 209
p(
    "en",
    "patient_story",
    'Dr. Ozell Banks taught music theory at Belmont for 41 years. At 93, after a mild stroke, he\'s relearning the piano in our rehab gym, starting, he says, "with the C major scale, like every freshman." 🎹 Keep playing, Dr. Banks.',
    [
        ("NAME", "Ozell Banks"),
        ("NAME", "Belmont"),
        ("AGE", "93"),
        ("NAME", "Banks", "*"),
    ],
    note="a patient with a doctorate (title excluded), former employer, age",
)

# 210
n(
    "en",
    "public_figure",
    "Black History Month 🎶 DeFord Bailey, the harmonica wizard who survived childhood polio, became the first African American star of the Grand Ole Opry. Hear his story at the lobby exhibit at our Nashville campus all February.",
    "historical figure",
)

# 211
p(
    "es",
    "birth_announcement",
    "¡Los Reyes Magos llegaron temprano! 👑👑 Los gemelos Gaspar y Baltazar Ibarra Luna nacieron el 6 de enero, Día de Reyes, en nuestro campus de Nashville. Su papá, Jesús, ya compró la rosca más grande de la ciudad. 😂",
    [
        ("NAME", "Gaspar"),
        ("NAME", "Baltazar Ibarra Luna"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Jesús"),
    ],
    note="twins named after the Magi, born on Día de Reyes (both forms), father",
)

# 212
n(
    "es",
    "event",
    "¡Feliz Día de Reyes! 👑 Este 6 de enero compartiremos rosca con nuestros pacientes en la Clínica Nolensville Pike. Quien encuentre al niño Dios invita los tamales el 2 de febrero. 😉",
    "holiday event",
)

# 213
p(
    "en",
    "pasted_record",
    "Auto-reply error 🙃 this went out publicly from @CumberlandBend: 'Hi Nardeen Soliman (nardeen.soliman@gmail.com), your MyCB message about MRN 55821094 was received. Your appointment on 12/19 at 2:40 PM is confirmed. To opt out, text STOP to 615-555-0100.'",
    [
        ("NAME", "Nardeen Soliman"),
        ("EMAIL", "nardeen.soliman@gmail.com"),
        ("MRN", "55821094"),
        ("DATE", "12/19"),
    ],
    note="auto-reply: name, e-mail, MRN, appointment date; the hospital handle and number are not labelled",
)

# 214
n(
    "en",
    "hospital_contact",
    "New: appointment reminders by text! 📱 You'll get a message from 615-555-0100 two days before your visit. Reply C to confirm or R to reschedule. We'll never text you a link asking for your password.",
    "hospital number",
)

# 215
p(
    "en",
    "discharge",
    "WELCOME HOME, SHIRAZ!!! 🎈 After 5 months and a new heart, SHIRAZ AKREYI (age 12) rode home to Nolensville in a fire truck. His grandma Pakhshan baked 300 kulicha for the parade route. #ShirazStrong",
    [
        ("NAME", "SHIRAZ AKREYI"),
        ("NAME", "SHIRAZ", "*"),
        ("GEO", "Nolensville"),
        ("NAME", "Pakhshan"),
        ("NAME", "#ShirazStrong"),
    ],
    note="ALL CAPS name that is a city, home town, grandmother, name hashtag",
)

# 216
n(
    "en",
    "public_figure",
    "Hafez of Shiraz wrote, \"Even after all this time the sun never says to the earth, 'You owe me.'\" 🌞 Happy Nowruz to our Persian and Kurdish neighbors, and thank you to the Nowruz committee for donating 400 care packages to our ED.",
    "historical poet and city; holiday greeting",
)

# 217
p(
    "en",
    "patient_story",
    "Tennessee Rose Bagwell, 4, swallowed a button battery on September 2, and our pediatric GI team got it out with hours to spare. 🔋 Today Tennessee is home in Spring Hill, and her mom Crystal wants every parent to lock up those remotes.",
    [
        ("NAME", "Tennessee Rose Bagwell"),
        ("NAME", "Tennessee", "*"),
        ("DATE", "September 2"),
        ("GEO", "Spring Hill"),
        ("NAME", "Crystal"),
    ],
    note="a name that is a state, injury date, home town, mother (a word name)",
)

# 218
n(
    "en",
    "health_tip",
    "Button batteries can burn through a child's esophagus in 2 hours. 🔋 If you think your child swallowed one, give 2 teaspoons of honey on the way (kids over 1 only) and go straight to the ER. Poison Help: 1-800-222-1222.",
    "tip; national poison line",
)

# 219
p(
    "es",
    "pasted_record",
    "Se publicó por error una nota interna 🙏: 'Llamar a la Sra. Reina Guevara (hija) al 615-555-0164 sobre su papá, Anselmo Guevara Cruz, exp. 82044317, 91 años, cama 6 de la UCI. Correo: reina.guevara@live.com'",
    [
        ("NAME", "Reina Guevara"),
        ("PHONE", "615-555-0164"),
        ("NAME", "Anselmo Guevara Cruz"),
        ("MRN", "82044317"),
        ("AGE", "91"),
        ("OTHER_ID", "cama 6"),
        ("EMAIL", "reina.guevara@live.com"),
    ],
    note="internal note: daughter's name, phone and e-mail; patient's name, record, age, bed",
)

# 220
n(
    "es",
    "health_tip",
    "Visitas en la UCI: dos personas a la vez, de 8 a.m. a 8 p.m. Los menores de 12 años necesitan permiso de la enfermera. ¿Preguntas? Llame a la línea en español: (615) 555-0136.",
    "visiting rules",
)

# 221
p(
    "en",
    "thank_you",
    "A thank-you from the Warsame family 💙 'Our father, Abdi Warsame, drove for Amazon out of the La Vergne warehouse until his heart surgery on May 27. Thank you, Dr. Raman and the 5 West nurses, for giving him back to us. — Ifrah, Liban & Sagal'",
    [
        ("NAME", "Abdi Warsame"),
        ("NAME", "Warsame", "*"),
        ("NAME", "Amazon"),
        ("GEO", "La Vergne"),
        ("DATE", "May 27"),
        ("NAME", "Ifrah"),
        ("NAME", "Liban"),
        ("NAME", "Sagal"),
    ],
    note="employer and its town, surgery date, children (Liban is also a country name)",
)

# 222
n(
    "en",
    "sponsor",
    "Thank you to the Amazon team in La Vergne for 1,200 backpacks for our back-to-school health fair! 🎒 Free sports physicals and vaccines on July 26 at our Murfreesboro campus, 1850 Stones River Commons Drive.",
    "sponsor, event date, hospital address",
)

# 223
p(
    "en",
    "memorial",
    'Rest in peace, Mrs. Ollie Mae Gaither, who passed away in our Murfreesboro hospice suite on Mother\'s Day, two weeks after her hundred-and-fourth birthday. 🌷 Her great-granddaughter Aaliyah sang "Precious Lord" at her bedside.',
    [
        ("NAME", "Ollie Mae Gaither"),
        ("DATE", "Mother's Day"),
        ("AGE", "hundred-and-fourth"),
        ("NAME", "Aaliyah"),
    ],
    note="death on Mother's Day, ordinal age in words, great-granddaughter",
)

# 224
n(
    "en",
    "public_figure",
    "Former President Jimmy Carter chose hospice care at home in Plains, Georgia, and lived 22 more months, celebrating his 100th birthday on October 1, 2024. 🌻 Hospice can mean living well. Learn about ours: 615-555-0100.",
    "public figure's age and birthday",
)

# 225
p(
    "en",
    "patient_story",
    "Eli Friedman-Okoro was 9 days old when our team repaired his heart. His mom, Prof. Miriam Friedman of the university's history department, and his dad, Chidi Okoro, say they'll be back every May 5, Eli's \"heart day,\" with donuts for 4 South. 🍩",
    [
        ("NAME", "Eli Friedman-Okoro"),
        ("NAME", "Eli", "*"),
        ("NAME", "Miriam Friedman"),
        ("NAME", "Chidi Okoro"),
        ("DATE", "May 5"),
    ],
    note="hyphenated name, parents (a professor who is not our staff), surgery date",
)

# 226
n(
    "en",
    "staff_spotlight",
    "Dr. Chidi Ezeh, professor of medicine and chair of our Department of Cardiology, was a proud dad this weekend: his daughter Amara finished the Country Music Marathon in 3:41! 🏃‍♀️ Congrats, Amara, and Dr. Ezeh, you're next.",
    "staff professor and his own daughter",
)

# 227
p(
    "es",
    "discharge",
    "¡Nos vamos a casa! 🏡 Después de 45 días en la UCIN, la pequeña Abril Medina Soto por fin duerme en su cunita en Murfreesboro. Nació el 1 de abril, por eso se llama Abril. 🌷 Gracias a las enfermeras Lupe y Dani.",
    [
        ("NAME", "Abril Medina Soto"),
        ("NAME", "Abril", "*"),
        ("GEO", "Murfreesboro"),
        ("DATE", "1 de abril"),
    ],
    note="a name that is a month, home town, birth date; the nurses are staff",
)

# 228
n(
    "es",
    "discharge",
    "Hoy una bebita que nació con solo 23 semanas se fue a casa después de 4 meses en nuestra UCIN. 💜 Sus papás nos pidieron no dar su nombre, pero sí dar las gracias a todo el equipo. ¡Los milagros existen!",
    "anonymous NICU discharge",
)

# 229
p(
    "en",
    "pasted_record",
    "Note to self: proofread before posting 🤦‍♀️ Deleted text: 'ED bed 7: GRAYSON, LUCINDA (MRN 61730085), 93F, fall at Stones River Manor; daughter Joan en route from Tullahoma, cell 931-555-0120.'",
    [
        ("OTHER_ID", "bed 7"),
        ("NAME", "GRAYSON, LUCINDA"),
        ("MRN", "61730085"),
        ("AGE", "93F"),
        ("GEO", "Stones River Manor"),
        ("NAME", "Joan"),
        ("GEO", "Tullahoma"),
        ("PHONE", "931-555-0120"),
    ],
    note="ED note: bed, name, MRN, age token 93F, her nursing home, daughter's town and cell",
)

# 230
n(
    "en",
    "health_tip",
    "Living in a senior community? 🏠 Ask about night lights, grab bars and a weekly balance class. Our geriatric team visits 12 senior-living centers in Rutherford County; call (615) 555-0112 to add yours.",
    "tip",
)

# 231
p(
    "en",
    "birth_announcement",
    "Christ is risen! ✝️ Hany and Nevine Ghaly want to thank our NICU for their son Pavly, born the night before Coptic Easter and now 6 weeks old and 6 pounds strong. Pavly will be baptized at St. Mina Church in Antioch this Sunday.",
    [
        ("NAME", "Hany"),
        ("NAME", "Nevine Ghaly"),
        ("NAME", "Pavly", "*"),
        ("DATE", "night before Coptic Easter"),
        ("GEO", "Antioch"),
    ],
    note="parents and baby, birth date as a holiday phrase, the family church's town; greeting not labelled",
)

# 232
n(
    "en",
    "event",
    "Christ is risen! ✝️ To our Coptic, Ethiopian and Eritrean Orthodox neighbors celebrating Easter today: Ekhristos Anesti! Our Nolensville Pike Clinic reopens Tuesday at 8 a.m.",
    "holiday greeting",
)

# 233
p(
    "en",
    "patient_story",
    "River Cates, 15, was tubing on the Harpeth River near Pegram when he hit his head on a rock on July 4th. Friends pulled him out and LifeFlight brought him to us. River just started 10th grade, and he says the Harpeth can wait till next summer. 🛶",
    [
        ("NAME", "River Cates"),
        ("GEO", "Harpeth River"),
        ("GEO", "Pegram"),
        ("DATE", "July 4th"),
        ("NAME", "River", 3),
        ("GEO", "Harpeth", 2),
    ],
    note="a name that is a word in the name of the river where he was hurt; injury date",
)

# 234
n(
    "en",
    "health_tip",
    "Headed to the river this 4th of July? 🇺🇸 The Harpeth and the Cumberland are running high. Wear a life jacket, never dive into unknown water, and keep your eyes on the kids. Our trauma centers are fully staffed all weekend.",
    "holiday safety; rivers tied to no patient",
)

# 235
p(
    "es",
    "thank_you",
    'compartimos con cariño 💛 "mil gracias a las enfermeras del 4 norte por cuidar a mi abuelito chente 🙏 ya está en casa en smyrna comiendo pozole. #ArribaChente" — su nieta, fernanda',
    [
        ("NAME", "chente"),
        ("GEO", "smyrna"),
        ("NAME", "#ArribaChente"),
        ("NAME", "fernanda"),
    ],
    note="lower-case nickname, home town, name hashtag, granddaughter",
)

# 236
n(
    "es",
    "campaign_hashtag",
    "#ArribaNashville 💪 Gracias a todos los que donaron sangre en la Clínica Nolensville Pike este mes: ¡312 donantes latinos! La próxima colecta es el 9 de agosto. Más información: cbfoundation.org/sangre",
    "campaign hashtag, event date",
)

# 237
p(
    "en",
    "pasted_record",
    "Please ignore the last post, copied from the diabetes clinic chat 😳: 'Ikraan H. (14): Omnipod 5 PDM serial 4G7-1055-8830, Dexcom G7 SN 8JQ2LR9, mom's cell 615 555 0105; school nurse has the backup kit.'",
    [
        ("NAME", "Ikraan H"),
        ("DEVICE", "4G7-1055-8830"),
        ("DEVICE", "8JQ2LR9"),
        ("PHONE", "615 555 0105"),
    ],
    note="first name and initial, device serials, mother's phone",
)

# 238
n(
    "en",
    "event",
    "Registration is open for Camp Sugar Hollow, our week-long camp for kids with type 1 diabetes, June 8–13 in Cannon County! 🏕️ Pumps, CGMs and all. Scholarships: cbfoundation.org/camp or (615) 555-0175.",
    "event dates and venue",
)

# 239
p(
    "en",
    "milestone_birthday",
    'Mam Qadir Bamarni says this was his 100th Newroz, and his first in a hospital bed. 🔥 So the 6 North nurses lit an LED "fire" in his room, and his grandchildren Rezan and Darya danced govend in the hallway. Bijî, Mam Qadir!',
    [
        ("NAME", "Qadir Bamarni"),
        ("NAME", "Qadir", "*"),
        ("AGE", "100th"),
        ("DATE", "Newroz"),
        ("NAME", "Rezan"),
        ("NAME", "Darya"),
    ],
    note="'100th Newroz' states his age; Newroz spent as an inpatient; grandchildren; Mam excluded",
)

# 240
n(
    "en",
    "event",
    "Happy 100th birthday to us! 🎉 Cumberland Bend opened its first 40-bed hospital on March 14, 1925. A century later we're three sites, Nashville, Murfreesboro and Nolensville Pike, and 9,000 employees strong. Thank you, Middle Tennessee! @CumberlandBend @CBHealthMboro",
    "the hospital's own anniversary and handles",
)

if __name__ == "__main__":
    S.main("phi_dev81_source")
