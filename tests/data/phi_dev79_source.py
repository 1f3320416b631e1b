"""Blind development set d79 for the PHI scanner: tests/data/phi_dev79.jsonl.

Organisation: Harborlight Health (phi_dev79_org.json), a fictional three-site system:
Harborlight Providence (1200 Harborlight Parkway, Providence, RI), Harborlight New Bedford
(455 Whaler's Cove Road, New Bedford, MA) and Harborlight Fall River (88 Quequechan Mill
Way, Fall River, MA); nine 555-01xx numbers, three domains, four handles.
Focus: the Cape Verdean (Kriolu nicknames, Nha/Nhu), Portuguese and Azorean (Dona, Vovó,
Medeiros, Furtado, Pacheco, Raposo), Dominican and Guatemalan (K'iche') communities of
Providence and the SouthCoast; fishing-boat, fish-house and mill injuries; the Feast of the
Blessed Sacrament, Holy Ghost festas, Santo Cristo, Fátima, São João, Dia de Portugal, Cape
Verdean Independence Day, Día de la Altagracia, Día de Reyes; Portuguese words in posts.
Hard cases: ages over 89 as digits, words, ordinals, ALL CAPS, "92yo", "94-year-old",
"in his 90s", "late 90s", "Nonagenarian", "centenaria", "Cem anos", bed-board "94F";
person-tied dates as numerals (US and Spanish d/m order), written, day of month alone
("the 14th", "día 20"), feast days and holidays on which the event fell, Spanish dates;
names that are words or places (Faith, Luz, Lourdes, Fogo, Milagros, Cruz, Sonny Rocha,
Sardinha), lower-case and ALL CAPS names, initials (J.F., D.M., D. Furtado), quoted
nicknames, names only in hashtags or @-handles, relatives' names, employers (vessels,
mills, fish houses, a restaurant, RIPTA), home towns, islands and streets; pasted chart
lines, bed boards, OR schedules, portal messages, fax covers, workers' comp and billing
notes, Rx and lab labels, wristbands, parking lists with MRN, phone, e-mail, account,
plan, device, licence, fishing permit, plate, vessel number, IP and URL values.
Hard negatives: staff and doctors (with and without titles, lower case, ALL CAPS,
initials), volunteers aged 93 and 94, staff members' own relatives (a 100th and a 90th
birthday), donors and named centers, public and historical figures of the region
(Douglass, Paul Cuffe, Lizzie Borden, Cesária Évora, Amílcar Cabral, Duarte, Menchú,
Fefita la Grande, Emeril Lagasse), eponymous conditions (Machado-Joseph, Chagas,
Guillain-Barré, Lou Gehrig's, Parkinson's, Papanicolaou), awareness days, feast and event
dates, the hospital's own 90th birthday, "110th Feast", population ages, statistics,
anonymous stories with ages 89 and under, campaign hashtags, and the hospital's own phones
(508.555.0140, 1-401-555-0100, ext. 4410, (508) 555-0146, +1 508 555 0160, 401.555.0129,
"press 3", "option 4"), addresses (also "1200 Harborlight Pkwy"), domains and handles.
Language mix: 240 posts, 180 English and 60 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- A fishing vessel the patient crews on is the patient's employer and is NAME, like the
  named mills, fish houses, restaurant and transit agency ("Lady Conceição", "Santa
  Isabel", "Amanda Rose", "Bay State Weave", "RIPTA"), even when the vessel bears a saint's
  or a woman's name; the vessel's Coast Guard documentation number is VEHICLE and a
  commercial fishing permit number is LICENSE.
- Islands (Brava, Terceira, São Jorge) and foreign towns, villages and departments
  (Ponta Delgada, Rabo de Peixe, Nova Sintra, Mindelo, Nebaj, Huehuetenango, Jalapa) tied
  to a patient or family are GEO; countries, "the Azores" and adjectives (Azorean, Cape
  Verdean) are not.
- Kriolu and Portuguese honorifics (Nha, Nhu, Dona, Senhora, Sr., Capitão) and kinship
  words (Vovó, Vovô, avó, abuela, Papi) are not part of a NAME span ("Nha Bia" -> "Bia");
  a quoted nickname inside a full name stays inside the one span; a quoted nickname placed
  before a surname ('"Big Joe" Vieira') gives two spans; "Chen/Oliveira" gives two spans.
- A feast or festival day on which the patient's event fell is DATE, including multi-day
  feasts and movable feasts (Feast of the Blessed Sacrament, Holy Ghost Sunday, Feast of
  Our Lady of Fátima, Feast of St. John, Dia de Portugal, Dia de Reis, Cape Verdean
  Independence Day, Día de las Madres, "Leap day"); the same feasts as public events are
  not.
- "in his 90s" / "in her late 90s" -> AGE "90s"; a bed-board token "94F" / "90M" and
  "92yo" are AGE as one token; "One hundred years ago ... was born" -> AGE "One hundred";
  Portuguese "Cem anos" -> AGE "Cem"; "Nonagenarian" and "centenaria" -> AGE; durations
  ("93 days"), "110th Feast", hospital anniversaries and "centenarians" as a population
  are not.
- A day of the month alone in Spanish is labelled without the article: "el día 3" ->
  "día 3".
- Appointment dates, dates of service, nursing-note and specimen dates, release-signing
  dates and a patient's wedding date are person-tied DATEs; public dates appearing in a
  patient post (the fishing season opener) are not.
- Bed codes on a pasted bed board with no keyword ("401-A") are OTHER_ID; ED bays keep the
  keyword like rooms ("Bay 3"); operating-room numbers on an OR schedule ("RM 4") are
  hospital rooms and are not labelled.
- A masked SSN with its last four digits ("***-**-4471") is SSN; "Acct ending 8834" is
  ACCOUNT; prescription numbers, workers' comp claim numbers and wristband numbers are
  OTHER_ID; a relative's IP address is IP.
- A staff member introduced as a patient's relative is labelled as that relative (like a
  donor who is a patient's relative).
- When a patient's home or work town is also the name of a hospital site, only the
  patient's mention is GEO; the site names ("Harborlight Fall River", "the New Bedford
  unit", "came back to Fall River" for a visit to the hospital) are not (declared ok=).
- The place where a patient was injured (a harbor, a road) is GEO, and so is the street of
  a patient's workplace; a pilgrimage or travel destination (Lourdes), an offshore fishing
  ground (Georges Bank) and the venue of a public procession or Mass are not.
- A video a family posted on its own account (not attached to our post) is not PHOTO; a
  photo of a wristband, a label or a whiteboard is not PHOTO; "VIDEO", "video", "photos"
  and "Pictured" are PHOTO when the attachment shows the patient.
- The patient's own handle and a relative's handle are OTHER_ID; hashtags with the
  patient's name ("#lenaturns90", "#NHAGUIDA95", "#forçaavófilomena") are NAME.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev79.jsonl"), os.path.join(HERE, "phi_dev79_org.json"), "d79")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "When the scallop dragger Lady Conceição tied up on March 3, deckhand Manny Pacheco couldn't feel his left hand. Eleven weeks, two surgeries and a LOT of hand therapy later, the Fairhaven dad of three is back mending nets. Obrigado to our hand team at Harborlight New Bedford! #MannyStrong",
    [
        ("NAME", "Lady Conceição"),
        ("DATE", "March 3"),
        ("NAME", "Manny Pacheco"),
        ("GEO", "Fairhaven"),
        ("NAME", "#MannyStrong"),
    ],
    note="fisherman's injury: employer vessel NAME, injury date, home town, name hashtag",
)

# 2
n(
    "en",
    "staff_spotlight",
    'Staff spotlight ⚓ Meet Manuel "Manny" Furtado, RN, charge nurse on 4 West at Harborlight New Bedford. Before nursing school Manny spent nine years fishing out of Point Judith, and he still brings malassadas for the night shift every Fat Tuesday. Parabéns on 20 years with us, Manny!',
    "a nurse (staff) with a fisherman's past; his nickname and holiday are not patient identifiers",
)

# 3
p(
    "en",
    "milestone_birthday",
    'Happy 100th birthday to Nha Bia! 🎉 Our 5 North nurses sang "Parabéns" in Kriolu and English this morning for Beatriz "Bia" Lopes Fortes, who was born on the island of Brava on April 9 and came to New Bedford in 1951. Her granddaughter Kelly says the secret is cachupa every Sunday. 💛',
    [
        ("AGE", "100th"),
        ("NAME", "Bia", 1),
        ("NAME", 'Beatriz "Bia" Lopes Fortes'),
        ("GEO", "Brava"),
        ("DATE", "April 9"),
        ("GEO", "New Bedford"),
        ("NAME", "Kelly"),
    ],
    note="centenarian inpatient; Kriolu honorific Nha excluded; island of birth is GEO; bare year not labelled",
)

# 4
n(
    "en",
    "milestone_birthday",
    "Our longest-serving volunteer, Dona Ilda Raposo, turns 93 on Saturday and she'll be at the gift shop desk like every Tuesday since 1989. Stop by the Fall River lobby for a slice of massa sovada and say parabéns! #HarborlightVolunteers",
    "a volunteer's name and age over 89 are not PHI",
)

# 5
p(
    "es",
    "patient_story",
    '¡Qué alegría! Don Radhamés Peña Almonte, de 91 años, salió caminando de la unidad de cardiología este viernes después de su cirugía de válvula del 14 de febrero. Su hija Yokasta nos dijo: "Papi quería llegar a tiempo para el Día de la Independencia". Gracias al equipo de Harborlight Providence 🇩🇴❤️',
    [
        ("NAME", "Radhamés Peña Almonte"),
        ("AGE", "91"),
        ("DATE", "14 de febrero"),
        ("NAME", "Yokasta"),
    ],
    note="double surname, age over 89, surgery date, daughter; the holiday he wanted to reach is not his event",
)

# 6
n(
    "es",
    "event",
    "Este 27 de febrero celebramos el Día de la Independencia Dominicana con merengue, chequeos de presión gratis y vacunas contra la gripe en el vestíbulo de Harborlight Providence, 1200 Harborlight Parkway. Más información: (401) 555-0117. 🇩🇴",
    "event date, hospital address and phone",
)

# 7
p(
    "en",
    "pasted_record",
    "Reminder: flu clinic Thurs 9-4 in the Fall River lobby!! PACHECO, JOAO M  DOB 06/10/1931  MRN 00418823  rm 312-B  dx CHF exacerbation",
    [
        ("NAME", "PACHECO, JOAO M"),
        ("DATE", "06/10/1931"),
        ("MRN", "00418823"),
        ("OTHER_ID", "rm 312-B"),
    ],
    note="chart line pasted under an event notice",
)

# 8
n(
    "en",
    "eponymous_condition",
    "Machado-Joseph disease (SCA3) was first described in families of Azorean descent, and SouthCoast families still carry it. If balance problems run in your family, our neurogenetics clinic can help: 508.555.0140 or harborlighthealth.org/mjd. #RareDiseaseDay",
    "eponymous condition; hospital number and URL",
)

# 9
p(
    "en",
    "memorial",
    "A note from the Furtado family that made our ICU team cry: \"Thank you for holding Vovó's hand when we couldn't get there from Ponta Delgada in time. Maria da Conceição Furtado was 96 and never once complained. Deus vos abençoe.\" We're holding you in our hearts. 🕯️",
    [
        ("NAME", "Maria da Conceição Furtado"),
        ("NAME", "Furtado", "*"),
        ("GEO", "Ponta Delgada"),
        ("AGE", "96"),
    ],
    note="memorial: family surname, the family's foreign city, age over 89; Vovó is a kinship word",
)

# 10
n(
    "en",
    "memorial",
    "We are heartbroken to share that Dr. Armando Teixeira, who delivered more than 6,000 babies at our Fall River birthing center, died on November 2 at 91. A Fall River native and proud son of Pico, he was still teaching residents at 85. Visitation Friday at Santo Christo Church.",
    "a doctor (staff): his death date, age and home town are not PHI",
)

# 11
p(
    "en",
    "birth_announcement",
    "Born on Dia de Portugal, June 10, weighing 8 lb 2 oz: welcome to the world, Tiago Medeiros-Sousa! 🇵🇹 Big sister Leonor has already picked out his first festa outfit. Congrats to mom Catarina and dad Rui from everyone at the Fall River birthing center.",
    [
        ("DATE", "Dia de Portugal"),
        ("DATE", "June 10"),
        ("NAME", "Tiago Medeiros-Sousa"),
        ("NAME", "Leonor"),
        ("NAME", "Catarina"),
        ("NAME", "Rui"),
    ],
    note="birth on a national day named twice; hyphenated surname; relatives",
)

# 12
n(
    "en",
    "event",
    "Dia de Portugal weekend! 🇵🇹 Find the Harborlight tent at the Day of Portugal festival in Providence on June 10 — free blood pressure checks, sunscreen, and bilingual nurses (Português/English). Questions? 401-555-0129.",
    "event date and venue; hospital number",
)

# 13
p(
    "en",
    "patient_story",
    "92yo, fell off a ladder picking grapes for his homemade wine, and his first question in the ED was whether the grapes were okay. 😂 Our trauma team loves our patients. (Shared with his permission!)",
    [("AGE", "92yo")],
    note="unnamed patient, but an age over 89 identifies (AGE as one token)",
)

# 14
n(
    "en",
    "anonymous_story",
    "A 78-year-old grandfather fell off a ladder picking grapes for his homemade wine last fall. His first question in the ED? Whether the grapes survived. 🍇 Ladder safety matters at every age — ask our Falls Prevention Clinic for a home checklist.",
    "anonymous story, age 89 or under",
)

# 15
p(
    "es",
    "pasted_record",
    "Mensaje del portal — De: Ixchel Tzoc Ajú <ixchel.tzoc92@gmail.com> Asunto: cita de mi hijo. Buenas, mi hijo Kevin Ajú Tzoc (MRN 5520418) tiene cita el 3 de abril pero no tengo transporte. Mi número es 774-555-0135. Gracias.",
    [
        ("NAME", "Ixchel Tzoc Ajú"),
        ("EMAIL", "ixchel.tzoc92@gmail.com"),
        ("NAME", "Kevin Ajú Tzoc"),
        ("MRN", "5520418"),
        ("DATE", "3 de abril"),
        ("PHONE", "774-555-0135"),
    ],
    note="portal message from a mother: appointment date is a person-tied date",
)

# 16
n(
    "es",
    "health_tip",
    "¿Sabía que la enfermedad de Chagas puede causar problemas del corazón años después de la infección? Si usted creció en Guatemala, El Salvador u Honduras, pregunte a su médico por la prueba. Línea en español: (508) 555-0146. #SemanaDelChagas",
    "eponymous condition, countries, hospital phone",
)

# 17
p(
    "en",
    "milestone_birthday",
    'HAPPY 101ST BIRTHDAY TO OUR FRIEND ANTONIO "TÓI" GOMES!!! 🎂🎂 TÓI HAS BEEN COMING TO OUR CARDIAC REHAB GYM SINCE HE WAS 88 AND STILL OUT-WALKS THE STAFF. FELIZ ANIVERSÁRIO, NHU TÓI!',
    [
        ("AGE", "101ST"),
        ("NAME", 'ANTONIO "TÓI" GOMES'),
        ("NAME", "TÓI", "*"),
    ],
    note="ALL CAPS name and Kriolu nickname; 88 is not labelled; NHU is an honorific",
)

# 18
n(
    "en",
    "milestone_birthday",
    "Our unit secretary Jessica Cabral is flying to Praia this week for her avó's 100th birthday! 🇨🇻 Jessica has covered the 3 North desk for 14 years and we'll miss her for the two weeks. Tell Vovó we said parabéns!",
    "a staff member's own grandmother, not a patient",
)

# 19
p(
    "en",
    "discharge",
    "NICU graduation day! 🎓 Baby Esperanza was born at 26 weeks on the 2nd of January and went home yesterday to her brothers in the Flint at 6 lb 1 oz. Her mom, Rosa Cux, says Esperanza already has her grandmother's temper. 💪 #NICUgrad",
    [
        ("NAME", "Esperanza", "*"),
        ("DATE", "2nd of January"),
        ("GEO", "Flint"),
        ("NAME", "Rosa Cux"),
    ],
    note="NICU grad: name that is a word, birth date, Fall River neighbourhood, mother",
)

# 20
n(
    "en",
    "anonymous_story",
    'One of our tiniest NICU grads came back to visit today — born at 24 weeks, now a kindergartener who wants to be a "baby doctor." 🥹 That\'s why we do this. #NICUAwarenessMonth',
    "anonymous NICU grad, no identifier",
)

# 21
p(
    "en",
    "crisis_update",
    "Update from Harborlight Fall River: the two workers hurt in this morning's fire at the Bay State Weave mill are in stable condition. Per the family's request we can share that Jaime Rocha, 44, of Tiverton is awake and asking for coffee. Media: 401-555-0129.",
    [
        ("NAME", "Bay State Weave"),
        ("NAME", "Jaime Rocha"),
        ("GEO", "Tiverton"),
    ],
    note="mill injury: employer, name, home town; age 44 not labelled",
)

# 22
n(
    "en",
    "crisis_update",
    "CODE TRIAGE UPDATE 2:15 PM: Harborlight Fall River has received 6 patients from this morning's mill fire. All are stable. Families looking for loved ones, please call our family line at 508-555-0160 — do NOT come to the ED entrance. Next update at 4 PM. #FallRiverStrong",
    "crisis update, no patient identified; hospital phone",
)

# 23
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Altagracia Marisol! 👶 Nació en Nochebuena, el 24 de diciembre, en nuestro centro de partos de Fall River. Sus papás, Yaneisy y Wilkin Batista, dicen que fue el mejor regalo. #BebésDeNavidad",
    [
        ("NAME", "Altagracia Marisol"),
        ("DATE", "Nochebuena"),
        ("DATE", "24 de diciembre"),
        ("NAME", "Yaneisy"),
        ("NAME", "Wilkin Batista"),
    ],
    note="birth on Nochebuena, same day named twice; parents",
)

# 24
n(
    "es",
    "public_figure",
    "Hoy, 21 de enero, día de Nuestra Señora de la Altagracia, nuestra capellanía celebra una misa en español a las 12:00 en la capilla de Harborlight Providence. Todos son bienvenidos. 🙏",
    "religious feast and event date; Altagracia is the Virgin, not a patient",
)

# 25
p(
    "en",
    "pasted_record",
    "oops wrong window — 4W BED BOARD: 401-A Medeiros, Graça 94F fall/hip | 402-B Carreiro, D. 67M CHF | 403-A Sousa Pimentel, Luís 91M sepsis",
    [
        ("OTHER_ID", "401-A"),
        ("NAME", "Medeiros, Graça"),
        ("AGE", "94F"),
        ("OTHER_ID", "402-B"),
        ("NAME", "Carreiro, D."),
        ("OTHER_ID", "403-A"),
        ("NAME", "Sousa Pimentel, Luís"),
        ("AGE", "91M"),
    ],
    note="bed board: bed codes without keyword are OTHER_ID; age-sex tokens over 89 are AGE; 67M is not",
)

# 26
n(
    "en",
    "hospital_contact",
    "New number alert 📞 Harborlight Fall River's birthing center now has a direct line: (508) 555-0163. Main switchboard is still 508.555.0160, and our New Bedford campus is at 455 Whaler's Cove Road (508-555-0140). Follow @HarborlightFR for updates!",
    "the hospital's own numbers, address and handle",
)

# 27
p(
    "en",
    "thank_you",
    "@ritinha_furtado We're so glad your dad is home in Somerset! 💙 Please tell Mr. Furtado the whole 5 North crew says hi, and that his Holy Ghost sopas recipe is now taped to our break room fridge.",
    [
        ("OTHER_ID", "@ritinha_furtado"),
        ("GEO", "Somerset"),
        ("NAME", "Furtado"),
    ],
    note="reply to a daughter's comment: her handle is OTHER_ID, home town, patient's surname",
)

# 28
n(
    "en",
    "hospital_contact",
    "@PVDfoodie Thanks for the shout-out! 🐟 Bacalhau à Brás Fridays are back in the Harborlight Providence café, 11-2, and yes, the public is welcome. Obrigado to Chef Adelino and his crew.",
    "reply to a commenter about the café; chef is staff",
)

# 29
p(
    "en",
    "patient_story",
    "Look who's back on the basketball court! 🏀 Six months after his spinal cord injury, our pal Djodjo is dribbling from his chair with the Cape Verdean Association league. Keep going, champ. #DjodjoStrong",
    [("NAME", "Djodjo"), ("NAME", "#DjodjoStrong")],
    note="Kriolu nickname and name hashtag",
)

# 30
n(
    "en",
    "campaign_hashtag",
    "Every step counts! Join #HarborlightStrides on Saturday, May 17, starting at the Fall River Heritage State Park boardwalk. Register at harborlightgiving.org/strides — all proceeds support our pediatric rehab gym. #SouthCoastStrong",
    "campaign hashtags, event date, hospital domain",
)

# 31
p(
    "es",
    "memorial",
    "Con mucho cariño despedimos a doña Candelaria Xoc López, originaria de Todos Santos Cuchumatán, Huehuetenango, quien falleció el 8 de marzo, Día de la Mujer, rodeada de sus nietos. Tenía noventa y cuatro años y nunca dejó de tejer sus güipiles. Descanse en paz.",
    [
        ("NAME", "Candelaria Xoc López"),
        ("GEO", "Todos Santos Cuchumatán"),
        ("GEO", "Huehuetenango"),
        ("DATE", "8 de marzo"),
        ("DATE", "Día de la Mujer"),
        ("AGE", "noventa y cuatro"),
    ],
    note="memorial: foreign home town and department, death date named twice, age in words",
)

# 32
n(
    "es",
    "statistic",
    "En Massachusetts, más de 30,000 personas tienen 90 años o más. En Harborlight, uno de cada cinco pacientes hospitalizados en medicina interna es mayor de 85. Por eso abrimos nuestra nueva Unidad de Cuidado Geriátrico. 📊",
    "population ages and statistics",
)

# 33
p(
    "en",
    "pasted_record",
    "FAX COVER — Harborlight New Bedford HIM | Fax (508) 555-0199\nTO: Fernanda Pacheco (daughter/HCP)  FAX: 508-555-0173\nRE: PACHECO, Evaristo  DOB 11/30/1932  MRN HL-7730218\nPages: 6 (discharge summary 9/14)",
    [
        ("NAME", "Fernanda Pacheco"),
        ("FAX", "508-555-0173"),
        ("NAME", "PACHECO, Evaristo"),
        ("DATE", "11/30/1932"),
        ("MRN", "HL-7730218"),
        ("DATE", "9/14"),
    ],
    note="fax cover sheet: the daughter's fax is labelled, the hospital's HIM fax is not",
)

# 34
n(
    "en",
    "recruitment",
    "We're hiring! Bilingual (Português/Kriolu/Español) patient navigators for our New Bedford and Fall River campuses. Apply at harborlightcareers.org or text JOBS to 508-555-0140. Need help applying? Stop by 88 Quequechan Mill Way, Fall River, MA 02720, weekdays 9–3.",
    "recruitment; hospital domain, phone and address",
)

# 35
p(
    "en",
    "milestone_birthday",
    "The ninety-seventh birthday of Senhora Lurdes Amaral was celebrated in style on 6 West today: a cake shaped like a rooster of Barcelos, a video call with family in Rabo de Peixe, and one very embarrassed doctor forced to sing. 🐓🎂",
    [
        ("AGE", "ninety-seventh"),
        ("NAME", "Lurdes Amaral"),
        ("GEO", "Rabo de Peixe"),
    ],
    note="ordinal age in words; the family's Azorean village; Barcelos is only a symbol",
)

# 36
n(
    "en",
    "eponymous_condition",
    "ALS is sometimes called Lou Gehrig's disease, after the Yankees first baseman diagnosed in 1939. Our ALS clinic in Providence sees patients from across Rhode Island and SouthCoast Mass. Referrals: 1-401-555-0100, ext. 4410.",
    "eponym and public figure; hospital number with extension",
)

# 37
p(
    "en",
    "patient_story",
    "shoutout to joão from fall river who just finished his last round of chemo and rang that bell so hard the whole infusion center heard it 🔔🔔 #fimdaquimio",
    [("NAME", "joão"), ("GEO", "fall river")],
    note="lower-case name and home town; #fimdaquimio is not a name",
)

# 38
n(
    "en",
    "staff_spotlight",
    "shoutout to our infusion nurses mariana, dulce and zé who threw a surprise party for their manager today 🎉 20 years of chemo-day cookies and zero days off. we love you guys #nursesweek",
    "lower-case staff names",
)

# 39
p(
    "es",
    "patient_story",
    "Wander Reyes, repartidor de la Pizzería El Cibao, chocó su moto en la Elmwood Avenue el 30 de octubre. Hoy, después de 19 días, volvió a caminar. Su esposa Dahiana y sus hijos lo esperaban con un sancocho. ¡Fuerza, Wander! #FuerzaWander",
    [
        ("NAME", "Wander Reyes"),
        ("NAME", "Pizzería El Cibao"),
        ("GEO", "Elmwood Avenue"),
        ("DATE", "30 de octubre"),
        ("NAME", "Dahiana"),
        ("NAME", "Wander", "*"),
        ("NAME", "#FuerzaWander"),
    ],
    note="employer, road of the crash, crash date, wife, name hashtag",
)

# 40
n(
    "es",
    "crisis_update",
    "AVISO: Por la tormenta de nieve, las clínicas ambulatorias de Harborlight New Bedford y Fall River estarán cerradas el martes 11 de febrero. Emergencias abiertas 24 horas. Para reprogramar su cita llame al 508-555-0146 (español/português). ❄️",
    "closure date and hospital phone",
)

# 41
p(
    "en",
    "pasted_record",
    "Portal msg fwd'd to social by mistake 🙈 — \"Hi this is Nelson Medeiros, son of Adelaide Medeiros (MRN 00927714). Mom's pacemaker clinic appt got moved to the 22nd and she can't do stairs. Can someone call me at (401) 555-0184 or email nmedeiros.ri@yahoo.com? Thx\"",
    [
        ("NAME", "Nelson Medeiros"),
        ("NAME", "Adelaide Medeiros"),
        ("MRN", "00927714"),
        ("DATE", "22nd"),
        ("PHONE", "(401) 555-0184"),
        ("EMAIL", "nmedeiros.ri@yahoo.com"),
    ],
    note="portal message from a son: day of month alone is the appointment date",
)

# 42
n(
    "en",
    "event",
    "It's Feast weekend! 🎡 Harborlight New Bedford's first aid tent will be at Madeira Field for the 110th Feast of the Blessed Sacrament, Thursday through Sunday. Stay hydrated, go easy on the carne de espeto, and find us next to the Madeira wine booth. #FeastNB",
    "public feast; 110th is the feast's number, not an age",
)

# 43
p(
    "en",
    "birth_announcement",
    "Our first Feast baby of the year! 🍷🎉 Little Gabriel Sardinha arrived at 11:48 PM on the Saturday of the Feast of the Blessed Sacrament, just as the fireworks started over Madeira Field. Mom Kayla says he's already a true Madeirense. Parabéns to the Sardinha family!",
    [
        ("NAME", "Gabriel Sardinha"),
        ("DATE", "Feast of the Blessed Sacrament"),
        ("NAME", "Kayla"),
        ("NAME", "Sardinha", "*"),
    ],
    note="birth during a named feast (DATE); surname that is a word; Madeira Field is the venue",
)

# 44
n(
    "en",
    "public_figure",
    "In September 1838, Frederick Douglass arrived in New Bedford as a free man. Our New Bedford campus sits a mile from the house where he and Anna Murray Douglass began their new life. Black History Month reading list at harborlighthealth.org/bhm 📚",
    "historical figures of the region",
)

# 45
p(
    "en",
    "patient_story",
    'For 40 years Alcides "Cid" Bettencourt carried the Holy Ghost crown in the procession. This year, 3 weeks after his stroke, he watched from the porch of his house on Columbia Street — and the Império stopped right in front of him. 👑 Thank you to his daughter Fátima for sharing these photos of her dad.',
    [
        ("NAME", 'Alcides "Cid" Bettencourt'),
        ("GEO", "Columbia Street"),
        ("NAME", "Fátima"),
        ("PHOTO", "photos"),
    ],
    note="home street, daughter whose name is also a shrine, attached photos of the patient",
)

# 46
n(
    "en",
    "event",
    "The Great Feast of the Holy Ghost returns to Kennedy Park, Fall River, Aug. 29–Sept. 1! Harborlight Fall River nurses will run a free diabetes screening tent Saturday 12–6. Bring your appetite for sopas and your questions for our dietitians. 👑🍲",
    "public feast dates and venue",
)

# 47
p(
    "es",
    "thank_you",
    "Queremos dar las gracias a la familia Tuy Chox por la carta tan bonita que nos dejaron. Su hijo Brayan estuvo en la Cama 7 de pediatría desde el 2 de junio y hoy se fue a su casa en la calle Ruth. \"Maltiox\" (gracias en k'iche') a todas las enfermeras. 💚",
    [
        ("NAME", "Tuy Chox"),
        ("NAME", "Brayan"),
        ("OTHER_ID", "Cama 7"),
        ("DATE", "2 de junio"),
        ("GEO", "calle Ruth"),
    ],
    note="family surnames, bed with keyword, admission date, home street that is also a first name",
)

# 48
n(
    "es",
    "staff_spotlight",
    "Conozcan a Yesenia Batista, enfermera de la sala de partos en Fall River desde hace 12 años. Nacida en San Francisco de Macorís, Yesenia ha recibido a más de 2,000 bebés y habla español, inglés y un poquito de português. 💜 #EnfermerasHarborlight",
    "staff nurse; her birthplace is not PHI",
)

# 49
p(
    "en",
    "pasted_record",
    "DISCHARGE — pt: Domingos Cordeiro | DOB: 2/29/1940 | MRN 00514067 | Device: Medtronic Azure pacemaker SN RNB118204J | f/u device clinic 3/21 | home: 77 Rivet St, New Bedford 02744 | cell 508-555-0125",
    [
        ("NAME", "Domingos Cordeiro"),
        ("DATE", "2/29/1940"),
        ("MRN", "00514067"),
        ("DEVICE", "RNB118204J"),
        ("DATE", "3/21"),
        ("GEO", "77 Rivet St"),
        ("GEO", "New Bedford"),
        ("GEO", "02744"),
        ("PHONE", "508-555-0125"),
    ],
    note="discharge header with device serial, follow-up date and home address",
)

# 50
n(
    "en",
    "health_tip",
    "Got a new pacemaker? 🫀 Carry your device ID card, keep your phone 6 inches away from the implant, and don't skip your remote checks. Our device clinic (401-555-0100, press 3) can answer questions in Portuguese, Spanish and Kriolu.",
    "health tip; hospital number",
)

# 51
p(
    "en",
    "memorial",
    'Rest easy, Tchuca. 💔 Our oncology family lost a bright light on Sunday: Ana Paula "Tchuca" Monteiro, who taught half of 7 East how to dance funaná. Her sister Nilsa asked us to share the link for her memorial fund: gofundme.com/f/tchuca-monteiro-memorial',
    [
        ("NAME", "Tchuca", 1),
        ("NAME", 'Ana Paula "Tchuca" Monteiro'),
        ("NAME", "Nilsa"),
        ("URL", "gofundme.com/f/tchuca-monteiro-memorial"),
    ],
    note="Kriolu nickname, sister, fundraiser URL; Sunday is a weekday",
)

# 52
n(
    "en",
    "public_figure",
    "Remembering Paul Cuffe, born on Cuttyhunk Island in 1759 — whaling captain, shipbuilder, and one of the SouthCoast's first Black and Wampanoag entrepreneurs. He died on September 7, 1817. Learn more at the New Bedford Whaling Museum this month. #BlackHistoryMonth",
    "historical figure's birthplace and death date",
)

# 53
p(
    "en",
    "discharge",
    "She turned 100 in our ICU and went home today! Dona Amélia Furtado Pacheco spent her birthday, May 13 (the Feast of Our Lady of Fátima, of course 🙏), recovering from pneumonia. Her grandson Brandon drove her home to Dartmouth with the Amália records playing.",
    [
        ("AGE", "100"),
        ("NAME", "Amélia Furtado Pacheco"),
        ("DATE", "May 13"),
        ("DATE", "Feast of Our Lady of Fátima"),
        ("NAME", "Brandon"),
        ("GEO", "Dartmouth"),
    ],
    note="turned 100; birthday named twice (date and feast); Amália is the singer, not labelled",
)

# 54
n(
    "en",
    "event",
    "This Tuesday, May 13, the Our Lady of Fátima candlelight procession will close part of Columbia Street in Fall River from 7 to 10 PM. Patients and visitors heading to Harborlight Fall River, please use the Quequechan Mill Way entrance. 🕯️",
    "public procession date and route",
)

# 55
p(
    "es",
    "milestone_birthday",
    "¡Nuestra centenaria favorita! Doña Mercedes Almánzar cumplió 102 años el pasado 15 de agosto, día de la Virgen de la Asunción, y lo celebró en el hogar de su nieta en Central Falls con mangú y bachata. Mercedes fue paciente de nuestra clínica de diabetes por 30 años. 🎂",
    [
        ("AGE", "centenaria"),
        ("NAME", "Mercedes Almánzar"),
        ("AGE", "102"),
        ("DATE", "15 de agosto"),
        ("DATE", "día de la Virgen de la Asunción"),
        ("GEO", "Central Falls"),
        ("NAME", "Mercedes", "*"),
    ],
    note="centenaria and 102 are AGE; birthday named twice; granddaughter's town",
)

# 56
n(
    "es",
    "public_figure",
    "Hoy recordamos a Juan Pablo Duarte, padre de la patria dominicana, nacido el 26 de enero de 1813. Durante todo el mes, nuestro vestíbulo en Providence exhibe arte de la comunidad dominicana de Rhode Island. 🇩🇴",
    "historical figure's birth date",
)

# 57
p(
    "en",
    "patient_story",
    "Faith has had a lot of faith this year. 💪 After a crash on Route 24 near Freetown on October 9, 17-year-old Faith Amaral spent 38 days with us. Today she walked into her senior prom at Durfee High. Faith, you amaze us.",
    [
        ("NAME", "Faith Amaral"),
        ("NAME", "Faith", "*"),
        ("GEO", "Route 24"),
        ("GEO", "Freetown"),
        ("DATE", "October 9"),
    ],
    note="name that is a word (lower-case 'faith' is not); road and town of the crash; school not labelled",
)

# 58
n(
    "en",
    "health_tip",
    "Hope is not a plan — but a plan gives you hope. 💙 Talk to our advance care planning team about a health care proxy. Free Saturday workshops in English, Português and Español at Harborlight Providence: harborlighthealth.org/proxy",
    "'Hope' is a word here, not a name",
)

# 59
p(
    "en",
    "pasted_record",
    "Pt Djenifer Fortes Rodrigues, 23F, G2P1 @ 38w, presented 12/26 w/ contractions. MassHealth ID 100384471290. Partner: Edson Rodrigues, ph 774-555-0107. Interpreter: Kriolu.",
    [
        ("NAME", "Djenifer Fortes Rodrigues"),
        ("DATE", "12/26"),
        ("HEALTH_PLAN", "100384471290"),
        ("NAME", "Edson Rodrigues"),
        ("PHONE", "774-555-0107"),
    ],
    note="L&D note: admission date, plan ID, partner's phone; 23F is not an age over 89",
)

# 60
n(
    "en",
    "statistic",
    "By the numbers, 2024 at Harborlight Fall River: 1,412 babies born, 38 sets of twins, 1 set of triplets, and our oldest mom was 46. 👶 Our interpreters handled 21,000 visits in Portuguese, Kriolu, Spanish and K'iche'.",
    "statistics",
)

# 61
p(
    "en",
    "patient_story",
    'Our oldest marathoner-in-rehab is a retired barber in his 90s who does 200 laps of the 6 North hallway every day. 💈 He asked us not to use his name, but he said we could tell you: "Don\'t sit down."',
    [("AGE", "90s")],
    note="unnamed patient 'in his 90s': AGE",
)

# 62
n(
    "en",
    "anonymous_story",
    'A retired barber in his 80s told our rehab team his secret to recovery: "Don\'t sit down." 💈 He does 200 laps of the hallway every day. Falls prevention tips: harborlighthealth.org/falls',
    "anonymous, age under 90",
)

# 63
p(
    "es",
    "pasted_record",
    "Seguridad de Harborlight Providence: si usted es familiar de la paciente Sra. Dilcia Marte Guzmán (hab. 514), su carro Honda CR-V placa RI 8KM-227 está bloqueando la salida de ambulancias. Llame al 401-555-0117. 🚗",
    [
        ("NAME", "Dilcia Marte Guzmán"),
        ("OTHER_ID", "hab. 514"),
        ("VEHICLE", "8KM-227"),
    ],
    note="security notice naming a patient, her room and the family's plate; hospital phone",
)

# 64
n(
    "es",
    "hospital_contact",
    "¿Necesita un intérprete? Llame gratis al (508) 555-0146 antes de su cita. También puede escribirnos a interpretes@harborlighthealth.org. Atendemos en español, português, kriolu y k'iche'. 🗣️",
    "hospital phone and e-mail",
)

# 65
p(
    "en",
    "thank_you",
    "Thank you to Lúcia and Fernando Cabral, who donated two new NICU cuddle chairs in memory of their granddaughter Sofia, born here on November 21 and held by them every single one of her 11 days. 💛 Sofia's chairs are in Pod C.",
    [
        ("NAME", "Lúcia"),
        ("NAME", "Fernando Cabral"),
        ("NAME", "Sofia", "*"),
        ("DATE", "November 21"),
    ],
    note="donors introduced as a patient's grandparents are labelled",
)

# 66
n(
    "en",
    "sponsor",
    "Huge thanks to the Medeiros Family Foundation and Cordeiro Scallop Co. for sponsoring this year's Harborlight Strides 5K! 🏃 Your $25,000 gift will buy two pediatric gait trainers for our Fall River rehab gym. #HarborlightStrides",
    "sponsors and a foundation",
)

# 67
p(
    "en",
    "milestone_birthday",
    "happy 90th vovó lena!!! 🎂 the whole dialysis unit at new bedford wore pink for you today. #lenaturns90",
    [("AGE", "90th"), ("NAME", "lena"), ("NAME", "#lenaturns90")],
    note="lower-case name, age ordinal and name hashtag; the unit's city is not GEO",
)

# 68
n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to US! 🎉 Harborlight New Bedford opened its doors on May 1, 1935, as the Whaling City Hospital with 40 beds. Cake in the lobby at 2 PM today — come celebrate 90 years of caring for the SouthCoast.",
    "the hospital's own anniversary",
)

# 69
p(
    "es",
    "discharge",
    "Después de 3 semanas en nuestra unidad de quemaduras, Don Santos Ixcoy regresa a casa. Se quemó el brazo el 17 de septiembre trabajando en la procesadora de pescado Atlantic Pier Seafood. Su hija Ana Lucía nos tradujo todo del k'iche' al español. ¡Buena suerte, don Santos!",
    [
        ("NAME", "Santos Ixcoy"),
        ("NAME", "Santos", "*"),
        ("DATE", "17 de septiembre"),
        ("NAME", "Atlantic Pier Seafood"),
        ("NAME", "Ana Lucía"),
    ],
    note="fish-house burn: employer, injury date, daughter",
)

# 70
n(
    "es",
    "eponymous_condition",
    "El síndrome de Guillain-Barré es raro, pero puede comenzar con hormigueo en los pies. Si nota debilidad que sube por las piernas, vaya a emergencias. Más información en harborlighthealth.org/es/guillain-barre. 🧠",
    "eponymous condition; hospital URL",
)

# 71
p(
    "en",
    "pasted_record",
    'Pls delete — from ED trauma log: MVC, pt ROBERTO "BETO" FURTADO, 38M, driver, MA DL S74821953, vehicle Ford F-150 MA plate 5TR 442, Rt 140 northbound, arrived 0212 on 01/01. Wife Daniela at bedside.',
    [
        ("NAME", 'ROBERTO "BETO" FURTADO'),
        ("LICENSE", "S74821953"),
        ("VEHICLE", "5TR 442"),
        ("GEO", "Rt 140"),
        ("DATE", "01/01"),
        ("NAME", "Daniela"),
    ],
    note="trauma log: licence, plate, road of the crash, arrival date, wife",
)

# 72
n(
    "en",
    "crisis_update",
    "A northbound highway is closed after this morning's multi-vehicle crash. Our trauma team is caring for several patients; we will not release names. Please avoid the area and don't come to the ED looking for updates — call 508-555-0140. 🚨",
    "crisis update without identifiers",
)

# 73
p(
    "en",
    "patient_story",
    'Mr. J.F. wants everyone to know he\'s 99 and "not done yet." After his hip surgery on Christmas Eve, the retired Fall River mill fixer was up with a walker in six hours. Boas Festas from our ortho unit! 🎄',
    [
        ("NAME", "J.F."),
        ("AGE", "99"),
        ("DATE", "Christmas Eve"),
        ("GEO", "Fall River"),
    ],
    note="initials, age, surgery on a holiday, home town",
)

# 74
n(
    "en",
    "public_figure",
    "Fun fact for Halloween: our blood drive this year is at the Lizzie Borden House on Second Street! 🪓 Lizzie was acquitted on June 20, 1893, and the house is now a museum. Sign up: harborlightgiving.org/blood",
    "historical figure; event venue",
)

# 75
p(
    "es",
    "pasted_record",
    "Buenas tardes, soy Yokaira De los Santos, hija del paciente Ramón De los Santos (NHC 2209183). Mi papá tiene 90 años y no entiende las instrucciones de la colonoscopía del 9 de mayo. Por favor escríbanme a yokaira.dls@hotmail.com. Bendiciones.",
    [
        ("NAME", "Yokaira De los Santos"),
        ("NAME", "Ramón De los Santos"),
        ("MRN", "2209183"),
        ("AGE", "90"),
        ("DATE", "9 de mayo"),
        ("EMAIL", "yokaira.dls@hotmail.com"),
    ],
    note="portal message: NHC is the MRN; procedure date; daughter's e-mail",
)

# 76
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos asistentes de enfermería bilingües para el turno de noche en Harborlight Fall River. Diferencial de $4/hora. Solicite en harborlightcareers.org/es o visítenos en 88 Quequechan Mill Way. 💼",
    "recruitment; hospital domain and address",
)

# 77
p(
    "en",
    "thank_you",
    'Pictured: Emanuel "Manny" Carreiro and his wife of 62 years, Glória, on the day he left our cardiac unit after his triple bypass on January 6 — Dia de Reis! 👑 Manny, go easy on the bolo rei. #HarborlightHeart',
    [
        ("PHOTO", "Pictured"),
        ("NAME", 'Emanuel "Manny" Carreiro'),
        ("NAME", "Glória"),
        ("DATE", "January 6"),
        ("DATE", "Dia de Reis"),
        ("NAME", "Manny", "*"),
    ],
    note="photo of the patient; surgery date named twice; 62 years of marriage is not an age",
)

# 78
n(
    "en",
    "staff_spotlight",
    "Pictured: our cardiac surgery team — Dr. Helena Sousa, Dr. Marcus Oliveira and perfusionist Gil Andrade — after their 1,000th bypass at Harborlight Providence. 🫀 Obrigado for everything you do. #HarborlightHeart",
    "photo of staff",
)

# 79
p(
    "en",
    "patient_story",
    "We loved seeing the video @familia.cux.tzoc posted of their little one taking her first steps after clubfoot surgery! 🥹 Our pediatric ortho team watched it on repeat. Keep sharing, and thank you for trusting us.",
    [("OTHER_ID", "@familia.cux.tzoc")],
    note="the family's handle is the only identifier; their own video is not attached, so no PHOTO",
)

# 80
n(
    "en",
    "campaign_hashtag",
    "Show us your #HarborlightHeroes! Tag @HarborlightHealth with a photo of the nurse, tech or housekeeper who made your day, and we'll feature them all month. 📸 (Please no patient photos!)",
    "campaign hashtag and hospital handle",
)

# 81
p(
    "en",
    "pasted_record",
    "OR SCHEDULE (INTERNAL) 7/15: RM 4 — 0730 — AGUIAR, MARIA DA GRAÇA — MRN 00633190 — L TKA — DR. SOUSA | RM 5 — 0800 — TAVARES, JOSE ANTONIO — MRN 00710285 — LAP CHOLE — DR. OLIVEIRA",
    [
        ("DATE", "7/15"),
        ("NAME", "AGUIAR, MARIA DA GRAÇA"),
        ("MRN", "00633190"),
        ("NAME", "TAVARES, JOSE ANTONIO"),
        ("MRN", "00710285"),
    ],
    note="OR schedule: surgery date and two patients; OR numbers and surgeons are not labelled",
)

# 82
n(
    "en",
    "event",
    "July 5 is Cape Verdean Independence Day! 🇨🇻 Join Harborlight New Bedford at the Cape Verdean Recognition Parade on Acushnet Avenue — free glucose checks, water, and our Kriolu-speaking nurses. Parabéns, Cabo Verde!",
    "national day and parade route",
)

# 83
p(
    "en",
    "birth_announcement",
    'Our littlest patriot! 🇨🇻 Nailah Gomes Barbosa arrived July 5 at 3:22 AM — on Cape Verdean Independence Day — and her grandpa Djon has already taught the nurses to say "Sodade". Welcome, Nailah!',
    [
        ("NAME", "Nailah Gomes Barbosa"),
        ("NAME", "Nailah", "*"),
        ("DATE", "July 5"),
        ("DATE", "Cape Verdean Independence Day"),
        ("NAME", "Djon"),
    ],
    note="birth date named twice; grandfather's Kriolu name; Sodade is a song",
)

# 84
n(
    "en",
    "public_figure",
    'Cesária Évora, the "barefoot diva" of Mindelo, was born on August 27, 1941. Tonight our Kriolu-speaking staff host a morna night in the Harborlight New Bedford atrium to benefit our cancer center. 🎶',
    "public figure's birth date and home town",
)

# 85
p(
    "en",
    "memorial",
    'Fair winds, Capitão. Fishing captain José "Zé" Raposo, 91, of Fairhaven, who fished Georges Bank for 60 years aboard the Santa Isabel, died peacefully in our hospice unit on Thursday with his wife Natália singing to him. The crew of Harborlight Hospice sends love to the Raposo family. ⚓',
    [
        ("NAME", 'José "Zé" Raposo'),
        ("AGE", "91"),
        ("GEO", "Fairhaven"),
        ("NAME", "Santa Isabel"),
        ("NAME", "Natália"),
        ("NAME", "Raposo", "*"),
    ],
    note="memorial: age, town, his vessel (employer, a saint's name), wife, family surname",
)

# 86
n(
    "en",
    "memorial",
    "Today we join the city at the Fishermen's Memorial on Pier 3 to remember the New Bedford fishermen lost at sea. ⚓ Our chaplains will be there at 11 AM. If this day is hard for you, our bereavement line is open: 508.555.0140 ext. 2700.",
    "public memorial; hospital number with extension",
)

# 87
p(
    "es",
    "patient_story",
    "Una paciente de 97 años nos enseñó hoy a hacer tamales colorados como en su pueblo. 🫔 Dice que el secreto es la hoja de maxán. ¡Gracias por compartir su receta, abuelita!",
    [("AGE", "97")],
    note="unnamed patient with an age over 89",
)

# 88
n(
    "es",
    "anonymous_story",
    "Una paciente de 79 años nos enseñó hoy a hacer tamales colorados como los de Guatemala. 🫔 Dice que el secreto es la hoja de maxán. ¡Gracias, abuelita!",
    "anonymous, age under 90; a country is not GEO",
)

# 89
p(
    "en",
    "pasted_record",
    "Billing queue note — do not post: Guarantor: Carlos Furtado Medeiros, SSN ***-**-4471, acct #8830019247, BCBS RI member ID ZRI771204953, for pt Kevin Furtado Medeiros (son), DOS 08/02.",
    [
        ("NAME", "Carlos Furtado Medeiros"),
        ("SSN", "***-**-4471"),
        ("ACCOUNT", "8830019247"),
        ("HEALTH_PLAN", "ZRI771204953"),
        ("NAME", "Kevin Furtado Medeiros"),
        ("DATE", "08/02"),
    ],
    note="billing note: the father-guarantor's masked SSN, account, plan; date of service",
)

# 90
n(
    "en",
    "health_tip",
    "Open enrollment reminder: MassHealth and RIte Care members must renew every year. Our financial counselors can help in English, Português, Español and Kriolu — call 401-555-0117 or stop by any Harborlight registration desk. 📝",
    "insurance tip; hospital number",
)

# 91
p(
    "en",
    "patient_story",
    "Lourdes made it to Lourdes! 🙏 Two years after her kidney transplant, Lourdes Câmara of Swansea finally took the pilgrimage she promised her late mother. She sent our transplant team a postcard from the grotto.",
    [
        ("NAME", "Lourdes", 1),
        ("NAME", "Lourdes Câmara"),
        ("GEO", "Swansea"),
    ],
    note="name that is also a place: the shrine she visited is not GEO",
    ok=("Lourdes",),
)

# 92
n(
    "en",
    "event",
    "Happy Feast of St. Anthony! 🍞 Our chaplaincy will bless bread for patients and staff in the Harborlight Providence chapel at noon on June 13. Santo António, pray for us.",
    "saint's feast and event date",
)

# 93
p(
    "es",
    "birth_announcement",
    "¡Qué regalo para el Día de las Madres! La pequeña Ixchel Yax Coyoy nació el 10 de mayo a las 6:05 de la mañana. Su mamá, Marta Coyoy, es originaria de San Juan Ixcoy y dice que es su segunda hija nacida en Harborlight New Bedford. 🌸",
    [
        ("DATE", "Día de las Madres"),
        ("NAME", "Ixchel Yax Coyoy"),
        ("DATE", "10 de mayo"),
        ("NAME", "Marta Coyoy"),
        ("GEO", "San Juan Ixcoy"),
    ],
    note="birth on Guatemalan Mother's Day, named twice; mother's home town",
)

# 94
n(
    "es",
    "event",
    "Este 10 de mayo celebramos a todas las mamás guatemaltecas con un desayuno en la sala comunitaria de Harborlight New Bedford, 455 Whaler's Cove Road. ¡Feliz Día de las Madres! 🌸 Información: 508-555-0146.",
    "event date, hospital address and phone",
)

# 95
p(
    "en",
    "thank_you",
    'The crew at Tavares Fish Auction made a giant get-well card for their forklift guy, Paulo "Paulinho" Mendonça, after his accident on the pier on the 14th. 😂 Paulinho says to tell them he\'s keeping his job. Get well soon from your friends on 3 North!',
    [
        ("NAME", "Tavares Fish Auction"),
        ("NAME", 'Paulo "Paulinho" Mendonça'),
        ("DATE", "14th"),
        ("NAME", "Paulinho", "*"),
    ],
    note="employer, nickname, day of month alone as injury date",
)

# 96
n(
    "en",
    "sponsor",
    "Thank you, Tavares Fish Auction, for donating 400 lbs of fresh haddock to our Food as Medicine pantry! 🐟 Families in our diabetes program will take home fish every Friday this month. #FoodIsMedicine",
    "a business donor, not a patient's employer",
)

# 97
p(
    "en",
    "pasted_record",
    "Posted to FB by mistake, removed: IT ticket says portal user mfurtado1947 locked out after 5 failed logins from IP 73.149.22.18. Pt Maria Furtado, DOB 3/8/1947, requests reset to email mariafurtado47@comcast.net.",
    [
        ("OTHER_ID", "mfurtado1947"),
        ("IP", "73.149.22.18"),
        ("NAME", "Maria Furtado"),
        ("DATE", "3/8/1947"),
        ("EMAIL", "mariafurtado47@comcast.net"),
    ],
    note="portal user name, IP, DOB, e-mail",
)

# 98
n(
    "en",
    "hospital_contact",
    "Locked out of MyHarborlight? 🔐 Reset your password at mychart.harborlighthealth.org or call the portal help desk at 1-401-555-0117 (Mon–Fri, 7–7). We'll never ask for your password by phone or email.",
    "hospital domain and number",
)

# 99
p(
    "en",
    "patient_story",
    "Nonagenarian power! 💪 Our pulmonary rehab class just crowned Adelino Costa, 93, of the North End, its plank champion: 47 seconds. His grandson Jayden timed it on his phone and is still in shock.",
    [
        ("AGE", "Nonagenarian"),
        ("NAME", "Adelino Costa"),
        ("AGE", "93"),
        ("GEO", "North End"),
        ("NAME", "Jayden"),
    ],
    note="nonagenarian and 93 are AGE; neighbourhood; grandson",
)

# 100
n(
    "en",
    "staff_spotlight",
    "Nonagenarian power! 💪 Our volunteer greeter Anselmo, 94, just clocked 10,000 hours at the Fall River front desk. He started in 1996 after retiring from the Firestone mill and has never missed a Wednesday.",
    "a volunteer over 90, not a patient",
)

# 101
p(
    "es",
    "pasted_record",
    "ETIQUETA DE LABORATORIO: PEÑA ROSARIO, ANA ALTAGRACIA | F.N. 21/01/1988 | NHC 3318804 | Hab. 612 | Tubo lila 13/03 06:40",
    [
        ("NAME", "PEÑA ROSARIO, ANA ALTAGRACIA"),
        ("DATE", "21/01/1988"),
        ("MRN", "3318804"),
        ("OTHER_ID", "Hab. 612"),
        ("DATE", "13/03"),
    ],
    note="lab label: d/m dates (birth and specimen), NHC, room",
)

# 102
n(
    "es",
    "statistic",
    "En 2024, el 38% de los pacientes de Harborlight Providence prefirió atención en un idioma distinto del inglés. El español fue el más común, seguido del portugués y el kriolu. 🌎 #AccesoLingüístico",
    "statistic",
)

# 103
p(
    "en",
    "discharge",
    "SHE'S HOME!!! 🏠 After 112 days, our girl is finally out of the PICU and back with her big brothers. Thank you for every prayer. #PRAYFORKIARA #KIARASTRONG",
    [("NAME", "#PRAYFORKIARA"), ("NAME", "#KIARASTRONG")],
    note="name only in ALL CAPS hashtags",
)

# 104
n(
    "en",
    "campaign_hashtag",
    "Thank you for every prayer, every casserole, every card. 🙏 Our #PrayForOurNurses campaign raised $18,000 for the Harborlight staff emergency fund after this winter's flu surge. #SouthCoastStrong",
    "campaign hashtags",
)

# 105
p(
    "en",
    "patient_story",
    'Everybody on Wickenden Street knows "Fogo" — the 94-year-old who\'s been sitting on the same stoop since Fox Point was Cape Verdean. After a fall on the 3rd of February, Fogo is back on his stoop, and he wants his coffee delivered. ☕',
    [
        ("GEO", "Wickenden Street"),
        ("NAME", "Fogo", "*"),
        ("AGE", "94-year-old"),
        ("GEO", "Fox Point"),
        ("DATE", "3rd of February"),
    ],
    note="nickname that is an island's name; street and neighbourhood; age; fall date",
)

# 106
n(
    "en",
    "public_figure",
    "Before the hurricane barrier and I-195, Fox Point was home to thousands of Cape Verdean longshoremen and their families. 🇨🇻 This Saturday our community health workers join the Fox Point Cape Verdean Heritage walk — stop by our table on Wickenden Street.",
    "neighbourhood history and event venue",
)

# 107
p(
    "es",
    "thank_you",
    "gracias a la familia de doña chichí por los pasteles en hoja que nos trajeron al piso 6 🥰 que se mejore pronto la señora, la esperamos para su cita del 2 de diciembre",
    [("NAME", "chichí"), ("DATE", "2 de diciembre")],
    note="lower-case nickname; appointment date",
)

# 108
n(
    "es",
    "staff_spotlight",
    "gracias a nuestra enfermera chichí (Cecilia Paulino) por 25 años en el piso 6 🥰 sus pasteles en hoja son famosos en todo el hospital. ¡felicidades, chichí!",
    "a nurse's nickname, staff",
)

# 109
p(
    "en",
    "pasted_record",
    "Workers' comp intake (accidentally attached to the newsletter draft): Employee Jorge L. Tzunux, employer Riverside Cordage Co., injury date 10/17, claim #WC-2210934, home 412 Bank St, Fall River MA 02721, cell (774) 555-0151, email jtzunux@gmail.com.",
    [
        ("NAME", "Jorge L. Tzunux"),
        ("NAME", "Riverside Cordage Co."),
        ("DATE", "10/17"),
        ("OTHER_ID", "WC-2210934"),
        ("GEO", "412 Bank St"),
        ("GEO", "Fall River"),
        ("GEO", "02721"),
        ("PHONE", "(774) 555-0151"),
        ("EMAIL", "jtzunux@gmail.com"),
    ],
    note="mill injury form: employer, injury date, claim number, address, phone, e-mail",
)

# 110
n(
    "en",
    "research",
    "New study from Harborlight and Brown researchers: fishing crews who wore cut-resistant gloves had 40% fewer hand injuries over two seasons in New Bedford. 🧤 Read it at harborlighthealth.org/research/gloves.",
    "research news",
)

# 111
p(
    "en",
    "memorial",
    "This Pediatric Cancer Awareness Month, we remember Mateus Oliveira-Fontes, who loved the Patriots, his dog Biscoito and his nurses, in that order. Mateus would have turned 9 in September. 💛 His mom Daniela asked us to share: #MateusMightyMission",
    [
        ("NAME", "Mateus Oliveira-Fontes"),
        ("NAME", "Mateus", "*"),
        ("DATE", "September"),
        ("NAME", "Daniela"),
        ("NAME", "#MateusMightyMission"),
    ],
    note="birth month is a date element; the dog's name is not labelled",
)

# 112
n(
    "en",
    "campaign_hashtag",
    "September is Childhood Cancer Awareness Month. 💛 Wear gold on September 15 and snap a pic with our #GoldForKids frame in the Harborlight Providence lobby. Every post = $1 from our sponsors for pediatric oncology research.",
    "awareness month and event date",
)

# 113
p(
    "en",
    "thank_you",
    'A gift from the heart: the Pimentel family of Westport donated $50,000 to our stroke unit in honor of their father, Arlindo Pimentel, who recovered here after his stroke on April 2. "Dad got his words back because of you," said his daughter Sandra.',
    [
        ("NAME", "Arlindo Pimentel"),
        ("NAME", "Pimentel", "*"),
        ("GEO", "Westport"),
        ("DATE", "April 2"),
        ("NAME", "Sandra"),
    ],
    note="donor family of a patient: labelled; stroke date; town",
)

# 114
n(
    "en",
    "sponsor",
    "The Pimentel Stroke Center is celebrating 10 years! Founded by a gift from Dr. Rui Pimentel and Maria Pimentel in 2015, it has treated more than 8,000 stroke patients from across the SouthCoast. 🧠 #StrokeAwareness",
    "donors who name a center",
)

# 115
p(
    "es",
    "pasted_record",
    "Por favor actualicen mis datos: Paciente: Wendy Altagracia Rosario Núñez. Nueva dirección: 58 calle Hanover, apto. 3, Fall River, MA 02723. Teléfono nuevo: 508-555-0181. Correo: wendyrosario23@gmail.com. Fecha de nacimiento: 14/02/1996.",
    [
        ("NAME", "Wendy Altagracia Rosario Núñez"),
        ("GEO", "58 calle Hanover, apto. 3"),
        ("GEO", "Fall River"),
        ("GEO", "02723"),
        ("PHONE", "508-555-0181"),
        ("EMAIL", "wendyrosario23@gmail.com"),
        ("DATE", "14/02/1996"),
    ],
    note="address update: street with apt, city, ZIP, phone, e-mail, DOB",
)

# 116
n(
    "es",
    "event",
    "📢 Feria de salud gratuita el sábado 14 de junio en la iglesia Espírito Santo de Fall River: vacunas, presión arterial, glucosa y consultas en español y portugués. Organiza: Harborlight Fall River, +1 508 555 0160.",
    "event date and venue; hospital number",
)

# 117
p(
    "en",
    "patient_story",
    "Big shoutout to D.M., our 16-year-old goalie from Dighton, who tore his ACL in the state semifinal on the 9th and was back in goal by the playoffs a year later. 🥅 #ComebackSeason",
    [("NAME", "D.M."), ("GEO", "Dighton"), ("DATE", "9th")],
    note="initials, home town, injury day of month",
)

# 118
n(
    "en",
    "staff_spotlight",
    "Big shoutout to our PT, D.M. (Dani Moniz, DPT), who has helped more than 300 high school athletes get back on the field after ACL surgery. 🥅 Dani coaches girls' soccer in Dighton on weekends too!",
    "staff initials and name",
)

# 119
p(
    "en",
    "discharge",
    "Ninety-nine years young and headed home! 🎈 Mr. Horácio Silveira of Tiverton walked out of 6 West this morning on his own two feet, on his birthday, October 31. Yes, he was born on Halloween, and yes, he came dressed as a pirate. 🏴‍☠️",
    [
        ("AGE", "Ninety-nine"),
        ("NAME", "Horácio Silveira"),
        ("GEO", "Tiverton"),
        ("DATE", "October 31"),
        ("DATE", "Halloween"),
    ],
    note="age in words; birthday named twice",
)

# 120
n(
    "en",
    "event",
    "Trick-or-treat on the pediatric floor this Halloween, October 31, from 3 to 5 PM! 🎃 Staff in costume, candy for every kid (and sugar-free options). Families of inpatients, ask your nurse for details.",
    "holiday event",
)

# 121
p(
    "en",
    "pasted_record",
    "pasted the wrong thing 🙈 → \"Hi it's Rita (Manny's sister)!! can u send me the pics from his discharge? my cell is 401 555 0156 and email ritapacheco.ri@gmail.com. He loved the nurses so much ❤️\"",
    [
        ("NAME", "Rita"),
        ("NAME", "Manny"),
        ("PHONE", "401 555 0156"),
        ("EMAIL", "ritapacheco.ri@gmail.com"),
    ],
    note="a sister's text message: her name, phone, e-mail and the patient's nickname",
)

# 122
n(
    "en",
    "hospital_contact",
    "Want a copy of your photos from a Harborlight event? Email media@harborlighthealth.org or call 401.555.0129 — please don't post your cell number or email in the comments, we'll DM you! 📷",
    "hospital e-mail and number",
)

# 123
p(
    "en",
    "milestone_birthday",
    "Feliz aniversário to the one and only Nha Nini! 🎂 Our oldest dialysis patient celebrated her 105th with a batuku group in the New Bedford unit today. Follow her great-granddaughter @nini.and.me for the full video 🥁",
    [("NAME", "Nini"), ("AGE", "105th"), ("OTHER_ID", "@nini.and.me")],
    note="Kriolu honorific excluded; age ordinal; a relative's handle; the video is on the relative's account",
)

# 124
n(
    "en",
    "event",
    "Batuku in the lobby! 🥁 The Tabanka Women's Group of New Bedford performs at noon today to open Cape Verdean Heritage Month at Harborlight New Bedford. Staff and visitors welcome.",
    "cultural event",
)

# 125
p(
    "es",
    "pasted_record",
    "Nota de enfermería 22/11: Paciente Elmer Vicente Pérez Ajpop, 14 años, bomba de insulina Tandem t:slim X2 serie 1187346. Madre (Juana Ajpop) solo habla k'iche'; tel. 508-555-0193. Vive en calle Coffin, New Bedford.",
    [
        ("DATE", "22/11"),
        ("NAME", "Elmer Vicente Pérez Ajpop"),
        ("DEVICE", "1187346"),
        ("NAME", "Juana Ajpop"),
        ("PHONE", "508-555-0193"),
        ("GEO", "calle Coffin"),
        ("GEO", "New Bedford"),
    ],
    note="nursing note date, device serial, mother, phone, street and city",
)

# 126
n(
    "es",
    "health_tip",
    "¿Usa bomba de insulina? 💉 Revise su sitio de infusión cada 3 días, lleve siempre un plan de respaldo con plumas y llame a nuestra clínica de diabetes pediátrica al 508-555-0140 si tiene dudas. #DiabetesTipo1",
    "health tip; hospital phone",
)

# 127
p(
    "en",
    "patient_story",
    'Eight years ago Lucinda "Lulu" Barros left Nova Sintra, on the island of Brava, with a heart murmur nobody back home could fix. Last week her cardiologist at Harborlight Providence cleared her to run the Pawtucket 5K with her cousin Elisângela. 🇨🇻❤️',
    [
        ("NAME", 'Lucinda "Lulu" Barros'),
        ("GEO", "Nova Sintra"),
        ("GEO", "Brava"),
        ("NAME", "Elisângela"),
    ],
    note="home town and island abroad; cousin; the race is an event",
)

# 128
n(
    "en",
    "public_figure",
    "Amílcar Cabral, leader of the independence movement of Guinea-Bissau and Cape Verde, was assassinated on January 20, 1973. Our New Bedford library corner has his writings in Portuguese and Kriolu this month. 📚",
    "historical figure",
)

# 129
p(
    "en",
    "pasted_record",
    "FWD from case mgmt: Pt Rui Sequeira (MRN 00881542) needs a letter for the NOAA office about his fishing permit #240118 and vessel F/V Maria Goretti, USCG doc no. 1098237, before the 5/1 season opener. Call wife Helena at 508-555-0109.",
    [
        ("NAME", "Rui Sequeira"),
        ("MRN", "00881542"),
        ("LICENSE", "240118"),
        ("NAME", "Maria Goretti"),
        ("VEHICLE", "1098237"),
        ("NAME", "Helena"),
        ("PHONE", "508-555-0109"),
    ],
    note="fishing permit is LICENSE, vessel name is the employer, documentation number is VEHICLE; the season opener is a public date",
)

# 130
n(
    "en",
    "research",
    "Commercial fishing remains one of the deadliest jobs in America. 🎣 Our SouthCoast Fishermen's Health Project has screened 1,200 crew members for hearing loss, skin cancer and back injuries since 2021. Free screenings at the New Bedford pier every first Tuesday.",
    "research and statistics",
)

# 131
p(
    "en",
    "patient_story",
    'From the Rocha family: "Our dad, Sonny, was rock-solid his whole life. When he broke his hip on Holy Ghost Sunday, you treated him like family." 💙 Wishing Sonny a speedy recovery at home in Little Compton!',
    [
        ("NAME", "Rocha"),
        ("NAME", "Sonny", "*"),
        ("DATE", "Holy Ghost Sunday"),
        ("GEO", "Little Compton"),
    ],
    note="injury on a movable feast day; family surname; town",
)

# 132
n(
    "en",
    "event",
    "Holy Ghost Sunday is this weekend! 👑 Sopas will be served at Império halls across Fall River and New Bedford. Our tip: pace yourself on the massa, and if you're on a low-sodium diet, go easy on the broth. 😉 #FestaDoEspiritoSanto",
    "public feast",
)

# 133
p(
    "es",
    "patient_story",
    '¡Luz ya ve la luz! 🌞 Después de su cirugía de cataratas del 7 de enero, Luz Marina Polanco, de 93 años, pudo ver por primera vez las fotos de sus bisnietos en Santiago de los Caballeros. Su nieto Francis nos mandó este mensaje: "Gracias por devolverle la vista a mi abuela".',
    [
        ("NAME", "Luz", 1),
        ("DATE", "7 de enero"),
        ("NAME", "Luz Marina Polanco"),
        ("AGE", "93"),
        ("GEO", "Santiago de los Caballeros"),
        ("NAME", "Francis"),
    ],
    note="name that is a word; surgery date; age; the family's city abroad; grandson",
)

# 134
n(
    "es",
    "health_tip",
    "La luz del sol puede dañar sus ojos. 🌞 Use lentes con protección UV y hágase un examen de la vista cada año después de los 60. Nuestra clínica de oftalmología atiende en español: 401-555-0117.",
    "'luz' is a word; hospital phone",
)

# 135
p(
    "en",
    "pasted_record",
    'lol who posted the ED whiteboard 😬 — Bay 3: Ferreira, Carolina 27F abd pain | Bay 4: "Big Joe" Vieira 90M SOB, daughter Tina 774-555-0176 | Bay 5: Lopes, Nuno 41M lac R hand (boat winch)',
    [
        ("OTHER_ID", "Bay 3"),
        ("NAME", "Ferreira, Carolina"),
        ("OTHER_ID", "Bay 4"),
        ("NAME", "Big Joe"),
        ("NAME", "Vieira"),
        ("AGE", "90M"),
        ("NAME", "Tina"),
        ("PHONE", "774-555-0176"),
        ("OTHER_ID", "Bay 5"),
        ("NAME", "Lopes, Nuno"),
    ],
    note="ED board: bays with keyword, quoted nickname before surname gives two spans, age-sex token",
)

# 136
n(
    "en",
    "crisis_update",
    "ED wait times are long tonight at Harborlight Providence because of a multi-car crash this evening. 🚑 If your condition isn't an emergency, our urgent care at 1200 Harborlight Parkway, Building B, is open until 10 PM. Call (401) 555-0100 with questions.",
    "crisis update; hospital address and phone",
)

# 137
p(
    "en",
    "thank_you",
    "To everyone at Bristol County Knitting Mills who donated PTO to Dulce Amaral after her injury on the carding machine on the 28th: she asked us to tell you she'll be back on second shift soon. 💪 Obrigada from Dulce and her 4 West nurses.",
    [
        ("NAME", "Bristol County Knitting Mills"),
        ("NAME", "Dulce Amaral"),
        ("DATE", "28th"),
        ("NAME", "Dulce", "*"),
    ],
    note="employer (its county name is part of the company name), injury day of month",
)

# 138
n(
    "en",
    "eponymous_condition",
    "Living with Parkinson's? 🧠 Join our Rock Steady Boxing class for people with Parkinson's disease, Tuesdays and Thursdays at the Fall River wellness center. Coach Manny Sousa (certified!) keeps it fun. Sign up: 508-555-0160.",
    "eponym; staff coach",
)

# 139
p(
    "es",
    "memorial",
    "Con profundo dolor, la familia de Byron Tzoc Ixcoy agradece al equipo de trauma de Harborlight Providence. Byron, de 31 años, fue atropellado en la avenida Cranston el 19 de abril cuando regresaba de su trabajo en la fábrica de joyería. QEPD. 🕊️",
    [
        ("NAME", "Byron Tzoc Ixcoy"),
        ("NAME", "Byron", "*"),
        ("GEO", "avenida Cranston"),
        ("DATE", "19 de abril"),
    ],
    note="road where he was hit, date; age 31 and an unnamed employer are not labelled",
)

# 140
n(
    "es",
    "memorial",
    "Con profundo dolor despedimos a nuestro compañero Héctor Mejía, técnico de radiología en Providence por 22 años, fallecido el 3 de marzo. Su sonrisa y sus chistes en el turno de noche no se olvidarán. 🕊️",
    "staff memorial",
)

# 141
p(
    "en",
    "patient_story",
    "NINETY-SIX AND STILL DANCING THE CHAMARRITA! 💃 WATCH DONA ODETE MELO SHOW OUR PT TEAM HOW IT'S DONE, 4 WEEKS AFTER HER KNEE REPLACEMENT. VIDEO SHARED WITH HER PERMISSION. 🎶",
    [("AGE", "NINETY-SIX"), ("NAME", "ODETE MELO"), ("PHOTO", "VIDEO")],
    note="ALL CAPS age and name; attached video of the patient",
)

# 142
n(
    "en",
    "staff_spotlight",
    "HAPPY RETIREMENT, ODETE! 🎉 AFTER 41 YEARS AS A UNIT CLERK IN FALL RIVER, ODETE SOUSA IS TRADING HER BADGE FOR HER GARDEN. WATCH THE VIDEO OF HER SURPRISE SEND-OFF! 💐",
    "staff retirement in ALL CAPS; video of staff",
)

# 143
p(
    "en",
    "pasted_record",
    "Harborlight reminder: Hi JOSEFA, your appt w/ Dr. Andrade is Tue 4/8 at 10:15 at 455 Whaler's Cove Road, New Bedford. Reply C to confirm. Questions: 508-555-0140. Acct ending 8834. (sent to 508-555-0138)",
    [
        ("NAME", "JOSEFA"),
        ("DATE", "4/8"),
        ("ACCOUNT", "8834"),
        ("PHONE", "508-555-0138"),
    ],
    note="appointment text: date, partial account number, the patient's number; hospital address and number not labelled",
)

# 144
n(
    "en",
    "hospital_contact",
    "Scam alert ⚠️ Harborlight appointment reminders only come from 508-555-0140 or 401-555-0117 and never ask for payment by text. If you get a suspicious message, forward it to security@harborlighthealth.org.",
    "hospital numbers and e-mail",
)

# 145
p(
    "es",
    "birth_announcement",
    "¡Doble bendición! 👶👶 Los gemelos Jeremy y Jadiel Almonte nacieron el Día de San Valentín con 5 libras cada uno. Mamá Yajaira dice que ya tienen nombres para el equipo de pelota. #LosGemelosAlmonte #BebésHarborlight",
    [
        ("NAME", "Jeremy"),
        ("NAME", "Jadiel Almonte"),
        ("DATE", "Día de San Valentín"),
        ("NAME", "Yajaira"),
        ("NAME", "#LosGemelosAlmonte"),
    ],
    note="twins born on a holiday; mother; family-name hashtag",
)

# 146
n(
    "es",
    "campaign_hashtag",
    "¡Feliz Día de San Valentín! ❤️ Este 14 de febrero, done sangre en Harborlight Providence y llévese una camiseta de #CorazonesHarborlight. Citas: harborlightgiving.org/sangre",
    "holiday, event and campaign hashtag",
)

# 147
p(
    "en",
    "anonymous_story",
    "One of our NICU grads from Acushnet came back today to show off his first tooth. 🦷 Born at 25 weeks, now 18 months of pure mischief. We love our alumni!",
    [("GEO", "Acushnet")],
    note="nameless, but the home town identifies",
)

# 148
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back today to show off his first tooth. 🦷 Born at 25 weeks, now 18 months of pure mischief. Want to volunteer as a NICU cuddler? Info at harborlighthealth.org/volunteer",
    "anonymous NICU grad",
)

# 149
p(
    "en",
    "milestone_birthday",
    "One hundred years ago, on a farm outside Angra do Heroísmo on Terceira, Maria do Céu Vieira was born on the Feast of St. John — June 24. Today she blew out her candles in our skilled nursing unit with her 11 grandchildren singing. Parabéns, Dona Maria do Céu! 🎂",
    [
        ("AGE", "One hundred"),
        ("GEO", "Angra do Heroísmo"),
        ("GEO", "Terceira"),
        ("NAME", "Maria do Céu Vieira"),
        ("NAME", "Maria do Céu", "*"),
        ("DATE", "Feast of St. John"),
        ("DATE", "June 24"),
    ],
    note="age in words; birthplace and island; birthday named as a feast and a date",
)

# 150
n(
    "en",
    "event",
    "Sardines, manjericos and plastic hammers: São João is June 23–24! 🎉 Harborlight Providence nurses will hand out free sunscreen and water at the Fox Point festa. Remember: hammer gently.",
    "feast dates and venue",
)

# 151
p(
    "en",
    "pasted_record",
    "Referral excerpt: Name: Evandro Tavares Semedo | DOB 9/15/1962 | SSN 038-55-0172 | Address: 19 Sawyer St, New Bedford, MA 02746 | Ins: Neighborhood Health Plan #NH44018726 | Emergency contact: Ivone Semedo (wife), ivone.semedo@outlook.com",
    [
        ("NAME", "Evandro Tavares Semedo"),
        ("DATE", "9/15/1962"),
        ("SSN", "038-55-0172"),
        ("GEO", "19 Sawyer St"),
        ("GEO", "New Bedford"),
        ("GEO", "02746"),
        ("HEALTH_PLAN", "NH44018726"),
        ("NAME", "Ivone Semedo"),
        ("EMAIL", "ivone.semedo@outlook.com"),
    ],
    note="referral header: SSN, address, plan number, wife's e-mail",
)

# 152
n(
    "en",
    "health_tip",
    "Never post a photo of your hospital wristband, discharge papers or insurance card — they carry your name, date of birth and account numbers. 🔒 Questions about your privacy? privacy@harborlighthealth.org",
    "privacy tip; hospital e-mail",
)

# 153
p(
    "en",
    "memorial",
    'Our hearts are with the Gonsalves family. Anthony "Tony G" Gonsalves, our longtime dialysis patient and unofficial DJ of the New Bedford unit, passed away on Thanksgiving Day. Tony, the music won\'t be the same. 🎧',
    [
        ("NAME", 'Anthony "Tony G" Gonsalves'),
        ("NAME", "Gonsalves", "*"),
        ("DATE", "Thanksgiving Day"),
        ("NAME", "Tony", "*"),
    ],
    note="death on a holiday; nickname; family surname",
)

# 154
n(
    "en",
    "memorial",
    "On Thanksgiving Day, we remember the patients we lost this year and the families who trusted us with their care. 🕯️ Our annual Service of Remembrance is Dec. 7 at 6 PM in the Harborlight Fall River chapel. All are welcome.",
    "anonymous remembrance; event date",
)

# 155
p(
    "es",
    "pasted_record",
    'Mensaje de MyHarborlight: "Hola soy Elvis Chun, papá de Dulce María Chun Lux, 6 años. La niña se cortó el 1 de julio. Les mando las fotos de la herida por aquí: https://imgur.com/a/dmChun0701. Mi correo es elvischun88@yahoo.com"',
    [
        ("NAME", "Elvis Chun"),
        ("NAME", "Dulce María Chun Lux"),
        ("DATE", "1 de julio"),
        ("URL", "https://imgur.com/a/dmChun0701"),
        ("EMAIL", "elvischun88@yahoo.com"),
    ],
    note="portal message: father's name, injury date, image URL, e-mail",
)

# 156
n(
    "es",
    "public_figure",
    "¿Sabía usted? La activista guatemalteca y premio Nobel de la Paz Rigoberta Menchú nació el 9 de enero de 1959 en Uspantán, Quiché. Este mes, nuestra biblioteca para pacientes tiene libros en k'iche' y español. 📚",
    "public figure's birth date and birthplace",
)

# 157
p(
    "en",
    "discharge",
    "He Is Risen — and so is Mr. Joaquim Branco! 🐣 Joaquim had emergency surgery on Easter Sunday, and today, 10 days later, he walked out to his son Paul's truck to go home to Somerset. Boa Páscoa, Joaquim!",
    [
        ("NAME", "Joaquim Branco"),
        ("NAME", "Joaquim", "*"),
        ("DATE", "Easter Sunday"),
        ("NAME", "Paul"),
        ("GEO", "Somerset"),
    ],
    note="surgery on Easter Sunday; son; town",
)

# 158
n(
    "en",
    "event",
    "Easter Sunday Mass will be celebrated in the Harborlight New Bedford chapel at 10 AM and livestreamed to patient TVs on channel 12. 🐣 Boa Páscoa and Felices Pascuas from all of us!",
    "holiday service",
)

# 159
p(
    "en",
    "patient_story",
    "Round 6 of 6 done!!! 🎉🔔 Our favorite Azorean grandmother rang the bell today and brought the whole infusion center massa sovada. #forçaavófilomena",
    [("NAME", "#forçaavófilomena")],
    note="name only in a lower-case Portuguese hashtag",
)

# 160
n(
    "en",
    "campaign_hashtag",
    "Round 6 of 6 for our #ForçaSouthCoast fundraiser! 🎉 Thanks to your bike ride pledges, the infusion center gets new recliners this spring. #HarborlightStrong",
    "campaign hashtags",
)

# 161
p(
    "en",
    "pasted_record",
    "***CONFIDENTIAL FAX*** From: Harborlight Providence Cardiology, fax 401-555-0100 | To: Dr. Kenji Nakamura, Coastal Family Practice | Pt: BATISTA, ROSÁRIO | DOB: 12/25/1929 | MRN: 00295573 | # pages: 3 | Echo 2/11",
    [
        ("NAME", "BATISTA, ROSÁRIO"),
        ("DATE", "12/25/1929"),
        ("MRN", "00295573"),
        ("DATE", "2/11"),
    ],
    note="fax to an outside doctor: patient, DOB, MRN, test date; hospital fax and doctor not labelled",
)

# 162
n(
    "en",
    "staff_spotlight",
    "Welcome, Dr. Kenji Nakamura! 👋 Dr. Nakamura joins Harborlight Providence Cardiology from Boston and will see patients at 1200 Harborlight Parkway starting March 3. New patients: (401) 555-0100.",
    "new doctor; clinic start date; hospital address and phone",
)

# 163
p(
    "es",
    "patient_story",
    '¡Con sus 92 añitos, doña Fefita volvió a bailar! 💃 Después de su reemplazo de cadera el día 3, Josefa "Fefita" Cabrera ya camina sola por el pasillo. Su bisnieta Génesis nos grabó este video.',
    [
        ("AGE", "92"),
        ("NAME", "Fefita", 1),
        ("DATE", "día 3"),
        ("NAME", 'Josefa "Fefita" Cabrera'),
        ("NAME", "Génesis"),
        ("PHOTO", "video"),
    ],
    note="age, day of month alone, nickname, great-granddaughter, attached video",
)

# 164
n(
    "es",
    "public_figure",
    "¡Fefita la Grande en Providence! 🪗 La reina del merengue típico se presenta este sábado en el Festival Dominicano de Rhode Island. Harborlight tendrá una carpa de hidratación y presión arterial. ¡Los esperamos!",
    "public figure and event",
)

# 165
p(
    "en",
    "milestone_birthday",
    'Our friend Mr. Gilberto "Gil" Sousa turned 100 on the 4th of July — and insisted on watching the parade on TV from his hospital bed. 🎆 Gil, a Navy vet who grew up on Thames Street in Bristol, says the secret is kale soup and no complaining.',
    [
        ("NAME", 'Gilberto "Gil" Sousa'),
        ("AGE", "100"),
        ("DATE", "4th of July"),
        ("NAME", "Gil", "*"),
        ("GEO", "Thames Street"),
        ("GEO", "Bristol"),
    ],
    note="turned 100 on a holiday; street and town",
)

# 166
n(
    "en",
    "health_tip",
    "Planning to watch the Bristol Fourth of July Parade? 🎆 It's the oldest in the nation — and the hottest. Bring water, a hat and SPF 30+. Our first aid tent will be at Hope Street and State Street from 9 AM. #SafeFourth",
    "public event; Hope Street is a street",
)

# 167
p(
    "en",
    "thank_you",
    "Thank you to the Xoc family for the beautiful handwoven tzute they gave our 7 West nurses after caring for their grandmother, Petrona, for six weeks. Petrona's daughter Rosalinda told us it was woven in their village of Nebaj. 🧵💚",
    [
        ("NAME", "Xoc"),
        ("NAME", "Petrona", "*"),
        ("NAME", "Rosalinda"),
        ("GEO", "Nebaj"),
    ],
    note="family surname, patient, daughter, the family's village abroad",
)

# 168
n(
    "en",
    "event",
    "Come see the Guatemalan weaving exhibit in the Harborlight New Bedford atrium this month! 🧵 Textiles from Nebaj, Todos Santos and San Juan Ixcoy, on loan from the Maya K'iche' community association of New Bedford.",
    "places not tied to any patient",
)

# 169
p(
    "en",
    "pasted_record",
    "pt alfredo mendes 94 y/o m, from rabo de peixe, lives w/ daughter (fatima) on rodman st, s/p fall, ED 11/2, MRN 01188230",
    [
        ("NAME", "alfredo mendes"),
        ("AGE", "94"),
        ("GEO", "rabo de peixe"),
        ("NAME", "fatima"),
        ("GEO", "rodman st"),
        ("DATE", "11/2"),
        ("MRN", "01188230"),
    ],
    note="lower-case chart line",
)

# 170
n(
    "en",
    "research",
    "Our geriatric research team followed 412 adults aged 90 and over across Bristol County for five years. 📊 Result: those who walked daily had half the rate of hip fracture. Full paper: harborlighthealth.org/research/90plus",
    "population age in research",
)

# 171
p(
    "es",
    "thank_you",
    "Familia Cuxil, muchas gracias por las tortillas que trajeron para las enfermeras el día que su papá dejó la Cama 12. Don Efraín entró el 5 de enero con neumonía y salió el Día de Reyes, caminando. 🙌",
    [
        ("NAME", "Cuxil"),
        ("OTHER_ID", "Cama 12"),
        ("NAME", "Efraín"),
        ("DATE", "5 de enero"),
        ("DATE", "Día de Reyes"),
    ],
    note="admission date and discharge on a holiday; bed with keyword",
)

# 172
n(
    "es",
    "event",
    "¡Feliz Día de Reyes! 👑 Este 6 de enero, los Reyes Magos visitarán el piso de pediatría de Harborlight Providence con juguetes donados por nuestros empleados. 🎁",
    "holiday event",
)

# 173
p(
    "en",
    "patient_story",
    'Leonel Machado has lived with Machado-Joseph disease since his 40s, and this summer he walked the full Senhor Santo Cristo procession with his cane and his daughter Beatriz beside him. 🙏 "Same name, no relation," he laughs.',
    [("NAME", "Leonel Machado"), ("NAME", "Beatriz")],
    note="the surname in the eponym is not labelled; 40s is not over 89",
)

# 174
n(
    "en",
    "eponymous_condition",
    "Machado-Joseph disease is named after two Azorean-American families, the Machados and the Josephs, studied in the 1970s. Today our neurology clinic follows more than 60 SouthCoast patients with MJD. Genetic counselling: 508-555-0140 ext. 5120.",
    "eponym; hospital number",
)

# 175
p(
    "en",
    "anonymous_story",
    "A 98-year-old patient in our cardiac unit asked for just one thing this week: a radio tuned to the Portuguese station so she could hear the fado show. 📻 Our techs found one within the hour.",
    [("AGE", "98-year-old")],
    note="unnamed patient with an age over 89",
)

# 176
n(
    "en",
    "anonymous_story",
    "A patient in our cardiac unit asked for just one thing this week: a radio tuned to the Portuguese station so she could hear the fado show. 📻 Our techs found one within the hour. That's #HarborlightCare.",
    "anonymous, no identifier",
)

# 177
p(
    "es",
    "discharge",
    "Don Mynor Sapón, de 52 años, trabajador del barco escalopero Amanda Rose, regresa hoy a su casa en el South End de New Bedford tras 16 días en terapia intensiva. Se lesionó la pierna el 29 de noviembre. 🙏 ¡Ánimo, Mynor!",
    [
        ("NAME", "Mynor Sapón"),
        ("NAME", "Amanda Rose"),
        ("GEO", "South End"),
        ("GEO", "New Bedford"),
        ("DATE", "29 de noviembre"),
        ("NAME", "Mynor", "*"),
    ],
    note="vessel (employer) with a woman's name; neighbourhood and city; injury date",
)

# 178
n(
    "es",
    "crisis_update",
    "La Guardia Costera rescató esta madrugada a la tripulación de un barco pesquero. Los cuatro pescadores están en condición estable en Harborlight New Bedford. Por respeto a las familias, no publicaremos nombres. ⚓",
    "crisis update without identifiers",
)

# 179
p(
    "en",
    "pasted_record",
    "Device recall notification — Patient: Maria José Cordeiro | Device: Abbott insulin sensor, serial 3MH09A41K | Placement date: 06/18 | Phone on file: (508) 555-0154 | Email: mj.cordeiro@verizon.net",
    [
        ("NAME", "Maria José Cordeiro"),
        ("DEVICE", "3MH09A41K"),
        ("DATE", "06/18"),
        ("PHONE", "(508) 555-0154"),
        ("EMAIL", "mj.cordeiro@verizon.net"),
    ],
    note="recall letter: device serial, placement date, phone, e-mail",
)

# 180
n(
    "en",
    "health_tip",
    "Device recall? 📢 If you received a letter about your insulin sensor, don't panic. Call our diabetes team at (508) 555-0140 or visit harborlighthealth.org/recalls. Never share your device serial number on social media.",
    "health tip; hospital number and URL",
)

# 181
p(
    "en",
    "patient_story",
    "Welcome to the 1,000-mile club, @djimmy_runs! 🏃 After his heart transplant in 2022, Djimmy has logged a thousand miles. See you at the Transplant Games!",
    [("OTHER_ID", "@djimmy_runs"), ("NAME", "Djimmy")],
    note="the patient's own handle is OTHER_ID; bare year not labelled",
)

# 182
n(
    "en",
    "campaign_hashtag",
    "Congrats to @SouthCoastRunners on 1,000 members! 🏃 Join them and @HarborlightNB for the Harborwalk Heart Run on Feb. 14. Register: harborlightgiving.org/heartrun",
    "club and hospital handles; event date",
)

# 183
p(
    "en",
    "birth_announcement",
    "IT'S A GIRL! 💗 Welcome MAKAYLA ROSE TEIXEIRA, born on the 1st at 12:01 AM, right as the fireworks ended! Mom Brianna and dad Tyler are over the moon. 🎉",
    [
        ("NAME", "MAKAYLA ROSE TEIXEIRA"),
        ("DATE", "1st"),
        ("NAME", "Brianna"),
        ("NAME", "Tyler"),
    ],
    note="ALL CAPS name, day of month alone",
)

# 184
n(
    "en",
    "statistic",
    "3,870 babies! 👶 That's how many were born at Harborlight's three birthing centers in 2024 — the most ever, including 41 sets of twins. Thank you to every nurse, midwife and doc.",
    "statistic",
)

# 185
p(
    "es",
    "pasted_record",
    "Objetos perdidos 👛: tras el alta de la paciente ROSANNA M. TAVERAS de la habitación 418, encontramos su licencia de conducir de RI #3382019 y su tarjeta del seguro Neighborhood, miembro 77120045. Llamar a seguridad al 401-555-0117.",
    [
        ("NAME", "ROSANNA M. TAVERAS"),
        ("OTHER_ID", "habitación 418"),
        ("LICENSE", "3382019"),
        ("HEALTH_PLAN", "77120045"),
    ],
    note="lost-and-found post naming a patient, her room, licence and plan number",
)

# 186
n(
    "es",
    "hospital_contact",
    "Objetos perdidos 👛: si perdió algo en Harborlight Providence, llame a seguridad al 401-555-0117 o escriba a objetosperdidos@harborlighthealth.org. Guardamos los objetos por 30 días. Nunca publicaremos sus datos personales.",
    "hospital phone and e-mail",
)

# 187
p(
    "en",
    "milestone_birthday",
    "Cem anos! 🎶 Dona Rosa Maria Pacheco, who sang fado at every festa on the SouthCoast, celebrated her 100th birthday on the 12th with a private concert in our Fall River rehab unit. Her great-grandson Dylan accompanied her on Portuguese guitar.",
    [
        ("AGE", "Cem"),
        ("NAME", "Rosa Maria Pacheco"),
        ("AGE", "100th"),
        ("DATE", "12th"),
        ("NAME", "Dylan"),
    ],
    note="Portuguese 'Cem anos' is an age; birthday day of month",
)

# 188
n(
    "en",
    "milestone_birthday",
    "Cem anos! 🎶 Our chief nursing officer, Dr. Graça Medeiros, is in Ponta Delgada this week celebrating her mother's 100th birthday. Graça asked us to share the photo — five generations of Medeiros women! 💐",
    "a staff member's own mother",
)

# 189
p(
    "en",
    "patient_story",
    'Shoutout to the Guzmán family of Olneyville (02909!) — three generations came to cheer when abuela Ramona took her first steps after her stroke. 💪 Ramona\'s grandson Yunior made the sign: "DALE, ABUELA!"',
    [
        ("NAME", "Guzmán"),
        ("GEO", "Olneyville"),
        ("GEO", "02909"),
        ("NAME", "Ramona", "*"),
        ("NAME", "Yunior"),
    ],
    note="family surname, neighbourhood, ZIP, grandson",
)

# 190
n(
    "en",
    "event",
    "Olneyville, we're coming to you! 🚐 The Harborlight mobile health van will be at Olneyville Square every Wednesday in March, 10–2, with free blood pressure checks and flu shots. Se habla español.",
    "event venue",
)

# 191
p(
    "es",
    "patient_story",
    "El Sr. Wilfredo Ureña, chofer de autobús de RIPTA, sufrió un infarto al volante el 12/3 y logró detener el autobús sin que nadie saliera herido. 🚌 Hoy se recupera en la habitación 718 y su esposa Milagros nos pidió agradecer a los pasajeros que llamaron al 911.",
    [
        ("NAME", "Wilfredo Ureña"),
        ("NAME", "RIPTA"),
        ("DATE", "12/3"),
        ("OTHER_ID", "habitación 718"),
        ("NAME", "Milagros"),
    ],
    note="employer, d/m date, room, wife whose name is a word; 911 not labelled",
)

# 192
n(
    "es",
    "eponymous_condition",
    "Milagros de la medicina: la prueba de Papanicolaou, llamada así por el Dr. Georgios Papanicolaou, ha reducido las muertes por cáncer de cuello uterino en más de 70%. Haga su cita en nuestra clínica de la mujer: (401) 555-0117.",
    "'Milagros' is a word; eponym",
)

# 193
p(
    "en",
    "pasted_record",
    "Release on file ✅ — Subject: Kaylee Furtado-Amaral (minor), DOB 4/30/2015 | Parent/guardian: Jessica Amaral | Address: 1187 Pleasant St, Fall River | Signed 10/02 | Photos from Pediatric Art Day may be used on FB/IG.",
    [
        ("NAME", "Kaylee Furtado-Amaral"),
        ("DATE", "4/30/2015"),
        ("NAME", "Jessica Amaral"),
        ("GEO", "1187 Pleasant St"),
        ("GEO", "Fall River"),
        ("DATE", "10/02"),
    ],
    note="release form: DOB, guardian, address, signing date",
)

# 194
n(
    "en",
    "event",
    "Pediatric Art Day is Oct. 2! 🎨 Local artists from the Fall River Art Association will paint with our young patients in the playroom from 1 to 4. Want to volunteer? Email volunteers@harborlighthealth.org.",
    "event date; hospital e-mail",
)

# 195
p(
    "en",
    "memorial",
    "Our own Nurse Ana Lopes lost her father, Fernando Lopes, on March 30 after his long fight with ALS here on 5 North. He was 90, a Dartmouth dairy farmer, and the proudest dad in the building. Please keep Ana and her family in your thoughts. 🕯️",
    [
        ("NAME", "Ana Lopes"),
        ("NAME", "Fernando Lopes"),
        ("DATE", "March 30"),
        ("AGE", "90"),
        ("GEO", "Dartmouth"),
        ("NAME", "Ana", "*"),
    ],
    note="the patient's daughter is a nurse: labelled as the patient's relative",
)

# 196
n(
    "en",
    "milestone_birthday",
    "Our own Nurse Carla Teves is celebrating her father's 90th birthday this weekend in Dartmouth — he still milks his cows every morning! 🐄 Happy birthday to Mr. Teves from all of 5 North.",
    "a staff member's father, not a patient",
)

# 197
p(
    "en",
    "anonymous_story",
    "One of our dialysis patients turned 90 on Sunday and brought flan for the whole shift. 🍮 Happy birthday, and thank you for sweetening our morning!",
    [("AGE", "90")],
    note="unnamed patient aged 90",
)

# 198
n(
    "en",
    "anonymous_story",
    "One of our dialysis patients turned 80 on Sunday and brought flan for the whole shift. 🍮 Happy birthday, and thank you for sweetening our morning! #HarborlightDialysis",
    "unnamed patient aged 80",
)

# 199
p(
    "en",
    "thank_you",
    "Dear Tânia, thank you for this beautiful review of the care your mom received after her fall on the ice on January 19. We've shared your words with the 3 North team, and we're so glad she's back home in Fairhaven. 💙",
    [("NAME", "Tânia"), ("DATE", "January 19"), ("GEO", "Fairhaven")],
    note="reply to a daughter's review: her name, the fall date, home town",
)

# 200
n(
    "en",
    "thank_you",
    "Dear Tânia, thank you for bringing your fourth-grade class from Hathaway Elementary to sing for our night shift on Nurses Day! 💙 The kids' cards are hanging on every unit at Harborlight New Bedford.",
    "a teacher thanked; not a patient",
)

# 201
p(
    "en",
    "pasted_record",
    'Copied from Epic into the caption by mistake — DC summary: Name: Gervásio "Jerry" Amaral | MRN 00764139 | Admit 1/27, DC 2/3 | Dx: crush injury L foot (dropped scallop cage aboard F/V Nossa Senhora dos Anjos) | Contact: (774) 555-0118, jerryamaral.fv@gmail.com',
    [
        ("NAME", 'Gervásio "Jerry" Amaral'),
        ("MRN", "00764139"),
        ("DATE", "1/27"),
        ("DATE", "2/3"),
        ("NAME", "Nossa Senhora dos Anjos"),
        ("PHONE", "(774) 555-0118"),
        ("EMAIL", "jerryamaral.fv@gmail.com"),
    ],
    note="discharge summary: admission and discharge dates, vessel (employer), phone, e-mail",
)

# 202
n(
    "en",
    "staff_spotlight",
    "Reminder to all comms staff: before posting, check captions for anything copied from Epic — names, MRNs, dates of birth, room numbers. When in doubt, call Compliance at (401) 555-0100 ext. 7700. 🔍 #PrivacyFirst",
    "internal reminder; hospital number",
)

# 203
p(
    "en",
    "pasted_record",
    'Flagged comment export (do not publish): user "Nanda Lopes Évora" <nandaevora@hotmail.com>, IP 24.91.133.207, wrote: "my son Keven was in room 220 at the New Bedford campus on 8/19 and nobody called me back at 508-555-0172!!"',
    [
        ("NAME", "Nanda Lopes Évora"),
        ("EMAIL", "nandaevora@hotmail.com"),
        ("IP", "24.91.133.207"),
        ("NAME", "Keven"),
        ("OTHER_ID", "room 220"),
        ("DATE", "8/19"),
        ("PHONE", "508-555-0172"),
    ],
    note="a mother's comment: her e-mail, IP and phone; the son's room and date",
)

# 204
n(
    "en",
    "hospital_contact",
    "We're sorry to hear about your experience. 💙 To protect your privacy, please don't share details here — our Patient Relations team will help: 508-555-0140 or patientrelations@harborlighthealth.org. Obrigado, gracias, thank you.",
    "generic reply; hospital number and e-mail",
)

# 205
p(
    "es",
    "pasted_record",
    "Buenos días. Mi nombre es Leticia Ortiz Bonilla y escribo por mi mamá, Ana Gladys Bonilla, expediente 8812034. Le dieron de alta el 26 de marzo y necesita la receta del oxígeno. Celular: (401) 555-0168 / correo: leti.ortizb@gmail.com",
    [
        ("NAME", "Leticia Ortiz Bonilla"),
        ("NAME", "Ana Gladys Bonilla"),
        ("MRN", "8812034"),
        ("DATE", "26 de marzo"),
        ("PHONE", "(401) 555-0168"),
        ("EMAIL", "leti.ortizb@gmail.com"),
    ],
    note="daughter's message: record number, discharge date, phone, e-mail",
)

# 206
n(
    "es",
    "health_tip",
    "Si usa oxígeno en casa: nunca fume ni encienda velas cerca del equipo. 🔥 Mantenga el tanque lejos de la estufa. ¿Preguntas? Nuestra línea en español: 508.555.0146. También puede ver videos en harborlighthealth.org/es/oxigeno.",
    "health tip; hospital number and URL",
)

# 207
p(
    "en",
    "pasted_record",
    "photo from tonight's night-shift potluck 🥘🎉 (ignore the board behind us lol: rm 508 - kaiden pacheco-ruiz - mrn 00912257 - npo after midnight)",
    [
        ("OTHER_ID", "rm 508"),
        ("NAME", "kaiden pacheco-ruiz"),
        ("MRN", "00912257"),
    ],
    note="whiteboard behind a staff photo: lower-case room, name, MRN; the photo shows staff, not PHOTO",
)

# 208
n(
    "en",
    "staff_spotlight",
    "Night shift potluck on 7 East! 🥘 Cachupa from Nurse Djamila, pastelitos from Tech Yokasta, and Chef Adelino's famous bacalhau. Photo shows our amazing crew (and zero patient info, we checked 😉).",
    "staff names and a staff photo",
)

# 209
p(
    "en",
    "milestone_birthday",
    "103!!! 🎉🎂 Happy birthday to Sr. Aurélio Ponte, born on São Jorge in the Azores and a Fall River weaver for 45 years. His nurses on the Harborlight Fall River skilled nursing unit threw him a surprise party with Azorean cheese and a Benfica cake.",
    [
        ("AGE", "103"),
        ("NAME", "Aurélio Ponte"),
        ("GEO", "São Jorge"),
        ("GEO", "Fall River", 1),
    ],
    note="birth island; his working town is GEO, the hospital site of the same name is not",
    ok=("Fall River",),
)

# 210
n(
    "en",
    "statistic",
    "Fall River has one of the oldest populations in Massachusetts: nearly 3% of residents are 85 or older, and our skilled nursing unit cares for more centenarians than any other in the region. 👵👴",
    "population statistics; 'centenarians' as a group",
)

# 211
p(
    "en",
    "discharge",
    "Saying grace never meant more. 🙏 On Thanksgiving, after 6 weeks in our ICU with COVID pneumonia, Graça Sardinha sat down at her own table in East Providence with her husband, Artur, and 14 grandkids. Amazing Graça!",
    [
        ("DATE", "Thanksgiving"),
        ("NAME", "Graça Sardinha"),
        ("GEO", "East Providence"),
        ("NAME", "Artur"),
        ("NAME", "Graça", "*"),
    ],
    note="homecoming on a holiday; name pun with 'grace'; town; husband",
)

# 212
n(
    "en",
    "health_tip",
    "Saying grace this Thanksgiving? 🦃 Add a prayer for our ICU nurses working the holiday — and maybe save them a slice of pie. Food safety tips for leftovers: harborlighthealth.org/holidays",
    "holiday tip",
)

# 213
p(
    "es",
    "patient_story",
    "¡¡LO LOGRÓ!! 🎓 Después de 4 meses de rehabilitación por su accidente en la fábrica, nuestro querido PUPO se graduó hoy de la escuela secundaria en Pawtucket. Así se hace, campeón. #PupoNoSeRinde",
    [("NAME", "PUPO"), ("GEO", "Pawtucket"), ("NAME", "#PupoNoSeRinde")],
    note="ALL CAPS nickname; the school's town tells where he lives; name hashtag",
)

# 214
n(
    "es",
    "campaign_hashtag",
    "¡¡LO LOGRAMOS!! 🎉 Nuestra campaña #HarborlightNoSeRinde recaudó $40,000 para el fondo de emergencia de pacientes. Gracias a todos los que caminaron, donaron y compartieron. 💙",
    "campaign hashtag",
)

# 215
p(
    "en",
    "memorial",
    'The Lopes da Silva family invites Harborlight staff to a Mass for Maria Luísa "Lizinha" Lopes da Silva, who died in our care on the 7th of December at age 98. Born in Mindelo, she raised nine children on Brock Avenue. 🕊️ Saturday, 10 AM, Our Lady of the Assumption Church.',
    [
        ("NAME", 'Maria Luísa "Lizinha" Lopes da Silva'),
        ("NAME", "Lopes da Silva", "*"),
        ("DATE", "7th of December"),
        ("AGE", "98"),
        ("GEO", "Mindelo"),
        ("GEO", "Brock Avenue"),
    ],
    note="death date, age, birthplace abroad, street; the Mass venue is not GEO",
)

# 216
n(
    "en",
    "event",
    "All are welcome at our annual Blue Christmas service for anyone grieving this season: Thursday, December 18, 6 PM, Harborlight Providence chapel. Chaplain Rev. Adalgisa Fortes will lead prayers in English, Portuguese and Kriolu. 🕯️",
    "event date; chaplain is staff",
)

# 217
p(
    "en",
    "pasted_record",
    "Rx label (photo cropped badly): ALMEIDA, BENVINDA  DOB 07/04/1933  Rx#7781204  WARFARIN 5MG  Dr. H. SOUSA  Harborlight Outpatient Pharmacy 508-555-0160  pt ph 508-555-0186",
    [
        ("NAME", "ALMEIDA, BENVINDA"),
        ("DATE", "07/04/1933"),
        ("OTHER_ID", "7781204"),
        ("PHONE", "508-555-0186"),
    ],
    note="prescription label: Rx number is OTHER_ID; pharmacy number and doctor not labelled",
)

# 218
n(
    "en",
    "health_tip",
    "On warfarin? 💊 Keep your kale soup (caldo verde) consistent week to week — big swings in leafy greens can change your INR. Our anticoagulation clinic: 508-555-0160, option 4. #CaldoVerdeWisdom",
    "health tip; hospital number",
)

# 219
p(
    "en",
    "patient_story",
    "She's in her late 90s, she's from Bristol, and she just beat our entire therapy team at sueca. 🃏 Never play cards with an Azorean grandmother.",
    [("AGE", "90s"), ("GEO", "Bristol")],
    note="unnamed patient in her late 90s from a named town",
)

# 220
n(
    "en",
    "research",
    "Card games like sueca and bisca aren't just fun — a study of 2,000 adults over 65 found that weekly card players had slower memory decline. 🃏 Join our Tuesday card club at the Fall River senior center!",
    "research with population ages",
)

# 221
p(
    "es",
    "patient_story",
    'Desde Jalapa, Guatemala, hasta Providence: doña Cruz Ajanel, de 101 años, nos contó que cruzó la frontera a pie hace más de 40 años. Hoy sale del hospital después de su operación de vesícula del día 20. Su nieta Brenda dice: "Mi abuela es de hierro". 💪',
    [
        ("GEO", "Jalapa"),
        ("GEO", "Providence"),
        ("NAME", "Cruz Ajanel"),
        ("AGE", "101"),
        ("DATE", "día 20"),
        ("NAME", "Brenda"),
    ],
    note="home towns (abroad and here), name that is a word, age, day of month alone, granddaughter",
)

# 222
n(
    "es",
    "staff_spotlight",
    "Desde Providence hasta Santo Domingo: este mes celebramos a las enfermeras dominicanas de Harborlight con una exposición de fotos en el vestíbulo. ¡Gracias por cuidarnos! 💐 #EnfermerasDominicanas",
    "staff celebration; places not tied to a patient",
)

# 223
p(
    "en",
    "patient_story",
    "If you've had a bifana at Casa dos Amigos on Columbia Street, you know Armindo. 🥪 The owner's favorite cook is recovering with us after a kitchen burn on the 2nd and wants his regulars to know he'll be back behind the grill soon.",
    [
        ("NAME", "Casa dos Amigos"),
        ("GEO", "Columbia Street"),
        ("NAME", "Armindo"),
        ("DATE", "2nd"),
    ],
    note="employer and its street; injury day of month",
)

# 224
n(
    "en",
    "sponsor",
    "Obrigado to Casa dos Amigos on Columbia Street for feeding our ED night shift during the blizzard! 🥪 Local businesses like yours keep #FallRiverStrong. (Yes, the bifanas were gone in 4 minutes.)",
    "business donor",
)

# 225
p(
    "en",
    "pasted_record",
    "Parking pass list for 4 West families (pls don't post 😳): Rm 411 Medeiros fam — silver Camry MA 7JX 218 | Rm 414 daughter of A. Tavares — RI 1GK-904 | Rm 419 Chen/Oliveira — MA 2PL 771",
    [
        ("OTHER_ID", "Rm 411"),
        ("NAME", "Medeiros"),
        ("VEHICLE", "7JX 218"),
        ("OTHER_ID", "Rm 414"),
        ("NAME", "A. Tavares"),
        ("VEHICLE", "1GK-904"),
        ("OTHER_ID", "Rm 419"),
        ("NAME", "Chen"),
        ("NAME", "Oliveira"),
        ("VEHICLE", "2PL 771"),
    ],
    note="families' plates and patients' rooms; two surnames joined by a slash",
)

# 226
n(
    "en",
    "hospital_contact",
    "Parking update 🚗: The Harborlight Providence garage at 1200 Harborlight Pkwy is now free for families of patients staying 3+ days. Get your pass at the main desk or call 401-555-0117. Visitor garage entrance is on the Harborlight Parkway side.",
    "hospital address and phone",
)

# 227
p(
    "en",
    "thank_you",
    "UPDATE: we found Mr. Ilídio Freitas's wedding ring in the laundry! 💍 His daughter Sónia, you can pick it up at security anytime — we tried calling you at 774-555-0197 and emailed sonia.freitas@gmail.com. Mr. Freitas says it's been on his finger since June 14, 1952.",
    [
        ("NAME", "Ilídio Freitas"),
        ("NAME", "Sónia"),
        ("PHONE", "774-555-0197"),
        ("EMAIL", "sonia.freitas@gmail.com"),
        ("NAME", "Freitas", "*"),
        ("DATE", "June 14, 1952"),
    ],
    note="daughter's phone and e-mail; the patient's wedding date",
)

# 228
n(
    "en",
    "hospital_contact",
    "Found in the Fall River cafeteria: a gold wedding ring engraved \"M & J 1952\". 💍 If it's yours, please call security at 508-555-0160 and describe it. We'd love to get it home.",
    "lost item with no patient tied to it; bare year",
)

# 229
p(
    "es",
    "pasted_record",
    "Foto de la pulsera que encontramos en el estacionamiento 🤦‍♀️: RODRÍGUEZ TEJADA, YOKASTA | 19/07/1979 | NHC 4470921 | Pulsera #W88120457 | Alergias: PCN",
    [
        ("NAME", "RODRÍGUEZ TEJADA, YOKASTA"),
        ("DATE", "19/07/1979"),
        ("MRN", "4470921"),
        ("OTHER_ID", "W88120457"),
    ],
    note="wristband photo: a photo of an object is not PHOTO",
)

# 230
n(
    "es",
    "health_tip",
    "Al salir del hospital, no tire su pulsera de identificación a la basura: córtela o guárdela. 🔒 Contiene su nombre, fecha de nacimiento y número de historia clínica. Más consejos de privacidad: harborlighthealth.org/es/privacidad",
    "privacy tip",
)

# 231
p(
    "en",
    "patient_story",
    'Leap day baby, now a kindergarten grad! 🎓 Sebastião "Tião" Cordeiro-Lima was born at 27 weeks on February 29 and spent 93 days in our NICU. Today he came back to Fall River to ring our NICU bell with his twin sister Beatriz and their mom Jéssica. 🐸',
    [
        ("DATE", "Leap day"),
        ("NAME", 'Sebastião "Tião" Cordeiro-Lima'),
        ("DATE", "February 29"),
        ("NAME", "Beatriz"),
        ("NAME", "Jéssica"),
    ],
    note="birth date named twice; 93 days is a duration, not an age; Fall River is the hospital",
)

# 232
n(
    "en",
    "statistic",
    "93 days: that's the average stay for our smallest NICU babies, born under 28 weeks. 💜 Every one of those days, a parent needs a place to sleep — donate to our NICU family suites at harborlightgiving.org/nicu.",
    "statistic; 93 is a number of days",
)

# 233
p(
    "en",
    "pasted_record",
    'Draft caption w/ full email pasted 🙃: From: Deolinda Rebelo <drebelo1958@aol.com> | Re: my husband Fernando (MRN 00518840) | "Please thank Dr. Oliveira and the 6 North nurses. Fernando came home June 30. Call me anytime, 508-555-0131."',
    [
        ("NAME", "Deolinda Rebelo"),
        ("EMAIL", "drebelo1958@aol.com"),
        ("NAME", "Fernando", "*"),
        ("MRN", "00518840"),
        ("DATE", "June 30"),
        ("PHONE", "508-555-0131"),
    ],
    note="a wife's e-mail: her address and phone, the husband's MRN and discharge date",
)

# 234
n(
    "en",
    "anonymous_story",
    'A wife wrote to thank Dr. Oliveira and the 6 North nurses for bringing her husband home. 💙 We can\'t share their names, but we can share her words: "You gave us more time." #HarborlightNurses',
    "anonymous thank-you",
)

# 235
p(
    "es",
    "birth_announcement",
    "Bienvenido, Kenneth Ixbalanqué López Tol, nacido el viernes 15 de noviembre a las 4:44 de la tarde con 3.2 kilos. 💙 Su papá, Ervin López, trabaja en un barco pesquero y llegó justo a tiempo del muelle. ¡Felicidades, familia López Tol!",
    [
        ("NAME", "Kenneth Ixbalanqué López Tol"),
        ("NAME", "López Tol", "*"),
        ("DATE", "15 de noviembre"),
        ("NAME", "Ervin López"),
    ],
    note="double surname, birth date (weekday not labelled), father",
)

# 236
n(
    "es",
    "event",
    "Este 15 de noviembre, Harborlight New Bedford celebra el Día del Pescador con una misa y una bendición de la flota en el muelle. Habrá chequeos de salud gratuitos para pescadores y sus familias. ⚓",
    "event date",
)

# 237
p(
    "en",
    "milestone_birthday",
    "PARABÉNS NHA GUIDA!!! 🇨🇻 95 YEARS YOUNG TODAY AND STILL MAKING THE BEST JAG IN WAREHAM. LOVE FROM ALL YOUR NURSES AT THE DIALYSIS CENTER AND YOUR GRANDSON MARCUS, WHO SNUCK US A PLATE 😋 #NHAGUIDA95",
    [
        ("NAME", "GUIDA"),
        ("AGE", "95"),
        ("GEO", "WAREHAM"),
        ("NAME", "MARCUS"),
        ("NAME", "#NHAGUIDA95"),
    ],
    note="ALL CAPS name, age, town, grandson and name hashtag",
)

# 238
n(
    "en",
    "staff_spotlight",
    "PARABÉNS DONA GUIDA!!! 🎂 OUR ENVIRONMENTAL SERVICES LEGEND GUIDA RAMOS TURNS 70 TODAY AND HAS KEPT THE FALL RIVER ED SPOTLESS SINCE 1988. LOVE FROM THE WHOLE NIGHT SHIFT. #HARBORLIGHTFAMILY",
    "staff birthday in ALL CAPS",
)

# 239
p(
    "en",
    "patient_story",
    "\"Vovô\" D. Furtado (his grandkids' word, not ours!) came to us in August after a fall off his boat in Padanaram Harbor. Three months later he's back on the water with his grandson Ethan. ⛵ Boa pesca!",
    [
        ("NAME", "D. Furtado"),
        ("DATE", "August"),
        ("GEO", "Padanaram Harbor"),
        ("NAME", "Ethan"),
    ],
    note="initial and surname; admission month; place of the injury; grandson",
)

# 240
n(
    "en",
    "public_figure",
    "Fall River's own Chef Emeril Lagasse grew up on Portuguese sweet bread and kale soup — and so did half our staff. 🍞 Join our dietitians on October 8 for a heart-healthy Portuguese cooking demo at the Harborlight Fall River café.",
    "public figure; event date",
)

if __name__ == "__main__":
    S.main("phi_dev79_source")
