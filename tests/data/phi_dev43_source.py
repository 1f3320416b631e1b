"""Blind development set d43 for the PHI scanner: tests/data/phi_dev43.jsonl.

Organisation: Harlem River Health, the Bronx and Washington Heights, New York
(phi_dev43_org.json): the Jerome Campus (2150 Jerome Avenue, main hospital, ED, ICUs, hospice,
dialysis), the Washington Heights Pavilion (4100 Broadway, women's and children's, NICU), the
Soundview Family Health Center (1575 Westchester Avenue) and the Mott Haven Burn & Trauma
Center (900 East 149th Street); phones (718)/(212) 555-0100 to -0180; domain
harlemriverhealth.org; handles @HarlemRiverHlth, @HRHSalud, @HRHFoundation.
Focus: Dominican, Puerto Rican, Mexican, Garifuna, Ghanaian, Bangladeshi and Yemeni families;
bodega, colmado, kiosk and deli owners; subway, bus, e-bike and apartment-fire injuries; Yankees
players, council members and a singer/rapper who are patients next to ones who only visit;
centenarians in Co-op City and other co-ops. Hard cases: word-names (Hope, Faith, Comfort,
Patience, Grace, Precious, Prince, Buck, Rich, Ruby, June, Luz, Fe, Esperanza, Dolores, Socorro,
Consuelo, Bienvenido, Mercedes, Abril, Mayo), place-names as names (Brooklyn, Santiago, Zion,
Rosario, Trujillo), nicknames and quoted nicknames, initials, lower-case and ALL-CAPS chart
names, name hashtags next to campaign hashtags, relatives named in passing, staff/volunteer
ages and dates next to patients', ages over 89 in digits, words, ordinals, "9-0", "93M",
"97a", "102º", nonagenarian/centenario, dates numeric, ordinal, with weekdays and as holidays
(incl. Spanish forms), family phones and emails next to the hospital's, MRNs, rooms, beds,
ED bays and stretchers, anonymous stories and statistics, eponymous conditions.
Language mix: 240 posts, 120 English and 120 Spanish; 120 patient-specific, 120 not
(60 / 60 in each language).
Labelling decisions taken in this set (where the rules leave room):
- Staff, volunteers, officials and public figures (Yankees players, a council member, a rapper,
  a singer) who are said to have been treated here are patients: their identifiers are
  labelled, even when they announced it themselves. When they only visit, work, teach or
  volunteer, nothing about them (name, age, hometown, date of death) is labelled.
- GEO tied to a patient includes the place of the patient's injury or collapse (street, subway
  station, expressway, mall) and the location of the patient's own business (bodega corner,
  kiosk, deli or colmado street), even when it shares a street name with a hospital site.
  Employers and other organisations (FDNY company, precinct, Yankees, a school, a college) are
  not labelled.
- An incident whose patients are not named (fire, crash, subway) is not patient-specific, so
  its location is not labelled; the same street is GEO in a post that names a patient hurt
  there.
- A borough tied to the family's home ('they live in the Bronx') is GEO, span without 'the';
  the Bronx as service area, slogan or career label ('Bronx rapper') is not. Named housing such
  as Co-op City is GEO. Puerto Rico and Mexican states (Puebla) are treated as states (not
  GEO); their towns (Mayagüez, Atlixco) and foreign cities are GEO.
- A weekday attached to a date is not part of the DATE span ('Friday, Nov. 21' -> 'Nov. 21';
  'lunes 2 de junio' -> '2 de junio'). Seasons ('this spring') are not labelled; Ramadan as the
  time of a patient's event is treated like a month (DATE); Opening Day, Viernes Santo and
  Domingo de Ramos are named days (DATE) when the patient's event fell on them.
- Any date of the patient's own life event is DATE, not only clinical ones: return to work,
  graduation, a performance, an appointment, a portal login, a billed visit.
- Only the patient's actual (or just reached) age is AGE: a hoped-for future age ('dance at her
  100th'), a count ('100th participant', 'número 500') and an anonymous person's age are not.
  'the big 9-0' -> '9-0'; chart shorthand fused to a letter is one token ('93M', '91F', '97a');
  '96 yo', '101 y.o.', '100 a.' -> the number; Spanish number words are the whole phrase
  ('Noventa y nueve', 'Ciento un', 'cien'); 'centésimo', 'centenario' (her 100th birthday),
  'nonagenaria/o' and 'centenarian' are AGE.
- ED bays and stretchers tied to a patient ('BAY 9', 'Camilla 4') are OTHER_ID with the
  keyword, like beds, also for an unidentified patient; empty beds/bays are not labelled.
  Appointment reference numbers and wristband numbers are OTHER_ID (value only).
- Stage names are NAME ('Lil Kiki Bee'); the title in 'La Reina Yarelis' and the article in the
  nickname 'La Nena' are not part of the span. A name hashtag is labelled whole even when it
  contains a title ('#JusticiaParaDonFélix').
- A word-name is labelled only where it names the person; a closing pun that uses it as the
  ordinary word ('Patience truly is a virtue') is declared unlabelled, while a mention of the
  name as a name ('Fe es mi nombre') is labelled. Lower-case common words (hope, faith, luz,
  esperanza, caridad, dolor) are never labelled.
- Bystanders and rescuers who are not relatives, outside physicians who receive records, pets,
  and incident-report numbers that concern a visitor are not labelled.
- Initials used to protect a patient ('Sra. M. G.', 'N. Paredes') are still NAME, and the word
  'foto' is PHOTO only when the post says an attached photo shows the patient.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev43.jsonl"), os.path.join(HERE, "phi_dev43_org.json"), "d43")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "Meet Milagros Ureña, who has run the bodega on the corner of 181st and St. Nicholas for 31 "
    "years. After her stroke in March, our rehab team had her back behind the counter by July. "
    '"The neighborhood needed its café con leche," she says. #HarlemRiverStrong',
    [
        ("NAME", "Milagros Ureña"),
        ("GEO", "181st and St. Nicholas"),
        ("DATE", "March"),
        ("DATE", "July"),
    ],
    note=(
        "Patient's name; the corner of her own bodega is GEO (business location); stroke month "
        "and return-to-work month are dates of her own events. #HarlemRiverStrong is the "
        "campaign tag."
    ),
)

# 2
p(
    "es",
    "patient_story",
    'Conozcan a doña Altagracia "Chichí" Fermín, dueña del colmado de la esquina de la 174 y '
    "Amsterdam desde 1988. Después de su cirugía de cadera el 3 de marzo, ya está de vuelta "
    "detrás del mostrador. ¡Fuerza, Chichí! #OrgulloDominicano",
    [
        ("NAME", 'Altagracia "Chichí" Fermín'),
        ("GEO", "174 y Amsterdam"),
        ("DATE", "3 de marzo"),
        ("NAME", "Chichí", 2),
    ],
    note=(
        "Nombre con apodo (sin 'doña'), esquina de su propio colmado (GEO), fecha de la cirugía, "
        "apodo solo. El hashtag es de campaña."
    ),
)

# 3
n(
    "en",
    "health_tip",
    "Heat advisory this week in the Bronx and Upper Manhattan. Check on elderly neighbors, "
    "especially in buildings without AC. Cooling centers: call 311. Signs of heat stroke? Call "
    "911. #HarlemRiverStrong",
    "General heat-safety tip; places are the service area, 311/911 are public lines, hashtag is "
    "the campaign.",
)

# 4
n(
    "es",
    "health_tip",
    "Ola de calor esta semana en El Bronx y el Alto Manhattan. Tome mucha agua, visite a sus "
    "vecinos mayores y nunca deje a un niño en el carro. Si alguien se siente mal, llame al 911. "
    "#HarlemRiverStrong",
    "Consejo general; 911 es línea nacional.",
)

# 5
p(
    "en",
    "milestone_birthday",
    "Happy 100th birthday to Mrs. Eulalia Batista of Co-op City, our favorite centenarian! Born "
    "in San Francisco de Macorís on the 9th of January, she still does the crossword every "
    "morning in pen. Our geriatrics team was honored to celebrate with her at her checkup. 🎂",
    [
        ("AGE", "100th"),
        ("NAME", "Eulalia Batista"),
        ("GEO", "Co-op City"),
        ("AGE", "centenarian"),
        ("GEO", "San Francisco de Macorís"),
        ("DATE", "9th of January"),
    ],
    note=(
        "Age over 89 as ordinal and as 'centenarian'; her co-op neighbourhood and foreign birth "
        "city are GEO; birthday without the article 'the'."
    ),
)

# 6
p(
    "es",
    "milestone_birthday",
    "¡Feliz centésimo cumpleaños a doña Paulina Vargas Encarnación! 🎂 Nacida en Baní el 15 de "
    "agosto, hoy celebró su centenario en su apartamento de Co-op City con sus 31 nietos y "
    "nuestro equipo de atención domiciliaria.",
    [
        ("AGE", "centésimo"),
        ("NAME", "Paulina Vargas Encarnación"),
        ("GEO", "Baní"),
        ("DATE", "15 de agosto"),
        ("AGE", "centenario"),
        ("GEO", "Co-op City"),
    ],
    note=(
        "Edad como ordinal en palabras y como 'centenario' (su cumpleaños 100); nombre; ciudad "
        "natal extranjera; fecha de nacimiento; su cooperativa."
    ),
)

# 7
n(
    "en",
    "staff_spotlight",
    "Staff Spotlight: Charge nurse Yaw Boateng has worked nights in our Jerome Campus ED for 22 "
    "years. Born in Kumasi, he moved to the Bronx in 1998 and says the best part of the job is "
    '"sending people home to their families." Thank you, Yaw!',
    "Staff member's name and hometown are never labelled.",
)

# 8
n(
    "es",
    "staff_spotlight",
    "Conozcan a la enfermera Dulce María Cepeda, de nuestra sala de partos en el Pabellón de "
    "Washington Heights. Lleva 25 años recibiendo bebés y dice que todavía llora en cada parto. "
    "¡Gracias, Dulce!",
    "Empleada; su nombre no se etiqueta.",
)

# 9
p(
    "en",
    "pasted_record",
    "BED BOARD 4W 0600: Rm 412-A MONTERO, JULIO C 93M s/p fall, CT neg, PT eval today; Rm 412-B "
    "empty; Rm 414 TAVERAS, ANA 71F CHF, dc planning w/ dtr Keila 347-555-0118",
    [
        ("OTHER_ID", "Rm 412-A"),
        ("NAME", "MONTERO, JULIO C"),
        ("AGE", "93M"),
        ("OTHER_ID", "Rm 414"),
        ("NAME", "TAVERAS, ANA"),
        ("NAME", "Keila"),
        ("PHONE", "347-555-0118"),
    ],
    note=(
        "Pasted bed board: rooms tied to patients with keyword; chart names; '93M' chart "
        "shorthand is one token so the whole token is AGE; 71F is under 90; daughter's name and "
        "phone. The empty room 412-B and unit 4W are not tied to a patient."
    ),
)

# 10
p(
    "es",
    "pasted_record",
    "PIZARRA 5 OESTE 07:00 — Cama 3: DE LA CRUZ, RAMONA 97a, caída en casa, hija Yolanda (347) "
    "555-0193; Cama 4: MARTÍNEZ GUITY, ELVIS 54a, post-op; Cama 5: libre.",
    [
        ("OTHER_ID", "Cama 3"),
        ("NAME", "DE LA CRUZ, RAMONA"),
        ("AGE", "97a"),
        ("NAME", "Yolanda"),
        ("PHONE", "(347) 555-0193"),
        ("OTHER_ID", "Cama 4"),
        ("NAME", "MARTÍNEZ GUITY, ELVIS"),
    ],
    note=(
        "Camas con pacientes (con la palabra), nombres de expediente, '97a' es un solo token "
        "(edad), hija y su teléfono. 54a es menor de 90; la Cama 5 está libre."
    ),
)

# 11
n(
    "en",
    "anonymous_story",
    "Last winter a man in his 90s walked into our Soundview clinic in slippers during a "
    "snowstorm because he'd run out of insulin. Our social worker got him a refill, a coat and a "
    "home-delivery pharmacy. That's what community health looks like.",
    "Anonymous patient; 'in his 90s' without any identifier is not labelled.",
)

# 12
n(
    "es",
    "anonymous_story",
    "Una señora de 96 años llegó anoche a nuestra sala de emergencias con su bastón y su "
    'cafecito en la mano. "Vine sola porque mis hijos trabajan", nos dijo. Salió hoy con la '
    "presión controlada y una nueva amiga: su enfermera.",
    "Paciente anónima; la edad sola no identifica.",
)

# 13
p(
    "en",
    "birth_announcement",
    "Welcome to the world, Brooklyn Amoako! Born at 3:12 a.m. on New Year's Day at our "
    "Washington Heights Pavilion, 7 lbs 4 oz. Mom Akosua and dad Kwabena are over the moon (and "
    "yes, they live in the Bronx, not Brooklyn). 💙",
    [
        ("NAME", "Brooklyn Amoako"),
        ("DATE", "New Year's Day"),
        ("NAME", "Akosua"),
        ("NAME", "Kwabena"),
        ("GEO", "Bronx"),
    ],
    note=(
        "Baby named Brooklyn (NAME); the borough Brooklyn where they do not live is not "
        "labelled; birth holiday is DATE; parents' names; the family's home borough is GEO."
    ),
)

# 14
p(
    "es",
    "birth_announcement",
    "¡Bienvenida al mundo, Abril Montás Reyes! 🌸 Nació el 30 de abril a las 4:45 a. m. en "
    "nuestro Pabellón de Washington Heights, justo a tiempo para su nombre. Sus papás, Keyla y "
    "Yulián, viven en Inwood.",
    [
        ("NAME", "Abril Montás Reyes"),
        ("DATE", "30 de abril"),
        ("NAME", "Keyla"),
        ("NAME", "Yulián"),
        ("GEO", "Inwood"),
    ],
    note="Bebé llamada Abril (nombre) y nacida el 30 de abril (fecha); padres; barrio.",
)

# 15
n(
    "en",
    "statistic",
    "In 2024 our burn unit treated 312 patients injured in house fires, 41% of them children "
    "under 10 or adults over 90. Working smoke alarms cut the risk of dying in a fire in half. "
    "Free alarms: (718) 555-0142.",
    "Aggregate statistic; population ages are not labelled; hospital burn-center number.",
)

# 16
n(
    "es",
    "statistic",
    "En 2024 nuestro equipo de quemados atendió a 88 niños menores de 5 años con quemaduras por "
    "líquidos calientes. La mayoría ocurrió en la cocina. Mantenga las ollas en las hornillas de "
    "atrás. 🍲",
    "Estadística agregada.",
)

# 17
p(
    "en",
    "crisis_update",
    "UPDATE on the fire at 2071 Valentine Ave: we received 6 patients overnight. With her "
    "family's permission: 94-year-old Graciela Pimentel is in stable condition in our burn unit; "
    "her grandson Edwin Pimentel, who carried her down four flights, is being treated for smoke "
    "inhalation.",
    [
        ("GEO", "2071 Valentine Ave"),
        ("AGE", "94-year-old"),
        ("NAME", "Graciela Pimentel"),
        ("NAME", "Edwin Pimentel"),
    ],
    note=(
        "Address of the burning building where the named patients live is GEO ('Valentine' is a "
        "street, not a date); age over 89 as one hyphenated token; both named people are "
        "patients."
    ),
)

# 18
p(
    "es",
    "crisis_update",
    "ACTUALIZACIÓN: Con permiso de la familia, confirmamos que don Bienvenido Caraballo, de 93 "
    "años, sigue estable en nuestro Centro de Quemados tras el incendio del viernes en la "
    "avenida Morris. Su hija Ana Iris agradece sus oraciones.",
    [
        ("NAME", "Bienvenido Caraballo"),
        ("AGE", "93"),
        ("GEO", "avenida Morris"),
        ("NAME", "Ana Iris"),
    ],
    note=(
        "Nombre (Bienvenido es nombre aquí), edad mayor de 89, calle del incendio de su "
        "edificio, hija. 'viernes' no se etiqueta."
    ),
)

# 19
n(
    "en",
    "crisis_update",
    "Fire on Valentine Ave: Harlem River Health is receiving patients from this morning's fire. "
    "Families looking for loved ones, please call our family line at (718) 555-0150 rather than "
    "coming to the ED. We will not share patient names on social media.",
    "Incident location with unnamed patients is not tied to an identifiable patient; hospital "
    "family line.",
)

# 20
n(
    "es",
    "crisis_update",
    "Incendio en la avenida Morris: estamos atendiendo a varios heridos. Familiares que buscan "
    "información, llamen al (718) 555-0150. No compartiremos nombres de pacientes en las redes "
    "sociales.",
    "Lugar del incidente sin paciente identificado; teléfono del hospital.",
)

# 21
p(
    "en",
    "discharge",
    'Going home! After 47 days in our burn unit, little Jayleen "Yaya" Castillo rang the bell '
    "this morning, Friday, Nov. 21. Firefighters from Engine 46 who pulled her out of her "
    "apartment on Tremont Avenue came back to cheer her on. #YayaStrong",
    [
        ("NAME", 'Jayleen "Yaya" Castillo'),
        ("DATE", "Nov. 21"),
        ("GEO", "Tremont Avenue"),
        ("NAME", "#YayaStrong"),
    ],
    note=(
        "Full name with quoted nickname is one span ('little' excluded); discharge date without "
        "the weekday; her home street; name hashtag. 47 days and Engine 46 are not identifiers."
    ),
)

# 22
p(
    "es",
    "discharge",
    "¡A casa! Después de 62 días en nuestra UCI neonatal, la pequeña Milagros Suazo Bernárdez se "
    "fue hoy a casa en Soundview con sus papás, Wendy y Ornel. ¡Un verdadero milagro! 💛",
    [
        ("NAME", "Milagros Suazo Bernárdez"),
        ("GEO", "Soundview"),
        ("NAME", "Wendy"),
        ("NAME", "Ornel"),
    ],
    note=(
        "Nombre (sin 'la pequeña'), barrio de la familia (Soundview como hogar, no la clínica), "
        "padres."
    ),
)

# 23
n(
    "en",
    "public_figure",
    "Thank you to Yankees reliever Tomás Vizcaíno for spending his off day reading with kids in "
    "our pediatric playroom at the Washington Heights Pavilion! The kids had a lot of questions "
    "about his glove. ⚾ #PinstripePride",
    "A ballplayer visiting, not treated: public figure, not labelled; no child is identified.",
)

# 24
n(
    "es",
    "public_figure",
    '¡Gracias al lanzador de los Yankees Wilfredo "Pelusa" Castaños por visitar a nuestros '
    "pacientitos de pediatría y regalarles gorras firmadas! ⚾ Los niños no paraban de sonreír.",
    "Pelotero de visita, no paciente.",
)

# 25
p(
    "en",
    "public_figure",
    "Get well soon to Yankees infielder Rafi Almánzar, who was treated in our Jerome Campus ED "
    "last night after fouling a ball off his shin and is now recovering at home. Rafi asked us "
    "to thank the night nurses. ⚾",
    [
        ("NAME", "Rafi Almánzar"),
        ("NAME", "Rafi", "*"),
    ],
    note=(
        "A public figure treated here is a patient, so his name is labelled (set decision); "
        "'last night' is relative."
    ),
)

# 26
p(
    "es",
    "public_figure",
    "El jardinero de los Yankees Elvin Santana Mota agradece a nuestro equipo de Urgencias del "
    "Campus Jerome, donde fue atendido el domingo por una conmoción cerebral tras chocar contra "
    "la pared. ¡Recupérate pronto, Elvin! ⚾",
    [
        ("NAME", "Elvin Santana Mota"),
        ("NAME", "Elvin", "*"),
    ],
    note=(
        "Figura pública atendida aquí = paciente (decisión del conjunto). 'domingo' no se etiqueta."
    ),
)

# 27
n(
    "en",
    "eponymous_condition",
    "Lou Gehrig's disease (ALS) still has no cure, 85 years after the Yankees' Iron Horse said "
    "goodbye at the Stadium. Our neuromuscular clinic at Soundview sees ALS patients from across "
    "the Bronx. Learn more at harlemriverhealth.org/als",
    "Eponymous condition and a historical figure; hospital domain.",
)

# 28
n(
    "es",
    "eponymous_condition",
    "El síndrome de Down no define a nadie. Este 21 de marzo, Día Mundial del Síndrome de Down, "
    "celebramos a las familias de nuestra clínica de desarrollo infantil. 🧦🧦 "
    "#DíaMundialDelSíndromeDeDown",
    "Condición epónima y fecha de un día de concienciación.",
)

# 29
p(
    "en",
    "eponymous_condition",
    "When Hector Figueroa was diagnosed with Parkinson's at 58, he thought he'd have to close "
    "the barbershop on Fordham Road he opened in '91. Four years later he's cutting hair three "
    "days a week and boxing in our Rock Steady class. #ParkinsonsAwareness",
    [
        ("NAME", "Hector Figueroa"),
        ("GEO", "Fordham Road"),
    ],
    note=(
        "Patient's name; street of his own barbershop is GEO. Parkinson's is eponymous; age 58 "
        "and the bare year '91 are not labelled."
    ),
)

# 30
p(
    "es",
    "eponymous_condition",
    "A Rosario Hernández le diagnosticaron Alzheimer a los 71. Su esposo Miguelito la acompaña "
    'cada martes a nuestra clínica de memoria y le canta boleros en la sala de espera. "Ella '
    'todavía se sabe todas las letras", dice él.',
    [
        ("NAME", "Rosario Hernández"),
        ("NAME", "Miguelito"),
    ],
    note=(
        "Nombre de la paciente (Rosario es nombre, no ciudad) y de su esposo. Alzheimer es "
        "epónimo; 71 años no se etiqueta."
    ),
)

# 31
n(
    "en",
    "research",
    "New study from our Harlem River Health researchers: among 1,200 Bronx adults with diabetes, "
    "those who got text reminders in Spanish were 30% more likely to keep their eye exams. "
    "Published this week in the Journal of Urban Health.",
    "Population research result, no individual.",
)

# 32
n(
    "es",
    "research",
    "Nuestro estudio CORAZÓN BRONX busca voluntarios hispanos de 40 a 75 años con presión alta. "
    "Recibirá un monitor gratis y $50 por visita. Información: (718) 555-0100, ext. 4471, o "
    "harlemriverhealth.org/estudios.",
    "Reclutamiento de estudio; datos del hospital.",
)

# 33
p(
    "en",
    "thank_you",
    "A big thank you to the Rahman family of Parkchester, who dropped off 200 samosas for our "
    "ICU staff after their father Abdul spent 3 weeks with us in December. Your kindness fed "
    "three shifts! 🙏",
    [
        ("NAME", "Rahman"),
        ("GEO", "Parkchester"),
        ("NAME", "Abdul"),
        ("DATE", "December"),
    ],
    note="Patient's family surname and neighbourhood, patient's first name, month of his stay.",
)

# 34
p(
    "es",
    "thank_you",
    "Mil gracias a la familia Guerrero de Mount Eden por las 300 arepas que le trajeron al "
    "personal de la UCI después de que su mamá, doña Consuelo, estuviera con nosotros en "
    "diciembre. ¡Nos alegraron la Navidad! 🎄",
    [
        ("NAME", "Guerrero"),
        ("GEO", "Mount Eden"),
        ("NAME", "Consuelo"),
        ("DATE", "diciembre"),
    ],
    note=(
        "Apellido familiar, barrio, nombre de la paciente, mes de su estancia. La Navidad no es "
        "fecha de la paciente."
    ),
)

# 35
n(
    "en",
    "thank_you",
    "Thank you to the Bronx Bodega Association for donating 500 bottles of water and 300 "
    "Gatorades to our ED waiting room during last week's heat wave. Our neighbors always show "
    "up. 💪",
    "Thanks to an organisation; no patient.",
)

# 36
n(
    "es",
    "thank_you",
    "Gracias a los dueños de bodegas de Washington Heights que donaron agua, Malta y hielo para "
    "nuestra sala de emergencias durante el apagón. ¡Así es nuestra comunidad! 💪",
    "Agradecimiento a la comunidad.",
)

# 37
p(
    "en",
    "memorial",
    "We are heartbroken by the passing of Mr. Kwame Asante-Boakye, our longtime dialysis patient "
    "and friend, who died peacefully on the evening of April 2 surrounded by his daughters Abena "
    "and Efua. He never missed a Friday session—or a chance to tell us about Asante Kotoko's "
    "latest match.",
    [
        ("NAME", "Kwame Asante-Boakye"),
        ("DATE", "April 2"),
        ("NAME", "Abena"),
        ("NAME", "Efua"),
    ],
    note=(
        "Patient's hyphenated name, date of death, daughters' names. 'Asante Kotoko' is a "
        "football club, not his name; Friday is a weekday."
    ),
)

# 38
p(
    "es",
    "memorial",
    'Con mucho dolor despedimos a don Eusebio "Chebo" Ventura, paciente de nuestra unidad de '
    "diálisis por 14 años, quien falleció el Día de los Padres rodeado de sus hijos. Chebo "
    "siempre llegaba con caramelos para las enfermeras. Descanse en paz. 🕊️",
    [
        ("NAME", 'Eusebio "Chebo" Ventura'),
        ("DATE", "Día de los Padres"),
        ("NAME", "Chebo", 2),
    ],
    note="Nombre con apodo, día festivo de su muerte (DATE), apodo solo.",
)

# 39
n(
    "en",
    "memorial",
    "Today we remember Dr. Lourdes Peralta, who founded our Washington Heights prenatal clinic "
    "in 1987 and delivered more than 9,000 babies. She passed away on March 14 at 88. Her family "
    "asks that donations go to the Peralta Midwifery Fund.",
    "A staff physician's memorial: her name, date of death and age are not patient identifiers.",
)

# 40
n(
    "es",
    "memorial",
    "Hoy recordamos a la Dra. Milagros Ortiz, fundadora de nuestra clínica de salud mental en "
    "Soundview, quien falleció el 2 de febrero a los 91 años. Su legado vive en cada paciente "
    "que atendió.",
    "Doctora del hospital: su fecha y edad no son de un paciente.",
)

# 41
p(
    "en",
    "milestone_birthday",
    'The big 9-0 for Doña Carmen "Mamá Mela" Rosario! Our Soundview dialysis unit threw her a '
    "surprise party this morning with merengue and flan. Her son Nelson says she plans to dance "
    "at her 100th, too. 🎉",
    [
        ("AGE", "9-0"),
        ("NAME", 'Carmen "Mamá Mela" Rosario'),
        ("NAME", "Nelson"),
    ],
    note=(
        "'the big 9-0' states her age 90 (span '9-0'); name with quoted nickname, 'Doña' "
        "excluded; son's name. 'her 100th' is a hoped-for future age, not her age, so not "
        "labelled."
    ),
)

# 42
p(
    "es",
    "milestone_birthday",
    "¡Noventa y nueve años y bailando bachata! 💃 Feliz cumpleaños a doña Nereida Acosta, "
    "paciente de nuestro Centro de Salud Familiar Soundview, quien celebró con su bisnieta "
    "Kimberly el pasado 8 de septiembre.",
    [
        ("AGE", "Noventa y nueve"),
        ("NAME", "Nereida Acosta"),
        ("NAME", "Kimberly"),
        ("DATE", "8 de septiembre"),
    ],
    note=(
        "Edad en palabras (sin 'años'), nombre, bisnieta, fecha del cumpleaños. Soundview aquí "
        "es la clínica."
    ),
)

# 43
n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to retired pediatrician Dr. Anselmo Reyes, who still volunteers every "
    "Tuesday at our Soundview health-fair table handing out blood-pressure pamphlets. 90 years "
    "young and never late! 🎂",
    "A volunteer's birthday: ages of volunteers are never labelled.",
)

# 44
n(
    "es",
    "milestone_birthday",
    "¡Feliz 95 cumpleaños a nuestra voluntaria más querida, doña Fela Ruiz, que todavía reparte "
    "café en el vestíbulo del Campus Jerome cada lunes! ☕ Fela, eres nuestra inspiración.",
    "Voluntaria, no paciente: su edad no se etiqueta.",
)

# 45
p(
    "en",
    "pasted_record",
    "Fwd: Re: transport — Pt ABREU, Dionisio (MRN 30418872) DOB 11/03/1931 needs ambulette Tues "
    "from 1820 Andrews Ave Apt 5C to Jerome Campus dialysis. Contact daughter Maritza Abreu: "
    "maritza.abreu77@gmail.com",
    [
        ("NAME", "ABREU, Dionisio"),
        ("MRN", "30418872"),
        ("DATE", "11/03/1931"),
        ("GEO", "1820 Andrews Ave Apt 5C"),
        ("NAME", "Maritza Abreu"),
        ("EMAIL", "maritza.abreu77@gmail.com"),
    ],
    note=(
        "Forwarded email: chart name, MRN value, full DOB with year, home address with apt, "
        "daughter's name and email. Jerome Campus is the hospital."
    ),
)

# 46
p(
    "es",
    "pasted_record",
    "RV: Re: transporte — Pte. HERRERA DÍAZ, JUANA (HC 40288173) FN 02/04/1930, necesita "
    "ambulette el jueves desde 2810 Creston Ave Apt 3F. Contacto: nieta Yudelka, "
    "yudelka.hd@hotmail.com",
    [
        ("NAME", "HERRERA DÍAZ, JUANA"),
        ("MRN", "40288173"),
        ("DATE", "02/04/1930"),
        ("GEO", "2810 Creston Ave Apt 3F"),
        ("NAME", "Yudelka"),
        ("EMAIL", "yudelka.hd@hotmail.com"),
    ],
    note=(
        "Correo reenviado: nombre, historia clínica, fecha de nacimiento, dirección, nieta y su "
        "correo."
    ),
)

# 47
n(
    "en",
    "hospital_contact",
    "Need a primary care appointment in Washington Heights? Call (212) 555-0120, Mon–Sat "
    "8am–8pm, or book at harlemriverhealth.org/citas. Follow @HarlemRiverHlth for clinic "
    "updates. We speak Spanish, Bangla, Arabic and Twi.",
    "Hospital phone, domain and handle only.",
)

# 48
n(
    "es",
    "hospital_contact",
    "¿Necesita una cita con su médico de cabecera en Washington Heights? Llame al (212) "
    "555-0120, de lunes a sábado de 8 a. m. a 8 p. m., o visite harlemriverhealth.org/citas. "
    "Síganos en @HRHSalud. ¡Hablamos español!",
    "Teléfono, dominio y cuenta del hospital.",
)

# 49
p(
    "en",
    "hospital_contact",
    "Patient relations callback list (do NOT post): 1) Mrs. Osei re: lost hearing aids, call "
    "929-555-0187 after 5; 2) Mr. Al-Hakimi re: bill for 3/14 visit, acct 7730-21984; 3) ms "
    "guity, garifuna interp needed, prefers WhatsApp +504 9555 0123. cc "
    "patientrelations@harlemriverhealth.org",
    [
        ("NAME", "Osei"),
        ("PHONE", "929-555-0187"),
        ("NAME", "Al-Hakimi"),
        ("DATE", "3/14"),
        ("ACCOUNT", "7730-21984"),
        ("NAME", "guity"),
        ("PHONE", "+504 9555 0123"),
    ],
    note=(
        "Patients' surnames (one lower-case), their numbers, visit date, account number. The "
        "hospital's own email is not labelled; 'garifuna' is the language."
    ),
)

# 50
p(
    "es",
    "hospital_contact",
    "Lista de llamadas de Relaciones con Pacientes (NO PUBLICAR): 1) Sra. Batista — su esposo "
    "dejó la dentadura en la hab. 508, llamar al 646-555-0140; 2) Sr. Cayetano — queja por la "
    "factura del 14 de enero, cuenta 8820-11457.",
    [
        ("NAME", "Batista"),
        ("OTHER_ID", "hab. 508"),
        ("PHONE", "646-555-0140"),
        ("NAME", "Cayetano"),
        ("DATE", "14 de enero"),
        ("ACCOUNT", "8820-11457"),
    ],
    note=(
        "Apellidos de familia y paciente, habitación del esposo, teléfono, fecha de servicio, "
        "cuenta."
    ),
)

# 51
n(
    "en",
    "campaign_hashtag",
    "This #BronxStrong week we're giving free blood-pressure checks at the 161 St–Yankee Stadium "
    "station, Wednesday 7–10am. Bring a friend! #HarlemRiverStrong #CheckYourPressure",
    "Campaign hashtags and a hospital event venue.",
)

# 52
n(
    "es",
    "campaign_hashtag",
    "Esta semana de #BronxStrong ofrecemos pruebas gratis de azúcar en la estación de la calle "
    "149 y Grand Concourse, miércoles de 7 a 10 a. m. ¡Traiga a un amigo! #HarlemRiverStrong "
    "#ChequeaTuAzúcar",
    "Hashtags de campaña; lugar de un evento.",
)

# 53
p(
    "en",
    "campaign_hashtag",
    "Day 12 of #TeamAmal 💛 Our 8-year-old heart warrior from Parkchester walked the whole "
    "hallway today. Her mom Samira thanks everyone sending prayers—follow along at "
    "@amals_heart_journey and tag @HarlemRiverHlth. #CongenitalHeartAwareness",
    [
        ("NAME", "#TeamAmal"),
        ("GEO", "Parkchester"),
        ("NAME", "Samira"),
        ("OTHER_ID", "@amals_heart_journey"),
    ],
    note=(
        "Name hashtag, home neighbourhood, mother's name, family social handle (OTHER_ID). The "
        "hospital handle and awareness hashtag are not labelled; age 8 is under 90."
    ),
)

# 54
p(
    "es",
    "campaign_hashtag",
    "Día 20 de #FuerzaYaritza 💜 Nuestra guerrera de 9 años de Tremont caminó hoy hasta la "
    "ventana para saludar a su abuela Cristina. ¡Gracias por tantas oraciones! #CáncerInfantil",
    [
        ("NAME", "#FuerzaYaritza"),
        ("GEO", "Tremont"),
        ("NAME", "Cristina"),
    ],
    note="Hashtag con nombre, barrio, abuela.",
)

# 55
n(
    "en",
    "anonymous_story",
    "A subway conductor on the 4 train noticed a rider slumped over near Burnside Ave and called "
    "911. Our ED team treated him for a diabetic emergency and he went home the next day. Thank "
    "you to the MTA crew! 🚇",
    "Anonymous rider; the incident location is not tied to an identified patient.",
)

# 56
n(
    "es",
    "anonymous_story",
    "Un joven se desmayó en el andén del tren 1 en la calle 181 y un grupo de desconocidos lo "
    "sostuvo hasta que llegó la ambulancia. Hoy salió del hospital sin problemas. ¡Gracias, "
    "vecinos!",
    "Paciente anónimo; lugar no ligado a alguien identificado.",
)

# 57
p(
    "en",
    "patient_story",
    '"I was pushed onto the tracks at 168th Street and I\'m still here." Subway survivor '
    "Dashawn Pettiford, 34, lost part of his left leg on October 9th. Six months later he walked "
    "out of our prosthetics clinic on his own. So proud of you, Dash!",
    [
        ("GEO", "168th Street"),
        ("NAME", "Dashawn Pettiford"),
        ("DATE", "October 9th"),
        ("NAME", "Dash"),
    ],
    note="Station where the patient was injured is GEO; name and short name; injury date.",
)

# 58
p(
    "es",
    "patient_story",
    '"Me empujaron a las vías en la estación de la calle 149 y aquí estoy". Yeison Amparo '
    "Liriano, de 29 años, perdió la pierna derecha el 12 de octubre, Día de la Raza. Hoy caminó "
    "solo por primera vez en nuestra clínica de prótesis. ¡Orgullo del Bronx!",
    [
        ("GEO", "calle 149"),
        ("NAME", "Yeison Amparo Liriano"),
        ("DATE", "12 de octubre"),
        ("DATE", "Día de la Raza"),
    ],
    note=(
        "Estación de la lesión (GEO), nombre, fecha de la lesión nombrada dos veces. 'Orgullo "
        "del Bronx' es un lema."
    ),
)

# 59
n(
    "en",
    "health_tip",
    "Subway safety tip from our trauma surgeons: stand behind the yellow line, keep headphones "
    "low on the platform, and never jump down for a dropped phone. Call the station agent "
    "instead.",
    "General safety tip.",
)

# 60
n(
    "es",
    "health_tip",
    "Consejos de seguridad en el metro de nuestros cirujanos de trauma: quédese detrás de la "
    "línea amarilla, no use audífonos a todo volumen en el andén y nunca baje a las vías a "
    "buscar un celular.",
    "Consejo general.",
)

# 61
p(
    "en",
    "discharge",
    "After 19 days in the ICU, Sgt. Marisol Vega of the 34th Precinct is heading home to Inwood "
    "today. Sgt. Vega was struck by a car during a traffic stop on Dyckman Street on Memorial "
    "Day. Thank you, Sergeant, and welcome home!",
    [
        ("NAME", "Marisol Vega"),
        ("NAME", "Vega", 2),
        ("GEO", "Inwood"),
        ("GEO", "Dyckman Street"),
        ("DATE", "Memorial Day"),
    ],
    note=(
        "Officer treated here is a patient: name without 'Sgt.', home neighbourhood, crash "
        "street, the holiday of her injury. Her precinct (employer) is not labelled."
    ),
)

# 62
p(
    "es",
    "discharge",
    "Después de 3 semanas en nuestra UCI, el bombero Héctor Luis Matos, de la Escalera 27, "
    "regresa hoy a su casa en Kingsbridge. Se lesionó rescatando a una familia en la calle "
    "Valentine el 31 de diciembre. ¡Gracias, héroe!",
    [
        ("NAME", "Héctor Luis Matos"),
        ("GEO", "Kingsbridge"),
        ("GEO", "calle Valentine"),
        ("DATE", "31 de diciembre"),
    ],
    note=(
        "Bombero atendido = paciente: nombre, barrio, calle de la lesión, fecha. Su compañía no "
        "se etiqueta."
    ),
)

# 63
n(
    "en",
    "staff_spotlight",
    "Meet our newest trauma nurse, Priya Chowdhury, RN! Priya grew up above her parents' grocery "
    "in Jackson Heights and was the first in her family to go to college. Welcome to Harlem "
    "River Health, Priya!",
    "Staff member and her own family are not labelled.",
)

# 64
n(
    "es",
    "staff_spotlight",
    "Conozcan a nuestro nuevo técnico de emergencias, Jonathan Garcés, nacido y criado en Mott "
    "Haven. Su mamá, doña Luz, trabaja en nuestra cafetería desde hace 20 años. ¡Bienvenido, "
    "Jonathan!",
    "Empleado y su madre (también empleada): no se etiquetan.",
)

# 65
p(
    "en",
    "staff_spotlight",
    "Our own phlebotomist Kofi Mensah spent 10 days on the other side of the bed this spring "
    "with a bad case of pneumonia. He's back on 5 West today and says he'll never complain about "
    "a needle again. Welcome back, Kofi! 💉",
    [
        ("NAME", "Kofi Mensah"),
        ("NAME", "Kofi", "*"),
    ],
    note=(
        "A staff member who was a patient is labelled. 'this spring' (a season) and the unit 5 "
        "West are not labelled."
    ),
)

# 66
p(
    "es",
    "staff_spotlight",
    "Nuestra recepcionista Yokasta Frías pasó el mes de mayo del otro lado: como paciente de "
    "nuestra unidad de cardiología. Hoy regresó al mostrador de Soundview con un marcapasos "
    "nuevo y la misma sonrisa. ¡Bienvenida, Yoka! ❤️",
    [
        ("NAME", "Yokasta Frías"),
        ("DATE", "mayo"),
        ("NAME", "Yoka"),
    ],
    note=(
        "Empleada que fue paciente: nombre, mes de su ingreso, apodo. Soundview es su lugar de "
        "trabajo."
    ),
)

# 67
n(
    "en",
    "recruitment",
    "We're hiring! Bilingual (Spanish/English) medical assistants for our Soundview Family "
    "Health Center, 1575 Westchester Avenue. $24–28/hr, tuition support. Apply at "
    "harlemriverhealth.org/careers or call (718) 555-0135.",
    "Job ad with hospital address, domain and phone.",
)

# 68
n(
    "es",
    "recruitment",
    "¡Estamos contratando! Asistentes médicos bilingües para nuestro Centro de Salud Familiar "
    "Soundview, 1575 Westchester Avenue. De $24 a $28 la hora. Solicite en "
    "harlemriverhealth.org/empleos o llame al (718) 555-0135.",
    "Anuncio de empleo.",
)

# 69
p(
    "en",
    "thank_you",
    "To the family of Mr. Saleh Al-Yafai: thank you for the beautiful letter and the tray of "
    "bint al-sahn. Your father was one of the kindest patients our 6 North nurses ever cared "
    "for, and he talked about Taiz every single day.",
    [
        ("NAME", "Saleh Al-Yafai"),
        ("GEO", "Taiz"),
    ],
    note="Patient's name; his home city abroad (foreign city) is GEO; 6 North is a unit.",
)

# 70
p(
    "es",
    "thank_you",
    "A la familia de don Anastasio Güity: gracias por la carta tan bonita y por el hudutu que "
    "trajeron al piso 6 Norte. Su papá nos enseñó palabras en garífuna cada mañana y nos hablaba "
    "de Trujillo, su pueblo, todos los días. 🥁",
    [
        ("NAME", "Anastasio Güity"),
        ("GEO", "Trujillo"),
    ],
    note="Nombre del paciente; Trujillo es su pueblo natal (ciudad extranjera), no un apellido.",
)

# 71
n(
    "en",
    "event",
    "Join us Saturday, May 17 for the Harlem River Health 5K along the Harlem River Greenway! "
    "Start at 9am at our Jerome Campus, 2150 Jerome Avenue. All proceeds support the burn unit. "
    "Register: harlemriverhealth.org/5k",
    "Hospital event date and venue are not patient identifiers.",
)

# 72
n(
    "es",
    "event",
    "Únase a nosotros el sábado 17 de mayo en la carrera 5K de Harlem River Health por el Harlem "
    "River Greenway. Salida a las 9 a. m. desde el Campus Jerome, 2150 Jerome Avenue. ¡Todo lo "
    "recaudado apoya al Centro de Quemados!",
    "Fecha y lugar de un evento del hospital.",
)

# 73
p(
    "en",
    "event",
    'This year\'s 5K is run in honor of Carlos "Cheo" Liriano, the Highbridge bodega owner who '
    "survived a shooting at his store in February thanks to our trauma team. Cheo will be at the "
    "finish line handing out coconut water! #CheoStrong",
    [
        ("NAME", 'Carlos "Cheo" Liriano'),
        ("GEO", "Highbridge"),
        ("DATE", "February"),
        ("NAME", "Cheo", 2),
        ("NAME", "#CheoStrong"),
    ],
    note=(
        "Patient honoured at an event: name with nickname, neighbourhood of his bodega, month of "
        "the shooting, nickname alone, name hashtag."
    ),
)

# 74
p(
    "es",
    "event",
    'La feria de salud de este domingo en Mott Haven es en honor a Juan Carlos "Juanca" '
    "Tecuapetla, el tamalero de la calle 138 que nuestro equipo de trauma atendió el 1 de "
    "noviembre, Día de Todos los Santos. ¡Juanca estará repartiendo champurrado! #FuerzaJuanca",
    [
        ("NAME", 'Juan Carlos "Juanca" Tecuapetla'),
        ("GEO", "calle 138"),
        ("DATE", "1 de noviembre"),
        ("DATE", "Día de Todos los Santos"),
        ("NAME", "Juanca", 2),
        ("NAME", "#FuerzaJuanca"),
    ],
    note=(
        "Paciente homenajeado: nombre, calle de su puesto, fecha nombrada dos veces, apodo, "
        "hashtag. Mott Haven es el lugar del evento."
    ),
)

# 75
n(
    "en",
    "statistic",
    "Bronx County has the highest asthma hospitalization rate in New York State. Last year our "
    "pediatric team saw 2,300 asthma visits, most in children ages 5–12. Free inhaler-technique "
    "classes every Thursday at Soundview.",
    "County-level statistic, no individual.",
)

# 76
n(
    "es",
    "statistic",
    "1 de cada 3 adultos hispanos en el Bronx tiene prediabetes y la mayoría no lo sabe. El mes "
    "pasado nuestros promotores de salud hicieron 2,150 pruebas en bodegas, barberías y "
    "botánicas. #ChequeaTuAzúcar",
    "Estadística poblacional.",
)

# 77
p(
    "en",
    "pasted_record",
    "ED TRACKING 23:40 — BAY 7: unidentified male, found on 4 train tracks, est 30s, trauma "
    "team; BAY 9: NUNEZ, WILFREDO 96 yo SOB, wife at bedside (Altagracia), home O2 via AirFlow "
    "Medical acct 55812-0; BAY 12: clean.",
    [
        ("OTHER_ID", "BAY 7"),
        ("OTHER_ID", "BAY 9"),
        ("NAME", "NUNEZ, WILFREDO"),
        ("AGE", "96"),
        ("NAME", "Altagracia"),
        ("ACCOUNT", "55812-0"),
    ],
    note=(
        "ED bays tied to patients are labelled like beds (also for the unidentified man); chart "
        "name, age 96 ('yo' is a separate word), wife's name, supplier account. Empty BAY 12 is "
        "not."
    ),
)

# 78
p(
    "es",
    "pasted_record",
    "TRIAGE 02:15 — Camilla 4: MEDINA, Socorro, 90 años (nonagenaria), dolor de pecho, esposo "
    "Ramiro afuera; Camilla 6: hombre no identificado ~40a, herida en mano; Camilla 8: limpia.",
    [
        ("OTHER_ID", "Camilla 4"),
        ("NAME", "MEDINA, Socorro"),
        ("AGE", "90"),
        ("AGE", "nonagenaria"),
        ("NAME", "Ramiro"),
        ("OTHER_ID", "Camilla 6"),
    ],
    note=(
        "Camillas con paciente (también el no identificado), nombre (Socorro es nombre), edad en "
        "número y 'nonagenaria', esposo. La Camilla 8 está vacía."
    ),
)

# 79
p(
    "en",
    "birth_announcement",
    "Twins on the Fourth of July! 🎆 Mariana and Mateo were born at our Washington Heights "
    "Pavilion just before the fireworks started over the Hudson. Parents Yaritza and Leonel "
    "Santana of Marble Hill say the names were picked months ago. Welcome, little ones!",
    [
        ("DATE", "Fourth of July"),
        ("NAME", "Mariana"),
        ("NAME", "Mateo"),
        ("NAME", "Yaritza"),
        ("NAME", "Leonel Santana"),
        ("GEO", "Marble Hill"),
    ],
    note="Birth holiday is DATE; babies' and parents' names; family neighbourhood.",
)

# 80
n(
    "es",
    "pasted_record",
    "[BORRADOR, no publicar] Plantilla para agradecimientos: '¡Felicidades a ___ (solo nombre, "
    "con consentimiento firmado) por irse a casa hoy de la unidad ___!' Lista: consentimiento ✔ "
    "foto autorizada ✔ sin números de habitación ✔",
    "Plantilla vacía sin identificadores.",
)

# 81
n(
    "en",
    "birth_announcement",
    "Last night a baby girl decided she couldn't wait and arrived in the back of a yellow cab on "
    "the Harlem River Drive. Mom and baby are doing great in our Washington Heights Pavilion, "
    "and the driver got a hug from our whole L&D team. 🚕👶",
    "Anonymous birth; the road is not tied to an identified patient.",
)

# 82
p(
    "es",
    "birth_announcement",
    "¡Gemelos en Nochebuena! 🎄 Jesús y Emanuel llegaron a las 11:58 p. m. en nuestro Pabellón de "
    "Washington Heights, justo antes de la Navidad. Sus padres, Marlenys y Wáscar Ureña, de "
    "Mount Hope, dicen que fue el mejor regalo.",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Jesús"),
        ("NAME", "Emanuel"),
        ("NAME", "Marlenys"),
        ("NAME", "Wáscar Ureña"),
        ("GEO", "Mount Hope"),
    ],
    note=(
        "Nacidos en Nochebuena (DATE); la Navidad no es su fecha. Nombres de bebés y padres, "
        "barrio."
    ),
)

# 83
p(
    "en",
    "milestone_birthday",
    "Ninety-five candles for Mr. Anwar Hossain, who came to the Bronx from Sylhet in 1971 and "
    "drove a yellow cab for 40 years. He celebrated at our Soundview clinic with his "
    "great-granddaughter Nusrat, and he still knows every shortcut.",
    [
        ("AGE", "Ninety-five"),
        ("NAME", "Anwar Hossain"),
        ("GEO", "Bronx"),
        ("GEO", "Sylhet"),
        ("NAME", "Nusrat"),
    ],
    note=(
        "Age in words; name; home borough and home city abroad; great-granddaughter's name. The "
        "bare year 1971 is not labelled."
    ),
)

# 84
n(
    "es",
    "birth_announcement",
    "Anoche un bebé no quiso esperar y nació en un taxi en la avenida Dyckman. ¡Mamá y bebé "
    "están perfectos en nuestro Pabellón de Washington Heights y el taxista recibió un abrazo de "
    "todo el equipo de partos! 🚕👶",
    "Nacimiento anónimo.",
)

# 85
n(
    "en",
    "milestone_birthday",
    "Our Jerome Campus turns 100 this year! 🎉 Since 1925 we've cared for generations of Bronx "
    "families. Share a photo of your family's Harlem River Health story with #HRH100.",
    "The hospital's own anniversary; campaign hashtag.",
)

# 86
p(
    "es",
    "milestone_birthday",
    "Ciento un años cumplió hoy don Crescencio Tlatelpa, el abuelo más querido de Mott Haven. "
    "Llegó de Atlixco, Puebla, y vendió elotes en la avenida Willis por 40 años. ¡Felicidades, "
    "don Chencho! 🌽",
    [
        ("AGE", "Ciento un"),
        ("NAME", "Crescencio Tlatelpa"),
        ("GEO", "Mott Haven"),
        ("GEO", "Atlixco"),
        ("GEO", "avenida Willis"),
        ("NAME", "Chencho"),
    ],
    note=(
        "Edad en palabras, nombre, barrio, pueblo natal (Puebla es un estado, no GEO), calle de "
        "su puesto, apodo."
    ),
)

# 87
p(
    "en",
    "patient_story",
    "Meet Hope. Not the feeling—the person. Hope Adjei, 27, a nursing student at Lehman, donated "
    "part of her liver to her uncle Kwesi in August. Both are home and doing well, and Hope "
    "starts her clinical rotation with us next month. 💛 #DonateLife",
    [
        ("NAME", "Hope Adjei"),
        ("NAME", "Hope", "*"),
        ("NAME", "Kwesi"),
        ("DATE", "August"),
    ],
    note=(
        "Living donor and recipient are both patients: every 'Hope' is her name; uncle's name; "
        "month of surgery. Her college is not labelled."
    ),
)

# 88
n(
    "es",
    "milestone_birthday",
    "¡Nuestro Campus Jerome cumple 100 años! 🎉 Desde 1925 cuidamos a generaciones de familias "
    "del Bronx. Comparta la historia de su familia con #HRH100.",
    "Aniversario del hospital.",
)

# 89
n(
    "en",
    "health_tip",
    "Hope is not a plan for your blood pressure. 💊 Take your meds at the same time every day, "
    "cut the salt in the sofrito, and get checked at any of our clinics—walk-ins welcome. "
    "#HarlemRiverStrong",
    "'Hope' is the ordinary word here.",
)

# 90
p(
    "es",
    "patient_story",
    "Luz significa luz. Y eso trajo Luz Marina Caba, de 31 años, cuando donó un riñón a su "
    "hermano Fausto en julio. Los dos están en casa en Fordham y muy bien. 💛 #DonaVida",
    [
        ("NAME", "Luz Marina Caba"),
        ("NAME", "Luz", "*"),
        ("NAME", "Fausto"),
        ("DATE", "julio"),
        ("GEO", "Fordham"),
    ],
    note=(
        "Donante y receptor son pacientes: 'Luz' con mayúscula es su nombre, 'luz' la palabra; "
        "hermano, mes, barrio."
    ),
)

# 91
p(
    "en",
    "discharge",
    "Home for Three Kings Day! 👑 Little Santiago Ozuna, who spent 5 weeks in our NICU, went home "
    "to Kingsbridge on January 6 with a paper crown made by our night nurses. Mom Lissette says "
    "he's already the king of the house.",
    [
        ("DATE", "Three Kings Day"),
        ("NAME", "Santiago Ozuna"),
        ("GEO", "Kingsbridge"),
        ("DATE", "January 6"),
        ("NAME", "Lissette"),
    ],
    note=(
        "Discharge on a holiday named twice (holiday and date both DATE); baby named Santiago (a "
        "name, not the city); home neighbourhood; mother's name."
    ),
)

# 92
n(
    "es",
    "health_tip",
    "La esperanza no baja la presión. 💊 Tómese sus pastillas a la misma hora, use menos sal en "
    "el sofrito y chequéese en cualquiera de nuestras clínicas. ¡Sin cita!",
    "Consejo; 'esperanza' es palabra.",
)

# 93
p(
    "en",
    "pasted_record",
    'Discharge summary to Dr. Feliz (Inwood practice): RAMIREZ, ALTAGRACIA "Tata" 91F adm 2/11 '
    "CHF exac, dc 2/18 home to 612 W 204th St w/ VNS. Dtr Ruth (917) 555-0164 is HCP.",
    [
        ("NAME", "RAMIREZ, ALTAGRACIA"),
        ("NAME", "Tata"),
        ("AGE", "91F"),
        ("DATE", "2/11"),
        ("DATE", "2/18"),
        ("GEO", "612 W 204th St"),
        ("NAME", "Ruth"),
        ("PHONE", "(917) 555-0164"),
    ],
    note=(
        "Chart name and nickname, '91F' shorthand token, admission/discharge dates, home "
        "address, daughter's name and phone. The outside doctor and his practice are not "
        "labelled."
    ),
)

# 94
p(
    "es",
    "discharge",
    "Doña Marisela Tineo pasó 40 días en nuestra unidad de quemados tras el incendio de su "
    "edificio en la avenida Ogden, y se fue a casa justo este Día de las Madres para abrazar a "
    "sus hijas Sheila y Mabel. 💐",
    [
        ("NAME", "Marisela Tineo"),
        ("GEO", "avenida Ogden"),
        ("DATE", "Día de las Madres"),
        ("NAME", "Sheila"),
        ("NAME", "Mabel"),
    ],
    note="Nombre, calle del incendio de su edificio, día festivo del alta, hijas.",
)

# 95
n(
    "en",
    "eponymous_condition",
    "Kawasaki disease is the leading cause of acquired heart disease in kids. Fever for 5+ days, "
    "red eyes, cracked lips, swollen hands? See a doctor. Our pediatric cardiology team at the "
    "Washington Heights Pavilion can help: (212) 555-0120.",
    "Eponymous condition and hospital phone.",
)

# 96
p(
    "es",
    "pasted_record",
    'Resumen de alta → Dr. Báez (Inwood): ROSARIO, PETRA "Tata" 94F, ingreso 11/2 por '
    "neumonía, alta 11/9 a 75 Post Ave Apt 2B con enfermera a domicilio. Hija Carmen (917) "
    "555-0168 es su apoderada.",
    [
        ("NAME", "ROSARIO, PETRA"),
        ("NAME", "Tata"),
        ("AGE", "94F"),
        ("DATE", "11/2"),
        ("DATE", "11/9"),
        ("GEO", "75 Post Ave Apt 2B"),
        ("NAME", "Carmen"),
        ("PHONE", "(917) 555-0168"),
    ],
    note=(
        "Nombre de expediente y apodo, '94F' como token, fechas de ingreso y alta, dirección, "
        "hija y teléfono. El médico externo no se etiqueta."
    ),
)

# 97
p(
    "en",
    "eponymous_condition",
    "Yusuf Al-Maqtari was 4 when he was diagnosed with Kawasaki disease during Ramadan. A year "
    "of follow-up with our pediatric cardiology team later, his heart is perfectly normal, and "
    "his big sister Huda made the whole clinic a thank-you card. 💙",
    [
        ("NAME", "Yusuf Al-Maqtari"),
        ("DATE", "Ramadan"),
        ("NAME", "Huda"),
    ],
    note=(
        "Patient's name; Ramadan as the time of his diagnosis is treated like a month (DATE); "
        "sister's name. Kawasaki is eponymous."
    ),
)

# 98
n(
    "es",
    "eponymous_condition",
    "La enfermedad de Kawasaki es la causa principal de enfermedad cardíaca adquirida en niños. "
    "¿Fiebre por más de 5 días, ojos rojos, labios agrietados? Consulte a su pediatra. "
    "Cardiología pediátrica: (212) 555-0120.",
    "Condición epónima.",
)

# 99
n(
    "en",
    "research",
    "Now enrolling: our SALUD-HF study is looking for adults 60 and older with heart failure who "
    "speak Spanish or English. Participants get free home blood-pressure cuffs. Call (718) "
    "555-0100 ext. 4471 to learn more.",
    "Recruitment for a study; hospital number.",
)

# 100
p(
    "es",
    "eponymous_condition",
    "A los 6 años, Dariana Mercedes Ozoria fue diagnosticada con el síndrome de Guillain-Barré y "
    "no podía caminar. Hoy, tras meses de terapia en nuestro Pabellón de Washington Heights, "
    "corrió en el field day de su escuela. ¡Su tía Mercedes no paraba de llorar! 🏃‍♀️",
    [
        ("NAME", "Dariana Mercedes Ozoria"),
        ("NAME", "Mercedes", 2),
    ],
    note="Nombre de la paciente y de su tía (ambas 'Mercedes'). Guillain-Barré es epónimo.",
)

# 101
p(
    "en",
    "research",
    "Proud moment: Don Rigoberto Cruz, 92, of University Heights became the 100th participant in "
    'our SALUD-HF heart failure study this week. "If my heart can help the next guy, take it," '
    "he told our research coordinator.",
    [
        ("NAME", "Rigoberto Cruz"),
        ("AGE", "92"),
        ("GEO", "University Heights"),
    ],
    note=(
        "Named participant, age over 89, neighbourhood. '100th participant' is a count, not an age."
    ),
)

# 102
n(
    "es",
    "research",
    "¿Sabía que el 40% de los adultos dominicanos en Washington Heights tiene la presión alta? "
    "Nuestro nuevo estudio con Hostos Community College busca entender por qué. Resultados en la "
    "primavera.",
    "Investigación poblacional.",
)

# 103
n(
    "en",
    "crisis_update",
    "Power is restored at our Soundview Family Health Center after this morning's Con Ed outage. "
    "All afternoon appointments will go ahead as scheduled. Questions: (718) 555-0135.",
    "Operational update; hospital phone.",
)

# 104
p(
    "es",
    "research",
    "¡Momento de orgullo! Doña Herminia Castro Vélez, de 96 años y vecina de Highbridge, es la "
    'participante número 500 de nuestro estudio CORAZÓN BRONX. "Si mi corazón ayuda a otro, '
    '¡que lo estudien!", dijo.',
    [
        ("NAME", "Herminia Castro Vélez"),
        ("AGE", "96"),
        ("GEO", "Highbridge"),
    ],
    note="Participante nombrada, edad, barrio. 'número 500' no es una edad.",
)

# 105
p(
    "en",
    "crisis_update",
    "Statement: Harlem River Health is caring for 3 people hurt in this morning's scaffolding "
    "collapse on Jerome Ave. At the family's request we can confirm that Yankee Stadium vendor "
    'Luis "Cuco" Marte, 61, is in serious but stable condition.',
    [
        ("GEO", "Jerome Ave"),
        ("NAME", 'Luis "Cuco" Marte'),
    ],
    note=(
        "The collapse site is where the named patient was injured (GEO), even though the "
        "hospital's own address is on the same avenue; name with nickname. His workplace is not "
        "labelled."
    ),
)

# 106
n(
    "es",
    "crisis_update",
    "Se restableció la electricidad en nuestro Centro de Salud Familiar Soundview. Todas las "
    "citas de la tarde se mantienen. Preguntas: (718) 555-0135.",
    "Aviso operativo.",
)

# 107
n(
    "en",
    "public_figure",
    "Council Member Rosalind Ayala visited our burn unit today to thank the firefighters and "
    "nurses who cared for families after the Valentine Ave fire. Thank you for standing with our "
    "staff! 🚒",
    "Visiting official; no named patient.",
)

# 108
p(
    "es",
    "crisis_update",
    "Comunicado: Harlem River Health atiende a 4 personas heridas en el choque de la guagua Bx19 "
    "en la calle 145. A petición de la familia confirmamos que la señora Eufemia Canela, de 90 "
    "años, está estable. Su nieto Brayan está con ella.",
    [
        ("GEO", "calle 145"),
        ("NAME", "Eufemia Canela"),
        ("AGE", "90"),
        ("NAME", "Brayan"),
    ],
    note="Calle del choque de una paciente nombrada, su nombre (Canela es apellido), edad, nieto.",
)

# 109
p(
    "en",
    "public_figure",
    "Council Member Efraín Tolentino asked us to share that he is recovering well after his "
    "appendectomy at our Jerome Campus on Sunday, and he thanks the surgical team. He'll be back "
    "at City Hall soon!",
    [
        ("NAME", "Efraín Tolentino"),
    ],
    note="An official treated here is a patient (set decision). Sunday is a weekday.",
)

# 110
n(
    "es",
    "public_figure",
    "El presidente del condado del Bronx visitó hoy nuestro Centro de Quemados para agradecer a "
    "bomberos y enfermeras. ¡Gracias por apoyar a nuestro personal!",
    "Funcionario de visita.",
)

# 111
n(
    "en",
    "sponsor",
    "Huge thanks to Sabor Quisqueya Foods and the Bronx Community Fund for sponsoring our "
    "diabetes cooking classes in Spanish and Bengali this fall! 🥘",
    "Sponsors are not labelled.",
)

# 112
p(
    "es",
    "public_figure",
    "La concejal Marilyn Paulino Ceballos nos pidió compartir que se recupera bien de su cirugía "
    "de vesícula, realizada el lunes 2 de junio en nuestro Campus Jerome. ¡Pronto estará de "
    "vuelta en el Ayuntamiento!",
    [
        ("NAME", "Marilyn Paulino Ceballos"),
        ("DATE", "2 de junio"),
    ],
    note="Funcionaria operada aquí = paciente; fecha de cirugía sin el día de la semana.",
)

# 113
p(
    "en",
    "sponsor",
    "The new family lounge in our burn unit is named for Yesenia Tavárez, who was treated here "
    "after the Creston Avenue fire in 2019. Her parents, Rafael and Daisy Tavárez, raised the "
    "funds through a decade of bake sales. Thank you, Tavárez family. 💙",
    [
        ("NAME", "Yesenia Tavárez"),
        ("GEO", "Creston Avenue"),
        ("NAME", "Rafael"),
        ("NAME", "Daisy Tavárez"),
        ("NAME", "Tavárez", 3),
    ],
    note=(
        "The lounge is named for a former patient and the donors are her parents, so all are "
        "labelled; the street of the fire that injured her. Bare year not labelled."
    ),
)

# 114
n(
    "es",
    "sponsor",
    "¡Gracias a Panadería La Nueva Quisqueya y al Fondo Comunitario del Bronx por patrocinar "
    "nuestras clases de cocina saludable en español! 🥘",
    "Patrocinadores.",
)

# 115
n(
    "en",
    "sponsor",
    "The Okafor Family Pediatric Wing turns 10 this month! Thank you to the Okafor family for "
    "their continued support of care for Bronx kids.",
    "Donor family naming a wing, not introduced as patients' relatives.",
)

# 116
p(
    "es",
    "sponsor",
    "La nueva sala de juegos de nuestra UCI pediátrica lleva el nombre de Génesis Almánzar Peña, "
    "quien fue paciente aquí tras el incendio de la calle Kelly. Sus abuelos, doña Ramona y don "
    "Julio Almánzar, recaudaron los fondos. ¡Gracias, familia Almánzar!",
    [
        ("NAME", "Génesis Almánzar Peña"),
        ("GEO", "calle Kelly"),
        ("NAME", "Ramona"),
        ("NAME", "Julio Almánzar"),
        ("NAME", "Almánzar", 3),
    ],
    note=(
        "La sala lleva el nombre de una ex paciente; los donantes son sus abuelos (familiares). "
        "Calle del incendio que la lesionó."
    ),
)

# 117
p(
    "en",
    "hospital_contact",
    "Reminder for tomorrow, Mr. Tejada: pulmonary function test at 9:30 a.m., Soundview Family "
    "Health Center, 1575 Westchester Avenue. Reply here or call (718) 555-0135 to reschedule. "
    "Your ref # SV-882143.",
    [
        ("NAME", "Tejada"),
        ("OTHER_ID", "SV-882143"),
    ],
    note=(
        "Appointment message: patient's surname and appointment reference. Hospital address and "
        "phone are not labelled."
    ),
)

# 118
n(
    "es",
    "sponsor",
    "El Ala Pediátrica Familia Ocasio cumple 10 años. Gracias a la familia Ocasio por su apoyo "
    "constante a la salud de los niños del Bronx.",
    "Familia donante que da nombre a un ala.",
)

# 119
n(
    "en",
    "anonymous_story",
    "A grandmother in her late 90s told our chaplain last week that she's outlived two husbands, "
    'three stoves and a subway line. We asked her secret: "Caldo de pollo and minding my own '
    'business." 😂',
    "Anonymous; an age range without any identifier.",
)

# 120
p(
    "es",
    "hospital_contact",
    "Recordatorio de su cita, Sra. Mayo: ecocardiograma el martes 10 de junio a las 10:30 a. m. "
    "en el Pabellón de Washington Heights, 4100 Broadway. Para cambiarla llame al (212) "
    "555-0120. Su número de referencia: WH-550187.",
    [
        ("NAME", "Mayo"),
        ("DATE", "10 de junio"),
        ("OTHER_ID", "WH-550187"),
    ],
    note=(
        "Apellido Mayo (no el mes), fecha de su cita, número de referencia. Dirección y teléfono "
        "del hospital no se etiquetan."
    ),
)

# 121
p(
    "en",
    "patient_story",
    "When FDNY found 6-year-old Kwaku Ofori in the smoke on Webster Avenue on Halloween night, "
    "he was still holding his Spider-Man mask. Today he's back in 1st grade at P.S. 46, and his "
    "mom Comfort says he wants to be a firefighter. 🚒",
    [
        ("NAME", "Kwaku Ofori"),
        ("GEO", "Webster Avenue"),
        ("DATE", "Halloween"),
        ("NAME", "Comfort"),
    ],
    note=(
        "Name, home street, the holiday of his injury, mother's name (a word-name). His school "
        "is not labelled (set decision)."
    ),
)

# 122
n(
    "es",
    "anonymous_story",
    'Una abuelita centenaria nos contó que su secreto es "un cafecito colado, una novela y no '
    'meterme en lo que no me importa". 😂 Tenemos mucho que aprender de nuestros mayores.',
    "Anónima: 'centenaria' sin ningún identificador.",
)

# 123
n(
    "en",
    "health_tip",
    "Halloween safety from our ED: glow sticks instead of candles in jack-o'-lanterns, "
    "flame-resistant costumes, and check candy before little ones dig in. Have a safe night, "
    "Bronx! 🎃",
    "Holiday tip, no patient.",
)

# 124
p(
    "es",
    "patient_story",
    "Cuando se incendió la batería de una bicicleta eléctrica en el apartamento de Wilkin "
    "Tavera, repartidor de 38 años, él sacó a sus tres hijos por la escalera de incendios. Hoy, "
    "tras 5 injertos de piel, Wilkin volvió a montar bicicleta (una normal). Su esposa, Raysa, "
    "no quiere más baterías en la casa. 🚲",
    [
        ("NAME", "Wilkin Tavera"),
        ("NAME", "Wilkin", "*"),
        ("NAME", "Raysa"),
    ],
    note="Nombre del paciente y de su esposa.",
)

# 125
p(
    "en",
    "thank_you",
    "Dear Nurse Beatriz and the whole 4 North team: thank you for caring for my abuela Dolores "
    "Cabrera through those long weeks in June. She's home in Mott Haven and asking for the green "
    "Jell-O. —Stephanie (shared with permission)",
    [
        ("NAME", "Dolores Cabrera"),
        ("DATE", "June"),
        ("GEO", "Mott Haven"),
        ("NAME", "Stephanie"),
    ],
    note=(
        "Family letter: patient's name, month of stay, home neighbourhood, granddaughter's name. "
        "The nurse is staff."
    ),
)

# 126
n(
    "es",
    "health_tip",
    "Las baterías de bicicletas eléctricas causan cada vez más incendios en Nueva York. "
    "Cárguelas lejos de la puerta, nunca de noche y solo con el cargador original. Su vida vale "
    "más que un delivery. 🔥",
    "Consejo general.",
)

# 127
n(
    "en",
    "staff_spotlight",
    "Nurses Week shout-out to Beatriz Liranzo, RN, of 4 North, nominated by 14 different "
    "families this year! Her daughter Marisela just joined her on the unit as a new grad. Her "
    'secret? "I treat everyone like they\'re my own grandmother." 🌸',
    "Staff member and her own daughter (also staff) are not labelled.",
)

# 128
p(
    "es",
    "thank_you",
    "Querida enfermera Rocío y todo el equipo de 4 Norte: gracias por cuidar a mi papá, Bolívar "
    "Sánchez, esas semanas tan largas de agosto. Ya está en casa en Port Morris pidiendo su "
    "sancocho. —Yahaira (compartido con permiso)",
    [
        ("NAME", "Bolívar Sánchez"),
        ("DATE", "agosto"),
        ("GEO", "Port Morris"),
        ("NAME", "Yahaira"),
    ],
    note="Nombre del paciente (Bolívar es nombre), mes, barrio, hija. La enfermera es personal.",
)

# 129
n(
    "en",
    "recruitment",
    "Speak Bangla, Arabic, Twi or Garifuna? Our interpreter services team is hiring per-diem "
    "medical interpreters for the Bronx and Washington Heights. Email "
    "interpreters@harlemriverhealth.org.",
    "Job ad; hospital email.",
)

# 130
n(
    "es",
    "staff_spotlight",
    "¡Feliz Semana de la Enfermería a Rocío Almeida, RN, de 4 Norte, nominada por 11 familias "
    'este año! Su secreto: "Trato a cada paciente como si fuera mi mamá". 🌸',
    "Enfermera del hospital.",
)

# 131
p(
    "en",
    "memorial",
    'Rest in power, Papo. Francisco "Papo" Quiñones, who sold piraguas outside Yankee Stadium '
    "for 50 years, died in our hospice unit on Opening Day. We'll miss his stories—and his "
    "tamarind. 🕊️ #PapoForever",
    [
        ("NAME", 'Francisco "Papo" Quiñones'),
        ("NAME", "Papo", "*"),
        ("DATE", "Opening Day"),
        ("NAME", "#PapoForever"),
    ],
    note=(
        "Name with nickname and nickname alone; Opening Day, the day he died, is a named day "
        "(DATE); name hashtag."
    ),
)

# 132
n(
    "es",
    "recruitment",
    "¿Habla garífuna, twi, bangla o árabe? Buscamos intérpretes médicos por día para el Bronx y "
    "Washington Heights. Escriba a interpretes@harlemriverhealth.org.",
    "Anuncio de empleo.",
)

# 133
n(
    "en",
    "memorial",
    "Ten years ago today, the Kelly Street fire took 9 lives in our neighborhood. Our burn unit "
    "still carries their memory. Please test your smoke alarms today. 🕯️",
    "Community memorial; unnamed victims.",
)

# 134
p(
    "es",
    "memorial",
    "Descanse en paz, Mami Juana. 🕊️ Juana Evangelista Peguero, la vendedora de habichuelas con "
    "dulce más famosa de Tremont, falleció en nuestro hospicio el Viernes Santo. Sus nietas "
    "Nicole y Nashly dicen que ya está cocinando en el cielo.",
    [
        ("NAME", "Juana Evangelista Peguero"),
        ("NAME", "Juana", "*"),
        ("GEO", "Tremont"),
        ("DATE", "Viernes Santo"),
        ("NAME", "Nicole"),
        ("NAME", "Nashly"),
    ],
    note=(
        "Nombre (sin 'Mami'), barrio de su venta, Viernes Santo como día festivo de su muerte, "
        "nietas."
    ),
)

# 135
p(
    "en",
    "milestone_birthday",
    'HAPPY 103RD BIRTHDAY to our friend Mr. Ignacio "Nacho" Peña, a Co-op City original who '
    "still takes the bus to our Soundview clinic every Wednesday! Born on Christmas Eve and "
    "proud of it. 🎄🎂",
    [
        ("AGE", "103RD"),
        ("NAME", 'Ignacio "Nacho" Peña'),
        ("GEO", "Co-op City"),
        ("DATE", "Christmas Eve"),
    ],
    note="ALL-CAPS ordinal age; name with nickname; co-op neighbourhood; birthday holiday.",
)

# 136
n(
    "es",
    "memorial",
    "Hoy se cumplen 10 años del incendio de la calle Kelly que cobró 9 vidas en nuestro "
    "vecindario. Nuestro Centro de Quemados honra su memoria. Revise su alarma de humo. 🕯️",
    "Memoria comunitaria sin nombres.",
)

# 137
n(
    "en",
    "statistic",
    "1 in 4 adults in Washington Heights has high blood pressure, and half don't know it. Last "
    "month our community health workers screened 1,847 people at bodegas, barbershops and "
    "botánicas. #CheckYourPressure",
    "Population statistic.",
)

# 138
p(
    "es",
    "milestone_birthday",
    "🎂 ¡FELIZ 102º CUMPLEAÑOS A DOÑA MARÍA DE LA PAZ ESTRELLA! Nuestra paciente más longeva, "
    'vecina de Inwood, nació un 25 de diciembre y dice que Dios le dio "dos regalos el mismo '
    'día". 🎄',
    [
        ("AGE", "102º"),
        ("NAME", "MARÍA DE LA PAZ ESTRELLA"),
        ("GEO", "Inwood"),
        ("DATE", "25 de diciembre"),
    ],
    note="Ordinal con 'º' en el mismo token; nombre en mayúsculas; barrio; fecha de nacimiento.",
)

# 139
p(
    "en",
    "pasted_record",
    "Incident report #IR-2291: visitor slipped in lobby; not a patient. Also noted: pt in room "
    "318, GUZMAN-REYES, PRISCILA, wristband 0093318872, found ambulating without walker at "
    "02:15. Husband Teodoro notified at 646-555-0100.",
    [
        ("OTHER_ID", "room 318"),
        ("NAME", "GUZMAN-REYES, PRISCILA"),
        ("OTHER_ID", "0093318872"),
        ("NAME", "Teodoro"),
        ("PHONE", "646-555-0100"),
    ],
    note=(
        "Patient's room with keyword, chart name, wristband value, husband's name and phone "
        "(same line digits as the hospital main number but a different area code). The incident "
        "report number concerns a visitor, not a patient."
    ),
)

# 140
n(
    "es",
    "statistic",
    "1 de cada 4 adultos en Washington Heights tiene presión alta y la mitad no lo sabe. El mes "
    "pasado medimos la presión a 1,847 vecinos en bodegas y barberías. #ChequeaTuPresión",
    "Estadística.",
)

# 141
n(
    "en",
    "event",
    "Free health fair this Sunday at the Bangladeshi community center on Westchester Square: "
    "glucose checks, flu shots, and Bengali-speaking doctors. 11am–3pm. Hosted with our "
    "Soundview team.",
    "Event venue, not a patient location.",
)

# 142
p(
    "es",
    "pasted_record",
    "Reporte de incidente #IR-3307: visitante se cayó en el vestíbulo; no es paciente. Además: "
    "pte. de la habitación 305, VALDEZ, ALTAGRACIA DEL CARMEN, brazalete 0091130544, se levantó "
    "sin andador a las 3:40. Se notificó al hijo, Deivi, al 718-555-0191.",
    [
        ("OTHER_ID", "habitación 305"),
        ("NAME", "VALDEZ, ALTAGRACIA DEL CARMEN"),
        ("OTHER_ID", "0091130544"),
        ("NAME", "Deivi"),
        ("PHONE", "718-555-0191"),
    ],
    note=(
        "Habitación, nombre, brazalete, hijo y su teléfono. El número del reporte es de un "
        "visitante."
    ),
)

# 143
n(
    "en",
    "event",
    "Three Kings Day toy drive: drop off new, unwrapped toys at any Harlem River Health site "
    "through January 5. Our Three Kings visit the pediatric floor on January 6! 👑",
    "Dates of a hospital event, not of a patient.",
)

# 144
n(
    "es",
    "event",
    "Feria de salud gratis este domingo en la Iglesia Garífuna de la avenida Prospect: pruebas "
    "de azúcar, vacunas contra la gripe y médicos que hablan español y garífuna. De 11 a 3.",
    "Lugar de un evento.",
)

# 145
p(
    "en",
    "campaign_hashtag",
    "#JusticeForJuancho is trending after a bodega owner was attacked on Westchester Ave. Our "
    'thoughts are with Juan "Juancho" Polanco and his family as he recovers in our trauma ICU. '
    "We cannot share more.",
    [
        ("NAME", "#JusticeForJuancho"),
        ("GEO", "Westchester Ave"),
        ("NAME", 'Juan "Juancho" Polanco'),
    ],
    note=(
        "Name hashtag; the street where the patient was attacked (not the hospital's Westchester "
        "Avenue address); name with nickname."
    ),
)

# 146
n(
    "es",
    "event",
    "Colecta de juguetes del Día de Reyes: deje juguetes nuevos en cualquier sede de Harlem "
    "River Health hasta el 5 de enero. ¡Los Reyes Magos visitarán pediatría el 6 de enero! 👑",
    "Fechas de un evento del hospital.",
)

# 147
n(
    "en",
    "campaign_hashtag",
    "Every Yankees home run this season = $100 to our pediatric burn unit from our friends at "
    "the Bronx Bombers Foundation! #HomeRunsForHealing #HarlemRiverStrong ⚾",
    "Campaign hashtags and a sponsor.",
)

# 148
p(
    "es",
    "campaign_hashtag",
    "#JusticiaParaDonFélix es tendencia después del ataque al bodeguero de la avenida St. "
    "Nicholas. Nuestros pensamientos están con Félix Antonio Grullón y su familia mientras se "
    "recupera en nuestra UCI de trauma.",
    [
        ("NAME", "#JusticiaParaDonFélix"),
        ("GEO", "avenida St. Nicholas"),
        ("NAME", "Félix Antonio Grullón"),
    ],
    note=(
        "Hashtag con nombre (token entero, incluido 'Don'), calle de su bodega y del ataque, "
        "nombre."
    ),
)

# 149
n(
    "en",
    "crisis_update",
    "1 train service is suspended between 168 St and Dyckman after a person was struck at 191 "
    "St. Our Washington Heights Pavilion is receiving the patient. Please avoid the area; we "
    "will share no further details.",
    "Unnamed patient; station is an incident location, not tied to an identified person.",
)

# 150
n(
    "es",
    "campaign_hashtag",
    "¡Cada jonrón de los Yankees esta temporada = $100 para nuestra unidad de quemados "
    "pediátricos! #JonronesQueSanan #HarlemRiverStrong ⚾",
    "Hashtags de campaña.",
)

# 151
p(
    "en",
    "patient_story",
    "Buck Mahmoud, 71, has sold newspapers at the same Grand Concourse kiosk since 1979. When he "
    "collapsed there in August, a regular customer did CPR until EMS came. Buck is back at his "
    "kiosk, and this week he met the stranger who saved him: retired teacher Joan Frisch.",
    [
        ("NAME", "Buck Mahmoud"),
        ("NAME", "Buck", 2),
        ("GEO", "Grand Concourse"),
        ("DATE", "August"),
    ],
    note=(
        "Patient's word-name; his kiosk's street (also where he collapsed); month of arrest. The "
        "bystander who did CPR is not a patient or relative."
    ),
)

# 152
n(
    "es",
    "crisis_update",
    "El servicio del tren A está suspendido entre la calle 168 e Inwood porque una persona fue "
    "arrollada en la estación de la 190. Nuestro Pabellón de Washington Heights recibió al "
    "paciente. No daremos más detalles.",
    "Paciente sin identificar.",
)

# 153
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit this week—now 6 feet tall and heading to college. "
    "His mom brought the tiny hat he wore in 2006. We cried. You'd cry too. 💙",
    "Anonymous NICU graduate; bare year.",
)

# 154
p(
    "es",
    "patient_story",
    'Wilmer "Tambó" Arzú toca tambor garífuna en todas las fiestas del barrio. En mayo sufrió '
    "un derrame que le paralizó el brazo izquierdo. Once meses de terapia después, volvió a "
    "tocar el 12 de abril, Día del Arribo Garífuna. ¡Orgullo garífuna! 🥁",
    [
        ("NAME", 'Wilmer "Tambó" Arzú'),
        ("DATE", "mayo"),
        ("DATE", "12 de abril"),
        ("DATE", "Día del Arribo Garífuna"),
    ],
    note="Nombre con apodo, mes del derrame, fecha de su regreso (nombrada dos veces).",
)

# 155
p(
    "en",
    "birth_announcement",
    "Our first baby of Eid al-Adha! 🌙 Welcome, Maryam Nasser, born at 6:05 a.m. at our "
    "Washington Heights Pavilion to proud parents Fatima and Abdulrahman of Morris Park. Eid "
    "Mubarak to all our families!",
    [
        ("DATE", "Eid al-Adha"),
        ("NAME", "Maryam Nasser"),
        ("NAME", "Fatima"),
        ("NAME", "Abdulrahman"),
        ("GEO", "Morris Park"),
    ],
    note=(
        "Birth on a holiday (DATE); baby's and parents' names; neighbourhood. The greeting 'Eid "
        "Mubarak' is not the patient's date."
    ),
)

# 156
n(
    "es",
    "anonymous_story",
    "Uno de nuestros graduados de la UCI neonatal vino a visitarnos: ahora mide 6 pies y se va a "
    "la universidad. Su mamá trajo el gorrito que usó en 2006. Lloramos todos. 💙",
    "Anónimo.",
)

# 157
n(
    "en",
    "birth_announcement",
    "So far this year 2,314 babies were born at our Washington Heights Pavilion, including 41 "
    "sets of twins and one set of triplets! Thank you for trusting us with your families. 👶",
    "Birth counts only.",
)

# 158
p(
    "es",
    "birth_announcement",
    "¡El primer bebé del Día de Acción de Gracias! 🦃 Bienvenido, Liam Alexander Paulino, nacido "
    "a las 7:20 a. m. del 27 de noviembre en nuestro Pabellón de Washington Heights. Sus papás, "
    "Dayana y Francis, de Fordham Manor, ya planean su primer pavo.",
    [
        ("DATE", "Día de Acción de Gracias"),
        ("NAME", "Liam Alexander Paulino"),
        ("DATE", "27 de noviembre"),
        ("NAME", "Dayana"),
        ("NAME", "Francis"),
        ("GEO", "Fordham Manor"),
    ],
    note=(
        "Nacimiento en día festivo (las dos expresiones), nombres, barrio. 'Bienvenido' es saludo."
    ),
)

# 159
p(
    "en",
    "pasted_record",
    "Subject: FW: insurance denial — member ID HRP884102937 for OWUSU, GIFTY (DOB 07/22/1958). "
    "Plan says the MRI wasn't pre-authed. Pls call pt's son Prince at 646-555-0151 or "
    "prince.owusu@yahoo.com before Fri.",
    [
        ("HEALTH_PLAN", "HRP884102937"),
        ("NAME", "OWUSU, GIFTY"),
        ("DATE", "07/22/1958"),
        ("NAME", "Prince"),
        ("PHONE", "646-555-0151"),
        ("EMAIL", "prince.owusu@yahoo.com"),
    ],
    note="Member ID value, chart name, DOB, son's name (Prince is a name here), phone and email.",
)

# 160
n(
    "es",
    "birth_announcement",
    "¡En lo que va de año nacieron 2,314 bebés en nuestro Pabellón de Washington Heights, "
    "incluidos 41 pares de gemelos! Gracias por confiarnos a sus familias. 👶",
    "Cifras.",
)

# 161
n(
    "en",
    "pasted_record",
    "[DRAFT, do not post] Going-home template: 'Congratulations to ___ (first name only, signed "
    "consent form on file) on going home today from our ___ unit!' Comms checklist: consent ✔ "
    "photo release ✔ no room numbers ✔",
    "Blank template with no identifiers filled in.",
)

# 162
p(
    "es",
    "pasted_record",
    "Asunto: RV: denegación del seguro — ID de afiliado NYM771045298 de MATEO, CLARIBEL (FN "
    "09/14/1961). El plan dice que la resonancia no tenía autorización. Favor llamar a su hijo "
    "Starlin al 929-555-0177 o starlin.mateo@gmail.com.",
    [
        ("HEALTH_PLAN", "NYM771045298"),
        ("NAME", "MATEO, CLARIBEL"),
        ("DATE", "09/14/1961"),
        ("NAME", "Starlin"),
        ("PHONE", "929-555-0177"),
        ("EMAIL", "starlin.mateo@gmail.com"),
    ],
    note="ID de afiliado, nombre, fecha de nacimiento, hijo, teléfono y correo.",
)

# 163
p(
    "en",
    "discharge",
    "Our longest-staying patient this year, Mr. Ebo Quansah, finally went home on Valentine's "
    "Day after 134 days. His wife Patience says it's the best gift she's ever gotten. ❤️ "
    "Patience truly is a virtue!",
    [
        ("NAME", "Ebo Quansah"),
        ("DATE", "Valentine's Day"),
        ("NAME", "Patience", 1),
    ],
    note=(
        "Name, discharge holiday, wife's name. The closing 'Patience truly is a virtue' is the "
        "ordinary word (a pun) and is declared unlabelled."
    ),
    ok=("Patience",),
)

# 164
n(
    "es",
    "health_tip",
    "¿Cuida a un abuelo de más de 90 años? Quite las alfombras sueltas, ponga luces de noche y "
    "barras en el baño. Nuestro programa de seguridad en el hogar es gratis: (718) 555-0100.",
    "Edad poblacional.",
)

# 165
n(
    "en",
    "thank_you",
    "Thank you, Bronx! 1,200 of you donated blood at our Yankee Stadium blood drive on Saturday. "
    "Every pint can save up to 3 lives. ❤️ #GiveBlood",
    "Community thanks; no patient.",
)

# 166
p(
    "es",
    "discharge",
    "Nuestra paciente más larga del año, doña Caridad Espaillat, se fue a casa el Día de la "
    "Candelaria, 2 de febrero, después de 128 días. Su esposo, Ramón, dice que es el mejor "
    "regalo. ❤️ ¡La caridad empieza por casa!",
    [
        ("NAME", "Caridad Espaillat"),
        ("DATE", "Día de la Candelaria"),
        ("DATE", "2 de febrero"),
        ("NAME", "Ramón"),
    ],
    note="Nombre (la 'caridad' minúscula es palabra), día del alta nombrado dos veces, esposo.",
)

# 167
p(
    "en",
    "thank_you",
    "Thank you to Don Tito's family for the pernil! 🐷 Don Tito (Mr. Justo Almonte, 90 years "
    "young) asked us to tell his kidney doctors he's keeping the salt low... mostly.",
    [
        ("NAME", "Tito", "*"),
        ("NAME", "Justo Almonte"),
        ("AGE", "90"),
    ],
    note="Nickname (without 'Don', without possessive) and full name; age 90 without 'years'.",
)

# 168
n(
    "es",
    "thank_you",
    "¡Gracias, Bronx! Más de 1,200 personas donaron sangre en nuestra colecta del Yankee Stadium "
    "el sábado. Cada pinta puede salvar hasta 3 vidas. ❤️ #DonaSangre",
    "Agradecimiento general.",
)

# 169
n(
    "en",
    "public_figure",
    "Former Yankees catcher and Bronx native Joey Carrasquillo led a CPR class for 60 Little "
    "Leaguers at our Jerome Campus today. Hands-only CPR: push hard and fast in the center of "
    "the chest. ⚾❤️",
    "Public figure teaching, not a patient.",
)

# 170
n(
    "es",
    "public_figure",
    "El exreceptor de los Yankees y orgullo de San Pedro de Macorís, Manny Rosó, dio hoy una "
    "clase de RCP a 60 peloteritos de las Pequeñas Ligas en nuestro Campus Jerome. ⚾❤️",
    "Figura pública, no paciente; su pueblo no se etiqueta.",
)

# 171
p(
    "en",
    "public_figure",
    "We're sending love to Bronx rapper Lil Kiki Bee (Kiara Bermúdez), who gave birth to her son "
    "Zion at our Washington Heights Pavilion on Friday and shared the news on Instagram. "
    "Congrats, Kiki! 👶",
    [
        ("NAME", "Lil Kiki Bee"),
        ("NAME", "Kiara Bermúdez"),
        ("NAME", "Zion"),
        ("NAME", "Kiki", "*"),
    ],
    note=(
        "A celebrity who gave birth here is a patient even though she announced it herself: "
        "stage name and legal name; her baby's name. 'Bronx rapper' describes her career, not a "
        "home."
    ),
)

# 172
p(
    "es",
    "public_figure",
    "Felicidades a la cantante de bachata La Reina Yarelis (Yarelis Montilla), que dio a luz a "
    "su hija Luz Divina en nuestro Pabellón de Washington Heights el 2 de febrero y lo anunció "
    "en Instagram. ¡Bendiciones, Yarelis! 👶",
    [
        ("NAME", "Yarelis Montilla"),
        ("NAME", "Yarelis", "*"),
        ("NAME", "Luz Divina"),
        ("DATE", "2 de febrero"),
    ],
    note=(
        "Cantante que dio a luz aquí = paciente: nombre artístico sin 'La Reina', nombre legal, "
        "su bebé ('dio a luz' es frase), fecha de nacimiento."
    ),
)

# 173
n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for pitchers. Our sports medicine team repairs elbow "
    "ligaments for Bronx high-school athletes too. Ask about our Saturday youth sports clinic at "
    "Soundview.",
    "Eponymous procedure named for a ballplayer.",
)

# 174
n(
    "es",
    "eponymous_condition",
    "La cirugía Tommy John no es solo para lanzadores de Grandes Ligas. Nuestro equipo de "
    "medicina deportiva repara ligamentos del codo de atletas de secundaria del Bronx. Clínica "
    "juvenil los sábados en Soundview.",
    "Procedimiento epónimo.",
)

# 175
n(
    "en",
    "eponymous_condition",
    "November is Alzheimer's Awareness Month. If your abuelo is forgetting names, getting lost "
    "in the neighborhood or repeating stories more than usual, talk to his doctor. Our memory "
    "clinic: (212) 555-0120.",
    "Awareness month; eponymous condition.",
)

# 176
n(
    "es",
    "eponymous_condition",
    "Noviembre es el Mes de Concientización sobre el Alzheimer. Si su abuela olvida nombres, se "
    "pierde en el barrio o repite historias, hable con su médico. Clínica de memoria: (212) "
    "555-0120.",
    "Condición epónima; mes de concientización.",
)

# 177
p(
    "en",
    "eponymous_condition",
    "Grace Owusu-Ansah was 14 when Crohn's disease kept her in our Washington Heights Pavilion "
    "for most of 9th grade. This May she graduated from Hostos Community College with a nursing "
    "degree. Amazing grace! #CrohnsAwareness",
    [
        ("NAME", "Grace Owusu-Ansah"),
        ("DATE", "May"),
    ],
    note="Name; graduation month is a date of her own life event. Lower-case 'grace' is the word.",
)

# 178
p(
    "es",
    "eponymous_condition",
    "Daysi Cacho tenía 15 años cuando la enfermedad de Crohn la mantuvo internada en nuestro "
    "Pabellón de Washington Heights casi todo el noveno grado. Este junio se graduó de "
    "enfermería en Hostos. ¡Garífuna y enfermera! #CrohnsAwareness",
    [
        ("NAME", "Daysi Cacho"),
        ("DATE", "junio"),
    ],
    note="Nombre y mes de su graduación (evento de su vida). Crohn es epónimo.",
)

# 179
n(
    "en",
    "recruitment",
    "Join our volunteer corps! We need Spanish-, Bengali- and Arabic-speaking volunteers to "
    "greet families in our Jerome Campus lobby. 4 hours/week. Info: "
    "volunteers@harlemriverhealth.org",
    "Volunteer recruitment; hospital email.",
)

# 180
n(
    "es",
    "recruitment",
    "¡Únase a nuestro cuerpo de voluntarios! Necesitamos voluntarios que hablen español, bangla "
    "o árabe para recibir a las familias en el vestíbulo del Campus Jerome. Información: "
    "voluntarios@harlemriverhealth.org",
    "Reclutamiento.",
)

# 181
n(
    "en",
    "statistic",
    "Falls are the #1 cause of injury-related ER visits for New Yorkers 90 and older. Our Co-op "
    "City home-safety program installed 640 grab bars last year. Need one? Call (718) 555-0100.",
    "Population age and program location.",
)

# 182
n(
    "es",
    "statistic",
    "Las caídas son la primera causa de visitas a emergencias por lesiones en neoyorquinos de 90 "
    "años o más. Nuestro programa en Co-op City instaló 640 barras de apoyo el año pasado.",
    "Edad poblacional.",
)

# 183
p(
    "en",
    "pasted_record",
    "pls fix before posting!! caption: 'Happy 99th to our sweetheart Celestina Aybar, rm 221 at "
    "Soundview rehab!!' she's 99 on 8/30, Medicaid CIN AB41822K, son's # is 347.555.0172",
    [
        ("AGE", "99th"),
        ("NAME", "Celestina Aybar"),
        ("OTHER_ID", "rm 221"),
        ("AGE", "99"),
        ("DATE", "8/30"),
        ("HEALTH_PLAN", "AB41822K"),
        ("PHONE", "347.555.0172"),
    ],
    note="Draft caption: age over 89 twice, name, room, birthday, Medicaid CIN, son's phone.",
)

# 184
p(
    "es",
    "pasted_record",
    "porfa corregir antes de publicar!! texto: 'Feliz cumple 98 a nuestra consentida doña Eladia "
    "Brito, hab 221 en rehabilitación de Soundview!!' cumple el 30/8, Medicaid CIN BK55301R, tel "
    "del hijo 347.555.0129",
    [
        ("AGE", "98"),
        ("NAME", "Eladia Brito"),
        ("OTHER_ID", "hab 221"),
        ("DATE", "30/8"),
        ("HEALTH_PLAN", "BK55301R"),
        ("PHONE", "347.555.0129"),
    ],
    note="Borrador: edad, nombre, habitación, cumpleaños, CIN de Medicaid, teléfono del hijo.",
)

# 185
n(
    "en",
    "hospital_contact",
    "Media inquiries about the Valentine Ave fire: contact our media relations office at (212) "
    "555-0180 or press@harlemriverhealth.org. We cannot release patient information without "
    "consent.",
    "Hospital media contact only.",
)

# 186
n(
    "es",
    "hospital_contact",
    "Preguntas de la prensa sobre el incendio de la avenida Morris: comuníquese con nuestra "
    "oficina de medios al (212) 555-0180 o prensa@harlemriverhealth.org. No podemos divulgar "
    "información de pacientes sin su consentimiento.",
    "Contacto del hospital.",
)

# 187
n(
    "en",
    "hospital_contact",
    "Our Mott Haven Burn & Trauma Center is at 900 East 149th Street, Bronx, NY 10455. Visiting "
    "hours 11am–8pm, two visitors per patient. Street parking on Morris Ave.",
    "Hospital address and ZIP.",
)

# 188
n(
    "es",
    "hospital_contact",
    "Nuestro Centro de Quemados y Trauma de Mott Haven está en 900 East 149th Street, Bronx, NY "
    "10455. Horario de visitas: 11 a. m. a 8 p. m. Dos visitantes por paciente.",
    "Dirección del hospital.",
)

# 189
p(
    "en",
    "milestone_birthday",
    "Our oldest volunteer is now also our oldest knee-replacement patient! 🦵 Happy 91st birthday "
    "to Mrs. Ruby Feliciano, who had surgery on her birthday, June 3, and was back at the gift "
    "shop in six weeks.",
    [
        ("AGE", "91st"),
        ("NAME", "Ruby Feliciano"),
        ("DATE", "June 3"),
    ],
    note="A volunteer who is also a patient: her age, name and surgery date are labelled.",
)

# 190
p(
    "es",
    "milestone_birthday",
    'El 12 de diciembre, Día de la Virgen de Guadalupe, doña Guadalupe "Lupita" Xochihua '
    "cumplió 90 años en nuestra sala de diálisis de Soundview. Sus hijos le llevaron mariachis y "
    "el personal lloró con 'Las Mañanitas'. 🌹",
    [
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", 'Guadalupe "Lupita" Xochihua'),
        ("AGE", "90"),
    ],
    note="Cumpleaños en día festivo (dos expresiones), nombre con apodo, edad 90.",
)

# 191
p(
    "en",
    "crisis_update",
    "UPDATE 6pm: two of the patients from the Bx12 bus crash on Pelham Parkway have been "
    "discharged. A third, Ms. Hawa Kamara, 45, remains in our trauma ICU; her brother Ibrahim "
    "asks for prayers and privacy.",
    [
        ("GEO", "Pelham Parkway"),
        ("NAME", "Hawa Kamara"),
        ("NAME", "Ibrahim"),
    ],
    note="Crash road of a named patient, her name and her brother's. Bus route not labelled.",
)

# 192
p(
    "es",
    "patient_story",
    "A Fe no le gusta que le digan milagro. 🙏 Fe Morillo, de 89 años y vecina de Co-op City, "
    "sobrevivió a un paro cardíaco en Bay Plaza en septiembre gracias a un guardia con un "
    'desfibrilador. "Fe es mi nombre, no mi estrategia", se ríe.',
    [
        ("NAME", "Fe Morillo"),
        ("NAME", "Fe", "*"),
        ("GEO", "Co-op City"),
        ("GEO", "Bay Plaza"),
        ("DATE", "septiembre"),
    ],
    note="Nombre-palabra (cada 'Fe' es su nombre), barrio, lugar del paro, mes. 89 no se etiqueta.",
)

# 193
p(
    "en",
    "patient_story",
    "Rich Pagán won't call it luck. The Co-op City retiree, 89, survived a cardiac arrest at Bay "
    'Plaza in September thanks to a mall guard with an AED. "89 and still rich in friends," he '
    "laughs.",
    [
        ("NAME", "Rich Pagán"),
        ("GEO", "Co-op City"),
        ("GEO", "Bay Plaza"),
        ("DATE", "September"),
    ],
    note="Word-name; home neighbourhood; mall where he collapsed; month. Age 89 is not over 89.",
)

# 194
n(
    "es",
    "anonymous_story",
    "La paciente de 103 años que atendimos el sábado nos pidió que le pusiéramos su perfume "
    'antes de la radiografía. "Una tiene su dignidad", dijo. Aprendemos todos los días de '
    "nuestros mayores. 💛",
    "Anónima; edad sin identificador.",
)

# 195
n(
    "en",
    "anonymous_story",
    '"My grandmother is 104 and she\'s never been in a hospital until this week," a visitor '
    "told our front desk. We made sure she got the best room service in the Bronx. Some days "
    "this job is the best. 💛",
    "Unnamed patient; an age alone with no identifier.",
)

# 196
p(
    "es",
    "pasted_record",
    'ENTREGA DE TURNO 7p: Cama 22 — "La Nena" (SALCEDO, ORFELINA) 100 a., DNR, nieta Scarlet '
    "es apoderada 917-555-0112, marcapasos Medtronic SN PJN448120H; Cama 23 — pendiente ingreso.",
    [
        ("OTHER_ID", "Cama 22"),
        ("NAME", "Nena"),
        ("NAME", "SALCEDO, ORFELINA"),
        ("AGE", "100"),
        ("NAME", "Scarlet"),
        ("PHONE", "917-555-0112"),
        ("DEVICE", "PJN448120H"),
    ],
    note="Cama, apodo sin el artículo 'La', nombre, edad, nieta y teléfono, serie del marcapasos.",
)

# 197
p(
    "en",
    "pasted_record",
    'SIGN-OUT 7p: Bed 22 — "Ms. Bee" (BEATRICE OKYERE) 101 y.o., DNR, granddaughter Efia is '
    "proxy 917-555-0133, pacemaker Medtronic SN PJN662210H; Bed 23 — pending admit.",
    [
        ("OTHER_ID", "Bed 22"),
        ("NAME", "Bee"),
        ("NAME", "BEATRICE OKYERE"),
        ("AGE", "101"),
        ("NAME", "Efia"),
        ("PHONE", "917-555-0133"),
        ("DEVICE", "PJN662210H"),
    ],
    note=(
        "Bed tied to patient; nickname without 'Ms.'; chart name; age; granddaughter's name and "
        "phone; device serial. Bed 23 has no patient yet."
    ),
)

# 198
n(
    "es",
    "research",
    "Nuestro estudio sobre la salud de la comunidad garífuna en el Bronx encontró altas tasas de "
    "presión alta sin diagnosticar. Gracias a las iglesias y organizaciones garífunas que nos "
    "ayudaron. Informe: harlemriverhealth.org/investigacion",
    "Investigación poblacional.",
)

# 199
n(
    "en",
    "research",
    "Our Garifuna community health survey, done with Garifuna churches and community groups, "
    "found high rates of undiagnosed hypertension among Honduran Garifuna adults in the South "
    "Bronx. Full report: harlemriverhealth.org/research",
    "Population research.",
)

# 200
n(
    "es",
    "staff_spotlight",
    "Conozcan a la Dra. Ximena Cuautle, nuestra nueva cirujana de quemados, nacida en Puebla y "
    "criada en Mott Haven. Su papá vendía tamales en la avenida Willis. ¡Bienvenida, doctora!",
    "Doctora y su familia: no se etiquetan.",
)

# 201
n(
    "en",
    "staff_spotlight",
    "Meet Sr. Fatoumata Diallo, our hospice chaplain, who speaks five languages and has sung at "
    "the bedside of more than 1,000 patients. Fatoumata, you are a gift to the Bronx! 🕊️",
    "Staff chaplain.",
)

# 202
p(
    "es",
    "staff_spotlight",
    'Nuestra cocinera Ana Delia "Tati" Jerez fue nuestra paciente en abril, cuando le '
    "detectaron cáncer de mama en nuestra feria de mamografías. Terminó la quimio el 9 de "
    "octubre y ya volvió a hacer el mejor mangú del Campus Jerome. 💗 #TatiFuerte",
    [
        ("NAME", 'Ana Delia "Tati" Jerez'),
        ("DATE", "abril"),
        ("DATE", "9 de octubre"),
        ("NAME", "#TatiFuerte"),
    ],
    note="Empleada que fue paciente: nombre, mes del diagnóstico, fecha de fin de quimio, hashtag.",
)

# 203
n(
    "en",
    "staff_spotlight",
    "Congratulations to Dr. Nasrin Akter, named Bronx Physician of the Year! Dr. Akter runs our "
    "Bangla-language diabetes clinic every Thursday at Soundview. Her patients call her 'Apa' "
    "(big sister). 💐",
    "Staff physician and her nickname.",
)

# 204
p(
    "es",
    "discharge",
    "¡Adiós, Centro de Quemados! El pequeño Kevin Ayala Flores, de 3 años, que se quemó con una "
    "olla de sopa el 24 de junio, Día de San Juan, se fue hoy a casa en Hunts Point. Su abuela "
    "vino desde Mayagüez, Puerto Rico, para cuidarlo. 🚒",
    [
        ("NAME", "Kevin Ayala Flores"),
        ("DATE", "24 de junio"),
        ("DATE", "Día de San Juan"),
        ("GEO", "Hunts Point"),
        ("GEO", "Mayagüez"),
    ],
    note=(
        "Nombre, fecha de la quemadura nombrada dos veces, barrio, pueblo de la abuela (Puerto "
        "Rico se trata como estado)."
    ),
)

# 205
p(
    "en",
    "staff_spotlight",
    'Surgical tech Rolando "Roli" Guzmán worked in our OR for 30 years. Last month he was '
    "wheeled into it as a patient for his own triple bypass. Now recovering at home in "
    'Highbridge, Roli wants everyone to know: "The coffee in pre-op is still terrible." ☕',
    [
        ("NAME", 'Rolando "Roli" Guzmán'),
        ("NAME", "Roli", 2),
        ("GEO", "Highbridge"),
    ],
    note="Staff member who became a patient: name, nickname, home neighbourhood.",
)

# 206
n(
    "es",
    "discharge",
    "¿Sabía que la mayoría de nuestros pacientes reciben una llamada de seguimiento en las 48 "
    "horas después del alta? Si no le hemos llamado, comuníquese al (718) 555-0150.",
    "Información general.",
)

# 207
p(
    "en",
    "discharge",
    'Adiós, 5 West! Mr. Pedro Pablo "Peri" Jiménez, who turned 100 in our step-down unit on '
    "March 12, went home today to his apartment in Washington Heights. His niece Jacqueline will "
    "make sure he keeps walking. 🎉",
    [
        ("NAME", 'Pedro Pablo "Peri" Jiménez'),
        ("AGE", "100"),
        ("DATE", "March 12"),
        ("GEO", "Washington Heights"),
        ("NAME", "Jacqueline"),
    ],
    note="Name with nickname, age 100, birthday in hospital, home neighbourhood, niece's name.",
)

# 208
n(
    "es",
    "health_tip",
    "Seguridad contra incendios para personas mayores que viven solas: tenga un teléfono y una "
    "linterna junto a la cama, nunca fume en la cama ni cerca del oxígeno y planifique dos "
    "salidas.",
    "Consejo general.",
)

# 209
n(
    "en",
    "discharge",
    "Did you know most patients who leave our hospital get a follow-up call within 48 hours? If "
    "you were recently discharged and haven't heard from us, call (718) 555-0150. We're here for "
    "you.",
    "General discharge information.",
)

# 210
n(
    "es",
    "campaign_hashtag",
    "¡Gracias por compartir sus historias con #HRH100! Recuerde: no publique nombres ni fotos de "
    "otros pacientes sin su permiso. #PrivacidadImporta",
    "Hashtags de campaña.",
)

# 211
n(
    "en",
    "health_tip",
    "Ramadan Mubarak to all who are fasting! Diabetes and fasting? Talk to your doctor before "
    "the first suhoor. Our diabetes educators speak Arabic and Bangla: (718) 555-0135.",
    "Holiday greeting not tied to a patient.",
)

# 212
p(
    "es",
    "campaign_hashtag",
    '#OremosPorAngelito 🙏 Nuestros corazones están con Ángel Gabriel "Angelito" Peña, de 5 '
    "años, atropellado anoche en la avenida White Plains, en Morris Park. Está en estado crítico "
    "en nuestra UCI pediátrica.",
    [
        ("NAME", "#OremosPorAngelito"),
        ("NAME", 'Ángel Gabriel "Angelito" Peña'),
        ("GEO", "avenida White Plains"),
        ("GEO", "Morris Park"),
    ],
    note=(
        "Hashtag con nombre, nombre con apodo, calle del atropello (White Plains aquí es una "
        "avenida), barrio."
    ),
)

# 213
n(
    "en",
    "campaign_hashtag",
    "Thank you for sharing your stories with #HRH100! A reminder: please don't post other "
    "patients' names or photos without their permission. #PrivacyMatters",
    "Campaign hashtags only.",
)

# 214
n(
    "es",
    "statistic",
    "Nuestra UCI pediátrica atendió a 74 niños atropellados en el Bronx el año pasado. La "
    "mayoría de los choques ocurrió a menos de 3 cuadras de su casa. ¡Baje la velocidad! "
    "#VisionZero",
    "Estadística.",
)

# 215
p(
    "en",
    "campaign_hashtag",
    "#PrayForPrecious 🙏 Our hearts are with Precious Agyemang, the 11-year-old Morrisania girl "
    "struck by a car on Boston Road last night. She is in critical condition in our pediatric "
    "ICU. Her family thanks you for the love.",
    [
        ("NAME", "#PrayForPrecious"),
        ("NAME", "Precious Agyemang"),
        ("GEO", "Morrisania"),
        ("GEO", "Boston Road"),
    ],
    note="Name hashtag, name, neighbourhood, crash street.",
)

# 216
n(
    "es",
    "recruitment",
    "Enfermeras y enfermeros: bono de $15,000 para nuestro Centro de Quemados y Trauma de Mott "
    "Haven. Turnos de noche y fines de semana; se prefiere bilingüe. Solicite en "
    "harlemriverhealth.org/empleos",
    "Anuncio de empleo.",
)

# 217
n(
    "en",
    "statistic",
    "Our pediatric ICU cared for 74 children hit by cars in the Bronx last year. Most crashes "
    "happened within 3 blocks of home. Slow down—our kids are everywhere. #VisionZero",
    "Aggregate statistic.",
)

# 218
p(
    "es",
    "patient_story",
    "Esperanza Sabio, de 8 años, escuchó por primera vez la voz de su papá, Wilson, cuando "
    "encendimos su implante coclear en nuestro Pabellón de Washington Heights. 🔊 Nunca perdimos "
    "la esperanza, Esperanza. ❤️",
    [
        ("NAME", "Esperanza Sabio"),
        ("NAME", "Esperanza", "*"),
        ("NAME", "Wilson"),
    ],
    note="Nombre (la 'esperanza' minúscula es palabra), padre.",
)

# 219
n(
    "en",
    "recruitment",
    "Registered Nurses: $15,000 sign-on bonus for our Mott Haven Burn & Trauma Center. Nights, "
    "weekends, bilingual a plus. Apply at harlemriverhealth.org/careers #NursesOfTheBronx",
    "Job ad.",
)

# 220
p(
    "es",
    "discharge",
    "¡Gran día para la bebé Itzel! 💗 Nació a las 25 semanas el 16 de septiembre, Día de la "
    "Independencia de México, y hoy se fue a casa desde nuestra UCI neonatal pesando 5 libras. "
    "Mamá Rocío y papá Abundio la llevan a su casa en Belmont. 🇲🇽",
    [
        ("NAME", "Itzel"),
        ("DATE", "16 de septiembre"),
        ("DATE", "Día de la Independencia de México"),
        ("NAME", "Rocío"),
        ("NAME", "Abundio"),
        ("GEO", "Belmont"),
    ],
    note="Nombre sin 'la bebé', nacimiento nombrado dos veces, padres, barrio.",
)

# 221
p(
    "en",
    "patient_story",
    "Faith, meet sound. 🔊 Faith Boadu, 8, heard her dad Kojo say her name for the first time "
    "when we switched on her cochlear implant at our Washington Heights Pavilion. Keep the "
    "faith, little one. ❤️",
    [
        ("NAME", "Faith Boadu"),
        ("NAME", "Faith", "*"),
        ("NAME", "Kojo"),
    ],
    note="Name (every capitalised 'Faith'), father's name. Lower-case 'faith' is the word.",
)

# 222
n(
    "es",
    "thank_you",
    "¡Gracias a los bomberos de la Compañía 46 y la Escalera 27 por traernos pizza después de la "
    "larga noche del incendio de la avenida Morris! 🍕🚒",
    "Agradecimiento a bomberos.",
)

# 223
p(
    "en",
    "discharge",
    "Huge day for baby Nayeli! 💗 Born at 24 weeks on Cinco de Mayo, she went home from our NICU "
    "today weighing 5 lbs. Mom Guadalupe and dad Efrén are taking her home to Mount Hope, the "
    "tiniest Mets fan in the Bronx (we tried, Yankees fans).",
    [
        ("NAME", "Nayeli"),
        ("DATE", "Cinco de Mayo"),
        ("NAME", "Guadalupe"),
        ("NAME", "Efrén"),
        ("GEO", "Mount Hope"),
        ("GEO", "Bronx"),
    ],
    note="Baby's name without 'baby'; birth holiday; parents; home neighbourhood and borough.",
)

# 224
p(
    "es",
    "memorial",
    "Con dolor despedimos a Dolores Ynoa, de 97 años, la primera mujer dominicana en presidir la "
    "junta de inquilinos de su cooperativa en Co-op City. Murió en nuestro hospicio un Domingo "
    "de Ramos, el 13 de abril. Su nieta Dahiana dice que se fue cantando.",
    [
        ("NAME", "Dolores Ynoa"),
        ("AGE", "97"),
        ("GEO", "Co-op City"),
        ("DATE", "Domingo de Ramos"),
        ("DATE", "13 de abril"),
        ("NAME", "Dahiana"),
    ],
    note=(
        "Nombre (Dolores; 'dolor' es palabra), edad, cooperativa, día de la muerte nombrado dos "
        "veces, nieta."
    ),
)

# 225
n(
    "en",
    "thank_you",
    "Thank you to the FDNY Engine 46 and Ladder 27 crews who brought us pizza after a long night "
    "at the Valentine Ave fire. Our burn nurses say you're welcome back any time. 🍕🚒",
    "Thanks to firefighters; no patient.",
)

# 226
n(
    "es",
    "memorial",
    "Este Día de los Veteranos honramos a los 212 veteranos que recibieron cuidados en nuestro "
    "hospicio el año pasado. Gracias por su servicio. 🇺🇸",
    "Homenaje agregado.",
)

# 227
p(
    "en",
    "memorial",
    "Rest easy, Gran'ma June. 💐 June Whitaker, 98, a Co-op City founder and the first Black "
    "woman to chair its tenants' board, died at our Jerome Campus hospice in June, the month she "
    "was named for. Her granddaughter Tasha says she went out singing.",
    [
        ("NAME", "June", 1),
        ("NAME", "June Whitaker"),
        ("DATE", "June", 3),
        ("AGE", "98"),
        ("GEO", "Co-op City"),
        ("NAME", "Tasha"),
    ],
    note=(
        "'June' is her name twice and the month of her death once (DATE); age; co-op; "
        "granddaughter's name."
    ),
)

# 228
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños a don Radamés Peña Collado, nuestro nonagenario favorito, que cumplió 92 "
    "el 4 de julio y lo celebró con sus 14 nietos en la cafetería del Campus Jerome! Su plato "
    "favorito: mofongo, claro.",
    [
        ("NAME", "Radamés Peña Collado"),
        ("AGE", "nonagenario"),
        ("AGE", "92"),
        ("DATE", "4 de julio"),
    ],
    note="Nombre, 'nonagenario' y la edad, fecha del cumpleaños.",
)

# 229
n(
    "en",
    "memorial",
    "This Veterans Day we honor the 212 veterans who received care at our hospice last year. "
    "Thank you for your service. 🇺🇸",
    "Aggregate tribute.",
)

# 230
p(
    "es",
    "pasted_record",
    "Registro de seguridad 03:10: carro de la familia (Honda CR-V gris, tablilla de PR HKJ-742) "
    "remolcado de la entrada de ambulancias; dueño: hijo del paciente, Jancarlos Rivera Ocasio, "
    "licencia de NY 873 552 019. Paciente RIVERA, MILAGROS en la cama 9 de la UCI.",
    [
        ("VEHICLE", "HKJ-742"),
        ("NAME", "Jancarlos Rivera Ocasio"),
        ("LICENSE", "873 552 019"),
        ("NAME", "RIVERA, MILAGROS"),
        ("OTHER_ID", "cama 9"),
    ],
    note="Tablilla, hijo, licencia, nombre de la paciente, cama.",
)

# 231
p(
    "en",
    "milestone_birthday",
    "Happy birthday to our favorite nonagenarian, Mr. Mohammed Saeed Al-Absi, who turned "
    "ninety-two on Thanksgiving and celebrated with his 14 grandchildren in our Jerome Campus "
    "cafeteria. His favorite dish: saltah, of course. 🦃",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Mohammed Saeed Al-Absi"),
        ("AGE", "ninety-two"),
        ("DATE", "Thanksgiving"),
    ],
    note="'nonagenarian' and the lower-case word age; name; birthday holiday.",
)

# 232
p(
    "es",
    "pasted_record",
    "Auditoría del portal: usuario 'chinitabella58' (DE JESÚS, LUZ MARÍA, HC 50312284) entró "
    "desde 98.116.7.43 el 5/3 y cambió su correo a luzmaria.dj@outlook.com. Alerta: seguro "
    "social 134-62-8807 escrito en una nota libre.",
    [
        ("OTHER_ID", "chinitabella58"),
        ("NAME", "DE JESÚS, LUZ MARÍA"),
        ("MRN", "50312284"),
        ("IP", "98.116.7.43"),
        ("DATE", "5/3"),
        ("EMAIL", "luzmaria.dj@outlook.com"),
        ("SSN", "134-62-8807"),
    ],
    note="Usuario del portal, nombre, HC, IP, fecha de acceso, correo, seguro social.",
)

# 233
p(
    "en",
    "pasted_record",
    "Security log 03:10: family car (black Toyota Camry, NY plate KGT-4821) towed from ambulance "
    "bay; owner = pt's son Dariel Sosa, NY DL 142 883 610. Pt SOSA, MERCEDES in ICU bed 6.",
    [
        ("VEHICLE", "KGT-4821"),
        ("NAME", "Dariel Sosa"),
        ("LICENSE", "142 883 610"),
        ("NAME", "SOSA, MERCEDES"),
        ("OTHER_ID", "bed 6"),
    ],
    note=(
        "Family's plate, son's name and licence, chart name (MERCEDES is a name, not the car), bed."
    ),
)

# 234
p(
    "es",
    "patient_story",
    'El colmado de don Ysidro "Chilo" Rosario Jiménez en la calle 180 se quemó en junio, y él '
    "se quemó las manos al rescatar a su gato, Canelo. Su sobrino abrió una recaudación: "
    "gofundme.com/f/reconstruir-colmado-chilo. En la foto: Chilo con nuestro equipo de quemados.",
    [
        ("NAME", 'Ysidro "Chilo" Rosario Jiménez'),
        ("GEO", "calle 180"),
        ("DATE", "junio"),
        ("URL", "gofundme.com/f/reconstruir-colmado-chilo"),
        ("PHOTO", "En la foto"),
        ("NAME", "Chilo", 2),
    ],
    note=(
        "Nombre, calle de su colmado, mes del incendio, URL de su recaudación, foto que lo "
        "muestra, apodo. El gato no se etiqueta."
    ),
)

# 235
p(
    "en",
    "pasted_record",
    "Portal audit: user 'abuelatere1931' (TERESA MEJIA, MRN 20877415) logged in from "
    "72.89.14.201 on 5/2 and changed her email to tere.mejia31@aol.com. Flagged: SSN 211-48-9034 "
    "typed into a free-text note.",
    [
        ("OTHER_ID", "abuelatere1931"),
        ("NAME", "TERESA MEJIA"),
        ("MRN", "20877415"),
        ("IP", "72.89.14.201"),
        ("DATE", "5/2"),
        ("EMAIL", "tere.mejia31@aol.com"),
        ("SSN", "211-48-9034"),
    ],
    note="Portal user name, chart name, MRN, IP, date of her login, email, SSN.",
)

# 236
p(
    "es",
    "pasted_record",
    "Nota de manejo de casos: la hija de la paciente CEPEDA, Ondina, la Sra. Ruth Cepeda, pide "
    "que le enviemos los récords por fax a su oficina al (516) 555-0148, a nombre de R. Cepeda.",
    [
        ("NAME", "CEPEDA, Ondina"),
        ("NAME", "Ruth Cepeda"),
        ("FAX", "(516) 555-0148"),
        ("NAME", "R. Cepeda"),
    ],
    note="Nombre de la paciente, hija con nombre e inicial, fax de la hija.",
)

# 237
p(
    "en",
    "patient_story",
    'Bodega owner Ahmed "Hamoudi" Alzindani lost his deli on Gun Hill Road to a fire—and '
    "burned both hands pulling his cat out. His nephew set up a fundraiser: "
    "gofundme.com/f/rebuild-hamoudis-deli. Pictured: Hamoudi with our burn team at his last "
    "dressing change.",
    [
        ("NAME", 'Ahmed "Hamoudi" Alzindani'),
        ("GEO", "Gun Hill Road"),
        ("URL", "gofundme.com/f/rebuild-hamoudis-deli"),
        ("PHOTO", "Pictured"),
        ("NAME", "Hamoudi", 2),
    ],
    note=(
        "Name, street of his deli, his fundraiser URL, photo cue for a photo showing him, nickname."
    ),
)

# 238
p(
    "es",
    "pasted_record",
    "mensaje de whatsapp reenviado: 'dile a doña fefa la de la hab 412 que su nieto junior "
    "llamó, que mañana la busca pa llevarla a su casa en la 207' 😂 (no publicar)",
    [
        ("NAME", "fefa"),
        ("OTHER_ID", "hab 412"),
        ("NAME", "junior"),
        ("GEO", "207"),
    ],
    note="Nombres en minúscula (paciente y nieto), habitación, calle de su casa.",
)

# 239
p(
    "en",
    "pasted_record",
    "Case mgmt note (internal): pt PAREDES, Amparo — daughter Nancy Paredes asks that records be "
    "faxed to her office at (914) 555-0126, attn N. Paredes.",
    [
        ("NAME", "PAREDES, Amparo"),
        ("NAME", "Nancy Paredes"),
        ("FAX", "(914) 555-0126"),
        ("NAME", "N. Paredes"),
    ],
    note="Chart name, daughter's name and initial form, daughter's fax number.",
)

# 240
p(
    "es",
    "milestone_birthday",
    "Por respeto a su privacidad solo diremos sus iniciales: la Sra. M. G., de Kingsbridge "
    'Heights, cumplió cien años en nuestra sala de diálisis y nos pidió una sola cosa: "¡Que no '
    'me pongan la foto en Facebook!" Cumplimos. 🎂',
    [
        ("NAME", "M. G."),
        ("GEO", "Kingsbridge Heights"),
        ("AGE", "cien"),
    ],
    note=(
        "Las iniciales de una paciente son NAME; barrio; edad en palabras. 'la foto' no acompaña "
        "ninguna foto de ella."
    ),
)

if __name__ == "__main__":
    S.main("phi_dev43_source")
