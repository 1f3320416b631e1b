"""Blind development set d67 for the PHI scanner: tests/data/phi_dev67.jsonl.

Organisation: Bayou City Health, Houston, Texas (phi_dev67_org.json): the Gulf Freeway campus
(7300 Gulf Freeway; burn, trauma, NICU), the Sharpstown clinic (6700 Bellaire Blvd) and the Foundation /
Hurricane Recovery Clinic office (2815 Telephone Rd); nine 713-555-01xx lines, three domains, four handles.
Focus: Vietnamese, Nigerian (Yoruba, Igbo, Hausa), Mexican, Salvadoran and Pakistani families; refinery,
ship-channel, dock and plant injuries; hurricanes (Harvey, Beryl...) and floods; the rodeo; Vietnamese
names with and without diacritics, Yoruba tone marks, Spanish double and married surnames.
Hard cases: names that are words, weekdays, months or places (Blessing, Precious, Sunday, Abril, Danish,
Victoria from Victoria, bao, Dolores, Milagros); nicknames and names only in hashtags (also punning and
lower-case ones); chart lines ("PHAM, VAN LONG", "GUIDRY, ALPHONSE J JR"); initials (Mr. C., A.O.);
hyphenated and double surnames; relatives in passing; staff, a volunteer chaplain, a local DJ and an
ex-Oilers player as patients; dates as numbers, ordinals, ISO, days of the month, Spanish dates, months
alone and holidays that are the patient's day (Tết, Eid, Go Texan Day, Juneteenth, Nochebuena, Día de
Reyes); ages over 89 as digits, words, ordinals, 94yo, 99-year-old, centenarian/centenaria/nonagenarian;
family phones, fax, e-mails, fundraiser URLs, an IP next to the hospital's own; MRNs, DUI, police case,
wristband, encounter, isolette, bed and room ids in odd formats. Hard negatives: staff with the same names
as patients, volunteers over 90, donors and family foundations, sponsors that are also patients'
employers, historical and public figures (DeBakey, Romero, Selena, Jimmy Carter at 100), eponyms (Kawasaki,
Chagas, Hansen, Guillain-Barré, Tommy John), storm-name and mascot hashtags (#HarveyStrong, #TeamAlicia,
#LupitaLaVacuna), awareness days, event dates, 104 degrees, "in her 90s", the hospital's numbers,
addresses, domains and handles.
Language mix: 240 posts, 140 English and 100 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Honorifics, titles and kinship words are outside NAME spans and are not names on their own: Mr., Mrs.,
  Miss, don, doña, Sr., Sra., Salvadoran "niña", Haji, Chief, Pastor, Dr., Vietnamese Bà / Ba / chú /
  Bà Nội, Mama / Baba / aunty, Urdu Ammi / Abbu / dadi. A hashtag built only on such a word
  (#BaNoiStrong, #HappyBirthdayChief) is not a name hashtag.
- Vietnamese and Yoruba names are labelled as written; when the same name appears with and without
  diacritics, both forms are labelled. Generational suffixes (JR, III) are part of the NAME span. In a
  married name the "de" is part of the span ("Mejía de Portillo"); in "X viuda de Y" the word "viuda" is
  descriptive, so "X" and "Y" are two NAME spans.
- A hashtag that puns on the patient's name (#BlessingsOnBlessings, #SundayFunday) is a name hashtag.
  The same string used as an ordinary word (Sunday the weekday, "Thu" in Tết Trung Thu) is not labelled.
- Role priority: staff, volunteers and public figures who are our patients are labelled as patients; a
  staff member introduced as a patient's relative (an ER tech whose mother died in our hospice) is
  labelled as a relative. The hospital itself is never labelled, even as a patient's employer.
- Employers (holdout decision) include former employers and the team a retired player played for
  (Houston ISD, Oilers); the same companies named as sponsors are not labelled.
- GEO also covers the town of the patient's workplace injury (Pasadena, Deer Park, Baytown), the street
  or town of the patient's own business, the road, freeway or bayou where the patient was hurt or
  rescued (Beltway 8, Brays Bayou, Gulf Freeway, "la 610"), and relatives' home cities. "Houston" is GEO
  when it is given as the patient's home city; it is not when it names the hospital's city, a fire
  department or a population. Sharpstown, Gulf Freeway and Bellaire are GEO only when they locate the
  patient, never when they name the clinic or the campus. The site of a public incident in a crisis
  update about unnamed patients is not GEO; a nameless story with a home neighbourhood is GEO.
- Ages: a decade ("in her 90s", "noventa y tantos") is the aggregated 90+ group and is not labelled; a
  specific age token over 89 is AGE even for an unnamed patient ("a 99-year-old veteran", "tenía 104").
- Dates: articles and weekdays are outside the span ("the 14th" -> "14th", "el día 5" -> "día 5", "el
  sábado 21" -> "21"); a range "del 3 al 19 de abril" is two spans, "3" and "19 de abril". A holiday
  the patient spent as an inpatient ("spent Christmas in our ICU") is DATE; a holiday just before or
  after the event (Navidad two minutes after a birth, a festival after discharge) is not. Storm names,
  seasons and decades are never dates.
- Ids: national ID numbers (Salvadoran DUI), police case numbers, wristband and encounter numbers,
  portal user names and social handles are OTHER_ID, value only; NICU isolettes are labelled with their
  keyword like beds; licence and plate numbers exclude the state ("TX").
- The names of schools, clubs and bands are not identifiers; a school's neighbourhood is GEO.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev67.jsonl"), os.path.join(HERE, "phi_dev67_org.json"), "d67")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    'Meet Chinedu "CJ" Okonkwo-Bello, a pipefitter at Gulfstar Refining in Pasadena who came to our '
    "Gulf Freeway burn unit on March 3 with flash burns over 30% of his body. 41 days, 6 surgeries and "
    "one very loud family later, CJ walked out through a tunnel of nurses. His wife Adaeze says the Igbo "
    "word for it is Chukwudi: God exists. #CJStrong",
    [
        ("NAME", 'Chinedu "CJ" Okonkwo-Bello'),
        ("NAME", "CJ", "*"),
        ("NAME", "Gulfstar Refining"),
        ("GEO", "Pasadena"),
        ("DATE", "March 3"),
        ("NAME", "Adaeze"),
        ("NAME", "#CJStrong"),
    ],
    note="patient's full name with quoted nickname and the nickname again; his employer (NAME) and the "
    "town of his workplace injury (GEO); admission date; wife's first name; name hashtag. 'Chukwudi' is "
    "quoted as a word (God exists), not a person; 'Gulf Freeway burn unit' is the hospital.",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Staff spotlight: Nurse Manager Ngozi Eze, RN, has run our Gulf Freeway burn unit for 12 years. Born "
    "in Enugu, trained in Lagos and Houston, she still makes jollof for the whole night shift every July "
    "4th. Thank you, Ngozi! #BayouCityNurses",
    "a nurse manager's name, birthplace and a holiday she cooks on: staff details, never labelled",
)

# 3
p(
    "es",
    "thank_you",
    "¡Gracias a la familia Hernández Alvarado por esta carta tan bonita! Don José Roberto pasó 19 días en "
    "la habitación 512 después de la inundación en Kashmere Gardens y hoy regresa a casa. 💙 #BayouCityHealth",
    [
        ("NAME", "Hernández Alvarado"),
        ("NAME", "José Roberto"),
        ("OTHER_ID", "habitación 512"),
        ("GEO", "Kashmere Gardens"),
    ],
    note="family double surname and the patient's given names (without 'Don'); his room with its keyword; "
    "the neighbourhood where his home flooded",
)

# 4
n(
    "es",
    "health_tip",
    "Temporada de huracanes: el agua de inundación puede contener químicos de las refinerías y aguas "
    "negras. No camine ni maneje por calles inundadas. Dudas de salud las 24 horas: 713-555-0189. "
    "Emergencias: 911.",
    "storm-safety tip; the hospital's nurse line and 911",
)

# 5
p(
    "en",
    "milestone_birthday",
    "Happy 102nd birthday to Mrs. Trần Thị Bảy (Ba Bay to all of Alief)! She was born on Tết, left Saigon "
    "by boat in 1975, and still beats our therapists at Chinese chess. Chúc mừng sinh nhật, Bà Bảy! 🎂",
    [
        ("AGE", "102nd"),
        ("NAME", "Trần Thị Bảy"),
        ("NAME", "Bay"),
        ("NAME", "Bảy", "*"),
        ("GEO", "Alief"),
        ("DATE", "Tết"),
        ("GEO", "Saigon"),
    ],
    note="age over 89 as an ordinal; Vietnamese full name with diacritics, the same given name without "
    "diacritics and again with them (the honorifics Mrs., Ba and Bà are not part of the span); her "
    "neighbourhood; Tết is her birthday, so it is a date; the foreign city she came from. 1975 is a bare year.",
)

# 6
n(
    "en",
    "public_figure",
    "Ramadan starts this week. Houston's own Hakeem Olajuwon famously played NBA games while fasting, but "
    "if you have diabetes or kidney disease, talk to your doctor first. Our Sharpstown dietitians can help "
    "you plan suhoor and iftar. 🌙",
    "a public figure and a religious season; health advice, no patient",
)

# 7
p(
    "es",
    "pasted_record",
    "Nota de alta — PHAM, VAN LONG / MRN 0048-2217 / FN 14/08/1961 / cama 4B, 6 Norte / Dx: quemadura "
    "química (planta de Deer Park) / contacto: hija Thuy 832-555-0147",
    [
        ("NAME", "PHAM, VAN LONG"),
        ("MRN", "0048-2217"),
        ("DATE", "14/08/1961"),
        ("OTHER_ID", "cama 4B"),
        ("GEO", "Deer Park"),
        ("NAME", "Thuy"),
        ("PHONE", "832-555-0147"),
    ],
    note="pasted discharge note: chart-style name, MRN value, birth date with its year, bed with keyword, "
    "town of the plant where he was burned, daughter's name and phone. '6 Norte' is a hospital unit.",
)

# 8
n(
    "en",
    "event",
    "Rodeo week is here! Join us Friday 2/28 at the Sharpstown clinic (6700 Bellaire Blvd) for free "
    "boot-scootin' blood pressure checks from 9 to 1. Wear your best Go Texan gear 🤠 #GoTexanDay",
    "event date, the clinic's own address and a rodeo hashtag",
)

# 9
p(
    "en",
    "discharge",
    "HE'S GOING HOME!!! Little Bilal Raza, born at 26 weeks on Eid al-Fitr, graduated from our NICU today "
    "after 97 days. Ammi and Abbu, thank you for trusting us with your boy. #BilalsBigDay #NICUgrad",
    [("NAME", "Bilal Raza"), ("DATE", "Eid al-Fitr"), ("NAME", "#BilalsBigDay")],
    note="baby's name ('Little' excluded); he was born on Eid al-Fitr, a holiday that is his birth date; "
    "name hashtag. '97 days' is a length of stay; Ammi/Abbu are kinship words, not names.",
)

# 10
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Guadalupe 'Lupita' Treviño Garza, jefa de Urgencias en nuestro campus Gulf "
    "Freeway. Nació en Monterrey, creció en Magnolia Park y cada 12 de diciembre llega con pan dulce para "
    "todo el turno. 🌹",
    "a doctor's name, birthplace, neighbourhood and the feast day she celebrates: staff, never labelled",
)

# 11
p(
    "en",
    "memorial",
    "We lost a member of our own family this week. Pastor Samuel Adébáyọ̀ Ogunleye, our volunteer chaplain "
    "for 20 years, died in our ICU on Sunday, Sept. 8, surrounded by his wife Folasade and their five "
    "children. Sùn re o, Baba. 🕊️",
    [("NAME", "Samuel Adébáyọ̀ Ogunleye"), ("DATE", "Sept. 8"), ("NAME", "Folasade")],
    note="a volunteer who died as our patient is a patient: Yoruba name with tone marks (title 'Pastor' "
    "excluded), date of death (the weekday is not labelled), wife's name. 'Baba' (father) is a form of address.",
)

# 12
n(
    "en",
    "anonymous_story",
    "Last night a mom barely made it to our Gulf Freeway ER during the storm. Our team delivered a "
    "healthy 7 lb girl in the ambulance bay at 2:14 a.m. Mom and baby are doing great. 💕",
    "anonymous birth: 'last night', a time and a weight identify no one; the ER and ambulance bay are ours",
)

# 13
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Guadalupe Esperanza! 🌹 Nació el 12 de diciembre, Día de la Virgen de Guadalupe, "
    "en nuestro campus Gulf Freeway. Sus papás, Rosario y Efraín, dicen que no había otro nombre posible.",
    [
        ("NAME", "Guadalupe Esperanza"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Rosario"),
        ("NAME", "Efraín"),
    ],
    note="baby's names; birth date written twice (the date and the feast day named for it), both DATE; "
    "parents' first names",
)

# 14
n(
    "es",
    "campaign_hashtag",
    "Siete años después de Harvey seguimos aquí. Gracias, Houston. #HarveyStrong #BayouStrong #FuerzaHouston",
    "Harvey is a hurricane; the hashtags are campaign tags, not a patient's name",
)

# 15
p(
    "en",
    "pasted_record",
    "oops wrong window 🙈 -> 'Hi Dr. Qureshi, this is Zainab Malik's daughter, can you call me back at "
    "281-555-0193 about her potassium? my portal login is zmalik_fam'",
    [("NAME", "Zainab Malik"), ("PHONE", "281-555-0193"), ("OTHER_ID", "zmalik_fam")],
    note="a pasted portal message: the patient's name (possessive excluded), the daughter's phone and the "
    "portal user name (OTHER_ID). Dr. Qureshi is staff.",
)

# 16
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease isn't about motorcycles 🏍️. It's an inflammation of blood vessels in young kids: "
    "fever 5+ days, red eyes, cracked lips, rash. Dr. Minh-Anh Vu, our pediatric cardiologist, explains "
    "what parents should watch for 👇 bayoucityhealth.org/kawasaki",
    "eponymous condition, a staff doctor and the hospital's domain",
)

# 17
p(
    "en",
    "thank_you",
    "To the crew of Engine 23 and to Tuan and Long from our trauma team: the Nguyen family of Edgebrook "
    "says cảm ơn for everything you did for their dad after the I-45 crash on the 14th. 🙏",
    [("NAME", "Nguyen"), ("GEO", "Edgebrook"), ("GEO", "I-45"), ("DATE", "14th")],
    note="family surname, their neighbourhood, the road of the patient's crash and the day of the month of "
    "the crash. Tuan and Long are staff; Engine 23 is a fire unit.",
)

# 18
n(
    "es",
    "recruitment",
    "¿Hablas vietnamita, yoruba, urdu o español? Buscamos intérpretes médicos certificados para Sharpstown "
    "y Gulf Freeway. Aplica en bayoucityhealth.org/empleos o llama al 713-555-0100. #TrabajaConNosotros",
    "recruitment; hospital domain and switchboard",
)

# 19
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 95 a doña Socorro Mejía de Portillo! Nació en San Miguel, El Salvador, un 2 "
    "de noviembre, Día de los Difuntos, y dice que por eso la muerte le tiene miedo. 😂 Hoy la visitaron "
    "sus 14 nietos en la habitación 230.",
    [
        ("AGE", "95"),
        ("NAME", "Socorro Mejía de Portillo"),
        ("GEO", "San Miguel"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de los Difuntos"),
        ("OTHER_ID", "habitación 230"),
    ],
    note="age over 89; married name with 'de' ('doña' excluded); foreign birth city (the country is not "
    "GEO); birth date and the holiday naming the same day; room",
)

# 20
n(
    "en",
    "statistic",
    "In 2024 our Gulf Freeway burn unit treated 312 patients from refinery, ship-channel and petrochemical "
    "jobs. 1 in 4 were under 30. Protect your skin: FR clothing, face shields, and never skip the safety brief.",
    "aggregate statistic",
)

# 21
p(
    "en",
    "patient_story",
    "Three weeks ago Blessing Adeyemi-Cole was a 911 call from a flooded Beltway 8 underpass. Today she's "
    "teaching our rehab team Nigerian line dances. Blessing, you are well named. 💛 #BlessingsOnBlessings",
    [
        ("NAME", "Blessing Adeyemi-Cole"),
        ("NAME", "Blessing", "*"),
        ("GEO", "Beltway 8"),
        ("NAME", "#BlessingsOnBlessings"),
    ],
    note="a given name that is an ordinary word, hyphenated surname; the road where she was trapped; a "
    "hashtag punning on her name is a name hashtag",
)

# 22
n(
    "en",
    "public_figure",
    "#BlackHistoryMonth in the Bayou City: Houston's heart-surgery story didn't start or end with DeBakey "
    "and Cooley. All month we're sharing the stories of the Black nurses who staffed the Jefferson Davis "
    "Hospital wards in the 1950s. 🖤",
    "historical figures and a hospital named for one",
)

# 23
p(
    "es",
    "discharge",
    "¡A casa! 🏠 Después de 63 días, el pequeño Matías 'Mati' Chicas Rivas sale hoy de la UCI neonatal. "
    "Nació el 28 de octubre con 1 libra 9 onzas. Su mamá Yesenia nos pidió compartir esta foto con todos "
    "los que rezaron por él. #FuerzaMati",
    [
        ("NAME", "Matías 'Mati' Chicas Rivas"),
        ("DATE", "28 de octubre"),
        ("NAME", "Yesenia"),
        ("PHOTO", "foto"),
        ("NAME", "#FuerzaMati"),
    ],
    note="baby's full name with nickname and double surname ('el pequeño' excluded); birth date; mother; "
    "the attached photo of the baby; name hashtag",
)

# 24
n(
    "es",
    "anonymous_story",
    "Anoche, durante la tormenta, una paciente de noventa y tantos años nos pidió que le cantáramos 'Las "
    "Mañanitas' porque era su cumpleaños. Todo el turno de noche cantó. 🎶",
    "an unnamed patient 'of ninety-something years': a decade, not an age token (set decision); 'anoche' "
    "is relative",
)

# 25
p(
    "en",
    "pasted_record",
    "ADMIT: NGUYEN, THI HONG NHUNG  DOB 02/11/1958  MRN#: BCH-7781093  Rm 617-B  Ins: Medicaid ID "
    "509981276  EC: NGUYEN VAN HAI (spouse) 713-555-0152",
    [
        ("NAME", "NGUYEN, THI HONG NHUNG"),
        ("DATE", "02/11/1958"),
        ("MRN", "BCH-7781093"),
        ("OTHER_ID", "Rm 617-B"),
        ("HEALTH_PLAN", "509981276"),
        ("NAME", "NGUYEN VAN HAI"),
        ("PHONE", "713-555-0152"),
    ],
    note="pasted admission line: chart name, DOB, MRN, room, Medicaid ID, spouse's name and phone (a 713 "
    "number that is not the hospital's)",
)

# 26
n(
    "en",
    "hospital_contact",
    "Flooding on the Gulf Freeway feeder near our campus. Patients with appointments today at 7300 Gulf "
    "Freeway: please call 713-555-0100 before heading out. Sharpstown clinic (713-555-0124) is open normal "
    "hours. Updates: @BayouCityHealth",
    "the hospital's own address, numbers and handle",
)

# 27
p(
    "es",
    "thank_you",
    "Querida enfermera Thuy: mi papá, Francisco Javier Ramírez Cuéllar, nunca olvidará cómo le hablaste en "
    "español a las 3 de la mañana. Lo dieron de alta el 6 de enero, Día de Reyes: el mejor regalo. Con "
    "cariño, su hija Marisol 💐",
    [
        ("NAME", "Francisco Javier Ramírez Cuéllar"),
        ("DATE", "6 de enero"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Marisol"),
    ],
    note="patient's full name; discharge date and the holiday naming the same day; daughter's name. "
    "Nurse Thuy is staff.",
)

# 28
n(
    "es",
    "eponymous_condition",
    "¿Parálisis de Bell o derrame cerebral? Si la cara se cae de un solo lado, no espere: llame al 911. "
    "Nuestra neuróloga, la Dra. Farah Siddiqui, explica las diferencias en este video. 🎥",
    "eponymous condition, a staff doctor, and a video of the doctor (not of a patient)",
)

# 29
p(
    "en",
    "milestone_birthday",
    "Ninety-one years young and still riding in the Rodeo parade! Happy birthday to trail rider Mr. Odell "
    "Batiste of Fifth Ward, who's recovering from a hip repair on 5 West. Mr. B, the Prairie View Trail "
    "Riders say hurry back. 🐴 #RodeoHouston",
    [("AGE", "Ninety-one"), ("NAME", "Odell Batiste"), ("GEO", "Fifth Ward"), ("NAME", "B")],
    note="age over 89 in words; patient's name; his neighbourhood; an initial used for him. 5 West is a "
    "unit; the trail-ride club is a team name, not an identifier.",
)

# 30
n(
    "en",
    "staff_spotlight",
    "Meet Oluwaseun 'Seun' Adebayo, PharmD: our Sharpstown clinic pharmacist, Army veteran, and proud dad "
    "of twins born on Valentine's Day. Seun runs our free medication check every 2nd Saturday. 💊",
    "a pharmacist and his own children's birthday: staff family, never labelled",
)

# 31
p(
    "en",
    "crisis_update",
    "Update on last night's tank fire: three workers are in our burn unit, two in fair condition. At his "
    "family's request we can share that Ricardo Salinas Peña, 34, is awake and asking for his daughters. "
    "Families, please call 713-555-0136. Media: 713-555-0142.",
    [("NAME", "Ricardo Salinas Peña")],
    note="a named patient in a crisis update; 34 is under 90; the numbers are the hospital's",
)

# 32
n(
    "es",
    "crisis_update",
    "Actualización 6:00 p.m.: recibimos a 7 trabajadores del incendio en el Canal de Navegación. Cuatro ya "
    "fueron dados de alta. Familiares: llamen al 713-555-0158 (línea en español). No vengan a Urgencias "
    "sin llamar primero.",
    "group of unnamed patients; the site of a public incident is news, not a patient's geography",
)

# 33
p(
    "es",
    "pasted_record",
    "Reenviado por error, disculpen 🙏: 'Paciente: Qureshi, Ayesha Bibi — Exp. 00917734 — Seguro: "
    "Community Health Choice #CHC-44810276 — Tel. casa 281-555-0118 — Dirección: 10422 Beechnut St, Apt 7, "
    "77072'",
    [
        ("NAME", "Qureshi, Ayesha Bibi"),
        ("MRN", "00917734"),
        ("HEALTH_PLAN", "CHC-44810276"),
        ("PHONE", "281-555-0118"),
        ("GEO", "10422 Beechnut St, Apt 7"),
        ("GEO", "77072"),
    ],
    note="chart-style name, record number (expediente), plan member id (value only), home phone, street "
    "with number and apartment, ZIP",
)

# 34
n(
    "en",
    "research",
    "New from our trauma research team: after Hurricane Beryl, carbon monoxide poisonings from generators "
    "jumped 4x in Harris County. Lead author Dr. Chidi Nwosu: 'Never run a generator in a garage, even with "
    "the door open.' Full study: bayoucityhealth.org/research",
    "research news about a county population; staff author",
)

# 35
p(
    "en",
    "thank_you",
    "shoutout to our fave frequent flyer mr. pete delacruz 😂 who brought kolaches for the whole 4th floor "
    "on his way out today. see u never pete (in the best way) 💙",
    [("NAME", "pete delacruz"), ("NAME", "pete", "*")],
    note="lower-case patient name and first name",
)

# 36
n(
    "en",
    "staff_spotlight",
    "Our longest-serving volunteer, Mrs. Lottie Broussard, turned 96 this week and still works the Gulf "
    "Freeway info desk every Tuesday. Happy birthday, Miss Lottie! 🎉 Want to join her? Call 713-555-0177.",
    "a volunteer over 90: not a patient, so neither her name nor her age is labelled",
)

# 37
p(
    "es",
    "patient_story",
    "Esta es la historia de Neftalí, un pescador de Kemah que el 9 de julio, con el huracán Beryl encima, "
    "sacó a sus vecinos en su lancha hasta que una rama le rompió la pierna. Hoy camina otra vez. 🚤 "
    "#NeftalíHéroe",
    [("NAME", "Neftalí"), ("GEO", "Kemah"), ("DATE", "9 de julio"), ("NAME", "#NeftalíHéroe")],
    note="patient's first name, home town, date of injury, name hashtag; Beryl is the storm",
)

# 38
n(
    "es",
    "event",
    "🎉 Feria de salud comunitaria el sábado 15 de marzo en nuestra clínica de Sharpstown, 6700 Bellaire "
    "Blvd. Vacunas, presión arterial, pruebas de azúcar y asesoría de Medicaid. Gratis. ¡Traiga a toda la "
    "familia!",
    "event date and the clinic's own address",
)

# 39
p(
    "en",
    "birth_announcement",
    "It's a girl, and she picked her own birthday! Baby Adaeze Chiamaka Obi arrived 4/4 at 4:44 a.m. "
    "weighing 4 lb 4 oz in room 444 😱. Congratulations to mom Ifeoma and dad Nnamdi! Numbers people, do "
    "your thing.",
    [
        ("NAME", "Adaeze Chiamaka Obi"),
        ("DATE", "4/4"),
        ("OTHER_ID", "room 444"),
        ("NAME", "Ifeoma"),
        ("NAME", "Nnamdi"),
    ],
    note="baby's Igbo names, birth date, room, parents' names; time and weight are not identifiers",
)

# 40
n(
    "en",
    "campaign_hashtag",
    "Every stitch, every shift, every storm. #TeamBCH #GraceUnderPressure #HopeFloats 💙",
    "campaign hashtags that contain words that are also names",
)

# 41
p(
    "es",
    "memorial",
    "Con profundo dolor despedimos a Tomasa 'Tommy' Villatoro, nuestra compañera de limpieza por 22 años, "
    "que falleció en nuestra UCI el pasado 18 de agosto. Tommy, tu risa sigue en los pasillos. Descansa "
    "en paz. 🕯️",
    [("NAME", "Tomasa 'Tommy' Villatoro"), ("NAME", "Tommy", "*"), ("DATE", "18 de agosto")],
    note="a staff member who died as our patient: her name and nickname, date of death",
)

# 42
n(
    "es",
    "event",
    "¿Hoy nos visitó Selena? No, ¡algo mejor! 😄 El Mariachi Femenil Tesoro cantó en el piso de pediatría "
    "por el Día del Niño. Gracias, muchachas.",
    "a public figure named in a joke, a visiting band and an awareness day",
)

# 43
p(
    "en",
    "discharge",
    "With his permission: our friend on KHTX's morning show, Michael 'Big Mike' Okafor, went home today "
    "after a triple bypass at our Gulf Freeway heart center. Mike wants y'all to know he's switching from "
    "boudin to boiled crawfish. (Dr. Pham says: not enough.) 😂",
    [("NAME", "KHTX"), ("NAME", "Michael 'Big Mike' Okafor"), ("NAME", "Mike", "*")],
    note="a local public figure who is our patient: his employer (NAME), his name with nickname and the "
    "short name. Dr. Pham is staff.",
)

# 44
n(
    "en",
    "health_tip",
    "Heat index 110° on the ship channel today. Refinery and dock crews: drink water every 15 min, shade "
    "breaks every hour, and know the signs of heat stroke: confusion, no sweating, hot red skin. Call 911. "
    "Questions? Nurse line (713) 555-0189.",
    "heat tip; the hospital's nurse line",
)

# 45
p(
    "en",
    "patient_story",
    "Haji Muhammad Arif Sheikh, 94, a retired schoolteacher from Karachi, taught our whole cardiac floor to "
    "say shukriya before he went home to Sugar Land on Friday. His grandson Danish (yes, like the pastry) "
    "translated everything. 🇵🇰",
    [
        ("NAME", "Muhammad Arif Sheikh"),
        ("AGE", "94"),
        ("GEO", "Karachi"),
        ("GEO", "Sugar Land"),
        ("NAME", "Danish"),
    ],
    note="name ('Haji' is a title; 'Sheikh' here is his surname), age over 89, foreign city of origin, home "
    "city, grandson whose name is an ordinary word",
)

# 46
n(
    "es",
    "health_tip",
    "Ramadán y diabetes: si ayuna, hable con su médico antes de empezar. Nuestras educadoras en Sharpstown "
    "atienden en urdu, inglés y español. Citas: 713-555-0124.",
    "health tip; clinic number",
)

# 47
p(
    "es",
    "birth_announcement",
    "BIENVENIDO AL MUNDO, SANTIAGO DE JESÚS!!! 💙 nació el 16/09, un día después de la independencia de El "
    "Salvador, y su abuelita doña Chayo ya le compró su camiseta de la Selecta 🇸🇻",
    [("NAME", "SANTIAGO DE JESÚS"), ("DATE", "16/09"), ("NAME", "Chayo")],
    note="all-caps baby name, birth date, grandmother's nickname. The independence holiday is the day "
    "before the birth, so it is not his date.",
)

# 48
n(
    "en",
    "anonymous_story",
    "A patient in her 90s asked our night nurse to read her the Houston Chronicle every morning. Eight "
    "weeks later she went home, and the nurse still mails her the crossword. 📰",
    "'in her 90s' is a decade (the aggregated 90+ group), not an age token (set decision); no other identifier",
)

# 49
p(
    "en",
    "pasted_record",
    "LOL this was supposed to go to the charge nurse group chat 🤦 '4N bed 9 = ADEBAYO, OLUWATOYIN F. "
    "fall 10/3, hx Parkinson's, daughter Kemi at kemi.adebayo84@gmail.com wants updates'",
    [
        ("OTHER_ID", "bed 9"),
        ("NAME", "ADEBAYO, OLUWATOYIN F."),
        ("DATE", "10/3"),
        ("NAME", "Kemi"),
        ("EMAIL", "kemi.adebayo84@gmail.com"),
    ],
    note="bed with keyword (4N is a unit), chart name with initial, date of the fall, daughter's name and "
    "e-mail; Parkinson's is an eponym",
)

# 50
n(
    "en",
    "event",
    "June 27 is PTSD Awareness Day. After Harvey, Imelda, Ike and Beryl, a lot of Gulf Coast families "
    "carry storm trauma. Our free Hurricane Recovery Clinic meets Thursdays at 2815 Telephone Rd. "
    "#PTSDAwarenessDay",
    "awareness day; storm names; the hospital's own address",
)

# 51
p(
    "es",
    "thank_you",
    "Un agradecimiento especial al Sr. Lê Văn Phúc, que terminó sus sesiones de diálisis con nosotros, y "
    "a su esposa, la Sra. Hoa, que vinieron desde Bellaire a traer bánh mì para todo el equipo. 🥖 ¡Cảm "
    "ơn, Sr. Phúc!",
    [("NAME", "Lê Văn Phúc"), ("NAME", "Phúc", "*"), ("NAME", "Hoa"), ("GEO", "Bellaire")],
    note="Vietnamese name with diacritics and the given name again; wife's name; their home city",
)

# 52
p(
    "es",
    "statistic",
    "En 2024 atendimos a 1,204 pacientes mayores de 90 años en nuestras dos sedes. El mayor de todos tenía "
    "104. Los adultos mayores merecen atención sin prisa. #MesDelAdultoMayor",
    [("AGE", "104")],
    note="the population age ('mayores de 90 años') is not labelled, but the age of one specific unnamed "
    "patient over 89 is AGE",
)

# 53
p(
    "en",
    "memorial",
    "Rest well, Mama Nkechi. Mrs. Nkechinyere Okoro-Eze, 89, mother of our ER tech Chidi, passed in our "
    "hospice on Christmas Day, the day she always called her 'second birthday.' Odinakachukwu. 🕊️",
    [
        ("NAME", "Nkechi"),
        ("NAME", "Nkechinyere Okoro-Eze"),
        ("NAME", "Chidi"),
        ("DATE", "Christmas Day"),
    ],
    note="patient's short name and full name; her son is staff but here he is a patient's relative, so "
    "labelled; date of death. 89 is not over 89; 'Odinakachukwu' is used as a phrase.",
)

# 54
n(
    "en",
    "staff_spotlight",
    "Congrats to Dr. Trần Minh Khôi (Dr. Tran to most of you) on 25 years with Bayou City Health! He has "
    "delivered half of Alief, including, he reminds us, two of our current residents. 🎉",
    "a doctor's name with and without diacritics; the neighbourhood is about his work, not a patient",
)

# 55
p(
    "en",
    "discharge",
    "Sunday went home on Sunday. 😄 After 5 weeks in our burn unit, welder Sunday Okon (Gulfstar Refining, "
    "Baytown) is back with his family. He asked us to thank 'everyone in blue and everyone in pink.' "
    "#SundayFunday",
    [
        ("NAME", "Sunday", 1),
        ("NAME", "Sunday Okon"),
        ("NAME", "Gulfstar Refining"),
        ("GEO", "Baytown"),
        ("NAME", "#SundayFunday"),
    ],
    note="a name that is a weekday: the name is labelled, the weekday is not; employer and town of his "
    "workplace; a hashtag built on his name",
    ok=("Sunday",),
)

# 56
n(
    "es",
    "research",
    "Nuevo estudio de Bayou City Health con la Universidad de Houston: los trabajadores hispanos de "
    "refinerías tienen 3 veces más riesgo de golpe de calor. Investigadora principal: Dra. Marisela "
    "Zúñiga. Lea más en bayoucityhealth.org/investigacion",
    "research news; staff investigator",
)

# 57
p(
    "en",
    "patient_story",
    "Round 6 of chemo DONE and ringing that bell like it owes her money 🔔🔔🔔 #PrayersForPhuong "
    "#TeamPhuong #BCHCancerCenter",
    [("NAME", "#PrayersForPhuong"), ("NAME", "#TeamPhuong")],
    note="the patient is named only in hashtags; #BCHCancerCenter is the hospital's",
)

# 58
n(
    "en",
    "campaign_hashtag",
    "Our Sharpstown team walked 5K for breast cancer awareness this morning! #TeamBCH #PinkOnBellaire "
    "#StrongerTogether 💗",
    "campaign hashtags",
)

# 59
p(
    "es",
    "pasted_record",
    "(Borrador interno, no publicar) Paciente Hernández, Ana Cecilia — marcapasos Medtronic serie "
    "PJN778812H — llegó en camioneta con placas 9KLM-442 de Texas — la trajo su cuñado Wilber.",
    [
        ("NAME", "Hernández, Ana Cecilia"),
        ("DEVICE", "PJN778812H"),
        ("VEHICLE", "9KLM-442"),
        ("NAME", "Wilber"),
    ],
    note="chart name, pacemaker serial, plate, brother-in-law's name",
)

# 60
n(
    "es",
    "hospital_contact",
    "¿Necesita copia de su expediente médico? Solicítela en línea en mybayoucity.org o llame al "
    "713-555-0136, de lunes a viernes. Nunca pedimos su número de Seguro Social por redes sociales. 🔒",
    "the hospital's portal domain and number",
)

# 61
p(
    "en",
    "milestone_birthday",
    "Our oldest rodeo fan 🤠 Mr. Eusebio 'Chebo' Garza, 94yo, watched the bull riding from bed 12 last "
    "night with half the 3rd floor crowded around his iPad. Chebo says he grew up riding bulls in "
    "Kingsville until his mother made him stop.",
    [
        ("NAME", "Eusebio 'Chebo' Garza"),
        ("NAME", "Chebo", "*"),
        ("AGE", "94yo"),
        ("OTHER_ID", "bed 12"),
        ("GEO", "Kingsville"),
    ],
    note="name and nickname, age over 89 written as one token '94yo', bed with keyword, the town he grew up in",
)

# 62
n(
    "en",
    "sponsor",
    "Big thanks to Gulfstar Refining and the Ship Channel Contractors Association for sponsoring 500 free "
    "heat-safety kits for Pasadena and Baytown dock workers. 🧊 #WorkSafeHouston",
    "sponsors (companies not tied to any patient here) and towns describing a population of workers",
)

# 63
p(
    "en",
    "patient_story",
    "Victoria is from Victoria. 😄 Victoria Adaora Nwachukwu, 17, drives 2 hours from Victoria, TX, for "
    "her sickle cell care because 'Bayou City gets it.' She turns 18 on Juneteenth, which is also World "
    "Sickle Cell Day. We'll be celebrating both. 🎉",
    [
        ("NAME", "Victoria", 1),
        ("GEO", "Victoria", 2),
        ("NAME", "Victoria Adaora Nwachukwu"),
        ("GEO", "Victoria", 4),
        ("DATE", "Juneteenth"),
        ("DATE", "World Sickle Cell Day"),
    ],
    note="a first name that is also her home town: the name is NAME, the town GEO; her birthday is "
    "Juneteenth, and the awareness day named as the same day is labelled too. 17 is under 90.",
)

# 64
n(
    "en",
    "memorial",
    "Today we remember Dr. Emeka Chukwu, our founding trauma surgeon, who died peacefully at home in "
    "Pearland on April 2 at the age of 93. He trained a generation of Houston surgeons. Our condolences to "
    "his wife Grace and their children. 🕊️",
    "memorial for a staff doctor who was not our patient: his age, date, town and wife are staff details",
)

# 65
p(
    "es",
    "patient_story",
    "Doña Milagros Argueta Romero llegó de Chalchuapa hace 30 años y en marzo, después de un derrame, tuvo "
    "que aprender a hablar otra vez. Hoy nos cantó 'Sombras nada más' completita. Su hija Xiomara lloró. "
    "Nosotros también. 🎤",
    [
        ("NAME", "Milagros Argueta Romero"),
        ("GEO", "Chalchuapa"),
        ("DATE", "marzo"),
        ("NAME", "Xiomara"),
    ],
    note="name (a word, 'miracles') with double surname; foreign home town; the month of her stroke; daughter",
)

# 66
n(
    "es",
    "public_figure",
    "Hoy, 24 de marzo, recordamos a San Óscar Romero, que dio su vida por los pobres de El Salvador. Su "
    "ejemplo inspira a nuestro equipo de capellanía. 🕊️ #SanRomero",
    "a historical figure, his feast day and a hashtag with his name",
)

# 67
p(
    "en",
    "pasted_record",
    "[DRAFT - DO NOT POST] Registration fix needed: Okonjo, Ebere N. / SSN 463-81-2295 / TX DL 31847726 / "
    "DOB 7/19/1972 / acct 4471-20983. Wife (Chiamaka) says the old address on Bissonnet is wrong.",
    [
        ("NAME", "Okonjo, Ebere N."),
        ("SSN", "463-81-2295"),
        ("LICENSE", "31847726"),
        ("DATE", "7/19/1972"),
        ("ACCOUNT", "4471-20983"),
        ("NAME", "Chiamaka"),
        ("GEO", "Bissonnet"),
    ],
    note="pasted registration line: name, SSN, driver's licence number (value only), DOB, account, wife, "
    "the street of his address",
)

# 68
n(
    "en",
    "health_tip",
    "Hurricane season mental health check: it's OK not to be OK. Call or text 988 any time, or reach our "
    "Hurricane Recovery Clinic at 713-555-0163 ext. 2. En español: 713-555-0158.",
    "national line and the hospital's own numbers",
)

# 69
p(
    "en",
    "thank_you",
    "Hero update 🦸 Mr. Trung Hoàng, who pulled two kids out of Brays Bayou during Tuesday's flood and ended "
    "up in our ICU, is awake! The kids' families want to thank him. His son Kevin asked us to share his "
    "number, 832-555-0104, or call patient relations at 713-555-0136.",
    [
        ("NAME", "Trung Hoàng"),
        ("GEO", "Brays Bayou"),
        ("NAME", "Kevin"),
        ("PHONE", "832-555-0104"),
    ],
    note="patient's name, the bayou where he was hurt, his son's name and phone next to the hospital's number",
)

# 70
n(
    "en",
    "anonymous_story",
    "One of our NICU grads from 2019 came back today to read books to the babies. She's 5 now and very "
    "serious about it. 📚 #NICUgrad",
    "anonymous former patient: a bare year and an age under 90",
)

# 71
p(
    "es",
    "discharge",
    "¡¡¡CHUY YA SE VA A CASA!!! 🎉 Jesús 'Chuy' Lara Ochoa, operador de grúa del puerto, se cayó de 6 metros "
    "el 2 de febrero. Hoy, 41 días después, sale caminando. #ChuyVaDeNuevo",
    [
        ("NAME", "CHUY"),
        ("NAME", "Jesús 'Chuy' Lara Ochoa"),
        ("DATE", "2 de febrero"),
        ("NAME", "#ChuyVaDeNuevo"),
    ],
    note="all-caps nickname, full name with nickname, date of the fall, name hashtag",
)

# 72
n(
    "es",
    "event",
    "¡Go Texan Day en Bayou City Health! 🤠 El viernes 28 de febrero todo el personal puede venir con botas "
    "y sombrero. Foto grupal a las 12:00 en el lobby de Gulf Freeway.",
    "staff event date; a group photo of staff is not PHOTO",
)

# 73
p(
    "en",
    "birth_announcement",
    "Born on Go Texan Day in boots (well, almost) 👢 Welcome, Wyatt Huỳnh-Castillo! Mom Lan and dad Rodrigo "
    "met at the rodeo carnival 6 years ago. Room 318 is officially the cutest room on L&D.",
    [
        ("DATE", "Go Texan Day"),
        ("NAME", "Wyatt Huỳnh-Castillo"),
        ("NAME", "Lan"),
        ("NAME", "Rodrigo"),
        ("OTHER_ID", "Room 318"),
    ],
    note="birth date given as a named day; hyphenated Vietnamese-Mexican surname; parents; room",
)

# 74
n(
    "en",
    "recruitment",
    "Now hiring: travel RNs for our Gulf Freeway burn ICU, 13-week contracts starting 3/17. Sign-on bonus "
    "$10K. Apply: bayoucityhealth.org/careers or DM @BayouCityHealth. #NurseJobs #HoustonNurses",
    "recruitment; contract start date; hospital domain and handle",
)

# 75
p(
    "es",
    "memorial",
    "Hasta siempre, don Efrén. 🕯️ Efrén Galdámez Rivas, de 88 años, falleció el día 5 en nuestra unidad de "
    "cuidados paliativos, junto a su esposa Dolores. Gracias a la familia por permitirnos cuidarlo.",
    [
        ("NAME", "Efrén Galdámez Rivas"),
        ("NAME", "Efrén", "*"),
        ("DATE", "día 5"),
        ("NAME", "Dolores"),
    ],
    note="name, day of the month of death ('el' excluded), wife whose name is a word; 88 is not over 89",
)

# 76
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas, transmitida por la chinche besucona, afecta a miles de personas de México y "
    "Centroamérica que viven en Houston. Si tiene dudas, pida la prueba en nuestra clínica de Sharpstown. 🪲",
    "eponymous condition and a population",
)

# 77
p(
    "en",
    "pasted_record",
    "Whoops, IT ticket text pasted here by accident: 'portal acct dami.balogun2 locked, 5 failed logins "
    "from 98.197.44.210, pt Balogun, Oluwadamilare (DOB 11/30/2009), mom requests reset'",
    [
        ("OTHER_ID", "dami.balogun2"),
        ("IP", "98.197.44.210"),
        ("NAME", "Balogun, Oluwadamilare"),
        ("DATE", "11/30/2009"),
    ],
    note="portal user name, the family's IP address, chart name, DOB",
)

# 78
n(
    "en",
    "public_figure",
    "The Houston Texans cheerleaders and a certain large bull mascot stopped by our pediatric floor this "
    "morning. Thanks for the pom-poms, Toro! 🏈",
    "visitors and a mascot",
)

# 79
p(
    "en",
    "memorial",
    "When the Adeyemi family lost their son Tobi in our PICU, they started a fund so other families could "
    "stay close. This year it paid for 212 hotel nights. Give at gofundme.com/f/tobis-room or "
    "bchgives.org/tobi 💛 #TobisRoom",
    [
        ("NAME", "Adeyemi"),
        ("NAME", "Tobi"),
        ("URL", "gofundme.com/f/tobis-room"),
        ("NAME", "#TobisRoom"),
    ],
    note="donors introduced as a patient's family: surname, the patient's name, the family's fundraiser "
    "URL, name hashtag. bchgives.org is the hospital's domain.",
)

# 80
n(
    "en",
    "sponsor",
    "Thank you to the Nguyen-Pham Family Foundation for the new NICU family lounge, opening this week on 4 "
    "North. The lounge is named for their late father, Dr. Pham Van Duc, who ran a clinic in Little Saigon "
    "for 30 years.",
    "donor foundation and the doctor a room is named for: not patients or patients' relatives",
)

# 81
p(
    "es",
    "pasted_record",
    "Mensaje mal enviado 🙈: 'Favor de mandar por fax los resultados de la Sra. Guerrero Cantú a la oficina "
    "de su hijo Armando: 281-555-0166. Ella no tiene correo. Vive en la calle Canal 4418, 77011.'",
    [
        ("NAME", "Guerrero Cantú"),
        ("NAME", "Armando"),
        ("FAX", "281-555-0166"),
        ("GEO", "calle Canal 4418"),
        ("GEO", "77011"),
    ],
    note="patient's surnames, son's name and fax, street with number, ZIP",
)

# 82
n(
    "es",
    "staff_spotlight",
    "Felicidades a nuestra voluntaria Sor María del Carmen Ybarra, que cumplió 91 años y 30 de servicio en "
    "la capilla de Gulf Freeway. ¡Gracias, hermana! 🙏",
    "a volunteer over 90: not a patient",
)

# 83
p(
    "en",
    "patient_story",
    "Mr. C. (he asked us not to use his full name) spent 28 years on oil tankers. On Jan. 9 he had his first "
    "night breathing with his new lungs. He says tell Ms. Rosa at his favorite taquería he's coming back "
    "for barbacoa. 🫁",
    [("NAME", "C"), ("DATE", "Jan. 9")],
    note="an initial used for the patient and the date of his transplant; Ms. Rosa is neither patient nor relative",
)

# 84
n(
    "en",
    "statistic",
    "By the numbers, Hurricane Beryl week: 1,140 ER visits, 86 carbon monoxide cases, 19 chainsaw injuries, "
    "3 babies born during the blackout, 0 staff who went home early. 💪 #BayouStrong",
    "aggregate numbers",
)

# 85
p(
    "en",
    "discharge",
    "after 6 weeks on ECMO, bao is going home to his grandma's pho shop in the Alief area 🍜🍜 #prayforbao "
    "#baostrong",
    [("NAME", "bao"), ("GEO", "Alief"), ("NAME", "#prayforbao"), ("NAME", "#baostrong")],
    note="lower-case Vietnamese name (also a word), the neighbourhood of his home, lower-case name hashtags",
)

# 86
n(
    "es",
    "health_tip",
    "¿Sabía que 1 de cada 3 adultos hispanos en Texas tiene prediabetes? Hágase la prueba gratis en "
    "Sharpstown. Síganos en @BCHSalud para más consejos. 🩸",
    "statistic and the hospital's handle",
)

# 87
p(
    "es",
    "birth_announcement",
    "🎄 ¡El mejor regalo de Nochebuena! Itzel Guadalupe nació el 24 de diciembre a las 11:58 p.m., dos "
    "minutos antes de Navidad. Felicidades a Brenda y a Óscar, y a los abuelos que vinieron desde Celaya. 🎁",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Itzel Guadalupe"),
        ("DATE", "24 de diciembre"),
        ("NAME", "Brenda"),
        ("NAME", "Óscar"),
        ("GEO", "Celaya"),
    ],
    note="birth date as holiday and as date; baby; parents; the grandparents' city. Navidad is the next "
    "day, not hers.",
)

# 88
n(
    "es",
    "anonymous_story",
    "Una mamá nos escribió: 'Mi hijo nació prematuro en su hospital hace 10 años y hoy quiere ser "
    "enfermero.' No hay mejor regalo que ese. 💙 #OrgulloBCH",
    "anonymous former patient and a duration",
)

# 89
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST, MISS HATTIE!!! 🎉 Our centenarian Hattie Mae Okafor-Williams, born in Beaumont and a "
    "Houston ISD lunch lady for 41 years, celebrated on our rehab floor with red velvet cake and the Bayou "
    "City Health choir.",
    [
        ("AGE", "101ST"),
        ("NAME", "HATTIE"),
        ("AGE", "centenarian"),
        ("NAME", "Hattie Mae Okafor-Williams"),
        ("GEO", "Beaumont"),
        ("NAME", "Houston ISD"),
    ],
    note="all-caps ordinal age and 'centenarian'; all-caps first name and full name; birthplace; her "
    "(former) employer is NAME",
)

# 90
n(
    "en",
    "eponymous_condition",
    "Alzheimer's, Parkinson's, Huntington's: our Neuro Memory Clinic sees them all, in English, Spanish, "
    "Vietnamese and Urdu. Caregiver support group every 1st Monday at 2815 Telephone Rd. 🧠",
    "eponyms and the hospital's address",
)

# 91
p(
    "en",
    "patient_story",
    "Please keep the Hoàng family in your prayers 🙏 Updates on Minh's recovery at "
    "caringbridge.org/visit/minhhoang or follow @minh_fights_back on IG. Visiting hours for room 704 are 10-8.",
    [
        ("NAME", "Hoàng"),
        ("NAME", "Minh"),
        ("URL", "caringbridge.org/visit/minhhoang"),
        ("OTHER_ID", "@minh_fights_back"),
        ("OTHER_ID", "room 704"),
    ],
    note="family surname, patient's name, the family's update page, social handle, room",
)

# 92
n(
    "en",
    "hospital_contact",
    "Reminder: Bayou City Health will NEVER text you asking for payment. Real messages come from "
    "713-555-0100 or our portal, mybayoucity.org. Scam texts? Forward to 7726 (SPAM).",
    "the hospital's own number and portal",
)

# 93
p(
    "es",
    "thank_you",
    "La familia Siddiqui (no, no son parientes de nuestra Dra. Siddiqui 😄) nos trajo samosas y una carta en "
    "urdu y español para agradecer el cuidado de su abuela, la Sra. Rukhsana Siddiqui, que estuvo con "
    "nosotros del 3 al 19 de abril. ¡Shukriya! 🥟",
    [
        ("NAME", "Siddiqui", 1),
        ("NAME", "Rukhsana Siddiqui"),
        ("DATE", "3"),
        ("DATE", "19 de abril"),
    ],
    note="patient's family surname and full name; the doctor with the same surname is staff and is not "
    "labelled; the two ends of her stay are each a date",
    ok=("Siddiqui",),
)

# 94
n(
    "es",
    "crisis_update",
    "⚠️ Por la inundación, la clínica de Sharpstown (6700 Bellaire Blvd) cierra hoy a las 2:00 p.m. Las "
    "citas se reprogramarán: llame al 713-555-0124. Urgencias de Gulf Freeway sigue abierta 24/7.",
    "closure notice with the clinic's address and number",
)

# 95
p(
    "en",
    "patient_story",
    "From the dock to the OR and back: crane operator Adebayo 'Bayo' Fashola of Ship Channel Stevedoring "
    "got his hand caught in a winch on 11/2. Nine hours of microsurgery later, he just texted our hand team "
    "a thumbs up. 👍 With his own thumb.",
    [("NAME", "Adebayo 'Bayo' Fashola"), ("NAME", "Ship Channel Stevedoring"), ("DATE", "11/2")],
    note="name with nickname, employer (NAME), date of injury",
)

# 96
n(
    "en",
    "research",
    "Our Vietnamese-language diabetes trial is enrolling! Adults 40-75 with type 2 diabetes in Alief, "
    "Sharpstown or Gulfton can join. Call 713-555-0124 and ask for our research nurse, chị Thủy. 🇻🇳",
    "trial eligibility by neighbourhood (a population); staff nurse",
)

# 97
p(
    "en",
    "thank_you",
    "A LETTER FROM THE FAMILY OF ROSALIND EKWUEME: 'THANK YOU TO EVERYONE ON 6 NORTH WHO TREATED MAMA LIKE A "
    "QUEEN. SHE WENT HOME TO DENVER HARBOR ON THE 22ND AND SHE IS ALREADY BOSSING US AROUND.' - OBI & ADA",
    [
        ("NAME", "ROSALIND EKWUEME"),
        ("GEO", "DENVER HARBOR"),
        ("DATE", "22ND"),
        ("NAME", "OBI"),
        ("NAME", "ADA"),
    ],
    note="all caps: patient's name, home neighbourhood, day of discharge, children's names. 6 NORTH is a unit.",
)

# 98
n(
    "en",
    "public_figure",
    "Ever wonder who Ben Taub, Hermann and Methodist were named for? Join medical historian Dr. Ifeanyi "
    "Okeke on Thursday 4/10 at noon for a free talk on Houston hospital history. 📜 bayoucityhealth.org/events",
    "historical names of hospitals, a speaker and an event date",
)

# 99
p(
    "es",
    "milestone_birthday",
    "Noventa y dos años cumplió hoy don Anastasio Cruz Benítez, y lo celebró en la sala de diálisis con "
    "mariachi y pastel de tres leches. Nació en Jerez, Zacatecas, y llegó a Houston en 1961 para trabajar en "
    "el ferrocarril. ¡Felicidades, don Tacho! 🎺",
    [
        ("AGE", "Noventa y dos"),
        ("NAME", "Anastasio Cruz Benítez"),
        ("GEO", "Jerez"),
        ("GEO", "Houston"),
        ("NAME", "Tacho"),
    ],
    note="age over 89 in Spanish words; name; birth town (Zacatecas is a state); Houston is his home city "
    "here; nickname",
)

# 100
n(
    "es",
    "statistic",
    "Durante el Rodeo atendimos 214 lesiones relacionadas con el evento: 61 de toros, 38 de la feria y 115 "
    "por... botas nuevas. 😅 Use calcetines gruesos, compadre.",
    "aggregate numbers",
)

# 101
p(
    "en",
    "patient_story",
    '"Peanut" weighed 1 lb 2 oz when she was born on the Fourth of July. Today she\'s 11 months, 17 lbs, and '
    "she just said 'mama' to her NICU primary nurse (sorry, Mom). Happy almost-birthday, Peanut! 🥜🎆",
    [("NAME", "Peanut", "*"), ("DATE", "Fourth of July")],
    note="a quoted nickname used as the baby's name (without quotes), both times; birth date as a holiday",
)

# 102
n(
    "en",
    "staff_spotlight",
    "Shoutout to our L&D charge nurses Hope Nwosu and Joy Tran, who between them have caught 41 babies born "
    "in the back seat of a car. 🚗👶 Yes, we counted.",
    "staff whose first names are words",
)

# 103
p(
    "en",
    "discharge",
    "Ọmọ wa ti dé ilé! Our boy is home! Ayomide Olaniyan, 8, was flown to us from Port Arthur after the "
    "chemical release on May 12. His grandmother flew in from Ibadan just to sit outside room 221 every day. 💚",
    [
        ("NAME", "Ayomide Olaniyan"),
        ("GEO", "Port Arthur"),
        ("DATE", "May 12"),
        ("GEO", "Ibadan"),
        ("OTHER_ID", "room 221"),
    ],
    note="child's name, home town, date of injury, grandmother's foreign city, room",
)

# 104
n(
    "en",
    "anonymous_story",
    "Our oldest patient this year was born before sliced bread was invented. Our youngest weighed less than "
    "a can of Coke. Everyone in between got the same care. 💙",
    "unnamed patients with no age token or date",
)

# 105
p(
    "es",
    "pasted_record",
    "Copiado por error del chat de admisión: 'Portillo Menjívar, Kevin Alexander — DUI 04812267-3 — sin "
    "seguro — cel. de la esposa (Karla) 346-555-0131 — hab. 410, cama 2'",
    [
        ("NAME", "Portillo Menjívar, Kevin Alexander"),
        ("OTHER_ID", "04812267-3"),
        ("NAME", "Karla"),
        ("PHONE", "346-555-0131"),
        ("OTHER_ID", "hab. 410"),
        ("OTHER_ID", "cama 2"),
    ],
    note="chart name; Salvadoran national ID number (DUI) as OTHER_ID value; wife's name and phone; room "
    "and bed with keywords",
)

# 106
n(
    "es",
    "recruitment",
    "¿Eres bilingüe y te gusta ayudar? Buscamos voluntarios para acompañar a pacientes en Gulf Freeway y "
    "Sharpstown. Informes: 713-555-0177 o voluntarios@bayoucityhealth.org 💙",
    "the hospital's number and e-mail domain",
)

# 107
p(
    "en",
    "memorial",
    "Forever our rodeo queen 👑 Dolores 'Lola' Benavides, 97, who won the barrel race at the first rodeo she "
    "ever entered, died at home on the 3rd of March after 6 years in our home hospice program. Her "
    "great-grandson Mateo sang her out with 'Volver, Volver.'",
    [
        ("NAME", "Dolores 'Lola' Benavides"),
        ("AGE", "97"),
        ("DATE", "3rd of March"),
        ("NAME", "Mateo"),
    ],
    note="hospice patient: name with nickname, age over 89, date of death, great-grandson",
)

# 108
n(
    "en",
    "event",
    "March 3-23: Houston Livestock Show and Rodeo. March 10: our Rodeo Safety Booth opens at NRG Park. "
    "March 31: Doctors' Day! Busy month. 🤠🩺",
    "event and awareness dates",
)

# 109
p(
    "es",
    "patient_story",
    "En la clínica de Sharpstown todos conocen a la Sra. Nguyen Thi Mai (Nguyễn Thị Mai, como ella lo "
    "escribe). Viene cada mes desde Gulfton en dos camiones para su control de diabetes. ¡Este mes bajó su "
    "A1c a 6.8! 👏",
    [("NAME", "Nguyen Thi Mai"), ("NAME", "Nguyễn Thị Mai"), ("GEO", "Gulfton")],
    note="the same Vietnamese name without and with diacritics; her neighbourhood. Sharpstown here is the clinic.",
)

# 110
n(
    "es",
    "campaign_hashtag",
    "#LupitaLaVacuna ya llegó a Sharpstown 💉 Nuestra mascota de vacunación estará en la feria del sábado. "
    "¡Tómense la foto con ella! #VacúnateHouston",
    "a mascot's name in a campaign hashtag",
)

# 111
p(
    "en",
    "patient_story",
    "In August, Kelechi Nwankwo-Diaz was told he might never walk again after a scaffold fall at the Deer "
    "Park plant. Yesterday he walked his sister Amarachi down the aisle. 😭💍 #kelechiwalks",
    [
        ("DATE", "August"),
        ("NAME", "Kelechi Nwankwo-Diaz"),
        ("GEO", "Deer Park"),
        ("NAME", "Amarachi"),
        ("NAME", "#kelechiwalks"),
    ],
    note="month of injury, name, town of his workplace injury, sister, lower-case name hashtag",
)

# 112
n(
    "en",
    "health_tip",
    "After floods, cuts + floodwater can mean Vibrio or tetanus. Clean wounds with soap and clean water, and "
    "get a tetanus shot if it's been 5+ years. Walk-ins welcome at 6700 Bellaire Blvd, Mon-Sat.",
    "tip; the clinic's address",
)

# 113
p(
    "en",
    "pasted_record",
    "Can someone delete this pls 😬 'CASTILLO-REYES, MARÍA DE LOS ÁNGELES, 33F, G3P2, admit 08-30 for "
    "PPROM, husband Edgar: edgar.castillo.r@yahoo.com, prefers Spanish'",
    [
        ("NAME", "CASTILLO-REYES, MARÍA DE LOS ÁNGELES"),
        ("DATE", "08-30"),
        ("NAME", "Edgar"),
        ("EMAIL", "edgar.castillo.r@yahoo.com"),
    ],
    note="chart name, admission date, husband's name and e-mail",
)

# 114
n(
    "en",
    "eponymous_condition",
    "World Down Syndrome Day is 3/21: three copies of chromosome 21. Rock your mismatched socks, Bayou City! "
    "🧦🧦 #WorldDownSyndromeDay #LotsOfSocks",
    "eponym and awareness day",
)

# 115
p(
    "es",
    "discharge",
    "El pequeño Ángel Gabriel 'Gabo' Reyes Funes, de 6 años, volvió a su casa en Pasadena después de 3 "
    "semanas por una quemadura con aceite. Su hermana Daniela le hizo un letrero: 'BIENVENIDO GABO'. 🧸",
    [
        ("NAME", "Ángel Gabriel 'Gabo' Reyes Funes"),
        ("GEO", "Pasadena"),
        ("NAME", "Daniela"),
        ("NAME", "GABO"),
    ],
    note="child's full name ('El pequeño' excluded), home city, sister, all-caps nickname",
)

# 116
n(
    "es",
    "public_figure",
    "Hoy nos visitó el astronauta José Hernández, hijo de campesinos de Michoacán, para platicar con los "
    "niños de oncología sobre nunca rendirse. 🚀 ¡Gracias por inspirarnos!",
    "a visiting public figure",
)

# 117
p(
    "en",
    "thank_you",
    "Our own respiratory therapist Thanh 'Tommy' Lưu spent Christmas in OUR ICU this year, on the other side "
    "of the bed rail. He's back at work today and says the food is better on the staff side. Welcome back "
    "Tommy!! #TommyIsBack",
    [
        ("NAME", "Thanh 'Tommy' Lưu"),
        ("NAME", "Tommy", "*"),
        ("DATE", "Christmas"),
        ("NAME", "#TommyIsBack"),
    ],
    note="a staff member who was our patient: name, nickname, name hashtag; the holiday he spent as an "
    "inpatient is a date of his stay",
)

# 118
n(
    "en",
    "staff_spotlight",
    "Happy retirement to Mr. Willie Jefferson, 71, who has kept our Gulf Freeway boilers running since "
    "Hurricane Alicia in 1983! Willie, the boiler room won't be the same. 🔧",
    "staff retirement",
)

# 119
p(
    "es",
    "crisis_update",
    "Actualización con permiso de la familia: Tania Elizabeth Rosales, la niña rescatada del Sims Bayou el "
    "domingo, ya respira sin ayuda. Sus papás agradecen a los bomberos de Houston y a nuestro equipo de "
    "PICU. 🙏",
    [("NAME", "Tania Elizabeth Rosales"), ("GEO", "Sims Bayou")],
    note="child's name and the bayou she was rescued from; the weekday is not labelled",
)

# 120
n(
    "es",
    "event",
    "🎃 Día de Muertos en Bayou City Health: altar comunitario en el lobby de Gulf Freeway del 28 de octubre "
    "al 2 de noviembre. Traiga la foto de su ser querido y una flor de cempasúchil. 🌼",
    "event dates; the public's own photos are not patient photos",
)

# 121
p(
    "en",
    "milestone_birthday",
    "Our favorite nonagenarian 💜 Bà Nội (that's 'grandma' in Vietnamese) Phạm Thị Kim Thoa turned 93 on "
    "9/9 in our rehab gym, and she insisted on doing her leg lifts before cake. Her grandkids Jenny and "
    "Tony brought chè for the whole floor. #BaNoiStrong",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Phạm Thị Kim Thoa"),
        ("AGE", "93"),
        ("DATE", "9/9"),
        ("NAME", "Jenny"),
        ("NAME", "Tony"),
    ],
    note="'nonagenarian' and '93' are ages over 89; full Vietnamese name; birthday; grandchildren. 'Bà Nội' "
    "and #BaNoiStrong are a kinship word (grandma), not her name.",
)

# 122
n(
    "en",
    "eponymous_condition",
    "Sickle cell disease was first described in the US by Dr. James Herrick in 1910. More than a century "
    "later, about 1 in 13 Black babies carries the trait. Know your status. June 19 is World Sickle Cell "
    "Day. ❤️",
    "a historical physician, a statistic and an awareness day",
)

# 123
p(
    "en",
    "discharge",
    "Welcome home, Ikenna! Isolette 14 misses you already 😢💙",
    [("NAME", "Ikenna"), ("OTHER_ID", "Isolette 14")],
    note="baby's name and his NICU isolette number with its keyword (a bed)",
)

# 124
n(
    "en",
    "health_tip",
    "Hydrate. It's 104° out there. #HoustonHeat",
    "104 is a temperature",
)

# 125
p(
    "es",
    "patient_story",
    "Rigoberto Alvarenga trabajaba en Petroquímica del Golfo cuando una explosión lo lanzó 5 metros el 17 de "
    "junio de 2023. Hoy, con su prótesis nueva, volvió a jugar fútbol con su hijo Brayan en el parque de "
    "Magnolia Park, a dos cuadras de su casa. ⚽",
    [
        ("NAME", "Rigoberto Alvarenga"),
        ("NAME", "Petroquímica del Golfo"),
        ("DATE", "17 de junio de 2023"),
        ("NAME", "Brayan"),
        ("GEO", "Magnolia Park"),
    ],
    note="name, employer (NAME), date of injury with its year, son, the neighbourhood of his home",
)

# 126
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a la enfermera Nguyễn Thị Hồng, nuestra Enfermera del Año! Habla vietnamita, español e "
    "inglés, y llegó a Houston como refugiada a los 9 años. 🏆",
    "staff nurse",
)

# 127
p(
    "en",
    "patient_story",
    "Families have been asking how to send cards to 7-year-old Zara Chaudhry, who's been with us since the "
    "Sharpstown apartment fire on Oct. 1. Her dad Imran says you can email him at "
    "imran.chaudhry.tx@gmail.com, or send cards to media@bayoucityhealth.org and we'll print them. 💌",
    [
        ("NAME", "Zara Chaudhry"),
        ("GEO", "Sharpstown"),
        ("DATE", "Oct. 1"),
        ("NAME", "Imran"),
        ("EMAIL", "imran.chaudhry.tx@gmail.com"),
    ],
    note="child's name; Sharpstown is where her home burned (not the clinic here); date of injury; "
    "father's name and e-mail next to the hospital's",
)

# 128
n(
    "en",
    "anonymous_story",
    "A grandmother came to our ER this week with chest pain and a plastic bag holding every pill bottle she "
    "owns. Honestly? Best thing she could have done. Bring your meds (or a list) to every visit. 💊",
    "an unnamed patient with no identifier",
)

# 129
p(
    "en",
    "anonymous_story",
    "A 99-year-old veteran asked us for one thing before his surgery: a Whataburger. Request granted. 🍔🇺🇸 "
    "Surgery went great.",
    [("AGE", "99-year-old")],
    note="no name, but an age over 89 of a specific patient is an identifier",
)

# 130
n(
    "en",
    "public_figure",
    "Dr. Michael DeBakey was still consulting at 97 and survived his own aortic dissection at that age. "
    "Houston medicine has always been stubborn. 💪 #HeartMonth",
    "the age of a historical public figure",
)

# 131
p(
    "es",
    "pasted_record",
    "(Esto era para el correo interno 🤦‍♀️) Pulsera 00A77F3 no coincide: paciente Zelaya Aguilar, Fermín "
    "— cuenta 88120045 — encuentro 9912-44-01. La nieta, Yanira, está en la sala de espera.",
    [
        ("OTHER_ID", "00A77F3"),
        ("NAME", "Zelaya Aguilar, Fermín"),
        ("ACCOUNT", "88120045"),
        ("OTHER_ID", "9912-44-01"),
        ("NAME", "Yanira"),
    ],
    note="wristband id, chart name, account, encounter id, granddaughter",
)

# 132
n(
    "es",
    "hospital_contact",
    "Prensa y medios: medios@bayoucityhealth.org o 713-555-0142. Para donaciones después del huracán: "
    "bchgives.org o 713-555-0163. ¡Gracias, Houston! 💙",
    "the hospital's e-mail, domains and numbers",
)

# 133
p(
    "en",
    "birth_announcement",
    "Best Mother's Day gift ever? Ask Mrs. Fatima Anwar. 💐 Her son Muhammad Ibrahim arrived 2025-05-11 at "
    "6:02 a.m., on Mother's Day itself, after a midnight drive from Katy. Dad Usman nearly fainted. "
    "Alhamdulillah!",
    [
        ("DATE", "Mother's Day", "*"),
        ("NAME", "Fatima Anwar"),
        ("NAME", "Muhammad Ibrahim"),
        ("DATE", "2025-05-11"),
        ("GEO", "Katy"),
        ("NAME", "Usman"),
    ],
    note="the birth day as a holiday (twice) and as an ISO date; mother, baby, father; the family's town",
)

# 134
n(
    "en",
    "event",
    "Chúc Mừng Năm Mới! Join us for our Tết health fair on Saturday, Feb. 1 at the Sharpstown clinic: lion "
    "dance at 10, free flu shots, and lì xì for kids who get their vaccines. 🧧",
    "event date; Tết here is the community holiday, not a patient's date",
)

# 135
p(
    "en",
    "patient_story",
    "Update from A.O.'s mom, shared with permission: 'Two years ago today our daughter coded in your PICU. "
    "Today she's starting 1st grade at Bonham Elementary in Sharpstown. Thank you, 5th floor.' ✏️🎒",
    [("NAME", "A.O."), ("GEO", "Sharpstown")],
    note="the patient's initials; the school's neighbourhood tells where she lives (GEO), the school name "
    "is not an identifier; 'two years ago today' is relative",
)

# 136
n(
    "en",
    "campaign_hashtag",
    "Who's #TeamAlicia? #TeamAllison? #TeamIke? Nobody. 😅 Houston storms have names; your hurricane kit "
    "doesn't need one: water, meds, chargers, copies of IDs. #HurricanePrep",
    "name-shaped hashtags for past hurricanes, not people",
)

# 137
p(
    "es",
    "milestone_birthday",
    "¡Cien años de doña Consuelo! 💐 Consuelo Ábrego viuda de Treviño, nuestra paciente centenaria de la "
    "clínica de Sharpstown, nació en Sabinas Hidalgo un primero de mayo y celebró con sus 4 generaciones. "
    "'El secreto es no hacerle caso a los doctores', dice. 😂",
    [
        ("AGE", "Cien"),
        ("NAME", "Consuelo Ábrego"),
        ("NAME", "Consuelo", "*"),
        ("NAME", "Treviño"),
        ("AGE", "centenaria"),
        ("GEO", "Sabinas Hidalgo"),
        ("DATE", "primero de mayo"),
    ],
    note="age in words and 'centenaria'; her name and her late husband's surname ('viuda de' is "
    "descriptive); birth town; birthday in words",
)

# 138
n(
    "es",
    "eponymous_condition",
    "Enfermedad de Hansen (lepra): sí existe en Texas, es curable y no se contagia fácilmente. Si tiene "
    "manchas en la piel sin sensibilidad, consulte. La Dra. Adaeze Nwosu atiende en Sharpstown los martes.",
    "eponym and a staff doctor",
)

# 139
p(
    "en",
    "pasted_record",
    "Found in our drafts 😳: 'HPD case 24-118832, pedestrian struck on Telephone Rd near Bellfort, pt "
    "Oyelaran, Kunle, brother en route from Lagos'",
    [
        ("OTHER_ID", "24-118832"),
        ("GEO", "Telephone Rd"),
        ("GEO", "Bellfort"),
        ("NAME", "Oyelaran, Kunle"),
        ("GEO", "Lagos"),
    ],
    note="police case number; the road and cross street of the crash (Telephone Rd without the hospital's "
    "house number); chart name; the brother's foreign city",
)

# 140
n(
    "en",
    "statistic",
    "Houston has the largest Nigerian community in the US and one of the largest Vietnamese communities "
    "outside Vietnam. That's why our interpreters cover Yoruba, Igbo, Vietnamese, Urdu and Spanish, 24/7. 🌍",
    "population statistics",
)

# 141
p(
    "es",
    "thank_you",
    "gracias al equipo de la uci por cuidar a mi abuelito rubén durante 3 semanas 🙏 ya está en su casa en "
    "galena park comiendo pan dulce 😂 - su nieta fav, jaqueline",
    [("NAME", "rubén"), ("GEO", "galena park"), ("NAME", "jaqueline")],
    note="lower case: patient's name, his home town, granddaughter's name",
)

# 142
n(
    "es",
    "anonymous_story",
    "Un paciente de la tercera edad nos pidió que le leyéramos las cartas de su esposa, que murió hace años. "
    "Nuestra voluntaria Carmen se las lee cada martes. 💌",
    "unnamed patient; the volunteer is not labelled",
)

# 143
p(
    "en",
    "memorial",
    "We are heartbroken. Longshoreman Oladipupo 'Dipo' Akinwande, 52, died on the 19th from injuries in "
    "last week's dock accident. Dipo, Dípò to his mother, had worked the docks for 30 years. Our prayers are "
    "with his wife Funmilayo and their sons.",
    [
        ("NAME", "Oladipupo 'Dipo' Akinwande"),
        ("NAME", "Dipo", "*"),
        ("NAME", "Dípò"),
        ("DATE", "19th"),
        ("NAME", "Funmilayo"),
    ],
    note="name with nickname, the nickname without and with Yoruba tone marks, day of death, wife",
)

# 144
n(
    "en",
    "memorial",
    "Houston lost a legend this week. Rest in peace to the Tejano accordionist whose music played in every "
    "one of our waiting rooms for 40 years. Gracias por todo. 🪗",
    "an unnamed public figure who was not our patient",
)

# 145
p(
    "en",
    "discharge",
    "Discharge day for our rodeo cowboy 🤠 Kade Broussard-Tran, 19, bull rider from Sealy, got stomped on "
    "day 2 of the rodeo and spent 16 days in rm#514. He promises his mama he's retiring. (He's not.)",
    [("NAME", "Kade Broussard-Tran"), ("GEO", "Sealy"), ("OTHER_ID", "rm#514")],
    note="name, home town, room in an odd format; 'day 2 of the rodeo' is relative",
)

# 146
n(
    "en",
    "sponsor",
    "Huge thank-you to H-E-B and the Vietnamese Community of Houston for 2,000 cases of water during the "
    "Beryl outage. Y'all kept our dialysis patients going. 💧",
    "sponsors",
)

# 147
p(
    "es",
    "birth_announcement",
    "¡Gemelos! 👶👶 Ximena y Santiago Menjívar nacieron el 14-02 en nuestro campus Gulf Freeway: sí, el Día "
    "del Amor y la Amistad. Papá Wilfredo dice que ese día ya no es de él y mamá. 😂",
    [
        ("NAME", "Ximena"),
        ("NAME", "Santiago Menjívar"),
        ("DATE", "14-02"),
        ("DATE", "Día del Amor y la Amistad"),
        ("NAME", "Wilfredo"),
    ],
    note="twins' names, birth date and the holiday naming it; father. 'ese día' only points back.",
)

# 148
n(
    "es",
    "crisis_update",
    "Actualización huracán Beryl, 10 a.m.: Gulf Freeway funciona con generadores. Sharpstown cerrado hoy. "
    "Si usa oxígeno en casa y no tiene luz, venga a nuestro centro de enfriamiento en 2815 Telephone Rd. "
    "☎️ 713-555-0158",
    "crisis notice with the hospital's address and number",
)

# 149
p(
    "en",
    "thank_you",
    "A note from Mr. Olumide Bankole (no relation to our Dr. Bankole, he wants everyone to know): 'Thank you "
    "to the cath lab for my new stent on 2/14. My wife Yetunde says it was the best Valentine's gift.' ❤️",
    [
        ("NAME", "Olumide Bankole"),
        ("DATE", "2/14"),
        ("NAME", "Yetunde"),
        ("DATE", "Valentine's"),
    ],
    note="patient's name (the doctor with the same surname is staff), procedure date written as a date and "
    "again as the holiday, wife",
)

# 150
n(
    "en",
    "staff_spotlight",
    "Meet Austin Dallas-Nguyen (yes, really), our new Sharpstown clinic manager. Born in Tyler, raised in "
    "Alief, and already knows every patient's favorite bánh mì spot. Welcome, Austin! 🥖",
    "a staff member whose names are places, and his own birthplace",
)

# 151
p(
    "en",
    "pasted_record",
    "RE: prior auth / GUIDRY, ALPHONSE J JR / DOB 03/09/1950 / Medicare MBI 1EG4-TE5-MK72 / rm 5W-22 / son "
    "Alphonse III (cell 409-555-0127) is POA. Posted to wrong page, removing.",
    [
        ("NAME", "GUIDRY, ALPHONSE J JR"),
        ("DATE", "03/09/1950"),
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
        ("OTHER_ID", "rm 5W-22"),
        ("NAME", "Alphonse III"),
        ("PHONE", "409-555-0127"),
    ],
    note="chart name with generational suffix, DOB, Medicare beneficiary id, room, son with suffix and his phone",
)

# 152
n(
    "en",
    "research",
    "Published! Drs. Lê Thanh Bình and Ngozi Adichie-Obi found that Vietnamese-speaking patients with "
    "Graves' disease waited 3x longer for a diagnosis. Interpreters save thyroids. 🦋 Link in bio.",
    "staff researchers and an eponym",
)

# 153
p(
    "es",
    "patient_story",
    "Gracias a Dios y a ustedes: mi esposo Fidel Ocampo Salazar ya reconoce a nuestros hijos después del "
    "choque en la 610 cerca de Broadway el 30 de noviembre. Gracias a la Dra. Pham y a todo el 4 Norte. — Norma",
    [
        ("NAME", "Fidel Ocampo Salazar"),
        ("GEO", "610"),
        ("GEO", "Broadway"),
        ("DATE", "30 de noviembre"),
        ("NAME", "Norma"),
    ],
    note="patient's name, the freeway and cross street of his crash, crash date, wife's name; Dra. Pham is "
    "staff and 4 Norte a unit",
)

# 154
n(
    "es",
    "health_tip",
    "Pirotecnia y niños no se mezclan. 🎆 El año pasado atendimos 27 quemaduras de cohetes entre Nochebuena "
    "y Año Nuevo. Mejor luces LED, ¿sí?",
    "holidays that are not a patient's date; a statistic",
)

# 155
p(
    "en",
    "milestone_birthday",
    "90th birthday party in the dialysis unit! 🎈 Chief Emmanuel Nnaji, retired engineer and proud son of "
    "Onitsha, got a cake shaped like a kidney (his request). His daughters Ngozi and Chioma flew in from "
    "Atlanta. #HappyBirthdayChief",
    [
        ("AGE", "90th"),
        ("NAME", "Emmanuel Nnaji"),
        ("GEO", "Onitsha"),
        ("NAME", "Ngozi"),
        ("NAME", "Chioma"),
        ("GEO", "Atlanta"),
    ],
    note="age over 89, name ('Chief' is a title, so the hashtag holds no name), home town, daughters and "
    "their city",
)

# 156
n(
    "en",
    "public_figure",
    "Today Vietnamese communities honor the Trưng Sisters, who led a revolt against Han rule in 40 AD. Our "
    "Alief Vietnamese Women's Health Circle meets this Saturday in their honor. 🌸",
    "historical figures and a community group",
)

# 157
p(
    "es",
    "discharge",
    "¡Doña Lupe se va a su casa! 💃 Después de su cirugía de cadera, Guadalupe Saucedo, de 90 años, salió "
    "bailando cumbia (bueno, con andadera). Sus vecinos del Segundo Barrio le tienen fiesta. "
    "#TodosConDoñaLupe",
    [
        ("NAME", "Lupe"),
        ("NAME", "Guadalupe Saucedo"),
        ("AGE", "90"),
        ("GEO", "Segundo Barrio"),
        ("NAME", "#TodosConDoñaLupe"),
    ],
    note="nickname ('Doña' excluded), full name, age 90, her neighbourhood, name hashtag",
)

# 158
n(
    "es",
    "event",
    "🏃‍♀️ Carrera 5K 'Corre por tu Corazón' el 29 de septiembre, Día Mundial del Corazón, en el parque frente "
    "a nuestro campus Gulf Freeway. Inscripciones en bchgives.org/5k",
    "event date and awareness day",
)

# 159
p(
    "en",
    "patient_story",
    "12 days ago Ruben 'Bubba' Salinas was pulled from a hydrogen sulfide leak at his job at Channelview Chemical. "
    "Today he told our respiratory team he's ready to go back to work. We told him: NOT YET, BUBBA. "
    "#BUBBASTRONG",
    [
        ("NAME", "Ruben 'Bubba' Salinas"),
        ("NAME", "Channelview Chemical"),
        ("NAME", "BUBBA"),
        ("NAME", "#BUBBASTRONG"),
    ],
    note="name and nickname (also all caps), his employer (a company named for a town), all-caps name hashtag",
)

# 160
n(
    "en",
    "campaign_hashtag",
    "Ring the bell! 🔔 Our Cancer Center rang it 412 times this year. #RingTheBell #BCHCancerCenter "
    "#FaithOverFear",
    "campaign hashtags",
)

# 161
p(
    "en",
    "pasted_record",
    "ugh autocorrect sent this to the public page: 'pt tran van hieu bed 12c needs interpreter, wife kim "
    "ngan at bedside, dc planned 6/30'",
    [("NAME", "tran van hieu"), ("OTHER_ID", "bed 12c"), ("NAME", "kim ngan"), ("DATE", "6/30")],
    note="lower-case Vietnamese names of patient and wife, bed, planned discharge date",
)

# 162
n(
    "en",
    "eponymous_condition",
    "No, Bell's palsy is not a stroke, and Tommy John surgery isn't just for pitchers. Ask our sports med "
    "team anything this Thursday at 7 on IG live @BayouCityHealth ⚾",
    "eponyms (one named for a public figure) and the hospital's handle",
)

# 163
p(
    "es",
    "memorial",
    "Hoy se cumple un año de la partida de nuestra Jenifer Abigail Ayala Portillo, 'la Jeni', que luchó 14 "
    "meses contra la leucemia en nuestro piso de oncología y se fue el viernes 8 de marzo de 2024. Sus "
    "papás, Edwin y Roxana, siguen viniendo cada mes con juguetes para otros niños. 🕊️💜",
    [
        ("NAME", "Jenifer Abigail Ayala Portillo"),
        ("NAME", "Jeni"),
        ("DATE", "8 de marzo de 2024"),
        ("NAME", "Edwin"),
        ("NAME", "Roxana"),
    ],
    note="child's full name and nickname (article 'la' excluded), date of death with year (weekday "
    "excluded), parents",
)

# 164
n(
    "es",
    "public_figure",
    "¡Gracias a Los Tigres del Norte por la visita sorpresa al piso de pediatría! Los niños (y las "
    "enfermeras) no lo podían creer. 🎸",
    "visiting public figures",
)

# 165
p(
    "en",
    "patient_story",
    "Born on Pakistan's Independence Day, August 14, and now our youngest heart transplant patient ever: "
    "meet Hamza Tariq 💚🇵🇰. His dadi flew in from Lahore and has been feeding the entire 7th floor nihari.",
    [
        ("DATE", "Independence Day"),
        ("DATE", "August 14"),
        ("NAME", "Hamza Tariq"),
        ("GEO", "Lahore"),
    ],
    note="birth date as a national holiday and as a date; name; the grandmother's city ('dadi' is a kinship word)",
)

# 166
n(
    "en",
    "health_tip",
    "Eid Mubarak! 🌙 If you're visiting family in the hospital this Eid, please keep visits to 2 people at a "
    "time and bring sugar-free treats for our diabetic patients. 💚",
    "a holiday greeting and visiting advice",
)

# 167
p(
    "en",
    "thank_you",
    "The family of Mr. Đỗ Văn Nam asked us to share: they are looking for the two strangers who stopped on "
    "the Gulf Freeway to do CPR on their dad on Nov. 3. If that's you, call his daughter Linh at "
    "281-555-0172 or our patient relations line, 713-555-0136. 🙏",
    [
        ("NAME", "Đỗ Văn Nam"),
        ("GEO", "Gulf Freeway"),
        ("DATE", "Nov. 3"),
        ("NAME", "Linh"),
        ("PHONE", "281-555-0172"),
    ],
    note="name; the freeway where he collapsed (the campus shares the name but is not mentioned); date; "
    "daughter's name and phone next to the hospital's number",
)

# 168
n(
    "en",
    "statistic",
    "Fun stat: our oldest volunteer is 94, our oldest nurse is 78, and our oldest hospital bed is, well, "
    "let's not talk about it. 🛏️ Volunteer with us: 713-555-0177",
    "ages of a volunteer and staff, not patients",
)

# 169
p(
    "es",
    "pasted_record",
    "ups 🙈 borren esto porfa: 'sra. maría de jesús quintanilla, hab 203, alta mañana, la hija (Yessenia) "
    "pide que le manden los papeles por WhatsApp al 832-555-0195'",
    [
        ("NAME", "maría de jesús quintanilla"),
        ("OTHER_ID", "hab 203"),
        ("NAME", "Yessenia"),
        ("PHONE", "832-555-0195"),
    ],
    note="lower-case name, room, daughter's name and phone",
)

# 170
p(
    "es",
    "anonymous_story",
    "Ayer un abuelito llegó caminando desde Magnolia Park hasta Urgencias porque 'no quería molestar a "
    "nadie'. Por favor: si tiene dolor de pecho, llame al 911. 🚑",
    [("GEO", "Magnolia Park")],
    note="no name, but the neighbourhood he walked from is a patient's geography",
)

# 171
p(
    "en",
    "discharge",
    "the whole 3rd floor cried when miss precious ogbonna walked out today 😭 she came in after the flood in "
    "march not able to stand. precious, you are a gift to us",
    [("NAME", "precious ogbonna"), ("NAME", "precious", "*"), ("DATE", "march")],
    note="lower-case name that is a word, repeated; lower-case month of admission",
)

# 172
n(
    "en",
    "event",
    "June 19 is Juneteenth AND World Sickle Cell Day. Join us at Emancipation Park from 10-2 for free sickle "
    "cell trait screening, music, and a blood drive. 🩸✊🏾",
    "holiday, awareness day and event venue",
)

# 173
p(
    "es",
    "thank_you",
    "Gracias a don Arturo Villarreal, que donó la nueva sala de lactancia en memoria de su esposa, Herminia, "
    "quien fue paciente de nuestra UCI en 2019. 💙 La sala lleva su nombre: Sala Herminia.",
    [("NAME", "Arturo Villarreal"), ("NAME", "Herminia", "*")],
    note="a donor introduced as a patient's husband is a relative; the patient's name, also in the room's name",
)

# 174
n(
    "es",
    "sponsor",
    "Gracias a la Fundación Familia Okonkwo por patrocinar 300 mochilas con útiles para los hijos de "
    "nuestros pacientes. 🎒",
    "a family foundation not tied to a patient",
)

# 175
p(
    "en",
    "patient_story",
    "Big Tex would be proud 🤠 Rancher-turned-welder Clint 'Tex' Ngo-Ramírez, hurt in a January fall at "
    "Baytown Shipyard, roped a practice steer at his daughter Paisley's 4-H show last weekend. Ten months "
    "ago we weren't sure he'd walk.",
    [
        ("NAME", "Clint 'Tex' Ngo-Ramírez"),
        ("DATE", "January"),
        ("NAME", "Baytown Shipyard"),
        ("NAME", "Paisley"),
    ],
    note="name with nickname, month of injury, employer (NAME, a company named for a town), daughter. Big "
    "Tex is a fair statue.",
)

# 176
n(
    "en",
    "staff_spotlight",
    "It's #NursesWeek! 💙 Shoutout to Precious Okeke, Tuyết Nguyễn, Marisol Benítez and Bilal Hussain, our "
    "night-shift superheroes on 5 West. Tag a nurse who changed your life 👇",
    "staff names",
)

# 177
p(
    "en",
    "birth_announcement",
    "Triplets!!! 🎉 Born on the 1st, home by the 30th: welcome to the world, Kamsi, Kene and Kosi Uzoma. Mom "
    "Ogechi is getting her first full night of sleep... never.",
    [
        ("DATE", "1st"),
        ("DATE", "30th"),
        ("NAME", "Kamsi"),
        ("NAME", "Kene"),
        ("NAME", "Kosi Uzoma"),
        ("NAME", "Ogechi"),
    ],
    note="birth and discharge days of the month; babies' names; mother",
)

# 178
n(
    "en",
    "hospital_contact",
    "New number alert ☎️ Our Sharpstown clinic moved its scheduling line: it's now 713-555-0124 (the old "
    "713-555-0170 is disconnected). Address stays the same: 6700 Bellaire Blvd, Houston, TX 77074.",
    "the hospital's current and former numbers and its address",
)

# 179
p(
    "es",
    "birth_announcement",
    "Llegó el 10 de mayo, Día de las Madres, para que su mamá nunca lo olvide 😅: bienvenida, Natalia Sofía "
    "Hernández Ramos. Sus abuelos la esperaban desde Soyapango. 🇸🇻💕",
    [
        ("DATE", "10 de mayo"),
        ("DATE", "Día de las Madres"),
        ("NAME", "Natalia Sofía Hernández Ramos"),
        ("GEO", "Soyapango"),
    ],
    note="birth date and the holiday naming it; baby; grandparents' city",
)

# 180
n(
    "es",
    "campaign_hashtag",
    "#FuerzaHouston #SomosBayou 💙 Siete días sin luz, y ni una sola cita de diálisis cancelada. Gracias, "
    "equipo.",
    "campaign hashtags",
)

# 181
p(
    "en",
    "patient_story",
    "Pictured: Nguyễn Văn Tâm and his wife Hạnh on the day he rang our cancer center bell. Tâm came to "
    "Houston in 1980 with nothing, opened a nail salon on Bellaire Blvd, and spent 40 years telling "
    "customers to get their moles checked. When he found his own melanoma last spring, he came straight to "
    "us. 18 months later he's cancer-free and back behind the counter, still lecturing. 'Sunscreen, even "
    "in the salon,' he says. Now every pedicure comes with a free sunscreen sample. We love you, chú Tâm. 🌞 "
    "#SunSafeHouston",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Nguyễn Văn Tâm"),
        ("NAME", "Tâm", "*"),
        ("NAME", "Hạnh"),
        ("GEO", "Houston"),
        ("GEO", "Bellaire Blvd"),
    ],
    note="the photo shows the patient; his name and given name ('chú' is a kinship title); wife; Houston "
    "as the city he settled in (1980 is a bare year); the street of his salon (his workplace; without the "
    "clinic's house number it is not the hospital's address). 'last spring' is a season.",
)

# 182
n(
    "en",
    "health_tip",
    "Before the next storm, pack a medical go-bag: 🩺 7 days of every medicine (ask your pharmacist for an "
    "early refill; Texas allows it during declared disasters) 📋 a printed list of your doctors, diagnoses "
    "and allergies 🔌 chargers and a battery pack for CPAP or oxygen 💉 a cooler for insulin 📞 numbers "
    "written on paper, because your phone will die. Dialysis patients: know your backup unit. Nurse line "
    "713-555-0189, 24/7.",
    "long tip; the hospital's nurse line",
)

# 183
p(
    "es",
    "milestone_birthday",
    "¡Hoy celebramos 101 años de vida de doña Marta Lidia Cáceres! 🇸🇻 Nació en Santa Tecla el 15 de "
    "septiembre, Día de la Independencia, y dice que por eso es 'tan libre y tan terca'. Llegó a Houston en "
    "los años 80 huyendo de la guerra, limpió oficinas durante 30 años y crió a 7 hijos. Hoy, desde la "
    "habitación 418, nos pidió pupusas y música de Los Hermanos Flores. Su hijo Nelson trajo el pastel. "
    "¡Felicidades, niña Marta! 🎂",
    [
        ("AGE", "101"),
        ("NAME", "Marta Lidia Cáceres"),
        ("NAME", "Marta", "*"),
        ("GEO", "Santa Tecla"),
        ("DATE", "15 de septiembre"),
        ("DATE", "Día de la Independencia"),
        ("GEO", "Houston"),
        ("OTHER_ID", "habitación 418"),
        ("NAME", "Nelson"),
    ],
    note="age over 89; name and given name ('niña' is a Salvadoran honorific); birth town; birthday as a "
    "date and as the holiday; Houston is her home city; room; son. 'los años 80' is a decade; the band is "
    "not a person tied to her.",
)

# 184
n(
    "es",
    "health_tip",
    "¿Diabetes y tamales en Navidad? ✨ Sí se puede: coma uno (no cinco), acompáñelo con ensalada y salga a "
    "caminar después. Nuestras nutriólogas de Sharpstown le ayudan: 713-555-0124.",
    "tip; clinic number",
)

# 185
p(
    "en",
    "pasted_record",
    "pls ignore, wrong acount 🤦 'Pump replacement: Abubakar, Hauwa (14y), Omnipod PDM serial 2719-44A-8810, "
    "mom Aisha wants callback 346-555-0109 after 5pm'",
    [
        ("NAME", "Abubakar, Hauwa"),
        ("DEVICE", "2719-44A-8810"),
        ("NAME", "Aisha"),
        ("PHONE", "346-555-0109"),
    ],
    note="chart name, insulin pump controller serial, mother's name and phone; 14 is under 90",
)

# 186
n(
    "en",
    "sponsor",
    "Thank you, Mr. and Mrs. Tran Quoc Viet, for your gift of $250,000 to build the Tran Family Burn Recovery "
    "Garden. Mr. Tran, a retired refinery operator, says he just wants burn patients to 'see something "
    "green.' 🌿",
    "donors not introduced as patients or patients' relatives",
)

# 187
p(
    "en",
    "patient_story",
    "Hey Bayou City! If you see a blue F-150 with plate KTX-2291 in the ER lot, it's Mr. Emeka Obi's. His son "
    "parked it when he brought his dad in Saturday night and in all the chaos forgot where. Mr. Obi is doing "
    "fine and very much wants his truck back. 😂🛻",
    [("VEHICLE", "KTX-2291"), ("NAME", "Emeka Obi"), ("NAME", "Obi", "*")],
    note="the patient's licence plate, his name and surname; the ER lot is the hospital's",
)

# 188
n(
    "es",
    "anonymous_story",
    "Escuchado en la clínica de Sharpstown: un niño le preguntó a nuestra pediatra si su estetoscopio podía "
    "oír sus videojuegos. Ella le dijo que sí. Desde entonces hace la tarea. 🎮🩺",
    "anonymous child; the clinic",
)

# 189
p(
    "es",
    "patient_story",
    "La señora Huynh Thi Lan, dueña de una panadería en Bellaire, se quemó las manos con el horno el 2 de "
    "enero. Sus clientes hispanos juntaron dinero para su rehabilitación. Si quiere mandarle una tarjeta, su "
    "nieta Vy recibe correos en vy.huynh.family@gmail.com 🥐",
    [
        ("NAME", "Huynh Thi Lan"),
        ("GEO", "Bellaire"),
        ("DATE", "2 de enero"),
        ("NAME", "Vy"),
        ("EMAIL", "vy.huynh.family@gmail.com"),
    ],
    note="Vietnamese name without diacritics; the city of her bakery (workplace); date of injury; "
    "granddaughter's name and e-mail",
)

# 190
n(
    "es",
    "research",
    "Investigadores de Bayou City Health estudian por qué los trabajadores de la construcción en Houston "
    "sufren más lesiones renales en verano. Si usted trabaja en construcción y tiene entre 18 y 65 años, "
    "puede participar. 📞 713-555-0100",
    "research recruitment for a population",
)

# 191
p(
    "es",
    "birth_announcement",
    "¡bebé de eid al-adha! 🐑 bienvenida al mundo, maryam siddiqui 💚",
    [("DATE", "eid al-adha"), ("NAME", "maryam siddiqui")],
    note="lower case: the holiday she was born on, her name",
)

# 192
n(
    "en",
    "event",
    "Save the date: our 10th annual Bayou City Heart Walk is Saturday, Oct. 18 at Mason Park. Register at "
    "bchgives.org/heartwalk. Dogs welcome, rodeo hats encouraged. 🐕🤠",
    "event date and venue",
)

# 193
p(
    "es",
    "thank_you",
    "La familia Chávez Orellana agradece cada oración por Kevin, herido en la explosión de la planta el 12 "
    "de abril. Para ayudar con los gastos: gofundme.com/f/fuerza-kevin-chavez 🙏 #FuerzaKevin",
    [
        ("NAME", "Chávez Orellana"),
        ("NAME", "Kevin"),
        ("DATE", "12 de abril"),
        ("URL", "gofundme.com/f/fuerza-kevin-chavez"),
        ("NAME", "#FuerzaKevin"),
    ],
    note="family surnames, patient, date of injury, the family's fundraiser URL, name hashtag",
)

# 194
n(
    "es",
    "staff_spotlight",
    "Conozcan a Chukwuemeka 'Emeka' Obiora, nuestro intérprete de igbo, yoruba y... ¡español! Lo aprendió en "
    "Monterrey, donde estudió medicina. 🌍 'Mi abuela en Enugu no me cree', dice.",
    "an interpreter (staff) and his own grandmother",
)

# 195
p(
    "en",
    "memorial",
    "FOREVER IN OUR HEARTS: BABY NOAH KHALID MIRZA, BORN SLEEPING ON THE 9TH. HIS PARENTS, SANA AND OMAR, "
    "ASKED US TO SAY HIS NAME. NOAH. 💙",
    [
        ("NAME", "NOAH KHALID MIRZA"),
        ("NAME", "NOAH", "*"),
        ("DATE", "9TH"),
        ("NAME", "SANA"),
        ("NAME", "OMAR"),
    ],
    note="all caps: stillborn baby's name, day of the month of birth, parents",
)

# 196
n(
    "en",
    "eponymous_condition",
    "Heard of Guillain-Barré? It's rare, it can follow a stomach bug or the flu, and it starts with tingling "
    "feet. Most people recover fully. Our neurologist Dr. Obinna Eze answers your questions Thursday on FB Live.",
    "eponym and a staff doctor",
)

# 197
p(
    "es",
    "pasted_record",
    "¡Error! Esto no era para Facebook: 'Registro: Maldonado Ríos, Efraín / licencia de conducir TX 44718290 "
    "/ Medicaid 718822940 / FN 01/05/1983 / dirección: 7711 Harrisburg Blvd, 77012'",
    [
        ("NAME", "Maldonado Ríos, Efraín"),
        ("LICENSE", "44718290"),
        ("HEALTH_PLAN", "718822940"),
        ("DATE", "01/05/1983"),
        ("GEO", "7711 Harrisburg Blvd"),
        ("GEO", "77012"),
    ],
    note="chart name, driver's licence number (value only, without 'TX'), Medicaid id, birth date, street "
    "address, ZIP",
)

# 198
n(
    "es",
    "public_figure",
    "En el Mes de la Herencia Hispana recordamos al Dr. Héctor P. García, médico y activista tejano que luchó "
    "por los derechos de los veteranos. 🇺🇸🇲🇽 #MesDeLaHerenciaHispana",
    "a historical figure",
)

# 199
p(
    "en",
    "patient_story",
    "Day 40. Still fighting. Still smiling. Still asking for Takis. 🔥 #FuerzaYaretzi #BCHPeds",
    [("NAME", "#FuerzaYaretzi")],
    note="the patient is named only in a Spanish hashtag; 'Day 40' is relative",
)

# 200
n(
    "en",
    "campaign_hashtag",
    "#StrongerThanBeryl #BCHStrong #NursesRock 💪 Every nurse, tech and housekeeper who showed up during the "
    "storm: thank you.",
    "campaign hashtags; Beryl is a storm",
)

# 201
p(
    "en",
    "discharge",
    "Ireti means 'hope' in Yoruba, and little Ireti Adeleke gave us plenty of it. Born at 24 weeks on New "
    "Year's Eve, she went home last night to Missouri City with mom Bisola and big brother Tayo. Hope looks "
    "good on you, Ireti! 🌟",
    [
        ("NAME", "Ireti Adeleke"),
        ("NAME", "Ireti", "*"),
        ("DATE", "New Year's Eve"),
        ("GEO", "Missouri City"),
        ("NAME", "Bisola"),
        ("NAME", "Tayo"),
    ],
    note="baby's Yoruba name (every mention; 'Hope' is the word it translates, not her name), birth date "
    "as a holiday, home city, mother and brother",
)

# 202
n(
    "es",
    "statistic",
    "Los mayores de 90 años son el grupo de edad que más crece en el condado de Harris. Nuestro equipo de "
    "geriatría hizo 3,200 visitas a domicilio el año pasado. A los cuidadores: los vemos. 💜",
    "a population age group and a county",
)

# 203
p(
    "es",
    "discharge",
    "En la foto: don Eulogio Paredes con su bisnieta Camila el día que salió de rehabilitación, el sábado 21. "
    "Tiene 93 años y dice que ya va a volver a su hortaliza en Pasadena. 🌽",
    [
        ("PHOTO", "En la foto"),
        ("NAME", "Eulogio Paredes"),
        ("NAME", "Camila"),
        ("DATE", "21"),
        ("AGE", "93"),
        ("GEO", "Pasadena"),
    ],
    note="photo cue; name; great-granddaughter; day of the month of discharge (the weekday is not "
    "labelled); age over 89; home town",
)

# 204
n(
    "es",
    "anonymous_story",
    "Una bebé nació anoche en el estacionamiento de nuestra clínica de Sharpstown. ¡Mamá y bebé están "
    "perfectas! Gracias a nuestro guardia de seguridad, que resultó ser ex paramédico. 👶",
    "anonymous birth in the clinic's own parking lot",
)

# 205
p(
    "en",
    "pasted_record",
    "smh this was ment for the unit group chat: 'heads up 5W, MRN 004 117 829 (Ezeh, Uchenna) is a fall "
    "risk, his wife Nneka is staying overnight in room 5W-14, pls get her a recliner'",
    [
        ("MRN", "004 117 829"),
        ("NAME", "Ezeh, Uchenna"),
        ("NAME", "Nneka"),
        ("OTHER_ID", "room 5W-14"),
    ],
    note="MRN with spaces, chart name, wife, room with keyword (5W alone is a unit)",
)

# 206
n(
    "en",
    "recruitment",
    "Calling all Vietnamese-, Urdu-, Yoruba- and Igbo-speaking nurses! 🌏 Our Sharpstown clinic is hiring "
    "bilingual RNs and LVNs. Walk-in interviews Wednesday 9-3 at 6700 Bellaire Blvd. #NowHiring",
    "recruitment; the clinic's address",
)

# 207
p(
    "es",
    "patient_story",
    "Cuando Jacinto Moreno Téllez llegó en diciembre con el 40% del cuerpo quemado, nadie pensó que vería la "
    "primavera. Hoy sembró girasoles en el jardín de nuestro piso de quemados con su hermano Beto y su "
    "esposa, Leticia. 🌻",
    [
        ("NAME", "Jacinto Moreno Téllez"),
        ("DATE", "diciembre"),
        ("NAME", "Beto"),
        ("NAME", "Leticia"),
    ],
    note="name, month of admission, brother and wife; 'la primavera' is a season",
)

# 208
n(
    "es",
    "event",
    "🎶 Noche de karaoke para familias de pacientes de larga estancia este jueves a las 7 en la cafetería de "
    "Gulf Freeway. ¡Hasta los doctores cantan! (Más o menos.)",
    "event",
)

# 209
p(
    "en",
    "milestone_birthday",
    "One hundred years ago today, Beatrice 'Miss Bea' Okoye-Washington was born in a Fifth Ward shotgun "
    "house. Today she's on our cardiac floor, fussing at the nurses about their posture. Happy birthday, "
    "Miss Bea! 💐",
    [
        ("AGE", "One hundred"),
        ("NAME", "Beatrice 'Miss Bea' Okoye-Washington"),
        ("NAME", "Bea", "*"),
        ("GEO", "Fifth Ward"),
    ],
    note="age in words; full name with nickname, the nickname again ('Miss' excluded); birthplace "
    "neighbourhood. 'years ago today' is relative.",
)

# 210
n(
    "en",
    "public_figure",
    "Thank you to Houston's own Chef Tú Phạm from TV's 'Bayou Bites' for cooking phở for our night shift! 🍜 "
    "Chef, the 4 a.m. crew wants to know when you're coming back.",
    "a visiting local celebrity",
)

# 211
p(
    "es",
    "pasted_record",
    "Reporte de TI pegado por error 🤦‍♂️: 'usuario del portal marisolreyes_82 olvidó su contraseña; "
    "paciente Reyes Galindo, Marisol; teléfono registrado 281-555-0186; hija menor Abril también en la cuenta.'",
    [
        ("OTHER_ID", "marisolreyes_82"),
        ("NAME", "Reyes Galindo, Marisol"),
        ("PHONE", "281-555-0186"),
        ("NAME", "Abril"),
    ],
    note="portal user name, chart name, phone, daughter whose name is a month (a NAME, not a date)",
)

# 212
n(
    "es",
    "statistic",
    "En julio, durante el huracán Beryl, 1 de cada 5 pacientes de nuestra sala de urgencias llegó por "
    "problemas con generadores eléctricos. 🔌 Nunca lo use dentro de la casa ni del garaje.",
    "aggregate statistic; a month that is not a patient's date",
)

# 213
n(
    "en",
    "public_figure",
    "City Councilmember Tuấn Lê stopped by during Nurses Week to thank our ICU team with 300 bánh mì. "
    "Councilmember, the night shift would like to formally request a repeat. 🥖",
    "a visiting public figure, not a patient or a patient's relative",
)

# 214
n(
    "en",
    "sponsor",
    "Shoutout to the Rodeo's Go Texan committee for donating 400 pairs of kids' cowboy boots to our "
    "pediatric rehab program. Tiny boots, big steps. 👢",
    "sponsor",
)

# 215
p(
    "es",
    "birth_announcement",
    "¡Nació la primera bebé del año en Bayou City Health! 🎆 Valentina Guadalupe Rivas Hernández llegó el 1 "
    "de enero a las 12:07 a.m. Sus papás, Jonathan y Karen, de South Houston, no lo pueden creer.",
    [
        ("NAME", "Valentina Guadalupe Rivas Hernández"),
        ("DATE", "1 de enero"),
        ("NAME", "Jonathan"),
        ("NAME", "Karen"),
        ("GEO", "South Houston"),
    ],
    note="baby's name, birth date, parents, the family's city",
)

# 216
n(
    "es",
    "public_figure",
    "Hoy recordamos a Selena Quintanilla, nacida en Lake Jackson, Texas, que sigue inspirando a nuestras "
    "pacientes jóvenes. 🌹 'Como la flor' sonó en todo el piso de pediatría.",
    "a public figure and her birthplace",
)

# 217
p(
    "en",
    "patient_story",
    "Meet Dr. Saima Rashid: pediatrician at Bayou City Health and, since her car was hit on Highway 6 on "
    "12/3, one of our own trauma patients. 'Now I know what our families feel,' she says. Saima is back to "
    "seeing kids at our Sharpstown clinic next week. Appointments: 713-555-0124.",
    [
        ("NAME", "Saima Rashid"),
        ("NAME", "Saima", "*"),
        ("GEO", "Highway 6"),
        ("DATE", "12/3"),
    ],
    note="a doctor who was our patient: name, road of her crash, crash date. Her employer is the hospital "
    "itself, which is never labelled.",
)

# 218
n(
    "en",
    "anonymous_story",
    "Somewhere tonight, a grandpa is eating his first bowl of phở in three months. We can't tell you who, but "
    "we can tell you the whole 6th floor is very proud of him. 🍜",
    "anonymous patient with no identifier",
)

# 219
p(
    "en",
    "pasted_record",
    "Deleting in 3..2..1 but: 'Records request: Oyinlola Bamidele, send to daughter's fax 832-555-0133, NOT "
    "to our main line 713-555-0100. Pt DOB 05/21/1941.'",
    [("NAME", "Oyinlola Bamidele"), ("FAX", "832-555-0133"), ("DATE", "05/21/1941")],
    note="patient's name, the daughter's fax next to the hospital's line, DOB (age under 90)",
)

# 220
n(
    "en",
    "hospital_contact",
    "Sending records to us? Our Health Information line is 713-555-0100, option 4, or upload securely at "
    "mybayoucity.org. Please never email records to our social media team! 🙏",
    "hospital number and portal",
)

# 221
p(
    "es",
    "memorial",
    "Nuestra querida Amparo Beltrán Quiroz, fundadora del coro de pacientes de diálisis, nos dejó el 8 de "
    "marzo, Día Internacional de la Mujer. Qué fecha tan suya. 💜 Un abrazo a su hija Lourdes y a sus nietos.",
    [
        ("NAME", "Amparo Beltrán Quiroz"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día Internacional de la Mujer"),
        ("NAME", "Lourdes"),
    ],
    note="patient's name, date of death and the awareness day naming the same day, daughter",
)

# 222
n(
    "es",
    "eponymous_condition",
    "¿Síndrome de Down, de Asperger, de Tourette? Detrás de cada nombre hay una persona. Este 2 de abril, Día "
    "Mundial de Concienciación sobre el Autismo, vístase de azul. 💙",
    "eponyms and an awareness day",
)

# 223
p(
    "en",
    "thank_you",
    "The Nwosu fam says THANK U to the PICU for saving there baby girl Chidinma after the pool accident in "
    "Pearland 🙏🙏 if anyone has the video from the swim meet pls send to her aunty Uju 832-555-0161",
    [
        ("NAME", "Nwosu"),
        ("NAME", "Chidinma"),
        ("GEO", "Pearland"),
        ("NAME", "Uju"),
        ("PHONE", "832-555-0161"),
    ],
    note="family surname, child, town of the accident, aunt's name and phone; the video is requested, not "
    "attached",
)

# 224
n(
    "en",
    "research",
    "Our new study in the Journal of Burn Care: workers hurt in Houston refinery fires between 2015 and 2023 "
    "were 40% less likely to die if they reached a verified burn center within an hour. Location matters. 🔥",
    "research on a population",
)

# 225
p(
    "es",
    "patient_story",
    "Durante el huracán Harvey, el agua llegó hasta el techo de la casa de la familia Mendoza Ayala en "
    "Greenspoint. Don Celestino, que ya usaba oxígeno, pasó dos noches en el ático con su nieto Josué, hasta "
    "que una lancha de voluntarios los rescató el 28 de agosto. Llegó a nuestro campus Gulf Freeway con "
    "neumonía y muy poquita esperanza. Siete años después sigue viniendo cada martes a rehabilitación "
    "pulmonar y trae tamales para todo el equipo. 'Ustedes me devolvieron los años', dice. Y nosotros le "
    "decimos: usted nos enseñó lo que es aguantar. 💙",
    [
        ("NAME", "Mendoza Ayala"),
        ("GEO", "Greenspoint"),
        ("NAME", "Celestino"),
        ("NAME", "Josué"),
        ("DATE", "28 de agosto"),
    ],
    note="family surnames, their neighbourhood, the patient ('Don' excluded), grandson, rescue date; "
    "Harvey is the storm",
)

# 226
n(
    "es",
    "health_tip",
    "Calor extremo ☀️ Si trabaja afuera: agua cada 15 minutos, descanso a la sombra y nunca trabaje solo. Los "
    "calambres, el mareo y la confusión son señales de alarma. Llame al 911.",
    "tip",
)

# 227
p(
    "en",
    "discharge",
    "Went home just in time for Tết Trung Thu! 🏮 8-year-old Bảo Ngọc Trịnh spent 3 weeks with us after her "
    "appendix burst on 9/2. Her mom Thu made mooncakes for every nurse on 4 North. #BaoNgocGoesHome",
    [
        ("NAME", "Bảo Ngọc Trịnh"),
        ("DATE", "9/2"),
        ("NAME", "Thu", 2),
        ("NAME", "#BaoNgocGoesHome"),
    ],
    note="child's name, date of her emergency, mother named Thu (the 'Thu' in the festival name is not "
    "her), name hashtag without diacritics. The festival comes after her discharge, so it is not her date.",
    ok=("Thu",),
)

# 228
n(
    "en",
    "public_figure",
    "Jimmy Carter lived to 100, the oldest US president ever, and his choice of home hospice changed how many "
    "families think about the end of life. Talk to us about advance directives. 🕊️",
    "the age of a public figure",
)

# 229
p(
    "es",
    "thank_you",
    "¡Gracias, familia Ogunbiyi! El chin chin para el 5 Norte estuvo riquísimo. 😋 Que Tunde siga mejorando.",
    [("NAME", "Ogunbiyi"), ("NAME", "Tunde")],
    note="family surname and the patient's name; 5 Norte is a unit",
)

# 230
n(
    "es",
    "anonymous_story",
    "Un paciente nos dijo: 'Yo ya viví a Carla, Alicia, Ike y Harvey, mija; Beryl no me asusta.' Ojalá tener "
    "esa fuerza. 💪 #FuerzaHouston",
    "hurricane names, not people; unnamed patient",
)

# 231
p(
    "en",
    "pasted_record",
    "posted to the wrong tab!! 'NICU handoff: isolette 3 = B/G Okafor (mom Chinwe, twin A), isolette 4 = "
    "B/G Okafor twin B, both DOB 1/27, dad Kelechi's cell 713-555-0148'",
    [
        ("OTHER_ID", "isolette 3"),
        ("NAME", "Okafor", "*"),
        ("NAME", "Chinwe"),
        ("OTHER_ID", "isolette 4"),
        ("DATE", "1/27"),
        ("NAME", "Kelechi"),
        ("PHONE", "713-555-0148"),
    ],
    note="NICU beds, twins' surname ('B/G' = baby girl), mother, birth date, father and his phone",
)

# 232
n(
    "es",
    "event",
    "🐎 ¡La carrera 5K del Rodeo es el 1 de marzo! El equipo de Bayou City Health tiene 212 corredores. "
    "Vengan a echarnos porras en la esquina de Montrose y Allen Pkwy. 🎉",
    "event date and venue",
)

# 233
p(
    "es",
    "patient_story",
    "El pequeño Ayaan Qureshi, de 4 años, aprendió a decir 'gracias' en español con las enfermeras de la "
    "habitación 622. Su papá, Faisal, dice que ahora lo corrige a él. 😂 #AyaanHablaEspañol",
    [
        ("NAME", "Ayaan Qureshi"),
        ("OTHER_ID", "habitación 622"),
        ("NAME", "Faisal"),
        ("NAME", "#AyaanHablaEspañol"),
    ],
    note="child's name, room, father, name hashtag",
)

# 234
n(
    "es",
    "campaign_hashtag",
    "Nuestra mascota #DoñaPrevención 👵🏽 dice: revise sus medicinas antes del huracán. Guía en español: "
    "bayoucityhealth.org/huracanes #PrepárateHouston",
    "a campaign mascot with an honorific, and the hospital's domain",
)

# 235
p(
    "en",
    "milestone_birthday",
    "Happy 92nd to Oilers legend Curtis 'Big Train' Wilkerson, who's celebrating on our cardiac floor this "
    "week! He asked us to post this so his old teammates know where to send the cards. 🏈 #LuvYaBlue",
    [("AGE", "92nd"), ("NAME", "Oilers"), ("NAME", "Curtis 'Big Train' Wilkerson")],
    note="a public figure who is our patient: age over 89, his former employer (the team), name with "
    "nickname; #LuvYaBlue is a fan slogan",
)

# 236
n(
    "en",
    "statistic",
    "In 2024 our Sharpstown clinic interpreters handled 48,000 visits: 61% Spanish, 14% Vietnamese, 9% Urdu, "
    "6% Yoruba/Igbo, 10% everything else. 🗣️",
    "aggregate statistic",
)

# 237
p(
    "es",
    "discharge",
    "¡¡¡MARICRUZ YA ESTÁ EN CASA!!! 🏡 Después de 52 días en la UCI neonatal, la bebé Maricruz Elizondo Vela "
    "salió hoy rumbo a Channelview con sus papás. ¡Gracias por tantas oraciones! #MilagroMaricruz",
    [
        ("NAME", "MARICRUZ"),
        ("NAME", "Maricruz Elizondo Vela"),
        ("GEO", "Channelview"),
        ("NAME", "#MilagroMaricruz"),
    ],
    note="all-caps and full name, home town, name hashtag",
)

# 238
n(
    "es",
    "recruitment",
    "¿Trabajaste en refinería y ahora quieres cuidar personas? 🔥➡️💙 Nuestro programa de técnico de "
    "pacientes es gratis y pagado. Informes: 713-555-0100, ext. 5.",
    "recruitment",
)

# 239
n(
    "en",
    "hospital_contact",
    "Got a story about a nurse, tech or doctor who changed your life? We'd love to share it (with your "
    "permission). Email stories@bayoucityhealth.org or DM @BCHSharpstown. 💌",
    "the hospital's e-mail and handle",
)

# 240
n(
    "en",
    "hospital_contact",
    "Gulf Freeway ER wait time right now: 22 min. Sharpstown urgent care: 10 min. Call ahead: 713-555-0111.",
    "the hospital's campuses and ER number",
)

if __name__ == "__main__":
    S.main("phi_dev67_source")
