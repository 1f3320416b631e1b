"""Blind development set d37 for the PHI scanner: tests/data/phi_dev37.jsonl.

Organisation: Bayou Crescent Health, New Orleans and Houma, Louisiana (phi_dev37_org.json): the
Esplanade main campus with its Children's Pavilion, Bayou Crescent East in New Orleans East, the
Houma campus (Bayou Crescent Terrebonne) and the Lower Lafourche Clinic in Golden Meadow; nine
(504)/(985) 555-01xx lines (switchboard, records fax, Patient Relations, media, East, foundation,
Houma, Spanish line, clinic); domains bayoucrescent.org and bcgiving.org; handles @BayouCrescent,
@BayouCrescentKids, @BCHoumaHealth and @BCSalud.
Focus: Cajun and Creole families, Vietnamese families in New Orleans East, Honduran families in
Kenner and Metairie, shrimpers, oystermen and offshore workers, Mardi Gras, Mardi Gras Indians
and second lines, hurricanes and heat, jazz and gospel musicians. Hard cases: names that are words,
months or places (June, April, May, Faith, Chance, Olive, Houston, Geneva, Champagne, King, Long,
Loan, Milagro, Paz, Santos, Harvey); Vietnamese names with and without diacritics; Cajun nicknames
(T-Boy, T-PAUL, Cide, Bull); lower-case and ALL-CAPS names; "Surname, Given" chart lines; name
hashtags next to campaign tags; staff, officials and performers who are patients next to ones who
only work or visit; ages over 89 in digits, words, ordinals, "the big 9-0", chart shorthand and
Spanish, next to ages of 89 and under; holidays the patient's event fell on (Mardi Gras, Fat
Tuesday, St. Joseph's Night, Twelfth Night, All Saints' Day, Tet, Nochebuena, Jueves Santo) next to
hospital-event holidays; families' phones that look like the hospital's; storm names.
Language mix: 240 posts, 180 English and 60 Spanish; 120 patient-specific, 120 not
(English 90 / 90, Spanish 30 / 30).
Labelling decisions taken in this set (where the rules leave room):
- Staff, volunteers, officials and performers who are themselves the patient in a post (a nurse
  who gave birth here, a tech treated for lymphoma, a councilman's heart attack, a musician's stay)
  are labelled like any patient; when they only work, visit or perform they are never labelled,
  nor are staff members' own families. A staff member introduced as a patient's relative is a
  relative and is labelled.
- An unnamed patient is patient-specific when the post still states a labelled identifier: an
  age over 89, the patient's town, or the event date (including a holiday the birth fell on).
- Ages over 89: number phrases in words are labelled whole ("One hundred and two",
  "Ninety-one-year-old", "noventa y tres", "Noventa"); "the big 9-0" -> "9-0"; chart tokens that
  fuse the unit are labelled whole ("91yo"), separate units are not ("94 y/o", "92 yo", "91 a" ->
  the number). "Nonagenarian", "nonagenario", "centenarian" and "centenaria" are AGE.
- A weekday written before a date is not part of the DATE span ("Tuesday, March 5" -> "March 5").
- A single-day named holiday or night is DATE when the patient's event fell on it (Mardi Gras, Fat
  Tuesday, St. Joseph's Night, Twelfth Night, All Saints' Day, Tet, Christmas Eve, Easter Sunday,
  Memorial Day, Labor Day, Halloween, Jueves Santo, Miércoles de Ceniza, Nochebuena, Día de los
  Muertos, Día de las Madres...). Carnival season, Jazz Fest week, parades, krewes and hurricane
  names are never dates. A lunar-calendar date of death is DATE, labelled as written.
- Geography: a parish keeps the word "Parish" in the span; bayou communities, lakes and offshore
  lease blocks where a patient lives or was hurt are GEO; the city of a relative is GEO; Honduran
  departments (state level) are not. A town inside the name of a sports team, fire department or
  business is not the patient's geography; the hospital's campus towns used for the campus are not.
- Kinship words and titles (Mawmaw, MAW MAW, Bà, Ông, Ba, má, abuelita, Big Chief, Queen, Captain,
  chef, Madame, Mother, doña, Sra., niño) are outside NAME spans and are not names on their own.
  "Lil'" is treated like "little" and excluded; Cajun "T-" nicknames are one token ("T-Boy");
  a nickname in quotes or parentheses inside a full name is one span ("Lencho (Lorenzo) Amaya").
- A patient's or relative's family surname inside a business or garden name (Bergeron Seafood,
  the Melançon Family Rose Garden) is labelled as NAME (surname only); donor, sponsor and business
  names that are not introduced as patients or relatives are not.
- Vessel names are not labelled; a vessel's registration number is VEHICLE; commercial fishing and
  driver's licence numbers are LICENSE; a study participant ID is OTHER_ID and the enrollment date
  is DATE.
- ED trauma bays and dialysis chairs tied to a patient are OTHER_ID with their keyword ("Trauma 3",
  "chair 6", "silla 14"); operating rooms, conference rooms, nurse stations and units are not.
- Initials used as a patient's name keep their periods ("L.T.", "Doucet, A.").
- Synthetic test patients (ZZTEST) and blank templates are not patient-specific.
- A family phone that shares its last seven digits with a hospital line but has another area code
  is the family's and is labelled.
- A name that is also an ordinary word is labelled only where it names the person; the one
  capitalised non-name occurrence of a labelled string ("King cake") is declared with ok=.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev37.jsonl"), os.path.join(HERE, "phi_dev37_org.json"), "d37")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why


# 1
n(
    "en",
    "crisis_update",
    "Generators tested, shelters stocked, three days of food on every unit. Our teams in New "
    "Orleans and Houma are ready for Celestine. Follow @BayouCrescent for updates.",
    "Storm readiness; hospital handle.",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Dr. Anh Thư Nguyễn, our new ob-gyn, grew up in Versailles and delivered her first baby at "
    "Bayou Crescent East, 20 minutes from where she was born.",
    "Staff member and her own neighbourhood.",
)

# 3
n(
    "en",
    "public_figure",
    "Mayor Danielle Okafor joined our heat-safety team today to hand out cooling towels at the "
    "Claiborne Avenue bus stops. Thank you, Mayor Okafor!",
    "Public official visiting, not a patient.",
)

# 4
p(
    "en",
    "hospital_contact",
    "Found in our Houma ED: a wallet left behind by patient Kenny Authement when he was "
    "discharged Sunday, with his commercial fishing license LA-CF-228417 inside. Kenny, call "
    "security at (985) 555-0170.",
    [("NAME", "Kenny Authement"), ("NAME", "Kenny", "*"), ("LICENSE", "LA-CF-228417")],
    note="Patient's name and his fishing license number (LICENSE). The security number is the "
    "hospital's.",
)

# 5
n(
    "en",
    "hospital_contact",
    "Questions about your bill? Call Patient Financial Services at (504) 555-0124, Monday to "
    "Friday, 8 to 5. Se habla español. Chúng tôi nói tiếng Việt.",
    "Hospital phone and hours.",
)

# 6
n(
    "en",
    "memorial",
    "We mourn Dr. Raymond Batiste, our first Black chief of surgery, who died at home in "
    "Pontchartrain Park on Feb. 2 at the age of 91. He trained three generations of surgeons.",
    "Staff memorial: he died at home, not as our patient, so his date, age and neighbourhood are "
    "not labelled.",
)

# 7
p(
    "en",
    "birth_announcement",
    "Twins! Welcome to the world, An and Bình Phạm, born 2/10 at 4:12 and 4:19 a.m. at Bayou "
    "Crescent East, on the first morning of Tết. Ba Tuấn and má Hạnh are over the moon 🧧",
    [
        ("NAME", "An"),
        ("NAME", "Bình Phạm"),
        ("DATE", "2/10"),
        ("DATE", "Tết"),
        ("NAME", "Tuấn"),
        ("NAME", "Hạnh"),
    ],
    note="Twins' names (one is the short word 'An'); birth date written numerically and as the "
    "holiday it fell on, both labelled; parents' names ('Ba' and 'má' are dad/mom). Times are not "
    "dates.",
)

# 8
p(
    "es",
    "memorial",
    "Hoy acompañamos a la familia Chinchilla en el novenario de don Arnulfo, nonagenario y "
    "fundador de la liga hondureña de fútbol de la ciudad. Falleció en nuestra UCI el 1.º de "
    "agosto.",
    [
        ("NAME", "Chinchilla"),
        ("NAME", "Arnulfo"),
        ("AGE", "nonagenario"),
        ("DATE", "1.º de agosto"),
    ],
    note="Apellido de la familia, nombre del paciente, 'nonagenario' (edad mayor de 89), fecha de "
    "muerte.",
)

# 9
p(
    "en",
    "thank_you",
    "King cake for the whole 4th floor, courtesy of Mr. Lamar King, who says our nurses got him "
    "home from his bypass in time for parade season. Thank you, Mr. King! 👑",
    [("NAME", "Lamar King"), ("NAME", "King", 3)],
    note="Patient's name and surname; the first 'King' is the cake, declared as an intended "
    "unlabelled occurrence.",
    ok=("King",),
)

# 10
n(
    "es",
    "anonymous_story",
    "Anoche una bebé no quiso esperar y nació en el carro de sus papás frente a nuestro hospital. "
    "¡Mamá y bebé están muy bien!",
    "Nacimiento anónimo; 'anoche' es relativo.",
)

# 11
p(
    "en",
    "patient_story",
    "Olive Dardar, 3, swallowed a button battery at her grandma's camp in Cocodrie on Easter "
    "Sunday. Her dad, Blaine, got her to our Houma ED in 35 minutes, and our GI team removed it "
    "before it could burn through. Parents: lock up those remotes.",
    [("NAME", "Olive Dardar"), ("GEO", "Cocodrie"), ("DATE", "Easter Sunday"), ("NAME", "Blaine")],
    note="Name (also a word), place of the injury, injury date as a holiday, father's name.",
)

# 12
p(
    "es",
    "hospital_contact",
    "¿Conoce a esta familia? Buscamos a los familiares de Óscar Mejía Rivera, de unos 40 años, "
    "traído a nuestra sala de emergencias de Houma el 7 de junio. Llame al (985) 555-0178, línea "
    "en español.",
    [("NAME", "Óscar Mejía Rivera"), ("DATE", "7 de junio")],
    note="Nombre del paciente y fecha de ingreso; el teléfono es del hospital.",
)

# 13
n(
    "es",
    "birth_announcement",
    "En 2024 nacieron 1,280 bebés de familias hispanohablantes en nuestros hospitales. "
    "¡Bienvenidos al mundo, nuevos vecinos!",
    "Estadística de nacimientos.",
)

# 14
p(
    "en",
    "milestone_birthday",
    "Ms. Geneva Dupuis may be turning 90 in May, but she still drives herself to cardiac rehab "
    "every Tuesday in a 1978 Cadillac. See you next week, Ms. Geneva!",
    [("NAME", "Geneva Dupuis"), ("NAME", "Geneva", "*"), ("AGE", "90"), ("DATE", "May")],
    note="Name (also a city), age 90, and her birthday month 'May' (the lower-case 'may' is a "
    "verb). The car's year is not a date element.",
)

# 15
p(
    "en",
    "eponymous_condition",
    "Ninety-one-year-old Clovis Savoie of Montegut walked out of our rehab gym Friday, six weeks "
    'after Guillain-Barré syndrome left him unable to stand. "I got a boat motor to fix," he '
    "told his physical therapist, Maggie Rhodes.",
    [("AGE", "Ninety-one-year-old"), ("NAME", "Clovis Savoie"), ("GEO", "Montegut")],
    note="Age over 89 in words as one hyphenated token, name, home town. Guillain-Barré is "
    "eponymous; the therapist is staff.",
)

# 16
n(
    "en",
    "eponymous_condition",
    "Our Parkinson's support group meets the first Thursday of every month at Bayou Crescent "
    "East, 9400 Read Boulevard. Caregivers welcome. Questions? (504) 555-0150.",
    "Eponymous condition, hospital address and phone.",
)

# 17
p(
    "en",
    "pasted_record",
    "Discharge summary pasted by mistake: Pellegrin, Honoré J. — d/c'd 10/15 to home (Lockport) "
    "with home health; f/u Dr. Tran 2 wks; cell (985) 555-0138",
    [
        ("NAME", "Pellegrin, Honoré J."),
        ("DATE", "10/15"),
        ("GEO", "Lockport"),
        ("PHONE", "(985) 555-0138"),
    ],
    note="'Surname, Given' name with initial, discharge date, home town, patient's cell. Dr. Tran "
    "is staff.",
)

# 18
p(
    "en",
    "anonymous_story",
    "A 97-year-old great-grandmother from Chalmette walked out of our cardiac rehab program this "
    "week on her own two feet. Never too late! ❤️ #HeartMonth",
    [("AGE", "97-year-old"), ("GEO", "Chalmette")],
    note="Unnamed, but an age over 89 and her town are identifiers, so the post is "
    "patient-specific.",
)

# 19
p(
    "en",
    "memorial",
    "We lost one of our own. Environmental services lead Marvella Jones, 61, died in our ICU on "
    "July 30 after a short illness. She ran the best crawfish boil in the employee lot every "
    "spring. Rest well, Miss Marvella.",
    [("NAME", "Marvella Jones"), ("NAME", "Marvella", "*"), ("DATE", "July 30")],
    note="A staff member who died as our patient: name and date of death are labelled.",
)

# 20
n(
    "en",
    "health_tip",
    "Hurricane kit, medical edition: 14 days of prescriptions, copies of your insurance card and "
    "med list, extra oxygen tanks, and chargers for your CPAP or home vent.",
    "General tip.",
)

# 21
p(
    "en",
    "patient_story",
    "Brayan Zelaya, 17, translated for his dad Nery at every appointment after Nery's work truck "
    "rolled on I-10 near LaPlace on Dec. 12. Nery is back at work, and Brayan wants to be a "
    "medical interpreter.",
    [
        ("NAME", "Brayan Zelaya"),
        ("NAME", "Brayan", "*"),
        ("NAME", "Nery", "*"),
        ("GEO", "I-10"),
        ("GEO", "LaPlace"),
        ("DATE", "Dec. 12"),
    ],
    note="Patient (Nery) and his son (relative) named; crash road and town; crash date.",
)

# 22
n(
    "en",
    "anonymous_story",
    "A family drove up from the bayou when their grandpa's oxygen ran out during the storm. Our "
    "team found them a generator and a room the same night.",
    "Anonymous family.",
)

# 23
p(
    "en",
    "event",
    "Benefit plate lunch for the Verdin family this Sunday at their home, 2214 Bayou Blue Road! "
    "Proceeds help dad Corey, who lost his leg in a boating accident on Lake Boudreaux on Labor "
    "Day.",
    [
        ("NAME", "Verdin"),
        ("GEO", "2214 Bayou Blue Road"),
        ("NAME", "Corey"),
        ("GEO", "Lake Boudreaux"),
        ("DATE", "Labor Day"),
    ],
    note="Family surname, home address, patient's name, place of the accident (a lake named like "
    "a surname), accident date given as a holiday.",
)

# 24
n(
    "en",
    "hospital_contact",
    "Lost and found: a gold fleur-de-lis earring turned up near our Grand Caillou Road entrance. "
    "Call security at (985) 555-0170 to claim it.",
    "Hospital entrance and phone.",
)

# 25
p(
    "en",
    "birth_announcement",
    "Our own ED charge nurse Colette Arceneaux switched sides of the bed this month: she "
    "delivered baby Émile on Oct. 3, two floors up from the ED where she has worked nights for 12 "
    "years. Welcome to the family, Émile!",
    [("NAME", "Colette Arceneaux"), ("NAME", "Émile", "*"), ("DATE", "Oct. 3")],
    note="A staff member who is herself the patient (she gave birth here) is labelled like any "
    "patient; baby's name and birth date.",
)

# 26
p(
    "en",
    "public_figure",
    "Saints receiver Marquise Fontaine spent his off day in our Children's Pavilion! Big smiles "
    "from Aiden, Camila and little Bao, who got a signed glove. Pictured: Aiden and Marquise in "
    "Rm 310.",
    [
        ("NAME", "Aiden", "*"),
        ("NAME", "Camila"),
        ("NAME", "Bao"),
        ("PHOTO", "Pictured"),
        ("OTHER_ID", "Rm 310"),
    ],
    note="The visiting player is a public figure and not labelled; the child patients' names, the "
    "photo cue and the child's room are.",
)

# 27
p(
    "es",
    "birth_announcement",
    "¡Gemelos el Día de las Madres! Jeremy y Josué Flores nacieron en nuestro campus de "
    "Esplanade. Su mamá, Ingrid, dice que es el mejor regalo de su vida.",
    [
        ("DATE", "Día de las Madres"),
        ("NAME", "Jeremy"),
        ("NAME", "Josué Flores"),
        ("NAME", "Ingrid"),
    ],
    note="Fecha de nacimiento dada como fiesta, nombres de los gemelos y de la mamá.",
)

# 28
p(
    "en",
    "birth_announcement",
    "April Bergeron, 29, gave birth to her daughter May on June 1. Yes, really: April, May and "
    "June. 😂 Welcome to the world, May!",
    [
        ("NAME", "April Bergeron"),
        ("NAME", "April", "*"),
        ("NAME", "May", "*"),
        ("DATE", "June 1"),
        ("DATE", "June", 2),
    ],
    note="Mother and baby named after months: every 'April' and 'May' is a name; 'June 1' is the "
    "birth date and the later 'June' names the birth month, so both are DATE.",
)

# 29
n(
    "es",
    "event",
    "Clase de preparación para el parto en español: todos los jueves de octubre, 6 p.m., en 2600 "
    "Esplanade Avenue, sala de conferencias 2.",
    "Evento del hospital; la sala de conferencias no es un cuarto de paciente.",
)

# 30
n(
    "en",
    "research",
    "New from our researchers: among 412 shrimpers and oystermen we studied, those who took a "
    "shade break every hour had 40% fewer heat-illness ED visits. Published this month in the "
    "Journal of Occupational Health.",
    "Aggregate study result.",
)

# 31
p(
    "en",
    "thank_you",
    "Dear Bayou Crescent: our Mawmaw, Azélie Hebert, spent her last 10 days on your hospice unit "
    "and y'all treated her like a queen. If the night nurse with the red braid wants Mawmaw's fig "
    "cake recipe, email me at hebertgirls985@yahoo.com. — Renée",
    [("NAME", "Azélie Hebert"), ("EMAIL", "hebertgirls985@yahoo.com"), ("NAME", "Renée")],
    note="Patient's name, granddaughter's email and name. 'Mawmaw' is a kinship word, not a name.",
)

# 32
n(
    "en",
    "staff_spotlight",
    "Chaplain Rosalind Batiste's mother turned 92 this week, and she taught half of our "
    "chaplaincy team how to make a proper roux.",
    "A staff member's own mother, not a patient, so her age is not labelled.",
)

# 33
p(
    "es",
    "patient_story",
    "Lupita Castro, de Danlí, es mesera en un restaurante del centro. Ignoró el dolor de pecho "
    "toda la temporada de Carnaval hasta que se desmayó en el trabajo el Miércoles de Ceniza. Hoy "
    "les dice a todas: 'No esperen.'",
    [("NAME", "Lupita Castro"), ("GEO", "Danlí"), ("DATE", "Miércoles de Ceniza")],
    note="Apodo y apellido, ciudad de origen, fecha del evento dada como fiesta. 'temporada de "
    "Carnaval' no es una fecha.",
)

# 34
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease isn't the motorbike. It's a rare illness in young kids: fever for five days "
    "or more, red eyes, rash, swollen hands. Early treatment protects the heart.",
    "Eponymous condition.",
)

# 35
n(
    "en",
    "event",
    "Jazz brunch for the Bayou Crescent Foundation this Sunday! All proceeds fund music therapy "
    "on our oncology unit. Tickets at bcgiving.org/jazzbrunch",
    "Fundraiser event.",
)

# 36
p(
    "es",
    "discharge",
    "¡A casa! Después de 40 días en la UCI neonatal, la pequeña Milagro Cárcamo se fue a casa el "
    "primero de mayo. ¡Un verdadero milagro, como dice su nombre! 🍼",
    [("NAME", "Milagro Cárcamo"), ("DATE", "primero de mayo")],
    note="Nombre (también una palabra; 'milagro' en minúscula es la palabra) y fecha de alta. 'la "
    "pequeña' no forma parte del nombre.",
)

# 37
n(
    "en",
    "sponsor",
    "Thank you to the Broussard Family Foundation for a $250,000 gift to bring mobile mammography "
    "to Grand Isle, Lafitte and Dulac! 💗",
    "Donor family naming a foundation, not patients; the towns are service areas.",
)

# 38
p(
    "es",
    "pasted_record",
    "NO PUBLICAR — cuarto 214: ORELLANA, JOSÉ D. | 67 a | ingreso 04/03 | hija Yeni (504) "
    "555-0193 | solo habla español",
    [
        ("OTHER_ID", "cuarto 214"),
        ("NAME", "ORELLANA, JOSÉ D."),
        ("DATE", "04/03"),
        ("NAME", "Yeni"),
        ("PHONE", "(504) 555-0193"),
    ],
    note="Cuarto con su palabra clave, nombre de expediente, fecha de ingreso, nombre y teléfono "
    "de la hija. 67 años no se etiqueta.",
)

# 39
n(
    "en",
    "pasted_record",
    "TEMPLATE — Patient name: ________ | MRN: ________ | DOB: __/__/____ | Room: ___ | Family "
    "contact: (___) ___-____",
    "Blank template: labels with no values.",
)

# 40
n(
    "es",
    "statistic",
    "Los trabajadores hispanos de la construcción tienen mucho más riesgo de morir por calor. En "
    "julio atendimos a 46 en nuestras salas de emergencias.",
    "Estadística; el mes no es de un paciente.",
)

# 41
p(
    "en",
    "pasted_record",
    "OR 4 today: 0730 ROBICHEAUX, Lena — lap chole | 0930 Doucet, A. — ORIF L wrist (fell off a "
    "crawfish trailer Sat) | 1200 PHAM, T. — appy",
    [("NAME", "ROBICHEAUX, Lena"), ("NAME", "Doucet, A."), ("NAME", "PHAM, T.")],
    note="Surgery schedule: three chart names in mixed case with initials. The operating room and "
    "times are not patient identifiers.",
)

# 42
n(
    "en",
    "health_tip",
    "Parade safety 101: no ladders within 6 feet of the curb, keep kids behind the barricades, "
    "and never run up to a float for beads. Our Esplanade ED will be fully staffed all Carnival "
    "season. 🎭",
    "Carnival safety tip; no person is described.",
)

# 43
n(
    "en",
    "anonymous_story",
    "A shrimper in his 60s told us he ignored chest pain for two days because the brown shrimp "
    "were running. Don't be like him. Well, be like him now: he does cardiac rehab three times a "
    "week.",
    "Anonymous patient, age range under 90.",
)

# 44
p(
    "es",
    "memorial",
    "Descanse en paz, don Catarino Funes, de noventa y tres años, pescador en Lafitte por más de "
    "40 años. Falleció en nuestra unidad de cuidados paliativos el Jueves Santo, rodeado de sus "
    "hijos. 🕊️",
    [
        ("NAME", "Catarino Funes"),
        ("AGE", "noventa y tres"),
        ("GEO", "Lafitte"),
        ("DATE", "Jueves Santo"),
    ],
    note="Nombre, edad en palabras (frase numérica completa), pueblo, y la fecha de muerte dada "
    "como fiesta.",
)

# 45
n(
    "es",
    "hospital_contact",
    "¿Necesita un intérprete? Es gratis. Llame a nuestra línea en español al (985) 555-0178 o "
    "escríbanos en Facebook a @BCSalud.",
    "Teléfono y cuenta del hospital.",
)

# 46
n(
    "en",
    "event",
    "Lundi Gras blood drive, Monday, March 3, at our Esplanade campus! Every donor gets a slice "
    "of king cake and a Bayou Crescent doubloon.",
    "Hospital event on a holiday.",
)

# 47
p(
    "en",
    "milestone_birthday",
    "HAPPY 101ST BIRTHDAY MAW MAW CELESTE!!! Love from all your grandbabies and the 3rd floor at "
    "Bayou Crescent Terrebonne 💜",
    [("AGE", "101ST"), ("NAME", "CELESTE")],
    note="ALL-CAPS age ordinal over 89 and first name; 'MAW MAW' is a kinship title.",
)

# 48
n(
    "es",
    "health_tip",
    "Calor extremo: si trabaja al aire libre, tome agua cada 15 minutos, descanse en la sombra y "
    "conozca las señales del golpe de calor. Piel caliente + confusión = llame al 911.",
    "Consejo general; el 911 es una línea nacional.",
)

# 49
p(
    "es",
    "thank_you",
    "Gracias de parte de la familia Cálix: 'Nuestro hijo Brayan nació el 24/12, en plena "
    "Nochebuena, y ustedes nos hicieron sentir en casa.' 🎄",
    [("NAME", "Cálix"), ("NAME", "Brayan"), ("DATE", "24/12"), ("DATE", "Nochebuena")],
    note="Apellido de la familia, nombre del bebé, fecha de nacimiento en número y como fiesta.",
)

# 50
n(
    "en",
    "event",
    "Second line for Sickle Cell Awareness: Saturday, Sept. 14, 10 a.m., stepping off from our "
    "campus at 2600 Esplanade Avenue and dancing to Armstrong Park. Free screenings at the finish.",
    "Hospital event date, the hospital's address and a public venue.",
)

# 51
p(
    "en",
    "memorial",
    'We say goodbye to Ferdinand "Fred" Marrero, a Korean War veteran and Chalmette oysterman, '
    "who died in our care at 89 on Sept. 3. Fair winds, Mr. Fred.",
    [
        ("NAME", 'Ferdinand "Fred" Marrero'),
        ("NAME", "Fred", "*"),
        ("GEO", "Chalmette"),
        ("DATE", "Sept. 3"),
    ],
    note="Name with nickname, his town, date of death. Age 89 is not over 89 and is not labelled.",
)

# 52
n(
    "en",
    "recruitment",
    "Now hiring RNs at our Houma campus! $15,000 sign-on bonus for ICU and ED. Shrimp po'boys at "
    "every interview (kidding… mostly). Apply at bayoucrescent.org/careers.",
    "Job ad; hospital domain.",
)

# 53
p(
    "en",
    "patient_story",
    "Mr. Hilaire Robichaux, 93, of Golden Meadow is the first patient to get a leadless pacemaker "
    "at our Houma campus. (Comms: crop serial LPX-0049217 out of the caption!) Photo: Mr. "
    "Robichaux with his cardiologist and his Catahoula, Boudin.",
    [
        ("NAME", "Hilaire Robichaux"),
        ("NAME", "Robichaux", "*"),
        ("AGE", "93"),
        ("GEO", "Golden Meadow"),
        ("DEVICE", "LPX-0049217"),
        ("PHOTO", "Photo"),
    ],
    note="Name, age over 89, home town, implant serial number, and a caption saying the photo "
    "shows him. The dog's name and the cardiologist are not labelled.",
)

# 54
p(
    "es",
    "thank_you",
    "La familia Bonilla agradece a las enfermeras del 5 Oeste por cuidar a su papá, don "
    "Rigoberto, después del derrame del 3 de agosto. Para ayudar con los gastos, escríbanles por "
    "WhatsApp al +1 504 555 0186.",
    [
        ("NAME", "Bonilla"),
        ("NAME", "Rigoberto"),
        ("DATE", "3 de agosto"),
        ("PHONE", "+1 504 555 0186"),
    ],
    note="Apellido de la familia, nombre del paciente, fecha del derrame, teléfono de la familia.",
)

# 55
n(
    "en",
    "eponymous_condition",
    "June is Alzheimer's & Brain Awareness Month. Join Dr. Minh Châu Lê for a free talk in "
    "Vietnamese and English on June 18 at 6 p.m. at Bayou Crescent East.",
    "Awareness month, hospital talk date, staff doctor.",
)

# 56
p(
    "en",
    "thank_you",
    "To the Đoàn family: thank you for the 300 egg rolls you brought to our Mother-Baby unit "
    "after baby Kim Ngân was born on Mother's Day. Best. Shift. Ever.",
    [("NAME", "Đoàn"), ("NAME", "Kim Ngân"), ("DATE", "Mother's Day")],
    note="Family surname, baby's name, birth date as a holiday. 'Mother-Baby unit' is a hospital "
    "unit.",
)

# 57
p(
    "en",
    "milestone_birthday",
    "Our oldest Meals on Wheels client is officially a centenarian! Mr. Alphonse Guillory of "
    'Gentilly celebrated with his church choir and a pot of red beans. His secret? "Red beans on '
    'Monday, and mind your own business."',
    [("AGE", "centenarian"), ("NAME", "Alphonse Guillory"), ("GEO", "Gentilly")],
    note="'centenarian' states an age over 89; name; neighbourhood. Monday is a weekday in a "
    "saying.",
)

# 58
p(
    "en",
    "thank_you",
    "shoutout to mr. fontenot in rm 5 who tipped every nurse on the floor in pralines lol. we "
    "miss u already 🍬",
    [("NAME", "fontenot"), ("OTHER_ID", "rm 5")],
    note="Lower-case patient surname and lower-case room number with its keyword.",
)

# 59
p(
    "en",
    "discharge",
    "Kim Loan Đặng, 90, had her hip replaced on Monday and walked the hallway by Wednesday. She "
    "went home today to her garden of bitter melon. Go, Bà Loan!",
    [("NAME", "Kim Loan Đặng"), ("NAME", "Loan", "*"), ("AGE", "90")],
    note="Vietnamese name ('Kim' and 'Loan' look like English words), age 90. Weekdays are not "
    "labelled.",
)

# 60
p(
    "en",
    "pasted_record",
    "Nurse handoff (DO NOT POST): Rm 518 — 92 yo M, Vietnamese only, son Quang at bedside, cell "
    "504-555-0172. Fall risk. Likes his coffee with condensed milk.",
    [("OTHER_ID", "Rm 518"), ("AGE", "92"), ("NAME", "Quang"), ("PHONE", "504-555-0172")],
    note="Room, chart-shorthand age over 89, son's name and cell phone.",
)

# 61
n(
    "es",
    "statistic",
    "En 2024, el 22 % de los pacientes de nuestra sala de emergencias de Houma pidió atención en "
    "español. Por eso duplicamos nuestro equipo de intérpretes.",
    "Estadística agregada.",
)

# 62
n(
    "en",
    "research",
    "Now enrolling: adults 18 to 75 with type 2 diabetes for a study of Vietnamese-language text "
    "reminders. Call (504) 555-0150 or visit bayoucrescent.org/research.",
    "Recruitment for a study; population ages; hospital phone.",
)

# 63
n(
    "es",
    "sponsor",
    "Gracias a Supermercado La Ceibeña por donar agua y suero oral para nuestra campaña contra el "
    "calor.",
    "Patrocinador comercial.",
)

# 64
p(
    "en",
    "thank_you",
    "Note from Bergeron Seafood: please fax Captain Rhett Bergeron's release-to-work form to our "
    "dock office at (985) 555-0149, attn: Gail (his sister). Merci, Bayou Crescent Occupational "
    "Health!",
    [
        ("NAME", "Bergeron", 1),
        ("NAME", "Rhett Bergeron"),
        ("FAX", "(985) 555-0149"),
        ("NAME", "Gail"),
    ],
    note="The family business carries the patient's surname (labelled); patient's name ('Captain' "
    "excluded), the family's fax, sister's name.",
)

# 65
p(
    "en",
    "thank_you",
    "A big merci to Mr. and Mrs. Đặng of New Orleans East, who brought bánh mì for the whole 5 "
    "West night shift to thank the nurses who cared for their son Khoa after his scooter crash on "
    "Chef Menteur Highway.",
    [
        ("NAME", "Đặng"),
        ("GEO", "New Orleans East"),
        ("NAME", "Khoa"),
        ("GEO", "Chef Menteur Highway"),
    ],
    note="Parents' family surname and neighbourhood; the patient's first name; the road of his "
    "crash. 5 West is a hospital unit.",
)

# 66
n(
    "en",
    "hospital_contact",
    "Need a ride to your appointment? Our free van serves Houma, Chauvin, Dulac and Montegut. "
    "Call (985) 555-0170 at least 48 hours ahead.",
    "Service area towns and the hospital's number.",
)

# 67
n(
    "en",
    "public_figure",
    "Gov. Ellis Thibodeaux toured our hurricane shelter at Bayou Crescent Terrebonne today and "
    "thanked the nurses who stayed through the storm.",
    "Public official visiting.",
)

# 68
p(
    "es",
    "campaign_hashtag",
    "El equipo de fútbol Los Catrachos de Kenner jugó con camisetas moradas por #FuerzaKeylin 💜 "
    "Keylin Rápalo, de 8 años, recibe quimioterapia en nuestro Pabellón Infantil.",
    [("NAME", "#FuerzaKeylin"), ("NAME", "Keylin Rápalo")],
    note="Hashtag con el nombre de la paciente (un solo span) y su nombre. El nombre del equipo "
    "no es su dirección.",
)

# 69
n(
    "en",
    "sponsor",
    "Congratulations to Nguyễn Family Pharmacy, our Community Partner of the Year, for delivering "
    "medicines to homebound elders in Village de l'Est after the storm.",
    "Business partner and its service area; elders are anonymous.",
)

# 70
n(
    "es",
    "public_figure",
    "La cantante Karla Sosa, 'la voz de Choloma', cantó para pacientes y familias en nuestro "
    "lobby. ¡Qué noche!",
    "Figura pública de visita; 'la voz de Choloma' es su apodo artístico.",
)

# 71
n(
    "es",
    "anonymous_story",
    "Un pescador de unos 60 años nos contó que trabajó tres días con dolor en el brazo porque 'el "
    "camarón no espera'. Ahora hace rehabilitación cardíaca. No sea como él: consulte a tiempo.",
    "Paciente anónimo, edad menor de 90.",
)

# 72
n(
    "en",
    "eponymous_condition",
    "Down syndrome clinic open house: Saturday, Oct. 19, 10 a.m. to 1 p.m., Children's Pavilion, "
    "2600 Esplanade Avenue. Families, siblings and therapy dogs welcome.",
    "Eponymous condition, hospital event date and address.",
)

# 73
p(
    "en",
    "pasted_record",
    "HPI: 94 y/o Creole-speaking F from Breaux Bridge brought in by grandson Marcus after a fall "
    "at home 2/14. PMH HTN, Parkinson's. Lives alone on Bridge St.",
    [
        ("AGE", "94"),
        ("GEO", "Breaux Bridge"),
        ("NAME", "Marcus"),
        ("DATE", "2/14"),
        ("GEO", "Bridge St"),
    ],
    note="Chart shorthand '94 y/o': the number is the age token. Town, grandson, date of the "
    "fall, street. Parkinson's is eponymous.",
)

# 74
p(
    "en",
    "crisis_update",
    "Hurricane Celestine, 3 p.m.: our Houma campus is on generator power and every patient is "
    "safe. Thank you, Terrebonne Fire, for carrying Mr. Ovide Hebert and his home ventilator out "
    "of his house on Bayou Dularge Road before the surge.",
    [("NAME", "Ovide Hebert"), ("GEO", "Bayou Dularge Road")],
    note="Named patient and the road he lives on. The storm name, the Houma campus and the fire "
    "department are not identifiers.",
)

# 75
n(
    "en",
    "research",
    "Our Hurricane Ida recovery study found that adults over 65 who lost power for more than five "
    "days were twice as likely to be hospitalized within a month. We're using that to plan "
    "generator loans.",
    "Aggregate research; population ages.",
)

# 76
n(
    "en",
    "pasted_record",
    "ON CALL 7/4 — Cards: Dr. Nguyen x4471 | Gen Surg: Dr. Hebert x4410 | Peds: Dr. Castillo "
    "x4420 | House supervisor: Keisha Brown, (504) 555-0100 ext. 2",
    "Staff on-call list: staff names, the call date and hospital extensions.",
)

# 77
n(
    "en",
    "health_tip",
    "Crawfish boil season tip from our burn unit: keep kids and dogs 10 feet from the burner, and "
    "never move a pot of boiling water. We treated too many scald burns last spring.",
    "General tip.",
)

# 78
n(
    "en",
    "statistic",
    "In August our three EDs saw 2,304 visits, up 18% from July, mostly for heat, dehydration and "
    "boating injuries. Stay cool, y'all.",
    "Months of aggregate counts.",
)

# 79
n(
    "es",
    "eponymous_condition",
    "¿Sabía que el síndrome de Down no es una enfermedad? Únase a nuestro grupo de familias el "
    "sábado 19 de octubre en el Pabellón Infantil.",
    "Condición epónima y fecha de un evento del hospital.",
)

# 80
n(
    "en",
    "crisis_update",
    "Hurricane Celestine update: all Bayou Crescent clinics in Terrebonne and Lafourche parishes "
    "are closed Thursday. Our Houma ED at 1450 Grand Caillou Road remains open 24/7.",
    "Closures by parish and the hospital's own address; no patient.",
)

# 81
n(
    "en",
    "sponsor",
    "Thanks to Dupuy Marine Supply for donating 200 life jackets for our kids' water-safety day "
    "in Golden Meadow!",
    "Business sponsor; event town.",
)

# 82
n(
    "en",
    "event",
    "Heat-safety cookout for roofers and landscapers this Saturday, Aug. 10, at Rivertown in "
    "Kenner: free cooling vests, water and blood pressure checks.",
    "Event date and venue.",
)

# 83
n(
    "en",
    "thank_you",
    "To every shrimper who brought ice, gas and gumbo to our Houma campus after the storm: you "
    "are the reason we kept the lights on. Merci. 🦐",
    "Anonymous community thanks.",
)

# 84
p(
    "en",
    "patient_story",
    "From Plaquemines Parish to valedictorian! Oysterman's daughter Sophie Jurisich was born at "
    "25 weeks in our NICU. Last night she gave the graduation speech. Sophie, we always knew you "
    "were a fighter.",
    [("GEO", "Plaquemines Parish"), ("NAME", "Sophie Jurisich"), ("NAME", "Sophie", "*")],
    note="Her home parish (a county-level area, 'Parish' kept in the span) and her name.",
)

# 85
n(
    "en",
    "eponymous_condition",
    "Graves' disease has nothing to do with the graves we whitewash for All Saints' Day. Ask your "
    "doctor about thyroid symptoms: racing heart, weight loss, shaky hands.",
    "Eponymous condition and a holiday with no patient event.",
)

# 86
n(
    "es",
    "health_tip",
    "Dengue: vacíe el agua de llantas, macetas y cubetas después de cada lluvia. Los zancudos se "
    "crían en agua estancada.",
    "Consejo general.",
)

# 87
n(
    "en",
    "statistic",
    "About 1 in 3 Louisianans over 90 lives alone. Our Aging at Home nurses check on them with "
    "home visits and phone calls.",
    "Population age.",
)

# 88
p(
    "en",
    "patient_story",
    "Her son Houston drove in from Houston the night Miss Lorraine Picou was admitted with "
    "sepsis. Eleven days later, he's driving her home to Thibodaux. 🚗",
    [
        ("NAME", "Houston", 1),
        ("GEO", "Houston", 2),
        ("NAME", "Lorraine Picou"),
        ("GEO", "Thibodaux"),
    ],
    note="The son's name and his city are the same word: first NAME, second GEO (a relative's "
    "city). Patient's name and home town.",
)

# 89
n(
    "es",
    "anonymous_story",
    "Una señora de más de 80 años llegó a nuestra emergencia pensando que era gastritis. Era un "
    "infarto. Si siente algo raro en el pecho, no espere.",
    "Paciente anónima con rango de edad menor de 90.",
)

# 90
n(
    "en",
    "public_figure",
    "Marie Laveau, Buddy Bolden and Mahalia Jackson all called this city home. This Black History "
    "Month, we honor the Creole healers and midwives who cared for New Orleans before hospitals "
    "would.",
    "Historical figures.",
)

# 91
p(
    "en",
    "public_figure",
    "Gospel singer Odessa Bell-Ricard sang How Great Thou Art from her bed on our cardiac unit "
    "this week, and the whole hallway stopped. Mother Odessa goes home Friday.",
    [("NAME", "Odessa Bell-Ricard"), ("NAME", "Odessa", "*")],
    note="A well-known singer who is our patient: her name is labelled ('Mother' is a church "
    "title; Odessa is also a city).",
)

# 92
n(
    "en",
    "event",
    "Tết Health Fair at Bayou Crescent East, Feb. 8: free flu shots, blood pressure checks and lì "
    "xì envelopes for the kids. Chúc mừng năm mới! 🧧",
    "Holiday and date of a hospital event, not a patient's.",
)

# 93
n(
    "en",
    "campaign_hashtag",
    "This hurricane season, be #BayouStrong: make a plan, refill prescriptions before the storm, "
    "and know where your nearest shelter is. #CrescentCares",
    "Campaign hashtags, not names.",
)

# 94
p(
    "en",
    "milestone_birthday",
    "One hundred and two candles (fire marshal approved 🔥) for Mrs. Eudora Thériot on our skilled "
    "nursing unit today! She taught French at the parish school for 41 years. Bonne fête, Madame "
    "Thériot!",
    [("AGE", "One hundred and two"), ("NAME", "Eudora Thériot"), ("NAME", "Thériot", "*")],
    note="Age over 89 written as a number phrase (labelled whole), name and surname ('Madame' is "
    "a title).",
)

# 95
n(
    "en",
    "crisis_update",
    "Boil water advisory for the East Bank of Orleans Parish: our hospitals are on bottled water "
    "and an alternate supply. All surgeries and appointments are going ahead as scheduled.",
    "Public advisory; no patient.",
)

# 96
p(
    "en",
    "pasted_record",
    "Auth request — Comeaux, Lisette A | BCBS LA member ID XJL884201137 | CPT 27447 | DOS 11/19 | "
    "ortho: Dr. Dinh",
    [("NAME", "Comeaux, Lisette A"), ("HEALTH_PLAN", "XJL884201137"), ("DATE", "11/19")],
    note="Chart name, insurance member ID, date of service. The CPT procedure code and the "
    "surgeon are not identifiers.",
)

# 97
p(
    "en",
    "pasted_record",
    "Wristband reprint — ENC 2024-118834 / BABY GIRL VO / Mother: VO, THI HONG / L&D Rm 7 / born "
    "08/08 @ 0417",
    [
        ("OTHER_ID", "2024-118834"),
        ("NAME", "VO", 1),
        ("NAME", "VO, THI HONG"),
        ("OTHER_ID", "Rm 7"),
        ("DATE", "08/08"),
    ],
    note="Encounter number value, newborn's surname ('BABY GIRL' is descriptive), mother's chart "
    "name, room, birth date. The time is not a date.",
)

# 98
p(
    "en",
    "pasted_record",
    "---------- Forwarded message ---------\nFrom: Yessenia Mejía "
    "<ymejia.kenner@hotmail.com>\nSubject: my son Josué\nHe was in room 218 from Oct 9 to Oct 12 "
    "and the bill says 5 days. Account 900231447. Please help me.",
    [
        ("NAME", "Yessenia Mejía"),
        ("EMAIL", "ymejia.kenner@hotmail.com"),
        ("NAME", "Josué"),
        ("OTHER_ID", "room 218"),
        ("DATE", "Oct 9"),
        ("DATE", "Oct 12"),
        ("ACCOUNT", "900231447"),
    ],
    note="Forwarded email: mother's name and email, patient's name, room, admission and discharge "
    "dates, account number.",
)

# 99
n(
    "en",
    "recruitment",
    "Calling all offshore medics: when your hitch is done, come work a shift in our Houma ED. "
    "Flexible 14/14 schedules available.",
    "Job ad.",
)

# 100
n(
    "es",
    "research",
    "Estudio nuevo: buscamos adultos de 18 a 65 años que trabajen en construcción para un estudio "
    "sobre el calor. Pagamos $50 por visita. Llame al (504) 555-0150.",
    "Reclutamiento para un estudio; edades de población.",
)

# 101
p(
    "en",
    "crisis_update",
    "Heat advisory, day 9. Our Bayou Crescent East ED has treated 14 heat illnesses since Friday, "
    'including roofer Marco Antonio Suazo, who asked us to pass this on: "Drink water before '
    "you're thirsty.\" #HeatSmartNOLA",
    [("NAME", "Marco Antonio Suazo")],
    note="A named patient inside a crisis update; the counts are not identifiers.",
)

# 102
n(
    "en",
    "statistic",
    "Babies born on Mardi Gras at our hospitals over the last 10 years: 143. The most popular "
    "name? We're not telling, but it rhymes with Rex.",
    "Aggregate births on a holiday; no individual.",
)

# 103
p(
    "en",
    "pasted_record",
    "[DRAFT — DELETE] Registration fix for pt Landry, Claudine R | SSN 412-55-8830 | Medicaid ID "
    "1190445327 | DOB 07/04/1962 | 4417 N. Galvez St, New Orleans 70117",
    [
        ("NAME", "Landry, Claudine R"),
        ("SSN", "412-55-8830"),
        ("HEALTH_PLAN", "1190445327"),
        ("DATE", "07/04/1962"),
        ("GEO", "4417 N. Galvez St"),
        ("GEO", "New Orleans"),
        ("GEO", "70117"),
    ],
    note="Registration line: chart name, SSN, Medicaid ID, DOB, street address, city and ZIP of "
    "the patient's home.",
)

# 104
n(
    "es",
    "public_figure",
    "El cónsul general de Honduras en Nueva Orleans visitó nuestro Pabellón Infantil y donó 300 "
    "mochilas escolares. ¡Gracias, señor cónsul!",
    "Funcionario público de visita; niños anónimos.",
)

# 105
n(
    "es",
    "campaign_hashtag",
    "Este mes, #BayouFuerte significa cuidarnos entre todos: visite a sus vecinos mayores durante "
    "el calor. #CrescentCares",
    "Hashtags de campaña.",
)

# 106
p(
    "en",
    "public_figure",
    "Parish Councilman Ray Chiasson wants to thank our cath lab team. He had a heart attack at "
    'the Blessing of the Fleet on April 27 and was on our table 58 minutes later. "Get checked, '
    'brothers," he says.',
    [("NAME", "Ray Chiasson"), ("DATE", "April 27")],
    note="An official who is himself the patient: name and the date of his heart attack are "
    "labelled.",
)

# 107
p(
    "en",
    "pasted_record",
    "BED BOARD 4N 0600 — Rm 401A TRAN, MAI (fall, 91yo) / Rm 402 ROBICHAUX, PAUL (CP r/o) / Rm "
    "403B empty / Rm 404 DUPLANTIS, JUNE (post-op lap chole)",
    [
        ("OTHER_ID", "Rm 401A"),
        ("NAME", "TRAN, MAI"),
        ("AGE", "91yo"),
        ("OTHER_ID", "Rm 402"),
        ("NAME", "ROBICHAUX, PAUL"),
        ("OTHER_ID", "Rm 404"),
        ("NAME", "DUPLANTIS, JUNE"),
    ],
    note="Bed board: occupied rooms with keyword, ALL-CAPS chart names (one is also a month), "
    "chart-shorthand age 91yo as one token. The empty room and the unit 4N are not labelled.",
)

# 108
p(
    "en",
    "patient_story",
    'Roughneck Terrance "Bull" Dupré was working on a platform in Ship Shoal block 208 when his '
    "hand was crushed on the drill floor. A helicopter flew him to our Houma trauma center on "
    "Aug. 19. Three surgeries later, Bull is throwing a cast net again with his girls.",
    [
        ("NAME", 'Terrance "Bull" Dupré'),
        ("NAME", "Bull", "*"),
        ("GEO", "Ship Shoal block 208"),
        ("DATE", "Aug. 19"),
    ],
    note="Name with nickname; the offshore lease block where he was injured is geography smaller "
    "than a state (like a crash road); injury/admission date.",
)

# 109
n(
    "en",
    "thank_you",
    "Shoutout to night nurse Désirée Landry on 6 North, nominated for a DAISY Award by a grateful "
    "family for staying past her shift to braid a patient's hair. 🌼",
    "Staff member named; the patient and family are anonymous.",
)

# 110
n(
    "en",
    "campaign_hashtag",
    "Show us your #SecondLineForLife! Post a video of your walk with the tag and we'll donate $1 "
    "to stroke rehab for every one.",
    "Campaign hashtag; the video is the public's, not a patient's.",
)

# 111
p(
    "es",
    "discharge",
    "Don Lencho (Lorenzo) Amaya, de 88 años, se fue a casa en Harvey después de su cirugía de "
    "corazón del 18 de marzo. 'A los 88 todavía me quedan muchas tortillas por comer', dice.",
    [("NAME", "Lencho (Lorenzo) Amaya"), ("GEO", "Harvey"), ("DATE", "18 de marzo")],
    note="Apodo con nombre entre paréntesis en un solo span, ciudad (Harvey, también un nombre), "
    "fecha de cirugía. 88 años no se etiqueta.",
)

# 112
p(
    "en",
    "birth_announcement",
    "It's a boy! Theo Landry Guidry arrived Tuesday, March 5, at 8 lbs 2 oz, one day before big "
    "sister Lacey's 5th birthday. Congrats, Brandy and Jude! 💙",
    [
        ("NAME", "Theo Landry Guidry"),
        ("DATE", "March 5"),
        ("NAME", "Lacey"),
        ("NAME", "Brandy"),
        ("NAME", "Jude"),
    ],
    note="Baby's name, birth date (the weekday before it is not part of the span), sister's and "
    "parents' names.",
)

# 113
p(
    "en",
    "milestone_birthday",
    "Miss Ophelia Broussard turned the big 9-0 on our cardiac step-down unit this week. She "
    "requested king cake, zydeco and no visits from the parish council. Joyeux anniversaire, Miss "
    "Ophelia!",
    [("NAME", "Ophelia Broussard"), ("NAME", "Ophelia", "*"), ("AGE", "9-0")],
    note="Patient's name; 'the big 9-0' states age 90 and the age token '9-0' is labelled.",
)

# 114
n(
    "es",
    "crisis_update",
    "Huracán Celestine: todas las clínicas de Bayou Crescent en las parroquias Terrebonne y "
    "Lafourche estarán cerradas el jueves. La sala de emergencias de Houma sigue abierta las 24 "
    "horas.",
    "Cierres por parroquia; campus del hospital.",
)

# 115
p(
    "es",
    "pasted_record",
    "Lista de espera, emergencias Houma: 1) BANEGAS, ERLIN, 34 a, dolor abdominal; 2) Sra. "
    "TORRES, 95 años, caída; 3) niño SÁNCHEZ, 4 a, fiebre",
    [("NAME", "BANEGAS, ERLIN"), ("NAME", "TORRES"), ("AGE", "95"), ("NAME", "SÁNCHEZ")],
    note="Nombres de expediente en mayúsculas (sin 'Sra.' ni 'niño') y la edad mayor de 89; 34 y "
    "4 no se etiquetan.",
)

# 116
p(
    "es",
    "birth_announcement",
    "Un bebé hondureño nació en el estacionamiento de nuestro hospital de Houma el 15 de "
    "septiembre, Día de la Independencia de Honduras. ¡Mamá y bebé están muy bien! 🇭🇳",
    [("DATE", "15 de septiembre"), ("DATE", "Día de la Independencia de Honduras")],
    note="Sin nombre, pero la fecha de nacimiento (escrita dos veces) lo hace específico de un "
    "paciente. Houma es el campus del hospital.",
)

# 117
n(
    "en",
    "anonymous_story",
    "A man in his 80s came to our ED convinced it was indigestion. It was a heart attack. If your "
    "chest feels wrong, don't wait: call 911.",
    "Anonymous patient with an age range under 90.",
)

# 118
n(
    "en",
    "anonymous_story",
    "One of our longtime patients, a retired jazz drummer in his late 80s, told us the secret to "
    "healthy aging is 'one more set.' We're taking notes.",
    "Anonymous patient; age range under 90.",
)

# 119
p(
    "es",
    "public_figure",
    "El cantante garífuna Nelson 'Wabagari' Güity agradece a nuestro equipo de cardiología por su "
    "cateterismo del 9 de octubre. 'Cuiden su corazón, mi gente', dice Nelson.",
    [("NAME", "Nelson 'Wabagari' Güity"), ("NAME", "Nelson", "*"), ("DATE", "9 de octubre")],
    note="Figura pública que es paciente: nombre con apodo y fecha del procedimiento.",
)

# 120
p(
    "en",
    "discharge",
    "Baby girl L.T. is going home after 112 days in our NICU! Born at 23 weeks on Christmas Eve, "
    "she now weighs 6 pounds of pure sass. Her parents asked us to share only her initials 💕",
    [("NAME", "L.T."), ("DATE", "Christmas Eve")],
    note="Initials used for the patient are NAME (with their periods); her birth date given as a "
    "holiday. The length of stay is not a date.",
)

# 121
p(
    "en",
    "thank_you",
    "The ladies of Lotus Nails brought 40 bowls of phở to 3 East to thank the nurses who cared "
    "for their boss, Mrs. Thu Hà Nguyen, after her stroke in January. We are so full and so "
    "grateful 🍜",
    [("NAME", "Thu Hà Nguyen"), ("DATE", "January")],
    note="Patient's name and the month of her stroke (a month alone tied to the patient).",
)

# 122
p(
    "es",
    "patient_story",
    "Chepe Maradiaga, albañil de Tegucigalpa, se cayó de un andamio en Metairie el 22 de julio. "
    "Hoy camina sin bastón y vino a traerle baleadas al equipo de trauma. ¡Gracias, Chepe!",
    [
        ("NAME", "Chepe Maradiaga"),
        ("NAME", "Chepe", "*"),
        ("GEO", "Tegucigalpa"),
        ("GEO", "Metairie"),
        ("DATE", "22 de julio"),
    ],
    note="Apodo y apellido, ciudad de origen, ciudad de la caída y fecha del accidente.",
)

# 123
p(
    "es",
    "pasted_record",
    "Reenviado — De: Glenda Bustillo <glendab.hn@gmail.com> Asunto: expediente de mi mamá, Reina "
    "Bustillo, MRN 00918244. Necesito una copia para el seguro. Mi dirección: 3317 Loyola Dr, "
    "Kenner, LA 70065.",
    [
        ("NAME", "Glenda Bustillo"),
        ("EMAIL", "glendab.hn@gmail.com"),
        ("NAME", "Reina Bustillo"),
        ("MRN", "00918244"),
        ("GEO", "3317 Loyola Dr"),
        ("GEO", "Kenner"),
        ("GEO", "70065"),
    ],
    note="Nombre y correo de la hija, nombre y MRN de la paciente, dirección, ciudad y código "
    "postal de la familia.",
)

# 124
n(
    "en",
    "thank_you",
    "Thank you to the Krewe of Bon Coeur for tossing 500 plush pelicans to the kids in our "
    "Children's Pavilion!",
    "A krewe and unnamed children.",
)

# 125
p(
    "es",
    "milestone_birthday",
    "¡Noventa años! Feliz cumpleaños a doña Consuelo Bográn, paciente de diálisis en Bayou "
    "Crescent East. Sus nietos le cantaron Las Mañanitas en la silla 14.",
    [("AGE", "Noventa"), ("NAME", "Consuelo Bográn"), ("OTHER_ID", "silla 14")],
    note="Edad mayor de 89 en palabras, nombre (también una palabra), silla de diálisis tratada "
    "como cama.",
)

# 126
p(
    "en",
    "patient_story",
    "The Krewe of Bon Coeur rolled Thursday in honor of its captain, Suzette Rivet, who is "
    "healing in our ortho unit after falling off the float ladder on Jan. 6 — Twelfth Night, of "
    "all nights.",
    [("NAME", "Suzette Rivet"), ("DATE", "Jan. 6"), ("DATE", "Twelfth Night")],
    note="Patient's name and her injury date written twice (date and the named night), both "
    "labelled. The krewe is not a person.",
)

# 127
p(
    "en",
    "discharge",
    "Mr. Gus Hebert went home to Bayou Black today after 19 days on our cardiac unit. The Hebert "
    "family's Catahoula, Gumbo, waited in the truck every single afternoon and rode shotgun home.",
    [("NAME", "Gus Hebert"), ("NAME", "Hebert", "*"), ("GEO", "Bayou Black")],
    note="Name, family surname, home community. The dog's name is not labelled.",
)

# 128
n(
    "en",
    "public_figure",
    "Louis Armstrong was born in New Orleans on Aug. 4, 1901. Celebrate Satchmo SummerFest with "
    "free hearing screenings at our tent in the French Quarter, Aug. 2 to 4.",
    "Historical figure's birth date and a hospital event.",
)

# 129
p(
    "en",
    "research",
    "Clinical trial news: fisherman Joseph Tran was the first person enrolled in our Gulf Coast "
    'heat-illness study (study ID HS-0001, enrolled 6/3). He says he signed up "so my grandkids '
    "don't fall out on the boat like I did.\"",
    [("NAME", "Joseph Tran"), ("OTHER_ID", "HS-0001"), ("DATE", "6/3")],
    note="Named participant, his study ID (OTHER_ID) and enrollment date.",
)

# 130
p(
    "en",
    "thank_you",
    "The Thibodeaux family thanks everyone who came out to the fish fry for Jolie Thibodeaux, 4, "
    "who got a new liver here on Jan. 22. You can still give at "
    "gofundme.com/f/jolie-thibodeaux-liver 💚",
    [
        ("NAME", "Thibodeaux", 1),
        ("NAME", "Jolie Thibodeaux"),
        ("DATE", "Jan. 22"),
        ("URL", "gofundme.com/f/jolie-thibodeaux-liver"),
    ],
    note="Family surname, patient's name, transplant date and the family's fundraiser URL.",
)

# 131
n(
    "en",
    "milestone_birthday",
    'Volunteer Thomas "Tee" Dardar turned ninety on Tuesday and celebrated by working his '
    "regular shift in our gift shop. Happy birthday, Mr. Tee!",
    "A volunteer's age, not a patient's.",
)

# 132
p(
    "en",
    "eponymous_condition",
    'Alzheimer\'s took a lot from Etienne "Papa T" Pellerin, but not his accordion. Every '
    "Tuesday his daughter Ginette brings it to our memory care day program and the whole room "
    "two-steps. #ZydecoTherapy",
    [("NAME", 'Etienne "Papa T" Pellerin'), ("NAME", "Ginette")],
    note="Name with quoted nickname as one span, daughter's name. Alzheimer's is eponymous; "
    "#ZydecoTherapy is a program tag.",
)

# 133
p(
    "en",
    "patient_story",
    "Faith Toussaint-Picou, 16, has had 11 surgeries since the float accident on Napoleon Avenue "
    "in February. Today she danced across the stage at her spring recital. Never lose faith. 💃",
    [("NAME", "Faith Toussaint-Picou"), ("GEO", "Napoleon Avenue"), ("DATE", "February")],
    note="Name (also an ordinary word; lower-case 'faith' is the word), street of the accident, "
    "month of the accident.",
)

# 134
p(
    "en",
    "campaign_hashtag",
    'Purple porch lights all over the bayou tonight for #LittleLouStrong 💜 Louis "Lou" Chauvin, '
    "7, finished his last round of chemo today. Ring that bell, Lou!",
    [("NAME", "#LittleLouStrong"), ("NAME", 'Louis "Lou" Chauvin'), ("NAME", "Lou", "*")],
    note="Name hashtag as one span; name with nickname (his surname is also a town name); "
    "nickname again.",
)

# 135
n(
    "en",
    "public_figure",
    "Zydeco legend Rockin' Ray Sonnier played our Houma courtyard for Music Therapy Week, and "
    "nobody on the rehab unit stayed in their chair.",
    "Visiting musician; patients anonymous.",
)

# 136
n(
    "en",
    "event",
    "Blessing of the Fleet Health Fair: Saturday, April 26, at the Chauvin boat launch. Free "
    "blood pressure checks, skin cancer screening and Narcan training for fishing families.",
    "Hospital event date and venue; Chauvin is the town where the fair is held.",
)

# 137
p(
    "es",
    "thank_you",
    "gracias a todas las enfermeras del 4 norte por cuidar a mi abuelita doña tina en el cuarto "
    "409 🙏 dios las bendiga",
    [("NAME", "tina"), ("OTHER_ID", "cuarto 409")],
    note="Nombre en minúscula y cuarto con palabra clave; 'abuelita' y 'doña' no son parte del "
    "nombre; 4 norte es una unidad.",
)

# 138
n(
    "en",
    "campaign_hashtag",
    "Thank a lineman! #LightsOnLouisiana crews restored power to our Houma campus in 18 hours. We "
    "see you. ⚡",
    "Campaign hashtag.",
)

# 139
p(
    "en",
    "patient_story",
    "Follow Ellie-Rae Toups's journey on Instagram at @ellierae_heartwarrior. She got her new "
    "heart here at 2 a.m. on Valentine's Day, and her mom says it's the best gift ever. ❤️",
    [
        ("NAME", "Ellie-Rae Toups"),
        ("OTHER_ID", "@ellierae_heartwarrior"),
        ("DATE", "Valentine's Day"),
    ],
    note="Name (possessive excluded), the family's social handle (OTHER_ID), transplant date as a "
    "holiday.",
)

# 140
n(
    "es",
    "staff_spotlight",
    "Felicidades a la enfermera Rosario 'Chayo' Banegas, nombrada Enfermera del Año. Su hija "
    "Dulce, de 9 años, hizo el cartel.",
    "Empleada y su propia hija; no hay paciente.",
)

# 141
n(
    "en",
    "health_tip",
    "Second-line season: comfortable shoes, sunscreen, a water bottle on your belt. If someone "
    "drops from the heat, get them to shade and call 911.",
    "General tip.",
)

# 142
p(
    "es",
    "birth_announcement",
    "Nuestra intérprete Yadira Paz dio a luz a su hija Valentina el 14 de febrero, ¡Día de San "
    "Valentín! Ahora la que necesita intérprete es la bebé. 😄 Felicidades, Yadira.",
    [
        ("NAME", "Yadira Paz"),
        ("NAME", "Yadira", "*"),
        ("NAME", "Valentina"),
        ("DATE", "14 de febrero"),
        ("DATE", "Día de San Valentín"),
    ],
    note="Empleada que es paciente (dio a luz aquí): se etiqueta como paciente. Nombre de la bebé "
    "y fecha de nacimiento escrita dos veces.",
)

# 143
p(
    "en",
    "pasted_record",
    "IT ticket (do not post): portal user cajunqueen57 (Patsy Ledet) locked out after 9 attempts "
    "from 73.204.18.9; DOB on file 5/17/1957; reset link sent to pledet@att.net",
    [
        ("OTHER_ID", "cajunqueen57"),
        ("NAME", "Patsy Ledet"),
        ("IP", "73.204.18.9"),
        ("DATE", "5/17/1957"),
        ("EMAIL", "pledet@att.net"),
    ],
    note="Portal user name (OTHER_ID), patient's name, her IP address, DOB and email.",
)

# 144
p(
    "en",
    "memorial",
    "A jazz funeral will carry clarinetist Percy Lazard through Tremé on Saturday. Mr. Percy died "
    "on our palliative care unit on Nov. 1, All Saints' Day, while his granddaughter Imani played "
    "Just a Closer Walk on her phone. Rest easy, Mr. Percy 🎷",
    [
        ("NAME", "Percy Lazard"),
        ("NAME", "Percy", "*"),
        ("GEO", "Tremé"),
        ("DATE", "Nov. 1"),
        ("DATE", "All Saints' Day"),
        ("NAME", "Imani"),
    ],
    note="Patient's name, his neighbourhood, the death date written twice (date and holiday, both "
    "labelled), granddaughter's name. Saturday is a weekday.",
)

# 145
p(
    "en",
    "campaign_hashtag",
    "The Houma Heat 10U softball team wore teal tonight for #TeamTBoy 💙 T-Boy Verret, 9, is "
    "fighting leukemia in our Children's Pavilion. Want to help the family? Venmo @TBoyVerretFund",
    [("NAME", "#TeamTBoy"), ("NAME", "T-Boy Verret"), ("OTHER_ID", "@TBoyVerretFund")],
    note="Name hashtag labelled as one token; Cajun 'T-' nickname kept whole; the family's "
    "payment handle is OTHER_ID. Age 9 is not labelled; the team's name is not the child's "
    "address.",
)

# 146
p(
    "en",
    "discharge",
    "Heading home to Bourg! After five weeks, Mr. Ulysse Thibodeaux is leaving our rehab unit "
    "after his stroke on Sept. 30. His great-granddaughter asked us to add: he is 95 and he "
    "cheats at bourré.",
    [("GEO", "Bourg"), ("NAME", "Ulysse Thibodeaux"), ("DATE", "Sept. 30"), ("AGE", "95")],
    note="Home town, name, stroke date, age over 89.",
)

# 147
p(
    "en",
    "pasted_record",
    "Pt: LEBLANC, T-PAUL (Paul Joseph) | DOB 12/25/1966 | MRN 00520931 | Dx heat stroke, found on "
    "deck of vessel LA 7731 FD | brought in by USCG",
    [
        ("NAME", "LEBLANC, T-PAUL"),
        ("NAME", "Paul Joseph"),
        ("DATE", "12/25/1966"),
        ("MRN", "00520931"),
        ("VEHICLE", "LA 7731 FD"),
    ],
    note="Chart name with Cajun nickname and legal names, DOB, MRN, and the boat's registration "
    "number (VEHICLE).",
)

# 148
p(
    "en",
    "milestone_birthday",
    "Born on the Fourth of July and raised on Bayou Lafourche: happy 90th to retired welder Nolan "
    "Cheramie! Granddaughter Kaylee says he still lights his own fireworks (please don't, Mr. "
    "Nolan).",
    [
        ("DATE", "Fourth of July"),
        ("GEO", "Bayou Lafourche"),
        ("AGE", "90th"),
        ("NAME", "Nolan Cheramie"),
        ("NAME", "Nolan", "*"),
        ("NAME", "Kaylee"),
    ],
    note="Birth date as a holiday; the bayou community he grew up on; 90th; name and "
    "granddaughter's name.",
)

# 149
n(
    "es",
    "staff_spotlight",
    "Conozcan a Carmen Ávila, nuestra navegadora de pacientes. Llegó de La Ceiba hace 20 años y "
    "ha acompañado a más de 600 mujeres durante su tratamiento contra el cáncer.",
    "Empleada y su ciudad de origen; las pacientes son anónimas.",
)

# 150
p(
    "en",
    "pasted_record",
    "FW: complaint re: pt NGUYEN, VAN HUNG | Acct# 447120983 | Admit 3/3/24 | Son Kevin Nguyen "
    "(kevin.nguyen.nola@gmail.com) says the Vietnamese interpreter never came. Please call him "
    "back at 504-555-0129. — Patient Relations (504) 555-0124",
    [
        ("NAME", "NGUYEN, VAN HUNG"),
        ("ACCOUNT", "447120983"),
        ("DATE", "3/3/24"),
        ("NAME", "Kevin Nguyen"),
        ("EMAIL", "kevin.nguyen.nola@gmail.com"),
        ("PHONE", "504-555-0129"),
    ],
    note="Forwarded complaint: patient chart name, account number, admit date, son's name, email "
    "and phone. The Patient Relations number is the hospital's.",
)

# 151
p(
    "en",
    "milestone_birthday",
    "Mr. Leon Gaspard celebrated his ninety-ninth birthday during dialysis this morning, with a "
    "second line of nurses waving handkerchiefs around chair 6. Happy birthday, Mr. Leon!",
    [
        ("NAME", "Leon Gaspard"),
        ("NAME", "Leon", "*"),
        ("AGE", "ninety-ninth"),
        ("OTHER_ID", "chair 6"),
    ],
    note="Name, age over 89 as an ordinal word, and his dialysis chair (treated like a bed "
    "number).",
)

# 152
p(
    "es",
    "memorial",
    "Con mucho dolor despedimos a Santos Euceda, obrero de la construcción que llegó de San Pedro "
    "Sula después del huracán Mitch. Falleció el 2 de noviembre, Día de los Muertos, en nuestra "
    "UCI. Su esposa Lesly agradece las oraciones.",
    [
        ("NAME", "Santos Euceda"),
        ("GEO", "San Pedro Sula"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de los Muertos"),
        ("NAME", "Lesly"),
    ],
    note="Nombre, ciudad de origen, fecha de muerte como fecha y como fiesta, nombre de la "
    "esposa. 'Santos' es nombre aquí; el huracán no es fecha.",
)

# 153
p(
    "en",
    "discharge",
    'After 41 days in our burn unit, shrimper Alcide "Cide" Boudreaux is headed home to Dulac! '
    "Cide was hurt when a winch cable snapped on his trawl boat on June 14. His wife Marcelle "
    "says the shrimp stew is already on the stove. #BayouStrong",
    [
        ("NAME", 'Alcide "Cide" Boudreaux'),
        ("NAME", "Cide", "*"),
        ("GEO", "Dulac"),
        ("DATE", "June 14"),
        ("NAME", "Marcelle"),
    ],
    note="Patient's full name with quoted nickname (one span) and the nickname again; home town "
    "Dulac; injury date; wife's first name. #BayouStrong is the hospital campaign tag.",
)

# 154
n(
    "en",
    "statistic",
    "Vietnamese-American adults in New Orleans East have some of the highest diabetes rates in "
    "the city. Free A1C checks every second Saturday at Bayou Crescent East.",
    "Population statistic.",
)

# 155
p(
    "en",
    "birth_announcement",
    "Talk about a Fat Tuesday surprise! A baby boy arrived in the back seat of his family's "
    "pickup right in our Houma ambulance bay at 11:48 p.m. Mom and baby are doing great 💜💚💛",
    [("DATE", "Fat Tuesday")],
    note="No name, but the birth date is given as the holiday it fell on, which makes the post "
    "patient-specific. The ambulance bay is the hospital's.",
)

# 156
n(
    "en",
    "anonymous_story",
    "Last night a baby girl decided she couldn't wait and arrived in our Esplanade parking "
    "garage. Mom and baby are doing great, and our valet team has a new story to tell.",
    "Anonymous birth; 'last night' is a relative expression.",
)

# 157
n(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños 90 a nuestra voluntaria doña Chayito Mendoza, que lleva 25 años tejiendo "
    "gorritos para los bebés de la UCI neonatal!",
    "Edad de una voluntaria, no de una paciente.",
)

# 158
n(
    "es",
    "health_tip",
    "Temporada de huracanes: tenga 14 días de medicinas, copias de su tarjeta de seguro y una "
    "lista de sus medicamentos. Si usa oxígeno en casa, avísele a su proveedor antes de la "
    "tormenta.",
    "Consejo general.",
)

# 159
p(
    "en",
    "milestone_birthday",
    "Double celebration on 2 North! Mr. Lucien Blanchard turned 90 today, and his wife Noëlla "
    "turns 89 next week. Married 67 years and still holding hands during vitals.",
    [("NAME", "Lucien Blanchard"), ("AGE", "90"), ("NAME", "Noëlla")],
    note="Patient's name and age 90; his wife's name (a relative). Her age 89 is not labelled.",
)

# 160
p(
    "es",
    "pasted_record",
    "Nota de enfermería (NO PUBLICAR): Pte. FUENTES, MARÍA CONCEPCIÓN, 91 a, cama 12, dx "
    "neumonía. Su hijo Wilson pide que lo llamen al 985-555-0155 antes de las 6.",
    [
        ("NAME", "FUENTES, MARÍA CONCEPCIÓN"),
        ("AGE", "91"),
        ("OTHER_ID", "cama 12"),
        ("NAME", "Wilson"),
        ("PHONE", "985-555-0155"),
    ],
    note="Nombre de expediente, edad abreviada '91 a' (el número), cama con su palabra clave, "
    "nombre y teléfono del hijo.",
)

# 161
n(
    "es",
    "hospital_contact",
    "Recuerde: nunca compartimos información de pacientes en redes sociales. Si tiene preguntas "
    "sobre un familiar hospitalizado, llame al (504) 555-0124.",
    "Teléfono del hospital.",
)

# 162
n(
    "en",
    "recruitment",
    "Bilingual? We need Spanish and Vietnamese medical interpreters in New Orleans and Houma. "
    "Paid training, full benefits. Apply at bayoucrescent.org/interpreters.",
    "Job ad in the hospital's cities.",
)

# 163
p(
    "en",
    "eponymous_condition",
    "Bell's palsy froze half of chef Antoine Dupuy's smile the week his restaurant reopened. "
    "Twelve weeks of facial therapy later, it's back. Antoine, so is your turtle soup, and we "
    "want some.",
    [("NAME", "Antoine Dupuy"), ("NAME", "Antoine", "*")],
    note="Patient's name (possessive excluded; 'chef' is a title). Bell's palsy is eponymous.",
)

# 164
p(
    "en",
    "crisis_update",
    "Evacuation update, 6:40 a.m.: the last NICU baby from our Houma campus, Baby Boy Duplantis, "
    "arrived safely at our Esplanade campus. All 22 of our littlest patients are now out of the "
    "storm's path.",
    [("NAME", "Duplantis")],
    note="Newborn chart name: 'Baby Boy' is descriptive, the surname is labelled. The campuses "
    "are the hospital's.",
)

# 165
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Chagas afecta a millones de personas en Centroamérica y muchos no lo saben. "
    "Si creció en una casa de adobe en Honduras, pregunte por la prueba. Es gratis en nuestras "
    "clínicas.",
    "Enfermedad epónima; país, no persona.",
)

# 166
p(
    "en",
    "discharge",
    "Home in time for Tết! Ông Lê Văn Long, 96, went home to Village de l'Est today after three "
    "weeks with pneumonia. His great-grandson Bảo made the welcome sign. Chúc mừng năm mới, Ông "
    "Long!",
    [
        ("NAME", "Lê Văn Long"),
        ("NAME", "Long", "*"),
        ("AGE", "96"),
        ("GEO", "Village de l'Est"),
        ("NAME", "Bảo"),
    ],
    note="Patient's name ('Ông' is an honorific), age over 89, neighbourhood, great-grandson's "
    "name. Tết is not his event here (he went home 'today'), so it is not labelled.",
)

# 167
n(
    "en",
    "public_figure",
    "Saints linebacker Tavion Reddick and the Saintsations visited our Children's Pavilion with a "
    "truckload of footballs. Thank you for the smiles!",
    "Public figures visiting; children not named.",
)

# 168
p(
    "en",
    "thank_you",
    "#prayersforpeaches update from her mama: peaches is OFF THE VENT!!! thank u 5 west & dr. bui "
    "🙏🍑",
    [("NAME", "#prayersforpeaches"), ("NAME", "peaches")],
    note="Lower-case name hashtag and lower-case nickname. 5 west is a unit; dr. bui is staff.",
)

# 169
n(
    "en",
    "crisis_update",
    "Heat emergency: cooling center open in the Bayou Crescent East lobby, 9400 Read Boulevard, "
    "10 a.m. to 8 p.m. through Sunday. Water, seats and blood-pressure checks. Bring your "
    "neighbors.",
    "Hospital address and hours.",
)

# 170
p(
    "es",
    "crisis_update",
    "Actualización, huracán Celestine: gracias a los bomberos de Kenner por rescatar a la señora "
    "Marleny Sabillón y a su bebé de su apartamento inundado en la calle Clay. Las dos están "
    "estables en nuestro hospital.",
    [("NAME", "Marleny Sabillón"), ("GEO", "calle Clay")],
    note="Nombre de la paciente y la calle de su casa. El nombre del huracán y el cuerpo de "
    "bomberos no se etiquetan.",
)

# 171
p(
    "en",
    "pasted_record",
    "Sticky note stuck to the draft: pt Beau Hebert — DL 008812394 — TWIC card in valuables bag — "
    "wife Lynette driving in from Cut Off",
    [("NAME", "Beau Hebert"), ("LICENSE", "008812394"), ("NAME", "Lynette"), ("GEO", "Cut Off")],
    note="Name, driver's license number, wife's name and the family's town (Cut Off, a town made "
    "of ordinary words).",
)

# 172
p(
    "en",
    "birth_announcement",
    "Bayou Crescent's first baby of 2025! Noah Đinh arrived at 12:03 a.m. on New Year's Day at "
    'Bayou Crescent East. Parents Trang and Phúc say his nickname is already "Pháo" '
    "(firecracker). 🎆",
    [
        ("NAME", "Noah Đinh"),
        ("DATE", "New Year's Day"),
        ("NAME", "Trang"),
        ("NAME", "Phúc"),
        ("NAME", "Pháo"),
    ],
    note="Baby's name, birth date as a holiday (the bare year is not labelled), parents' names "
    "and the quoted nickname.",
)

# 173
p(
    "en",
    "hospital_contact",
    "Can you help? We're looking for the family of a man brought to our Esplanade ED from the "
    "Zulu route on Fat Tuesday. He's wearing a gold coconut necklace and says his name is "
    '"Junior." Please call Patient Relations at (504) 555-0124.',
    [("DATE", "Fat Tuesday"), ("NAME", "Junior")],
    note="Unidentified-patient appeal: the holiday is his admission date and the quoted nickname "
    "is his name. The phone is the hospital's.",
)

# 174
p(
    "en",
    "pasted_record",
    "pls scrub before posting → GUIDRY, ANTOINE J | MRN 00736214 | DOB 11/02/1957 | ED bed 14 | "
    "c/o chest pain after unloading his catch at the Cocodrie dock | wife Bernadette (985) "
    "555-0161",
    [
        ("NAME", "GUIDRY, ANTOINE J"),
        ("MRN", "00736214"),
        ("DATE", "11/02/1957"),
        ("OTHER_ID", "bed 14"),
        ("GEO", "Cocodrie"),
        ("NAME", "Bernadette"),
        ("PHONE", "(985) 555-0161"),
    ],
    note="Chart line: ALL-CAPS 'Surname, Given' name, MRN value, DOB with year, ED bed with its "
    "keyword, place the symptoms began, wife's name and the family's phone.",
)

# 175
p(
    "en",
    "memorial",
    'Our hearts are with the Golden Crescent Hunters tonight. Big Chief Roland "Smoke" Batiste, '
    "who sewed suits in the Seventh Ward for 52 years, passed peacefully in our ICU on St. "
    "Joseph's Night, with his Queen, Loretta, at his side. Smoke, we will listen for your song.",
    [
        ("NAME", 'Roland "Smoke" Batiste'),
        ("NAME", "Smoke", "*"),
        ("GEO", "Seventh Ward"),
        ("DATE", "St. Joseph's Night"),
        ("NAME", "Loretta"),
    ],
    note="Mardi Gras Indian chief who died in our ICU: name with nickname ('Big Chief' and "
    "'Queen' are titles), his neighbourhood, the holiday night he died on, his wife's name. The "
    "tribe name is not a person.",
)

# 176
p(
    "en",
    "discharge",
    'WELCOME HOME TRAVIS "T-BOOGIE" LEBLANC!!! 🎉 After 3 months in our rehab hospital following '
    "his crash on LA-1 near Leeville, Travis is back at school in Galliano cheering on the "
    "Mustangs.",
    [
        ("NAME", 'TRAVIS "T-BOOGIE" LEBLANC'),
        ("NAME", "Travis"),
        ("GEO", "LA-1"),
        ("GEO", "Leeville"),
        ("GEO", "Galliano"),
    ],
    note="ALL-CAPS name with nickname, name again in mixed case, crash road and town, home town.",
)

# 177
n(
    "es",
    "memorial",
    "Hoy recordamos a la Dra. Marta Alvarado, pediatra de nuestro hospital por 30 años, que "
    "falleció en su casa el 4 de enero a los 92 años. Atendió a dos generaciones de niños "
    "hondureños en Kenner.",
    "Empleada fallecida en su casa, no paciente: su fecha y edad no se etiquetan.",
)

# 178
n(
    "en",
    "health_tip",
    "Heat index 112° today. Shrimpers, roofers and second-liners: drink water every 15 to 20 "
    "minutes, take breaks in the shade, and know the signs of heat stroke. Hot skin + confusion = "
    "call 911. #HeatSmartNOLA",
    "General heat advice to groups of workers; 911 is a national line.",
)

# 179
p(
    "en",
    "patient_story",
    "Second chance for Chance Pitre: the 22-year-old deckhand went overboard off Grand Isle on "
    "Memorial Day and was under water for six minutes. He walked out of our ICU yesterday.",
    [("NAME", "Chance Pitre"), ("GEO", "Grand Isle"), ("DATE", "Memorial Day")],
    note="Name that is also a word (lower-case 'chance' is the word), place of the accident, "
    "accident date as a holiday. Age 22 is not labelled.",
)

# 180
p(
    "en",
    "public_figure",
    "Trumpeter Lil' Dee Arnaud is back on the bandstand! Dee spent Jazz Fest week with us after a "
    "heart attack on May 2, and he asked us to share this: \"Get your pressure checked, y'all. I "
    'almost missed my own second line."',
    [("NAME", "Dee Arnaud"), ("NAME", "Dee", "*"), ("DATE", "May 2")],
    note="A well-known musician who is himself the patient: name (\"Lil'\" treated like 'little' "
    "and excluded) and heart-attack date. 'Jazz Fest week' is a festival, not a date element.",
)

# 181
p(
    "en",
    "milestone_birthday",
    "Nonagenarian and proud of it: Mrs. Zoé Arcement just led her 200th rosary at our Houma "
    "senior wellness center. She turns 93 on Halloween, so bring candy.",
    [("AGE", "Nonagenarian"), ("NAME", "Zoé Arcement"), ("AGE", "93"), ("DATE", "Halloween")],
    note="'Nonagenarian' and 93 are ages over 89; her birthday falls on Halloween. '200th' counts "
    "rosaries, not years.",
)

# 182
n(
    "en",
    "health_tip",
    "Never run a generator in your garage or on a porch. Carbon monoxide has no smell, and after "
    "every storm we treat whole families for CO poisoning. Keep it 20 feet from the house.",
    "General tip; 'whole families' is anonymous.",
)

# 183
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 95 a doña Socorro Midence! Nació en Juticalpa, Olancho, y todavía "
    "hace las mejores tortillas de harina de Kenner. Su nieta Kimberly le llevó mariachi a la "
    "sala de rehabilitación. 🎉",
    [
        ("AGE", "95"),
        ("NAME", "Socorro Midence"),
        ("GEO", "Juticalpa"),
        ("GEO", "Kenner"),
        ("NAME", "Kimberly"),
    ],
    note="Edad mayor de 89, nombre (sin 'doña'), ciudad natal y ciudad donde vive, nieta. Olancho "
    "es un departamento (nivel estado) y no se etiqueta.",
)

# 184
p(
    "en",
    "sponsor",
    "The Melançon Family Rose Garden opens Saturday outside our hospice unit. Henri Melançon "
    "built it in memory of his wife, Claudette, who spent her last weeks with us and never let a "
    "nurse forget that her roses needed water.",
    [("NAME", "Henri Melançon"), ("NAME", "Melançon", "*"), ("NAME", "Claudette")],
    note="The donor is introduced as a patient's husband, so he is a patient's relative: his name "
    "and the family surname in the garden's name are labelled, as is the patient's name.",
)

# 185
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños 102 a doña Eva Turcios! Nació en Comayagua un 8 de diciembre y dice que el "
    "secreto es el café con rosquillas. Toda la unidad de enfermería especializada de Houma le "
    "cantó.",
    [("AGE", "102"), ("NAME", "Eva Turcios"), ("GEO", "Comayagua"), ("DATE", "8 de diciembre")],
    note="Edad mayor de 89, nombre, ciudad natal, fecha de nacimiento.",
)

# 186
n(
    "en",
    "health_tip",
    "The Fourth of July is our busiest night for hand and eye injuries. Leave the fireworks to "
    "the pros on the river, and keep a bucket of water handy.",
    "Holiday safety tip.",
)

# 187
n(
    "en",
    "eponymous_condition",
    "Hashimoto's, Addison's, Cushing's: if it sounds like a law firm, it's probably an endocrine "
    "disorder. Our Houma endocrine clinic treats all three. Call (985) 555-0170.",
    "Eponymous conditions; hospital phone.",
)

# 188
p(
    "en",
    "birth_announcement",
    "Laissez les bons temps rouler! Baby Jazz Toussaint arrived on Mardi Gras at 7:02 a.m. at our "
    "Esplanade campus while Zulu was rolling down Jackson Avenue. Mom Desiree and dad Lionel say "
    "she already dances to the brass bands. Jazz Fest, get ready 🎺",
    [("NAME", "Jazz Toussaint"), ("DATE", "Mardi Gras"), ("NAME", "Desiree"), ("NAME", "Lionel")],
    note="Baby's name (the word 'Baby' excluded); born on Mardi Gras, so the holiday is her birth "
    "date; parents' first names. 'Jazz Fest' is the festival, not the baby; the parade route and "
    "campus are not patient geography.",
)

# 189
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Mrs. Eula Mae Fontenot! Miss Eula was born in Pointe-aux-Chenes, "
    "married a shrimper, raised nine children and still puts up the best fig preserves on the "
    "bayou. Our Houma rehab team threw her a fais do-do 🎂",
    [
        ("NAME", "Eula Mae Fontenot"),
        ("NAME", "Eula", "*"),
        ("AGE", "100th"),
        ("GEO", "Pointe-aux-Chenes"),
    ],
    note="Patient's name (Mrs./Miss excluded) twice; age over 89 as an ordinal; birthplace. 'Our "
    "Houma rehab team' is the hospital's campus.",
)

# 190
p(
    "en",
    "staff_spotlight",
    "Staff Spotlight 💛 CT tech Huy Trần just rang the bell after six rounds of chemo for Hodgkin "
    "lymphoma, treated right here, down the hall from his own scanner. Huy, your radiology family "
    "is so proud of you.",
    [("NAME", "Huy Trần"), ("NAME", "Huy", "*")],
    note="Staff spotlight about an employee who is our patient: his name is a patient's name. "
    "Hodgkin is an eponymous condition.",
)

# 191
n(
    "en",
    "anonymous_story",
    "One of our NICU grads, born at 24 weeks during a hurricane, started kindergarten this week. "
    "Her mom sent us a picture of her backpack, which is bigger than she is.",
    "Anonymous NICU graduate; no date element, no name, no attached photo of her.",
)

# 192
n(
    "en",
    "hospital_contact",
    "Mardi Gras Day (Tuesday, March 4) hours: all outpatient clinics closed; both EDs and the "
    "urgent care on Read Boulevard stay open. Laissez les bons temps rouler, safely. 🎭",
    "Holiday hours of the hospital, not a patient's event.",
)

# 193
p(
    "en",
    "recruitment",
    "Why I became a nurse: CNA Jasmine Pham was 12 when her grandfather, Ông Phạm Văn Lộc, spent "
    'three weeks in our ICU after Katrina. "The nurses wrote his name in Vietnamese on the '
    'whiteboard. I never forgot." Join us: bayoucrescent.org/careers',
    [("NAME", "Jasmine Pham"), ("NAME", "Phạm Văn Lộc")],
    note="The grandfather was our patient; the staff member is introduced as his granddaughter, "
    "so she is a patient's relative and labelled. The storm name is not a date.",
)

# 194
n(
    "es",
    "pasted_record",
    "PLANTILLA — Nombre del paciente: ________ | N.º de expediente: ________ | Fecha de "
    "nacimiento: __/__/____ | Habitación: ___",
    "Plantilla vacía.",
)

# 195
n(
    "en",
    "staff_spotlight",
    "Meet Tuấn Phạm, our Houma interpreter, who speaks Vietnamese, Spanish, English and a little "
    "Cajun French. Ask him about his mom's canh chua.",
    "Staff member.",
)

# 196
p(
    "en",
    "eponymous_condition",
    "Meet Rosalie Champagne, 34, of Raceland. Diagnosed with Crohn's disease at 19, Rosalie had "
    "ostomy surgery here on April 6, and eight weeks later she ran the Crescent City Classic in a "
    "sequined tutu. Champagne toast, anyone? 🥂",
    [
        ("NAME", "Rosalie Champagne"),
        ("NAME", "Rosalie", "*"),
        ("GEO", "Raceland"),
        ("DATE", "April 6"),
    ],
    note="Patient's name, town and surgery date. Crohn's is an eponymous condition; the second "
    "'Champagne' is the drink, not her name.",
)

# 197
n(
    "en",
    "memorial",
    "On the anniversary of Katrina, we remember the patients and staff who were with us in those "
    "days, and the ones we lost. We still carry you.",
    "Anonymous remembrance of a public disaster.",
)

# 198
n(
    "es",
    "eponymous_condition",
    "Grupo de apoyo en español para familias que viven con Alzheimer: primer martes de cada mes, "
    "6 p.m., en Bayou Crescent East. Café y pan dulce.",
    "Enfermedad epónima y evento del hospital.",
)

# 199
n(
    "en",
    "campaign_hashtag",
    "Wear purple Friday for #PurpleForPancreas. Our team lost two coworkers' parents to "
    "pancreatic cancer this year, and we're not done fighting.",
    "Campaign hashtag; anonymous losses of staff families.",
)

# 200
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: nurse practitioner Thùy-Linh Võ started our Vietnamese-language diabetes "
    "clinic in New Orleans East in 2019. Her mom still sends phở to every team meeting. Cảm ơn, "
    "Thùy-Linh!",
    "Staff member and her own mother; New Orleans East is where the hospital's clinic is.",
)

# 201
n(
    "en",
    "staff_spotlight",
    'Paramedic Lafayette "Lafe" Boudreaux has been running calls out of our Houma base for 30 '
    "years. He has delivered 11 babies in the back of Medic 7.",
    "Staff member (his name is also a city); Medic 7 is an ambulance unit.",
)

# 202
n(
    "en",
    "event",
    "Join our Vietnamese-language cancer screening night on Tuesday, Nov. 12, at 5:30 p.m. at "
    "Bayou Crescent East. Bring an aunt, bring your Bà, bring a friend.",
    "Event date; 'Bà' is a kinship word.",
)

# 203
n(
    "en",
    "staff_spotlight",
    "Respiratory therapist Kendrick Ory and his daughter June ran the Crescent City Classic "
    "together for the 10th year in a row. June, 12, beat him again. 🏃🏾‍♀️",
    "Staff member and his own daughter (also a month name); no patient.",
)

# 204
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Dulce María Reyes! Nació el 12 de diciembre, Día de la Virgen de Guadalupe, en "
    "nuestro campus de Esplanade. Sus papás, Wilmer y Glenda, llegaron de Choloma hace tres años. "
    "💕",
    [
        ("NAME", "Dulce María Reyes"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Wilmer"),
        ("NAME", "Glenda"),
        ("GEO", "Choloma"),
    ],
    note="Nombre de la bebé, fecha de nacimiento escrita dos veces (fecha y fiesta, ambas), "
    "nombres de los padres y su ciudad de origen.",
)

# 205
n(
    "en",
    "statistic",
    "Our stroke team's door-to-needle time in Houma is now 31 minutes, down from 52 two years "
    "ago. Know the signs: BE FAST.",
    "Aggregate metric.",
)

# 206
n(
    "en",
    "statistic",
    "By the numbers: in 2024 our EDs treated 1,186 heat-related illnesses. 38% were outdoor "
    "workers, and 61 were patients 90 or older. Check on your elders when it's hot.",
    "Aggregate counts; 'patients 90 or older' is a population age.",
)

# 207
p(
    "en",
    "memorial",
    "Our Bayou Crescent East family mourns Ông Trần Văn Sáu, 98, who fished out of Venetian Isles "
    "for 45 years and taught half the neighborhood to throw a cast net. He died peacefully with "
    "us on the 15th day of the first lunar month.",
    [
        ("NAME", "Trần Văn Sáu"),
        ("AGE", "98"),
        ("GEO", "Venetian Isles"),
        ("DATE", "15th day of the first lunar month"),
    ],
    note="Name (honorific excluded), age over 89, his community, date of death written as a "
    "lunar-calendar date.",
)

# 208
n(
    "en",
    "hospital_contact",
    "Media inquiries: call (504) 555-0136 or email media@bayoucrescent.org. Please do not send "
    "patient information to our social accounts @BayouCrescent or @BCHoumaHealth.",
    "Hospital phone, email domain and handles.",
)

# 209
p(
    "en",
    "patient_story",
    "Marisol Euceda moved to Kenner from San Pedro Sula and cleans hotel rooms downtown. When a "
    "lump turned out to be stage 2 breast cancer, our navigator Carmen Ávila walked her through "
    "every step. Marisol finished radiation on Sept. 12 and now trains other promotoras.",
    [
        ("NAME", "Marisol Euceda"),
        ("NAME", "Marisol", "*"),
        ("GEO", "Kenner"),
        ("GEO", "San Pedro Sula"),
        ("DATE", "Sept. 12"),
    ],
    note="Patient's name, home city, foreign home city, end-of-treatment date. The navigator is "
    "staff.",
)

# 210
n(
    "en",
    "anonymous_story",
    "A grandmother from down the bayou told our chaplain she had never once been in a hospital "
    "until this year. She left with a new hip and a new friend on the night shift.",
    "Anonymous patient; 'down the bayou' names no place.",
)

# 211
n(
    "es",
    "crisis_update",
    "Aviso de hervir el agua en la orilla este de Orleans: nuestros hospitales usan agua "
    "embotellada. Todas las citas siguen igual.",
    "Aviso público.",
)

# 212
p(
    "en",
    "thank_you",
    'From the family of Wendell Pitre: "To the nurses on 6 North who sang Jolie Blonde to Daddy '
    "on his last night, merci beaucoup. If any of y'all want copies of his fiddle tapes, call me, "
    'Annette, at (985) 555-0100."',
    [("NAME", "Wendell Pitre"), ("NAME", "Annette"), ("PHONE", "(985) 555-0100")],
    note="Patient's name, daughter's name and her phone. The family number has the same last "
    "seven digits as the hospital switchboard but a different area code, so it is the family's. "
    "'Jolie Blonde' is a song.",
)

# 213
p(
    "es",
    "eponymous_condition",
    "La pequeña Ashley Zúniga, de 5 años, tiene síndrome de Down y hoy fue la reina del desfile "
    "del Pabellón Infantil. Su mamá, Wendy, grabó el video: ¡mírenla bailar!",
    [("NAME", "Ashley Zúniga"), ("NAME", "Wendy"), ("PHOTO", "video")],
    note="Nombre de la niña, nombre de la mamá y el video adjunto que la muestra. Síndrome de "
    "Down es epónimo.",
)

# 214
p(
    "en",
    "patient_story",
    "Shrimper Dwayne Naquin, 58, collapsed on the deck of the Miss Thelma near Cocodrie during "
    "last July's heat wave. His deckhand got him iced down and radioed the Coast Guard. Today "
    "Dwayne stopped by our Houma ED to say thanks, with 20 pounds of brown shrimp.",
    [("NAME", "Dwayne Naquin"), ("NAME", "Dwayne", "*"), ("GEO", "Cocodrie"), ("DATE", "July")],
    note="Name, place of his collapse, month of the event. The boat's name is not labelled "
    "(vessel names are not identifiers in this set); age 58 is not labelled.",
)

# 215
n(
    "en",
    "birth_announcement",
    "2024 was a big year in our Mother-Baby units: 4,212 babies, 61 sets of twins, two sets of "
    "triplets, and one very confused pelican on the helipad.",
    "Aggregate birth counts.",
)

# 216
n(
    "en",
    "statistic",
    "Louisiana is home to hundreds of centenarians, and our geriatrics team would love to meet "
    "every one of them. Know someone turning 100? Tell us their secret. 💜",
    "Population of centenarians; no patient.",
)

# 217
p(
    "es",
    "eponymous_condition",
    "A don Efraín Banegas, de 62 años, le diagnosticaron la enfermedad de Chagas en nuestra "
    "clínica de cardiología. Creció en Olanchito, donde las chinches picudas eran parte de la "
    "vida. Hoy recibe tratamiento y quiere que su comunidad se haga la prueba.",
    [("NAME", "Efraín Banegas"), ("GEO", "Olanchito")],
    note="Nombre y ciudad donde creció. Chagas es una enfermedad epónima; la edad 62 no se "
    "etiqueta.",
)

# 218
n(
    "en",
    "public_figure",
    'Grammy-winning trombonist Clarence "Big Easy" Ancar brought his band to our lobby Friday '
    "and played for patients, families and staff. Thank you for the music, Big Easy! 🎺",
    "A visiting musician, not a patient; no patient is identified.",
)

# 219
p(
    "en",
    "patient_story",
    "Osman Cruz, a roofer from La Ceiba, fell 20 feet from a roof in Metairie on March 11. Today "
    "he walked into his follow-up with a cane and a plate of baleadas for our trauma team.",
    [("NAME", "Osman Cruz"), ("GEO", "La Ceiba"), ("GEO", "Metairie"), ("DATE", "March 11")],
    note="Name, foreign home city, city of the fall, injury date.",
)

# 220
p(
    "es",
    "patient_story",
    "Los hermanos Yoni y Darwin Padilla trabajan en un barco camaronero en Venice. El 30 de "
    "junio, Darwin sufrió un golpe de calor a bordo; Yoni lo enfrió con hielo hasta que llegó la "
    "Guardia Costera. '¡Mi hermano me salvó!', dice Darwin.",
    [
        ("NAME", "Yoni", "*"),
        ("NAME", "Darwin Padilla"),
        ("NAME", "Darwin", "*"),
        ("GEO", "Venice"),
        ("DATE", "30 de junio"),
    ],
    note="Paciente y su hermano (familiar), el puerto donde trabajan (Venice, Luisiana, también "
    "nombre de ciudad extranjera), fecha del golpe de calor.",
)

# 221
n(
    "en",
    "staff_spotlight",
    "Twin nurses Faith and Hope Arceneaux work opposite shifts on 4 North, so patients swear it's "
    "one nurse who never sleeps.",
    "Staff names that are also ordinary words.",
)

# 222
n(
    "en",
    "pasted_record",
    "Epic test message (ignore): ZZTEST, MARDIGRAS | MRN 99999999 | DOB 01/01/1900 | Rm TEST-1 | "
    "training environment only",
    "Synthetic test patient in the training environment, not a real person.",
)

# 223
n(
    "es",
    "event",
    "Este Día de las Madres, regale salud: mamografías sin costo el 10 de mayo en Bayou Crescent "
    "East. Llame al (504) 555-0150.",
    "Fiesta y fecha de un evento del hospital, no de una paciente.",
)

# 224
p(
    "en",
    "pasted_record",
    "Security log, NOT FOR SOCIAL: truck parked in the ambulance bay belongs to pt in Trauma 3, "
    "Darnell Lewis. Black F-150, LA plate Y419227. His sister Tonya has the keys.",
    [
        ("OTHER_ID", "Trauma 3"),
        ("NAME", "Darnell Lewis"),
        ("VEHICLE", "Y419227"),
        ("NAME", "Tonya"),
    ],
    note="ED trauma bay tied to the patient (with its keyword), his name, plate number value "
    "only, sister's name.",
)

# 225
p(
    "es",
    "pasted_record",
    "FW: Seguro — Paciente: Lizeth Aguilar | Medicaid ID 2203981144 | Póliza Humana H55230917 | "
    "F. nac. 09/05/1990 | Dirección: 1210 Hickory Ave, Harahan",
    [
        ("NAME", "Lizeth Aguilar"),
        ("HEALTH_PLAN", "2203981144"),
        ("HEALTH_PLAN", "H55230917"),
        ("DATE", "09/05/1990"),
        ("GEO", "1210 Hickory Ave"),
        ("GEO", "Harahan"),
    ],
    note="Nombre, dos números de plan de salud, fecha de nacimiento, dirección y ciudad.",
)

# 226
n(
    "en",
    "discharge",
    "Our Home by Noon program got 1,000 patients home before lunch this year. Fewer hours in a "
    "hospital bed, more hours on the porch.",
    "Aggregate discharge program.",
)

# 227
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease (ALS) affects about 30,000 Americans. Our ALS clinic on the Esplanade "
    "campus offers same-day neurology, PT and speech visits. #ALSAwarenessMonth",
    "Eponymous condition named after a public figure.",
)

# 228
n(
    "en",
    "milestone_birthday",
    "Happy 95th birthday to our longest-serving volunteer, Miss Odile Chauvin! She has rocked "
    "NICU babies every Wednesday since 1988 and says she's not quitting until 100.",
    "A volunteer's birthday and age are not a patient's.",
)

# 229
n(
    "en",
    "health_tip",
    "Fishing season reminder: a hook in the finger is a clinic visit, not a pliers job. Our Lower "
    "Lafourche Clinic at 210 Main Street in Golden Meadow is open until 7 p.m. 🎣",
    "General tip; clinic address.",
)

# 230
p(
    "en",
    "patient_story",
    "Bà Nguyễn Thị Xuân has sold lemongrass and rau răm at the Saturday market in Versailles for "
    "40 years. When her blood sugar hit 600, her granddaughter Vy drove her to Bayou Crescent "
    "East. Now Bà Xuân co-teaches our Vietnamese diabetes class.",
    [("NAME", "Nguyễn Thị Xuân"), ("NAME", "Xuân", "*"), ("GEO", "Versailles"), ("NAME", "Vy")],
    note="Vietnamese full name (honorific 'Bà' excluded) and given name; Versailles is her New "
    "Orleans East neighbourhood; granddaughter's name.",
)

# 231
n(
    "en",
    "campaign_hashtag",
    "#HopeFloats is back! Every paddle at Saturday's bayou kayak race raises money for our "
    "pediatric cancer program. Register at bcgiving.org/hopefloats",
    "Campaign hashtag (Hope is not a person here); foundation domain.",
)

# 232
n(
    "en",
    "recruitment",
    "Nursing students: our Houma summer extern program pays $20 an hour, and your preceptor might "
    "be the nurse who delivered you. 😉",
    "Job ad.",
)

# 233
n(
    "es",
    "event",
    "Feria de salud hondureña: sábado 21 de septiembre, de 9 a 1, en Bayou Crescent East, 9400 "
    "Read Boulevard. Presión arterial, vacunas y consulta con el consulado.",
    "Fecha de un evento del hospital y su dirección.",
)

# 234
p(
    "es",
    "milestone_birthday",
    "¡Nuestra paciente centenaria! Doña Eufemia Lagos cumple 100 años el sábado y nos pidió una "
    "sola cosa: que pongan punta en la fiesta. 💃 ¡Feliz cumpleaños, doña Eufemia!",
    [("AGE", "centenaria"), ("NAME", "Eufemia Lagos"), ("NAME", "Eufemia", "*"), ("AGE", "100")],
    note="'centenaria' y 100 son edades mayores de 89; nombre. El sábado es un día de la semana.",
)

# 235
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Buscamos intérpretes médicos bilingües en Nueva Orleans y Houma. "
    "Capacitación pagada. Solicite en bayoucrescent.org/empleos.",
    "Oferta de empleo; dominio del hospital.",
)

# 236
n(
    "en",
    "anonymous_story",
    "This week a woman told our ED nurse she had skipped her insulin for a month because she "
    "couldn't afford it. Our pharmacy assistance program now covers it. Ask us: (504) 555-0124.",
    "Anonymous patient; hospital phone.",
)

# 237
n(
    "en",
    "memorial",
    "Today we lower our flag for nurse Evangeline Comeaux, who worked our labor and delivery unit "
    "for 38 years and died peacefully at home in Houma on Monday. She caught more than 6,000 "
    "babies.",
    "Staff memorial, not our patient.",
)

# 238
p(
    "en",
    "eponymous_condition",
    "Six years ago Reyna Castellanos was born in our NICU with Down syndrome and a hole in her "
    "heart. This week she started first grade in Metairie wearing light-up shoes. Her mom, Dulce, "
    "summed it up: Reina de la casa 👑",
    [("NAME", "Reyna Castellanos"), ("GEO", "Metairie"), ("NAME", "Dulce")],
    note="Patient's name, her town, her mother's name (also a Spanish word). 'Reina de la casa' "
    "is a phrase, and Down syndrome is eponymous.",
)

# 239
n(
    "en",
    "thank_you",
    "Merci beaucoup to Chef Marcelle Toups and the crew at Bon Temps Café for feeding our night "
    "shift through the storm. 🍲",
    "A restaurant and its chef, not patients.",
)

# 240
n(
    "en",
    "pasted_record",
    "Facilities ticket: ice machine broken at the Rm 512 nurse station on 5 West. Reported by "
    "charge RN Ana Flores, ext. 4512.",
    "A staff workspace, not a patient's room; staff name.",
)

if __name__ == "__main__":
    S.main("phi_dev37_source")
